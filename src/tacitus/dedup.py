"""Stage `dedup` (within one article): one real-world event is coded once.

News repeats itself: the lead says "Austin reiterated his backing ... during talks", the
second paragraph "Austin held talks with Kihara at the Pentagon", a quote later "Secretary
Austin reiterated his support". Events of the same PLOVER type (CAMEO root where PLOVER
has none) between the same actor and recipient countries are merged into the first
mention; a mention without a recipient merges into one that has it. The kept event takes
the most precise date and the first location any of its mentions had, and its ``rule``
lists the sentences that were merged into it.

Across articles (reprints, follow-ups), mentions are linked, not merged, when they are stored:
see :mod:`tacitus.store.dedup`.
"""

from __future__ import annotations

from .events import patterns
from .pipeline import stages
from .records import Actor, Analysis, Event

_PRECISION = {"day": 4, "week": 3, "month": 2, "year": 1, "unknown": 0}


def _side(actors: list[Actor]) -> frozenset[str]:
    return frozenset(a.country or a.cameo_code or a.name or "?" for a in actors)


def _kind(e: Event) -> str:
    """What must match for two mentions to be one event: the PLOVER type for meetings
    (talks, negotiations and visits are one meeting), else the 3-digit CAMEO code, so that
    "agreed to expand patrols" and "plans to buy vessels" (both AGREE) stay apart."""
    if e.plover.get("type") == "CONSULT":
        return "CONSULT"
    return e.cameo["code"][:3]


def _symmetric(e: Event) -> bool:
    pattern = patterns.default().by_id.get(e.rule.split(" | ")[0])
    return _kind(e) == "CONSULT" or bool(pattern and pattern.symmetric)


def _dates_clash(a: Event, b: Event) -> bool:
    """Both dated from the text, and neither date contains the other (2023-08 vs 2023-10-04)."""
    if not (_explicit(a) and _explicit(b)):
        return False
    va, vb = a.date.value or "", b.date.value or ""
    return not (va.startswith(vb) or vb.startswith(va))


def _same_event(a: Event, b: Event) -> bool:
    if _kind(a) != _kind(b) or a.flags.get("negated") != b.flags.get("negated"):
        return False
    if _dates_clash(a, b):
        return False
    if _symmetric(a):
        pa, pb = _side(a.actor) | _side(a.recipient), _side(b.actor) | _side(b.recipient)
        # a mention naming one side only ("at the meeting, Austin ...") belongs to the meeting
        return pa == pb or (min(len(pa), len(pb)) == 1 and bool(pa & pb))
    if (
        a.sentence_index == b.sentence_index
        and a.cameo["code"][:2] in ("18", "19", "20")
        and _two_bodies(a.actor, b.actor)
    ):
        return False  # "gunmen killed 58 tourists before police shot dead the attackers"
    parties_a, parties_b = _side(a.actor) | _side(a.recipient), _side(b.actor) | _side(b.recipient)
    if (_mutual(a) or _mutual(b)) and parties_a == parties_b:
        # "the two leaders confirmed both countries' mutual commitment" retells "Austin
        # reaffirmed the US commitment to Japan": a joint telling of one pair's act
        return True
    if _side(a.actor) != _side(b.actor):
        return False
    ra, rb = _side(a.recipient), _side(b.recipient)
    return ra == rb or not ra or not rb


def _two_bodies(a: list[Actor], b: list[Actor]) -> bool:
    """Whether two actor lists of one country are different bodies of it (its police and
    gunmen, its army and rebels), each with a role: two armed acts, told in one sentence."""
    ca = {x.cameo_code for x in a if x.sectors}
    cb = {x.cameo_code for x in b if x.sectors}
    return bool(ca) and bool(cb) and not ca & cb


def _mutual(e: Event) -> bool:
    """Both sides name the same states ("the two countries' commitment", told by "the two
    leaders"): a joint act of the pair."""
    return bool(_side(e.actor) & _side(e.recipient))


def _explicit(e: Event) -> bool:
    return bool(e.date and e.date.text)


def _absorb(keep: Event, dup: Event) -> None:
    if not keep.recipient and dup.recipient:
        keep.recipient = dup.recipient
    if dup.date and (
        keep.date is None
        or (_explicit(dup) and not _explicit(keep))
        or (
            _explicit(dup) == _explicit(keep)
            and _PRECISION.get(dup.date.precision, 0) > _PRECISION.get(keep.date.precision, 0)
        )
    ):
        keep.date = dup.date
    if keep.location is None and dup.location is not None:
        keep.location = dup.location
    keep.confidence = round(min(0.99, max(keep.confidence, dup.confidence) + 0.02), 3)
    keep.rule += f" | merged mention in sentence {dup.sentence_index} ({dup.trigger['text']})"


def merge_events(events: list[Event]) -> list[Event]:
    """Collapse repeated mentions of one event; order of first mention is kept."""
    kept: list[Event] = []
    for e in events:
        for k in kept:
            if _same_event(k, e):
                _absorb(k, e)
                break
        else:
            kept.append(e)
    return kept


@stages.register("tacitus.dedup.article.v1")
class MergeArticleEvents:
    name = "tacitus.dedup.article.v1"
    reads = ("events", "events.date", "events.location")
    writes = ("events.merged",)

    def __call__(self, batch: list[Analysis]) -> None:
        for analysis in batch:
            analysis.events = merge_events(analysis.events)
