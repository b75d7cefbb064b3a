"""Turkish word generation: one group of cases per rule of the grammar."""

from __future__ import annotations

import doctest

import pytest

from replycheck import turkish as tr
from replycheck.turkish import (
    ablative, accusative, address_form, capitalize, dative, genitive, inflect, instrumental,
    is_diacriticless, last_vowel, locative, lower, nominalize, number_words, plural, possessive,
    reading, strip_diacritics, suffix, upper, uses_sen, vowel_a, vowel_i,
)


def test_docstring_examples_hold() -> None:
    failed, attempted = doctest.testmod(tr, optionflags=doctest.ELLIPSIS)
    assert attempted > 20
    assert failed == 0


# --- vowel harmony ----------------------------------------------------------

@pytest.mark.parametrize(("word", "vowel"), [
    ("kitap", "a"), ("otobüs", "ü"), ("tiyatro", "o"), ("kalp", "a"), ("Türk", "ü"),
    ("İSTANBUL", "u"), ("IŞIK", "ı"), ("hikâye", "e"), ("PDF", None), ("3", None),
])
def test_last_vowel(word: str, vowel: str | None) -> None:
    assert last_vowel(word) == vowel


@pytest.mark.parametrize(("word", "a", "i"), [
    ("kitap", "a", "ı"), ("ev", "e", "i"), ("okul", "a", "u"), ("göz", "e", "ü"),
    ("kargo", "a", "u"), ("müşteri", "e", "i"), ("ürün", "e", "ü"), ("kız", "a", "ı"),
    # disharmonic loans follow their last vowel
    ("otobüs", "e", "ü"), ("fatura", "a", "ı"), ("pilot", "a", "u"), ("bilet", "e", "i"),
    # words ending in a consonant cluster
    ("film", "e", "i"), ("park", "a", "ı"), ("form", "a", "u"), ("Türk", "e", "ü"), ("test", "e", "i"),
    # loans with a palatal final consonant take front suffixes
    ("saat", "e", "i"), ("kontrol", "e", "ü"), ("rol", "e", "ü"), ("kabul", "e", "ü"),
    ("hal", "e", "i"), ("kalp", "e", "i"), ("dikkat", "e", "i"), ("ihtimal", "e", "i"),
    ("iptal", "e", "i"), ("ithal", "e", "i"),
    # circumflex a is back
    ("kâr", "a", "ı"), ("dükkân", "a", "ı"),
])
def test_two_and_four_way_vowels(word: str, a: str, i: str) -> None:
    assert vowel_a(word) == a
    assert vowel_i(word) == i


@pytest.mark.parametrize(("word", "a", "i"), [
    ("SMS", "e", "i"), ("SLA", "a", "ı"), ("USB", "e", "i"), ("PDF", "e", "i"),
    ("3", "e", "ü"), ("6", "a", "ı"), ("10", "a", "u"), ("1000", "e", "i"), ("2026", "a", "ı"),
])
def test_harmony_follows_reading(word: str, a: str, i: str) -> None:
    assert (vowel_a(word), vowel_i(word)) == (a, i)


# --- buffer letters ---------------------------------------------------------

@pytest.mark.parametrize(("word", "template", "expected"), [
    ("kargo", "(y)I", "kargoyu"), ("kargo", "(y)A", "kargoya"), ("kapı", "(y)I", "kapıyı"),
    ("ödeme", "(y)A", "ödemeye"), ("ev", "(y)I", "evi"), ("ev", "(y)A", "eve"),
    ("kargo", "(n)In", "kargonun"), ("ev", "(n)In", "evin"), ("fatura", "(n)In", "faturanın"),
    ("kargo", "(s)I", "kargosu"), ("ev", "(s)I", "evi"), ("ödeme", "(s)I", "ödemesi"),
    ("kargo", "(I)nIz", "kargonuz"), ("ev", "(I)nIz", "eviniz"), ("ürün", "(I)nIz", "ürününüz"),
    ("kargo", "(y)lA", "kargoyla"), ("talep", "(y)lA", "taleple"),
])
def test_buffer_letters_only_after_a_vowel(word: str, template: str, expected: str) -> None:
    assert suffix(word, template) == expected


# --- D and C ------------------------------------------------------------------

@pytest.mark.parametrize(("word", "template", "expected"), [
    ("süreç", "DA", "süreçte"), ("kitap", "DA", "kitapta"), ("iş", "DA", "işte"),
    ("kalp", "DA", "kalpte"), ("renk", "DA", "renkte"), ("test", "DAn", "testten"),
    ("saat", "DA", "saatte"), ("ağaç", "DAn", "ağaçtan"), ("hak", "DA", "hakta"),
    ("ev", "DA", "evde"), ("kargo", "DAn", "kargodan"), ("ürün", "DA", "üründe"),
    ("film", "DA", "filmde"), ("şehir", "DA", "şehirde"),
    ("iş", "CI", "işçi"), ("süt", "CI", "sütçü"), ("kargo", "CI", "kargocu"), ("yol", "CI", "yolcu"),
])
def test_d_and_c_after_voiceless_consonants(word: str, template: str, expected: str) -> None:
    assert suffix(word, template) == expected


# --- consonant softening ----------------------------------------------------

@pytest.mark.parametrize(("word", "expected"), [
    # words of two syllables or more soften p ç k (nk → ng)
    ("kitap", "kitabı"), ("ağaç", "ağacı"), ("süreç", "süreci"), ("talep", "talebi"),
    ("hesap", "hesabı"), ("destek", "desteği"), ("abonelik", "aboneliği"), ("ekip", "ekibi"),
    ("kulüp", "kulübü"), ("ihtiyaç", "ihtiyacı"), ("ahenk", "ahengi"), ("uçak", "uçağı"),
    # one syllable: no softening, except a short list
    ("top", "topu"), ("saç", "saçı"), ("ok", "oku"), ("at", "atı"), ("süt", "sütü"),
    ("ip", "ipi"), ("kök", "kökü"), ("park", "parkı"), ("link", "linki"),
    ("kalp", "kalbi"), ("renk", "rengi"), ("cep", "cebi"), ("uç", "ucu"), ("güç", "gücü"),
    ("çok", "çoğu"), ("tat", "tadı"), ("dert", "derdi"), ("yurt", "yurdu"), ("grup", "grubu"),
    # final t stays, except a short list
    ("saat", "saati"), ("hizmet", "hizmeti"), ("paket", "paketi"), ("bilet", "bileti"),
    ("şikayet", "şikayeti"), ("yanıt", "yanıtı"),
    ("umut", "umudu"), ("kilit", "kilidi"), ("çeşit", "çeşidi"), ("kağıt", "kağıdı"), ("kâğıt", "kâğıdı"),
    # loans that keep p ç k
    ("tebrik", "tebriki"), ("hukuk", "hukuku"), ("ahlak", "ahlakı"), ("merak", "merakı"),
    # a doubled consonant
    ("hak", "hakkı"), ("ret", "reddi"), ("his", "hissi"), ("zam", "zammı"), ("af", "affı"), ("hat", "hattı"),
    # the last vowel drops
    ("kayıt", "kaydı"), ("isim", "ismi"), ("şehir", "şehri"), ("fikir", "fikri"), ("şekil", "şekli"),
    ("vakit", "vakti"), ("nakit", "nakdi"), ("burun", "burnu"), ("ağız", "ağzı"), ("hüküm", "hükmü"),
])
def test_stem_before_a_vowel(word: str, expected: str) -> None:
    assert accusative(word) == expected


@pytest.mark.parametrize(("word", "template", "expected"), [
    ("kitap", "lAr", "kitaplar"), ("talep", "DA", "talepte"), ("kayıt", "lAr", "kayıtlar"),
    ("hak", "lAr", "haklar"), ("renk", "lI", "renkli"), ("şehir", "DAn", "şehirden"),
])
def test_no_stem_change_before_a_consonant(word: str, template: str, expected: str) -> None:
    assert suffix(word, template) == expected


@pytest.mark.parametrize(("word", "template", "expected"), [
    ("güzel", "lIk(y)A", "güzelliğe"), ("sorun", "lIk(s)I", "sorunluğu"), ("gel", "(y)AcAk(s)I", "geleceği"),
])
def test_a_final_k_inside_the_suffix_softens_too(word: str, template: str, expected: str) -> None:
    assert suffix(word, template) == expected


def test_capitals_survive_stem_changes() -> None:
    assert accusative("KİTAP", proper=False) == "KİTABI"
    assert accusative("HAK", proper=False) == "HAKKI"


# --- apostrophes: proper nouns, numbers, abbreviations ---------------------

@pytest.mark.parametrize(("word", "case", "expected"), [
    ("Ankara", "dat", "Ankara'ya"), ("Ankara", "abl", "Ankara'dan"), ("İstanbul", "dat", "İstanbul'a"),
    ("İstanbul", "loc", "İstanbul'da"), ("Mehmet", "gen", "Mehmet'in"), ("Ahmet", "dat", "Ahmet'e"),
    ("Zeynep", "acc", "Zeynep'i"), ("Türkiye", "dat", "Türkiye'ye"), ("İzmir", "abl", "İzmir'den"),
    ("Kars", "loc", "Kars'ta"), ("Kemal", "dat", "Kemal'e"), ("Google", "dat", "Google'a"),
    ("iPhone", "acc", "iPhone'u"),
])
def test_proper_nouns_take_an_apostrophe_and_never_soften(word: str, case: str, expected: str) -> None:
    assert inflect(word, case) == expected


@pytest.mark.parametrize(("number", "case", "expected"), [
    ("3", "loc", "3'te"), ("6", "loc", "6'da"), ("10", "loc", "10'da"), ("1000", "loc", "1000'de"),
    ("2026", "loc", "2026'da"), ("2026", "acc", "2026'yı"), ("3", "acc", "3'ü"), ("2", "gen", "2'nin"),
    ("40", "loc", "40'ta"), ("5", "abl", "5'ten"), ("100", "dat", "100'e"), ("0", "dat", "0'a"),
    ("7", "dat", "7'ye"), ("9", "dat", "9'a"), ("20", "dat", "20'ye"), ("60", "loc", "60'ta"),
    ("1000000", "dat", "1000000'a"), ("1.000", "dat", "1.000'e"), ("1.500", "abl", "1.500'den"),
    ("17:00", "dat", "17:00'ye"), ("14:30", "dat", "14:30'a"), ("12.00", "loc", "12.00'de"),
    ("%50", "dat", "%50'ye"), ("3,5", "dat", "3,5'e"), ("12.05.2026", "loc", "12.05.2026'da"),
    ("1.", "dat", "1.'ye"), ("3.", "acc", "3.'yü"),
])
def test_numbers_agree_with_how_they_are_read(number: str, case: str, expected: str) -> None:
    assert inflect(number, case) == expected


@pytest.mark.parametrize(("abbreviation", "case", "expected"), [
    ("SMS", "acc", "SMS'i"), ("SMS", "dat", "SMS'e"), ("SMS", "abl", "SMS'ten"), ("PDF", "acc", "PDF'i"),
    ("PDF", "loc", "PDF'te"), ("USB", "acc", "USB'yi"), ("USB", "dat", "USB'ye"), ("SLA", "acc", "SLA'yı"),
    ("SLA", "dat", "SLA'ya"), ("L2", "dat", "L2'ye"), ("ATM", "dat", "ATM'ye"), ("KVKK", "dat", "KVKK'ye"),
    ("TL", "abl", "TL'den"), ("THY", "dat", "THY'ye"), ("ABD", "loc", "ABD'de"), ("CEO", "dat", "CEO'ya"),
    ("IBAN", "dat", "IBAN'a"), ("NATO", "dat", "NATO'ya"), ("4G", "dat", "4G'ye"), ("A4", "dat", "A4'e"),
    ("kg", "abl", "kg'dan"), ("km", "dat", "km'ye"), ("COVID-19", "abl", "COVID-19'dan"),
    ("100 TL", "dat", "100 TL'ye"),
])
def test_abbreviations_agree_with_their_letter_names(abbreviation: str, case: str, expected: str) -> None:
    assert inflect(abbreviation, case) == expected


@pytest.mark.parametrize(("token", "spoken"), [
    ("2026", "iki bin yirmi altı"), ("1000", "bin"), ("17:00", "on yedi"), ("SMS", "es-me-es"),
    ("USB", "u-es-be"), ("L2", "le iki"), ("3.", "üçüncü"), ("İstanbul", "istanbul"),
])
def test_reading(token: str, spoken: str) -> None:
    assert reading(token) == spoken


@pytest.mark.parametrize(("number", "words"), [
    (0, "sıfır"), (7, "yedi"), (10, "on"), (19, "on dokuz"), (100, "yüz"), (101, "yüz bir"),
    (300, "üç yüz"), (1000, "bin"), (1001, "bin bir"), (2000, "iki bin"), (2026, "iki bin yirmi altı"),
    (1_000_000, "bir milyon"), (-5, "eksi beş"),
])
def test_number_words(number: int, words: str) -> None:
    assert number_words(number) == words


def test_already_inflected_names_extend_without_a_second_apostrophe() -> None:
    assert suffix("İstanbul'da", "ki") == "İstanbul'daki"
    assert accusative("SMS'ler") == "SMS'leri"


def test_overrides_for_names_and_readings() -> None:
    assert dative("Zendesk", read_as="zendesk") == "Zendesk'e"
    assert dative("Jira", read_as="cira") == "Jira'ya"
    assert dative("Talep", proper=False) == "Talebe"  # a sentence-initial common noun
    assert dative("kurye", proper=True) == "kurye'ye"


# --- pronouns ---------------------------------------------------------------

@pytest.mark.parametrize(("word", "case", "expected"), [
    ("bu", "acc", "bunu"), ("bu", "dat", "buna"), ("bu", "loc", "bunda"), ("bu", "abl", "bundan"),
    ("bu", "gen", "bunun"), ("şu", "dat", "şuna"), ("o", "acc", "onu"), ("o", "gen", "onun"),
    ("Bu", "loc", "Bunda"), ("ben", "dat", "bana"), ("sen", "dat", "sana"), ("ben", "gen", "benim"),
    ("biz", "gen", "bizim"), ("siz", "gen", "sizin"), ("sen", "gen", "senin"), ("ben", "acc", "beni"),
    ("su", "gen", "suyun"), ("su", "acc", "suyu"),
])
def test_pronouns(word: str, case: str, expected: str) -> None:
    assert inflect(word, case) == expected


def test_demonstrative_plural() -> None:
    assert plural("o") == "onlar"
    assert plural("bu") == "bunlar"


# --- cases, possessives and noun phrases -------------------------------------

@pytest.mark.parametrize(("helper", "phrase", "expected"), [
    (accusative, "bu talep", "bu talebi"), (dative, "ilgili ekip", "ilgili ekibe"),
    (locative, "bu süreç", "bu süreçte"), (ablative, "depo", "depodan"),
    (genitive, "bu talep", "bu talebin"), (genitive, "bu sipariş", "bu siparişin"),
    (instrumental, "kargo", "kargoyla"), (genitive, "iade talebiniz", "iade talebinizin"),
])
def test_only_the_head_noun_changes(helper, phrase: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    assert helper(phrase) == expected


def test_punctuation_around_the_phrase_stays_around_it() -> None:
    assert genitive("bu talep,") == "bu talebin,"
    assert genitive("«bu talep»") == "«bu talebin»"
    assert dative("(kargo)") == "(kargoya)"
    assert dative("talep ,") == "talebe ,"


def test_capitalised_personal_pronouns_are_not_names() -> None:
    assert dative("Ben") == "Bana"
    assert genitive("Biz") == "Bizim"
    assert dative("Siz") == "Size"
    assert accusative("BU", proper=False) == "BUNU"


def test_iptal_is_front() -> None:
    assert (accusative("iptal"), locative("iptal"), possessive("iptal", "2pl")) == ("iptali", "iptalde", "iptaliniz")


@pytest.mark.parametrize(("phrase", "person", "case", "expected"), [
    ("talep", "2pl", None, "talebiniz"), ("sipariş", "2pl", None, "siparişiniz"),
    ("kargo", "2pl", None, "kargonuz"), ("ürün", "2pl", None, "ürününüz"), ("hesap", "2pl", None, "hesabınız"),
    ("talep", "2sg", None, "talebin"), ("kargo", "2sg", None, "kargon"), ("sipariş", "1pl", None, "siparişimiz"),
    ("kargo", "1sg", None, "kargom"), ("talep", "3sg", None, "talebi"), ("kargo", "3sg", None, "kargosu"),
    ("sipariş", "3pl", None, "siparişleri"),
    ("sipariş", "2pl", "acc", "siparişinizi"), ("talep", "2pl", "dat", "talebinize"),
    ("hesap", "2pl", "loc", "hesabınızda"), ("kargo", "1pl", "abl", "kargomuzdan"),
    ("talep", "3sg", "acc", "talebini"), ("kargo", "3sg", "dat", "kargosuna"), ("kargo", "3sg", "loc", "kargosunda"),
    ("ürün", "3pl", "loc", "ürünlerinde"), ("SMS", "2pl", None, "SMS'iniz"), ("SLA", "3sg", "acc", "SLA'sını"),
])
def test_possessives(phrase: str, person: str, case: str | None, expected: str) -> None:
    assert possessive(phrase, person, case=case) == expected


@pytest.mark.parametrize(("case", "expected"), [
    ("acc", "kredi kartını"), ("dat", "kredi kartına"), ("loc", "kredi kartında"),
    ("abl", "kredi kartından"), ("gen", "kredi kartının"), ("ins", "kredi kartıyla"),
])
def test_compound_heads_take_the_pronominal_n(case: str, expected: str) -> None:
    assert inflect("kredi kartı", case, possessed=True) == expected


def test_plural_then_possessive_then_case_in_one_template() -> None:
    assert suffix("talep", "lArInIzI") == "taleplerinizi"
    assert suffix("kargo", "lArImIzDAn") == "kargolarımızdan"


# --- nominalisation ---------------------------------------------------------

@pytest.mark.parametrize(("subject", "verb", "options", "expected"), [
    ("bu talep", "karşılan", {}, "bu talebin karşılanması"),
    ("bu talep", "karşılanmak", {}, "bu talebin karşılanması"),
    ("Bu talep", "karşılan", {"negative": True}, "Bu talebin karşılanmaması"),
    ("bu talep", "karşılan", {"case": "acc"}, "bu talebin karşılanmasını"),
    ("bu talep", "karşılan", {"case": "dat"}, "bu talebin karşılanmasına"),
    ("siparişiniz", "gönderil", {}, "siparişinizin gönderilmesi"),
    ("iade", "onaylan", {}, "iadenin onaylanması"),
    ("ürün", "değiştiril", {}, "ürünün değiştirilmesi"),
    ("SMS", "gönderil", {}, "SMS'in gönderilmesi"),
    ("siz", "belge gönder", {"person": "2pl"}, "sizin belge göndermeniz"),
    ("siz", "gönder", {"person": "2pl", "case": "acc"}, "sizin göndermenizi"),
    ("biz", "kontrol et", {"person": "1pl"}, "bizim kontrol etmemiz"),
    (None, "iptal edil", {"negative": True}, "iptal edilmemesi"),
    ("siparis", "gonderil", {}, "siparisin gonderilmesi"),
    ("Siparişiniz", "gönderil", {}, "Siparişinizin gönderilmesi"),
    ("Talep", "karşılan", {"proper": False}, "Talebin karşılanması"),
    ("Mehmet", "ara", {}, "Mehmet'in araması"),
    ("Deniz", "ara", {}, "Deniz'in araması"),
])
def test_nominalize(subject: str | None, verb: str, options: dict, expected: str) -> None:  # type: ignore[type-arg]
    assert nominalize(subject, verb, **options) == expected


# --- diacritic-less register ------------------------------------------------

@pytest.mark.parametrize(("word", "template", "expected"), [
    ("siparis", "(y)I", "siparisi"), ("siparis", "(I)nIz", "siparisiniz"), ("siparis", "DA", "sipariste"),
    ("urun", "DA", "urunde"), ("urun", "(y)I", "urunu"), ("surec", "DA", "surecte"), ("surec", "(y)I", "sureci"),
    ("kayit", "(y)I", "kaydi"), ("cok", "(s)I", "cogu"), ("agiz", "(y)I", "agzi"), ("sehir", "(y)I", "sehri"),
    ("musteri", "(y)A", "musteriye"), ("hiz", "DA", "hizda"),
])
def test_diacriticless_words_keep_their_register(word: str, template: str, expected: str) -> None:
    assert suffix(word, template) == expected


@pytest.mark.parametrize(("phrase", "template", "expected"), [
    ("hesap", "(y)I", "hesabi"), ("destek", "(y)I", "destegi"), ("ürün", "(y)I", "urunu"),
    ("İstanbul", "(y)A", "Istanbul'a"), ("SLA", "(y)I", "SLA'yi"), ("bu talep", "(n)In", "bu talebin"),
    ("kontrol", "(y)I", "kontrolu"), ("yanıt", "DA", "yanitta"),
])
def test_diacritics_off(phrase: str, template: str, expected: str) -> None:
    assert suffix(phrase, template, diacritics=False) == expected


def test_diacritics_on_by_default_for_ordinary_words() -> None:
    assert accusative("hesap") == "hesabı"
    assert nominalize("bu talep", "karşılan", diacritics=False) == "bu talebin karsilanmasi"


def test_strip_diacritics() -> None:
    assert strip_diacritics("Çağrı İŞLEMİ ölçüsü, hâlâ") == "Cagri ISLEMI olcusu, hala"


@pytest.mark.parametrize(("text", "expected"), [
    ("siparisiniz yarin kargoda", True), ("Merhaba, talebiniz alindi, tesekkurler", True),
    ("Siparişiniz yarın kargoda", False), ("tamam", False), ("hello there", False),
    ("Siparişiniz yarin gelecek, tesekkurler", True), ("Siparişiniz yarın gelecek, tesekkurler", False),
    ("", False), ("yemeginiz 5 dk icinde kapinizda", True), ("ticketinizi L2'ye aktardim", True),
    ("Sorun sizin modeminizde, bizim hatta bir problem yok.", False),  # correct Turkish without ç ğ ı ö ş ü
    ("Be sure to write once more, we are saying thanks", False),
    # a back-vowel stem's passive typed with i for ı ("alındı", "yapılacak")
    ("Temiz Yuva: Utu hizmeti talebiniz alindi.", True), ("Montaj cuma gunu yapilacak.", True),
    ("Talebiniz alındı.", False),
])
def test_is_diacriticless(text: str, expected: bool) -> None:
    assert is_diacriticless(text) is expected


# --- sen / siz ----------------------------------------------------------------

@pytest.mark.parametrize(("text", "form"), [
    ("Kargon yarın çıkıyor, takip edebilirsin.", "sen"), ("Sana yardımcı olabilirim.", "sen"),
    ("Bilgi verir misin?", "sen"), ("yarin ararsin", "sen"), ("Ne zaman geliyorsun?", "sen"),
    ("Siparişiniz yolda.", "siz"), ("Size yardımcı olabilirim.", "siz"), ("Lütfen bekleyin.", "siz"),
    ("Bilgi verebilir misiniz?", "siz"), ("sifrenizi sifirlayabilirsiniz", "siz"),
    ("Kartınıza iade yapıldı.", "siz"), ("hattiniza paket tanimlandi", "siz"), ("Lütfen paketleyin.", "siz"),
    ("Merhaba Cem Bey, kargo yolda.", "siz"), ("istersen yarın ararız", "sen"),
    ("Denizde yalnızca bir tekne var.", None),
    ("Kargo yarın çıkıyor.", None), ("Mersin şubemiz açık.", None), ("Kesin bilgi yarın.", None),
    ("Yaşadığın sorun bu sabah çözüldü.", "sen"), ("Yaşadığı sorun bu sabah çözüldü.", None),
    ("Düğün salonu hazır.", None),
])
def test_address_form(text: str, form: str | None) -> None:
    assert address_form(text) == form
    assert uses_sen(text) is (form == "sen")


# --- capitals ---------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("iade talebiniz alındı.", "İade talebiniz alındı."), ("ılık", "Ilık"), ("«işte»", "«İşte»"),
    ("3 gün içinde", "3 gün içinde"), ("çok", "Çok"), ("", ""),
])
def test_capitalize(text: str, expected: str) -> None:
    assert capitalize(text) == expected


def test_capitalize_diacriticless() -> None:
    assert capitalize("iade talebiniz", diacritics=False) == "Iade talebiniz"


def test_upper_and_lower_are_turkish() -> None:
    assert upper("istanbul ılık") == "İSTANBUL ILIK"
    assert lower("İSTANBUL ILIK") == "istanbul ılık"


# --- mistakes -----------------------------------------------------------------

@pytest.mark.parametrize("template", ["(y)E", "(y", "X", "(y)I!"])
def test_bad_templates_are_refused(template: str) -> None:
    with pytest.raises(ValueError, match="template"):
        suffix("kitap", template)


def test_bad_arguments_are_refused() -> None:
    with pytest.raises(ValueError, match="case"):
        inflect("kitap", "vocative")
    with pytest.raises(ValueError, match="person"):
        possessive("kitap", "4pl")
    with pytest.raises(ValueError, match="empty"):
        accusative("  ")
    with pytest.raises(ValueError, match="empty"):
        nominalize("bu talep", " ")


def test_empty_template_leaves_the_word() -> None:
    assert suffix("talep", "") == "talep"
    assert suffix("SMS", "") == "SMS"


@pytest.mark.parametrize(("word", "expected"), [
    ("üç", "üçü"), ("uç", "ucu"), ("tip", "tipi"), ("tıp", "tıbbı"), ("göl", "gölü"), ("gol", "golü"),
])
def test_words_that_differ_only_in_diacritics_are_not_confused(word: str, expected: str) -> None:
    assert accusative(word) == expected


def test_a_bare_first_name_greets_a_sen() -> None:
    from replycheck import turkish
    assert turkish.address_form("Merhaba Berk, dosyanı sıkıştırıp tekrar dene.") == "sen"
    assert turkish.address_form("Merhaba Berk Bey, dosyanızı sıkıştırıp tekrar deneyin.") == "siz"
