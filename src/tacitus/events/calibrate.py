"""Stage `tacitus.events.calibrate.v1`: turn each event's raw confidence into a calibrated one.

The extractor's confidence (pattern prior × actor resolution × penalties; the article-level
dedup adds a little for repeated mentions) ranks events but is not a probability: on our dev
files events coded at 0.3-0.8 are nearly all right. This stage, run last, replaces it with
``P(the event is right)``, where *right* means that it matches a gold event at
type+actor+recipient (the scorer's headline level, :mod:`tacitus.evaluate.events`).

The model is a small L2-regularised logistic regression over features known at coding time
(the raw confidence, the pattern's prior, whether a recipient was found and how, how the actor
was found, the flags, the sentence's length, the PLOVER type). Its weights are in
``events/data/calibration.json``, fitted on ``tests/golden/news_calib.jsonl``,
``archive2_calib.jsonl`` (modern and 1990-2008 news the pattern writers never saw) and
``wire_calib.jsonl`` (messy agency copy as published, added because the other two are too clean
and the fit on them was over-confident on real news; fitted on the dev files it came out
over-confident too) by ``scripts/fit_calibration.py`` (the file's header says how, on which
files and with which figures). The calibrated value is
monotone in the raw confidence (its weight is constrained to be >= 0) and clipped to
[0.01, 0.99]; the raw value is kept at the end of the event's ``rule`` trace
(``... | raw confidence 0.620``), so the record's schema does not change.

Pure Python at coding time (NumPy is only needed to fit).
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..datafiles import package_file
from ..errors import DataFileError
from ..pipeline import stages
from ..records import Analysis, Event
from . import patterns

STAGE_NAME = "tacitus.events.calibrate.v1"
DEFAULT_PATH = package_file("events", "data", "calibration.json")
#: Where the raw confidence is kept in the rule trace.
RAW_MARK = " | raw confidence "
_RAW_RE = re.compile(re.escape(RAW_MARK) + r"([0-9.]+)$")
#: The prior of a rule id the pattern dictionary does not know (the loader's default).
DEFAULT_PRIOR = 0.7
#: Calibrated values are clipped to this range (the record's confidence is in (0, 1)).
LOW, HIGH = 0.01, 0.99

#: PLOVER types (and CAMEO01 for public statements) that get their own feature.
TYPES = (
    "ACCUSE", "AGREE", "AID", "ASSAULT", "CAMEO01", "COERCE", "CONCEDE", "CONSULT", "COOPERATE",
    "MOBILIZE", "PROTEST", "REJECT", "REQUEST", "RETREAT", "SANCTION", "SUPPORT", "THREATEN",
)  # fmt: skip
_PRONOUN = ("coref", "pronoun", "possessive", "quote-speaker")
_LOCATED = ("agent-located", "agent-in-place", "protest-located", "place")
_PERSON = ("kb-person", "surname", "role-date", "counterpart")

#: Feature names, in the order of the weights in calibration.json.
FEATURES = (
    "logit_raw",  # logit of the raw confidence (weight >= 0: calibration is monotone in it)
    "logit_prior",  # logit of the pattern's prior
    "recipient",  # a recipient was found
    "recipient_default",  # ... only by the domestic default (the actor's own country)
    "actor_pronoun",  # the actor came through a pronoun, coreference or a quotation's speaker
    "actor_demonym_modifier",  # "Chinese" as a modifier of a non-agent noun
    "actor_located",  # an agent noun placed by a locative ("police in Lagos")
    "actor_person",  # a named person (KB, surname, role on a date, counterpart)
    "actor_compound",  # more than one actor
    "event_noun",  # the trigger is an event noun, not a verb
    "negated",
    "future",
    "hypothetical",
    "historical",
    "sentence_words",  # words in the evidence sentence / 10, at most 6
    *(f"type_{t}" for t in TYPES),
)


def _logit(p: float) -> float:
    p = min(max(p, LOW), HIGH)
    return math.log(p / (1 - p))


def raw_confidence(ev: Event) -> float:
    """The extractor's confidence: from the rule trace once calibrated, else ``ev.confidence``."""
    m = _RAW_RE.search(ev.rule or "")
    return float(m.group(1)) if m else float(ev.confidence)


def is_calibrated(ev: Event) -> bool:
    return bool(_RAW_RE.search(ev.rule or ""))


def _plover_type(ev: Event) -> str:
    return (ev.plover or {}).get("type") or f"CAMEO{(ev.cameo or {}).get('root', '')}"


def _has(resolutions: Iterable[str | None], prefixes: Sequence[str]) -> float:
    return float(any((r or "").startswith(prefixes) for r in resolutions))


def features(ev: Event, prior: float | None = None) -> dict[str, float]:
    """The calibration features of one event (``prior``: its pattern's prior, else looked up)."""
    raw = raw_confidence(ev)
    if prior is None:
        pattern = patterns.default().by_id.get((ev.rule or "").split(" | ")[0])
        prior = pattern.confidence if pattern is not None else DEFAULT_PRIOR
    actor_res = [a.resolution for a in ev.actor]
    rec_res = [a.resolution for a in ev.recipient]
    flags = ev.flags or {}
    words = len(str((ev.evidence or {}).get("text") or "").split())
    trace = ev.rule or ""
    out = {
        "logit_raw": _logit(raw),
        "logit_prior": _logit(prior),
        "recipient": float(bool(ev.recipient)),
        "recipient_default": float(bool(rec_res) and all(
            (r or "").startswith("domestic-default") for r in rec_res)),
        "actor_pronoun": _has(actor_res, _PRONOUN),
        "actor_demonym_modifier": _has(actor_res, ("demonym-modifier",)),
        "actor_located": _has(actor_res, _LOCATED),
        "actor_person": _has(actor_res, _PERSON),
        "actor_compound": float(len(ev.actor) > 1),
        "event_noun": float("event noun" in trace),
        "negated": float(bool(flags.get("negated"))),
        "future": float(bool(flags.get("future"))),
        "hypothetical": float(bool(flags.get("hypothetical"))),
        "historical": float(bool(flags.get("historical"))),
        "sentence_words": min(words, 60) / 10,
    }  # fmt: skip
    ptype = _plover_type(ev)
    for t in TYPES:
        out[f"type_{t}"] = float(ptype == t)
    return out


@dataclass(frozen=True)
class Calibration:
    """A logistic model: ``sigmoid(bias + sum(weight * feature))``, clipped to [LOW, HIGH]."""

    bias: float
    weights: dict[str, float]
    #: events whose calibrated confidence is under this are withheld (more often wrong than
    #: an F1-maximising coder should emit; chosen by the fit on the calibration gold)
    floor: float = 0.0

    def probability(self, feats: dict[str, float]) -> float:
        z = self.bias + sum(w * feats.get(name, 0.0) for name, w in self.weights.items())
        p = 1 / (1 + math.exp(-z)) if z > -700 else 0.0
        return round(min(max(p, LOW), HIGH), 3)

    def __call__(self, ev: Event) -> float:
        return self.probability(features(ev))


def validate(data: Any) -> list[str]:
    """Every problem of a calibration file's content (empty: valid)."""
    if not isinstance(data, dict):
        return ["expected a JSON object"]
    problems = []
    if data.get("model") != "logistic":
        problems.append("'model' must be 'logistic'")
    if not isinstance(data.get("bias"), int | float) or not math.isfinite(data["bias"]):
        problems.append("'bias' must be a finite number")
    weights = data.get("weights")
    if not isinstance(weights, dict):
        problems.append("'weights' must be an object {feature: weight}")
        weights = {}
    for name, w in weights.items():
        if name not in FEATURES:
            problems.append(f"unknown feature {name!r} (known: {', '.join(FEATURES)})")
        if not isinstance(w, int | float) or not math.isfinite(w):
            problems.append(f"weight of {name!r} must be a finite number")
    if isinstance(weights.get("logit_raw"), int | float) and weights["logit_raw"] < 0:
        problems.append(
            "weight of 'logit_raw' must be >= 0 (calibration monotone in the raw confidence)"
        )
    floor = data.get("floor", 0.0)
    if not isinstance(floor, int | float) or not 0.0 <= floor < 1.0:
        problems.append("'floor' must be a number in [0, 1)")
    if not isinstance(data.get("fitted"), dict):
        problems.append("'fitted' must say how, when and on which files the model was fitted")
    return problems


def from_dict(data: dict[str, Any], where: str = "calibration") -> Calibration:
    problems = validate(data)
    if problems:
        raise DataFileError(where, problems)
    return Calibration(
        float(data["bias"]),
        {k: float(v) for k, v in data["weights"].items()},
        float(data.get("floor", 0.0)),
    )


def load(path: str | Path | None = None) -> Calibration:
    """Read and validate a calibration file (default: the packaged one)."""
    p = Path(path) if path else DEFAULT_PATH
    try:
        data = json.loads(Path(p).read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise DataFileError(str(p), [f"cannot read the calibration ({exc})"]) from None
    return from_dict(data, str(p))


@lru_cache(maxsize=1)
def default() -> Calibration:
    return load()


def calibrate(ev: Event, model: Calibration | None = None) -> None:
    """Replace ``ev.confidence`` by the calibrated value; keep the raw one in the rule trace.
    An event already calibrated is left alone."""
    if is_calibrated(ev):
        return
    raw = float(ev.confidence)
    ev.confidence = (model or default())(ev)
    ev.rule = f"{ev.rule}{RAW_MARK}{raw:.3f}"


@stages.register(STAGE_NAME)
class CalibrateEvents:
    """Calibrate the confidence of every coded event (after the article-level dedup), and
    withhold those under the model's floor (kept in ``Analysis.withheld`` for ``explain``)."""

    name = STAGE_NAME
    reads = ("events",)
    writes = ("events.confidence", "withheld")

    def __init__(self, *, model: Calibration | None = None) -> None:
        self.model = model or default()

    def __call__(self, batch: list[Analysis]) -> None:
        floor = self.model.floor
        for analysis in batch:
            for ev in analysis.events:
                calibrate(ev, self.model)
            low = [ev for ev in analysis.events if ev.confidence < floor]
            if low:
                analysis.withheld.extend(low)
                analysis.events = [ev for ev in analysis.events if ev.confidence >= floor]


# ------------------------------------------------------------------ reliability figures

#: Confidence bands of the scorer's reliability table: [low, high).
BANDS = ((0.0, 0.3), (0.3, 0.5), (0.5, 0.7), (0.7, 0.9), (0.9, 1.0))


def ece(pairs: Sequence[tuple[float, bool]], bins: int = 10) -> float:
    """Expected calibration error over ``bins`` equal-width bins of (confidence, correct)."""
    if not pairs:
        return 0.0
    total = 0.0
    for b in range(bins):
        inside = [(c, y) for c, y in pairs if min(int(c * bins), bins - 1) == b]
        if inside:
            conf = sum(c for c, _ in inside) / len(inside)
            acc = sum(bool(y) for _, y in inside) / len(inside)
            total += len(inside) * abs(acc - conf)
    return total / len(pairs)


def brier(pairs: Sequence[tuple[float, bool]]) -> float:
    """Mean squared difference between confidence and outcome (0 best)."""
    return sum((c - float(bool(y))) ** 2 for c, y in pairs) / len(pairs) if pairs else 0.0


def bands(pairs: Sequence[tuple[float, bool]]) -> list[dict[str, Any]]:
    """Events, precision and mean confidence per confidence band (the last band includes 1)."""
    out = []
    for i, (lo, hi) in enumerate(BANDS):
        last = i == len(BANDS) - 1
        inside = [(c, y) for c, y in pairs if lo <= c < hi or (last and c >= hi)]
        n = len(inside)
        out.append({
            "band": f"{lo:.1f}-{hi:.1f}",
            "events": n,
            "correct": sum(bool(y) for _, y in inside),
            "precision": sum(bool(y) for _, y in inside) / n if n else None,
            "mean_confidence": sum(c for c, _ in inside) / n if n else None,
        })  # fmt: skip
    return out


def reliability(pairs: Sequence[tuple[float, bool]]) -> dict[str, Any]:
    """Bands, ECE (10 bins) and Brier score of (confidence, correct) pairs."""
    return {"events": len(pairs), "bands": bands(pairs), "ece": ece(pairs), "brier": brier(pairs)}
