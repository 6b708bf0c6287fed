"""`tacitus eval plover-gsr`: coded events against the PLOVER gold-standard records (GSR).

The GSR (Open Event Data Alliance, CC BY-SA 4.0) is one JSON array of hand-coded records in
PLOVER 0.5 names; it lives outside the project, in ``../shared/eval/plover_gsr/``, and is used
for measuring only: never tune patterns on it. This module reads it, maps the old event names to
the current 16 types (DEMAND→REQUEST, DISAPPROVE→ACCUSE, INVESTIGATE→ACCUSE, FIGHT→ASSAULT)
and old country codes to ISO 3166 (JAP→JPN, ...; UNO and IGO → IGO), skips the DOCUMENT header,
and scores with :mod:`.events` — the same three levels, per-type table and confusion matrix,
type accuracy, where the dyad is lost and reliability by confidence band (aggregate counts).
It adds "actor-country agreement": the share of records where some coded event's actor country
is one of the gold source countries. The report prints figures only, never a GSR sentence.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from ..codes import normalize_plover_type
from ..errors import TacitusError
from . import events
from .report import Report, table

#: Where the GSR file lies, relative to the directory that holds the project's shared folder.
RELATIVE = Path("eval") / "plover_gsr" / "PLOVER_GSR_CAMEO.txt"
#: Old CAMEO country codes in the GSR → ISO 3166 alpha-3 (or IGO).
OLD_CODES = {"JAP": "JPN", "ITL": "ITA", "VTN": "VNM", "GMY": "DEU", "UNO": "IGO", "IGO": "IGO"}


def default_path() -> Path:
    """``$TACITUS_SHARED/eval/plover_gsr/...``, else ``../shared/...`` from the repo root or CWD."""
    env = os.environ.get("TACITUS_SHARED")
    if env:
        return Path(env) / RELATIVE
    repo = Path(__file__).resolve().parents[3]
    for base in (repo, Path.cwd()):
        candidate = base.parent / "shared" / RELATIVE
        if candidate.exists():
            return candidate
    return repo.parent / "shared" / RELATIVE


def _codes(side: Any) -> list[str]:
    out: list[str] = []
    if not isinstance(side, list):
        return out  # None, or an empty/free string where no target was coded
    for a in side:
        code = (a or {}).get("code") if isinstance(a, dict) else None
        if isinstance(code, str) and code.strip():
            code = code.strip().upper()[:3]
            code = OLD_CODES.get(code, code)
            if code not in out:
                out.append(code)
    return out


def gold_rows(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """GSR records → rows of our gold format (one event each; the DOCUMENT header dropped)."""
    rows = []
    for r in records:
        name = r.get("event")
        if not name or name == "DOCUMENT" or not r.get("text"):
            continue
        ptype, _mode = normalize_plover_type(name)
        rows.append(
            {
                "id": str(r.get("id")),
                "date": r.get("date") or None,
                "text": r["text"],
                "events": [
                    {
                        "type": ptype,
                        "actor": _codes(r.get("source")),
                        "recipient": _codes(r.get("target")),
                        "negated": False,
                    }
                ],
            }
        )
    return rows


def read(path: str | Path | None = None) -> list[dict[str, Any]]:
    """The GSR as gold rows; a clear error naming the path when the file is missing."""
    p = Path(path) if path else default_path()
    if not p.exists():
        raise TacitusError(
            f"PLOVER GSR not found at {p}: put PLOVER_GSR_CAMEO.txt (Open Event Data Alliance, "
            "PLOVER repository, gold_standard_records/) there, set $TACITUS_SHARED to the folder "
            "holding eval/plover_gsr/, or pass its path: tacitus eval plover-gsr PATH"
        )
    try:
        records = json.loads(p.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise TacitusError(f"{p}: cannot read the PLOVER GSR ({exc})") from None
    if not isinstance(records, list):
        raise TacitusError(f"{p}: expected one JSON array of GSR records")
    return gold_rows(records)


def run(
    path: str | Path | None = None,
    *,
    model: str | None = None,
    limit: int | None = None,
    pipeline: Any = None,
) -> Report:
    """Score the default pipeline (or ``pipeline``) on the GSR; figures only."""
    from .. import coder

    rows = read(path)
    if limit is not None:
        rows = rows[:limit]
    pipe = pipeline or coder.build(model=model)
    result = events.Score()
    agree = coded = agree_coded = 0
    for g, analysis in zip(rows, events.code_gold(rows, pipeline=pipe), strict=True):
        result.add(g["events"], analysis.events, sentences=len(analysis.sentences))
        sources = set(g["events"][0]["actor"])
        predicted = set().union(*(events.actor_codes(e.actor) for e in analysis.events))
        hit = bool(sources & predicted)
        agree += hit
        if analysis.events:
            coded += 1
            agree_coded += hit
    n = len(rows)
    agreement = {
        "records": n,
        "records_with_events": coded,
        "all_records": agree / n if n else 0.0,
        "records_with_events_share": agree_coded / coded if coded else 0.0,
    }
    out = events.report(result, title="PLOVER GSR (Open Event Data Alliance, CC BY-SA 4.0)")
    out.data["actor_country_agreement"] = agreement
    out.sections.append(
        "Actor-country agreement (some coded actor country is a gold source country)\n"
        + table(
            ["records", "n", "agreeing", "share"],
            [
                ["all", n, agree, agreement["all_records"]],
                [
                    "with >=1 coded event",
                    coded,
                    agree_coded,
                    agreement["records_with_events_share"],
                ],
            ],
        )
    )
    return out
