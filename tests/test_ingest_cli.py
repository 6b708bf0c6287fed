"""`tacitus ingest`, `query`, `stats` and `export` as a user runs them (real processes), and
the store's promise: a run killed with SIGKILL and run again ends as one uninterrupted run."""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import threading
import time
from datetime import date, timedelta

import pyarrow.parquet as pq
import pytest

from tacitus.cli import main
from tacitus.store import Store

from .conftest import EXAMPLES

COUNTRIES = [
    ("Japan", "Tokyo"),
    ("South Korea", "Seoul"),
    ("Vietnam", "Hanoi"),
    ("Indonesia", "Jakarta"),
    ("Australia", "Canberra"),
    ("India", "New Delhi"),
    ("Brazil", "Brasilia"),
    ("Kenya", "Nairobi"),
    ("Canada", "Ottawa"),
    ("Mexico", "Mexico City"),
]
TOPICS = ["trade", "fisheries", "maritime security", "energy", "a new rail link"]


def article_files(folder, n: int) -> list:
    """``n`` small dated articles of our own, each with a few events, one file each."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(n):
        (a, capital), (b, _) = COUNTRIES[i % 10], COUNTRIES[(i * 3 + 1) % 10]
        if a == b:
            b = COUNTRIES[(i + 5) % 10][0]
        c = COUNTRIES[(i + 7) % 10][0]
        day = date(2025, 1, 6) + timedelta(days=i // 3)
        text = (
            f"{capital.upper()}, {day:%B} {day.day} (Test Wire) - {a}'s foreign minister met "
            f"{b}'s foreign minister in {capital} on {day:%A} to discuss {TOPICS[i % 5]}.\n\n"
            f"{a} accused {c} of breaking a fishing agreement, officials said.\n\n"
            f"{b} pledged to send aid to {a} after the floods.\n\n"
            f"Report number {i} of the test wire."
        )
        path = folder / f"story-{i:03d}-{day.isoformat()}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def tacitus(*args: str, timeout: int = 300) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "tacitus.cli", *args],
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def snapshot(db) -> dict:
    """What must be identical between two stores of the same inputs."""
    with Store.open(db, read_only=True) as store:
        q = store.query
        return {
            "counts": {k: v for k, v in store.counts().items()},
            "articles": q("SELECT id, content_hash FROM articles ORDER BY id")[1],
            "events": q("SELECT event_id, article_id, root_event_id FROM events ORDER BY event_id")[
                1
            ],
            "linked": q(
                "SELECT root_event_id, num_mentions, num_sources, num_articles "
                "FROM linked_events ORDER BY 1"
            )[1],
            "failures": q("SELECT location, reason FROM failures ORDER BY 1, 2")[1],
        }


def test_usage_errors_need_no_model(tmp_path, capsys):
    assert main(["ingest", str(tmp_path), "--db", str(tmp_path / "s.duckdb"), "-j", "0"]) == 2
    assert "-j/--jobs and --batch-size must be 1 or more" in capsys.readouterr().err
    Store.open(tmp_path / "s.duckdb").close()
    assert main(["query", "--db", str(tmp_path / "s.duckdb"), "SELECT 1", "--actor", "JPN"]) == 2
    assert "not both" in capsys.readouterr().err
    assert main(["export", "--db", str(tmp_path / "s.duckdb"), "--partition-by", "month"]) == 2
    assert "needs -o FOLDER" in capsys.readouterr().err
    assert main(["query", "--db", str(tmp_path / "s.duckdb"), "--since", "someday"]) == 2
    assert "not a date" in capsys.readouterr().err


@pytest.mark.slow
def test_ingest_query_stats_export(tmp_path):
    db = str(tmp_path / "s.duckdb")
    article_files(tmp_path / "news", 6)
    run = tacitus("ingest", str(tmp_path / "news"), str(EXAMPLES / "wire.jsonl"), "--db", db)
    assert run.returncode == 0, run.stderr
    assert "coded 9 article(s)" in run.stderr
    assert "ingest:" not in run.stderr  # no progress bar when stderr is not a terminal
    again = tacitus("ingest", str(tmp_path / "news"), "--db", db, "--progress")
    assert "6 already stored (skipped)" in again.stderr and "coded 0 article(s)" in again.stderr
    assert re.search(r"ingest: 100%.*6/6", again.stderr)
    q = tacitus("query", "--db", db, "--actor", "JPN", "--type", "CONSULT", "--format", "jsonl")
    assert q.returncode == 0, q.stderr
    rows = [json.loads(line) for line in q.stdout.splitlines()]
    assert rows and all(r["plover_type"] == "CONSULT" for r in rows)
    assert all("JPNGOV" in r["actor_codes"] + r["recipient_codes"] for r in rows)
    q = tacitus("query", "--db", db, "--since", "2025-01-07", "--until", "2025-01-07")
    assert q.returncode == 0 and all(
        line.split("\t")[1] == "2025-01-07" for line in q.stdout.splitlines()[1:]
    )
    stats = tacitus("stats", "--db", db)
    assert stats.returncode == 0, stats.stderr
    assert "# linked events per type" in stats.stdout and "CONSULT" in stats.stdout
    assert "# linked events per day" in stats.stdout and "2025-01-06" in stats.stdout
    n_linked = int(
        tacitus("query", "--db", db, "SELECT count(*) FROM linked_events").stdout.split()[-1]
    )
    for fmt in ("plover-jsonl", "gdelt-tsv", "icews-tsv", "csv"):
        out = tmp_path / f"out.{fmt}"
        exp = tacitus("export", "--db", db, "--format", fmt, "-o", str(out))
        assert exp.returncode == 0, exp.stderr
        lines = out.read_text(encoding="utf-8").splitlines()
        header = 0 if fmt in ("plover-jsonl", "gdelt-tsv") else 1
        if fmt != "csv":  # csv quotes multi-line evidence
            assert len(lines) == n_linked + header
    parts = tmp_path / "parts"
    exp = tacitus(
        "export", "--db", db, "--format", "parquet", "-o", str(parts), "--partition-by", "month"
    )
    assert exp.returncode == 0, exp.stderr
    months = sorted(p.parent.name for p in parts.rglob("*.parquet"))
    assert {"month=2024-04", "month=2025-01"} <= set(months)
    assert sum(pq.read_table(p).num_rows for p in parts.rglob("*.parquet")) == n_linked


def _progress(proc: subprocess.Popen, seen: list[int]) -> None:
    buf = b""
    while True:
        chunk = os.read(proc.stderr.fileno(), 4096)
        if not chunk:
            return
        buf = (buf + chunk)[-4096:]
        found = re.findall(rb"(\d+)/60\b", buf)
        if found:
            seen.append(int(found[-1]))


@pytest.mark.slow
def test_kill_9_then_rerun_gives_the_uninterrupted_store(tmp_path):
    article_files(tmp_path / "news", 60)
    news, args = str(tmp_path / "news"), ("--batch-size", "2", "--progress")
    whole = tmp_path / "whole.duckdb"
    run = tacitus("ingest", news, "--db", str(whole), *args)
    assert run.returncode == 0, run.stderr

    killed = tmp_path / "killed.duckdb"
    proc = subprocess.Popen(
        [sys.executable, "-m", "tacitus.cli", "ingest", news, "--db", str(killed), *args],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    seen: list[int] = []
    reader = threading.Thread(target=_progress, args=(proc, seen), daemon=True)
    reader.start()
    deadline = time.monotonic() + 240
    while not (seen and seen[-1] >= 4) and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.02)
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL, "the ingest ended before it could be killed"
    with Store.open(killed, read_only=True) as store:
        stored = store.counts()["articles"]
    assert 4 <= stored < 60  # whole batches only, and work left for the rerun
    assert stored % 2 == 0

    rerun = tacitus("ingest", news, "--db", str(killed), *args)
    assert rerun.returncode == 0, rerun.stderr
    assert f"{stored} already stored (skipped)" in rerun.stderr
    assert snapshot(killed) == snapshot(whole)
    assert snapshot(whole)["counts"]["articles"] == 60


@pytest.mark.slow
def test_two_workers_store_what_one_does(tmp_path):
    article_files(tmp_path / "news", 12)
    one, two = tmp_path / "one.duckdb", tmp_path / "two.duckdb"
    news = str(tmp_path / "news")
    assert tacitus("ingest", news, "--db", str(one), "--batch-size", "3").returncode == 0
    run = tacitus("ingest", news, "--db", str(two), "--batch-size", "3", "-j", "2")
    assert run.returncode == 0, run.stderr
    assert snapshot(one) == snapshot(two)
    assert snapshot(one)["counts"]["events"] > 12


@pytest.mark.slow
def test_code_and_ingest_share_the_store_and_failures_are_not_repeated(tmp_path):
    db = str(tmp_path / "s.duckdb")
    bad = tmp_path / "late.txt"
    bad.write_text("Japan's foreign minister met Vietnam's foreign minister in Tokyo.", "utf-8")
    first = tacitus("code", str(bad), "--db", db, "--format", "jsonl")
    assert first.returncode == 1 and "no publication date" in first.stderr
    tacitus("ingest", str(bad), "--db", db)
    q = tacitus("query", "--db", db, "SELECT count(*) FROM failures")
    assert q.stdout.split()[-1] == "1"  # keyed: the second run did not add it again
    fixed = tacitus("ingest", str(bad), "--db", db, "--date", "2025-02-03")
    assert fixed.returncode == 0, fixed.stderr
    assert tacitus("query", "--db", db, "SELECT count(*) FROM failures").stdout.split()[-1] == "0"
    ids = tacitus("code", str(bad), "--db", db, "--date", "2025-02-03")
    assert "1 already stored (skipped)" in ids.stderr
