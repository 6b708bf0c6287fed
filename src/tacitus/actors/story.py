"""Article-level passes after the per-document resolver: the story's own country (the
dateline's, else the one the article is mostly about) given to bare state bodies and to a bare
"Congress", "Congress" read as the legislature of the one other country a sentence names, and
unknown people whose office had no country settled with their first mention's.

Reads: the article text (its dateline), the resolved mentions. Writes: those mentions' actors
(country, CAMEO code, resolution; the name of an unknown left without a country).
"""

from __future__ import annotations

from typing import Any

from ..ingest.text import find_dateline
from ..records import Actor, Mention
from .kb import MISSION_WORDS, KnowledgeBase, cameo_for
from .placing import _CONGRESSES, rehome_congress

#: Sectors of a bare state body that a local story's own country may be given ("police",
#: "the government", "authorities", "prosecutors", "parliament"), and of its opposition
#: ("opposition supporters", "protesters").
_HOME_SECTORS = frozenset({"GOV", "COP", "JUD", "LEG", "OPP"})
#: Sectors of bare armed men ("Troops opened fire", "Rebels seized the town", "militiamen")
#: that the dateline's country is given in a local story: an army acting where the story was
#: filed is that state's, rebels take the state they fight in. Militants, gunmen and bare
#: "forces" stay open (jihadists cross borders; "forces" may be anyone's).
_DATELINE_ARMED = frozenset({"MIL", "REB", "SEP", "UAF"})
#: Capitals that date stories about other states: seats of international bodies (the EU and
#: NATO, the IAEA and OPEC, the African Union).
_SEATS = frozenset({"brussels", "vienna", "addis ababa", "luxembourg"})


def dateline_country(text: str, filed: int) -> str | None:
    """The country of the story's dateline ("LAGOS, Nigeria, March 3 (Reuters) -" is NGA,
    "PARIS, Texas -" USA, "MANILA --" PHL), as the places stage reads it."""
    from types import SimpleNamespace

    from ..places import Gazetteer
    from ..where import dateline_place, dateline_with_region

    found = find_dateline(text[:filed])
    if found is None:
        return None
    line = dateline_with_region(SimpleNamespace(dateline=found[0], text=text))
    place = dateline_place(line, Gazetteer.default())
    return place.country if place is not None else None


def main_country(mentions: list[Mention]) -> str | None:
    """The country an article without a dateline is about: named (by name, adjective, capital,
    its people or bodies) at least twice and more often than any other; None when none is."""
    counts: dict[str, int] = {}
    for m in mentions:
        a = m.actor
        if a is not None and a.country and a.resolution not in _NOT_NAMED:
            counts[a.country] = counts.get(a.country, 0) + 1
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if not ranked or ranked[0][1] < 2 or len(ranked) > 1 and ranked[1][1] >= ranked[0][1]:
        return None
    return ranked[0][0]


#: Resolutions of mentions whose country was read off their sentence (they do not name it).
_NOT_NAMED = ("agent", "sentence-country", "title-sentence-country")
#: Resolutions of mentions copied from an earlier one (a surname, a pronoun, "the minister").
_CARRIED = ("surname", "coref-pronoun", "coref-role")
#: Resolutions that give a named agent (a titled unknown) its country late.
_LATE_COUNTRY = (
    "sentence-country",
    "title-sentence-country",
    "dateline-country",
    "article-country",
)


def settle_named(mentions: list[Mention]) -> None:
    """Unknown people whose office gave a sector but no country ("Interior Minister Juma
    Odhiambo") take it once their first mention gets one from the sentence or the story; their
    later mentions ("Odhiambo", "he", "the minister") take the same. One still without a country
    loses its name, so the events stage codes nothing for it."""
    known: dict[str, Actor] = {}
    for m in mentions:
        a = m.actor
        if a is None or not a.name:
            continue
        if a.country or a.cameo_code:
            if a.resolution in _LATE_COUNTRY or a.resolution == "apposition":
                known.setdefault(a.name, a)
            continue
        src = known.get(a.name) if a.resolution in _CARRIED else None
        if src is not None:
            a.country, a.sectors, a.cameo_code = src.country, list(src.sectors), src.cameo_code
        elif a.resolution in ("agent", *_CARRIED):
            a.name = None


def _home_named_later(mentions: list[Mention], m: Mention, home: str) -> bool:
    """Whether the sentence of a named agent names ``home`` after it, by name or capital
    ("Interior Minister X accused Somalia" in a story about Somalia): whose minister is then
    unknown ("X said Somali forces ..." is not such a mention)."""
    return any(
        o.sentence_index == m.sentence_index and o.start >= m.end and o.actor is not None
        and o.actor.country == home and o.actor.resolution in ("country", "metonym")
        for o in mentions
    )  # fmt: skip


def dateline_capital(line: str, home: str, kb: KnowledgeBase) -> bool:
    """Whether the dateline's city is its state's capital ("DHAKA, Sept 6 (Reuters) -"), one
    that does not seat international bodies (Brussels, Vienna, Addis Ababa)."""
    city = line.split("(")[0].split(",")[0].strip(" -–—")
    if not city or city.lower() in _SEATS:
        return False
    return any(e.country == home and form == "capital" for e, form in kb.matches(city))


def _dateline_names(line: str, home: str, kb: KnowledgeBase) -> bool:
    """Whether the dateline names its country after the city ("NAIROBI, Kenya (Reuters) -"),
    not the city alone ("ISLAMABAD -")."""
    parts = [p.strip(" -–—(") for p in line.split("(")[0].split(",")]
    return any(
        e.kind == "country" and e.country == home
        for p in parts[1:] if p
        for e, _form in kb.matches(p)
    )  # fmt: skip


def home_agents(
    mentions: list[Mention],
    home: str,
    doc: Any,
    how: str = "dateline-country",
    *,
    dateline_named: bool = False,
    dateline_capital: bool = False,
) -> None:
    """Bare state bodies ("police", "the government") in a local story (the dateline's country
    is the story's subject: at least half of the country mentions and more than any other
    country) belong to that country; elsewhere they stay without a country, and the events
    stage codes nothing for them."""
    counts: dict[str, int] = {}
    for m in mentions:
        a = m.actor
        if a is not None and a.country and a.resolution not in _NOT_NAMED:
            counts[a.country] = counts.get(a.country, 0) + 1
    if dateline_named:  # "NAIROBI, Kenya -" names the story's country once
        counts[home] = counts.get(home, 0) + 1
    total = sum(counts.values())
    others = max((n for c, n in counts.items() if c != home), default=0)
    own = counts.get(home, 0)
    local = not total or (own * 2 >= total and own > others)
    if dateline_named and len(counts) == 2 and own >= others:
        pass  # a two-country story ("NAIROBI, Kenya - ... accused Somalia"): the dateline's
    elif not local:
        if (dateline_named or dateline_capital) and how == "dateline-country":
            for m in mentions:  # "HONIARA - The government asked Australia and New Zealand"
                if not _bare_home_body(m):
                    continue
                # "BEIJING - ... The commerce ministry urged Washington to ...": every other
                # state its own sentence names is what it acts on
                same = [o for o in mentions if o.sentence_index == m.sentence_index]
                if (
                    _others_acted_on(doc, m, mentions, home)
                    or _others_acted_on(doc, m, same, home)
                    or _envoy_called_in(doc, m, same, home)
                ):
                    _give(m, home, how)
        return
    for m in mentions:
        a = m.actor
        if a is None or a.resolution != "agent" or a.country or a.cameo_code:
            continue
        named = m.kind == "name" and bool(a.name)
        # armed men only in a story about the dateline's state alone ("WASHINGTON - ... a NATO
        # strike that killed 24 soldiers": not American soldiers)
        armed = (
            local
            and how == "dateline-country"
            and bool(set(a.sectors) & _DATELINE_ARMED)
            and not set(a.sectors) & {"INS", "RAD", "CRM"}
            and m.text.lower() != "forces"
        )
        if not set(a.sectors) & _HOME_SECTORS and not _the_army(doc, m) and not armed:
            if not (named and "MIL" in a.sectors):  # "Army spokesman Col. Ali Hassan"
                continue
        if a.sectors == ["OPP"] and how != "dateline-country":
            continue  # a story's opposition only where the dateline says whose it is
        if named and _home_named_later(mentions, m, home):
            continue
        if _several(doc, m):
            continue  # "the two governments" are the story's two states, not the dateline's
        if armed and not set(a.sectors) & _HOME_SECTORS and not _acting(doc, m):
            continue  # "a U.S. strike killed 12 soldiers": those acted on may be anyone's
        if set(a.sectors) & _DATELINE_ARMED and _abroad(doc, m):
            continue  # "Foreign troops patrolled ...": not the dateline's (a foreign minister is)
        if armed and _strikes_or_leaves(doc, m, mentions, home):
            continue  # "BEIRUT - The last troops left the country": not Lebanon's own
        if _acts_on(doc, m, mentions, home):
            # "the regime accused Washington": no state accuses itself; in a story of two
            # states ("Britain blamed Moscow ... The government expelled 23 Russian
            # diplomats") it is the other one
            if len(counts) == 2 and how == "article-country" and set(a.sectors) & {"GOV"}:
                _give(m, next(c for c in counts if c != home), "other-country")
            continue
        a.country, a.cameo_code = home, cameo_for(home, a.sectors)
        a.resolution, a.confidence = how, 0.5


#: Words that make a plural body several parties' ("the two governments", "both armies").
_SEVERAL = frozenset({"two", "both", "three", "four", "several", "rival", "neighbouring",
                      "neighboring"})  # fmt: skip


def _several(doc: Any, m: Mention) -> bool:
    span = doc.char_span(m.start, m.end, alignment_mode="expand") if doc is not None else None
    if span is None or span.root.tag_ not in ("NNS", "NNPS"):
        return False
    # "their governments" after several states: each its own
    return any(t.lower_ in _SEVERAL or t.lower_ == "their" for t in span.root.children) or (
        span.start > 0 and doc[span.start - 1].lower_ in _SEVERAL
    )


def _bare_home_body(m: Mention) -> bool:
    a = m.actor
    return (
        a is not None and a.resolution == "agent" and not a.country and not a.cameo_code
        and m.kind != "name" and bool(set(a.sectors) & _HOME_SECTORS)
    )  # fmt: skip


def _give(m: Mention, home: str, how: str) -> None:
    a = m.actor
    a.country, a.cameo_code = home, cameo_for(home, a.sectors)
    a.resolution, a.confidence = how, 0.5


def _verb_targets(verb: Any) -> set[int]:
    """Character offsets of what a verb acts on: its objects and its "on", "to", "against",
    "with" phrases ("broke off relations with the United States and Britain")."""
    out: set[int] = set()
    for c in verb.children:
        if (
            c.dep_ in ("dobj", "dative")
            or c.dep_ == "prep"
            and c.lower_ in ("on", "to", "against", "with")
        ):
            out |= {t.idx for t in c.subtree}
    return out


def _others_acted_on(doc: Any, m: Mention, mentions: list[Mention], home: str) -> bool:
    """Whether a bare body is the subject of its sentence's verb and every other state the
    story names by name, capital, adjective or body is what that verb acts on: the body is
    the dateline's, acting on them ("DHAKA - The government summoned Myanmar's envoy")."""
    span = _span(doc, m)
    if span is None or span.root.dep_ != "nsubj" or span.root.head.pos_ not in ("VERB", "AUX"):
        return False
    if _several(doc, m):
        return False
    target = _verb_targets(span.root.head)
    foreign = [
        o for o in mentions
        if o.actor is not None and o.actor.country and o.actor.country != home
        and o.actor.resolution not in (*_NOT_NAMED, *_CARRIED, "coref-country")
    ]  # fmt: skip
    return bool(foreign) and all(o.start in target for o in foreign)


#: Verbs of calling a foreign envoy in: the body he is called to is the host state's.
_CALLING_IN = frozenset({"summon", "call", "invite", "convoke", "ask"})
#: Words of envoys, whose state is not the one that calls them in.
_ENVOYS = ("ambassador", "envoy", "diplomat", "charge", "chargé", "consul", "attache", "attaché")


def _envoy_called_in(doc: Any, m: Mention, mentions: list[Mention], home: str) -> bool:
    """ "WARSAW - Russia's ambassador was summoned to the foreign ministry": the ministry an
    envoy of another state is called in to is the dateline state's (a state summons foreign
    envoys, never its own, to its ministry)."""
    span = _span(doc, m)
    if span is None or span.root.dep_ != "pobj" or span.root.head.lower_ not in ("to", "into"):
        return False
    verb = span.root.head.head
    if verb.lemma_.lower() not in _CALLING_IN:
        return False
    envoys = [
        o for o in mentions
        if o is not m and o.actor is not None and o.actor.country
        and o.actor.country != home and any(w in o.text.lower() for w in _ENVOYS)
    ]  # fmt: skip
    return bool(envoys)


def _span(doc: Any, m: Mention) -> Any:
    return doc.char_span(m.start, m.end, alignment_mode="expand") if doc is not None else None


#: Words that call a body foreign where it is ("foreign troops", "international forces").
_ABROAD = frozenset({"foreign", "international", "overseas", "visiting", "multinational"})
#: Verbs of leaving a state and of striking it: armed men who leave the dateline's state or
#: strike it ("Troops left the country", "Warplanes pounded the territory") came from outside.
_LEAVE_STRIKE = frozenset(
    """leave withdraw exit quit depart evacuate pull strike bomb pound shell raid hit attack
    invade target blitz""".split()
)
#: Nouns by which a story names the state it was filed from ("the country", "the territory").
_HOME_NOUNS = frozenset({"country", "territory", "nation", "enclave", "strip"})


def _abroad(doc: Any, m: Mention) -> bool:
    """ "foreign troops", "international forces": armed men a word calls foreign where they
    are (only armed men: "the foreign minister" is the state's own)."""
    span = _span(doc, m)
    if span is None:
        return False
    words = [*span, *(c for c in span.root.children if c.dep_ in ("amod", "compound"))]
    return any(t.lower_ in _ABROAD for t in words)


def _strikes_or_leaves(doc: Any, m: Mention, mentions: list[Mention], home: str) -> bool:
    """Whether bare armed men are the subject of a verb of leaving or striking whose object
    (or "from"/"into"/"on" phrase) is the dateline's state itself: by name ("struck the Gaza
    Strip"), or as "the country" or "the territory" ("BEIRUT - Troops withdrew from the
    country"). An army that leaves or strikes its own state is rare; one from abroad is news."""
    tok = _first_conjunct(doc, m)
    if tok is None or tok.dep_ != "nsubj":
        return False
    verb = tok.head
    verbs = [verb, *(c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB")]
    target: set[int] = set()
    for v in verbs:
        if v.lemma_.lower() not in _LEAVE_STRIKE:
            continue
        out = any(c.dep_ == "prt" and c.lower_ == "out" for c in v.children)
        for c in v.children:
            if c.dep_ == "dobj" or c.dep_ == "prep" and c.lower_ in ("from", "into", "on", "out"):
                target |= {t.i for t in c.subtree}
            elif out and c.dep_ == "prep" and c.lower_ == "of":  # "pulled out of the country"
                target |= {t.i for t in c.subtree}
    if not target:
        return False
    for i in target:
        t = doc[i]
        if (
            t.lower_ in _HOME_NOUNS
            and t.pos_ == "NOUN"
            and t.dep_ != "poss"  # "attacked the country's rebels": whom, not where
            and any(c.lower_ in ("the", "its") for c in t.children)
        ):
            if not any(c.dep_ in ("amod", "compound", "nmod") for c in t.children):
                return True  # "the country", not "a neighbouring country"
    return any(
        o.actor is not None and o.actor.country == home and o.actor.resolution == "country"
        and o.token_start in target
        for o in mentions
    )  # fmt: skip


def _acting(doc: Any, m: Mention) -> bool:
    """Whether a bare noun is the doer of its clause: its subject, or the agent of a passive
    ("Troops opened fire", "police and soldiers stormed", "were attacked by gunmen")."""
    tok = _first_conjunct(doc, m)
    if tok is None:
        return False
    return tok.dep_ == "nsubj" or tok.dep_ == "pobj" and tok.head.dep_ == "agent"


def _first_conjunct(doc: Any, m: Mention) -> Any:
    """The head of a mention, or of the coordination it is the second part of ("police and
    soldiers": "police"), whose relation to the clause says what the mention does; None where
    the mention has no span in the parse."""
    span = _span(doc, m)
    if span is None:
        return None
    tok = span.root
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    return tok


def _acts_on(doc: Any, m: Mention, mentions: list[Mention], home: str) -> bool:
    """Whether a bare body is the subject of a verb whose object (or "on"/"to"/"against"
    phrase) names the state ``home`` itself ("the regime accused Washington")."""
    span = _span(doc, m)
    if span is None or span.root.dep_ != "nsubj":
        return False
    verb = span.root.head
    target: set[int] = set()
    for c in verb.children:
        if c.dep_ in ("dobj", "dative") or c.dep_ == "prep" and c.lower_ in ("on", "to", "against"):
            target |= {t.idx for t in c.subtree}
    return any(
        o.start in target and o.actor is not None and o.actor.country == home
        and (o.actor.resolution in ("country", "metonym") or _mission(o))
        for o in mentions
    )  # fmt: skip


#: A state's people abroad: no government expels or summons its own.
_MISSIONS = MISSION_WORDS | {"diplomats", "charge", "attache"}


def _mission(m: Mention) -> bool:
    words = m.text.lower().split()
    return bool(words) and words[-1] in _MISSIONS


def _bare_congress(m: Mention) -> bool:
    """A bare "Congress" still read as America's by default (not one its places settled)."""
    return (
        m.actor is not None
        and m.actor.entity_id == "usa.congress"
        and m.text == "Congress"
        and m.actor.resolution == "metonym"
    )


def home_congress(mentions: list[Mention], home: str, how: str = "dateline-country") -> None:
    """A bare "Congress" in a story about another country that has one (Brazil, Peru, the
    Philippines ...) is that country's legislature, unless the story names the United States."""
    if home not in _CONGRESSES:
        return
    congress = [m for m in mentions if _bare_congress(m)]
    if not congress or any(
        m.actor is not None and m.actor.country == "USA" and m not in congress for m in mentions
    ):
        return
    for m in congress:
        rehome_congress(m.actor, home, how)


def sentence_congress(mentions: list[Mention]) -> None:
    """A bare "Congress" left American in a sentence whose only other country has a Congress
    of its own ("Colombian prosecutors ... members of Congress") is that country's."""
    for m in mentions:
        if not _bare_congress(m):
            continue
        others = {o.actor.country for o in mentions if o is not m and o.actor is not None
                  and o.actor.country and o.sentence_index == m.sentence_index}  # fmt: skip
        if len(others) == 1 and (home := next(iter(others))) in _CONGRESSES:
            rehome_congress(m.actor, home, "sentence-country")


def _the_army(doc: Any, m: Mention) -> bool:
    """ "the army", "the military": a local story's own forces (plural "forces" stay open)."""
    if doc is None or m.token_end is None or "MIL" not in m.actor.sectors:
        return False
    head = doc[m.token_end - 1]
    return head.tag_ == "NN" and any(c.dep_ == "det" and c.lower_ == "the" for c in head.children)
