"""`tacitus` command line: thin commands over the library. ``print`` lives only in this package.

Each command group is a module here with a ``register(subparsers)`` function; :data:`COMMANDS`
lists them in the order ``tacitus --help`` shows them.
"""

from __future__ import annotations

import argparse
import importlib

from .. import __version__
from ..errors import TacitusError
from ._common import EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE, err

__all__ = ["COMMANDS", "EXIT_OK", "EXIT_SOME_FAILED", "EXIT_USAGE", "main", "parser"]

#: Command modules of this package, each with ``register(subparsers)``.
COMMANDS = ("code", "store", "eval", "explain", "kb")


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="tacitus",
        description="Political event data from news: who did what to whom, when and where, with evidence.",
    )
    p.add_argument("--version", action="version", version=f"tacitus {__version__}")
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for name in COMMANDS:
        importlib.import_module(f"{__name__}.{name}").register(sub)
    return p


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        if getattr(args, "kb_extra", None):
            from ..config import use_kb_extra

            use_kb_extra(args.kb_extra)
        return int(args.func(args))
    except TacitusError as exc:
        err(f"tacitus: {exc}")
        return EXIT_USAGE
    except BrokenPipeError:  # `tacitus code ... | head`
        return EXIT_OK
    except KeyboardInterrupt:
        err("tacitus: interrupted; everything stored before this batch is kept")
        return 130
