"""DuckDB persistence for coded articles and events (pipeline stage ``tacitus.store.duckdb.v1``).

One store is one DuckDB file. Writes are append-only and atomic per batch: every table of a
batch goes in inside one transaction, so a crash or an error never leaves half an article,
and nothing stored earlier is touched. Articles are keyed by ``content_hash``; writing an
article that is already stored (or twice in one batch) skips it and its events.

Each stored event is one mention (the evidence in one article); at write time it is linked to
the stored mentions of the same real-world event (:mod:`tacitus.store.dedup`), and the views
``linked_events`` and ``mentions`` give one row per event with ``num_mentions``,
``num_sources`` and ``num_articles``. Failures are keyed by (location, reason): a re-run does
not add them again, and an input that later codes fine loses its failure row.

The tables are defined in ``schema.sql`` next to this module; an older store is migrated
(:mod:`tacitus.store.migrations`) when it is opened.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path
from typing import Any, TextIO

import duckdb
import pyarrow as pa

from .. import __version__
from ..errors import StoreError
from ..output import event_record, flat_row
from ..pipeline import stages
from ..records import Analysis, Failure
from .dedup import link_arrow_fields

#: Version of the tables in ``schema.sql``; stored in ``meta`` as ``schema_version``.
SCHEMA_VERSION = 2

#: Statement kinds :meth:`Store.query` runs (``DESCRIBE``/``SHOW``/``WITH`` parse as SELECT).
_READING = frozenset({duckdb.StatementType.SELECT, duckdb.StatementType.EXPLAIN})

_TEXT_LIST = pa.list_(pa.string())

_ARTICLES = pa.schema(
    [
        (name, pa.string())
        for name in (
            "id",
            "content_hash",
            "title",
            "date",
            "url",
            "publisher",
            "byline",
            "language",
            "dateline",
            "source",
            "format",
            "text",
            "dropped",
        )
    ]
    + [("coded_at", pa.timestamp("us"))]
)

_SENTENCES = pa.schema(
    [
        ("article_id", pa.string()),
        ("idx", pa.int64()),
        ("text", pa.string()),
        ("start", pa.int64()),
        ("end", pa.int64()),
    ]
)

_EVENTS = pa.schema(
    [
        ("event_id", pa.string()),
        ("article_id", pa.string()),
        ("sentence_index", pa.int64()),
        ("plover_type", pa.string()),
        ("plover_mode", pa.string()),
        ("plover_contexts", _TEXT_LIST),
        ("cameo_code", pa.string()),
        ("cameo_root", pa.string()),
        ("quad_class", pa.int64()),
        ("goldstein", pa.float64()),
        ("actor_codes", _TEXT_LIST),
        ("recipient_codes", _TEXT_LIST),
        ("actor_countries", _TEXT_LIST),
        ("recipient_countries", _TEXT_LIST),
        ("date_value", pa.string()),
        ("date_precision", pa.string()),
        ("location_name", pa.string()),
        ("location_country", pa.string()),
        ("lat", pa.float64()),
        ("lon", pa.float64()),
        ("negated", pa.bool_()),
        ("hypothetical", pa.bool_()),
        ("future", pa.bool_()),
        ("confidence", pa.float64()),
        ("evidence_text", pa.string()),
        ("evidence_start", pa.int64()),
        ("evidence_end", pa.int64()),
        ("rule", pa.string()),
        ("coder_version", pa.string()),
        ("record", pa.string()),
        *link_arrow_fields(),
    ]
)

_PLACES = pa.schema(
    [
        ("article_id", pa.string()),
        ("text", pa.string()),
        ("start", pa.int64()),
        ("end", pa.int64()),
        ("name", pa.string()),
        ("country", pa.string()),
        ("admin1", pa.string()),
        ("lat", pa.float64()),
        ("lon", pa.float64()),
        ("geonames_id", pa.int64()),
        ("precision", pa.string()),
        ("reason", pa.string()),
    ]
)

_QUOTES = pa.schema(
    [
        ("article_id", pa.string()),
        ("sentence_index", pa.int64()),
        ("text", pa.string()),
        ("start", pa.int64()),
        ("end", pa.int64()),
        ("speaker_text", pa.string()),
        ("speaker_name", pa.string()),
        ("speaker_country", pa.string()),
        ("speaker_code", pa.string()),
        ("speaker", pa.string()),
        ("cue", pa.string()),
        ("reason", pa.string()),
    ]
)

_EVENT_ACTORS = pa.schema(
    [
        ("event_id", pa.string()),
        ("role", pa.string()),
        ("position", pa.int64()),
        ("text", pa.string()),
        ("name", pa.string()),
        ("country", pa.string()),
        ("sectors", _TEXT_LIST),
        ("cameo_code", pa.string()),
        ("wikidata", pa.string()),
        ("entity_id", pa.string()),
        ("resolution", pa.string()),
        ("confidence", pa.float64()),
        ("start", pa.int64()),
        ("end", pa.int64()),
    ]
)

_FAILURES = pa.schema(
    [
        ("location", pa.string()),
        ("reason", pa.string()),
        ("hint", pa.string()),
        ("failed_at", pa.timestamp("us")),
    ]
)

#: Event columns copied as they are from :func:`tacitus.output.flat_row`.
_FLAT_EVENT_COLUMNS = (
    "event_id",
    "article_id",
    "sentence_index",
    "plover_type",
    "plover_mode",
    "cameo_code",
    "cameo_root",
    "quad_class",
    "goldstein",
    "date_precision",
    "location_name",
    "location_country",
    "lat",
    "lon",
    "negated",
    "hypothetical",
    "future",
    "confidence",
    "evidence_text",
    "evidence_start",
    "evidence_end",
    "rule",
)


@dataclass(frozen=True, slots=True)
class WriteResult:
    """What one :meth:`Store.write` added (or skipped as already stored)."""

    articles_added: int = 0
    articles_skipped: int = 0
    events_added: int = 0
    failures_added: int = 0  # new or updated failure rows
    events_linked: int = 0  # events that joined a linked event stored before (or earlier)
    quotes_added: int = 0
    failures_cleared: int = 0  # failure rows dropped because the input now coded fine

    def __add__(self, other: WriteResult) -> WriteResult:
        return WriteResult(
            *(getattr(self, f) + getattr(other, f) for f in self.__dataclass_fields__)
        )


def _utcnow() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def _first_line(exc: BaseException) -> str:
    return str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__


def _open_problem(path: Path, exc: duckdb.Error) -> str:
    """A message for a DuckDB file that will not open, naming the file and what to do."""
    text = str(exc)
    if "not a valid DuckDB database" in text:
        return (
            f"{path}: not a DuckDB database (the file holds something else, or is damaged); "
            "give --db a new file name or the path of a store that tacitus created"
        )
    if "lock" in text.lower():
        return (
            f"{path}: the store is in use by another process ({_first_line(exc)}); "
            "wait for it to finish, or write to another --db file"
        )
    if "different configuration" in text:
        return (
            f"{path}: the store is already open in this process with other settings "
            "(read-only vs writable); close that Store first"
        )
    if "No such file or directory" in text:
        return f"{path}: the folder {path.parent} does not exist; create it first"
    return f"{path}: cannot open the store: {_first_line(exc)}"


class Store:
    """A Tacitus event store in one DuckDB file. Use :meth:`open`, ideally as a context manager."""

    def __init__(self, con: duckdb.DuckDBPyConnection, path: Path, *, read_only: bool) -> None:
        self._con = con
        self.path = path
        self.read_only = read_only

    # --- opening and closing ---------------------------------------------------------------

    @classmethod
    def open(
        cls, path: str | Path, *, read_only: bool = False, allow_external: bool = False
    ) -> Store:
        """Open (and, unless ``read_only``, create) the store at ``path``.

        ``allow_external`` lets SQL read and write other files (``read_csv``, ``COPY``); it is
        off so that :meth:`query` over untrusted SQL cannot reach the file system.
        """
        path = Path(path)
        if read_only and not path.exists():
            raise StoreError(
                f"{path}: no such store; create it with `tacitus code ... --db {path}`"
            )
        if path.is_dir():
            raise StoreError(
                f"{path}: is a folder; give --db a file such as {path / 'events.duckdb'}"
            )
        try:
            con = duckdb.connect(
                str(path), read_only=read_only, config={"enable_external_access": allow_external}
            )
        except duckdb.Error as exc:
            raise StoreError(_open_problem(path, exc)) from exc
        store = cls(con, path, read_only=read_only)
        try:
            older = store._prepare()
        except BaseException:
            con.close()
            raise
        if older:
            con.close()
            cls._migrate(path, older)
            return cls.open(path, read_only=read_only, allow_external=allow_external)
        return store

    @staticmethod
    def _migrate(path: Path, version: int) -> None:
        """Upgrade an older store in place (opening it writable for the moment it takes)."""
        from .migrations import migrate

        try:
            con = duckdb.connect(str(path), config={"enable_external_access": False})
        except duckdb.Error as exc:
            raise StoreError(
                f"{path}: written by an older Tacitus (schema_version {version}) and must be "
                f"migrated to version {SCHEMA_VERSION}, but it cannot be opened for writing "
                f"({_first_line(exc)}); make the file writable (or copy it) and open it again"
            ) from exc
        try:
            migrate(con, version, SCHEMA_VERSION)
        except duckdb.Error as exc:
            raise StoreError(
                f"{path}: could not migrate the store from schema_version {version} to "
                f"{SCHEMA_VERSION}; it was left unchanged: {_first_line(exc)}"
            ) from exc
        finally:
            con.close()

    def close(self) -> None:
        self._con.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def _prepare(self) -> int:
        """Create the tables in a new database, or check the version of an existing store;
        return the version of an older store that must be migrated first (else 0)."""
        tables = {
            name
            for (name,) in self._con.execute(
                "SELECT table_name FROM information_schema.tables "
                "WHERE table_catalog = current_database() AND table_schema = 'main'"
            ).fetchall()
        }
        if "meta" not in tables:
            self._create(tables)
            return 0
        version = self.schema_version
        if version > SCHEMA_VERSION:
            raise StoreError(
                f"{self.path}: written by a newer Tacitus (schema_version {version}; this one "
                f"reads up to {SCHEMA_VERSION}); upgrade tacitus, or use another --db file"
            )
        return version if version < SCHEMA_VERSION else 0

    def _create(self, tables: set[str]) -> None:
        if tables:
            raise StoreError(
                f"{self.path}: a DuckDB database but not a Tacitus store (it has tables "
                f"{', '.join(sorted(tables))} and no meta table); give --db a new file name"
            )
        if self.read_only:
            raise StoreError(
                f"{self.path}: an empty database, not a Tacitus store yet; "
                f"create it with `tacitus code ... --db {self.path}`"
            )
        ddl = resources.files("tacitus.store").joinpath("schema.sql").read_text(encoding="utf-8")
        self._con.begin()
        try:
            self._con.execute(ddl)
            self._con.executemany(
                "INSERT INTO meta VALUES (?, ?)",
                [
                    ["schema_version", str(SCHEMA_VERSION)],
                    ["created_by", f"tacitus {__version__}"],
                    ["created_at", _utcnow().isoformat(timespec="seconds")],
                ],
            )
            self._con.commit()
        except duckdb.Error as exc:
            self._con.rollback()
            raise StoreError(f"{self.path}: cannot create the store: {_first_line(exc)}") from exc

    @property
    def schema_version(self) -> int:
        row = self._con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        if row is None or not str(row[0]).isdigit():
            raise StoreError(
                f"{self.path}: the meta table has no valid schema_version; "
                "the store is damaged or was not made by tacitus"
            )
        return int(row[0])

    # --- writing ---------------------------------------------------------------------------

    def has_article(self, content_hash: str) -> bool:
        """Whether an article with this content hash is stored."""
        row = self._con.execute(
            "SELECT 1 FROM articles WHERE content_hash = ? LIMIT 1", [content_hash]
        ).fetchone()
        return row is not None

    def known_hashes(self, hashes: Iterable[str]) -> set[str]:
        """The subset of ``hashes`` already stored."""
        wanted = sorted(set(hashes))
        if not wanted:
            return set()
        rows = self._con.execute(
            "SELECT content_hash FROM articles WHERE content_hash IN (SELECT unnest(?::VARCHAR[]))",
            [wanted],
        ).fetchall()
        return {h for (h,) in rows}

    def write(self, analyses: Sequence[Analysis], failures: Iterable[Failure] = ()) -> WriteResult:
        """Store a batch of coded articles and failures in one transaction.

        Articles whose content hash is stored already, or repeated in the batch, are skipped
        with their events. Each new event is linked to the stored mentions of the same event
        (:mod:`tacitus.store.dedup`), the articles' quotes are stored, failures are upserted by
        (location, reason) and the failures of inputs now coded are dropped. On any error
        nothing of the batch is written and StoreError is raised.
        """
        if self.read_only:
            raise StoreError(f"{self.path}: opened read-only; open it writable to store articles")
        analyses, failures = list(analyses), list(failures)
        self._con.begin()
        try:
            result = self._write_batch(analyses, failures)
            self._con.commit()
        except BaseException as exc:
            self._con.rollback()
            if isinstance(exc, duckdb.Error):
                raise StoreError(
                    f"{self.path}: could not store a batch of {len(analyses)} article(s); "
                    f"nothing from it was written, earlier batches are intact: {_first_line(exc)}"
                ) from exc
            raise
        return result

    def _write_batch(self, analyses: list[Analysis], failures: list[Failure]) -> WriteResult:
        fresh = self._fresh(analyses)
        now = _utcnow()
        records = [(a.article.date, event_record(e)) for a in fresh for e in a.events]
        rows = [_event_row(r) for _, r in records]
        linked = self._link(rows, records)
        tables = {
            "articles": _articles_table(fresh, now),
            "sentences": _sentences_table(fresh),
            "events": pa.Table.from_pylist(rows, schema=_EVENTS),
            "event_actors": _event_actors_table([r for _, r in records]),
            "quotes": _quotes_table(fresh),
            "places": _places_table(fresh),
        }
        for name, table in tables.items():
            self._insert(name, table)
        cleared = self._clear_failures(fresh)
        keyed = {(f.location, f.reason): f for f in failures}
        self._upsert_failures(_failures_table(list(keyed.values()), now))
        return WriteResult(
            articles_added=len(fresh),
            articles_skipped=len(analyses) - len(fresh),
            events_added=len(rows),
            failures_added=len(keyed),
            events_linked=linked,
            quotes_added=tables["quotes"].num_rows,
            failures_cleared=cleared,
        )

    def _link(
        self, rows: list[dict[str, Any]], records: list[tuple[str | None, dict[str, Any]]]
    ) -> int:
        """Fill the link columns and ``root_event_id`` of new event rows (in order); return
        how many joined a linked event that was stored before or earlier in the batch."""
        from .dedup import LINK_COLUMNS, Candidate, Linker, key, link_fields

        if not rows:
            return 0
        fields = []
        for row, (published, record) in zip(rows, records, strict=True):
            f = link_fields(record, published)
            row.update(f)
            fields.append(f)
        keys = pa.Table.from_pylist(
            [dict(zip(LINK_COLUMNS[:3], k, strict=True)) for k in {key(f) for f in fields}]
        )
        starts = [f["date_start"] for f in fields if f["date_start"] is not None]
        ends = [f["date_end"] for f in fields if f["date_end"] is not None]
        self._con.register("_tacitus_keys", keys)
        try:
            stored = self._con.execute(
                "SELECT e.link_kind, e.link_actor, e.link_recipient, e.root_event_id, "
                "e.link_country, e.link_place, e.date_start, e.date_end FROM events e "
                "JOIN _tacitus_keys k ON e.link_kind = k.link_kind "
                "AND e.link_actor = k.link_actor AND e.link_recipient = k.link_recipient "
                "WHERE e.date_start IS NULL OR (e.date_end >= ? AND e.date_start <= ?)",
                [min(starts, default=None), max(ends, default=None)],
            ).fetchall()
        finally:
            self._con.unregister("_tacitus_keys")
        linker = Linker(((k, a, r), Candidate(*rest)) for k, a, r, *rest in stored)
        joined = 0
        for row, f in zip(rows, fields, strict=True):
            row["root_event_id"] = linker.link(row["event_id"], f)
            joined += row["root_event_id"] != row["event_id"]
        return joined

    def _clear_failures(self, fresh: list[Analysis]) -> int:
        """Drop the failure rows of inputs that have now been coded."""
        sources = sorted({a.article.source for a in fresh if a.article.source})
        if not sources:
            return 0
        [(n,)] = self._con.execute(
            "SELECT count(*) FROM failures WHERE location IN (SELECT unnest(?::VARCHAR[]))",
            [sources],
        ).fetchall()
        if n:
            self._con.execute(
                "DELETE FROM failures WHERE location IN (SELECT unnest(?::VARCHAR[]))", [sources]
            )
        return int(n)

    def _upsert_failures(self, table: pa.Table) -> None:
        if table.num_rows == 0:
            return
        self._con.register("_tacitus_new_failures", table)
        try:
            self._con.execute(
                "INSERT INTO failures (location, reason, hint, failed_at) "
                "SELECT location, reason, hint, failed_at FROM _tacitus_new_failures "
                "ON CONFLICT (location, reason) DO UPDATE SET hint = excluded.hint, "
                "failed_at = excluded.failed_at"
            )
        finally:
            self._con.unregister("_tacitus_new_failures")

    def _fresh(self, analyses: list[Analysis]) -> list[Analysis]:
        """The analyses whose article is neither stored nor earlier in the batch."""
        seen = self.known_hashes(a.article.content_hash for a in analyses)
        fresh = []
        for analysis in analyses:
            if analysis.article.content_hash not in seen:
                seen.add(analysis.article.content_hash)
                fresh.append(analysis)
        return fresh

    def _insert(self, name: str, table: pa.Table) -> None:
        """Append an Arrow table to the store table of the same columns, in one statement."""
        if table.num_rows == 0:
            return
        view = f"_tacitus_new_{name}"
        columns = ", ".join(f'"{c}"' for c in table.column_names)
        self._con.register(view, table)
        try:
            self._con.execute(f"INSERT INTO {name} ({columns}) SELECT {columns} FROM {view}")
        finally:
            self._con.unregister(view)

    # --- reading ---------------------------------------------------------------------------

    def _check_reading(self, sql: str) -> None:
        try:
            statements = self._con.extract_statements(sql)
        except duckdb.Error as exc:
            raise StoreError(f"{self.path}: bad SQL: {_first_line(exc)}") from exc
        if len(statements) != 1:
            raise StoreError(
                f"{self.path}: give one SQL statement at a time, not {len(statements)}"
            )
        kind = statements[0].type
        if kind not in _READING:
            raise StoreError(
                f"{self.path}: queries may only read (SELECT, WITH, DESCRIBE, SHOW, EXPLAIN); "
                f"this is a {kind.name} statement"
            )

    def query(
        self,
        sql: str,
        params: Sequence[Any] | dict[str, Any] | None = None,
        *,
        limit: int | None = None,
    ) -> tuple[list[str], list[tuple[Any, ...]]]:
        """Run one reading SQL statement; return column names and rows (at most ``limit``).

        Writes are refused with StoreError, whatever the statement says; open the store
        ``read_only`` where SQL comes from users, so DuckDB refuses them too.
        """
        self._check_reading(sql)
        with self._con.cursor() as cur:
            try:
                cur.execute(sql, params)
                columns = [d[0] for d in cur.description or []]
                rows = cur.fetchall() if limit is None else cur.fetchmany(limit)
            except duckdb.Error as exc:
                raise StoreError(f"{self.path}: query failed: {_first_line(exc)}") from exc
        return columns, rows

    def event_records(
        self, where: str | None = None, params: Sequence[Any] | None = None
    ) -> Iterator[dict[str, Any]]:
        """Stored event records in the order they were stored.

        ``where`` is an SQL condition over the ``events`` columns, e.g. ``"quad_class = 4"``.
        """
        sql = "SELECT record FROM events" + (f" WHERE {where}" if where else "") + " ORDER BY rowid"
        self._check_reading(sql)
        with self._con.cursor() as cur:
            try:
                cur.execute(sql, params)
                while rows := cur.fetchmany(1000):
                    for (record,) in rows:
                        yield json.loads(record)
            except duckdb.Error as exc:
                raise StoreError(f"{self.path}: cannot read events: {_first_line(exc)}") from exc

    def counts(self) -> dict[str, int]:
        """Number of rows in each table."""
        names = ("articles", "sentences", "events", "event_actors", "quotes", "places", "failures")
        sql = " UNION ALL ".join(f"SELECT '{n}', count(*) FROM {n}" for n in names)
        return {name: n for name, n in self._con.execute(sql).fetchall()}


def export(
    db_path: str | Path,
    fmt: str,
    out: str | Path | TextIO | None = None,
    *,
    where: str | None = None,
    params: Sequence[Any] | None = None,
    partition_by: str | None = None,
) -> int:
    """Write the events stored at ``db_path``; return how many rows were written.

    ``jsonl`` writes the stored article-level records (one per mention); ``plover-jsonl``,
    ``gdelt-tsv``, ``icews-tsv``, ``csv`` and ``parquet`` write one row per linked event with
    its mentions and counts (:mod:`tacitus.store.exports`). ``where`` is an SQL condition on
    ``events`` (for linked events: on the first mention).
    """
    from .exports import export_store

    with Store.open(db_path, read_only=True) as store:
        return export_store(
            store,
            fmt,
            out,
            where=where,
            params=list(params) if params else None,
            partition_by=partition_by,
        )


# --- Arrow tables for one batch ------------------------------------------------------------


def _articles_table(analyses: list[Analysis], now: datetime) -> pa.Table:
    rows = []
    for analysis in analyses:
        row = analysis.article.to_dict()
        row["dropped"] = json.dumps(row["dropped"], ensure_ascii=False)
        row["coded_at"] = now
        rows.append(row)
    return pa.Table.from_pylist(rows, schema=_ARTICLES)


def _sentences_table(analyses: list[Analysis]) -> pa.Table:
    rows = [
        {"article_id": s.article_id, "idx": s.index, "text": s.text, "start": s.start, "end": s.end}
        for a in analyses
        for s in a.sentences
    ]
    return pa.Table.from_pylist(rows, schema=_SENTENCES)


def _codes(actors: list[dict[str, Any]], key: str) -> list[str | None]:
    return [a.get(key) for a in actors]


def _event_row(record: dict[str, Any]) -> dict[str, Any]:
    flat = flat_row(record)
    row = {k: flat[k] for k in _FLAT_EVENT_COLUMNS}
    row.update(
        plover_contexts=[str(c) for c in record["plover"]["contexts"]],
        actor_codes=_codes(record["actor"], "cameo_code"),
        recipient_codes=_codes(record["recipient"], "cameo_code"),
        actor_countries=_codes(record["actor"], "country"),
        recipient_countries=_codes(record["recipient"], "country"),
        date_value=flat["date"],
        coder_version=record["coder"].get("version"),
        record=json.dumps(record, ensure_ascii=False, allow_nan=False),
    )
    return row


def _places_table(analyses: list[Analysis]) -> pa.Table:
    fields = _PLACES.names[1:]
    rows = [
        {"article_id": a.article.id, **{k: getattr(p, k) for k in fields}}
        for a in analyses
        for p in a.places
    ]
    return pa.Table.from_pylist(rows, schema=_PLACES)


def _quotes_table(analyses: list[Analysis]) -> pa.Table:
    rows = []
    for analysis in analyses:
        for q in analysis.quotes:
            speaker = q.speaker
            rows.append(
                {
                    "article_id": q.article_id,
                    "sentence_index": q.sentence_index,
                    "text": q.text,
                    "start": q.start,
                    "end": q.end,
                    "speaker_text": speaker.text if speaker else None,
                    "speaker_name": speaker.name if speaker else None,
                    "speaker_country": speaker.country if speaker else None,
                    "speaker_code": speaker.cameo_code if speaker else None,
                    "speaker": (
                        json.dumps(speaker.to_dict(), ensure_ascii=False) if speaker else None
                    ),
                    "cue": q.cue,
                    "reason": q.reason,
                }
            )
    return pa.Table.from_pylist(rows, schema=_QUOTES)


def _event_actors_table(records: list[dict[str, Any]]) -> pa.Table:
    rows = [
        {**actor, "event_id": record["event_id"], "role": role, "position": position}
        for record in records
        for role in ("actor", "recipient")
        for position, actor in enumerate(record[role])
    ]
    return pa.Table.from_pylist(rows, schema=_EVENT_ACTORS)


def _failures_table(failures: list[Failure], now: datetime) -> pa.Table:
    rows = [{**f.to_dict(), "failed_at": now} for f in failures]
    return pa.Table.from_pylist(rows, schema=_FAILURES)


# --- the pipeline stage --------------------------------------------------------------------


@stages.register("tacitus.store.duckdb.v1")
@dataclass
class StoreStage:
    """Pipeline stage that writes each batch to an open :class:`Store`; totals in ``result``."""

    store: Store
    name: str = "tacitus.store.duckdb.v1"
    reads: tuple[str, ...] = ("article", "events")
    writes: tuple[str, ...] = ()
    result: WriteResult = field(default_factory=WriteResult)

    def __call__(self, batch: list[Analysis]) -> None:
        self.result += self.store.write(batch)
