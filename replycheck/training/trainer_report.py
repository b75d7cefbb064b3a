"""Trainer report: grade a JSON Lines file of attempts and summarise per trainee and per criterion.

Each line: ``{"trainee", "exercise", "reply", "time"}`` (``exercise`` is an
exercise id such as ``en/late-delivery``, looked up only among the exercises of
the exercise directory, never as a file path; ``time`` is ISO-8601 and orders a
trainee's attempts; other keys, such as the ``score`` ``practice`` records, are
ignored: every reply is graded again).  A habit *improves* when a criterion
passes more often in the later half of a trainee's attempts at it than in the
earlier half.
"""

from __future__ import annotations

import html
import json
from collections.abc import Iterable
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from ..errors import InputError
from .catalog import load_exercises
from .grading import LABELS, grade
from .models import CRITERIA, Exercise, ExerciseError


def _trend(results: list[bool]) -> dict[str, Any]:
    """Early/late pass rates of a chronological list of pass/fail results and what they say."""
    n = len(results)
    rate = round(sum(results) / n, 2) if n else None
    if n < 2:
        return {"attempts": n, "pass_rate": rate, "early": rate, "late": rate, "trend": "too few attempts"}
    half = n // 2
    early = sum(results[:half]) / half
    late = sum(results[n - half:]) / half
    if late > early:
        trend = "improving"
    elif late < early:
        trend = "declining"
    elif late == 1:
        trend = "mastered"
    elif late == 0:
        trend = "not improving"
    else:
        trend = "steady"
    return {"attempts": n, "pass_rate": rate, "early": round(early, 2), "late": round(late, 2), "trend": trend}


def build_report(lines: Iterable[str], exercises_dir: str | Path) -> dict[str, Any]:
    """Grade every attempt line and summarise; bad lines become ``errors`` entries."""
    known: dict[str, Exercise] = {e.id: e for e in load_exercises(exercises_dir)}
    graded: list[dict[str, Any]] = []
    errors: list[dict[str, Any]] = []
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
            if not isinstance(record, dict):
                raise ValueError("a line is a JSON object")
            missing = [k for k in ("trainee", "exercise", "reply") if not record.get(k)]
            if missing:
                raise ValueError(f"missing {', '.join(missing)}")
            ref = str(record["exercise"])
            if ref not in known:
                raise ValueError(f"no exercise {ref!r} in {exercises_dir} (an attempt names an exercise by its id, "
                                 "such as en/late-delivery)")
            when = datetime.fromisoformat(record["time"]) if record.get("time") else None
            result = grade(known[ref], str(record["reply"]))
        except json.JSONDecodeError as exc:
            errors.append({"line": number, "error": f"invalid JSON ({exc.msg})"})
            continue
        except (ValueError, TypeError, InputError) as exc:
            errors.append({"line": number, "error": str(exc)})
            continue
        graded.append({"line": number, "trainee": str(record["trainee"]), "exercise": known[ref].id,
                       "time": when, "grade": result})

    def order(item: dict[str, Any]) -> tuple:
        t = item["time"]
        return (t is None, t.replace(tzinfo=None) if t else datetime.min, item["line"])

    graded.sort(key=order)
    trainees: dict[str, list[dict[str, Any]]] = {}
    for item in graded:
        trainees.setdefault(item["trainee"], []).append(item)

    def criteria_of(items: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
        out = {}
        for cid in CRITERIA:
            results = [c.passed for it in items for c in it["grade"].criteria if c.id == cid]
            if results:
                out[cid] = {"label": LABELS["en"][cid], **_trend(results)}
        return out

    people = []
    for name, items in sorted(trainees.items()):
        crit = criteria_of(items)
        scores = [it["grade"].score for it in items]
        people.append({
            "trainee": name,
            "attempts": len(items),
            "passed": sum(it["grade"].passed for it in items),
            "mean_score": round(sum(scores) / len(scores), 1),
            "first_score": scores[0],
            "last_score": scores[-1],
            "score_trend": _trend([s >= 80 for s in scores])["trend"] if len(scores) > 1 else "too few attempts",
            "improving": [c for c, v in crit.items() if v["trend"] == "improving"],
            "not_improving": [c for c, v in crit.items() if v["trend"] in ("not improving", "declining")],
            "criteria": crit,
            "history": [
                {"time": it["time"].isoformat() if it["time"] else None, "exercise": it["exercise"],
                 "score": it["grade"].score, "passed": it["grade"].passed, "failed": it["grade"].failed}
                for it in items
            ],
        })
    overall = {}
    for cid in CRITERIA:
        per = [p["criteria"][cid] for p in people if cid in p["criteria"]]
        if not per:
            continue
        attempts = sum(v["attempts"] for v in per)
        results = [c.passed for it in graded for c in it["grade"].criteria if c.id == cid]
        overall[cid] = {
            "label": LABELS["en"][cid],
            "attempts": attempts,
            "pass_rate": round(sum(results) / len(results), 2),
            "early": round(sum(v["early"] * v["attempts"] for v in per) / attempts, 2),
            "late": round(sum(v["late"] * v["attempts"] for v in per) / attempts, 2),
            "improving": sorted(p["trainee"] for p in people if p["criteria"].get(cid, {}).get("trend") == "improving"),
            "not_improving": sorted(
                p["trainee"] for p in people if p["criteria"].get(cid, {}).get("trend") in ("not improving", "declining")
            ),
        }
    return {"attempts": len(graded), "trainees": people, "criteria": overall, "errors": errors}


def _rates(v: dict[str, Any]) -> str:
    """Earlier → later pass rate, or what a single attempt did (never "100% → 100%" from one attempt)."""
    if v["attempts"] < 2:
        return ("passed" if v["pass_rate"] else "not passed") + f" ({v['attempts']} attempt)"
    return f"{v['early']:.0%} → {v['late']:.0%}"


def _scores(p: dict[str, Any]) -> str:
    """First → last score, or the one score of a single attempt."""
    if p["attempts"] < 2:
        return f"score {p['first_score']}"
    return f"first {p['first_score']} → last {p['last_score']}"


def render_text(report: dict[str, Any]) -> str:
    """The report as plain text."""
    out = [f"Trainer report: {report['attempts']} graded attempts, {len(report['trainees'])} trainees"]
    if report["errors"]:
        out.append(f"{len(report['errors'])} lines could not be graded:")
        out += [f"  line {e['line']}: {e['error']}" for e in report["errors"]]
    for p in report["trainees"]:
        out += ["", f"{p['trainee']}: {p['attempts']} attempts, {p['passed']} passed, mean score {p['mean_score']}, "
                    f"{_scores(p)}"]
        for cid, v in p["criteria"].items():
            out.append(f"  {v['label']:34} {_rates(v):20} {v['trend']}")
        if p["improving"]:
            out.append(f"  improving: {', '.join(p['improving'])}")
        if p["not_improving"]:
            out.append(f"  not improving: {', '.join(p['not_improving'])}")
    out += ["", "Per criterion (all trainees, pass rate early → late):"]
    for cid, v in report["criteria"].items():
        who = f"  not improving: {', '.join(v['not_improving'])}" if v["not_improving"] else ""
        out.append(f"  {v['label']:34} {v['pass_rate']:.0%} overall, {_rates(v)}{who}")
    return "\n".join(out) + "\n"


def _bar_chart(criteria: dict[str, Any]) -> str:
    """Grouped horizontal bars: early vs late pass rate per criterion, as inline SVG."""
    row, label_w, bar_w = 34, 260, 300
    height = row * len(criteria) + 40
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{label_w + bar_w + 60}" height="{height}" '
             f'role="img" aria-label="Pass rate per criterion, earlier and later attempts">']
    for i, (cid, v) in enumerate(criteria.items()):
        y = 10 + i * row
        parts.append(f'<text x="{label_w - 8}" y="{y + 17}" text-anchor="end" font-size="13">{html.escape(v["label"])}</text>')
        bars = (("early", "#b0bec5"), ("late", "#2e7d32")) if v["attempts"] > 1 else (("pass_rate", "#2e7d32"),)
        for j, (key, colour) in enumerate(bars):
            w = round(v[key] * bar_w)
            what = {"early": "earlier attempts", "late": "later attempts"}.get(key, f"{v['attempts']} attempt")
            note = f"{v[key]:.0%}" if v["attempts"] > 1 else _rates(v)
            parts.append(f'<rect x="{label_w}" y="{y + j * 13}" width="{w}" height="12" fill="{colour}">'
                         f'<title>{what}: {v[key]:.0%}</title></rect>')
            parts.append(f'<text x="{label_w + w + 4}" y="{y + j * 13 + 10}" font-size="10">{html.escape(note)}</text>')
    y = height - 14
    parts.append(f'<rect x="{label_w}" y="{y - 9}" width="10" height="10" fill="#b0bec5"/>'
                 f'<text x="{label_w + 14}" y="{y}" font-size="11">earlier attempts</text>'
                 f'<rect x="{label_w + 130}" y="{y - 9}" width="10" height="10" fill="#2e7d32"/>'
                 f'<text x="{label_w + 144}" y="{y}" font-size="11">later attempts</text></svg>')
    return "".join(parts)


def _axis(lo: datetime, hi: datetime) -> tuple[datetime, datetime, list[tuple[datetime, str]]]:
    """The time axis for attempts from ``lo`` to ``hi``: its ends and its labelled ticks.  Over two days or
    more the axis runs from midnight to midnight with ticks on whole days; within two days, on times."""
    if (hi - lo) >= timedelta(days=2):
        first = datetime.combine(lo.date(), datetime.min.time())
        last = datetime.combine(hi.date(), datetime.min.time()) + timedelta(days=1)
        days = (last - first).days
        step = -(-days // 5)
        year = lo.year != hi.year
        ticks = [first + timedelta(days=k) for k in range(0, days + 1, step)]
        return first, last, [(t, f"{t.day} {t:%b}" + (f" {t.year}" if year else "")) for t in ticks]
    if hi == lo:
        return lo - timedelta(hours=1), hi + timedelta(hours=1), [(lo, f"{lo.day} {lo:%b %H:%M}")]
    ticks = [lo + (hi - lo) * k / 4 for k in range(5)]
    return lo, hi, [(t, f"{t.day} {t:%b %H:%M}") for t in ticks]


def _score_chart(history: list[dict[str, Any]]) -> str:
    """A trainee's scores as an inline SVG line: y is the score (0–100), x the date of each attempt
    (or the attempt number when an attempt has no time); both axes labelled."""
    w, h = 480, 190
    left, right, top, bottom = 48, 20, 12, 48
    plot_w, plot_h = w - left - right, h - top - bottom
    n = len(history)
    times = [datetime.fromisoformat(it["time"]) for it in history if it.get("time")]
    dated = len(times) == n and n > 0
    if dated:
        times = [t.replace(tzinfo=None) for t in times]
        first, last, ticks = _axis(min(times), max(times))
        span = (last - first).total_seconds()

        def at(t: datetime) -> float:
            return left + plot_w * (t - first).total_seconds() / span

        xs = [at(t) for t in times]
        xticks = [(at(t), text) for t, text in ticks]
        xtitle = "date of attempt"
    else:
        step = plot_w / max(n - 1, 1)
        xs = [left + (i * step if n > 1 else plot_w / 2) for i in range(n)]
        every = max(1, -(-n // 8))
        xticks = [(x, str(i + 1)) for i, x in enumerate(xs) if i % every == 0 or i == n - 1]
        xtitle = "attempt"
    ys = [top + plot_h * (1 - it["score"] / 100) for it in history]
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{w}" height="{h}" role="img" '
             f'aria-label="Score of each attempt by {xtitle}" font-size="10">']
    for value in (0, 25, 50, 75, 100):
        y = top + plot_h * (1 - value / 100)
        parts.append(f'<line x1="{left}" y1="{y:.1f}" x2="{w - right}" y2="{y:.1f}" stroke="{"#999" if value == 0 else "#eee"}"/>'
                     f'<text x="{left - 6}" y="{y + 3:.1f}" text-anchor="end">{value}</text>')
    parts.append(f'<line x1="{left}" y1="{top}" x2="{left}" y2="{top + plot_h}" stroke="#999"/>')
    for x, text in xticks:
        parts.append(f'<line x1="{x:.1f}" y1="{top + plot_h}" x2="{x:.1f}" y2="{top + plot_h + 4}" stroke="#999"/>'
                     f'<text x="{x:.1f}" y="{top + plot_h + 16}" text-anchor="middle" class="xtick">{html.escape(text)}</text>')
    parts.append(f'<text x="{left + plot_w / 2:.1f}" y="{h - 8}" text-anchor="middle" class="axis">{xtitle}</text>'
                 f'<text x="12" y="{top + plot_h / 2:.1f}" text-anchor="middle" class="axis" '
                 f'transform="rotate(-90 12 {top + plot_h / 2:.1f})">score</text>')
    if n > 1:
        path = " ".join(f"{x:.1f},{y:.1f}" for x, y in zip(xs, ys))
        parts.append(f'<polyline points="{path}" fill="none" stroke="#1565c0" stroke-width="2"/>')
    for x, y, it in zip(xs, ys, history):
        when = f" ({it['time'][:16].replace('T', ' ')})" if it.get("time") else ""
        parts.append(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="4" fill="{"#2e7d32" if it["passed"] else "#c62828"}">'
                     f'<title>{html.escape(it["exercise"])}{html.escape(when)}: {it["score"]}</title></circle>')
    parts.append("</svg>")
    return "".join(parts)


def render_html(report: dict[str, Any]) -> str:
    """The report as one self-contained HTML page (inline CSS and SVG, no scripts, no network)."""
    e = html.escape
    body = [f"<h1>Trainer report</h1><p>{report['attempts']} graded attempts, {len(report['trainees'])} trainees.</p>"]
    if report["errors"]:
        body.append("<h2>Lines not graded</h2><ul>" + "".join(
            f"<li>line {x['line']}: {e(x['error'])}</li>" for x in report["errors"]) + "</ul>")
    body.append("<h2>Per criterion</h2>" + _bar_chart(report["criteria"]))
    body.append("<table><tr><th>Criterion</th><th>Pass rate</th><th>Earlier → later</th><th>Not improving</th></tr>" + "".join(
        f"<tr><td>{e(v['label'])}</td><td>{v['pass_rate']:.0%}</td><td>{_rates(v)}</td>"
        f"<td>{e(', '.join(v['not_improving']))}</td></tr>" for v in report["criteria"].values()) + "</table>")
    for p in report["trainees"]:
        rows = "".join(
            f"<tr><td>{e(v['label'])}</td><td>{_rates(v)}</td><td class='{v['trend'].replace(' ', '-')}'>{e(v['trend'])}</td></tr>"
            for v in p["criteria"].values())
        body.append(
            f"<h2>{e(p['trainee'])}</h2><p>{p['attempts']} attempts, {p['passed']} passed, mean score {p['mean_score']}, "
            f"{_scores(p)}.</p>{_score_chart(p['history'])}"
            f"<table><tr><th>Criterion</th><th>Earlier → later</th><th>Habit</th></tr>{rows}</table>")
    style = ("body{font-family:system-ui,sans-serif;max-width:60em;margin:2em auto;padding:0 1em;color:#222}"
             "table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #ddd;padding:.3em .6em;text-align:left}"
             ".improving,.mastered{color:#2e7d32}.declining,.not-improving{color:#c62828}")
    return (f"<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>replycheck trainer report</title>"
            f"<style>{style}</style></head><body>{''.join(body)}</body></html>\n")


def run(path: str, exercises_dir: str | Path) -> dict[str, Any]:
    """Read ``path`` (JSON Lines) and build the report."""
    try:
        with open(path, encoding="utf-8", errors="replace") as handle:
            return build_report(handle, exercises_dir)
    except FileNotFoundError:
        raise ExerciseError(f"no such attempts file: {path}") from None
