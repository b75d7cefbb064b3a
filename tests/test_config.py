"""Team configuration files: discovery, validation errors naming the key, effect on the checker."""

from __future__ import annotations

from pathlib import Path

import pytest

from replycheck.config import ConfigError, find_config, load_config

PYPROJECT = """
[project]
name = "team-macros"

[tool.replycheck]
fail_on = "error"
ignore = ["CND001"]
severity = { "missing_timeline" = "error" }

[tool.replycheck.en]
accept = ["Acme Cloud Backend"]
glossary = { "frobnicator" = "sorting machine" }

[tool.replycheck.calendar]
timezone = "Europe/Istanbul"
workdays = ["mon", "tue", "wed", "thu", "fri"]
hours = "09:00-18:00"
holidays = "TR"
default_response = "1 business day"
"""


def test_found_from_a_subdirectory_and_applied(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text(PYPROJECT, encoding="utf-8")
    (tmp_path / "macros" / "en").mkdir(parents=True)
    assert find_config(tmp_path / "macros" / "en") == tmp_path / "pyproject.toml"
    config = load_config(start=tmp_path / "macros")
    checker = config.checker()
    report = checker.check("Obviously the Acme Cloud Backend frobnicator is fine; the backend is fine too. We'll reply soon.", lang="en")
    found = {(f.rule_id, f.text, f.severity) for f in report.findings}
    assert ("JRG900", "frobnicator", "warning") in found  # glossary
    assert not any(f.text.startswith("Obviously") for f in report.findings)  # ignored
    assert not any(f.start < 40 and f.text == "Backend" for f in report.findings)  # accepted product name
    assert any(f.text == "backend" for f in report.findings)
    assert any(f.category == "missing_timeline" and f.severity == "error" for f in report.findings)
    assert "sorting machine" in report.rewrite and "Acme Cloud Backend" in report.rewrite
    assert report.passed is False  # an error-level finding with fail_on = "error"
    assert checker.calendar.holidays == "TR"


def test_replycheck_toml_wins_and_select_limits_rules(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text(PYPROJECT, encoding="utf-8")
    (tmp_path / "replycheck.toml").write_text('select = ["jargon"]\n', encoding="utf-8")
    checker = load_config(start=tmp_path).checker()
    report = checker.check("Obviously the RMA is ready soon.", lang="en")
    assert {f.category for f in report.findings} == {"jargon"}


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('fail_on = "loud"', "fail_on: Input should be 'info', 'warning' or 'error' (got 'loud')"),
        ("colour = 1", "colour: Extra inputs are not permitted"),
        ('[calendar]\ntimezone = "Mars/Olympus"', "calendar.timezone"),
        ('[calendar]\nhours = "late"', "hours must look like"),
        ('[en]\naccept = "Acme"', "en.accept"),
        ("fail_on = ", "invalid TOML"),
    ],
)
def test_mistakes_name_the_file_and_key(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "replycheck.toml"
    path.write_text(content + "\n", encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        load_config(path)
    assert str(path) in str(info.value) and message in str(info.value)


def test_pyproject_keys_are_named_with_their_table(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text('[tool.replycheck]\nfail_on = "x"\n', encoding="utf-8")
    with pytest.raises(ConfigError, match=r"tool\.replycheck\.fail_on"):
        load_config(start=tmp_path)


def test_no_file_means_defaults(tmp_path: Path) -> None:
    assert load_config(start=tmp_path).fail_on == "warning"
