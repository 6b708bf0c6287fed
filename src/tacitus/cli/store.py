"""Commands over a DuckDB store: `tacitus query`, `tacitus export`."""

from __future__ import annotations

import argparse
import json

from ._common import EXIT_OK, EXIT_USAGE, err


def cmd_query(args: argparse.Namespace) -> int:
    from ..store import Store

    with Store.open(args.db, read_only=True) as store:
        columns, rows = store.query(args.sql)
    if args.format == "jsonl":
        for row in rows:
            print(json.dumps(dict(zip(columns, row, strict=True)), default=str, ensure_ascii=False))
    else:
        print("\t".join(columns))
        for row in rows:
            print("\t".join("" if v is None else str(v) for v in row))
    return EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    from ..store import export

    if args.format == "parquet" and not args.output:
        err("tacitus export: --format parquet needs -o FILE.parquet")
        return EXIT_USAGE
    n = export(args.db, args.format, args.output)
    err(f"exported {n} events" + (f" to {args.output}" if args.output else ""))
    return EXIT_OK


def register(sub: argparse._SubParsersAction) -> None:
    q = sub.add_parser("query", help="run read-only SQL on a store")
    q.add_argument("--db", required=True, metavar="FILE.duckdb")
    q.add_argument("sql", metavar="SQL")
    q.add_argument("--format", choices=("tsv", "jsonl"), default="tsv")
    q.set_defaults(func=cmd_query)

    e = sub.add_parser("export", help="export stored events")
    e.add_argument("--db", required=True, metavar="FILE.duckdb")
    e.add_argument("--format", choices=("jsonl", "csv", "parquet"), default="jsonl")
    e.add_argument("-o", "--output", metavar="OUT")
    e.set_defaults(func=cmd_export)
