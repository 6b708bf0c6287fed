"""What every command module shares: exit codes and the one place that writes to stderr."""

from __future__ import annotations

import sys

EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE = 0, 1, 2


def err(msg: str) -> None:
    print(msg, file=sys.stderr)
