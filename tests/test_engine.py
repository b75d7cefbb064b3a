"""Engine behaviour on a small team pack: offsets, folding, antipatterns, pending, thread, rewrite."""

from __future__ import annotations

from pathlib import Path

import pytest

import replycheck
from replycheck.business_calendar import BusinessCalendar
from replycheck.pipeline import build_nlp, sentence_count, sentences
from replycheck.timeframe import format_day

from .conftest import FROZEN_NOW

PACKS = Path(__file__).parent / "packs"
MONDAY = format_day(BusinessCalendar().default_deadline(FROZEN_NOW), "en")


@pytest.fixture(scope="module")
def team() -> replycheck.Checker:
    return replycheck.Checker(rule_dirs=[PACKS], bundled=False)


def codes(report: replycheck.Report) -> list[str]:
    return [f.rule_id for f in report.findings]


def test_offsets_point_at_the_text_with_emoji_crlf_and_turkish_letters(team: replycheck.Checker) -> None:
    text = "İyi günler 🙂🙂\r\nHi Ayşe 👋,\r\nObviously your RMA is ready."
    report = team.check(text, lang="en")
    assert codes(report) == ["CND901", "JRG901"]
    for finding in report.findings:
        assert text[finding.start:finding.end] == finding.text
    assert [f.text for f in report.findings] == ["Obviously", "RMA"]
    assert report.rewrite == "İyi günler 🙂🙂\r\nHi Ayşe 👋,\r\nYour return authorization number (RMA) is ready."


def test_turkish_folding_matches_dotted_capitals_and_missing_diacritics(team: replycheck.Checker) -> None:
    for text, flagged in [
        ("Siparişinizi GÖNDEREMİYORUZ.", "GÖNDEREMİYORUZ"),
        ("siparisinizi gonderemiyoruz", "gonderemiyoruz"),
        ("İADE YAPAMIYORUZ.", "YAPAMIYORUZ"),
    ]:
        report = team.check(text, lang="tr")
        assert [f.text for f in report.findings] == [flagged], text


def test_turkish_sentence_start_is_capitalised_with_dotted_i(team: replycheck.Checker) -> None:
    report = team.check("Sakin olun, inceliyoruz.", lang="tr")
    assert report.rewrite == "İnceliyoruz."


def test_contractions_match_on_norm(team: replycheck.Checker) -> None:
    for text in ["We can't do that.", "We cannot do that.", "We can’t do that.", "we won't do that"]:
        assert "NEG901" in codes(team.check(text, lang="en")), text
    assert "NEG901" not in codes(team.check("We can do that.", lang="en"))


def test_unless_sentence_skips_an_explained_term(team: replycheck.Checker) -> None:
    assert codes(team.check("Your RMA (return number) is ready.", lang="en")) == []
    assert codes(team.check("Your RMA is ready.", lang="en")) == ["JRG901"]


def test_term_the_customer_used_first_is_not_jargon(team: replycheck.Checker) -> None:
    thread = [{"role": "customer", "at": "2026-11-26T09:00:00", "text": "Where is my RMA?"}]
    assert codes(team.check("Your RMA is ready.", lang="en", thread=thread)) == []
    agent_only = [{"role": "agent", "text": "Your RMA is being prepared."}]
    assert codes(team.check("Your RMA is ready.", lang="en", thread=agent_only)) == ["JRG901"]


def test_a_code_the_customer_quoted_is_not_jargon_with_a_generic_head() -> None:
    """The customer wrote "a 429 rate limit error"; the draft's "429 errors" is their own term."""
    draft = "The 429 errors came from the overnight sync; it runs in smaller batches now."
    quoted = [{"role": "customer", "at": "2026-11-26T09:00:00", "text": "The sync keeps throwing a 429 rate limit error."}]
    other = [{"role": "customer", "at": "2026-11-26T09:00:00", "text": "The sync keeps failing overnight."}]
    assert not [f for f in replycheck.check(draft, lang="en", thread=quoted).findings if f.category == "jargon"]
    assert [f.text for f in replycheck.check(draft, lang="en", thread=other).findings if f.category == "jargon"] == ["429 errors"]


def test_a_team_name_in_the_sign_off_is_not_rewritten() -> None:
    """"Raj | Ops desk" under "Thanks," is a signature; the same words in the reply are jargon."""
    signed = "Hi Sam, your container is at Felixstowe and we'll confirm by Friday 4 December.\n\nThanks,\nRaj | Ops desk"
    assert replycheck.check(signed, lang="en").rewrite == signed
    said = "Hi Sam, our Ops desk will confirm by Friday 4 December.\n\nThanks,\nRaj"
    assert [f.text for f in replycheck.check(said, lang="en").findings if f.category == "jargon"] == ["Ops"]


def test_pending_work_needs_a_time_frame_nearby(team: replycheck.Checker) -> None:
    flagged = team.check("We'll get back to you.", lang="en", now=FROZEN_NOW)
    assert codes(flagged) == ["TML902"]
    assert flagged.rewrite == f"We'll get back to you by {MONDAY}."
    assert codes(team.check("We'll get back to you tomorrow.", lang="en")) == []
    assert codes(team.check("We'll get back to you. Expect news on Friday.", lang="en")) == []
    # a vague time word in the sentence is reported once, by the vague-time rule
    assert codes(team.check("We'll get back to you soon.", lang="en")) == ["TML901"]


def test_vague_time_becomes_the_next_business_day(team: replycheck.Checker) -> None:
    report = team.check("Order #48213 ships soon, see https://x.example/t?id=7 or mail help@x.example.", lang="en", now=FROZEN_NOW)
    assert report.rewrite == f"Order #48213 ships by {MONDAY}, see https://x.example/t?id=7 or mail help@x.example."
    assert MONDAY == "Monday 30 November"
    assert format_day(BusinessCalendar().default_deadline(FROZEN_NOW), "tr") == "30 Kasım Pazartesi"


def test_rewrite_is_clean_when_rechecked(team: replycheck.Checker) -> None:
    text = "Obviously, we can't do that. We'll get back to you soon."
    first = team.check(text, lang="en", now=FROZEN_NOW)
    assert set(codes(first)) == {"CND901", "NEG901", "TML901"}
    # the pack's refusal rewrite ("we'll look for another way") would invent an offer: the gate
    # leaves that finding to the agent, and everything else is fixed
    [refusal] = [f for f in first.findings if f.rule_id == "NEG901"]
    assert [s.applicability for s in refusal.suggestions] == ["manual"]
    assert codes(team.check(first.rewrite, lang="en", now=FROZEN_NOW)) == ["NEG901"]


def test_disable_by_code_or_category() -> None:
    checker = replycheck.Checker(rule_dirs=[PACKS], bundled=False, disable=["CND901", "jargon"])
    assert codes(checker.check("Obviously your RMA is ready.", lang="en")) == []


def test_score_and_passed_follow_fail_on() -> None:
    strict = replycheck.Checker(rule_dirs=[PACKS], bundled=False, fail_on="warning")
    lenient = replycheck.Checker(rule_dirs=[PACKS], bundled=False, fail_on="error")
    text = "Obviously your RMA is ready."
    assert strict.check(text, lang="en").passed is False
    assert lenient.check(text, lang="en").passed is True
    assert strict.check(text, lang="en").score == 80
    assert strict.check("All done.", lang="en").score == 100


def test_check_many_keeps_input_order_across_languages(team: replycheck.Checker) -> None:
    drafts = ["Obviously it works.", "Sakin olun lütfen.", {"id": "x", "text": "Your RMA is ready.", "lang": "en"}]
    reports = team.check_many(drafts)
    assert [r.language for r in reports] == ["en", "tr", "en"]
    assert [codes(r) for r in reports] == [["CND901"], ["CND901"], ["JRG901"]]
    assert reports[2].id == "x"


def test_antipatterns_block_in_any_sentence(team: replycheck.Checker) -> None:
    """Antipatterns run on the sentence of the hit: offsets must line up past the first sentence."""
    assert codes(team.check("Thanks for the photos. More news on Friday. Talk soon!", lang="en")) == []
    assert codes(team.check("Thanks for the photos. We'll write soon.", lang="en")) == ["TML901"]
    assert codes(team.check("Hi there. Thanks! We can't wait to see you.", lang="en")) == []
    assert codes(team.check("Hi there. Thanks! We can't do that.", lang="en")) == ["NEG901"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Hi Sam,\n\nThanks! We'll look into it... Is that ok?\nBest,\nAlex"),
        ("en", "  \n Leading space. Then \"quoted.\" And (brackets.) End"),
        ("tr", "Merhaba,\r\nSiparişiniz yolda! İade mi? Evet.\n\nSaygılarımızla"),
        ("tr", "tek cümle"),
    ],
)
def test_sentences_from_noted_starts_equal_doc_sents(lang: str, text: str) -> None:
    """The sentence list built from FoldNorm's noted starts is exactly spaCy's ``doc.sents``."""
    doc = build_nlp(lang)(text)
    assert [(s.start, s.end) for s in sentences(doc)] == [(s.start, s.end) for s in doc.sents]
    assert sentence_count(doc) == len(list(doc.sents))
    assert len(sentences(doc)) > 1 or text == "tek cümle"


def test_an_opening_bracket_after_a_full_stop_starts_the_next_sentence() -> None:
    """"… warehouse. (1/2) ^SP": the part counter is not the last character of the sentence before it."""
    doc = build_nlp("en")("Orders ship once it reaches our warehouse. (1/2) ^SP")
    assert [s.text for s in sentences(doc)] == ["Orders ship once it reaches our warehouse.", "(1/2) ^SP"]
    doc = build_nlp("en")('He said "done." Then he left.')
    assert [s.text for s in sentences(doc)] == ['He said "done."', "Then he left."]


def test_a_number_sign_before_a_number_ends_no_sentence() -> None:
    """"Baileys No. 4": an update sentence added after the sentence must not land inside the product's name."""
    doc = build_nlp("en")("We'll replace the bags of Baileys No. 4 once the load comes in. The answer is no. 4 bags came.")
    assert [s.text for s in sentences(doc)] == [
        "We'll replace the bags of Baileys No. 4 once the load comes in.", "The answer is no.", "4 bags came."]


def test_fold_matches_the_character_table_on_tricky_text() -> None:
    """``fold`` (a chain of replaces, for speed) equals lower-casing plus the folding table."""
    import random

    from replycheck.folding import _TO_ASCII, fold

    upper = str.maketrans({"I": "ı", "İ": "i"})
    rng = random.Random(5)
    alphabet = "IİıiÇçĞğÖöŞşÜüÂâÎîÛû’‘ʼ`abcXYZ \u0307é"
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12)))
        assert fold(text, "en") == text.lower().translate(_TO_ASCII)
        assert fold(text, "tr") == text.translate(upper).lower().translate(_TO_ASCII)
    assert fold("İADE Iİ", "tr") == "iade ii" and fold("İade", "en") == "iade"


def test_unless_sentence_regexes_are_combined_only_when_meaning_is_kept() -> None:
    from replycheck.matching import _alternation

    assert _alternation([r"\bsorry\b", r"\?\s*$"]) == [r"(?:\bsorry\b)|(?:\?\s*$)"]
    assert _alternation([r"(a)\1", "b"]) == [r"(a)\1", "b"]  # a backreference would be renumbered
    assert _alternation(["(?i)x", "y"]) == ["(?i)x", "y"]  # a global flag cannot sit inside a group
    assert _alternation(["only"]) == ["only"]


@pytest.mark.parametrize("lang", ["en", "tr"])
def test_caching_tokenizer_gives_spacys_tokens(lang: str) -> None:
    """Warming spaCy's chunk cache changes nothing in the tokens, norms or offsets."""
    import spacy

    from replycheck.pipeline import CachingTokenizer

    texts = [
        "I'm sorry, we can't refund it (don't worry) — it's $39.90, e-mail me@x.com at 5 p.m.!",
        "We'll call you :) Isn't that fine? Dr. Smith's team (re-enter it) at https://x.io/a?b=1.",
        "Siparişiniz yarın kargoda. İADE'niz 3 iş günü içinde, e-posta: a@b.com.tr :)",
        "I'm sorry, we can't refund it (don't worry) — it's $39.90, e-mail me@x.com at 5 p.m.!",
    ]
    plain = spacy.blank(lang).tokenizer
    caching = CachingTokenizer(spacy.blank(lang).tokenizer)
    for text in texts:
        expected = [(t.text, t.norm_, t.idx, t.whitespace_) for t in plain(text)]
        assert [(t.text, t.norm_, t.idx, t.whitespace_) for t in caching(text)] == expected
    assert caching.rules == plain.rules  # spaCy's tokenizer still answers for its settings


@pytest.mark.parametrize(("draft", "lang"), [
    ("We cannot print your invitations from the 180 KB file you sent.", "en"),  # a unit after its number
    ("Your excess on this policy is £250, which will be deducted from the settlement.", "en"),
    ("Your PIN stays the same, and you can use the card at any ATM as soon as it arrives.", "en"),
    ("Paletiniz gümrükte 'antrepo' denen, vergisi ödenmemiş malların beklediği depoda duruyor.", "tr"),
])
def test_round_27_clean_replies_stay_clean(draft: str, lang: str) -> None:
    found = [f for f in replycheck.check(draft, lang=lang).findings if f.category != "negative_framing"]
    assert found == []


def test_a_date_that_only_dates_a_record_is_no_time_frame() -> None:
    report = replycheck.check("We have received your form dated 24 November, and it will be processed in due course.", lang="en")
    assert [f.category for f in report.findings] == ["missing_timeline"]


@pytest.mark.parametrize("draft", [
    # the next sentence's date is a past fact, not a time for the pending step
    "Eksper incelemesi bitince bloke kaldırılacak, sana haber veririz. Kiralama sözleşmen 1 Aralık'ta kapatıldı.",
    # "this month's" package and a right that won't be lost time no step
    "Bakım bitince program yeniden açılacak, o zaman duyururuz. Bu ayki ders paketin donduruldu, hakkın kaybolmayacak.",
])
def test_a_turkish_sentence_of_past_facts_times_no_pending_step(draft: str) -> None:
    report = replycheck.check(draft, lang="tr")
    assert "missing_timeline" in [f.category for f in report.findings]


@pytest.mark.parametrize("draft", [
    "Your essay for HIST 204 is now due on Thursday 10 December at 23:59.",  # a course code with its number
    "Thanks for the screenshots from your workspace 'northwind-ops'.",  # a quoted name, written as a slug
    "The transfer is now booked for Tuesday 8 December. I'll text you that day once it's complete.",
])
def test_round_29_clean_replies_stay_clean(draft: str) -> None:
    assert replycheck.check(draft, lang="en").findings == []


def test_a_quoted_screen_label_keeps_its_words() -> None:
    # (reading 117) "'pending QC'" is what the customer sees on screen: a gloss inside it would make a label that
    # does not exist; outside quotes the same code is explained
    quoted = replycheck.check("Kiralamanız sistemde hâlâ 'pending QC' statüsünde görünüyor.", lang="tr")
    assert "'pending QC'" in quoted.rewrite
    plain = replycheck.check("Kiralamanız QC'de bekliyor, yarın çıkar.", lang="tr")
    assert "kalite kontrolde (QC)" in plain.rewrite


def test_a_code_naming_a_compound_head_keeps_it() -> None:
    # (reading 117) "P2 kaydı": the gloss goes after the code, so the head keeps its compound
    report = replycheck.check("Şikayetiniz için P2 kaydı açtım.", lang="tr")
    assert "P2 (yüksek öncelikli) kaydı" in report.rewrite
