"""One loader for curated package data (TSV and YAML), with validation that lists every problem.

Each data file records where its facts come from: TSV files in ``# source:`` header comment
lines, YAML files in a top-level ``source:`` key. Rows come back with their line number so
validators can say ``actors.tsv:1532 (id=jpn.kihara_minoru): 'term_start' must be a date``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from .errors import DataFileError

_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


@dataclass(slots=True)
class Row:
    """One record of a data file, with where it stands."""

    path: str
    line: int
    data: dict[str, Any]

    def where(self, key: str = "id") -> str:
        ident = self.data.get(key)
        return f"{Path(self.path).name}:{self.line}" + (f" ({key}={ident})" if ident else "")


def package_file(*parts: str) -> Path:
    """Path of a file shipped inside the tacitus package."""
    return Path(str(resources.files("tacitus").joinpath(*parts)))


def read_tsv(path: str | Path) -> list[Row]:
    """Read a tab-separated file with a header row; ``#`` lines are comments."""
    path = str(path)
    rows: list[Row] = []
    header: list[str] | None = None
    with open(path, encoding="utf-8") as fh:
        for lineno, raw in enumerate(fh, start=1):
            line = raw.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            cells = line.split("\t")
            if header is None:
                header = [c.strip() for c in cells]
                continue
            cells += [""] * (len(header) - len(cells))
            data = {k: v.strip() for k, v in zip(header, cells, strict=False)}
            if len(cells) > len(header):
                data["__extra__"] = cells[len(header) :]
            rows.append(Row(path, lineno, data))
    return rows


def read_yaml_list(path: str | Path, key: str) -> list[Row]:
    """Read the list under ``key`` of a YAML file, keeping each item's line number."""
    path = str(path)
    with open(path, encoding="utf-8") as fh:
        text = fh.read()
    try:
        node = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError as exc:
        raise DataFileError(path, [f"not valid YAML: {exc}"]) from None
    data = yaml.safe_load(text) or {}
    items = data.get(key) if isinstance(data, dict) else None
    if not isinstance(items, list):
        raise DataFileError(path, [f"top-level key {key!r} must hold a list"])
    lines: list[int] = []
    if node is not None:
        for k, v in node.value:  # type: ignore[union-attr]
            if k.value == key:
                lines = [item.start_mark.line + 1 for item in v.value]
    return [Row(path, lines[i] if i < len(lines) else 0, item) for i, item in enumerate(items)]


Check = Callable[[Row], Iterable[str]]


def validate(rows: list[Row], path: str | Path, *checks: Check) -> list[Row]:
    """Run every check over every row and raise one DataFileError listing all problems."""
    problems = [p for row in rows for check in checks for p in check(row)]
    if problems:
        raise DataFileError(str(path), problems)
    return rows


def require(*keys: str, id_key: str = "id") -> Check:
    """A check that the given keys are present and non-empty."""

    def check(row: Row) -> Iterable[str]:
        for k in keys:
            if row.data.get(k) in (None, ""):
                yield f"{row.where(id_key)}: {k!r} is required"

    return check


def is_date(value: Any) -> bool:
    return isinstance(value, str) and bool(_DATE.match(value))


def unique(key: str) -> Check:
    """A check that ``key`` is unique across rows (stateful per validate call)."""
    seen: dict[Any, int] = {}

    def check(row: Row) -> Iterable[str]:
        v = row.data.get(key)
        if v in (None, ""):
            return
        if v in seen:
            yield f"{row.where(key)}: duplicate {key} (first at line {seen[v]})"
        else:
            seen[v] = row.line

    return check
