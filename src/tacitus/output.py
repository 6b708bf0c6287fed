"""Turning coded events into output: one JSON record shape, flat rows, files and terminal tables.

:func:`event_record` is *the* JSON shape of an event (the JSON Schema, the store's ``record``
column, JSONL export and the API all use it). :func:`flat_row` flattens a record for CSV,
Parquet and tables. Nothing here prints; :func:`write_events` writes where it is told.
"""

from __future__ import annotations

import csv
import json
import math
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any, TextIO

import pyarrow as pa

from .errors import TacitusError
from .records import Actor, Event, When, Where

FORMATS = ("jsonl", "csv", "parquet")

MISSING = "—"

_EVIDENCE_KEYS = ("text", "start", "end")
_TRIGGER_KEYS = ("text", "start", "end", "lemma", "i")
_ACTOR_KEYS = (
    "text",
    "name",
    "country",
    "sectors",
    "cameo_code",
    "wikidata",
    "entity_id",
    "start",
    "end",
    "resolution",
    "confidence",
)
_PLOVER_KEYS = ("type", "mode", "contexts")
_CAMEO_KEYS = ("code", "root", "quad_class", "goldstein")
_DATE_KEYS = ("value", "precision", "text", "reason")
_LOCATION_KEYS = (
    "name",
    "country",
    "admin1",
    "lat",
    "lon",
    "geonames_id",
    "precision",
    "reason",
    "text",
    "start",
    "end",
)
_FLAG_KEYS = ("negated", "hypothetical", "future", "historical")
_CODER_KEYS = ("name", "version")

#: Columns of :func:`flat_row`, in order, with their Arrow types (for Parquet).
FLAT_SCHEMA = pa.schema(
    [
        ("event_id", pa.string()),
        ("article_id", pa.string()),
        ("sentence_index", pa.int64()),
        ("actor_codes", pa.string()),
        ("actor_names", pa.string()),
        ("actor_countries", pa.string()),
        ("recipient_codes", pa.string()),
        ("recipient_names", pa.string()),
        ("recipient_countries", pa.string()),
        ("plover_type", pa.string()),
        ("plover_mode", pa.string()),
        ("plover_contexts", pa.string()),
        ("cameo_code", pa.string()),
        ("cameo_root", pa.string()),
        ("quad_class", pa.int64()),
        ("goldstein", pa.float64()),
        ("date", pa.string()),
        ("date_precision", pa.string()),
        ("location_name", pa.string()),
        ("location_country", pa.string()),
        ("lat", pa.float64()),
        ("lon", pa.float64()),
        ("negated", pa.bool_()),
        ("hypothetical", pa.bool_()),
        ("future", pa.bool_()),
        ("historical", pa.bool_()),
        ("confidence", pa.float64()),
        ("evidence_text", pa.string()),
        ("evidence_start", pa.int64()),
        ("evidence_end", pa.int64()),
        ("trigger", pa.string()),
        ("rule", pa.string()),
    ]
)
FLAT_COLUMNS = tuple(FLAT_SCHEMA.names)


# --- the JSON record -------------------------------------------------------------------------


def _plain(value: Any) -> Any:
    """A JSON-safe copy: tuples/sets become lists, non-finite floats None, odd objects str."""
    if value is None or isinstance(value, (str, bool, int)):
        return value
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, set, frozenset)):
        items = sorted(value, key=str) if isinstance(value, (set, frozenset)) else value
        return [_plain(v) for v in items]
    if hasattr(value, "item"):  # numpy scalars
        return _plain(value.item())
    return str(value)


def _pick(d: dict[str, Any] | None, keys: tuple[str, ...]) -> dict[str, Any]:
    d = d or {}
    return {k: _plain(d.get(k)) for k in keys}


def _actor(actor: Actor) -> dict[str, Any]:
    d = _pick(actor.to_dict(), _ACTOR_KEYS)
    d["sectors"] = d["sectors"] or []
    return d


def _date(when: When | None) -> dict[str, Any] | None:
    return None if when is None else _pick(when.to_dict(), _DATE_KEYS)


def _location(where: Where | None) -> dict[str, Any] | None:
    return None if where is None else _pick(where.to_dict(), _LOCATION_KEYS)


def event_record(event: Event) -> dict[str, Any]:
    """The JSON object of one event, with exactly the documented keys; JSON-serialisable."""
    plover = _pick(event.plover, _PLOVER_KEYS)
    plover["contexts"] = plover["contexts"] or []
    return {
        "event_id": event.event_id,
        "article_id": event.article_id,
        "sentence_index": event.sentence_index,
        "evidence": _pick(event.evidence, _EVIDENCE_KEYS),
        "trigger": _pick(event.trigger, _TRIGGER_KEYS),
        "actor": [_actor(a) for a in event.actor],
        "recipient": [_actor(a) for a in event.recipient],
        "plover": plover,
        "cameo": _pick(event.cameo, _CAMEO_KEYS),
        "date": _date(event.date),
        "location": _location(event.location),
        "flags": {k: bool((event.flags or {}).get(k, False)) for k in _FLAG_KEYS},
        "confidence": _plain(float(event.confidence)),
        "rule": event.rule,
        "coder": _pick(event.coder, _CODER_KEYS),
    }


# --- flat rows -------------------------------------------------------------------------------


def _join(values: Iterable[Any]) -> str:
    return ";".join("" if v is None else str(v) for v in values)


def _int_or_none(value: Any) -> int | None:
    try:
        return None if value is None else int(value)
    except (TypeError, ValueError):
        return None


def _float_or_none(value: Any) -> float | None:
    try:
        return None if value is None else float(value)
    except (TypeError, ValueError):
        return None


def _str_or_none(value: Any) -> str | None:
    return None if value is None else str(value)


def flat_row(record: dict[str, Any]) -> dict[str, Any]:
    """One flat row (keys :data:`FLAT_COLUMNS`) for CSV, Parquet and tables.

    Several actors are joined with ``;`` in the same order in the codes, names and countries
    columns (an actor without a code leaves an empty slot, so the columns stay aligned).
    """
    actor, recipient = record.get("actor") or [], record.get("recipient") or []
    plover, cameo = record.get("plover") or {}, record.get("cameo") or {}
    date, location = record.get("date") or {}, record.get("location") or {}
    flags, evidence = record.get("flags") or {}, record.get("evidence") or {}
    return {
        "event_id": record.get("event_id"),
        "article_id": record.get("article_id"),
        "sentence_index": _int_or_none(record.get("sentence_index")),
        "actor_codes": _join(a.get("cameo_code") for a in actor),
        "actor_names": _join(a.get("name") or a.get("text") for a in actor),
        "actor_countries": _join(a.get("country") for a in actor),
        "recipient_codes": _join(a.get("cameo_code") for a in recipient),
        "recipient_names": _join(a.get("name") or a.get("text") for a in recipient),
        "recipient_countries": _join(a.get("country") for a in recipient),
        "plover_type": plover.get("type"),
        "plover_mode": plover.get("mode"),
        "plover_contexts": _join(plover.get("contexts") or []),
        "cameo_code": _str_or_none(cameo.get("code")),
        "cameo_root": _str_or_none(cameo.get("root")),
        "quad_class": _int_or_none(cameo.get("quad_class")),
        "goldstein": _float_or_none(cameo.get("goldstein")),
        "date": date.get("value"),
        "date_precision": date.get("precision"),
        "location_name": location.get("name"),
        "location_country": location.get("country"),
        "lat": _float_or_none(location.get("lat")),
        "lon": _float_or_none(location.get("lon")),
        "negated": bool(flags.get("negated", False)),
        "hypothetical": bool(flags.get("hypothetical", False)),
        "future": bool(flags.get("future", False)),
        "historical": bool(flags.get("historical", False)),
        "confidence": _float_or_none(record.get("confidence")),
        "evidence_text": evidence.get("text"),
        "evidence_start": _int_or_none(evidence.get("start")),
        "evidence_end": _int_or_none(evidence.get("end")),
        "trigger": (record.get("trigger") or {}).get("text"),
        "rule": record.get("rule"),
    }


# --- files -----------------------------------------------------------------------------------


def _write_jsonl(records: Iterable[dict[str, Any]], fh: TextIO) -> int:
    n = 0
    for n, record in enumerate(records, 1):  # noqa: B007 - n is the count
        fh.write(json.dumps(record, ensure_ascii=False, allow_nan=False) + "\n")
    return n


def _write_csv(records: Iterable[dict[str, Any]], fh: TextIO) -> int:
    writer = csv.DictWriter(fh, fieldnames=FLAT_COLUMNS, lineterminator="\n")
    writer.writeheader()
    n = 0
    for n, record in enumerate(records, 1):  # noqa: B007 - n is the count
        writer.writerow(flat_row(record))
    return n


def _write_parquet(records: Iterable[dict[str, Any]], path: Path) -> int:
    import pyarrow.parquet as pq

    rows = [flat_row(r) for r in records]
    table = pa.Table.from_pylist(rows, schema=FLAT_SCHEMA)
    try:
        pq.write_table(table, path)
    except OSError as exc:
        raise TacitusError(f"{path}: cannot write Parquet: {exc}") from exc
    return len(rows)


def _open_text(out: str | Path) -> TextIO:
    try:
        return open(out, "w", encoding="utf-8", newline="")  # noqa: SIM115 - closed by caller
    except OSError as exc:
        raise TacitusError(f"{out}: cannot open for writing: {exc.strerror or exc}") from exc


def write_events(
    records: Iterable[dict[str, Any]], fmt: str, out: str | Path | TextIO | None = None
) -> int:
    """Write event records as ``jsonl``, ``csv`` or ``parquet``; return how many were written.

    ``out`` is a path, an open text file, or None for standard output (text formats only;
    Parquet is binary and needs a path).
    """
    if fmt not in FORMATS:
        raise TacitusError(f"unknown output format {fmt!r}; use one of {', '.join(FORMATS)}")
    if fmt == "parquet":
        if not isinstance(out, (str, Path)):
            raise TacitusError(
                "Parquet is a binary format and cannot go to standard output or a text "
                "stream; give a file path (e.g. --out events.parquet)"
            )
        return _write_parquet(records, Path(out))
    write = _write_jsonl if fmt == "jsonl" else _write_csv
    if out is None:
        return write(records, sys.stdout)
    if isinstance(out, (str, Path)):
        with _open_text(out) as fh:
            return write(records, fh)
    return write(records, out)


# --- terminal table --------------------------------------------------------------------------

_GAP = "  "
#: Columns before the evidence: (header, widest it grows to, narrowest it shrinks to).
_TABLE_COLUMNS = (
    ("#", 4, 4),
    ("actor", 28, 10),
    ("event", 24, 12),
    ("recipient", 28, 10),
    ("cameo", 5, 5),
    ("date", 10, 10),
    ("place", 20, 8),
)


def _fit(text: str, width: int) -> str:
    """``text`` cut to ``width`` characters (ending in …) and padded to exactly that width."""
    text = " ".join(text.split())
    if len(text) > width:
        text = text[: max(width - 1, 0)] + "…" if width > 0 else ""
    return text.ljust(width)


def _actors_cell(actors: list[dict[str, Any]]) -> str:
    parts = []
    for a in actors:
        label = a.get("name") or a.get("text") or "?"
        code = a.get("cameo_code")
        parts.append(f"{code} {label}" if code else label)  # code first: it survives cutting
    return ", ".join(parts) or MISSING


def _event_cell(record: dict[str, Any]) -> str:
    plover, flags = record.get("plover") or {}, record.get("flags") or {}
    text = plover.get("type") or MISSING
    if plover.get("mode"):
        text += f"/{plover['mode']}"
    # flags go first so that cutting a long cell never hides them
    marks = [
        m
        for m, k in (("not", "negated"), ("if", "hypothetical"), ("will", "future"))
        if flags.get(k)
    ]
    return " ".join([*marks, text])


def _place_cell(location: dict[str, Any] | None) -> str:
    if not location or not location.get("name"):
        return MISSING
    country = location.get("country")
    return f"{location['name']}, {country}" if country else location["name"]


def _table_cells(record: dict[str, Any]) -> list[str]:
    date = record.get("date") or {}
    return [
        str(record.get("sentence_index", MISSING)),
        _actors_cell(record.get("actor") or []),
        _event_cell(record),
        _actors_cell(record.get("recipient") or []),
        str((record.get("cameo") or {}).get("code") or MISSING),
        str(date.get("value") or MISSING),
        _place_cell(record.get("location")),
    ]


def _column_widths(rows: list[list[str]], width: int) -> tuple[list[int], int]:
    """Widths of the fixed columns and of the evidence column (0: evidence on its own line)."""
    widths = [
        min(cap, max([len(header)] + [len(row[i]) for row in rows]))
        for i, (header, cap, _) in enumerate(_TABLE_COLUMNS)
    ]
    narrowest = [min(w, least) for w, (_, _, least) in zip(widths, _TABLE_COLUMNS, strict=True)]
    min_evidence = max(20, width // 4)

    def room() -> int:
        return width - sum(widths) - len(_GAP) * len(widths)

    while room() < min_evidence:
        # take from the column with the most to spare
        i = max(range(len(widths)), key=lambda j: widths[j] - narrowest[j])
        if widths[i] <= narrowest[i]:
            return widths, 0
        widths[i] -= 1
    return widths, room()


def format_table(records: list[dict[str, Any]], *, width: int = 120) -> str:
    """A plain-text table of event records for a terminal ``width`` columns wide.

    One block per article, events sorted by sentence; ``—`` marks what is missing; negated,
    hypothetical and future events read ``not …``, ``if …``, ``will …`` in the event column.
    """
    if not records:
        return "no events"
    ordered = sorted(
        enumerate(records),
        key=lambda p: (
            str(p[1].get("article_id")),
            _int_or_none(p[1].get("sentence_index")) or 0,
            p[0],
        ),
    )
    rows = [_table_cells(r) for _, r in ordered]
    widths, evidence_width = _column_widths(rows, width)
    headers = [h for h, _, _ in _TABLE_COLUMNS] + (["evidence"] if evidence_width else [])
    all_widths = widths + ([evidence_width] if evidence_width else [])
    header = _GAP.join(_fit(h, w) for h, w in zip(headers, all_widths, strict=True)).rstrip()
    lines: list[str] = []
    article = object()
    for (_, record), cells in zip(ordered, rows, strict=True):
        if record.get("article_id") != article:
            article = record.get("article_id")
            rule = "─" * min(width, sum(all_widths) + len(_GAP) * (len(all_widths) - 1))
            lines += ([""] if lines else []) + [f"article {article}", header, rule]
        evidence = (record.get("evidence") or {}).get("text") or MISSING
        if evidence_width:
            cells = cells + [_fit(f"“{evidence}”", evidence_width)]
        lines.append(_GAP.join(_fit(c, w) for c, w in zip(cells, all_widths, strict=True)).rstrip())
        if not evidence_width:
            indent = " " * (widths[0] + len(_GAP))
            lines.append(indent + _fit(f"“{evidence}”", max(width - len(indent), 8)).rstrip())
    n = len(records)
    lines += ["", f"{n} event{'s' if n != 1 else ''}"]
    return "\n".join(lines)
