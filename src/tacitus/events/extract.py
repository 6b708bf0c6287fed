"""Stage `events`: find predicates in the dependency parse and code them with the patterns.

For every verb (and every event noun) in a sentence the extractor looks up the lemma in
the pattern dictionary, finds the predicate's actor (its subject, inherited through
control verbs, coordination and relative clauses; the ``by`` agent of a passive) and its
recipient (the slots the pattern names), resolves both to the mentions found by the
actors stage, and builds an :class:`Event` with evidence offsets, flags and a confidence.

Restraint: a predicate whose actor does not resolve to a known entity yields no event.
"""

from __future__ import annotations

import dataclasses
import hashlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from .. import __version__, codes
from ..actors import story
from ..actors.kb import MISSION_WORDS, KnowledgeBase, as_of, cameo_for
from ..actors.occupied import ARTICLE_DATE, occupied_by, occupier
from ..actors.resolve import prefixed_modifier
from ..nlp import ent_at
from ..pipeline import stages
from ..records import Actor, Analysis, Event, Mention
from . import answered, noun_sides, plover_rules
from . import flags as flagmod
from .patterns import ACTOR, DEP_SLOTS, PLACE, Pattern, PatternSet
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
        "prompt",
        "compel",
        "spur",
        "lead",
        "cause",
        "drive",
        "push",
        "permit",
        "let",
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
        "beg",
        "entreat",
        "beseech",
        "exhort",
        "implore",
        "pressure",
        "pressurise",
        "pressurize",
        "lobby",
        "petition",
        "nudge",
    }
)
# fmt: off
#: Heads whose complement did not happen (yet) and is coded by the head alone:
#: "urged Baku to order an inquiry" is a REQUEST, not an order; "threatened to impose
#: sanctions" is a THREATEN; "pledged to provide aid" is an AGREE.
UNREALIZED_HEADS = frozenset({
    "urge", "ask", "press", "call", "appeal", "request", "demand", "implore", "encourage", "invite",
    "threaten", "warn", "agree", "pledge", "promise", "vow", "offer", "commit", "propose", "suggest",
    "order", "instruct", "command", "tell",
    "want", "hope", "hop", "seek", "strive", "endeavour", "endeavor", "aim",
    "refuse", "decline", "reject", "allow", "permit", "let", "deny",
    "plead", "beg", "entreat", "beseech", "exhort", "pressure", "pressurise", "pressurize",
    "lobby", "solicit", "petition", "nudge", "push",
})
#: Verbs of inquiry, and of sending or setting up those who make it: "set up a commission to
#: investigate abuses" opens the inquiry.
INVESTIGATING = frozenset({"investigate", "probe", "examine", "look", "inquire", "enquire",
                           "study", "review", "audit", "scrutinize", "scrutinise"})  # fmt: skip
SETTING_UP = frozenset({"send", "dispatch", "deploy", "appoint", "name", "set", "establish",
                        "form", "create", "launch", "assign", "convene", "empanel"})  # fmt: skip
#: Verbs of blaming whose "for" gerund is what the party is blamed for, not an act now told.
CENSURING = frozenset({
    "criticize", "criticise", "chide", "rebuke", "fault", "blame", "condemn", "denounce",
    "slam", "censure", "scold", "reprimand", "castigate", "lambaste", "berate", "assail",
    "excoriate", "upbraid", "admonish", "reproach", "punish", "sue", "fine",
})  # fmt: skip
#: Verbs of setting about an act ("moved to expel", "voted to suspend", "rushed to send"):
#: their "to" complement is done, not merely intended.
INITIATING = frozenset({"move", "vote", "act", "rush", "scramble", "race", "hurry", "step",
                        "proceed"})
#: Prepositions that introduce what an unrealized head is about ("warned against hosting",
#: "agreed to a new round of talks"), unlike place and time ("at Sunday's meeting").
UNREALIZED_PREPS = frozenset({"against", "to", "for", "on", "from", "of", "over", "into"})
#: Nouns whose complement has not happened: "an offer of negotiations", "calls for talks",
#: "its refusal to admit inspectors".
UNREALIZED_NOUNS = frozenset({
    "offer", "proposal", "plan", "call", "demand", "request", "appeal", "threat", "warning",
    "invitation", "bid", "push", "prospect", "possibility", "hope", "idea", "readiness",
    "willingness", "plea", "ultimatum", "refusal", "failure", "reluctance", "unwillingness",
    "inability", "deadline", "timetable", "timeline",
})
#: Nouns whose own "to" clause has not happened: "backed Japan's decision to strengthen its
#: defence", "an attempt to seize the port" (only the clause itself: what hangs below it may be
#: an event of its own, and the parse often hangs one there); not when the noun is a clause's
#: subject ("Riyadh's decision to reopen its embassy came after ..." tells it as done).
DECISION_NOUNS = frozenset({
    "decision", "intention", "intent", "attempt", "aim", "goal", "ambition", "ability",
    "capability", "right", "determination",
})
#: Verbs of saying and alleging: a participle hanging on them ("accused X of shelling ...,
#: killing two") belongs to the reported content, not to the speaker.
REPORTING = frozenset({"say", "accuse", "blame", "claim", "allege", "report", "deny", "condemn",
                       "tell", "announce", "state", "add", "charge", "criticize", "criticise"})
#: Adjectives that pass their subject to a complement: "is ready to send", "is due to meet".
RAISING_ADJ = frozenset({"ready", "due", "willing", "able", "prepared", "set", "eager", "likely",
                         "expected", "poised", "determined", "keen", "unable", "unwilling"})
#: CAMEO roots of verbal acts: statements, appeals, intents, support, accusations, requests,
#: rejections, threats.
SPEECH_ROOTS = frozenset({"01", "02", "03", "05", "09", "10", "11", "12", "13"})
#: Words that make a region of a demonym: "South American", "Central Asian".
COMPASS = frozenset({"south", "north", "east", "west", "central", "latin", "southeast",
                     "southern", "northern", "eastern", "western", "sub-saharan"})
#: Nouns that name a place by its kind ("Sagaing region", "Kaduna state").
PLACE_NOUNS = frozenset({"region", "state", "province", "city", "town", "village", "district",
                         "county", "area", "oblast", "governorate", "prefecture", "island"})
#: Nouns whose "with X" names a neighbour: "to its border with Guyana".
BORDER_NOUNS = frozenset({"border", "frontier", "boundary", "line", "crossing"})
#: Verbs that take an event noun through a preposition: "went on strike", "responded with air
#: strikes on Gaza".
LIGHT_PREP_VERBS = {"go": "on", "embark": "on", "engage": "in", "enter": "into",
                    "respond": "with", "retaliate": "with", "react": "with",
                    "reply": "with"}  # fmt: skip
#: Verb + object idioms that take an event noun through a preposition: "took part in a
#: rally" (not "played a role in the attack": a claim of a part, not the act).
LIGHT_OBJECT_PREPS = {("take", "part"): "in"}
#: What crowds do, with no object: "rallied", "marched", "protested" (never done to anyone,
#: so a participle of one on a noun is a misparsed past tense).
CROWD_VERBS = frozenset({"protest", "rally", "march", "demonstrate", "riot", "gather", "converge",
                         "picket", "parade", "mass", "strike", "walk", "flee"})  # fmt: skip
#: Group nouns the actor table does not list, and their sectors ("rioters in Dakar").
CROWD_NOUNS = {"crowd": ("CVL",), "rioter": ("CVL",), "mob": ("CVL",), "farmer": ("CVL",),
               "hacker": (), "thousand": ("CVL",), "hundred": ("CVL",), "dozen": ("CVL",),
               "demonstrator": ("OPP",), "protestor": ("OPP",), "supporter": ("OPP",),
               "trader": ("BUS",), "driver": ("LAB",), "miner": ("LAB",), "nurse": ("HLH",)}
#: Counts that head the group they count: "thousands of riot police" are police.
QUANTITY_NOUNS = frozenset({"thousand", "hundred", "dozen", "score", "ten", "million"})
#: State bodies that act where they sit: "prosecutors in Istanbul", "authorities in Kashmir"
#: (ministers and envoys travel; these do not).
LOCAL_BODIES = frozenset({"authority", "prosecutor", "magistrate", "judge", "court", "mayor",
                          "governor", "prosecution", "judiciary"})
#: Role nouns that name foreigners by nature: never read as the actor's own people.
FOREIGN_ROLES = frozenset({"counterpart", "diplomat", "ambassador", "envoy", "embassy",
                           "consulate", "delegation", "negotiator"})
#: Verbs whose subject is the target of the attack in their object.
DEFENDING_VERBS = frozenset({"repel", "repulse", "thwart", "foil", "fend", "resist", "withstand",
                             "suffer", "face", "endure", "survive", "intercept", "counter"})
#: Light verbs that announce an act rather than do it: "offered a loan", "pledged support".
INTENT_LIGHT = frozenset({"offer", "pledge", "promise", "propose", "vow"})
#: Sectors of people who act for a state abroad as much as at home.
STATE_SECTORS = frozenset({"GOV", "IGO", "LEG", "JUD"})
#: Prepositions that place a clause ("marched through Tbilisi", "rally in Dhaka").
LOCATIVE_PREPS = frozenset({"in", "through", "across", "outside", "around", "at", "near",
                            "throughout", "from"})
#: Public spaces a crowd goes to: "took to the streets of Tbilisi", "poured into the squares
#: of Cairo"; after "to", "into" or "onto" they place the crowd like "in" does.
STREET_NOUNS = frozenset({"street", "square", "road", "avenue", "boulevard", "plaza",
                          "centre", "center", "downtown"})
MOTION_PREPS = frozenset({"to", "into", "onto"})
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
    verb: Any = None  # the clause's verb (the trigger itself, or the light verb)
    open_target: bool = False  # aimed at a place of no named state: no default recipient


class MentionIndex:
    """Token index → mention, for one document."""

    def __init__(self, mentions: Iterable[Mention]) -> None:
        self.by_token: dict[int, Mention] = {}
        self.ordered: list[Mention] = []  # by position, for pronoun antecedents
        for m in mentions:
            if m.token_start is None or m.token_end is None:
                continue
            self.ordered.append(m)
            for i in range(m.token_start, m.token_end):
                self.by_token[i] = m

    def at(self, token: Any) -> Mention | None:
        return self.by_token.get(token.i)

    def before(self, token: Any, first: int) -> list[Mention]:
        """Mentions between token ``first`` and ``token``, nearest first."""
        found = [m for m in self.ordered if first <= m.token_start and m.token_end <= token.i]
        return sorted(found, key=lambda m: -m.token_start)


#: Nouns a plural reference to states already named is made with: "the two countries".
PLURAL_REF_NOUNS = {
    "country": [],
    "nation": [],
    "state": [],
    "side": [],
    "party": [],
    "neighbour": [],
    "neighbor": [],
    "member": [],
    "ally": [],
    "signatory": [],
    "government": ["GOV"],
    "leader": ["GOV"],
    "capital": ["GOV"],
}
PLURAL_REF_COUNTS = {
    "two": 2, "both": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10,
}  # fmt: skip
#: Plural reference nouns that may name two sides of one state ("the army and the RSF ... both
#: sides"): counted by actor code when the countries are too few.
PLURAL_SIDE_NOUNS = frozenset({"side", "party"})


def _ref_count(token: Any) -> int | None:
    """The number on a plural reference noun ("the seven governments", "both sides"), if any."""
    for c in token.children:
        if c.dep_ in ("nummod", "det", "predet") and c.lower_ in PLURAL_REF_COUNTS:
            return PLURAL_REF_COUNTS[c.lower_]
        if c.dep_ == "nummod" and c.text.isdigit() and 2 <= int(c.text) <= 30:
            return int(c.text)
    return None


def _clause_subject_span(token: Any) -> tuple[int, int] | None:
    """The token span of the subject of the clause ``token`` stands in, up the heads (a
    participle's subject is its main clause's): "Erdogan ..., accusing both countries"."""
    cur = token
    for _ in range(8):
        subj = next((c for c in cur.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None and subj.i != token.i:
            return subj.left_edge.i, subj.right_edge.i + 1
        if cur.head.i == cur.i:
            return None
        cur = cur.head
    return None


def _plural_reference(token: Any, index: MentionIndex) -> list[Actor]:
    """ "the two countries", "both sides", "the seven governments", "the four NATO members":
    the states named last before it, when exactly that many distinct ones were named in the
    sentences just before (the subject of its own clause left out where it is one too many:
    "Erdogan ... accusing both countries"); "the seven governments" after "seven countries,
    including A, B and C": the ones named there; "both sides" of one state's army and rebels:
    that state. Else nothing."""
    sectors = PLURAL_REF_NOUNS.get(token.lemma_.lower())
    if sectors is None or token.tag_ not in ("NNS", "NNPS"):
        return []
    count = _ref_count(token)
    if count is None:
        return []
    subj = _clause_subject_span(token)
    # this sentence first, then with the one before
    for first in (token.sent.start, token.doc[max(0, token.sent.start - 1)].sent.start):
        countries: list[str] = []
        codes: list[str] = []
        own: set[str] = set()
        for m in index.before(token, first):
            c = m.actor.country if m.actor is not None else None
            if not c:
                continue
            if c not in countries:
                countries.append(c)
            if m.actor.cameo_code and m.actor.cameo_code not in codes:
                codes.append(m.actor.cameo_code)
            if subj is not None and subj[0] <= m.token_start < subj[1]:
                own.add(c)
        if len(countries) == count:
            return [_implied(token, token, c, list(sectors), "plural-reference") for c in countries]
        rest = [c for c in countries if c not in own]
        if own and len(rest) == count:
            return [_implied(token, token, c, list(sectors), "plural-reference") for c in rest]
        numbered = _numbered_antecedent(token, count, first, index)
        if numbered:
            return [_implied(token, token, c, list(sectors), "plural-reference") for c in numbered]
        lone = [c for c in countries if c not in own] if own else countries
        sided = [c for c in codes if c[:3] in lone]
        if token.lemma_.lower() in PLURAL_SIDE_NOUNS and len(lone) == 1 and len(sided) >= count:
            # "the army and the RSF ... both sides": the one state both are of
            return [_implied(token, token, lone[0], [], "plural-reference")]
    return []


def _numbered_antecedent(token: Any, count: int, first: int, index: MentionIndex) -> list[str]:
    """The countries named inside an earlier phrase of the same number ("diplomats from seven
    Latin American countries, including Argentina, Chile and Peru ... the seven governments"),
    when it names some of them."""
    for t in token.doc[first : token.i]:
        if t.tag_ not in ("NNS", "NNPS") or t.lemma_.lower() not in PLURAL_REF_NOUNS:
            continue
        if _ref_count(t) != count:
            continue
        lo, hi = t.left_edge.i, t.right_edge.i + 1
        found: list[str] = []
        for m in index.before(token, lo):
            c = m.actor.country if m.actor is not None else None
            if c and m.token_end <= hi and c not in found:
                found.append(c)
        if found:
            return found
    return []


def _copy_actor(m: Mention) -> Actor | None:
    if m.actor is None or not (m.actor.name or m.actor.country or m.actor.cameo_code):
        return None
    b = m.actor  # a shallow copy is enough (dataclasses.replace is slow in this hot path)
    a = Actor(b.text, b.name, b.country, list(b.sectors), b.cameo_code, b.wikidata, b.entity_id,
              b.start, b.end, b.resolution, b.confidence)  # fmt: skip
    if a.start is None:
        a.start, a.end = m.start, m.end
    return a


def actors_at(token: Any, index: MentionIndex, *, depth: int = 0) -> list[Actor]:
    """Actors that the noun phrase headed by ``token`` refers to (coordination included)."""
    found: list[Actor] = []
    if _water_name(token):
        return found
    m = index.at(token)
    a = _copy_actor(m) if m is not None else None
    if m is not None and a is None:
        m = None  # "US defence firms": a bare role word; look at its modifiers
    if m is not None and a is not None and a.resolution == "sentence-country" and depth < 2:
        # "General Abacha's military government": a guess from the sentence yields to the
        # possessor named on the noun itself
        owner = [o for c in token.children if c.dep_ == "poss" and c.pos_ == "PROPN"
                 for o in actors_at(c, index, depth=depth + 1) if o.country]  # fmt: skip
        if owner and owner[0].country != a.country:
            a.country, a.cameo_code = owner[0].country, cameo_for(owner[0].country, a.sectors)
            a.resolution = "possessor-country"
    if (
        depth == 0
        and a is not None
        and a.resolution in ("sentence-country", "title-sentence-country")
        and _ref_count(token) is not None
        and (listed := _plural_reference(token, index))
    ):
        # "accused the seven governments of ...": the states listed before, not a guess from
        # the sentence
        return listed
    if m is not None and a is not None:
        if a:
            found.append(a)
            # "Russian and Chinese diplomats": the mention covers "Chinese diplomats" only
            for extra in _implied_actors(token, index):
                if "IGO" in a.sectors and extra.resolution != "demonym-modifier":
                    continue  # "a UN force in Lebanon" is the UN's only
                if extra.country != a.country and not (
                    m.start <= (extra.start or -1) and (extra.end or 0) <= m.end
                ):
                    extra.sectors = list(a.sectors)
                    extra.cameo_code = cameo_for(extra.country, extra.sectors)
                    found.append(extra)
    elif depth == 0 and (listed := _plural_reference(token, index)):
        # "broke off relations with the US, Britain, France and Germany, accusing the four
        # NATO members of aggression": the states listed, not the body on the noun
        found = listed
    elif depth < 2:
        for child in token.children:
            # "Japan's decision" stands for Japan; "his counterpart" is not "him"
            if child.dep_ in OWNER_DEPS and child.pos_ != "PRON":
                found.extend(actors_at(child, index, depth=depth + 1))
        if not found:
            found = _owned_body(token, index)
        if not found:
            # "Pakistan-based militant groups": the mention ends on a role word that modifies
            # the head noun ("militant"), so the phrase is that role's
            before = index.at(token.doc[token.i - 1]) if token.i > token.sent.start else None
            if (
                before is not None
                and before.token_end == token.i
                and token.doc[token.i - 1].head.i == token.i
                and token.doc[token.i - 1].dep_ in ("amod", "compound")
                and (a := _copy_actor(before))
                and a.sectors
            ):
                found.append(a)
        if not found:
            # "the bombing of the embassy by militants": with a "by" agent named, the "of"
            # phrase is what the act was done to, not who did it
            by_agent = any(c.dep_ in ("prep", "agent") and c.lower_ == "by" for c in token.children)
            for child in token.children:
                # "the backing of Japan", "abuses by Ethiopian forces"; "its border with
                # Guyana" stands for the neighbour
                if child.dep_ in ("prep", "agent") and (
                    (child.lower_ == "of" and not by_agent)
                    or child.lower_ in ("by", "between")
                    or (child.lower_ == "from" and (_group_noun(token) or _document(token)))
                    or (child.lower_ == "in" and token.lemma_.lower() in PRESS_PIECES)
                    or (child.lower_ == "with" and token.lemma_.lower() in BORDER_NOUNS)
                    or (child.lower_ == "for" and token.lemma_.lower() in VOICE_NOUNS)
                ):
                    for pobj in child.children:
                        if pobj.dep_ != "pobj":
                            continue
                        m_from = index.at(pobj) if child.lower_ == "from" else None
                        if (
                            m_from is not None
                            and m_from.actor is not None
                            and (m_from.actor.resolution in ("country", "demonym"))
                            and not _document(token)
                        ):
                            continue  # "refugees from Syria": Syria's refugees (below);
                            # "a letter from Iran" is Iran's
                        found.extend(actors_at(pobj, index, depth=depth + 1))
            if found and token.lemma_.lower() in FOLLOWER_NOUNS:
                # "supporters of opposition leader Yushchenko" are his country's people
                found = [_followers(a, token) for a in found if a.country]
    if not found and depth == 0:
        found.extend(_loyal_forces(token, index))
    if not found and depth == 0:
        found = _launched_by(token, index)
    if not found and depth == 0:
        found = _led_by(token, index)
    if not found and depth == 0:
        found = _plural_reference(token, index)
    if not found and token.lower_ in DIVIDED_STATES:
        # "the two Koreas agreed to reconnect their railways": both states act
        found = [
            _implied(token, token, c, ["GOV"], "both-states") for c in DIVIDED_STATES[token.lower_]
        ]
    if not found and depth == 0:
        found.extend(_implied_actors(token, index) or _unnamed_international(token, index))
    elif found and depth == 0 and m is None:
        # "Estonian and Finnish intelligence services": the mention covers "Finnish ..." only
        have = {a.country for a in found}
        for extra in _implied_actors(token, index):
            if extra.country not in have:
                extra.sectors = list(found[0].sectors)
                extra.cameo_code = cameo_for(extra.country, extra.sectors)
                found.append(extra)
    for child in token.children:
        if child.dep_ == "conj":
            found.extend(actors_at(child, index, depth=depth))
    return _unique(found)


def _owned_body(token: Any, index: MentionIndex) -> list[Actor]:
    """ "his presidential guard", "its army": a state body owned through a singular pronoun
    the resolver tied to a party is that party's country's body (not "his counterpart", who is
    someone else's; "their" may stand for several parties)."""
    lemma = token.lemma_.lower()
    agent = _kb().agent(lemma)
    if agent is None or "IGO" in agent.sectors:
        return []
    if lemma in FOREIGN_ROLES:
        return _owned_mission(token, index, list(agent.sectors))
    for child in token.children:
        if child.dep_ == "poss" and child.lower_ in ("his", "her", "its"):
            m = index.at(child)
            if m is not None and m.actor is not None and m.actor.country:
                return [_implied(child, token, m.actor.country, list(agent.sectors), "owned-body")]
    return []


#: A state's missions abroad, which its pronoun owns ("its embassy", "their ambassador").
MISSION_NOUNS = MISSION_WORDS | {"delegation", "negotiator"}


def _owned_mission(token: Any, index: MentionIndex, sectors: list[str]) -> list[Actor]:
    """ "protesters stormed its embassy in Tehran", "recalled their ambassadors": a mission
    owned by a possessive pronoun is the state the pronoun stands for: the one the resolver
    tied it to, else the subject of the nearest clause above that names a state (not the
    state the mission sits in, which hosts it). Never "his counterpart" (someone else), and
    not one's own mission moved by one's own act ("Algeria recalled its ambassador to
    Madrid": no party of the event)."""
    if token.lemma_.lower() not in MISSION_NOUNS:
        return []
    owner = next((c for c in token.children if c.dep_ == "poss"
                  and c.lower_ in ("his", "her", "its", "their")), None)  # fmt: skip
    if owner is None:
        return []
    m = index.at(owner)
    country = m.actor.country if m is not None and m.actor is not None else None
    host = {k for p in _prep_objects(token, "in") if (k := _place_country(p, index))}
    head = token.head
    first = True
    for _ in range(6):
        if head.pos_ in ("VERB", "AUX"):
            subj, _how = subject_of(head)
            if subj is not None and subj.i != token.i and subj.pos_ != "PRON":
                sm = index.at(subj)
                a = _copy_actor(sm) if sm is not None else None
                if a is not None and a.country and a.country not in host:
                    if first and token.dep_ in ("dobj", "nsubjpass"):
                        if country is None or country == a.country:
                            return []
                        break
                    country = country or a.country
                    break
            first = False
        if head.head.i == head.i:
            break
        head = head.head
    if country is None:
        return []
    return [_implied(owner, token, country, sectors, "owned-body")]


#: Verbs of owning up to an act: "claimed responsibility for", "took credit for".
OWNING_UP = frozenset({"claim", "take", "accept", "admit", "assume"})


def _claimed_by(noun: Any, index: MentionIndex) -> list[Actor]:
    """ "Houthi rebels claimed responsibility for drone attacks on Saudi oil sites": who owns
    up to an act did it (unlike "blamed X for", a charge, or "bore responsibility", a verdict
    of others)."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "for":
        return []
    # the parser hangs "for" on the noun owned up to or on the verb itself
    verb = prep.head if prep.head.pos_ == "VERB" else prep.head.head
    owned = [o for o in verb.children if o.dep_ == "dobj"]
    if (
        not any(o.lemma_.lower() in ("responsibility", "credit") for o in owned)
        or verb.lemma_.lower() not in OWNING_UP
        or any(c.dep_ == "neg" for c in verb.children)
    ):
        return []
    subj, _ = subject_of(verb)
    return actors_at(subj, index) if subj is not None else []


#: Weapons and attacks that news makes the subject of the harm they did.
LAUNCHED_NOUNS = frozenset({
    "bomb", "missile", "rocket", "shell", "mortar", "grenade", "drone", "mine", "landmine",
    "explosive", "device", "bullet", "projectile", "torpedo", "salvo", "barrage", "strike",
    "airstrike", "attack", "bombing", "blast", "explosion", "ambush", "raid", "shelling",
})  # fmt: skip
#: Participles whose "on" phrase names who used a weapon: "a bomb blamed on ETA".
BLAMING_PARTICIPLES = frozenset({"blame", "pin", "attribute"})


def _document(token: Any) -> bool:
    """Whether ``token`` is a text that speaks for whoever issued it ("a statement", "an
    editorial")."""
    return token.pos_ == "NOUN" and token.lemma_.lower() in DOCUMENT_NOUNS


def _launched_by(token: Any, index: MentionIndex) -> list[Actor]:
    """Who used a weapon or made an attack that is the subject of the harm it did: the
    participle's agent ("a car bomb planted by ETA killed ...", "an attack claimed by Islamic
    State"), the side it came from ("a rocket fired from Gaza") or whom it is blamed on. A
    text that is the subject of what it says speaks for whoever issued it ("a statement issued
    by the Foreign Ministry condemned ...")."""
    if token.lemma_.lower() not in LAUNCHED_NOUNS and not _document(token):
        return []
    for acl in token.children:
        if acl.dep_ != "acl" or acl.tag_ != "VBN":
            continue
        sources = [a for a in (_agent_of(acl),) if a is not None]
        for prep in acl.children:
            if prep.dep_ == "prep" and (
                prep.lower_ == "from"
                or (prep.lower_ in ("on", "to") and acl.lemma_.lower() in BLAMING_PARTICIPLES)
            ):
                sources += [p for p in prep.children if p.dep_ == "pobj"]
        for source in sources:
            found = actors_at(source, index)
            if found:
                return found
    return []


#: Bodies sent or formed under someone's lead: "a mission led by Jimmy Carter".
LED_GROUPS = frozenset({"mission", "delegation", "team", "panel", "commission", "contingent",
                        "force", "coalition", "alliance", "group"})  # fmt: skip


def _led_by(token: Any, index: MentionIndex) -> list[Actor]:
    """ "talks with a mission led by former President Jimmy Carter", "a coalition headed by
    the United States": a body with no name of its own is its named leader's (the person's
    state)."""
    if token.lemma_.lower() not in LED_GROUPS:
        return []
    for acl in token.children:
        if acl.dep_ == "acl" and acl.tag_ == "VBN" and acl.lemma_.lower() in ("lead", "head"):
            agent = _agent_of(acl)
            if agent is not None:
                return actors_at(agent, index, depth=1)
    return []


def _group_noun(token: Any) -> bool:
    """Whether ``token`` names people of some body: "gunmen from al Shabaab", "hackers from
    the PLA", "a delegation from Sudan" (the body sends them)."""
    lemma = token.lemma_.lower()
    return token.pos_ == "NOUN" and (
        lemma in CROWD_NOUNS or lemma in VOICE_NOUNS or _kb().agent(lemma) is not None
    )


#: Plural names of states that share a name ("the two Koreas", "both Sudans").
DIVIDED_STATES = {"koreas": ("PRK", "KOR"), "sudans": ("SDN", "SSD"), "congos": ("COD", "COG")}


def _loyal_forces(token: Any, index: MentionIndex) -> list[Actor]:
    """ "troops loyal to Assad", "fighters loyal to renegade Congolese commanders": armed men
    of the country of whom they are loyal to (its military when he governs, else rebels). Read
    on the words, not the parse: the small parser rarely attaches "loyal to" right."""
    doc = token.doc
    i = token.i + 1
    if i + 1 >= len(doc) or doc[i].lower_ not in ("loyal", "allied", "faithful"):
        return []
    if doc[i + 1].lower_ != "to":
        return []
    for k in range(i + 2, min(i + 8, token.sent.end)):
        m = index.by_token.get(k)
        a = _copy_actor(m) if m is not None else None
        if a is not None and a.country:
            sectors = ["MIL"] if {"GOV", "MIL"} & set(a.sectors) else ["REB"]
            return [_implied(token, doc[i], a.country, sectors, "loyal-forces")]
        if doc[k].pos_ in ("VERB", "PUNCT"):
            break
    return []


#: Nouns for people who speak or act for a body: "a spokesman for the Foreign Ministry".
VOICE_NOUNS = frozenset({"spokesman", "spokeswoman", "spokesperson", "representative",
                         "negotiator", "envoy", "emissary", "delegate", "delegation", "adviser",
                         "advisor", "official", "source", "lawyer", "mediator"})  # fmt: skip
#: Nouns for people who follow someone: "supporters of X" are not X.
FOLLOWER_NOUNS = frozenset({"supporter", "follower", "loyalist", "partisan", "backer",
                            "sympathizer", "sympathiser", "devotee", "admirer"})  # fmt: skip


def _followers(leader: Actor, token: Any) -> Actor:
    """The people behind ``leader``: their country's opposition (if the leader is of the
    opposition) or its civilians."""
    sectors = ["OPP"] if "OPP" in leader.sectors else ["CVL"]
    span = token.doc[token.left_edge.i : token.right_edge.i + 1]
    return Actor(text=span.text, name=None, country=leader.country, sectors=sectors,
                 cameo_code=cameo_for(leader.country, sectors), start=span.start_char,
                 end=span.end_char, resolution="followers", confidence=0.6)  # fmt: skip


def _kb() -> Any:
    # (KnowledgeBase imported at the top: an import statement here cost more than the call)
    return KnowledgeBase.default()


def _other_people(adj: Any, index: MentionIndex, kb: Any) -> bool:
    """``adj`` is a mention the resolver read as a people of another state than the one the
    adjective names ("Greek" in "Greek and Turkish Cypriot leaders" is Cyprus's)."""
    m = index.at(adj)
    if m is None or m.actor is None or not m.actor.country:
        return False
    c = kb.country(adj.text)
    return c is not None and c.country != m.actor.country


def _implied_actors(token: Any, index: MentionIndex) -> list[Actor]:
    """Actors implied by a nationality adjective or a place on a noun the KB does not know:
    "Russian oil traders", "Greek and Turkish leaders", "police in Islamabad"."""
    kb = _kb()
    agent = kb.agent(token.lemma_.lower())
    sectors = list(agent.sectors) if agent is not None else []
    if agent is None and token.lemma_.lower() in CROWD_NOUNS:
        sectors = list(CROWD_NOUNS[token.lemma_.lower()])  # "French farmers"
    found: list[Actor] = []
    adjectives = [c for c in token.children if c.dep_ in ("amod", "compound", "nmod")]
    adjectives += [cc for c in adjectives for cc in c.children if cc.dep_ == "conj"]
    # "a British-Iranian aid worker": the first half of a hyphened double nationality hangs on
    # the second; both states are named
    adjectives += [cc for c in adjectives for cc in c.children if _hyphened_before(cc, c)]
    own = index.at(token)
    if (
        own is not None
        and own.actor is not None
        and own.actor.country
        and own.token_start is not None
    ):
        # "Greek Cypriots", "Bosnian Serbs": an adjective inside a mention the resolver read as
        # a people of another state is part of that people's name, not a second actor
        adjectives = [a for a in adjectives if not own.token_start <= a.i < (own.token_end or 0)
                      or (c := kb.country(a.text)) is None or c.country == own.actor.country]  # fmt: skip
    # "Greek and Turkish Cypriot leaders": the first adjective is a mention of its own, read as
    # the same people (Cyprus), so it names no second state either
    adjectives = [a for a in adjectives if not _other_people(a, index, kb)]
    for adj in adjectives:
        compass = [c for c in adj.children if c.i < adj.i and c.lower_ in COMPASS]
        if compass:
            # "the South Korean island" is South Korea's, but "South American countries" are
            # not the United States'
            name = f"{compass[0].text} {adj.text}"
            if kb.country_form(name) == "adjective" and (country := kb.country(name)):
                implied = _implied(compass[0], token, country.country, sectors,
                                   "demonym-modifier")  # fmt: skip
                found.append(dataclasses.replace(implied, text=name,
                                                 end=adj.idx + len(adj.text)))  # fmt: skip
            continue
        if prefixed_modifier(adj):
            continue  # "the Pan-American highway", "anti-American protests", "pro-Russian rebels"
        if any(w.lower_ == "ethnic" for w in (*adj.children, adj.nbor(-1) if adj.i else adj)):
            continue  # "ethnic Uzbek neighbourhoods" in Kyrgyzstan are not Uzbekistan's
        country = kb.country(adj.text) if kb.country_form(adj.text) == "adjective" else None
        if country is not None:
            found.append(_implied(adj, token, country.country, sectors, "demonym-modifier"))
    for adj in adjectives:
        if adj.lower_ == "led":
            # "US-led coalition forces", "the Saudi-led coalition": the leader acts for it
            for c in adj.children:
                lm = index.at(c) if c.dep_ in ("npadvmod", "compound", "nmod") else None
                if lm is not None and lm.actor is not None and lm.actor.country:
                    found.append(_implied(c, token, lm.actor.country, sectors, "demonym-modifier"))
    m = own
    if not found and agent is None and not sectors and m is not None and m.actor is not None:
        sectors = list(m.actor.sectors)  # "teachers in Nigeria": a role the resolver knew
    # "prosecutors in Istanbul", "police in Lahore": bodies that act where they sit
    local = token.lemma_.lower() in LOCAL_BODIES or sectors == ["COP"]
    if not found and (agent is not None or sectors) and "IGO" not in sectors:
        # "peacekeepers in Lebanon" serve there; they are not Lebanon's
        for prep in token.children:
            if prep.dep_ == "prep" and prep.lower_ in ("in", "from", "of"):
                pobjs = [p for p in prep.children if p.dep_ == "pobj"]
                pobjs += [c for p in pobjs for c in p.children if c.dep_ == "conj"]
                for pobj in pobjs:  # "officials from Sudan and South Sudan"
                    m = index.at(pobj)
                    if m is not None and m.actor and m.actor.country:
                        found.append(
                            _implied(pobj, token, m.actor.country, sectors, "agent-in-place")
                        )
                    elif (
                        m is None
                        and (set(sectors) <= PEOPLE_SECTORS or local or prep.lower_ == "of")
                        and not any(c.dep_ in ("poss", "compound") for c in token.children)
                        and (country := _town_country(pobj))
                    ):
                        # "civilians in the Ukrainian town of Bucha", "villagers in Kandahar",
                        # "the ruling party of the Tigray region"
                        found.append(_implied(pobj, token, country, sectors, "agent-in-place"))
    return found


def _hyphened_before(word: Any, head: Any) -> bool:
    """Whether ``word`` is the first half of "X-Y" hung on ``head`` (the second half), both
    nationality adjectives ("British-Iranian", "Australian-Chinese")."""
    return (
        word.dep_ == "amod"
        and word.i == head.i - 2
        and word.nbor(1).text == "-"
        and _kb().country_form(word.text) == "adjective"
        and _kb().country_form(head.text) == "adjective"
    )


#: Participles of a site that holds forces ("a base hosting U.S. troops").
HOSTING = frozenset({"host", "house"})


def _hosted_forces(verb: Any, index: MentionIndex, own: set) -> list[Actor]:
    """The armed forces of another state than ``own`` that a site the verb strikes houses
    ("rockets at a base hosting U.S. troops", "missiles at bases housing American troops")."""
    sites = [*_objects(verb), *(p for c in verb.children if c.dep_ == "prep"
                                for p in c.children if p.dep_ == "pobj")]  # fmt: skip
    found = [a for s in sites for acl in s.children
             if acl.dep_ == "acl" and acl.lemma_.lower() in HOSTING
             for d in acl.children if d.dep_ == "dobj"
             for a in actors_at(d, index)
             if a.country and a.country not in own and set(a.sectors) & ARMED_SECTORS]  # fmt: skip
    return _unique(found)


#: Prepositions that name what a complaint is about ("a complaint over Warsaw's ban").
COMPLAINT_ABOUT = frozenset({"over", "about", "against"})
#: Prepositions before the body a complaint is lodged with ("with the Security Council").
FORUM_PREPS = ("with", "at", "to", "before")


def _forum(a: Actor) -> bool:
    """Whether ``a`` is an international body (a council, court or trade body complained to)."""
    return not a.country and (a.cameo_code or "")[:3] == "IGO"


def complained_of(
    noun: Any, verb: Any, index: MentionIndex, actors: list[Actor]
) -> tuple[list[Actor], str]:
    """The party a complaint to an international body is about: named in its "over"/"about"
    phrase ("over Warsaw's ban", "over renewed Iraqi threats"), or the object of the verb the
    complaint is coordinated with ("accused France of ... and lodged a complaint")."""
    own = {a.country for a in actors}
    # the phrase may hang on the noun, the verb, or the body complained to ("filed a complaint
    # at the WTO over Warsaw's ban")
    forums = [p for h in (noun, verb) for w in FORUM_PREPS for p in _prep_objects(h, w)]
    for head in (noun, verb, *forums):
        for prep in head.children:
            if prep.dep_ != "prep" or prep.lower_ not in COMPLAINT_ABOUT:
                continue
            found = [a for t in prep.subtree for a in actors_at(t, index)
                     if a.country and a.country not in own]  # fmt: skip
            found = found or [a for t in prep.subtree if t.pos_ == "NOUN"
                              for a in _implied_actors(t, index)
                              if a.country and a.country not in own]  # fmt: skip
            if found:
                return _unique(found)[:1], f"what the complaint is about ('{prep.lower_}' phrase)"
    if verb.dep_ == "conj" and verb.head.pos_ == "VERB":
        found = [a for o in _objects(verb.head) for a in actors_at(o, index)
                 if a.country and a.country not in own]  # fmt: skip
        if found:
            return _unique(found), f"object of coordinated '{verb.head.text}'"
    return [], "none"


def _dual_half(r: Actor, foreign: list[Actor], text: str) -> bool:
    """Whether ``r`` is the second half of a hyphened double nationality whose first half is
    one of ``foreign`` ("British-Iranian": Iranian after "British-")."""
    return r.start is not None and any(
        f.end is not None and f.end + 1 == r.start and text[f.end] == "-" for f in foreign
    )


def _town_country(tok: Any) -> str | None:
    """The country of a place named at ``tok``: a gazetteer place, or a place noun with a
    nationality on it ("the Ukrainian town of Bucha", "a Somali village")."""
    hit = _place_of(tok)
    return hit[1] if hit is not None else _nationality_place(tok)


def _nationality_place(tok: Any) -> str | None:
    """The country of a place noun with a nationality on it ("a Somali village", "several
    Iranian cities"), for callers that already asked the gazetteer."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in PLACE_NOUNS:
        return None
    kb = _kb()
    for adj in tok.children:
        if adj.dep_ in ("amod", "compound") and kb.country_form(adj.text) == "adjective":
            country = kb.country(adj.text)
            if country is not None and not prefixed_modifier(adj):
                return country.country
    return None


def _unnamed_international(token: Any, index: MentionIndex) -> list[Actor]:
    """ "Peacekeepers" with no body named: an international organization's people (agents.tsv
    gives them the IGO sector), never the country they serve in."""
    m = index.at(token)
    if m is None or m.actor is None or "IGO" not in m.actor.sectors:
        return []
    if m.actor.country or m.actor.cameo_code:
        return []
    return [dataclasses.replace(m.actor, sectors=list(m.actor.sectors), cameo_code="IGO",
                                start=m.start, end=m.end)]  # fmt: skip


def _implied(
    word: Any, head: Any, country: str, sectors: list[str], how: str, *, confidence: float = 0.6
) -> Actor:
    span = (
        head.doc[word.i : word.i + 1]
        if how == "demonym-modifier"
        else head.doc[min(word.i, head.i) : max(word.i, head.i) + 1]
    )
    return Actor(text=span.text, name=None, country=country, sectors=sectors,
                 cameo_code=cameo_for(country, sectors), start=span.start_char,
                 end=span.end_char, resolution=how, confidence=confidence)  # fmt: skip


def _unique(actors: list[Actor]) -> list[Actor]:
    out: list[Actor] = []
    keys: set[tuple] = set()
    for a in actors:
        key = (a.entity_id or a.name, a.country, a.cameo_code)
        if key in keys:
            continue
        twin = next((i for i, b in enumerate(out) if _same_words(a, b)), None)
        if twin is not None:
            if a.entity_id and not out[twin].entity_id:
                out[twin] = a  # keep the fuller reading
            continue
        keys.add(key)
        out.append(a)
    return out


def _same_words(a: Actor, b: Actor) -> bool:
    """Two readings of one stretch of text with one code ("Egyptian" as a modifier and as
    "Egyptian ... officials"), one of them without an entity: the same actor."""
    return (
        a.cameo_code == b.cameo_code
        and not (a.entity_id and b.entity_id)
        and a.start < b.end
        and b.start < a.end
    )


#: Verbs that report a quotation: a quoted clause without its own subject does not take
#: their subject ("\"Ready to impose sanctions,\" the minister said").
QUOTE_CUES = REPORTING | frozenset(
    {
        "warn",
        "write",
        "insist",
        "stress",
        "note",
        "declare",
        "explain",
        "reply",
        "respond",
        "remark",
        "argue",
        "post",
        "tweet",
        "recall",
        "conclude",
        "continue",
        "ask",
    }
)
#: ``doc.user_data`` key: the countries the story's actors belong to (to read place names by).
STORY_COUNTRIES = "tacitus_story_countries"
#: ``doc.user_data`` key: (verb of saying, its that-clause) token pairs, found once per document.
SAID_CLAUSES = "tacitus_said_clauses"
#: ``doc.user_data`` key: the character spans of the document's direct quotations.
QUOTE_SPANS = "tacitus_quote_spans"


def _quoted_across(inner: Any, outer: Any) -> bool:
    """Whether ``inner`` stands inside a direct quotation that ``outer``, a reporting verb
    outside it, introduces: the speaker's subject must not pass into the quoted clause."""
    if outer.lemma_.lower() not in QUOTE_CUES:
        return False
    for start, end in inner.doc.user_data.get(QUOTE_SPANS, ()):
        if start <= inner.idx < end:
            return not (start <= outer.idx < end)
    return False


# fmt: off
#: Words that attribute an act to someone (the attribution is the claim): "blamed Israel for
#: the attack", "accused Beijing of dangerous manoeuvres", "allegations of ...".
ATTRIBUTING = frozenset({"accuse", "blame", "allege", "charge", "implicate", "suspect",
                         "accusation", "allegation"})
#: Relative pronouns: the subject of a relative clause they head is the clause's head noun.
RELATIVE_PRONOUNS = frozenset({"which", "who", "that", "whom"})
#: Participles that are themselves acts of saying: hanging on a reporting verb ("announced its
#: withdrawal, accusing the bloc of ...") they are the speaker's own act, not reported content.
SAYING_PARTICIPLES = frozenset({"accuse", "blame", "charge", "criticize", "criticise", "condemn",
                                "warn", "threaten", "urge", "call", "demand", "deny", "reject",
                                "vow", "pledge", "promise", "denounce", "praise", "welcome",
                                # answering and asking: "..., the ministry said, asking Washington
                                # to slow ...", "brushing aside the demand of ...", "dismissing a
                                # call by ...", "refusing to ..."
                                "ask", "request", "appeal", "plead", "press", "insist",
                                "dismiss", "brush", "rebuff", "refuse", "decline", "apologise",
                                "apologize", "agree", "offer", "thank", "congratulate"})
#: "holding Beirut responsible": "hold" is an act of saying only with a word of blame.
HOLD_BLAME = frozenset({"responsible", "accountable", "liable", "culpable"})
#: Adverbs that make a relative clause a description of its head ("which has long mediated").
BACKGROUND_ADVS = frozenset({"long", "previously", "once", "formerly", "repeatedly", "often",
                             "traditionally", "historically", "already", "usually"})
# fmt: on


def _background(verb: Any) -> bool:
    """A relative clause that describes its head rather than reports an event: habitual or
    past ("which has long mediated", "which seized power in 2021")."""
    for c in verb.children:
        if c.dep_ == "advmod" and c.lower_ in BACKGROUND_ADVS:
            return True
        if c.dep_ == "prep" and c.lower_ in ("in", "since"):
            if any(p.dep_ == "pobj" and p.like_num and len(p.text) == 4 for p in c.children):
                return True  # "in 2021", "since 2014"
    return False


def _blame_held(verb: Any) -> Any | None:
    """The party "hold" makes responsible ("held Kabul responsible", "holding the government
    accountable"): the parser makes it the subject of the adjective; None without one."""
    if verb.lemma_.lower() != "hold":
        return None
    for c in verb.children:
        if c.dep_ in ("ccomp", "oprd", "xcomp", "acomp") and c.lemma_.lower() in HOLD_BLAME:
            for s in c.children:
                if s.dep_ in ("nsubj", "dobj"):
                    return s
        if c.dep_ == "dobj":
            for a in c.children:
                if a.dep_ in ("amod", "oprd", "acomp") and a.lemma_.lower() in HOLD_BLAME:
                    return c
    return None


def _saying_participle(verb: Any) -> bool:
    """Whether ``verb`` is an act of saying (see SAYING_PARTICIPLES); "hold" only when it lays
    blame ("holding Beirut responsible", not "holding 20 hostages")."""
    lemma = verb.lemma_.lower()
    if lemma == "hold":
        return _blame_held(verb) is not None
    return lemma in SAYING_PARTICIPLES


def _parenthetical_reporter(verb: Any, head: Any) -> Any | None:
    """The reporting verb of a parenthetical ("..., the ministry said, accusing ...") that
    stands between ``verb`` (a participle) and the clause it hangs on, if any."""
    if not _saying_participle(verb):
        return None
    for c in head.children:
        if (
            c.dep_ in ("parataxis", "ccomp")
            and c.i < verb.i
            and c.i > head.i
            and c.lemma_.lower() in ("say", "add", "state", "announce", "report")
            and any(s.dep_ == "nsubj" for s in c.children)
        ):
            return c
    return None


def subject_actors(verb: Any, subj: Any, index: MentionIndex) -> list[Actor]:
    """The actors of the subject ``subj`` of ``verb``, with what the parser split off: a second
    titled name folded into the phrase, and a second subject after "and" ("Kenya's government
    and the opposition held talks" gets two nsubj arcs instead of a coordination)."""
    actors = actors_at(subj, index)
    if subj.lemma_.lower() in DISPUTE_NOUNS | {"fighting", "skirmish"}:
        # "Armenian-Azerbaijani clashes killed four soldiers": both sides, not one half
        sides = noun_sides.hyphen_sides(subj)
        if len({a.country for a in sides}) >= 2:
            return sides
    if not actors:
        return actors
    actors = _unique([*actors, *_misparsed_partners(subj, index)])
    if any(c.dep_ == "cc" and c.lower_ in ("and", "&") for c in subj.children):
        for other in verb.children:
            if other.dep_ == "nsubj" and other.i > subj.i:
                actors = _unique([*actors, *actors_at(other, index)])
    return actors


#: Dependents that complete a reported verb before a later coordinated one.
CLAUSE_FILLERS = frozenset({"dobj", "dative", "prep", "xcomp", "ccomp", "attr", "acomp"})
#: Auxiliaries that backshift a reported clause ("said Iran had supplied ...").
BACKSHIFT_AUX = frozenset({"had", "would", "could", "was", "were"})


#: Weapons a clause's subject may be, sent by whoever fired them ("missiles fired from ...").
LAUNCHED = frozenset({"missile", "rocket", "shell", "bomb", "mortar", "projectile", "drone",
                      "torpedo", "grenade", "bullet", "round", "salvo"})  # fmt: skip


#: What a fired weapon does on arrival ("slammed" is left out: it is also a word of criticism).
IMPACT_VERBS = frozenset({"hit", "strike", "crash", "smash", "kill", "wound", "injure", "destroy",
                          "damage", "demolish", "flatten", "level", "land", "explode", "target",
                          "raze", "set"})  # fmt: skip


def _impact(verb: Any) -> bool:
    """``verb`` (or, for "Missiles fired from ... hit ...", the verb coordinated with it) is what
    a fired weapon does on arrival."""
    return verb.lemma_.lower() in IMPACT_VERBS or any(
        c.dep_ == "conj" and c.lemma_.lower() in IMPACT_VERBS for c in verb.children
    )


def _launched_from(subj: Any) -> Any | None:
    """ "Missiles fired from U.S. drone aircraft hit a house": the subject is a weapon and a
    participle on it names what fired it; that launcher (its "from" or "by" object)."""
    word = subj.lemma_.lower()
    if word not in LAUNCHED and word[:-1] not in LAUNCHED:
        return None  # (a capitalised "Missiles" after a dateline keeps its plural lemma)
    # the parser may make the participle the main verb ("Missiles fired from ... hit ...")
    carriers = [c for c in subj.children if c.dep_ == "acl" and c.tag_ == "VBN"]
    if subj.dep_ == "nsubj" and subj.head.tag_ in ("VBD", "VBN"):
        carriers.append(subj.head)
    for c in carriers:
        if c.lemma_.lower() not in ("fire", "launch", "drop", "lob", "shoot"):
            continue
        for p in c.children:
            if p.dep_ in ("prep", "agent") and p.lower_ in ("from", "by"):
                for q in p.children:
                    if q.dep_ == "pobj":
                        return q
    return None


def _relcl_report(verb: Any, relcl: Any) -> Any | None:
    """ "X said it would not recognise the results of a vote that confirmed Y in office, and
    accused the council of fraud": the parser hangs the late verb on the relative clause of a
    thing; after ", and" it is the speaker's act. The reported clause (ccomp) the relative
    clause sits in, or None."""
    noun = relcl.head
    if noun.pos_ != "NOUN" or noun.ent_type_ in ("PERSON", "ORG", "NORP", "GPE"):
        return None  # "a group that attacked X and seized Y": the group's own acts
    if _kb().agent(noun.lemma_.lower()) is not None:
        return None  # "a militia that attacked the town, and burned homes"
    if not any(c.dep_ == "nsubj" and c.lower_ in ("that", "which") for c in relcl.children):
        return None
    if not any(
        c.dep_ == "punct" and c.lower_ == "," and relcl.i < c.i < verb.i for c in relcl.children
    ):
        return None
    up = noun
    while up.dep_ not in ("ccomp", "ROOT") and up.head.i != up.i:
        up = up.head
    return up if up.dep_ == "ccomp" else None


def _speaker_conj(verb: Any, head: Any) -> Any | None:
    """ "Zelenskiy said Iran had supplied Russia with drones and urged Israel to ...": a verb
    coordinated with a backshifted reported clause, in the reporting verb's own simple past,
    is the speaker's next act (the parser hangs it on the report): the reporting verb, or
    None."""
    if verb.dep_ == "conj" and head.dep_ == "relcl" and verb.tag_ == "VBD":
        head = _relcl_report(verb, head) or head
    if verb.dep_ != "conj" or head.dep_ != "ccomp" or verb.tag_ != "VBD":
        return None
    said = head.head
    if said.lemma_.lower() not in REPORTING or said.tag_ != "VBD" or said.pos_ != "VERB":
        return None
    if any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in verb.children):
        return None
    if not any(c.dep_ in ("aux", "auxpass") and c.lower_ in BACKSHIFT_AUX for c in head.children):
        return None
    if not any(head.i < c.i < verb.i and c.dep_ in CLAUSE_FILLERS for c in head.children):
        return None  # "had rammed and seized three vessels": one reported act, its object shared
    return said


def _finite_past(verb: Any) -> bool:
    """A simple past (the parser tags some bare ones VBN: "and suspended talks")."""
    return verb.tag_ == "VBD" or (
        verb.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
    )


def lifted_conj(verb: Any) -> Any | None:
    """The verb a subjectless conjunct is really coordinated with, where the parser hung it on
    the complement before it: "Seoul accused Pyongyang of violating the truce and suspended
    talks" (a simple past after the gerund of the charge), "Turkey said the strike was illegal
    and recalled its ambassador" (after a reported clause about no actor); the reporting or
    accusing verb, or None. "accused Kyiv of shelling the plant and killing ..." (a gerund)
    and "said Israel attacked the port and killed ..." (a reported actor) stay."""
    if verb.dep_ != "conj" or verb.pos_ != "VERB" or verb.head.i > verb.i:
        return None
    if any(c.dep_ in SUBJECT_DEPS or c.dep_ in ("aux", "auxpass") for c in verb.children):
        return None
    head = verb.head
    if (said := _speaker_conj(verb, head)) is not None:
        return said
    if flagmod.past_after_infinitive(verb):
        # "asked Turkey to mediate and offered to host talks": a past tense cannot go on an
        # infinitive; it is coordinated with the verb the infinitive complements
        return head.head
    if not _finite_past(verb) and verb.tag_ not in ("VBZ", "VBP"):
        return None
    if head.tag_ == "VBG" and head.dep_ == "pcomp" and head.head.dep_ == "prep":
        up = head.head.head
        if (
            up.pos_ == "VERB"
            and up.lemma_.lower() in CENSURING | ATTRIBUTING | REPORTING
            and (verb.tag_ == up.tag_ or (_finite_past(verb) and up.tag_ == "VBD"))
        ):
            return up
        return None
    said = head.head
    if (
        head.dep_ != "ccomp"
        or said.pos_ != "VERB"
        or said.lemma_.lower() not in REPORTING | SAYING
        or not (verb.tag_ == said.tag_ or (_finite_past(verb) and said.tag_ == "VBD"))
        or not any(c.dep_ in ("dobj", "prep") for c in verb.children)
    ):
        return None
    subj = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    index = verb.doc.user_data.get(MENTION_INDEX)
    if subj is None or subj.pos_ != "NOUN" or index is None:
        return None
    if any(index.at(t) is not None for t in subj.subtree):
        return None  # "said the army shelled the town and killed ...": the reported actor's
    return said


def _agent_of(verb: Any) -> Any | None:
    """The object of the verb's "by" agent phrase ("backed by French jets"), if any."""
    for c in verb.children:
        if c.dep_ == "agent":
            for p in c.children:
                if p.dep_ == "pobj":
                    return p
    return None


def _headline_participle(verb: Any) -> bool:
    """Whether ``verb`` is the only predicate of a headline: a participle on the noun that heads
    a sentence with no finite verb ("Forty prisoners freed by Israel")."""
    head = verb.head
    return (
        verb.dep_ == "acl"
        and verb.tag_ == "VBN"
        and head.dep_ == "ROOT"
        and head.pos_ in ("NOUN", "PROPN")
        and not any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in head.sent if t.i != verb.i)
    )


def is_passive(verb: Any) -> bool:
    """Whether ``verb`` is passive: with its auxiliary, or a passive subject without one
    ("Kabul hit by rockets"; see :func:`tacitus.nlp.headline_passive`)."""
    # (the heads of passive subjects and auxiliaries, found once per document: asked per verb
    # and sense, each time walking the verb's subtree for its children)
    heads = verb.doc.user_data.get(PASSIVE_HEADS)
    if heads is None:
        heads = verb.doc.user_data[PASSIVE_HEADS] = {
            t.head.i for t in verb.doc if t.dep_ in ("nsubjpass", "auxpass") and t.head.i != t.i
        }
    return verb.i in heads


#: ``doc.user_data`` key of the tokens :func:`is_passive` finds passive.
PASSIVE_HEADS = "tacitus_passive_heads"


#: Words that open a sentence with a phrase set off by a comma before the main clause
#: ("After talks with ..., ", "In a bid to ..., ", "Despite ..., ").
OPENER_WORDS = frozenset({
    "after", "following", "before", "in", "despite", "amid", "amidst", "with", "since", "under",
    "during", "upon", "on", "as", "to", "unlike", "like", "while", "ahead",
})  # fmt: skip


def _opener_subject(verb: Any) -> Any | None:
    """The main clause's subject when the parser swallowed it into a sentence opener: "Hoping
    to end the dispute, Peru and Ecuador signed ..." (the names hung on "dispute" as an
    apposition, the participle made the subject), "After talks with a mission led by Carter,
    Haiti's rulers agreed ..." ("talks" made the subject, the rulers an apposition of Carter).
    The noun phrase between the opener's closing comma and the verb, when it hangs into the
    opener and the verb has no subject of its own after that comma."""
    if verb.dep_ != "ROOT" or verb.pos_ not in ("VERB", "AUX"):
        return None
    sent = verb.sent
    first = sent[0]
    while first.is_punct and first.i < verb.i:
        first = verb.doc[first.i + 1]
    if not (
        first.tag_ == "VBG"
        or (first.tag_ == "VBN" and first.i + 1 < verb.i and verb.doc[first.i + 1].lower_ == "to")
        or (first.pos_ == "ADJ" and first.i + 1 < verb.i and verb.doc[first.i + 1].lower_ == "to")
        or (first.lower_ in OPENER_WORDS and first.pos_ in ("ADP", "SCONJ", "PART"))
    ):
        return None
    comma = None
    for t in verb.doc[first.i + 1 : verb.i]:
        if t.lower_ == ",":
            comma = t
    if comma is None or comma.i + 1 >= verb.i:
        return None
    for c in verb.children:
        if c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") and c.i > comma.i:
            return None  # the parse found the main clause's own subject
    if not any(c.dep_ in ("nsubj", "csubj") and c.i < comma.i for c in verb.children) and not (
        first.lower_ in OPENER_WORDS and first.head.i == verb.i
    ):
        return None
    span = verb.doc[comma.i + 1 : verb.i]
    if any(t.pos_ in ("VERB", "AUX") and t.dep_ not in ("amod", "compound") for t in span):
        return None
    tops = [t for t in span if not (comma.i < t.head.i < verb.i) and t.pos_ not in ("PUNCT", "ADV")]
    if len(tops) != 1 or tops[0].pos_ not in ("NOUN", "PROPN", "PRON"):
        return None
    top = tops[0]
    if not (first.i <= top.head.i < comma.i):
        return None  # hung on the verb in some other role: not the swallowed subject
    return top


#: Prepositions of time whose gerund the parser may take for a plain object ("said after
#: talking to Erdogan": "talking" as the object of "after").
GERUND_TIME_PREPS = frozenset({"after", "before", "following", "upon", "since", "while"})


def _gerund_object(verb: Any) -> bool:
    """A gerund with an object of its own that the parser made the object of a time
    preposition ("the envoy said after meeting Kim Jong Un"), not a noun ("after the meeting")."""
    head = verb.head
    return (
        verb.dep_ == "pobj"
        and verb.pos_ == "VERB"
        and verb.tag_ == "VBG"
        and head.pos_ == "ADP"
        and head.lower_ in GERUND_TIME_PREPS
        and not any(c.dep_ == "det" for c in verb.children)
    )


#: Entity types of an object that names a party ("praised Seoul for ...").
NAMED_ENTS = frozenset({"GPE", "NORP", "ORG", "PERSON"})
#: Verbs of praise, whose object did the act named in their "for" gerund.
PRAISING = frozenset({"praise", "thank", "commend", "congratulate", "hail", "salute", "applaud",
                      "laud", "credit", "reward", "honour", "honor"})  # fmt: skip


def subject_of(verb: Any) -> tuple[Any | None, str]:
    """The token heading the actor of ``verb`` and how it was found."""
    passive = is_passive(verb)
    agent = _agent_of(verb)
    if passive:
        if agent is not None:
            return agent, "passive agent (by ...)"
        # "was granted a loan by the IMF", "was given tanks by Sweden": the parser makes the
        # agent a plain "by" phrase on the verb or on the retained object (a name, not "by air")
        kept = [w for c in verb.children if c.dep_ == "dobj" for w in c.subtree]
        for h in (verb, *(w for w in kept if w.dep_ not in ("relcl", "acl"))):
            for b in h.children:
                if b.dep_ == "prep" and b.lower_ == "by":
                    for q in b.children:
                        if q.dep_ == "pobj" and any(t.pos_ == "PROPN" for t in q.subtree):
                            return q, "passive agent (a 'by' phrase)"
        # "was threatened with retaliation by Minsk", "was granted to the former vice
        # president by Mexico": the parser hangs the agent on the noun
        for c in verb.children:
            if c.dep_ in ("prep", "dative"):
                for p in c.children:
                    for b in p.children:
                        if b.dep_ == "prep" and b.lower_ == "by":
                            for q in b.children:
                                if q.dep_ == "pobj":
                                    return q, "passive agent (by ..., under a prepositional phrase)"
        for c in verb.children:
            if c.dep_ == "conj" and c.tag_ == "VBN" and (shared := _agent_of(c)) is not None:
                # "were beaten and abused by prison guards": the last passive's agent is both's
                return shared, "passive agent of the coordinated passive (by ...)"
        if (sides := _sides_between(verb)) is not None:
            return sides, "the sides named with 'between' (agentless passive)"
        return None, "passive without agent"
    head = verb.head
    if (stranded := _opener_subject(verb)) is not None:
        # "Seeking to ease tension, Indian and Pakistani commanders met": the parser hung the
        # main clause's subject inside the opener and took the opener for the subject
        return stranded, "subject stranded in a sentence opener"
    if verb.dep_ == "advcl" and verb.tag_ == "VBN" and agent is not None:
        # "Backed by French jets, Malian troops retook ...": the agent of the participle acts
        return agent, "passive agent of a participle (by ...)"
    if ordered_done(verb):
        tok, how = subject_of(head)
        return tok, f"{how} of '{head.lower_}' (who ordered it done)"
    if _comma_participle(verb):
        # "asked the court to order Israel to halt ..., accusing it of ...": the speaker of the
        # clause the complements hang on, not who the complement is about
        top = head
        while (
            top.dep_ in ("xcomp", "ccomp")
            and top.head.pos_ in ("VERB", "AUX")
            and top.head.i < top.i  # (not a reporter after it: "..., the ministry said")
        ):
            top = top.head
        tok, how = subject_of(top)
        return tok, f"{how} of '{top.lower_}' (participle of saying after its complement)"
    for c in verb.children:
        if c.dep_ in ("nsubj", "csubj"):
            if verb.dep_ == "relcl" and c.lower_ in RELATIVE_PRONOUNS and head.i != verb.i:
                if _background(verb):
                    # "the military, which seized power in 2021, ...": a description of the
                    # actor, not news
                    return None, "background relative clause"
                # "the army, which accused Niger of ...", "police, who fired tear gas at ..."
                return head, "head noun of the relative clause (relative pronoun subject)"
            if _impact(verb) and (launcher := _launched_from(c)) is not None:
                return launcher, "who fired the subject's weapon (fired from ...)"
            return c, "subject"
    if (
        verb.dep_ == "acl"
        and verb.tag_ == "VBN"
        and head.dep_ in ("dep", "ROOT", "nsubj")
        and any(c.dep_ == "dobj" for c in verb.children)
        and agent is None
    ):
        # "The Saudi-led coalition bombed Sanaa, residents said": a past tense the parser
        # took for a participle on its subject (a participle takes no direct object)
        return head, "head noun (a past tense parsed as a participle with an object)"
    if (
        verb.dep_ == "acl"
        and verb.tag_ == "VBN"
        and head.dep_ == "ROOT"
        and verb.lemma_.lower() in CROWD_VERBS
        and agent is None
    ):
        # "Hundreds of students protested outside the embassy": a sentence with no finite verb
        # but a crowd's (intransitive) act, which nothing undergoes
        return head, "head noun (a past tense parsed as a participle on the sentence's noun)"
    if verb.dep_ == "acl" and verb.tag_ == "VBN":
        # "sanctions imposed by the EU on Minsk", "journalists detained by police": a reduced
        # passive relative; its agent acts on the head noun (see _objects)
        if agent is not None:
            return agent, "passive agent of a participle on a noun (by ...)"
        if (sides := _sides_between(verb)) is not None:
            return sides, "the sides named with 'between' (participle on a noun)"
        return None, "past participle: its head noun undergoes the action"
    if verb.dep_ == "acl" and head.lemma_.lower() in DOCUMENT_NOUNS:
        # "adopted a resolution urging Sri Lanka to ...", "a Council statement calling on ...":
        # the text speaks for whoever wrote or passed it
        for c in head.children:
            if c.dep_ in ("poss", "compound") and c.pos_ in ("PROPN", "NOUN"):
                return c, f"author of the {head.lower_}"
        if head.dep_ in ("dobj", "nsubjpass") and head.head.pos_ in ("VERB", "AUX"):
            tok, how = subject_of(head.head)
            if tok is not None:
                return tok, f"{how} of '{head.head.lower_}' (who issued the {head.lower_})"
    if verb.dep_ in ("relcl", "acl") and head.i != verb.i:
        return head, f"head noun of {verb.dep_}"
    if (
        verb.dep_ == "advcl"
        and verb.tag_ == "VBG"
        and _saying_participle(verb)
        and head.dep_ == "ccomp"
        and head.head.lemma_.lower() in REPORTING
        and head.head.i < head.i < verb.i
    ):
        # "Pompeo said that China's claims were unlawful, rejecting Beijing's claims": a
        # participle of speech after the reported clause is the reporter's
        tok, how = subject_of(head.head)
        return tok, f"{how} of '{head.head.lower_}' (participle of speech after its report)"
    if verb.dep_ == "advcl" and verb.tag_ == "VBG":
        said = _parenthetical_reporter(verb, head)
        if said is not None:
            # "X sailed near Y, the US military said, accusing China of ...": the reporter
            # speaks the participle of saying
            tok, how = subject_of(said)
            return tok, f"{how} of '{said.lower_}' (participle after the reporting clause)"
        if head.lemma_.lower() in REPORTING and not _saying_participle(verb):
            return None, f"participle of reporting verb '{head.lower_}'"
    if verb.dep_ == "xcomp" and head.pos_ == "ADJ" and head.lemma_.lower() in RAISING_ADJ:
        if head.head.i != head.i and _quoted_across(verb, head.head):
            return None, f"quoted clause: the subject of '{head.head.lower_}' stays outside"
        if head.head.i != head.i:
            tok, how = subject_of(head.head)
            return tok, f"{how} of '{head.head.lower_} {head.lower_}' (inherited via xcomp)"
    if verb.dep_ == "xcomp" and orders_own_forces(head):
        # "Chavez ordered troops to keep control of the police": the orderer acts through
        # its own forces
        tok, how = subject_of(head)
        return tok, f"{how} of '{head.lower_}' (who ordered its own forces)"
    if verb.dep_ == "xcomp" and head.lemma_.lower() in OBJECT_CONTROL:
        for c in head.children:
            if c.dep_ in ("dobj", "dative"):
                return c, f"object of '{head.lower_}' (object control)"
    if (
        verb.dep_ == "pcomp" and head.pos_ == "ADP" and (head.lower_ != "by" or verb.tag_ == "VBG")
    ) or _gerund_object(verb):
        # "stopped short of blaming Beijing", "left without meeting the envoy"
        up = head.head
        while up.pos_ not in ("VERB", "AUX") and up.dep_ in ("advmod", "acomp", "prep"):
            up = up.head
        if up.pos_ in ("VERB", "AUX") and up.lemma_.lower() in OBJECT_CONTROL:
            for c in up.children:
                if c.dep_ in ("dobj", "dative"):
                    return c, f"object of '{up.lower_}' (object control)"
        if head.lower_ == "for" and up.lemma_.lower() in PRAISING and up.i != verb.i:
            # "praised Seoul for joining the sanctions", "thanked Cairo for mediating": who is
            # praised for an act did it (what one is blamed for is a charge: not here)
            for c in up.children:
                if c.dep_ == "dobj" and (c.pos_ == "PROPN" or c.ent_type_ in NAMED_ENTS):
                    return c, f"object of '{up.lower_}' (who is judged for the act)"
        timed = head.lower_ in ("after", "before", "following", "upon", "since")
        if (
            up.pos_ in ("VERB", "AUX")
            and up.i != verb.i
            and (up.lemma_.lower() not in REPORTING or timed)
        ):
            # "Carter said after meeting Kim Il Sung that ...": the speaker met him
            tok, how = subject_of(up)
            return tok, f"{how} of '{up.lower_}' (inherited via {head.lower_} ...)"
    if _as_participle(verb):
        return None, "'as' + bare participle: a reference to an earlier act ('as required')"
    if (lifted := lifted_conj(verb)) is not None:
        tok, how = subject_of(lifted)
        return tok, f"{how} of '{lifted.lower_}' (coordinated after its complement)"
    if (
        (verb.dep_ in INHERIT_DEPS or (verb.dep_ == "attr" and verb.tag_ == "VBG"))
        and head.i != verb.i
        and head.pos_ in ("VERB", "AUX")
    ):
        # "is mediating between ...": the progressive parsed as an attribute of "is"
        if _quoted_across(verb, head):
            return None, f"quoted clause: the subject of '{head.lower_}' stays outside"
        if (said := _speaker_conj(verb, head)) is not None:
            tok, how = subject_of(said)
            return tok, f"{how} of '{said.lower_}' (the speaker's own act, coordinated late)"
        tok, how = subject_of(head)
        return tok, f"{how} of '{head.lower_}' (inherited via {verb.dep_})"
    for c in verb.lefts:
        if c.dep_ == "aux" and c.tag_ in ("NNP", "NNPS"):
            # "Prime Minister Theresa May blamed Russia": a name read as a modal
            return c, "subject (a name parsed as an auxiliary)"
    if verb.pos_ == "NOUN" and verb.dep_ == "ROOT":
        # headline misparsed as a noun phrase: "Thousands rally in Tel Aviv"
        for c in verb.lefts:
            if c.dep_ in ("compound", "nummod", "amod", "nmod"):
                return c, "headline subject (noun-phrase parse)"
    return None, "no subject"


#: Acts two sides do together, told in an agentless passive with the sides in a "between"
#: phrase: "a deal was signed between Ethiopia and Eritrea", "the pact signed between China
#: and the Solomon Islands", "talks were held between ...".
SIDED_PASSIVES = frozenset({"sign", "agree", "hold", "reach", "conclude", "seal", "ink",
                            "negotiate", "hammer", "forge", "initial", "conduct", "restore",
                            "resume", "establish", "normalise", "normalize", "renew"})  # fmt: skip


def _sides_between(verb: Any) -> Any | None:
    """The first side of a "between A and B" phrase on an agentless passive of a two-sided
    act (the coordination carries the other), or None; the phrase may hang on the passive's
    subject ("relations between Riyadh and Tehran were restored", "a truce between Armenia and
    Azerbaijan was agreed")."""
    if verb.lemma_.lower() not in SIDED_PASSIVES:
        return None
    holders = [verb, *(c for c in verb.children if c.dep_ == "nsubjpass")]
    for h in holders:
        for c in h.children:
            if c.dep_ == "prep" and c.lower_ == "between":
                for p in c.children:
                    if p.dep_ == "pobj" and any(x.dep_ == "conj" for x in p.children):
                        return p
    return None


#: Nouns that count or group events: "held a fresh round of talks", "imposed a new package of
#: sanctions", "carried out a series of air strikes"; what they count is the object.
COUNTING_NOUNS = frozenset({
    "round", "series", "spate", "wave", "string", "flurry", "barrage", "batch", "raft", "slew",
    "package", "set", "salvo", "volley",
})  # fmt: skip


def _counted(obj: Any) -> list[Any]:
    """``obj``, or what it counts when it is a counting noun with an "of" phrase."""
    if obj.lemma_.lower() not in COUNTING_NOUNS:
        return [obj]
    inner = [p for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"
             for p in c.children if p.dep_ == "pobj"]  # fmt: skip
    return inner or [obj]


def _objects(verb: Any) -> list[Any]:
    """Direct objects (the patient of a passive counts as one; the parser sometimes labels
    the object of "called X" as an object predicate, oprd)."""
    passive = is_passive(verb) or ordered_done(verb)
    out = [
        c
        for c in verb.children
        if c.dep_ in ("dobj", "obj")
        or (passive and c.dep_ == "nsubjpass")
        or (c.dep_ == "nsubj" and ordered_done(verb))
    ]
    # "Pakistan was granted a loan by the IMF": the retained object is what is given
    out.sort(key=lambda c: c.dep_ == "nsubjpass")
    if verb.dep_ == "relcl" and verb.head.i != verb.i:
        # "two generals, whom it accused of ...": the relative pronoun stands for the head noun
        out = [verb.head if c.lower_ in RELATIVE_PRONOUNS and c.dep_ == "dobj" else c
               for c in out]  # fmt: skip
    out = out or [c for c in verb.children if c.dep_ == "oprd"]
    out = [t for o in out for t in _counted(o)]
    if (
        not out
        and verb.dep_ == "acl"
        and verb.tag_ == "VBN"
        and verb.head.i != verb.i
        and verb.lemma_.lower() not in CROWD_VERBS
    ):
        # "the sanctions imposed on Minsk", "journalists detained by police": the head noun of
        # a reduced passive relative is what the participle acts on
        out = [verb.head]
    if not out and verb.pos_ == "VERB":
        # "brushing aside the demand": the parser takes the particle for a preposition
        out = [p for c in verb.children if c.dep_ == "prep" and c.lower_ in ("aside", "away")
               for p in c.children if p.dep_ == "pobj"]  # fmt: skip
    if not out and verb.pos_ == "VERB":
        # "dismissed as false a U.N. report", "rejected as absurd Canada's allegation": the
        # object set after its judgement, which the parser hangs under "as"
        out = [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"
               for p in c.children if p.dep_ == "pobj" and _judged_before(c, p)]  # fmt: skip
    if not out and (held := _blame_held(verb)) is not None:
        # "held the Lebanese government responsible": the parser makes the party the subject
        # of the adjective
        out = [held]
    if not out and verb.lemma_.lower() in OBJECT_CONTROL:
        # "let Sweden join NATO", "allowed IAEA inspectors to visit": the parser makes the
        # object the subject of the complement clause
        out = [c for x in verb.children if x.dep_ in ("ccomp", "xcomp")
               for c in x.children if c.dep_ == "nsubj"]  # fmt: skip
    if not out:
        out = _ordered_forces(verb)
    if not out:
        out = _what_it_called(verb)
    return out


def _judged_before(prep: Any, noun: Any) -> bool:
    """Whether ``noun``, the object of ``prep`` "as", is an object set after its judgement
    ("as false a report", "as absurd Canada's allegation"): only adjectives stand between
    "as" and the noun's own determiner or possessor."""
    # a possessor's own name starts with its determiner or compounds, not with an adjective
    # the parser may hang on it ("as groundless Beijing's claim")
    first = min((min([c.i, *(k.i for k in c.children if k.dep_ in ("det", "compound"))])
                 for c in noun.children if c.dep_ in ("det", "poss")), default=None)  # fmt: skip
    if first is None or first <= prep.i + 1:
        return False
    between = noun.doc[prep.i + 1 : first]
    return any(t.pos_ == "ADJ" for t in between) and all(
        t.pos_ in ("ADJ", "ADV", "CCONJ") or t.tag_ == "VBN" or t.text == "," for t in between
    )


#: Verbs that name what an act hit in the actor's own words ("struck what it called camps").
NAMING_VERBS = frozenset({"call", "describe", "term", "label", "brand", "say", "claim",
                          "identify", "consider", "believe", "characterize", "characterise"})  # fmt: skip


def _what_it_called(verb: Any) -> list[Any]:
    """ "India struck what it called terrorist camps", "bombed what it described as arms
    depots", "shelled what it said were rebel positions": the parser hangs the free relative
    on the naming verb; the thing named is what the act hit."""
    for x in verb.children:
        if (
            x.dep_ != "ccomp"
            or x.i < verb.i
            or x.lemma_.lower() not in NAMING_VERBS
            or not any(c.lower_ == "what" and c.i < x.i for c in x.subtree)
        ):
            continue
        named = [c for c in x.children if c.dep_ in ("oprd", "attr")]
        named += [p for c in x.children if c.dep_ == "prep" and c.lower_ == "as"
                  for p in c.children if p.dep_ == "pobj"]  # fmt: skip
        # "what it said were rebel positions": the naming clause is itself a copula
        named += [a for c in x.children if c.dep_ == "ccomp" and c.lemma_ == "be"
                  for a in c.children if a.dep_ == "attr"]  # fmt: skip
        if named:
            return named[:1]
    return []


#: Verbs whose "that" clause is the allegation itself, coded by the verb (ACCUSE) alone.
ALLEGING = frozenset({"allege"})
#: Nouns whose "that" clause is what someone claims, not what happened ("charges that its
#: troops killed civilians", "reports that Chinese firms sold drones").
ALLEGATION_NOUNS = frozenset({
    "charge", "claim", "allegation", "accusation", "report", "rumour", "rumor", "suggestion",
    "assertion", "suspicion", "speculation", "contention", "insinuation",
})  # fmt: skip
#: Heads whose finite "that" clause reports a fact, not an order ("told reporters that
#: Beijing has flouted the ruling"); only "told X to <verb>" is an order.
TELLING = frozenset({"tell"})
#: Modals that make a told clause an order or advice ("told Israel it must stop").
DEONTIC = frozenset({"must", "should", "ought", "need", "shall"})


#: Verbs whose clause is a demand when its verb is bare or deontic ("insisted that Seoul stop").
INSISTING = frozenset({"insist"})


def _mandative(clause: Any) -> bool:
    """Whether a that-clause is mandative: a bare verb with its own subject ("that Washington
    stop") or a deontic modal ("that Kiev must withdraw"), not a fact ("that it had withdrawn")."""
    kids = list(clause.children)
    if any(c.dep_ in ("aux", "auxpass") and c.lemma_.lower() in DEONTIC for c in kids):
        return True
    subj = next((c for c in kids if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or any(c.dep_ in ("aux", "auxpass") for c in kids):
        return False
    # "that Stockholm extradite": a present form without -s on a singular subject is bare
    return clause.tag_ == "VB" or (clause.tag_ == "VBP" and subj.tag_ in ("NN", "NNP"))


def told_fact(clause: Any, head: Any) -> bool:
    """ "told reporters (that) China had attacked ...": a finite clause with its own subject
    under "tell" is a reported fact, coded on its own."""
    if head.lemma_.lower() not in TELLING or clause.dep_ != "ccomp":
        return False
    kids = list(clause.children)
    if not any(c.dep_ in ("nsubj", "nsubjpass") for c in kids):
        return False
    if any(c.dep_ == "aux" and c.lower_ == "to" for c in kids):
        return False
    return not any(c.dep_ in ("aux", "auxpass") and c.lemma_.lower() in DEONTIC for c in kids)


#: Verbs of an event breaking out or spreading, whose subject is the event noun ("protests
#: erupted across Iraq", "riots broke out in Paris", "a strike paralysed France").
ONSET_VERBS = frozenset({
    "erupt", "break", "spread", "sweep", "flare", "rage", "continue", "paralyse", "paralyze",
    "grip", "rock", "engulf", "escalate", "intensify", "resume", "spill", "hit", "shake",
    "convulse", "roil", "begin", "start", "enter", "turn", "mount", "grow", "swell", "take",
})  # fmt: skip
#: Prepositions that place an event ("across Iraq", "in Paris", "throughout the country").
PLACING_PREPS = frozenset({"in", "across", "throughout", "through", "over", "to", "into", "at"})

#: Nouns of regret: an apology for one's own act, or displeasure over another's.
REGRET_NOUNS = frozenset({"regret", "sorrow", "remorse"})

#: Verbs that end a restriction named by an event noun ("lifted martial law").
ENDING_VERBS = frozenset({"lift", "end", "revoke", "rescind", "repeal", "scrap", "relax",
                          "ease", "cancel", "abolish", "remove", "annul"})  # fmt: skip
#: Impositions and the easing that ends each (CAMEO 172x → 081x, 163 → 085).
LIFTED = {"172": "081", "1721": "0811", "1722": "0812", "1723": "0813", "1724": "0814",
          "163": "085"}  # fmt: skip

#: Verbs of commanding one's own forces ("ordered troops to ...", "ordered a carrier to ...").
COMMAND_VERBS = frozenset({"order", "command", "instruct", "direct"})


def ordered_done(verb: Any) -> bool:
    """ "a court ordered Navalny jailed", "ordered the ambassador expelled": a participle
    clause under an order (no auxiliary) is the act the order carries out."""
    return (
        verb.dep_ == "ccomp"
        and verb.tag_ in ("VBN", "VBD")  # the small parser reads some as past tenses
        and verb.head.lemma_.lower() in COMMAND_VERBS
        and not any(c.dep_ in ("aux", "auxpass", "mark") for c in verb.children)
        and any(c.dep_ == "nsubj" for c in verb.children)
    )


#: Forces a government or commander sends by order.
COMMANDED_FORCES = frozenset({
    "troop", "soldier", "force", "unit", "battalion", "brigade", "division", "marine", "army",
    "navy", "police", "policeman", "military", "guard", "commando", "paratrooper", "reservist",
    "jet", "warplane", "bomber", "tank", "gunboat", "ship", "reinforcement",
})  # fmt: skip


#: ``doc.user_data`` keys: the document's :class:`MentionIndex` (set by
#: :meth:`Extractor.candidates`) and, per order verb, whether it orders the orderer's own forces.
MENTION_INDEX = "tacitus_mention_index"
OWN_FORCE_ORDERS = "tacitus_own_force_orders"

#: Possessive pronouns that give forces to the one who orders them ("ordered his troops").
OWNING_PRONOUNS = frozenset({"his", "her", "its", "their", "our", "my"})


def orders_own_forces(verb: Any) -> bool:
    """Whether ``verb`` orders the orderer's own forces: "ordered troops", "ordered its army",
    "ordered his troops", "(Putin) ordered Russian troops", "ordered the aircraft carrier
    Independence". The order is carried out, and the one who ordered it acts; forces of
    another state ("(Zelensky) ordered Russian troops out") or another party ("ordered the
    rebels to disarm") are told what to do. Decided once per verb, from the mentions where
    the document has them (the subject and the unrealized-complement readings both ask)."""
    if verb.lemma_.lower() not in COMMAND_VERBS:
        return False
    data = verb.doc.user_data
    cache = data.get(OWN_FORCE_ORDERS)
    if cache is None:
        cache = data[OWN_FORCE_ORDERS] = {}
    found = cache.get(verb.i)
    if found is None:
        cache[verb.i] = False  # (a guard against asking again while deciding)
        found = cache[verb.i] = _own_forces_ordered(verb, data.get(MENTION_INDEX))
    return found


#: Forces written capitalised, which the parser takes for a name ("ordered additional Marines").
CAPITALISED_FORCES = frozenset({"marines", "rangers"})


def _force_lemma(tok: Any) -> str:
    """The lemma of ``tok``, with "Marines" and "Rangers" the parser read as a name brought
    back to the common noun ("marine", "ranger")."""
    lemma = tok.lemma_.lower()
    if tok.pos_ == "PROPN" and lemma in CAPITALISED_FORCES:
        return lemma[:-1]
    return lemma


def _own_forces_ordered(verb: Any, index: MentionIndex | None) -> bool:
    if _bought(verb):
        return False
    for obj in verb.children:
        if obj.dep_ != "dobj" or _force_lemma(obj) not in COMMANDED_FORCES | WARSHIPS:
            continue
        if obj.lemma_.lower() == "force" and all(c.dep_ == "det" for c in obj.children):
            continue  # "ordered the force to leave": a force named before, often not its own
        quals = [c for c in obj.children if c.dep_ in ("amod", "compound", "nmod", "poss")]
        named = [c for c in quals
                 if c.pos_ == "PROPN" or c.ent_type_ in ("NORP", "GPE", "ORG")]  # fmt: skip
        if not named:
            return True  # "ordered troops", "ordered his troops", "ordered the security forces"
        if index is None:
            continue
        # "Putin ordered Russian troops to withdraw": forces of the orderer's own state
        owners = {a.country for c in (obj, *named) for a in actors_at(c, index) if a.country}
        subj, _how = subject_of(verb)
        if subj is None or not owners:
            continue
        orderer = {a.country for a in actors_at(subj, index) if a.country}
        if orderer and owners <= orderer:
            return True
    return False


#: Moves of forces that an order to one's own forces makes ("ordered troops to withdraw"):
#: the forces are what the orderer moves.
ORDERED_MOVES = frozenset({"withdraw", "pull", "retreat", "redeploy", "deploy", "mobilize",
                           "mobilise", "regroup", "evacuate"})  # fmt: skip


def _ordered_forces(verb: Any) -> list[Any]:
    """ "ordered his troops to withdraw": the forces an order to one's own forces moves, as the
    object of the (intransitive) move."""
    head = verb.head
    if (
        verb.dep_ != "xcomp"
        or verb.lemma_.lower() not in ORDERED_MOVES
        or head.i == verb.i
        or not orders_own_forces(head)
    ):
        return []
    return [c for c in head.children
            if c.dep_ == "dobj" and c.lemma_.lower() in COMMANDED_FORCES | WARSHIPS]  # fmt: skip


def _bought(verb: Any) -> bool:
    """ "ordered 24 fighter jets from France": an order placed with a seller, not to forces."""
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    return bool(_prep_objects(verb, "from") or any(_prep_objects(o, "from") for o in objs))


#: Verbs that make someone act ("make Kyiv regret", "let Sweden join"): the one made to act
#: stands as the subject of a small clause, not as an object.
CAUSATIVES = frozenset({"make", "let", "have", "help"})


def _made_to_act(complements: list[Any]) -> list[Any]:
    """Who a causative complement makes act: "threatened to make Kyiv regret its decision"
    (Kyiv, the subject of the small clause under "make"), the target the head's sense names
    when the complement names no other."""
    return [s for c in complements if c.lemma_.lower() in CAUSATIVES
            for x in c.children if x.dep_ in ("ccomp", "xcomp") and x.i > c.i
            for s in x.children if s.dep_ == "nsubj" and s.pos_ in ("PROPN", "NOUN")]  # fmt: skip


#: Purposes of forces sent to guard or keep order: the order deploys them (a MOBILIZE),
#: where a purpose that is itself an act ("ordered troops to crush the protest") is the event.
GUARDING_PURPOSES = frozenset({"protect", "guard", "defend", "secure", "help", "assist",
                               "support", "reinforce", "patrol", "bolster", "safeguard",
                               "shield", "restore", "maintain"})  # fmt: skip


def _guarding_purpose(verb: Any) -> bool:
    """ "ordered additional Marines to protect diplomatic posts", "ordered the army into the
    streets to help police": the order's complement is a guarding purpose."""
    return any(c.dep_ in ("xcomp", "ccomp") and c.lemma_.lower() in GUARDING_PURPOSES
               for c in verb.children)  # fmt: skip


def _clause_complement(verb: Any) -> bool:
    """Whether ``verb`` has a clause complement with a verb ("ordered troops to crush ..."),
    not a "to" phrase the parser took for one ("ordered the carrier to waters off Taiwan")."""
    return any(c.dep_ in ("xcomp", "ccomp") and c.pos_ in ("VERB", "AUX") for c in verb.children)


def _not_done(tok: Any) -> bool:
    """An act the clause says has not happened: a condition still to be met ("sanctions until
    its troops leave Kuwait"), what would have happened ("a resolution that would have imposed
    sanctions"), what someone stood against ("voted against allowing U.S. troops ...")."""
    kids = list(tok.children)
    if (
        tok.dep_ == "advcl"
        and tok.tag_ in ("VB", "VBP", "VBZ")
        and any(c.dep_ == "mark" and c.lower_ in ("until", "till") for c in kids)
    ):
        return True
    auxes = [c.lower_ for c in kids if c.dep_ == "aux"]
    if (
        tok.tag_ == "VBN"
        and "have" in auxes
        and any(a in ("would", "could", "might") for a in auxes)
    ):
        return True
    if tok.dep_ == "xcomp" and tok.head.lemma_.lower() in FORCING and tok.head.dep_ == "advcl":
        # "slapped an embargo on Mali to force the junta to hand back power": what the
        # pressure is for
        if any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.head.children):
            return True
    if (
        tok.dep_ == "acl"
        and tok.head.lemma_.lower() in OPPOSED_PLANS
        and tok.head.dep_ == "pobj"
        and tok.head.head.lower_ == "against"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in kids)
    ):
        return True  # "voted against an EU plan to relocate asylum seekers"
    if (
        tok.dep_ == "xcomp"
        and tok.head.lemma_.lower() == "vote"
        and any(c.dep_ == "prep" and c.lower_ == "against" for c in tok.head.children)
    ):
        return True  # the same, the infinitive hung on "voted" by the parser
    return tok.dep_ == "pcomp" and tok.tag_ == "VBG" and tok.head.lower_ == "against"


#: what is stood against before it is done ("voted against a plan to relocate refugees")
OPPOSED_PLANS = frozenset({"plan", "proposal", "bill", "motion", "draft", "resolution", "bid",
                           "scheme", "attempt", "initiative"})  # fmt: skip


#: Verbs of travelling, and the talks a trip is made for ("flew to Cairo to meet Sisi", "went
#: to Washington to ask the IMF for loans"): what the trip is for is told as done.
TRAVELLING = frozenset({"fly", "travel", "go", "come", "head", "arrive", "land", "jet",
                        "return", "journey"})  # fmt: skip
TRAVEL_PURPOSES = frozenset({"meet", "ask", "discuss", "sign", "attend", "seek", "press",
                             "urge", "request", "negotiate", "talk", "consult", "appeal",
                             "lobby", "plead", "confer"})  # fmt: skip


def _own_clause_conj(tok: Any) -> bool:
    """A clause in the simple past with its own subject, coordinated after a complement in the
    base form: "demanded that the king step down, and police fired tear gas", "urged Iraq to
    comply, and the army shelled the town" (the parser hangs it on the complement; what it
    tells happened)."""
    head = tok.head
    return (
        tok.dep_ == "conj"
        and tok.tag_ == "VBD"
        and head.tag_ == "VB"
        and head.i < tok.i
        and any(c.dep_ == "cc" for c in head.children if head.i < c.i < tok.i)
        and any(
            c.dep_ in ("nsubj", "nsubjpass") and c.lower_ not in RELATIVE_PRONOUNS
            for c in tok.children
        )
    )


def _comma_participle(tok: Any) -> bool:
    """A participle of saying set off by a comma after a complement ("agreed to admit Ukraine,
    praising Kyiv for its reforms"): the parser hangs it on the complement, but it is the
    speaker's own act, told as done, not part of what was agreed or asked."""
    head = tok.head
    return (
        tok.dep_ == "advcl"
        and tok.tag_ == "VBG"
        and head.dep_ in ("xcomp", "ccomp")
        and head.head.pos_ in ("VERB", "AUX")
        and head.head.i < head.i < tok.i
        and tok.i > 0
        and tok.doc[tok.i - 1].text == ","
        and _saying_participle(tok)
        and not any(c.dep_ in ("mark", "aux") for c in tok.children)
    )


#: Verbs of making someone act: what they make happen in a purpose clause is not yet done.
FORCING = frozenset({"force", "compel", "pressure", "pressurise", "pressurize", "coerce", "oblige"})


def unrealized(tok: Any) -> Any | None:
    """The head (urge, threaten, pledge, ...) whose complement ``tok`` stands in, if any."""
    cur, hops = tok, 0
    if flagmod.answered(tok):
        return None
    if (lifted := lifted_conj(tok)) is not None:
        return unrealized(lifted)  # "denied the report and expelled two diplomats"
    if _comma_participle(tok):
        return None  # "agreed to admit Ukraine, praising Kyiv for its reforms": said now
    if _own_clause_conj(tok):
        return None  # "demanded that the king step down, and police fired tear gas"
    if tok.dep_ == "pcomp" and tok.tag_ == "VBG" and tok.head.lower_ == "without":
        return tok.head  # "sent tanks without consulting Paris": no consultation took place
    while cur.head.i != cur.i and hops < 5:
        dep, head = cur.dep_, cur.head
        if hops == 0 and ordered_done(cur):
            return None  # "a court ordered Navalny jailed": the jailing is the order's act
        if hops == 1 and dep == "prep" and cur.lower_ in REALIZED_PREPS and tok.pos_ == "NOUN":
            # "agreed to reopen the border after talks with Brazil": what the time phrase names
            # came before the promise; it is told as done, not promised
            return None
        if (
            hops == 1
            and dep == "prep"
            and cur.lower_ in ("during", "at")
            and tok.pos_ == "NOUN"
            and head.dep_ == "xcomp"
            and head.head.lemma_.lower() in ("agree", "decide", "vow", "pledge", "promise")
            and tok.lemma_.lower() in PARTNER_NOUNS
        ):
            return None  # "agreed to resume contacts during their meeting": the meeting was
        if (
            hops == 3
            and dep == "prep"
            and cur.lower_ in REALIZED_PREPS
            and tok.pos_ == "NOUN"
            and tok.head.lower_ == "of"
            and tok.head.head.lemma_.lower() in TALK_SPANS
        ):
            return None  # "agreed to reopen the border after three days of talks"
        if dep == "advcl" and any(
            c.dep_ == "mark" and c.lower_ in REALIZED_MARKS for c in cur.children
        ):
            # "agreed to accept the flights after Trump threatened tariffs": a clause of time or
            # cause tells what happened, not what was agreed
            return None
        if (
            dep in ("xcomp", "ccomp")
            and head.lemma_.lower() in UNREALIZED_HEADS
            and not told_fact(cur, head)
            and not (orders_own_forces(head) and not _prep_objects(head, "to"))
        ):
            # (an order to one's own forces is carried out, unless it sends them somewhere:
            # "ordered U.S. troops to Saudi Arabia to defend the kingdom" says what for)
            return head
        if (
            dep == "advcl"
            and head.lemma_.lower() in UNREALIZED_HEADS
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in cur.children)
        ):
            return head  # "pleaded with Congress on Tuesday to approve ...", parsed as purpose
        if dep == "ccomp" and head.lemma_.lower() in INSISTING and _mandative(cur):
            return head  # "insisted that Washington stop interfering": a demand, not an act
        if dep == "ccomp" and head.lemma_.lower() in ALLEGING:
            return head  # "alleged that UNRWA staff took part in the attack": the charge only
        if _that_clause(cur) and head.lemma_.lower() in ALLEGATION_NOUNS:
            return head  # "denied charges that its troops had killed civilians": a claim only
        if (
            dep == "relcl"
            and any(c.lower_ == "that" and c.i < cur.i for c in cur.children)
            and head.dep_ == "pobj"
            and head.ent_type_ in ("DATE", "TIME")
            and head.head.dep_ == "prep"
            and head.head.head.lemma_.lower() in UNREALIZED_HEADS
        ):
            # "had demanded for months that Stockholm crack down": the parser hangs the
            # that-clause on the time phrase between the verb and it
            return head.head.head
        if (
            dep == "prep"
            and cur.lower_ in UNREALIZED_PREPS
            and head.lemma_.lower() in UNREALIZED_HEADS
        ):
            return head  # "warned Moldova against hosting NATO troops"
        if dep == "pcomp" and head.lower_ == "from" and head.head.lemma_.lower() in PREVENTING:
            return head.head  # "blocked a vessel from delivering supplies": it was not done
        if dep == "pcomp" and head.lower_ == "for" and head.head.lemma_.lower() in CENSURING:
            return head.head  # "chided Egypt for jailing journalists": what it is blamed for
        if dep in ("prep", "acl") and head.lemma_.lower() in UNREALIZED_NOUNS:
            return head  # "a U.S. offer of direct negotiations", "an offer ... to host talks"
        if (
            dep == "relcl"
            and head.lemma_.lower() in UNREALIZED_NOUNS
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in cur.children)
        ):
            return head  # "the deadline for Iraq to withdraw from Kuwait expired": not done
        if (
            hops == 0
            and dep == "acl"
            and head.lemma_.lower() in DECISION_NOUNS
            and head.dep_ not in ("nsubj", "nsubjpass")
        ):
            return head  # the content of another act; as a subject it is told as done
        if (
            hops == 0
            and dep == "advcl"
            and tok.pos_ in ("VERB", "AUX")
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
            and not (
                head.lemma_.lower() in INITIATING
                and not any(c.dep_ in ("dobj", "dative") for c in head.children)
            )  # "moved to expel two diplomats": the move is the act (parsed as purpose)
            and not (
                tok.lemma_.lower() in INVESTIGATING
                and head.lemma_.lower() in SETTING_UP
                and any(c.dep_ == "dobj" for c in head.children)
            )  # "sent investigators to look into the killings": sending them is the inquiry
            and not (
                head.lemma_.lower() in TRAVELLING and tok.lemma_.lower() in TRAVEL_PURPOSES
            )  # "flew to Cairo to meet Sisi": the trip is made for talks that take place
        ):
            return head  # purpose: "approved a loan to Kenya to support budget reforms"
        if dep not in ("xcomp", "ccomp", "conj", "pobj", "prep", "dobj", "pcomp", "advcl", "acl"):
            return None
        cur, hops = head, hops + 1
    return None


#: Verbs of saying whose that-clause may lay blame ("said Moscow was culpable").
SAYING = frozenset({"say", "state", "conclude", "find", "determine", "insist", "believe", "add",
                    "tell", "claim", "announce", "declare", "allege", "assert", "charge",
                    "maintain", "argue", "contend"})  # fmt: skip
#: Harms one may be blamed for, beside the event nouns: "responsible for the deaths".
HARM_NOUNS = frozenset({"death", "violence", "crime", "atrocity", "abuse", "destruction",
                        "disappearance", "massacre", "explosion", "blast", "sabotage", "leak",
                        "poisoning", "downing", "sinking", "hack", "outbreak", "unrest",
                        "crisis", "bloodshed", "escalation", "collapse", "failure", "killing",
                        "chaos", "tension", "war", "conflict", "deadlock", "impasse",
                        "incident", "rebellion", "insurgency", "uprising", "revolt",
                        "mutiny", "coup", "riot", "rioting", "fighting", "shelling"})  # fmt: skip
#: Wrongs that, said of another party, accuse it: "said Hezbollah had violated the truce".
WRONGDOING_VERBS = frozenset({"violate", "breach", "interfere", "meddle", "harbour", "harbor",
                              "incite", "sabotage", "lie", "rig", "spy", "plot", "sponsor"})  # fmt: skip
#: Names for another's act or body that accuse it: "said the launch was a provocation".
WRONG_LABELS = frozenset({"provocation", "violation", "breach", "aggression", "crime", "terrorism",
                          "terrorist", "sham", "farce", "fraud", "lie", "interference", "meddling",
                          "invasion", "occupation", "genocide", "atrocity", "blackmail", "piracy",
                          "aggressor", "occupier", "criminal", "illegal", "unlawful",
                          "illegitimate", "terror", "threat", "menace"})  # fmt: skip
#: Nouns of taking the blame: "bore full responsibility for the clash".
BLAME_NOUNS = frozenset({"responsibility", "blame"})
#: State sectors, beside armed ones: a rebel or opposition speaker may accuse its own state.
RULING_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY"})
#: Adjectives that lay blame on the subject of "be".
BLAME_ADJ = frozenset({"responsible", "culpable", "guilty", "accountable", "complicit"})
#: Acts that put a protest down: "a crackdown on protests", "dispersed the rally".
SUPPRESSING = frozenset({"crackdown", "clampdown", "suppression", "repression", "dispersal",
                         "crack", "disperse", "suppress", "crush", "quell", "repress",
                         "break", "ban", "outlaw", "stifle", "smash"})  # fmt: skip
#: Prepositions that tell an event as the setting of a clause ("after weeks of protests").
BACKGROUND_PREPS = frozenset({"after", "during", "amid", "following", "at", "despite", "in"})
#: Spans and runs of an event ("weeks of protests", "a wave of strikes").
SPAN_NOUNS = frozenset({
    "day", "night", "week", "month", "year", "hour", "wave", "series", "spate", "round",
    "season", "string", "weekend", "decade",
})  # fmt: skip
#: Nouns for a country's rulers, named without the country ("protests against the regime").
RULING_NOUNS = frozenset({"government", "regime", "junta", "president", "authority", "rule",
                          "leadership", "king", "monarchy", "dictatorship", "dictator"})  # fmt: skip
#: People a protest may name as those who protest ("student protests", "protests by unions",
#: "youth-led protests"): with them named, a protest told as a clause's setting has its
#: participants even when it names no target ("after weeks of student protests").
PROTESTING_PEOPLE = frozenset({
    "student", "youth", "worker", "woman", "farmer", "teacher", "doctor", "nurse", "miner",
    "driver", "trader", "union", "unionist", "opposition", "supporter", "activist", "resident",
    "citizen", "villager", "pupil", "lawyer", "pensioner", "employee", "labour", "labor",
    "civil", "veteran", "peasant",
})  # fmt: skip
#: Verbs of giving way to pressure: "bowing to weeks of protests" tells the protests as done.
YIELDING_VERBS = frozenset({"bow", "yield", "cave", "bend", "give", "succumb", "respond"})
#: Verbs whose object is an event a clause set off ("sparking protests").
SPARKING_VERBS = frozenset({"spark", "trigger", "provoke", "prompt", "ignite", "fuel", "unleash"})
#: Marks of a clause that tells what happened (time or cause).
REALIZED_MARKS = frozenset({"after", "because", "since", "when", "as", "while", "once"})
#: Prepositions whose event noun came before the clause's act ("agreed ... after talks").
REALIZED_PREPS = frozenset({"after", "following"})
#: Verbs of keeping someone from an act ("barred X from travelling").
PREVENTING = frozenset({"block", "prevent", "stop", "bar", "ban", "prohibit", "keep", "deter",
                        "restrain", "forbid", "hinder", "impede", "discourage"})  # fmt: skip
#: Particles that form a compound preposition with the next one: "out of", "away from".
COMPOUND_PARTICLES = frozenset({"out", "away"})


#: Means of talking at a distance: "spoke by telephone with Zelensky" (the parser hangs the
#: "with" phrase on the means).
MEDIUM_NOUNS = frozenset({"telephone", "phone", "video", "videoconference", "videolink",
                          "teleconference", "hotline", "videophone"})  # fmt: skip


def _medium_with(token: Any) -> list[Any]:
    """ "spoke by telephone with Zelensky", "talked via video link with ...": the "with"
    phrases hung on the means of a verb's "by"/"via"/"over" phrase."""
    return [w for c in token.children if c.dep_ == "prep" and c.lower_ in ("by", "via", "over")
            for p in c.children if p.dep_ == "pobj" and p.lemma_.lower() in MEDIUM_NOUNS
            for w in p.children if w.dep_ == "prep" and w.lower_ == "with"]  # fmt: skip


def _prep_objects(token: Any, word: str) -> list[Any]:
    out = _for_clause_subjects(token, word)
    if word == "with" and token.pos_ == "VERB":
        out.extend(p for w in _medium_with(token) for p in w.children if p.dep_ == "pobj")
    for c in token.children:
        if c.dep_ in ("prep", "agent", "dative") and c.lower_ == word:
            out.extend(p for p in c.children if p.dep_ == "pobj")
            # "for Afghan traders crossing at Torkham": the noun is the clause's subject
            out.extend(s for p in c.children if p.dep_ == "pcomp"
                       for s in p.children if s.dep_ == "nsubj")  # fmt: skip
        elif c.dep_ == "prt" and c.lower_ == word:
            # phrasal verb "call on X": the particle's object hangs on the verb, or under the
            # particle ("sealed off the city of Jenin" parsed as "off the city")
            out.extend(p for p in token.children if p.dep_ == "dobj")
            out.extend(p for p in c.children if p.dep_ == "pobj")
        if c.dep_ in ("prep", "prt") and c.lower_ in COMPOUND_PARTICLES:
            # "walked out of the talks", "pulled out of the deal": the parser hangs "of" under
            # "out"; the object of the pair counts for either word, and "out of" for "from"
            # ("pulled its troops out of Somalia")
            if not any(p.dep_ == "pobj" for p in c.children):
                out.extend(p for g in c.children if g.dep_ == "prep"
                           and (c.lower_ == word or g.lower_ == word
                                or (word == "from" and g.lower_ == "of"))
                           for p in g.children if p.dep_ == "pobj")  # fmt: skip
    return out


#: Links that keep a word inside one member list of "between A and B" however it is parsed.
MEMBER_LINKS = frozenset(
    {"conj", "nmod", "compound", "amod", "poss", "appos", "det", "cc", "punct"}
)


def _members(prep: Any, index: MentionIndex) -> list[Actor]:
    """Every party a "between"/"among"/"of" phrase names. The parser often hangs the first of
    "between the Colombian government and FARC rebels" on the last as a modifier, so each word
    joined to the object by coordination or modification counts, but nothing under a further
    preposition or clause ("talks between Sudan's army and the RSF in Jeddah")."""
    found: list[Actor] = []
    for pobj in prep.children:
        if pobj.dep_ != "pobj":
            continue
        found.extend(actors_at(pobj, index))
        for tok in pobj.subtree:
            if tok.i == pobj.i or tok.dep_ not in ("conj", "nmod"):
                continue
            up = tok
            while up.i != pobj.i and up.dep_ in MEMBER_LINKS:
                up = up.head
            if up.i == pobj.i:
                found.extend(actors_at(tok, index))
    return sorted(_unique(found), key=lambda a: a.start)  # in the order the text names them


def _same_mention(tok: Any, other: Any, index: MentionIndex) -> bool:
    """Whether ``tok`` and ``other`` lie in one mention."""
    m = index.at(tok)
    return m is not None and index.at(other) is m


def _authors(noun: Any, *, acl: bool = True) -> list[Any]:
    """Tokens naming who made a proposal, request or accusation: "Nigeria's request", "a U.S.
    offer", "accusations from Kyiv", "a truce proposal brokered by Riyadh"; for a noun of
    moving forces, who moves: "the withdrawal of Russian forces"."""
    toks = [c for c in noun.children if c.dep_ in ("poss", "compound", "nmod")]
    if noun.lemma_.lower() in MOVING_NOUNS and not toks:
        toks = [p for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                for p in c.children if p.dep_ == "pobj"]  # fmt: skip
    moving = noun.lemma_.lower() in MOVING_NOUNS
    for c in noun.children:
        if c.dep_ in ("prep", "agent") and (
            c.lower_ == "by" or (c.lower_ == "from" and not moving)
        ):
            # "the withdrawal of Mali from ECOWAS": what forces or members leave is no author
            toks.extend(p for p in c.children if p.dep_ == "pobj")
        elif c.dep_ == "prep" and c.lower_ == "for" and noun.lemma_.lower() in CALLING_NOUNS:
            # "calls for restraint from Washington": the parser hangs the author on what is
            # called for (not "calls for a withdrawal from Syria", where "from" is the move's)
            toks.extend(p for o in c.children if o.dep_ == "pobj"
                        and o.lemma_.lower() not in MOVING_NOUNS | UNDOING_NOUNS
                        for f in o.children if f.dep_ == "prep" and f.lower_ == "from"
                        for p in f.children if p.dep_ == "pobj")  # fmt: skip
        elif c.dep_ == "prep" and c.lower_ == "of" and noun.lemma_.lower() in INSTIGATION_NOUNS:
            toks.extend(p for p in c.children if p.dep_ == "pobj")  # "at the request of Spain"
        elif c.dep_ == "prep" and c.lower_ == "of" and noun.lemma_.lower() in ISSUED_NOUNS:
            # "a ruling of the European Court of Justice": who issued it (a name)
            toks.extend(p for p in c.children if p.dep_ == "pobj" and p.pos_ == "PROPN")
        elif acl and c.dep_ in ("acl", "relcl"):
            toks.extend(p for a in c.children if a.dep_ == "agent"
                        for p in a.children if p.dep_ == "pobj")  # fmt: skip
            if c.dep_ == "relcl" and not any(
                o.dep_ == "dobj" and o.lower_ not in RELATIVE_PRONOUNS for o in c.children
            ):
                # "the missiles that Russia launched", "the plan Washington proposed"
                toks.extend(s for s in c.children
                            if s.dep_ == "nsubj" and s.lower_ not in RELATIVE_PRONOUNS)  # fmt: skip
    head = noun.head
    if (
        noun.dep_ == "dobj"
        and head.pos_ in ("VERB", "AUX")
        and not any(c.dep_ in ("prep", "agent") and c.lower_ == "by" for c in noun.children)
    ):
        # "denied accusations by NATO that ...", "rejected a ruling by the tribunal": the
        # parser hangs the "by" right after the object on the verb (an active verb's own
        # "by" would name a means or a deadline, no party)
        toks.extend(p for c in head.children if c.dep_ == "prep" and c.lower_ == "by"
                    and c.i == noun.right_edge.i + 1
                    for p in c.children if p.dep_ == "pobj")  # fmt: skip
    if not any(c.dep_ in ("prep", "agent") and c.lower_ == "by" for c in noun.children):
        # "the expulsion of two diplomats by Britain": the parser hangs the act's agent on
        # what it was done to (not on an act of its own: "the condemnation of the bombing by
        # the rebels" leaves the rebels the bombing's)
        toks.extend(b for o in _prep_objects(noun, "of")
                    if o.tag_ != "VBG" and not o.lower_.endswith(ACT_ENDINGS)
                    for p in o.children if p.dep_ == "prep" and p.lower_ == "by"
                    for b in p.children if b.dep_ == "pobj")  # fmt: skip
    return toks


#: Endings of nouns of acts ("bombing", "invasion", "deployment"), whose own "by" is their own.
ACT_ENDINGS = ("ing", "ion", "ions", "ment", "ments", "ure", "ures")


#: Nouns of forces moving, whose "of" names who moves ("the withdrawal of US troops").
MOVING_NOUNS = frozenset({"withdrawal", "pullout", "pull-out", "departure", "retreat",
                          "redeployment", "drawdown", "exit", "evacuation", "deployment",
                          "buildup", "massing"})  # fmt: skip
#: Modifiers that set a body above or outside one state ("the international court").
BEYOND_STATE = frozenset({"international", "foreign", "world", "global", "regional"})
#: Nouns of calling for something ("calls for restraint from Washington").
CALLING_NOUNS = frozenset({"call", "demand", "appeal", "plea", "request"})
#: Nouns of taking someone or something out of a place, whose "from" is the place.
UNDOING_NOUNS = frozenset({"release", "expulsion", "removal", "return", "exclusion",
                           "suspension", "ouster", "extradition", "deportation"})  # fmt: skip
#: Nouns of warning, defied or heeded by the one warned ("defying warnings from Beijing").
WARNING_NOUNS = frozenset({"warning", "threat"})


def _cautioned(noun: Any) -> bool:
    """A warning whose that-clause tells a danger, not what its author will do ("warnings
    that they faced torture"; but "warnings that it would respond")."""
    for c in noun.children:
        if c.dep_ in ("acl", "ccomp", "relcl") and any(
            m.dep_ == "mark" and m.lower_ == "that" for m in c.children
        ):
            return not any(a.dep_ == "aux" and a.lower_ in ("will", "would") for a in c.children)
    return False


#: Verbs of defying or heeding a warning, whose subject was warned.
DEFYING = frozenset({"defy", "ignore", "dismiss", "reject", "rebuff", "brush", "shrug", "heed",
                     "resist", "spurn", "snub", "flout", "disregard"})  # fmt: skip
#: Nouns of asking or prompting an act, whose "of" names who asked ("at the request of Spain").
INSTIGATION_NOUNS = frozenset({"request", "behest", "invitation", "urging", "insistence",
                               "instigation", "bidding", "initiative", "suggestion"})  # fmt: skip
#: Verbs that answer a request, demand or call, whose subject is the one asked ("rejected
#: calls for restraint from Washington", "bowed to union demands").
ANSWERING_VERBS = frozenset({
    "reject", "dismiss", "ignore", "defy", "resist", "refuse", "rebuff", "spurn", "snub",
    "heed", "accept", "grant", "answer", "satisfy", "meet", "bow", "yield", "comply", "accede",
    "respond", "consider", "weigh", "study", "deny", "decline", "brush", "shrug", "honour",
    "honor", "fulfil", "fulfill", "entertain", "turn",
})  # fmt: skip
#: Things a body issues, whose "of" names the issuer ("a ruling of the Court").
ISSUED_NOUNS = frozenset({"ruling", "verdict", "decision", "judgment", "judgement", "resolution",
                          "order", "ultimatum", "directive", "decree", "injunction"})  # fmt: skip

#: Prepositions on an object noun that name whom the act is aimed at: "halted trade with
#: Israel", "demanded access to Iran's sites", "sanctions on Minsk", "protests against Paris".
OBJECT_TARGET_PREPS = (
    "against",
    "on",
    "toward",
    "towards",
    "with",
    "to",
    "into",
    "from",
    "over",
    "around",
    "between",
)


#: Codes of condemning, complaining, rejecting and protesting: what they are about is another
#: party's own event ("condemned Russian strikes on Kharkiv"), unlike the content of a charge
#: ("blamed a rocket launch by Islamic Jihad", "accused Israel of an air strike").
JUDGING_CODES = ("111", "114", "12", "14")
#: What a state keeps open when it "does not rule out" force (CAMEO 138) or a penalty (130).
MILITARY_OPTIONS = frozenset({
    "force", "action", "strike", "attack", "intervention", "war", "invasion", "retaliation",
    "response", "operation", "offensive", "incursion", "option", "airstrike", "raid",
})  # fmt: skip
PENALTY_OPTIONS = frozenset({"sanction", "embargo", "boycott", "measure", "countermeasure"})
#: Words that make a warning about what will happen a threat ("warned that any attack would
#: be met with force") rather than a forecast ("warned that the economy would shrink").
THREAT_WORDS = MILITARY_OPTIONS | PENALTY_OPTIONS | frozenset({
    "retaliate", "revenge", "reprisal", "respond", "punish", "punishment", "consequence",
    "price", "military", "destroy", "crush", "regret", "hit", "target", "annihilate",
    "eliminate", "invade", "bomb", "fire", "tolerate", "retribution",
})  # fmt: skip
#: Verbs of warning that may only forecast.
WARNING_VERBS = frozenset({"warn", "caution"})


def _forecast(verb: Any, index: MentionIndex) -> bool:
    """A warning that only forecasts: its clause is about something no actor does, and names
    no hostile act ("warned that the outbreak could spread")."""
    if verb.lemma_.lower() not in WARNING_VERBS:
        return False
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]
    for c in clauses:
        subj = next((s for s in c.children if s.dep_ in ("nsubj", "nsubjpass")), None)
        m = index.at(subj) if subj is not None else None
        if subj is None or subj.pos_ == "PRON" or (m is not None and m.actor is not None):
            return False  # an actor's own act: "warned that the United States would pay"
        if any(t.lemma_.lower() in THREAT_WORDS for t in c.subtree):
            return False
    return bool(clauses)


def _clause_pobjs(verb: Any) -> list[Any]:
    """The nouns of a clause's own prepositional phrases, through a particle ("pull out of
    talks", "walk away from the negotiations")."""
    heads = [verb, *(c for c in verb.children if c.dep_ in ("prt", "advmod", "prep"))]
    return [p for h in heads for c in h.children if c.dep_ == "prep"
            for p in c.children if p.dep_ == "pobj"]  # fmt: skip


def object_phrase_recipients(
    nouns: list[Any],
    index: MentionIndex,
    exclude: list[Actor],
    *,
    hostile: bool = True,
    cameo: str = "",
) -> tuple[list[Actor], str]:
    """Recipients named inside the object's own phrase, when the pattern's slots found none:
    a target preposition on the object ("halted all trade with Israel"), the object's author
    ("accepted Saudi mediation", "shot down missiles that Russia launched", "war crimes
    committed by Russian troops"), a place it happened in ("reforms in Georgia"); then the
    same one level down ("the release of its citizen held in Iran"). With ``cameo``, a city
    that is only the venue ("pulled out of talks in Geneva") is passed over (``venue_city``)."""
    # "lobbied its allies against Chinese firms": for a friendly act "against" names a rival
    preps = OBJECT_TARGET_PREPS if hostile else tuple(p for p in OBJECT_TARGET_PREPS
                                                      if p != "against")  # fmt: skip
    level = [n for n in nouns if n.pos_ in ("NOUN", "PROPN", "NUM")]
    for _depth in range(2):
        nxt: list[Any] = []  # one level down: "of" phrases and the nouns found above
        for n in level:
            for c in n.children:
                if c.dep_ == "prep" and c.lower_ in preps:
                    for p in c.children:
                        if p.dep_ != "pobj" or venue_city(p, cameo):
                            continue
                        found = actors_at(p, index) or (
                            _place_actor(p) if c.lower_ != "with" else []
                        )
                        found = [a for a in found if not _same(a, exclude)]
                        if found:
                            return _unique(found), f"'{c.lower_}' phrase of the object '{n.text}'"
                        if exclude and _own_state_role(p, index):
                            # "called for negotiations with the government": the actor's own
                            own = [a for a in domestic(exclude, p, "own state body")
                                   if not _same(a, exclude)]  # fmt: skip
                            if own:
                                return own, f"'{c.lower_}' phrase of the object '{n.text}'"
                        nxt.append(p)  # "an inquiry into abuses in Iran"
            authors = _authors(n)
            authors += [c for c in n.children if c.dep_ == "amod" and index.at(c) is not None]
            found = [a for t in authors for a in actors_at(t, index)
                     if not _same(a, exclude) and not _itself(a, exclude)]  # fmt: skip
            if not found and n.pos_ == "NOUN":
                # "accepted Argentine mediation": a nationality adjective the resolver left
                found = [a for a in _implied_actors(n, index)
                         if a.resolution == "demonym-modifier" and not _same(a, exclude)]  # fmt: skip
            if found:
                return _unique(found), f"author of the object '{n.text}'"
            places = [p for c in n.children if c.dep_ == "prep" and c.lower_ == "in"
                      for p in c.children if p.dep_ == "pobj"]  # fmt: skip
            places = [p for p in places if not venue_city(p, cameo)]
            # a participle on the object places or owns it, but the content of a charge
            # ("denied accusations that it supplied arms to the Taliban") names no party to it
            acls = [a for a in n.children if a.dep_ == "acl" and not _that_clause(a)]
            places += [p for a in acls for c in a.children
                       if c.dep_ == "prep" and c.lower_ == "in"
                       for p in c.children if p.dep_ == "pobj"]  # fmt: skip
            owners = [p for a in acls for c in a.children
                      if c.dep_ == "prep" and c.lower_ == "to"
                      for p in c.children if p.dep_ == "pobj"]  # fmt: skip
            found = [a for p in owners for a in actors_at(p, index) if not _same(a, exclude)]
            if found:
                # "property belonging to Russian oligarchs", "ships bound to ..."
                return _unique(found), f"'to' phrase on the object '{n.text}'"
            found = [a for p in places for a in (actors_at(p, index) or _place_actor(p))
                     if not _same(a, exclude)] if hostile else []  # fmt: skip
            if found:
                return _unique(found), f"place named on the object '{n.text}'"
            nxt += [p for c in n.children if c.dep_ == "prep" and c.lower_ == "of"
                    for p in c.children if p.dep_ == "pobj"]  # fmt: skip
            nxt += [c for c in n.children if c.dep_ == "pobj"]
        level = nxt
        if not level:
            break
    return [], "none"


#: Words after an object pronoun that mark it as a party addressed ("accused it of",
#: "warned it against", "urged them to").
AGENT_PRONOUN_CUES = frozenset({"of", "against", "about", "over", "for", "to", "that"})


#: Prepositions on a main verb or its object noun that name the side it acts on ("broke off
#: relations with Washington", "an offensive against the Tigray government").
ACTED_ON_PREPS = ("against", "with", "on", "at")


def adjunct_object_antecedent(
    tok: Any, index: MentionIndex, exclude: list[Actor], *, at: Any | None = None
) -> list[Actor]:
    """ "Burundi expelled the head of the U.N. office, accusing him of ...", "Addis Ababa
    launched an offensive against the Tigray government, accusing it of ...": the object
    pronoun of a participle hung on a main clause stands for the side that clause acts on
    (its object, or the object of "against"/"with" on the verb or on its object noun), even
    where that side is of the actor's own state. Only a participle ("accusing", "saying")
    whose subject is the main clause's; the number must fit ("them" a plural or a list)."""
    # "rejecting their criticism": an owner pronoun on the participle's object (or on a noun
    # inside it, ``at``) stands alike; so in a second clause of the same subject ("imposed
    # sanctions on Iraq and demanded its withdrawal from Kuwait")
    owner = tok.dep_ == "poss" and tok.lower_ in ("its", "their")
    slot = at if at is not None else tok.head if owner else tok
    verb = slot.head
    if slot.dep_ != "dobj" or verb.dep_ not in ("advcl", "xcomp", "conj"):
        return []
    if verb.tag_ != "VBG" and not (owner and verb.dep_ == "conj" and verb.pos_ == "VERB"):
        return []
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return []  # a clause with a subject of its own
    main = verb.head
    if main.pos_ not in ("VERB", "AUX") or main.i > tok.i:
        return []
    objs = [c for c in main.children if c.dep_ == "dobj"]
    if slot is not tok and main.dep_ == "xcomp" and main.head.pos_ == "VERB":
        # "ordered diplomats from Peru to leave the country, rejecting their criticism": the
        # side is the object of the verb the infinitive completes
        objs += [c for c in main.head.children if c.dep_ == "dobj"]
    sides = objs + [p for n in [main, *objs] for c in n.children
                    if c.dep_ == "prep" and c.lower_ in ACTED_ON_PREPS
                    for p in c.children if p.dep_ == "pobj"]  # fmt: skip
    if tok.lower_ == "it" and objs and not actors_at(objs[0], index):
        return []  # "rejected the deal with Iran, calling it a trap": "it" is the deal
    plural = tok.lower_ in ("them", "their")
    for side in sides:
        toks = [side, *(c for c in side.conjuncts)]
        if plural != (len(toks) > 1 or side.tag_ in ("NNS", "NNPS")) and not (
            plural and side.tag_ == "NNP"
        ):
            continue
        found = [a for t in toks for a in actors_at(t, index) if not _same(a, exclude)]
        if not found and tok.lower_ not in ("it", "its"):
            # "the head of the U.N. office": the first body named inside ("rejected the offer
            # from the G7, calling it ...": "it" is the offer, a thing)
            found = next((f for t2 in side.subtree if t2.i != side.i
                          for f in [[a for a in actors_at(t2, index) if not _same(a, exclude)]]
                          if f), [])  # fmt: skip
        for a in found:
            a.resolution, a.confidence = "pronoun-antecedent", min(a.confidence or 0.5, 0.5)
        if found:
            return _unique(found)
    return []


def pronoun_antecedent(tok: Any, index: MentionIndex, exclude: list[Actor]) -> list[Actor]:
    """The party an object "it"/"them" stands for when the actor stage left it unresolved:
    "Russia massed troops on the border. Finland accused it of hybrid warfare." The nearest
    earlier actor mention (this sentence or the one before) that is not the event's actor."""
    m = index.at(tok)
    own = _copy_actor(m) if m is not None and m.actor is not None else None
    # "the envoy called him and warned him": an object pronoun is never the clause's own
    # subject (that would be "himself"); a resolution to the actor itself is a slip
    slip = own is not None and bool(exclude) and _same(own, exclude)
    if tok.pos_ != "PRON" or tok.lower_ not in ("it", "them", "him", "her"):
        return []
    if m is not None and not slip:
        return []
    told = adjunct_object_antecedent(tok, index, exclude)
    if told:
        return told
    if tok.lower_ in ("him", "her") and not slip:
        return []
    verb = tok.head
    cued = any(
        c.i > tok.i
        and ((c.dep_ in ("prep", "mark", "aux") and c.lower_ in AGENT_PRONOUN_CUES)
             or c.dep_ in ("xcomp", "ccomp"))
        for c in verb.children
    )  # fmt: skip
    if not cued and not slip:
        return []  # "withdraw it": a thing, not a party
    sents = list(tok.doc.sents)
    here = next(k for k, s in enumerate(sents) if s.start <= tok.i < s.end)
    first = sents[max(here - 1, 0)].start
    for m in index.before(tok, first):
        if m.kind in ("pronoun", "demonym") or m.actor is None:
            continue
        a = _copy_actor(m)
        if a is None or not (a.country or a.cameo_code) or _same(a, exclude):
            continue
        if a.country and a.country in {e.country for e in exclude}:
            continue  # "Israel struck Iran. Tehran warned it ...": not Iran itself
        a.resolution, a.confidence = "pronoun-antecedent", min(a.confidence or 0.5, 0.5)
        return [a]
    return []


def _that_clause(tok: Any) -> bool:
    """Whether ``tok`` heads a "that" clause on a noun ("the charge that X ...")."""
    return (
        tok.dep_ in ("acl", "ccomp")
        and tok.head.pos_ == "NOUN"
        and any(c.dep_ == "mark" and c.lower_ == "that" for c in tok.children)
    )


def recipients_for(
    pattern: Pattern,
    token: Any,
    index: MentionIndex,
    *,
    extra_heads: Iterable[Any] = (),
    exclude: list[Actor] = (),  # type: ignore[assignment]
    objects: list[Any] | None = None,
) -> tuple[list[Actor], str]:
    """Recipients of ``token`` by the pattern's slots, in order; the first slot that yields an
    actor other than ``exclude`` (the event's own actors) wins."""
    heads = [token, *extra_heads]
    if pattern.prep:
        # "called for Israel to halt construction": the one asked to act
        actors = [a for t in _for_clause_subjects(token, pattern.prep)
                  for a in actors_at(t, index) if not _same(a, exclude)]  # fmt: skip
        if actors:
            return _unique(actors), f"subject of the 'for ... to' clause of '{token.text}'"
    for slot in pattern.recipient:
        if slot == "author":
            objs = _objects(token) if token.pos_ in ("VERB", "AUX") else [token]
            toks = [t for o in objs for t in _authors(o)]
            actors = [a for t in toks for a in actors_at(t, index)
                      if not _same(a, exclude) and not _itself(a, exclude)]  # fmt: skip
            if actors:
                return _unique(actors), f"author of the object of '{token.text}'"
            # "rejecting their criticism": the possessive pronoun stands for the side acted on
            actors = [a for t in toks if t.dep_ == "poss" and t.lower_ in ("its", "their")
                      for a in adjunct_object_antecedent(t, index, exclude)]  # fmt: skip
            if actors:
                return _unique(actors), f"author of the object of '{token.text}' (pronoun)"
            if token.lemma_.lower() not in ANSWERING_VERBS or not exclude:
                continue
            # "rejected opposition demands", "ignored calls from striking doctors", "refused a
            # police order": the answering state's own people or body asked
            called = [o for o in objs if o.lemma_.lower() in CALLING_NOUNS | ISSUED_NOUNS]
            near = [c for o in called for c in o.children if c.dep_ in ("compound", "amod", "poss")]
            near += [t for o in called for t in _authors(o, acl=False) if t.dep_ == "pobj"]
            near += [k for t in near for k in t.conjuncts]
            near = [c for c in near if not any(m.lower_ in BEYOND_STATE for m in c.children)]
            group = next((c for c in near if c.lemma_.lower() in DOMESTIC_GROUPS
                          or _own_state_role(c, index, definite=c.dep_ != "compound")),
                         None)  # fmt: skip
            if group is not None:
                found = domestic(list(exclude), group, "unnamed domestic group")
                if found:
                    return found, f"author of the object of '{token.text}' (its own people)"
            continue
        if slot == "clause":
            # "Britain is considering Nigeria's request": the request is addressed to Britain;
            # "Israel repelled a Hezbollah attack": the attack was aimed at Israel
            if (
                token.pos_ in ("NOUN", "PROPN")
                and token.dep_ in ("dobj", "nsubjpass")
                and (pattern.cameo[:2] not in ARMED_ROOTS
                     or token.head.lemma_.lower() in DEFENDING_VERBS)
                # "dismissed Washington's criticism" is aimed at Georgia; "condemned North
                # Korea's threat" need not be aimed at the one who condemns it
                and (pattern.cameo[:2] not in ("11", "13")
                     or token.head.lemma_.lower() in RESPONSE_VERBS)
            ):  # fmt: skip
                subj, _ = subject_of(token.head)
                actors = [a for a in (actors_at(subj, index) if subj is not None else [])
                          if not _same(a, exclude)]  # fmt: skip
                if actors:
                    return _unique(actors), f"subject of '{token.head.text}'"
            continue
        for head in heads:
            if slot == "dobj" and objects is not None and head.i == token.i:
                toks = objects  # the object the caller found ("allowed inspectors to visit")
            elif slot == "dobj":
                toks = _objects(head) if head.pos_ in ("VERB", "AUX") else []
            elif slot == "dative":
                toks = [c for c in head.children if c.dep_ == "dative"]
                if any(c.dep_ == "dobj" for c in head.children):
                    # "Estonia was given 12 vehicles by Sweden": the passive subject receives
                    toks += [c for c in head.children if c.dep_ == "nsubjpass"]
            elif slot == "attr":
                toks = [c for c in head.children if c.dep_ == "attr"]
            elif slot == "compound":
                toks = [c for c in head.children if c.dep_ in ("compound", "amod", "nmod")]
            elif slot == "that":
                # "demanded that Israel open the crossing": the subject of the clause; "the
                # accusation that Iran armed Hezbollah": of the clause on the noun
                toks = [s for c in head.children if c.dep_ == "ccomp" or _that_clause(c)
                        for s in c.children if s.dep_ in ("nsubj", "nsubjpass")]  # fmt: skip
            else:
                # "suspended its participation in talks ... in Lome": a venue is no party
                toks = [t for t in _prep_objects(head, slot) if not venue_city(t, pattern.cameo)]
                if toks and head.i != token.i and _hit_mission(pattern.cameo, head, index):
                    # "blew himself up outside the Indian embassy in Kabul": the place a foreign
                    # mission stands in is not the party hit; the mission's state is
                    toks = [head]
            actors = [a for t in toks for a in actors_at(t, index)
                      if not _same(a, exclude) and not _itself(a, exclude)]  # fmt: skip
            if not actors and slot == "dobj" and head.i == token.i:
                # "Finland accused it of ...": the party the pronoun stands for
                actors = [a for t in toks for a in pronoun_antecedent(t, index, exclude)]
                if actors:
                    return _unique(actors), f"{slot} of '{head.text}' (pronoun: its antecedent)"
            if not actors and slot == "dobj" and head.i == token.i:
                # "demanded its withdrawal", "the withdrawal of its forces": who is to move is
                # the side the pronoun stands for
                moving = [t for t in toks if t.lemma_.lower() in MOVING_NOUNS]
                pron = [(p, t) for t in moving for h in (t, *_prep_objects(t, "of"))
                        for p in h.children if p.dep_ == "poss" and p.lower_ in ("its", "their")]  # fmt: skip
                actors = [a for p, t in pron[:1]
                          for a in adjunct_object_antecedent(p, index, exclude, at=t)]  # fmt: skip
                if actors:
                    return _unique(actors), f"{slot} of '{head.text}' (its owner: the antecedent)"
            if not actors and (slot == "dobj" or slot == "into") and head.i == token.i:
                # "condemned the coup in Niger", "an inquiry into abuses in Iran": the object
                # happened in a country
                places = [p for t in toks for c in t.children if c.dep_ == "prep"
                          and c.lower_ == "in" for p in c.children if p.dep_ == "pobj"
                          and not venue_city(p, pattern.cameo)]  # fmt: skip
                actors = [a for p in places for a in (actors_at(p, index) or _place_actor(p))
                          if not _same(a, exclude)]  # fmt: skip
            if not actors and slot not in DEP_SLOTS:
                # "extradited ... to Tirana", "sent aid to Gaza": a place stands for its country
                # (after "in", "into", ... a name the parser took for a body: "in Nagorno-Karabakh")
                loose = slot in TARGET_PREPS
                actors = [a for t in toks for a in _place_actor(t, loose=loose)
                          if not _same(a, exclude)]  # fmt: skip
                if not actors and _hostile(pattern.cameo) and pattern.cameo[:2] >= "14":
                    # "blew himself up in a crowded Tel Aviv street": the city named on a
                    # struck street or quarter
                    actors = [a for t in toks for a in _compound_place(t)
                              if not _same(a, exclude)]  # fmt: skip
            if not actors and exclude:
                # "peace talks with the government": a state body named without a country is
                # the actor's own
                roles = [t for t in toks if _own_state_role(t, index)]
                actors = [a for t in roles[:1] for a in domestic(exclude, t, "own state body")]
                actors = [a for a in actors if not _same(a, exclude)]
            if actors:
                return _unique(actors), f"{slot} of '{head.text}'"
    return [], "none"


#: Nouns for a street, quarter or building a named city can sit on ("a Tel Aviv street",
#: "the Damascus suburbs", "a Kabul hotel").
QUARTER_NOUNS = frozenset({
    "street", "suburb", "suburbs", "neighbourhood", "neighborhood", "district", "quarter",
    "market", "square", "hotel", "mall", "bus", "station", "cafe", "restaurant", "outskirts",
    "area", "slum", "township", "mosque", "church", "synagogue", "temple", "nightclub",
})  # fmt: skip


def _compound_place(tok: Any) -> list[Actor]:
    """The country of a city named as a modifier of a struck street or quarter: "a crowded Tel
    Aviv street", "the Damascus suburbs" (not "a Hamas bomber": the name must be a place)."""
    if tok.pos_ != "NOUN" or (
        tok.lemma_.lower() not in QUARTER_NOUNS and tok.lower_ not in QUARTER_NOUNS
    ):
        return []
    names = [c for c in tok.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
    return [a for c in names[-1:] for a in _place_actor(c)]


def _hit_mission(cameo: str, head: Any, index: MentionIndex) -> bool:
    """Whether ``head`` is a foreign mission a violent act hit ("outside the Indian embassy in
    Kabul"): a mission noun its mention gives a state, under force, not a meeting held there."""
    if cameo[:2] not in ("14", "15", "17", "18", "19", "20"):
        return False
    if head.lemma_.lower() not in ("embassy", "consulate", "mission", "legation"):
        return False
    return any(a.country for a in actors_at(head, index))


def _itself(actor: Actor, actors: list[Actor]) -> bool:
    """The state named bare as what its own government acts with: "Trump withdrew the United
    States from the deal", "threatened to pull the United States out of NATO"."""
    return actor.resolution == "country" and any(
        a.country == actor.country and "GOV" in a.sectors for a in actors
    )


def _hostile(cameo: str) -> bool:
    """Appeals, investigations, demands, accusations and force (CAMEO 02, 09-20), not
    statements or cooperation."""
    return cameo[:2] >= "09" or cameo[:2] == "02"


def _own_people(recipients: list[Actor], actors: list[Actor]) -> bool:
    """Every recipient is a non-state group of the actor's own country ("its citizen", "the
    American journalist" for Washington)."""
    mine = {a.country for a in actors if a.country}
    return bool(recipients) and all(
        r.country in mine and not set(r.sectors) & STATE_SECTORS for r in recipients
    )


def _place_actor(tok: Any, *, loose: bool = False) -> list[Actor]:
    hit = _place_of(tok, loose=loose)
    if hit is None:
        return []
    ent, country = hit
    return [Actor(text=ent.text, name=None, country=country, sectors=[], cameo_code=country,
                  start=ent.start_char, end=ent.end_char, resolution="place-country",
                  confidence=0.55)]  # fmt: skip


PRONOUNS = frozenset({"it", "they", "we", "its", "their", "our"})


def reporter_pronoun(subj: Any, verb: Any, actors: list[Actor], index: MentionIndex) -> list[Actor]:
    """ "Tehran said it would free ...", "Azerbaijan said its forces had not fired ...": a
    pronoun subject (or possessor) in a reported clause is the speaker, when the resolver
    left it open."""
    pron = subj if subj.lower_ in PRONOUNS else None
    if pron is None:
        pron = next((c for c in subj.children if c.dep_ == "poss" and c.lower_ in PRONOUNS), None)
    if pron is None:
        return []
    cur = verb
    for _ in range(4):  # up through conj/xcomp to the reported clause
        if cur.dep_ == "ccomp" and cur.head.lemma_.lower() in REPORTING | {"announce", "insist"}:
            break
        if cur.dep_ not in ("conj", "xcomp", "acomp") or cur.head.i == cur.i:
            return []  # "said it was ready to ...": up through the adjective
        cur = cur.head
    else:
        return []
    speaker_tok, _ = subject_of(cur.head)
    speaker = actors_at(speaker_tok, index) if speaker_tok is not None else []
    speaker = [a for a in speaker if a.country]
    if not speaker:
        return []
    if pron is subj or pron.i == subj.i:
        return speaker
    # "its forces": the speaker's country, the subject's role
    m = index.at(subj)
    sectors = list(m.actor.sectors) if m is not None and m.actor is not None else []
    if not sectors:
        agent = _kb().agent(subj.lemma_.lower()) or _kb().agent(subj.lower_)
        sectors = list(agent.sectors) if agent is not None else []
    c = speaker[0].country
    return [Actor(text=subj.text, name=None, country=c, sectors=sectors,
                  cameo_code=cameo_for(c, sectors), start=subj.idx,
                  end=subj.idx + len(subj.text), resolution="possessive-of-speaker",
                  confidence=0.6)]  # fmt: skip


def _they_pair(subj: Any, verb: Any, index: MentionIndex) -> list[Actor]:
    """ "China and Japan held talks. They agreed to ...", "... held talks, and they agreed":
    a "they" subject of a main clause after a clause whose subject is two or more coordinated
    states is those states. Only the clause before (the previous sentence's root, or the
    clause this one is coordinated with) is looked at."""
    if subj.lower_ != "they" or subj.dep_ != "nsubj":
        return []
    if verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX") and verb.head.i < verb.i:
        before = verb.head
    elif verb.dep_ == "ROOT" and subj.i == verb.sent.start:
        sent = verb.sent
        if sent.start == 0:
            return []
        before = verb.doc[sent.start - 1].sent.root
    else:
        return []
    first = next((c for c in before.children if c.dep_ == "nsubj"), None)
    if first is None or not any(c.dep_ == "conj" for c in first.children):
        return []
    found = _unique([a for t in (first, *(c for c in first.children if c.dep_ == "conj"))
                     for a in actors_at(t, index) if a.country])  # fmt: skip
    return found if len({a.country for a in found}) >= 2 else []


def _reciprocal(tok: Any) -> bool:
    """ "each other", "one another"."""
    kids = {c.lower_ for c in tok.children}
    return (
        (tok.lower_ == "other" and "each" in kids)
        or (tok.lower_ == "another" and "one" in kids)
        or (tok.lower_ == "one" and "another" in kids)
    )


def _own_state_role(tok: Any, index: MentionIndex, *, definite: bool = True) -> bool:
    """ "the government", "the army", "the police": a definite state body with no country
    (with ``definite`` false, also a bare one modifying a noun: "a police order")."""
    agent = _kb().agent(tok.lemma_.lower())
    if agent is None or not set(agent.sectors) & {"GOV", "MIL", "COP", "LEG", "JUD"}:
        return False
    if tok.lemma_.lower() in FOREIGN_ROLES:
        return False
    m = index.at(tok)
    if m is not None and m.actor is not None and (m.actor.country or m.actor.cameo_code):
        return False
    return (not definite or any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)) and (
        not any(c.dep_ in ("amod", "compound", "poss") for c in tok.children)
    )


def _has_word(tok: Any, words: frozenset[str]) -> bool:
    """A modifier or particle of ``tok`` is one of ``words`` ("hunger strike", "joint
    exercises", "found ... guilty", "shut down")."""
    kids = list(tok.children)  # (spaCy walks the whole subtree for them at each access)
    if "clause" in words and any(c.dep_ in ("ccomp", "xcomp", "pcomp") for c in kids):
        return True
    if any(
        (c.lemma_.lower() in words or c.lower_ in words)
        and not any(g.dep_ == "neg" for g in c.children)  # "found him not guilty"
        for c in kids
    ):
        return True
    # "held Somalia responsible": an adjective after a name is its complement, which the
    # parser hangs on the name
    if any(
        c.dep_ == "dobj"
        and c.pos_ in ("PROPN", "PRON")
        and any(
            a.dep_ == "amod" and a.i > c.i and (a.lemma_.lower() in words or a.lower_ in words)
            for a in c.children
        )
        for c in kids
    ):
        return True
    # "called the seizure an act of piracy", "branded it an illegal act": the word qualifies
    # the name given
    # (not in a participle, ", calling it an act of ...", which mostly restates the clause's act)
    named = [c for c in kids if c.dep_ in ("oprd", "attr") and tok.tag_ != "VBG"]
    if any(
        (g.dep_ in ("amod", "compound") or (g.dep_ == "pobj" and g.head.lower_ == "of"))
        and (g.lemma_.lower() in words or g.lower_ in words)
        for c in named
        for g in (*c.children, *(p for q in c.children if q.dep_ == "prep" for p in q.children))
    ):
        return True
    # "vowed to take all necessary steps in response": a content word of the complement
    for c in kids:
        if c.dep_ != "xcomp":
            continue
        for t in c.subtree:
            if t.pos_ not in ("NOUN", "VERB") or t.i == c.i:
                continue
            hops, up = 0, t
            while up.i != c.i and hops < 4 and up.dep_ not in ("ccomp", "advcl", "relcl"):
                up, hops = up.head, hops + 1
            if up.i == c.i and (t.lemma_.lower() in words or t.lower_ in words):
                return True
    return False


def _place_country(tok: Any, index: MentionIndex, *, loose: bool = False) -> str | None:
    """The country a place word names: a country or capital the actor stage resolved ("in
    Nigeria", "in Dhaka"), else the gazetteer's ("in Brussels", which the KB reads as the EU)."""
    m = index.at(tok)
    if m is not None and m.actor is not None and m.kind in ("metonym", "name"):
        return m.actor.country
    if (
        m is None
        or m.actor is None
        or not m.actor.country
        or m.actor.resolution == "agent-in-place"
    ):
        # (a town inside "a church in Managua", which the resolver took as a placed body)
        hit = _place_of(tok, loose=loose)
        # "in several Iranian cities", "in a Ukrainian village": a place noun with a nationality
        return hit[1] if hit else _nationality_place(tok)
    return None


#: Places and states of captivity, whose owner is who holds the captives.
DETENTION_NOUNS = frozenset({"jail", "prison", "custody", "detention", "captivity", "cell",
                             "camp", "dungeon"})  # fmt: skip
#: Verbs of sending people out of a state, whose "from" names the state that does it.
SENDING_OUT = frozenset({"deport", "expel", "evict", "exile", "repatriate", "banish"})


def _passive_patients(verb: Any) -> list[Any]:
    """The patients of a passive: its own subject, or that of the passive it is coordinated
    with ("Mubarak was convicted of complicity and sentenced to life": both befall him)."""
    patients = [c for c in verb.children if c.dep_ == "nsubjpass"]
    if (
        not patients
        and verb.dep_ == "conj"
        and verb.tag_ in ("VBN", "VBD")  # (the parser tags some bare participles as pasts)
        and is_passive(verb.head)
        and not any(c.dep_ in SUBJECT_DEPS or c.dep_ == "aux" for c in verb.children)
    ):
        patients = [c for c in verb.head.children if c.dep_ == "nsubjpass"]
    return patients


def _authorities(
    verb: Any, index: MentionIndex, sectors: tuple[str, ...] = ("GOV",)
) -> list[Actor]:
    """The state whose unnamed authorities did an agentless passive act of coercion: the
    country of the place the clause names ("were arrested in Cairo"), else the one country of a
    named person or body it was done to ("opposition leader X was detained"); [] otherwise (a
    foreign national with no place may be held anywhere)."""
    # "were deported from Saudi Arabia": the state that sends people out does it
    out = ("from",) if verb.lemma_.lower() in SENDING_OUT else ()
    if verb.lemma_.lower() in ("release", "free"):
        # "were freed from Israeli jails", "released from Hamas captivity": who held them
        for p in _prep_objects(verb, "from"):
            if p.lemma_.lower() not in DETENTION_NOUNS:
                continue
            for a in actors_at(p, index):
                if a.country and not a.sectors:
                    return [_implied(p, verb, a.country, ["GOV"], "unnamed-authorities")]
                if a.country or a.cameo_code:
                    return [a]
    shared = verb.dep_ == "conj" and not any(c.dep_ == "nsubjpass" for c in verb.children)
    # "were convicted in Istanbul and sentenced to five years": the place of the first passive
    # "was granted asylum in Canada": the parser may hang the place on the retained object
    kept = [k for o in verb.children if o.dep_ == "dobj" for k in o.children]
    for c in (
        *verb.children,
        *(verb.head.children if shared and _passive_patients(verb) else ()),
        *kept,
    ):
        if c.dep_ != "prep" or c.lower_ not in ("in", "at", "near", "outside", "across", *out):
            continue
        for p in c.children:
            if p.dep_ != "pobj":
                continue
            country = _place_country(p, index)
            if country:
                return [_implied(p, verb, country, list(sectors), "unnamed-authorities")]
    if verb.dep_ == "relcl" and any(c.lower_ == "where" for c in verb.children):
        # "fled to Moscow, where he was granted asylum": the place the clause hangs on
        country = _place_country(verb.head, index)
        if country:
            return [_implied(verb.head, verb, country, list(sectors), "unnamed-authorities")]
    patients = _passive_patients(verb)
    if verb.dep_ == "acl" and verb.head.i != verb.i:
        patients.append(verb.head)  # "journalists detained in Harare"
    for c in patients:
        found = [a for a in actors_at(c, index) if a.country]
        named = [a for a in found if a.resolution in ("kb-person", "surname", "org")]
        if named and len({a.country for a in found}) == 1:
            return [_implied(c, verb, named[0].country, list(sectors), "unnamed-authorities")]
    return []


#: Passives of leaving or joining a body, which the body does: "was suspended from the
#: Commonwealth", "was admitted to ASEAN".
MEMBERSHIP_OUT = frozenset({"suspend", "expel", "exclude", "bar", "ban", "eject", "oust", "drop"})
MEMBERSHIP_IN = frozenset({"admit", "readmit", "accept", "welcome", "induct"})


#: Verbs of moving one's own forces out or about: "Cuban troops were withdrawn from Angola"
#: (not "driven out", "pushed back", "expelled": moved by another).
OWN_FORCES_MOVED = frozenset({"withdraw", "pull", "redeploy", "evacuate", "recall", "bring",
                              "move", "reposition", "relocate", "airlift", "ship"})  # fmt: skip
#: Verbs of handing people over from one state to another: "were extradited from Colombia".
HANDED_OVER = frozenset({"extradite", "deport", "expel", "hand", "turn", "repatriate",
                         "transfer", "return", "send"})  # fmt: skip
#: A party's place in a body: "Egypt's membership of the Arab League was suspended".
MEMBER_PLACES = frozenset({"membership", "seat", "accreditation", "status", "participation",
                           "credential", "vote", "voting"})  # fmt: skip


def _passive_actor(
    pattern: Pattern, verb: Any, lemma: str, index: MentionIndex
) -> tuple[list[Actor], str]:
    """Who did an agentless passive when its own words name the actor: the state of forces
    it moved ("Russian troops were pulled out of Georgia": Russia withdraws; never
    forces moved by force, whose verbs are not here), the state people were handed over from
    ("were extradited from Colombia to the United States": Colombia extradites), the body a
    party's place was in ("Egypt's membership of the Arab League was suspended": the League
    acts on Egypt). Nothing when the words name none: no guess."""
    patients = _passive_patients(verb)
    if not patients:
        return [], ""
    patient = patients[0]
    root = pattern.cameo[:3]
    if lemma in OWN_FORCES_MOVED and (root in ("087", "074") or root[:2] == "15"):
        forces = actors_at(patient, index)
        if forces and _armed(forces) and all(a.country for a in forces):
            return forces, "the state of the forces it moved"
    if lemma in HANDED_OVER and root in ("063", "174", "084", "166"):
        for p in _prep_objects(verb, "from"):
            m = index.at(p)
            if m is None or m.actor is None or m.actor.resolution not in ("country", "demonym"):
                continue  # "from prison", "from Colombian jails": a place, not the state
            found = [a for a in actors_at(p, index) if a.country]
            if found:
                return found, "the state handed over from (the 'from' phrase)"
    if patient.lemma_.lower() in MEMBER_PLACES and root[:2] in ("16", "08", "05"):
        owners = [a for c in patient.children if c.dep_ == "poss" for a in actors_at(c, index)]
        for w in ("of", "in", "at", "on", "to", "within"):
            for p in _prep_objects(patient, w):
                found = [
                    a
                    for a in actors_at(p, index)
                    if ("IGO" in a.sectors or a.resolution == "org") and not _same(a, owners)
                ]
                if found:
                    return found, f"the body the place is in (the '{w}' phrase on '{patient.text}')"
    return [], ""


#: Frames an act is done under that its author sets alone: "freed under an amnesty", "delivered
#: under an aid package" (not the two-sided deals, whose author the phrase does not tell).
FRAME_NOUNS = frozenset({"amnesty", "pardon", "package", "programme", "program", "decree",
                         "order", "initiative", "scheme", "plan", "policy"})  # fmt: skip
#: Acts whose frame's author does them: aid, release and other yielding, support, cooperation.
FRAMED_ROOTS = frozenset({"05", "06", "07", "08"})
#: Participles naming who made the frame, not who brokered or asked for it.
FRAME_MAKERS = frozenset({"announce", "declare", "decree", "grant", "order", "approve",
                          "sign", "adopt", "offer", "issue", "fund", "finance", "launch"})  # fmt: skip


def _frame_author(verb: Any, index: MentionIndex) -> tuple[list[Actor], str]:
    """The state that set the frame an agentless passive was done under: the owner of "under
    Washington's aid package", the agent of "under an amnesty announced by the president".
    Nothing for frames of no named author ("under pressure", "under a deal with Kyiv")."""
    for p in _prep_objects(verb, "under"):
        if p.lemma_.lower() not in FRAME_NOUNS:
            continue
        owners = _unique([a for c in p.children if c.dep_ in ("poss", "compound")
                          for a in actors_at(c, index) if a.country])  # fmt: skip
        if owners:
            return owners, f"owner of the frame '{p.text}' it was done under"
        for acl in p.children:
            if acl.dep_ != "acl" or acl.lemma_.lower() not in FRAME_MAKERS:
                continue
            agent = _agent_of(acl)
            found = [a for a in actors_at(agent, index) if a.country] if agent is not None else []
            if found:
                return found, f"who '{acl.text}' the frame '{p.text}' it was done under"
    return [], ""


#: Verbs of keeping someone out of a place ("was barred from entering Israel").
KEPT_OUT = frozenset({"bar", "ban", "prevent", "stop", "block", "forbid", "refuse", "deny"})
#: Gerunds of coming into a place after those verbs.
ENTERING = frozenset({"enter", "land", "visit", "travel", "come", "return", "cross", "fly"})


def _body_named(verb: Any, index: MentionIndex) -> tuple[list[Actor], str]:
    """Who did an agentless passive when its phrase names the body or state that acts: the
    organisation one is suspended from or admitted to, the ministry one is summoned to, the
    state one is ordered to leave ("two diplomats were ordered to leave the Netherlands")."""
    lemma = verb.lemma_.lower()
    preps = {
        "from": lemma in MEMBERSHIP_OUT,
        "to": lemma in MEMBERSHIP_IN or lemma == "summon",
        "into": lemma in MEMBERSHIP_IN,
    }
    for c in verb.children:
        if c.dep_ == "prep" and preps.get(c.lower_):
            for p in c.children:
                if p.dep_ != "pobj":
                    continue
                found = [a for a in actors_at(p, index) if a.country or "IGO" in a.sectors]
                if lemma != "summon":
                    # one leaves or joins an organisation, not a country ("banned from Libya")
                    found = [a for a in found if a.resolution == "org" or "IGO" in a.sectors]
                if found:
                    return found, f"the body named in the '{c.lower_}' phrase"
    if lemma in KEPT_OUT:
        # "two lawmakers were barred from entering Israel": the state one is kept out of
        for c in verb.children:
            if c.dep_ != "prep" or c.lower_ != "from":
                continue
            for g in c.children:
                if g.dep_ != "pcomp" or g.lemma_.lower() not in ENTERING:
                    continue
                places = [o for o in g.children if o.dep_ == "dobj"]
                places += [p for w in ("in", "at", "to", "into") for p in _prep_objects(g, w)]
                for o in places:
                    country = _place_country(o, index)
                    if country:
                        return [_implied(o, verb, country, ["GOV"], "state-entered")], (
                            "the state one is kept out of (the gerund after 'from')"
                        )
    if lemma in ("order", "tell", "ask", "give"):
        for x in verb.children:
            if x.dep_ == "xcomp" and x.lemma_.lower() == "leave":
                for o in x.children:
                    m = index.at(o) if o.dep_ == "dobj" else None
                    if m is not None and m.actor is not None and m.actor.resolution == "country":
                        country = m.actor.country
                        return [_implied(o, verb, country, ["GOV"], "state-left")], (
                            "the state one is ordered to leave"
                        )
    return [], ""


#: Acts and posts of armed forces in which something is done to people: "killed in an Israeli
#: air raid", "detained at a Syrian army checkpoint", "wounded in a Hezbollah ambush".
SETTING_ACTS = frozenset({
    "raid", "strike", "airstrike", "air-strike", "attack", "ambush", "operation", "crackdown",
    "offensive", "assault", "bombardment", "shelling", "bombing", "sweep", "incursion",
    "checkpoint", "roadblock", "custody", "barrage", "shootout", "firefight", "onslaught",
    "clampdown", "round-up", "roundup", "blitz",
})  # fmt: skip
#: Verbs of making an act or decision known, whose speaker does the agentless passive it tells.
ANNOUNCING = frozenset({"announce", "declare", "decide", "decree"})


#: Goods and forces that a state sends, named for it ("Iranian drones supplied to Moscow").
SUPPLIED_GOODS = frozenset({
    "weapon", "arm", "drone", "missile", "rocket", "tank", "jet", "aircraft", "helicopter",
    "munition", "ammunition", "shell", "aid", "food", "grain", "fuel", "vaccine", "supply",
    "equipment", "troop", "force", "soldier", "warship", "artillery", "system",
})  # fmt: skip
#: Verbs of aid or goods reaching a place ("aid sent by Japan arrived in Phnom Penh").
ARRIVING = frozenset({"arrive", "reach", "land"})
#: Verbs whose subject undergoes the act it dies or is hurt in ("died in a raid").
DYING = frozenset({"die", "perish"})


def _dead_in(noun: Any) -> Any | None:
    """The subject of the verb of dying or passive of harm whose "in" phrase ``noun`` is
    ("five civilians died in a raid", "three people were killed in a raid"), or None."""
    if noun.dep_ != "pobj" or noun.head.lower_ not in ("in", "during"):
        return None
    verb = noun.head.head
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    dep = "nsubj" if verb.lemma_.lower() in DYING else "nsubjpass" if is_passive(verb) else ""
    return next((c for c in verb.children if c.dep_ == dep), None)


#: Verbs whose subject makes their object act: "the threat forced the Serbs to pull back".
CAUSING = frozenset({"force", "compel", "prompt", "drive", "push", "oblige", "coerce", "make"})
#: Roots of pressure and force, whose act can make its target do something.
COERCIVE_ROOTS = frozenset({"13", "16", "17", "18", "19", "20"})
#: Words that date a participle's act to before the news: "imposed in 2014", "signed last year".
LONG_AGO = frozenset({"ago", "last", "earlier", "previous", "previously", "former", "since"})


def _subject_made_by(verb: Any, how: str) -> bool:
    """Whether a participle with a named agent on its clause's subject is the news: "an arms
    ban imposed on Libya by the Security Council took effect", "a hunger strike launched by
    prisoners entered its third week" (not one dated before the news: "sanctions imposed by
    the EU in 2014 remain in force"; nor one on an object: "criticized tariffs announced by
    Washington")."""
    if not how.startswith("passive agent of a participle on"):
        return False
    return _news_participle(verb)


def _news_participle(verb: Any) -> bool:
    """Whether a participle on its clause's subject tells a fresh act (see _subject_made_by)."""
    if verb.tag_ != "VBN":
        return False
    head = verb.head
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head  # "an air embargo and arms ban imposed on Libya by ..."
    if head.dep_ not in ("nsubj", "nsubjpass") or head.head.pos_ not in ("VERB", "AUX"):
        return False
    return not any(
        t.lower_ in LONG_AGO or (t.ent_type_ == "DATE" and t.shape_ == "dddd") for t in verb.subtree
    )


def _setting_agent(verb: Any, index: MentionIndex) -> list[Actor]:
    """The armed or state actor named as the possessor or modifier of the act or post an
    agentless passive happened in ("in an Israeli air raid", "at a Syrian army checkpoint", "in
    a police raid on ..."); [] when the phrase names a plain place ("in an Israeli hospital")."""
    for c in verb.children:
        if c.dep_ not in ("prep", "agent") or c.lower_ not in ("in", "at", "during", "by"):
            continue
        for p in c.children:
            # ("wounded by Russian shelling": the parser may take the noun for a gerund)
            if p.dep_ not in ("pobj", "pcomp"):
                continue
            if found := _act_authors(p, index):
                return found
    return []


def _act_authors(noun: Any, index: MentionIndex) -> list[Actor]:
    """The armed or state actor named as the possessor or modifier of ``noun``, an act or post
    of armed forces ("an Israeli air raid", "Russian shelling", "a Syrian army checkpoint");
    [] for other nouns or when no modifier names one ("a car bomb", "heavy shelling")."""
    if noun.lemma_.lower() not in SETTING_ACTS and noun.lower_ not in SETTING_ACTS:
        return []
    found = [a for m in noun.children if m.dep_ in ("amod", "compound", "poss", "nmod")
             for a in actors_at(m, index)
             if a.country or a.cameo_code]  # fmt: skip
    if not found:
        found = [a for a in _implied_actors(noun, index) if a.resolution == "demonym-modifier"]
    return _unique(found)


#: An armed force's own acts, in which what its report tells was done ("killed in the
#: operation", "detained in a sweep"); not acts of another side ("an ambush", "an attack").
OWN_OPERATIONS = frozenset({
    "operation", "offensive", "counteroffensive", "counter-offensive", "raid", "crackdown",
    "sweep", "clampdown", "airstrike", "air-strike", "strike", "bombardment", "round-up",
    "roundup", "manhunt",
})  # fmt: skip
#: Verbs of telling whose speaker's own operation an agentless passive under them may name.
OPERATION_REPORTS = frozenset({"say", "report", "announce", "claim", "confirm", "state", "add"})
#: Nouns of a force's own members, who are its losses, not those it acts on.
OWN_MEMBERS = frozenset({
    "soldier", "troop", "policeman", "policemen", "officer", "police", "guard", "personnel",
    "serviceman", "servicemen", "marine", "commando", "paratrooper", "trooper", "sailor",
    "airman", "pilot", "agent", "member", "peacekeeper", "conscript", "recruit", "gendarme",
})  # fmt: skip


def _own_operation(verb: Any, index: MentionIndex) -> tuple[list[Actor], str]:
    """The armed force whose report tells that an agentless passive was done in an operation
    of no other named author: "the army said 12 militants were killed in the operation",
    "Pakistan army says 25 militants killed in Swat offensive" (the force's own act). Nothing
    when the operation names its author ("in an Israeli raid": see _setting_agent), when the
    report is not the force's ("the ministry said three soldiers were killed"), or when those
    it befell are the force's own members ("the army said two soldiers were killed in a
    raid": its losses)."""
    ops = [p for w in ("in", "during") for p in _prep_objects(verb, w)
           if p.lemma_.lower() in OWN_OPERATIONS]  # fmt: skip
    if not ops:
        return [], ""
    op = ops[0]
    for m in op.children:
        if m.dep_ in ("amod", "compound", "nmod", "poss") and m.lower_ not in ("its", "their"):
            if any(a.country or a.cameo_code for a in actors_at(m, index)):
                return [], ""  # an author of its own ("in an Israeli raid")
    if verb.dep_ == "acl" and verb.tag_ == "VBN":
        patients, tell = [verb.head], verb.head.head
        if verb.head.dep_ not in ("dobj", "ccomp", "nsubj"):
            return [], ""
    elif is_passive(verb) and verb.dep_ == "ccomp":
        patients, tell = _passive_patients(verb), verb.head
    else:
        return [], ""
    if tell.pos_ not in ("VERB", "AUX") or tell.lemma_.lower() not in OPERATION_REPORTS:
        return [], ""
    subj, _ = subject_of(tell)
    if subj is None:
        return [], ""
    forces = [a for a in actors_at(subj, index)
              if a.country and set(a.sectors) & {"MIL", "COP", "SPY"}]  # fmt: skip
    if not forces:
        return [], ""
    for pt in patients:
        if pt.lemma_.lower() in OWN_MEMBERS:
            return [], ""
        if any(set(a.sectors) & {"MIL", "COP"} for a in actors_at(pt, index)):
            return [], ""  # a state's forces: the report's own side or another's losses
    return forces, f"the reporting force's own '{op.text}' it was done in"


def _announcer(verb: Any, index: MentionIndex) -> list[Actor]:
    """The state actor who announced the agentless passive in its that-clause: "de Klerk
    announced that Mandela will be released" (not one who only said or reported it)."""
    head = verb.head
    if verb.dep_ != "ccomp" or head.i == verb.i or head.lemma_.lower() not in ANNOUNCING:
        return []
    subj, _ = subject_of(head)
    if subj is None:
        return []
    return [a for a in actors_at(subj, index) if a.country
            and (a.resolution == "country" or set(a.sectors) & (STATE_SECTORS | {"MIL", "COP"}))]  # fmt: skip


def _acted_on_by_state(noun: Any, index: MentionIndex) -> list[Actor]:
    """The people ``noun`` (a crowd or group with no country) as the people of the state whose
    forces or government act on it in its clause ("police fired at demonstrators")."""
    head = noun.head
    if noun.dep_ == "pobj" and head.dep_ == "prep":
        head = head.head
    elif noun.dep_ != "dobj":
        return []
    if head.pos_ not in ("VERB", "AUX"):
        return []
    subj, _ = subject_of(head)
    state = [a for a in (actors_at(subj, index) if subj is not None else [])
             if a.country and set(a.sectors) & (STATE_SECTORS | ARMED_SECTORS)]  # fmt: skip
    return domestic(state, noun, "people acted on by their state") if state else []


def located_actors(subj: Any, verb: Any, index: MentionIndex) -> list[Actor]:
    """An unnamed group placed by the clause: "protesters marched through Tbilisi",
    "hundreds of people demonstrated outside ... in Vilnius", "rioters in Dakar"."""
    kb = _kb()
    head = subj
    lemma = head.lemma_.lower()
    if (kb.agent(lemma) is None and lemma not in CROWD_NOUNS) or lemma in QUANTITY_NOUNS:
        inner = [p for c in head.children if c.dep_ == "prep" and c.lower_ == "of"
                 for p in c.children if p.dep_ == "pobj"]  # fmt: skip
        if inner and (kb.agent(inner[0].lemma_.lower()) or lemma not in QUANTITY_NOUNS):
            head, lemma = inner[0], inner[0].lemma_.lower()  # "thousands of riot police"
        elif lemma not in QUANTITY_NOUNS:
            return []
    agent = kb.agent(lemma)
    if agent is not None:
        sectors = list(agent.sectors)
    elif lemma in CROWD_NOUNS:
        sectors = list(CROWD_NOUNS[lemma])
    else:
        return []
    if lemma in FOREIGN_ROLES or not sectors or "IGO" in sectors:
        return []
    if set(sectors) & STATE_SECTORS and lemma not in LOCAL_BODIES:
        return []  # officials travel: "the minister, who arrived in Tokyo, ..." is no Japanese
    # a participle or coordinated verb that took its subject from another verb is placed by
    # that verb's clause too ("opened fire on a bus in Mombasa, killing three ...")
    clause = subj.head if subj.head.pos_ in ("VERB", "AUX") and subj.head.i != verb.i else verb
    toks = []
    for owner in (verb, subj, head, *((clause,) if clause is not verb else ())):
        for c in owner.children:
            if c.dep_ == "prep" and (c.lower_ in LOCATIVE_PREPS or c.lower_ in MOTION_PREPS):
                for p in c.children:
                    if p.dep_ == "pobj" and (
                        c.lower_ in LOCATIVE_PREPS or p.lemma_.lower() in STREET_NOUNS
                    ):
                        toks.append(p)
                        # "outside the Russian embassy in Vilnius", "at a temple near Luxor"
                        toks.extend(q for cc in p.children if cc.dep_ == "prep"
                                    and cc.lower_ in ("in", "near", "outside") for q in cc.children
                                    if q.dep_ == "pobj")  # fmt: skip
    if not toks:
        # last resort: any place the clause names ("gunmen opened fire on a bus ... in
        # northern Nigeria"), or the place it acts on ("separatists shelled Mariupol")
        toks = [p for t in clause.subtree if t.dep_ == "prep" and t.lower_ in ("in", "across")
                for p in t.children if p.dep_ == "pobj"]  # fmt: skip
    if not toks and not set(sectors) & (ARMED_SECTORS | STATE_SECTORS):
        # "thousands of protesters filled Tahrir Square", "flooded the streets of Yangon": the
        # square or street a crowd fills places it
        toks = [o for o in verb.children if o.dep_ == "dobj"
                and (o.lemma_.lower() in STREET_NOUNS or o.ent_type_ in ("FAC", "GPE", "LOC"))]  # fmt: skip
    if set(sectors) & (ARMED_SECTORS | {"SEP"}):
        struck = [o for o in verb.children if o.dep_ == "dobj"]
        toks += [o for o in struck if o.pos_ == "PROPN"]
        # "shelled the port area of Monrovia"
        toks += [p for o in struck for c in o.children if c.dep_ == "prep" and c.lower_ == "of"
                 for p in c.children if p.dep_ == "pobj" and p.pos_ == "PROPN"]  # fmt: skip
    for tok in toks:
        country = _place_country(tok, index, loose=tok.dep_ == "dobj")
        if country is None and tok.lemma_.lower() in PLACE_NOUNS | STREET_NOUNS | {"capital"}:
            demonyms = [a for a in _implied_actors(tok, index)
                        if a.resolution == "demonym-modifier"]  # fmt: skip
            country = demonyms[0].country if demonyms else None  # "in the Georgian capital"
        if country is None and tok.pos_ == "NOUN":
            # "in a Darfur clash", "in a Kabul suburb": a place named on the noun
            country = next((k for c in tok.children if c.dep_ == "compound" and c.pos_ == "PROPN"
                            and (k := _place_country(c, index))), None)  # fmt: skip
        if country is None:
            # "in Cameroon's Northwest region", "in the English-speaking regions of Cameroon"
            owners = [c for c in tok.children if c.dep_ == "poss"]
            owners += [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                       for p in c.children if p.dep_ == "pobj"]  # fmt: skip
            for o in owners:
                m = index.at(o)
                if m is not None and m.actor is not None and m.kind in ("metonym", "name"):
                    country = m.actor.country
                    break
                if m is None and tok.lemma_.lower() in STREET_NOUNS:
                    country = _place_country(o, index)  # "the streets of Yangon"
                    if country:
                        break
        if country:
            # "the army sealed off the West Bank": an army on occupied ground is the occupier's
            occ = occupier(country, sectors, lemma, subj.doc.user_data.get(ARTICLE_DATE),
                           subj.doc.text)  # fmt: skip
            country = occ or country
            return [Actor(text=subj.text, name=None, country=country, sectors=sectors,
                          cameo_code=cameo_for(country, sectors), start=subj.idx,
                          end=subj.idx + len(subj.text), resolution="agent-located",
                          confidence=0.55)]  # fmt: skip
    return []


#: Markers of a clause that dates the main event by another one ("days after the rebels ...").
TIME_MARKS = frozenset({"after", "before", "since", "as", "when", "while", "until"})
#: Sectors of the bare groups a time clause can place: armed men and crowds, not state bodies.
BACKDROP_GROUPS = frozenset({"REB", "INS", "SEP", "RAD", "UAF", "CVL", "OPP", "LAB", "EDU"})
#: Prepositions of what an armed act is aimed at ("fired rockets into Israel").
AIM_PREPS = ("at", "into", "on", "against", "toward", "towards")


#: Verbs that set a crowd moving by another event ("prompting thousands to march").
CAUSING_VERBS = frozenset({"prompt", "send", "draw", "bring", "spark", "lead", "trigger",
                           "drive", "push", "spur", "provoke", "force"})  # fmt: skip
#: Crowd verbs a caused crowd does ("to march", "to protest", "to rally").
MARCHING = frozenset({"protest", "rally", "march", "demonstrate", "riot", "picket"})


def caused_crowd(subj: Any, verb: Any, index: MentionIndex) -> list[Actor]:
    """ "police broke up a sit-in, prompting thousands to march against Erdogan's
    government": a crowd set moving by another event is placed as a protest subject is, here
    by the state of what it marches against (its nationality and place are read before)."""
    if verb.lemma_.lower() not in MARCHING or subj.dep_ != "dobj":
        return []
    cause = subj.head
    if cause.lemma_.lower() not in CAUSING_VERBS or verb.head.i != cause.i:
        return []
    lemma = subj.lemma_.lower()
    sectors = list(CROWD_NOUNS.get(lemma, ()))
    if not sectors:
        agent = _kb().agent(lemma)
        sectors = list(agent.sectors) if agent is not None else []
    if not sectors or not set(sectors) <= PEOPLE_SECTORS | {"OPP"}:
        return []
    against = [p for w in ("against", "over", "at") for p in _prep_objects(verb, w)]
    countries = {a.country for t in against for a in actors_at(t, index) if a.country}
    if len(countries) != 1:
        return []
    country = countries.pop()
    return [Actor(text=subj.text, name=None, country=country, sectors=sectors,
                  cameo_code=cameo_for(country, sectors), start=subj.idx,
                  end=subj.idx + len(subj.text), resolution="caused-crowd",
                  confidence=0.5)]  # fmt: skip


def _time_clause(verb: Any) -> Any | None:
    """The marker ("after", "since") of the time clause ``verb`` heads, or None."""
    if verb.dep_ != "advcl" or verb.head.i == verb.i:
        return None
    return next((c for c in verb.children if c.dep_ == "mark" and c.lower_ in TIME_MARKS), None)


def backdrop_actors(subj: Any, verb: Any, index: MentionIndex) -> list[Actor]:
    """A bare group that is the subject of a time clause ("days after the rebels fired ...",
    "hours after militants fired rockets into southern Israel"), placed by its sentence: "the
    rebels" take the country of the one group of that kind the sentence named before them
    ("air strikes on Houthi positions ..., days after the rebels ..."); armed men who struck
    the main clause's actor belong to the one other state that clause acts on ("Israeli
    aircraft struck targets in the Gaza Strip, hours after militants fired rockets into
    southern Israel"). Nothing else places them here (no event without a source)."""
    if _time_clause(verb) is None:
        return []
    lemma = subj.lemma_.lower()
    agent = _kb().agent(lemma)
    sectors = list(agent.sectors) if agent is not None else list(CROWD_NOUNS.get(lemma, ()))
    if not sectors or not set(sectors) <= BACKDROP_GROUPS or subj.pos_ != "NOUN":
        return []
    m = index.at(subj)
    if m is not None and m.actor is not None and (m.actor.country or m.actor.cameo_code):
        return []
    if any(c.dep_ in ("amod", "compound", "poss", "prep") for c in subj.children):
        return []  # "foreign fighters", "rebels from the north": not a bare reference

    def made(country: str, how: str) -> list[Actor]:
        return [Actor(text=subj.text, name=None, country=country, sectors=sectors,
                      cameo_code=cameo_for(country, sectors), start=subj.idx,
                      end=subj.idx + len(subj.text), resolution=how, confidence=0.5)]  # fmt: skip

    if any(c.dep_ == "det" and c.lower_ == "the" for c in subj.children):
        # "the rebels": the group of that kind named before them in the sentence
        kin = {
            m.actor.country
            for m in index.before(subj, subj.sent.start)
            if m.actor is not None
            and m.actor.country
            and set(m.actor.sectors) & set(sectors)
            and m.kind != "pronoun"
        }
        if len(kin) == 1:
            return made(kin.pop(), "time-clause-antecedent")
    if not set(sectors) & ARMED_SECTORS:
        # "declared a state of emergency in Santiago after rioters torched metro stations": a
        # crowd of a sentence that names one state only is that state's
        named = _sentence_countries(subj, index)
        if len(named) == 1 and not any(
            t.lemma_.lower() in BORDER_NOUNS | {"fence", "wall"} for t in subj.sent
        ):
            # (at a border, whose crowd it is stays open: "closed the crossing after
            # protesters burned tyres near the fence")
            return made(named.pop(), "time-clause-sentence-state")
        return []
    main = verb.head
    main_subj, _ = subject_of(main)
    struck = actors_at(main_subj, index) if main_subj is not None else []
    own = {a.country for a in struck if a.country}
    if not own:
        return []
    # what the clause's armed men aimed at: the main actor's state
    aimed = [p for c in verb.children if c.dep_ == "prep" and c.lower_ in AIM_PREPS
             for p in c.children if p.dep_ == "pobj"]  # fmt: skip
    aimed += [o for o in verb.children if o.dep_ == "dobj"]
    hit = {a.country for t in aimed for a in actors_at(t, index) if a.country}
    hit |= {k for t in aimed if (k := _place_country(t, index))}
    if not hit or not hit <= own:
        return []
    inside = {t.i for t in verb.subtree}
    others = {
        k
        for t in main.subtree
        if t.i not in inside and (mm := index.at(t)) is not None and mm.actor is not None
        and (k := mm.actor.country) and k not in own
    }  # fmt: skip
    if len(others) == 1:
        return made(others.pop(), "time-clause-other-side")
    return []


def _place_of(tok: Any, *, loose: bool = False) -> tuple[Any, str] | None:
    """(span, country) of the place named at ``tok`` (gazetteer), if any. ``loose``: also a
    name the parser took for an organisation ("a strike on Odesa"), where only a place fits."""
    from ..places import Gazetteer

    for c in tok.children if tok.pos_ == "PROPN" or tok.lemma_.lower() in PLACE_NOUNS else ():
        if c.dep_ == "poss" and c.ent_type_ == "GPE" and c.i < tok.i:
            # "London's Docklands", "Kyiv's Podil district": the owner's country
            owner = _place_of(c)
            if owner is not None:
                return tok.doc[c.left_edge.i : tok.i + 1], owner[1]
    ent = None
    if tok.ent_type_ in ("GPE", "LOC", "FAC"):
        ent = ent_at(tok.doc, tok.i)
    if ent is None and tok.pos_ == "NOUN" and tok.lemma_.lower() in (*PLACE_NOUNS, "camp"):
        # "Sagaing region", "Kaduna state", "the region of Somaliland": the name hangs on the
        # head noun
        for c in tok.children:
            if c.dep_ == "compound" and c.pos_ == "PROPN":
                return _place_of(c)
            if c.dep_ == "prep" and c.lower_ == "of":
                for p in c.children:
                    if p.dep_ == "pobj" and p.pos_ == "PROPN":
                        return _place_of(p)
    if (
        ent is None
        and (tok.pos_ == "PROPN" or (loose and tok.pos_ == "NOUN" and tok.is_title and tok.i > 0))
        and tok.ent_type_ in (("", "PERSON", "ORG", "NORP") if loose else ("", "PERSON"))
    ):
        # the small parser often labels a town PERSON ("shelled Kherson"), or a capitalised
        # noun ORG ("shelled Homs")
        ent = tok.doc[tok.left_edge.i : tok.i + 1]
    if ent is None:
        return None
    gazetteer = Gazetteer.default()
    place = gazetteer.best(ent.text)
    story = tok.doc.user_data.get(STORY_COUNTRIES, ())
    if place is not None and story and place.country not in story:
        # "near Tripoli" in a story about Lebanon: a town several countries have is read among
        # the countries the story names (but not a town for a region: Jerusalem stays a city)
        other = gazetteer.best(ent.text, context_countries=story)
        if other is not None and (
            other.precision == place.precision
            # a province's name a town of the story's state shares: "the city of Concepcion"
            # in a story about Chile is Chile's town, not Paraguay's department
            or (place.precision == "admin1" and other.precision == "city")
        ):
            place = other
    if place is None or not place.country:
        return None
    return ent, place.country


#: Prepositions that name where an act happened ("talks in Geneva", "a summit at Sharm el-Sheikh").
VENUE_PREPS = frozenset({"in", "at"})
#: Heads whose "in" place is a party after all: where something arrives ("aid arrived in Kabul",
#: "on his arrival in Havana") and where a mission stands ("reopened its embassy in Damascus").
VENUE_EXCEPTIONS = ARRIVING | MISSION_WORDS | {"arrival", "mission", "consulate"}
#: Nouns for a gathering whose "in"/"at" city is only its venue ("peace talks in Geneva",
#: "a summit in Brussels", "its participation in the talks in Lome").
GATHERING_NOUNS = frozenset({
    "talk", "talks", "summit", "meeting", "conference", "negotiation", "negotiations",
    "session", "round", "ceremony", "forum", "gathering", "participation", "consultation",
})  # fmt: skip


def venue_city(tok: Any, cameo: str) -> bool:
    """Whether ``tok`` is a city named after "in"/"at" as the scene of a non-violent act or of
    a gathering (``GATHERING_NOUNS``) ("pulled out of talks in Geneva", "signed his resignation in Moscow", "dropped its veto
    at a summit in Brussels"): where it happened, not a party to it. Force (roots 15, 17-20)
    keeps its place targets ("shelled districts in Kharkiv"); a place something reaches is
    where it went and a mission's city its host (``VENUE_EXCEPTIONS``)."""
    from ..places import Gazetteer

    if not cameo or cameo[:2] in TARGET_ROOTS or tok.dep_ != "pobj":
        return False
    prep = tok.head
    if prep.lower_ not in VENUE_PREPS or prep.head.lemma_.lower() in VENUE_EXCEPTIONS:
        return False
    head = prep.head
    if cameo[:2] == "04" and head.lemma_.lower() not in GATHERING_NOUNS:
        return False  # "stopped in Hanoi on his way": a visit's city is its host
    if head.pos_ in ("NOUN", "PROPN") and head.lemma_.lower() not in GATHERING_NOUNS:
        # "signed his resignation in Moscow" (the parser may hang the scene on the object), but
        # "rejected the outcome of the election in Kano": where the thing acted on is
        if head.dep_ != "dobj":
            return False
    if tok.ent_type_ not in ("GPE", "LOC", "FAC", "", "PERSON", "ORG") or tok.pos_ != "PROPN":
        return False
    ent = ent_at(tok.doc, tok.i) if tok.ent_type_ else None
    place = Gazetteer.default().best(ent.text if ent is not None else tok.text)
    if place is None or place.precision != "city":
        return False
    # "held talks in Beijing": talks in a capital are with its government, the host; talks in
    # Geneva, Doha or a seat of international bodies (Brussels, Vienna) only say where they met
    return not (cameo[:2] == "04" and story.dateline_capital(tok.text, place.country or "", _kb()))


#: Nouns for a standing quarrel or contest between two sides ("its dispute with Serbia").
DISPUTE_NOUNS = frozenset({
    "dispute", "row", "standoff", "stand-off", "conflict", "feud", "spat", "quarrel",
    "confrontation", "tension", "tensions", "rift", "clash", "war", "fight", "battle",
    "showdown", "disagreement", "impasse", "wrangle", "tussle",
})  # fmt: skip


#: Nouns for an agreement or talks between two sides ("in a deal with Britain, France and
#: Germany", "after talks with the US envoy"): who a cooperative act is made with.
PARTNER_NOUNS = frozenset({
    "deal", "agreement", "accord", "pact", "treaty", "talk", "talks", "negotiation", "negotiations",
    "meeting", "summit", "understanding", "compromise", "arrangement", "consultation",
    "consultations", "memorandum", "bargain", "partnership", "contract",
})  # fmt: skip


def dispute_partners(
    verb: Any,
    index: MentionIndex,
    nouns: frozenset[str] = DISPUTE_NOUNS,
    *,
    complements: bool = False,
) -> list[Actor]:
    """The other side of a quarrel named in a phrase on the verb: "backed down in its dispute
    with Serbia", "amid tensions with Beijing", "over its row with the EU". With
    PARTNER_NOUNS, the other side of a deal or talks; with ``complements`` also under the
    verb's complement ("agreed to suspend enrichment in a deal with Britain", "agreed ... after
    talks with Rubio")."""
    found: list[Actor] = []
    heads = [verb]
    if complements:
        heads += [c for c in verb.children if c.dep_ == "xcomp"]
    preps = ("in", "amid", "over", "during", "after", "under", "following", "through", "at")
    for head in heads:
        for prep in head.children:
            if prep.dep_ != "prep" or prep.lower_ not in preps:
                continue
            for noun in prep.children:
                if noun.dep_ != "pobj" or noun.lemma_.lower() not in nouns:
                    continue
                for p in _prep_objects(noun, "with"):
                    found.extend(actors_at(p, index))
    return _unique(found)


def _abroad(
    verb: Any, actors: list[Actor], places: list[Actor], *, armed: bool = False
) -> list[Actor]:
    """For an army or armed group (or any state, for an ``armed`` act: "an Israeli strike on a
    camp in Rafah killed 45 people"), the one other country its sentence places it in (the
    place attacked first, else any named place of the sentence); [] otherwise."""
    if not (_armed(actors) or (armed and any(a.country for a in actors))):
        return []
    own = {a.country for a in actors}
    found = [p for p in places if p.country not in own]
    if not found:
        kb = _kb()
        for t in verb.sent:
            if t.dep_ != "pobj" or t.head.lower_ not in (*LOCATIVE_PREPS, "on", "aboard"):
                continue
            # "in southern Afghanistan", "in the Ukrainian town of Izium", "in Kandahar", "on a
            # Jerusalem bus"
            for p in (t, *(c for c in t.children if c.dep_ in ("compound", "poss"))):
                named = kb.country(p.text) if kb.country_form(p.text) == "name" else None
                country = named.country if named is not None else _town_country(p)
                if country and country not in own:
                    found.append(_implied(p, p, country, [], "place-target"))
                    break
    return found[:1] if len({a.country for a in found}) == 1 else []


def _domestic_code(cameo: str) -> str:
    """Why an event with no target named is aimed at the actor's own country, or ''."""
    if cameo[:2] == "14":
        return "protest"
    if cameo[:2] == "17":
        return "coercion"
    if cameo[:3] in ("080", "081", "082", "083"):
        return "concession"  # eased restrictions, freed dissidents, granted rights: its people
    return ""


def domestic(actors: list[Actor], tok: Any | None, why: str) -> list[Actor]:
    """The actor's own country as recipient, for an unnamed domestic group ("detained
    activists", "pardoned 18 people", "demanded the resignation of the interior minister")
    or for protest and coercion with no target named (aimed at the country's government,
    imposed on its people)."""
    base = next((a for a in actors if a.country), None)
    if base is None:
        return []
    home = base.country
    if base.resolution == "occupier" and tok is not None:
        # "soldiers arrested dozens of men in Hebron": the people of the occupied ground
        home = occupied_by(home, tok.doc.user_data.get(ARTICLE_DATE), tok.doc.text) or home
    sectors: list[str] = []
    if tok is not None:
        agent = _kb().agent(tok.lemma_.lower())
        if agent is not None:
            sectors = list(agent.sectors)
        elif tok.lemma_.lower() in CROWD_NOUNS:
            sectors = list(CROWD_NOUNS[tok.lemma_.lower()])
        elif tok.lemma_.lower() in BODY_SECTORS:
            sectors = list(BODY_SECTORS[tok.lemma_.lower()])
        else:
            sectors = ["CVL"]  # "pardoned 2,000 prisoners": people, not the state itself
    elif why == "protest":
        sectors = ["GOV"]
    elif why in ("concession", "coercion"):
        sectors = ["CVL"]  # "lifted its ban on rallies", "restricted NGOs": its people
    return [Actor(text=tok.text if tok is not None else home, name=None,
                  country=home, sectors=sectors,
                  cameo_code=cameo_for(home, sectors),
                  start=tok.idx if tok is not None else None,
                  end=tok.idx + len(tok.text) if tok is not None else None,
                  resolution=f"domestic-default ({why})", confidence=0.5)]  # fmt: skip


#: Modifiers that say a group is not the actor's own people.
FOREIGN_WORDS = frozenset({"foreign", "international", "overseas", "western"})
#: Organised bodies among the domestic groups, and their sectors ("banned the party").
BODY_SECTORS = {
    "party": ("OPP",),
    "movement": ("OPP",),
    "union": ("LAB",),
    "ngo": ("NGO",),
    "court": ("JUD",),
    "judge": ("JUD",),
    "prosecutor": ("JUD",),
    "parliament": ("LEG",),
    "legislature": ("LEG",),
    "gang": ("CRM",),
    "dealer": ("CRM",),
    "newspaper": ("MED",),
    "outlet": ("MED",),
    "broadcaster": ("MED",),
}
#: Nouns for people that belong to the actor's own country unless said otherwise.
DOMESTIC_GROUPS = frozenset({
    "people", "person", "civilian", "resident", "villager", "activist", "protester",
    "demonstrator", "student", "worker", "journalist", "prisoner", "detainee", "opponent",
    "critic", "dissident", "member", "supporter", "figure", "engineer", "man", "woman", "child",
    "citizen", "farmer", "doctor", "official", "minister", "government", "leader", "lawmaker",
    "politician", "candidate", "reporter", "blogger", "protestor", "rioter", "teacher",
    "fisherman", "hostage", "crowd", "suspect", "rebel", "militant", "inmate", "president",
    "party", "movement", "union", "ngo", "newspaper", "outlet", "broadcaster", "opposition",
    "pupil", "schoolchild", "schoolgirl", "schoolboy", "girl", "boy", "passenger", "worshipper",
    "commuter", "traveller", "traveler", "motorist", "trader", "herder", "gang", "dealer",
    "cleric", "separatist", "insurgent", "guerrilla", "mutineer", "plotter", "squatter",
    "striker", "looter", "court", "parliament", "legislature", "judge", "prosecutor",
})  # fmt: skip
#: Groups that own what is named after them: "rebel positions", "the opposition's demands",
#: "protest leaders" are the group's own (a "student visa" is not a student's act).
OWNING_GROUPS = frozenset({
    "rebel", "opposition", "protester", "protestor", "demonstrator", "militant", "insurgent",
    "separatist", "guerrilla", "dissident", "activist", "striker", "court", "parliament",
})  # fmt: skip


#: Nouns for persons: with a nationality ("a Rwandan gendarme") they name an actor.
PERSON_NOUNS = DOMESTIC_GROUPS | frozenset({
    "gendarme", "officer", "soldier", "general", "commander", "trafficker", "smuggler",
    "businessman", "national", "tourist", "sailor", "pilot", "spy", "hacker", "fisherman",
    "crew", "worker", "researcher", "academic", "priest", "athlete", "player", "nun",
    "missionary", "lawyer", "writer", "artist", "scientist", "businesswoman", "oligarch",
    "cleric", "monk", "volunteer", "nurse", "seaman", "mercenary", "fighter", "pilgrim",
    "professor", "executive", "employee", "staff", "family", "boy", "girl", "couple",
})  # fmt: skip


def domestic_object(objs: list[Any], index: MentionIndex) -> Any | None:
    """The object (or "dozens of <object>") when it is an unnamed domestic group."""
    for o in objs:
        cands = [o, *[p for c in o.children if c.dep_ == "prep" and c.lower_ == "of"
                      for p in c.children if p.dep_ == "pobj"]]  # fmt: skip
        if index.at(o) is None:
            # "shelled rebel positions", "overran the rebels' stronghold"
            cands += [c for c in o.children if c.dep_ in ("compound", "amod", "poss")
                      and c.lemma_.lower() in OWNING_GROUPS]  # fmt: skip
        for t in cands:
            lemma = t.lemma_.lower()
            m = index.at(t)
            unnamed = m is None or m.actor is None or not m.actor.country
            mods = [c for c in t.children if c.dep_ in ("amod", "compound")]
            mods += [g for c in mods for g in c.children if g.dep_ == "amod"]
            foreign = any(c.lower_ in FOREIGN_WORDS for c in mods)
            if (
                lemma in DOMESTIC_GROUPS
                and unnamed
                and not foreign
                and not _implied_actors(t, index)
            ):
                return t  # but "foreign aid workers" are nobody's own people
    return None


#: Verbs of telling someone what one will do ("told the UN that it would ...").
ADDRESSING = frozenset({"tell", "inform", "assure", "notify", "promise", "reassure", "advise",
                        "warn", "remind"})  # fmt: skip
#: Opinion pieces that speak for the outlet they appear in ("an editorial in Pravda").
PRESS_PIECES = frozenset({"editorial", "commentary", "column", "article", "op-ed", "broadcast"})
#: Texts that speak for whoever issued them ("a resolution urging ...").
DOCUMENT_NOUNS = frozenset({
    "resolution", "statement", "declaration", "communique", "communiqué", "letter", "motion",
    "decree", "report", "text", "note", "memorandum", "appeal", "petition", "ruling", "verdict",
    "order", "bill", "law", "directive", *PRESS_PIECES,
})  # fmt: skip
#: Sectors of a state's own people (not its officials, armed men or foreign bodies).
PEOPLE_SECTORS = frozenset({"CVL", "OPP", "LAB", "EDU", "AGR", "REL", "MED", "BUS", "HLH"})
#: Sectors of groups inside a state: opposition, people, rebels, police, courts, unions, press.
SUBSTATE_SECTORS = frozenset({
    "OPP", "CVL", "REB", "INS", "COP", "JUD", "LAB", "EDU", "MED", "BUS", "REL", "CRM", "UAF",
    "AGR", "HLH", "ELI", "MOD", "RAD", "SEP", "REF",
})  # fmt: skip


def _substate(actors: list[Actor]) -> bool:
    """Every actor is a group inside one named state (no government, army or IGO among them)."""
    return (
        bool(actors)
        and len({a.country for a in actors}) == 1
        and all(a.country and a.sectors and set(a.sectors) <= SUBSTATE_SECTORS for a in actors)
    )


def _sectors_ok(pattern: Pattern, actors: list[Actor]) -> bool:
    if not pattern.needs_actor_sector:
        return True
    if (
        pattern.cameo[:2] == "14"
        and not pattern.needs_actor_sector & ARMED_SECTORS
        and _armed(actors)
    ):
        return False  # a crowd's senses ("stormed", "attacked": riot) are not an armed group's
    # a country named bare ("Hungary blocked ...") acts through its government
    return any(
        set(a.sectors or (["GOV"] if a.country and _named_country(a) else []))
        & pattern.needs_actor_sector
        for a in actors
    )


def _named_country(a: Actor) -> bool:
    """The actor is a country named as such ("Hungary"), not "an Indian cricket team"."""
    return a.resolution not in ("demonym-modifier", "agent-in-place", "agent-located")


#: People who fled their homes: as the object of "host", "receive", "welcome" they are given
#: shelter, not a visit.
DISPLACED = frozenset({"refugee", "migrant", "seeker", "evacuee", "exile", "immigrant",
                       "deportee", "returnee", "displaced"})  # fmt: skip


def _displaced(obj: Any) -> bool:
    """The object (or "thousands of <object>") names displaced people."""
    heads = [obj, *[p for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"
                    for p in c.children if p.dep_ == "pobj"]]  # fmt: skip
    return any(h.lemma_.lower() in DISPLACED or h.lower_ in DISPLACED for h in heads)


#: Words for one's own country: "deported to their home country Tunisia".
HOME_NOUNS = frozenset({"home", "homeland", "country", "nation", "motherland"})


def _home_state(verb: Any, index: MentionIndex) -> list[Actor]:
    """The state people are sent back to as their own: "to their home country Tunisia",
    "to their homeland, Eritrea", "repatriated to Mali"; [] where the text does not say it
    is theirs ("deported from Italy to Tunisia": a destination only)."""
    for p in _prep_objects(verb, "to"):
        if verb.lemma_.lower() == "repatriate":
            named = [p]
        elif p.lemma_.lower() in HOME_NOUNS and any(
            c.dep_ == "poss" and c.lower_ == "their" for c in p.children
        ):
            named = [c for c in p.children if c.dep_ in ("appos", "npadvmod", "conj")]
        else:
            continue
        found = [a for t in named for a in actors_at(t, index) if a.country]
        if found:
            return found[:1]
    return []


def sense_object(
    pattern: Pattern, verb: Any, objs: list[Any], index: MentionIndex, patterns: PatternSet
) -> Any | None:
    """The object a sense of ``verb`` is tested on: the direct object, or the object of the
    sense's particle when the direct object does not fit ("call for talks"; but "suspended
    Gabon from ..." keeps Gabon)."""
    obj = objs[0] if objs else None
    if pattern.prep:
        pobjs = _prep_objects(verb, pattern.prep)
        if pobjs and (obj is None or not _object_ok(pattern, obj, index, patterns)):
            obj = pobjs[0]
    return obj


def barred(pattern: Pattern, obj: Any | None, patterns: PatternSet) -> bool:
    """Whether ``obj`` is an object the sense rules out (its ``bars_object``)."""
    if not pattern.bars_object or obj is None:
        return False
    lemma = obj.lemma_.lower()
    return lemma in pattern.bars_object or bool(patterns.classes_of(lemma) & pattern.bars_object)


def _object_ok(
    pattern: Pattern, obj: Any | None, index: MentionIndex, patterns: PatternSet
) -> bool:
    if barred(pattern, obj, patterns):
        return False  # "fight the coronavirus", "investigating the theft of 40 cars"
    if not pattern.needs_object:
        return True
    if obj is None:
        return False
    if pattern.cameo[:2] == "04" and _displaced(obj):
        return False  # "hosts a million South Sudanese refugees" is shelter, not a visit
    if pattern.cameo[:3] == "161" and _party_office(obj, index):
        return False  # "ordered the party's offices closed" shuts no diplomatic mission
    if (
        ACTOR in pattern.needs_object
        and _names_actor(obj, index)
        # "welcomed the release of two Americans" welcomes an event, not the people
        and (index.at(obj) is not None or obj.lemma_.lower() not in patterns.nouns)
    ):
        return True
    if PLACE in pattern.needs_object and _place_of(obj) is not None:
        return True
    lemmas = [_force_lemma(obj)]
    if (
        lemmas[0] not in GROUP_NOUNS
        and _kb().agent(lemmas[0]) is None
        and lemmas[0] not in patterns.nouns
    ):
        # "crossing points"; but "aid groups" and "aid workers" are people, not aid, and an
        # event noun says itself what the object is ("security coordination" is cooperation)
        lemmas += [c.lemma_.lower() for c in obj.children if c.dep_ == "compound"]
    if lemmas[0] in KIND_HEADS:
        # "chemical weapons", "a nuclear device": the adjective says what kind
        lemmas += [c.lemma_.lower() for c in obj.children if c.dep_ == "amod"]
    lemmas += [
        p.lemma_.lower()
        for c in obj.children
        if c.dep_ == "prep" and c.lower_ == "of"
        for p in c.children
        if p.dep_ == "pobj"
        # "200 tonnes of rice", "a list of demands"; but "a list of prisoners" frees nobody
        and not (lemmas[0] in CONTAINER_NOUNS and "person" in patterns.classes_of(p.lemma_.lower()))
    ]
    return any(
        lm in pattern.needs_object or patterns.classes_of(lm) & pattern.needs_object
        for lm in lemmas
    )


#: Owners of an office that is no diplomatic mission ("the party's offices").
PARTY_OWNERS = frozenset({"party", "front", "movement", "union", "opposition", "newspaper",
                          "paper", "station", "channel", "group", "league", "alliance"})  # fmt: skip
#: Sectors of a domestic body whose offices are no mission abroad.
PARTY_SECTORS = frozenset({"OPP", "PTY", "REB", "INS", "MED", "NGO", "LAB", "EDU"})


def _as_participle(verb: Any) -> bool:
    """``verb`` is a bare participle after "as" ("pulled back as required", "paid as
    promised"): it points back to another's act and has no subject of its own."""
    return (
        verb.dep_ == "advcl"
        and verb.tag_ == "VBN"
        and any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children)
        and not any(c.dep_.startswith("nsubj") for c in verb.children)
    )


def _party_office(obj: Any, index: MentionIndex) -> bool:
    """``obj`` is the office of a party, movement or paper ("the party's offices", "the
    Front's offices"), not a state's mission."""
    if obj.lemma_.lower() not in ("office", "headquarters", "headquarter"):
        return False
    for c in obj.children:
        if c.dep_ not in ("poss", "compound"):
            continue
        if c.lemma_.lower() in PARTY_OWNERS:
            return True
        m = index.at(c)
        if m is not None and m.actor is not None and set(m.actor.sectors or ()) & PARTY_SECTORS:
            return True
    return False


#: Nouns for bodies of people: their compound modifier says what they do, not what they are.
GROUP_NOUNS = frozenset(
    {
        "group",
        "agency",
        "organization",
        "organisation",
        "worker",
        "team",
        "staff",
        "official",
        "charity",
        "ngo",
        "body",
        "committee",
    }
)
#: A code that becomes another when the recipient is the actor's own country: letting one's
#: own opposition rally eases dissent (082); letting foreigners in is involvement (086).
DOMESTIC_RECODE = {"086": "082"}
#: Verbs that answer a criticism or threat aimed at their subject.
RESPONSE_VERBS = frozenset(
    {
        "reject",
        "dismiss",
        "rebuff",
        "ignore",
        "defy",
        "flout",
        "brush",
        "spurn",
        "deny",
        "repudiate",
        "shrug",
        "answer",
        "receive",
    }
)
#: Codes whose recipient is never the actor's own country (expelling, ordering out).
FOREIGN_ONLY = frozenset({"166"})
#: Generic heads whose adjective names their kind for ``needs_object``.
KIND_HEADS = frozenset(
    {
        "weapon",
        "arm",
        "munition",
        "bomb",
        "device",
        "warhead",
        "agent",
        "attack",
        "strike",
        "test",
        "level",
        "status",
        "law",  # "lifted martial law"
    }
)
ARMED_ROOTS = frozenset({"18", "19", "20"})
#: Roots of two-sided acts (meetings, agreements, cooperation): no side undergoes them.
SYMMETRIC_ROOTS = frozenset({"03", "04", "05", "06", "07"})
#: Participles whose complement reports a reaction to the clause they hang on.
PROMPTING = frozenset(
    {"prompt", "force", "lead", "spark", "provoke", "push", "drive", "cause", "trigger", "spur"}
)
#: Nouns that sum up the clause they follow ("..., in a move that Beijing called illegal").
MOVE_NOUNS = frozenset(
    {"move", "step", "decision", "visit", "action", "measure", "trip", "plan", "act"}
)
#: Nouns that sum up something said, which a rejection answers: "denied the charge".
CLAIM_NOUNS = frozenset(
    {
        "claim",
        "charge",
        "accusation",
        "allegation",
        "criticism",
        "demand",
        "request",
        "call",
        "ultimatum",
        "proposal",
        "offer",
        "assertion",
        "report",
        "warning",
        "threat",
        "suggestion",
        "appeal",
    }
)
#: Roots of reactions aimed back at whoever prompted them (criticism, threats, protest,
#: sanctions, demands, shows of force).
#: Roots of an answer to an earlier act of the same sentence (demand, protest, reject, threaten,
#: cut ties).
REPLY_ROOTS = frozenset({"10", "11", "12", "13", "16"})
#: Measures of trade and money: what is "hit back at" or "retaliated against" with them is no
#: armed target.
ECONOMIC_MEASURES = frozenset({"tariff", "levy", "duty", "tax", "sanction", "embargo", "quota",
                               "ban", "restriction", "measure", "countermeasure", "subsidy"})  # fmt: skip
#: Verbs whose object is the subject's own act, beside the light verbs: "will take measures".
DOING_VERBS = frozenset({"take", "undertake", "wage", "fight", "perform", "commit"})
#: Nouns that name any act told before: "welcomed the announcement", "condemned the move".
RETOLD_NOUNS = MOVE_NOUNS | {"announcement", "vote", "ruling", "verdict", "remarks", "comments"}
#: Acts of taking power or land that news judges without the lexicon coding the noun itself.
SEIZURE_NOUNS = frozenset({"coup", "takeover", "putsch", "annexation", "crackdown"})
#: Roots of judging another's act: praise, criticism, rejection, a demand about it.
JUDGING_ROOTS = frozenset({"05", "10", "11", "12"})
REACTION_ROOTS = frozenset({"02", "10", "11", "12", "13", "14", "15", "16", "17"})
#: Roots whose target may be a place rather than an actor (attacks, deployments, coercion).
TARGET_ROOTS = frozenset({"15", "17", "18", "19", "20"})


def _named_owner(noun: Any) -> bool:
    """Whether an event noun names its owner by a possessive or a "by" phrase (or, for forces
    moving, an "of" phrase: "the pull-out of Eritrean troops")."""
    return flagmod.owner_named(noun) or (
        noun.lemma_.lower() in MOVING_NOUNS
        and any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children)
    )


#: What is bestowed, whose giver a receiver's sentence may name on the thing itself ("won the
#: backing of the Council", "received U.S. aid", "accepted a Japanese loan").
BESTOWED = frozenset({"backing", "support", "approval", "blessing", "endorsement", "praise",
                      "recognition", "help", "assistance", "aid", "loan", "grant", "funding",
                      "pledge", "promise", "assurance", "guarantee", "apology"})  # fmt: skip
#: Participles naming a third party of a two-sided event ("Qatar-brokered talks").
BROKERING = frozenset({"broker", "mediate", "sponsor", "facilitate", "host", "arrange",
                       "chair", "organise", "organize", "back"})  # fmt: skip
#: Roots of demands, disapproval, rejection, threats and protests: a state that names its own
#: people beside another state in one of them is aimed at the other state.
CENSURE_ROOTS = frozenset({"10", "11", "12", "13", "14"})
#: Roots of one-sided acts that an owned event noun as a clause's subject tells as done even
#: with no target named ("A strike by Nigerian unions shut banks", "Tehran's refusal angered").
TOLD_DONE_ROOTS = frozenset({"08", "10", "11", "12", "13", "14", "16"})
TARGET_PREPS = frozenset(
    {"in", "on", "into", "toward", "towards", "near", "at", "across", "over", "inside", "outside"}
)


#: Bodies of water named after a state they are not part of ("the Gulf of Oman").
WATER_NOUNS = frozenset({"gulf", "sea", "strait", "straits", "bay", "ocean", "channel"})


#: Verbs of defending: their "against" phrase names a danger, not whom a promise is made to.
DEFENDING = frozenset({"defend", "protect", "guard", "shield", "safeguard"})


def _defended_against(tok: Any) -> bool:
    """Whether ``tok`` is what a verb of defending guards against ("defend ... against
    aggression")."""
    return (
        tok.dep_ == "pobj"
        and tok.head.lower_ == "against"
        and tok.head.head.lemma_.lower() in DEFENDING
    )


#: Words that make an act one that may come, not one told ("any attack", "future strikes").
UNTOLD_WORDS = frozenset({"any", "every", "future", "possible", "potential", "further"})
#: Nouns of answering an act, whose "to" phrase names the act ("in response to").
ANSWER_NOUNS = frozenset({"response", "reply", "answer"})


def _answered_act(noun: Any) -> bool:
    """An act named with its owner as what another act answers ("in response to Hezbollah's
    rocket attacks", "in retaliation for attacks by the rebels"); not one that may come
    ("vowed to retaliate for any attack by Israel")."""
    if any(c.lower_ in UNTOLD_WORDS for c in noun.children if c.dep_ in ("det", "amod")):
        return False
    if flagmod.answered(noun):
        return True
    return (
        noun.dep_ == "pobj"
        and noun.head.lower_ == "to"
        and noun.head.head.lemma_.lower() in ANSWER_NOUNS
        and flagmod.owner_named(noun)
    )


def _water_name(tok: Any) -> bool:
    """Whether ``tok`` is the state in the name of a sea ("the Gulf of Oman", "the Sea of
    Japan"), which names no party."""
    head = tok.head
    return (
        tok.dep_ == "pobj"
        and head.lower_ == "of"
        and head.head.pos_ == "PROPN"
        and head.head.lemma_.lower() in WATER_NOUNS
    )


def place_targets(
    verb: Any,
    objs: list[Any],
    preps: frozenset[str] | None = None,
    index: Any = None,
    *,
    across: bool = True,
    cameo: str = "",
) -> list[Actor]:
    """Recipients for a place that was attacked or approached: its country (gazetteer), or
    the nationality on it ("at a Somali army base"). ``across``: a border names the state
    beyond it ("massed divisions near the border with Kuwait"); without it (a place struck or
    seized) the border says only that the place is not that state's ("seized a town on the
    Ugandan border", "shelled villages near the border with Israel"). With ``cameo``, a city
    that is only the venue of a non-violent act is passed over (``venue_city``)."""
    preps = preps or TARGET_PREPS
    heads = [*objs, verb]
    toks = list(objs)
    for head in heads:
        for c in head.children:
            if c.dep_ == "prep" and c.lower_ in preps:
                # "arrested him at the request of a Spanish judge": who asked, not a place
                toks.extend(p for p in c.children
                            if p.dep_ == "pobj" and p.lemma_.lower() not in INSTIGATION_NOUNS)  # fmt: skip
    # "a village in Sagaing region", "dozens of students in Kaduna state", "areas around Kyiv"
    for t in list(toks):
        for c in t.children:
            border = c.lower_ == "with" and t.lemma_.lower() in BORDER_NOUNS
            if border and not across:
                continue
            if c.lower_ == "of" and t.lemma_.lower() in WATER_NOUNS:
                continue  # "in the Gulf of Oman" is open water, not Oman
            if c.dep_ == "prep" and (c.lower_ in (*TARGET_PREPS, "of", "around") or border):
                # "massed divisions near the border with Kuwait": the state across it
                for p in c.children:
                    if p.dep_ == "pobj":
                        toks.append(p)
                        toks.extend(q for cc in p.children if cc.dep_ == "prep"
                                    and cc.lower_ in TARGET_PREPS for q in cc.children
                                    if q.dep_ == "pobj")  # fmt: skip
    toks += [c for t in toks for c in t.children if c.dep_ == "conj"]
    found: list[Actor] = []
    for tok in toks:
        if tok.lemma_.lower() in WATER_NOUNS or venue_city(tok, cameo):
            continue
        m = index.at(tok) if index is not None else None
        hit = _place_of(tok, loose=index is not None and m is None)
        if hit is None and m is not None and m.kind == "metonym" and m.actor and m.actor.country:
            hit = (tok.doc[m.token_start : m.token_end], m.actor.country)  # "around Kyiv"
        if hit is None and m is None and (city := _compound_place(tok)):
            # "a crowded Aleppo market", "the Damascus suburbs"
            found.extend(Actor(text=a.text, name=None, country=a.country, sectors=[],
                               cameo_code=a.country, start=a.start, end=a.end,
                               resolution="place-target", confidence=0.55) for a in city)  # fmt: skip
            continue
        if not across and tok.lemma_.lower() in BORDER_NOUNS:
            continue  # "on the Ugandan border": the town is beside Uganda, not in it
        if hit is None and m is None and (country := _nationality_place(tok)):
            hit = (tok.doc[tok.left_edge.i : tok.right_edge.i + 1], country)  # "a Ukrainian town"
        if hit is not None:
            ent, country = hit
            found.append(Actor(text=ent.text, name=None, country=country, sectors=[],
                               cameo_code=country, start=ent.start_char, end=ent.end_char,
                               resolution="place-target", confidence=0.55))  # fmt: skip
        elif index is not None and tok not in objs:
            # "a refinery in Russia's Krasnodar region", "at a Somali army base"
            found.extend(actors_at(tok, index))
    return _unique(found)


def _beyond_border(verb: Any, actors: list[Actor], index: MentionIndex) -> list[Actor]:
    """For a place struck beside a border its clause names ("villages near the border with
    Israel"): the one state of the sentence that is neither the actor's nor the one the border
    is with, or none."""
    border = [t for t in verb.subtree if t.lemma_.lower() in BORDER_NOUNS]
    if not border:
        return []
    beside = {a.country for b in border for t in b.subtree for a in actors_at(t, index)}
    beside |= {c for b in border if (c := _nationality_place(b))}
    if not beside:
        return []  # "the border town of Bunagana": no neighbour named
    others = _sentence_countries(verb, index) - beside - {a.country for a in actors}
    if len(others) != 1:
        return []
    return [_implied(border[0], border[0], others.pop(), [], "place-target")]


def _sentence_countries(tok: Any, index: MentionIndex) -> set[str]:
    """The countries of the actors named in ``tok``'s sentence."""
    sent = tok.sent
    return {
        m.actor.country
        for m in index.ordered
        if m.token_start is not None
        and sent.start <= m.token_start < sent.end
        and m.actor is not None
        and m.actor.country
    }


#: Places an owned attack may hit that are not the attacker's own people ("attacks on
#: northern towns", "raids on shipping").
OPEN_PLACES = PLACE_NOUNS | frozenset({"shipping", "ship", "vessel", "settlement", "community",
                                       "border", "frontier", "port", "coast"})  # fmt: skip


def _open_place_state(place: Any, owners: list[Actor], index: MentionIndex) -> list[Actor]:
    """The state of a place an owned attack hit: its nationality ("Israeli villages"), else the
    one state of the sentence other than the attacker's ("Israel struck Lebanon in response to
    Hezbollah's attacks on northern towns"), else none."""
    own = {a.country for a in owners if a.country}
    country = _nationality_place(place)
    if country is None:
        others = _sentence_countries(place, index) - own
        country = others.pop() if len(others) == 1 else None
    if country is None or country in own:
        return []
    return [_implied(place, place, country, [], "place-target")]


def _purpose_targets(heads: list[Any], index: MentionIndex) -> list[Actor]:
    """What a purpose clause on one of ``heads`` aims at: "an offensive to take the capital
    Tripoli", "sent troops to retake Kidal" (an actor it names, else a named place)."""
    for h in heads:
        for c in h.children:
            if c.dep_ not in ("acl", "advcl") or not any(
                x.dep_ == "aux" and x.lower_ == "to" for x in c.children
            ):
                continue
            objs = _objects(c)
            objs += [a for o in objs for a in o.children if a.dep_ == "appos"]
            found = [a for o in objs for a in actors_at(o, index)]
            found = found or _named_places(place_targets(c, objs, None, index))
            if found:
                return _unique(found)
    return []


def _named_places(found: list[Actor]) -> list[Actor]:
    return [a for a in found if a.resolution == "place-target"]


ARMED_SECTORS = frozenset({"MIL", "REB", "INS", "COP", "SPY", "UAF"})


def _armed(actors: list[Actor]) -> bool:
    return any(set(a.sectors) & ARMED_SECTORS for a in actors)


def _names_actor(tok: Any, index: MentionIndex) -> bool:
    """The object itself names an actor ("received Kihara"), not merely owns one
    ("welcomed the government's initiative")."""
    m = index.at(tok)
    if m and m.actor:
        return True
    if _implied_actors(tok, index) and (
        _kb().agent(tok.lemma_.lower()) or tok.lemma_.lower() in PERSON_NOUNS
    ):
        return True
    # "a delegation of Afghan officials"
    return any(p.dep_ == "pobj" and index.at(p) and index.at(p).actor
               for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
               for p in c.children)  # fmt: skip


def _defender(verb: Any) -> Any | None:
    """The verb that intercepted what ``verb`` (a relative clause or participle on its object)
    launched: "shot down missiles that Russia launched", "intercepted drones fired by Iran"."""
    if verb.dep_ not in ("relcl", "acl") or verb.head.dep_ not in ("dobj", "pobj"):
        return None
    up = verb.head.head
    if up.dep_ == "prep" and up.lower_ == "of":
        up = up.head.head  # "102 of 127 missiles"
    if up.pos_ not in ("VERB", "AUX"):
        return None
    lemma = up.lemma_.lower()
    if lemma in DEFENDING_VERBS or (
        lemma == "shoot" and any(c.lower_ == "down" for c in up.children)
    ):
        return up
    return None


def _aimed_at_actor(verb: Any, index: MentionIndex, extra: tuple[str, ...] = ()) -> bool:
    """ "Iraq fired on American jets": what the verb was aimed at is a state's or an armed
    group's (a game's opponent is no actor); ``extra``: the sense's own preposition, as in
    "retaliated against Israel" (but "fired at goal against Brazil" is a game)."""
    return any(
        a.country or a.cameo_code
        for c in verb.children if c.dep_ == "prep" and c.lower_ in ("at", "on", *extra)
        for p in c.children if p.dep_ == "pobj"
        for a in actors_at(p, index)
    )  # fmt: skip


#: Places where people live or gather: fire into one is an attack, not a test.
PEOPLED_PLACES = frozenset({"camp", "town", "city", "village", "neighbourhood", "neighborhood",
                            "district", "suburb", "house", "home", "building", "settlement",
                            "market", "street", "quarter", "compound", "base", "hospital",
                            "school", "crowd", "township", "slum", "residential"})  # fmt: skip


#: Verbs of forces moving in ("marched into Kinshasa"); into a city they take it (192).
ENTRY_VERBS = frozenset({"march", "roll", "sweep", "pour", "rumble", "drive"})


def _marched_into_city(verb: Any) -> bool:
    """ "Kabila's rebels marched into Kinshasa", "troops rolled into Kabul": forces moving into
    a named city (the gazetteer's city; a country or region invaded stays an assault)."""
    if verb.lemma_.lower() not in ENTRY_VERBS:
        return False
    from ..places import Gazetteer

    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ == "into":
            for p in c.children:
                if p.dep_ == "pobj" and p.pos_ == "PROPN":
                    place = Gazetteer.default().best(p.doc[p.left_edge.i : p.i + 1].text)
                    if place is not None and place.precision == "city":
                        return True
    return False


def _fired_into_peopled(verb: Any) -> bool:
    """ "fired missiles into the Jenin refugee camp": fire sent into a place people live in
    (but "into the sea", "into Japanese waters" is a test)."""
    return any(
        c.dep_ == "prep" and c.lower_ == "into"
        and any(p.dep_ == "pobj" and p.lemma_.lower() in PEOPLED_PLACES for p in c.children)
        for c in verb.children
    )  # fmt: skip


def _aimed(verb: Any) -> bool:
    """The verb names what it was aimed at ("launched missiles at energy infrastructure"), not
    a time ("on Tuesday")."""
    return any(
        c.dep_ == "prep" and c.lower_ in ("at", "on", "against")
        and any(p.dep_ == "pobj" and p.ent_type_ not in ("DATE", "TIME") for p in c.children)
        for c in verb.children
    )  # fmt: skip


#: Verbs with a legal and a physical sense: "charged the leader with treason" (a charge in
#: court) and "police charged protesters" (a baton charge).
PHYSICAL_CHARGE = frozenset({"charge"})
#: What a physical charge is made with.
CHARGE_INSTRUMENTS = frozenset({"baton", "truncheon", "stick", "club", "cane", "whip", "horse",
                                "horseback", "shield", "bayonet", "gas", "teargas", "tear",
                                "cannon", "rubber", "bullet", "force"})  # fmt: skip


def _legal_charge(verb: Any) -> bool:
    """ "charged X with murder", "charged under the terrorism law", "charged for ...": the
    legal sense; "with batons" (an instrument) or no such phrase leaves the physical one open."""
    for c in verb.children:
        if c.dep_ != "prep":
            continue
        word = c.lower_
        if word in ("under", "for", "over", "in connection", "as"):
            return True
        if word == "with":
            objs = [p for p in c.children if p.dep_ in ("pobj", "pcomp")]
            if any(p.pos_ == "VERB" or p.lemma_.lower() not in CHARGE_INSTRUMENTS for p in objs):
                return True
    return False


#: Nouns and verbs that stop an act: their object ("a cessation of hostilities", "an end to
#: the fighting", "halted the shelling") is not coded as happening.
HALT_NOUNS = frozenset({"cessation", "end", "halt", "suspension", "pause", "stop", "freeze",
                        "termination", "moratorium", "ban", "ceasefire", "truce"})  # fmt: skip
HALT_VERBS = frozenset({"end", "halt", "stop", "cease", "suspend", "pause", "freeze",
                        "terminate", "ban"})  # fmt: skip


def _halted(noun: Any) -> bool:
    """An event noun that is what a halt stops: "cessation of hostilities", "ended the
    fighting" (through coordination: "an end to the shelling and raids")."""
    if noun.pos_ not in ("NOUN", "PROPN"):
        return False
    while noun.dep_ == "conj" and noun.head.i != noun.i:
        noun = noun.head
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ in ("of", "to", "on", "in"):
        return head.head.lemma_.lower() in HALT_NOUNS
    if noun.dep_ in ("dobj", "nsubjpass") and head.pos_ in ("VERB", "AUX"):
        return head.lemma_.lower() in HALT_VERBS
    return False


#: Nouns that, with a sanctions word as compound, mean lifting sanctions ("sanctions relief").
RELIEF_NOUNS = frozenset({"relief", "waiver", "exemption"})
#: Sanctions words ("sanctions relief", "embargo relief").
SANCTION_WORDS = frozenset({"sanction", "sanctions", "embargo", "tariff", "tariffs", "boycott"})
#: The code of an act whose object is sanctions relief, by the act's root: appeal (0254),
#: intent (0354), giving it (085), demand (1054), refusal (1244).
RELIEF_CODES = {"02": "0254", "03": "0354", "07": "085", "10": "1054", "12": "1244"}
#: Spans of time a deadline is given in, and the verbs of going away that make it an expulsion.
TIME_UNITS = frozenset({"hour", "day", "week", "month"})
LEAVING = frozenset({"leave", "quit", "depart", "exit", "vacate", "go"})
#: People who, given time to leave, are driven from their homes rather than expelled as envoys.
CIVIL_NOUNS = frozenset({"resident", "civilian", "villager", "family", "people", "inhabitant",
                         "population", "refugee", "migrant", "tenant", "settler"})  # fmt: skip


def _time_to_leave(verb: Any, obj: Any | None) -> Any | None:
    """ "gave the ambassador 72 hours to leave", "gave the diplomats a week to quit the country":
    the verb of going away in a deadline, which makes it an order to go (not "48 hours to
    disarm", a threat). The span of time may be the object or an adverbial beside the one
    given it."""
    spans = [t for t in (obj, *verb.children) if t is not None
             and t.lemma_.lower() in TIME_UNITS and t.dep_ in ("dobj", "npadvmod")]  # fmt: skip
    return next(
        (c for h in (verb, *spans) for c in h.children
         if c.dep_ in ("xcomp", "acl", "relcl", "advcl") and c.lemma_.lower() in LEAVING),
        None,
    ) if spans else None  # fmt: skip


def _sanctions_relief(noun: Any) -> str:
    """The sanctions word of "sanctions relief" / "tariff exemptions", or ''."""
    if noun.lemma_.lower() not in RELIEF_NOUNS:
        return ""
    for c in noun.children:
        if c.dep_ in ("compound", "amod", "nmod") and c.lower_ in SANCTION_WORDS:
            return c.text
    for p in _prep_objects(noun, "from"):
        if p.lemma_.lower() in SANCTION_WORDS or p.lower_ in SANCTION_WORDS:
            return p.text  # "relief from sanctions"
    return ""


#: Prepositions that may only say where ("in Yerevan's Freedom Square"), not make a phrasal
#: verb ("gave in"), unless the parser marks them a particle.
PLACE_PREPS = frozenset({"in", "at", "on", "near", "across", "around", "inside", "outside",
                         "into", "over", "off", "out", "up", "down", "back"})  # fmt: skip


def _has_particle(token: Any, word: str) -> bool:
    """Whether ``word`` hangs on ``token`` as a particle ("gave in", "backed down", "handed
    over 90 prisoners")."""
    return any(c.dep_ == "prt" and c.lower_ == word for c in token.children) or (
        _quantity_particle(token, word)
    )


def _has_prep(token: Any, word: str) -> bool:
    """Whether ``token`` has the particle or preposition ``word`` (not one of time: "called
    ... on Tuesday" is no "call on")."""
    return (
        any(
            (c.dep_ in ("prep", "prt") or (c.dep_ == "advmod" and word in ADVERB_PARTICLES))
            and c.lower_ == word
            and not _temporal(c)
            for c in token.children
        )
        or _quantity_particle(token, word)
        or bool(_for_clause_subjects(token, word))
        or (word == "with" and token.pos_ == "VERB" and bool(_medium_with(token)))
    )


def _quantity_particle(token: Any, word: str) -> bool:
    """Whether the verb's particle right after it was read as a quantity on its object's number:
    "handed over 90 prisoners" ("over 90"), "gave back 30 hectares"."""
    nxt = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return (
        nxt is not None
        and nxt.lower_ == word
        and nxt.dep_ in ("quantmod", "advmod")
        and nxt.head.dep_ == "nummod"
        and nxt.head.head.dep_ == "dobj"
        and nxt.head.head.head.i == token.i
    )


def _for_clause_subjects(token: Any, word: str) -> list[Any]:
    """The subject of a "for ... to" clause, which is the object of the verb's "for": "called
    for Israel to halt construction", "appealed for observers to monitor the vote" (the parser
    reads "for" as the clause's marker, not as a preposition)."""
    if word != "for":
        return []
    return [
        s
        for c in token.children
        if c.dep_ in ("advcl", "ccomp", "xcomp")
        and any(m.dep_ == "mark" and m.lower_ == "for" for m in c.children)
        and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        for s in c.children
        if s.dep_ in ("nsubj", "nsubjpass")
    ]


#: Particles the parser may tag as adverbs: "pushed back", "fought off".
ADVERB_PARTICLES = frozenset({"back", "off", "away", "out", "down", "up", "over"})


def _temporal(prep: Any) -> bool:
    """A preposition whose object is a time: "on Tuesday", "in March"."""
    return any(p.dep_ == "pobj" and p.ent_type_ in ("DATE", "TIME") for p in prep.children)


class Extractor:
    """Turns one parsed, actor-resolved document into candidates."""

    def __init__(self, patterns: PatternSet) -> None:
        self.patterns = patterns
        #: verb lemma -> its senses that name an object, and the others (see _senses)
        self._split: dict[str, tuple[list[Pattern], list[Pattern]]] = {}

    def candidates(self, doc: Any, index: MentionIndex) -> list[Candidate]:
        out: list[Candidate] = []
        consumed: set[int] = set()
        misparsed: set[int] = set()
        doc.user_data[MENTION_INDEX] = index
        doc.user_data[OWN_FORCE_ORDERS] = {}
        verbs, nouns = self.patterns.verbs, self.patterns.nouns
        light = self.patterns.light_verbs
        for tok in doc:
            pos = tok.pos_
            if pos == "VERB" and any(c.dep_ == "det" for c in tok.children):
                misparsed.add(tok.i)  # "the ceasefire talks" tagged as a verb: a noun
                continue
            if (
                pos == "VERB"
                and tok.tag_ == "VBG"
                and tok.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj")
                and tok.lower_ in nouns
                and any(c.dep_ == "prep" and c.lower_ in ("between", "among") for c in tok.children)
            ):
                # "Fighting between the army and the RSF raged": the event noun
                misparsed.add(tok.i)
                tok.lemma_ = tok.lower_
                continue
            if pos in ("VERB", "AUX") or (pos == "NOUN" and tok.dep_ == "ROOT"):
                lemma = tok.lemma_.lower()
                # cheap gate: most verbs are in no pattern and govern no event noun
                if lemma in verbs or lemma in light or lemma in LIGHT_PREP_VERBS:
                    out.extend(self._verb(tok, index, consumed))
                    out.extend(self._answered_measures(tok, index))
        for tok in doc:
            if (
                (tok.pos_ in ("NOUN", "PROPN") or tok.i in misparsed)
                and tok.i not in consumed
                and tok.lemma_.lower() in nouns
                and not _modifier_noun(tok)
                and not _called(tok)
            ):
                out.extend(self._noun(tok, index))
        for c in out:
            own = {a.country for a in c.actors}
            # "warned that his forces would burn half of Israel": one's own body is no target
            c.recipients = [r for r in c.recipients
                            if not (r.resolution == "owned-body" and r.country in own)]  # fmt: skip
            if c.cameo[:2] in ("08", "15") and c.trigger.lemma_.lower() in MOVING_NOUNS:
                # "announced the withdrawal of US troops": the actor's own forces move; they
                # are not its target
                own = {a.country for a in c.actors}
                c.recipients = [r for r in c.recipients
                                if not (r.country in own and set(r.sectors) & ARMED_SECTORS)]  # fmt: skip
            foreign = [r for r in c.recipients if r.country and r.country not in own]
            if foreign and len(foreign) < len(c.recipients):
                # "Iran arrested a British-Iranian aid worker": a double national that the
                # actor holds or frees is the other state's concern
                c.recipients = [r for r in c.recipients
                                if not _dual_half(r, foreign, doc.text)]  # fmt: skip
            if c.cameo[:2] in ARMED_ROOTS and c.verb is not None:
                # "fired missiles at two Iraqi bases housing American troops": the forces
                # the struck site houses are the target
                hosted = _hosted_forces(c.verb, index, own)
                if hosted:
                    c.recipients = hosted
                    _recipient_how(c, "recipient: the forces the struck site houses")
            if c.cameo[:2] in CENSURE_ROOTS and foreign and len(foreign) < len(c.recipients):
                # "India protested the killing of its soldiers by Chinese troops": a protest
                # naming the protester's own people and another state is aimed at the other
                c.recipients = [r for r in c.recipients if r in foreign or not r.country]
        purposes = [c for c in out if unrealized(c.trigger) is not None]
        out = [c for c in out if unrealized(c.trigger) is None]
        self._protest_targets(out, purposes)
        out += _protest_demands(out, purposes)
        # "ready to resume talks if Washington dropped its hostile policy": the condition is
        # what someone asks for, not an act that took place
        out = [c for c in out if not flagmod.under_if(c.verb if c.verb is not None else c.trigger)]
        out = [c for c in out if not _not_done(c.verb if c.verb is not None else c.trigger)]
        # "visiting Chinese Premier Wen Jiabao", "the ruling party": a participle used as an
        # adjective describes the noun; the act is reported elsewhere, if at all
        out = [c for c in out if not (c.trigger.dep_ == "amod" and c.trigger.tag_ == "VBG")]
        # "agreed a cessation of hostilities", "ended the fighting": the halt is the event
        out = [c for c in out if not (c.cameo[:2] in ARMED_ROOTS and _halted(c.trigger))]
        for c in out:
            v = c.verb if c.verb is not None else c.trigger
            if v.dep_ == "ccomp" and told_fact(v, v.head):
                c.how.append(f"a fact reported with '{v.head.text}' (not an order)")
        out += self._accused_acts(out, index)
        self._share_coordinated_recipients(out, index)
        self._referred_targets(out, index)
        self._reactions(out)
        self._retold_acts(out)
        self._answers(out, index)
        self._replies(out)
        out += self._or_face(out)
        out += self._blamed(doc, index, out)
        out += self._made_to_pay(doc, index, out)
        alleged = self._alleged(doc, index, out)
        if alleged:
            # "said Hezbollah had violated the ceasefire": the wrong is alleged, not told as done
            wrongs = {c.trigger.i for c in alleged if c.trigger.pos_ in ("VERB", "AUX")}
            out = [c for c in out if c.trigger.i not in wrongs] + alleged
        asked, orders = self._imperatives(doc, index, out)
        if asked:
            # "'Lift the sanctions,' he told London": the quoted order is asked of the
            # addressee, not done by the speaker
            out = [c for c in out if c.trigger.i not in orders
                   and (c.verb is None or c.verb.i not in orders)]  # fmt: skip
            out += asked
        out += self._ruled_out(doc, index, out)
        demands = self._should(doc, index, out)
        if demands:
            # the act demanded is not done: "said Washington should stop arming Kyiv"
            asked = {t.i for d in demands for t in d.trigger.head.subtree}
            out = [c for c in out if (c.verb if c.verb is not None else c.trigger).i not in asked]
            out += demands
        self._answer_aimed(out)
        self._noun_phrase_states(out, index)
        self._substate_targets(out)
        for c in out:
            _mediated_sides(c, index)
        out = [c for c in out if not _one_sided_meeting(c) and not _stayed_put(c)]
        out = [c for c in _drop_means(out) if not _ordinary_crime(c)]
        return self._drop_consequences(out)

    def _answered_measures(self, verb: Any, index: MentionIndex) -> list[Candidate]:
        """ "China hit back at Trump's levies", "imposed duties in retaliation for US
        sanctions": the levy or sanction a retaliation answers is the other side's SANCTION,
        owned by its possessor or modifier and aimed at whoever retaliates."""
        heads = [verb] if _struck_back(verb) else []
        # "in retaliation for ...", on the verb or (as the parser often hangs it) its object
        owners_of_in = [verb, *(o for o in verb.children if o.dep_ == "dobj")]
        heads += [p for h in owners_of_in for c in h.children if c.dep_ == "prep"
                  and c.lower_ == "in" for p in c.children
                  if p.dep_ == "pobj" and p.lower_ in RESPONSE_NOUNS]  # fmt: skip
        if not heads:
            return []
        pattern = next((p for p in self.patterns.nouns.get("sanction", ())
                        if p.cameo[:2] == "16"), None)  # fmt: skip
        if pattern is None:
            return []
        out: list[Candidate] = []
        for head in heads:
            for word in ("at", "for", "against", "to"):
                for noun in _prep_objects(head, word):
                    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in ECONOMIC_MEASURES:
                        continue
                    owners = [a for c in noun.children if c.dep_ in ("poss", "compound", "nmod")
                              for a in actors_at(c, index)]  # fmt: skip
                    owners += [a for a in _implied_actors(noun, index)
                               if a.resolution == "demonym-modifier"]  # fmt: skip
                    owners = _unique(owners)
                    if not owners:
                        continue  # "retaliated against tariffs": whose is open
                    subj, _how = subject_of(verb)
                    targets = subject_actors(verb, subj, index) if subj is not None else []
                    targets = [t for t in targets if t.country and not _same(t, owners)]
                    if not targets or {t.country for t in targets} & {o.country for o in owners}:
                        continue
                    out.append(
                        Candidate(
                            pattern,
                            noun,
                            pattern.cameo,
                            owners,
                            targets,
                            how=[
                                f"'{noun.text}' answered by '{verb.text}' ({head.text})"
                                f" matched {pattern.id}",
                                "actor: the owner of the measure answered",
                                "recipient: who answers it (the subject)",
                            ],
                            penalty=0.8,
                        )  # fmt: skip
                    )
        return out

    @staticmethod
    def _answer_aimed(cands: list[Candidate]) -> None:
        """ "hit back at Trump's levies by imposing duties of its own": a hostile answer with
        no target of its own is aimed at the owner of the measure it answers."""
        measures = [c for c in cands if c.how and "answered by" in c.how[0]]
        for m in measures:
            for c in cands:
                if c is m or c.recipients or c.cameo[:2] not in ("16", "17", "18", "19", "20"):
                    continue
                if c.trigger.sent.start != m.trigger.sent.start or not _same_group(
                    c.actors, m.recipients
                ):
                    continue
                c.recipients = list(m.actors)
                _recipient_how(c, "recipient: the owner of the measure it answers")

    def _retold_acts(self, cands: list[Candidate]) -> None:
        """ "Pelosi met Tsai in Taipei. China condemned the visit", "Pyongyang conducted its
        sixth nuclear test. Moon condemned the test; Abe called it unacceptable": a judgement
        with no target whose object names an act told earlier in the article (the same word,
        an event noun of the same type, "it", "the move") is aimed at whoever did that act."""

        def ptype(c: Candidate) -> str | None:
            return c.pattern.plover or codes.plover_for_cameo(c.cameo).get("type")

        for c in cands:
            v = c.verb
            if c.recipients or v is None or c.cameo[:2] not in JUDGING_ROOTS:
                continue
            mine = {a.country for a in c.actors if a.country}
            for o in _objects(v):
                lemma = o.lemma_.lower()
                told = v.dep_ == "acl" and v.head.i == o.i  # "a coup condemned by the OAS"
                generic = lemma in RETOLD_NOUNS | SEIZURE_NOUNS or o.lower_ in ("it", "this")
                kinds = {p.plover or codes.plover_for_cameo(p.cameo).get("type")
                         for p in self.patterns.nouns.get(lemma, ())}  # fmt: skip
                if not generic and not kinds and lemma not in self.patterns.verbs:
                    continue
                if (
                    not generic
                    and not told
                    and not any(
                        d.dep_ == "det" and d.lower_ in ("the", "this", "these") or d.dep_ == "poss"
                        for d in o.children
                    )
                ):
                    continue  # "condemned attacks on journalists": any attacks, not one told
                earlier = [
                    e for e in cands
                    if e is not c and e.trigger.i < v.i and e.cameo[:2] not in JUDGING_ROOTS
                    and not mine & {a.country for a in e.actors}
                    and (generic or e.trigger.lemma_.lower() == lemma or ptype(e) in kinds)
                ]  # fmt: skip
                if earlier and _aim_at_latest(
                    c, earlier, f"recipient: who did the act '{o.text}' names ('{{}}')"
                ):
                    break

    @staticmethod
    def _protest_targets(cands: list[Candidate], purposes: list[Candidate]) -> None:
        """ "rallied in Beirut to demand the withdrawal of Syrian troops", "blocked the border,
        demanding that Sofia cut tolls": a protest with no target named is aimed at whom its
        own demand or denunciation (a purpose clause or a participle on it) is addressed."""
        for c in cands:
            v = c.verb
            if (
                v is None
                or c.cameo[:2] != "14"
                or not c.recipients
                or not all(
                    (r.resolution or "").startswith("domestic-default") for r in c.recipients
                )
            ):
                continue
            for d in (*cands, *purposes):
                t = d.verb if d.verb is not None else d.trigger
                if (
                    t.head.i == v.i
                    and t.dep_ in ("advcl", "xcomp", "acl")
                    and d.cameo[:2] in ("02", "10", "11", "12")
                    and d.recipients
                    and all(_same(a, c.actors) for a in d.actors)
                ):
                    c.recipients = list(d.recipients)
                    _recipient_how(c, f"recipient: whom its demand '{t.text}' is addressed to")
                    break

    @staticmethod
    def _replies(cands: list[Candidate]) -> None:
        """ "South Korea accused the North of sinking the warship, and Pyongyang warned that any
        punishment would mean war", "the Council imposed sanctions on Iran, and Tehran rejected
        the resolution": a demand, protest, rejection, threat or cut in ties with no target of
        its own, by someone an earlier act of the sentence was aimed at, answers that act. So
        does force told as striking back ("and Seoul's forces fired back", "Israel retaliated
        with air strikes"): it is aimed at whoever used force before it."""
        for c in cands:
            armed = c.cameo[:2] in ARMED_ROOTS
            if c.recipients or not (armed or c.cameo[:2] in REPLY_ROOTS):
                continue
            mine = {a.country for a in c.actors if a.country}
            v = c.verb if c.verb is not None else c.trigger
            answer = _in_response(v)  # "threatened a sacred war in response"
            if armed and not (answer or _struck_back(v)):
                # force with no target is a reply only when the sentence says so: "and Seoul's
                # forces fired back", "Israel retaliated with artillery fire"
                continue
            earlier = [
                e for e in cands
                if e is not c and e.trigger.i < v.i and e.trigger.sent == v.sent
                and (answer or mine & {r.country for r in e.recipients} or armed)
                and not mine & {a.country for a in e.actors}
                and not _embedded(v, e.trigger)
                # force answers force (or a threat of it), not talks or words
                and (not armed or e.cameo[:2] in ARMED_ROOTS or e.cameo[:2] in ("13", "15"))
            ]  # fmt: skip
            if earlier:
                _aim_at_latest(c, earlier, "recipient: whose act it answers ('{}')")

    def _blamed(self, doc: Any, index: MentionIndex, cands: list[Candidate]) -> list[Candidate]:
        """ "Britain said Moscow was culpable for the attack", "Israel said Hezbollah was
        behind the rocket attack": saying that a party is to blame is an accusation (CAMEO
        112) by the speaker against that party."""
        pattern = self.patterns.by_id.get("accuse.accuse")
        out: list[Candidate] = []
        if pattern is None:
            return out
        for say, be in _said_clauses(doc, cands, evidence=True):
            if be.lemma_ == "be":
                cue = next((c for c in be.children
                            if (c.dep_ == "acomp" and c.lemma_.lower() in BLAME_ADJ)
                            or (c.dep_ == "prep" and c.lower_ == "behind")
                            # "was to blame for the crisis"
                            or (c.dep_ == "xcomp" and c.lemma_.lower() == "blame"
                                and not any(o.dep_ == "dobj" for o in c.children))),
                           None)  # fmt: skip
            elif be.lemma_.lower() in ("bear", "carry", "have", "take"):
                # "said China bore full responsibility for the clash"
                cue = next((c for c in be.children
                            if c.dep_ == "dobj" and c.lemma_.lower() in BLAME_NOUNS), None)  # fmt: skip
            else:
                continue
            if cue is None or any(c.dep_ == "neg" for c in be.children):
                continue
            # "responsible for the attack", "behind the bombing"; not "responsible for
            # education"
            what = [p for c in (cue, *cue.children) if c.dep_ == "prep"
                    and c.lower_ in ("for", "behind") for p in c.children if p.dep_ == "pobj"]  # fmt: skip
            what += [c for p in what for c in p.conjuncts]  # "for the incident and the escalation"
            if cue.lemma_.lower() not in ("culpable", "guilty", "complicit", "blame") and not any(
                p.lemma_.lower() in self.patterns.nouns or p.lemma_.lower() in HARM_NOUNS
                for p in what
            ):
                continue
            subj, how = subject_of(say)
            actors = actors_at(subj, index) if subj is not None else []
            blamed = [a for c in be.children if c.dep_ == "nsubj"
                      for t in _vague_group(c) for a in actors_at(t, index)
                      if not _same(a, actors)]  # fmt: skip
            if actors and blamed:
                why = f"'{say.text} ... {be.text} {cue.text}': saying a party is to blame is an accusation"
                out.append(_said(pattern, cue, "112", actors, blamed, say, how, why, 0.85))
        return out

    def _alleged(self, doc: Any, index: MentionIndex, cands: list[Candidate]) -> list[Candidate]:
        """ "Israel said Hezbollah had violated the ceasefire", "China said Washington was
        interfering in its affairs", "Seoul said the launch was a provocation", "Ankara said the
        militia was a terrorist group": saying that another party did a wrong, or naming what
        it is or did a wrong, is an accusation (CAMEO 112) by the speaker against it."""
        pattern = self.patterns.by_id.get("accuse.accuse")
        out: list[Candidate] = []
        if pattern is None:
            return out
        for say, clause in _said_clauses(doc, cands):
            if any(c.dep_ == "neg" for c in clause.children):
                continue
            if clause.i < say.i and not _quoted_across(clause, say):
                # ", US officials said" after a plain clause names its source; after a direct
                # quotation it names the speaker whose words accuse
                continue
            subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
            cue = None
            if clause.lemma_.lower() in WRONGDOING_VERBS and clause.pos_ == "VERB":
                cue = clause
            elif clause.lemma_.lower() in ("commit", "perpetrate") and any(
                o.dep_ == "dobj" and _wrong_named(o) for o in clause.children
            ):
                # "said Russia had committed crimes against humanity", "has committed an act
                # of aggression"
                cue = clause
            elif clause.lemma_.lower() in ("behave", "act") and _misconduct(clause):
                cue = clause  # "the boats behaved in a reckless and provocative manner"
            elif clause.lemma_ == "be":
                attr = next((c for c in clause.children if c.dep_ in ("attr", "acomp")), None)
                if attr is not None and (
                    attr.lemma_.lower() in WRONG_LABELS
                    or any(
                        c.dep_ in ("amod", "compound") and c.lemma_.lower() in WRONG_LABELS
                        for c in attr.children
                    )
                    # "a state sponsor of terror", "the main source of instability"
                    or any(p.lemma_.lower() in WRONG_LABELS for p in _prep_objects(attr, "of"))
                ):
                    cue = attr
            if cue is None or not subjects:
                continue
            subj, how = subject_of(say)
            actors = actors_at(subj, index) if subj is not None else []
            accused = [a for t in subjects for a in actors_at(t, index) if not _same(a, actors)]
            accused = [a for a in accused if _other_side(a, actors)]
            if actors and accused:
                why = (
                    f"'{say.text} ... {cue.text}': saying another party did or is a wrong is an "
                    "accusation"
                )
                out.append(_said(pattern, cue, "112", actors, accused, say, how, why, 0.8))
        return out

    def _made_to_pay(
        self, doc: Any, index: MentionIndex, cands: list[Candidate]
    ) -> list[Candidate]:
        """ "Russia said Ukraine would pay a heavy price", "warned that Pyongyang would face
        consequences": saying another party will suffer for what it does is a threat (CAMEO
        130) by the speaker against it."""
        pattern = self.patterns.by_id.get("threaten.threaten")
        out: list[Candidate] = []
        if pattern is None:
            return out
        for say, clause in _said_clauses(doc, cands):
            lemma = clause.lemma_.lower()
            objs = {o.lemma_.lower() for o in clause.children if o.dep_ == "dobj"}
            if not (
                (lemma == "pay" and "price" in objs)
                or (lemma == "face" and objs & {"consequence", "retaliation", "retribution"})
                or lemma == "regret"
            ):
                continue
            if not any(
                a.dep_ == "aux" and a.lower_ in ("will", "would", "'ll") for a in clause.children
            ):
                continue
            subj, how = subject_of(say)
            actors = actors_at(subj, index) if subj is not None else []
            target = [a for c in clause.children if c.dep_ == "nsubj"
                      for a in actors_at(c, index) if not _same(a, actors)]  # fmt: skip
            target = [a for a in target if a.country not in {x.country for x in actors}]
            if actors and target:
                why = (
                    f"'{say.text} ... would {clause.text}': saying another will suffer is a threat"
                )
                out.append(_said(pattern, clause, "130", actors, target, say, how, why, 0.8))
        return out

    def _imperatives(
        self, doc: Any, index: MentionIndex, cands: list[Candidate]
    ) -> tuple[list[Candidate], set[int]]:
        """ "'Stop shelling Gorazde now,' the NATO commander told the Bosnian Serbs", "the
        Council's message to Gadhafi was blunt: 'Stop attacking your own people'": a quoted
        order is a demand (CAMEO 100) by the speaker on the one it is addressed to; returns
        the demands and the tokens of the orders (not acts of the speaker)."""
        pattern = self.patterns.by_id.get("request.demand")
        out: list[Candidate] = []
        orders: set[int] = set()
        spans = doc.user_data.get(QUOTE_SPANS, ())
        if pattern is None or not spans:
            return out, orders
        taken = {c.trigger.i for c in cands} | {c.verb.i for c in cands if c.verb is not None}
        for v in doc:
            if v.tag_ != "VB":
                continue  # (an order is a bare verb: see _imperative)
            span = next(((a, b) for a, b in spans if a <= v.idx < b), None)
            if span is None or not _imperative(v, span):
                continue
            found = _addressed(v, span)
            if found is None:
                continue
            speaker, addressee, via = found
            if via.i in taken:
                continue  # the reporting verb is coded itself ("urged Israel: 'let them in'")
            subj, how = (
                subject_of(speaker) if speaker.pos_ in ("VERB", "AUX") else (speaker, "author")
            )
            actors = actors_at(subj, index) if subj is not None else []
            if subj is not None and not any(a.country for a in actors):
                actors = reporter_pronoun(subj, speaker, actors, index) or actors
            told = [a for a in actors_at(addressee, index) if a.country or a.cameo_code]
            told = [a for a in told if not _same(a, actors)]
            if not actors or not told:
                continue
            why = f"'{v.text} ...' quoted to '{addressee.text}': a quoted order is a demand"
            cand = _said(pattern, v, "100", actors, told, via, how, why, 0.8)
            out.append(cand)
            orders |= {t.i for t in v.subtree if span[0] <= t.idx < span[1]}
        return out, orders

    def _ruled_out(self, doc: Any, index: MentionIndex, cands: list[Candidate]) -> list[Candidate]:
        """ "'There will be no negotiations with America,' the supreme leader said": saying
        that a cooperative event will not be is a refusal (CAMEO 12x) by the speaker, aimed
        at the party named with it."""
        pattern = self.patterns.by_id.get("reject.reject")
        out: list[Candidate] = []
        if pattern is None:
            return out
        coded = {c.trigger.i for c in cands}
        for say, be in _said_clauses(doc, cands):
            if be.lemma_ != "be" or not any(c.dep_ == "expl" for c in be.children):
                continue
            if not any(c.dep_ == "aux" and c.lower_ in REFUSING_MODALS for c in be.children):
                continue
            for noun in (c for c in be.children if c.dep_ == "attr"):
                if noun.i in coded:
                    continue  # the event noun is coded itself (its refusal, by its flags)
                if not any(d.dep_ == "det" and d.lower_ == "no" for d in noun.children):
                    continue
                senses = self.patterns.nouns.get(noun.lemma_.lower(), ())
                kinds = [p for p in senses
                         if (p.plover or codes.plover_for_cameo(p.cameo).get("type"))
                         in flagmod.INTENT_TYPES]  # fmt: skip
                if not kinds:
                    continue
                subj, how = subject_of(say)
                actors = actors_at(subj, index) if subj is not None else []
                named = [p for w in ("with", "to", "for") for p in _prep_objects(noun, w)]
                told = [a for p in named for a in actors_at(p, index) if not _same(a, actors)]
                if not actors or not told:
                    continue
                intent = flagmod.intent_code(kinds[0].cameo)
                cameo = REFUSAL_CODES.get(intent) or REFUSAL_CODES.get(intent[:3]) or "120"
                why = f"'{say.text} ... there {be.text} no {noun.text}': a refusal"
                out.append(_said(pattern, noun, cameo, actors, told, say, how, why, 0.8))
        return out

    def _should(self, doc: Any, index: MentionIndex, cands: list[Candidate]) -> list[Candidate]:
        """ "Lula said the United States should stop encouraging the war", "Berlin insisted
        that Athens must honour its commitments": saying what another party should do is a
        demand on it (CAMEO 100) by the speaker."""
        pattern = self.patterns.by_id.get("request.demand")
        out: list[Candidate] = []
        if pattern is None:
            return out
        for say, clause in _said_clauses(doc, cands):
            modal = next((a for a in clause.children if a.dep_ == "aux"
                          and a.lower_ in ("should", "must", "ought")), None)  # fmt: skip
            if modal is None or any(c.dep_ == "neg" for c in clause.children):
                continue
            subj, how = subject_of(say)
            actors = actors_at(subj, index) if subj is not None else []
            told = [a for c in clause.children if c.dep_ == "nsubj"
                    for a in actors_at(c, index) if a.country]  # fmt: skip
            told = [a for a in told if not _same(a, actors)
                    and a.country not in {x.country for x in actors}]  # fmt: skip
            if actors and told:
                why = f"'{say.text} ... {modal.text} {clause.text}': saying what another should do is a demand"
                out.append(_said(pattern, modal, "100", actors, told, say, how, why, 0.8))
        return out

    def _or_face(self, cands: list[Candidate]) -> list[Candidate]:
        """ "gave Milosevic ten days to pull out of Kosovo or face air strikes", "demanded that
        the junta step down or face sanctions": a demand with a penalty named is also an
        ultimatum (CAMEO 139), by the one who demands, to the one who must comply."""
        out: list[Candidate] = []
        pattern = self.patterns.by_id.get("threaten.ultimatum")
        if pattern is None:
            return out
        for c in cands:
            if c.cameo[:2] not in ("10", "13") or not c.recipients:
                continue
            v = c.verb if c.verb is not None else c.trigger
            penalty = next(
                (t for t in v.subtree if t.lemma_.lower() == "face" and t.dep_ == "conj"
                 and any(s.dep_ == "cc" and s.lower_ == "or" for s in t.head.children)
                 and any(o.dep_ == "dobj" and o.lemma_.lower() in PENALTY_NOUNS
                         for o in t.children)),
                None,
            )  # fmt: skip
            if penalty is None or c.cameo[:3] == "139":
                continue
            if any(o.cameo[:2] == "13" and o.actors == c.actors for o in cands if o is not c):
                continue  # the threat is already coded
            obj = next(o for o in penalty.children if o.dep_ == "dobj")
            out.append(
                Candidate(pattern, penalty, "139", list(c.actors), list(c.recipients),
                          how=[f"'or face {obj.text}' after '{v.text}' matched an ultimatum",
                               f"actor: who demanded ('{v.text}')",
                               "recipient: who must comply"],
                          penalty=c.penalty * 0.9, verb=v)
            )  # fmt: skip
        return out

    @staticmethod
    def _noun_phrase_states(cands: list[Candidate], index: MentionIndex) -> None:
        """ "imposed an embargo on imports of Iranian crude oil": an event noun with no target
        of its own is aimed at the one state its phrase names."""
        for c in cands:
            if c.recipients or c.trigger.pos_ not in ("NOUN", "PROPN"):
                continue
            if c.cameo[:2] in SYMMETRIC_ROOTS or c.cameo[:2] in ("01", "02"):
                continue
            found = _nationalities_in_object([c.trigger], index, c.actors)
            if found:
                c.recipients = found
                _recipient_how(c, "recipient: the state the event noun's phrase names")

    @staticmethod
    def _substate_targets(cands: list[Candidate]) -> None:
        """Last resort, once every other pass has looked for a target: "the opposition called
        for nationwide protests", "rebels kidnapped a local mayor", "police probed the former
        president". A group inside one state that names no target acts on its own country."""
        for c in cands:
            if c.recipients or c.cameo[:2] in SYMMETRIC_ROOTS or not _substate(c.actors):
                continue
            if c.open_target:
                continue  # "Hezbollah's attacks on northern towns": not its own people
            own = [r for r in domestic(c.actors, None, "sub-state actor") if not _same(r, c.actors)]
            if not own:
                continue
            c.recipients = own
            c.penalty *= 0.9
            _recipient_how(
                c, "recipient: actor's own country (a group inside the state, no target named)"
            )

    @staticmethod
    def _reactions(cands: list[Candidate]) -> None:
        """ "struck sites across Iran, prompting Tehran to vow a harsh response": a reaction
        (a complement of "prompting", "forcing", ...) with no target of its own is aimed at
        whoever acted in the clause that prompted it."""
        by_verb: dict[int, Candidate] = {}
        for c in cands:
            for t in (c.trigger, c.verb):
                if t is not None:
                    by_verb.setdefault(t.i, c)
        for c in cands:
            if c.recipients or c.cameo[:2] not in REACTION_ROOTS:
                continue
            v = c.verb if c.verb is not None else c.trigger
            if v.dep_ in ("relcl", "acl") and v.head.lemma_.lower() in MOVE_NOUNS:
                # "..., in a move that Beijing called illegal", "a step Moscow condemned"
                up = v.head.head
                main = up.head if up.dep_ == "prep" else up
                if main.pos_ not in ("VERB", "AUX") or main.i == v.head.i:
                    continue
            elif v.dep_ in ("xcomp", "ccomp") and v.head.lemma_.lower() in PROMPTING:
                cue = v.head
                if cue.dep_ not in ("advcl", "conj", "xcomp") or cue.head.i == cue.i:
                    continue
                main = cue.head
            else:
                continue
            heads = [main]
            if main.dep_ in ("acl", "advcl", "xcomp") and main.i not in by_verb:
                # "launched an offensive to take Tripoli, prompting the UN to ...": the act the
                # purpose clause belongs to prompted it
                heads.append(main.head)
            if main.lemma_.lower() in REPORTING:
                # "imposed sanctions ..., the Treasury said, in a move that ...": the report's
                # content, not the saying
                heads = [main.head, *(c for c in main.children if c.dep_ == "ccomp")]
            cause = next(
                (by_verb[t.i] for h in heads
                 for t in (h, *(o for o in h.children if o.dep_ == "dobj")) if t.i in by_verb),
                None,
            )  # fmt: skip
            if cause is None or cause is c:
                continue
            target = [a for a in cause.actors if not _same(a, c.actors)]
            if target:
                c.recipients = target
                c.how.append(f"recipient: who acted in the clause that prompted it ('{main.text}')")

    @staticmethod
    def _answers(cands: list[Candidate], index: MentionIndex) -> None:
        """ "Kenya accused Somalia of arming the militia, a charge that Mogadishu denied",
        "..., and Pristina rejected the claim": a rejection of a claim with no author named is
        aimed at whoever made the claim earlier in the sentence."""
        for c in cands:
            if c.recipients or c.cameo[:2] != "12":
                continue
            v = c.verb if c.verb is not None else c.trigger
            nouns = [o for o in v.children if o.dep_ == "dobj" and o.lower_ not in
                     RELATIVE_PRONOUNS]  # fmt: skip
            if not nouns and v.dep_ == "relcl":
                nouns = [v.head]  # "a charge that Mogadishu denied"
            claim = next((n for n in nouns if n.lemma_.lower() in CLAIM_NOUNS), None)
            if claim is None or any(actors_at(t, index) for t in _authors(claim, acl=False)):
                continue
            earlier = [
                e for e in cands
                if e is not c and e.trigger.i < claim.i and e.trigger.sent == claim.sent
                and e.cameo[:2] in SPEECH_ROOTS and e.cameo[:2] != "12"
            ]  # fmt: skip
            if not earlier:
                continue
            src = max(earlier, key=lambda e: e.trigger.i)
            target = [a for a in src.actors if not _same(a, c.actors)]
            if target:
                c.recipients = target
                _recipient_how(c, f"recipient: who made the {claim.lower_} ('{src.trigger.text}')")

    @staticmethod
    def _drop_consequences(cands: list[Candidate]) -> list[Candidate]:
        """ "bombed a village in Sagaing, killing 20 civilians": the participle reports what
        the attack did; it is one event (the attack takes the participle's recipient if it
        has none)."""
        by_trigger = {c.trigger.i: c for c in cands}
        keep = []
        for c in cands:
            t = c.trigger
            head = by_trigger.get(t.head.i) if t.dep_ in ("advcl", "conj") else None
            if head is None and t.dep_ == "advcl" and t.tag_ == "VBG":
                # "resumed strikes across Gaza, killing 400 people": the attack is the object
                head = next((by_trigger[o.i] for o in t.head.children
                             if o.dep_ == "dobj" and o.i in by_trigger), None)  # fmt: skip
            same_attack = (
                head is not None
                and head is not c
                # "launched an offensive on Aleppo, capturing dozens of villages": the ground
                # taken (192) is what the attack won
                and (codes.plover_for_cameo(c.cameo).get("type") == "ASSAULT"
                     or (c.cameo == "192" and t.dep_ == "advcl"))
                and codes.plover_for_cameo(head.cameo).get("type") == "ASSAULT"
            )  # fmt: skip
            if same_attack and t.dep_ == "conj":
                # "attacked a base and killed five soldiers": one attack, unless the second
                # verb has its own subject or hits another country
                same_attack = not any(ch.dep_ in SUBJECT_DEPS for ch in t.children) and (
                    not head.recipients
                    or not c.recipients
                    or {r.country for r in c.recipients} == {r.country for r in head.recipients}
                )
            elif same_attack:
                same_attack = t.tag_ == "VBG"
            if (
                head is not None
                and head is not c
                and t.dep_ == "advcl"
                and t.tag_ == "VBG"
                and codes.plover_for_cameo(head.cameo).get("type") == "ASSAULT"
                and codes.plover_for_cameo(c.cameo).get("type") == "RETREAT"
            ):
                continue  # "stormed a jail in Bihar, freeing hundreds of inmates": the raid's doing
            if same_attack:
                if c.recipients and (not head.recipients or _victims_named(head, c)):
                    head.recipients = c.recipients
                    head.how.append(f"recipient from the participle '{t.text}'")
                continue
            keep.append(c)
        return keep

    @staticmethod
    def _referred_targets(cands: list[Candidate], index: MentionIndex) -> None:
        """ "severed relations with Morocco, accusing its neighbour of hostile acts", "moved to
        ban the opposition coalition, accusing it of organising the marches": a participle whose
        object only refers back ("it", "them", "its neighbour") is aimed at the target of the
        clause it hangs on."""
        for c in cands:
            v = c.verb
            if v is None or v.dep_ != "advcl" or v.tag_ != "VBG":
                continue
            objs = [o for o in v.children if o.dep_ in ("dobj", "dative")]
            if not objs or not all(_referring(o, index) for o in objs):
                continue
            spans = [(o.left_edge.idx, o.idx + len(o.text)) for o in objs]
            if any(a <= (r.start or -1) < b for r in c.recipients for a, b in spans):
                continue  # the object itself resolved ("accusing him of ...")
            inside = {t.i for t in v.subtree}
            heads = [o for o in cands if o is not c and o.recipients and o.verb is not None
                     and o.verb.i not in inside and o.verb.i in {t.i for t in v.head.subtree}
                     and {a.country for a in o.actors} == {a.country for a in c.actors}]  # fmt: skip
            if not heads:
                continue
            near = min(heads, key=lambda o: abs(o.verb.i - v.i))
            shared = [r for r in near.recipients if not _same(r, c.actors)]
            if shared:
                c.recipients = shared
                c.penalty *= 0.85
                _recipient_how(
                    c, f"recipient: the one '{objs[0].text}' refers to, of '{near.verb.text}'"
                )

    @staticmethod
    def _share_coordinated_recipients(
        cands: list[Candidate], index: MentionIndex | None = None
    ) -> None:
        """ "held talks with Nepalese leaders ... and signed a hydropower agreement": a
        coordinated predicate with the same subject and no recipient of its own takes the
        recipient of the predicate it is coordinated with."""
        by_verb = {c.verb.i: c for c in cands if c.verb is not None and c.recipients}
        for c in cands:
            v = c.verb
            # "boarded Philippine navy boats and seized firearms": a target the first verb names
            # outranks the own-country default of the second
            default = bool(c.recipients) and all(
                (r.resolution or "").startswith("domestic-default") for r in c.recipients
            )
            if (c.recipients and not default) or v is None or v.dep_ != "conj":
                continue
            if any(ch.dep_ in SUBJECT_DEPS for ch in v.children):
                continue  # its own subject: a new clause
            # "accused Pyongyang of violating the truce and suspended talks": the verb the
            # parser hung the conjunct on is the complement's; the accusing verb is its pair
            pair = lifted_conj(v) or v.head
            head = by_verb.get(pair.i)
            if head is not None and not c.recipients:
                shared = [r for r in head.recipients if not _same(r, c.actors)]
            elif head is None and default and index is not None and pair.pos_ in ("VERB", "AUX"):
                shared = [a for o in _objects(pair) for a in actors_at(o, index)
                          if a.country and a.country not in {x.country for x in c.actors}]  # fmt: skip
            else:
                continue
            if shared:
                c.recipients = shared
                c.penalty *= 0.85
                c.how.append(f"recipient shared with coordinated '{pair.text}'")
        # "demanded their withdrawal and accused India of ...": the first verb's object stands
        # for (or belongs to) the party the coordinated verb names
        for c in cands:
            v = c.verb
            if c.recipients or v is None or v.pos_ not in ("VERB", "AUX"):
                continue
            objs = [o for o in v.children if o.dep_ == "dobj"]
            if objs and not any(
                ch.dep_ == "poss" and ch.lower_ in ("its", "their")
                for o in objs
                for ch in o.children
            ):
                continue
            later = [by_verb[ch.i] for ch in v.children if ch.dep_ == "conj" and ch.i in by_verb
                     and not any(g.dep_ in SUBJECT_DEPS for g in ch.children)]  # fmt: skip
            for nxt in later:
                shared = [r for r in nxt.recipients if not _same(r, c.actors)]
                if shared and {a.country for a in nxt.actors} == {a.country for a in c.actors}:
                    c.recipients = shared
                    c.penalty *= 0.85
                    _recipient_how(c, f"recipient: shared with coordinated '{nxt.verb.text}'")
                    break

    # -- verbs -------------------------------------------------------------------------
    def _verb(self, verb: Any, index: MentionIndex, consumed: set[int]) -> list[Candidate]:
        lemma = verb.lemma_.lower()
        objs = _objects(verb)
        specific, rest = self._senses(lemma)
        phrasal = [p for p in rest if p.prep and _has_prep(verb, p.prep)
                   and (p.prep not in PLACE_PREPS or _has_particle(verb, p.prep))]  # fmt: skip
        if phrasal and any(p.needs_object == {ACTOR} for p in specific):
            # "asked Namibia for forgiveness": a phrasal sense whose particle is there goes
            # before a sense that only asks for an actor as object ("asked Namibia")
            taken = {id(p) for p in phrasal}
            generic = [p for p in specific if p.needs_object == {ACTOR}]
            specific = [p for p in specific if p.needs_object != {ACTOR}] + phrasal + generic
            rest = [p for p in rest if id(p) not in taken]
        if lemma in PHYSICAL_CHARGE and not _legal_charge(verb):
            # "police charged protesters (with batons)": the sense bound to armed actors first
            specific.sort(key=lambda p: not p.needs_actor_sector)
        found = self._verb_patterns(verb, lemma, objs, specific, index, consumed)
        if found:
            return found
        # "tariffs announced by Washington": a participle on its event noun is background
        participle = verb.dep_ == "acl" and verb.tag_ == "VBN"
        light_objs = list(objs) if lemma in self.patterns.light_verbs and not participle else []
        idiom = ""
        if lemma in LIGHT_PREP_VERBS:
            light_objs += _prep_objects(verb, LIGHT_PREP_VERBS[lemma])  # "went on strike"
        for obj in objs:
            prep = LIGHT_OBJECT_PREPS.get((lemma, obj.lemma_.lower()))
            if prep:
                # "took part in a rally": the event noun is the object of "in" (on the verb
                # or on "part")
                light_objs = [*_prep_objects(verb, prep), *_prep_objects(obj, prep)]
                idiom = f"'{verb.text} {obj.text} {prep}'"
        for obj in light_objs:
            for noun in self._event_nouns(obj):
                if _called(noun):
                    continue  # "a campaign Western governments called ethnic cleansing"
                cand = self._light(verb, noun, index, acts_only=bool(idiom))
                if cand:
                    if idiom:
                        cand.how.append(f"event noun through the idiom {idiom}")
                    consumed.add(noun.i)
                    return [cand]
        return self._verb_patterns(verb, lemma, objs, rest, index, consumed)

    def _senses(self, lemma: str) -> tuple[list[Pattern], list[Pattern]]:
        """A verb's senses split once per lemma (not per verb): those that name their object
        ("lifted the curfew", "halted imports of ...", "lifted sanctions"), which outrank the
        light-verb reading of the same object, then the others, a phrasal sense whose particle
        is there ("backed down", "spoke up for") before the plain verb ("backed the plan",
        "spoke with"). Fresh lists: the caller may reorder them."""
        split = self._split.get(lemma)
        if split is None:
            patterns = self.patterns.verbs.get(lemma, ())
            specific = [p for p in patterns if p.needs_object and not p.prep]
            # (by identity: comparing the frozen dataclasses field by field is slow)
            specific_ids = {id(p) for p in specific}
            rest = sorted(
                (p for p in patterns if id(p) not in specific_ids), key=lambda p: p.prep is None
            )
            split = self._split[lemma] = (specific, rest)
        return list(split[0]), list(split[1])

    def _verb_patterns(
        self,
        verb: Any,
        lemma: str,
        objs: list[Any],
        patterns: Iterable[Pattern],
        index: MentionIndex,
        consumed: set[int],
    ) -> list[Candidate]:
        subject: tuple | None = None  # (actors, how), found once for all senses
        # (the senses of a verb ask the same complement again: where it named no recipient)
        no_complement_recipient: list[tuple[bool, list[int], list[Actor]]] = []
        subj_tok: Any = None
        if _defeated_text(verb):
            return []  # "vetoed a resolution that demanded ...": nothing was demanded
        own_forces = orders_own_forces(verb)
        for pattern in patterns:
            if pattern.prep and not _has_prep(verb, pattern.prep):
                continue
            if (
                pattern.needs_word
                and not _has_word(verb, pattern.needs_word)
                and not (pattern.cameo[:2] == "15" and own_forces and _guarding_purpose(verb))
            ):
                continue  # ("ordered Marines to protect the embassies" is sent, whither unsaid)
            if pattern.cameo[:2] == "07" and _sent_to_border(verb):
                continue  # "sent tanks to the Ukrainian border": a deployment, not arms aid
            if pattern.cameo == "0841" and _rescue(verb):
                continue  # "troops freed hostages held by rebels": a rescue, no release
            if lemma in COMMAND_VERBS and (
                (pattern.cameo[:2] == "10" and any(ordered_done(c) for c in verb.children))
                or (own_forces and pattern.cameo[:2] == "10")
                or (own_forces and pattern.cameo == "166")
                or (
                    pattern.cameo[:2] == "15"
                    and (_clause_complement(verb) or _bought(verb))
                    and not (own_forces and _guarding_purpose(verb))
                )
            ):
                # "ordered troops to the border" is a deployment, not a demand; "ordered troops
                # to crush the protest": the complement (by the orderer, for its own forces)
                # is the event
                continue
            if pattern.intransitive and objs:
                continue  # "withdrew the United States from the deal" is no state's pullout
            obj = sense_object(pattern, verb, objs, index, self.patterns)
            if not _object_ok(pattern, obj, index, self.patterns):
                # "sent army teams and relief supplies to Nepal": a coordinated object may be
                # the one the sense names
                if obj is None or ACTOR in pattern.needs_object:
                    continue
                if pattern.cameo[:2] == "07" and obj.lemma_.lower() in (
                    "troop", "soldier", "force", "unit", "battalion", "brigade", "army", "marine",
                    "police", "policeman", "commando", "paratrooper", "reservist", "reinforcement",
                ):  # fmt: skip
                    # "sent troops and armoured vehicles to the border": sending forces is
                    # no aid, whatever goes with them
                    continue
                obj = next((c for c in obj.children if c.dep_ == "conj" and c.pos_ == "NOUN"
                            and _object_ok(pattern, c, index, self.patterns)), None)  # fmt: skip
                if obj is None:
                    continue
            if pattern.no_event:
                return []  # a look-alike reading that is no political event ("rallied to welcome")
            if pattern.cameo[:2] == "07" and _not_aid(verb, obj, self.patterns):
                continue
            if pattern.cameo[:2] == "04" and _naming(verb):
                continue  # "Iran called Israel an illegitimate regime" is no phone call
            if (
                pattern.cameo[:3] == "042"
                and pattern.prep
                and any(c.dep_ == "dobj" for c in verb.children)
            ):
                continue  # "flew the freed prisoners to Washington" carries them; no visit
            if subject is None:
                subj, how = subject_of(verb)
                subj_tok = subj
                actors = subject_actors(verb, subj, index) if subj is not None else []
                if subj is not None and not any(a.country for a in actors):
                    said = reporter_pronoun(subj, verb, actors, index)
                    if said:
                        actors, how = said, how + " (pronoun: the speaker of the report)"
                    elif pair := _they_pair(subj, verb, index):
                        actors, how = pair, how + " ('they': the two states just named)"
                if (
                    subj is not None
                    and not actors
                    and subj.lower_ in ("it", "they")
                    and verb.dep_ == "relcl"
                    and verb.head.head.pos_ in ("VERB", "AUX")
                    and verb.head.dep_ in ("dobj", "pobj", "nsubjpass")
                ):
                    # "Britain sanctioned two generals, whom it accused of ...": the pronoun
                    # is the subject of the clause the relative clause hangs on
                    main_subj, _ = subject_of(verb.head.head)
                    main = actors_at(main_subj, index) if main_subj is not None else []
                    if main:
                        actors = main
                        how += f" (pronoun: the subject of '{verb.head.head.text}')"
                if subj is not None and not any(a.country or a.cameo_code for a in actors):
                    placed = located_actors(subj, verb, index)
                    if not placed and (placed := backdrop_actors(subj, verb, index)):
                        how += " (a bare group in a time clause, placed by its sentence)"
                    if not placed and (placed := caused_crowd(subj, verb, index)):
                        how += " (a crowd set moving, placed by what it marches against)"
                    if placed:
                        if "placed by" not in how:
                            how += " (placed by the clause)"
                        actors = placed
                    elif verb.dep_ == "acl" and subj.i == verb.head.i:
                        # "police fired tear gas at demonstrators protesting against ...": the
                        # people a state's forces act on are that state's
                        actors = _acted_on_by_state(subj, index)
                        how += " (people acted on by their state's forces)" if actors else ""
                subject = (actors, how)
            actors, how = list(subject[0]), subject[1]
            if (
                not actors
                and subj_tok is not None
                and how.startswith("passive agent")
                and pattern.cameo[:2] in ARMED_ROOTS | {"17"}
                and (actors := _act_authors(subj_tok, index))
            ):
                # "were wounded by Russian shelling": the forces named on the act that did it
                how = f"the forces named on the act '{subj_tok.text}' that did it ({how})"
            if (
                not actors
                and how.startswith(("passive without agent", "past participle"))
                and pattern.cameo[:2] in ARMED_ROOTS | {"17"}
            ):
                # "the army said 12 militants were killed in the operation": the reporting
                # force's own operation
                actors, op_how = _own_operation(verb, index)
                if actors:
                    how = f"{op_how} (passive without agent)"
            judged = (
                how.startswith("passive agent of a participle on")
                and pattern.cameo[:2] in ("05", "11")
                and (
                    verb.head.lemma_.lower() in self.patterns.nouns
                    or verb.head.lemma_.lower() in RETOLD_NOUNS | SEIZURE_NOUNS
                )
            )  # "in a coup condemned by the OAS", "a deal praised by Washington": a judgement
            if (
                not actors
                and how.startswith("past participle")
                and pattern.cameo[:2] in ("07", "15")
                and verb.head.lemma_.lower() in SUPPLIED_GOODS
                and _news_participle(verb)
            ):
                # "Iranian drones supplied to Moscow were used in ...": goods and forces are
                # sent by the state they are named for
                actors = [a for a in actors_at(verb.head, index) if a.country]
                if actors:
                    how = "the state the goods or forces are named for (a participle on them)"
            if (
                how.startswith(("passive agent of a participle on", "past participle"))
                and not judged
                and not (
                    pattern.cameo[:2] in TARGET_ROOTS - {"15"}
                    and (actors_at(verb.head, index) or domestic_object([verb.head], index))
                    and (how.startswith("passive agent") or verb.head.dep_ == "ROOT")
                )
                and not _headline_participle(verb)
                # (a group "backed by" a state is described, not newly supported)
                and not (_subject_made_by(verb, how) and pattern.cameo[:2] != "05")
            ):
                # "tariffs announced by Washington", "war crimes committed by the army",
                # "citizens detained in Venezuela": a participle on a noun tells what is known
                # already; only force done to people by a named agent ("five protesters killed
                # by police") or in a headline ("Dozens of protesters arrested", "Sanctions
                # imposed on Iran by the UN") is the news
                continue
            if (
                not actors
                and how.startswith(("passive without agent", "past participle"))
                and (
                    pattern.cameo[:2] == "17"
                    # "was convicted of corruption", "was charged under anti-terror laws": its
                    # courts and prosecutors
                    or pattern.cameo[:3] in ("115", "116")
                    or (pattern.cameo[:3] == "166" and lemma in SENDING_OUT)
                    or (pattern.cameo[:3] == "084" and lemma in ("release", "free"))
                    # "was granted asylum in Canada": the state where it is granted
                    or pattern.cameo[:3] == "075"
                )
            ):
                # "Three journalists were arrested in Cairo", "Opposition leader X was
                # detained": coercion by the state's unnamed authorities
                # a conviction is its courts' ("was convicted of corruption")
                courts = ("JUD",) if pattern.cameo[:3] in ("115", "116") else ("GOV",)
                actors = _authorities(verb, index, courts)
                if actors:
                    how = (
                        "the unnamed authorities of where it happened or of whom it happened to"
                        " (passive without agent)"
                    )
            if not actors and how.startswith("passive without agent"):
                actors, named_how = _body_named(verb, index)
                if actors:
                    how = f"{named_how} (passive without agent)"
            if not actors and how.startswith("passive without agent"):
                actors, named_how = _passive_actor(pattern, verb, lemma, index)
                if actors:
                    how = f"{named_how} (passive without agent)"
            if (
                not actors
                and how.startswith("passive without agent")
                and pattern.cameo[:2] in FRAMED_ROOTS
            ):
                # "were freed under an amnesty decreed by the president", "were delivered
                # under Washington's aid package": who set the frame the act was done in
                actors, framed_how = _frame_author(verb, index)
                if actors:
                    how = f"{framed_how} (passive without agent)"
            if (
                not actors
                and how.startswith(("passive without agent", "past participle"))
                and pattern.cameo[:2] in ARMED_ROOTS | {"17"}
            ):
                # "was detained at a Syrian army checkpoint", "were wounded in a Hezbollah
                # attack": the forces named on the act or post it happened in
                actors = _setting_agent(verb, index)
                if actors:
                    how = "the forces named on the act it happened in (passive without agent)"
            if (
                not actors
                and how.startswith("passive without agent")
                and pattern.cameo[:2] not in ARMED_ROOTS
                and (said := _announcer(verb, index))
            ):
                # "de Klerk announced that Mandela will be released": who announces an act
                # done to others by no named agent does it
                actors, how = said, "who announced it (passive without agent)"
            if pattern.receiver:
                found = self._received(pattern, verb, lemma, objs, obj, actors, how, index)
                if not found:
                    continue
                consumed.update(o.i for o in objs if o.lemma_.lower() in self.patterns.nouns)
                if obj is not None and obj.lemma_.lower() in self.patterns.nouns:
                    consumed.add(obj.i)  # "came under attack": the attack is this event
                return found
            if pattern.actor_is_object:
                # "Taiwan detected 20 Chinese military aircraft near the island": the
                # aircraft's country acts; the one who watches is its target
                seen = [a for o in objs for a in actors_at(o, index)]
                if not seen:
                    continue
                return [Candidate(pattern, verb, pattern.cameo, seen,
                                  [a for a in actors if not _same(a, seen)],
                                  how=[f"verb '{verb.text}' (lemma {lemma}) matched {pattern.id}",
                                       "actor: the forces observed (object)",
                                       f"recipient: the observer ({how})"], verb=verb)]  # fmt: skip
            if not actors and pattern.cameo[:2] == "15" and how == "passive without agent":
                # "police were deployed across Nairobi": what is deployed mobilizes
                for c in verb.children:
                    if c.dep_ == "nsubjpass":
                        actors = actors_at(c, index) or located_actors(c, verb, index)
                        how = "deployed forces (passive subject)"
                if not actors and (first := _coordinated_state_subject(verb, index)):
                    # "declared martial law, and troops were sent to the National Assembly"
                    actors, how = (
                        first,
                        "the state actor of the clause before (passive without agent)",
                    )
                objs = [o for o in objs if o.dep_ != "nsubjpass"]
            if not actors or not _sectors_ok(pattern, actors):
                continue
            if (
                pattern.cameo[:2] in SPEECH_ROOTS
                and subj_tok is not None
                and "weapon" in self.patterns.classes_of(subj_tok.lemma_.lower())
            ):
                continue  # "a Russian missile slammed into a block": weapons do not speak
            if pattern.cameo[:2] in ARMED_ROOTS and any(
                t.lemma_.lower() in ECONOMIC_MEASURES
                for t in (
                    *objs,
                    *(p for w in ("at", "against", "on") for p in _prep_objects(verb, w)),
                )
            ):
                continue  # "hit back at Washington's levies", "retaliated against tariffs"
            if (
                pattern.cameo[:2] in ARMED_ROOTS
                and not objs
                and not _armed(actors)
                and not (
                    _aimed(verb)
                    and _aimed_at_actor(verb, index, (pattern.prep,) if pattern.prep else ())
                )
            ):
                continue  # "Brazil attacked relentlessly in the second half"
            complements = [c for c in verb.children if c.dep_ in ("xcomp", "ccomp")]
            if pattern.cameo[:2] in ("03", "05", "06", "07"):
                # "pledged $500 million to help rebuild Afghanistan": a purpose of helping
                complements += [c for c in verb.children if c.dep_ == "advcl"
                                and c.lemma_.lower() in HELPING
                                and any(x.dep_ == "aux" and x.lower_ == "to" for x in c.children)]  # fmt: skip
            if pattern.cameo[:2] == "13":
                # "vowed on Thursday to retaliate against Israel": the parser may hang the
                # infinitive as an adverbial clause; what is vowed is still its complement
                complements += [c for c in verb.children if c.dep_ == "advcl"
                                and any(x.dep_ == "aux" and x.lower_ == "to" for x in c.children)
                                and not any(x.dep_ == "mark" for x in c.children)]  # fmt: skip
            # "pledged $500 million to help rebuild Afghanistan": what is helped is the aim
            complements += [x for c in complements if c.lemma_.lower() in HELPING
                            for x in c.children if x.dep_ == "xcomp"]  # fmt: skip
            # "committed to deploying 1,000 police officers to Haiti": a gerund after "to"
            complements += [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"
                            for p in c.children if p.dep_ == "pcomp"]  # fmt: skip
            # "expressed its readiness to cooperate with Guatemala": the clause on the object
            complements += [a for o in objs for a in o.children if a.dep_ == "acl"
                            and any(x.dep_ == "aux" and x.lower_ == "to" for x in a.children)]  # fmt: skip
            comp_objs = [o for c in complements for o in _objects(c)]
            comp_objs += _made_to_act(complements)
            inner = [p for o in objs for c in o.children if c.dep_ == "prep"
                     for p in c.children if p.dep_ == "pobj"]  # fmt: skip
            if pattern.needs_object and ACTOR not in pattern.needs_object:
                # "laid the blame for the bombing on India": the parser hangs the target
                # phrase of an idiom ("blame ... on") under the verb's other phrase
                inner += [p for c in verb.children if c.dep_ == "prep"
                          for p in c.children if p.dep_ == "pobj"]  # fmt: skip
            recipients, rhow = recipients_for(
                pattern,
                verb,
                index,
                extra_heads=[*objs, *inner, *complements, *comp_objs],
                exclude=actors,
                objects=objs,
            )
            if not recipients and complements and pattern.recipient:
                coop = pattern.cameo[:2] == "03"
                key = (coop, [c.i for c in complements], actors)
                if key in no_complement_recipient:
                    recipients, rhow = [], "none"
                else:
                    recipients, rhow = self._complement_recipients(
                        complements, index, actors, cooperative=coop
                    )
                    if not recipients:
                        no_complement_recipient.append((coop, key[1], list(actors)))
            if not recipients and complements and pattern.recipient:
                # "threatened to expel the Croatian ambassador", "refused to allow EU observers"
                recipients = [a for o in comp_objs for a in actors_at(o, index)]
                rhow = "object of the complement clause"
            if not recipients and complements and pattern.recipient:
                # "threatened to pull out of peace talks with Somalia", "refused to lift its
                # ban on imports from Japan": the complement's object names the target
                phrase = [*comp_objs, *(p for c in complements for p in _clause_pobjs(c))]
                if pattern.cameo[:2] == "03":
                    # "vowed to defend the island against aggression": not aimed at the attacker
                    phrase = [p for p in phrase if not _defended_against(p)]
                recipients, ohow = object_phrase_recipients(
                    phrase, index, actors, hostile=_hostile(pattern.cameo), cameo=pattern.cameo
                )
                if len(actors) > 1:
                    # "Russia and China pledged to deepen ties during a visit by Putin"
                    own = {a.country for a in actors}
                    recipients = [r for r in recipients if r.country not in own]
                rhow = f"{ohow} in the complement clause" if recipients else rhow
            if (
                pattern.cameo[:2] == "13"
                and not any(
                    actors_at(o, index) for o in verb.children if o.dep_ in ("dobj", "dative")
                )  # "warned Baghdad that ..."
                and _forecast(verb, index)
            ):
                continue  # "the IMF warned that the economy would shrink": a forecast
            if not recipients and not pattern.needs_recipient and not pattern.symmetric:
                # "halted all trade with Israel", "accepted Saudi mediation", "called for the
                # release of its citizen held in Iran": the object's own phrase names the target
                targets = [*objs, *(_prep_objects(verb, pattern.prep) if pattern.prep else [])]
                targets += [t for slot in pattern.recipient if slot not in DEP_SLOTS
                            and slot not in ("author", "clause")
                            for t in _prep_objects(verb, slot)]  # fmt: skip
                recipients, ohow = object_phrase_recipients(
                    targets, index, actors, hostile=_hostile(pattern.cameo), cameo=pattern.cameo
                )
                rhow = ohow if recipients else rhow
            elif objs and _own_people(recipients, actors):
                # "demanded the release of the American journalist from Russia": the appeal
                # about one's own people goes to whoever holds them
                held, ohow = object_phrase_recipients(objs, index, [*actors, *recipients])
                held = [r for r in held if r.country and not _own_people([r], actors)]
                if held:
                    recipients = held
                    rhow = f"{ohow} (the actor's own people are held there)"
            penalty = 1.0
            if (
                not recipients
                and pattern.cameo[:2] == "09"
                and verb.dep_ == "advcl"
                and verb.head.lemma_.lower() in SETTING_UP
            ):
                # "the WHO sent a team to China to investigate ...": where the inquiry is sent
                recipients = [a for t in _prep_objects(verb.head, "to") for a in actors_at(t, index)
                              if a.country and not _same(a, actors)]  # fmt: skip
                rhow = f"where '{verb.head.text}' sends the inquiry"
            if (
                not recipients
                and pattern.cameo[:2] == "07"
                and verb.dep_ == "acl"
                and verb.head.dep_ in ("nsubj", "nsubjpass")
                and verb.head.head.lemma_.lower() in ARRIVING
            ):
                # "F-16 jets supplied by Denmark have arrived in Ukraine": where the aid arrived
                recipients = [a for w in ("in", "at") for t in _prep_objects(verb.head.head, w)
                              for a in (actors_at(t, index) or _place_actor(t)) if a.country
                              and not _same(a, actors)]  # fmt: skip
                rhow = f"where it '{verb.head.head.text}'"
            if not recipients and not objs and verb.dep_ == "conj" and "inherited" in how:
                # "accused Japan of ... and warned of action": the warning is aimed at Japan too
                recipients = [a for o in _objects(verb.head) for a in actors_at(o, index)]
                rhow, penalty = f"object of coordinated '{verb.head.text}'", 0.85
            near: list[Actor] = []
            if not recipients and pattern.cameo[:2] in TARGET_ROOTS | {"08"}:
                # "shelled Kherson", "struck facilities in Kharkiv", "moved troops toward Tripoli"
                preps = TARGET_PREPS | {"from"} if pattern.cameo[:2] == "08" else TARGET_PREPS
                across = pattern.cameo[:2] in ("08", "15")
                near = place_targets(verb, objs, preps, index, across=across, cameo=pattern.cameo)
                if not near and not across:
                    # "shelled villages near the border with Israel" after "peacekeepers in
                    # southern Lebanon": the one other state the sentence names
                    near = _beyond_border(verb, actors, index)
                # "blew himself up outside the Indian embassy in Kabul": a target that is itself
                # an actor outranks the place it stands in; else a named place first
                direct = [a for c in verb.children if c.dep_ == "prep" and c.lower_ in preps
                          for t in c.children if t.dep_ == "pobj" and index.at(t) is not None
                          and index.at(t).kind not in ("name", "metonym")
                          for a in actors_at(t, index) if a.country]  # fmt: skip
                recipients = direct or _named_places(near)
                rhow = (
                    f"the actor attacked or approached ('{direct[0].text}')"
                    if direct
                    else "country of the place attacked or approached"
                    if recipients
                    else rhow
                )
            recipients = [r for r in recipients if not _same(r, actors)]
            if not recipients and pattern.cameo[:2] == "15":
                # "massed divisions near the border with Ukraine", "rushed troops to the Swat
                # valley": the neighbour across the border, else the own state deployed in
                side = _deployment_side(verb, objs, actors, index)
                if side:
                    recipients, rhow = side
            if not recipients and pattern.cameo[:2] in TARGET_ROOTS:
                # "violated the truce by firing rockets into southern Israel": the means names
                # the target
                for means in (p for c in verb.children if c.dep_ == "prep" and c.lower_ == "by"
                              for p in c.children if p.dep_ == "pcomp"):  # fmt: skip
                    mobjs = _objects(means)
                    found = [a for o in mobjs for a in actors_at(o, index)]
                    found = found or place_targets(means, mobjs, None, index)
                    recipients = [a for a in found if not _same(a, actors)]
                    rhow = f"target of the means '{means.text}'" if recipients else rhow
            if not recipients and how.startswith("passive agent of a participle"):
                # "Backed by French jets, Malian troops ...": the main clause's subject
                main, _ = subject_of(verb.head)
                found = actors_at(main, index) if main is not None else []
                recipients = [a for a in found if not _same(a, actors)]
                rhow = f"subject of '{verb.head.text}' (the participle's patient)"
            if not recipients and "passive" in how and pattern.cameo[:2] not in SYMMETRIC_ROOTS:
                # "a Chinese balloon was shot down by US jets": the passive subject undergoes it
                recipients = [a for c in verb.children if c.dep_ == "nsubjpass"
                              for a in actors_at(c, index) if not _same(a, actors)]  # fmt: skip
                rhow = "passive subject (acted upon)" if recipients else rhow
            if not recipients and pattern.cameo[:2] in ARMED_ROOTS | {"15"}:
                # "shot down 102 missiles that Russia launched": aimed at whoever brought them down
                defender = _defender(verb)
                if defender is not None:
                    dsubj, _ = subject_of(defender)
                    found = actors_at(dsubj, index) if dsubj is not None else []
                    recipients = [a for a in found if not _same(a, actors)]
                    rhow = f"who '{defender.text}' them" if recipients else rhow
            if not recipients and pattern.cameo[:2] in ARMED_ROOTS and subj_tok is not None:
                # "a Russian missile strike on Odesa killed four people": the subject is the
                # attack, and its target is the recipient
                if subj_tok.lemma_.lower() in self.patterns.nouns:
                    consumed.add(subj_tok.i)  # one attack: the noun is this event's subject
                    hit = place_targets(subj_tok, [], None, index)
                    recipients = [r for r in hit if not _same(r, actors)]
                    rhow = f"target of the attack '{subj_tok.text}'" if recipients else rhow
            if not recipients and near and domestic_object(objs, index) is None:
                recipients = [r for r in near if not _same(r, actors)]
                rhow = "nationality of the place attacked or approached"
            if not recipients and verb.dep_ == "ccomp" and verb.head.lemma_.lower() in ADDRESSING:
                # "Iraq told the United Nations that it would accept ...", "assured Seoul that
                # it would not ...": the commitment is made to whoever was told
                told = [a for c in verb.head.children if c.dep_ in ("dobj", "dative")
                        for a in actors_at(c, index) if not _same(a, actors)]  # fmt: skip
                if told:
                    recipients, rhow = told, f"who was addressed ('{verb.head.text}')"
            moved = (
                _move_verb(verb) if not recipients and pattern.cameo[:2] in ("11", "12") else None
            )
            if moved is not None:
                # "Russia expelled ten diplomats, in a step Warsaw condemned": the step is the
                # clause's act, so the condemnation is aimed at its subject
                mover, _ = subject_of(moved)
                found = actors_at(mover, index) if mover is not None else []
                recipients = [a for a in found if not _same(a, actors)]
                rhow = "who made the move it names" if recipients else rhow
            if recipients and {r.country for r in recipients} <= {a.country for a in actors}:
                # "refused to hand over the militant leader to the United States", "deported
                # 40 men to China": the foreign state they are handed to, not their own
                handed = answered.handed_to([verb, *complements], index, actors)
                if handed:
                    recipients, rhow = handed, "the state they are handed over to"
            if pattern.cameo[:2] in JUDGED_ROOTS and (
                not recipients or {r.country for r in recipients} <= {a.country for a in actors}
            ):
                # "..., a move Beijing called protectionism", "..., a charge Bogota dismissed"
                # (the parser may hang the charge's own clause under "dismissed"): aimed at
                # whoever made the move or the charge
                found, shown = answered.summary_judged(verb, index, actors)
                if found:
                    recipients, rhow = found, shown
            own_side = bool(recipients) and all(
                r.country and r.country in {a.country for a in actors} for r in recipients
            )
            if pattern.cameo[:2] == "13" and (not recipients or own_side):
                # "warned that his forces would burn half of Israel if the Jewish state
                # attacked": the speaker's own side acts; the threat is aimed at the condition
                party = _conditional_party(verb, index, actors)
                if party or not recipients:
                    recipients = party
                    rhow = "subject of the condition ('if ...')" if party else rhow
            elif (
                not recipients
                and pattern.cameo[:2] in (*TARGET_ROOTS, "16")
                and flagmod.conditioned(verb)
            ):
                # "would not rule out using nuclear weapons if India launched an attack": a
                # hostile act promised on a condition (a threat) is aimed at who must meet it
                recipients = [a for t in flagmod.clause_chain(verb)
                              for a in _conditional_party(t, index, actors)][:1]  # fmt: skip
                rhow = "subject of the condition ('if ...')" if recipients else rhow
            if not recipients and pattern.cameo[:2] in ("12", "13"):
                # "vowed to retaliate after Washington closed its consulate", "the junta
                # detained the president, and the African Union threatened sanctions",
                # "Ecuador granted him asylum, and Britain refused him safe passage"
                recipients, shown = answered.answered_party(
                    verb, index, actors, answering_main=pattern.cameo[:2] == "12"
                )
                rhow = shown if recipients else rhow
            if not recipients and not pattern.symmetric and pattern.cameo[:2] >= "09":
                # "suspended talks on joining the European Union", "voted against allowing
                # U.S. troops to use its bases"
                recipients = answered.gerund_targets(verb, objs, index, actors)
                rhow = "the party named by the gerund in its phrase" if recipients else rhow
            if not recipients and objs and _hostile(pattern.cameo):
                # "demanded democratic reforms in Georgia", "condemned the violence in Syria":
                # the country where the object is
                found = _places_in_object(objs, index) or _places_in_object([verb], index, True)
                recipients = [a for a in found if not _same(a, actors)]
                rhow = "the country the object's phrase places it in" if recipients else rhow
            if not recipients and objs and pattern.cameo[:2] not in SYMMETRIC_ROOTS:
                # "an embargo on imports of Iranian crude oil", "lifted the sanctions imposed
                # on India and Pakistan": the one state whose goods or people the object names
                recipients = _nationalities_in_object(objs, index, actors)
                rhow = "the state the object's phrase names" if recipients else rhow
            if not recipients and _object_relative(verb):
                # "two French journalists it accused of supporting the rebels": the head noun
                # is the object of the relative clause
                recipients = [a for a in actors_at(verb.head, index) if not _same(a, actors)]
                rhow = (
                    f"the noun '{verb.head.text}' the relative clause is about"
                    if recipients
                    else rhow
                )
            if not recipients and pattern.cameo[:2] in ARMED_ROOTS:
                # "planted a bomb that killed three US soldiers", "fired a missile that hit a
                # hospital in Kharkiv": what the weapon's own clause struck
                for rc in (c for o in objs for c in o.children if c.dep_ == "relcl"
                           and any(s.dep_ == "nsubj" and s.lower_ in RELATIVE_PRONOUNS
                                   for s in c.children)):  # fmt: skip
                    hit = _objects(rc)
                    found = [a for x in hit for a in actors_at(x, index)]
                    found = found or _named_places(place_targets(rc, hit, None, index))
                    recipients = [a for a in found if not _same(a, actors)]
                    if recipients:
                        rhow = f"what the weapon's clause '{rc.text}' struck"
                        break
            if not recipients:
                # "backed down in its dispute with El Salvador", "amid a row with Beijing"
                recipients = [a for a in dispute_partners(verb, index) if not _same(a, actors)]
                rhow = "the other side of the dispute named with the verb" if recipients else rhow
            if not recipients and pattern.cameo[:2] in SYMMETRIC_ROOTS and pattern.recipient:
                # "promised assistance to flood victims in Libya": the country of the
                # beneficiaries named in the sense's own slot
                found = _beneficiary_places([verb, *objs], pattern.recipient, index)
                recipients = [a for a in _named_places(found) if not _same(a, actors)]
                rhow = "the country of the beneficiaries named" if recipients else rhow
            if not recipients and pattern.cameo[:2] in SYMMETRIC_ROOTS | {"08"}:
                # "agreed to suspend enrichment in a deal with Britain, France and Germany"
                partners = dispute_partners(verb, index, PARTNER_NOUNS, complements=True)
                recipients = [a for a in partners if not _same(a, actors)]
                rhow = (
                    "the other side of the deal or talks named with the verb"
                    if recipients
                    else rhow
                )
            if not recipients and pattern.cameo[:2] == "14":
                # "blocked highways to protest against the EU's trade deal", "prisoners in
                # Israeli jails went on hunger strike"
                recipients, shown = answered.protest_target(verb, subj_tok, index, actors)
                rhow = shown if recipients else rhow
            if not recipients:
                # "called on protesters to ...": the group may stand in the sense's own slot
                slots = [*pattern.recipient, *(["against"] if _hostile(pattern.cameo) else [])]
                heads = [verb, *objs, *(p for o in objs for p in _prep_objects(o, "of"))]
                slotted = [t for slot in slots if slot not in DEP_SLOTS
                           and slot not in ("author", "clause")
                           for h in heads for t in _prep_objects(h, slot)]  # fmt: skip
                group = domestic_object([*objs, *comp_objs, *slotted], index)
                abroad = (
                    _abroad(
                        verb, actors, _named_places(near), armed=pattern.cameo[:2] in ARMED_ROOTS
                    )  # fmt: skip
                    if group is not None
                    else []
                )
                if abroad:
                    # "an American soldier ... in southern Afghanistan shot dead 16 villagers":
                    # troops abroad act on the people of the country they are in
                    recipients = domestic(abroad, group, "unnamed group where the troops are")
                    rhow = f"people of the country where the troops are ('{group.text}')"
                elif (
                    group is not None
                    and lemma in SENDING_OUT
                    and (handed := answered.handed_to([verb], index, actors))
                ):
                    # "deported 40 Uighur men to China": the state they are sent to
                    recipients, rhow = handed, "the state they are sent to"
                elif group is not None:
                    # "accused protest leaders", "is investigating a deputy minister": a group
                    # of the actor's own role is still another party
                    recipients = domestic(actors, group, "unnamed domestic group")
                    rhow = f"actor's own country ('{group.text}')"
                elif lemma in SENDING_OUT and any(_displaced(o) for o in objs):
                    # "forty migrants were deported from Italy (to their home country
                    # Tunisia)": the deportees' own state where the text names it; migrants
                    # of no named state are no people of the deporting one
                    recipients = _home_state(verb, index)
                    rhow = "the deportees' home country" if recipients else rhow
                elif _domestic_code(pattern.cameo):
                    recipients = domestic(actors, None, _domestic_code(pattern.cameo))
                    rhow = "actor's own country (no target named)"
                if group is None or abroad:
                    recipients = [r for r in recipients if not _same(r, actors)]
            mutual = len(actors) > 1 and any(
                _reciprocal(t) for slot in pattern.recipient
                if slot not in DEP_SLOTS and slot not in ("author", "clause")
                for h in (verb, *objs) for t in _prep_objects(h, slot)
            )  # fmt: skip
            if mutual:
                # "Japan and India drilled with each other", "fought against one another": the
                # coordinated subjects act on each other
                if pattern.symmetric:
                    actors, recipients = actors[:1], actors[1:]
                else:
                    recipients = actors[1:]
                rhow = "the other of the pair ('each other' in a phrase)"
            if pattern.cameo in FOREIGN_ONLY:
                # "ordered Russian troops to withdraw" (by Putin) is no expulsion
                recipients = [r for r in recipients if r.country not in {a.country for a in actors}]
            if not recipients and pattern.cameo[:2] in ("07", "15"):
                # "sent troops to protect Libya's government": whom the purpose clause guards
                recipients = _purpose_beneficiary(verb, index, actors)
                rhow = "the party the deployment's purpose clause protects" if recipients else rhow
            elif pattern.cameo[:2] in ("07", "15") and (
                hosted := _hosted_body(verb, objs, recipients, actors, index)
            ):
                # "deployed troops to Mali to help the government": the government of the
                # state the forces are sent to, not the sender's own
                recipients, rhow = hosted, "the state the forces are sent to (its body helped)"
            if pattern.needs_recipient and not recipients:
                continue
            domestic_code = DOMESTIC_RECODE.get(pattern.cameo[:3])
            if (
                domestic_code
                and recipients
                and {r.country for r in recipients} <= {a.country for a in actors}
            ):
                cameo_override = domestic_code
            else:
                cameo_override = None
            if pattern.symmetric and not recipients and len(actors) > 1:
                # "Colombia's government and the ELN agreed ...": one side and the other
                actors, recipients = actors[:1], actors[1:]
                rhow = "the other coordinated subject (two-sided event)"
            cameo = self.patterns.refine(pattern, obj.lemma_.lower() if obj is not None else None)
            cameo = cameo_override or self._hostile_intent(pattern, cameo, verb, actors)
            if cameo == pattern.cameo and obj is not None:
                for p in _prep_objects(obj, "of"):  # "lifted the state of emergency"
                    cameo = self.patterns.refine(pattern, p.lemma_.lower())
            if cameo == pattern.cameo and pattern.prep and pattern.object_refine:
                for p in _prep_objects(verb, pattern.prep):  # "asked Namibia for forgiveness"
                    cameo = self.patterns.refine(pattern, p.lemma_.lower())
            if obj is not None and _sanctions_relief(obj) and cameo[:2] in RELIEF_CODES:
                # "demanded sanctions relief": an easing of sanctions, not aid
                cameo = RELIEF_CODES[cameo[:2]]
                how_relief = f"'{obj.text}' with '{_sanctions_relief(obj)}' is easing of sanctions"
            elif (
                cameo == "154"
                and recipients
                and _to_help(verb)
                and not {r.country for r in recipients} <= {a.country for a in actors}
            ):
                # "sent troops to Mali to help the government": military protection (074)
                cameo, how_relief = "074", f"'{verb.text}' forces to help: military assistance"
            elif (
                cameo == "074"
                and pattern.id == "aid.troops_to_protect"
                and recipients
                and {r.country for r in recipients} <= {a.country for a in actors if a.country}
                # ("deployed troops to Mali to help the government": sent abroad, aid)
                and not any(a.country and not _same(a, actors) for w in ("to", "into", "in")
                            for h in (verb, *objs, *(c for o in objs for c in o.conjuncts))
                            for t in _prep_objects(h, w)
                            for a in actors_at(t, index) or _place_actor(t))
            ):  # fmt: skip
                # "deployed soldiers to Guayaquil to help police": the own state's forces sent
                # to guard at home are deployed (154), no aid to another
                cameo, how_relief = "154", "own forces sent to guard at home: a deployment"
            elif cameo == "154" and recipients and (force := _peace_force(verb, index)):
                # "sent 800 troops to Haiti to lead a U.N. peacekeeping force", "as part of an
                # African Union protection force": peacekeeping (074), not a show of force
                cameo, how_relief = "074", f"forces sent for '{force.text}': peacekeeping"
            elif (
                cameo == "139"
                and (leave := _time_to_leave(verb, obj)) is not None
                and not any(
                    m.actor is not None and m.actor.country
                    and m.actor.country not in {a.country for a in actors}
                    for t in leave.subtree if (m := index.at(t)) is not None
                )
            ):  # fmt: skip
                # "gave the French ambassador 72 hours to leave the country": an expulsion;
                # residents given a day to leave their homes are driven out (174); leaving
                # another state ("48 hours to leave Iraq") is an ultimatum
                given = [c for c in verb.children if c.dep_ in ("dative", "dobj")]
                civil = any(c.lemma_.lower() in CIVIL_NOUNS for c in given)
                cameo = "174" if civil else "166"
                how_relief = "a span of time to leave: an expulsion, not a threat"
            else:
                how_relief = ""
            if (
                cameo[:2] in ("18", "19")
                and not recipients
                and obj is not None
                and ("weapon" in self.patterns.classes_of(obj.lemma_.lower()))
                and not _aimed(verb)
                and not _fired_into_peopled(verb)
            ):
                cameo = "150"  # "test-fired a missile": a show of force with no target
            if cameo == "190" and _marched_into_city(verb):
                cameo = "192"  # "rebels marched into Kinshasa": a city taken by force
            taken = list(objs)
            if pattern.prep and obj is not None and obj not in objs:
                taken.append(obj)  # "walked out of the talks" is one event
            # "condemned Russian strikes on Kharkiv": a judgement of another party's act leaves
            # that act its own event
            judged = pattern.cameo.startswith(JUDGING_CODES)
            for o in taken:
                if o.lemma_.lower() in self.patterns.nouns and not (
                    (self._speech_act(o) or (judged and self._others_act(o, actors, index)))
                    and (
                        any(actors_at(t, index) for t in _authors(o, acl=False))
                        or any(a.resolution == "demonym-modifier"
                               for a in _implied_actors(o, index))
                        # "rejected opposition demands": the opposition's own event
                        or (lemma in ANSWERING_VERBS
                            and any(c.dep_ in ("compound", "amod", "poss")
                                    and c.lemma_.lower() in DOMESTIC_GROUPS for c in o.children))
                    )
                ):  # fmt: skip
                    # "cancelled a planned meeting" is one event; "turned down a U.S. offer"
                    # or "an Egyptian offer" is two (the offer is the author's own event)
                    consumed.add(o.i)
            for p in _prep_objects(verb, "for"):
                if p.lemma_.lower() in self.patterns.nouns:
                    consumed.add(p.i)  # "will travel to Beijing for talks" is one event
            if (
                len(actors) > 1
                and (mutual or any(_reciprocal(o) for o in objs))
                and not pattern.symmetric
            ):
                # "Israel and Hamas blamed each other": one event each way
                return [
                    Candidate(pattern, verb, cameo, [a], [b for b in actors if b is not a],
                              how=[f"verb '{verb.text}' (lemma {lemma}) matched {pattern.id}",
                                   f"actor: {how} (one of a reciprocal pair)",
                                   "recipient: the other of the pair ('each other')"],
                              penalty=penalty, verb=verb)
                    for a in actors
                ]  # fmt: skip
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
                        *([how_relief] if how_relief else []),
                    ],
                    penalty=penalty,
                    verb=verb,
                )
            ]
        return []

    def _received(
        self,
        pattern: Pattern,
        verb: Any,
        lemma: str,
        objs: list[Any],
        obj: Any | None,
        takers: list[Actor],
        how: str,
        index: MentionIndex,
    ) -> list[Candidate]:
        """ "Ukraine received tanks from Germany", "won backing from Japan and Australia": the
        giver (object of "from" on the verb or its object) acts; the subject receives."""
        if "passive" in how:
            return []  # "was received by": the host reading, not this one
        heads = [*objs, *([obj] if obj is not None and obj not in objs else [])]
        # "received the first batch of jets from Russia": the objects found are what the
        # batch holds; the giver hangs on the batch, the verb's own object
        heads += [c for c in verb.children if c.dep_ == "dobj" and c not in heads]
        # "came under attack from/by rebels": the attacker may also be the "by" phrase
        words = ("from", "by") if pattern.cameo[:2] in ARMED_ROOTS else ("from",)
        toks = [t for h in (verb, *(w for o in heads for w in o.subtree if w.dep_ != "relcl"))
                for word in words for t in _prep_objects(h, word)]  # fmt: skip
        # "offers of help from 70 countries, including Greece and Armenia": the states named
        toks += [i for t in toks if not actors_at(t, index) for i in _prep_objects(t, "including")]
        if pattern.cameo[:2] in ARMED_ROOTS and obj is not None:
            toks += [t for t in _authors(obj) if t not in toks]  # "came under Houthi attack"
        givers = _unique([a for t in toks for a in (actors_at(t, index) or _place_actor(t))])
        if not givers and obj is not None and obj.lemma_.lower() in BESTOWED:
            # "won the backing of the Security Council", "received U.S. aid", "received a
            # Russian pledge": who gives what is bestowed is named on it
            named = [*_prep_objects(obj, "of"), *(c for c in obj.children
                                                  if c.dep_ in ("poss", "compound", "nmod"))]  # fmt: skip
            givers = _unique([a for t in named for a in actors_at(t, index)]) or [
                a for a in _implied_actors(obj, index) if a.resolution == "demonym-modifier"
            ]
        elif (
            not givers
            and obj is not None
            and "weapon" in self.patterns.classes_of(obj.lemma_.lower())
        ):
            # "Venezuela received Russian fighter jets": the nationality of arms received is
            # the state that supplied them
            givers = [a for a in _implied_actors(obj, index) if a.resolution == "demonym-modifier"]
        takers = [a for a in takers if not _same(a, givers)]
        if not givers or not takers:
            return []
        if (
            obj is not None
            and obj.lemma_.lower() == "fire"
            and not _armed([*givers, *takers])
            and not any(c.dep_ in ("compound", "amod") for c in obj.children)
        ):
            return []  # "the minister came under fire from lawmakers": criticism, not shooting
        cameo = self.patterns.refine(pattern, obj.lemma_.lower() if obj is not None else None)
        if cameo == pattern.cameo and obj is not None:
            for p in _prep_objects(obj, "of"):  # "a batch of air defence systems"
                cameo = self.patterns.refine(pattern, p.lemma_.lower())
        return [
            Candidate(pattern, verb, cameo, givers, takers,
                      how=[f"verb '{verb.text}' (lemma {lemma}) matched {pattern.id}",
                           "actor: the " + ("attacker" if pattern.cameo[:2] in ARMED_ROOTS
                                            else "giver (object of 'from')"),
                           f"recipient: the receiver ({how})"], verb=verb)
        ]  # fmt: skip

    def _hostile_intent(
        self, pattern: Pattern, cameo: str, verb: Any, actors: list[Actor] | None = None
    ) -> str:
        """A promise of a hostile act is a threat: "vowed to cut ties with China" (131),
        "pledged to crush the rebels" (138)."""
        if cameo[:2] != "03" or pattern.symmetric:
            return cameo
        for c in verb.children:
            if c.dep_ not in ("xcomp", "ccomp"):
                continue
            # the senses open to this actor: "Hezbollah vowed to strike" is no labour strike
            roots = [p.cameo[:2] for p in self.patterns.verbs.get(c.lemma_.lower(), ())
                     if (_object_ok(p, next(iter(_objects(c)), None), MentionIndex(()),
                                    self.patterns) or ACTOR in p.needs_object)
                     and (actors is None or _sectors_ok(p, actors))]  # fmt: skip
            for o in _objects(c) if c.lemma_.lower() in self.patterns.light_verbs else ():
                roots += [p.cameo[:2] for p in self.patterns.nouns.get(o.lemma_.lower(), ())[:1]]
            root = roots[0] if roots else ""
            if root in ("16",):
                return "131"
            if root == "14":
                return "133"  # "vowed to strike", "pledged to take to the streets"
            if root == "17":
                return "137"
            if root in ("15", "18", "19", "20"):
                return "138"
        return cameo

    def _speech_act(self, noun: Any) -> bool:
        """Whether an event noun reports words (an offer, a request, an accusation, a
        threat), which happened even when its object is turned down."""
        pats = self.patterns.nouns.get(noun.lemma_.lower()) or ()
        return any(p.cameo[:2] in SPEECH_ROOTS for p in pats)

    def _complement_recipients(
        self,
        complements: list[Any],
        index: MentionIndex,
        actors: list[Actor],
        *,
        cooperative: bool = False,
    ) -> tuple[list[Actor], str]:
        """The recipient the complement's own pattern finds: "threatened to suspend trade
        preferences for Cambodia", "offered to mediate between Sudan's factions", "threatened
        to attack polling stations in Mogadishu"."""
        for c in complements:
            cobjs = _objects(c)
            cinner = [p for o in cobjs for cc in o.children if cc.dep_ == "prep"
                      for p in cc.children if p.dep_ == "pobj"]  # fmt: skip
            if c.lemma_.lower() in self.patterns.light_verbs:
                # "refused to hold talks with Somaliland"
                for o in cobjs:
                    for noun in self._event_nouns(o):
                        for np in self.patterns.nouns.get(noun.lemma_.lower(), ())[:1]:
                            # "to hold joint drills with France": the phrase may hang on the verb
                            found, how = recipients_for(np, noun, index, extra_heads=[c],
                                                        exclude=actors)  # fmt: skip
                            if found:
                                return found, f"recipient of '{c.text} {noun.text}' ({np.id})"
            for cp in self.patterns.verbs.get(c.lemma_.lower(), ()):
                if cooperative and cp.prep == "against" and c.lemma_.lower() in DEFENDING:
                    # "vowed to defend the island against aggression": a promise to defend
                    # is not aimed at whoever may attack
                    continue
                found, how = recipients_for(
                    cp, c, index, extra_heads=[*cobjs, *cinner], exclude=actors
                )
                if not found and cp.cameo[:2] in TARGET_ROOTS:
                    found = place_targets(c, cobjs, None, index)
                    how = "place"
                found = [r for r in found if not _same(r, actors)]
                if found:
                    return found, f"recipient of the complement '{c.text}' ({cp.id}: {how})"
        return [], "none"

    def _others_act(self, noun: Any, actors: list[Actor], index: MentionIndex) -> bool:
        """Whether an event noun names an author of another country than ``actors``
        ("Russian strikes", "Israel's bombardment") who is not one of them."""
        own = {a.country for a in actors}
        authors = [a for t in _authors(noun, acl=False) for a in actors_at(t, index)]
        authors += [a for a in _implied_actors(noun, index) if a.resolution == "demonym-modifier"]
        return any(a.country and a.country not in own for a in authors)

    def _event_nouns(self, obj: Any) -> list[Any]:
        """The object noun and its coordinated nouns that are event nouns."""
        toks = [obj, *[c for c in obj.children if c.dep_ == "conj"]]
        if obj.lemma_.lower() in SPAN_NOUNS:
            toks += _prep_objects(obj, "of")  # "held four hours of talks", "a round of talks"
        return [t for t in toks if t.lemma_.lower() in self.patterns.nouns]

    def _noun_object(self, pattern: Pattern, noun: Any) -> Any | None:
        """The thing an event noun is about: "restoration of relations"."""
        for word in (pattern.prep or "of",):
            pobjs = _prep_objects(noun, word)
            if pobjs:
                return pobjs[0]
        return None

    def _noun_ok(self, pattern: Pattern, noun: Any, index: MentionIndex) -> bool:
        if pattern.needs_word and not _has_word(noun, pattern.needs_word):
            return False
        if _defeated(noun):
            return False  # "vetoed a resolution calling for ...": it urged no one
        if pattern.needs_object:
            return _object_ok(pattern, self._noun_object(pattern, noun), index, self.patterns)
        return True

    def _light(
        self, verb: Any, noun: Any, index: MentionIndex, *, acts_only: bool = False
    ) -> Candidate | None:
        subj, how = subject_of(verb)
        actors = subject_actors(verb, subj, index) if subj is not None else []
        if subj is not None and not any(a.country for a in actors):
            # "Iran said it was ready to hold talks": the pronoun is the speaker
            actors = reporter_pronoun(subj, verb, actors, index) or actors
        if not actors and subj is not None:
            actors = located_actors(subj, verb, index)
        if not actors:
            # "authorities imposed a curfew in Srinagar": the place's state
            pats = self.patterns.nouns.get(noun.lemma_.lower(), ())
            actors = noun_sides.organ_placed(pats, verb, noun, subj, index)
        if not actors:
            return None
        inner = [p for c in noun.children if c.dep_ == "prep"
                 for p in c.children if p.dep_ == "pobj"]  # fmt: skip
        for pattern in self.patterns.nouns[noun.lemma_.lower()]:
            if pattern.cameo[:2] in ARMED_ROOTS and _labour_strike(noun):
                continue  # "called a general strike": a stoppage, not an air strike
            if not self._noun_ok(pattern, noun, index) or not _sectors_ok(pattern, actors):
                continue
            if pattern.no_event:
                return None
            if acts_only and pattern.cameo[:2] in SPEECH_ROOTS:
                continue  # "took part in a protest" is a demonstration, not a complaint
            recipients, rhow = recipients_for(
                pattern, noun, index, extra_heads=[verb, *inner], exclude=actors
            )
            if not recipients and pattern.symmetric:
                recipients = self._participants(noun, index)
                rhow = "participants named around the noun"
            recipients = [r for r in recipients if not _same(r, actors)]
            if pattern.cameo[:3] == "114" and recipients and all(_forum(r) for r in recipients):
                # "lodged a complaint with the Security Council over Warsaw's ban": the body
                # complained to is the forum; the complaint is about the other party
                about, ahow = complained_of(noun, verb, index, actors)
                if about:
                    recipients, rhow = about, ahow
            if (
                not recipients
                and pattern.recipient
                and not pattern.needs_recipient
                and not pattern.symmetric
            ):
                # "opened an investigation into war crimes by Russian forces"
                # "opened an inquiry into abuses in Iran": the phrase may hang on the verb
                targets = [noun, *(t for slot in pattern.recipient if slot not in DEP_SLOTS
                                   and slot not in ("author", "clause")
                                   for t in _prep_objects(verb, slot))]  # fmt: skip
                recipients, rhow = object_phrase_recipients(
                    targets, index, actors, hostile=_hostile(pattern.cameo), cameo=pattern.cameo
                )
            if not recipients and pattern.cameo[:2] in SYMMETRIC_ROOTS and pattern.recipient:
                # "pledged emergency relief for cyclone victims in India": the country of the
                # beneficiaries named in the sense's own slot (as for a verb's own object)
                found = _beneficiary_places([noun, verb], pattern.recipient, index)
                recipients = [a for a in _named_places(found) if not _same(a, actors)]
                rhow = "the country of the beneficiaries named" if recipients else rhow
            if not recipients and pattern.cameo[:2] in TARGET_ROOTS:
                # "launched an offensive to take the capital Tripoli"
                recipients = [a for a in _purpose_targets([noun, verb], index)
                              if not _same(a, actors)]  # fmt: skip
                rhow = "what its purpose clause aims at" if recipients else rhow
            if not recipients and pattern.cameo[:2] == "14":
                # "prisoners in Israeli jails began a hunger strike"
                recipients, rhow = answered.protest_target(verb, subj, index, actors)
            if not recipients and _domestic_code(pattern.cameo):
                recipients = domestic(actors, None, _domestic_code(pattern.cameo))
                rhow = "actor's own country (no target named)"
            if pattern.needs_recipient and not recipients:
                continue
            if pattern.symmetric and not recipients and len(actors) > 1:
                actors, recipients = actors[:1], actors[1:]
                rhow = "the other coordinated subject (two-sided event)"
            cameo = pattern.cameo
            if (
                cameo[:2] == "05"
                and noun.lemma_.lower() in REGRET_NOUNS
                and recipients
                and any(
                    _authors(o) for w in ("over", "at", "about") for o in _prep_objects(noun, w)
                )
            ):
                # "expressed regret over Seoul's remarks": displeasure at another's act (110),
                # not an apology for one's own ("regret for its wartime conduct")
                cameo = "110"
                rhow += f"; '{noun.text}' over another's act is disapproval"
            if verb.lemma_.lower() in ENDING_VERBS and cameo in LIFTED:
                # "lifted martial law", "ended the curfew": the restriction is eased
                cameo = LIFTED[cameo]
                rhow += f"; '{verb.text}' ends the '{noun.text}': an easing"
            relief = _sanctions_relief(noun)
            if relief and cameo[:2] == "07":
                # "granted sanctions relief", "offered sanctions relief": easing, not aid
                cameo = "0354" if verb.lemma_.lower() in INTENT_LIGHT else "085"
                rhow += f"; '{noun.text}' with '{relief}' is easing of sanctions"
            ptype = pattern.plover or codes.plover_for_cameo(cameo).get("type")
            if verb.lemma_.lower() in INTENT_LIGHT and ptype in flagmod.INTENT_TYPES:
                # "offered Kenya a loan", "pledged support": an intent, not the act (AGREE)
                cameo = flagmod.intent_code(cameo)
            return Candidate(
                pattern,
                noun,
                cameo,
                actors,
                recipients,
                how=[
                    f"light verb '{verb.text}' + event noun '{noun.text}' matched {pattern.id}",
                    f"actor: {how}",
                    f"recipient: {rhow}",
                ],
                verb=verb,
            )
        return None

    # -- nouns standing alone ("during talks with X", "the A-B summit") ------------------
    def _noun(self, noun: Any, index: MentionIndex) -> list[Candidate]:
        for pattern in self.patterns.nouns.get(noun.lemma_.lower(), ()):
            if not self._noun_ok(pattern, noun, index):
                continue
            if pattern.no_event:
                return []
            if pattern.requires_light:
                # "Tokyo's condemnation of Pyongyang", "Russia's invasion of Ukraine"
                cand = self._owned(pattern, noun, index)
                if cand is None and pattern.cameo[:2] == "14":
                    cand = self._placed_protest(pattern, noun, index)
                if cand is None and pattern.cameo[:2] == "14":
                    cand = self._suppressed_protest(pattern, noun, index)
                if cand is None and pattern.cameo[:2] == "14":
                    cand = self._background_protest(pattern, noun, index)
                if cand is None and pattern.cameo[:2] == "17":
                    # "a crackdown in Tibet", "a wave of arrests in Istanbul"
                    cand = noun_sides.placed_coercion(pattern, noun, index)
                if cand is None and pattern.symmetric and self._onset(noun):
                    # "Cooperation between Italy and Libya has intensified": the sides named
                    parts = self._participants(noun, index)
                    if len(parts) >= 2:
                        cand = Candidate(pattern, noun, pattern.cameo, parts[:1], parts[1:],
                                         how=[f"event noun '{noun.text}' matched {pattern.id}",
                                              f"subject of '{noun.head.text}': the sides named "
                                              "around the noun"], penalty=0.85)  # fmt: skip
                if cand is None:
                    cand = _sides_took_effect(pattern, noun, index)
                if cand is not None:
                    return [cand]
                continue
            participants = self._participants(noun, index)
            owners = [a for c in noun.children if c.dep_ == "poss" for a in actors_at(c, index)]
            withs = [
                a for w in ("with",) for t in _prep_objects(noun, w) for a in actors_at(t, index)
            ]
            how = "participants named around the noun"
            victims = [] if owners else self._clause_patients(noun, index)
            if withs and victims and pattern.cameo[:2] in ARMED_ROOTS:
                # "Twenty Indian soldiers were killed in a clash with Chinese troops": the
                # side named with "with" did the killing
                actors, recipients = withs, victims
                how = "with-phrase (the other side), those killed in it"
            elif withs:
                actors = owners or self._clause_actors(noun, index)
                recipients = withs
                how = "owner or clause subject, with-phrase"
            elif len(participants) >= 2:
                actors, recipients = participants[:1], participants[1:]
            else:
                # "deployed troops to quell ethnic clashes", "put the army on alert after clashes
                # in Kosovo": with no side named, the clause's subject takes part only when the
                # noun is what it did ("held talks") or where it stood ("engaged in fighting")
                took_part = (
                    (
                        noun.dep_ == "dobj"
                        and noun.head.lemma_.lower() in self.patterns.light_verbs | DOING_VERBS
                    )
                    or (noun.dep_ == "pobj" and noun.head.lower_ in ("in", "into"))
                    # "agreed to restore ties, following talks hosted by China": who agrees met
                    or (
                        pattern.cameo[:2] == "04"
                        and noun.dep_ == "pobj"
                        and noun.head.lower_ in ("after", "following")
                    )
                    # "agreed ... during their meeting near San Francisco", "agreed at a summit
                    # in Dagomys", "after nine days of talks": the meeting is the setting of
                    # what its sides did
                    or (pattern.cameo[:2] == "04" and _talks_setting(noun))
                )
                clause = self._clause_actors(noun, index) if took_part else []
                actors = owners or clause or participants
                recipients = [p for p in participants if not _same(p, actors)]
            if not actors:
                continue
            recipients = [r for r in _unique(recipients) if not _same(r, actors)]
            if pattern.symmetric and not recipients and len(actors) == 1:
                # "clashes between Inkatha supporters and ANC followers"
                recipients = noun_sides.unnamed_other_side(noun, actors, index)
            if pattern.symmetric and not recipients and len(actors) > 1:
                actors, recipients = actors[:1], actors[1:]  # "Riyadh and Tehran ..., after talks"
            if pattern.needs_recipient and not recipients:
                continue
            found = [
                Candidate(
                    pattern,
                    noun,
                    pattern.cameo,
                    _unique(actors),
                    recipients,
                    how=[f"event noun '{noun.text}' matched {pattern.id}", how],
                    penalty=0.9,
                )
            ]
            if pattern.cameo[:2] == "04":
                found += _mediators(pattern, noun, [*_unique(actors), *recipients], index)
            return found
        return []

    def _owned(
        self,
        pattern: Pattern,
        noun: Any,
        index: MentionIndex,
        owners: list[Actor] | None = None,
        how: str = "possessor",
    ) -> Candidate | None:
        """An event noun with an actor as possessor and a recipient phrase."""
        # "Tokyo's condemnation", "calls from the IMF", "an offer by Qatar", "Russian strikes"
        if pattern.cameo[:2] == "06":
            return None  # "Japan's exports to China rose": a trade figure, not an event
        if owners is None:
            # "security forces in Harare" names an actor, not a security mission: a modifier
            # inside the noun's own mention owns nothing
            owners = [a for t in _authors(noun, acl=False) if not _same_mention(t, noun, index)
                      for a in actors_at(t, index)]  # fmt: skip
            owners += [
                a for a in _implied_actors(noun, index) if a.resolution == "demonym-modifier"
            ]
            owners += _claimed_by(noun, index)
            if not owners and noun.dep_ in ("nsubj", "nsubjpass", "conj"):
                # "an arms ban imposed on Libya by the Security Council took effect": the agent
                # of the light verb made it (the clause tells the act as news); "an air embargo
                # and arms ban imposed ...": the participle on the last is both's
                made = [c for n in (noun, *(k for k in noun.children if k.dep_ == "conj"))
                        for c in n.children if c.dep_ == "acl"
                        and c.lemma_.lower() in self.patterns.light_verbs
                        and _subject_made_by(c, "passive agent of a participle on a noun")
                        and _agent_of(c) is not None]  # fmt: skip
                owners = [a for c in made for a in actors_at(_agent_of(c), index)]
                if owners:
                    how = f"agent of '{made[0].text}' (a participle on the noun)"
            if (
                not owners
                and noun.dep_ == "dobj"
                and noun.lemma_.lower() in WARNING_NOUNS | CALLING_NOUNS
                and noun.head.lemma_.lower() in DEFYING
            ):
                # "defying warnings from Beijing": the parser hangs the author on the verb
                owners = [a for t in _prep_objects(noun.head, "from") for a in actors_at(t, index)]
        owners = _unique(owners)
        if owners and not _sectors_ok(pattern, owners):
            # the sense's actor classes hold for an owner as for a subject: "air strikes by
            # Russian forces" are no labour strike, "protests by farmers" no official protest
            return None
        if not owners:
            # "rejected opposition demands", "bowed to union demands": a group of the answering
            # state's own people asked it
            group = next((c for c in noun.children if c.dep_ in ("compound", "amod", "poss")
                          and c.lemma_.lower() in DOMESTIC_GROUPS), None)  # fmt: skip
            asked = self._asked(pattern, noun, index, []) if group is not None else []
            if not asked:
                return None
            owners, how = (
                domestic(asked, group, "unnamed domestic group"),
                "the answering state's own people",
            )
        slots = (*pattern.recipient, "of")
        widened = Pattern(
            **{**{f: getattr(pattern, f) for f in pattern.__slots__}, "recipient": slots}
        )
        recipients, rhow = recipients_for(widened, noun, index, exclude=owners)
        if not recipients and how.startswith("agent of"):
            # "an embargo imposed on Libya by ...": the target hangs on the participle
            made_by = [c for n in (noun, *(k for k in noun.children if k.dep_ == "conj"))
                       for c in n.children if c.dep_ == "acl" and _agent_of(c) is not None]  # fmt: skip
            recipients, rhow = recipients_for(pattern, made_by[0], index, exclude=owners)
            if not recipients and pattern.cameo[:2] == "14":
                # "a hunger strike launched by prisoners in Israeli jails": aimed at those who
                # hold them, else at their own government
                held = [a for h in (made_by[0], _agent_of(made_by[0]))
                        for p in _prep_objects(h, "in") if p.lemma_.lower() in DETENTION_NOUNS
                        for a in (actors_at(p, index) or _implied_actors(p, index))
                        if a.country and not _same(a, owners)]  # fmt: skip
                recipients, rhow = held, "who holds the protesters"
                if not recipients:
                    recipients = domestic(owners, None, "protest")
                    rhow = "the protesters' own state"
        if pattern.cameo[:2] in ("08", "15") and rhow.startswith("of "):
            # "Washington's withdrawal of its troops": what moves is the owner's own
            recipients = [r for r in recipients if r.country not in {a.country for a in owners}]
        if not recipients and pattern.cameo[:2] in TARGET_ROOTS:
            recipients, rhow = place_targets(noun, [], None, index), "country of the place attacked"
        recipients = [r for r in recipients if not _same(r, owners)]
        open_target = False
        if not recipients and pattern.cameo[:2] in ARMED_ROOTS:
            # "five civilians died in a Russian bombing raid on Grozny": those it killed, or
            # the owner's own people
            recipients = [r for r in self._clause_patients(noun, index) if not _same(r, owners)]
            victims = _dead_in(noun)
            if not recipients and victims is not None and _group_noun(victims):
                recipients = domestic(owners, victims, "unnamed domestic group")
            rhow = "those killed or hurt in it"
        if not recipients and pattern.cameo[:2] in ARMED_ROOTS:
            places = [p for w in ("on", "against", "at") for p in _prep_objects(noun, w)
                      if p.lemma_.lower() in OPEN_PLACES]  # fmt: skip
            if places:
                recipients, open_target = _open_place_state(places[0], owners, index), True
                rhow = "the state of the place attacked (its adjective, or the sentence's other)"
        if (
            not recipients
            and pattern.cameo == "045"
            and noun.dep_ == "pobj"
            and noun.head.lower_ in REALIZED_PREPS
        ):
            # "agreed to a ceasefire following mediation by the United States": the sides
            # mediated between are the clause's subject
            recipients = [a for a in self._clause_actors(noun, index) if not _same(a, owners)]
            rhow = "the subject of the clause it led to (the sides mediated between)"
        if not recipients:
            group = domestic_object([noun], index)
            if group is not None and group.i != noun.i:
                # "the arrest of opposition figures"
                recipients, rhow = domestic(owners, group, "unnamed domestic group"), "own people"
        if (
            not recipients
            and pattern.cameo[:2] in COERCIVE_ROOTS
            and noun.dep_ == "nsubj"
            and noun.head.lemma_.lower() in CAUSING
        ):
            # "NATO's threat of air strikes forced the Serbs to pull back": the one it made act
            recipients = [a for o in noun.head.children if o.dep_ == "dobj"
                          for a in actors_at(o, index) if not _same(a, owners)]  # fmt: skip
            rhow = f"object of '{noun.head.text}' (the one it made act)"
        if not recipients and (asked := self._asked(pattern, noun, index, owners)):
            recipients, rhow = asked, "the one asked: the subject of the clause that answers it"
        if (
            not recipients
            and noun.dep_ in ("nsubj", "nsubjpass")
            and (
                (pattern.cameo[:2] in TARGET_ROOTS and _prep_objects(noun, "of"))
                # only with its owner named outright ("Tehran's", "by the unions"), not by a
                # modifier ("a US drone strike") or a source ("demand from China")
                or (pattern.cameo[:2] in TOLD_DONE_ROOTS and _named_owner(noun))
            )
        ):
            # "Russia's seizure of the plant drew condemnation", "Saudi Arabia's rejection of
            # the seat stunned diplomats": the subject of a clause is told as done, even when
            # what it was done to names no actor
            rhow = f"none (what '{noun.text}' acted on names no actor)"
        elif not recipients and pattern.cameo[:2] in TARGET_ROOTS and _answered_act(noun):
            # "struck Houthi targets in response to the group's attacks on shipping", "in
            # retaliation for attacks by the rebels on merchant ships": the act answered was
            # done, even when what it hit names no actor
            rhow = f"none (what '{noun.text}' acted on names no actor)"
        elif not recipients and pattern.cameo[:2] != "15":
            return None  # a show of force needs no target: "North Korea's missile launch"
        return Candidate(pattern, noun, pattern.cameo, owners, recipients,
                         how=[f"event noun '{noun.text}' with its owner matched {pattern.id}",
                              f"actor: {how}", f"recipient: {rhow}"], penalty=0.8,
                         open_target=open_target)  # fmt: skip

    def _asked(
        self, pattern: Pattern, noun: Any, index: MentionIndex, owners: list[Actor]
    ) -> list[Actor]:
        """Whom a request or demand with a named author but no addressee was made to: the
        subject of the clause that answers it ("Pakistan rejected calls for restraint from
        Washington", "the government bowed to union demands", "ignored calls from the UN")
        or that acts on it ("Canada arrested him at Washington's request")."""
        lemma = noun.lemma_.lower()
        if lemma not in CALLING_NOUNS | INSTIGATION_NOUNS | WARNING_NOUNS:
            return []  # "bowed to U.S. pressure": a state of affairs, not a request made
        # "defying warnings from Beijing", "despite threats from Moscow": a warning defied was
        # made, to whom defies it
        wanted = "THREATEN" if lemma in WARNING_NOUNS else "REQUEST"
        if (codes.plover_for_cameo(pattern.cameo) or {}).get("type") != wanted and (
            pattern.plover != wanted
        ):
            return []
        head = noun.head
        if noun.dep_ == "dobj":
            verb = head
            if verb.lemma_.lower() not in ANSWERING_VERBS:
                return []
        elif (
            noun.dep_ == "pobj"
            and head.lower_ in ("to", "with")
            and (head.head.lemma_.lower() in ANSWERING_VERBS)
        ):
            verb = head.head  # "bowed to demands", "complied with the request"
        elif (
            noun.dep_ == "pobj"
            and head.lower_ in ("at", "on", "upon", "despite")
            and (noun.lemma_.lower() in INSTIGATION_NOUNS or head.lower_ == "despite")
        ):
            verb = head.head  # "at Washington's request", "despite calls from the UN"
        else:
            return []
        if verb.pos_ not in ("VERB", "AUX"):
            return []
        defied = head.lower_ == "despite" or verb.lemma_.lower() in DEFYING
        if lemma in WARNING_NOUNS and (not defied or _cautioned(noun)):
            # "weighed the threat from China": a danger considered, not a warning; "despite
            # warnings from UN experts that they faced torture": a caution, not a threat
            return []
        subj, _ = subject_of(verb)
        asked = actors_at(subj, index) if subj is not None else []
        return [a for a in asked if not _same(a, owners)]

    def _onset(self, noun: Any) -> bool:
        """Whether the event noun is the subject of a verb of breaking out or growing ("protests
        erupted", "cooperation has intensified") or of a passive light verb ("a rally was held")."""
        verb = noun.head
        return (noun.dep_ == "nsubj" and verb.lemma_.lower() in ONSET_VERBS) or (
            noun.dep_ == "nsubjpass" and verb.lemma_.lower() in self.patterns.light_verbs
        )

    def _suppressed_protest(
        self, pattern: Pattern, noun: Any, index: MentionIndex
    ) -> Candidate | None:
        """ "killed 100 people in a crackdown on protests against the coup", "police dispersed
        the protests": a protest a state's forces put down is that state's people protesting
        (aimed at its government unless a target is named)."""
        head = noun.head
        if noun.dep_ == "pobj" and head.lower_ in ("on", "against") and head.head.i != head.i:
            head = head.head
        elif noun.dep_ != "dobj":
            return None
        if head.lemma_.lower() not in SUPPRESSING:
            return None
        if head.pos_ in ("VERB", "AUX"):
            subj, _ = subject_of(head)
            state = actors_at(subj, index) if subj is not None else []
        else:
            state = self._clause_actors(head, index)
        state = [a for a in state if a.country and set(a.sectors) & (STATE_SECTORS | ARMED_SECTORS)]
        if not state:
            return None
        actors = domestic(state, noun, "people protesting")
        for a in actors:
            a.sectors, a.cameo_code = ["CVL"], cameo_for(a.country, ["CVL"])
        recipients, rhow = recipients_for(pattern, noun, index, exclude=actors)
        recipients = [r for r in recipients if not _same(r, actors)]
        if not recipients:
            recipients, rhow = domestic(actors, None, "protest"), "its own government"
        return Candidate(pattern, noun, pattern.cameo, actors, recipients,
                         how=[f"event noun '{noun.text}' put down by '{head.text}' matched {pattern.id}",
                              "actor: the people of the state that put it down",
                              f"recipient: {rhow}"], penalty=0.7)  # fmt: skip

    def _background_protest(
        self, pattern: Pattern, noun: Any, index: MentionIndex
    ) -> Candidate | None:
        """ "the army removed the president after months of protests against his rule",
        "students were detained in Rangoon during protests against the junta": a protest told
        as the setting or the outcome of a clause, against a party it names, is the people
        of the one country where the clause's parties and places lie protesting. Nothing when
        the clause spans two countries (whose people protest is then not told), and nothing
        for a protest that names no party ("after weeks of protests"), as for any background
        noun whose participants the text does not name."""
        if any(c.dep_ in ("amod", "compound") and c.ent_type_ == "NORP" for c in noun.children):
            return None  # "Palestinian protests": _owned reads the nationality
        head = noun
        while (
            head.dep_ == "pobj"
            and head.head.lower_ == "of"
            and head.head.head.lemma_.lower() in SPAN_NOUNS
        ):
            head = head.head.head  # "after weeks of protests", "two nights of rioting"
        if (
            head.dep_ == "pobj"
            and head.head.lower_ == "of"
            and head.head.head.lower_ == "face"
            and head.head.head.dep_ == "pobj"
        ):
            head = head.head.head  # "backed down in the face of mass protests"
        if head.dep_ == "pobj" and head.head.lower_ in BACKGROUND_PREPS:
            verb = head.head.head
        elif (
            head.dep_ == "pobj"
            and head.head.lower_ == "to"
            and head.head.head.lemma_.lower() in YIELDING_VERBS
        ):
            verb = head.head.head  # "resigned, bowing to weeks of protests by students"
        elif head.dep_ == "dobj" and head.head.lemma_.lower() in SPARKING_VERBS:
            verb = head.head  # "sparking protests": the clause it hangs from did it
            if verb.dep_ in ("advcl", "xcomp", "conj") and verb.tag_ == "VBG":
                verb = verb.head
        else:
            return None
        if verb.pos_ not in ("VERB", "AUX") or any(
            p.cameo[:2] == "14" and not p.needs_object
            for p in self.patterns.verbs.get(verb.lemma_.lower(), ())
        ):
            # "marched during a national strike against ...": one protest ("bowed to protests"
            # is none: its protest sense is only "bowed out of the election")
            return None
        targets, rhow = recipients_for(pattern, noun, index, exclude=[])
        # "protests against the military government", "a march against the president": the
        # clause's own country's rulers
        rulers = not targets and any(
            t.lemma_.lower() in RULING_NOUNS for t in _prep_objects(noun, "against")
        )
        # "after weeks of student protests", "bowing to protests by unions": who protests is
        # named (the people of the clause's country), against their own rulers
        people = not targets and not rulers and _protesters_named(noun)
        if not targets and not rulers and not people:
            return None  # "after weeks of protests": whose, and against whom, is not told
        found: list[Actor] = []
        subj, _ = subject_of(verb)
        parts = [subj] if subj is not None else []
        parts += [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass", "agent")]
        for t in parts:
            found += actors_at(t, index)
            found += [a for p in _prep_objects(t, "by") for a in actors_at(p, index)]
        places = [_place_country(p, index) for c in verb.children
                  if c.dep_ == "prep" and c.lower_ in ("in", "across", "throughout")
                  for p in c.children if p.dep_ == "pobj"]  # fmt: skip
        countries = {a.country for a in found + targets} | {c for c in places if c}
        if len(countries) != 1:
            return None
        country = next(iter(countries))
        if not country or country == "IGO" or len(country) != 3:
            return None
        actors = [Actor(text=noun.text, name=None, country=country, sectors=["CVL"],
                        cameo_code=cameo_for(country, ["CVL"]), start=noun.idx,
                        end=noun.idx + len(noun.text), resolution="protest-in-clause",
                        confidence=0.5)]  # fmt: skip
        recipients = [r for r in targets if not _same(r, actors)]
        if rulers or people:
            recipients, rhow = domestic(actors, None, "protest"), "its own rulers"
        if not recipients:
            return None
        return Candidate(pattern, noun, pattern.cameo, actors, recipients,
                         how=[f"event noun '{noun.text}' told with '{verb.text}' matched {pattern.id}",
                              f"actor: the people of {country}, where the clause's parties are",
                              f"recipient: {rhow}"], penalty=0.7)  # fmt: skip

    def _placed_protest(self, pattern: Pattern, noun: Any, index: MentionIndex) -> Candidate | None:
        """ "after two nights of mass protests in Tbilisi": a protest placed in a country is
        that country's people protesting (aimed at its government unless a target is named)."""
        if any(c.dep_ in ("amod", "compound") and c.ent_type_ == "NORP" for c in noun.children):
            return None  # "an Israeli strike in Beirut" is no strike by the Lebanese
        if any(p is not pattern and p.needs_word and _has_word(noun, p.needs_word)
               for p in self.patterns.nouns.get(noun.lemma_.lower(), ())):  # fmt: skip
            return None  # "an air strike in central Mali": the word's other sense is named
        toks = [p for c in noun.children if c.dep_ == "prep" and c.lower_ in ("in", "across", "throughout")
                for p in c.children if p.dep_ == "pobj"]  # fmt: skip
        verb = noun.head
        if self._onset(noun):
            # "protests erupted across Iraq", "riots broke out in Paris", "a general strike
            # paralysed France", "a mass rally was held in Warsaw": the verb places it
            toks += [p for c in verb.children if c.dep_ == "prep" and c.lower_ in PLACING_PREPS
                     for p in c.children if p.dep_ == "pobj"]  # fmt: skip
            toks += [o for o in verb.children if o.dep_ == "dobj"]
        toks += noun_sides.clause_places(noun)  # "took part in a rally ... in Tel Aviv"
        toks += [p for t in list(toks) for p in _prep_objects(t, "of")]  # "suburbs of Paris"
        for tok in toks:
            country = _place_country(tok, index)
            if not country:
                continue
            actors = [Actor(text=noun.text, name=None, country=country, sectors=["CVL"],
                            cameo_code=cameo_for(country, ["CVL"]), start=noun.idx,
                            end=noun.idx + len(noun.text), resolution="protest-located",
                            confidence=0.5)]  # fmt: skip
            recipients, rhow = recipients_for(pattern, noun, index, exclude=actors)
            if not recipients and _gathering_only(noun):
                return None
            if not recipients:
                recipients, rhow = domestic(actors, None, "protest"), "its own government"
            return Candidate(pattern, noun, pattern.cameo, actors, recipients,
                             how=[f"event noun '{noun.text}' placed in {country} matched {pattern.id}",
                                  "actor: the people of the place", f"recipient: {rhow}"],
                             penalty=0.7)  # fmt: skip
        return None

    def _accused_acts(self, cands: list[Candidate], index: MentionIndex) -> list[Candidate]:
        """ "criticised Uganda for the arrest of opposition figures", "Tokyo's condemnation of
        North Korea's missile launch": the act an accusation is about is an event of the
        accused (coded with its own type; it is reported, not witnessed)."""
        out: list[Candidate] = []
        taken = {c.trigger.i for c in cands}
        for c in cands:
            if c.cameo[:2] not in ("11", "09") or not c.recipients:
                continue
            t = c.trigger
            if t.lemma_.lower() in ATTRIBUTING:
                # "blamed Israel for the attack": who did it is the claim; the attack is the
                # content of the accusation, not an event coded on its word
                continue
            nouns = [p for w in ("for", "over", "of") for p in _prep_objects(t, w)]
            if t.pos_ in ("VERB", "AUX"):
                nouns += _objects(t)
            for noun in nouns:
                if noun.i in taken or noun.lemma_.lower() not in self.patterns.nouns:
                    continue
                for pattern in self.patterns.nouns[noun.lemma_.lower()]:
                    if pattern.cameo[:2] in ("09", "11") or not self._noun_ok(pattern, noun, index):
                        continue
                    own = [a for t2 in _authors(noun, acl=False) for a in actors_at(t2, index)]
                    cand = self._owned(
                        pattern, noun, index, own or list(c.recipients),
                        "its author" if own else f"the accused of '{t.text}'",
                    )  # fmt: skip
                    if cand is not None:
                        taken.add(noun.i)
                        out.append(cand)
                    break
        return out

    def _participants(self, noun: Any, index: MentionIndex) -> list[Actor]:
        """The sides of an event noun: actors named before it or in its "between", "among" or
        "of" phrase (a broker or host named on a participle is no side)."""
        found: list[Actor] = []
        # "Qatar-brokered talks between the Taliban and Washington": the broker is no side
        third = {t.i for c in noun.children if c.dep_ == "amod" and c.tag_ == "VBN"
                 and c.lemma_.lower() in BROKERING for t in c.subtree}  # fmt: skip
        # "the South Korea-US-Japan trilateral summit": every actor named before the noun
        for i in range(noun.left_edge.i, noun.i):
            if i in third:
                continue
            m = index.by_token.get(i)
            if m is not None and m.token_start == i and m.kind != "metonym":
                a = _copy_actor(m)
                if a and "metonym" not in (a.resolution or ""):
                    found.append(a)
        for c in noun.children:
            if c.i in third:
                continue
            if c.dep_ in ("compound", "amod", "nmod", "poss"):
                # "the Pentagon meeting" names a place, not a participant
                found.extend(
                    a for a in actors_at(c, index) if "metonym" not in (a.resolution or "")
                )
            elif c.dep_ == "prep" and c.lower_ in ("between", "among", "of"):
                found.extend(_members(c, index))
        if self._onset(noun):
            # "fighting broke out in Khartoum between the army and the RSF": the verb's phrase
            for c in noun.head.children:
                if c.dep_ == "prep" and c.lower_ in ("between", "among"):
                    found.extend(_members(c, index))
        if not found:
            # "talks were held in Geneva between Iran and the six powers", "the pact signed
            # between China and the Solomon Islands": the sides hang on the (agentless)
            # passive the noun undergoes
            done = [c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN"]
            if noun.dep_ == "nsubjpass" and noun.head.i != noun.i:
                done.append(noun.head)
            for v in done:
                if v.lemma_.lower() in BROKERING or _agent_of(v) is not None:
                    continue  # "talks brokered by Qatar": the broker is no side
                for c in v.children:
                    if c.dep_ == "prep" and c.lower_ in ("between", "among"):
                        found.extend(_members(c, index))
        if len(found) < 2:
            # "Indo-Pakistani talks", "Israeli-Palestinian negotiations"
            found += [a for a in noun_sides.hyphen_sides(noun)
                      if a.country not in {f.country for f in found}]  # fmt: skip
        return _unique(found)

    def _clause_patients(self, noun: Any, index: MentionIndex) -> list[Actor]:
        """Who underwent the clause an event noun stands in ("soldiers were killed in a clash",
        "two soldiers died in a rocket attack")."""
        victims = _dead_in(noun)
        return actors_at(victims, index) if victims is not None else []

    def _clause_actors(self, noun: Any, index: MentionIndex) -> list[Actor]:
        head = noun.head
        hops = 0
        # "Following a meeting with Xi, Lula said ...": a participle used as a preposition
        # ("following", "including") is no clause of its own
        while (
            (head.pos_ not in ("VERB", "AUX") or head.dep_ == "prep")
            and head.i != head.head.i
            and hops < 4
        ):
            head, hops = head.head, hops + 1
        if head.pos_ not in ("VERB", "AUX") or head.lemma_.lower() in BYSTANDER_VERBS:
            return []
        subj, _ = subject_of(head)
        return actors_at(subj, index) if subj is not None else []


#: Verbs whose subject only undergoes, escapes or watches an event noun ("thousands fled the
#: fighting", "journalists covered the clashes"): it takes no part in it.
BYSTANDER_VERBS = frozenset({
    "flee", "escape", "evade", "survive", "witness", "cover", "watch", "fear", "avoid",
    "suffer", "endure", "mourn", "document", "film", "photograph", "record", "outlive",
    "shelter", "hide", "dodge",
})  # fmt: skip


#: Penalties named after "or face": "or face air strikes", "or face sanctions".
PENALTY_NOUNS = frozenset({"strike", "airstrike", "sanction", "action", "force", "consequence",
                           "attack", "war", "punishment", "retaliation", "isolation", "expulsion",
                           "measure", "reprisal", "intervention", "bombing", "embargo", "penalty",
                           "prosecution", "arrest", "suspension"})  # fmt: skip
#: Ships of war: sending them is a deployment, not aid (patrol boats given away are aid).
WARSHIPS = frozenset({"carrier", "warship", "destroyer", "frigate", "fleet", "battleship",
                      "cruiser", "submarine", "armada", "flotilla", "corvette"})  # fmt: skip


#: Verbs of helping: what forces are sent for ("to help survivors"), and whose own complement
#: is the aim of a pledge ("to help rebuild Afghanistan").
HELPING = frozenset({"help", "assist", "aid", "deliver", "evacuate", "rescue", "relieve",
                     "support", "feed", "supply", "distribute", "treat"})  # fmt: skip


#: Prepositions that make a meeting the setting of a clause ("during their meeting").
SETTING_PREPS = frozenset({"during", "at", "after", "following"})
#: Spans that count talks ("after nine days of talks", "after two rounds of negotiations").
TALK_SPANS = flagmod.TALK_SPANS
#: Verbs that are a meeting themselves: a setting noun on them repeats it.
MEETING_VERBS = frozenset({"meet", "talk", "hold", "attend", "host", "visit", "consult"})
#: Participles on talks that name a third party who brought the sides together.
MEDIATING = frozenset({"mediate", "broker", "facilitate", "host", "sponsor", "convene"})


#: Verbs (with their words) by which a ceasefire or pact comes into being or lasts: "took
#: effect", "took hold", "came into force", "went into effect", "entered into force", "held".
TOOK_EFFECT = {
    "take": ("effect", "hold"),
    "come": ("force", "effect"),
    "go": ("force", "effect"),
    "enter": ("force", "effect"),
    "hold": (),
    "begin": (),
    "start": (),
}


def _protesters_named(noun: Any) -> bool:
    """Whether a protest noun names those who protest by a word for a kind of people: "student
    protests", "youth-led protests", "protests by trade unions", "a strike by workers"."""
    words = [c for c in noun.children if c.dep_ in ("compound", "amod", "nmod", "npadvmod")]
    words += [g for c in words for g in c.children if c.dep_ in ("compound", "npadvmod", "amod")]
    words += _prep_objects(noun, "by")
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_ in SPAN_NOUNS:
        words += _prep_objects(noun.head.head, "by")  # "two months of protests by unions"
    if any(c.ent_type_ == "NORP" for w in words for c in (w, *w.children)):
        return False  # "protests by Nigerian traders" in Ghana: whose people is told otherwise
    return any(w.lemma_.lower() in PROTESTING_PEOPLE for w in words)


def _sides_took_effect(pattern: Pattern, noun: Any, index: MentionIndex) -> Candidate | None:
    """ "A ceasefire between Iran and Iraq took effect", "a truce between Israel and Hamas
    held": an event noun that is the subject of its own coming into force, with both its sides
    named in its "between" phrase, is their event (a noun with no sides named stays
    background: "the ceasefire held")."""
    if noun.dep_ != "nsubj":
        return None
    verb = noun.head
    words = TOOK_EFFECT.get(verb.lemma_.lower())
    if words is None or verb.pos_ not in ("VERB", "AUX"):
        return None
    after = verb.doc[verb.i + 1 : min(verb.i + 4, verb.sent.end)]
    if words and not any(t.lemma_.lower() in words and verb.is_ancestor(t) for t in after):
        return None
    sides: list[Actor] = []
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ in ("between", "among"):
            sides.extend(_members(c, index))
    sides = _unique(sides)
    if len(sides) < 2:
        return None
    return Candidate(pattern, noun, pattern.cameo, sides[:1], sides[1:],
                     how=[f"event noun '{noun.text}' matched {pattern.id}",
                          f"subject of '{verb.text}' (it took effect): the sides named in its "
                          "'between' phrase"], penalty=0.85)  # fmt: skip


def _talks_setting(noun: Any) -> bool:
    """Whether talks are the setting of their clause: "during their meeting", "at a summit in
    Dagomys", "after nine days of talks" (not "talks will resume", a background)."""
    if noun.dep_ != "pobj":
        return False
    prep = noun.head
    if prep.lower_ == "of" and prep.head.lemma_.lower() in TALK_SPANS and prep.head.dep_ == "pobj":
        prep = prep.head.head  # "after nine days of talks"
    verb = prep.head
    return (
        prep.lower_ in SETTING_PREPS
        and verb.pos_ in ("VERB", "AUX")
        # "did not meet during the summit": the setting says nobody met; "announced at a
        # summit": a statement's venue names no sides of its own
        and not any(c.dep_ == "neg" for c in verb.children)
        and verb.lemma_.lower() not in REPORTING | MEETING_VERBS
    )


def _mediators(
    pattern: Pattern, noun: Any, sides: list[Actor], index: MentionIndex
) -> list[Candidate]:
    """ "talks mediated by Qatar", "a meeting hosted by Egypt": the third party consults with
    both sides (our convention for talks with a mediator), with its participle as trigger."""
    if len(sides) < 2:
        return []
    out = []
    for acl in noun.children:
        if acl.dep_ != "acl" or acl.tag_ != "VBN" or acl.lemma_.lower() not in MEDIATING:
            continue
        agent = _agent_of(acl)
        third = actors_at(agent, index) if agent is not None else []
        third = [a for a in third if a.country and not _same(a, sides)]
        if third:
            out.append(
                Candidate(
                    pattern,
                    acl,
                    pattern.cameo,
                    third,
                    list(sides),
                    how=[
                        f"talks '{noun.text}' {acl.text} by a third party matched {pattern.id}",
                        "actor: the mediator (agent)",
                        "recipient: the sides of the talks",
                    ],
                    penalty=0.85,
                )  # fmt: skip
            )
    return out


#: Words that make a force or mission one of keeping the peace ("a U.N. peacekeeping force",
#: "the multinational mission", "an African Union protection force").
PEACE_FORCE_WORDS = frozenset({"peacekeeping", "peacekeeper", "multinational", "protection",
                               "stabilization", "stabilisation", "monitoring", "blue-helmet"})  # fmt: skip
#: Nouns of the force or mission a state's troops are sent to join or lead.
FORCE_NOUNS = frozenset({"force", "mission", "contingent", "operation", "deployment"})


def _peace_force(verb: Any, index: MentionIndex) -> Any | None:
    """The peacekeeping force or mission a deployment joins ("as part of the multinational
    mission", "to join the U.N. force in Lebanon", "to lead a peacekeeping force"), or
    peacekeepers sent themselves; None for a plain deployment."""
    for t in verb.subtree:
        lemma = t.lemma_.lower()
        if lemma == "peacekeeper" and t.head.i == verb.i:
            return t
        if lemma not in FORCE_NOUNS or t.i == verb.i:
            continue
        for c in t.children:
            if c.dep_ not in ("amod", "compound", "nmod"):
                continue
            if c.lemma_.lower() in PEACE_FORCE_WORDS:
                return t
            m = index.at(c)
            if m is not None and m.actor is not None and "IGO" in m.actor.sectors:
                return t
    return None


#: Where forces are moved up to, not given: a border, a front, a zone along them.
FRONT_NOUNS = BORDER_NOUNS | {"front", "frontline", "front-line", "buffer"}
#: Verbs of sending things somewhere.
SENDING_VERBS = frozenset({"send", "dispatch", "despatch", "deliver", "ship", "move", "airlift",
                           "transfer", "rush", "deploy", "fly", "supply", "provide"})  # fmt: skip


def _sent_to_border(verb: Any) -> bool:
    """ "sent tanks to the border with Ukraine", "moved missiles to the frontier": things sent
    to a border or front are deployed there, not given to the state beyond it."""
    if verb.lemma_.lower() not in SENDING_VERBS:
        return False  # "rescued hostages near the border" is where, not whither
    return any(p.lemma_.lower() in FRONT_NOUNS for w in ("to", "toward", "towards")
               for p in _prep_objects(verb, w))  # fmt: skip


#: Sectors of a state's own actors, who may order a deployment told in the passive.
ORDERING_SECTORS = frozenset({"GOV", "MIL", "COP"})


def _coordinated_state_subject(verb: Any, index: MentionIndex) -> list[Actor]:
    """ "The president declared martial law, and troops were sent to the National Assembly":
    an agentless passive coordinated after a clause whose subject is a state actor (a
    government, its army or police, or a state named) is that actor's deployment."""
    head = verb.head
    if verb.dep_ != "conj" or head.pos_ not in ("VERB", "AUX") or head.i > verb.i:
        return []
    subj = next((c for c in head.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return []
    found = actors_at(subj, index)
    if not found or not all(
        a.country and (set(a.sectors) & ORDERING_SECTORS or not a.sectors) for a in found
    ):
        return []  # "rebels stormed the town, and troops were sent": whose troops is open
    return found


#: Prepositions naming where forces are sent or stand.
DEPLOY_PREPS = frozenset({"to", "into", "in", "on", "near", "along", "toward", "towards", "at",
                          "across", "inside"})  # fmt: skip


#: Conjunctions of a clause whose act another answers ("put its forces on alert after Pakistan
#: moved troops").
ANSWERING_MARKS = frozenset({"after", "following", "since"})


#: Unnamed people an aid or a pledge goes to, whose place names the state helped.
BENEFICIARY_NOUNS = frozenset({
    "victim", "survivor", "refugee", "people", "family", "civilian", "resident", "population",
    "child", "evacuee", "villager", "community", "displaced",
})  # fmt: skip


def _beneficiary_places(heads: list[Any], slots: Iterable[str], index: MentionIndex) -> list[Actor]:
    """The places of the beneficiaries named in a sense's "to"/"for" slot ("relief for cyclone
    victims in India"); for unnamed people, the place the parser hung on their head instead
    ("sent aid to earthquake survivors in Turkey", "in Turkey" under "sent")."""
    found: list[Actor] = []
    for h in heads:
        for slot in ("to", "for"):
            if slot not in slots:
                continue
            for t in _prep_objects(h, slot):
                here = place_targets(t, [], frozenset({"in"}), index)
                if not here and index.at(t) is None and t.lemma_.lower() in BENEFICIARY_NOUNS:
                    here = place_targets(h, [], frozenset({"in"}), index)
                found += here
    return found


def _crossed_neighbour(verb: Any, own: set[str], index: MentionIndex) -> list[Actor]:
    """ "Russia sent tanks across the border in response" to a Georgian assault: forces sent
    across a border with no state named on it enter the one other state the sentence names;
    a state they set out from ("from Belarus") is not it; two candidates give none."""
    border = next((p for c in verb.children if c.dep_ == "prep" and c.lower_ == "across"
                   for p in c.children if p.dep_ == "pobj"
                   and p.lemma_.lower() in BORDER_NOUNS), None)  # fmt: skip
    if border is None or any(c.dep_ == "prep" for c in border.children):
        return []  # "across the border with Chad" is answered by the caller
    start = {a.country for c in verb.children if c.dep_ == "prep" and c.lower_ == "from"
             for p in c.children if p.dep_ == "pobj"
             for a in (actors_at(p, index) or _place_actor(p, loose=True)) if a.country}  # fmt: skip
    others = _sentence_countries(verb, index) - own - start
    if len(others) != 1:
        return []
    country = others.pop()
    return [_implied(border, border, country, [], "place-target")]


def _deployment_side(
    verb: Any, objs: list[Any], actors: list[Actor], index: MentionIndex
) -> tuple[list[Actor], str] | None:
    """The side a deployment faces: the state named with the border or front it goes to ("to
    the frontier with India", the parser often hangs "with India" on the verb), else the
    actor's own state where the named place it goes to lies in that state ("put police on
    alert in Vlora", "deployed soldiers to KwaZulu-Natal": a domestic deployment)."""
    own = {a.country for a in actors if a.country}
    if len(own) != 1:
        return None
    # "put its forces on alert after Pakistan moved armoured units", "raised its military alert
    # after the North fired missiles": the state whose act the deployment answers
    for c in verb.children:
        if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ANSWERING_MARKS
                                     for m in c.children):  # fmt: skip
            subj = next((t for t in c.children if t.dep_ == "nsubj"), None)
            other = [a for a in (actors_at(subj, index) if subj is not None else [])
                     if a.country and a.country not in own]  # fmt: skip
            if other:
                return _unique(other), "the state whose act the deployment answers (after ...)"
    heads = [verb, *(o for o in objs if o.head is verb)]
    places = [p for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ in DEPLOY_PREPS
              for p in c.children if p.dep_ == "pobj"]  # fmt: skip
    places += [c for p in places for c in p.children if c.dep_ == "conj"]
    # "on alert in the port of Vlora", "the borders of Chechnya", "the Swat valley"
    for p in list(places):
        for c in p.children:
            if c.dep_ == "prep" and c.lower_ in ("in", "of", "near", "at"):
                places += [q for q in c.children if q.dep_ == "pobj"]
                places += [r for q in c.children if q.dep_ == "pobj" for d in q.children
                           if d.dep_ == "prep" and d.lower_ == "of"
                           for r in d.children if r.dep_ == "pobj"]  # fmt: skip
    places += [c for p in places for c in p.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
    if any(p.lemma_.lower() in FRONT_NOUNS for p in places):
        withs = [c for p in places if p.lemma_.lower() in FRONT_NOUNS for c in p.children
                 if c.dep_ == "prep" and c.lower_ == "with"]  # fmt: skip
        withs += [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "with"]
        across = [a for w in withs for t in w.children if t.dep_ == "pobj"
                  for a in (actors_at(t, index) or _place_actor(t)) if a.country
                  and a.country not in own]  # fmt: skip
        if across:
            return _unique(across), "the state across the border the forces face"
        crossed = _crossed_neighbour(verb, own, index)
        if crossed:
            return crossed, "the one other state the sentence names, across the border"
        return None  # "moved units to the border in Punjab" faces the neighbour, unnamed
    for p in places:
        if p.lemma_.lower() in WATER_NOUNS or index.at(p) is not None:
            continue  # "to the Gulf" is open water; a named actor is coded by the pattern
        hit = _place_of(p, loose=True)
        if hit is not None and hit[1] in own:
            ent, country = hit
            return [Actor(text=ent.text, name=None, country=country, sectors=[],
                          cameo_code=country, start=ent.start_char, end=ent.end_char,
                          resolution="place-target", confidence=0.55)], (
                "the actor's own state, where the forces are deployed")  # fmt: skip
    return None


#: Verbs of holding captives: "hostages held by jihadists" names captors.
HOLDING_VERBS = frozenset({"hold", "keep", "kidnap", "abduct", "seize", "capture", "take"})
#: Verbs of storming a place, on which a freeing is the rescue's outcome.
STORMING_VERBS = frozenset({"storm", "raid", "attack", "assault", "overrun"})
#: Nouns of an armed operation that frees captives ("a raid on the camp freed ...").
RESCUING_NOUNS = frozenset({"raid", "operation", "assault", "rescue", "commando", "offensive"})


def _rescue(verb: Any) -> bool:
    """ "Nigerian troops freed 200 hostages held by jihadists", "commandos stormed the
    residence, freeing 71 hostages", "a raid on the camp freed dozens of captives": captives
    freed from others by force are rescued, not released by their captors (RETREAT)."""
    for obj in _objects(verb):
        if any(c.dep_ == "acl" and c.lemma_.lower() in HOLDING_VERBS
               and any(a.dep_ == "agent" for a in c.children) for c in obj.children):  # fmt: skip
            return True
    if verb.tag_ == "VBG" and verb.dep_ in ("advcl", "conj", "xcomp"):
        if verb.head.lemma_.lower() in STORMING_VERBS:
            return True
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None and verb.dep_ == "acl":
        subj = verb.head  # "a raid on the camp freed ...", parsed as a participle on "raid"
    return subj is not None and subj.lemma_.lower() in RESCUING_NOUNS


#: Texts a body adopts or not: what they say is done only once adopted.
MOTION_NOUNS = frozenset({"resolution", "draft", "motion", "bill", "text"})
#: Verbs that defeat such a text before it is adopted ("vetoed", "voted down", "blocked"); a
#: text "rejected" by a state it names was adopted and said what it says.
DEFEATING_VERBS = frozenset({"veto", "block", "defeat", "scuttle", "kill", "sink", "torpedo",
                             "shelve"})  # fmt: skip


#: ``doc.user_data`` key: whether the document names a resolution, draft or motion at all.
HAS_MOTION = "tacitus_has_motion"


def _defeated_text(verb: Any) -> bool:
    """ "Russia vetoed a resolution that demanded Syria cooperate", "the council voted down a
    draft calling for a ceasefire": what a defeated text would have said (demanded, condemned,
    imposed) was never said by anyone; the veto is the event."""
    data = verb.doc.user_data
    if (has := data.get(HAS_MOTION)) is None:
        # asked for every verb sense: one look at the document saves a walk of each verb's
        # children where no text is named
        has = data[HAS_MOTION] = any(t.lemma_.lower() in MOTION_NOUNS for t in verb.doc)
    if not has:
        return False
    if verb.dep_ in ("relcl", "acl"):
        text = verb.head
    else:
        text = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return text is not None and _defeated(text)


def _defeated(text: Any) -> bool:
    """Whether ``text`` is a resolution, draft or motion that was vetoed, blocked or voted
    down ("vetoed a resolution", "a draft ... was blocked", "voted against a motion")."""
    if text.lemma_.lower() not in MOTION_NOUNS:
        return False
    if text.dep_ == "dobj":
        defeat = text.head
    elif text.dep_ == "nsubjpass":
        defeat = text.head  # "a resolution demanding a truce was vetoed by Russia"
    elif text.dep_ == "pobj" and text.head.head.pos_ == "VERB":
        defeat = text.head.head  # "voted against a motion calling for ..."
        if text.head.lower_ != "against":
            return False
    else:
        return False
    return defeat.lemma_.lower() in DEFEATING_VERBS or (
        text.dep_ == "pobj" and defeat.lemma_.lower() == "vote"
    )


def _gathering_only(noun: Any) -> bool:
    """ "shot dead at a peace rally in Tel Aviv", "declared himself president at a rally in
    Caracas", "killed after a rally in Rawalpindi": a rally, or any protest noun that is only
    where another act happened ("at a march in Minsk"), against no one named, is a gathering
    told as a setting, not a protest the text reports (campaign and peace rallies are none)."""
    owners = [noun, noun.head] if noun.dep_ in ("nsubj", "nsubjpass", "dobj") else [noun]
    if any(c.dep_ == "prep" and c.lower_ in ("against", "over", "for")
           for t in owners for c in t.children):  # fmt: skip
        return False  # "a rally was held in Warsaw against the new law"
    if any(c.dep_ == "amod" and c.lower_.startswith("anti") for c in noun.children):
        return False  # "anti-government rallies"
    return noun.lemma_.lower() == "rally" or (noun.dep_ == "pobj" and noun.head.lower_ == "at")


#: Verbs of a purpose clause by which forces sent guard a party ("to protect Libya's
#: government", "to shore up the Malian army").
GUARDING_VERBS = frozenset({"protect", "defend", "guard", "shield", "safeguard", "bolster",
                            "reinforce", "prop", "shore", "secure", "back", "support", "help",
                            "assist"})  # fmt: skip


#: Resolutions of a body given a country only by default (no name or nationality on it).
DEFAULT_COUNTRY = ("domestic-default", "article-country", "sentence-country")


def _hosted_body(
    verb: Any, objs: list[Any], recipients: list[Actor], actors: list[Actor], index: MentionIndex
) -> list[Actor]:
    """The body a deployment helps, read as the destination state's own: recipients that are
    all the sender's by default only ("the government", no country named on it) and one
    foreign state named after "to" or "into" on the verb or its objects."""
    own = {a.country for a in actors if a.country}
    if not recipients or not all(
        r.country in own and (r.resolution or "").startswith(DEFAULT_COUNTRY) for r in recipients
    ):
        return []
    heads = [verb, *objs, *(c for o in objs for c in o.conjuncts)]
    dest = {a.country for h in heads for w in ("to", "into") for t in _prep_objects(h, w)
            for a in (actors_at(t, index) or _place_actor(t)) if a.country}  # fmt: skip
    dest -= own
    if len(dest) != 1:
        return []
    country = dest.pop()
    return [Actor(text=r.text, name=None, country=country, sectors=list(r.sectors),
                  cameo_code=cameo_for(country, list(r.sectors)), start=r.start, end=r.end,
                  resolution="destination-state-body", confidence=0.5)
            for r in recipients[:1]]  # fmt: skip


def _purpose_beneficiary(verb: Any, index: MentionIndex, actors: list[Actor]) -> list[Actor]:
    """The one foreign state whose party a deployment's "to protect ..." clause names; an own
    body ("to protect its embassy") or two states ("to defend Kuwait against Iraq": the
    second is no object) give the first only when it is alone."""
    own = {a.country for a in actors if a.country}
    for c in verb.children:
        if c.dep_ not in ("advcl", "xcomp") or c.lemma_.lower() not in GUARDING_VERBS:
            continue
        if not any(x.dep_ == "aux" and x.lower_ == "to" for x in c.children):
            continue
        found = [a for o in _objects(c) for a in actors_at(o, index)
                 if a.country and a.country not in own]  # fmt: skip
        if len({a.country for a in found}) == 1:
            return _unique(found)
    return []


def _to_help(verb: Any) -> bool:
    """ "sent an aircraft carrier ... to help survivors of the earthquake": relief."""
    return any(c.dep_ in ("advcl", "xcomp") and c.lemma_.lower() in HELPING for c in verb.subtree)


#: Nouns that hold other things: "a list of prisoners" is no prisoner.
CONTAINER_NOUNS = frozenset({"list", "number", "register", "file", "dossier", "report", "photo",
                             "picture", "copy", "record", "database", "roster", "tally"})  # fmt: skip


def _naming(verb: Any) -> bool:
    """ "called Israel an illegitimate regime": an object and a name for it (oprd)."""
    deps = {c.dep_ for c in verb.children}
    return "dobj" in deps and "oprd" in deps


def _own_arms_given_up(verb: Any, obj: Any | None, patterns: PatternSet) -> bool:
    """ "handed over their weapons", "turned in its arms": one's own weapons surrendered."""
    if obj is None:
        return False
    things = [
        obj,
        *(
            p
            for c in obj.children
            if c.dep_ == "prep" and c.lower_ == "of"
            for p in c.children
            if p.dep_ == "pobj"
        ),
    ]  # "thousands of rifles"
    if not any("weapon" in patterns.classes_of(t.lemma_.lower()) for t in things):
        return False
    handed_in = any(c.dep_ == "prt" and c.lower_ == "in" for c in verb.children)
    handed_over = any(c.dep_ == "prt" and c.lower_ == "over" for c in verb.children)
    own = any(c.dep_ == "poss" and c.lower_ in ("their", "its", "his", "her") for c in obj.children)
    return handed_in or (handed_over and own)  # "handed in thousands of rifles"


#: Modifiers that make a strike a stoppage of work or a protest.
STOPPAGE_WORDS = frozenset({"general", "hunger", "nationwide", "national", "labour", "labor",
                            "worker", "teacher", "transport", "doctor", "nurse", "indefinite",
                            "rolling", "wildcat", "sympathy", "token", "day-long", "24-hour",
                            "48-hour", "warning", "rail", "dock", "miner", "student"})  # fmt: skip


def _labour_strike(noun: Any) -> bool:
    return noun.lemma_.lower() == "strike" and any(
        c.dep_ in ("amod", "compound", "nmod", "poss") and c.lemma_.lower() in STOPPAGE_WORDS
        for c in noun.children
    )


#: Verbs that put a name on something ("a campaign Western governments called ethnic cleansing").
NAMING_VERBS = frozenset({"call", "describe", "label", "term", "brand", "dub", "characterize",
                          "characterise", "denounce", "condemn", "decry", "consider", "deem"})  # fmt: skip


def _called(tok: Any) -> bool:
    """An event noun that is only the name someone gives an act ("in a campaign Western
    governments called ethnic cleansing", "an accusation the ministry called a provocation"):
    the namer did not do it."""
    head = tok.head
    if (
        tok.dep_ in ("oprd", "xcomp", "attr", "ccomp", "dobj")
        and head.lemma_.lower() in NAMING_VERBS
    ):
        return any(c.dep_ in ("oprd", "xcomp") for c in head.children) or tok.dep_ != "dobj"
    if tok.dep_ == "pobj" and head.lower_ == "as" and head.head.lemma_.lower() in NAMING_VERBS:
        return True  # "described the raid as a massacre"
    return False


def _modifier_noun(tok: Any) -> bool:
    """An event noun that only says what kind of thing its head is: "infantry fighting
    vehicles", "attack helicopters", "war crimes", "a campaign rally" (the rally is the event,
    and an election rally is no protest)."""
    if tok.dep_ in ("compound", "amod") and tok.head.pos_ == "NOUN" and tok.head.i > tok.i:
        return tok.head.lemma_.lower() not in EVENT_HEADS_OF_MODIFIERS
    return any(c.dep_ == "compound" and c.lower_ in CAMPAIGN_WORDS for c in tok.children)


#: Heads that keep the event of the noun before them ("aid package", "aid convoy").
EVENT_HEADS_OF_MODIFIERS = frozenset({"package", "deal", "agreement", "accord", "pact",
                                      "programme", "program", "plan", "shipment", "convoy",
                                      "delivery", "flight", "tranche", "drive"})  # fmt: skip
#: Modifiers that make a rally or march electoral, not a protest.
CAMPAIGN_WORDS = frozenset({"campaign", "election", "electoral", "victory", "party"})


def _not_aid(verb: Any, obj: Any | None, patterns: PatternSet) -> bool:
    """Forces or arms moved that give nothing: "sent two aircraft carriers to the region" (a
    show of force, unless sent to help), "sent tanks into southern Lebanon" (a deployment),
    "handed over their weapons" (disarming, not arming someone)."""
    if obj is not None and obj.lemma_.lower() in WARSHIPS and not _to_help(verb):
        return True
    if any(c.dep_ in ("prt", "advmod") and c.lower_ == "back" for c in verb.children):
        return True  # "handed back three navy ships": returned, not given
    return _sent_into(verb, obj, patterns) or _own_arms_given_up(verb, obj, patterns)


def _sent_into(verb: Any, obj: Any | None, patterns: PatternSet) -> bool:
    """Troops or weapons sent "into", "toward" or "across" somewhere: a deployment, not aid."""
    if obj is None or not patterns.classes_of(obj.lemma_.lower()) & {"troops", "weapon"}:
        return False
    return any(
        c.dep_ == "prep" and c.lower_ in ("into", "toward", "towards", "across", "along")
        for c in (*verb.children, *obj.children)
    )


RESPONSE_NOUNS = frozenset({"response", "retaliation", "reaction", "reply", "answer", "revenge"})
#: Verbs that say an act of force answers one before it ("retaliated with air strikes").
STRIKING_BACK = frozenset({"retaliate", "respond", "react", "reply", "avenge"})


def _struck_back(verb: Any) -> bool:
    """ "fired back", "hit back", "returned fire", "retaliated with shelling": force told as
    the answer to force (the event noun's light verb or the armed verb itself)."""
    if verb.lemma_.lower() in STRIKING_BACK:
        return True
    if any(c.dep_ in ("prt", "advmod") and c.lower_ == "back" for c in verb.children):
        return True
    return verb.lemma_.lower() == "return" and any(
        c.dep_ == "dobj" and c.lemma_.lower() == "fire" for c in verb.children
    )


def _in_response(verb: Any) -> bool:
    """ "... in response", "in retaliation": the act answers what came before it."""
    for c in verb.subtree:
        if c.lower_ in RESPONSE_NOUNS and c.head.lower_ == "in" and c.dep_ == "pobj":
            return True
    return False


#: Roots of judging and answering acts whose target may be the clause a summary noun sums up.
JUDGED_ROOTS = frozenset({"05", "11", "12", "13", "16"})


def _move_verb(verb: Any) -> Any | None:
    """The verb whose act ``verb`` judges through "in a move/step ...": the head of the
    preposition when ``verb`` is a relative clause on the move noun, or the verb ``verb`` hangs
    on when the parser put "in a move" under ``verb`` itself."""
    if verb.dep_ == "relcl" and verb.head.lemma_.lower() in MOVE_NOUNS:
        prep = verb.head.head if verb.head.dep_ == "pobj" else None
        if prep is not None and prep.dep_ == "prep" and prep.head.pos_ in ("VERB", "AUX"):
            return prep.head
    if verb.dep_ == "advcl" and verb.head.pos_ in ("VERB", "AUX") and any(
        c.dep_ == "prep" and c.lower_ == "in" and c.i < verb.i
        and any(p.dep_ == "pobj" and p.lemma_.lower() in MOVE_NOUNS for p in c.children)
        for c in verb.children
    ):  # fmt: skip
        return verb.head
    return None


def _conditional_party(verb: Any, index: MentionIndex, actors: list[Actor]) -> list[Actor]:
    """The subject of an "if"/"unless" clause under a warning: "warned that it would respond
    if Washington stationed a radar" is aimed at Washington."""
    for t in verb.subtree:
        if not flagmod.if_clause(t):
            continue
        for c in t.children:
            if c.dep_ in ("nsubj", "nsubjpass"):
                found = [a for a in actors_at(c, index) if not _same(a, actors)]
                if found:
                    return found
    return []


def _places_in_object(
    objs: list[Any], index: MentionIndex, countries_only: bool = False
) -> list[Actor]:
    """Countries named as the place of the object ("reforms in Georgia", "abuses in Xinjiang");
    ``countries_only``: a whole country named on the verb itself ("demanded reforms in
    Georgia" as the parser hangs it), never a city, which is more often the venue."""
    found: list[Actor] = []
    for o in objs:
        for prep in o.children:
            if prep.dep_ != "prep" or prep.lower_ not in ("in", "inside", "across"):
                continue
            for p in prep.children:
                if p.dep_ != "pobj":
                    continue
                m = index.at(p)
                if countries_only:
                    if m is not None and m.actor is not None and m.actor.resolution == "country":
                        found.append(_implied(p, p, m.actor.country, [], "place-target"))
                elif (
                    m is not None
                    and m.actor is not None
                    and m.actor.country
                    and m.kind in ("name", "metonym")
                ):
                    found.append(_implied(p, p, m.actor.country, [], "place-target"))
                elif m is None and (country := _town_country(p)):
                    found.append(_implied(p, p, country, [], "place-target"))
    return _unique(found)


def _nationalities_in_object(
    objs: list[Any], index: MentionIndex, actors: list[Actor]
) -> list[Actor]:
    """States named inside the object's own phrase, two prepositions deep at most ("on
    imports of Iranian oil", "imposed on India and Pakistan"), other than the actor's; one
    state (or one coordinated group of them), else none."""
    own = {a.country for a in actors}
    found: list[Actor] = []
    for o in objs:
        for t in o.subtree:
            hops, up = 0, t
            while (
                up.i != o.i
                and hops < 5
                and up.dep_ not in ("relcl", "ccomp", "advcl")
                and not _that_clause(up)  # "claims that its troops killed civilians in Vietnam"
            ):
                up, hops = up.head, hops + 1
            if up.i != o.i or t.i == o.i:
                continue
            m = index.at(t)
            ent = None
            if t.ent_type_ in ("LOC", "FAC"):  # (else no need to build every entity span)
                ent = ent_at(t.doc, t.i)
            if ent is not None and ent.label_ in ("LOC", "FAC") and len(ent) > 1:
                continue  # "the South China Sea" is a sea, not China
            if m is not None and m.actor is not None and m.actor.country not in own:
                if m.kind in ("name", "demonym", "metonym") or m.actor.resolution == "country":
                    found.append(_implied(t, t, m.actor.country, [], "object-nationality"))
            elif m is None and t.dep_ in ("amod", "compound") and not _former_holding(t.head):
                found.extend(a for a in _implied_actors(t.head, index)
                             if a.country and a.country not in own)  # fmt: skip
    found = _unique(found)
    coordinated = len(found) > 1 and all(any(c.dep_ == "conj" for c in obj.subtree) for obj in objs)
    return found if len(found) == 1 or coordinated else []


def _former_holding(noun: Any) -> bool:
    """ "the former Portuguese colony", "a British overseas territory": a place described by
    the state that holds or held it, not that state."""
    return noun.lemma_.lower() in HOLDING_NOUNS or any(
        c.dep_ == "amod" and c.lower_ == "former" for c in noun.children
    )


HOLDING_NOUNS = frozenset({"colony", "territory", "protectorate", "enclave", "dependency",
                           "exclave", "possession", "mandate"})  # fmt: skip


def _object_relative(verb: Any) -> bool:
    """A relative clause whose own subject is a noun and whose object is the head noun ("the
    journalists (that) it accused", "the envoy whom Moscow expelled")."""
    if verb.dep_ != "relcl" or verb.head.i == verb.i:
        return False
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.dep_ == "nsubjpass" or subj.lower_ in RELATIVE_PRONOUNS:
        return False
    return not any(c.dep_ in ("dobj", "dative") and c.lower_ not in RELATIVE_PRONOUNS
                   for c in verb.children)  # fmt: skip


def _misparsed_partners(subj: Any, index: MentionIndex) -> list[Actor]:
    """ "Indian Prime Minister Atal Bihari Vajpayee and Pakistani Prime Minister Nawaz Sharif
    met": the small parser often folds two titled names joined by "and" into one compound
    phrase; every named person or state inside the subject phrase, around an "and", acts."""
    span = list(subj.subtree)
    if not any(t.dep_ == "cc" and t.lower_ == "and" for t in span):
        return []
    seen: list[Mention] = []
    for t in span:
        m = index.at(t)
        if m is not None and m not in seen and m.kind in ("name", "role", "metonym"):
            seen.append(m)
    if len(seen) < 2 or any(
        t.dep_ in ("prep", "relcl", "acl") or (t.dep_ == "appos" and index.at(t) is None)
        for t in span
    ):
        return []  # ("US President Donald Trump and ...": a name the parser made an apposition)
    return [a for m in seen if (a := _copy_actor(m)) is not None]


def _said(
    pattern: Pattern,
    cue: Any,
    cameo: str,
    actors: list[Actor],
    recipients: list[Actor],
    say: Any,
    how: str,
    why: str,
    penalty: float,
) -> Candidate:
    """A candidate read from what a speaker said (blame laid, a demand on another party)."""
    return Candidate(pattern, cue, cameo, actors, recipients,
                     how=[why, f"actor: {how} of '{say.text}'",
                          f"recipient: named in the clause '{say.text}' introduces"],
                     penalty=penalty, verb=say)  # fmt: skip


def _other_side(accused: Actor, speakers: list[Actor]) -> bool:
    """Whether ``accused`` is another party than the speakers: another state, or, within one
    state, its rulers accused by rebels or the opposition ("\"The Russian army is committing
    genocide,\" the rebel leader said"), or rebels or the opposition accused by its rulers."""
    if accused.country not in {x.country for x in speakers if x.country}:
        return True

    def ruling(a: Actor) -> bool:
        return bool(set(a.sectors) & RULING_SECTORS)

    def ruled(a: Actor) -> bool:
        return not ruling(a) and bool(set(a.sectors) & SUBSTATE_SECTORS)

    return any(
        x.country == accused.country
        and ((ruling(accused) and ruled(x)) or (ruled(accused) and ruling(x)))
        for x in speakers
    )


#: Manners of acting that accuse the actor: "behaved in a provocative manner", "acted
#: recklessly".
MISCONDUCT = frozenset({"provocative", "reckless", "aggressive", "irresponsible", "dangerous",
                        "unprofessional", "hostile", "unsafe", "illegal", "unlawful",
                        "provocatively", "recklessly", "aggressively", "irresponsibly",
                        "dangerously", "unprofessionally", "illegally", "unlawfully"})  # fmt: skip
#: Nouns of manner: "in a provocative manner", "in a dangerous way".
MANNER_NOUNS = frozenset({"manner", "way", "fashion"})


def _wrong_named(obj: Any) -> bool:
    """Whether a committed thing is a wrong: "crimes", "war crimes", "an act of aggression",
    "a criminal act"."""
    lemma = obj.lemma_.lower()
    if lemma in WRONG_LABELS | {"war", "abuse"}:
        return True
    if lemma != "act":
        return False
    named = [
        *_prep_objects(obj, "of"),
        *(c for c in obj.children if c.dep_ in ("amod", "compound")),
    ]
    return any(n.lemma_.lower() in WRONG_LABELS | {"war", "terror"} for n in named)


def _misconduct(verb: Any) -> bool:
    """Whether "behaved"/"acted" is qualified as a wrong: "in a reckless manner", "acted
    provocatively"."""
    manners = [c for c in verb.children if c.dep_ == "advmod"]
    manners += [a for p in _prep_objects(verb, "in") if p.lemma_.lower() in MANNER_NOUNS
                for a in p.children if a.dep_ in ("amod", "conj")]  # fmt: skip
    manners += [c for m in manners for c in m.conjuncts]
    return any(m.lower_ in MISCONDUCT or m.lemma_.lower() in MISCONDUCT for m in manners)


#: Imperatives that ask nothing of a party: "make no mistake", "look", "imagine".
NOT_ASKING = frozenset({"look", "imagine", "remember", "see", "note", "mark", "believe", "trust",
                        "forget", "consider", "thank", "excuse", "guess", "mind", "say", "make",
                        "understand", "be"})  # fmt: skip
#: "Let us", "let's", "let me": a proposal by the speaker, not an order.
LET_US = frozenset({"us", "'s", "me"})
#: Words that may stand before an order at the head of a quotation.
ORDER_OPENERS = frozenset({"please", "now", "so", "just", "simply", "do", "then", "and"})
#: Reporting verbs that pass an order on to its addressee ("told the Serbs", "wrote to Kyiv").
ORDER_REPORTING = frozenset({"tell", "say", "write", "add", "declare", "insist", "reply",
                             "respond", "state", "tweet", "post"})  # fmt: skip
#: Nouns of a message whose addressee is named: "a clear message for Beijing: '...'".
MESSAGE_NOUNS = frozenset({"message", "warning", "appeal", "plea", "demand", "word", "answer",
                           "reply", "response", "ultimatum", "advice"})  # fmt: skip


def _imperative(v: Any, span: tuple[int, int]) -> bool:
    """Whether ``v`` is an order opening a quotation ("'Stop shelling Gorazde now,'", "'Do not
    attack us'"): a bare verb with no subject, the quotation's first word but an opener;
    not "let us" (a proposal) or "make no mistake"."""
    if v.pos_ != "VERB" or v.tag_ != "VB" or v.lemma_.lower() in NOT_ASKING:
        return False
    if v.dep_ not in ("ROOT", "ccomp", "xcomp", "parataxis", "appos", "attr", "dep", "acl"):
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl", "mark", "auxpass") for c in v.children):
        return False
    if any(c.dep_ == "aux" and c.lower_ not in ("do", "don't") for c in v.children):
        return False
    if v.lemma_.lower() == "let" and v.i + 1 < len(v.doc) and v.doc[v.i + 1].lower_ in LET_US:
        return False
    words = [t for t in v.doc if span[0] <= t.idx < span[1] and t.is_alpha]
    first = next((t for t in words if t.lower_ not in ORDER_OPENERS and t.dep_ != "neg"), None)
    return first is not None and first.i == v.i


def _addressed(v: Any, span: tuple[int, int]) -> tuple[Any, Any, Any] | None:
    """(speaker's verb or the message's author, addressee, the verb or noun that carries the
    order) of a quoted order: the object of "told", or the "to"/"for" phrase of a message
    ("had a message for Beijing", "the message from the Council to Gadhafi was blunt")."""
    if v.head.i != v.i:
        heads = [v.head]
    else:
        # "the message ... was blunt: 'Stop ...'": the parser makes the order the root
        heads = [c for c in v.children if c.dep_ in ("ccomp", "parataxis")]
    heads = [h for h in heads if not span[0] <= h.idx < span[1]]
    for head in heads:
        found = _addressee(head)
        if found is not None:
            return found
    return None


def _addressee(head: Any) -> tuple[Any, Any, Any] | None:
    """See :func:`_addressed`: what the clause ``head`` outside the quotation names."""
    if head.pos_ == "VERB" and head.lemma_.lower() in ORDER_REPORTING:
        for c in head.children:
            if c.dep_ in ("dative", "dobj") and c.pos_ in ("PROPN", "NOUN"):
                return head, c, head
        for p in _prep_objects(head, "to"):
            return head, p, head
        # "said in a message to the Pentagon"
        for msg in _prep_objects(head, "in"):
            if msg.lemma_.lower() in MESSAGE_NOUNS:
                for p in (*_prep_objects(msg, "to"), *_prep_objects(msg, "for")):
                    return head, p, head
        return None
    msgs = [head] if head.pos_ == "NOUN" else []
    msgs += [c for c in head.children if c.dep_ in ("nsubj", "dobj", "attr") and c.pos_ == "NOUN"]
    for msg in msgs:
        if msg.lemma_.lower() not in MESSAGE_NOUNS:
            continue
        to = [*_prep_objects(msg, "to"), *_prep_objects(msg, "for")]
        if not to:
            continue
        author = [*_prep_objects(msg, "from"), *(c for c in msg.children if c.dep_ == "poss")]
        if author:
            return author[0], to[0], msg
        if msg.dep_ == "dobj" and msg.head.pos_ in ("VERB", "AUX"):
            return msg.head, to[0], msg  # "Raab had a clear message for Beijing"
    return None


#: Unnamed parts of a party, placed by a phrase: "elements in Pakistan", "groups from Syria".
VAGUE_GROUPS = frozenset({"element", "elements", "individual", "circle", "faction", "quarter"})


def _vague_group(subj: Any) -> list[Any]:
    """``subj``, or for an unnamed part of a party the party its phrase names ("elements in
    Pakistan" → Pakistan)."""
    if subj.lemma_.lower() not in VAGUE_GROUPS:
        return [subj]
    placed = [p for w in ("in", "from", "within", "inside") for p in _prep_objects(subj, w)]
    return placed or [subj]


#: Verbs whose "that" clause a speaker asserts through evidence: "said evidence showed that
#: ...".
EVIDENCE_VERBS = frozenset({"show", "prove", "indicate", "suggest", "confirm", "establish"})
#: What shows it: "the evidence", "our investigation", "the findings".
EVIDENCE_NOUNS = frozenset({"evidence", "investigation", "inquiry", "probe", "finding",
                            "intelligence", "information", "analysis", "footage", "data",
                            "proof", "record", "material"})  # fmt: skip


def _said_clauses(
    doc: Any, cands: list[Candidate], *, evidence: bool = False
) -> Iterable[tuple[Any, Any]]:
    """(verb of saying, its that-clause) for each saying no candidate was coded on: the
    clauses an accusation ("said X was culpable") or a demand ("said X should") is read from.
    With ``evidence``, also the clause a piece of evidence shows, said by the speaker ("'The
    evidence shows that X was behind the attacks,' the minister said")."""
    taken = {c.trigger.i for c in cands} | {c.verb.i for c in cands if c.verb is not None}
    said = doc.user_data.get(SAID_CLAUSES)
    if said is None:  # one scan of the document for all the readings that ask
        said = [(say.i, clause.i) for say in doc
                if say.pos_ == "VERB" and say.lemma_.lower() in SAYING
                for clause in say.children if clause.dep_ == "ccomp"]  # fmt: skip
        doc.user_data[SAID_CLAUSES] = said
    for say, clause in said:
        if say not in taken:
            yield doc[say], doc[clause]
            shown = doc[clause]
            if (
                evidence
                and shown.lemma_.lower() in EVIDENCE_VERBS
                and any(c.dep_ == "nsubj" and c.lemma_.lower() in EVIDENCE_NOUNS
                        for c in shown.children)
            ):  # fmt: skip
                for inner in shown.children:
                    if inner.dep_ == "ccomp":
                        yield doc[say], inner


def _drop_means(cands: list[Candidate]) -> list[Candidate]:
    """ "violated the truce by firing rockets into Israel": the firing is how the truce was
    broken, one act; drop the means when the act it serves is coded with the same type, and
    the launch of a weapon whose strike is coded."""

    def ptype(c: Candidate) -> str | None:
        return c.pattern.plover or codes.plover_for_cameo(c.cameo).get("type")

    drop = set()
    for c in cands:
        t = c.trigger
        if t.dep_ == "acl" and t.head.lemma_.lower() in LAUNCHED_NOUNS and t.head.dep_ == "nsubj":
            # "a missile launched by Houthi rebels hit a tanker": the launch is the strike
            main = t.head.head
            if any(o.trigger.i == main.i and o.cameo[:2] in ARMED_ROOTS for o in cands):
                drop.add(id(c))
            continue
        if t.dep_ != "pcomp" or t.head.lower_ != "by":
            continue
        main = t.head.head
        if any(o is not c and o.trigger.i == main.i and ptype(o) == ptype(c) for o in cands):
            drop.add(id(c))
    return [c for c in cands if id(c) not in drop]


#: Ordinary crimes: an arrest or sentence for one of these, of nobody political, is no
#: political event ("sentenced three men for armed robbery").
CRIME_NOUNS = frozenset({
    "robbery", "theft", "burglary", "murder", "homicide", "manslaughter", "rape", "smuggling",
    "trafficking", "poaching", "drug", "narcotic", "cocaine", "heroin", "shoplifting", "looting",
    "carjacking", "counterfeiting", "extortion", "stabbing", "vandalism", "arson",
})  # fmt: skip
#: Resolutions of a recipient that no name or body picked: people of the place.
UNNAMED_TARGETS = ("domestic-default", "place-target")
#: Prepositions that give the offence an arrest or sentence is for.
OFFENCE_PREPS = frozenset({"for", "over", "on", "of", "with", "in"})


def _ordinary_crime(c: Candidate) -> bool:
    """An arrest, charge or sentence by police or a court of people nobody names as political,
    for an ordinary crime ("arrested two suspects over the theft of copper cable")."""
    if c.cameo[:2] != "17" or not c.actors:
        return False
    if not all(set(a.sectors) & {"COP", "JUD", "GOV"} for a in c.actors):
        return False
    if any(not r.resolution.startswith(UNNAMED_TARGETS) for r in c.recipients):
        return False
    verb = c.verb if c.verb is not None else c.trigger
    for tok in verb.subtree:
        if tok.lemma_.lower() in CRIME_NOUNS and tok.pos_ == "NOUN":
            up = tok
            while up.dep_ in ("pobj", "compound", "amod", "conj", "nmod") and up.i != verb.i:
                up = up.head
                if up.dep_ == "prep" and up.lower_ in OFFENCE_PREPS:
                    return True
    return False


def _protest_demands(cands: list[Candidate], purposes: list[Candidate]) -> list[Candidate]:
    """ "rallied in Beirut to demand the withdrawal of Syrian troops", "went on hunger strike
    to demand medical care": the demand a protest is held to make is made by the protest; it
    is coded beside it (the same crowd, the purpose clause on the protest's own verb)."""
    out: list[Candidate] = []
    protests = {
        (c.verb if c.verb is not None else c.trigger).i: c for c in cands if c.cameo[:2] == "14"
    }
    if not protests:
        return out
    for d in purposes:
        t = d.verb if d.verb is not None else d.trigger
        protest = protests.get(t.head.i)
        if (
            protest is not None
            and d.cameo[:2] == "10"
            and t.dep_ == "advcl"
            and t.pos_ in ("VERB", "AUX")
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children)
            and unrealized(d.trigger) == t.head
            and d.actors
            and all(_same(a, protest.actors) for a in d.actors)
        ):
            d.how.append(f"the demand the protest '{t.head.text}' was held to make")
            out.append(d)
    return out


#: What a mediator brings about: "a ceasefire brokered by Qatar".
MEDIATED_NOUNS = frozenset({"ceasefire", "truce", "deal", "agreement", "accord", "pact",
                            "armistice", "swap", "exchange", "settlement", "talk",
                            "negotiation"})  # fmt: skip


def _brokered(c: Candidate) -> Any | None:
    """The outcome noun of a mediation told by its participle ("a ceasefire brokered by
    Qatar"), or None."""
    t = c.trigger
    if (
        c.cameo != "045"
        or t.pos_ != "VERB"
        or t.dep_ != "acl"
        or t.lemma_.lower() not in BROKERING
        or t.head.lemma_.lower() not in MEDIATED_NOUNS
    ):
        return None
    return t.head


def _mediated_sides(c: Candidate, index: MentionIndex) -> None:
    """ "Israel and Hamas agreed to a ceasefire brokered by Qatar", "a truce between Kyiv and
    Moscow brokered by Turkey": the mediator's recipients are the sides of what it brokered
    (named in its "between" phrase, or the subject of the clause that took it up)."""
    noun = _brokered(c)
    if noun is None or c.recipients:
        return
    sides = [a for p in noun.children if p.dep_ == "prep" and p.lower_ in ("between", "among")
             for a in _members(p, index)]  # fmt: skip
    if not sides and noun.dep_ in ("dobj", "pobj"):
        verb = noun.head.head if noun.dep_ == "pobj" else noun.head
        if verb.pos_ in ("VERB", "AUX") and verb.lemma_.lower() not in REPORTING:
            subj, _how = subject_of(verb)
            sides = actors_at(subj, index) if subj is not None else []
    sides = [a for a in _unique(sides) if not _same(a, c.actors)]
    if sides:
        c.recipients = sides
        c.how.append(f"recipient: the sides of the {noun.text} it brokered")


def _one_sided_meeting(c: Candidate) -> bool:
    """A meeting, visit or talks with nobody named on the other side ("Sharon toured the
    site", "after marathon talks") says who met nobody: not coded. A mediator named on what it
    brought about ("a ceasefire brokered by Qatar") mediated, whoever the sides."""
    if c.cameo[:2] != "04" or c.recipients or _brokered(c) is not None:
        return False
    return len({a.cameo_code or a.entity_id or a.text for a in c.actors}) < 2


#: Verbs of leaving a place a refusal may name ("refused to leave the danger zone").
QUITTING = LEAVING | frozenset({"evacuate", "abandon", "move", "flee", "relocate"})
#: Words that say an authority ordered people out ("despite an evacuation order").
ORDER_WORDS = frozenset({"order", "instruction", "command", "directive", "ultimatum", "demand",
                         "eviction", "ruling", "decree", "call", "warning"})  # fmt: skip


def _stayed_put(c: Candidate) -> bool:
    """ "villagers who had refused to leave the danger zone": refusing to leave a place is no
    political rejection unless the sentence says an authority told them to go ("refused to
    leave the square despite a police order to disperse")."""
    if c.cameo[:2] != "12" or c.trigger.lemma_.lower() not in REFUSING:
        return False
    if not any(x.dep_ == "xcomp" and x.lemma_.lower() in QUITTING for x in c.trigger.children):
        return False
    return not any(
        t.lemma_.lower() in ORDER_WORDS or (t.lemma_.lower() in COMMAND_VERBS and t.pos_ == "VERB")
        for t in c.trigger.sent
    )


def _embedded(tok: Any, head: Any) -> bool:
    """Whether ``tok`` stands inside what ``head`` says ("accused X of threatening ..."), not
    in a clause coordinated with it ("accused X, and Y warned ...")."""
    while tok.i != head.i and tok.head.i != tok.i:
        if tok.dep_ in ("conj", "parataxis"):
            return False
        tok = tok.head
    return tok.i == head.i


def _aim_at_latest(cand: Candidate, earlier: list[Candidate], line: str) -> bool:
    """Aim ``cand`` at the actors of the latest of ``earlier`` (the act it answers or judges);
    ``line`` says how, with "{}" for that act's trigger. False when nobody is left."""
    src = max(earlier, key=lambda e: e.trigger.i)
    cand.recipients = [a for a in src.actors if not _same(a, cand.actors)]
    if cand.recipients:
        _recipient_how(cand, line.format(src.trigger.text))
    return bool(cand.recipients)


#: Resolutions of a recipient found only from where an act happened.
PLACED_TARGETS = ("place-country", "place-target", "domestic-default")


def _victims_named(attack: Candidate, participle: Candidate) -> bool:
    """ "fired rockets at a hotel in Baghdad, wounding several American officials": the attack
    found its target only from the place; the participle names whom it hit."""
    placed = all((r.resolution or "").startswith(PLACED_TARGETS) for r in attack.recipients)
    named = [r for r in participle.recipients
             if not (r.resolution or "").startswith(PLACED_TARGETS)]  # fmt: skip
    return (
        placed
        and bool(named)
        and {r.country for r in named} != {r.country for r in attack.recipients}
    )


#: Nouns that refer back to a party named before: "accusing its neighbour of ...".
REFERRING_NOUNS = frozenset({"neighbour", "neighbor", "rival", "foe", "adversary", "enemy"})


def _referring(tok: Any, index: MentionIndex) -> bool:
    """Whether ``tok`` only refers back to a party named before it ("it", "them", "its
    neighbour"), with no actor of its own."""
    if index.at(tok) is not None and index.at(tok).actor is not None:
        return bool(not index.at(tok).actor.country and tok.pos_ == "PRON")
    if tok.pos_ == "PRON":
        return tok.lower_ in ("it", "them")
    return tok.lemma_.lower() in REFERRING_NOUNS


def _recipient_how(cand: Candidate, line: str) -> None:
    """Record how a later pass found the recipient, in place of the line that said where the
    first pass looked ("recipient: none", or a slot that turned out empty)."""
    at = next((k for k, h in enumerate(cand.how) if h.startswith("recipient:")), None)
    if at is None:
        cand.how.append(line)
    else:
        cand.how[at] = line


def _same(actor: Actor, group: list[Actor]) -> bool:
    """Whether ``actor`` is one of ``group``: the same CAMEO actor code (country and role),
    or the same entity where neither has a code. A country's police and its activists share
    an entity (the country) but are two sides of a domestic event, and so are two named bodies
    or people of one role ("the prosecutor accused President Samper": both COLGOV)."""
    return any(
        (actor.cameo_code and actor.cameo_code == g.cameo_code and not _two_entities(actor, g))
        or (not actor.cameo_code and actor.entity_id and actor.entity_id == g.entity_id)
        for g in group
    )


def _same_group(a: list[Actor], b: list[Actor]) -> bool:
    """Whether two actor lists name the same states."""
    return bool(a) and {x.country for x in a} == {x.country for x in b}


def _two_entities(a: Actor, b: Actor) -> bool:
    """Whether two actors of one code are different entities, one of them a named person or
    body of the knowledge base (its id has a dot), not a country or a bare role."""
    if bool(a.entity_id) != bool(b.entity_id):
        # "Governor Alfaro accused the federal government", "hardliners in Tehran accused the
        # foreign minister": a named person or body of the knowledge base and a bare body of
        # its state named apart from it are two parties
        named, bare = (a, b) if a.entity_id else (b, a)
        eid = named.entity_id or ""
        return "." in eid and not eid.endswith(CAPITAL_ENTITY) and _apart_bare(bare, named)
    if not (a.entity_id and b.entity_id) or a.entity_id == b.entity_id:
        return False
    if a.entity_id.endswith(CAPITAL_ENTITY) or b.entity_id.endswith(CAPITAL_ENTITY):
        return False  # "Belgrade" for the government is the president's own side
    return "." in a.entity_id or "." in b.entity_id


def _apart_bare(bare: Actor, named: Actor) -> bool:
    """Whether ``bare`` (an actor with no entity) is a body of its own named in another stretch
    of text than ``named``: not a pronoun or a reference back, not the named one's own words."""
    if bare.start is None or named.start is None or bare.end is None or named.end is None:
        return False
    if bare.start < named.end and named.start < bare.end:
        return False
    res = bare.resolution or ""
    return not (res.startswith(("coref", "pronoun")) or res.endswith("pronoun"))


#: Entity id ending of a capital read as its government ("srb.capital").
CAPITAL_ENTITY = ".capital"


def event_id(content_hash: str, sentence_index: int, trigger_i: int, cameo: str) -> str:
    raw = f"{content_hash}:{sentence_index}:{trigger_i}:{cameo}"
    return hashlib.sha1(raw.encode()).hexdigest()[:16]


#: Verbs of refusing whose complement "rule out" keeps an option open.
REFUSING = frozenset({"refuse", "decline"})


def _kept_open(tok: Any) -> str:
    """The option a negated or refused "rule out" keeps open ("did not rule out military
    action": 'action'), or ''."""
    rulers = [tok] if tok.lemma_.lower() == "rule" else []
    if tok.lemma_.lower() in REFUSING:
        rulers = [c for c in tok.children if c.dep_ == "xcomp" and c.lemma_.lower() == "rule"]
    for r in rulers:
        if not any(c.dep_ == "prt" and c.lower_ == "out" for c in r.children):
            continue
        for o in _objects(r):
            nouns = [o, *(p for p in _prep_objects(o, "of"))]  # "the use of force"
            for n in nouns:
                lemma = n.lemma_.lower()
                if lemma in MILITARY_OPTIONS or lemma in PENALTY_OPTIONS:
                    return lemma
    return ""


#: Intent (CAMEO 03x) → its refusal (CAMEO 12x): "will not negotiate" is 125.
REFUSAL_CODES = {
    "030": "120", "031": "121", "0311": "1211", "0312": "1212", "032": "120", "033": "122",
    "0331": "1221", "0332": "1222", "0333": "1223", "0334": "1224", "034": "123", "0341": "1231",
    "0342": "1232", "0343": "1233", "0344": "1234", "035": "124", "0351": "1241", "0352": "1242",
    "0353": "1243", "0354": "1244", "0355": "1245", "0356": "1246", "036": "125", "037": "127",
    "038": "126", "039": "120",
}  # fmt: skip
#: Modals of will and ability whose negation refuses: "will not", "won't", "cannot", "would
#: not" (reported: "said it would not attend").
REFUSING_MODALS = frozenset({"will", "wo", "'ll", "shall", "would", "can", "ca"})


def _refused(tok: Any) -> bool:
    """Whether a negated predicate is a refusal: a negated modal of will or ability on its own
    verb ("will not accept", "cannot support", "would never recognise"), or an event noun
    denied with "no" under one ("there will be no negotiations", "will hold no talks"). A
    past negation ("did not attend") is an act that did not happen; a condition ("would not
    attend if ...") or a question is no refusal."""
    verb = tok
    if tok.pos_ in ("NOUN", "PROPN"):
        if tok.dep_ not in ("dobj", "attr") or tok.head.pos_ not in ("VERB", "AUX"):
            return False
        verb = tok.head
        denied = any(c.dep_ == "det" and c.lower_ == "no" for c in tok.children)
    else:
        denied = False
    kids = list(verb.children)
    denied = denied or any(
        c.dep_ == "neg"
        or (c.dep_ == "advmod" and c.lower_ == "never")
        or flagmod.no_longer(c)  # "would no longer accept Dutch aid"
        for c in kids
    )
    modal = any(c.dep_ == "aux" and c.lower_ in REFUSING_MODALS for c in kids)
    if any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in kids):
        return False  # "would not have met": what did not happen, not a refusal
    if not (denied and modal) or flagmod.conditioned(verb) or flagmod.under_if(verb):
        return False
    return not any(t.text == "?" for t in tok.sent)


def build_event(analysis: Analysis, cand: Candidate, sentence_index: int) -> Event:
    """Turn a candidate into an Event with codes, flags, evidence and confidence."""
    tok = cand.trigger
    sent = analysis.sentences[sentence_index]
    fl = flagmod.flags_for(tok)
    cameo = cand.cameo
    plover = codes.plover_for_cameo(cameo)
    if cand.pattern.plover and (cameo == cand.pattern.cameo or not plover.get("type")):
        plover = {
            "type": cand.pattern.plover,
            "mode": cand.pattern.mode,
            "contexts": plover.get("contexts", []),
        }
    how = list(cand.how)
    kept_open = _kept_open(tok)
    if kept_open and (fl["negated"] or tok.lemma_.lower() in REFUSING):
        # "would not rule out the use of force", "refused to rule out military action": an
        # option of force kept open is a threat, not a refusal
        cameo = "138" if kept_open in MILITARY_OPTIONS else "130"
        how.append(f"'{kept_open}' not ruled out: a threat, CAMEO {cameo}")
        plover = codes.plover_for_cameo(cameo)
        fl["negated"] = False
    if (
        fl["negated"]
        and (plover.get("type") in flagmod.INTENT_TYPES or cameo[:2] == "03")
        and _refused(tok)
    ):
        # "will not accept any ultimatum", "cannot support this text", "would never recognise
        # the annexation": cooperation refused (not "did not attend": an act that did not occur)
        intent = cameo if cameo[:2] == "03" else flagmod.intent_code(cameo)
        refusal = REFUSAL_CODES.get(intent) or REFUSAL_CODES.get(intent[:3]) or "120"
        how.append(f"negated intent: a refusal, CAMEO {cameo} → {refusal}")
        if cand.pattern.receiver and cand.recipients:
            # "would no longer accept Dutch aid": the receiver refuses the giver
            cand.actors, cand.recipients = cand.recipients, cand.actors
            how.append("the receiver refuses: actor and recipient swapped")
        cameo = refusal
        plover = codes.plover_for_cameo(cameo)
        fl["negated"] = fl["future"] = False
    elif cameo[:2] == "12" and fl["negated"] and _refused(tok):
        # "there will be no negotiations with America" coded as the refusal it is
        fl["negated"] = fl["future"] = False
    elif fl["future"] and plover.get("type") in flagmod.INTENT_TYPES:
        intent = flagmod.intent_code(cameo)
        how.append(
            f"future {plover['type']} → AGREE (PLOVER: intended cooperation), CAMEO {cameo} → {intent}"
        )
        cameo = intent
        plover = codes.plover_for_cameo(cameo)
    elif (
        fl["future"]
        and plover.get("type") in flagmod.THREAT_TYPES
        and (flagmod.conditioned(tok) or flagmod.promised(tok, cameo))
    ):
        threat = flagmod.threat_code(cameo)
        how.append(
            f"future {plover['type']} → THREATEN (a hostile act promised on a condition, or "
            f"force promised by who will use it), CAMEO {cameo} → {threat}"
        )
        cameo = threat
        plover = codes.plover_for_cameo(cameo)
        fl["future"] = fl["hypothetical"] = False  # the threat itself was made
    cameo, plover = plover_rules.refine(tok, cameo, plover, cand.cameo, cand.actors, how)
    for a in (*cand.actors, *cand.recipients):
        as_of(a, analysis.article.date)  # places and defaults too: Kosovo in 1999 is Serbia's
    confidence = cand.pattern.confidence * cand.penalty
    confidence *= min((a.confidence or 0.5) for a in cand.actors)
    if fl["negated"]:
        # the record says the event did not happen; that reading is about as sure as any
        # other (a negated event is still coded, with the flag), so only a small discount
        confidence *= 0.9
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
    reads = ("article", "doc", "sentences", "mentions", "quotes")
    writes = ("events",)

    def __init__(self, *, patterns: PatternSet | None = None) -> None:
        self.extractor = Extractor(patterns or default_patterns())

    def __call__(self, batch: list[Analysis]) -> None:
        for analysis in batch:
            analysis.events = self.events_of(analysis)

    def events_of(self, analysis: Analysis) -> list[Event]:
        doc = analysis.doc
        doc.user_data[QUOTE_SPANS] = [(q.start, q.end) for q in analysis.quotes]
        doc.user_data[STORY_COUNTRIES] = sorted(
            {m.actor.country for m in analysis.mentions if m.actor is not None and m.actor.country}
        )
        index = MentionIndex(analysis.mentions)
        sent_of = {s.start: i for i, s in enumerate(doc.sents)}
        built = [
            (cand, build_event(analysis, cand, sent_of[cand.trigger.sent.start]))
            for cand in self.extractor.candidates(doc, index)
        ]
        return plover_rules.prune(_collapse_repeats(built), doc)


def _dyad_key(e: Event) -> tuple:
    def codes_of(actors: list[Actor]) -> tuple:
        return tuple(sorted({a.country or a.cameo_code or a.text for a in actors}))

    return (e.sentence_index, e.plover.get("type"), codes_of(e.actor), codes_of(e.recipient),
            tuple(sorted(k for k, v in e.flags.items() if v)))  # fmt: skip


def _one_act(low: Any, high: Any) -> bool:
    """Whether trigger ``low`` lies in the phrase of trigger ``high`` without crossing a
    coordination or a time clause: "an Israeli strike in Beirut killed ..." is one act told
    twice; "expelled its advisers and suspended the treaty", "struck Kyiv on Monday after
    shelling Kharkiv" are two."""
    tok = low
    for _ in range(12):
        if tok.i == high.i:
            return True
        if tok.dep_ == "conj" or tok.head.i == tok.i or _time_clause(tok) is not None:
            return False
        if tok.dep_ == "pcomp" and tok.head.lower_ in TIME_MARKS:
            return False  # "after shelling Kharkiv"
        tok = tok.head
    return False


def _collapse_repeats(built: list[tuple[Candidate, Event]]) -> list[Event]:
    """One event per act: events of one sentence with the same type, actor, recipient and
    flags whose triggers are one act told by several rules ("an Israeli strike in Beirut
    killed ...": the strike and the killing) keep the one with the best evidence (the highest
    confidence, a verb before a noun). Different acts with the same dyad stay."""
    groups: dict[tuple, list[int]] = {}
    for k, (_c, e) in enumerate(built):
        groups.setdefault(_dyad_key(e), []).append(k)
    dropped: set[int] = set()
    for members in groups.values():
        if len(members) < 2:
            continue
        ranked = sorted(members, key=lambda k: (-built[k][1].confidence,
                                                built[k][0].trigger.pos_ != "VERB", k))  # fmt: skip
        for pos, k in enumerate(ranked):
            if k in dropped:
                continue
            tk = built[k][0].trigger
            for j in ranked[pos + 1 :]:
                tj = built[j][0].trigger
                if j not in dropped and (_one_act(tj, tk) or _one_act(tk, tj)):
                    dropped.add(j)
    return [e for k, (_c, e) in enumerate(built) if k not in dropped]
