"""The pack cache: the same reports with and without it, rebuilt when a pack changes, never an error."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

import replycheck
from replycheck import open_jargon, pack_cache, rulepack
from replycheck.rulepack import load_pack
from tests.conftest import FROZEN_NOW

CORPUS = Path(__file__).parent / "corpus"
TEAM_PACK = """\
rules:
  - code: JRG801
    name: team-ticket-word
    category: jargon
    message: "Team jargon: {word}."
    why: Customers don't say it.
    fix_title: Say it plainly
    phrases: {"zorbit": "the order screen", "flux ticket": "your request"}
    fix: {action: replace}
    examples:
      - flagged: "Open the <m>zorbit</m>."
        rewrite: "Open the order screen."
      - clean: "Open the order screen."
"""
GLOSSARY = {"en": {"RMA": "return authorization number"}}


def _drafts() -> list[dict]:
    drafts = []
    for name in ("heldout_en.jsonl", "heldout_tr.jsonl"):
        for line in (CORPUS / name).read_text(encoding="utf-8").splitlines()[:60]:
            item = json.loads(line)
            drafts.append({"id": item["id"], "text": item["text"], "lang": item["lang"], "now": FROZEN_NOW})
    drafts.append({"id": "team", "text": "Please open the zorbit and quote your RMA on the flux ticket.",
                   "lang": "en", "now": FROZEN_NOW})
    return drafts


def _reports(team_dir: Path) -> list[str]:
    checker = replycheck.Checker(rule_dirs=[team_dir], glossary=GLOSSARY)
    return [report.model_dump_json() for report in checker.check_many(_drafts())]


@pytest.fixture
def team_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "team"
    (folder / "en").mkdir(parents=True)
    (folder / "en" / "team.yaml").write_text(TEAM_PACK, encoding="utf-8")
    return folder


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv("REPLYCHECK_CACHE_DIR", str(folder))
    monkeypatch.delenv("REPLYCHECK_CACHE", raising=False)
    return folder


def test_reports_are_identical_with_and_without_the_cache(cache: Path, team_dir: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("REPLYCHECK_CACHE", "0")
    uncached = _reports(team_dir)
    assert not cache.exists()  # off means nothing written
    monkeypatch.delenv("REPLYCHECK_CACHE")
    open_jargon.frequencies.cache_clear()  # word tables are kept per process too
    open_jargon.turkish_spellings.cache_clear()
    filling = _reports(team_dir)
    kinds = {path.name.rsplit("-", 1)[0] for path in cache.glob("*.pickle")}
    assert {"pack-en", "pack-tr", "phrases-en", "phrases-tr", "frequencies-en", "frequencies-tr", "spellings-tr"} <= kinds
    open_jargon.frequencies.cache_clear()
    open_jargon.turkish_spellings.cache_clear()
    warm = _reports(team_dir)
    assert filling == uncached
    assert warm == uncached
    assert any('"rule_id":"JRG801"' in report for report in warm)  # the team pack is in the cached pack


def test_a_warm_load_reads_the_cache_instead_of_the_yaml(cache: Path, team_dir: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    first = load_pack("en", [team_dir])
    assert replycheck.Checker(langs=["en"], rule_dirs=[team_dir])._pack("en").phrase_table.new  # built: saved

    def no_parsing(text: str, path: str) -> None:
        raise AssertionError("parsed although cached")

    monkeypatch.setattr(rulepack, "parse_pack", no_parsing)
    assert load_pack("en", [team_dir]) == first
    checker = replycheck.Checker(langs=["en"], rule_dirs=[team_dir])
    assert checker._pack("en").phrase_table.new is False  # every phrase compiled from the table


def test_editing_a_pack_file_invalidates_the_cache(cache: Path, team_dir: Path) -> None:
    pack_file = team_dir / "en" / "team.yaml"
    before = {r.rule.code: r.rule for r in load_pack("en", [team_dir]).rules}
    assert before["JRG801"].severity == "warning"
    pack_file.write_text(TEAM_PACK.replace("category: jargon", "category: jargon\n    severity: error"),
                         encoding="utf-8")
    after = {r.rule.code: r.rule for r in load_pack("en", [team_dir]).rules}
    assert after["JRG801"].severity == "error"
    report = replycheck.Checker(langs=["en"], rule_dirs=[team_dir]).check("Open the zorbit, please.", now=FROZEN_NOW)
    assert [f.severity for f in report.findings if f.rule_id == "JRG801"] == ["error"]
    assert len(list(cache.glob("pack-en-*.pickle"))) == 2


def test_a_broken_pack_is_reported_and_never_cached(cache: Path, team_dir: Path) -> None:
    load_pack("en", [team_dir])
    (team_dir / "en" / "team.yaml").write_text(TEAM_PACK.replace("    fix_title: Say it plainly\n", ""),
                                               encoding="utf-8")
    for _ in range(2):
        with pytest.raises(replycheck.RulePackError, match="fix_title"):
            load_pack("en", [team_dir])
    assert len(list(cache.glob("pack-en-*.pickle"))) == 1


def test_a_corrupt_cache_is_ignored_and_rebuilt(cache: Path, team_dir: Path) -> None:
    expected = load_pack("en", [team_dir])
    entries = list(cache.glob("*.pickle"))
    assert entries
    for path in entries:
        path.write_bytes(b"\x80\x05not a pickle")
    assert load_pack("en", [team_dir]) == expected
    (entry,) = cache.glob("pack-en-*.pickle")
    assert pack_cache.load(entry.name) == expected  # rewritten whole
    entry.write_bytes(entry.read_bytes()[:1000])  # cut short
    assert load_pack("en", [team_dir]) == expected
    assert pack_cache.load(entry.name) == expected


def test_an_entry_filed_under_another_name_is_not_used(cache: Path, team_dir: Path) -> None:
    load_pack("en", [team_dir])
    (entry,) = cache.glob("pack-en-*.pickle")
    other = cache / "pack-en-0000000000000000000000000000000000000000.pickle"
    other.write_bytes(entry.read_bytes())
    assert pack_cache.load(other.name) is None


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root may write anywhere")
def test_an_unwritable_cache_directory_is_fine(tmp_path: Path, team_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "readonly"
    folder.mkdir()
    folder.chmod(0o500)
    monkeypatch.setenv("REPLYCHECK_CACHE_DIR", str(folder))
    try:
        assert load_pack("en", [team_dir]).rules
        assert list(folder.iterdir()) == []
    finally:
        folder.chmod(0o700)


def test_a_cache_path_that_is_a_file_is_fine(tmp_path: Path, team_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("x", encoding="utf-8")
    monkeypatch.setenv("REPLYCHECK_CACHE_DIR", str(blocker / "sub"))
    uncached = load_pack("en", [team_dir])
    assert load_pack("en", [team_dir]) == uncached
    assert blocker.read_text(encoding="utf-8") == "x"


def test_the_cache_lives_in_the_user_cache_directory(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("REPLYCHECK_CACHE_DIR", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert pack_cache.cache_dir() == tmp_path / "xdg" / "replycheck"
    monkeypatch.delenv("XDG_CACHE_HOME")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert pack_cache.cache_dir() == tmp_path / "home" / ".cache" / "replycheck"
    package = Path(replycheck.__file__).resolve().parent
    assert package not in pack_cache.cache_dir().resolve().parents


def test_the_cache_can_be_turned_off(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for value in ("0", "off", "false"):
        monkeypatch.setenv("REPLYCHECK_CACHE", value)
        assert not pack_cache.enabled()
    monkeypatch.setenv("REPLYCHECK_CACHE", "0")
    load_pack("tr")
    pack_cache.store("pack-tr-x.pickle", 1)
    assert not cache.exists()


def test_old_entries_of_a_kind_are_pruned(cache: Path) -> None:
    for n in range(pack_cache.MAX_ENTRIES_PER_KIND + 3):
        pack_cache.store(pack_cache.key("pack-xx", [str(n)]), n)
    pack_cache.store(pack_cache.key("pack-yy", ["0"]), 0)
    assert len(list(cache.glob("pack-xx-*.pickle"))) == pack_cache.MAX_ENTRIES_PER_KIND
    assert len(list(cache.glob("pack-yy-*.pickle"))) == 1
    assert not list(cache.glob("*.tmp"))
