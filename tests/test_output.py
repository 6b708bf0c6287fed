"""Event records, flat rows, files and terminal tables (tacitus.output); records built by hand."""

from __future__ import annotations

import csv
import io
import json
import math

import pyarrow.parquet as pq
import pytest

from tacitus.errors import TacitusError
from tacitus.output import (
    FLAT_COLUMNS,
    event_record,
    flat_row,
    format_table,
    write_events,
)
from tacitus.records import Actor, Event, When, Where

RECORD_KEYS = {
    "event_id",
    "article_id",
    "sentence_index",
    "evidence",
    "trigger",
    "actor",
    "recipient",
    "plover",
    "cameo",
    "date",
    "location",
    "flags",
    "confidence",
    "rule",
    "coder",
}
ACTOR_KEYS = {
    "text",
    "name",
    "country",
    "sectors",
    "cameo_code",
    "wikidata",
    "entity_id",
    "start",
    "end",
    "resolution",
    "confidence",
}

EVIDENCE = "President Biden met Japanese Prime Minister Kishida in Tokyo on Wednesday."


def make_event(n: int = 0, **changes) -> Event:
    fields = dict(
        event_id=f"a1-{n}",
        article_id="a1",
        sentence_index=n,
        evidence={"text": EVIDENCE, "start": 0, "end": len(EVIDENCE)},
        trigger={"text": "met", "start": 16, "end": 19, "lemma": "meet"},
        actor=[
            Actor(
                text="President Biden",
                name="Joe Biden",
                country="USA",
                sectors=["GOV"],
                cameo_code="USAGOV",
                wikidata="Q6279",
                entity_id="usa.biden_joe",
                start=0,
                end=15,
                resolution="kb-person",
                confidence=0.95,
            )
        ],
        recipient=[
            Actor(
                text="Japanese Prime Minister Kishida",
                name="Fumio Kishida",
                country="JPN",
                sectors=["GOV"],
                cameo_code="JPNGOV",
                start=20,
                end=51,
                confidence=0.9,
            )
        ],
        plover={"type": "CONSULT", "mode": "visit", "contexts": ["diplomatic"]},
        cameo={"code": "036", "root": "03", "quad_class": 1, "goldstein": 4.0},
        date=When("2023-10-04", "day", text="Wednesday", reason="weekday before publication"),
        location=Where(
            "Tokyo",
            "JPN",
            admin1="Tokyo",
            lat=35.69,
            lon=139.69,
            geonames_id=1850147,
            text="Tokyo",
            start=55,
            end=60,
        ),
        confidence=0.8,
        rule="meet.v1",
        coder={"name": "tacitus", "version": "0.1.0"},
    )
    fields.update(changes)
    return Event(**fields)


def test_event_record_has_exactly_the_documented_keys():
    record = event_record(make_event())
    assert set(record) == RECORD_KEYS
    assert set(record["actor"][0]) == ACTOR_KEYS
    assert set(record["evidence"]) == {"text", "start", "end"}
    assert set(record["trigger"]) == {"text", "start", "end", "lemma", "i"}
    assert set(record["plover"]) == {"type", "mode", "contexts"}
    assert set(record["cameo"]) == {"code", "root", "quad_class", "goldstein"}
    assert set(record["date"]) == {"value", "precision", "text", "reason"}
    assert set(record["location"]) == {
        "name",
        "country",
        "admin1",
        "lat",
        "lon",
        "geonames_id",
        "precision",
        "reason",
        "text",
        "start",
        "end",
    }
    assert set(record["flags"]) == {"negated", "hypothetical", "future", "historical"}
    assert set(record["coder"]) == {"name", "version"}


def test_event_record_values_and_json_round_trip():
    record = event_record(make_event())
    assert record["actor"][0]["cameo_code"] == "USAGOV"
    assert record["recipient"][0]["name"] == "Fumio Kishida"
    assert record["date"]["value"] == "2023-10-04"
    assert record["location"]["geonames_id"] == 1850147
    assert json.loads(json.dumps(record, allow_nan=False)) == record


def test_event_record_without_date_place_or_flags_is_still_complete():
    event = make_event(date=None, location=None, flags={}, plover={"type": "ASSAULT"}, coder={})
    record = event_record(event)
    assert record["date"] is None and record["location"] is None
    assert record["flags"] == {
        "negated": False,
        "hypothetical": False,
        "future": False,
        "historical": False,
    }
    assert record["plover"] == {"type": "ASSAULT", "mode": None, "contexts": []}
    assert record["coder"] == {"name": None, "version": None}


def test_event_record_makes_odd_values_json_safe():
    event = make_event(
        confidence=float("nan"),
        plover={"type": "AID", "mode": None, "contexts": ("economic", "health")},
        evidence={"text": "x", "start": 0, "end": 1, "extra": object()},
    )
    record = event_record(event)
    assert record["confidence"] is None
    assert record["plover"]["contexts"] == ["economic", "health"]
    assert "extra" not in record["evidence"]
    json.dumps(record, allow_nan=False)


def test_flat_row_joins_several_actors_in_order():
    second = Actor(text="South Korea", name="South Korea", country="KOR", cameo_code="KOR")
    unresolved = Actor(text="the delegation")
    event = make_event(actor=make_event().actor + [second], recipient=[unresolved])
    row = flat_row(event_record(event))
    assert tuple(row) == FLAT_COLUMNS
    assert row["actor_codes"] == "USAGOV;KOR"
    assert row["actor_names"] == "Joe Biden;South Korea"
    assert row["actor_countries"] == "USA;KOR"
    assert row["recipient_codes"] == ""
    assert row["recipient_names"] == "the delegation"
    assert row["plover_contexts"] == "diplomatic"
    assert (row["cameo_code"], row["quad_class"], row["goldstein"]) == ("036", 1, 4.0)
    assert (row["date"], row["location_name"], row["lat"]) == ("2023-10-04", "Tokyo", 35.69)
    assert row["trigger"] == "met" and row["evidence_end"] == len(EVIDENCE)


def test_jsonl_to_text_stream_and_to_stdout(capsys):
    records = [event_record(make_event(i)) for i in range(3)]
    buf = io.StringIO()
    assert write_events(records, "jsonl", buf) == 3
    lines = buf.getvalue().splitlines()
    assert [json.loads(line) for line in lines] == records
    write_events(records[:1], "jsonl", None)
    assert json.loads(capsys.readouterr().out) == records[0]


def test_csv_file_round_trip(tmp_path):
    records = [event_record(make_event(i)) for i in range(2)]
    path = tmp_path / "events.csv"
    assert write_events(records, "csv", path) == 2
    with path.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert tuple(rows[0]) == FLAT_COLUMNS
    assert [r["event_id"] for r in rows] == ["a1-0", "a1-1"]
    assert rows[1]["actor_codes"] == "USAGOV" and rows[1]["evidence_text"] == EVIDENCE


def test_parquet_round_trip(tmp_path):
    records = [event_record(make_event(i)) for i in range(2)]
    records.append(event_record(make_event(2, date=None, location=None)))
    path = tmp_path / "events.parquet"
    assert write_events(records, "parquet", path) == 3
    table = pq.read_table(path)
    assert tuple(table.column_names) == FLAT_COLUMNS
    rows = table.to_pylist()
    assert rows == [flat_row(r) for r in records]
    assert rows[2]["date"] is None and math.isclose(rows[0]["lon"], 139.69)


def test_parquet_of_no_events_has_the_columns(tmp_path):
    path = tmp_path / "empty.parquet"
    assert write_events([], "parquet", path) == 0
    assert tuple(pq.read_table(path).column_names) == FLAT_COLUMNS


def test_parquet_needs_a_path_and_unknown_formats_are_refused():
    with pytest.raises(TacitusError, match="Parquet.*file path"):
        write_events([], "parquet", None)
    with pytest.raises(TacitusError, match="Parquet"):
        write_events([], "parquet", io.StringIO())
    with pytest.raises(TacitusError, match="unknown output format 'xml'.*jsonl, csv, parquet"):
        write_events([], "xml", None)


def test_unwritable_path_names_the_file(tmp_path):
    missing = tmp_path / "no" / "such" / "events.csv"
    with pytest.raises(TacitusError, match="events.csv: cannot open"):
        write_events([], "csv", missing)


def test_table_shows_actor_type_recipient_and_code():
    records = [
        event_record(make_event(1)),
        event_record(make_event(0, flags={"negated": True}, date=None, location=None)),
    ]
    table = format_table(records, width=120)
    lines = table.splitlines()
    assert lines[0] == "article a1"
    header = lines[1]
    for column in ("actor", "event", "recipient", "cameo", "date", "place", "evidence"):
        assert column in header
    first, second = lines[3], lines[4]
    assert first.startswith("0 ") and second.startswith("1 ")  # sorted by sentence
    assert "USAGOV Joe Biden" in second and "JPNGOV Fumio" in second
    assert "CONSULT/visit" in second and "036" in second and "2023-10-04" in second
    assert "Tokyo, JPN" in second
    assert "not CONSULT/visit" in first and "—" in first
    assert lines[-1] == "2 events"
    assert all(len(line) <= 120 for line in lines)
    assert "JPNGOV Fumio Kishida" in format_table(records, width=140)


def test_table_truncates_long_cells_with_ellipsis():
    long_actor = Actor(text="x", name="The Extraordinarily Long-Named Ministry of Everything")
    record = event_record(make_event(actor=[long_actor], evidence={"text": "word " * 80}))
    for width in (100, 120, 140):
        lines = format_table([record], width=width).splitlines()
        assert all(len(line) <= width for line in lines)
        row = lines[3]
        assert "The Extra" in row and "…" in row


def test_table_too_narrow_puts_evidence_on_its_own_line():
    lines = format_table([event_record(make_event())], width=70).splitlines()
    assert "evidence" not in lines[1]
    assert lines[4].strip().startswith("“President Biden")
    assert all(len(line) <= 70 for line in lines)


def test_table_groups_by_article_and_handles_empty_input():
    records = [
        event_record(make_event(0, article_id="b", event_id="b-0")),
        event_record(make_event(0)),
    ]
    text = format_table(records)
    assert text.index("article a1") < text.index("article b")
    assert format_table([]) == "no events"
    missing = event_record(make_event(actor=[], recipient=[], cameo={}))
    assert format_table([missing]).splitlines()[3].count("—") >= 3
