"""Turkish glossary terms with a suffix after the apostrophe: the suffix read, the plain words
built in the same case (vowel harmony, softening, buffer letters, compound heads)."""

from __future__ import annotations

import pytest

import replycheck
from replycheck.inflection import SUFFIXES, inflect, suffix_case


@pytest.mark.parametrize(("suffix", "case"), [
    ("yi", "acc"), ("u", "acc"), ("ye", "dat"), ("ta", "loc"), ("ten", "abl"), ("nin", "gen"),
    ("si", "poss3"), ("ler", "pl"), ("lerde", "pl_loc"), ("nizi", "poss2pl_acc"), ("imizden", "poss1pl_abl"),
])
def test_a_suffix_after_the_apostrophe_names_its_case(suffix: str, case: str) -> None:
    assert suffix_case(suffix) == case


def test_a_word_that_is_no_suffix_names_no_case() -> None:
    assert suffix_case("layacaklar") is None
    assert all(suffix_case(s) == case for case, suffixes in SUFFIXES.items() for s in suffixes)


@pytest.mark.parametrize(("plain", "case", "expected"), [
    ("çerez", "acc", "çerezi"),  # front vowels
    ("fiber modem", "dat", "fiber modeme"),
    ("kota", "acc", "kotayı"),  # buffer y after a vowel
    ("kota", "poss3", "kotası"),  # buffer s
    ("sanal sunucu", "gen", "sanal sunucunun"),  # buffer n
    ("hızlı kargo", "loc", "hızlı kargoda"),
    ("kalite kontrol", "abl", "kalite kontrolden"),
    ("sepet", "loc", "sepette"),  # t after a hard consonant
    ("ek hesap", "acc", "ek hesabı"),  # softening (soft stem given)
    ("ürün kodu", "acc", "ürün kodunu"),  # a compound head keeps its possessive: n before the case
    ("iade onayı", "dat", "iade onayına"),
    ("ürün kodu", "poss2pl", "ürün kodunuz"),
    ("ürün kodu", "pl", "ürün kodları"),
    ("bant genişliği", "pl", "bant genişlikleri"),  # the head's nominative comes back before -lEr
    ("hizmet süresi taahhüdü", "pl_poss2pl", "hizmet süresi taahhütleriniz"),
    ("kullanım koşulları", "pl", "kullanım koşulları"),  # already plural
    ("sık sorulan sorular", "pl_loc", "sık sorulan sorularda"),
    ("yazılım bağlantı anahtarı", "poss2sg", "yazılım bağlantı anahtarın"),  # your key (sen)
    ("kota", "poss2sg", "kotan"),
])
def test_plain_words_take_the_case(plain: str, case: str, expected: str) -> None:
    assert inflect(plain, case, {"hesap": "hesab"}) == expected


def test_a_last_word_that_only_looks_possessive_is_a_bare_noun() -> None:
    assert inflect("sanal sunucu", "acc") == "sanal sunucunu"  # read as a compound head without the list
    assert inflect("sanal sunucu", "acc", bare_nouns=["sunucu"]) == "sanal sunucuyu"
    assert inflect("rol bazlı yetki", "pl_loc", bare_nouns=["yetki"]) == "rol bazlı yetkilerde"


@pytest.mark.parametrize("plain", ["bagaj hakkı", "arıza kaydı", "iş emri"])
def test_no_plural_where_the_stem_hides_the_nominative(plain: str) -> None:
    # "hakkı" is "hak", "kaydı" is "kayıt", "emri" is "emir": "hakkları" would be wrong, so no form at all
    assert inflect(plain, "pl") is None
    assert inflect(plain, "acc") is not None


@pytest.mark.parametrize(("draft", "expected"), [
    ("SLA'larınız bu ay değişti.", "Hizmet seviyesi taahhütleriniz (SLA) bu ay değişti."),
    ("VPS'nizi yeniden başlattık.", "Sanal sunucunuzu (VPS) yeniden başlattık."),
    ("DNS'lerde bir sorun yok.", "Alan adı ayarlarında (DNS) bir sorun yok."),
    # a form the pack lists as it is keeps its own plain words
    ("Deploy'dan sonra sorun geçti.", "Güncellemeden sonra sorun geçti."),
    # "-In" is the genitive before its possessed noun, else "your" (sen): "key'in revoke edildi"
    ("Eski API key'in süresi doldu.", "Eski yazılım bağlantı anahtarının (API) süresi doldu."),
    ("Selam, API key'in iptal edildi.", "Selam, yazılım bağlantı anahtarın (API) iptal edildi."),
    # after an English word and before a verb with no object, "-ı" is a compound's possessive: "rollback bug'ı biliniyor"
    ("Bu sistem bug'ı biliniyor.", "Bu sistem hatası biliniyor."),
    ("Bu bug'ı düzelttik.", "Bu hatayı düzelttik."),
])
def test_the_engine_matches_and_rewrites_suffixed_forms(draft: str, expected: str) -> None:
    assert replycheck.check(draft, lang="tr").rewrite == expected


def test_every_inflected_glossary_term_has_its_forms() -> None:
    from replycheck.rulepack import load_pack
    for item in load_pack("tr").rules:
        rule = item.rule
        if not rule.inflect:
            continue
        for term, plain in rule.phrase_replacements.items():
            if "'" not in term and plain:
                assert inflect(plain, "acc", rule.soft_stems, rule.bare_nouns), (rule.code, term)


@pytest.mark.parametrize(("plain", "case", "expected"), [
    ("çerez", "pl_poss2pl_acc", "çerezlerinizi"),
    ("ürün kodu", "pl_dat", "ürün kodlarına"),
    ("sık sorulan sorular", "pl_abl", "sık sorulan sorulardan"),
    ("ürün kodu", "pl_acc", None),  # "SKU'ları": object or "their SKUs", no safe form
])
def test_a_plural_takes_its_case_after_it(plain: str, case: str, expected: str | None) -> None:
    assert inflect(plain, case) == expected
