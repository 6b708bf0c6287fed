"""The DuckDB store (tacitus.store): real database files in tmp_path, records built by hand."""

from __future__ import annotations

import csv
import json
import re
from importlib import resources

import duckdb
import pyarrow.parquet as pq
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tacitus.errors import StoreError
from tacitus.output import event_record, flat_row
from tacitus.pipeline import Pipeline, stages
from tacitus.records import Actor, Analysis, Article, Dropped, Event, Failure, Sentence, When, Where
from tacitus.store import SCHEMA_VERSION, Store, StoreStage, WriteResult, export


def make_analysis(n: int, *, events: int = 2, text: str | None = None) -> Analysis:
    """Article ``a{n}`` with one sentence and ``events`` events (USAGOV consults JPNGOV)."""
    body = text or f"Article {n}: President Biden met Prime Minister Kishida in Tokyo."
    article = Article(
        id=f"a{n}",
        text=body,
        title=f"Title {n}",
        date="2023-10-05",
        publisher="Reuters",
        source=f"in.jsonl:{n}",
        format="jsonl",
        dropped=[Dropped("Share this", "share-button")],
    )
    sentence = Sentence(article.id, 0, body, 0, len(body))
    return Analysis(
        article=article,
        sentences=[sentence],
        events=[make_event(article.id, i, body) for i in range(events)],
    )


def make_event(article_id: str, i: int, body: str) -> Event:
    return Event(
        event_id=f"{article_id}-e{i}",
        article_id=article_id,
        sentence_index=0,
        evidence={"text": body, "start": 0, "end": len(body)},
        trigger={"text": "met", "start": 25, "end": 28, "lemma": "meet"},
        actor=[Actor("President Biden", "Joe Biden", "USA", ["GOV"], "USAGOV", confidence=0.9)],
        recipient=[
            Actor("Prime Minister Kishida", "Fumio Kishida", "JPN", ["GOV"], "JPNGOV"),
            Actor("his cabinet", None),
        ],
        plover={"type": "CONSULT", "mode": "visit", "contexts": ["diplomatic"]},
        cameo={"code": "036", "root": "03", "quad_class": 1, "goldstein": 4.0},
        date=When("2023-10-04", "day", "Wednesday"),
        location=Where("Tokyo", "JPN", lat=35.69, lon=139.69, geonames_id=1850147),
        flags={"negated": i == 1, "hypothetical": False, "future": False},
        confidence=0.75,
        rule="meet.v1",
        coder={"name": "tacitus", "version": "0.1.0"},
    )


@pytest.fixture
def db(tmp_path):
    return tmp_path / "events.duckdb"


def counts(path) -> dict[str, int]:
    with Store.open(path, read_only=True) as store:
        return store.counts()


def test_write_then_count_every_table(db):
    with Store.open(db) as store:
        result = store.write(
            [make_analysis(1), make_analysis(2, events=1)],
            [Failure("in.jsonl:3", "no body text", "check the 'text' field")],
        )
    assert result == WriteResult(
        articles_added=2, articles_skipped=0, events_added=3, failures_added=1
    )
    assert counts(db) == {
        "articles": 2,
        "sentences": 2,
        "events": 3,
        "event_actors": 9,
        "failures": 1,
    }


def test_columns_hold_the_event(db):
    with Store.open(db) as store:
        store.write([make_analysis(1)])
        cols, rows = store.query(
            "SELECT event_id, plover_type, cameo_code, quad_class, actor_codes, recipient_codes, "
            "recipient_countries, plover_contexts, date_value, lat, negated, coder_version "
            "FROM events ORDER BY event_id"
        )
        assert cols[0] == "event_id" and cols[-1] == "coder_version"
        assert rows[1] == (
            "a1-e1",
            "CONSULT",
            "036",
            1,
            ["USAGOV"],
            ["JPNGOV", None],
            ["JPN", None],
            ["diplomatic"],
            "2023-10-04",
            35.69,
            True,
            "0.1.0",
        )
        _, actors = store.query(
            "SELECT role, position, name, sectors FROM event_actors "
            "WHERE event_id = ? ORDER BY role, position",
            ["a1-e0"],
        )
        assert actors == [
            ("actor", 0, "Joe Biden", ["GOV"]),
            ("recipient", 0, "Fumio Kishida", ["GOV"]),
            ("recipient", 1, None, []),
        ]
        _, [(dropped, title, coded_at)] = store.query(
            "SELECT dropped, title, coded_at FROM articles"
        )
        assert json.loads(dropped) == [{"text": "Share this", "reason": "share-button"}]
        assert title == "Title 1" and coded_at is not None


def test_writing_the_same_input_twice_adds_nothing(db):
    batch = [make_analysis(1), make_analysis(2)]
    with Store.open(db) as store:
        store.write(batch)
        again = store.write(batch)
        assert again == WriteResult(articles_added=0, articles_skipped=2, events_added=0)
    with Store.open(db) as store:  # and after reopening
        assert store.write([make_analysis(2), make_analysis(3)]).articles_added == 1
    assert counts(db)["events"] == 6


def test_duplicates_within_a_batch_are_skipped_by_content(db):
    first = make_analysis(1)
    # same body modulo whitespace, other id: the same article seen twice in a feed
    body = "  Article 1:  President Biden met\nPrime Minister Kishida in Tokyo."
    second = make_analysis(9, text=body)
    with Store.open(db) as store:
        result = store.write([first, second])
        assert (result.articles_added, result.articles_skipped) == (1, 1)
        assert store.has_article(first.article.content_hash)
        assert not store.has_article("0" * 64)
        assert store.known_hashes([first.article.content_hash, "x"]) == {first.article.content_hash}
        assert store.known_hashes([]) == set()


def test_a_failing_batch_writes_nothing_and_keeps_earlier_batches(db):
    with Store.open(db) as store:
        store.write([make_analysis(1)])
        clash = make_analysis(2)
        clash.events[0].event_id = "a1-e0"  # already stored: primary key violation
        with pytest.raises(StoreError, match=r"events\.duckdb: could not store.*nothing from it"):
            store.write([make_analysis(3), clash], [Failure("x", "y")])
        assert store.counts() == {
            "articles": 1,
            "sentences": 1,
            "events": 2,
            "event_actors": 6,
            "failures": 0,
        }
        assert store.write([make_analysis(3)]).articles_added == 1  # still usable


def test_failures_only(db):
    with Store.open(db) as store:
        result = store.write([], [Failure("a.html", "not HTML", "give --format text")])
        assert result.failures_added == 1
        _, rows = store.query("SELECT location, reason, hint, failed_at IS NOT NULL FROM failures")
        assert rows == [("a.html", "not HTML", "give --format text", True)]


@pytest.mark.parametrize(
    "sql",
    [
        "DELETE FROM events",
        "delete from events",
        "  -- comment\n  DROP TABLE events",
        "INSERT INTO meta VALUES ('x', 'y')",
        "UPDATE meta SET value = '9'",
        "SELECT 1; DELETE FROM events",
        "COPY events TO 'out.csv'",
        "CREATE TABLE t (a INT)",
        "ATTACH ':memory:' AS m",
    ],
)
@pytest.mark.parametrize("read_only", [True, False])
def test_query_refuses_writes(db, sql, read_only):
    with Store.open(db) as store:
        store.write([make_analysis(1)])
    with Store.open(db, read_only=read_only) as store:
        with pytest.raises(StoreError, match="events.duckdb"):
            store.query(sql)
    assert counts(db)["events"] == 2


def test_query_reads_and_reports_bad_sql(db):
    with Store.open(db) as store:
        store.write([make_analysis(1, events=3)])
    with Store.open(db, read_only=True) as store:
        cols, rows = store.query(
            "WITH e AS (SELECT * FROM events) SELECT plover_type, count(*) AS n "
            "FROM e WHERE negated = $neg GROUP BY 1",
            {"neg": False},
        )
        assert (cols, rows) == (["plover_type", "n"], [("CONSULT", 2)])
        assert len(store.query("SELECT * FROM events", limit=1)[1]) == 1
        assert ("events",) in store.query("SHOW TABLES")[1]
        with pytest.raises(StoreError, match="query failed.*nosuch"):
            store.query("SELECT * FROM nosuch")
        with pytest.raises(StoreError, match="bad SQL"):
            store.query("SELEC 1")
        with pytest.raises(StoreError, match="query failed"):
            store.query("SELECT * FROM read_csv('/etc/hostname')")  # no file system access


def test_read_only_store_refuses_write(db):
    Store.open(db).close()
    with Store.open(db, read_only=True) as store:
        with pytest.raises(StoreError, match="read-only"):
            store.write([make_analysis(1)])


def test_event_records_round_trip_and_filter(db):
    analyses = [make_analysis(1), make_analysis(2)]
    with Store.open(db) as store:
        store.write(analyses)
        records = list(store.event_records())
        assert records == [event_record(e) for a in analyses for e in a.events]
        negated = list(store.event_records("negated AND article_id = ?", ["a2"]))
        assert [r["event_id"] for r in negated] == ["a2-e1"]
        with pytest.raises(StoreError):
            list(store.event_records("true; DELETE FROM events"))


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "parquet"])
def test_export_round_trip(db, tmp_path, fmt):
    analyses = [make_analysis(1), make_analysis(2, events=1)]
    with Store.open(db) as store:
        store.write(analyses)
    expected = [event_record(e) for a in analyses for e in a.events]
    out = tmp_path / f"events.{fmt}"
    assert export(db, fmt, out) == 3
    if fmt == "jsonl":
        got = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
        assert got == expected
    elif fmt == "csv":
        with out.open(encoding="utf-8", newline="") as fh:
            rows = list(csv.DictReader(fh))
        assert [r["event_id"] for r in rows] == ["a1-e0", "a1-e1", "a2-e0"]
        assert rows[0]["recipient_codes"] == "JPNGOV;"
    else:
        assert pq.read_table(out).to_pylist() == [flat_row(r) for r in expected]
    assert export(db, "jsonl", tmp_path / "some.jsonl", where="negated") == 1


def test_export_to_stdout(db, capsys):
    with Store.open(db) as store:
        store.write([make_analysis(1, events=1)])
    export(db, "jsonl", None)
    assert json.loads(capsys.readouterr().out)["event_id"] == "a1-e0"


def test_corrupt_file_names_the_file(tmp_path):
    bad = tmp_path / "x.duckdb"
    bad.write_bytes(b"\x00garbage\xff" * 1000)
    for read_only in (False, True):
        with pytest.raises(StoreError, match=r"x\.duckdb: not a DuckDB database.*new file"):
            Store.open(bad, read_only=read_only)
    assert bad.read_bytes().startswith(b"\x00garbage")  # left as it was


def test_missing_store_read_only(tmp_path):
    missing = tmp_path / "none.duckdb"
    with pytest.raises(StoreError, match=r"none\.duckdb: no such store; create it with .*--db"):
        Store.open(missing, read_only=True)
    assert not missing.exists()


def test_missing_folder_and_folder_path(tmp_path):
    with pytest.raises(StoreError, match="does not exist"):
        Store.open(tmp_path / "nope" / "e.duckdb")
    with pytest.raises(StoreError, match="is a folder"):
        Store.open(tmp_path)


def test_newer_schema_version_is_refused(db):
    Store.open(db).close()
    con = duckdb.connect(str(db))
    con.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", [str(SCHEMA_VERSION + 1)])
    con.close()
    with pytest.raises(StoreError, match=r"events\.duckdb: written by a newer Tacitus.*upgrade"):
        Store.open(db)


def test_other_duckdb_database_is_not_taken_over(db):
    con = duckdb.connect(str(db))
    con.execute("CREATE TABLE mine (a INT)")
    con.close()
    with pytest.raises(StoreError, match="not a Tacitus store.*mine"):
        Store.open(db)
    con = duckdb.connect(str(db))
    assert con.execute("SELECT count(*) FROM information_schema.tables").fetchone() == (1,)
    con.close()


def test_schema_file_and_code_agree_on_the_version(db):
    ddl = resources.files("tacitus.store").joinpath("schema.sql").read_text(encoding="utf-8")
    assert re.search(r"schema_version (\d+)", ddl).group(1) == str(SCHEMA_VERSION)
    with Store.open(db) as store:
        assert store.schema_version == SCHEMA_VERSION
        assert store.query("SELECT value FROM meta WHERE key = 'schema_version'")[1] == [
            (str(SCHEMA_VERSION),)
        ]


def test_store_stage_in_a_pipeline(db):
    with Store.open(db) as store:
        stage = stages.create("tacitus.store.duckdb.v1", store=store)
        assert isinstance(stage, StoreStage)
        pipeline = Pipeline([_Events(), stage])
        finished = list(
            pipeline.run([Analysis(make_analysis(i).article) for i in range(5)], batch_size=2)
        )
        assert len(finished) == 5
        assert stage.result == WriteResult(articles_added=5, events_added=5)
        assert store.counts()["events"] == 5


class _Events:
    """A stand-in for the event stage: one event per article."""

    name = "test.events"
    reads = ("article",)
    writes = ("events",)

    def __call__(self, batch):
        for a in batch:
            a.events = [make_event(a.article.id, 0, a.article.text)]


_text = st.text(st.characters(blacklist_categories=("Cs",)), max_size=40)
_code = st.none() | st.from_regex(r"[A-Z]{3}([A-Z]{3})?", fullmatch=True)


@st.composite
def _events(draw, article_id):
    n = draw(st.integers(0, 3))
    return [
        Event(
            event_id=f"{article_id}-{i}",
            article_id=article_id,
            sentence_index=draw(st.integers(0, 10_000)),
            evidence={"text": draw(_text), "start": draw(st.integers(0, 10**6)), "end": 5},
            trigger={"text": draw(_text), "start": 0, "end": 1, "lemma": draw(_text)},
            actor=[
                Actor(draw(_text), cameo_code=draw(_code), sectors=draw(st.lists(_text)))
                for _ in range(draw(st.integers(0, 2)))
            ],
            recipient=[Actor(draw(_text), country=draw(_code))],
            plover={"type": draw(_text), "mode": None, "contexts": draw(st.lists(_text))},
            cameo={
                "code": draw(_code),
                "root": None,
                "quad_class": draw(st.integers(1, 4)),
                "goldstein": draw(st.floats(-10, 10)),
            },
            date=draw(st.none() | st.builds(When, _text, st.sampled_from(["day", "year"]))),
            confidence=draw(st.floats(0, 1)),
            flags={"negated": draw(st.booleans()), "hypothetical": False, "future": True},
        )
        for i in range(n)
    ]


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(body=_text, data=st.data())
def test_property_record_store_record_round_trip(tmp_path_factory, body, data):
    db = tmp_path_factory.mktemp("prop") / "p.duckdb"
    article = Article(id="p", text=body, title=data.draw(st.none() | _text))
    events = data.draw(_events("p"))
    with Store.open(db) as store:
        result = store.write([Analysis(article, events=events)])
        assert result.events_added == len(events)
        assert list(store.event_records()) == [event_record(e) for e in events]
        _, rows = store.query("SELECT title, text, content_hash FROM articles")
        assert rows == [(article.title, body, article.content_hash)]
        _, codes = store.query("SELECT actor_codes, negated FROM events ORDER BY rowid")
        assert codes == [([a.cameo_code for a in e.actor], e.flags["negated"]) for e in events]
