"""`tacitus eval dates [PATH]`: temporal expressions against our own date gold articles.

Gold format (JSONL, one short article per line; see ``tests/golden/README.md``)::

    {"id": "dp-dev-01", "date": "2024-01-01T09:10+09:00", "publisher": "Yonhap",
     "dateline": "SEOUL", "text": "...",
     "dates": [{"text": "on Sunday", "occurrence": 1, "value": "2023-12-31", "precision": "day"}]}

``date`` is the publication date (with a time and offset where the outlet prints one),
``occurrence`` says which whole-word, case-sensitive occurrence of ``text`` is meant (1 = the
first). Each gold expression is resolved in its article with the code the pipeline uses
(:class:`tacitus.when.DateResolver`: the clause's tense, the last date the story gave, the
writer's and the event place's time zones) and is correct when both ``value`` and
``precision`` match.
"""

from __future__ import annotations

import re
import time
from datetime import date
from pathlib import Path
from typing import Any

from ..records import Analysis, Article
from .gold import dev_errors, errors_section, gold_paths, occurrence_span, read_gold
from .report import Report, table

DEFAULT_FILES = ("dates_dev.jsonl", "dates_test.jsonl")
#: Kinds of expression, in the order a breakdown lists them (see :func:`category`).
CATEGORIES = (
    "weekday", "deictic", "relative", "anchored", "explicit", "month", "year", "range", "since",
)  # fmt: skip
ERRORS_SHOWN = 15

_WEEKDAY = re.compile(r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b", re.I)
_MONTH = re.compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?:\s|$)", re.I)


def analysis_of(record: dict[str, Any], nlp: Any) -> Analysis:
    """An Analysis of a gold article, parsed, with its publication date and dateline."""
    article = Article(
        id=record["id"],
        text=record["text"],
        date=record.get("date"),
        publisher=record.get("publisher"),
        dateline=record.get("dateline"),
    )
    return Analysis(article=article, doc=nlp(record["text"]))


def category(expr: str) -> str:
    """The kind of a gold expression, for the breakdown (first rule that applies)."""
    from ..when import is_anchored

    s = expr.lower()
    if s.startswith("since "):
        return "since"
    if re.search(r"\d\s*(?:-|–|to)\s*\d|\bfrom .+ to\b|\bbetween\b", s):
        return "range"
    if is_anchored(expr):
        return "anchored"
    if _WEEKDAY.search(s):
        return "weekday"
    if re.search(r"\b(?:today|yesterday|tomorrow|tonight)\b", s):
        return "deictic"
    if re.search(r"\b(?:last|next|this|ago|earlier|later|past|coming)\b", s) and not re.search(
        r"\d", s
    ):
        return "relative"
    if _MONTH.search(s + " ") and re.search(r"\d{1,2}(?!\d)", s):
        return "explicit"
    if _MONTH.search(s + " "):
        return "month"
    return "year"


def _timing(gold: dict[str, Any], published: date | None) -> str:
    if published is None:
        return "no publication date"
    value = gold["value"]
    first = date.fromisoformat(value + "-01-01"[len(value) - 4 :] if len(value) < 10 else value)
    return "future" if first > published else "past or present"


def score_file(path: Path, nlp: Any, *, limit: int | None = None) -> dict[str, Any]:
    """Resolve every gold expression of one file; counts, per-category tallies and errors."""
    from ..when import DateResolver, parse_published

    records = read_gold(path)
    if limit is not None:
        records = records[:limit]
    total = correct = value_ok = 0
    by_cat: dict[str, list[int]] = {}
    by_timing: dict[str, list[int]] = {}
    by_zone: dict[str, list[int]] = {}
    errors = []
    for record in records:
        analysis = analysis_of(record, nlp)
        resolver = DateResolver(analysis)
        published = parse_published(record.get("date"))
        timed = "publication with a time" if resolver.moment else "publication day only"
        for gold in record["dates"]:
            start, end = occurrence_span(record["text"], gold["text"], gold.get("occurrence", 1))
            got = resolver.resolve_at(start, end)
            value = got.value if got else None
            ok_value = value == gold["value"]
            ok = ok_value and got is not None and got.precision == gold["precision"]
            total += 1
            correct += ok
            value_ok += ok_value
            for table_, key in (
                (by_cat, category(gold["text"])),
                (by_timing, _timing(gold, published)),
                (by_zone, timed),
            ):
                tally = table_.setdefault(key, [0, 0])
                tally[0] += ok
                tally[1] += 1
            if not ok:
                errors.append(
                    {
                        "id": record["id"],
                        "text": gold["text"],
                        "occurrence": gold.get("occurrence", 1),
                        "gold": f"{gold['value']} ({gold['precision']})",
                        "got": f"{value} ({got.precision})" if got else "none",
                        "reason": got.reason if got else "",
                    }
                )
    return {
        "file": str(path),
        "articles": len(records),
        "expressions": total,
        "correct": correct,
        "accuracy": correct / total if total else 0.0,
        "value_accuracy": value_ok / total if total else 0.0,
        "by_category": by_cat,
        "by_timing": by_timing,
        "by_zone": by_zone,
        "errors": errors,
    }


def _merge(files: list[dict[str, Any]], key: str) -> dict[str, list[int]]:
    out: dict[str, list[int]] = {}
    for f in files:
        for k, (ok, n) in f[key].items():
            tally = out.setdefault(k, [0, 0])
            tally[0] += ok
            tally[1] += n
    return out


def _breakdown(name: str, tallies: dict[str, list[int]], order: tuple[str, ...] = ()) -> str:
    keys = [k for k in order if k in tallies] + sorted(k for k in tallies if k not in order)
    return table(
        [name, "expressions", "correct", "accuracy"],
        [[k, tallies[k][1], tallies[k][0], tallies[k][0] / tallies[k][1]] for k in keys],
    )


def run(path: str | None, *, model: str | None = None, limit: int | None = None) -> Report:
    """Score date resolution on the gold file at ``path`` (default: both bundled files)."""
    from .. import nlp as nlp_mod

    started = time.perf_counter()
    nlp = nlp_mod.load(model)
    files = [score_file(p, nlp, limit=limit) for p in gold_paths(path, DEFAULT_FILES)]
    total = sum(f["expressions"] for f in files)
    correct = sum(f["correct"] for f in files)
    accuracy = correct / total if total else 0.0
    summary = table(
        ["file", "articles", "expressions", "correct", "accuracy", "value only"],
        [
            [
                Path(f["file"]).name,
                f["articles"],
                f["expressions"],
                f["correct"],
                f["accuracy"],
                f["value_accuracy"],
            ]
            for f in files
        ],
    )
    by_cat = _merge(files, "by_category")
    by_timing = _merge(files, "by_timing")
    by_zone = _merge(files, "by_zone")
    sections = [
        summary,
        _breakdown("kind", by_cat, CATEGORIES),
        _breakdown("timing", by_timing),
        _breakdown("publication", by_zone),
        errors_section(files, ERRORS_SHOWN),
        f"{time.perf_counter() - started:.1f} s",
    ]
    return Report(
        title="Dates: temporal expressions resolved in context (our gold)",
        headline_name="date accuracy (value+precision)",
        headline=accuracy,
        sections=sections,
        data={
            "expressions": total,
            "correct": correct,
            "accuracy": accuracy,
            "files": [{k: v for k, v in f.items() if k != "errors"} for f in files],
            "by_category": by_cat,
            "by_timing": by_timing,
            "errors": dev_errors(files)[0],  # held-out errors never leave the scorer
        },
    )
