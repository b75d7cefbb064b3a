"""A non-editable install carries the rule packs: build the wheel (offline) and look inside."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

from replycheck.rulepack import builtin_languages

ROOT = Path(__file__).resolve().parent.parent


def test_wheel_contains_every_rule_pack(tmp_path: Path) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", str(ROOT), "-w", str(tmp_path)],
        capture_output=True, text=True,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    wheel = next(tmp_path.glob("replycheck-*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    for lang in builtin_languages():
        packs = sorted(p.name for p in (ROOT / "src" / "replycheck" / "rules" / lang).glob("*.yaml"))
        assert packs, lang
        for pack in packs:
            assert f"replycheck/rules/{lang}/{pack}" in names
    assert "replycheck/py.typed" in names
    assert any(n.endswith("entry_points.txt") for n in names)
