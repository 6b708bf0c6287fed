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
from dataclasses import replace
from functools import lru_cache

from .nlp import ents_of, text_of
from .pipeline import stages
from .places import Gazetteer, Place, normalize_name
from .records import Analysis, Event, Where
from .when import attachment_rank

__all__ = [
    "Gazetteer",
    "find_places",
    "event_location",
    "clause_place",
    "dateline_place",
    "dateline_with_region",
    "ResolvePlaces",
]

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
#: Prepositions that put an event at a place; "from"/"to"/"into" name origins and targets.
LOCATIVE_PREPS = frozenset(
    {"in", "at", "near", "outside", "inside", "on", "off", "across", "throughout", "within",
     "around", "along", "over", "aboard"}
)  # fmt: skip


#: US state abbreviations as datelines print them ("ATLANTA, Ga."), the AP style.
AP_STATES = {
    "ala": "Alabama", "ariz": "Arizona", "ark": "Arkansas", "calif": "California",
    "colo": "Colorado", "conn": "Connecticut", "del": "Delaware", "fla": "Florida",
    "ga": "Georgia", "ill": "Illinois", "ind": "Indiana", "kan": "Kansas", "ky": "Kentucky",
    "la": "Louisiana", "md": "Maryland", "mass": "Massachusetts", "mich": "Michigan",
    "minn": "Minnesota", "miss": "Mississippi", "mo": "Missouri", "mont": "Montana",
    "neb": "Nebraska", "nev": "Nevada", "nh": "New Hampshire", "nj": "New Jersey",
    "nm": "New Mexico", "ny": "New York", "nc": "North Carolina", "nd": "North Dakota",
    "okla": "Oklahoma", "ore": "Oregon", "pa": "Pennsylvania", "ri": "Rhode Island",
    "sc": "South Carolina", "sd": "South Dakota", "tenn": "Tennessee", "vt": "Vermont",
    "va": "Virginia", "wash": "Washington", "wis": "Wisconsin", "wyo": "Wyoming",
    "wva": "West Virginia", "w va": "West Virginia",
}  # fmt: skip


@lru_cache(maxsize=4)
def _landmark_pattern(gazetteer: Gazetteer) -> re.Pattern[str]:
    names = sorted({n for n, _ in gazetteer.landmark_names}, key=len, reverse=True)
    alts = "|".join(re.escape(n) for n in names)
    # (the lookahead on a name's first letter skips most words before the long alternation)
    first = re.escape("".join(sorted({n[0] for n in names} | {"T", "t"})))
    return re.compile(rf"(?<![\w-])(?=[{first}])(?:[Tt]he )?(?:{alts})(?![\w-])")


@lru_cache(maxsize=4)
def _landmarks_by_key(gazetteer: Gazetteer) -> dict[str, Place]:
    """Landmarks by their lookup key, built once per gazetteer (not once per article)."""
    return {normalize_name(n): p for n, p in gazetteer.landmark_names}


#: ``doc.user_data`` key: (gazetteer, the document's landmark matches), found once per document
#: for the actor stage and the places stage.
LANDMARKS = "tacitus_landmarks"


def landmark_matches(doc, gazetteer: Gazetteer) -> list[tuple[int, int, Place]]:  # type: ignore[no-untyped-def]
    """The landmarks a document names, as (start, end, place) character spans: read once per
    document and gazetteer, for every stage that asks."""
    cached = doc.user_data.get(LANDMARKS)
    if cached is None or cached[0] is not gazetteer:
        cached = doc.user_data[LANDMARKS] = (gazetteer, _landmark_matches(text_of(doc), gazetteer))
    return cached[1]


def _landmark_matches(text: str, gazetteer: Gazetteer) -> list[tuple[int, int, Place]]:
    by_name = _landmarks_by_key(gazetteer)
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
    # (a shallow copy: every field of a Where is a plain value)
    return replace(where, text=text, start=start, end=end, reason=reason)


#: Entity labels the small model sometimes gives a place ("visited Kyiv" as PERSON).
_MISLABELS = frozenset({"PERSON", "ORG", "NORP"})
#: A city named outside a place entity must be at least this big to count.
MIN_UNTAGGED_CITY = 50_000
_TITLES = frozenset(
    {"mr", "mrs", "ms", "dr", "president", "minister", "secretary", "general", "gen", "sen",
     "senator", "rep", "governor", "gov", "queen", "king", "prince", "princess", "lord", "lady",
     "saint", "st", "pope", "judge", "justice", "chancellor", "mayor", "premier"}
)  # fmt: skip


#: Words that name a region somewhere ("North" in Cameroon, "West Coast" in New Zealand) but in
#: news mostly a direction or "the North" of the story's own country.
_GENERIC = frozenset(
    {"north", "south", "east", "west", "central", "centre", "center", "northern", "southern",
     "eastern", "western", "west coast", "east coast", "north coast", "south coast", "coast",
     "capital", "interior", "mainland", "border"}
)  # fmt: skip


def _person_parts(doc) -> set[str]:  # type: ignore[no-untyped-def]
    """Words of multi-word PERSON names ("Lloyd Austin"): alone they are that person."""
    return {normalize_name(t.text) for ent in ents_of(doc, "PERSON") if len(ent) > 1 for t in ent}


def _confident(gazetteer: Gazetteer, name: str) -> bool:
    """Whether a name outside a place entity is surely a place: a country, region, landmark,
    or a city of MIN_UNTAGGED_CITY people or more, under its own (not an alternate) name."""
    found = gazetteer.lookup(name)
    if not found or "alternate name" in found[0].reason:
        return False
    return found[0].precision != "city" or _population(found[0]) >= MIN_UNTAGGED_CITY


def _population(where: Where) -> int:
    m = re.search(r"population ([\d,]+)", where.reason)
    return int(m.group(1).replace(",", "")) if m else 0


def _untagged_spans(doc, gazetteer: Gazetteer, taken: list[tuple[int, int]]):  # type: ignore[no-untyped-def]
    """Places the model tagged as a person or organisation, or not at all: proper-noun runs
    the gazetteer knows for sure, that are not part of a person's name."""
    persons = _person_parts(doc)
    text = text_of(doc)  # (spaCy rebuilds Doc.text at every access: read once per doc)
    runs, cur = [], []
    for tok in doc:
        if tok.pos_ == "PROPN" and tok.text[:1].isupper() and tok.ent_type_ in ("", *_MISLABELS):
            cur.append(tok)
            continue
        if cur:
            runs.append(cur)
        cur = []
    if cur:
        runs.append(cur)
    for run in runs:
        start, end = run[0].idx, run[-1].idx + len(run[-1])
        name = text[start:end]
        if any(s < end and start < e for s, e in taken):
            continue
        after_title = run[0].i > 0 and doc[run[0].i - 1].lower_.rstrip(".") in _TITLES
        if normalize_name(name) in persons or after_title:
            continue
        if len(run) == 1 and run[0].ent_iob_ == "I":
            continue  # inside a longer entity the model did tag ("Vancouver Island")
        if _confident(gazetteer, name):
            label = run[0].ent_type_ or "untagged"
            yield start, end, name, f"proper noun ({label}) the gazetteer knows"


def find_places(doc, gazetteer: Gazetteer, *, context_countries: Iterable[str] = ()) -> list[Where]:  # type: ignore[no-untyped-def]
    """Every place the article names, in text order, with character offsets.

    Countries of places named unambiguously feed the context for the rest, those in the same
    sentence first, so "Georgia" next to "Tbilisi" is the country and next to "Atlanta" the US
    state even in one article. Words of a person's name ("Lloyd Austin") are not places.
    """
    text = text_of(doc)
    persons = _person_parts(doc)
    found: list[tuple[int, int, str, str]] = []  # start, end, text, how
    for start, end, place in landmark_matches(doc, gazetteer):
        found.append((start, end, text[start:end], f"landmark '{place.name}'"))
    taken = [(s, e) for s, e, _, _ in found]
    for ent in ents_of(doc, *PLACE_LABELS):
        name, start, end = _entity_text(ent)
        if any(s < end and start < e for s, e in taken):
            continue
        bare = re.sub(r"^the\s+", "", name)
        if not bare[:1].isupper() or normalize_name(name) in _GENERIC:
            continue  # "its west coast", "the North"
        if len(ent) == 1 and normalize_name(name) in persons:
            best = gazetteer.best(name)
            if best is None or best.precision != "country":
                continue  # "talks with Austin" after "Lloyd Austin"
        found.append((start, end, name, f"{ent.label_} entity"))
        taken.append((start, end))
    found.extend(_untagged_spans(doc, gazetteer, taken))
    sent_of = {}
    for k, sent in enumerate(doc.sents):
        for start, _end, _, _ in found:
            if sent.start_char <= start < sent.end_char:
                sent_of[start] = k
    context = set(context_countries)
    regions: set[str] = set()
    local: dict[int, set[str]] = {}
    for start, _, name, _ in found:
        first = gazetteer.lookup(name)
        countries = {w.country for w in first if w.country}
        if len(countries) == 1:
            (country,) = countries
            context.add(country)
            local.setdefault(sent_of.get(start, -1), set()).add(country)
        if first and first[0].precision == "admin1" and first[0].admin1:
            regions.add(first[0].admin1)
    places = []
    for start, end, name, how in sorted(found):
        near = local.get(sent_of.get(start, -1), set())
        best = None
        if near:
            best = gazetteer.best(name, context_countries=near, context_regions=regions)
            if best is not None and best.country not in near:
                best = None
            elif best is not None:
                best.reason += " (same sentence)"
        if best is None:
            best = gazetteer.best(name, context_countries=context, context_regions=regions)
        if best is not None:
            places.append(
                _pin(best, text=name, start=start, end=end, reason=f"{how}; {best.reason}")
            )
    return places


def _token_of(doc, start: int, end: int):  # type: ignore[no-untyped-def]
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    root = span.root
    if root.dep_ in ("det", "case", "punct"):  # "the Pentagon meeting": both hang on "meeting"
        root = next((t for t in reversed(span) if t.dep_ not in ("det", "case", "punct")), root)
    return root


def _overlaps_actor(place: Where, event: Event) -> bool:
    for actor in [*event.actor, *event.recipient]:
        if actor.start is not None and actor.end is not None and place.start is not None:
            if actor.start < (place.end or 0) and place.start < actor.end:
                return True
    return False


def event_location(doc, event: Event, places: list[Where]) -> Where | None:  # type: ignore[no-untyped-def]
    """The place a locative preposition attaches to the event's clause, or None."""
    i = event.trigger.get("i")
    ev_start = event.evidence.get("start", 0)
    ev_end = event.evidence.get("end")
    if ev_end is None:
        ev_end = len(text_of(doc))
    if i is None or not 0 <= i < len(doc):
        return None
    # (only places in the sentence count: test those, not the whole document's, on the actors)
    usable = [
        p
        for p in places
        if p.start is not None and ev_start <= p.start < ev_end and not _overlaps_actor(p, event)
    ]
    return clause_place(doc, i, usable, start=ev_start, end=ev_end)


def clause_place(  # type: ignore[no-untyped-def]
    doc, i: int, places: list[Where], *, start: int | None = None, end: int | None = None
) -> Where | None:
    """The place a locative preposition attaches to the clause of the token ``i``, or None.

    Only places between the character offsets ``start`` and ``end`` count (default: the
    token's sentence).
    """
    if not 0 <= i < len(doc):
        return None
    if start is None or end is None:
        sent = doc[i].sent  # (slow in spaCy: only when the caller gives no bounds)
        start = sent.start_char if start is None else start
        end = sent.end_char if end is None else end
    ev_start, ev_end = start, end
    ranked = []
    for place in places:
        if place.start is None or not ev_start <= place.start < ev_end:
            continue
        root = _token_of(doc, place.start, place.end or place.start)
        if root is not None and root.dep_ == "compound" and root.head.i == i:
            # "the Camp David summit": the place names the (nominal) event itself
            ranked.append((0, abs(root.i - i), place, ""))
            continue
        if root is not None and root.dep_ == "compound" and root.head.dep_ == "pobj":
            root = root.head  # "at the Pentagon meeting": the meeting's phrase places it
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
    if prep:
        reason = f"'{prep} {place.text}' attached to {where}; {place.reason}"
    else:
        reason = f"'{place.text}' names the event itself; {place.reason}"
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
    regions: set[str] = set()
    for extra in parts[1:]:
        extra = AP_STATES.get(extra.rstrip(".").lower(), extra)
        hit = gazetteer.best(extra)
        if hit is not None and hit.country:
            context.add(hit.country)
            if hit.precision == "admin1" and hit.admin1:
                regions.add(hit.admin1)
    best = gazetteer.best(parts[0].title(), context_countries=context, context_regions=regions)
    if best is None:
        return None
    return _pin(best, text=dateline, start=None, end=None, reason=f"dateline; {best.reason}")


_MONTH_WORDS = frozenset(
    "jan feb mar apr may jun jul aug sep sept oct nov dec january february march april june "
    "july august september october november december".split()
)


def dateline_with_region(article) -> str | None:  # type: ignore[no-untyped-def]
    """The article's dateline with the region or country the body prints after it
    ("PARIS, Texas", "ATLANTA, Ga.", "KYIV, Ukraine"); the bare dateline otherwise."""
    line = getattr(article, "dateline", None)
    text = getattr(article, "text", "") or ""
    if not line or not text.startswith(line):
        return line
    m = re.match(r",\s+([A-Z][A-Za-z.'’-]+(?:\s+[A-Z][A-Za-z.'’-]+){0,2})", text[len(line) :])
    if not m or m.group(1).split()[0].rstrip(".").lower() in _MONTH_WORDS:
        return line
    return f"{line}, {m.group(1)}"


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
        line = dateline_with_region(article)
        dateline_hint = dateline_place(line, self.gazetteer)
        context = {dateline_hint.country} if dateline_hint and dateline_hint.country else set()
        if analysis.doc is None:
            analysis.places = []
        else:
            analysis.places = find_places(analysis.doc, self.gazetteer, context_countries=context)
        context |= {p.country for p in analysis.places if p.country}
        dateline = dateline_place(line, self.gazetteer, context_countries=context)
        self._list_dateline(analysis, dateline)
        own: dict[int, Where | None] = {}
        for event in analysis.events:
            if analysis.doc is not None:
                own[id(event)] = event_location(analysis.doc, event, analysis.places)
        for event in analysis.events:
            found = own.get(id(event)) or self._inner_location(analysis, event, own)
            event.location = (
                found
                or (
                    _pin(
                        dateline,
                        text=dateline.text or "",
                        start=None,
                        end=None,
                        reason=dateline.reason,
                    )
                    if dateline
                    else None
                )
                or self._domestic(event)
            )

    def _domestic(self, event: Event) -> Where | None:
        """The country, when the text says the event happened between actors of one country
        ("Kenyan police arrested opposition supporters") and nothing places it more closely."""
        if not event.recipient:
            return None
        countries = {a.country for a in (*event.actor, *event.recipient)}
        if len(countries) != 1 or None in countries:
            return None
        (country,) = countries
        place = self.gazetteer.countries.get(country)  # type: ignore[arg-type]
        if place is None:
            return None
        return place.where(
            reason=f"actor and recipient are both of {country}: a domestic event, placed in "
            "the country (no place named in its clause, no dateline)"
        )

    @staticmethod
    def _list_dateline(analysis: Analysis, dateline: Where | None) -> None:
        """Put the dateline's place ("SEOUL, May 30 (Reuters) -") first in ``analysis.places``
        when the body opens with it and no listed place covers it."""
        line = analysis.article.dateline
        if dateline is None or not line or not analysis.article.text.startswith(line):
            return
        if any(p.start is not None and p.start < len(line) for p in analysis.places):
            return
        analysis.places.insert(
            0,
            _pin(dateline, text=line, start=0, end=len(line), reason=dateline.reason),
        )

    @staticmethod
    def _inner_location(analysis: Analysis, event: Event, own: dict[int, Where | None]):  # type: ignore[no-untyped-def]
        """The place of a located event inside this event's clause ("reiterated his backing
        during talks at the Pentagon"): this event happened there too."""
        doc, i = analysis.doc, event.trigger.get("i")
        if doc is None or i is None:
            return None
        for other in analysis.events:
            where, j = own.get(id(other)), other.trigger.get("i")
            if other is event or where is None or j is None:
                continue
            if other.sentence_index == event.sentence_index and doc[i].is_ancestor(doc[j]):
                return _pin(
                    where,
                    text=where.text or where.name,
                    start=where.start,
                    end=where.end,
                    reason=f"{where.reason}; taken from the '{other.trigger['text']}' "
                    "this event's clause places it in",
                )
        return None
