"""``replycheck report``: the numbers of a bulk run as JSON, and one self-contained HTML page of charts.

The charts are matplotlib SVGs written into the page (no script, no CDN, no
external file), so the page works offline and can be mailed around.
"""

from __future__ import annotations

import html
import io
import json
import re
from pathlib import Path
from typing import Any

from .runner import META_FILE, Mapping

TOP_AGENTS = 20
TOP_RULES = 15
WORST = 10


def load(path: str | Path) -> tuple[Any, Mapping]:
    """The results table (a Parquet file or a bulk output directory) and its column mapping."""
    import pandas as pd

    path = Path(path)
    mapping = Mapping()
    if path.is_dir():
        meta = path / META_FILE
        if meta.exists():
            mapping = Mapping(**json.loads(meta.read_text(encoding="utf-8")))
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


def _per100(group: Any, cats: list[str]) -> dict[str, float]:
    replies = int(group["score"].notna().sum())
    out = {"replies": replies}
    for c in cats:
        out[c] = round(100 * float(group[f"n_{c}"].fillna(0).sum()) / replies, 1) if replies else 0.0
    return out


def _period(times: Any) -> str:
    span = (times.max() - times.min()).days if len(times) else 0
    return "D" if span <= 45 else "W" if span <= 7 * 30 else "M"


def summarize(df: Any, mapping: Mapping) -> dict[str, Any]:
    """Every number the page shows."""
    import pandas as pd

    cats = categories(df)
    checked = df[df["score"].notna()]
    result: dict[str, Any] = {
        "replies": int(len(df)),
        "checked": int(len(checked)),
        "errors": int(df["error"].notna().sum()) if "error" in df else 0,
        "passed_percent": round(100 * float(checked["passed"].astype(bool).mean()), 1) if len(checked) else 0.0,
        "mean_score": round(float(checked["score"].mean()), 1) if len(checked) else 0.0,
        "findings_per_100": _per100(checked, cats),
        "languages": {str(k): int(v) for k, v in checked["language"].value_counts().items()},
    }
    codes = checked["rules"].dropna().str.split(",").explode()
    codes = codes[codes.astype(bool)] if len(codes) else codes
    result["top_rules"] = {str(k): int(v) for k, v in codes.value_counts().head(TOP_RULES).items()}
    if mapping.time and mapping.time in df:
        times = pd.to_datetime(checked[mapping.time], errors="coerce", utc=True, format="mixed")
        valid = checked.assign(_t=times.dt.tz_localize(None)).dropna(subset=["_t"])
        freq = _period(valid["_t"])
        label = {"D": "day", "W": "week", "M": "month"}[freq]
        series = []
        for period, group in valid.groupby(valid["_t"].dt.to_period(freq)):
            series.append({"period": str(period.start_time.date()), **_per100(group, cats)})
        result["over_time"] = {"period": label, "series": series}
    for key in ("team", "agent"):
        column = getattr(mapping, key)
        if column and column in df:
            groups = checked.groupby(checked[column].fillna("(none)").astype(str))
            rows = [{key: str(name), **_per100(g, cats)} for name, g in groups]
            rows.sort(key=lambda r: -r["replies"])
            result[f"by_{key}"] = rows[:TOP_AGENTS] if key == "agent" else rows
    worst = checked.sort_values(["score", "findings"], ascending=[True, False], kind="stable").head(WORST)
    examples = []
    for _, row in worst.iterrows():
        item = {"score": int(row["score"]), "rules": str(row["rules"] or ""), "text": str(row[mapping.text])}
        if "rewrite" in row and isinstance(row["rewrite"], str):
            item["rewrite"] = row["rewrite"]
        for key in ("id", "agent", "team"):
            column = getattr(mapping, key)
            if column and column in row:
                item[key] = None if pd.isna(row[column]) else str(row[column])
        examples.append(item)
    result["worst"] = examples
    result["categories"] = cats
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

    labels = [str(r[key]) for r in rows]
    fig, ax = plt.subplots(figsize=(8, 0.35 * len(rows) + 1.2))
    left = [0.0] * len(rows)
    for i, c in enumerate(cats):
        values = [r[c] for r in rows]
        ax.barh(labels, values, left=left, color=COLORS[i % len(COLORS)], label=c.replace("_", " "))
        left = [a + b for a, b in zip(left, values)]
    ax.invert_yaxis()
    ax.set_xlabel("findings per 100 replies")
    ax.set_title(title, loc="left")
    ax.legend(fontsize=8, loc="upper left", bbox_to_anchor=(1.01, 1), frameon=False)
    ax.spines[["top", "right"]].set_visible(False)
    return _svg(fig)


def charts(summary: dict[str, Any]) -> dict[str, str]:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    matplotlib.rcParams.update({"svg.fonttype": "none", "font.size": 9, "svg.hashsalt": "replycheck"})
    cats = summary["categories"]
    out: dict[str, str] = {}
    if summary.get("over_time", {}).get("series"):
        series = summary["over_time"]["series"]
        fig, ax = plt.subplots(figsize=(8, 3.2))
        x = [s["period"] for s in series]
        for i, c in enumerate(cats):
            ax.plot(x, [s[c] for s in series], marker="o", color=COLORS[i % len(COLORS)], label=c.replace("_", " "))
        ax.set_ylabel("findings per 100 replies")
        ax.set_title(f"Findings per 100 replies by {summary['over_time']['period']}", loc="left")
        ax.legend(fontsize=8, loc="upper left", bbox_to_anchor=(1.01, 1), frameon=False)
        ax.spines[["top", "right"]].set_visible(False)
        if len(x) > 6:
            ax.set_xticks(x[:: -(-len(x) // 6)])
        ax.tick_params(axis="x", labelrotation=30)
        out["over_time"] = _svg(fig)
    if summary.get("by_team"):
        out["by_team"] = _bars(summary["by_team"], "team", cats, "By team")
    if summary.get("by_agent"):
        out["by_agent"] = _bars(summary["by_agent"], "agent", cats, f"By agent (top {TOP_AGENTS} by volume)")
    if summary["languages"]:
        fig, ax = plt.subplots(figsize=(4, 1.2 + 0.3 * len(summary["languages"])))
        names = list(summary["languages"])
        ax.barh(names, list(summary["languages"].values()), color=COLORS[0])
        ax.invert_yaxis()
        ax.set_title("Replies by language", loc="left")
        ax.spines[["top", "right"]].set_visible(False)
        out["languages"] = _svg(fig)
    if summary["top_rules"]:
        fig, ax = plt.subplots(figsize=(6, 0.3 * len(summary["top_rules"]) + 1.2))
        names = list(summary["top_rules"])
        ax.barh(names, list(summary["top_rules"].values()), color=COLORS[1])
        ax.invert_yaxis()
        ax.set_xlabel("replies where it fired")
        ax.set_title("Rules that fire most", loc="left")
        ax.spines[["top", "right"]].set_visible(False)
        out["top_rules"] = _svg(fig)
    return out


STYLE = """
body{font-family:system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:2em auto;max-width:60em;color:#222;padding:0 1em}
h1{font-size:1.5em}h2{font-size:1.15em;margin-top:2em;border-bottom:1px solid #ddd}
.kpi{display:flex;gap:1.5em;flex-wrap:wrap}.kpi div{background:#f4f6f8;padding:.6em 1em;border-radius:6px}
.kpi b{display:block;font-size:1.4em}table{border-collapse:collapse;width:100%;font-size:.9em}
td,th{border-bottom:1px solid #eee;padding:.4em;text-align:left;vertical-align:top}
.before{color:#a33}.after{color:#275}svg{max-width:100%;height:auto}
"""


def render_html(summary: dict[str, Any], figures: dict[str, str], title: str = "Reply quality") -> str:
    e = html.escape
    cats = summary["categories"]
    per100 = summary["findings_per_100"]
    kpis = [("replies checked", f"{summary['checked']:,}"), ("passed", f"{summary['passed_percent']}%"),
            ("mean score", f"{summary['mean_score']}"), ("could not be checked", f"{summary['errors']:,}")]
    kpis += [(f"{c.replace('_', ' ')} /100", f"{per100.get(c, 0)}") for c in cats]
    parts = [f"<!doctype html><html lang=en><head><meta charset=utf-8><title>{e(title)}</title>",
             f"<style>{STYLE}</style></head><body><h1>{e(title)}</h1>",
             "<div class=kpi>" + "".join(f"<div><b>{e(v)}</b>{e(k)}</div>" for k, v in kpis) + "</div>"]
    sections = [("over_time", "Over time"), ("by_team", "By team"), ("by_agent", "By agent"),
                ("languages", "Languages"), ("top_rules", "Rules that fire most")]
    for key, heading in sections:
        if key in figures:
            parts.append(f"<h2>{heading}</h2>{figures[key]}")
    if summary["worst"]:
        parts.append("<h2>Worst replies and their rewrites</h2><table><tr><th>score</th><th>who</th>"
                     "<th>reply → suggested rewrite</th><th>rules</th></tr>")
        for item in summary["worst"]:
            who = " / ".join(e(str(item[k])) for k in ("id", "agent", "team") if item.get(k))
            body = f"<div class=before>{e(item['text'])}</div>"
            if "rewrite" in item:
                body += f"<div class=after>→ {e(item['rewrite'])}</div>"
            parts.append(f"<tr><td>{item['score']}</td><td>{who}</td><td>{body}</td>"
                         f"<td>{e(item['rules'].replace(',', ', '))}</td></tr>")
        parts.append("</table>")
    parts.append("<h2>The numbers</h2><p>The same numbers are in the JSON file written beside this page.</p>")
    parts.append("</body></html>\n")
    return "".join(parts)
