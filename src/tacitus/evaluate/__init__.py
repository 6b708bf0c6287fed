"""Scoring coded events against gold sentences written in our own format.

Gold format (JSONL, one sentence per line)::

    {"id": "dev-001", "date": "2024-03-14", "text": "...",
     "events": [{"type": "CONSULT", "actor": ["USA"], "recipient": ["JPN"],
                 "negated": false, "future": false}]}

``actor``/``recipient`` are ISO 3166 alpha-3 codes, or ``IGO`` for intergovernmental
organisations. A predicted event matches a gold event when the PLOVER type and the negation
agree, the actor countries overlap and, where the gold names a recipient, the recipient
countries overlap. Meetings and other two-sided types (CONSULT, or gold with no recipient
and two actors) compare the union of both sides, since either side may be written first.
Each gold event is matched at most once.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..records import Actor, Article, Event

SYMMETRIC = frozenset({"CONSULT"})


def actor_codes(actors: Iterable[Actor]) -> set[str]:
    """Country codes of actors; IGOs and NGOs count as 'IGO'/'NGO'."""
    out = set()
    for a in actors:
        if a.country:
            out.add(a.country)
        elif a.cameo_code:
            out.add(a.cameo_code[:3])
    return out


def _matches(pred: Event, gold: dict[str, Any]) -> bool:
    if pred.plover.get("type") != gold["type"]:
        return False
    if bool(pred.flags.get("negated")) != bool(gold.get("negated", False)):
        return False
    pa, pr = actor_codes(pred.actor), actor_codes(pred.recipient)
    ga, gr = set(gold.get("actor") or []), set(gold.get("recipient") or [])
    if gold["type"] in SYMMETRIC or (not gr and len(ga) > 1):
        return bool((pa | pr) & (ga | gr)) and (len(ga | gr) < 2 or len((pa | pr) & (ga | gr)) >= 2)
    return bool(pa & ga) and (not gr or bool(pr & gr))


@dataclass
class Score:
    """Counts and the derived precision, recall and F1, overall and per PLOVER type."""

    sentences: int = 0
    gold: int = 0
    predicted: int = 0
    correct: int = 0
    type_correct: int = 0
    per_type: dict[str, Counter] = field(default_factory=dict)
    misses: list[dict[str, Any]] = field(default_factory=list)

    @staticmethod
    def prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
        p = tp / n_pred if n_pred else 0.0
        r = tp / n_gold if n_gold else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    def as_dict(self) -> dict[str, Any]:
        p, r, f = self.prf(self.correct, self.predicted, self.gold)
        tp, tr, tf = self.prf(self.type_correct, self.predicted, self.gold)
        return {
            "sentences": self.sentences, "gold_events": self.gold, "predicted_events": self.predicted,
            "type": {"precision": tp, "recall": tr, "f1": tf},
            "type_actor_recipient": {"precision": p, "recall": r, "f1": f},
            "extra_per_sentence": max(0, self.predicted - self.correct) / max(1, self.sentences),
            "per_type": {t: {"gold": c["gold"], "predicted": c["predicted"], "correct": c["correct"]}
                         for t, c in sorted(self.per_type.items())},
        }  # fmt: skip


def read_gold(path: str | Path) -> list[dict[str, Any]]:
    """Read a gold JSONL file; each line must have id, text and events."""
    rows = []
    with open(path, encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, start=1):
            if line.strip():
                row = json.loads(line)
                for key in ("id", "text", "events"):
                    if key not in row:
                        raise ValueError(f"{path}:{lineno}: gold line lacks {key!r}")
                rows.append(row)
    return rows


def score(gold_rows: list[dict[str, Any]], *, pipeline: Any = None) -> Score:
    """Code every gold sentence as a one-sentence article and score the events."""
    from .. import coder

    articles = [Article(id=str(g["id"]), text=g["text"], date=g.get("date")) for g in gold_rows]
    result = Score()
    for g, analysis in zip(
        gold_rows, coder.code_articles(articles, pipeline=pipeline), strict=True
    ):
        result.sentences += 1
        gold_events = list(g["events"])
        result.gold += len(gold_events)
        result.predicted += len(analysis.events)
        for ge in gold_events:
            result.per_type.setdefault(ge["type"], Counter())["gold"] += 1
        unmatched = list(gold_events)
        typed = [ge["type"] for ge in gold_events]
        for ev in analysis.events:
            ptype = ev.plover.get("type") or f"CAMEO{ev.cameo['root']}"
            result.per_type.setdefault(ptype, Counter())["predicted"] += 1
            if ptype in typed:
                typed.remove(ptype)
                result.type_correct += 1
            hit = next((ge for ge in unmatched if _matches(ev, ge)), None)
            if hit is not None:
                unmatched.remove(hit)
                result.correct += 1
                result.per_type[ptype]["correct"] += 1
        if unmatched or len(analysis.events) > len(gold_events) - len(unmatched):
            result.misses.append({"id": g["id"], "text": g["text"], "missed": unmatched,
                                  "predicted": [(e.plover.get("type"), sorted(actor_codes(e.actor)),
                                                 sorted(actor_codes(e.recipient)), e.rule.split(" | ")[0])
                                                for e in analysis.events]})  # fmt: skip
    return result
