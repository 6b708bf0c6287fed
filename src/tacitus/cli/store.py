"""Commands over a DuckDB store: `tacitus ingest`, `tacitus query`, `tacitus stats`, `tacitus export`."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from ._common import EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE, add_input_options, coding_run, err


def cmd_ingest(args: argparse.Namespace) -> int:
    from ..ingest.sources import count_inputs

    if args.jobs < 1 or args.batch_size < 1:
        err("tacitus ingest: -j/--jobs and --batch-size must be 1 or more")
        return EXIT_USAGE
    bar = None
    if args.progress or sys.stderr.isatty():
        from tqdm import tqdm

        bar = tqdm(
            total=count_inputs(args.paths),
            unit="article",
            desc="ingest",
            file=sys.stderr,
            dynamic_ncols=True,
        )
    run = coding_run(
        args,
        jobs=args.jobs,
        on_failure=lambda f: (bar.write if bar else err)(f"tacitus: {f.message()}"),
    )
    if bar is not None:

        def advance(n: int) -> None:
            bar.set_postfix(events=run.events, skipped=run.articles_skipped, refresh=False)
            bar.update(n)

        run.on_batch = advance
    try:
        run.run()
    finally:
        if bar is not None:
            bar.close()
    err(run.summary())
    return EXIT_SOME_FAILED if run.failures else EXIT_OK


def _print_rows(columns: list[str], rows: list[tuple[Any, ...]], fmt: str) -> None:
    if fmt == "jsonl":
        for row in rows:
            print(json.dumps(dict(zip(columns, row, strict=True)), default=str, ensure_ascii=False))
    else:
        print("\t".join(columns))
        for row in rows:
            print("\t".join("" if v is None else str(v) for v in row))


def _filters(args: argparse.Namespace) -> Any:
    from ..store.queries import Filters

    return Filters(
        actor=args.actor,
        recipient=args.recipient,
        type=args.type,
        since=args.since,
        until=args.until,
    )


def cmd_query(args: argparse.Namespace) -> int:
    from ..store import Store
    from ..store.queries import linked_events_sql

    filters = _filters(args)
    if args.sql and filters.any():
        err("tacitus query: give SQL or filters (--actor, --type, ...), not both")
        return EXIT_USAGE
    if args.sql:
        sql, params = args.sql, None
    else:
        sql, params = linked_events_sql(filters, limit=args.limit)
    with Store.open(args.db, read_only=True) as store:
        columns, rows = store.query(sql, params)
    _print_rows(columns, rows, args.format)
    return EXIT_OK


def cmd_stats(args: argparse.Namespace) -> int:
    from ..store import Store
    from ..store.queries import stats

    with Store.open(args.db, read_only=True) as store:
        sections = stats(store, top=args.top)
    if args.format == "jsonl":
        print(json.dumps({k: [list(r) for r in v] for k, v in sections.items()}, default=str))
        return EXIT_OK
    headers = {
        "tables": ("table", "rows"),
        "type": ("plover_type", "events", "mentions"),
        "dyad": ("dyad", "events", "mentions"),
        "day": ("day", "events", "mentions"),
    }
    titles = {
        "tables": "store",
        "type": "linked events per type",
        "dyad": f"linked events per dyad (top {args.top})",
        "day": "linked events per day (day-precise dates)",
    }
    for i, (name, rows) in enumerate(sections.items()):
        print(("\n" if i else "") + f"# {titles[name]}")
        _print_rows(list(headers[name]), rows, "tsv")
    return EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    from ..store import export

    if args.format == "parquet" and not args.output:
        err("tacitus export: --format parquet needs -o FILE.parquet")
        return EXIT_USAGE
    if args.partition_by and not args.output:
        err("tacitus export: --partition-by needs -o FOLDER")
        return EXIT_USAGE
    where, params = None, None
    filters = _filters(args)
    if filters.any():
        where, params = filters.sql("events")
    n = export(
        args.db,
        args.format,
        args.output,
        where=where,
        params=params,
        partition_by=args.partition_by,
    )
    err(f"exported {n} events" + (f" to {args.output}" if args.output else ""))
    return EXIT_OK


def _add_filters(p: argparse.ArgumentParser) -> None:
    p.add_argument("--actor", metavar="CODE", help="actor country (JPN) or CAMEO code (JPNGOV)")
    p.add_argument("--recipient", metavar="CODE", help="recipient country or CAMEO code")
    p.add_argument(
        "--type", metavar="TYPE", help="PLOVER type (THREATEN) or CAMEO code prefix (138)"
    )
    p.add_argument("--since", metavar="YYYY-MM-DD", help="events on or after this date")
    p.add_argument("--until", metavar="YYYY-MM-DD", help="events on or before this date")


def register(sub: argparse._SubParsersAction) -> None:
    from .kb import add_kb_extra

    i = sub.add_parser(
        "ingest",
        help="code articles into a store: files, folders, globs, RSS/Atom feeds, WARC crawls",
    )
    i.add_argument("paths", nargs="+", metavar="PATH", help="file, folder (recursive) or glob")
    i.add_argument("--db", required=True, metavar="FILE.duckdb")
    i.add_argument(
        "-j", "--jobs", type=int, default=1, metavar="N", help="worker processes (default 1)"
    )
    i.add_argument(
        "--progress", action="store_true", help="show the progress bar even when not a terminal"
    )
    add_input_options(i)
    add_kb_extra(i)
    i.set_defaults(func=cmd_ingest)

    q = sub.add_parser("query", help="query a store: linked events by filter, or read-only SQL")
    q.add_argument("--db", required=True, metavar="FILE.duckdb")
    q.add_argument("sql", metavar="SQL", nargs="?", help="one read-only SQL statement")
    _add_filters(q)
    q.add_argument("--limit", type=int, metavar="N", help="at most N linked events")
    q.add_argument("--format", choices=("tsv", "jsonl"), default="tsv")
    q.set_defaults(func=cmd_query)

    s = sub.add_parser("stats", help="counts per type, dyad and day in a store")
    s.add_argument("--db", required=True, metavar="FILE.duckdb")
    s.add_argument("--top", type=int, default=20, metavar="N", help="dyads to list (default 20)")
    s.add_argument("--format", choices=("tsv", "jsonl"), default="tsv")
    s.set_defaults(func=cmd_stats)

    e = sub.add_parser("export", help="export stored events")
    e.add_argument("--db", required=True, metavar="FILE.duckdb")
    e.add_argument(
        "--format",
        choices=("jsonl", "plover-jsonl", "gdelt-tsv", "icews-tsv", "csv", "parquet"),
        default="jsonl",
    )
    e.add_argument("-o", "--output", metavar="OUT")
    e.add_argument(
        "--partition-by",
        choices=("month",),
        help="one file per month of the event date, in the folder -o names",
    )
    _add_filters(e)
    e.set_defaults(func=cmd_export)
