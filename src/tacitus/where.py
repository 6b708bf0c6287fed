"""Where did an event happen: places mentioned in an article and each event's location.

``find_places`` lists every place an article names (GPE/LOC/FAC entities the gazetteer knows,
plus landmark phrases such as "the Pentagon" that the model tags as organisations).
``event_location`` picks the place a locative preposition attaches to the event's clause
("met at the Pentagon", "talks held in Seoul"); the ``tacitus.places.v1`` stage falls back to
the article's dateline city.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from .pipeline import stages
from .places import Gazetteer, Place, normalize_name
from .records import Analysis, Event, Where
from .when import attachment_rank

__all__ = ["Gazetteer", "find_places", "event_location", "dateline_place", "ResolvePlaces"]

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
#: Prepositions that put an event at a place; "from"/"to"/"into" name origins and targets.
LOCATIVE_PREPS = frozenset(
    {"in", "at", "near", "outside", "inside", "on", "off", "across", "throughout", "within",
     "around", "along", "over", "aboard"}
)  # fmt: skip


@lru_cache(maxsize=4)
def _landmark_pattern(gazetteer: Gazetteer) -> re.Pattern[str]:
    names = sorted({n for n, _ in gazetteer.landmark_names}, key=len, reverse=True)
    alts = "|".join(re.escape(n) for n in names)
    return re.compile(rf"(?<![\w-])(?:[Tt]he )?(?:{alts})(?![\w-])")


def _landmark_matches(text: str, gazetteer: Gazetteer) -> list[tuple[int, int, Place]]:
    by_name = {normalize_name(n): p for n, p in gazetteer.landmark_names}
    out = []
    for m in _landmark_pattern(gazetteer).finditer(text):
        place = by_name.get(normalize_name(m.group(0)))
        if place is not None:
            out.append((m.start(), m.end(), place))
    return out


def _entity_text(ent) -> tuple[str, int, int]:  # type: ignore[no-untyped-def]
    """Entity text without a possessive "'s", with its character offsets."""
    text, start, end = ent.text, ent.start_char, ent.end_char
    for suffix in ("'s", "’s"):
        if text.endswith(suffix):
            text, end = text[: -len(suffix)], end - len(suffix)
    return text, start, end


def _pin(where: Where, *, text: str, start: int | None, end: int | None, reason: str) -> Where:
    w = Where(**where.to_dict())
    w.text, w.start, w.end, w.reason = text, start, end, reason
    return w


def find_places(doc, gazetteer: Gazetteer, *, context_countries: Iterable[str] = ()) -> list[Where]:  # type: ignore[no-untyped-def]
    """Every place the article names, in text order, with character offsets.

    Countries of places named unambiguously feed the context for the rest, so "Georgia" next
    to "Tbilisi" is the country and next to "Atlanta" the US state.
    """
    text = doc.text
    found: list[tuple[int, int, str, str]] = []  # start, end, text, how
    for start, end, place in _landmark_matches(text, gazetteer):
        found.append((start, end, text[start:end], f"landmark '{place.name}'"))
    taken = [(s, e) for s, e, _, _ in found]
    for ent in doc.ents:
        if ent.label_ not in PLACE_LABELS:
            continue
        name, start, end = _entity_text(ent)
        if any(s < end and start < e for s, e in taken):
            continue
        found.append((start, end, name, f"{ent.label_} entity"))
    context = set(context_countries)
    for _, _, name, _ in found:
        first = gazetteer.lookup(name)
        if len(first) == 1 and first[0].country:
            context.add(first[0].country)
    places = []
    for start, end, name, how in sorted(found):
        best = gazetteer.best(name, context_countries=context)
        if best is not None:
            places.append(
                _pin(best, text=name, start=start, end=end, reason=f"{how}; {best.reason}")
            )
    return places


def _token_of(doc, start: int, end: int):  # type: ignore[no-untyped-def]
    span = doc.char_span(start, end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def _overlaps_actor(place: Where, event: Event) -> bool:
    for actor in [*event.actor, *event.recipient]:
        if actor.start is not None and actor.end is not None and place.start is not None:
            if actor.start < (place.end or 0) and place.start < actor.end:
                return True
    return False


def event_location(doc, event: Event, places: list[Where]) -> Where | None:  # type: ignore[no-untyped-def]
    """The place a locative preposition attaches to the event's clause, or None."""
    i = event.trigger.get("i")
    ev_start, ev_end = event.evidence.get("start", 0), event.evidence.get("end", len(doc.text))
    if i is None or not 0 <= i < len(doc):
        return None
    ranked = []
    for place in places:
        if (
            place.start is None
            or not ev_start <= place.start < ev_end
            or _overlaps_actor(place, event)
        ):
            continue
        root = _token_of(doc, place.start, place.end or place.start)
        if root is None or root.dep_ != "pobj" or root.head.lower_ not in LOCATIVE_PREPS:
            continue
        rank = attachment_rank(doc, root.i, i)
        if rank is None or rank >= 50:
            continue
        ranked.append((rank, abs(root.i - i), place, root.head.lower_))
    if not ranked:
        return None
    rank, _, place, prep = min(ranked, key=lambda t: t[:2])
    where = "the event's clause" if rank == 0 else "a clause governing the event"
    reason = f"'{prep} {place.text}' attached to {where}; {place.reason}"
    return _pin(
        place, text=place.text or place.name, start=place.start, end=place.end, reason=reason
    )


def dateline_place(
    dateline: str | None, gazetteer: Gazetteer, *, context_countries: Iterable[str] = ()
) -> Where | None:
    """The dateline's place ("SEOUL", "KYIV, Ukraine", "WASHINGTON/SEOUL": the first city)."""
    if not dateline:
        return None
    parts = [p.strip() for p in re.split(r"[,/]", dateline) if p.strip()]
    if not parts:
        return None
    context = set(context_countries)
    for extra in parts[1:]:
        hit = gazetteer.best(extra)
        if hit is not None and hit.country:
            context.add(hit.country)
    best = gazetteer.best(parts[0].title(), context_countries=context)
    if best is None:
        return None
    return _pin(best, text=dateline, start=None, end=None, reason=f"dateline; {best.reason}")


@stages.register("tacitus.places.v1")
class ResolvePlaces:
    """Fill ``analysis.places`` and give each event its location (clause place, else dateline)."""

    name = "tacitus.places.v1"
    reads = ("article", "doc", "sentences", "events")
    writes = ("events.location", "places")

    def __init__(self, *, gazetteer: Gazetteer | None = None) -> None:
        self.gazetteer = gazetteer or Gazetteer.default()

    def __call__(self, batch: list[Analysis]) -> None:
        for analysis in batch:
            self.resolve(analysis)

    def resolve(self, analysis: Analysis) -> None:
        article = analysis.article
        dateline_hint = dateline_place(article.dateline, self.gazetteer)
        context = {dateline_hint.country} if dateline_hint and dateline_hint.country else set()
        if analysis.doc is None:
            analysis.places = []
        else:
            analysis.places = find_places(analysis.doc, self.gazetteer, context_countries=context)
        context |= {p.country for p in analysis.places if p.country}
        dateline = dateline_place(article.dateline, self.gazetteer, context_countries=context)
        for event in analysis.events:
            found = None
            if analysis.doc is not None:
                found = event_location(analysis.doc, event, analysis.places)
            event.location = found or (
                _pin(
                    dateline, text=dateline.text or "", start=None, end=None, reason=dateline.reason
                )
                if dateline
                else None
            )
