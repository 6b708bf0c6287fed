"""Exports of linked events: PLOVER-style JSONL, GDELT- and ICEWS-style TSV, CSV, Parquet.

Every format but ``jsonl`` writes one row per *linked* event (the first stored mention's
coding) with ``num_mentions``, ``num_sources``, ``num_articles`` and its mentions; ``jsonl``
writes the stored article-level event records as they are (one per mention). The column
mappings of the TSV formats are documented in ``docs/exports.md``.
"""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Iterable, Iterator
from contextlib import ExitStack
from datetime import date, datetime
from pathlib import Path
from typing import Any, TextIO

import pyarrow as pa

from ..errors import TacitusError
from ..output import FLAT_SCHEMA, flat_row, write_events

#: Formats of :func:`export`.
FORMATS = ("jsonl", "plover-jsonl", "gdelt-tsv", "icews-tsv", "csv", "parquet")
_SUFFIX = {
    "jsonl": "jsonl",
    "plover-jsonl": "jsonl",
    "gdelt-tsv": "tsv",
    "icews-tsv": "tsv",
    "csv": "csv",
    "parquet": "parquet",
}

_COUNTS = ("num_mentions", "num_sources", "num_articles")

_MENTION = pa.struct(
    [
        ("event_id", pa.string()),
        ("article_id", pa.string()),
        ("publisher", pa.string()),
        ("url", pa.string()),
        ("date", pa.string()),
        ("sentence_index", pa.int64()),
        ("evidence", pa.string()),
        ("confidence", pa.float64()),
        ("coded_at", pa.string()),
    ]
)

#: Columns of the csv and parquet exports: the flat event columns, the counts, the mentions.
LINKED_SCHEMA = pa.schema(
    list(FLAT_SCHEMA) + [(c, pa.int64()) for c in _COUNTS] + [("mentions", pa.list_(_MENTION))]
)

_LINKED_SQL = """
WITH m AS (
    SELECT
        e.root_event_id AS rid,
        count(*) AS num_mentions,
        count(DISTINCT coalesce(a.publisher, 'article:' || e.article_id)) AS num_sources,
        count(DISTINCT e.article_id) AS num_articles,
        list({{'event_id': e.event_id, 'article_id': e.article_id, 'publisher': a.publisher,
              'url': a.url, 'date': a.date, 'sentence_index': e.sentence_index,
              'evidence': e.evidence_text, 'confidence': e.confidence,
              'coded_at': strftime(a.coded_at, '%Y-%m-%dT%H:%M:%S')}}
             ORDER BY e.rowid) AS mentions
    FROM events e LEFT JOIN articles a ON a.id = e.article_id
    GROUP BY e.root_event_id
)
SELECT events.record, m.num_mentions, m.num_sources, m.num_articles, m.mentions
FROM m JOIN events ON events.event_id = m.rid
WHERE {where}
ORDER BY events.rowid
"""


def linked_records(
    store: Any, where: str | None = None, params: list[Any] | None = None
) -> Iterator[dict[str, Any]]:
    """Each linked event as its first mention's record plus ``root_event_id``, the three
    counts and ``mentions`` (in stored order). ``where`` is a condition on ``events``."""
    sql = _LINKED_SQL.format(where=where or "true")
    _, rows = store.query(sql, params or None)
    for record, n_mentions, n_sources, n_articles, mentions in rows:
        rec = json.loads(record)
        rec["root_event_id"] = rec["event_id"]
        rec["num_mentions"], rec["num_sources"], rec["num_articles"] = (
            n_mentions,
            n_sources,
            n_articles,
        )
        rec["mentions"] = [_plain_mention(m) for m in mentions]
        yield rec


def _plain_mention(m: dict[str, Any]) -> dict[str, Any]:
    return {k: (v.isoformat() if isinstance(v, (date, datetime)) else v) for k, v in m.items()}


# --- PLOVER / POLECAT-style JSONL ------------------------------------------------------------


def _plover_actor(a: dict[str, Any]) -> dict[str, Any]:
    return {
        "name": a.get("name") or a.get("text"),
        "text": a.get("text"),
        "country": a.get("country"),
        "sectors": a.get("sectors") or [],
        "cameo_code": a.get("cameo_code"),
        "wikidata": a.get("wikidata"),
    }


def plover_record(rec: dict[str, Any]) -> dict[str, Any]:
    """One PLOVER/POLECAT-style record of a linked event (see docs/exports.md)."""
    plover, cameo = rec.get("plover") or {}, rec.get("cameo") or {}
    when, where = rec.get("date") or {}, rec.get("location")
    first = (rec.get("mentions") or [{}])[0]
    return {
        "event_id": rec["event_id"],
        "event_date": when.get("value"),
        "date_precision": when.get("precision"),
        "event_type": plover.get("type"),
        "event_mode": plover.get("mode"),
        "event_context": plover.get("contexts") or [],
        "actor": [_plover_actor(a) for a in rec.get("actor") or []],
        "recipient": [_plover_actor(a) for a in rec.get("recipient") or []],
        "location": None
        if not where
        else {
            k: where.get(k)
            for k in ("name", "country", "admin1", "lat", "lon", "geonames_id", "precision")
        },
        "negated": bool((rec.get("flags") or {}).get("negated")),
        "cameo_code": cameo.get("code"),
        "quad_class": cameo.get("quad_class"),
        "goldstein": cameo.get("goldstein"),
        "confidence": rec.get("confidence"),
        "story_date": first.get("date"),
        "publisher": first.get("publisher"),
        "url": first.get("url"),
        **{c: rec[c] for c in _COUNTS},
        "mentions": rec["mentions"],
        "coder": rec.get("coder"),
    }


# --- GDELT 2.0 event table -------------------------------------------------------------------

_ACTOR_COLUMNS = (
    "Code",
    "Name",
    "CountryCode",
    "KnownGroupCode",
    "EthnicCode",
    "Religion1Code",
    "Religion2Code",
    "Type1Code",
    "Type2Code",
    "Type3Code",
)
_GEO_COLUMNS = (
    "Type",
    "FullName",
    "CountryCode",
    "ADM1Code",
    "ADM2Code",
    "Lat",
    "Long",
    "FeatureID",
)
#: The 61 columns of a GDELT 2.0 event-table row, in order (GDELT files have no header).
GDELT_COLUMNS = (
    ("GlobalEventID", "Day", "MonthYear", "Year", "FractionDate")
    + tuple(f"Actor1{c}" for c in _ACTOR_COLUMNS)
    + tuple(f"Actor2{c}" for c in _ACTOR_COLUMNS)
    + (
        "IsRootEvent",
        "EventCode",
        "EventBaseCode",
        "EventRootCode",
        "QuadClass",
        "GoldsteinScale",
        "NumMentions",
        "NumSources",
        "NumArticles",
        "AvgTone",
    )
    + tuple(f"Actor1Geo_{c}" for c in _GEO_COLUMNS)
    + tuple(f"Actor2Geo_{c}" for c in _GEO_COLUMNS)
    + tuple(f"ActionGeo_{c}" for c in _GEO_COLUMNS)
    + ("DATEADDED", "SOURCEURL")
)


def _day(rec: dict[str, Any]) -> date | None:
    """The event's day (the first day of a month or year), else the first mention's date."""
    value = (rec.get("date") or {}).get("value") or (rec.get("mentions") or [{}])[0].get("date")
    if not value:
        return None
    parts = (str(value)[:10].split("-") + ["01", "01"])[:3]
    try:
        return date(int(parts[0]), int(parts[1]), int(parts[2]))
    except ValueError:
        return None


def _gdelt_actor(actors: list[dict[str, Any]]) -> list[Any]:
    if not actors:
        return [""] * len(_ACTOR_COLUMNS)
    a = actors[0]
    sectors = (list(a.get("sectors") or []) + ["", "", ""])[:3]
    name = a.get("name") or a.get("text") or ""
    return [a.get("cameo_code") or "", name.upper(), a.get("country") or "", "", "", "", ""] + [
        *sectors
    ]


def _geo_type(where: dict[str, Any]) -> int:
    precision, us = where.get("precision"), where.get("country") == "USA"
    if precision == "country":
        return 1
    if precision == "admin1":
        return 2 if us else 5
    return 3 if us else 4


def _gdelt_geo(where: dict[str, Any] | None) -> list[Any]:
    if not where or not where.get("name"):
        return [""] * len(_GEO_COLUMNS)
    full = ", ".join(str(x) for x in (where.get("name"), where.get("admin1")) if x)
    if where.get("country") and where.get("precision") != "country":
        full += f", {where['country']}"
    return [
        _geo_type(where),
        full,
        where.get("country") or "",
        where.get("admin1") or "",
        "",
        "" if where.get("lat") is None else where["lat"],
        "" if where.get("lon") is None else where["lon"],
        "" if where.get("geonames_id") is None else where["geonames_id"],
    ]


def gdelt_row(rec: dict[str, Any]) -> list[Any]:
    """One GDELT 2.0 event-table row (61 fields) of a linked event (see docs/exports.md)."""
    day = _day(rec)
    cameo = rec.get("cameo") or {}
    code = str(cameo.get("code") or "")
    first = (rec.get("mentions") or [{}])[0]
    added = str(first.get("coded_at") or "").replace("-", "").replace(":", "").replace("T", "")
    return (
        [
            rec["event_id"],
            day.strftime("%Y%m%d") if day else "",
            day.strftime("%Y%m") if day else "",
            day.year if day else "",
            round(day.year + (day.timetuple().tm_yday - 1) / 365, 4) if day else "",
        ]
        + _gdelt_actor(rec.get("actor") or [])
        + _gdelt_actor(rec.get("recipient") or [])
        + [
            int((rec.get("sentence_index") or 0) <= 1),
            code,
            code[:3],
            code[:2],
            "" if cameo.get("quad_class") is None else cameo["quad_class"],
            "" if cameo.get("goldstein") is None else cameo["goldstein"],
            rec["num_mentions"],
            rec["num_sources"],
            rec["num_articles"],
            "",
        ]
        + _gdelt_geo(None)
        + _gdelt_geo(None)
        + _gdelt_geo(rec.get("location"))
        + [added, first.get("url") or first.get("article_id") or ""]
    )


# --- ICEWS coded event data ------------------------------------------------------------------

#: ICEWS event-file columns, then Tacitus's three counts appended at the end.
ICEWS_COLUMNS = (
    "Event ID",
    "Event Date",
    "Source Name",
    "Source Sectors",
    "Source Country",
    "Event Text",
    "CAMEO Code",
    "Intensity",
    "Target Name",
    "Target Sectors",
    "Target Country",
    "Story ID",
    "Sentence Number",
    "Publisher",
    "City",
    "District",
    "Province",
    "Country",
    "Latitude",
    "Longitude",
    "Num Mentions",
    "Num Sources",
    "Num Articles",
)


def _country_name(code: str | None) -> str:
    if not code:
        return ""
    import pycountry

    found = pycountry.countries.get(alpha_3=code)
    return getattr(found, "common_name", None) or getattr(found, "name", code) if found else code


def _cameo_name(code: str) -> str:
    from .. import codes

    try:
        return codes.cameo(code).name
    except Exception:  # noqa: BLE001 - an unknown code exports without its name
        return ""


def _icews_side(actors: list[dict[str, Any]]) -> list[str]:
    names = "; ".join(a.get("name") or a.get("text") or "" for a in actors)
    sectors = "; ".join(",".join(a.get("sectors") or []) for a in actors)
    countries = "; ".join(
        dict.fromkeys(_country_name(a["country"]) for a in actors if a.get("country"))
    )
    return [names, sectors, countries]


def icews_row(rec: dict[str, Any]) -> list[Any]:
    """One ICEWS-style row of a linked event (see docs/exports.md)."""
    cameo = rec.get("cameo") or {}
    code = str(cameo.get("code") or "")
    where = rec.get("location") or {}
    city = where.get("name") if where.get("precision") in ("city", "landmark") else ""
    province = where.get("admin1") or (
        where.get("name") if where.get("precision") == "admin1" else ""
    )
    first = (rec.get("mentions") or [{}])[0]
    source = _icews_side(rec.get("actor") or [])
    target = _icews_side(rec.get("recipient") or [])
    return [
        rec["event_id"],
        (rec.get("date") or {}).get("value") or first.get("date") or "",
        *source[:2],
        source[2],
        _cameo_name(code),
        code,
        "" if cameo.get("goldstein") is None else cameo["goldstein"],
        *target,
        rec.get("article_id") or "",
        (rec.get("sentence_index") or 0) + 1,
        first.get("publisher") or "",
        city or "",
        "",
        province or "",
        _country_name(where.get("country")),
        "" if where.get("lat") is None else where["lat"],
        "" if where.get("lon") is None else where["lon"],
        rec["num_mentions"],
        rec["num_sources"],
        rec["num_articles"],
    ]


# --- flat rows (csv, parquet) ----------------------------------------------------------------


def linked_row(rec: dict[str, Any]) -> dict[str, Any]:
    row = flat_row(rec)
    row.update({c: rec[c] for c in _COUNTS})
    row["mentions"] = rec["mentions"]
    return row


def _tsv_cell(value: Any) -> str:
    return " ".join(str(value).split()) if value is not None else ""


# --- writing ---------------------------------------------------------------------------------


def _write_text(fmt: str, records: Iterable[dict[str, Any]], fh: TextIO) -> int:
    n = 0
    if fmt == "plover-jsonl":
        for n, rec in enumerate(records, 1):  # noqa: B007 - n is the count
            fh.write(json.dumps(plover_record(rec), ensure_ascii=False, allow_nan=False) + "\n")
    elif fmt in ("gdelt-tsv", "icews-tsv"):
        make = gdelt_row if fmt == "gdelt-tsv" else icews_row
        if fmt == "icews-tsv":
            fh.write("\t".join(ICEWS_COLUMNS) + "\n")
        for n, rec in enumerate(records, 1):  # noqa: B007
            fh.write("\t".join(_tsv_cell(v) for v in make(rec)) + "\n")
    else:  # csv
        writer = csv.DictWriter(fh, fieldnames=LINKED_SCHEMA.names, lineterminator="\n")
        writer.writeheader()
        for n, rec in enumerate(records, 1):  # noqa: B007
            row = linked_row(rec)
            row["mentions"] = json.dumps(row["mentions"], ensure_ascii=False)
            writer.writerow(row)
    return n


def _write_one(fmt: str, records: Iterable[dict[str, Any]], out: Any) -> int:
    if fmt == "parquet":
        import pyarrow.parquet as pq

        rows = [linked_row(r) for r in records]
        try:
            pq.write_table(pa.Table.from_pylist(rows, schema=LINKED_SCHEMA), out)
        except OSError as exc:
            raise TacitusError(f"{out}: cannot write Parquet: {exc}") from exc
        return len(rows)
    if out is None:
        return _write_text(fmt, records, sys.stdout)
    if not isinstance(out, (str, Path)):
        return _write_text(fmt, records, out)
    with ExitStack() as stack:
        try:
            fh = stack.enter_context(open(out, "w", encoding="utf-8", newline=""))
        except OSError as exc:
            raise TacitusError(f"{out}: cannot open for writing: {exc.strerror or exc}") from exc
        return _write_text(fmt, records, fh)


def _month(rec: dict[str, Any]) -> str:
    day = _day(rec)
    return day.strftime("%Y-%m") if day else "unknown"


def export_store(
    store: Any,
    fmt: str,
    out: str | Path | TextIO | None = None,
    *,
    where: str | None = None,
    params: list[Any] | None = None,
    partition_by: str | None = None,
) -> int:
    """Write the store's events in ``fmt``; return how many rows were written.

    ``partition_by="month"`` writes one file per month of the event date into the folder
    ``out`` (``OUT/month=2023-10/events.EXT``, Hive-style; undated: ``month=unknown``).
    """
    if fmt not in FORMATS:
        raise TacitusError(f"unknown export format {fmt!r}; use one of {', '.join(FORMATS)}")
    if fmt == "parquet" and not isinstance(out, (str, Path)):
        raise TacitusError("Parquet is binary: give a file (or folder) with -o/--output")
    if fmt == "jsonl":
        if partition_by:
            raise TacitusError("--partition-by works with the linked-event formats, not jsonl")
        return write_events(store.event_records(where, params), "jsonl", out)
    records = linked_records(store, where, params)
    if not partition_by:
        return _write_one(fmt, records, out)
    if partition_by != "month":
        raise TacitusError(f"cannot partition by {partition_by!r}; use month")
    if not isinstance(out, (str, Path)):
        raise TacitusError("--partition-by needs -o/--output FOLDER")
    groups: dict[str, list[dict[str, Any]]] = {}
    for rec in records:
        groups.setdefault(_month(rec), []).append(rec)
    n = 0
    for month, recs in sorted(groups.items()):
        folder = Path(out) / f"month={month}"
        folder.mkdir(parents=True, exist_ok=True)
        n += _write_one(fmt, recs, folder / f"events.{_SUFFIX[fmt]}")
    return n
