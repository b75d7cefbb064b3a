"""``replycheck report``: the numbers of a bulk run as JSON, and one self-contained HTML page a support lead reads.

The page says which dates it covers, how the pass rate moves, which rules fire
(by name and category, not only code), how each team and agent does, and shows
the worst replies once per template, with the flagged spans marked.  The charts
are matplotlib SVGs written into the page (no script, no CDN, no external
file), so the page works offline and can be mailed around.  Every number on the
page is in :func:`summarize`'s result, which ``report.json`` holds.
"""

from __future__ import annotations

import dataclasses
import html
import io
import json
import re
from pathlib import Path
from typing import Any

from .runner import META_FILE, Mapping

TOP_AGENTS = 20
"""Agents drawn in the chart (the busiest); the table and the JSON hold every agent."""
TOP_RULES = 15
WORST = 10
"""Templates shown under "worst replies"."""

CATEGORY_WORDS = {
    "jargon": "Jargon",
    "condescension": "Condescension",
    "negative_framing": "Negative framing",
    "missing_timeline": "Missing or vague time frame",
    "unkept_promise": "Promise that may not be kept",
    "other": "Other (team rules)",
}
PERIOD_WORDS = {"D": "day", "W": "week", "M": "month"}


def category_words(category: str) -> str:
    """A category as a support lead reads it (``negative_framing`` → ``Negative framing``)."""
    return CATEGORY_WORDS.get(category) or category.replace("_", " ").capitalize()


def load(path: str | Path) -> tuple[Any, Mapping]:
    """The results table (a Parquet file or a bulk output directory) and its column mapping."""
    import pandas as pd

    path = Path(path)
    mapping = Mapping()
    if path.is_dir():
        meta = path / META_FILE
        if meta.exists():
            known = {f.name for f in dataclasses.fields(Mapping)}
            saved = json.loads(meta.read_text(encoding="utf-8"))
            if isinstance(saved, dict):
                mapping = Mapping(**{k: v for k, v in saved.items() if k in known})
        files = sorted(path.glob("part-*.parquet")) or sorted(path.glob("*.parquet"))
        frames = [pd.read_parquet(f) for f in files]
        df = pd.concat(frames, ignore_index=True) if frames else pd.DataFrame()
    else:
        df = pd.read_parquet(path)
    return df, mapping


def categories(df: Any) -> list[str]:
    """The categories with a count column (``other`` only when something fell into it)."""
    found = [c[2:] for c in df.columns if c.startswith("n_") and c != "n_other"]
    if "n_other" in df and df["n_other"].fillna(0).sum() > 0:
        found.append("other")
    return found


def rule_names(languages: list[str], rule_dirs: list[str] = ()) -> dict[tuple[str, str], dict[str, str]]:
    """(language, code) → the rule's name in words, category and message, from the packs of ``languages``."""
    from ..rulepack import builtin_languages, load_pack

    dirs = [d for d in rule_dirs if Path(d).is_dir()]
    out: dict[tuple[str, str], dict[str, str]] = {}
    for lang in languages:
        try:
            pack = load_pack(lang, dirs) if lang in builtin_languages() else None
        except Exception:  # noqa: BLE001 - a pack that no longer loads only costs the names
            pack = None
        for item in pack.rules if pack else ():
            rule = item.rule
            out[(lang, rule.code)] = {"name": rule.name.replace("-", " "), "category": rule.category,
                                      "message": rule.message}
    return out


# --- numbers -------------------------------------------------------------------


def _stats(frame: Any, key: Any, cats: list[str]) -> Any:
    """Per group of ``key``: replies, passed %, mean score, findings and findings per 100 by category."""
    import pandas as pd

    g = frame.groupby(key, sort=False)
    table = pd.DataFrame({"replies": g.size(), "passed": g["passed"].sum(), "score": g["score"].mean()})
    for c in cats:
        table[f"n_{c}"] = g[f"n_{c}"].sum()
    return table


def _row(values: Any, cats: list[str]) -> dict[str, Any]:
    replies = int(values["replies"])
    out: dict[str, Any] = {
        "replies": replies,
        "passed_percent": round(100 * float(values["passed"]) / replies, 1) if replies else 0.0,
        "mean_score": round(float(values["score"]), 1) if replies else 0.0,
    }
    for c in cats:
        out[c] = round(100 * float(values[f"n_{c}"]) / replies, 1) if replies else 0.0
    out["counts"] = {c: int(values[f"n_{c}"]) for c in cats}
    return out


def _per100(frame: Any, cats: list[str]) -> dict[str, Any]:
    replies = len(frame)
    out: dict[str, Any] = {"replies": replies}
    for c in cats:
        out[c] = round(100 * float(frame[f"n_{c}"].sum()) / replies, 1) if replies else 0.0
    return out


def _period(times: Any) -> str:
    span = (times.max() - times.min()).days if len(times) else 0
    return "D" if span <= 45 else "W" if span <= 7 * 30 else "M"


def _over_time(checked: Any, column: str, cats: list[str]) -> tuple[dict[str, Any], dict[str, Any]] | None:
    """The date range and the series by day/week/month; a period the data does not fully cover is ``partial``."""
    import pandas as pd

    times = pd.to_datetime(checked[column], errors="coerce", utc=True, format="mixed").dt.tz_localize(None)
    valid = checked.assign(_t=times).dropna(subset=["_t"])
    if not len(valid):
        return None
    first, last = valid["_t"].min(), valid["_t"].max()
    date_range = {"first": str(first.date()), "last": str(last.date()), "days": (last.normalize() - first.normalize()).days + 1,
                  "replies_with_time": int(len(valid)), "replies_without_time": int(len(checked) - len(valid))}
    freq = _period(valid["_t"])
    periods = valid["_t"].dt.to_period(freq)
    table = _stats(valid, periods, cats).sort_index()
    series = []
    for period, values in table.iterrows():
        start, end = period.start_time.normalize(), period.end_time.normalize()
        covered_from, covered_to = max(start, first.normalize()), min(end, last.normalize())
        partial = covered_from > start or covered_to < end
        item = {"period": str(start.date()), "start": str(start.date()), "end": str(end.date()), "partial": partial}
        if partial:
            item["covered"] = [str(covered_from.date()), str(covered_to.date())]
        item.update(_row(values, cats))
        series.append(item)
    return date_range, {"period": PERIOD_WORDS[freq], "series": series}


_GREETING = re.compile(
    r"^\s*(?:hi|hello|hey|dear|good (?:morning|afternoon|evening)|merhaba|sayın|selam|iyi günler)\b[^,!\n]{0,40}[,!\n]\s*",
    re.I)


_DIGITS = re.compile(r"\d+")


def template_key(text: str) -> str:
    """The same key for replies from one template: greeting and name dropped, digits and spacing ignored,
    case folded."""
    text = _DIGITS.sub("0", _GREETING.sub("", text, count=1))
    return " ".join(text.split()).casefold()


def template_keys(texts: Any) -> Any:
    """:func:`template_key` of each text of a pandas Series (each distinct text worked out once)."""
    import pandas as pd

    texts = texts.astype(str)
    keys = {text: template_key(text) for text in pd.unique(texts)}
    return texts.map(keys)


def _spans(value: Any, length: int) -> list[list[Any]]:
    """The ``spans`` cell as ``[[start, end, code], …]`` inside the text, sorted; anything unreadable is dropped."""
    if not isinstance(value, str) or not value:
        return []
    try:
        raw = json.loads(value)
    except ValueError:
        return []
    out = []
    for item in raw if isinstance(raw, list) else ():
        if (isinstance(item, list) and len(item) == 3 and all(isinstance(v, int) for v in item[:2])
                and 0 <= item[0] < item[1] <= length):
            out.append([item[0], item[1], str(item[2])])
    return sorted(out)


def _worst(checked: Any, mapping: Mapping, names: dict[tuple[str, str], dict[str, str]]) -> list[dict[str, Any]]:
    """The lowest-scoring replies, one per template, with how often the template was sent."""
    import pandas as pd

    frame = checked.assign(_key=template_keys(checked[mapping.text]))
    sizes = frame["_key"].value_counts()
    ordered = frame.sort_values(["score", "findings"], ascending=[True, False], kind="stable")
    picked = ordered.drop_duplicates("_key").head(WORST)
    examples = []
    for _, row in picked.iterrows():
        text = str(row[mapping.text])
        lang = str(row["language"])
        codes = [c for c in str(row["rules"] or "").split(",") if c]
        same = frame[frame["_key"] == row["_key"]]
        item: dict[str, Any] = {
            "score": int(row["score"]),
            "rules": ",".join(codes),
            "rule_names": {c: names.get((lang, c), {}).get("name", "") for c in codes},
            "language": lang,
            "text": text,
            "spans": _spans(row["spans"], len(text)) if "spans" in row else [],
            "count": int(sizes[row["_key"]]),
        }
        if "rewrite" in row and isinstance(row["rewrite"], str):
            item["rewrite"] = row["rewrite"]
        for key in ("id", "agent", "team"):
            column = getattr(mapping, key)
            if column and column in row:
                item[key] = None if pd.isna(row[column]) else str(row[column])
        if mapping.agent and mapping.agent in frame:
            item["agents"] = int(same[mapping.agent].nunique())
        examples.append(item)
    return examples


def summarize(df: Any, mapping: Mapping) -> dict[str, Any]:
    """Every number the page shows (``report.json``)."""
    cats = categories(df)
    checked = df[df["score"].notna()].copy()
    checked["passed"] = checked["passed"].astype(bool)
    languages = {str(k): int(v) for k, v in checked["language"].value_counts().items()}
    names = rule_names(list(languages), list(mapping.rule_dirs))
    totals = {c: int(checked[f"n_{c}"].fillna(0).sum()) for c in cats}
    for c in cats:
        checked[f"n_{c}"] = checked[f"n_{c}"].fillna(0).astype(int)
    result: dict[str, Any] = {
        "replies": int(len(df)),
        "checked": int(len(checked)),
        "errors": int(df["error"].notna().sum()) if "error" in df else 0,
        "passed_percent": round(100 * float(checked["passed"].mean()), 1) if len(checked) else 0.0,
        "mean_score": round(float(checked["score"].mean()), 1) if len(checked) else 0.0,
        "findings_per_100": _per100(checked, cats),
        "findings": totals,
        "languages": languages,
        "categories": cats,
        "category_names": {c: category_words(c) for c in cats},
    }
    pairs = checked[["language", "rules"]].dropna()
    pairs = pairs.assign(code=pairs["rules"].str.split(",")).explode("code")
    pairs = pairs[pairs["code"].fillna("").astype(bool)]
    top = []
    for (lang, code), count in pairs.groupby(["language", "code"]).size().sort_values(ascending=False,
                                                                                      kind="stable").head(TOP_RULES).items():
        known = names.get((str(lang), str(code)), {})
        top.append({"code": str(code), "language": str(lang), "name": known.get("name", ""),
                    "category": known.get("category", ""), "category_name": category_words(known["category"]) if known else "",
                    "message": known.get("message", ""), "replies": int(count),
                    "percent_of_replies": round(100 * int(count) / languages.get(str(lang), 1), 1)})
    result["top_rules"] = top
    if mapping.time and mapping.time in df:
        timed = _over_time(checked, mapping.time, cats)
        if timed:
            result["date_range"], result["over_time"] = timed
    for key in ("team", "agent"):
        column = getattr(mapping, key)
        if column and column in df:
            group = checked[column].astype("string").fillna("(none)")
            table = _stats(checked, group, cats)
            rows = [{key: str(name), **_row(values, cats)} for name, values in table.iterrows()]
            if key == "agent" and mapping.team and mapping.team in df:
                teams = checked.assign(_a=group, _t=checked[mapping.team].astype("string").fillna("(none)"))
                main_team = teams.groupby("_a")["_t"].agg(lambda s: s.value_counts().index[0])
                for r in rows:
                    r["team"] = str(main_team.get(r["agent"], ""))
            rows.sort(key=lambda r: (-r["replies"], r[key]))
            result[f"by_{key}"] = rows
    result["worst"] = _worst(checked, mapping, names) if len(checked) else []
    return result


# --- charts --------------------------------------------------------------------

COLORS = ["#4C72B0", "#DD8452", "#55A868", "#C44E52", "#8172B3", "#937860", "#DA8BC3"]


def _svg(fig: Any) -> str:
    import matplotlib.pyplot as plt

    buffer = io.StringIO()
    fig.savefig(buffer, format="svg", bbox_inches="tight")
    plt.close(fig)
    text = buffer.getvalue()
    text = re.sub(r"<metadata>.*?</metadata>", "", text[text.index("<svg"):], flags=re.S)
    return text


def _bars(rows: list[dict[str, Any]], key: str, cats: list[str], title: str) -> str:
    import matplotlib.pyplot as plt

    labels = [f"{r[key]} ({r['replies']:,})" for r in rows]
    fig, ax = plt.subplots(figsize=(8, 0.35 * len(rows) + 1.2))
    left = [0.0] * len(rows)
    for i, c in enumerate(cats):
        values = [r[c] for r in rows]
        ax.barh(labels, values, left=left, color=COLORS[i % len(COLORS)], label=category_words(c))
        left = [a + b for a, b in zip(left, values)]
    ax.invert_yaxis()
    ax.set_xlabel("findings per 100 replies (replies in brackets)")
    ax.set_title(title, loc="left")
    ax.legend(fontsize=8, loc="upper left", bbox_to_anchor=(1.01, 1), frameon=False)
    ax.spines[["top", "right"]].set_visible(False)
    return _svg(fig)


def _time_chart(series: list[dict[str, Any]], lines: list[tuple[str, str, str]], ylabel: str, title: str,
                period: str, top: float | None = None) -> str:
    """Lines over dated x; partial periods are hollow points joined by a dotted line."""
    import matplotlib.dates as mdates
    import matplotlib.pyplot as plt
    import pandas as pd
    from matplotlib.lines import Line2D

    fig, ax = plt.subplots(figsize=(8, 3.2))
    x = [pd.Timestamp(s["start"]) for s in series]
    partial = [s["partial"] for s in series]
    for key, label, color in lines:
        ys = [s[key] for s in series]
        ax.plot(x, ys, linestyle=":", color=color, linewidth=1)
        ax.plot(x, [None if p else y for y, p in zip(ys, partial)], marker="o", color=color, label=label)
        hollow = [(xi, y) for xi, y, p in zip(x, ys, partial) if p]
        if hollow:
            ax.plot([h[0] for h in hollow], [h[1] for h in hollow], linestyle="none", marker="o",
                    markerfacecolor="white", color=color)
    handles, labels = ax.get_legend_handles_labels()
    if any(partial):
        handles.append(Line2D([], [], linestyle=":", marker="o", markerfacecolor="white", color="#555"))
        labels.append(f"partial {period} (not fully covered)")
    ax.legend(handles, labels, fontsize=8, loc="upper left", bbox_to_anchor=(1.01, 1), frameon=False)
    ax.set_ylabel(ylabel)
    ax.set_xlabel(f"{period} starting")
    ax.set_ylim(bottom=0, top=top)
    ax.set_title(title, loc="left")
    ax.spines[["top", "right"]].set_visible(False)
    locator = mdates.AutoDateLocator(maxticks=8)
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
    return _svg(fig)


def charts(summary: dict[str, Any]) -> dict[str, str]:
    """The page's figures as inline SVG, by section key."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    matplotlib.rcParams.update({"svg.fonttype": "none", "font.size": 9, "svg.hashsalt": "replycheck"})
    cats = summary["categories"]
    out: dict[str, str] = {}
    over = summary.get("over_time", {})
    if over.get("series"):
        series, period = over["series"], over["period"]
        out["pass_rate"] = _time_chart(series, [("passed_percent", "passed", COLORS[2])], "% of replies passed",
                                       f"Pass rate by {period}", period, top=100)
        out["over_time"] = _time_chart(
            series, [(c, category_words(c), COLORS[i % len(COLORS)]) for i, c in enumerate(cats)],
            "findings per 100 replies", f"Findings per 100 replies by {period}", period)
    if summary.get("by_team"):
        out["by_team"] = _bars(summary["by_team"], "team", cats, "By team")
    if summary.get("by_agent"):
        out["by_agent"] = _bars(summary["by_agent"][:TOP_AGENTS], "agent", cats,
                                f"By agent (the {min(TOP_AGENTS, len(summary['by_agent']))} busiest)")
    if summary["languages"]:
        fig, ax = plt.subplots(figsize=(4, 1.2 + 0.3 * len(summary["languages"])))
        names = list(summary["languages"])
        ax.barh(names, list(summary["languages"].values()), color=COLORS[0])
        ax.invert_yaxis()
        ax.set_xlabel("replies")
        ax.set_title("Replies by language", loc="left")
        ax.spines[["top", "right"]].set_visible(False)
        out["languages"] = _svg(fig)
    if summary["top_rules"]:
        rules = summary["top_rules"]
        several = len({r["language"] for r in rules}) > 1
        labels = [(f"{r['language']} " if several else "") + f"{r['code']} {r['name']}".strip() for r in rules]
        fig, ax = plt.subplots(figsize=(7, 0.3 * len(rules) + 1.2))
        ax.barh(labels, [r["replies"] for r in rules], color=COLORS[1])
        ax.invert_yaxis()
        ax.set_xlabel("replies where it fired")
        ax.set_title("Rules that fire most", loc="left")
        ax.spines[["top", "right"]].set_visible(False)
        out["top_rules"] = _svg(fig)
    return out


# --- page ----------------------------------------------------------------------

STYLE = """
body{font-family:system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:2em auto;max-width:64em;color:#222;padding:0 1em}
h1{font-size:1.5em;margin-bottom:.2em}h2{font-size:1.15em;margin-top:2em;border-bottom:1px solid #ddd}
.range{color:#555;margin-top:0}.note{color:#555;font-size:.9em}
.kpi{display:flex;gap:1em;flex-wrap:wrap}.kpi div{background:#f4f6f8;padding:.6em 1em;border-radius:6px}
.kpi b{display:block;font-size:1.4em}table{border-collapse:collapse;width:100%;font-size:.9em;margin:.5em 0}
td,th{border-bottom:1px solid #eee;padding:.4em;text-align:left;vertical-align:top}td.n,th.n{text-align:right}
tr.partial td{color:#777;font-style:italic}
.before{color:#333;white-space:pre-wrap}.after{color:#275;white-space:pre-wrap;margin-top:.4em}
mark{background:#ffe08a;padding:0 .1em;border-radius:2px}svg{max-width:100%;height:auto}
.count{font-weight:bold}
"""


def _date(value: str) -> str:
    from datetime import date

    day = date.fromisoformat(value)
    return f"{day:%a} {day.day} {day:%b %Y}"


def highlight(text: str, spans: list[list[Any]], names: dict[str, str] | None = None) -> str:
    """``text`` escaped, with each flagged span in ``<mark title="CODE name">`` (overlapping spans merged)."""
    e = html.escape
    names = names or {}
    merged: list[list[Any]] = []
    for start, end, code in spans:
        if merged and start < merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
            if code not in merged[-1][2]:
                merged[-1][2].append(code)
        else:
            merged.append([start, end, [code]])
    out, at = [], 0
    for start, end, codes in merged:
        title = "; ".join(f"{c} {names.get(c, '')}".strip() for c in codes)
        out.append(e(text[at:start]))
        out.append(f'<mark title="{e(title)}">{e(text[start:end])}</mark>')
        at = end
    out.append(e(text[at:]))
    return "".join(out)


def _stats_table(rows: list[dict[str, Any]], key: str, cats: list[str], extra: str | None = None) -> str:
    e = html.escape
    head = f"<th>{e(key)}</th>" + (f"<th>{e(extra)}</th>" if extra else "")
    head += "<th class=n>replies</th><th class=n>passed</th><th class=n>mean score</th>"
    head += "".join(f"<th class=n>{e(category_words(c))} /100</th>" for c in cats)
    body = []
    for r in rows:
        cells = f"<td>{e(str(r[key]))}</td>" + (f"<td>{e(str(r.get(extra, '')))}</td>" if extra else "")
        cells += (f"<td class=n>{r['replies']:,}</td><td class=n>{r['passed_percent']}%</td>"
                  f"<td class=n>{r['mean_score']}</td>")
        cells += "".join(f"<td class=n title='{r['counts'][c]:,} findings'>{r[c]}</td>" for c in cats)
        body.append(f"<tr>{cells}</tr>")
    return f"<table><tr>{head}</tr>{''.join(body)}</table>"


def _time_table(over: dict[str, Any], cats: list[str]) -> str:
    e = html.escape
    period = over["period"]
    head = (f"<tr><th>{e(period)} starting</th><th class=n>replies</th><th class=n>passed</th>"
            f"<th class=n>mean score</th>" + "".join(f"<th class=n>{e(category_words(c))} /100</th>" for c in cats) + "</tr>")
    body = []
    for s in over["series"]:
        label = _date(s["start"])
        if s["partial"]:
            label += f" <span class=note>(partial {e(period)}: {_date(s['covered'][0])} – {_date(s['covered'][1])})</span>"
        cells = (f"<td>{label}</td><td class=n>{s['replies']:,}</td><td class=n>{s['passed_percent']}%</td>"
                 f"<td class=n>{s['mean_score']}</td>")
        cells += "".join(f"<td class=n>{s[c]} <span class=note>({s['counts'][c]:,})</span></td>" for c in cats)
        body.append(f"<tr class=partial>{cells}</tr>" if s["partial"] else f"<tr>{cells}</tr>")
    return f"<table>{head}{''.join(body)}</table>"


def render_html(summary: dict[str, Any], figures: dict[str, str], title: str = "Reply quality") -> str:
    """The page: one HTML file with inline CSS and SVG, no script and nothing loaded from elsewhere."""
    e = html.escape
    cats = summary["categories"]
    per100 = summary["findings_per_100"]
    kpis = [("replies checked", f"{summary['checked']:,}"), ("passed", f"{summary['passed_percent']}%"),
            ("mean score", f"{summary['mean_score']}"), ("could not be checked", f"{summary['errors']:,}")]
    kpis += [(f"{category_words(c)} per 100 replies", f"{per100.get(c, 0)}") for c in cats]
    parts = [f"<!doctype html><html lang=en><head><meta charset=utf-8><title>{e(title)}</title>",
             f"<style>{STYLE}</style></head><body><h1>{e(title)}</h1>"]
    dates = summary.get("date_range")
    if dates:
        without = dates["replies_without_time"]
        parts.append(f"<p class=range>Replies written <b>{_date(dates['first'])}</b> to <b>{_date(dates['last'])}</b> "
                     f"({dates['days']:,} days)" + (f"; {without:,} replies have no time" if without else "") + ".</p>")
    else:
        parts.append("<p class=range>The replies have no time column, so the dates they cover are not known.</p>")
    parts.append("<div class=kpi>" + "".join(f"<div><b>{e(v)}</b>{e(k)}</div>" for k, v in kpis) + "</div>")
    over = summary.get("over_time")
    if over and over.get("series"):
        period = over["period"]
        parts.append("<h2 id=over-time>Over time</h2>")
        if any(s["partial"] for s in over["series"]):
            parts.append(f"<p class=note>A partial {e(period)} is one the replies do not fully cover (the first or "
                         f"last); it is drawn hollow with a dotted line and marked in the table. Its rates rest on "
                         f"fewer replies: compare them with care.</p>")
        for key in ("pass_rate", "over_time"):
            if key in figures:
                parts.append(figures[key])
        parts.append(_time_table(over, cats))
    if summary["top_rules"]:
        parts.append("<h2 id=rules>Rules that fire most</h2>" + figures.get("top_rules", ""))
        rows = "".join(
            f"<tr><td>{e(r['code'])}</td><td>{e(r['language'])}</td><td>{e(r['name'])}</td><td>{e(r['category_name'])}</td>"
            f"<td>{e(r['message'])}</td><td class=n>{r['replies']:,}</td><td class=n>{r['percent_of_replies']}%</td></tr>"
            for r in summary["top_rules"])
        parts.append("<table><tr><th>code</th><th>language</th><th>rule</th><th>category</th><th>what it flags</th>"
                     f"<th class=n>replies</th><th class=n>of the language's replies</th></tr>{rows}</table>")
    if summary.get("by_team"):
        parts.append("<h2 id=teams>By team</h2>" + figures.get("by_team", "") + _stats_table(summary["by_team"], "team", cats))
    if summary.get("by_agent"):
        extra = "team" if any("team" in r for r in summary["by_agent"]) else None
        parts.append("<h2 id=agents>By agent</h2>" + figures.get("by_agent", "")
                     + _stats_table(summary["by_agent"], "agent", cats, extra))
    if "languages" in figures:
        parts.append("<h2 id=languages>Languages</h2>" + figures["languages"])
    if summary["worst"]:
        parts.append("<h2 id=worst>Worst replies and their rewrites</h2><p class=note>One row per template: replies "
                     "that differ only in the greeting, names or numbers are counted together. Flagged passages are "
                     "<mark>marked</mark>.</p><table><tr><th class=n>score</th><th class=n>sent</th><th>who</th>"
                     "<th>reply → suggested rewrite</th><th>rules</th></tr>")
        for item in summary["worst"]:
            who = " / ".join(e(str(item[k])) for k in ("id", "agent", "team") if item.get(k))
            sent = f"<span class=count>{item['count']:,}×</span>"
            if item.get("agents", 0) > 1:
                sent += f"<br><span class=note>by {item['agents']} agents</span>"
            names = item.get("rule_names", {})
            body = f"<div class=before>{highlight(item['text'], item.get('spans', []), names)}</div>"
            if "rewrite" in item:
                body += f"<div class=after>→ {e(item['rewrite'])}</div>"
            rules = "<br>".join(f"{e(c)} {e(names.get(c, ''))}".strip() for c in item["rules"].split(",") if c)
            parts.append(f"<tr><td class=n>{item['score']}</td><td class=n>{sent}</td><td>{who}</td><td>{body}</td>"
                         f"<td>{rules}</td></tr>")
        parts.append("</table>")
    parts.append("<h2>The numbers</h2><p>The same numbers are in the JSON file written beside this page.</p>")
    parts.append("</body></html>\n")
    return "".join(parts)
