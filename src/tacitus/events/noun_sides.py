"""The sides of an event noun that the mention stage leaves unnamed.

Four shapes, each called from a small hook in :mod:`tacitus.events.extract`:

* sides joined by a hyphen before the noun ("Indo-Pakistani talks", "the Israeli-Palestinian
  summit", "Sino-Soviet clashes"): each half is a state's adjective or combining form;
* a coercive noun placed in a country with no author named ("a crackdown in Xinjiang", "a wave
  of arrests in Istanbul", "authorities imposed a curfew in Srinagar"): the place's state did
  it to its own people;
* a protest noun placed by the clause it stands in rather than by a phrase of its own ("tens
  of thousands took part in a rally against the government in Tel Aviv", "internet access was
  cut across Iran after protests erupted");
* a two-sided noun whose "between" phrase names one state's side and an unnamed group of its
  own people ("clashes between Inkatha supporters and ANC followers", "talks between the
  regional government and Baghdad"): that state's people are the other side.

A noun with no side and no place ("the war dragged on", "the crisis deepened") stays uncoded,
and a noun with a nationality of its own ("a US drone strike in Somalia") is the nationality's,
never the place's.
"""

from __future__ import annotations

from typing import Any

from ..records import Actor

#: Combining forms that name a state as the first half of a hyphened pair ("Sino-US talks").
COMBINING = {
    "indo": "IND", "sino": "CHN", "franco": "FRA", "anglo": "GBR", "russo": "RUS",
    "turco": "TUR", "greco": "GRC", "italo": "ITA", "germano": "DEU", "nippo": "JPN",
    "hispano": "ESP", "luso": "PRT", "austro": "AUT", "serbo": "SRB", "polono": "POL",
}  # fmt: skip
#: Second halves that make an ethnic group of the first, not a second side ("Greek-Cypriot").
GROUP_HALVES = frozenset({"cypriot"})
#: Prepositions by which a coercive noun is placed ("a crackdown in Tibet", "a curfew on Hebron").
COERCION_PLACES = ("in", "across", "throughout", "on")
#: Nouns of repression that a place alone may give an author ("a crackdown in Tibet"); a ban or
#: a shutdown placed somewhere names no act of its own ("protests against a ban in Kathmandu").
REPRESSION = frozenset({"crackdown", "clampdown", "arrest", "detention", "roundup", "purge",
                        "curfew", "repression", "crackdowns"})  # fmt: skip
#: Spans that count repeated acts ("a wave of arrests"); a span of time ("six years of house
#: arrest") is a background, not an act placed in the news.
ACT_SPANS = frozenset({"wave", "series", "spate", "round", "string", "campaign"})
#: Prepositions that make a noun the background of a clause ("after years of detention").
BACKGROUND = frozenset({"after", "following", "since", "before", "despite"})
#: Prepositions that place a clause ("through the streets of Yangon").
CLAUSE_PLACES = frozenset({"in", "across", "throughout", "through", "around", "outside"})
#: Subjects that stand for a state's unnamed organs ("authorities imposed a curfew").
UNNAMED_ORGANS = frozenset({"authority", "police", "army", "government", "official", "troop",
                            "soldier", "force", "military", "junta", "regime", "administration"})  # fmt: skip


def _state_of(word: str) -> str | None:
    """The state an adjective ("Pakistani") or combining form ("Indo") names, else None."""
    from .extract import _kb

    low = word.lower()
    if low in COMBINING:
        return COMBINING[low]
    kb = _kb()
    if kb.country_form(word) != "adjective":
        return None
    country = kb.country(word)
    return country.country if country is not None else None


def _state_actor(tok: Any, country: str, sectors: list[str], how: str) -> Actor:
    """The state ``tok`` stands for, as the extractor builds an implied actor on one word."""
    from .extract import _implied

    return _implied(tok, tok, country, sectors, how, confidence=0.55)


def hyphen_sides(noun: Any) -> list[Actor]:
    """ "Indo-Pakistani talks", "the Franco-German initiative", "Israeli-Palestinian
    negotiations": two or more states joined by hyphens in the words before the noun."""
    doc = noun.doc
    start = noun.left_edge.i
    for i in range(start, noun.i):
        tok = doc[i]
        if tok.text != "-" or tok.whitespace_ or i == start or i + 1 >= noun.i:
            continue
        # the chain of halves around this hyphen: "South Korea-US-Japan" is left to mentions
        halves = [doc[i - 1]]
        j = i
        while j < noun.i and doc[j].text == "-" and not doc[j].whitespace_ and j + 1 < noun.i:
            if doc[j - 1].whitespace_:
                break
            halves.append(doc[j + 1])
            j += 2
        if len(halves) < 2 or halves[-1].i >= noun.i:
            continue
        if halves[-1].lower_ in GROUP_HALVES:
            return []  # "Greek-Cypriot leaders": one community, not two states
        if halves[-1].lower_.endswith(("led", "backed", "brokered", "sponsored", "based")):
            return []  # "Saudi-led", handled by the mention stage
        countries = [_state_of(h.text) for h in halves]
        if any(c is None for c in countries) or len(set(countries)) < 2:
            return []
        # the last half must modify the noun (directly or through a compound chain)
        last = halves[-1]
        if not (last.head.i == noun.i or noun.is_ancestor(last)):
            return []
        out: list[Actor] = []
        for h, c in zip(halves, countries, strict=True):
            if c not in {a.country for a in out}:
                out.append(_state_actor(h, c, [], "hyphened-demonym"))  # type: ignore[arg-type]
        return out
    # one token holding the pair ("Israeli-Palestinian" where the tokenizer kept it whole)
    for c in noun.children:
        if c.dep_ in ("amod", "compound") and "-" in c.text.strip("-"):
            parts = c.text.split("-")
            if parts[-1].lower() in GROUP_HALVES:
                return []
            countries = [_state_of(p) for p in parts]
            if len(parts) >= 2 and all(countries) and len(set(countries)) >= 2:
                out = []
                for country in countries:
                    if country not in {a.country for a in out}:
                        out.append(_state_actor(c, country, [], "hyphened-demonym"))  # type: ignore[arg-type]
                return out
    return []


def _foreign_word(noun: Any) -> bool:
    """Whether a nationality, possessor or author sits on the noun ("an Israeli raid in Jenin",
    "Russia's crackdown in Chechnya", "a crackdown by the army in ..."): then the place is only
    the scene, and whoever is named there is for the other readers."""
    for c in noun.children:
        if c.dep_ in ("amod", "compound") and (c.ent_type_ in ("NORP", "GPE") or _state_of(c.text)):
            return True
        if c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "by"):
            return True
    return False


def _span_head(noun: Any) -> Any:
    """ "a wave of arrests", "days of crackdown": the span noun the place hangs on."""
    from .extract import SPAN_NOUNS

    head = noun
    while (
        head.dep_ == "pobj"
        and head.head.lower_ == "of"
        and head.head.head.lemma_.lower() in SPAN_NOUNS | ACT_SPANS
    ):
        head = head.head.head
    return head


def placed_coercion(pattern: Any, noun: Any, index: Any) -> Any | None:
    """ "A crackdown in Xinjiang drew criticism", "a wave of arrests in Istanbul", "during the
    crackdown in Minsk": repression placed in a country with no author is that state's, aimed
    at its own people (or at whoever its own phrase names: "the arrest of a US reporter in
    Moscow")."""
    from .extract import Candidate, _place_country, _prep_objects, domestic, recipients_for

    if pattern.cameo[:2] != "17" or noun.lemma_.lower() not in REPRESSION or _foreign_word(noun):
        return None
    head = _span_head(noun)
    if head is not noun and head.lemma_.lower() not in ACT_SPANS:
        return None  # "six years of house arrest in Rangoon": a duration, not an act
    if head.dep_ == "pobj" and head.head.lower_ in BACKGROUND:
        return None  # "freed after six years of detention in Rangoon": a background
    places = [p for w in COERCION_PLACES for t in {noun.i: noun, head.i: head}.values()
              for p in _prep_objects(t, w)]  # fmt: skip
    places += [p for t in list(places) for p in _prep_objects(t, "of")]  # "parts of Ahmedabad"
    # "the arrest of a reporter in Moscow", "a crackdown on dissidents in Cuba": the place kept
    # on the noun's own patient
    places += [p for w in ("of", "on", "against") for t in _prep_objects(noun, w)
               for x in COERCION_PLACES[:3] for p in _prep_objects(t, x)]  # fmt: skip
    for tok in places:
        country = _place_country(tok, index)
        if not country or country == "IGO" or len(country) != 3:
            continue
        actors = [_state_actor(noun, country, ["GOV"], "coercion-located")]
        recipients, rhow = recipients_for(pattern, noun, index, exclude=actors)
        recipients = [r for r in recipients if r.country or r.cameo_code]
        if not recipients:
            recipients, rhow = domestic(actors, None, "coercion"), "its own people"
        return Candidate(pattern, noun, pattern.cameo, actors, recipients,
                         how=[f"event noun '{noun.text}' placed in {country} matched {pattern.id}",
                              "actor: the state of the place (no author named)",
                              f"recipient: {rhow}"], penalty=0.7)  # fmt: skip
    return None


def organ_placed(patterns: Any, verb: Any, noun: Any, subj: Any, index: Any) -> list[Actor]:
    """ "Authorities lifted the curfew in parts of Ahmedabad", "police imposed a curfew on
    Srinagar": an unnamed organ of a state doing a coercive act placed in a country is that
    country's (a named actor is taken before this is asked)."""
    from .extract import _place_country, _prep_objects

    if not any(p.cameo[:2] == "17" or p.cameo[:3] in ("080", "081", "082", "083")
               for p in patterns):  # fmt: skip
        return []
    if subj is None or subj.lemma_.lower() not in UNNAMED_ORGANS or _foreign_word(subj):
        return []
    if _foreign_word(noun):
        return []
    places = [p for t in (noun, verb) for w in COERCION_PLACES for p in _prep_objects(t, w)]
    places += [p for t in list(places) for p in _prep_objects(t, "of")]
    for tok in places:
        country = _place_country(tok, index)
        if not country or country == "IGO" or len(country) != 3:
            continue
        # "the army imposed a curfew on Hebron ..., Israeli officials said": another state named
        # in the sentence may own the unnamed organ
        others = {m.actor.country for i in range(verb.sent.start, verb.sent.end)
                  if (m := index.by_token.get(i)) is not None and m.actor is not None
                  and m.actor.country}  # fmt: skip
        if others - {country}:
            return []
        return [_state_actor(subj, country, ["GOV"], "organ-located")]
    return []


def clause_places(noun: Any) -> list[Any]:
    """Where the clause an unplaced protest noun stands in happens: "took part in a rally
    against the government in Tel Aviv" (the target's own place), "led thousands through the
    streets of Yangon in a protest" (the verb's), "access was cut across Iran after protests
    erupted" (the clause the onset verb hangs from)."""
    from .extract import _prep_objects

    bare = not any(c.dep_ in ("det", "amod", "poss", "nummod") for c in noun.children)
    if bare and noun.dep_ == "pobj" and noun.head.lower_ == "in":
        return []  # "cut aid to Guatemala in protest at ...": the subject's own manner
    verb = None
    if noun.dep_ == "pobj" and noun.head.lower_ in ("in", "into"):
        verb = noun.head.head
        if verb.lemma_.lower() == "part" and verb.dep_ == "dobj":
            verb = verb.head  # "took part in"
    elif noun.dep_ == "nsubj" and noun.head.dep_ == "advcl":
        verb = noun.head.head  # "... across Iran after protests erupted"
    if verb is None or verb.pos_ not in ("VERB", "AUX"):
        return []  # "troops fired on a march against the government in Caracas": a target
    # "took part in a rally against the government in Tel Aviv": the target's own place
    out = [p for t in _prep_objects(noun, "against") for p in _prep_objects(t, "in")]
    out += [p for c in verb.children if c.dep_ == "prep" and c.lower_ in CLAUSE_PLACES
            and not c.is_ancestor(noun) for p in c.children if p.dep_ == "pobj"]  # fmt: skip
    return out


#: Groups of a state's own people that may stand on the other side of a two-sided noun with
#: no state of their own named ("clashes between Inkatha supporters and ANC followers").
HOME_GROUPS = frozenset({"supporter", "follower", "rebel", "militant", "guerrilla", "insurgent",
                         "militia", "militiaman", "fighter", "protester", "demonstrator",
                         "student", "opposition", "activist", "separatist", "loyalist",
                         "tribesman", "villager", "resident", "worker", "youth"})  # fmt: skip
#: Modifiers that make a government a region's, inside the state ("the regional government").
SUBNATIONAL = frozenset({"regional", "provincial", "local", "autonomous", "semi-autonomous",
                         "state", "federal"})  # fmt: skip


def _home_group(tok: Any) -> bool:
    lemma = tok.lemma_.lower()
    if lemma in HOME_GROUPS:
        return not any(c.lower_ in ("foreign", "international") for c in tok.children)
    return lemma in ("government", "administration", "authority") and any(
        c.dep_ == "amod" and c.lower_ in SUBNATIONAL for c in tok.children
    )


def unnamed_other_side(noun: Any, actors: list[Actor], index: Any) -> list[Actor]:
    """ "Clashes between Inkatha supporters and ANC followers", "talks between the regional
    government and Baghdad": a two-sided noun whose "between" phrase names one state's side and
    an unnamed group of that state's own people (no foreign word on it) has that state's people
    on the other side."""
    from .extract import _kb

    countries = {a.country for a in actors if a.country}
    if len(countries) != 1 or len(actors) != 1:
        return []
    country = next(iter(countries))
    if country == "IGO" or len(country) != 3:
        return []
    heads = [noun]
    if noun.dep_ == "nsubj" and noun.head.pos_ in ("VERB", "AUX"):
        heads.append(noun.head)  # "fighting broke out between ..."
    for h in heads:
        for c in h.children:
            if c.dep_ != "prep" or c.lower_ != "between":
                continue
            members = [p for p in c.children if p.dep_ == "pobj"]
            members += [k for m in list(members) for k in m.subtree if k.dep_ == "conj"]
            for m in members:
                named = any(
                    (x := index.at(k)) is not None
                    and x.actor is not None
                    and (x.actor.country or x.actor.cameo_code)
                    for k in (m, *m.children)
                    if k.i == m.i or k.dep_ in ("compound", "amod", "nmod", "poss")
                )
                if named or not _home_group(m):
                    continue
                if any(k.ent_type_ in ("NORP", "GPE") and _state_of(k.text) not in (None, country)
                       for k in m.children):  # fmt: skip
                    return []  # "Chadian rebels": another state's people
                agent = _kb().agent(m.lemma_.lower())
                sectors = list(agent.sectors) if agent is not None and agent.sectors else ["CVL"]
                if m.lemma_.lower() in ("government", "administration", "authority"):
                    sectors = ["GOV"]
                return [_state_actor(m, country, sectors, "home-group-side")]
    return []
