"""What the parts of the per-document actor resolver share: its state and the helpers that build
actors.

One resolver runs over each document. Its parts are mixins over :class:`_DocBase`
(:mod:`.people`, :mod:`.ethnic`, :mod:`.placing`, :mod:`.bodies`, :mod:`.references`), composed
and put in order in :mod:`tacitus.actors.resolve`. The base holds the document, the story date,
the spans the matchers of :mod:`.tables` find, the mentions found so far (``found``, whose tokens
``taken`` marks) and where each country is named (``country_at``).

Reads: the spaCy doc, the knowledge base. Writes: ``found`` and ``taken`` (through ``_take`` and
``_untake``), ``country_at``.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from typing import Any

from ..nlp import span_text
from ..records import Actor, Mention
from .kb import Entity, KnowledgeBase, _norm, cameo_for
from .tables import _Tables, group_tables

#: Sectors of armed non-state groups.
_ARMED = frozenset({"REB", "INS", "SEP", "RAD", "CRM"})
#: Sectors of movements: armed groups and parties ("Hamas activists", "Likud officials").
_MOVEMENT = _ARMED | {"PTY", "OPP"}
#: Role nouns for a movement's own people, who take its sectors ("Hamas officials", "the Likud
#: leader", "Taliban negotiators"); activists take them too, except a government's or army's.
_MEMBER_NOUNS = frozenset({"official", "leader", "spokesperson", "negotiator", "chief", "activist"})
#: Argument positions in which a bare role noun ("troops", "police") is worth keeping.
#: Words before "agents" that keep them a state's people ("enemy agents", "undercover agents").
_SPY_QUALIFIERS = frozenset(
    {"secret", "undercover", "foreign", "enemy", "double", "sleeper", "intelligence", "federal",
     "security", "government", "state"}
)  # fmt: skip
_ARG_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "conj", "appos", "agent", "dative"})


def _country_actor(
    span: Any, country: str, sectors: list[str], how: str, conf: float, *, name: str | None = None
) -> Actor:
    """An actor known by its country and sectors only (a titled unknown, "Russian energy firms",
    "his Japanese counterpart" with no officeholder on record)."""
    return Actor(
        text=span.text,
        name=name,
        country=country,
        sectors=sectors,
        cameo_code=cameo_for(country, sectors),
        start=span.start_char,
        end=span.end_char,
        resolution=how,
        confidence=conf,
    )


def _retext(actor: Actor, span: Any, how: str, conf: float) -> Actor:
    """A resolved actor carried over to another span (a surname, a pronoun, a group noun)."""
    return replace(
        actor,
        text=span.text,
        sectors=list(actor.sectors),
        start=span.start_char,
        end=span.end_char,
        resolution=how,
        confidence=conf,
    )


#: Prepositions that place a group where it is ("Kurdish forces near Erbil").
_PLACING = frozenset({"in", "near", "around", "outside", "inside"})


@dataclass
class _Found:
    start: int  # token indices, end exclusive
    end: int
    kind: str
    actor: Actor | None
    entity: Entity | None = None  # the person, for coreference
    role_key: str | None = None


def _member_sectors(base: Entity, dated: Entity, agent: Entity) -> list[str] | None:
    """Sectors of a movement's people: "Hezbollah fighters" take the group's armed sector (a
    group in power its army's, MIL), "Hamas officials" and "Likud activists" the group's
    sectors at the story date; activists never a government's or an army's. None: not a
    movement or not a member noun (the agent's own sectors apply: "Taliban government")."""
    if base.kind != "org" or not (_MOVEMENT & {*base.sectors, *dated.sectors}):
        return None
    if "GOV" in base.sectors:
        return None  # the party of a one-party state: "Communist Party officials" are GOV
    if _ARMED & set(agent.sectors) or "MIL" in agent.sectors:
        armed = [s for s in dated.sectors if s in _ARMED or s == "MIL"]
        return armed[:1] or None
    if agent.name not in _MEMBER_NOUNS:
        return None
    if agent.name == "activist":
        return [s for s in dated.sectors if s not in ("GOV", "MIL")] or list(base.sectors)
    return list(dated.sectors)


def resolved_actor(actor: Actor | None) -> bool:
    """Whether an actor names a country or a coded organisation (not just a sector)."""
    return actor is not None and bool(actor.country or actor.cameo_code)


def iter_actors(mentions: list[Mention]) -> Iterator[Actor]:
    """The resolved actors of some mentions, skipping unresolved ones."""
    return (m.actor for m in mentions if m.actor is not None)


@dataclass
class _DocBase:
    """The per-document state the resolver's parts share, and their common steps."""

    tables: _Tables
    doc: Any
    date: str | None
    article_id: str
    sentence_starts: list[int] = field(default_factory=list)
    sentence_indexes: list[int] = field(default_factory=list)
    body_start: int = 0  # char offset after the dateline
    dateline_home: str | None = None  # the dateline's state (the stage reads it once)
    taken: list[bool] = field(default_factory=list)
    found: list[_Found] = field(default_factory=list)
    #: a nationality adjective left as a modifier: its end token -> (start, country entity)
    loose_adjectives: dict[int, tuple[int, Entity]] = field(default_factory=dict)
    #: a bloc named after "X-led" whose mention takes the noun after it: start -> new end
    org_tail: dict[int, int] = field(default_factory=dict)

    @property
    def kb(self) -> KnowledgeBase:
        return self.tables.kb

    def _note_countries(self, spans) -> None:
        """Where each country (by name, adjective or capital) is named: token -> ISO3."""
        self.country_at: dict[int, str] = {}
        for start, end, entries in spans:
            if self.doc[start].idx < self.body_start:
                continue  # the dateline's place is where the story was filed
            if self._patron(start):
                continue  # "pro-Russian": the group's patron, not a place or party named
            for entity, form in entries:
                if entity.country and (entity.kind == "country" or form == "capital"):
                    for i in range(start, end):
                        self.country_at.setdefault(i, entity.country)
                    break

    def _found_at(self, i: int) -> _Found | None:
        """The mention found so far that covers token ``i``, if any."""
        return next((f for f in self.found if f.start <= i < f.end), None)

    def _kb_spans(self) -> list[tuple[int, int, list[tuple[Entity, str]]]]:
        out = []
        for _id, start, end in self.tables.kb_matcher(self.doc):
            text = span_text(self.doc, start, end)
            entries = [e for e in self.kb.matches(text) if self._case_ok(text, e)]
            if any(f == "code" for _e, f in entries) and any(
                e.kind in ("org", "metonym") and f in ("name", "alias") for e, f in entries
            ):
                # "NAM" is the Non-Aligned Movement: a three-letter ISO code names its country
                # only where no body claims the same letters as its own name
                entries = [(e, f) for e, f in entries if f != "code"]
            if entries:
                out.append((start, end, entries))
        out.sort(key=lambda s: (-(s[1] - s[0]), s[0]))
        return out

    def _case_ok(self, text: str, entry: tuple[Entity, str]) -> bool:
        """Acronyms match only as written ("WHO", not "who"); other names need a capital. A
        country's ISO code names it only in capitals ("NAM"): "Nam" in "Kim Jong Nam", "Can",
        "Per" are words or names, not Namibia, Canada or Peru."""
        if entry[1] == "code" and not text.isupper():
            return False
        key = _norm(text)
        surfaces = self.tables.surfaces.get(key, set())
        if any(s.isupper() and len(s) <= 6 for s in surfaces) and text not in surfaces:
            return any(not s.isupper() and s == text for s in surfaces) or False
        return not (text.islower() and all(not s.islower() for s in surfaces))

    def _agent_spans(self) -> dict[int, tuple[int, Entity]]:
        out: dict[int, tuple[int, Entity]] = {}
        nouns = group_tables().nouns
        for _id, start, end in self.tables.agent_matcher(self.doc):
            text = span_text(self.doc, start, end)
            if text.lower() in ("agent", "agents") and not self._spy_agents(start):
                continue  # "a nerve agent", "estate agents": no spies
            agent = self.kb.agent(text) or nouns.get(_norm(text), (None, False))[0]
            if agent and (start not in out or out[start][0] < end):
                out[start] = (end, agent)
        return out

    def _spy_agents(self, start: int) -> bool:
        """Whether a bare "agents" names people of a state's service ("Russian agents", "the
        agents", "Israel's agents"), not a substance or a trade after a qualifier ("chemical
        agents", "a nerve agent", "travel agents")."""
        if start == 0:
            return True
        prev = self.doc[start - 1]
        if prev.pos_ not in ("NOUN", "ADJ") or prev.lower_ in _SPY_QUALIFIERS:
            return True
        return self.kb.country_form(prev.text) == "adjective"

    def _free(self, start: int, end: int) -> bool:
        return not any(self.taken[start:end])

    def _take(self, found: _Found) -> None:
        for i in range(found.start, found.end):
            self.taken[i] = True
        self.found.append(found)

    def _person_actor(self, term: Entity, start: int, end: int, how: str, conf: float) -> Actor:
        """The Actor for a KB entity (a person's term, a country, an org) over tokens start:end."""
        term = self.kb.on_date(term, self.date)  # the Taliban in 1998: AFG GOV (org_periods.tsv)
        span = self.doc[start:end]
        return Actor(
            text=span.text,
            name=term.name,
            country=term.country,
            sectors=list(term.sectors),
            cameo_code=term.cameo_code,
            wikidata=term.wikidata,
            entity_id=term.id,
            start=span.start_char,
            end=span.end_char,
            resolution=how,
            confidence=conf,
        )

    def _patron(self, start: int) -> bool:
        """A nationality or country after "pro-"/"anti-" ("pro-Russian separatists",
        "pro-Iran militias", "anti-American protesters") names whom a group backs or opposes,
        not the group's own country."""
        return (
            start >= 2
            and self.doc[start - 1].text == "-"
            and self.doc[start - 1].idx + 1 == self.doc[start].idx
            and self.doc[start - 2].lower_ in ("pro", "anti")
        )

    def _with_words(self, words: Iterable[str]) -> list[Any]:
        """The tokens whose lower-case form is one of ``words``, in document order: the parts
        that look for a few words walk these, not every token of the document."""
        if self._by_word is None:
            self._by_word = {}
            for t in self.tokens:
                self._by_word.setdefault(t.lower_, []).append(t)
        return sorted((t for w in words for t in self._by_word.get(w, ())), key=lambda t: t.i)

    def _untake(self, found: _Found) -> None:
        self.found.remove(found)
        for i in range(found.start, found.end):
            self.taken[i] = False

    def _sentence_number(self, char: int) -> int:
        return max(bisect.bisect_right(self.sentence_starts, char) - 1, 0)

    def __post_init__(self) -> None:
        #: the document's tokens, made once: the parts walk the whole document a dozen times,
        #: and spaCy makes every Token object afresh at each walk
        self.tokens: list[Any] = list(self.doc)
        self._by_word: dict[str, list[Any]] | None = None  # lower-case word -> its tokens
        self.blockers: list[int] = []
        self.genders: dict[str, str] = {}  # person (entity id or name) -> "m"/"f" from pronouns
