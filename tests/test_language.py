"""Language detection among the installed packs."""

from __future__ import annotations

import json
import pickle
from pathlib import Path

import pytest

import replycheck
from replycheck.cli import main
from replycheck.errors import UnsupportedLanguageError
from replycheck.language import detect_language, identify_language


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Hi Sam, your parcel left the warehouse this morning and arrives on Thursday.", "en"),
        ("Merhaba Ayşe Hanım, siparişiniz bugün kargoya verildi.", "tr"),
        ("siparisiniz yarin kargoda", "tr"),
        ("merhaba, iadeniz yapildi, tesekkurler", "tr"),
        ("IŞIK", "tr"),
        ("ok", "en"),
        ("👍", "en"),
        ("Thanks!", "en"),
        # "size" and "once" are also diacritic-less Turkish words; English function words outweigh them
        ("The blue size M is back in stock, and once it is uploaded your team can log in.", "en"),
        ("size once bilgi verdik, siparisiniz yarin kargoda", "tr"),
    ],
)
def test_detects_the_language(text: str, lang: str) -> None:
    assert detect_language(text) == lang


def test_detection_is_stable() -> None:
    text = "Kargo firmasi paketi teslim edecek"
    assert len({detect_language(text) for _ in range(20)}) == 1
    assert detect_language(text) == "tr"


def test_single_language_needs_no_detection() -> None:
    assert detect_language("Merhaba", supported=("en",)) == "en"


# --- names don't decide the language ---------------------------------------------------------

@pytest.mark.parametrize(
    "text",
    [
        "Hi Ayşe, your order shipped and will arrive Monday.",
        "Hi Çağrı, the refund went out today.",
        "Thanks Şükrü, done.",
        "Ayşe from our team will call you tomorrow.",
        "Your refund went out today.\nBest,\nGökhan Yıldız",
        "Hi Sam",
        "Yes, you can. *DD",  # a tweet signed with the agent's initials
        "Hi! *MR",
    ],
)
def test_a_turkish_name_in_an_english_reply_stays_english(text: str) -> None:
    assert detect_language(text) == "en"
    assert identify_language(text) == "en"


@pytest.mark.parametrize(
    "text",
    [
        "Merhaba John, siparişiniz yarın kargoda.",
        "Merhaba Steve, iade talebiniz onaylandi, tutar yarin hesabiniza gecer",
        "Merhaba Ayşe",
        "Şu an kontrol ediyoruz.",
        "hattinizda bir hata gorunuyor, kaydiniz acildi",  # no diacritics: Turkish endings tell
        "Talebiniz backlog'a alındı, sprint planlamasında önceliklendirilecek.",  # English words, Turkish sentence
        "Teşekkürler, Michael Johnson",
    ],
)
def test_an_english_name_in_a_turkish_reply_stays_turkish(text: str) -> None:
    assert detect_language(text) == "tr"
    assert identify_language(text) == "tr"


# --- languages without a pack are reported, not scored -----------------------------------------

@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Bonjour, votre commande a été expédiée et arrivera lundi.", "fr"),
        ("Hallo, wir haben Ihre Rückerstattung heute bearbeitet. Vielen Dank für Ihre Geduld.", "de"),
        ("Sehr geehrte Frau Müller, leider ist die Lieferung verspätet.", "de"),
        ("Hola, su pedido fue enviado y llegará el lunes.", "es"),
        ("Ciao, il tuo ordine è stato spedito.", "it"),
        ("Olá, o seu pedido foi enviado ontem.", "pt"),
        ("Hallo, uw bestelling is verzonden en wordt morgen geleverd.", "nl"),
        ("Γεια σας, η παραγγελία σας στάλθηκε.", "el"),
        ("こんにちは、ご注文は発送されました。", "ja"),
    ],
)
def test_a_language_without_a_pack_is_identified(text: str, lang: str) -> None:
    assert identify_language(text) == lang
    assert detect_language(text) in ("en", "tr")  # the old contract: always one of the supported


@pytest.mark.parametrize(
    "text",
    [
        "Thanks!",
        "Merci!",  # one word proves nothing: short drafts keep working
        "Danke schön",
        "ok",
        "👍",
        "Your café order is on its way, bon appétit!",
        "Dear customer, the French page says \"merci pour votre patience\" and we will fix it today.",
        "Hi, the LAS to MIT shipment is delayed.",  # codes are not Spanish or German words
        "Ha ha, glad you liked it!",
    ],
)
def test_short_or_mostly_english_drafts_stay_english(text: str) -> None:
    assert identify_language(text) == "en"


def test_turkish_under_an_english_only_checker_is_reported() -> None:
    assert identify_language("Merhaba, siparişiniz yarın kargoya verilecek.", ("en",)) == "tr"
    assert identify_language("Thanks, your parcel left today and will arrive on Monday.", ("en",)) == "en"


def test_the_checker_raises_for_an_unsupported_draft_and_checks_it_when_told() -> None:
    text = "Bonjour, votre commande a été expédiée et arrivera lundi. Merci pour votre patience."
    with pytest.raises(UnsupportedLanguageError, match=r"French \(fr\)") as caught:
        replycheck.check(text)
    assert caught.value.lang == "fr" and caught.value.detected
    assert replycheck.check(text, lang="en").language == "en"  # an explicit language wins
    assert replycheck.check("Hi Ayşe, your order shipped and will arrive Monday.").language == "en"


def test_cli_exits_2_and_batch_gives_an_error_record(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    draft = tmp_path / "de.txt"
    draft.write_text("Hallo, wir haben Ihre Rückerstattung heute bearbeitet. Vielen Dank für Ihre Geduld.",
                     encoding="utf-8")
    assert main(["check", str(draft)]) == 2
    assert "German (de)" in capsys.readouterr().err
    lines = [
        {"id": "de", "text": "Hallo, Ihre Bestellung wurde versandt und kommt am Montag an."},
        {"id": "en", "text": "Hi Ayşe, we'll get back to you soon."},
    ]
    source = tmp_path / "in.jsonl"
    source.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    main(["batch", str(source), "--workers", "1"])
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert "error" in records[0] and "German" in records[0]["error"] and "findings" not in records[0]
    assert records[1]["language"] == "en" and records[1]["findings"]


def test_the_error_survives_pickling() -> None:
    error = pickle.loads(pickle.dumps(UnsupportedLanguageError("fr", ["en", "tr"], detected=True)))
    assert error.detected and "French" in str(error)
