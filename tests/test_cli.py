"""The `tacitus` command, run as a user runs it (a real process): output, exit codes, store."""

from __future__ import annotations

import json
import subprocess
import sys

import pyarrow.parquet as pq
import pytest

from .conftest import EXAMPLES

pytestmark = pytest.mark.slow


def tacitus(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "tacitus.cli", *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_table_output_for_the_demo_article():
    run = tacitus("code", str(EXAMPLES / "harbor-talks.txt"))
    assert run.returncode == 0, run.stderr
    assert "actor" in run.stdout and "CONSULT" in run.stdout and "ACCUSE" in run.stdout
    assert "coded 1 article(s)" in run.stderr


def test_jsonl_from_stdin_carries_the_input_id():
    line = json.dumps(
        {
            "id": "note-7",
            "date": "2024-02-01",
            "text": "Brazil's foreign minister met his Argentine counterpart in Brasilia on Tuesday. "
            "Argentina accused Chile of violating the fishing accord.",
        }
    )
    run = tacitus("code", "-", "--format", "jsonl", stdin=line + "\n")
    assert run.returncode == 0, run.stderr
    events = [json.loads(x) for x in run.stdout.splitlines()]
    assert events and all(e["article_id"] == "note-7" for e in events)
    assert any(e["plover"]["type"] == "ACCUSE" for e in events)


def test_bad_inputs_are_named_and_the_batch_goes_on(tmp_path):
    run = tacitus("code", str(EXAMPLES / "bad"), str(EXAMPLES / "wire.jsonl"), "--format", "jsonl")
    assert run.returncode == 1
    err = run.stderr
    assert "broken.jsonl:2: not valid JSON" in err
    assert "broken.jsonl:3: 'text' is required" in err
    assert "empty.txt: empty file" in err
    assert "binary.txt: binary file" in err
    assert "latin1.txt: not UTF-8 text" in err
    assert "nodate.txt: no publication date found (pass --date" in err
    assert "6 input(s) failed" in err
    coded = {json.loads(x)["article_id"] for x in run.stdout.splitlines()}
    assert len(coded) >= 2  # the good wire stories were still coded


def test_missing_file_and_usage_errors(tmp_path):
    run = tacitus("code", str(tmp_path / "nope.txt"))
    assert run.returncode == 1 and "nope.txt" in run.stderr
    run = tacitus("code", str(EXAMPLES / "harbor-talks.txt"), "--format", "parquet")
    assert run.returncode == 2 and "needs -o" in run.stderr


def test_store_is_idempotent_queryable_and_exportable(tmp_path):
    db = str(tmp_path / "events.duckdb")
    first = tacitus("code", str(EXAMPLES), "--db", db, "--format", "jsonl")
    assert first.returncode == 1  # bad/ is in there
    n_events = len(first.stdout.splitlines())
    assert n_events > 10
    again = tacitus("code", str(EXAMPLES), "--db", db, "--format", "jsonl")
    assert again.stdout == "" and "already stored (skipped)" in again.stderr
    q = tacitus("query", "--db", db, "SELECT count(*) AS n FROM events")
    assert q.returncode == 0 and q.stdout.split() == ["n", str(n_events)]
    q = tacitus("query", "--db", db, "SELECT count(*) FROM failures")
    assert int(q.stdout.split()[-1]) == 6  # six bad inputs, keyed: the re-run adds none
    refused = tacitus("query", "--db", db, "DELETE FROM events")
    assert refused.returncode == 2
    assert tacitus("query", "--db", db, "SELECT count(*) FROM events").stdout.split()[-1] == str(
        n_events
    )
    out = tmp_path / "events.parquet"
    exp = tacitus("export", "--db", db, "--format", "parquet", "-o", str(out))
    assert exp.returncode == 0, exp.stderr
    linked = tacitus("query", "--db", db, "SELECT count(*) FROM linked_events").stdout.split()[-1]
    assert pq.read_table(out).num_rows == int(linked)  # parquet: one row per linked event
    jl = tacitus("export", "--db", db, "--format", "jsonl")
    assert len(jl.stdout.splitlines()) == n_events


def test_kb_validate_covers_the_resolvers_own_tables():
    out = subprocess.run(
        [sys.executable, "-m", "tacitus.cli", "kb", "validate"], capture_output=True, text=True
    )
    assert out.returncode == 0, out.stderr
    for table in ("ethnic and religious groups", "group nouns", "states dated by independence"):
        assert table in out.stdout
