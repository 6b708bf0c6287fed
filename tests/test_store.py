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

from tacitus.errors import StoreError, TacitusError
from tacitus.output import event_record
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
    # a2-e0 is the same meeting as a1-e0 (same dyad, day and place): a second mention of it
    assert result == WriteResult(
        articles_added=2, articles_skipped=0, events_added=3, failures_added=1, events_linked=1
    )
    assert counts(db) == {
        "articles": 2,
        "sentences": 2,
        "events": 3,
        "event_actors": 9,
        "quotes": 0,
        "places": 0,
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
            "quotes": 0,
            "places": 0,
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


def test_export_jsonl_round_trip(db, tmp_path):
    analyses = [make_analysis(1), make_analysis(2, events=1)]
    with Store.open(db) as store:
        store.write(analyses)
    expected = [event_record(e) for a in analyses for e in a.events]
    out = tmp_path / "events.jsonl"
    assert export(db, "jsonl", out) == 3  # jsonl: every stored mention, as coded
    got = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert got == expected
    assert export(db, "jsonl", tmp_path / "some.jsonl", where="negated") == 1


@pytest.mark.parametrize("fmt", ["csv", "parquet"])
def test_export_linked_events_with_mentions_and_counts(db, tmp_path, fmt):
    analyses = [make_analysis(1), make_analysis(2, events=1)]
    analyses[1].article.publisher = "Kyodo"
    with Store.open(db) as store:
        store.write(analyses)
    out = tmp_path / f"events.{fmt}"
    # a1-e0 and a2-e0 are one meeting; a1-e1 (negated) is another event
    assert export(db, fmt, out) == 2
    if fmt == "csv":
        with out.open(encoding="utf-8", newline="") as fh:
            rows = list(csv.DictReader(fh))
        for row in rows:
            row["mentions"] = json.loads(row["mentions"])
    else:
        rows = pq.read_table(out).to_pylist()
    assert [r["event_id"] for r in rows] == ["a1-e0", "a1-e1"]
    meeting = rows[0]
    assert [str(meeting[c]) for c in ("num_mentions", "num_sources", "num_articles")] == [
        "2",
        "2",
        "2",
    ]
    assert [(m["event_id"], m["publisher"]) for m in meeting["mentions"]] == [
        ("a1-e0", "Reuters"),
        ("a2-e0", "Kyodo"),
    ]
    assert meeting["recipient_codes"] == "JPNGOV;"
    assert export(db, fmt, tmp_path / f"neg.{fmt}", where="negated") == 1


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
        # five articles report the same meeting: one linked event, four further mentions
        assert stage.result == WriteResult(articles_added=5, events_added=5, events_linked=4)
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


# --- schema v2: migration, keyed failures, quotes, linked events, queries, exports ----------

_V1_TABLES = ("articles", "sentences", "events", "event_actors")


def _v1_store(path, analyses, failures):
    """A version-1 store as Tacitus 0.1.0 wrote it: the v1 DDL, rows copied column by column
    from a current store of the same analyses (the v1 columns are a prefix of today's)."""
    from tacitus.store.migrations import V1_DDL

    current = path.with_name("current.duckdb")
    with Store.open(current) as store:
        store.write(analyses)
    con = duckdb.connect(str(path))
    con.execute(V1_DDL)
    con.execute("INSERT INTO meta VALUES ('schema_version', '1'), ('created_by', 'tacitus 0.1.0')")
    con.execute(f"ATTACH '{current}' AS cur (READ_ONLY)")
    for table in _V1_TABLES:
        cols = [r[0] for r in con.execute(f"DESCRIBE {table}").fetchall()]
        names = ", ".join(f'"{c}"' for c in cols)
        con.execute(f"INSERT INTO {table} SELECT {names} FROM cur.{table}")
    for f in failures:  # v1 appended the same failure on every run
        con.execute("INSERT INTO failures VALUES (?, ?, ?, now())", [f.location, f.reason, f.hint])
    con.execute("DETACH cur")
    con.close()
    return current


@pytest.mark.parametrize("read_only", [False, True])
def test_a_v1_store_is_migrated_when_opened(tmp_path, read_only):
    v1 = tmp_path / "v1.duckdb"
    analyses = [make_analysis(1), make_analysis(2, events=1), make_analysis(3)]
    bad = Failure("x.txt", "empty file", "remove it")
    current = _v1_store(v1, analyses, [bad, bad, Failure("y.txt", "empty file")])
    with Store.open(v1, read_only=read_only) as store:
        assert store.schema_version == SCHEMA_VERSION == 2
        links = store.query("SELECT event_id, root_event_id FROM events ORDER BY event_id")[1]
        assert store.query("SELECT location FROM failures ORDER BY 1")[1] == [
            ("x.txt",),
            ("y.txt",),
        ]
        assert store.query("SELECT count(*) FROM quotes")[1] == [(0,)]
        linked = store.query("SELECT count(*), sum(num_mentions) FROM linked_events")[1]
        assert store.query("SELECT value FROM meta WHERE key = 'migrated_at'")[1]
    with Store.open(current, read_only=True) as store:  # linked as if written by v2
        assert (
            links == store.query("SELECT event_id, root_event_id FROM events ORDER BY event_id")[1]
        )
    assert linked == [(2, 5)]  # the three meetings are one event, the two negated ones another
    with Store.open(v1) as store:  # and it takes new articles as a v2 store does
        assert store.write([make_analysis(4)]).events_linked == 2


def test_a_failed_migration_leaves_the_store_unchanged(tmp_path, monkeypatch):
    from tacitus.store import migrations

    v1 = tmp_path / "v1.duckdb"
    _v1_store(v1, [make_analysis(1)], [])

    def broken(con):
        con.execute("ALTER TABLE events ADD COLUMN root_event_id VARCHAR")
        con.execute("SELECT * FROM no_such_table")

    monkeypatch.setitem(migrations.STEPS, 1, broken)
    with pytest.raises(StoreError, match=r"v1\.duckdb: could not migrate.*left unchanged"):
        Store.open(v1)
    con = duckdb.connect(str(v1))
    assert con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchall() == [("1",)]
    assert "root_event_id" not in [r[0] for r in con.execute("DESCRIBE events").fetchall()]
    con.close()


def test_failures_are_keyed_and_cleared_when_the_input_codes(db):
    late = make_analysis(5)
    late.article.source = "news/late.txt"
    with Store.open(db) as store:
        store.write([], [Failure("news/late.txt", "no publication date found", "pass --date")])
        again = store.write([], [Failure("news/late.txt", "no publication date found", "new")])
        assert again.failures_added == 1
        assert store.query("SELECT location, hint FROM failures")[1] == [("news/late.txt", "new")]
        store.write([], [Failure("news/late.txt", "other reason")])
        assert store.counts()["failures"] == 2
        result = store.write([late])  # fixed and coded: its failures go
        assert result.failures_cleared == 2
        assert store.counts()["failures"] == 0


def test_quotes_are_stored(db):
    from tacitus.records import Quote

    analysis = make_analysis(1)
    speaker = Actor("Kishida", "Fumio Kishida", "JPN", ["GOV"], "JPNGOV")
    analysis.quotes = [
        Quote("a1", 0, "We will stand together", 30, 53, speaker, "said", "subject of said"),
        Quote("a1", 0, "Never again", 60, 71, None, None, "no speaker found"),
    ]
    with Store.open(db) as store:
        assert store.write([analysis]).quotes_added == 2
        rows = store.query(
            'SELECT text, "start", speaker_name, speaker_code, speaker, cue FROM quotes '
            "ORDER BY start"
        )[1]
    assert rows[0][:4] == ("We will stand together", 30, "Fumio Kishida", "JPNGOV")
    assert json.loads(rows[0][4])["country"] == "JPN" and rows[0][5] == "said"
    assert rows[1][2:] == (None, None, None, None)


def _event(article_id, i, *, actor, recipient, cameo="112", ptype="ACCUSE", day="2023-10-05"):
    e = make_event(article_id, i, f"{article_id} body")
    e.actor = [Actor(actor, actor, actor, ["GOV"], actor + "GOV")]
    e.recipient = [Actor(recipient, recipient, recipient, ["GOV"], recipient + "GOV")]
    e.plover = {"type": ptype, "mode": None, "contexts": []}
    e.cameo = {"code": cameo, "root": cameo[:2], "quad_class": 3, "goldstein": -2.0}
    e.date = When(day, "day", None)
    e.location = None
    e.flags = {"negated": False, "hypothetical": False, "future": False}
    e.rule = "test.rule"
    return e


def test_query_filters_stats_and_dyad_series(db):
    from tacitus.store.queries import Filters, dyad_series_sql, linked_events_sql, stats

    a = make_analysis(1, events=0)
    a.events = [
        _event("a1", 0, actor="PRK", recipient="JPN", cameo="138", ptype="THREATEN"),
        _event("a1", 1, actor="PRK", recipient="JPN", day="2023-10-09"),
        _event("a1", 2, actor="CHN", recipient="JPN", day="2022-12-31"),
        _event("a1", 3, actor="UNO", recipient="IRN", day="2021-03-01"),
    ]
    # an IGO has no country: its side of the dyad is its CAMEO code's prefix
    a.events[3].actor = [Actor("the UN", "United Nations", None, ["IGO"], "IGOUNO")]
    b = make_analysis(2, events=1)  # USA-JPN meeting on 2023-10-04 (symmetric)
    with Store.open(db) as store:
        store.write([a, b])

        def ids(**kw):
            sql, params = linked_events_sql(Filters(**kw))
            return [r[0] for r in store.query(sql, params)[1]]

        assert ids(actor="PRK", recipient="JPN", type="THREATEN") == ["a1-e0"]
        assert ids(actor="prk", type="11") == ["a1-e1"]  # CAMEO prefix
        assert ids(recipient="JPN", since="2023-01-01") == ["a2-e0", "a1-e0", "a1-e1"]
        assert ids(recipient="JPN", until="2023-01-01") == ["a1-e2"]
        assert ids(actor="JPN", recipient="USA") == ["a2-e0"]  # a meeting goes both ways
        assert ids(actor="JPNGOV", recipient="PRK") == []
        with pytest.raises(StoreError, match="--since 'soon' is not a date"):
            Filters(since="soon").sql()
        sql, params = dyad_series_sql("PRK", "JPN")
        assert store.query(sql, params)[1] == [("2023-10-05", 1, 1), ("2023-10-09", 1, 1)]
        got = stats(store)
    assert ("THREATEN", 1, 1) in got["type"] and ("CONSULT", 1, 1) in got["type"]
    assert got["dyad"][0] == ("PRK -> JPN", 2, 2)
    assert ("IGO -> IRN", 1, 1) in got["dyad"]
    assert ("linked events", 5) in got["tables"]


def test_gdelt_icews_plover_exports_and_partitions(db, tmp_path):
    a = make_analysis(1, events=1)
    b = make_analysis(2, events=1)
    b.article.date, b.article.url = "2023-10-06", "https://example.org/b"
    c = make_analysis(3, events=0)
    c.events = [_event("a3", 0, actor="PRK", recipient="JPN", day="2023-11-02")]
    with Store.open(db) as store:
        store.write([a, b, c])
    out = tmp_path / "g.tsv"
    assert export(db, "gdelt-tsv", out) == 2
    rows = [line.split("\t") for line in out.read_text(encoding="utf-8").splitlines()]
    assert {len(r) for r in rows} == {61}
    from tacitus.store.exports import GDELT_COLUMNS

    g = dict(zip(GDELT_COLUMNS, rows[0], strict=True))
    assert (g["GlobalEventID"], g["Day"], g["MonthYear"], g["Year"]) == (
        "a1-e0",
        "20231004",
        "202310",
        "2023",
    )
    assert (g["Actor1Code"], g["Actor1CountryCode"], g["Actor2Code"], g["EventCode"]) == (
        "USAGOV",
        "USA",
        "JPNGOV",
        "036",
    )
    assert (g["EventRootCode"], g["NumMentions"], g["NumSources"], g["NumArticles"]) == (
        "03",
        "2",
        "1",
        "2",
    )
    assert (g["ActionGeo_Type"], g["ActionGeo_CountryCode"], g["ActionGeo_FeatureID"]) == (
        "4",
        "JPN",
        "1850147",
    )
    assert len(g["DATEADDED"]) == 14
    out = tmp_path / "i.tsv"
    assert export(db, "icews-tsv", out) == 2
    header, first, _ = (line.split("\t") for line in out.read_text(encoding="utf-8").splitlines())
    i = dict(zip(header, first, strict=True))
    assert (i["Source Country"], i["Target Country"], i["CAMEO Code"], i["City"]) == (
        "United States",
        "Japan",
        "036",
        "Tokyo",
    )
    assert i["Event Text"] and i["Num Mentions"] == "2" and i["Sentence Number"] == "1"
    out = tmp_path / "p.jsonl"
    assert export(db, "plover-jsonl", out) == 2
    p = json.loads(out.read_text(encoding="utf-8").splitlines()[0])
    assert (p["event_type"], p["event_mode"], p["event_date"], p["num_mentions"]) == (
        "CONSULT",
        "visit",
        "2023-10-04",
        2,
    )
    assert [m["article_id"] for m in p["mentions"]] == ["a1", "a2"]
    assert p["actor"][0]["country"] == "USA" and p["recipient"][0]["cameo_code"] == "JPNGOV"
    parts = tmp_path / "parts"
    assert export(db, "parquet", parts, partition_by="month") == 2
    assert sorted(p.relative_to(parts).as_posix() for p in parts.rglob("*.parquet")) == [
        "month=2023-10/events.parquet",
        "month=2023-11/events.parquet",
    ]
    assert pq.read_table(parts / "month=2023-11" / "events.parquet").num_rows == 1
    with pytest.raises(TacitusError, match="partition"):
        export(db, "jsonl", tmp_path / "x", partition_by="month")


def test_every_place_an_article_mentions_is_stored(db):
    from tacitus.records import Where

    analysis = make_analysis(1)
    analysis.places = [
        Where(name="Kyiv", country="UKR", lat=50.45, lon=30.52, geonames_id=703448, precision="city",
              reason="gazetteer", text="Kyiv", start=10, end=14),
        Where(name="Pentagon", country="USA", precision="landmark", reason="landmark", text="the Pentagon"),
    ]  # fmt: skip
    with Store.open(db) as store:
        store.write([analysis])
        cols, rows = store.query(
            'SELECT name, country, lat, geonames_id, "start" FROM places ORDER BY name'
        )
    assert rows == [("Kyiv", "UKR", 50.45, 703448, 10), ("Pentagon", "USA", None, None, None)]


def test_link_fields_survive_dates_out_of_range():
    # a year no calendar holds, or a window past year 1, must not stop a batch
    from tacitus.store.dedup import link_fields

    for value in ("99999999999", "0001-01-01", "9999-12-31"):
        rec = {"date": {"value": value, "precision": "week"}, "actor": [], "recipient": []}
        out = link_fields(rec, "2024-01-01")
        assert out["date_start"] is None or out["date_start"] <= out["date_end"]
