"""Every example of every training element rule (acknowledgement, apology, next step, time,
alternative, close): flagged examples find exactly the marked span, removing it (the rule's
delete fix) gives the expected text and the element is no longer found; clean examples stay clean."""

from __future__ import annotations

import pytest

from replycheck.rewrite import apply
from replycheck.rulepack import load_pack
from replycheck.data import rules_root
from replycheck.training import element_checker

LANGS = ("en", "tr")
CASES = [
    pytest.param(lang, item.rule.code, example, id=f"{lang}-{item.rule.code}-{n}")
    for lang in LANGS
    for item in load_pack(lang, bundled="training").rules
    for n, example in enumerate(item.rule.examples)
]


@pytest.mark.parametrize(("lang", "code", "example"), CASES)
def test_element_rule_example(lang: str, code: str, example) -> None:
    checker = element_checker()
    report = checker.check(example.text, lang=example.lang or lang)
    mine = [f for f in report.findings if f.rule_id == code]
    if example.clean is not None:
        assert not mine, f"{code} found an element in a clean example: {[f.text for f in mine]}"
        return
    start, end = example.span
    assert [(f.start, f.end) for f in mine] == [(start, end)], (
        f"{code} should find exactly {example.text[start:end]!r}; got {[f.text for f in mine]}"
    )
    removed = apply(example.text, mine[0].suggestions)
    assert removed == example.rewrite
    if removed.strip():
        again = checker.check(removed, lang=example.lang or lang)
        assert code not in {f.rule_id for f in again.findings}, f"{code} still found after removing it"


def test_element_packs_have_the_same_files_and_categories_in_both_languages() -> None:
    names = {lang: sorted(p.name for p in (rules_root() / lang / "training").iterdir() if p.name.endswith(".yaml")) for lang in LANGS}
    assert names["en"] == names["tr"]
    for lang in LANGS:
        rules = load_pack(lang, bundled="training").rules
        assert {r.rule.category for r in rules} == {"acknowledgement", "apology", "next_step", "time", "alternative", "close"}
        for item in rules:
            kinds = {e.flagged is not None for e in item.rule.examples}
            assert kinds == {True, False}, f"{item.rule.code} lacks a flagged or a clean example"
            assert item.rule.code[:3] in {"ACK", "APO", "NXT", "TIM", "ALT", "CLS"}


def test_element_packs_live_beside_the_check_packs() -> None:
    root = rules_root()
    assert sorted(p.name for p in (root / "en" / "training").iterdir() if p.name.endswith(".yaml")) == [
        "acknowledgement.yaml", "alternative.yaml", "apology.yaml", "close.yaml", "next_step.yaml", "time.yaml",
    ]
