"""Bulk QA on a real Dask LocalCluster (2 worker processes), compared with single-process results."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import pytest

pytest.importorskip("distributed")
pd = pytest.importorskip("pandas")
dd = pytest.importorskip("dask.dataframe")

import replycheck  # noqa: E402
import replycheck.bulk  # noqa: E402
from replycheck.bulk import check_dataframe  # noqa: E402
from replycheck.cli import main  # noqa: E402

EN = ["We'll get back to you soon.", "Obviously, you need to restart the router first.",
      "Unfortunately we can't refund orders after 30 days.", "Your refund of €20 went out today.",
      "I've escalated your ticket to L2.", "I guarantee this will never happen again.",
      "Thanks for waiting, the parcel left this morning."]
TR = ["Siparişiniz yarın kargoda.", "En kısa sürede size dönüş yapacağız.", "Maalesef iade yapamıyoruz.",
      "Çok basit, uygulamadan İadeler'e tıklayın."]


def tickets(count: int = 120) -> pd.DataFrame:
    rows = []
    for i in range(count):
        pool = TR if i % 4 == 3 else EN
        body = " ".join(pool[(i * k + k) % len(pool)] for k in range(1 + i % 3))
        rows.append({"ticket_id": f"T{i:04d}", "body": body, "agent": ["ann", "bo", "cem"][i % 3],
                     "team": ["billing", "shipping"][i % 2], "created_at": f"2026-{1 + i % 5:02d}-{1 + i % 27:02d}T10:00:00",
                     "csat": i % 5 + 1})
    rows[min(5, count - 1)]["body"] = ""  # a bad row: reported in `error`, the run goes on
    return pd.DataFrame(rows)


@pytest.fixture(scope="module")
def client():  # noqa: ANN201
    import logging

    from distributed import Client, LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1", dashboard_address="127.0.0.1:0",
                      silence_logs=logging.ERROR) as cluster, Client(cluster) as c:
        yield c


def expected(df: pd.DataFrame) -> list[replycheck.Report | None]:
    """Single-process results, computed now (the rule packs change while this project grows)."""
    checker = replycheck.Checker()
    out: list[replycheck.Report | None] = []
    for row in df.itertuples():
        out.append(None if not row.body.strip() else checker.check(row.body, now=pd.Timestamp(row.created_at).to_pydatetime()))
    return out


def test_dask_results_match_single_process_row_by_row(client) -> None:  # noqa: ANN001
    df = tickets()
    ddf = dd.from_pandas(df, npartitions=6, sort=False)
    got = check_dataframe(ddf, text="body", id="ticket_id", time="created_at").compute()
    assert list(got["ticket_id"]) == list(df["ticket_id"])  # input order, columns passed through
    assert list(got["csat"]) == list(df["csat"])
    for (_, row), report in zip(got.iterrows(), expected(df)):
        if report is None:
            assert "empty" in row["error"] and pd.isna(row["score"])
            continue
        assert pd.isna(row["error"])
        assert (row["language"], row["score"], row["passed"]) == (report.language, report.score, report.passed)
        assert row["rules"] == ",".join(sorted({f.rule_id for f in report.findings}))
        assert json.loads(row["spans"]) == [[f.start, f.end, f.rule_id] for f in report.findings]
        assert row["rewrite"] == report.rewrite
        for category in replycheck.bulk.CATEGORIES:
            assert row[f"n_{category}"] == sum(f.category == category for f in report.findings)
    # One Checker per worker process, built there once and reused for all its partitions.
    assert sorted(client.run(lambda: replycheck.bulk.BUILT).values()) == [1, 1]


def test_a_pandas_frame_is_checked_in_process() -> None:
    df = tickets(6)
    got = check_dataframe(df, text="body", time="created_at", rewrite=False)
    assert "rewrite" not in got and list(got.columns[:6]) == list(df.columns)
    with pytest.raises(ValueError, match="no column 'message'"):
        check_dataframe(df, text="message")
    with pytest.raises(ValueError, match="already has column"):
        check_dataframe(df.assign(score=1), text="body")


def test_bulk_command_resume_and_report(client, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,  # noqa: ANN001
                                        capsys: pytest.CaptureFixture[str]) -> None:
    df = tickets()
    source = tmp_path / "tickets.jsonl"
    df.to_json(source, orient="records", lines=True, force_ascii=False)
    out = tmp_path / "out.parquet"
    argv = ["bulk", str(source), "-o", str(out), "--scheduler", client.scheduler.address, "--text", "body",
            "--id", "ticket_id", "--time", "created_at", "--agent", "agent", "--team", "team",
            "--partition-rows", "25", "--no-progress"]
    assert main(argv) == 0
    full = pd.read_parquet(out)
    assert list(full["ticket_id"]) == list(df["ticket_id"]) and len(list(out.glob("part-*.parquet"))) == 5

    # An interrupted run: the last two parts never got written.  --resume checks only what is missing.
    for part in sorted(out.glob("part-*.parquet"))[-2:]:
        part.unlink()
    kept = len(pd.read_parquet(out))
    capsys.readouterr()
    assert main([*argv, "--resume"]) == 0
    err = capsys.readouterr().err
    assert f"{kept} rows were already in" in err and f"{len(df) - kept} rows written" in err
    pd.testing.assert_frame_equal(pd.read_parquet(out), full)

    html, numbers = tmp_path / "report.html", tmp_path / "report.json"
    assert main(["report", str(out), "-o", str(html)]) == 0
    page = html.read_text(encoding="utf-8")
    assert page.count("<svg") == 6  # pass rate, findings over time, by team, by agent, languages, top rules
    assert page.count("<mark title=") >= 1 and "Replies written <b>" in page
    # Works offline: nothing is loaded from anywhere (XML namespace names are not fetched).
    assert not re.search(r"(src|href)\s*=\s*[\"']?(https?:|//)|url\((?!#)|@import|<script|<link", page)
    summary = json.loads(numbers.read_text(encoding="utf-8"))
    checked = full[full["score"].notna()]
    assert summary["checked"] == len(checked) == len(df) - 1 and summary["errors"] == 1
    assert summary["findings_per_100"]["missing_timeline"] == round(100 * checked["n_missing_timeline"].sum() / len(checked), 1)
    assert {t["team"] for t in summary["by_team"]} == {"billing", "shipping"}
    assert summary["languages"] == {k: int(v) for k, v in checked["language"].value_counts().items()}
    assert len(summary["over_time"]["series"]) >= 5 and summary["worst"][0]["rewrite"]


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--text", "message"], "no column 'message'"),
        (["--resume"], "--resume needs --id"),
        (["--now", "yesterday"], "ISO-8601"),
    ],
)
def test_bulk_mistakes_exit_2(argv: list[str], message: str, client, tmp_path: Path,  # noqa: ANN001
                              capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "tickets.csv"
    tickets(4).to_csv(source, index=False)
    code = main(["bulk", str(source), "-o", str(tmp_path / "o.parquet"), "--scheduler", client.scheduler.address,
                 "--text", "body", *argv])
    err = capsys.readouterr().err
    assert code == 2 and message in err and "Traceback" not in err


def test_report_of_something_else_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "plain.parquet"
    tickets(3).to_parquet(path)
    assert main(["report", str(path), "-o", str(tmp_path / "r.html")]) == 2
    assert "no replycheck results" in capsys.readouterr().err


if __name__ == "__main__":  # pragma: no cover
    sys.exit(pytest.main([__file__, "-q"]))
