"""Schema migrations: a store written by an older Tacitus is upgraded in place when opened.

Each step runs in the same transaction as the version bump in ``meta``, so a store is either
migrated or left as it was. :data:`V1_DDL` is the schema of version 1 (kept so that tests can
build a version-1 store exactly as Tacitus 0.1.0 wrote it).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, datetime
from importlib import resources

import duckdb
import pyarrow as pa

from .dedup import Linker, link_arrow_fields, link_fields

#: The tables of schema version 1, as Tacitus 0.1.0 created them.
V1_DDL = """CREATE TABLE IF NOT EXISTS meta (
    key VARCHAR PRIMARY KEY,
    value VARCHAR
);

CREATE TABLE IF NOT EXISTS articles (
    id VARCHAR NOT NULL,
    content_hash VARCHAR NOT NULL UNIQUE,  -- sha256 of the whitespace-normalised body
    title VARCHAR,
    date VARCHAR,                          -- publication date, ISO 8601
    url VARCHAR,
    publisher VARCHAR,
    byline VARCHAR,
    language VARCHAR,
    dateline VARCHAR,
    source VARCHAR,
    format VARCHAR,
    text VARCHAR NOT NULL,
    dropped JSON,                          -- [{text, reason}] removed by cleaning
    coded_at TIMESTAMP NOT NULL
);

CREATE TABLE IF NOT EXISTS sentences (
    article_id VARCHAR NOT NULL,
    idx INTEGER NOT NULL,
    text VARCHAR NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL
);

CREATE TABLE IF NOT EXISTS events (
    event_id VARCHAR PRIMARY KEY,
    article_id VARCHAR NOT NULL,
    sentence_index INTEGER,
    plover_type VARCHAR,
    plover_mode VARCHAR,
    plover_contexts VARCHAR[],
    cameo_code VARCHAR,
    cameo_root VARCHAR,
    quad_class INTEGER,
    goldstein DOUBLE,
    actor_codes VARCHAR[],                 -- CAMEO actor codes, NULL where unresolved
    recipient_codes VARCHAR[],
    actor_countries VARCHAR[],             -- ISO 3166 alpha-3
    recipient_countries VARCHAR[],
    date_value VARCHAR,                    -- "2023-10-04", "2023-10" or "2023"
    date_precision VARCHAR,
    location_name VARCHAR,
    location_country VARCHAR,
    lat DOUBLE,
    lon DOUBLE,
    negated BOOLEAN NOT NULL,
    hypothetical BOOLEAN NOT NULL,
    future BOOLEAN NOT NULL,
    confidence DOUBLE,
    evidence_text VARCHAR,
    evidence_start INTEGER,
    evidence_end INTEGER,
    rule VARCHAR,
    coder_version VARCHAR,
    record JSON NOT NULL                   -- the full event record (tacitus.output.event_record)
);

CREATE TABLE IF NOT EXISTS event_actors (
    event_id VARCHAR NOT NULL,
    role VARCHAR NOT NULL CHECK (role IN ('actor', 'recipient')),
    position INTEGER NOT NULL,             -- order within the role, from 0
    text VARCHAR,
    name VARCHAR,
    country VARCHAR,
    sectors VARCHAR[],
    cameo_code VARCHAR,
    wikidata VARCHAR,
    entity_id VARCHAR,
    resolution VARCHAR,
    confidence DOUBLE,
    "start" INTEGER,
    "end" INTEGER
);

CREATE TABLE IF NOT EXISTS failures (
    location VARCHAR NOT NULL,             -- "path" or "path:line"
    reason VARCHAR NOT NULL,
    hint VARCHAR,
    failed_at TIMESTAMP NOT NULL
);
"""

_LINK_TABLE = pa.schema([("event_id", pa.string()), *link_arrow_fields()])


def _v1_to_v2(con: duckdb.DuckDBPyConnection) -> None:
    """Linking columns on events (every stored event linked, in stored order; the table is
    rebuilt in the same order), keyed
    failures (duplicates from re-runs dropped, the latest kept), the quotes table, views."""
    rows = con.execute(
        "SELECT e.event_id, e.record, a.date FROM events e "
        "LEFT JOIN articles a ON a.id = e.article_id ORDER BY e.rowid"
    ).fetchall()
    linker = Linker()
    out = []
    for event_id, record, published in rows:
        fields = link_fields(json.loads(record), published)
        out.append({"event_id": event_id, "root_event_id": linker.link(event_id, fields), **fields})
    # DuckDB cannot index a table with updates in the same transaction: rebuild events instead
    v1_columns = [r[0] for r in con.execute("DESCRIBE events").fetchall()]
    con.execute("ALTER TABLE events RENAME TO events_v1")
    con.execute("ALTER TABLE failures RENAME TO failures_v1")
    ddl = resources.files("tacitus.store").joinpath("schema.sql").read_text(encoding="utf-8")
    con.execute(ddl)  # creates what is missing: keyed failures, quotes, the index, views
    con.register("_tacitus_links", pa.Table.from_pylist(out, schema=_LINK_TABLE))
    old = ", ".join(f'e."{c}"' for c in v1_columns)
    new = ", ".join(f"l.{c}" for c in _LINK_TABLE.names[1:])
    names = ", ".join(f'"{c}"' for c in v1_columns + _LINK_TABLE.names[1:])
    con.execute(
        f"INSERT INTO events ({names}) SELECT {old}, {new} FROM events_v1 e "
        "LEFT JOIN _tacitus_links l ON l.event_id = e.event_id ORDER BY e.rowid"
    )
    con.unregister("_tacitus_links")
    con.execute("DROP TABLE events_v1")
    con.execute(
        "INSERT INTO failures SELECT location, reason, arg_max(hint, failed_at), max(failed_at) "
        "FROM failures_v1 GROUP BY location, reason"
    )
    con.execute("DROP TABLE failures_v1")


#: ``version -> step`` that upgrades a store of that version to the next.
STEPS: dict[int, Callable[[duckdb.DuckDBPyConnection], None]] = {1: _v1_to_v2}


def migrate(con: duckdb.DuckDBPyConnection, version: int, target: int) -> list[int]:
    """Upgrade the store behind ``con`` from ``version`` to ``target`` in one transaction;
    return the versions it went through. Raises duckdb.Error (and rolls back) on failure."""
    done = []
    con.begin()
    try:
        while version < target:
            STEPS[version](con)
            version += 1
            done.append(version)
        con.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", [str(version)])
        con.execute(
            "INSERT OR REPLACE INTO meta VALUES ('migrated_at', ?)",
            [datetime.now(UTC).replace(tzinfo=None).isoformat(timespec="seconds")],
        )
        con.commit()
    except BaseException:
        con.rollback()
        raise
    return done
