"""A non-editable install carries the rule packs, the training criteria and the exercises:
build the wheel (offline), look inside, install it into a fresh venv and use it from
a folder outside the repository."""

from __future__ import annotations

import json
import subprocess
import sys
import sysconfig
import venv
import zipfile
from pathlib import Path

import pytest

from replycheck.rulepack import builtin_languages

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    proc = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", str(ROOT), "-w", str(out)],
        capture_output=True, text=True,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    return next(out.glob("replycheck-*.whl"))


def test_wheel_contains_every_rule_pack_and_exercise(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    for lang in builtin_languages():
        for folder, inside in ((ROOT / "rules" / lang, f"replycheck/rules/{lang}"),
                               (ROOT / "rules" / lang / "training", f"replycheck/rules/{lang}/training"),
                               (ROOT / "examples" / "exercises" / lang, f"replycheck/exercises/{lang}")):
            files = sorted(p.name for p in folder.glob("*.yaml"))
            assert files, folder
            for name in files:
                assert f"{inside}/{name}" in names
    assert "replycheck/py.typed" in names
    assert any(n.endswith("entry_points.txt") for n in names)


def test_wheel_installed_in_a_fresh_venv_works_outside_the_repository(wheel: Path, tmp_path: Path) -> None:
    env_dir = tmp_path / "venv"
    venv.EnvBuilder(with_pip=False).create(env_dir)
    python = env_dir / "bin" / "python"
    site = Path(subprocess.run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                               capture_output=True, text=True, check=True).stdout.strip())
    # The wheel goes in on its own; its dependencies come from the test environment's
    # site-packages (a plain path entry: that folder's editable-install hooks are not run).
    zipfile.ZipFile(wheel).extractall(site)
    (site / "_replycheck_deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "draft.txt").write_text("Obviously, we will get back to you soon.\n")
    code = ("import json, replycheck, replycheck.training as t; "
            "r = replycheck.check(open('draft.txt').read()); "
            "print(json.dumps({'file': replycheck.__file__, 'rules': sorted(f.rule_id for f in r.findings), "
            "'exercises': len(t.load_exercises()), 'grade': t.grade(t.find_exercise('en/late-delivery'), 'Hi').score}))")
    proc = subprocess.run([str(python), "-c", code], cwd=elsewhere, capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr[-2000:]
    result = json.loads(proc.stdout)
    assert result["file"].startswith(str(site))
    assert {r[:3] for r in result["rules"]} == {"CND", "TML"}
    assert result["exercises"] == len(list((ROOT / "examples" / "exercises").glob("*/*.yaml")))
    assert 0 <= result["grade"] <= 100
