"""`tacitus eval places [PATH]`: place mentions against our own place gold articles.

Gold format (JSONL, one short article per line; see ``tests/golden/README.md``)::

    {"id": "dp-dev-04", "date": "2024-11-06", "publisher": "...", "dateline": "ATLANTA",
     "text": "...",
     "places": [{"text": "Georgia", "occurrence": 1, "name": "Georgia", "country": "USA",
                 "kind": "admin1", "geonames_id": 4197000}]}

Each article runs through the places stage (``tacitus.places.v1``: spaCy entities, landmarks,
the dateline, context disambiguation) and each gold mention is matched to the listed place
(``Analysis.places``) that overlaps its span the most. *Exact*: same name (accents, case and a
leading "the" ignored; or a name the gazetteer files that same entry under), same country (ISO alpha-3, null for seas and borders) and, when gold
gives one, the same ``geonames_id``. *Country*: same country. A mention with no listed place is
wrong on both. Listed places that overlap no gold mention are counted as extras.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from ..places import normalize_name
from ..records import Where
from .dates import analysis_of
from .gold import dev_errors, errors_section, gold_paths, occurrence_span, read_gold
from .report import Report, table

DEFAULT_FILES = ("places_dev.jsonl", "places_test.jsonl")
KINDS = ("city", "country", "admin1", "landmark")
ERRORS_SHOWN = 15


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def match(places: list[Where], start: int, end: int) -> Where | None:
    """The listed place that overlaps ``[start, end)`` the most, or None."""
    best, size = None, 0
    for p in places:
        if p.start is None or p.end is None:
            continue
        k = _overlap((start, end), (p.start, p.end))
        if k > size:
            best, size = p, k
    return best


def is_exact(got: Where | None, gold: dict[str, Any], gazetteer: Any = None) -> bool:
    """Same place: same country, and the same name, or a name the gazetteer files the very
    same entry under ("New York" for geonames' "New York City")."""
    if got is None or got.country != gold.get("country"):
        return False
    if gold.get("geonames_id") is not None:
        return got.geonames_id == gold["geonames_id"]
    if normalize_name(got.name) == normalize_name(gold["name"]):
        return True
    if gazetteer is None:
        return False
    return any(
        w.name == got.name
        and w.country == got.country
        and w.precision == got.precision
        and w.geonames_id == got.geonames_id
        for w in gazetteer.lookup(gold["name"])
    )


def score_file(path: Path, nlp: Any, *, limit: int | None = None) -> dict[str, Any]:
    """Place every gold article; counts, per-kind and ambiguity tallies, and errors."""
    from ..places import Gazetteer
    from ..where import ResolvePlaces

    gazetteer = Gazetteer.default()
    stage = ResolvePlaces(gazetteer=gazetteer)
    records = read_gold(path)
    if limit is not None:
        records = records[:limit]
    total = exact = country = found = extras = listed = 0
    by_kind: dict[str, list[int]] = {}
    errors = []
    for record in records:
        analysis = analysis_of(record, nlp)
        stage([analysis])
        spans = []
        for gold in record["places"]:
            start, end = occurrence_span(record["text"], gold["text"], gold.get("occurrence", 1))
            spans.append((start, end))
            got = match(analysis.places, start, end)
            ok = is_exact(got, gold, gazetteer)
            ok_country = got is not None and got.country == gold.get("country")
            total += 1
            exact += ok
            country += ok_country
            found += got is not None
            names = {w.country for w in gazetteer.lookup(gold["text"])}
            keys = [gold.get("kind") or "other"]
            if len(names) > 1:
                keys.append("ambiguous name")
            for key in keys:
                tally = by_kind.setdefault(key, [0, 0, 0])
                tally[0] += ok
                tally[1] += ok_country
                tally[2] += 1
            if not ok:
                errors.append(
                    {
                        "id": record["id"],
                        "text": gold["text"],
                        "occurrence": gold.get("occurrence", 1),
                        "gold": f"{gold['name']} ({gold.get('country')})",
                        "got": f"{got.name} ({got.country}, {got.precision})" if got else "none",
                        "reason": got.reason if got else "",
                    }
                )
        listed += len(analysis.places)
        extras += sum(
            1
            for p in analysis.places
            if p.start is not None
            and not any(_overlap((p.start, p.end or p.start), s) for s in spans)
        )
    return {
        "file": str(path),
        "articles": len(records),
        "mentions": total,
        "exact": exact,
        "country": country,
        "found": found,
        "listed": listed,
        "extras": extras,
        "exact_accuracy": exact / total if total else 0.0,
        "country_accuracy": country / total if total else 0.0,
        "by_kind": by_kind,
        "errors": errors,
    }


def run(path: str | None, *, model: str | None = None, limit: int | None = None) -> Report:
    """Score place mentions on the gold file at ``path`` (default: both bundled files)."""
    from .. import nlp as nlp_mod

    started = time.perf_counter()
    nlp = nlp_mod.load(model)
    files = [score_file(p, nlp, limit=limit) for p in gold_paths(path, DEFAULT_FILES)]
    total = sum(f["mentions"] for f in files)
    exact = sum(f["exact"] for f in files)
    country = sum(f["country"] for f in files)
    accuracy = exact / total if total else 0.0
    country_accuracy = country / total if total else 0.0
    summary = table(
        ["file", "articles", "mentions", "found", "exact", "country", "extras"],
        [
            [
                Path(f["file"]).name,
                f["articles"],
                f["mentions"],
                f["found"],
                f["exact_accuracy"],
                f["country_accuracy"],
                f["extras"],
            ]
            for f in files
        ],
    )
    kinds: dict[str, list[int]] = {}
    for f in files:
        for k, tally in f["by_kind"].items():
            acc = kinds.setdefault(k, [0, 0, 0])
            for i in range(3):
                acc[i] += tally[i]
    order = [k for k in (*KINDS, "ambiguous name") if k in kinds]
    order += sorted(k for k in kinds if k not in order)
    by_kind = table(
        ["kind", "mentions", "exact", "country"],
        [[k, kinds[k][2], kinds[k][0] / kinds[k][2], kinds[k][1] / kinds[k][2]] for k in order],
    )
    sections = [
        f"country accuracy: {country_accuracy:.3f}",
        summary,
        by_kind,
        errors_section(files, ERRORS_SHOWN),
        f"{time.perf_counter() - started:.1f} s",
    ]
    return Report(
        title="Places: place mentions against our gold",
        headline_name="place exact match",
        headline=accuracy,
        sections=sections,
        data={
            "mentions": total,
            "exact": exact,
            "country": country,
            "exact_accuracy": accuracy,
            "country_accuracy": country_accuracy,
            "files": [{k: v for k, v in f.items() if k != "errors"} for f in files],
            "by_kind": kinds,
            "errors": dev_errors(files)[0],  # held-out errors never leave the scorer
        },
    )
