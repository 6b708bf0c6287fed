"""Scoring coded events against gold events: our own gold format, and the shared scorer for GSR.

Gold format (JSONL, one text per line; the text may hold several sentences)::

    {"id": "dev-001", "date": "2024-03-14", "text": "...",
     "events": [{"type": "CONSULT", "actor": ["USA"], "recipient": ["JPN"],
                 "negated": false, "future": false}]}

``actor``/``recipient`` are ISO 3166 alpha-3 codes, or ``IGO`` for intergovernmental
organisations. Three levels of agreement are scored, each with precision, recall and F1:

* **type** — the PLOVER type alone (each gold event used once per text);
* **type+actor** — type and negation agree and the actor countries overlap;
* **type+actor+recipient** (the headline) — as above and, where the gold names a recipient,
  the recipient countries overlap.

Meetings and other two-sided events (CONSULT, or gold with no recipient and two actors)
compare the union of both sides, since either side may be written first. Each gold event is
matched at most once per level. The confusion matrix pairs each gold event with the predicted
event about the same actors (whatever its type); gold events left unpaired are MISSED and
predicted events left unpaired are SPURIOUS.

Three diagnostics come with the levels (text report and ``--json``):

* **type accuracy** — among gold events paired with a predicted event about the same actors (the
  confusion matrix's pairing, MISSED excluded), the share whose type is right;
* **where the dyad is lost** — predicted events that miss type+actor+recipient although an
  unmatched gold event of the same text has their type: each is set beside that gold event
  (one whose actor agrees first) and counted as actor missing (no country or IGO/NGO code) /
  actor wrong country / recipient missing / recipient wrong country / negation differs; a
  predicted event whose type only matches gold events already matched is counted as an extra
  mention. Aggregate counts only;
* **reliability** — predicted events by confidence band (events, precision at
  type+actor+recipient, mean confidence), with the expected calibration error (10 bins) and the
  Brier score; where the events were calibrated (:mod:`tacitus.events.calibrate`) the same
  figures for the raw confidence are given too.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import TacitusError
from ..events import calibrate
from ..records import Actor, Analysis, Article, Event
from . import gold
from .report import Report, table

SYMMETRIC = frozenset({"CONSULT"})
#: Matching levels, from loosest to strictest: key, label.
LEVELS = (
    ("type", "type"),
    ("type_actor", "type+actor"),
    ("type_actor_recipient", "type+actor+recipient"),
)
MISSED = "MISSED"
SPURIOUS = "SPURIOUS"
#: Why a predicted event of the right type misses type+actor+recipient: key, label.
DYAD_LOST = (
    ("actor_missing", "actor missing (no country/IGO code)"),
    ("actor_wrong_country", "actor wrong country"),
    ("recipient_missing", "recipient missing"),
    ("recipient_wrong_country", "recipient wrong country"),
    ("negation_differs", "dyad right, negation differs"),
    ("extra_mention", "type only matches gold already matched"),
)


def actor_codes(actors: Iterable[Actor]) -> set[str]:
    """Country codes of actors; IGOs and NGOs count as 'IGO'/'NGO'."""
    out = set()
    for a in actors:
        if a.country:
            out.add(a.country)
        elif a.cameo_code:
            out.add(a.cameo_code[:3])
    return out


def predicted_type(ev: Event) -> str:
    """The PLOVER type of a coded event; ``CAMEO01``-style for roots PLOVER leaves out."""
    return ev.plover.get("type") or f"CAMEO{ev.cameo.get('root', '')}"


def _two_sided(gold: dict[str, Any]) -> bool:
    return gold["type"] in SYMMETRIC or (
        not gold.get("recipient") and len(gold.get("actor") or []) > 1
    )


def _dyad(pred: Event, gold: dict[str, Any], *, recipient: bool) -> bool:
    """Whether the predicted actors (and recipients) agree with the gold, ignoring the type."""
    pa, pr = actor_codes(pred.actor), actor_codes(pred.recipient)
    ga, gr = set(gold.get("actor") or []), set(gold.get("recipient") or [])
    if _two_sided(gold):
        both = (pa | pr) & (ga | gr)
        if not recipient:
            return bool(both)
        return bool(both) and (len(ga | gr) < 2 or len(both) >= 2)
    return bool(pa & ga) and (not recipient or not gr or bool(pr & gr))


def _matches(pred: Event, gold: dict[str, Any], *, recipient: bool = True) -> bool:
    if predicted_type(pred) != gold["type"]:
        return False
    if bool(pred.flags.get("negated")) != bool(gold.get("negated", False)):
        return False
    return _dyad(pred, gold, recipient=recipient)


def _lost(pred: Event, gold: dict[str, Any]) -> str:
    """Why ``pred`` (of the gold's type) fails type+actor+recipient against ``gold``."""
    if _dyad(pred, gold, recipient=True):
        return "negation_differs"
    pa, pr = actor_codes(pred.actor), actor_codes(pred.recipient)
    ga, gr = set(gold.get("actor") or []), set(gold.get("recipient") or [])
    if _two_sided(gold):  # either side may be written first: one side agrees, or none
        if not (pa | pr) & (ga | gr):
            return "actor_wrong_country" if pa | pr else "actor_missing"
        return "recipient_missing" if len(pa | pr) < 2 else "recipient_wrong_country"
    if not pa & ga:
        return "actor_wrong_country" if pa else "actor_missing"
    return "recipient_wrong_country" if pr else "recipient_missing"


def matched(gold_events: list[dict[str, Any]], events: list[Event]) -> set[int]:
    """Indices of the predicted events that match a gold event at type+actor+recipient."""
    return {pi for _gi, pi in _greedy(gold_events, events, _matches)}


def prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    """Precision, recall and F1 from true positives and the two totals."""
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


@dataclass
class Score:
    """Counts and the derived precision, recall and F1, overall and per PLOVER type."""

    records: int = 0  # gold records (texts) scored
    sentences: int = 0  # sentences in them (a record may hold several)
    gold: int = 0
    predicted: int = 0
    correct: int = 0  # type+actor+recipient
    actor_correct: int = 0  # type+actor
    type_correct: int = 0
    per_type: dict[str, Counter] = field(default_factory=dict)
    confusion: dict[str, Counter] = field(default_factory=dict)  # gold type → predicted type
    misses: list[dict[str, Any]] = field(default_factory=list)
    paired: int = 0  # gold events paired with a predicted event about the same actors
    paired_type_right: int = 0  # ... whose predicted type is the gold type
    dyad_lost: Counter = field(default_factory=Counter)  # DYAD_LOST key → predicted events
    scored: list[tuple[float, bool]] = field(default_factory=list)  # (confidence, correct)
    scored_raw: list[tuple[float, bool]] = field(default_factory=list)  # (raw confidence, correct)
    calibrated: int = 0  # predicted events that carry a calibrated confidence

    prf = staticmethod(prf)

    def level_counts(self) -> dict[str, int]:
        return {
            "type": self.type_correct,
            "type_actor": self.actor_correct,
            "type_actor_recipient": self.correct,
        }

    def as_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "records": self.records,
            "sentences": self.sentences,
            "gold_events": self.gold,
            "predicted_events": self.predicted,
        }
        for key, tp in self.level_counts().items():
            p, r, f = prf(tp, self.predicted, self.gold)
            out[key] = {"correct": tp, "precision": p, "recall": r, "f1": f}
        out["extra_per_sentence"] = max(0, self.predicted - self.correct) / max(1, self.sentences)
        out["per_type"] = {}
        for t, c in sorted(self.per_type.items()):
            p, r, f = prf(c["correct"], c["predicted"], c["gold"])
            out["per_type"][t] = {"gold": c["gold"], "predicted": c["predicted"],
                                  "correct": c["correct"], "precision": p, "recall": r, "f1": f}  # fmt: skip
        out["confusion"] = {
            g: dict(sorted(row.items())) for g, row in sorted(self.confusion.items())
        }
        out["type_accuracy"] = {
            "paired": self.paired,
            "type_right": self.paired_type_right,
            "accuracy": self.paired_type_right / self.paired if self.paired else 0.0,
        }
        out["dyad_lost"] = {key: self.dyad_lost.get(key, 0) for key, _ in DYAD_LOST}
        out["reliability"] = calibrate.reliability(self.scored)
        if self.calibrated:
            out["reliability"]["calibrated_events"] = self.calibrated
            out["reliability"]["raw"] = calibrate.reliability(self.scored_raw)
        return out

    # -- one text ----------------------------------------------------------------------
    def add(
        self, gold_events: list[dict[str, Any]], events: list[Event], *, sentences: int = 1
    ) -> None:
        """Score the events coded for one gold text of ``sentences`` sentences."""
        self.records += 1
        self.sentences += max(1, sentences)
        self.gold += len(gold_events)
        self.predicted += len(events)
        for ge in gold_events:
            self.per_type.setdefault(ge["type"], Counter())["gold"] += 1
        for ev in events:
            self.per_type.setdefault(predicted_type(ev), Counter())["predicted"] += 1
        typed = [ge["type"] for ge in gold_events]
        for ev in events:
            if predicted_type(ev) in typed:
                typed.remove(predicted_type(ev))
                self.type_correct += 1
        self.actor_correct += len(
            _greedy(gold_events, events, lambda e, g: _matches(e, g, recipient=False))
        )
        full = _greedy(gold_events, events, _matches)
        self.correct += len(full)
        for gi, _pi in full:
            self.per_type[gold_events[gi]["type"]]["correct"] += 1
        self._confuse(gold_events, events, full)
        self._dyad_lost(gold_events, events, full)
        right = {pi for _, pi in full}
        for pi, e in enumerate(events):
            self.scored.append((float(e.confidence), pi in right))
            self.scored_raw.append((calibrate.raw_confidence(e), pi in right))
            self.calibrated += calibrate.is_calibrated(e)

    def _dyad_lost(
        self, gold_events: list[dict[str, Any]], events: list[Event], full: list[tuple[int, int]]
    ) -> None:
        used_p = {p for _, p in full}
        free = [g for g in range(len(gold_events)) if g not in {g for g, _ in full}]
        for pi, e in enumerate(events):
            if pi in used_p:
                continue
            same = [g for g in free if gold_events[g]["type"] == predicted_type(e)]
            if not same:
                if any(ge["type"] == predicted_type(e) for ge in gold_events):
                    self.dyad_lost["extra_mention"] += 1
                continue
            gi = next((g for g in same if _dyad(e, gold_events[g], recipient=True)), None)
            if gi is None:
                gi = next((g for g in same if _dyad(e, gold_events[g], recipient=False)), same[0])
            free.remove(gi)
            self.dyad_lost[_lost(e, gold_events[gi])] += 1

    def _confuse(
        self, gold_events: list[dict[str, Any]], events: list[Event], full: list[tuple[int, int]]
    ) -> None:
        pairs = list(full)
        used_g, used_p = {g for g, _ in pairs}, {p for _, p in pairs}
        for strict in (True, False):  # same dyad first, then same actor
            rest_g = [i for i in range(len(gold_events)) if i not in used_g]
            rest_p = [i for i in range(len(events)) if i not in used_p]
            for gi, pi in _greedy([gold_events[i] for i in rest_g], [events[i] for i in rest_p],
                                  lambda e, g, s=strict: _dyad(e, g, recipient=s)):  # fmt: skip
                pairs.append((rest_g[gi], rest_p[pi]))
                used_g.add(rest_g[gi])
                used_p.add(rest_p[pi])
        for gi, pi in pairs:
            self.confusion.setdefault(gold_events[gi]["type"], Counter())[
                predicted_type(events[pi])
            ] += 1
            self.paired += 1
            self.paired_type_right += predicted_type(events[pi]) == gold_events[gi]["type"]
        for gi in range(len(gold_events)):
            if gi not in used_g:
                self.confusion.setdefault(gold_events[gi]["type"], Counter())[MISSED] += 1
        for pi in range(len(events)):
            if pi not in used_p:
                self.confusion.setdefault(SPURIOUS, Counter())[predicted_type(events[pi])] += 1


def _greedy(
    gold_events: list[dict[str, Any]],
    events: list[Event],
    ok: Callable[[Event, dict[str, Any]], bool],
) -> list[tuple[int, int]]:
    """(gold index, predicted index) pairs: each predicted event takes the first free gold it fits."""
    free = list(range(len(gold_events)))
    pairs = []
    for pi, ev in enumerate(events):
        gi = next((g for g in free if ok(ev, gold_events[g])), None)
        if gi is not None:
            free.remove(gi)
            pairs.append((gi, pi))
    return pairs


# ---------------------------------------------------------------- reading and coding


def read_gold(path: str | Path) -> list[dict[str, Any]]:
    """Read a gold JSONL file; each line must have id, text and events."""
    return gold.read_gold(path, required=("id", "text", "events"))


def code_gold(gold_rows: list[dict[str, Any]], *, pipeline: Any = None) -> Iterable[Analysis]:
    """Code every gold record as one article (its text, its date), in order."""
    from .. import coder

    articles = [Article(id=str(g["id"]), text=g["text"], date=g.get("date")) for g in gold_rows]
    return coder.code_articles(articles, pipeline=pipeline)


def score(
    gold_rows: list[dict[str, Any]], *, pipeline: Any = None, keep_misses: bool = True
) -> Score:
    """Code every gold record as an article and score the events."""
    result = Score()
    for g, analysis in zip(gold_rows, code_gold(gold_rows, pipeline=pipeline), strict=True):
        gold_events = list(g["events"])
        before = result.correct
        result.add(gold_events, analysis.events, sentences=len(analysis.sentences))
        hits = result.correct - before
        if keep_misses and (hits < len(gold_events) or len(analysis.events) > hits):
            result.misses.append({"id": g["id"], "text": g["text"], "gold": gold_events,
                                  "predicted": [(predicted_type(e), sorted(actor_codes(e.actor)),
                                                 sorted(actor_codes(e.recipient)), e.rule.split(" | ")[0])
                                                for e in analysis.events]})  # fmt: skip
    return result


# ---------------------------------------------------------------- the report


def sections(result: Score) -> list[str]:
    """Text blocks: the three levels, the per-type table, the confusion matrix."""
    d = result.as_dict()
    summary = table(
        ["level", "correct", "precision", "recall", "F1"],
        [[label, d[key]["correct"], d[key]["precision"], d[key]["recall"], d[key]["f1"]]
         for key, label in LEVELS],
    )  # fmt: skip
    counts = (
        f"records {result.records}  sentences {result.sentences}  gold events {result.gold}  "
        f"predicted events {result.predicted}  extra events per sentence {d['extra_per_sentence']:.3f}"
    )
    per_type = table(
        ["type", "gold", "predicted", "correct", "P", "R", "F1"],
        [[t, c["gold"], c["predicted"], c["correct"], c["precision"], c["recall"], c["f1"]]
         for t, c in d["per_type"].items()],
    )  # fmt: skip
    ta = d["type_accuracy"]
    type_accuracy = (
        f"type accuracy {ta['accuracy']:.3f} ({ta['type_right']}/{ta['paired']} gold events "
        "paired with a predicted event about the same actors, MISSED excluded)"
    )
    return [counts + "\n" + summary + "\n" + type_accuracy,
            "Per type (type+actor+recipient)\n" + per_type,
            "Confusion: gold type (rows) × predicted type (columns), events about the same actors\n"
            + confusion_table(result.confusion),
            dyad_lost_section(d), reliability_section(d)]  # fmt: skip


def dyad_lost_section(d: dict[str, Any]) -> str:
    """Counts of predicted events of a gold event's type that miss its dyad, by cause."""
    rows = [[label, d["dyad_lost"][key]] for key, label in DYAD_LOST]
    return (
        "Where the dyad is lost: predicted events whose type matches an unmatched gold event "
        "but which fail type+actor+recipient\n" + table(["cause", "events"], rows)
    )


def reliability_section(d: dict[str, Any]) -> str:
    """Precision and mean confidence by confidence band, ECE and Brier score."""
    rel = d["reliability"]
    raw = rel.get("raw")

    def num(v: float | None) -> Any:
        return "-" if v is None else v

    header = ["confidence", "events", "precision", "mean conf."]
    rows = []
    for i, b in enumerate(rel["bands"]):
        row = [b["band"], b["events"], num(b["precision"]), num(b["mean_confidence"])]
        if raw:
            r = raw["bands"][i]
            row += [r["events"], num(r["precision"]), num(r["mean_confidence"])]
        rows.append(row)
    if raw:
        header += ["raw events", "raw precision", "raw mean conf."]
    line = f"ECE (10 bins) {rel['ece']:.3f}  Brier {rel['brier']:.3f}"
    if raw:
        line += f"  (raw confidence: ECE {raw['ece']:.3f}  Brier {raw['brier']:.3f})"
    return (
        "Reliability: predicted events by confidence (precision at type+actor+recipient)\n"
        + table(header, rows)
        + "\n"
        + line
    )


def confusion_table(confusion: dict[str, Counter]) -> str:
    gold_types = sorted(t for t in confusion if t != SPURIOUS)
    pred_types = sorted({p for row in confusion.values() for p in row if p != MISSED})
    cols = [*pred_types, MISSED]
    rows = [[g, *(confusion[g].get(p, 0) or "." for p in cols)] for g in gold_types]
    if SPURIOUS in confusion:
        rows.append([SPURIOUS, *(confusion[SPURIOUS].get(p, 0) or "." for p in pred_types), "."])
    short = [c[:8] for c in cols]
    return table(["gold \\ predicted", *short], rows)


def report(result: Score, *, title: str, extra: dict[str, Any] | None = None) -> Report:
    d = result.as_dict()
    if extra:
        d.update(extra)
    return Report(
        title=title,
        headline_name="type+actor+recipient F1",
        headline=d["type_actor_recipient"]["f1"],
        sections=sections(result),
        data=d,
    )


def run(
    path: str | Path | None,
    *,
    model: str | None = None,
    limit: int | None = None,
    pipeline: Any = None,
) -> Report:
    """Score the default pipeline (or ``pipeline``) on a gold JSONL file of our own format."""
    from .. import coder

    if path is None:
        raise TacitusError("tacitus eval: give a gold FILE.jsonl (see tests/golden/README.md)")
    rows = read_gold(path)
    if limit is not None:
        rows = rows[:limit]
    result = score(rows, pipeline=pipeline or coder.build(model=model))
    out = report(result, title=f"Events: {path}")
    out.data["misses"] = result.misses
    return out
