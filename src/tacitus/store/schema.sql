-- Tacitus DuckDB store, schema_version 1.
-- Keep the version equal to SCHEMA_VERSION in tacitus/store/duckdb.py (a test checks); when a
-- table changes, bump both and add a migration there, so that older stores can still be opened.
-- Every statement is idempotent: the store runs this file when it creates a database.
-- Offsets ("start", "end") are character offsets into articles.text, end exclusive.
-- Timestamps are UTC.

CREATE TABLE IF NOT EXISTS meta (
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
