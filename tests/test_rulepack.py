"""Malformed rule packs fail with the file, the line and what is wrong."""

from __future__ import annotations

from pathlib import Path

import pytest

import replycheck
from replycheck.rulepack import load_pack, parse_pack

GOOD_RULE = """\
rules:
  - code: CND950
    name: test-rule
    category: condescension
    message: m
    why: w
    fix_title: f
    phrases: [obviously]
    fix: {action: delete}
    examples:
      - flagged: "<m>Obviously</m> yes."
        rewrite: "Yes."
      - clean: "Yes."
"""


def _error(text: str) -> replycheck.RulePackError:
    with pytest.raises(replycheck.RulePackError) as info:
        parse_pack(text, "team/en/x.yaml")
    return info.value


def test_good_pack_parses() -> None:
    rules, times = parse_pack(GOOD_RULE, "x.yaml")
    assert [r.rule.code for r in rules] == ["CND950"] and rules[0].line == 2 and times == []


def test_invalid_yaml_names_file_and_line() -> None:
    err = _error(GOOD_RULE.replace("phrases: [obviously]", "phrases: [obviously"))
    assert err.path == "team/en/x.yaml" and err.line is not None and "invalid YAML" in str(err)
    assert str(err).startswith("team/en/x.yaml:")


def test_missing_field_points_at_the_rule() -> None:
    err = _error(GOOD_RULE.replace("    why: w\n", ""))
    assert err.line == 2 and "why" in err.problem


def test_unknown_key_is_rejected_at_its_line() -> None:
    err = _error(GOOD_RULE.replace("    why: w\n", "    why: w\n    colour: red\n"))
    assert err.line == 7 and "colour" in str(err) and "Extra inputs" in err.problem


def test_wrong_value_points_at_the_value() -> None:
    err = _error(GOOD_RULE.replace("{action: delete}", "{action: explode}"))
    assert err.line == 9 and "fix.action" in err.problem


def test_code_must_fit_the_category() -> None:
    err = _error(GOOD_RULE.replace("CND950", "NEG950"))
    assert "prefix of condescension" in err.problem


def test_examples_are_required() -> None:
    err = _error(GOOD_RULE.replace('      - clean: "Yes."\n', ""))
    assert "examples" in err.problem


def test_flagged_example_needs_a_marked_span() -> None:
    err = _error(GOOD_RULE.replace("<m>Obviously</m> yes.", "Obviously yes."))
    assert "<m>" in err.problem


def test_bad_token_pattern_names_the_file(tmp_path: Path) -> None:
    (tmp_path / "en").mkdir()
    bad = GOOD_RULE.replace("phrases: [obviously]", "patterns: [[{LOWER: obviously, OP: '%'}]]")
    (tmp_path / "en" / "team.yaml").write_text(bad, encoding="utf-8")
    with pytest.raises(replycheck.RulePackError) as info:
        replycheck.Checker(langs=["en"], rule_dirs=[tmp_path], bundled=False)
    assert str(tmp_path / "en" / "team.yaml") in str(info.value) and "CND950" in str(info.value)


def test_duplicate_codes_name_both_places(tmp_path: Path) -> None:
    (tmp_path / "en").mkdir()
    (tmp_path / "en" / "a.yaml").write_text(GOOD_RULE, encoding="utf-8")
    (tmp_path / "en" / "b.yaml").write_text(GOOD_RULE, encoding="utf-8")
    with pytest.raises(replycheck.RulePackError, match=r"already used at .*a\.yaml:2"):
        load_pack("en", [tmp_path], bundled=False)


def test_missing_rule_directory_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(replycheck.RulePackError, match="does not exist"):
        load_pack("en", [tmp_path / "nope"])


def test_bundled_codes_mean_the_same_idea_in_every_language() -> None:
    en = {r.rule.code: r.rule for r in load_pack("en").rules}
    tr = {r.rule.code: r.rule for r in load_pack("tr").rules}
    for code in en.keys() & tr.keys():
        assert en[code].category == tr[code].category, code


def test_yes_no_on_off_are_words_in_packs() -> None:
    rules, _ = parse_pack(GOOD_RULE.replace("phrases: [obviously]", "phrases: [obviously, on, no, yes, off]"), "x.yaml")
    assert rules[0].rule.phrases == ["obviously", "on", "no", "yes", "off"]


def test_top_level_x_keys_hold_anchors() -> None:
    text = "x-words: &words [obviously, clearly]\n" + GOOD_RULE.replace("phrases: [obviously]", "phrases: *words")
    rules, _ = parse_pack(text, "x.yaml")
    assert rules[0].rule.phrases == ["obviously", "clearly"] and rules[0].line == 3


def test_yaml_booleans_in_a_pattern_are_a_pack_error(tmp_path: Path) -> None:
    (tmp_path / "en").mkdir()
    bad = GOOD_RULE.replace("phrases: [obviously]", "patterns: [[{LOWER: {IN: [true, no]}}]]")
    (tmp_path / "en" / "team.yaml").write_text(bad, encoding="utf-8")
    with pytest.raises(replycheck.RulePackError, match="quote words such as yes"):
        replycheck.Checker(langs=["en"], rule_dirs=[tmp_path], bundled=False)
