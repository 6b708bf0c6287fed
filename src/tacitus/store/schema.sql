-- Tacitus DuckDB store, schema_version 2.
-- Keep the version equal to SCHEMA_VERSION in tacitus/store/duckdb.py (a test checks); when a
-- table changes, bump both and add a step to tacitus/store/migrations.py, so that older stores
-- can still be opened (version 1 -> 2 adds the linking columns, quotes, keyed failures, views).
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
    record JSON NOT NULL,                  -- the full event record (tacitus.output.event_record)
    -- cross-article linking (tacitus.store.dedup): the linked event this mention belongs to
    root_event_id VARCHAR,                 -- event_id of the first stored mention of the event
    link_kind VARCHAR,                     -- CAMEO code (3 digits) or CONSULT; "!" + kind if negated
    link_actor VARCHAR,                    -- sorted actor sides ("USA"); both sides if symmetric
    link_recipient VARCHAR,                -- sorted recipient sides; "" if symmetric or none
    link_country VARCHAR,                  -- country of the place named in the text, if any
    link_place VARCHAR,                    -- place named in the text (not the dateline), if any
    date_start DATE,                       -- days the mention may match: its date (publication
    date_end DATE                          -- date if none) widened by the precision's window
);

CREATE INDEX IF NOT EXISTS events_link ON events (link_kind, link_actor, link_recipient);

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
    failed_at TIMESTAMP NOT NULL,          -- the latest run that failed on it
    PRIMARY KEY (location, reason)         -- a re-run updates failed_at instead of adding a row
);

CREATE TABLE IF NOT EXISTS quotes (
    article_id VARCHAR NOT NULL,
    sentence_index INTEGER,                -- the sentence where the quotation opens
    text VARCHAR NOT NULL,                 -- the quoted words, without quotation marks
    "start" INTEGER,
    "end" INTEGER,
    speaker_text VARCHAR,
    speaker_name VARCHAR,
    speaker_country VARCHAR,
    speaker_code VARCHAR,                  -- CAMEO actor code of the speaker
    speaker JSON,                          -- the full speaker Actor, NULL when unresolved
    cue VARCHAR,                           -- reporting verb ("said")
    reason VARCHAR
);

-- Every place the article mentions (and its dateline), resolved against the gazetteer.
CREATE TABLE IF NOT EXISTS places (
    article_id VARCHAR NOT NULL,
    text VARCHAR,                          -- the words in the article
    "start" INTEGER,
    "end" INTEGER,
    name VARCHAR NOT NULL,                 -- the gazetteer's name
    country VARCHAR,                       -- ISO 3166 alpha-3
    admin1 VARCHAR,
    lat DOUBLE,
    lon DOUBLE,
    geonames_id BIGINT,
    precision VARCHAR,                     -- landmark | city | admin1 | country
    reason VARCHAR
);

-- One row per mention of a linked event (GDELT's Mentions table): evidence and its outlet.
CREATE OR REPLACE VIEW mentions AS
SELECT
    e.root_event_id, e.event_id, e.article_id, a.publisher, a.url, a.date AS article_date,
    e.sentence_index, e.evidence_text, e.evidence_start, e.evidence_end, e.confidence
FROM events e LEFT JOIN articles a ON a.id = e.article_id;

-- One row per linked event: the first stored mention's coding plus the three counts.
-- num_sources counts distinct publishers (an article without one counts as its own source).
CREATE OR REPLACE VIEW linked_events AS
WITH counted AS (
    SELECT
        e.root_event_id,
        count(*) AS num_mentions,
        count(DISTINCT coalesce(a.publisher, 'article:' || e.article_id)) AS num_sources,
        count(DISTINCT e.article_id) AS num_articles
    FROM events e LEFT JOIN articles a ON a.id = e.article_id
    GROUP BY e.root_event_id
)
SELECT
    r.root_event_id, r.article_id, r.sentence_index, r.plover_type, r.plover_mode,
    r.cameo_code, r.cameo_root, r.quad_class, r.goldstein, r.actor_codes, r.recipient_codes,
    r.actor_countries, r.recipient_countries, r.date_value, r.date_precision, r.location_name,
    r.location_country, r.lat, r.lon, r.negated, r.confidence, r.evidence_text,
    c.num_mentions, c.num_sources, c.num_articles
FROM counted c JOIN events r ON r.event_id = c.root_event_id;
