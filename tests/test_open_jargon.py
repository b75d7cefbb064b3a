"""The open-vocabulary jargon check (JRG910): terms no glossary lists, found by shape and by
word frequency, with its exceptions.  The examples are written for these tests."""

from __future__ import annotations

import pytest

import replycheck
from replycheck import open_jargon
from replycheck.rewrite import apply

CODE = "JRG910"


def flagged(checker: replycheck.Checker, text: str, lang: str, **kwargs: object) -> list[str]:
    """The texts the open-vocabulary check flags in ``text``."""
    report = checker.check(text, lang=lang, **kwargs)  # type: ignore[arg-type]
    return [f.text for f in report.findings if f.rule_id == CODE]


@pytest.mark.parametrize(
    ("lang", "text", "term"),
    [
        ("en", "Your WRN shows the parcel as held at the depot.", "WRN"),
        ("en", "Good news: your NCD is protected after the claim.", "NCD"),
        ("en", "The order is stuck in status PAYMENT_HOLD, so I've released it by hand.", "PAYMENT_HOLD"),
        ("en", "Please send us the debug.log from the app folder.", "debug.log"),
        ("en", "The gateway answered with error XJ-4021 on your last try.", "XJ-4021"),
        ("en", "Your card's MDES check failed at the bank.", "MDES"),
        ("en", "The return came back with reason code R07 this morning.", "R07"),
        ("en", "The hold-up is on the SIPs from our supplier.", "SIPs"),  # a plural acronym
        ("tr", "Poliçeniz compliance aşamasında, ekibimiz yarın inceleyecek.", "compliance"),
        ("tr", "Ödemeniz clearing'e takıldı, yarın hesabınıza geçecek.", "clearing'e"),
        ("tr", "Dosyalarınızı dün akşam uploadladık, sorun giderildi.", "uploadladık"),
        ("tr", "Hattınız HSS kaydında görünmüyordu, düzelttik.", "HSS"),
        ("tr", "Talebiniz dispatcher ekibine iletildi.", "dispatcher"),
    ],
)
def test_flags_an_unexplained_term(checker: replycheck.Checker, lang: str, text: str, term: str) -> None:
    assert flagged(checker, text, lang) == [term]


def test_neighbouring_english_words_make_one_term(checker: replycheck.Checker) -> None:
    text = "Tazminat talebiniz revenue accounting birimine iletildi."
    assert flagged(checker, text, "tr") == ["revenue accounting"]


def test_finding_is_jargon_with_a_manual_template_naming_the_term(checker: replycheck.Checker) -> None:
    text = "Your WRN shows the parcel as held at the depot."
    finding = next(f for f in checker.check(text, lang="en").findings if f.rule_id == CODE)
    assert finding.category == "jargon"
    assert (finding.start, finding.end) == (5, 8)
    [suggestion] = finding.suggestions
    assert suggestion.applicability == "manual"
    assert suggestion.replacement == "WRN (in plain words: …)"
    assert apply(text, finding.suggestions) == text  # a template is never applied
    turkish = next(f for f in checker.check("Hattınız HSS kaydında görünmüyordu.", lang="tr").findings
                   if f.rule_id == CODE)
    assert turkish.suggestions[0].replacement == "HSS (yani …)"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # explained in place, before or after, anywhere in the draft
        ("en", "Your NCD (no-claims discount) is safe, and the NCD stays the same next year."),
        ("en", "The XQZ, which is our booking tool, shows your seat as confirmed."),
        ("en", "Your no-claims discount (NCD) is protected."),
        ("tr", "Poliçeniz underwriting, yani risk değerlendirmesi aşamasında."),
        ("tr", "IROP (tarifesiz aksama) kapsamındaki uçuşlar için ücret iadesi yapılır."),
        # everyday acronyms and words customers use
        ("en", "Please check the PIN we sent by SMS and the PDF invoice with the IBAN on it."),
        ("en", "Send us a DM with your order ID, and the USB cable ships today."),
        ("tr", "Kartınızın PIN kodunu SMS ile gönderdik; IBAN ve KDV bilgisi faturada."),
        ("tr", "Siparişinizin linkini mail ile gönderdik, online takip edebilirsiniz."),
        # names and brands, greetings and sign-offs
        ("en", "Hi Priya, your PayPal refund went out today. Thanks, Leon – ACME Support"),
        ("en", "Your order ships today. ^JK"),
        ("tr", "Merhaba, yarın size bilgi vereceğiz. Saygılarımızla, AKCE Bank"),
        # e-mail addresses, URLs, handles, references and codes the customer needs
        ("en", "Write to billing_team@example.com or see https://example.com/HELP_CENTER for the form."),
        ("en", "Use promo code SAVE20 at checkout; your booking code is ABC123."),
        # a company's name in the signature is a name, even with an English word in it
        ("tr", "Kartınızı bugün açtık; depoya 07:00-22:00 arasında girebilirsiniz. İyi çalışmalar, KutuDepo Self Storage"),
        # a player's user name is a name, not an identifier
        ("tr", "Dostum, KaraKartal_35 hesabını 28 Kasım'da kapattık."),
        # places and organisations
        ("en", "Your flight from ATL to JFK leaves from gate B12 at 9 am."),
        ("en", "I've passed your kind words to the LGA Leadership Team."),
        ("en", "Your bags are in GEG and the courier brings them tonight."),
        ("tr", "Uçuşunuz IST'den SAW'a aktarmasız."),
        # a baby's bodysuit is a shop word in Turkish
        ("tr", "Siparişinizdeki bodyler iki ayrı pakette geliyor."),
        # the plural of an everyday acronym is everyday too
        ("en", "You can withdraw cash at any of our ATMs, and the FAQs list them."),
        # shouting and labels in capitals are not acronyms
        ("en", "I'M SO SORRY ABOUT THIS, WE WILL FIX IT TODAY."),
        ("en", "Type it into the box that says PROMO CODE."),
        # Turkish words that begin like English ones
        ("tr", "Kartınızın blokesini kaldırdık; teknisyen contaları da kontrol edecek."),
        ("tr", "Güvenlik ekibi konuyu bugün halledecek."),
        # an English sentence quoted in a Turkish reply is not code-switching
        ("tr", "Uygulama şu uyarıyı gösteriyor: please update your payment method before you continue."),
    ],
)
def test_does_not_flag(checker: replycheck.Checker, lang: str, text: str) -> None:
    assert flagged(checker, text, lang) == []


def test_a_term_the_customer_used_first_is_not_flagged(checker: replycheck.Checker) -> None:
    text = "Your WRN shows the parcel as held at the depot."
    thread = [{"role": "customer", "at": "2026-11-26T09:00:00", "text": "What does the WRN on my tracking page mean?"}]
    assert flagged(checker, text, "en", thread=thread) == []
    other = [{"role": "agent", "at": "2026-11-26T09:00:00", "text": "The WRN is set."}]
    assert flagged(checker, text, "en", thread=other) == ["WRN"]  # only the customer's words count


def test_the_team_accept_list_and_disable() -> None:
    text = "Your WRN shows the parcel as held at the depot."
    accepting = replycheck.Checker(langs=["en"], accept={"en": ["WRN"]}, readability=False)
    assert flagged(accepting, text, "en") == []
    off = replycheck.Checker(langs=["en"], disable=[CODE], readability=False)
    assert flagged(off, text, "en") == []


def test_a_term_known_to_a_glossary_rule_the_team_turned_off_stays_off() -> None:
    text = "Your case is outside the SLA, so I've flagged it."
    on = replycheck.Checker(langs=["en"], readability=False)
    assert [f.rule_id for f in on.check(text, lang="en").findings if f.rule_id.startswith("JRG")] == ["JRG001"]
    off = replycheck.Checker(langs=["en"], disable=["JRG001"], readability=False)
    assert [f.rule_id for f in off.check(text, lang="en").findings if f.rule_id.startswith("JRG")] == []


def test_no_second_finding_where_a_glossary_rule_fired(checker: replycheck.Checker) -> None:
    report = checker.check("I've raised an RMA for the unit.", lang="en")
    assert [f.rule_id for f in report.findings if f.rule_id.startswith("JRG")] == ["JRG001"]


def test_glossary_plain_words_for_a_known_term(checker: replycheck.Checker) -> None:
    pack = checker._pack("en")
    doc = pack.nlp("Your RMA is ready.")
    [(_, term)] = open_jargon.for_pack(pack).terms(doc.text, doc)
    assert (term.start, term.end, term.plain) == (5, 8, "return authorization")
    # and a hit carrying it replaces the term with the glossary's words
    [hit] = open_jargon.hits(pack, doc, doc.text, "", [], lambda rule: True)
    assert hit.rule.fix.action == "replace" and hit.replacement == "return authorization"


def test_word_lists_load_offline_for_both_languages() -> None:
    assert open_jargon.english_word("backlog")
    assert open_jargon.english_word("deploy")
    assert not open_jargon.english_word("online")  # everyday in Turkish too
    assert not open_jargon.english_word("fatura")
    assert open_jargon.zipf("iade", "tr") > 4
    assert open_jargon.zipf("gun", "tr") > 4  # chat-style Turkish without diacritics meets "gün"


def test_a_quoted_label_is_a_name_but_a_quoted_status_code_is_jargon(checker: replycheck.Checker) -> None:
    assert not checker.check("Ağ adınız 'TT_4F21' olarak görünecek.", lang="tr").findings
    assert [f.text for f in checker.check("Talebiniz 'PENDING_RECON' durumunda.", lang="tr").findings] == ["PENDING_RECON"]
    assert [f.text for f in checker.check("Your refund is in status 'PENDING_RECON'.", lang="en").findings] == ["PENDING_RECON"]


def test_a_turkish_case_ending_on_a_turkish_noun_is_no_english_word(checker: replycheck.Checker) -> None:
    # "prize" is "priz" in the dative, "temperli" an everyday adjective: neither is code-switching
    assert not checker.check("Kabloyu duvardaki prize takmanız yeterli; temperli cam ekranı korur.", lang="tr").findings


@pytest.mark.parametrize(("draft", "lang"), [
    ("Missed deliveries are dealt with by the courier, DPX, not by our store.", "en"),  # a name after what it names
    ("Bir kez daha yazıyorum: ağ adı KasLodge_Guest, şifre deniz2026.", "tr"),
    ("Your network name is TT_4F21 and the password is on the router.", "en"),
])
def test_a_name_given_after_what_it_names_is_no_term(checker: replycheck.Checker, draft: str, lang: str) -> None:
    assert [f for f in checker.check(draft, lang=lang).findings if f.category == "jargon"] == []


def test_everyday_turkish_acronyms_are_no_terms(checker: replycheck.Checker) -> None:
    draft = "12 Aralık YHT biletiniz hazır. Göz ve KBB muayeneleriniz tamamlandı, randevunuz MHRS'de görünüyor."
    assert [f for f in checker.check(draft, lang="tr").findings if f.category == "jargon"] == []


def test_an_acronym_after_a_suffixed_name_or_before_a_reading_is_a_term(checker: replycheck.Checker) -> None:
    # "Paşa'nın CBC paneli": the pet's test, not a name going on in capitals ("Zorlu PSM" still is one)
    found = checker.check("Merhaba, Paşa'nın CBC ve biyokimya paneli normal.", lang="tr").findings
    assert [f.text for f in found if f.category == "jargon"] == ["CBC"]
    # a reading with its unit is no course code ("HIST 204"): "TDS 180 ppm" is still a term
    found = checker.check("Cihazınızda sorun tıkanmadan kaynaklanıyor, ayrıca TDS 180 ppm çıkmış.", lang="tr").findings
    assert [f.text for f in found if f.category == "jargon"] == ["TDS"]
    assert not [f for f in checker.check("Please enrol on HIST 204 by Friday.", lang="en").findings
                if f.category == "jargon"]


def test_a_model_after_its_maker_is_a_name(checker: replycheck.Checker) -> None:
    # "your Honda HRX": a model in capitals after its maker, mid-sentence; alone the acronym is still a term
    assert not [f for f in checker.check("Thanks for booking your Honda HRX in with us.", lang="en").findings
                if f.category == "jargon"]
    assert [f.text for f in checker.check("Your mower needs an HRX check.", lang="en").findings
            if f.category == "jargon"] == ["HRX"]
