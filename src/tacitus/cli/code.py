"""`tacitus code`: code articles into events and print or write them."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from ._common import EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE, add_input_options, coding_run, err
from .kb import add_kb_extra


def cmd_code(args: argparse.Namespace) -> int:

    if args.format == "parquet" and not args.output:
        err(
            "tacitus code: --format parquet needs -o FILE.parquet (Parquet is binary, not for a terminal)"
        )
        return EXIT_USAGE
    run = coding_run(args, on_failure=lambda f: err(f"tacitus: {f.message()}"))
    records = list(run.records())
    write(records, args.format, args.output)
    err(run.summary())
    return EXIT_SOME_FAILED if run.failures else EXIT_OK


def write(records: list[dict[str, Any]], fmt: str, out: str | None) -> None:
    from .. import output

    if fmt == "table":
        text = output.format_table(records)
        if out:
            Path(out).write_text(text + "\n", encoding="utf-8")
        else:
            print(text)
        return
    output.write_events(records, fmt, out)


def register(sub: argparse._SubParsersAction) -> None:
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
    add_input_options(c)
    add_kb_extra(c)
    c.set_defaults(func=cmd_code)
