"""Edits repair what they leave behind."""

from __future__ import annotations

import pytest

import replycheck
from replycheck.models import Suggestion
from replycheck.rewrite import append_sentence, apply, delete, insert_end, replace, upper_first


def _delete(text: str, phrase: str) -> str:
    start = text.index(phrase)
    return apply(text, [delete(text, start, start + len(phrase), 0, len(text), "en")])


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        ("Obviously, the fee applies.", "Obviously", "The fee applies."),
        ("Just click the button.", "Just", "Click the button."),
        ("Please just click the button.", "just", "Please click the button."),
        ("Hi Dana, as stated in our FAQ, the toggle is on.", "as stated in our FAQ", "Hi Dana, the toggle is on."),
        ("It is in the email you received, which you should have read.", "which you should have read",
         "It is in the email you received."),
        ("“Obviously the fee applies.”", "Obviously", "“The fee applies.”"),
        ("😀 Obviously, it works.", "Obviously", "😀 It works."),
        ("Please read the pinned tweet first, thanks.", "first", "Please read the pinned tweet, thanks."),
        # a compound's noun and a relative clause go with the pointer they complete
        ("Mia goes in Mini Makers, not the main club – it's clearly stated on the sign-up page.",
         "it's clearly stated on the sign-up", "Mia goes in Mini Makers, not the main club."),
        ("Open the tap until it reads 1.5; it's all in the booklet that came with your policy.",
         "it's all in the booklet", "Open the tap until it reads 1.5."),
        # an emoji ended the words before: the next one opens a sentence
        ("Sizes are on every page 🙂 Just check the chart.", "Just", "Sizes are on every page 🙂 Check the chart."),
        # an opener that means nothing without the instruction goes with it
        ("Next time read the briefing card properly.", "read the briefing card properly", ""),
        # a policy's scope goes with it
        ("We can't change orders after the 2pm cut-off, that's our policy for all trade accounts.", "that's our policy",
         "We can't change orders after the 2pm cut-off."),
        # a bracketed aside goes with the pointer it follows
        ("Hi Tasha, as we say in the joining email (page 2!), the retreat is alcohol-free.", "as we say in the joining email",
         "Hi Tasha, the retreat is alcohol-free."),
        # when it was said goes with it, comma or not
        ("As I said yesterday the fridge just needs defrosting.", "As I said", "The fridge just needs defrosting."),
        # the colon after an aside stays, its comma goes
        ("I'll go over this once more, since it seems to have been missed: your rate ends soon.",
         "since it seems to have been missed", "I'll go over this once more: your rate ends soon."),
    ],
)
def test_delete_repairs_spacing_commas_and_capitals(text: str, phrase: str, expected: str) -> None:
    assert _delete(text, phrase) == expected


def test_deleting_a_whole_sentence_takes_its_space() -> None:
    text = "Members can edit. I'm not sure how else to explain this. Regards, Lina"
    sentence = "I'm not sure how else to explain this"
    start = text.index(sentence)
    sent_end = start + len(sentence) + 1
    edit = delete(text, start, start + len(sentence), start, sent_end, "en")
    assert apply(text, [edit]) == "Members can edit. Regards, Lina"


def test_replace_capitalises_only_at_sentence_start() -> None:
    text = "Unfortunately we are late. The RMA is ready."
    assert apply(text, [replace(text, 0, 13, "as it happens", 0, "en")]).startswith("As it happens we")
    start = text.index("RMA")
    assert apply(text, [replace(text, start, start + 3, "return number", 27, "en")]).endswith("The return number is ready.")


@pytest.mark.parametrize(("text", "term", "plain", "expected"), [
    # a mass noun takes no "a": "a malformed [payload]" → "malformed data"
    ("It failed because of a malformed payload.", "payload", "data", "It failed because of malformed data."),
    # … but a noun the replaced word only modifies keeps its article: "a [payload] unit"
    ("It needs a new payload unit.", "payload", "storage", "It needs a new storage unit."),
])
def test_a_mass_noun_replacement_drops_the_article(text: str, term: str, plain: str, expected: str) -> None:
    start = text.index(term)
    assert apply(text, [replace(text, start, start + len(term), plain, 0, "en")]) == expected


def test_turkish_capitals() -> None:
    assert upper_first("iade", "tr") == "İade"
    assert upper_first("ılık", "tr") == "Ilık"
    # a brand's own spelling keeps its lower-case first letter: not "İPad" or "ESIM"
    assert upper_first("iPad'iniz hazır", "tr") == "iPad'iniz hazır"
    assert upper_first("eSIM is active", "en") == "eSIM is active"
    assert upper_first("iade", "en") == "Iade"


def test_insert_end_and_append_sentence() -> None:
    text = "We will get back to you. Thanks!"
    assert apply(text, [insert_end(text, 24, " by Monday")]) == "We will get back to you by Monday. Thanks!"
    text = "It is with our quality team"
    assert apply(text, [append_sentence(text, len(text), "We'll update you by Monday.")]) == (
        "It is with our quality team. We'll update you by Monday."
    )


def test_overlapping_edits_are_skipped_not_merged() -> None:
    text = "abcdef"
    edits = [Suggestion(start=0, end=3, replacement="X"), Suggestion(start=2, end=4, replacement="Y"),
             Suggestion(start=5, end=5, replacement="!")]
    assert apply(text, edits) == "Xde!f"


def test_a_tier_that_names_the_next_words_team_is_left_to_the_agent() -> None:
    # (blind 109) "escalated it to L2 maintenance": "our specialist team (L2) maintenance" would not read
    report = replycheck.check("I've escalated it to L2 maintenance and they'll fix it on Friday.", lang="en")
    assert "specialist team (L2) maintenance" not in report.rewrite
    assert any(f.text == "L2" and f.suggestions[0].applicability == "manual" for f in report.findings)


def test_a_gloss_that_repeats_the_next_word_in_another_form_is_left_to_the_agent() -> None:
    # (blind 110) "P2 önceliğiyle" → not "yüksek öncelikli (P2) önceliğiyle"; the same form is taken in instead
    report = replycheck.check("Talebiniz P2 önceliğiyle açık görünüyor, yarın 10:00'da ekibimiz arayacak.", lang="tr")
    assert "öncelikli (P2) önceliğiyle" not in report.rewrite
    assert "Güvenlik sertifikası (SSL)" in replycheck.check("SSL sertifikası yarın 10:00'da yüklenecek.", lang="tr").rewrite


def test_an_english_gloss_that_holds_the_next_word_is_left_to_the_agent() -> None:
    # (blind 112) "your CEFR level" → not "your language level scale (CEFR) level"
    report = replycheck.check("Pairing is based on your CEFR level, so please set it right.", lang="en")
    assert "(CEFR) level" not in report.rewrite


def test_news_for_all_followers_gets_no_personal_update_day() -> None:
    # (blind 112) "Yeni modeller geldiğinde duyuracağız, bizi takipte kalın!": the finding stays, the day is the agent's call
    text = "Şu an filomuzda tandem bisiklet yok. Yeni modeller geldiğinde duyuracağız, bizi takipte kalın!"
    report = replycheck.check(text, lang="tr")
    assert any(f.category == "missing_timeline" for f in report.findings)
    assert "gününe kadar" not in report.rewrite


def test_a_race_dns_gets_no_domain_name_gloss() -> None:
    # (blind 115) "DNS list" in a race is the did-not-start list
    report = replycheck.check("Your entry moves once the race director finalises the DNS list on 1 December.", lang="en")
    assert "domain" not in report.rewrite


def test_a_deletion_another_edit_left_in_place_is_reported_as_the_agents() -> None:
    # (reading 123) the owner's edit of the sentence won over the vague time's deletion: the words are still in the
    # rewrite, so that finding is not reported as applied
    text = ("Sorry the balloon animals didn't happen. Somebody will be in touch about a partial refund once things "
            "calm down after the Christmas rush.")
    report = replycheck.check(text, lang="en")
    assert "once things calm down" in report.rewrite
    vague = [f for f in report.findings if f.text == "once things calm down"]
    assert vague and vague[0].suggestions[0].applicability == "manual"


def test_a_day_that_is_over_does_not_pull_the_update_forward() -> None:
    # (round 123) "Sunday was called off" names a past Sunday, not an event the update must come before
    from .conftest import FROZEN_NOW  # a Friday: the next business day is Monday 30 November
    over = replycheck.check("Gutted that Sunday was called off! One of the crew will give you a ring to pick a new date.",
                            lang="en", now=FROZEN_NOW)
    assert "by Monday 30 November" in over.rewrite
    coming = replycheck.check("No crew is free on Sunday 29 November. One of the crew will give you a ring.",
                              lang="en", now=FROZEN_NOW)
    assert "by Friday 27 November" in coming.rewrite


def test_a_dead_end_is_never_moved_ahead_as_an_alternative() -> None:
    # (reading 124) "There's not much else we can suggest." offers nothing: it does not lead the refusal
    report = replycheck.check("We don't do repairs on trainers with glued soles, that's our policy. "
                              "There's not much else we can suggest.", lang="en")
    assert not report.rewrite.startswith("There's not much")


def test_the_feeling_is_acknowledged_once_in_whichever_words() -> None:
    # (reading 124) "no need to panic about …! Relax, …": the second acknowledgement just goes
    report = replycheck.check("Namaste Julia, no need to panic about the room mix-up, these things happen! Relax, we're "
                              "sorting it out and will let you know which cabin you're in soon.", lang="en")
    assert report.rewrite.count("I understand") == 1


def test_a_feeling_acknowledged_by_an_earlier_pass_is_not_acknowledged_again() -> None:
    # (round 161) "Calm down, there's no need for that tone": the first edit overlaps the second, which a second
    # pass finds after "I understand this is frustrating." and must not say it again
    report = replycheck.check("Calm down, there's no need for that tone. We won't be refunding the trip.", lang="en")
    assert report.rewrite.count("I understand") == 1
    assert "no need for that tone" not in report.rewrite


def test_the_same_person_does_both_steps_of_an_ownerless_promise() -> None:
    # (reading 161) "Biri gelip raylara bakacak, ayarını yapacak": both verbs become ours; a new subject keeps its own
    assert "ayarını yapacağız" in replycheck.check("Biri gelip raylara bakacak, ayarını yapacak.", lang="tr").rewrite
    report = replycheck.check("Biri gelip bakacak, zararınız karşılanacak.", lang="tr")
    assert "zararınız karşılanacak" in report.rewrite and "bakacağız" in report.rewrite


def test_a_rewrite_that_would_leave_a_one_word_sentence_is_left_to_the_agent() -> None:
    # (reading 127) "It's all in the joining instructions if you'd read them, page 2." → not "Page 2."
    report = replycheck.check("The course needs a pass first. It's all in the joining instructions if you'd read them, "
                              "page 2.", lang="en")
    assert "Page 2." not in report.rewrite
    assert "joining instructions" in report.rewrite
