"""Language detection among the installed packs."""

from __future__ import annotations

import pytest

from replycheck.language import detect_language


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
