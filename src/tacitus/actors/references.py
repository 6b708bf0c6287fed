"""References to actors named before: in the reading-order pass, role references ("the press
secretary"), counterparts ("his Japanese counterpart"), pronouns (he/she, they) and group nouns
("the bloc"); around it, unknown names set beside their office (apposition), a person's
followers ("his supporters") and "the country", "the island", "the North"; after it, "the
ministry" again, troops their own force reports on, forces "led by" a state, a subject "it"
and bodies owned by "its"/"his"/"her".

Reads: the mentions found so far (people, bodies), ``country_at``, the parse, the story date.
Writes: mentions carried over from earlier ones (``coref-pronoun``, ``coref-role``,
``coref-group``, ``coref-country``, ``counterpart``, ``role-date``, ``apposition``,
``followers``, ``reporter-country``, ``led-by``, ``possessor-country``).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from typing import Any

from ..nlp import ents_of
from ..records import Actor
from .base import _ARMED, _country_actor, _Found, _retext, resolved_actor
from .bodies import _COMPASS, _MOTION, _Bodies
from .kb import MISSION_WORDS, Entity, _norm, cameo_for
from .people import _People
from .placing import _STATE_SECTORS
from .tables import group_tables

_PRONOUNS = frozenset({"he", "she", "him", "his", "her", "hers"})
_PLURAL_PRONOUNS = frozenset({"they", "them", "their", "theirs"})
_GENDER = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f", "hers": "f"}
#: "the bloc", "the group", "the agency": the noun and which earlier actor it refers back to.
_GROUP_NOUNS = {
    "bloc": "bloc",
    "group": "armed",
    "militia": "armed",
    "movement": "armed",
    "agency": "org",
    "watchdog": "org",
    "organisation": "org",
    "organization": "org",
    "coalition": "coalition",
    "alliance": "coalition",
}
#: Words before "bloc"/"alliance" that give its size ("the 27-nation bloc").
_MEMBER_WORDS = frozenset({"nation", "member", "country", "state", "strong"})
_NUMBER_WORDS = {"sixteen": 16, "nineteen": 19}
#: (organisation, noun, from, until, members): the sizes that name one body in news ("the
#: 27-nation bloc" is the EU from 2007 and again from 2020; "the 32-member alliance" NATO).
#: Sizes other blocs share (ten: ASEAN and the EU of 1981; fifteen: ECOWAS) are left out.
_BLOC_SIZES = (
    ("eu", "bloc", "2004-05-01", "2007-01-01", 25),
    ("eu", "bloc", "2007-01-01", "2013-07-01", 27),
    ("eu", "bloc", "2013-07-01", "2020-02-01", 28),
    ("eu", "bloc", "2020-02-01", "9999-12-31", 27),
    ("nato", "alliance", "1982-05-30", "1999-03-12", 16),
    ("nato", "alliance", "1999-03-12", "2004-03-29", 19),
    ("nato", "alliance", "2004-03-29", "2009-04-01", 26),
    ("nato", "alliance", "2009-04-01", "2017-06-05", 28),
    ("nato", "alliance", "2017-06-05", "2020-03-27", 29),
    ("nato", "alliance", "2020-03-27", "2023-04-04", 30),
    ("nato", "alliance", "2023-04-04", "2024-03-07", 31),
    ("nato", "alliance", "2024-03-07", "9999-12-31", 32),
)
#: Military role nouns that name one person ("X, a senior commander, ...").
_ONE_SOLDIER = frozenset({"general", "commander", "officer", "colonel", "captain", "soldier"})
#: Verbs of "X, who heads the electoral commission, ...": X holds the office named.
_HEAD_VERBS = frozenset({"head", "lead", "run", "chair", "command"})
#: IGOs that are not "blocs" (UN bodies, courts, lenders, police).
_NOT_BLOCS = ("IGOUNO", "IGOICC", "IGOIMF", "IGOWBK", "IGOWTO", "IGOINTERPOL")
#: Object positions: "him"/"her" there is not the subject of the same verb ("Qin told him").
_OBJECT_DEPS = frozenset({"dobj", "dative", "iobj", "pobj"})
#: Nouns for a person's followers ("his supporters"): the person's people.
_FOLLOWERS = frozenset({"supporters", "followers", "loyalists", "backers", "partisans"})
#: Nouns for a person's retinue ("her bodyguards", "two of his aides"): the person's people, in
#: the person's sector; guards of a head of government are its police.
_RETINUE = frozenset(
    {"bodyguards", "bodyguard", "aides", "aide", "advisers", "advisors", "adviser", "advisor",
     "guards", "entourage", "henchmen", "lieutenants", "confidants", "associates"}
)  # fmt: skip
_GUARDS = frozenset({"bodyguards", "bodyguard", "guards"})
#: Verbs whose object or "to"/"from" phrase is a place gone to or left ("leave the country").
_GO_VERBS = _MOTION | {"leave", "enter", "exit", "quit", "reenter", "smuggle", "expel", "kick"}
#: "the country", "the island" ...: what an earlier-named country must be to be referred to.
_REFERRING_NOUNS = {
    "country": "any",
    "nation": "any",
    "island": "island",
    "kingdom": "kingdom",
    "emirate": "emirate",
    "republic": "republic",
    "North": "PRK",
    "South": "KOR",
}
#: The lower-case forms of those words, to find their tokens by.
_REFERRING_WORDS = frozenset(w.lower() for w in _REFERRING_NOUNS)
#: States that are one island or islands only, which news calls "the island".
_ISLAND_STATES = frozenset(
    "TWN CUB CYP LKA JAM MDG MLT ISL SGP BHR MUS FJI TLS BRB TTO BHS CPV COM STP SYC MDV NRU"
    " TUV KIR TON WSM VUT SLB DMA GRD LCA VCT KNA ATG PRI GRL GUM NCL PYF HKG MAC".split()
)
#: Emirates that news calls "the emirate" (the UAE's member emirates are no states).
_EMIRATES = frozenset({"QAT", "KWT", "ARE"})
#: Nouns after "the island" that belong to the reference ("the island nation").
_STATE_NOUNS = frozenset({"nation", "state", "country", "republic", "kingdom"})
#: Monarchies that news calls "the kingdom".
_MONARCHIES = frozenset(
    "SAU JOR MAR GBR THA ESP NLD BEL SWE NOR DNK BHR BTN KHM LSO SWZ TON".split()
)
#: Verbs whose subject reports the clause under them ("police said they ...").
_SAY_VERBS = frozenset(
    {"say", "tell", "announce", "claim", "report", "confirm", "deny", "add", "warn", "insist",
     "state", "declare", "admit", "acknowledge", "explain", "stress", "vow", "pledge"}
)  # fmt: skip
#: Body nouns that are plural without an "s" ("police said they ...").
_PLURAL_BODIES = frozenset({"police", "military", "authorities", "security", "personnel"})
#: Adjectives after "it is" that keep "it" a party ("it was ready to accept").
_READY = frozenset(
    {"ready", "willing", "prepared", "able", "unable", "unwilling", "determined", "committed",
     "open", "eager", "keen", "reluctant", "opposed", "confident", "obliged",
     # a party's stance: "Washington said it was deeply disappointed by the tests"
     "disappointed", "concerned", "worried", "alarmed", "dismayed", "satisfied", "pleased",
     "troubled", "outraged", "grateful", "saddened", "shocked"}
)  # fmt: skip
#: Modals of mere possibility: "said it might ...", "it could ..." report no act.
_MAYBE = frozenset({"might", "may", "could"})
#: Verbs of "what it called ...": a label the writer keeps at a distance, no act of naming.
_LABEL_VERBS = frozenset({"call", "describe", "term", "dub", "label", "style"})
#: A state's people abroad: "its ambassador" is placed by where he serves, not by "its".
_MISSION_NOUNS = MISSION_WORDS | {"ambassadors", "envoys", "embassies", "diplomats", "consul",
                                  "mission", "delegation", "delegations"}  # fmt: skip
#: Bodies an "it" can stand for ("the government said it would ...").
_IT_BODIES = frozenset(
    {"government", "administration", "regime", "cabinet", "ministry", "junta", "military",
     "army", "navy", "parliament", "legislature", "assembly", "congress", "court", "council",
     "commission", "agency", "bloc", "alliance", "coalition", "country", "nation", "state",
     "kingdom", "republic", "island", "party", "movement", "group", "organisation",
     "organization", "committee", "office", "department", "union", "embassy", "police"}
)  # fmt: skip

#: Verbs that judge someone for an act of theirs: "punished Pyongyang for its shelling",
#: "thanked Erdogan for his help", "criticised Tokyo over its whaling": the possessor in the
#: "for"/"over"/"on" phrase is the one judged (the verb's object).
_JUDGE_VERBS = frozenset(
    {"punish", "blame", "condemn", "thank", "praise", "criticise", "criticize", "fault",
     "sanction", "penalise", "penalize", "reward", "congratulate", "commend", "rebuke",
     "censure", "chide", "scold", "slam", "castigate", "denounce", "applaud", "hail",
     "salute", "fine", "sue", "reprimand", "berate", "admonish", "lambast", "lambaste",
     "excoriate", "upbraid", "honour", "honor", "forgive", "compliment"}
)  # fmt: skip
_JUDGE_PREPS = frozenset({"for", "over", "on"})
#: Prepositions of a time or circumstance adjunct, whose possessive prefers the clause's
#: subject ("met Putin ..., a day after his talks with Zelenskiy").
_ADJUNCT_PREPS = frozenset({"after", "before", "following", "since", "amid", "despite"})
#: Nouns of travel: "received Widodo during his visit" is the guest's, whatever the subject.
_TRAVEL_NOUNS = frozenset({"visit", "trip", "tour", "arrival", "stay", "stopover", "journey"})


def _roles_match(have: str, want: str) -> bool:
    """Same office, or a narrower one ("defense_spokesperson" is a "spokesperson")."""
    return have == want or have.endswith("_" + want) or want.endswith("_" + have)


class _References(_Bodies, _People):
    """References back: apposition, followers, the reading-order pass, the country."""

    def _country_references(self) -> None:
        """ "the country", "the island", "the kingdom" (and "the North"/"the South" in a Korea
        story): the country named before it, the first one its sentence names, else the latest
        one named earlier, of the right kind (an island state, a monarchy), never the country
        of the subject acting on it ("Biden threatened sanctions on the country")."""
        doc = self.doc
        for t in self._with_words(_REFERRING_WORDS):
            want = _REFERRING_NOUNS.get(t.text if t.text in _COMPASS else t.lower_)
            if want is None or t.i == 0 or doc[t.i - 1].lower_ != "the":
                continue
            start = t.i - 1
            if not self._free(start, t.i + 1) or t.tag_ in ("NNS", "NNPS"):
                continue
            nxt = doc[t.i + 1] if t.i + 1 < len(doc) else None
            state_noun = want == "island" and nxt is not None and nxt.lower_ in _STATE_NOUNS
            if (t.dep_ == "compound" and not state_noun) or nxt is not None and nxt.pos_ == "PROPN":
                continue  # "the country director", "the North Atlantic"
            if nxt is not None and self.kb.country(f"{t.text} {nxt.text}") is not None:
                continue  # "the South Korean drills", "the South Sudanese army": a demonym
            if self._left_or_entered(t):
                continue  # "ordered aid workers to leave the country": a place, not a party
            if want in ("PRK", "KOR"):
                if not {"PRK", "KOR"} & set(self.country_at.values()):
                    continue
                country: str | None = want
            elif want in ("emirate", "republic"):
                country = self._only_state(t, want)
            else:
                country = self._referred_country(t, want)
            if country is None:
                continue
            end = t.i + 1
            if state_noun:
                end += 1  # "the island nation"
            if not self._free(start, end):
                continue
            actor = _country_actor(doc[start:end], country, [], "coref-country", 0.6)
            self._take(_Found(start, end, "role", actor))

    def _only_state(self, t: Any, want: str) -> str | None:
        """ "the emirate", "the republic": the one state of that kind the story names up to the
        end of the sentence; None when it names none or several."""
        end = t.sent.end
        named = {c for i, c in self.country_at.items() if i < end and c}
        if want == "emirate":
            named &= _EMIRATES
        else:
            named -= _MONARCHIES | _EMIRATES
        return named.pop() if len(named) == 1 else None

    @staticmethod
    def _left_or_entered(t: Any) -> bool:
        """ "leave the country", "fled to the country", "out of the country": where someone
        goes or comes from."""
        head = t.head
        if t.dep_ == "pobj":
            if head.lower_ == "of" and head.head.lower_ == "out":
                return True
            head = head.head
        elif t.dep_ != "dobj":
            return False
        return head.lemma_.lower() in _GO_VERBS

    def _referred_country(self, t: Any, want: str) -> str | None:
        allowed = _ISLAND_STATES if want == "island" else _MONARCHIES if want == "kingdom" else None
        acting = set()
        node = t.head if t.dep_ == "poss" else t  # "praised the country's leaders"
        if (
            node.dep_ == "nsubj"
            and node.head.tag_ == "VB"
            and node.head.dep_ == "ccomp"
            and not any(c.dep_ in ("aux", "auxpass") for c in node.head.children)
        ):
            node = node.head  # "help the country build railways": the object of "help"
        if node.dep_ in ("dobj", "dative", "pobj", "nsubjpass", "ccomp"):
            verb = node.head
            for _ in range(3):  # "sanctions on the country": up to the verb
                if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
                    break
                verb = verb.head
            for _ in range(4):  # "Biden threatened to reimpose sanctions on the country"
                subjects = [c for c in verb.children if c.dep_ == "nsubj"]
                # "Obama arrived in Ghana, praising the country": the participle's subject too
                shared = ("xcomp", "conj", "advcl") if verb.tag_ == "VBG" else ("xcomp", "conj")
                if subjects or verb.dep_ not in shared or verb.head.i == verb.i:
                    break
                objects = [c for c in verb.head.children if c.dep_ == "dobj"]
                if verb.dep_ == "xcomp" and objects:
                    subjects = objects  # "ordered diplomats to leave the country"
                    break
                verb = verb.head
            for w in (w for c in subjects for w in c.subtree):
                if (f := self._found_at(w.i)) is not None and f.actor is not None:
                    acting.add(f.actor.country)
        sent = t.sent
        here = sorted(i for i in self.country_at if sent.start <= i < t.i)
        earlier = sorted((i for i in self.country_at if i < sent.start), reverse=True)
        for i in here + earlier:
            c = self.country_at[i]
            if c in acting or (allowed is not None and c not in allowed):
                continue
            return c
        return None

    def _followers(self) -> None:
        """ "his supporters", "Imamoglu's followers", "supporters of Khan": a person's
        followers are of the person's country, the opposition when the person leads it, else
        civilians (``followers``); "her bodyguards", "two of his aides", "Mobutu's guards": a
        person's retinue is of the person's country, in the person's sector (a head of
        government's guards its police). The pass runs twice: again after the placing parts,
        for a person they gave a country ("Opposition leader X was shot ..., and his
        supporters blamed ...")."""
        for tok in self._with_words(_FOLLOWERS | _RETINUE):
            if tok.pos_ not in ("NOUN", "PROPN"):
                continue
            start = self._retinue_start(tok)
            held = self._found_at(tok.i)
            if held is not None and not (
                tok.lower_ in _RETINUE
                and held.actor is not None
                and held.actor.resolution == "agent"
                and not held.actor.country
                and held.entity is None
            ):
                continue  # "Indian guards": the guards' own nationality
            owner = next((c for c in tok.children if c.dep_ == "poss"), None)
            if owner is None:
                prep = next(
                    (c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None
                )
                owner = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep else None
            if owner is None and tok.i > 0 and self.doc[tok.i - 1].dep_ == "compound":
                owner = self.doc[tok.i - 1]  # "Maduro supporters"
            f = self._found_at(owner.i) if owner is not None else None
            if f is None or f.actor is None:
                continue
            if not (f.entity is not None and f.entity.kind == "person" or f.kind == "pronoun"):
                continue
            if f.kind == "pronoun" and owner.lower_ not in _PRONOUNS:
                continue  # "their", "its": a group's or state's own people, read elsewhere
            a = f.actor if f.actor.country else self._named_person(f)
            if a is None:
                continue
            sectors = ["OPP"] if "OPP" in a.sectors else ["CVL"]
            if tok.lower_ in _RETINUE:
                sectors = [next((s for s in ("GOV", "OPP", "MIL", "REB") if s in a.sectors),
                                "CVL")]  # fmt: skip
                if tok.lower_ in _GUARDS and sectors == ["GOV"]:
                    sectors = ["COP"]
            if held is not None:
                self._untake(held)
            elif not self._free(start, tok.i + 1):
                start = tok.i
            span = self.doc[start : tok.i + 1]
            actor = _country_actor(span, a.country, sectors, "followers", 0.6)
            self._take(_Found(start, tok.i + 1, "role", actor))

    def _named_person(self, f: _Found) -> Actor | None:
        """The actor, with a country, of the person a pronoun was read as where only a later
        part gave that person one ("Opposition leader X ..., and his ..."): the same name."""
        name = f.actor.name if f.actor is not None else None
        if not name:
            return None
        return next(
            (o.actor for o in self.found
             if o.kind == "name" and o.actor is not None and o.actor.name == name
             and o.actor.country and o.start < f.start),
            None,
        )  # fmt: skip

    def _retinue_start(self, tok: Any) -> int:
        """The first word of a follower noun's own phrase after its owner ("her Sikh
        bodyguards", "his closest aides"): the modifiers between, not the owner."""
        start = tok.i
        while (
            start > 0
            and self.doc[start - 1].dep_ in ("amod", "compound")
            and (self.doc[start - 1].head.i == tok.i)
        ):
            start -= 1
        return start

    def _appositions(self, agents) -> None:
        """An unknown name set beside its office, on either side of the comma: "the ministry's
        spokesman, Ahmed Hafez, ...", "Ahmed Hafez, a spokesman for the Egyptian foreign
        ministry, ...", "X, who heads the army, ...": the name takes the office's resolution
        (the country or body the office belongs to, else its sector alone)."""
        ends: dict[int, tuple[int, Entity]] = {}
        for a_start, (a_end, agent) in agents.items():
            if agent.sectors:
                ends[a_end - 1] = (a_start, agent)
        if not ends:
            return
        for ent in ents_of(self.doc, "PERSON"):
            if not self._free(ent.start, ent.end):
                continue
            if self._known_surname(ent) or self._kb_surname(ent[-1]):
                continue
            role = self._office_beside(ent, ends)
            if role is None:
                continue
            agent = ends[role.i][1]
            owner = self._office_owner(role, ent)
            span = self.doc[ent.start : ent.end]
            if owner is None:
                if any(t.i in self.country_at for t in role.subtree if t.i not in range(
                        ent.start, ent.end)):  # fmt: skip
                    continue  # "the ambassador to Ethiopia, X": whose ambassador is unknown
                sectors = self._owner_sectors(role) or list(agent.sectors)
                actor = self._named_agent(span, ent.text, sectors)
                self._take(_Found(ent.start, ent.end, "name", actor, None, agent.role_key))
                continue
            sectors = list(owner.sectors) or list(agent.sectors)
            if agent.role_key and set(agent.sectors) - {"GOV"} and "GOV" in sectors:
                sectors = list(agent.sectors)  # "the ministry's military spokesman"
            code = cameo_for(owner.country, sectors) if owner.country else owner.cameo_code
            actor = replace(
                owner, text=span.text, name=ent.text, sectors=sectors, cameo_code=code,
                entity_id=None if owner.country else owner.entity_id, wikidata=None,
                start=span.start_char, end=span.end_char, resolution="apposition",
                confidence=0.7,
            )  # fmt: skip
            self._take(_Found(ent.start, ent.end, "name", actor, None, agent.role_key))

    def _office_beside(self, ent: Any, ends: dict[int, tuple[int, Entity]]) -> Any:
        """The office noun in apposition to a name ("Ahmed Hafez, a spokesman ..."; "the
        spokesman, Ahmed Hafez"), or the object of "who heads/leads ..." after it."""
        root = ent.root
        head = root.head
        if root.dep_ == "appos" and self._one_office(head, ends):
            if head.i < ent.start and self.doc[ent.start - 1].text == ",":
                return head
        for c in root.children:
            if c.i < ent.end or ent.end >= len(self.doc) or self.doc[ent.end].text != ",":
                continue
            if c.dep_ == "appos" and self._one_office(c, ends):
                return c
            if c.dep_ == "relcl" and c.lemma_.lower() in _HEAD_VERBS:
                obj = next((o for o in c.children if o.dep_ == "dobj"), None)
                if obj is not None and obj.i in ends:
                    return obj
        return None

    def _owner_sectors(self, role: Any) -> list[str] | None:
        """The sectors of a bare role noun an office belongs to ("the company's chief": BUS,
        "a commander of the rebels": REB), or None."""
        owners = [c for c in role.children if c.dep_ in ("poss", "compound")]
        for prep in role.children:
            if prep.dep_ == "prep" and prep.lower_ in ("for", "of", "in", "with"):
                owners += [p for p in prep.children if p.dep_ == "pobj"]
        for tok in owners:
            agent = self.kb.agent(tok.lower_) or self.kb.agent(tok.lemma_.lower())
            if agent is not None and agent.sectors:
                return list(agent.sectors)
        return None

    @staticmethod
    def _one_office(tok: Any, ends: dict[int, tuple[int, Entity]]) -> bool:
        """Whether ``tok`` is a singular role noun for one person ("a spokesman", "the army's
        commander"), not a body ("the army")."""
        if tok.i not in ends or tok.tag_ not in ("NN", "NNP"):
            return False
        agent = ends[tok.i][1]
        return bool(agent.individual or agent.role_key) or tok.lower_ in _ONE_SOLDIER

    def _office_owner(self, role: Any, ent: Any) -> Actor | None:
        """The resolved actor an office belongs to: the office's own mention ("the Egyptian
        foreign ministry spokesman"), its owner ("the ministry's", "Kenya's") or what it is
        "for"/"of" ("a spokesman for the Egyptian foreign ministry"); None when unknown."""
        tokens = [role]
        tokens += [c for c in role.children if c.dep_ in ("poss", "amod", "compound", "nmod")]
        for prep in role.children:
            if prep.dep_ == "prep" and prep.lower_ in ("for", "of", "at", "with"):
                tokens += [p for p in prep.children if p.dep_ == "pobj"]
        for tok in tokens:
            if ent.start <= tok.i < ent.end:
                continue
            f = self._found_at(tok.i)
            if f is None or f.actor is None or (f.entity is not None and f.role_key is None):
                continue
            a = f.actor
            if a.country or (a.cameo_code and f.kind in ("org", "group")):
                if f.entity is not None and f.entity.kind == "person":
                    return replace(a, entity_id=None, sectors=list(a.sectors))
                return a
        return None

    def _in_order(self, spans, agents) -> None:
        surnames = {
            start: [e for e, f in entries if e.kind == "person" and f == "surname"]
            for start, end, entries in spans
        }
        surname_ends = {start: end for start, end, _e in spans}
        events: list[tuple[int, str, Any]] = [(f.start, "found", f) for f in self.found]
        events += [(i, "short-name", (surname_ends[i], ps)) for i, ps in surnames.items() if ps]
        events += [(i, "agent", hit) for i, hit in agents.items()]
        # one walk over the tokens, its finds kept apart in the order the sort keeps for ties
        pronouns: list[tuple[int, str, Any]] = []
        plurals: list[tuple[int, str, Any]] = []
        anaphors: list[tuple[int, str, Any]] = []
        names: list[tuple[int, str, Any]] = []
        prev = ""
        for t in self.tokens:
            word = t.lower_
            if word in _PRONOUNS:
                pronouns.append((t.i, "pronoun", None))
            if word in _PLURAL_PRONOUNS:
                plurals.append((t.i, "plural", None))
            if word in _GROUP_NOUNS and t.i > 0 and prev == "the":
                anaphors.append((t.i, "anaphor", _GROUP_NOUNS[word]))
            elif word in ("bloc", "alliance") and prev in _MEMBER_WORDS:
                first = self._numbered_group(t.i)  # "the 27-nation bloc"
                if first is not None:
                    anaphors.append((t.i, "anaphor", (_GROUP_NOUNS[word], first)))
            if t.pos_ == "PROPN" and t.is_title and not surnames.get(t.i):
                names.append((t.i, "short-name", (t.i + 1, [])))
            prev = word
        events += pronouns + plurals + anaphors
        events += [(i, "blocker", None) for i in self.blockers]
        events += names
        seen: list[_Found] = []  # person mentions so far (entity or unknown)
        for i, what, extra in sorted(events, key=lambda e: (e[0], e[1] != "found")):
            if what == "found":
                self._settle(extra, seen)
                if extra.actor is not None and (
                    extra.entity
                    or extra.actor.resolution in ("title", "apposition", "demonym+name")
                    or (extra.kind == "name" and extra.actor.resolution == "agent")
                ):
                    seen.append(extra)
            elif what == "blocker":
                seen.append(_Found(i, i + 1, "name", None))
            elif what == "short-name" and self._free(i, extra[0]):
                self._short_name(i, extra[0], extra[1], seen)
            elif what == "agent" and self._free(i, extra[0]):
                self._role_reference(i, extra, seen)
            elif what == "pronoun" and self._free(i, i + 1):
                self._pronoun(i, seen)
            elif what == "plural" and self._free(i, i + 1):
                self._plural_pronoun(i)
            elif what == "anaphor" and isinstance(extra, tuple):
                if self._free(extra[1], i + 1):
                    self._numbered_anaphor(i, extra[0], extra[1])
            elif what == "anaphor" and self._free(i - 1, i + 1):
                self._group_anaphor(i, extra)

    def _settle(self, found: _Found, seen: list[_Found]) -> None:
        """Fill in a counterpart, or a demonym+agent office, now that earlier people are known."""
        if found.role_key == "counterpart" and found.actor is None:
            found.actor = self._counterpart(found, seen)
            return
        actor = found.actor
        if actor is None or actor.resolution != "demonym+agent":
            return
        if not found.role_key:
            head = self.doc[found.end - 1]
            agent = self.kb.agent(head.lemma_.lower())
            if actor.country and head.tag_ in ("NN", "NNP") and agent and agent.individual:
                seen.append(found)  # "the Russian envoy ... accused him": known country, no name
            return
        person = self._seen_role(seen, found.role_key, actor.country)
        how = "coref-role"
        if person is None and actor.country:
            person = self.kb.officeholder(actor.country, found.role_key, self.date)
            how = "demonym+agent"
        if person is not None:
            found.actor = self._person_actor(person, found.start, found.end, how, 0.8)
            found.entity = person
            seen.append(found)

    def _role_reference(self, start: int, hit: tuple[int, Entity], seen: list[_Found]) -> None:
        """Role references ("the press secretary"): the article's person with that role."""
        end, agent = hit
        prev = self.doc[start - 1].lower_ if start > 0 else ""
        if agent.role_key == "counterpart" and prev in ("his", "her"):
            self._take(found := _Found(start - 1, end, "role", None, None, "counterpart"))
            found.actor = self._counterpart(found, seen)
            if found.actor is None:
                self._untake(found)
            return
        if not agent.individual or not agent.role_key or prev != "the":
            self._bare_agent(start, end, agent)
            return
        unknown = self._seen_unknown_role(seen, agent.role_key)
        if unknown is not None:  # "Interior Minister Juma Odhiambo ... the minister"
            found = self._copy_actor(start - 1, end, unknown.actor, "role", "coref-role", 0.7)
            found.role_key = unknown.role_key
            seen.append(found)
            return
        person = self._seen_role(seen, agent.role_key, None)
        how, conf = "coref-role", 0.75
        if person is None:
            person = self._holder_nearby(start, agent.role_key)
            how, conf = "role-date", 0.55
        if person is None:
            head = self.doc[end - 1]
            if (
                head.dep_ in ("nsubj", "dobj")  # "the party asked the president to resign"
                and head.tag_ == "NN"
                and agent.sectors
                and not any(c.dep_ in ("prep", "acl", "relcl") for c in head.children)
            ):  # not "the head of the UN agency said"
                # "the spokesman added", "the minister said": the office's sector, for the
                # sentence's or the story's country to fill in
                actor = self._named_agent(self.doc[start - 1 : end], None, agent.sectors)
                self._take(_Found(start - 1, end, "role", actor))
            return
        found = _Found(start - 1, end, "role", None, person, person.role_key)
        found.actor = self._person_actor(person, start - 1, end, how, conf)
        self._take(found)
        seen.append(found)

    def _holder_nearby(self, start: int, role_key: str) -> Entity | None:
        """ "the foreign minister" with nobody of that office named yet: the officeholder at the
        story date of the latest country (or organisation) in this or the previous sentence."""
        sent_no = self._sentence_number(self.doc[start].idx)
        for f in sorted(self.found, key=lambda f: -f.start):
            if f.start >= start or f.actor is None:
                continue
            if self._sentence_number(self.doc[f.start].idx) < sent_no - 1:
                break
            org = self._org_of(f)
            holder = f.actor.country or (org.id if org is not None else None)
            if holder and f.entity is None:
                person = self.kb.officeholder(holder, role_key, self.date)
                if person is not None:
                    return person
        return None

    def _seen_unknown_role(self, seen: list[_Found], role_key: str) -> _Found | None:
        """The latest person in ``seen`` holding ``role_key`` when that person is a titled
        unknown (no KB entity), not a KB officeholder named after them."""
        for f in reversed(seen):
            if not f.role_key or not _roles_match(f.role_key, role_key):
                continue
            if f.entity is not None:
                return None
            if f.actor is not None and f.actor.name and f.kind == "name":
                return f
        return None

    def _seen_role(self, seen: list[_Found], role_key: str, country: str | None) -> Entity | None:
        for f in reversed(seen):
            e = f.entity
            if e is None or not f.role_key or (country and e.country != country):
                continue
            if _roles_match(f.role_key, role_key):
                return e
        return None

    def _counterpart(self, found: _Found, seen: list[_Found]) -> Actor | None:
        """Counterparts ("his Japanese counterpart"): country from the adjective, office from
        the possessor."""
        span = self.doc[found.start : found.end]
        country = self._span_country(list(span))
        possessor = next((f for f in reversed(seen) if f.start < found.start), None)
        if possessor is None or possessor.entity is None:
            return None
        role_key = possessor.role_key or possessor.entity.role_key
        person = (
            self.kb.officeholder(country, role_key, self.date) if country and role_key else None
        )
        if person is not None and person.country != possessor.entity.country:
            found.entity, found.role_key = person, person.role_key
            seen.append(found)
            return self._person_actor(person, found.start, found.end, "counterpart", 0.85)
        if country is None:
            return None
        return _country_actor(span, country, list(possessor.entity.sectors), "counterpart", 0.6)

    def _pronoun(self, i: int, seen: list[_Found]) -> None:
        said = self._reporter_pronoun(i)
        if said is not None:  # "He said he had warned Moscow": the reporter himself
            actor = _retext(said.actor, self.doc[i : i + 1], "coref-pronoun", 0.7)
            self._take(_Found(i, i + 1, "pronoun", actor, said.entity, said.role_key))
            return
        own = self._possessive_person(i, seen)
        if own is not None:
            self._note_gender(own, self.doc[i].lower_)
            actor = _retext(own.actor, self.doc[i : i + 1], "coref-pronoun", 0.7)
            self._take(_Found(i, i + 1, "pronoun", actor, own.entity, own.role_key))
            return
        sent_no = self._sentence_number(self.doc[i].idx)
        subjects = self._clause_subjects(i)
        excluded = {f.entity.id for f in seen if f.entity is not None and f.start in subjects}
        lead = self._leading_subject(i, seen, sent_no) or self._reporting_person(i, seen)
        for f in [lead] if lead is not None else reversed(seen):
            if f.start >= i or not self._gender_ok(f, self.doc[i].lower_):
                continue
            if any(f.start <= s < f.end for s in subjects) or (
                f.entity is not None and f.entity.id in excluded
            ):
                continue  # "Zelensky thanked him": not Zelensky
            if f is not lead and self._sentence_number(self.doc[f.end - 1].idx) < sent_no - 1:
                return
            if f.actor is None or not (f.actor.name or f.actor.country):
                return  # the latest person is unknown: do not guess past them
            self._note_gender(f, self.doc[i].lower_)
            actor = _retext(f.actor, self.doc[i : i + 1], "coref-pronoun", 0.7)
            self._take(_Found(i, i + 1, "pronoun", actor, f.entity, f.role_key))
            return

    def _possessive_person(self, i: int, seen: list[_Found]) -> _Found | None:
        """A possessive "his"/"her" the clause decides: the object of a judging verb ("thanked
        Erdogan for his help"); in a time adjunct ("met Putin ..., a day after his talks with
        Zelenskiy") the clause's subject, unless that subject is the other side named on the
        noun ("his talks with X" are not X's) or the noun is a journey (a guest's). None when
        no such rule applies (then the nearest person decides)."""
        tok = self.doc[i]
        if tok.dep_ != "poss":
            return None
        pronoun = tok.lower_

        def person(t: Any) -> _Found | None:
            for f in reversed(seen):
                if f.start <= t.i < f.end and f.start < i:
                    ok = f.actor is not None and (f.actor.name or f.actor.country)
                    return f if ok and self._gender_ok(f, pronoun) else None
            return None

        obj = self._judged_object(tok)
        if obj is not None:
            return person(obj)
        subj = self._adjunct_subject(tok)
        if subj is None:
            return None
        f = person(subj)
        if f is None:
            return None
        others = [p for w in tok.head.children if w.dep_ == "prep" and w.lower_ in ("with", "between")
                  for p in w.subtree]  # fmt: skip
        # the other side may be named again by surname only ("... with Xi"), not yet resolved
        names = set((f.actor.name or "").split()) | {self.doc[f.end - 1].text}
        if any(f.start <= p.i < f.end or p.text in names for p in others):
            return None
        return f

    def _judged_object(self, tok: Any) -> Any | None:
        """The object token that a possessive at ``tok`` stands for through the verb's own
        meaning: "punish Pyongyang for its shelling", "criticised Tokyo over its whaling"; None
        otherwise (not a gerund's object: "accused Somalia of violating its sovereignty" is
        the accuser's)."""
        noun = tok.head
        if noun.dep_ != "pobj" or noun.head.lower_ not in _JUDGE_PREPS:
            return None
        verb = noun.head.head
        obj = verb if verb.dep_ == "dobj" and verb.pos_ in ("NOUN", "PROPN") else None
        if obj is not None:
            verb = verb.head  # "blamed the regime for its ...": "for" on the object
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in _JUDGE_VERBS:
            return None
        if obj is None:
            obj = next((c for c in verb.children if c.dep_ in ("dobj", "dative")), None)
        if obj is None or obj.i > tok.i:
            return None
        return obj

    def _adjunct_subject(self, tok: Any) -> Any | None:
        """The subject of the clause a possessive's noun is a time adjunct of ("X met Y ..., a
        day after his talks with Z"), when that clause has an object or other party between
        (so the nearest one is not simply the subject); None otherwise."""
        noun = tok.head
        if noun.dep_ != "pobj" or noun.lemma_.lower() in _TRAVEL_NOUNS:
            return None
        prep = noun.head
        if prep.lower_ not in _ADJUNCT_PREPS:
            return None
        verb = prep.head
        if verb.dep_ == "npadvmod" and verb.pos_ == "NOUN":
            verb = verb.head  # "a day after"
        if verb.pos_ != "VERB" or any(c.dep_ == "auxpass" for c in verb.children):
            return None
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subj is None or subj.i > verb.i or subj.lower_ in ("who", "which", "that"):
            return None
        if not any(c.dep_ in ("dobj", "dative", "prep") and c.i < prep.i for c in verb.children):
            return None
        return subj

    def _reporting_person(self, i: int, seen: list[_Found]) -> _Found | None:
        """ "Kim admitted to Koizumi that his agents had abducted ...": a he/she/his/her in a
        reported clause ("that ...") is the person who reports it, when that person is named
        and known; None otherwise (then the latest person decides)."""
        tok = self.doc[i]
        verb = tok.head
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        while verb.dep_ == "conj" and verb.head.i != verb.i:
            verb = verb.head
        if verb.dep_ != "ccomp" or verb.head.i == verb.i or self._in_quote(tok):
            return None
        subj = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
        if subj is None or subj.i >= i:
            return None
        for f in reversed(seen):
            if f.start <= subj.i < f.end and f.actor is not None and f.actor.name:
                return f if self._gender_ok(f, tok.lower_) else None
        return None

    def _reporter_pronoun(self, i: int) -> _Found | None:
        """The resolved pronoun that reports the clause whose subject the pronoun at ``i`` is,
        when both are the same word ("He said afterwards that he had warned Moscow")."""
        tok = self.doc[i]
        if tok.dep_ not in ("nsubj", "nsubjpass") or tok.head.dep_ != "ccomp":
            return None
        reporter = next((c for c in tok.head.head.children if c.dep_ == "nsubj"), None)
        if reporter is None or reporter.lower_ != tok.lower_ or reporter.i >= i:
            return None
        f = self._found_at(reporter.i)
        if f is None or f.kind != "pronoun" or f.actor is None:
            return None
        return f

    def _leading_subject(self, i: int, seen: list[_Found], sent_no: int) -> _Found | None:
        """ "He"/"She" opening a sentence: the person who was the subject of the latest earlier
        sentence (up to three back) that had a person as its subject ("Biden met Kishida on
        Monday. He said ..." is Biden), counting pronouns resolved so far; None when no such
        subject, or when that subject is an unknown person (then the usual rule decides)."""
        tok = self.doc[i]
        if tok.lower_ not in ("he", "she") or tok.dep_ not in ("nsubj", "nsubjpass"):
            return None
        first = next((t for t in tok.sent if not t.is_punct and not t.is_space), None)
        if first is None or first.i != i:
            return None
        if any(t.is_quote for t in tok.sent if t.i < i):
            return None  # '"He lied," the minister said.': a third person, not the last subject
        people = seen + [
            f
            for f in self.found
            if f.kind == "pronoun" and f.actor is not None and self.doc[f.start].lower_ in _PRONOUNS
        ]
        best: _Found | None = None
        for f in people:
            if f.start >= tok.sent.start:
                continue
            n = self._sentence_number(self.doc[f.start].idx)
            if n < sent_no - 3 or not self._main_subject(f) or not self._gender_ok(f, tok.lower_):
                continue
            if best is None or f.start > best.start:
                best = f
        if best is None or best.actor is None or not best.actor.name:
            return None
        return best

    def _main_subject(self, f: _Found) -> bool:
        """Whether a mention is the subject of its sentence's main verb (or of one conjoined
        with it)."""
        root = self.doc[f.start : f.end].root
        if root.dep_ not in ("nsubj", "nsubjpass"):
            return False
        verb = root.head
        while verb.dep_ == "conj" and verb.head is not verb:
            verb = verb.head
        return verb.dep_ == "ROOT"

    def _gender_ok(self, f: _Found, pronoun: str) -> bool:
        """A person already called "he" is not "she" (and the reverse); unknown is fine."""
        want = _GENDER.get(pronoun)
        key = self._gender_key(f)
        have = self.genders.get(key) if key else None
        return want is None or have is None or have == want

    def _note_gender(self, f: _Found, pronoun: str) -> None:
        key = self._gender_key(f)
        if key and pronoun in _GENDER:
            self.genders.setdefault(key, _GENDER[pronoun])

    @staticmethod
    def _gender_key(f: _Found) -> str | None:
        if f.actor is None:
            return None
        return f.actor.entity_id or f.actor.name

    def _clause_subjects(self, i: int) -> set[int]:
        """Token indices of the subject of the verb that object pronoun ``i`` depends on."""
        tok = self.doc[i]
        if tok.lower_ not in ("him", "her") or tok.dep_ not in _OBJECT_DEPS:
            return set()
        verb = tok.head
        if tok.dep_ == "pobj":
            verb = verb.head
        out: set[int] = set()
        for child in verb.children:
            if child.dep_ in ("nsubj", "nsubjpass"):
                out.update(t.i for t in child.subtree if t.i < i)
        return out

    def _plural_pronoun(self, i: int) -> None:
        """They/them/their: the latest plural or group actor (an organisation, armed group,
        "Japanese officials") in this or the previous sentence. An unresolved plural subject
        ("The diplomats said they ...") or coordinated people in between blocks the guess."""
        sent_no = self._sentence_number(self.doc[i].idx)
        best: tuple[int, _Found | None] | None = None
        plural: tuple[int, _Found] | None = None  # the latest plural group or people
        for f in self.found:
            if f.start >= i or f.actor is None or not resolved_actor(f.actor):
                continue
            if self._sentence_number(self.doc[f.start].idx) < sent_no - 1:
                continue
            if self._is_group(f) and (best is None or f.start > best[0]):
                best = (f.start, f)
            if (
                self._is_group(f)
                and f.kind != "org"
                or f.actor.resolution in ("demonym (people)", "ethnic-people")
            ) and (plural is None or f.start > plural[0]):
                plural = (f.start, f)
        if (
            best is not None
            and plural is not None
            and best[1] is not None
            and best[1].kind == "org"
            and self.doc[best[1].end - 1].tag_ == "NNP"
            and plural[1] is not best[1]
        ):
            # "Georgians rallied after the premier suspended talks on joining the European
            # Union, and police dispersed them": the people, not a body named in the singular
            best = plural
        for tok in self.doc[:i]:
            if self._sentence_number(tok.idx) < sent_no - 1:
                continue
            if tok.dep_ not in ("nsubj", "nsubjpass") or (best and tok.i <= best[0]):
                continue
            plural = tok.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in tok.children)
            if not plural or not self._free(tok.i, tok.i + 1):
                continue
            owner = self._group_of(tok)
            best = (tok.i, owner)
        if best is None or best[1] is None:
            return
        if self._own_subject(i, best[1]):
            return
        self._copy_actor(i, i + 1, best[1].actor, "pronoun", "coref-pronoun", 0.6)

    def _own_subject(self, i: int, f: _Found) -> bool:
        """Whether "them" is the object of a verb whose own subject (or that of the verb it is
        coordinated with) is ``f``: "boats intercepted migrants and returned them" - the
        subject would be "themselves", so "them" is someone else."""
        tok = self.doc[i]
        if tok.dep_ not in ("dobj", "dative"):
            return False
        verb = tok.head
        verbs = [verb]
        while verb.dep_ == "conj" and verb.head.i != verb.i:
            verb = verb.head
            verbs.append(verb)
        return any(c.dep_ == "nsubj" and f.start <= c.i < f.end for v in verbs for c in v.children)

    def _group_of(self, tok: Any) -> _Found | None:
        """The group named in "leaders of the Group of Seven", if any."""
        for prep in tok.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                for pobj in prep.children:
                    f = self._found_at(pobj.i)
                    if f is not None and f.actor is not None and self._is_group(f):
                        return f
        return None

    def _is_group(self, f: _Found) -> bool:
        a = f.actor
        if a is None or f.entity is not None and f.entity.kind == "person":
            return False
        if f.kind in ("group", "org"):
            return True
        if f.kind == "role" and f.role_key is None and a.resolution == "demonym+agent":
            return self.doc[f.end - 1].tag_ in ("NNS", "NNPS")
        return a.resolution == "coref-group"

    def _org_of(self, f: _Found) -> Entity | None:
        a = f.actor
        if a is None or not a.entity_id or a.resolution in ("coref-pronoun", "surname"):
            return None
        return self.kb.orgs.get(a.entity_id)

    def _numbered_group(self, i: int) -> int | None:
        """The first token ("the") of "the 27-nation bloc", "the 10-member bloc", "the
        32-member alliance" ending at ``i``, or None."""
        if i < 4 or self.doc[i - 2].text != "-":
            return None
        number = self.doc[i - 3]
        if not number.like_num or self.doc[i - 4].lower_ != "the":
            return None
        return i - 4

    def _numbered_anaphor(self, i: int, want: str, first: int) -> None:
        """ "the 27-nation bloc", "the 32-member alliance": the latest bloc (or military
        alliance) the story named; with none named, the European Union or NATO when its
        size then was that number (data in :data:`_BLOC_SIZES`), else nothing."""
        before = len(self.found)
        self._group_anaphor(i, want, first=first)
        if len(self.found) > before:
            return
        number = self.doc[i - 3].lower_
        size = int(number) if number.isdigit() else _NUMBER_WORDS.get(number)
        day = (self.date or "")[:10]
        for org_id, noun, low, high, n in _BLOC_SIZES:
            if n != size or noun != self.doc[i].lower_ or not (low <= day < high):
                continue
            org = self.kb.orgs.get(org_id)
            if org is not None and day:
                actor = self._person_actor(org, first, i + 1, "coref-group", 0.6)
                self._take(_Found(first, i + 1, "role", actor))
            return

    def _group_anaphor(self, i: int, want: str, *, first: int | None = None) -> None:
        """ "the bloc" (the latest EU/ASEAN/AU ... mention), "the group" (the latest armed
        group), "the agency" (the latest organisation)."""
        start = i - 1 if first is None else first
        for f in sorted(self.found, key=lambda f: -f.start):
            if f.start >= i - 1:
                continue
            if want == "coalition":  # "a Saudi-led coalition ... The coalition accused Iran"
                words = self.doc[f.start : f.end].text.lower()
                org = self._org_of(f)
                # "NATO ... the alliance": the latest military alliance named
                allied = (
                    self.doc[i].lower_ == "alliance"
                    and org is not None
                    and {"IGO", "MIL"} <= set(org.sectors)
                )
                if resolved_actor(f.actor) and (self.doc[i].lower_ in words or allied):
                    found = self._copy_actor(start, i + 1, f.actor, "role", "coref-group", 0.7)
                    found.entity = None
                    return
                continue
            org = self._org_of(f)
            if org is None:
                continue
            code = org.cameo_code or ""
            armed = bool(_ARMED & set(org.sectors))
            if want == "bloc":
                ok = code.startswith("IGO") and not code.startswith(_NOT_BLOCS)
            elif want == "armed":
                ok = armed
            else:
                ok = not armed
            if ok:
                found = self._copy_actor(start, i + 1, f.actor, "role", "coref-group", 0.7)
                found.entity = None
                return

    def _copy_actor(self, start, end, a: Actor, kind: str, how: str, conf: float) -> _Found:
        found = _Found(start, end, kind, _retext(a, self.doc[start:end], how, conf))
        self._take(found)
        return found

    # -- "the ministry" again, "it" and possessives ("its military", "his country") ---------

    def _bare_roles(self) -> Iterator[tuple[_Found, Actor, Any]]:
        """(mention, actor, head token) of every role mention still resolved to no state."""
        for f in self.found:
            a = f.actor
            if a is None or a.resolution != "agent" or a.country or a.cameo_code:
                continue
            if f.kind == "role":
                yield f, a, self.doc[f.end - 1]

    def _same_body_references(self) -> None:
        """ "the foreign ministry said ... The ministry said ...": a bare body with "the" takes
        the actor of the latest body of the same noun resolved in this or the two sentences
        before it (a body, not a person)."""
        doc = self.doc
        for f, _a, head in self._bare_roles():
            if head.tag_ != "NN" or f.start == 0:
                continue
            if doc[f.start - 1].lower_ != "the" and doc[f.start].lower_ != "the":
                continue
            lemma = head.lemma_.lower()
            if lemma not in _IT_BODIES:
                continue
            sent_no = self._sentence_number(head.idx)
            best: _Found | None = None
            for g in self.found:
                if g.start >= f.start or g.actor is None or not resolved_actor(g.actor):
                    continue
                if g.entity is not None and g.entity.kind == "person" or g.role_key:
                    continue
                if self._sentence_number(doc[g.start].idx) < sent_no - 2:
                    continue
                last = doc[g.end - 1]
                if last.lemma_.lower() != lemma or last.tag_ in ("NNS", "NNPS"):
                    continue
                if best is None or g.start > best.start:
                    best = g
            if best is not None:
                f.actor = _retext(best.actor, doc[f.start : f.end], "coref-role", 0.6)

    def _reported_bodies(self) -> None:
        """ "An Israeli army spokesman said troops had not fired ...", "Kenyan police said
        officers had arrested ...": bare troops or police who are the subject of a clause that
        a named army or police force (or its spokesman) reports are that force's; "forces led
        by the United States" are the leader's."""
        for f, a, head in self._bare_roles():
            led = self._led_by(head)
            if led is not None and led.actor is not None and led.actor.country:
                country = led.actor.country
                f.actor = replace(
                    a, country=country, cameo_code=cameo_for(country, list(a.sectors)),
                    resolution="led-by", confidence=0.6,
                )  # fmt: skip
                continue
            own = set(a.sectors) & {"MIL", "COP"}
            if not own or head.dep_ not in ("nsubj", "nsubjpass"):
                continue
            verb = head.head
            while verb.dep_ == "conj" and verb.head.i != verb.i:
                verb = verb.head
            if verb.dep_ != "ccomp" or verb.head.i == verb.i:
                continue
            reporter = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
            if reporter is None or reporter.i > head.i:
                continue
            g = self._found_at(reporter.i)
            if g is None or g.actor is None or not g.actor.country:
                continue
            if not own & set(g.actor.sectors) and not self._announces_own(g, verb):
                continue
            country = g.actor.country
            f.actor = replace(
                a, country=country, cameo_code=cameo_for(country, list(a.sectors)),
                resolution="reporter-country", confidence=0.55,
            )  # fmt: skip

    def _announces_own(self, reporter: _Found, verb: Any) -> bool:
        """Whether a state, named or by its capital, announces what bare forces will do
        ("Canberra said navy ships would carry supplies", "Moscow said troops will
        withdraw"): a state tells of its own forces' next moves; what forces did is often
        another side's ("Kyiv said troops had shelled the town" stays open)."""
        if reporter.actor.resolution not in ("country", "metonym"):
            return False
        return any(c.dep_ == "aux" and c.lower_ in ("will", "would", "'ll") for c in verb.children)

    def _led_by(self, head: Any) -> _Found | None:
        """The state in "forces led by the United States" (a participle "led" on the noun)."""
        for c in head.children:
            if c.dep_ != "acl" or c.lemma_.lower() != "lead":
                continue
            for b in c.children:
                if b.dep_ == "agent" or (b.dep_ == "prep" and b.lower_ == "by"):
                    for p in b.children:
                        if p.dep_ == "pobj":
                            g = self._found_at(p.i)
                            if g is not None and g.actor is not None and g.actor.country:
                                if g.actor.resolution in ("country", "metonym"):
                                    return g
        return None

    def _it_references(self) -> None:
        """ "Moscow said it would respond", "Israel said it would keep its blockade": a subject
        "it" is the state or organisation that is the subject of the clause reporting or
        governing its own (or the object of "urged X to ...": "urged Japan to ..."); a sentence
        that opens with "It" is the previous sentence's main subject. Only a singular state or
        organisation already resolved counts; a person, a plural or an unresolved noun in that
        place stops the search, and nothing inside a quotation is resolved."""
        for t in self._with_words(("it",)):
            if t.dep_ not in ("nsubj", "nsubjpass") or not self._free(t.i, t.i + 1):
                continue
            if self._in_quote(t) or self._expletive_it(t):
                continue
            f = self._governing_subject(t)
            if f is False:
                continue
            if f is None:
                f = self._previous_main_subject(t)
            if f is not None and f.actor is not None:
                # a bare body ("The ministry said ... It urged ...") passes on its bareness:
                # the story's country, if it gets one later, is the pronoun's too
                how = "coref-pronoun" if resolved_actor(f.actor) else "agent"
                self._copy_actor(t.i, t.i + 1, f.actor, "pronoun", how, 0.6)

    def _they_references(self) -> None:
        """ "Police in Nairobi said they had arrested two suspects", "Officials in Seoul said
        they were optimistic": a subject "they" of a clause that a plural body reports is that
        body (``coref-pronoun``), once the placing parts have given it its state; a body still
        bare passes on its bareness, as "it" does. Not two coordinated sides ("Argentina and
        Chile said they ...": one mention stands for one actor), not a person, not inside a
        quotation, and not a "they" another part has read already."""
        for t in self._with_words(("they",)):
            if t.dep_ not in ("nsubj", "nsubjpass") or not self._free(t.i, t.i + 1):
                continue
            verb = t.head
            if verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in _SAY_VERBS:
                continue
            subj = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
            if subj is None or subj.i > t.i or self._in_quote(t):
                continue
            if any(c.dep_ == "conj" for c in subj.children):
                continue
            f = self._found_at(subj.i)
            if f is None or f.actor is None or f.kind not in ("role", "group", "org"):
                continue
            if f.entity is not None and f.entity.kind == "person":
                continue
            if subj.tag_ not in ("NNS", "NNPS") and subj.lower_ not in _PLURAL_BODIES:
                continue  # "the ministry said they ...": someone else
            how = "coref-pronoun" if resolved_actor(f.actor) else "agent"
            self._copy_actor(t.i, t.i + 1, f.actor, "pronoun", how, 0.6)

    def _possessed_bodies(self) -> None:
        """ "Iran said its military had shot down ...", "Algeria's minister said his country was
        cutting ties", "Kim admitted that his agents had abducted ...": a role noun with no
        country owned by "its", "his" or "her" takes the country of the state (or of the
        person) the pronoun stands for; "its/his country" is that state."""
        doc = self.doc
        nouns = group_tables().nouns
        self._possessive_its()
        for t in self._with_words(("its", "his", "her")):
            if t.dep_ != "poss" or self._in_quote(t):
                continue
            head = t.head
            if head.pos_ not in ("NOUN", "PROPN") or head.i <= t.i:
                continue
            if head.lower_ in _MISSION_NOUNS:
                continue  # "recalled its ambassador to Madrid": the events stage reads those
            if head.dep_ not in ("nsubj", "nsubjpass") and not self._acted_on(head):
                continue
            owner = self._possessor(t)
            if owner is None or owner.actor is None or not owner.actor.country:
                continue
            a = owner.actor
            if a.sectors and not (set(a.sectors) & (_STATE_SECTORS | {"MIL"})):
                continue  # a movement's or a firm's own people: not a state's
            country = a.country
            span = doc[t.i + 1 : head.i + 1]
            if head.lower_ in ("country", "nation") and self._free(t.i + 1, head.i + 1):
                actor = _country_actor(span, country, ["GOV"], "coref-country", 0.6)
                self._take(_Found(t.i + 1, head.i + 1, "role", actor))
                continue
            found = self._found_at(head.i)
            if found is not None:
                fa = found.actor
                if fa is None or fa.country or fa.cameo_code or found.entity is not None:
                    continue
                if fa.resolution != "agent" or not fa.sectors or found.start <= t.i:
                    continue
                found.actor = replace(
                    fa,
                    country=country,
                    cameo_code=cameo_for(country, list(fa.sectors)),
                    resolution="possessor-country",
                    confidence=0.6,
                )
                continue
            if not self._free(t.i + 1, head.i + 1):
                continue
            agent = None
            for start in range(t.i + 1, head.i + 1):  # "its chief delegate", "its navy"
                text = doc[start : head.i + 1].text
                # weapons and sites ("its aircraft") are actors only with a country word in
                # front of them (group_nouns.tsv, alone = no): a pronoun is none
                agent = self.kb.agent(text) or (
                    hit[0] if (hit := nouns.get(_norm(text))) is not None and hit[1] else None
                )
                if agent is not None:
                    break
            if agent is None or not agent.sectors or agent.role_key == "counterpart":
                continue
            if head.lower_ in _FOLLOWERS:
                continue
            actor = _country_actor(span, country, list(agent.sectors), "possessor-country", 0.6)
            self._take(_Found(t.i + 1, head.i + 1, "role", actor))

    def _possessive_its(self) -> None:
        """ "its" owning a noun ("for its shelling of Yeonpyeong", "the killing of its
        soldiers"): the singular state or organisation it stands for, a mention of its own
        (``coref-pronoun``) for the events stage to read as the noun's owner. The object of a
        judging verb comes first ("punish Pyongyang for its shelling"), then the object asked to
        act ("urged Washington to apologise for its bombing"); a governing clause's own subject
        is no owner here (only for the bodies below). A non-actor in that place ("blamed the company for its losses"), a plural
        ("the rebels ... its") or a quotation leaves "its" open."""
        for t in self._with_words(("its",)):
            if t.dep_ != "poss" or not self._free(t.i, t.i + 1):
                continue
            if self._in_quote(t) or t.head.i <= t.i or t.head.pos_ not in ("NOUN", "PROPN"):
                continue
            obj = self._judged_object(t)
            f = self._state_found(obj) if obj is not None else self._governing_subject(t)
            if not f or f.actor is None or not resolved_actor(f.actor):
                continue
            if obj is None and self.doc[f.end - 1].dep_ not in ("dobj", "dative"):
                # a clause's own subject is only the likeliest owner ("demanded its immediate
                # withdrawal", "suspend Syria's membership over its crackdown" are another's):
                # the events stage keeps such a noun ownerless
                continue
            self._copy_actor(t.i, t.i + 1, f.actor, "pronoun", "coref-pronoun", 0.6)

    def _acted_on(self, head: Any) -> bool:
        """Whether a possessed noun is the people an act is done to: "the killing of its
        soldiers", "the arrest of his aides" (an "of" phrase on a noun)."""
        prep = head.head
        return head.dep_ == "pobj" and prep.lower_ == "of" and prep.head.pos_ == "NOUN"

    def _possessor(self, t: Any) -> _Found | None:
        """Whom "its"/"his"/"her" at ``t`` stands for: a resolved "his"/"her" mention's actor;
        for "its" the state or organisation that is the subject of the governing clause."""
        if t.lower_ in ("his", "her") or self._found_at(t.i) is not None:
            f = self._found_at(t.i)
            return f if f is not None and f.kind == "pronoun" else None
        f = self._governing_subject(t)
        return f or None

    def _in_quote(self, t: Any) -> bool:
        """Whether ``t`` stands inside a quotation in its sentence (an odd number of quotation
        marks before it)."""
        return sum(1 for w in t.sent if w.i < t.i and w.is_quote) % 2 == 1

    @staticmethod
    def _expletive_it(t: Any) -> bool:
        """ "It is unclear whether ...", "it was reported that ...", "it is important to ...":
        an "it" that stands for no party."""
        verb = t.head
        deps = {c.dep_ for c in verb.children}
        if t.dep_ == "nsubjpass" and deps & {"ccomp", "xcomp"}:
            return True
        if any(c.dep_ == "aux" and c.lower_ in _MAYBE for c in verb.children):
            return True  # "it might have to halt ...": a possibility, no act to give an actor
        if verb.lemma_.lower() in _LABEL_VERBS and any(c.lower_ == "what" for c in verb.children):
            return True  # "struck what it called terrorist camps": the striker's own label
        if verb.lemma_.lower() in ("be", "seem", "appear", "remain", "become", "look", "sound"):
            adj = [c for c in verb.children if c.dep_ in ("acomp", "attr")]
            return not any(c.lower_ in _READY for c in adj)
        return verb.lemma_.lower() in ("matter", "happen", "rain")

    def _governing_subject(self, t: Any) -> _Found | None | bool:
        """The mention an "it"/"its" at ``t`` refers to through the clauses above it: the
        subject of the nearest governing clause (or the object of an object-control verb,
        "urged Japan to withdraw its troops"). None when no clause above has a subject; False
        when the one found is no singular resolved state or organisation (a person, a plural,
        an unresolved noun)."""
        verb = t.head
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head  # "its military had shot": from the noun up to its verb
        if verb.pos_ not in ("VERB", "AUX"):
            return None
        own = {w.i for w in t.subtree} | {t.i}
        if t.dep_ == "poss":
            own |= {w.i for w in t.head.subtree}
        if t.dep_ == "poss" and t.head.dep_ not in ("nsubj", "nsubjpass"):
            # "Israel said it would keep its blockade": the owner is the clause's own subject
            subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is not None and subj.i < t.i:
                if subj.lower_ == "it":
                    return self._found_at(subj.i) or False
                return self._state_found(subj)
        for _ in range(6):
            head = verb.head
            if head.i == verb.i or verb.dep_ not in ("ccomp", "xcomp", "advcl", "conj", "relcl"):
                return None
            if verb.dep_ == "relcl":
                return None  # "the deal, which it signed": not worth the risk
            if verb.dep_ == "xcomp":
                obj = next((c for c in head.children if c.dep_ in ("dobj", "dative")), None)
                if obj is not None and obj.i < t.i:
                    return self._state_found(obj)  # "urged Japan to withdraw its troops"
            subj = next(
                (c for c in head.children if c.dep_ in ("nsubj", "nsubjpass") and c.i not in own),
                None,
            )
            if subj is not None:
                if subj.i > t.i:
                    return False
                if subj.lower_ == "it":
                    return self._found_at(subj.i) or False
                if subj.lower_ in ("which", "that") and head.dep_ == "relcl":
                    subj = head.head  # "Russia, which says it will ..."
                return self._state_found(subj)
            verb = head
        return None

    def _state_found(self, tok: Any) -> _Found | bool:
        """The mention of a singular state or organisation over ``tok``, else False."""
        if tok.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in tok.children):
            return False
        f = self._found_at(tok.i)
        if f is None or f.actor is None:
            return False
        if not resolved_actor(f.actor):
            # "the ministry", "the government": kept bare, for the story to place
            bare = f.actor.resolution == "agent" and f.kind == "role" and f.actor.sectors
            head = self.doc[f.end - 1]
            ok = bare and head.lemma_.lower() in _IT_BODIES and head.tag_ == "NN"
            return f if ok and set(f.actor.sectors) & _STATE_SECTORS else False
        if f.entity is not None and f.entity.kind == "person" or f.role_key or f.kind == "pronoun":
            return False
        if f.actor.name and f.kind == "name" and f.actor.resolution in ("title", "apposition"):
            return False  # a titled person
        if f.kind == "role" and f.actor.resolution not in ("demonym+agent", "coref-country"):
            head = self.doc[f.end - 1]
            if head.lemma_.lower() not in _IT_BODIES:
                return False
        return f

    def _previous_main_subject(self, t: Any) -> _Found | None:
        """ "It" opening a sentence: the previous sentence's main subject when that is a
        singular state or organisation (not across a quotation)."""
        first = next((w for w in t.sent if not w.is_punct and not w.is_space), None)
        if first is None or first.i != t.i or t.sent.start == 0:
            return None
        prev = self.doc[t.sent.start - 1].sent
        if any(w.is_quote for w in prev):
            return None
        root = prev.root
        subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None:
            return None
        f = self._state_found(subj)
        return f or None
