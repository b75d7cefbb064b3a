"""Every example of every rule: flagged ones flag the marked span and fix to the expected rewrite,
clean ones are not flagged by that rule, and the rewrite is not flagged again by it."""

from __future__ import annotations

import pytest

import replycheck
from replycheck.compose import leads_with_plan
from replycheck.rewrite import apply
from replycheck.rulepack import builtin_languages, load_pack
from replycheck.business_calendar import BusinessCalendar
from replycheck.timeframe import format_day

from .conftest import FROZEN_NOW

CASES = [
    pytest.param(lang, item.rule.code, n, example, id=f"{lang}-{item.rule.code}-{n}")
    for lang in builtin_languages()
    for item in load_pack(lang).rules
    for n, example in enumerate(item.rule.examples)
]


@pytest.mark.parametrize(("lang", "code", "index", "example"), CASES)
def test_rule_example(checker: replycheck.Checker, lang: str, code: str, index: int, example) -> None:
    now = example.now or FROZEN_NOW
    report = checker.check(example.text, lang=example.lang or lang, thread=example.thread, now=now)
    mine = [f for f in report.findings if f.rule_id == code]
    if example.clean is not None:
        assert not mine, f"{code} flagged a clean example: {[f.text for f in mine]}"
        return
    start, end = example.span
    assert [(f.start, f.end) for f in mine] == [(start, end)], (
        f"{code} should flag exactly {example.text[start:end]!r}; got {[f.text for f in mine]}"
    )
    if example.manual:
        assert [s.applicability for s in mine[0].suggestions] == ["manual"], f"{code} rewrote a manual example"
        assert "…" in mine[0].suggestions[0].replacement  # a template with a visible slot
        assert apply(example.text, mine[0].suggestions) == example.text
        return
    assert mine[0].suggestions[0].applicability != "manual", f"{code} left an example with a rewrite to the agent"
    deadline = format_day(BusinessCalendar().default_deadline(example.now or FROZEN_NOW), lang)
    expected = example.rewrite.replace("{deadline}", deadline)
    assert apply(example.text, mine[0].suggestions) == expected
    again = checker.check(expected, lang=example.lang or lang, thread=example.thread, now=now)
    if leads_with_plan(example.text, expected, lang):
        return  # the draft's own alternative now leads; its refusal follows and keeps the decision
    assert code not in {f.rule_id for f in again.findings}, f"{code} fires again on its own rewrite"


def test_every_rule_has_flagged_and_clean_examples() -> None:
    for lang in builtin_languages():
        for item in load_pack(lang).rules:
            kinds = {e.flagged is not None for e in item.rule.examples}
            assert kinds == {True, False}, f"{item.rule.code} ({item.path}) lacks a flagged or a clean example"


def test_same_pack_files_in_every_language() -> None:
    from replycheck.data import rules_root

    root = rules_root()
    names = {lang: sorted(p.name for p in (root / lang).iterdir() if p.name.endswith(".yaml")) for lang in builtin_languages()}
    assert len({tuple(v) for v in names.values()}) == 1, names


def test_plain_phrases_tokenize_as_their_words() -> None:
    """One-word phrases are looked up by NORM and plain phrases built from their words:
    the tokenizer must agree with that for every bundled phrase."""
    from replycheck.matching import is_plain_word
    from replycheck.pipeline import build_nlp

    for lang in builtin_languages():
        nlp = build_nlp(lang)
        phrases = [p for item in load_pack(lang).rules for p in item.rule.phrases]
        plain = [p for p in phrases if all(is_plain_word(nlp, lang, w) for w in p.split(" "))]
        assert len(plain) > len(phrases) / 2, lang
        differ = [p for p in plain if [t.text for t in nlp.make_doc(p)] != p.split(" ")]
        assert not differ, f"{lang}: {differ[:10]}"
