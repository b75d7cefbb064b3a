#!/usr/bin/env python3
"""Pick drafts with findings from a labelled corpus and write them, with their findings and
rewrites, as a Markdown page for a rewrite reader (see ../shared/eval/REWRITES.md).

    python eval/tools/reading_items.py eval/blind/round90/blind90_en.jsonl --seed 90 --count 32 -o items_en.md

The pick is random with a fixed seed, so the same corpus, seed and code give the same page.
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
from pathlib import Path


def _reports(items: list[dict]) -> dict[str, dict]:
    """``replycheck batch`` (this Python's) over the items, by id."""
    payload = "".join(json.dumps({k: i[k] for k in ("id", "text", "thread", "now") if k in i}, ensure_ascii=False) + "\n"
                      for i in items)
    exe = Path(sys.executable).with_name("replycheck")
    done = subprocess.run([str(exe), "batch", "--no-progress"], input=payload.encode(), capture_output=True, check=False)
    return {r["id"]: r for r in map(json.loads, done.stdout.decode().splitlines())}


def page(items: list[dict], reports: dict[str, dict], seed: int, count: int) -> str:
    """The Markdown page: thread, draft, findings (applied or left to the agent) and rewrite per item."""
    flagged = [i for i in items if reports[i["id"]].get("findings")]
    random.Random(seed).shuffle(flagged)
    lines: list[str] = []
    for k, item in enumerate(flagged[:count], 1):
        report = reports[item["id"]]
        lines.append(f"## Item {k} ({item['id']})\n")
        if item.get("thread"):
            lines.append(f"Thread (now {item.get('now')}):")
            lines += [f"- {m['role']} {m.get('at', '')}: {m['text']}" for m in item["thread"]]
            lines.append("")
        lines += [f"**Draft:** {item['text']}\n", "**Findings:**"]
        for f in report["findings"]:
            suggestion = (f.get("suggestions") or [{}])[0]
            how = "manual (not applied; the agent should write it)" if suggestion.get("applicability") == "manual" else "applied"
            lines.append(f"- {f['category']}: “{f['text']}” — {f['message']} Suggestion ({how}): {suggestion.get('replacement')!r}")
        lines.append(f"\n**Rewrite:** {report.get('rewrite')}\n")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--seed", type=int, required=True)
    parser.add_argument("--count", type=int, default=32)
    parser.add_argument("-o", "--output", type=Path, required=True)
    args = parser.parse_args()
    items = [json.loads(line) for line in args.corpus.read_text(encoding="utf-8").splitlines() if line.strip()]
    args.output.write_text(page(items, _reports(items), args.seed, args.count), encoding="utf-8")


if __name__ == "__main__":
    main()
