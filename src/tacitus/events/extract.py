"""Stage `events`: find predicates in the dependency parse and code them with the patterns.

For every verb (and every event noun) in a sentence the extractor looks up the lemma in
the pattern dictionary, finds the predicate's actor (its subject, inherited through
control verbs, coordination and relative clauses; the ``by`` agent of a passive) and its
recipient (the slots the pattern names), resolves both to the mentions found by the
actors stage, and builds an :class:`Event` with evidence offsets, flags and a confidence.

Restraint: a predicate whose actor does not resolve to a known entity yields no event.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from .. import __version__, codes
from ..actors.kb import cameo_for
from ..pipeline import stages
from ..records import Actor, Analysis, Event, Mention
from . import flags as flagmod
from .patterns import ACTOR, Pattern, PatternSet
from .patterns import default as default_patterns

CODER_NAME = "tacitus.events.patterns.v1"

SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj")
#: Modifier labels under an NP head whose mentions stand for the NP ("Japan's decision").
OWNER_DEPS = ("poss", "compound", "appos", "nmod")
#: Clause links through which a predicate without a subject takes its head's subject.
INHERIT_DEPS = ("xcomp", "conj", "advcl", "pcomp", "ccomp")
#: Verbs after which an xcomp's subject is the head's object ("urged Japan to ...").
OBJECT_CONTROL = frozenset(
    {
        "urge",
        "ask",
        "press",
        "call",
        "encourage",
        "invite",
        "order",
        "force",
        "persuade",
        "help",
        "allow",
        "tell",
        "warn",
        "request",
    }
)
# fmt: off
#: Heads whose complement did not happen (yet) and is coded by the head alone:
#: "urged Baku to order an inquiry" is a REQUEST, not an order; "threatened to impose
#: sanctions" is a THREATEN; "pledged to provide aid" is an AGREE.
UNREALIZED_HEADS = frozenset({
    "urge", "ask", "press", "call", "appeal", "request", "demand", "implore", "encourage", "invite",
    "threaten", "warn", "agree", "pledge", "promise", "vow", "offer", "commit", "propose", "suggest",
    "want", "hope", "seek", "refuse", "decline", "reject",
})
#: Verbs of saying and alleging: a participle hanging on them ("accused X of shelling ...,
#: killing two") belongs to the reported content, not to the speaker.
REPORTING = frozenset({"say", "accuse", "blame", "claim", "allege", "report", "deny", "condemn",
                       "tell", "announce", "state", "add", "charge", "criticize", "criticise"})
#: Adjectives that pass their subject to a complement: "is ready to send", "is due to meet".
RAISING_ADJ = frozenset({"ready", "due", "willing", "able", "prepared", "set", "eager", "likely",
                         "expected", "poised", "determined", "keen", "unable", "unwilling"})
# fmt: on


@dataclass(slots=True)
class Candidate:
    """A predicate matched to a pattern, before it becomes an Event."""

    pattern: Pattern
    trigger: Any  # spaCy Token: the verb or event noun
    cameo: str
    actors: list[Actor]
    recipients: list[Actor]
    how: list[str] = field(default_factory=list)  # trace for `tacitus explain`
    penalty: float = 1.0


class MentionIndex:
    """Token index → mention, for one document."""

    def __init__(self, mentions: Iterable[Mention]) -> None:
        self.by_token: dict[int, Mention] = {}
        for m in mentions:
            if m.token_start is None or m.token_end is None:
                continue
            for i in range(m.token_start, m.token_end):
                self.by_token[i] = m

    def at(self, token: Any) -> Mention | None:
        return self.by_token.get(token.i)


def _copy_actor(m: Mention) -> Actor | None:
    if m.actor is None or not (m.actor.name or m.actor.country or m.actor.cameo_code):
        return None
    a = Actor.from_dict(m.actor.to_dict())
    if a.start is None:
        a.start, a.end = m.start, m.end
    return a


def actors_at(token: Any, index: MentionIndex, *, depth: int = 0) -> list[Actor]:
    """Actors that the noun phrase headed by ``token`` refers to (coordination included)."""
    found: list[Actor] = []
    m = index.at(token)
    if m is not None:
        a = _copy_actor(m)
        if a:
            found.append(a)
            # "Russian and Chinese diplomats": the mention covers "Chinese diplomats" only
            for extra in _implied_actors(token, index):
                if extra.country != a.country and not (
                    m.start <= (extra.start or -1) and (extra.end or 0) <= m.end
                ):
                    extra.sectors = list(a.sectors)
                    extra.cameo_code = cameo_for(extra.country, extra.sectors)
                    found.append(extra)
    elif depth < 2:
        for child in token.children:
            # "Japan's decision" stands for Japan; "his counterpart" is not "him"
            if child.dep_ in OWNER_DEPS and child.pos_ != "PRON":
                found.extend(actors_at(child, index, depth=depth + 1))
        if not found:
            for child in token.children:
                if child.dep_ == "prep" and child.lower_ == "of":
                    for pobj in child.children:
                        if pobj.dep_ == "pobj":
                            found.extend(actors_at(pobj, index, depth=depth + 1))
    if not found and depth == 0:
        found.extend(_implied_actors(token, index))
    for child in token.children:
        if child.dep_ == "conj":
            found.extend(actors_at(child, index, depth=depth))
    return _unique(found)


def _kb() -> Any:
    from ..actors.kb import KnowledgeBase

    return KnowledgeBase.default()


def _implied_actors(token: Any, index: MentionIndex) -> list[Actor]:
    """Actors implied by a nationality adjective or a place on a noun the KB does not know:
    "Russian oil traders", "Greek and Turkish leaders", "police in Islamabad"."""
    kb = _kb()
    agent = kb.agent(token.lemma_.lower())
    sectors = list(agent.sectors) if agent is not None else []
    found: list[Actor] = []
    adjectives = [c for c in token.children if c.dep_ in ("amod", "compound", "nmod")]
    adjectives += [cc for c in adjectives for cc in c.children if cc.dep_ == "conj"]
    for adj in adjectives:
        country = kb.country(adj.text) if kb.country_form(adj.text) == "adjective" else None
        if country is not None:
            found.append(_implied(adj, token, country.country, sectors, "demonym-modifier"))
    if not found and agent is not None:
        for prep in token.children:
            if prep.dep_ == "prep" and prep.lower_ in ("in", "from"):
                for pobj in prep.children:
                    m = index.at(pobj)
                    if pobj.dep_ == "pobj" and m is not None and m.actor and m.actor.country:
                        found.append(
                            _implied(pobj, token, m.actor.country, sectors, "agent-in-place")
                        )
    return found


def _implied(word: Any, head: Any, country: str, sectors: list[str], how: str) -> Actor:
    span = (
        head.doc[word.i : word.i + 1]
        if how == "demonym-modifier"
        else head.doc[min(word.i, head.i) : max(word.i, head.i) + 1]
    )
    return Actor(text=span.text, name=None, country=country, sectors=sectors,
                 cameo_code=cameo_for(country, sectors), start=span.start_char,
                 end=span.end_char, resolution=how, confidence=0.6)  # fmt: skip


def _unique(actors: list[Actor]) -> list[Actor]:
    out: list[Actor] = []
    keys: set[tuple] = set()
    for a in actors:
        key = (a.entity_id or a.name, a.country, a.cameo_code)
        if key not in keys:
            keys.add(key)
            out.append(a)
    return out


def subject_of(verb: Any) -> tuple[Any | None, str]:
    """The token heading the actor of ``verb`` and how it was found."""
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
    if passive:
        for c in verb.children:
            if c.dep_ == "agent":
                for p in c.children:
                    if p.dep_ == "pobj":
                        return p, "passive agent (by ...)"
        return None, "passive without agent"
    for c in verb.children:
        if c.dep_ in ("nsubj", "csubj"):
            return c, "subject"
    head = verb.head
    if verb.dep_ == "acl" and verb.tag_ == "VBN":
        return None, "past participle: its head noun undergoes the action"
    if verb.dep_ in ("relcl", "acl") and head is not verb:
        return head, f"head noun of {verb.dep_}"
    if verb.dep_ == "advcl" and verb.tag_ == "VBG" and head.lemma_.lower() in REPORTING:
        return None, f"participle of reporting verb '{head.lower_}'"
    if verb.dep_ == "xcomp" and head.pos_ == "ADJ" and head.lemma_.lower() in RAISING_ADJ:
        if head.head is not head:
            tok, how = subject_of(head.head)
            return tok, f"{how} of '{head.head.lower_} {head.lower_}' (inherited via xcomp)"
    if verb.dep_ == "xcomp" and head.lemma_.lower() in OBJECT_CONTROL:
        for c in head.children:
            if c.dep_ in ("dobj", "dative"):
                return c, f"object of '{head.lower_}' (object control)"
    if verb.dep_ in INHERIT_DEPS and head is not verb and head.pos_ in ("VERB", "AUX"):
        tok, how = subject_of(head)
        return tok, f"{how} of '{head.lower_}' (inherited via {verb.dep_})"
    return None, "no subject"


def _objects(verb: Any) -> list[Any]:
    """Direct objects (the patient of a passive counts as one; the parser sometimes labels
    the object of "called X" as an object predicate, oprd)."""
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    out = [
        c for c in verb.children if c.dep_ in ("dobj", "obj") or (passive and c.dep_ == "nsubjpass")
    ]
    return out or [c for c in verb.children if c.dep_ == "oprd"]


def unrealized(tok: Any) -> Any | None:
    """The head (urge, threaten, pledge, ...) whose complement ``tok`` stands in, if any."""
    cur, hops = tok, 0
    while cur.head is not cur and hops < 5:
        dep, head = cur.dep_, cur.head
        if dep in ("xcomp", "ccomp") and head.lemma_.lower() in UNREALIZED_HEADS:
            return head
        if dep not in ("xcomp", "ccomp", "conj", "pobj", "prep", "dobj", "pcomp", "advcl", "acl"):
            return None
        cur, hops = head, hops + 1
    return None


def _prep_objects(token: Any, word: str) -> list[Any]:
    out = []
    for c in token.children:
        if c.dep_ in ("prep", "agent", "dative") and c.lower_ == word:
            out.extend(p for p in c.children if p.dep_ == "pobj")
        elif c.dep_ == "prt" and c.lower_ == word:
            # phrasal verb "call on X": the particle's object hangs on the verb
            out.extend(p for p in token.children if p.dep_ == "dobj")
    return out


def recipients_for(
    pattern: Pattern, token: Any, index: MentionIndex, *, extra_heads: Iterable[Any] = ()
) -> tuple[list[Actor], str]:
    """Recipients of ``token`` by the pattern's slots, in order; first slot that yields wins."""
    heads = [token, *extra_heads]
    for slot in pattern.recipient:
        for head in heads:
            if slot == "dobj":
                toks = _objects(head) if head.pos_ in ("VERB", "AUX") else []
            elif slot == "dative":
                toks = [c for c in head.children if c.dep_ == "dative"]
            elif slot == "attr":
                toks = [c for c in head.children if c.dep_ == "attr"]
            elif slot == "compound":
                toks = [c for c in head.children if c.dep_ in ("compound", "amod", "nmod")]
            elif slot == "that":
                toks = []
            else:
                toks = _prep_objects(head, slot)
            actors = [a for t in toks for a in actors_at(t, index)]
            if actors:
                return _unique(actors), f"{slot} of '{head.text}'"
    return [], "none"


def _sectors_ok(pattern: Pattern, actors: list[Actor]) -> bool:
    if not pattern.needs_actor_sector:
        return True
    return any(set(a.sectors) & pattern.needs_actor_sector for a in actors)


def _object_ok(
    pattern: Pattern, obj: Any | None, index: MentionIndex, patterns: PatternSet
) -> bool:
    if not pattern.needs_object:
        return True
    if obj is None:
        return False
    if ACTOR in pattern.needs_object and _names_actor(obj, index):
        return True
    lemmas = [obj.lemma_.lower()]
    lemmas += [
        p.lemma_.lower()
        for c in obj.children
        if c.dep_ == "prep" and c.lower_ == "of"
        for p in c.children
        if p.dep_ == "pobj"
    ]  # "200 tonnes of rice"
    return any(
        lm in pattern.needs_object or patterns.classes_of(lm) & pattern.needs_object
        for lm in lemmas
    )


ARMED_ROOTS = frozenset({"18", "19", "20"})
#: Roots whose target may be a place rather than an actor (attacks, deployments, coercion).
TARGET_ROOTS = frozenset({"15", "17", "18", "19", "20"})
TARGET_PREPS = frozenset({"in", "on", "into", "toward", "towards", "near", "at", "across", "over"})


def place_targets(verb: Any, objs: list[Any]) -> list[Actor]:
    """Recipients for a place that was attacked or approached: its country (gazetteer)."""
    from ..places import Gazetteer

    heads = [*objs, verb]
    toks = list(objs)
    for head in heads:
        for c in head.children:
            if c.dep_ == "prep" and c.lower_ in TARGET_PREPS:
                toks.extend(p for p in c.children if p.dep_ == "pobj")
    toks += [c for t in toks for c in t.children if c.dep_ == "conj"]
    gaz = Gazetteer.default()
    found: list[Actor] = []
    for tok in toks:
        ent = next((e for e in tok.doc.ents if e.start <= tok.i < e.end
                    and e.label_ in ("GPE", "LOC", "FAC")), None)  # fmt: skip
        place = gaz.best(ent.text) if ent is not None else None
        if place is not None and place.country:
            found.append(Actor(text=ent.text, name=None, country=place.country, sectors=[],
                               cameo_code=place.country, start=ent.start_char, end=ent.end_char,
                               resolution="place-target", confidence=0.55))  # fmt: skip
    return _unique(found)


ARMED_SECTORS = frozenset({"MIL", "REB", "INS", "COP", "SPY", "UAF"})


def _armed(actors: list[Actor]) -> bool:
    return any(set(a.sectors) & ARMED_SECTORS for a in actors)


def _names_actor(tok: Any, index: MentionIndex) -> bool:
    """The object itself names an actor ("received Kihara"), not merely owns one
    ("welcomed the government's initiative")."""
    m = index.at(tok)
    if m and m.actor:
        return True
    if _implied_actors(tok, index) and _kb().agent(tok.lemma_.lower()):
        return True
    # "a delegation of Afghan officials"
    return any(p.dep_ == "pobj" and index.at(p) and index.at(p).actor
               for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
               for p in c.children)  # fmt: skip


def _has_prep(token: Any, word: str) -> bool:
    return any(c.dep_ in ("prep", "prt") and c.lower_ == word for c in token.children)


class Extractor:
    """Turns one parsed, actor-resolved document into candidates."""

    def __init__(self, patterns: PatternSet) -> None:
        self.patterns = patterns

    def candidates(self, doc: Any, index: MentionIndex) -> list[Candidate]:
        out: list[Candidate] = []
        consumed: set[int] = set()
        for tok in doc:
            if tok.pos_ in ("VERB", "AUX") or (tok.pos_ == "NOUN" and tok.dep_ == "ROOT"):
                out.extend(self._verb(tok, index, consumed))
        for tok in doc:
            if tok.pos_ in ("NOUN", "PROPN") and tok.i not in consumed:
                out.extend(self._noun(tok, index))
        return [c for c in out if unrealized(c.trigger) is None]

    # -- verbs -------------------------------------------------------------------------
    def _verb(self, verb: Any, index: MentionIndex, consumed: set[int]) -> list[Candidate]:
        lemma = verb.lemma_.lower()
        objs = _objects(verb)
        if lemma in self.patterns.light_verbs:
            for obj in objs:
                for noun in self._event_nouns(obj):
                    cand = self._light(verb, noun, index)
                    if cand:
                        consumed.add(noun.i)
                        return [cand]
        for pattern in self.patterns.verbs.get(lemma, ()):
            if pattern.prep and not _has_prep(verb, pattern.prep):
                continue
            obj = objs[0] if objs else None
            if pattern.prep:
                pobjs = _prep_objects(verb, pattern.prep)
                obj = pobjs[0] if pobjs else obj
            if not _object_ok(pattern, obj, index, self.patterns):
                continue
            subj, how = subject_of(verb)
            actors = actors_at(subj, index) if subj is not None else []
            if not actors or not _sectors_ok(pattern, actors):
                continue
            if pattern.cameo[:2] in ARMED_ROOTS and not objs and not _armed(actors):
                continue  # "Brazil attacked relentlessly in the second half"
            complements = [c for c in verb.children if c.dep_ in ("xcomp", "ccomp")]
            comp_objs = [o for c in complements for o in _objects(c)]
            inner = [p for o in objs for c in o.children if c.dep_ == "prep"
                     for p in c.children if p.dep_ == "pobj"]  # fmt: skip
            recipients, rhow = recipients_for(
                pattern, verb, index, extra_heads=[*objs, *inner, *complements, *comp_objs]
            )
            if not recipients and complements and pattern.recipient:
                # "threatened to expel the Croatian ambassador", "refused to allow EU observers"
                recipients = [a for o in comp_objs for a in actors_at(o, index)]
                rhow = "object of the complement clause"
            penalty = 1.0
            if not recipients and not objs and verb.dep_ == "conj" and "inherited" in how:
                # "accused Japan of ... and warned of action": the warning is aimed at Japan too
                recipients = [a for o in _objects(verb.head) for a in actors_at(o, index)]
                rhow, penalty = f"object of coordinated '{verb.head.text}'", 0.85
            if not recipients and pattern.cameo[:2] in TARGET_ROOTS:
                # "shelled Kherson", "struck facilities in Kharkiv", "moved troops toward Tripoli"
                recipients = place_targets(verb, objs)
                rhow = "country of the place attacked or approached" if recipients else rhow
            recipients = [r for r in recipients if not _same(r, actors)]
            cameo = self.patterns.refine(pattern, obj.lemma_.lower() if obj is not None else None)
            if (
                cameo[:2] in ARMED_ROOTS
                and not recipients
                and obj is not None
                and ("weapon" in self.patterns.classes_of(obj.lemma_.lower()))
            ):
                cameo = "150"  # "test-fired a missile": a show of force with no target
            for o in objs:
                if o.lemma_.lower() in self.patterns.nouns:
                    consumed.add(o.i)  # "cancelled a planned meeting" is one event
            return [
                Candidate(
                    pattern,
                    verb,
                    cameo,
                    actors,
                    recipients,
                    how=[
                        f"verb '{verb.text}' (lemma {lemma}) matched {pattern.id}",
                        f"actor: {how}",
                        f"recipient: {rhow}",
                    ],
                    penalty=penalty,
                )
            ]
        return []

    def _event_nouns(self, obj: Any) -> list[Any]:
        """The object noun and its coordinated nouns that are event nouns."""
        toks = [obj, *[c for c in obj.children if c.dep_ == "conj"]]
        return [t for t in toks if t.lemma_.lower() in self.patterns.nouns]

    def _light(self, verb: Any, noun: Any, index: MentionIndex) -> Candidate | None:
        pattern = self.patterns.nouns[noun.lemma_.lower()][0]
        subj, how = subject_of(verb)
        actors = actors_at(subj, index) if subj is not None else []
        if not actors:
            return None
        recipients, rhow = recipients_for(pattern, noun, index, extra_heads=[verb])
        if not recipients and pattern.symmetric:
            recipients = self._participants(noun, index)
            rhow = "participants named around the noun"
        recipients = [r for r in recipients if not _same(r, actors)]
        return Candidate(
            pattern,
            noun,
            pattern.cameo,
            actors,
            recipients,
            how=[
                f"light verb '{verb.text}' + event noun '{noun.text}' matched {pattern.id}",
                f"actor: {how}",
                f"recipient: {rhow}",
            ],
        )

    # -- nouns standing alone ("during talks with X", "the A-B summit") ------------------
    def _noun(self, noun: Any, index: MentionIndex) -> list[Candidate]:
        for pattern in self.patterns.nouns.get(noun.lemma_.lower(), ()):
            if pattern.requires_light:
                # "Tokyo's condemnation of Pyongyang", "Russia's invasion of Ukraine"
                cand = self._owned(pattern, noun, index)
                if cand is not None:
                    return [cand]
                continue
            participants = self._participants(noun, index)
            owners = [a for c in noun.children if c.dep_ == "poss" for a in actors_at(c, index)]
            withs = [
                a for w in ("with",) for t in _prep_objects(noun, w) for a in actors_at(t, index)
            ]
            how = "participants named around the noun"
            if withs:
                actors = owners or self._clause_actors(noun, index)
                recipients = withs
                how = "owner or clause subject, with-phrase"
            elif len(participants) >= 2:
                actors, recipients = participants[:1], participants[1:]
            else:
                actors = owners or self._clause_actors(noun, index) or participants
                recipients = [p for p in participants if not _same(p, actors)]
            if not actors:
                continue
            return [
                Candidate(
                    pattern,
                    noun,
                    pattern.cameo,
                    _unique(actors),
                    [r for r in _unique(recipients) if not _same(r, actors)],
                    how=[f"event noun '{noun.text}' matched {pattern.id}", how],
                    penalty=0.9,
                )
            ]
        return []

    def _owned(self, pattern: Pattern, noun: Any, index: MentionIndex) -> Candidate | None:
        """An event noun with an actor as possessor and a recipient phrase."""
        owners = [a for c in noun.children if c.dep_ == "poss" for a in actors_at(c, index)]
        if not owners:
            return None
        slots = (*pattern.recipient, "of")
        widened = Pattern(
            **{**{f: getattr(pattern, f) for f in pattern.__slots__}, "recipient": slots}
        )
        recipients, rhow = recipients_for(widened, noun, index)
        recipients = [r for r in recipients if not _same(r, owners)]
        if not recipients:
            return None
        return Candidate(pattern, noun, pattern.cameo, owners, recipients,
                         how=[f"event noun '{noun.text}' with its owner matched {pattern.id}",
                              "actor: possessor", f"recipient: {rhow}"], penalty=0.8)  # fmt: skip

    def _participants(self, noun: Any, index: MentionIndex) -> list[Actor]:
        found: list[Actor] = []
        # "the South Korea-US-Japan trilateral summit": every actor named before the noun
        for i in range(noun.left_edge.i, noun.i):
            m = index.by_token.get(i)
            if m is not None and m.token_start == i and m.kind != "metonym":
                a = _copy_actor(m)
                if a and "metonym" not in (a.resolution or ""):
                    found.append(a)
        for c in noun.children:
            if c.dep_ in ("compound", "amod", "nmod", "poss"):
                # "the Pentagon meeting" names a place, not a participant
                found.extend(
                    a for a in actors_at(c, index) if "metonym" not in (a.resolution or "")
                )
            elif c.dep_ == "prep" and c.lower_ in ("between", "among", "of"):
                for p in c.children:
                    if p.dep_ == "pobj":
                        found.extend(actors_at(p, index))
        return _unique(found)

    def _clause_actors(self, noun: Any, index: MentionIndex) -> list[Actor]:
        head = noun.head
        hops = 0
        while head.pos_ not in ("VERB", "AUX") and head is not head.head and hops < 4:
            head, hops = head.head, hops + 1
        if head.pos_ not in ("VERB", "AUX"):
            return []
        subj, _ = subject_of(head)
        return actors_at(subj, index) if subj is not None else []


def _same(actor: Actor, group: list[Actor]) -> bool:
    """Whether ``actor`` is one of ``group`` (same entity, or same country and role code)."""
    return any(
        (actor.entity_id and actor.entity_id == g.entity_id)
        or (actor.cameo_code and actor.cameo_code == g.cameo_code)
        for g in group
    )


def event_id(content_hash: str, sentence_index: int, trigger_i: int, cameo: str) -> str:
    raw = f"{content_hash}:{sentence_index}:{trigger_i}:{cameo}"
    return hashlib.sha1(raw.encode()).hexdigest()[:16]


def build_event(analysis: Analysis, cand: Candidate, sentence_index: int) -> Event:
    """Turn a candidate into an Event with codes, flags, evidence and confidence."""
    tok = cand.trigger
    sent = analysis.sentences[sentence_index]
    fl = flagmod.flags_for(tok)
    cameo = cand.cameo
    plover = codes.plover_for_cameo(cameo)
    if cand.pattern.plover:
        plover = {
            "type": cand.pattern.plover,
            "mode": cand.pattern.mode,
            "contexts": plover.get("contexts", []),
        }
    how = list(cand.how)
    if fl["future"] and plover.get("type") in flagmod.INTENT_TYPES:
        intent = flagmod.intent_code(cameo)
        how.append(
            f"future {plover['type']} → AGREE (PLOVER: intended cooperation), CAMEO {cameo} → {intent}"
        )
        cameo = intent
        plover = codes.plover_for_cameo(cameo)
    confidence = cand.pattern.confidence * cand.penalty
    confidence *= min((a.confidence or 0.5) for a in cand.actors)
    if fl["negated"]:
        confidence *= 0.5
        how.append("negated")
    if fl["hypothetical"]:
        confidence *= 0.6
        how.append("hypothetical")
    return Event(
        event_id=event_id(analysis.article.content_hash, sentence_index, tok.i, cameo),
        article_id=analysis.article.id,
        sentence_index=sentence_index,
        evidence={"text": sent.text, "start": sent.start, "end": sent.end},
        trigger={
            "text": tok.text,
            "start": tok.idx,
            "end": tok.idx + len(tok.text),
            "lemma": tok.lemma_.lower(),
            "i": tok.i,
        },
        actor=cand.actors,
        recipient=cand.recipients,
        plover=plover,
        cameo=codes.cameo_record(cameo),
        flags=fl,
        confidence=round(min(max(confidence, 0.01), 0.99), 3),
        rule=cand.pattern.id + " | " + "; ".join(how),
        coder={"name": CODER_NAME, "version": __version__},
    )


@stages.register(CODER_NAME)
class ExtractEvents:
    """Code every predicate of every sentence with the pattern dictionary."""

    name = CODER_NAME
    reads = ("article", "doc", "sentences", "mentions")
    writes = ("events",)

    def __init__(self, *, patterns: PatternSet | None = None) -> None:
        self.extractor = Extractor(patterns or default_patterns())

    def __call__(self, batch: list[Analysis]) -> None:
        for analysis in batch:
            analysis.events = self.events_of(analysis)

    def events_of(self, analysis: Analysis) -> list[Event]:
        doc = analysis.doc
        index = MentionIndex(analysis.mentions)
        sent_of = {s.start: i for i, s in enumerate(doc.sents)}
        events = []
        for cand in self.extractor.candidates(doc, index):
            events.append(build_event(analysis, cand, sent_of[cand.trigger.sent.start]))
        return events
