"""Reading our gold files: where the bundled ones are, JSONL with file:line errors, spans by occurrence."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from ..errors import TacitusError

#: The bundled gold files, in a source checkout (tests/golden).
GOLD_DIR = Path(__file__).resolve().parents[3] / "tests" / "golden"


def gold_paths(path: str | Path | None, names: tuple[str, ...]) -> list[Path]:
    """The gold files to score: ``path``, or the bundled files ``names``."""
    if path:
        return [Path(path)]
    paths = [GOLD_DIR / name for name in names]
    missing = [str(p) for p in paths if not p.exists()]
    if missing:
        raise FileNotFoundError(
            "the bundled gold is only in a source checkout (tests/golden); "
            f"missing: {', '.join(missing)}; give a gold FILE.jsonl"
        )
    return paths


def read_gold(path: str | Path, required: tuple[str, ...] = ()) -> list[dict[str, Any]]:
    """The records of a gold JSONL file (blank lines skipped); each must have ``required`` keys."""
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise TacitusError(f"{path}: cannot read gold file ({exc.strerror})") from None
    records = []
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise TacitusError(f"{path}:{n}: not valid JSON ({exc.msg})") from None
        for key in required:
            if key not in record:
                raise ValueError(f"{path}:{n}: gold line lacks {key!r}")
        records.append(record)
    return records


def occurrence_span(text: str, words: str, occurrence: int = 1) -> tuple[int, int]:
    """Character offsets of the ``occurrence``-th whole-word, case-sensitive ``words``."""
    found = list(re.finditer(rf"(?<!\w){re.escape(words)}(?!\w)", text))
    if len(found) < occurrence:
        raise ValueError(f"{words!r} occurs {len(found)} times, not {occurrence}")
    m = found[occurrence - 1]
    return m.start(), m.end()


def held_out(path: str | Path) -> bool:
    """Whether a gold file is held out (``*_test*.jsonl``): its errors are never printed."""
    return "_test" in Path(path).name


def dev_errors(files: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], int]:
    """The errors of the development files, and how many held-out errors were withheld."""
    shown = [e for f in files if not held_out(f["file"]) for e in f["errors"]]
    hidden = sum(len(f["errors"]) for f in files if held_out(f["file"]))
    return shown, hidden


def errors_section(files: list[dict[str, Any]], limit: int) -> str:
    """``Errors (...)`` with the first ``limit`` development-file errors, one per line."""
    errors, hidden = dev_errors(files)
    lines = "\n".join(
        f"{e['id']}: {e['text']!r} (#{e['occurrence']}): gold {e['gold']}, got {e['got']}"
        + (f"\n    {e['reason']}" if e["reason"] else "")
        for e in errors[:limit]
    )
    note = f"; {hidden} in held-out files not shown" if hidden else ""
    head = f"Errors ({len(errors)}{note}; first {min(len(errors), limit)})"
    return f"{head}:\n{lines or '(none)'}"
