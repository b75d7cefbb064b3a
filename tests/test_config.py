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


TEAM_WINS = """
[tool.replycheck]
severity = { "JRG900" = "info" }

[tool.replycheck.en]
accept = ["SKU"]
glossary = { "RMA" = "return authorization number" }
"""


def test_team_glossary_wins_over_the_bundled_term(tmp_path: Path) -> None:
    draft = "Please send the RMA and the SKU so we can process it."
    bundled = load_config(start=tmp_path).checker().check(draft, lang="en")
    assert "the return authorization (RMA) and" in bundled.rewrite  # the bundled replacement, without a team file
    assert {f.text for f in bundled.findings if f.category == "jargon"} == {"RMA", "SKU"}
    (tmp_path / "pyproject.toml").write_text(TEAM_WINS, encoding="utf-8")
    report = load_config(start=tmp_path).checker().check(draft, lang="en")
    jargon = [(f.rule_id, f.text, f.severity) for f in report.findings if f.category == "jargon"]
    assert jargon == [("JRG900", "RMA", "info")]  # glossary over the bundled rule; SKU accepted; team severity
    assert "send the return authorization number (RMA) and the SKU" in report.rewrite
    assert report.passed  # only an info finding is left


def test_team_glossary_wins_from_the_command_line_with_config(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from replycheck.cli import main

    config = tmp_path / "team" / "pyproject.toml"
    config.parent.mkdir()
    config.write_text(TEAM_WINS, encoding="utf-8")
    draft = tmp_path / "draft.txt"
    draft.write_text("Please send the RMA so we can process it.", encoding="utf-8")
    monkeypatch.chdir(tmp_path)  # the config is not found upward from here: only --config names it
    assert main(["fix", str(draft), "--lang", "en", "--config", str(config)]) == 0
    assert capsys.readouterr().out == "Please send the return authorization number (RMA) so we can process it.\n"


def test_missing_rules_dir_names_the_config_file_and_key(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from replycheck.cli import main

    path = tmp_path / "replycheck.toml"
    path.write_text('rules_dirs = ["team-rules"]\n', encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        load_config(path).checker()
    assert str(path) in str(info.value) and "rules_dirs" in str(info.value) and "team-rules" in str(info.value)
    monkeypatch.chdir(tmp_path)
    (tmp_path / "draft.txt").write_text("Hello there", encoding="utf-8")
    assert main(["check", "draft.txt"]) == 2
    err = capsys.readouterr().err
    assert f"{path}: rules_dirs:" in err and "Traceback" not in err
