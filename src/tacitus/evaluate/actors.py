"""`tacitus eval actors [PATH]`: actor resolution against our own actor gold articles.

Gold format (JSONL, one short article per line; see ``tests/golden/README.md``)::

    {"id": "a-dev-01", "date": "2023-10-05", "text": "...",
     "mentions": [{"text": "Austin", "occurrence": 1, "kind": "surname",
                   "country": "USA", "cameo_code": "USAGOV", "entity": "usa.austin_lloyd"}]}

``occurrence`` says which whole-word, case-sensitive occurrence of ``text`` in the article is
meant (1 = the first). A gold mention is correct when the system mention covering the most of
that span resolves to the gold ``country`` and ``cameo_code`` (and ``entity`` when gold gives
one); a gold mention with ``country`` and ``cameo_code`` null is correct when the system left it
unresolved (no covering mention, or one whose actor has neither a country nor a code).

What is scored is what the pipeline's actor stage outputs (``ACTOR_STAGES``: the resolver with
its dateline-country step, then the quotes stage that gives "I"/"we" in a quotation its speaker),
not the bare resolver.

Errors are listed for development files only: a held-out file (``*_test*.jsonl``) reports its
totals, so that rules are not tuned on it.
"""

from __future__ import annotations

import time
from collections import Counter
from pathlib import Path
from typing import Any

from ..records import Actor, Mention
from .gold import dev_errors, gold_paths, held_out, occurrence_span, read_gold
from .report import Report, table

DEFAULT_FILES = ("actors_dev.jsonl", "actors_test.jsonl")
#: How a gold mention is expected to be resolved; accuracy is broken down by these.
KINDS = ("name", "surname", "pronoun", "role", "metonym", "demonym", "org", "compound", "none")
ERRORS_SHOWN = 15


#: Kept under this name for callers of the actor scorer.
find_span = occurrence_span


def covering(mentions: list[Mention], start: int, end: int) -> Mention | None:
    """The system mention overlapping ``start:end`` the most (None when none overlaps)."""
    best, best_overlap = None, 0
    for m in mentions:
        overlap = min(m.end, end) - max(m.start, start)
        if overlap > best_overlap:
            best, best_overlap = m, overlap
    return best


def resolved(actor: Actor | None) -> bool:
    return actor is not None and bool(actor.country or actor.cameo_code)


def judge(gold: dict[str, Any], mention: Mention | None) -> bool:
    actor = mention.actor if mention is not None else None
    if gold.get("country") is None and gold.get("cameo_code") is None:
        return not resolved(actor)
    if not resolved(actor):
        return False
    assert actor is not None
    if actor.country != gold.get("country") or actor.cameo_code != gold.get("cameo_code"):
        return False
    return not gold.get("entity") or actor.entity_id == gold["entity"]


def _describe(actor: Actor | None) -> str:
    if not resolved(actor):
        return "unresolved"
    assert actor is not None
    who = f" {actor.entity_id}" if actor.entity_id else ""
    return f"{actor.cameo_code}{who} ({actor.resolution})"


def _gold_text(g: dict[str, Any]) -> str:
    if g.get("cameo_code") is None and g.get("country") is None:
        return "unresolved"
    who = f" {g['entity']}" if g.get("entity") else ""
    return f"{g.get('cameo_code')}{who}"


#: The pipeline stages whose output is scored: the actor stage (with its dateline-country step)
#: and the quotes stage ("I"/"we" in a quotation → its speaker), as ``tacitus code`` runs them.
ACTOR_STAGES = ("tacitus.actors.resolve.v1", "tacitus.quotes.v1")


def actor_stages() -> list[Any]:
    """The pipeline's actor stages (``ACTOR_STAGES``), built once per scored file."""
    from .. import coder  # noqa: F401  (registers the stages)
    from ..pipeline import stages

    return [stages.create(name) for name in ACTOR_STAGES]


def actor_stage_mentions(rec: dict[str, Any], nlp: Any, stages: list[Any]) -> list[Mention]:
    """The mentions the pipeline's actor stages output for one gold article."""
    from ..records import Analysis, Article
    from ..segment import sentences_of

    analysis = Analysis(article=Article(id=rec["id"], text=rec["text"], date=rec.get("date")))
    analysis.doc = nlp(rec["text"])
    analysis.sentences = sentences_of(rec["id"], analysis.doc)
    for stage in stages:
        stage([analysis])
    return analysis.mentions


def score_file(path: Path, nlp: Any, *, limit: int | None = None) -> dict[str, Any]:
    stages = actor_stages()
    records = read_gold(path)[:limit] if limit else read_gold(path)
    total = correct = 0
    by_kind: Counter[str] = Counter()
    by_kind_ok: Counter[str] = Counter()
    errors: list[dict[str, Any]] = []
    calibration: list[tuple[str, float, bool]] = []
    seconds = 0.0
    for rec in records:
        t0 = time.perf_counter()
        mentions = actor_stage_mentions(rec, nlp, stages)
        seconds += time.perf_counter() - t0
        for g in rec["mentions"]:
            kind = g.get("kind") or "name"
            try:
                span = occurrence_span(rec["text"], g["text"], g.get("occurrence", 1))
            except ValueError as exc:
                raise ValueError(f"{path}: {rec['id']}: {exc}") from None
            m = covering(mentions, *span)
            ok = judge(g, m)
            if m is not None and resolved(m.actor):
                assert m.actor is not None
                calibration.append((m.actor.resolution or "?", m.actor.confidence, ok))
            total += 1
            correct += ok
            by_kind[kind] += 1
            by_kind_ok[kind] += ok
            if not ok:
                errors.append(
                    {
                        "file": path.name,
                        "id": rec["id"],
                        "text": g["text"],
                        "occurrence": g.get("occurrence", 1),
                        "kind": kind,
                        "gold": _gold_text(g),
                        "system": _describe(m.actor if m else None),
                        "system_text": m.text if m else None,
                    }
                )
    return {
        "file": str(path),
        "articles": len(records),
        "mentions": total,
        "correct": correct,
        "accuracy": correct / total if total else 0.0,
        "by_kind": {k: [by_kind_ok[k], by_kind[k]] for k in by_kind},
        "errors": errors,
        "calibration": calibration,
        "resolve_seconds": seconds,
    }


def run(path: str | None, *, model: str | None = None, limit: int | None = None) -> Report:
    """Score actor resolution on the gold file at ``path`` (default: both bundled files)."""
    from .. import nlp as nlp_mod

    nlp = nlp_mod.load(model)
    files = [score_file(p, nlp, limit=limit) for p in gold_paths(path, DEFAULT_FILES)]
    total = sum(f["mentions"] for f in files)
    correct = sum(f["correct"] for f in files)
    accuracy = correct / total if total else 0.0
    summary = table(
        ["file", "articles", "mentions", "correct", "accuracy"],
        [
            [Path(f["file"]).name, f["articles"], f["mentions"], f["correct"], f["accuracy"]]
            for f in files
        ],
    )
    kinds: Counter[str] = Counter()
    kinds_ok: Counter[str] = Counter()
    for f in files:
        for k, (ok, n) in f["by_kind"].items():
            kinds[k] += n
            kinds_ok[k] += ok
    order = [k for k in KINDS if k in kinds] + sorted(k for k in kinds if k not in KINDS)
    by_kind = table(
        ["kind", "mentions", "correct", "accuracy"],
        [[k, kinds[k], kinds_ok[k], kinds_ok[k] / kinds[k]] for k in order],
    )
    # a held-out file (name containing "_test") reports totals only, so nobody tunes on it
    errors, hidden = dev_errors(files)
    shown = errors[:ERRORS_SHOWN]
    error_table = table(
        ["file", "id", "mention", "kind", "gold", "system"],
        [
            [e["file"], e["id"], f"{e['text']}#{e['occurrence']}", e["kind"], e["gold"],
             e["system"]]
            for e in shown
        ],
    )  # fmt: skip
    how: dict[str, list[tuple[float, bool]]] = {}
    for f in files:
        for resolution, conf, ok in f.pop("calibration"):
            how.setdefault(resolution, []).append((conf, ok))
    calibration = table(
        ["system resolution", "mentions", "mean confidence", "accuracy"],
        [
            [k, len(v), sum(c for c, _ in v) / len(v), sum(ok for _, ok in v) / len(v)]
            for k, v in sorted(how.items(), key=lambda kv: -len(kv[1]))
        ],
    )
    sections = [
        "Per file\n" + summary,
        "By resolution kind\n" + by_kind,
        "Confidence against accuracy (resolved mentions)\n" + calibration,
        f"First {len(shown)} of {len(errors)} errors"
        + (f" (and {hidden} in held-out files, not listed)" if hidden else "")
        + "\n"
        + (error_table if shown else "(none)"),
    ]
    for f in files:
        if held_out(f["file"]):
            f["errors"] = []
    return Report(
        title="Actor resolution against our actor gold",
        headline_name="accuracy",
        headline=accuracy,
        sections=sections,
        data={
            "files": files,
            "mentions": total,
            "correct": correct,
            "by_kind": {k: {"mentions": kinds[k], "correct": kinds_ok[k]} for k in order},
        },
    )
