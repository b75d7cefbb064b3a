"""The bulk report a support lead reads: numbers (report.json) and the one offline HTML page."""

from __future__ import annotations

import json
import re
from datetime import date, timedelta
from html.parser import HTMLParser
from pathlib import Path

import pytest

pd = pytest.importorskip("pandas")
pytest.importorskip("matplotlib")
pytest.importorskip("pyarrow")

from replycheck.bulk import CATEGORIES  # noqa: E402
from replycheck.bulk.report import charts, highlight, render_html, summarize, template_keys  # noqa: E402
from replycheck.bulk.runner import Mapping  # noqa: E402
from replycheck.cli import main  # noqa: E402
from replycheck.rulepack import load_pack  # noqa: E402

MAPPING = Mapping(text="body", id="ticket", time="at", agent="agent", team="team")
TEMPLATE = "Hi {name}, order {n} ships soon. Obviously you should have checked."
SPANS = [("soon", "TML001"), ("Obviously", "CND001")]


def _row(i: int, day: date, body: str, score: int, rules: str = "", spans: list | None = None, **counts: int) -> dict:
    row = {"ticket": f"T{i}", "body": body, "at": f"{day.isoformat()}T10:00:00", "agent": ["ann", "bo", "cem"][i % 3],
           "team": ["billing", "shipping"][i % 2], "language": "en", "score": score, "passed": score >= 100,
           "findings": sum(counts.values()), "rules": rules, "spans": json.dumps(spans or []),
           "rewrite": body.replace("soon", "by Friday"), "error": None}
    row.update({f"n_{c}": counts.get(c, 0) for c in CATEGORIES})
    row["n_other"] = 0
    return row


def results() -> pd.DataFrame:
    """Monday 5 January to Tuesday 10 March 2026: nine full weeks and a partial last one (two days)."""
    rows = []
    first = date(2026, 1, 5)
    for i in range(130):
        day = first + timedelta(days=i // 2)
        if i % 10 == 0:  # one template, sent with different names and numbers
            name = ["Ann", "Bo", "Cem", "Dora"][i % 4]
            body = TEMPLATE.format(name=name, n=1000 + i)
            spans = [[body.index(word), body.index(word) + len(word), code] for word, code in SPANS]
            rows.append(_row(i, day, body, 60, "CND001,TML001", spans, missing_timeline=1, condescension=1))
        elif i % 7 == 0:
            rows.append(_row(i, day, "We can't refund that <b>today</b>.", 80, "NEG002", [[0, 8, "NEG002"]],
                             negative_framing=1))
        else:
            rows.append(_row(i, day, f"Your refund of €{i} went out today.", 100))
    rows.append(_row(999, first, "", 0) | {"score": None, "passed": None, "error": "the draft is empty"})
    return pd.DataFrame(rows)


class Page(HTMLParser):
    """The parts of the page the tests look at."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.marks: list[tuple[str, str]] = []
        self.headers: list[str] = []
        self._in: list[str] = []
        self._text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        if tag in ("mark", "th"):
            self._in.append(tag)
            self._text = []
            self._title = dict(attrs).get("title") or ""

    def handle_endtag(self, tag: str) -> None:
        if self._in and tag == self._in[-1]:
            self._in.pop()
            if tag == "mark":
                self.marks.append(("".join(self._text), self._title))
            else:
                self.headers.append("".join(self._text))

    def handle_data(self, data: str) -> None:
        if self._in:
            self._text.append(data)


def test_summary_numbers_and_partial_last_week() -> None:
    df = results()
    summary = summarize(df, MAPPING)
    assert summary["checked"] == 130 and summary["errors"] == 1
    assert summary["date_range"] == {"first": "2026-01-05", "last": "2026-03-10", "days": 65,
                                     "replies_with_time": 130, "replies_without_time": 0}
    over = summary["over_time"]
    assert over["period"] == "week" and len(over["series"]) == 10
    *full, last = over["series"]
    assert not any(s["partial"] for s in full)  # the data starts on a Monday: the first week is whole
    assert last["partial"] and last["start"] == "2026-03-09" and last["covered"] == ["2026-03-09", "2026-03-10"]
    assert last["replies"] == 4 == sum(1 for d in df["at"] if d >= "2026-03-09")
    # Every rate comes with its count, so a thin partial week can be read for what it is.
    for s in over["series"]:
        assert s["missing_timeline"] == round(100 * s["counts"]["missing_timeline"] / s["replies"], 1)
        week = df[(df["at"] >= s["start"]) & (df["at"] <= s["end"] + "T23:59") & df["score"].notna()]
        assert s["replies"] == len(week) and s["passed_percent"] == round(100 * week["passed"].astype(bool).mean(), 1)
    teams = {t["team"]: t for t in summary["by_team"]}
    billing = df[(df["team"] == "billing") & df["score"].notna()]
    assert teams["billing"]["replies"] == len(billing)
    assert teams["billing"]["passed_percent"] == round(100 * billing["passed"].astype(bool).mean(), 1)
    assert teams["billing"]["mean_score"] == round(billing["score"].mean(), 1)
    assert {a["agent"] for a in summary["by_agent"]} == {"ann", "bo", "cem"}
    assert all(a["team"] in ("billing", "shipping") for a in summary["by_agent"])


def test_rules_have_their_names_and_categories_from_the_pack() -> None:
    summary = summarize(results(), MAPPING)
    pack = {item.rule.code: item.rule for item in load_pack("en").rules}
    top = {r["code"]: r for r in summary["top_rules"]}
    assert set(top) == {"CND001", "TML001", "NEG002"}
    for code, rule in top.items():
        assert rule["name"] == pack[code].name.replace("-", " ") and rule["message"] == pack[code].message
        assert rule["category"] == pack[code].category and rule["category_name"][0].isupper()
        assert "_" not in rule["category_name"]
    assert top["TML001"]["replies"] == 13 and top["TML001"]["percent_of_replies"] == 10.0


def test_worst_replies_group_a_template_and_keep_its_spans() -> None:
    summary = summarize(results(), MAPPING)
    worst = summary["worst"]
    keys = template_keys(pd.Series([w["text"] for w in worst]))
    assert len(set(keys)) == len(worst)  # one row per template
    first = worst[0]
    assert first["score"] == 60 and first["count"] == 13 and first["agents"] == 3
    assert [first["text"][s:e] for s, e, _ in first["spans"]] == ["soon", "Obviously"]
    assert first["rule_names"]["TML001"]
    assert worst[1]["count"] == sum(1 for i in range(130) if i % 10 and i % 7 == 0)


def test_template_keys_ignore_greeting_names_numbers_and_spacing() -> None:
    keys = template_keys(pd.Series(["Hi Ann, order 12 ships soon.", "hello  Bo Smith!\norder 7 ships soon.",
                                    "Merhaba Ayşe, sipariş 3 yarın.", "Order 12 ships later."]))
    assert keys[0] == keys[1] != keys[3] and keys[2] == "sipariş 0 yarın."


def test_highlight_marks_spans_merges_overlaps_and_escapes() -> None:
    text = "<b>Obviously</b> we'll reply soon."
    out = highlight(text, [[3, 12, "CND001"], [29, 33, "TML001"], [30, 34, "XYZ001"]], {"CND001": "obviously clearly"})
    assert out.count("<mark") == 2 and "&lt;b&gt;" in out and "<b>" not in out
    assert '<mark title="CND001 obviously clearly">Obviously</mark>' in out
    assert '<mark title="TML001; XYZ001">soon.</mark>' in out


def test_page_is_one_offline_file_with_the_sections_a_lead_reads() -> None:
    summary = summarize(results(), MAPPING)
    page = render_html(summary, charts(summary), "Support replies")
    parsed = Page()
    parsed.feed(page)
    assert not re.search(r"(src|href)\s*=\s*[\"']?(https?:|//)|url\((?!#)|@import|<script|<link", page)
    assert not any(tag in ("script", "link", "iframe", "img") for tag, _ in parsed.tags)
    assert sum(tag == "svg" for tag, _ in parsed.tags) == 6  # pass rate, findings over time, rules, team, agent, languages
    assert "Replies written <b>Mon 5 Jan 2026</b> to <b>Tue 10 Mar 2026</b> (65 days)" in page
    assert "(partial week: Mon 9 Mar 2026 – Tue 10 Mar 2026)" in page and page.count("<tr class=partial>") == 1
    assert "Pass rate by week" in page and "% of replies passed" in page
    # Categories and rules in words, not only codes.
    assert "Missing or vague time frame per 100 replies" in page and "missing_timeline" not in page.split("<svg")[0]
    assert {"team", "agent", "rule", "category", "what it flags", "passed", "mean score"} <= set(parsed.headers)
    tml = next(item.rule for item in load_pack("en").rules if item.rule.code == "TML001")
    assert f"<td>TML001</td><td>en</td><td>vague time</td><td>Missing or vague time frame</td><td>{tml.message}</td>" in page
    assert ("soon", "TML001 vague time") in parsed.marks and ("Obviously", "CND001 obviously clearly") in parsed.marks
    assert ("We can&#x27;t", "NEG002 we cannot") not in parsed.marks and ("We can't", "NEG002 we cannot") in parsed.marks
    assert "<span class=count>13×</span>" in page


def test_report_command_writes_the_same_numbers_as_json(tmp_path: Path) -> None:
    source = tmp_path / "results.parquet"
    results().to_parquet(source)
    html, numbers = tmp_path / "r.html", tmp_path / "r.json"
    argv = ["report", str(source), "-o", str(html), "--text", "body", "--id", "ticket", "--time", "at",
            "--agent", "agent", "--team", "team"]
    assert main(argv) == 0
    summary = json.loads(numbers.read_text(encoding="utf-8"))
    page = html.read_text(encoding="utf-8")
    assert f"<b>{summary['passed_percent']}%</b>passed" in page
    for team in summary["by_team"]:
        assert f"<td>{team['team']}</td><td class=n>{team['replies']:,}</td><td class=n>{team['passed_percent']}%</td>" in page
    assert summary["over_time"]["series"][-1]["partial"] is True


def test_results_without_spans_or_time_still_make_a_page() -> None:
    df = results().drop(columns=["spans", "at"])
    summary = summarize(df, Mapping(text="body", agent="agent"))
    assert "over_time" not in summary and "date_range" not in summary and summary["worst"][0]["spans"] == []
    page = render_html(summary, charts(summary))
    assert "dates they cover are not known" in page and "<mark title" not in page
