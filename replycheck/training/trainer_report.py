"""Trainer report: grade a JSON Lines file of attempts and summarise per trainee and per criterion.

Each line: ``{"trainee", "exercise", "reply", "time"}`` (``exercise`` is an id
such as ``en/late-delivery`` or a file path; ``time`` is ISO-8601 and orders a
trainee's attempts).  A habit *improves* when a criterion passes more often in
the later half of a trainee's attempts at it than in the earlier half.
"""

from __future__ import annotations

import html
import json
from collections.abc import Iterable
from datetime import datetime
from pathlib import Path
from typing import Any

from ..errors import InputError
from .catalog import find_exercise
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
    cache: dict[str, Exercise] = {}
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
            if ref not in cache:
                cache[ref] = find_exercise(ref, exercises_dir)
            when = datetime.fromisoformat(record["time"]) if record.get("time") else None
            result = grade(cache[ref], str(record["reply"]))
        except json.JSONDecodeError as exc:
            errors.append({"line": number, "error": f"invalid JSON ({exc.msg})"})
            continue
        except (ValueError, TypeError, InputError) as exc:
            errors.append({"line": number, "error": str(exc)})
            continue
        graded.append({"line": number, "trainee": str(record["trainee"]), "exercise": cache[ref].id,
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


def render_text(report: dict[str, Any]) -> str:
    """The report as plain text."""
    out = [f"Trainer report: {report['attempts']} graded attempts, {len(report['trainees'])} trainees"]
    if report["errors"]:
        out.append(f"{len(report['errors'])} lines could not be graded:")
        out += [f"  line {e['line']}: {e['error']}" for e in report["errors"]]
    for p in report["trainees"]:
        out += ["", f"{p['trainee']}: {p['attempts']} attempts, {p['passed']} passed, mean score {p['mean_score']}, "
                    f"first {p['first_score']} → last {p['last_score']}"]
        for cid, v in p["criteria"].items():
            out.append(f"  {v['label']:34} {v['early']:.0%} → {v['late']:.0%}  {v['trend']}")
        if p["improving"]:
            out.append(f"  improving: {', '.join(p['improving'])}")
        if p["not_improving"]:
            out.append(f"  not improving: {', '.join(p['not_improving'])}")
    out += ["", "Per criterion (all trainees, pass rate early → late):"]
    for cid, v in report["criteria"].items():
        who = f"  not improving: {', '.join(v['not_improving'])}" if v["not_improving"] else ""
        out.append(f"  {v['label']:34} {v['pass_rate']:.0%} overall, {v['early']:.0%} → {v['late']:.0%}{who}")
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
        for j, (key, colour) in enumerate((("early", "#b0bec5"), ("late", "#2e7d32"))):
            w = round(v[key] * bar_w)
            parts.append(f'<rect x="{label_w}" y="{y + j * 13}" width="{w}" height="12" fill="{colour}">'
                         f'<title>{key}: {v[key]:.0%}</title></rect>')
            parts.append(f'<text x="{label_w + w + 4}" y="{y + j * 13 + 10}" font-size="10">{v[key]:.0%}</text>')
    y = height - 14
    parts.append(f'<rect x="{label_w}" y="{y - 9}" width="10" height="10" fill="#b0bec5"/>'
                 f'<text x="{label_w + 14}" y="{y}" font-size="11">earlier attempts</text>'
                 f'<rect x="{label_w + 130}" y="{y - 9}" width="10" height="10" fill="#2e7d32"/>'
                 f'<text x="{label_w + 144}" y="{y}" font-size="11">later attempts</text></svg>')
    return "".join(parts)


def _score_chart(history: list[dict[str, Any]]) -> str:
    """A trainee's scores over attempts, as an inline SVG line."""
    w, h, pad = 360, 120, 20
    n = len(history)
    step = (w - 2 * pad) / max(n - 1, 1)
    points = [(pad + i * step, h - pad - (it["score"] / 100) * (h - 2 * pad)) for i, it in enumerate(history)]
    path = " ".join(f"{x:.1f},{y:.1f}" for x, y in points)
    dots = "".join(
        f'<circle cx="{x:.1f}" cy="{y:.1f}" r="4" fill="{"#2e7d32" if it["passed"] else "#c62828"}">'
        f'<title>{html.escape(it["exercise"])}: {it["score"]}</title></circle>'
        for (x, y), it in zip(points, history)
    )
    return (f'<svg xmlns="http://www.w3.org/2000/svg" width="{w}" height="{h}" role="img" aria-label="Scores over attempts">'
            f'<line x1="{pad}" y1="{h - pad}" x2="{w - pad}" y2="{h - pad}" stroke="#999"/>'
            f'<line x1="{pad}" y1="{pad}" x2="{w - pad}" y2="{pad}" stroke="#eee"/>'
            f'<polyline points="{path}" fill="none" stroke="#1565c0" stroke-width="2"/>{dots}</svg>')


def render_html(report: dict[str, Any]) -> str:
    """The report as one self-contained HTML page (inline CSS and SVG, no scripts, no network)."""
    e = html.escape
    body = [f"<h1>Trainer report</h1><p>{report['attempts']} graded attempts, {len(report['trainees'])} trainees.</p>"]
    if report["errors"]:
        body.append("<h2>Lines not graded</h2><ul>" + "".join(
            f"<li>line {x['line']}: {e(x['error'])}</li>" for x in report["errors"]) + "</ul>")
    body.append("<h2>Per criterion</h2>" + _bar_chart(report["criteria"]))
    body.append("<table><tr><th>Criterion</th><th>Pass rate</th><th>Earlier → later</th><th>Not improving</th></tr>" + "".join(
        f"<tr><td>{e(v['label'])}</td><td>{v['pass_rate']:.0%}</td><td>{v['early']:.0%} → {v['late']:.0%}</td>"
        f"<td>{e(', '.join(v['not_improving']))}</td></tr>" for v in report["criteria"].values()) + "</table>")
    for p in report["trainees"]:
        rows = "".join(
            f"<tr><td>{e(v['label'])}</td><td>{v['early']:.0%} → {v['late']:.0%}</td><td class='{v['trend'].replace(' ', '-')}'>{e(v['trend'])}</td></tr>"
            for v in p["criteria"].values())
        body.append(
            f"<h2>{e(p['trainee'])}</h2><p>{p['attempts']} attempts, {p['passed']} passed, mean score {p['mean_score']}, "
            f"first {p['first_score']} → last {p['last_score']}.</p>{_score_chart(p['history'])}"
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
