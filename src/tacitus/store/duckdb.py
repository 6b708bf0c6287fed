"""DuckDB persistence for coded articles and events (pipeline stage ``tacitus.store.duckdb.v1``).

One store is one DuckDB file. Writes are append-only and atomic per batch: every table of a
batch goes in inside one transaction, so a crash or an error never leaves half an article,
and nothing stored earlier is touched. Articles are keyed by ``content_hash``; writing an
article that is already stored (or twice in one batch) skips it and its events.

The tables are defined in ``schema.sql`` next to this module.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timezone
from importlib import resources
from pathlib import Path
from typing import Any, TextIO

import duckdb
import pyarrow as pa

from .. import __version__
from ..errors import StoreError
from ..output import event_record, flat_row, write_events
from ..pipeline import stages
from ..records import Analysis, Failure

#: Version of the tables in ``schema.sql``; stored in ``meta`` as ``schema_version``.
SCHEMA_VERSION = 1

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
    failures_added: int = 0

    def __add__(self, other: WriteResult) -> WriteResult:
        return WriteResult(
            self.articles_added + other.articles_added,
            self.articles_skipped + other.articles_skipped,
            self.events_added + other.events_added,
            self.failures_added + other.failures_added,
        )


def _utcnow() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None)


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
            store._prepare()
        except BaseException:
            con.close()
            raise
        return store

    def close(self) -> None:
        self._con.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def _prepare(self) -> None:
        """Create the tables in a new database, or check the version of an existing store."""
        tables = {
            name
            for (name,) in self._con.execute(
                "SELECT table_name FROM information_schema.tables "
                "WHERE table_catalog = current_database() AND table_schema = 'main'"
            ).fetchall()
        }
        if "meta" not in tables:
            self._create(tables)
            return
        version = self.schema_version
        if version > SCHEMA_VERSION:
            raise StoreError(
                f"{self.path}: written by a newer Tacitus (schema_version {version}; this one "
                f"reads up to {SCHEMA_VERSION}); upgrade tacitus, or use another --db file"
            )
        # Older versions would be migrated here; version 1 is the first.

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
        with their events. On any error nothing of the batch is written and StoreError is raised.
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
        records = [event_record(e) for a in fresh for e in a.events]
        tables = {
            "articles": _articles_table(fresh, now),
            "sentences": _sentences_table(fresh),
            "events": _events_table(records),
            "event_actors": _event_actors_table(records),
            "failures": _failures_table(failures, now),
        }
        for name, table in tables.items():
            self._insert(name, table)
        return WriteResult(
            articles_added=len(fresh),
            articles_skipped=len(analyses) - len(fresh),
            events_added=len(records),
            failures_added=len(failures),
        )

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
        names = ("articles", "sentences", "events", "event_actors", "failures")
        sql = " UNION ALL ".join(f"SELECT '{n}', count(*) FROM {n}" for n in names)
        return {name: n for name, n in self._con.execute(sql).fetchall()}


def export(
    db_path: str | Path,
    fmt: str,
    out: str | Path | TextIO | None = None,
    *,
    where: str | None = None,
) -> int:
    """Write the events stored at ``db_path`` as jsonl, csv or parquet; return how many."""
    with Store.open(db_path, read_only=True) as store:
        return write_events(store.event_records(where), fmt, out)


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


def _events_table(records: list[dict[str, Any]]) -> pa.Table:
    return pa.Table.from_pylist([_event_row(r) for r in records], schema=_EVENTS)


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
