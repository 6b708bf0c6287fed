"""Placing bare bodies: the country of a state body, armed group or crowd that has none of its
own, read off its sentence ("Fighting flared in Somalia, and the government ...":
``sentence-country``) or off the places its clause names ("Gunmen killed tourists near Luxor",
"Farmers drove tractors into central Lyon": ``agent-in-place``); off a town, region or landmark
in its own phrase or as its modifier ("Soldiers in Yangon", "Milan magistrates":
``agent-in-place``); the people a domestic actor acts on off the one state their sentence names
(``sentence-country``); "local police" off the one state whose place its sentence names
(``local-place``); and a bare "Congress" that another state's leader acts on
(``clause-country``).

Reads: the mentions found so far, ``country_at``, the parse, the gazetteer. Writes: the country,
CAMEO code and resolution of those mentions' actors (no new mentions).
"""

from __future__ import annotations

from typing import Any

from ..nlp import ents_of
from .base import _ARMED, _PLACING, _DocBase, _Found
from .kb import MISSION_WORDS, cameo_for

#: Prepositions before where a clause happens ("near Luxor", "the centre of Bangui").
_WHERE_PREPS = frozenset(
    {"in", "near", "around", "outside", "inside", "at", "of", "across", "into", "on", "throughout"}
)
#: Nouns for a place in a state that its nationality adjective modifies ("the Pakistani city").
_PLACE_NOUNS = frozenset(
    "city town village province region district capital port state county border".split()
)
#: Nouns for a state's edge: a state's word on them ("near the Honduran border", "the Afghan
#: frontier") names a neighbour as often as the state where the clause happens.
_BORDER_NOUNS = frozenset({"border", "frontier", "boundary", "borderland", "borderlands"})
#: People nouns after "Indian" that, in the Americas, name a state's indigenous people.
_INDIGENOUS_NOUNS = frozenset(
    {"peasants", "communities", "tribes", "villagers", "leaders", "farmers", "groups",
     "protesters", "organizations", "organisations", "activists", "chiefs", "peoples",
     "women", "families", "rebels", "settlements", "villages", "federations", "movement"}
)  # fmt: skip
#: Mexico, Central and South America and the Caribbean: ISO 3166 alpha-3.
LATIN_AMERICA = frozenset(
    {"MEX", "GTM", "BLZ", "HND", "SLV", "NIC", "CRI", "PAN", "COL", "VEN", "ECU", "PER", "BOL",
     "BRA", "PRY", "URY", "ARG", "CHL", "GUY", "SUR", "CUB", "HTI", "DOM", "JAM", "PRI"}
)  # fmt: skip
#: Adjectives of a region's or town's own bodies, between its name and the body ("the Oromia
#: regional government", "the Helmand provincial council").
_LOCAL_WORDS = frozenset({"regional", "provincial", "municipal", "district", "local"})
#: Words of a ruling body named generically ("the junta", "the military rulers", "the ruling
#: party", "the transitional council", "the interim government").
_RULING_WORDS = frozenset(
    {"junta", "juntas", "rulers", "ruling", "transitional", "interim", "regime"}
)
#: Verbs of firing at a target across a border ("fired rockets into Israel").
_FIRE_VERBS = frozenset({"fire", "launch", "lob", "shoot"})
#: Prepositions of what a shot is aimed at ("fired rockets into Israel", "at Sderot").
_AIM_PREPS = frozenset({"into", "at", "on", "toward", "towards"})
#: Verbs whose subject reports the clause under them ("police said they ...").
_SAY_VERBS = frozenset({"say", "announce", "report", "confirm", "add", "claim", "tell"})
#: Plural office holders of a town or region, who act where they hold office (and are kept as
#: a body: "Governors of the northern states met").
_LOCAL_HOLDERS = frozenset({"governors", "mayors"})
#: The lands of the Serbs outside Serbia: Bosnia, Croatia, Kosovo.
_SERB_LANDS = frozenset({"BIH", "HRV", "XKX"})
#: Dependents that open a clause of their own.
_OTHER_CLAUSES = frozenset({"advcl", "ccomp", "relcl", "parataxis", "conj", "csubj"})
#: Irregular forces whose military sector does not make them an army ("paramilitaries").
_IRREGULARS = frozenset({"paramilitaries", "militiamen", "militias", "militia", "vigilantes"})
#: Verbs of meeting a reaction ("drew criticism from", "faced protests from"): the one after
#: "from" reacts; it is not acted on by the verb's subject.
_REACTION_VERBS = frozenset({"draw", "face", "meet", "earn", "provoke", "spark", "prompt"})
#: Sectors of state bodies that "in <country or capital>" gives a country ("officials in Kabul").
_STATE_SECTORS = frozenset({"GOV", "COP", "JUD", "LEG"})
#: Sectors of a state's own people: crowds, opposition, unions, students, farmers, clergy, press.
_PEOPLE = frozenset({"CVL", "OPP", "LAB", "EDU", "AGR", "REL", "MED", "BUS", "HLH"})
#: Role nouns for a state's people abroad: a crowd at them is not of that state.
_ABROAD_ROLES = MISSION_WORDS | {"consul", "mission", "delegation", "tourist"}
#: Titles of international bodies' officers: no state's sentence makes them its own.
_IGO_TITLES = ("secretary-general", "secretary general", "director-general", "director general",
               "high commissioner", "high representative", "special rapporteur")  # fmt: skip
#: Countries whose legislature news calls "Congress" (Latin America, the Philippines, Spain).
_CONGRESSES = frozenset(
    "ARG BOL BRA CHL COL CRI DOM ECU ESP GTM HND MEX NIC PAN PER PHL PRY SLV URY VEN".split()
)


def rehome_congress(actor: Any, home: str, how: str, confidence: float = 0.5) -> None:
    """Make a bare "Congress" read as the US Congress the legislature of ``home`` (one of
    :data:`_CONGRESSES`), found by ``how``."""
    actor.country, actor.cameo_code, actor.entity_id = home, cameo_for(home, actor.sectors), None
    actor.name, actor.resolution, actor.confidence = None, how, confidence


#: Prepositions that place a body or crowd by its own phrase ("soldiers in Yangon", "doctors at
#: hospitals in Myanmar", "workers near Dhaka"), where it is stationed or gathered.
_OWN_PLACING = frozenset(
    {"in", "near", "at", "around", "outside", "inside", "across", "throughout"}
)
#: Prepositions after a body that name its owner or origin ("soldiers from Chad", "members of
#: Hamas", "gunmen loyal to X"): a place there says whose it is, not where it acts.
_OWNER_PREPS = frozenset({"from", "of", "for", "to", "with", "under", "by"})
#: Prepositions before a town the small tagger left untagged or mislabelled ("a studio in
#: Guayaquil", "into central Lyon").
_TOWN_PREPS = _PLACING | {"into", "across", "throughout", "at"}
#: Entity labels a town's name may carry under the small tagger ("Guayaquil" as an ORG).
_TOWN_LABELS = frozenset({"GPE", "LOC", "ORG", "FAC", ""})
#: Gazetteer precisions of a town, region or landmark inside one state.
_TOWN_PRECISIONS = frozenset({"city", "admin1", "landmark"})
#: Sectors of a force that may be stationed in another state: placed in a town, it is that
#: town's state's only where the sentence names no other state ("Soldiers in Yangon").
_FOREIGN_PLAUSIBLE = frozenset({"MIL", "SPY"})
#: Population under which a town of a state the story does not name places nothing: a small
#: town's name is often another state's town too ("Madaya" in Syria and in Myanmar).
_SMALL_TOWN = 50_000
#: Sectors a place never gives its state: international bodies ("peacekeepers in Bunia"),
#: settlers and mercenaries (people of another state by what they are).
_NEVER_PLACED = frozenset({"IGO", "UAF"})
#: Last words of the names of institutions that may open with their city ("Oxford University").
INSTITUTION_NOUNS = frozenset(
    {"university", "college", "institute", "hospital", "polytechnic", "academy", "school"}
)
#: Institutions whose first word is a town of another state than theirs.
_INSTITUTION_LOOKALIKES = frozenset(
    {"georgetown", "victoria", "columbia", "lincoln", "liberty", "concordia", "regent",
     "trinity", "howard", "vanderbilt", "emory", "cornell", "carnegie", "aga khan", "durham"}
)  # fmt: skip
#: Nouns for courts, and the words that make one an international body ("an international
#: tribunal", "an arbitral tribunal", "a UN-backed court", "a war crimes tribunal").
_COURT_NOUNS = frozenset({"court", "tribunal", "chamber", "chambers"})
_COURT_MODS = frozenset({"amod", "compound", "nmod", "npadvmod", "advmod"})
_INTERNATIONAL_WORDS = frozenset(
    {"international", "arbitral", "arbitration", "hybrid", "multinational"}
)
#: Words that call a body or group foreign where it is ("foreign journalists").
_ABROAD_WORDS = frozenset(
    {"foreign", "international", "overseas", "visiting", "expatriate", "expat", "western"}
)
#: Sectors of people a domestic actor acts on ("monks", "villagers", "protesters",
#: "hostages", "workers").
_VICTIMS = frozenset({"CVL", "OPP", "LAB", "EDU", "AGR", "REL", "MED", "HLH", "REF"})


#: Nouns that count or gather people before "of" ("thousands of workers", "a crowd of
#: farmers"): the clause's subject is the count, its people are who act.
_COUNT_NOUNS = frozenset(
    {"thousand", "thousands", "hundred", "hundreds", "dozen", "dozens", "million", "millions",
     "ten", "tens", "score", "scores", "crowd", "crowds", "group", "groups", "number", "band"}
)  # fmt: skip


def _subject_top(head: Any) -> Any:
    """The token that stands for a noun in its clause: the first of a coordination ("police
    and soldiers"), the count that holds it ("thousands of workers", "hundreds of farmers")."""
    top = head
    while top.dep_ == "conj" and top.head.i != top.i:
        top = top.head
    if top.dep_ == "pobj" and top.head.lower_ == "of" and top.head.dep_ == "prep":
        count = top.head.head
        if count.lemma_.lower() in _COUNT_NOUNS or count.lower_ in _COUNT_NOUNS or count.like_num:
            top = count
            while top.dep_ == "conj" and top.head.i != top.i:
                top = top.head
    return top


def _reported_subject(noun: Any) -> bool:
    """The subject of a reported clause ("Putin said the army had repelled the attack"): the
    reporter tells of it, he does not act on it."""
    return noun.dep_ in ("nsubj", "nsubjpass") and noun.head.dep_ == "ccomp"


class _Placing(_DocBase):
    """The country of a bare body, from its sentence or from the places its clause names."""

    def _sentence_country(self) -> None:
        """A bare state body or armed group ("the government", "police", "the rebels") in a
        sentence that names one country only, before it, takes that country ("Fighting
        flared in Somalia, and the government ..."), unless that country is the one acting on
        it ("Russia accused the rebels ..."); a state body, army, opposition or crowd also when
        every state word of the sentence is that one state's, in two places or more, one of
        them a place ("Georgian police ... in Tbilisi ... after the government ...")."""
        for f in self.found:
            a = f.actor
            if a is None or a.resolution != "agent" or a.country or a.cameo_code:
                continue
            # workers, farmers, students, crowds: only by the movement rule below
            crowd = bool(a.sectors) and set(a.sectors) <= _PEOPLE - {"OPP"}
            if not crowd and not set(a.sectors) & (_STATE_SECTORS | _ARMED | {"MIL", "UAF", "OPP"}):
                continue
            head = self.doc[f.end - 1]
            sent = head.sent
            named = {i: c for i, c in self.country_at.items() if sent.start <= i < sent.end}
            # "the U.S. embassy in Beijing": a mission abroad does not say whose body a bare
            # noun is, where the sentence's other country words are actors or places
            home = {i: c for i, c in named.items() if not self._mission_word(i)}
            if all(self.taken[i] or self._place_word(i) for i in home):
                named = home
            if len(set(named.values())) != 1:
                continue
            if crowd:
                # "Striking miners marched against the Bolivian government", "Thousands of
                # workers protested against the Argentine government": people that act on
                # the one state's own government are that state's, as a named movement is
                # (below); not people called foreign ("foreign workers") or placed elsewhere
                country = next(iter(named.values()))
                if (
                    not self._from_abroad(f)
                    and self._own_places(head) == []
                    and self._acts_on_state_body(head, country)
                    and not self._sentence_states(sent, but=f) - {country}
                ):
                    self._give(f, country, "sentence-country", 0.5)
                continue
            if set(a.sectors) <= _ARMED and self._victims_named(head, named):
                continue  # "American tourists were attacked by gunmen": whom they struck
            if min(named) > f.start or any(
                self.taken[i] and not self._country_found(i) for i in named
            ):
                # "Protesters demanded reforms from the Thai government": the people of the
                # one state whose government the sentence names, whatever the order
                people = set(a.sectors) <= _PEOPLE and self._own_government_only(named)
                # "Islamic militants killed 30 villagers in Algeria": armed men where they act
                fighters = set(a.sectors) <= _ARMED and self._places_only(named)
                # "Aung San Suu Kyi was freed by the ruling military junta": the state of the
                # one country whose people the sentence names
                rulers = bool(set(a.sectors) & (_STATE_SECTORS | {"MIL"})) and self._people_only(
                    named
                )
                # "Protesters stormed Kenya's parliament ..., and police opened fire": police,
                # courts and lawmakers of the one state whose own bodies and places the
                # sentence names before them ("the government" is left to the article)
                own = (
                    bool(set(a.sectors) & {"COP", "JUD", "LEG"})
                    and max(named) < f.start
                    and self._own_government_only(named)
                )
                # "Georgian police fired on protesters in Tbilisi after the government ...":
                # a sentence whose every state word is one state's, named twice or more
                alone = bool(
                    set(a.sectors) & (_STATE_SECTORS | _PEOPLE | {"MIL", "OPP"})
                ) and self._one_state(f, named)
                # "Sendero guerrillas killed six Peruvian policemen": a movement of a name the
                # knowledge base lacks, acting on the one state's own bodies, is that state's
                movement = (
                    set(a.sectors) <= _ARMED | {"OPP"}
                    and self._named_modifier(f)
                    and self._acts_on_state_body(head, next(iter(named.values())))
                )
                if not (people or fighters or rulers or own or alone or movement):
                    continue  # the country word is part of another actor ("Russian-backed ...")
            if (
                self._acted_on_by(head, set(named))
                and not (set(a.sectors) <= _PEOPLE and self._co_subject(head))
                and not _reported_subject(head)
                # "Kenyan protesters stormed parliament in Nairobi, prompting police to open
                # fire": a state's body that its own people act on is still that state's
                and not (set(a.sectors) & (_STATE_SECTORS | {"MIL"}) and self._people_only(named))
            ):
                continue  # but "Kenya's government and the opposition held talks"
            if "MIL" in a.sectors and not set(a.sectors) & _STATE_SECTORS and f.kind != "name":
                if not (
                    head.tag_ == "NN" or head.lower_ in ("troops", "forces", "soldiers", "military")
                ):
                    continue
            country = next(iter(named.values()))
            a.country, a.cameo_code = country, cameo_for(country, a.sectors)
            a.resolution, a.confidence = "sentence-country", 0.5

    def _named_modifier(self, f: Any) -> bool:
        """Whether a bare group noun has a proper name of no known state or body as its
        modifier ("Sendero guerrillas", "Mayi-Mayi fighters"): a named movement."""
        if f.start < 1:
            return False
        tok = self.doc[f.start - 1]
        return (
            tok.head.i == f.end - 1
            and tok.dep_ in ("compound", "amod", "nmod")
            and tok.pos_ in ("PROPN", "ADJ")
            and tok.text[:1].isupper()
            and tok.i not in self.country_at
            and not self.taken[tok.i]
        )

    def _acts_on_state_body(self, head: Any, country: str) -> bool:
        """Whether a group is the subject of a clause that acts on ``country``'s own
        government, police, courts or lawmakers ("rejected an offer from the Mexican
        government", "killed six Peruvian policemen"), or on its army other than by fire
        aimed from afar ("fired rockets at Israeli troops" may cross a border)."""
        top = _subject_top(head)
        if top.dep_ != "nsubj" or top.head.pos_ != "VERB":
            return False
        verb = top.head
        own = {t.i for t in top.subtree}
        acted = {t.i for t in verb.subtree} - own
        fire = verb.lemma_.lower() in _FIRE_VERBS
        for o in self.found:
            oa = o.actor
            if o.end - 1 not in acted or oa is None or oa.country != country:
                continue
            if oa.resolution in ("country", "metonym", "demonym") or o.kind == "pronoun":
                continue
            if set(oa.sectors) & _STATE_SECTORS or ("MIL" in oa.sectors and not fire):
                return True
        return False

    @staticmethod
    def _victims_named(head: Any, named: dict[int, str]) -> bool:
        """Whether the doer of a passive ("... were attacked by gunmen") is named after the
        people it acts on, and every country word of the sentence is theirs ("American
        tourists in Luxor were attacked by gunmen"): the victims' state, not armed men's (a
        state's own rulers are another matter: "Burmese opposition leader Aung San Suu Kyi was
        freed by the ruling military junta")."""
        if head.dep_ != "pobj" or head.head.dep_ != "agent":
            return False
        verb = head.head.head
        victims = {t.i for c in verb.children if c.dep_ == "nsubjpass" for t in c.subtree}
        return bool(victims) and all(i in victims for i in named)

    def _titled_sentence_country(self) -> None:
        """An unknown person with a title but no nationality ("President Petro Ivanenko",
        "Foreign Minister X", "army chief X") takes the one state its sentence names before
        it ("Ukraine's parliament voted to remove President Petro Ivanenko"), by name,
        adjective, capital or its own state bodies (``title-sentence-country``); not when that
        state acts on the person from outside ("Russia accused President X", "Russian troops
        shelled ... President X's convoy"), not for the title of an international body
        ("Secretary-General X"), and not when the sentence names more than one state."""
        for f in self.found:
            a = f.actor
            if (
                a is None
                or f.kind != "name"
                or not a.name
                or a.resolution != "agent"
                or a.country
                or a.cameo_code
            ):
                continue
            if not set(a.sectors) & (_STATE_SECTORS | {"MIL"}):
                continue
            title = self.doc[f.start : f.end].text.lower()
            if any(w in title for w in _IGO_TITLES):
                continue
            if any(t.lemma_.lower() in _ABROAD_ROLES for t in self.doc[f.start : f.end]):
                continue  # "Ambassador X met Kenyan officials": an envoy serves abroad
            head = self.doc[f.end - 1]
            sent = head.sent
            named = {i: c for i, c in self.country_at.items() if sent.start <= i < sent.end}
            named = {i: c for i, c in named.items() if not self._mission_word(i)}
            if len(set(named.values())) != 1 or min(named) > f.start:
                continue
            if self._acted_on_by(head, set(named)) and not all(
                self._own_body(i) or self._place_word(i) for i in named
            ):
                continue  # "Russia accused President X": another state's act on him
            country = next(iter(named.values()))
            a.country, a.cameo_code = country, cameo_for(country, a.sectors)
            a.resolution, a.confidence = "title-sentence-country", 0.5

    def _own_body(self, i: int) -> bool:
        """Whether the country word at ``i`` belongs to one of that state's own bodies that
        may act on its officials: parliament, courts, government, police ("Ukraine's
        parliament", "the Thai court"), not its army, envoys or the state itself."""
        f = self._found_at(i)
        if f is None or f.actor is None or f.kind == "name":
            return False
        if self.doc[f.end - 1].lemma_.lower() in _ABROAD_ROLES:
            return False
        return bool(set(f.actor.sectors) & _STATE_SECTORS) and f.actor.resolution not in (
            "country",
            "metonym",
        )

    def _their_congress(self) -> None:
        """A bare "Congress" that the head of another state with a Congress acts on, or that
        acts on that person ("Fujimori dissolved Congress", "Congress impeached Vizcarra"),
        is that state's legislature (``clause-country``)."""
        for f in self.found:
            a = f.actor
            if (
                a is None
                or a.entity_id != "usa.congress"
                or self.doc[f.start : f.end].text != "Congress"
            ):
                continue
            verb = self.doc[f.end - 1]
            if verb.dep_ not in ("nsubj", "nsubjpass", "dobj"):
                continue
            verb = verb.head
            owners = set()
            for c in verb.children:
                if c.dep_ not in ("nsubj", "dobj", "agent") or c.i in range(f.start, f.end):
                    continue
                for t in c.subtree:
                    g = self._found_at(t.i)
                    if g is not None and g.entity is not None and g.entity.kind == "person":
                        owners.add(g.actor.country if g.actor is not None else None)
            if len(owners) == 1 and (home := owners.pop()) in _CONGRESSES:
                rehome_congress(a, home, "clause-country", 0.6)

    def _clause_place(self) -> None:
        """Armed men or police with no country, subject of a clause that names places of one
        state only ("Gunmen killed tourists near Luxor", "Rebels shelled the port of
        Monrovia", "police in Bunia"), are of that state (``agent-in-place``). Troops and
        forces are not: an army shelling a town may be a foreign one."""
        for f in self.found:
            a = f.actor
            if a is None or a.resolution != "agent" or a.country or a.cameo_code:
                continue
            head = self.doc[f.end - 1]
            # crowds, workers, farmers, monks: of the one state the whole sentence names
            people = bool(a.sectors) and set(a.sectors) <= _PEOPLE
            # local office holders ("Governors of the northern states met in Kaduna") hold
            # their office in the state where they meet, as crowds do
            people = people or head.lower_ in _LOCAL_HOLDERS
            armed = set(a.sectors) & (_ARMED | {"COP"}) or head.lower_ in _IRREGULARS
            if not (armed or people):
                continue
            top = _subject_top(head)  # "Thousands of workers marched in Caracas"
            verb = top.head
            if top.dep_ == "pobj" and verb.dep_ == "agent":
                verb = verb.head  # "was shot by a gunman in the town of Handlova"
            elif top.dep_ != "nsubj":
                continue
            if verb.pos_ not in ("VERB", "AUX"):
                continue
            own = {t.i for t in head.subtree} - set(range(f.start, f.end))
            if any(self.taken[i] for i in own):
                continue  # "Gunmen from al Shabaab stormed a mall in Nairobi": the group's
            if people and (
                self._from_abroad(f)
                or any(c.dep_ == "prep" and c.lower_ == "from" for c in head.children)
            ):
                continue  # "foreign journalists covered the vote in Yangon"
            countries = self._clause_countries(verb, prep_only=people)
            if not countries and verb.lemma_.lower() in _SAY_VERBS:
                # "Police said they arrested five suspects in Karachi": the clause the body
                # reports of itself places it as its own would
                for c in verb.children:
                    if c.dep_ == "ccomp" and any(
                        s.dep_ in ("nsubj", "nsubjpass") and s.lower_ in ("they", "it", "we")
                        for s in c.children
                    ):
                        countries = self._clause_countries(c, prep_only=people)
                        break
            if not countries:
                # "Protesters blocked highways and occupied the airport in Andahuaylas": a
                # verb that shares the subject places it too
                for c in verb.children:
                    if (
                        c.dep_ == "conj"
                        and c.pos_ == "VERB"
                        and not any(s.dep_ in ("nsubj", "nsubjpass") for s in c.children)
                    ):
                        countries |= self._clause_countries(c, prep_only=people)
            if len(countries) != 1:
                continue
            country = countries.pop()
            if people and self._sentence_states(head.sent, but=f) - {country}:
                continue  # "Protesters in London denounced Pakistan's government": whose?
            a.country, a.cameo_code = country, cameo_for(country, a.sectors)
            a.resolution, a.confidence = "agent-in-place", 0.5

    def _ruling_place(self) -> None:
        """A ruling body named generically ("the junta", "the military rulers", "the ruling
        party", "the transitional council") with no country yet rules the one state its
        sentence names as a place ("U.S. troops landed in Haiti after the military rulers
        agreed to step down": HTI; ``sentence-country``), where every other state the
        sentence names is that of an army, an envoy or a person come from abroad; not where
        two states are places or sides ("talks in Geneva", "Russia accused the junta")."""
        for f in self.found:
            a = f.actor
            if a is None or a.resolution != "agent" or a.country or a.cameo_code:
                continue
            if f.kind == "name" or not set(a.sectors) & {"GOV", "MIL"}:
                continue
            words = {t.lower_ for t in self.doc[f.start : f.end]}
            head = self.doc[f.end - 1]
            if "military" in words and head.lemma_.lower() in ("government", "council"):
                words.add("junta")  # "the military government", "the military council"
            if not words & _RULING_WORDS or self._from_abroad(f):
                continue
            sent = head.sent
            named = {i: c for i, c in self.country_at.items() if sent.start <= i < sent.end}
            places = {
                c for i, c in named.items()
                if self._place_word(i) and (not self.taken[i] or self._country_found(i))
            }  # fmt: skip
            # "Monks led thousands through the streets of Yangon in a protest against the
            # military government": people its sentence places by a town
            places |= {
                g.actor.country for g in self.found
                if g is not f and sent.start <= g.start < sent.end and g.actor is not None
                and g.actor.resolution == "agent-in-place" and g.actor.country
                and set(g.actor.sectors) <= _PEOPLE
            }  # fmt: skip
            if len(places) != 1:
                continue
            home = places.pop()
            if any(c != home and not self._visitor_word(i) for i, c in named.items()):
                continue
            if any(c == home and self._mission_word(i) for i, c in named.items()):
                continue  # "The junta met Russian envoys in Moscow": the junta is the visitor
            if self._acted_on_by(head, {i for i, c in named.items() if c != home}):
                continue
            self._give(f, home, "sentence-country", 0.5)

    def _serb_sides(self) -> None:
        """ "Serb" as a modifier ("Serb forces laid siege to Sarajevo", "Serb gunners shelled
        Gorazde") names the Serbs of Bosnia (BIH) where the sentence places the act in Bosnia
        only, or, with no such place in it, where the story names Bosnia's places alone among
        the lands of the Serbs abroad; likewise Croatia's (HRV: Knin, the Krajina, Vukovar).
        "Serb forces in Kosovo" stay Serbia's, as does "Serbian police" (the state's own
        adjective) and any sentence or story that names two of those lands."""
        found = [
            f for f in self.found
            if f.actor is not None and f.actor.country == "SRB" and f.kind == "role"
            and f.actor.resolution == "demonym+agent"
            and any(t.text == "Serb" for t in self.doc[f.start : f.end])
        ]  # fmt: skip
        if not found:
            return
        towns, _counts = self._place_states()
        lands = {  # places, not the adjectives of actors ("Croatian troops")
            i: c for i, c in (*self.country_at.items(), *towns.items())
            if c in _SERB_LANDS
            and (i in towns or self.kb.country_form(self.doc[i].text) != "adjective")
        }  # fmt: skip
        from ..places import Gazetteer

        gazetteer = Gazetteer.default()
        sents = {self.doc[f.start].sent.start: self.doc[f.start].sent for f in found}
        for sent in sents.values():  # a town the small tagger left untagged ("shelled Gorazde")
            for t in sent:
                if t.i in lands or t.pos_ != "PROPN" or not t.is_title or self.taken[t.i]:
                    continue
                if t.dep_ not in ("pobj", "dobj", "nsubjpass", "appos"):
                    continue
                place = gazetteer.best(t.text)
                if place is not None and place.country in _SERB_LANDS:
                    lands[t.i] = place.country
        story = set(lands.values())
        for f in found:
            sent = self.doc[f.start].sent
            here = {c for i, c in lands.items() if sent.start <= i < sent.end}
            where = here or story
            if len(where) != 1:
                continue
            country = next(iter(where))
            if country == "XKX":
                continue  # Serbia's own province, in the view of the data of those years
            a = f.actor
            a.country, a.cameo_code = country, cameo_for(country, a.sectors)
            a.resolution = "ethnic+agent"
            # "Serb gunners kept up their shelling": the pronouns read off them so far follow
            for g in sorted(self.found, key=lambda g: g.start):
                if g.start < f.end or g.start >= sent.end or g.actor is None:
                    continue
                if g.actor.country != "SRB":
                    continue
                if g.kind != "pronoun":
                    break  # another Serbian side named in between
                if g.actor.sectors == a.sectors and g.actor.resolution == "coref-pronoun":
                    g.actor.country, g.actor.cameo_code = country, a.cameo_code

    def _conjoined_people(self) -> None:
        """Bare people coordinated with people a place placed ("crowds of students and workers
        near Tiananmen Square": the workers too) share their place's state
        (``agent-in-place``)."""
        for f in self.found:
            a = f.actor
            if a is None or a.resolution != "agent" or a.country or a.cameo_code:
                continue
            if not a.sectors or not set(a.sectors) <= _PEOPLE or self._from_abroad(f):
                continue
            head = self.doc[f.end - 1]
            if head.dep_ != "conj" or any(c.dep_ in ("prep", "poss") for c in head.children):
                continue
            g = self._found_at(head.head.i)
            if g is None or g is f or g.actor is None or g.kind == "name":
                continue
            ga = g.actor
            if ga.resolution != "agent-in-place" or not ga.country:
                continue
            if not ga.sectors or not set(ga.sectors) <= _PEOPLE:
                continue
            self._give(f, ga.country, "agent-in-place", 0.5)

    def _visitor_word(self, i: int) -> bool:
        """Whether the country word at ``i`` belongs to an army, envoy or person of that
        state ("U.S. troops", "former president Jimmy Carter", "the U.S. ambassador"): a state
        that comes to where the sentence happens, not a place or a side of its own."""
        f = self._found_at(i)
        if f is None or f.actor is None:
            return False
        if f.entity is not None and f.entity.kind == "person":
            return True
        if self._mission_word(i):
            return True
        return bool(f.actor.sectors) and set(f.actor.sectors) <= {"MIL"} and f.kind == "role"

    def _local_bodies(self) -> None:
        """ "local police", "local authorities", "local officials" with no country: of the
        one state whose place the sentence names ("Afghan refugees in the Pakistani city of
        Peshawar accused local police": PAK; ``local-place``), not the article's state."""
        for f in self.found:
            a = f.actor
            if a is None or a.resolution != "agent" or a.country or a.cameo_code:
                continue
            if not set(a.sectors) & (_STATE_SECTORS | {"MIL"}):
                continue
            if "local" not in (t.lower_ for t in self.doc[max(f.start - 1, 0) : f.end]):
                continue
            sent = self.doc[f.start].sent
            places = set()
            for i, c in self.country_at.items():
                if not sent.start <= i < sent.end:
                    continue
                found = self._found_at(i)
                if found is not None and not self._country_found(i):
                    continue  # "Afghan refugees": an actor's word, not a place
                tok = self.doc[i]
                if self._place_word(i) or (
                    tok.dep_ in ("amod", "compound") and tok.head.lower_ in _PLACE_NOUNS
                ):
                    places.add(c)
            if len(places) == 1:
                country = places.pop()
                a.country, a.cameo_code = country, cameo_for(country, a.sectors)
                a.resolution, a.confidence = "local-place", 0.5

    def _other_country(self) -> None:
        """A bare state body with no country yet ("the regime", "the government", "the
        army") that acts on one of the two states its sentence names is the other one ("The
        U.S.-led coalition bombed Baghdad, and the regime accused Washington": IRQ;
        ``other-country``): no state accuses, summons or shells itself."""
        for f in self.found:
            a = f.actor
            if a is None or a.resolution != "agent" or a.country or a.cameo_code:
                continue
            if not set(a.sectors) & (_STATE_SECTORS | {"MIL"}) or f.kind == "name":
                continue
            head = self.doc[f.end - 1]
            if head.dep_ != "nsubj" or head.head.pos_ not in ("VERB", "AUX"):
                continue
            if f.start == 0 or self.doc[f.start - 1].lower_ != "the" and f.start == head.i:
                continue  # "the regime", not "regime officials" or "Officials"
            sent = head.sent
            named = {i: c for i, c in self.country_at.items() if sent.start <= i < sent.end}
            if len(set(named.values())) != 2 or any(self._mission_word(i) for i in named):
                continue
            verb = head.head
            target = set()
            for c in verb.children:
                if (
                    c.dep_ in ("dobj", "dative")
                    or c.dep_ == "prep"
                    and c.lower_ in ("on", "to", "against")
                ):
                    target |= {t.i for t in c.subtree}
            hit = {named[i] for i in target & set(named) if self._country_found(i)}
            if len(hit) != 1:
                continue
            country = (set(named.values()) - hit).pop()
            a.country, a.cameo_code = country, cameo_for(country, a.sectors)
            a.resolution, a.confidence = "other-country", 0.5

    def _placed_by_town(self) -> None:
        """A bare body, crowd or armed group placed by its own phrase in a town, region or
        landmark of one state ("Soldiers in Yangon", "police in Bunia", "doctors at state
        hospitals in Myanmar", "militants in the Niger Delta") is of that state
        (``agent-in-place``; a country or capital right after it is read earlier, in
        :mod:`.bodies`). Not when the phrase names its owner ("gunmen from al Shabaab",
        "soldiers from Chad", "its troops in Kabul") or calls it foreign ("foreign journalists
        in Yangon"); never settlers, mercenaries or international bodies; an army or spies
        only in a town, where the sentence names no other state and they act on its people
        (a foreign force may be stationed there: see :meth:`_stationed`)."""
        for f in self.found:
            a = f.actor
            if a is None or a.resolution != "agent" or a.country or a.cameo_code:
                continue
            if f.kind == "name" or not a.sectors or set(a.sectors) & _NEVER_PLACED:
                continue
            head = self.doc[f.end - 1]
            if any(c.dep_ == "poss" for c in head.children) or self._from_abroad(f):
                continue  # "its soldiers in Yangon": the owner's
            places = self._own_places(head, based=set(a.sectors) <= _ARMED | {"UAF"})
            if places is None or len({c for c, _town in places}) != 1:
                continue
            country = places[0][0]
            if (
                head.dep_ == "pobj"
                and head.head.lower_ == "with"
                and any(c != country and head.sent.start <= i < f.start
                        for i, c in self.country_at.items())
            ):  # fmt: skip
                # "Venezuela's government held talks with the opposition in Barbados": a
                # venue; the opposition or rebels are those of the one state named before
                before = {
                    c for i, c in self.country_at.items() if head.sent.start <= i < f.start
                } - {country}
                if len(before) == 1 and set(a.sectors) <= {"OPP", "REB", "INS", "SEP"}:
                    self._give(f, before.pop(), "sentence-country", 0.5)
                continue
            towns = all(town for _c, town in places)
            if set(a.sectors) & _FOREIGN_PLAUSIBLE and not (towns and self._stationed(f, country)):
                continue  # "Troops in Afghanistan came under fire": maybe foreign troops
            self._give(f, country, "agent-in-place", 0.5)

    def _from_abroad(self, f: Any) -> bool:
        """Whether a body or group is called foreign ("foreign journalists in Yangon",
        "international monitors", "visiting fans"): the place it is in is not its state."""
        head = self.doc[f.end - 1]
        words = {t.lower_ for t in self.doc[f.start : f.end]}
        words |= {c.lower_ for c in head.children if c.dep_ in ("amod", "compound")}
        return bool(words & _ABROAD_WORDS)

    def _stationed(self, f: Any, country: str) -> bool:
        """Whether an army, mercenaries or spies placed in a town of ``country`` are that
        state's own: the sentence names no other state, and their clause acts on its people
        ("Soldiers in Yangon fired tear gas at monks", "Soldiers in Cairo drove armoured
        vehicles into a crowd"), not "Troops in Kabul came under fire"."""
        head = self.doc[f.end - 1]
        if self._sentence_states(head.sent, but=f) - {country}:
            return False
        top = head
        while top.dep_ == "conj" and top.head.i != top.i:
            top = top.head
        if top.dep_ != "nsubj":
            return False
        own = {t.i for t in head.subtree}
        for t in top.head.subtree:
            g = self._found_at(t.i) if t.i not in own else None
            if g is None or g.actor is None or g is f or not g.actor.sectors:
                continue
            if set(g.actor.sectors) <= _VICTIMS and g.actor.country in (None, country):
                return True
        return False

    def _own_places(self, head: Any, *, based: bool = False) -> list[tuple[str, bool]] | None:
        """The states of the places a noun's own phrase names ("in Yangon", "at hospitals in
        Myanmar", "outside the U.S. embassy in Jakarta": Indonesia), each with whether a town
        named it (not a country or capital); None when the phrase names an owner or another
        actor ("from Chad", "of Hamas", "Chinese-run mines")."""
        out: list[tuple[str, bool]] = []
        todo = [(c, 0) for c in head.children if c.dep_ == "prep"]
        if based:
            # "guerrillas based in southern Lebanon": where an armed group has its base is its
            # state, as in "Pakistan-based militants" (not an army's base abroad, nor exiles'
            # "dissidents based in London")
            todo += [
                (p, 1)
                for c in head.children
                if c.dep_ == "acl" and c.lower_ == "based"
                for p in c.children
                if p.dep_ == "prep" and p.lower_ == "in"
            ]
        while todo:
            prep, depth = todo.pop()
            if depth == 0 and any(
                c.i in self.country_at and not self.taken[c.i] for c in prep.children
            ):
                continue  # "the government in Havana": read (or left as a venue) by .bodies
            word = prep.lower_
            if depth == 0 and word in _OWNER_PREPS:
                if any(self.taken[t.i] or t.i in self.country_at for t in prep.subtree):
                    return None  # "soldiers from Chad", "members of the sect": the owner
                continue
            if word not in _OWN_PLACING and not (depth and word == "of"):
                continue
            for pobj in prep.children:
                if pobj.dep_ != "pobj":
                    continue
                country = self._place_country(pobj)
                if country is False:
                    return None
                if country:
                    out.append((country, pobj.i not in self.country_at))
                todo += [(c, depth + 1) for c in pobj.children if c.dep_ == "prep"]
        return out

    def _place_country(self, tok: Any) -> str | bool | None:
        """The state a place word names: a country or capital named bare ("in Myanmar"), a
        body placed there ("state hospitals in Myanmar"), a town or landmark the gazetteer
        knows ("in Yangon", "in the Niger Delta"); None for another noun ("at dozens"), a
        mission abroad ("outside the U.S. embassy"); False for another actor ("at Chinese
        mines")."""
        f = self._found_at(tok.i)
        if f is not None and f.actor is not None:
            if self.doc[f.end - 1].lemma_.lower() in _ABROAD_ROLES:
                return None  # "outside the U.S. embassy": where, not whose
            if f.actor.resolution in ("country", "agent-in-place"):
                return f.actor.country or False
            if f.actor.resolution == "metonym" and tok.i in self.country_at:
                return self.country_at[tok.i]  # "in Kabul", read as a government elsewhere
            return False
        if tok.i in self.country_at:
            return self.country_at[tok.i]
        name = next((c for c in tok.children if self._named_place_noun(c)), None)
        last = None
        if name is not None and tok.pos_ == "NOUN":
            if self._name_end(name.i, tok.i + 1) == tok.i + 1:
                last = tok.i  # "police in Plateau state": a name only with its place word
            tok = name  # "police in Narathiwat province": the province's name
        if tok.pos_ != "PROPN":
            return None
        first = tok.i
        while first > tok.left_edge.i and self.doc[first - 1].pos_ == "PROPN":
            first -= 1
        if last is None:
            last = self._name_end(first, tok.i + 1) - 1  # "in Delta state" (read apart)
        return self._town_country(first, last, alternate=True)

    def _town_country(
        self, first: int, last: int, *, tagged: bool = False, alternate: bool = False
    ) -> str | None:
        """The state of a town, region or landmark the gazetteer knows, named by tokens
        ``first``..``last`` ("Yangon", "Guayaquil", "Niger Delta"), read with the article's
        states as context. A name the tagger calls a place counts, by any of its names; one it
        calls an organisation or leaves untagged counts by the town's own name ("Hamas" is no
        "Hamm"), or by an alternate one with ``alternate`` (after "in": "a court in
        Naypyitaw"); one it calls a person only for a town of 100,000 people ("into central
        Lyon"). With ``tagged`` (a modifier: "Karachi police"), a name the tagger does not call
        a place counts only for a city of a million or a listed landmark ("Niger Delta
        militants"): "Toyota workers" and "Honda employees" are a firm's."""
        from ..places import Gazetteer, normalize_name

        span = self.doc[first : last + 1]
        if last > first and self.doc[last].lower_ in INSTITUTION_NOUNS:
            return self._institution_town(first, last)
        if any(self.taken[i] or i in self.country_at for i in range(first, last + 1)):
            return None
        labels = {t.ent_type_ for t in span}
        named = span[:-1] if last > first and span[-1].lower_ in _PLACE_NOUNS else span
        if labels - _TOWN_LABELS - {"PERSON", "NORP"} or not all(t.is_title for t in named):
            return None  # (a place noun after the name may be lower-case: "Meta province")
        context = self._comma_region(last) or set(self.country_at.values())
        place = Gazetteer.default().best(span.text, context_countries=context)
        if place is None or not place.country or place.precision not in _TOWN_PRECISIONS:
            return None
        own_name = normalize_name(place.name) == normalize_name(span.text) or (
            place.precision in ("admin1", "landmark") and "alternate name" not in place.reason
        )  # "Plateau State", "Daghestan": a region's own forms
        if (
            context
            and place.country not in context
            and place.precision == "city"
            and Gazetteer.default().population(span.text, place.country, alternate=not own_name)
            < _SMALL_TOWN
        ):
            # "the besieged town of Madaya" in a story about Syria: a small town of a state
            # the story never names is likely a namesake the gazetteer lacks, not that state's
            return None
        if labels <= {"GPE", "LOC"}:
            return place.country
        if not own_name and (tagged or not alternate):
            return None
        if place.precision in ("admin1", "landmark") and (
            labels & {"NORP"} or "PERSON" in labels and not tagged
        ):
            # "police in Michoacan", "militants in Kurram": a region's own name the small
            # tagger read as a people or a person (a people of its own is found before this)
            return place.country
        if tagged and own_name and place.precision == "landmark":
            return place.country  # "Niger Delta militants": a region the gazetteer lists
        if tagged or "PERSON" in labels:
            floor = 1_000_000 if tagged else 100_000
            size = Gazetteer.default().population(span.text, place.country, alternate=not own_name)
            if place.precision != "city" or size < floor:
                return None
        return place.country

    def _town_modifier(self) -> None:
        """A bare body or group whose modifier is a town, region or landmark the tagger and
        the gazetteer both know ("Milan magistrates", "Karachi police", "Gaza militants",
        "Darfur rebels") is of that place's state (``agent-in-place``), and the mention takes
        the modifier in. Names the tagger does not call places ("Aum Shinrikyo members",
        "Wagner fighters") do not count; an army only where the sentence names no other
        state."""
        for f in list(self.found):
            a = f.actor
            if a is None or a.resolution != "agent" or a.country or a.cameo_code:
                continue
            if f.kind == "name" or not a.sectors or set(a.sectors) & _NEVER_PLACED:
                continue
            if f.start == 0:
                continue
            start = f.start
            t = self.doc[start - 1]
            if t.lower_ in _LOCAL_WORDS and t.dep_ == "amod" and f.start <= t.head.i < f.end:
                start -= 1  # "the Oromia regional government", "the Helmand provincial council"
            first = start
            while first > 0:  # the proper nouns right before it, hung on it or on each other
                t = self.doc[first - 1]
                if t.pos_ != "PROPN" or t.dep_ not in ("compound", "amod", "nmod"):
                    break
                if not first <= t.head.i < f.end:
                    break
                first -= 1
            if first == start or self._from_abroad(f):
                continue
            # (after a name and "regional", the name is a region's: "the Oromia regional
            # government", read like a place after "in")
            country = self._town_country(first, start - 1, tagged=start == f.start)
            if country is None:
                continue
            if set(a.sectors) & _FOREIGN_PLAUSIBLE and not self._stationed(f, country):
                continue
            self._untake(f)
            span = self.doc[first : f.end]
            a.text, a.start, a.end = span.text, span.start_char, span.end_char
            self._take(_Found(first, f.end, f.kind, a, f.entity, f.role_key))
            self._give(self.found[-1], country, "agent-in-place", 0.5)

    def _american_indians(self) -> None:
        """ "Indian peasants in Chiapas", "Indian communities in Bolivia": in the Americas,
        "Indian" before a people noun names a state's indigenous people, not India's. The
        state is the one Latin-American state the sentence names (by name, town or region),
        else the dateline's; India's people stay India's anywhere else ("Indian villagers in
        Kashmir", "Indian leaders in Brazil for a summit" name no people noun of this kind)."""
        for f in self.found:
            a = f.actor
            if a is None or a.country != "IND" or f.end - f.start != 2:
                continue
            word, noun = self.doc[f.start], self.doc[f.end - 1]
            if word.lower_ != "indian" or noun.lower_ not in _INDIGENOUS_NOUNS:
                continue
            sent = word.sent
            states = {
                c for i, c in self.country_at.items()
                if sent.start <= i < sent.end and not f.start <= i < f.end
            }  # fmt: skip
            for ent in ents_of(self.doc, "GPE", "LOC"):
                if sent.start <= ent.start and ent.end <= sent.end and ent.start >= f.end:
                    country = self._town_country(ent.start, self._name_end(ent.start, ent.end) - 1)
                    if country:
                        states.add(country)
            for i in range(sent.start, sent.end):  # regions the tagger leaves untagged
                tok = self.doc[i]
                if tok.dep_ == "pobj" and tok.pos_ == "PROPN" and not tok.ent_type_:
                    country = self._town_country(self._name_start(tok), i, alternate=True)
                    if country:
                        states.add(country)
            latin = states & LATIN_AMERICA
            if not latin and not states and self.dateline_home in LATIN_AMERICA:
                latin = {self.dateline_home}
            if len(latin) != 1:
                continue
            (country,) = latin
            if "GOV" in a.sectors:
                a.sectors = ["CVL"]  # "Indian leaders": a people's leaders, not a government
            a.country, a.cameo_code = country, cameo_for(country, a.sectors)
            a.resolution = "agent-in-place"

    def _acted_on_at_home(self) -> None:
        """Bare people acted on ("fired at thousands of monks", "killed villagers", "freed
        the hostages") in a sentence that names one state only, by a domestic actor of that
        state, are of that state too (``sentence-country``). A domestic actor is one placed
        there ("Soldiers in Yangon"), police or a court, or any actor of a state whose place
        the sentence names ("Russian troops fired on protesters in Moscow"); not "Russian
        troops fired on protesters" (they may be abroad)."""
        for f in self.found:
            a = f.actor
            if a is None or a.resolution != "agent" or a.country or a.cameo_code:
                continue
            if f.kind == "name" or not a.sectors or not set(a.sectors) <= _VICTIMS:
                continue
            head = self.doc[f.end - 1]
            if self._co_subject(head) or head.dep_ == "pobj" and head.head.dep_ == "agent":
                continue  # the doer, not the one acted on
            if any(c.dep_ == "poss" for c in head.children) or self._from_abroad(f):
                continue
            states = self._sentence_states(head.sent, but=f)
            if len(states) != 1:
                continue
            country = next(iter(states))
            if not self._home_doer(head.sent, country):
                continue
            self._give(f, country, "sentence-country", 0.5)

    def _home_doer(self, sent: Any, country: str) -> bool:
        """Whether a sentence's doer (a subject or a passive's agent) is a domestic actor of
        ``country``: placed there, its police or courts, or of a state whose place the
        sentence names."""
        placed = any(self._place_word(i) for i, c in self.country_at.items()
                     if sent.start <= i < sent.end and c == country) or any(
            f.actor is not None and f.actor.resolution == "agent-in-place"
            for f in self.found if sent.start <= f.start < sent.end
        )  # fmt: skip
        for g in self.found:
            b = g.actor
            if b is None or b.country != country or not sent.start <= g.start < sent.end:
                continue
            tok = self.doc[g.end - 1]
            if not (self._co_subject(tok) or tok.dep_ == "pobj" and tok.head.dep_ == "agent"):
                continue
            if b.resolution in ("agent-in-place", "local-place", "dateline-country"):
                return True
            if set(b.sectors) & {"COP", "JUD"} or placed:
                return True
        return False

    def _sentence_states(self, sent: Any, *, but: Any = None) -> set[str]:
        """Every state a sentence names: by name, adjective or capital (not a mission abroad:
        "the U.S. embassy in Jakarta"), by an actor resolved so far, or by a town the tagger
        and the gazetteer place in one state."""
        out = {
            c for i, c in self.country_at.items()
            if sent.start <= i < sent.end and not self._mission_word(i)
        }  # fmt: skip
        for g in self.found:
            if g is but or not sent.start <= g.start < sent.end or g.actor is None:
                continue
            if self.doc[g.end - 1].lemma_.lower() in _ABROAD_ROLES:
                continue
            if g.actor.country:
                out.add(g.actor.country)
        for ent in ents_of(self.doc, "GPE", "LOC"):
            if sent.start <= ent.start and ent.end <= sent.end:
                country = self._town_country(ent.start, self._name_end(ent.start, ent.end) - 1)
                if country:
                    out.add(country)
        return out

    def _give(self, f: Any, country: str, how: str, conf: float) -> None:
        a = f.actor
        a.country, a.cameo_code = country, cameo_for(country, a.sectors)
        a.resolution, a.confidence = how, conf

    def _clause_countries(self, verb: Any, *, prep_only: bool = False) -> set[str]:
        """The states of the places a clause names: countries and capitals named bare, and
        towns the gazetteer knows (read with the article's countries as context). With
        ``prep_only``, only places after a preposition ("marched in Caracas"), not a state its
        verb acts on ("denounced Russia"): a crowd's, not an army's, clause."""
        from ..places import Gazetteer

        inside: set[int] = set()
        todo = [verb]
        while todo:  # the clause without the clauses in it ("..., prompting Islamabad to ...")
            tok = todo.pop()
            inside.add(tok.i)
            todo += [c for c in tok.children if c.dep_ not in _OTHER_CLAUSES]
        lo, hi = min(inside), max(inside) + 1
        out: set[str] = set()
        context = set(self.country_at.values())
        for i, c in self.country_at.items():
            if i in inside:
                f = self._found_at(i)
                if (
                    f is not None
                    and f.actor is not None
                    and f.actor.resolution not in ("country", "metonym", "agent-in-place")
                ):
                    continue  # "the U.S. embassy", "Egyptian officials": an actor's word
                if not self._where_word(self.doc[i]):
                    continue  # "on his return from Germany": not where the clause happens
                if prep_only and not self._after_preposition(self.doc[i]):
                    continue  # "Protesters denounced Russia": whom they act on
                tok = self.doc[i]
                if prep_only and f is None and tok.dep_ == "amod":
                    if tok.head.lemma_.lower() not in _PLACE_NOUNS:
                        continue  # "outside a Ghanaian shop": a thing of that state's
                others = {k for j, k in self.country_at.items() if j != i}
                if f is None and self.doc[i].pos_ == "PROPN" and others and c not in others:
                    # a town named like a capital ("near Tripoli" in a story about Lebanon)
                    place = Gazetteer.default().best(self.doc[i].text, context_countries=others)
                    c = place.country if place is not None and place.country else c
                out.add(c)
        spans = [e for e in ents_of(self.doc, "GPE", "LOC") if lo <= e.start < hi]
        spans += [  # "in Osh", "near Bunia": a town the small tagger left untagged (or
            # called an organisation: "a studio in Guayaquil"), read with the proper nouns
            # hung on it ("at Oxford University" is no town called "University")
            self.doc[self._name_start(t) : t.i + 1]
            for t in self.doc[lo:hi]
            if t.pos_ == "PROPN" and t.ent_type_ in ("", "ORG", "PERSON") and t.is_title
            and (t.dep_ == "pobj" and (t.head.lower_ in _TOWN_PREPS or self._town_of(t))
                 or self._named_place_noun(t))
        ]  # fmt: skip
        for ent in spans:
            if ent.root.i not in inside:
                continue
            if any(i in self.country_at for i in range(ent.start, ent.end)):
                continue
            f = next((self._found_at(i) for i in range(ent.start, ent.end) if self.taken[i]), None)
            if f is not None:
                if f.actor is not None and f.actor.resolution == "agent-in-place":
                    out.add(f.actor.country)  # "students in a church in Managua"
                continue
            if not self._where_word(ent.root):
                continue
            if ent.root.ent_type_ in ("ORG", "PERSON"):
                # an organisation's or a person's name a small town shares ("in Hamas")
                country = self._town_country(ent.start, ent.end - 1)
                if country:
                    out.add(country)
                continue
            stop = self._name_end(ent.start, ent.end)
            name = self.doc[ent.start : stop].text
            place = Gazetteer.default().best(name, context_countries=context)
            if place is not None and place.country:
                out.add(place.country)
        return out

    def _name_start(self, tok: Any) -> int:
        """Where the proper name ending at ``tok`` starts: the proper nouns right before it
        hung on it as compounds ("Oxford University", "Port Harcourt")."""
        first = tok.i
        while (
            first > tok.sent.start
            and self.doc[first - 1].pos_ == "PROPN"
            and self.doc[first - 1].dep_ == "compound"
            and first - 1 < self.doc[first - 1].head.i <= tok.i
        ):
            first -= 1
        return first

    def _name_end(self, start: int, end: int) -> int:
        """The end of a place's own name in a span the tagger gave with its place noun
        ("Narathiwat province", "Borno State", "the Mindanao region"): the gazetteer knows
        the name, not the phrase."""
        from ..places import Gazetteer

        last = self.doc[end - 1]
        after = self.doc[end] if end < len(self.doc) else None
        if (
            after is not None
            and after.lower_ in ("state", "province", "region")
            and self.doc[end - 1].is_title
        ):
            full = Gazetteer.default().best(self.doc[start : end + 1].text)
            if full is not None and full.precision in ("admin1", "landmark"):
                return end + 1  # "in Delta state": the tagger's "Delta" with its place word
        if end - start > 1 and last.lemma_.lower() in _PLACE_NOUNS - _BORDER_NOUNS - {"capital"}:
            full = Gazetteer.default().best(self.doc[start:end].text)
            if full is not None and full.precision in ("admin1", "landmark"):
                # "Plateau State", "Delta state", "Meta province": a region's own name with
                # its place word (some only with it: bare "Delta" is no Nigerian state)
                return end
            return end - 1
        return end

    @staticmethod
    def _named_place_noun(tok: Any) -> bool:
        """Whether a proper name names the place noun it modifies after a preposition ("in
        Narathiwat province", "in Borno State", "near the Cotabato region"): the tagger often
        leaves such a name untagged."""
        noun = tok.head
        return (
            tok.dep_ == "compound"
            and tok.i + 1 == noun.i
            and noun.lemma_.lower() in _PLACE_NOUNS - _BORDER_NOUNS - {"capital"}
            and noun.dep_ == "pobj"
            and noun.head.lower_ in _TOWN_PREPS
        )

    @staticmethod
    def _town_of(tok: Any) -> bool:
        """Whether a name follows a place noun's "of" ("the town of Handlova", "the province
        of Idlib")."""
        return tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in _PLACE_NOUNS

    @staticmethod
    def _after_preposition(tok: Any) -> bool:
        """Whether a place word is the object of a preposition ("in Caracas", "the streets
        of Yangon", "across France"), not of the verb."""
        hops = 0
        while tok.dep_ in ("compound", "poss", "appos", "conj", "amod", "nmod") and hops < 4:
            tok, hops = tok.head, hops + 1
        return tok.dep_ == "pobj"

    def _mission_word(self, i: int) -> bool:
        """Whether the country word at ``i`` belongs to a mission abroad ("the U.S. embassy in
        Beijing"): it does not say which state's body a bare noun nearby is."""
        f = self._found_at(i)
        return (
            f is not None
            and f.actor is not None
            and f.kind == "role"
            and self.doc[f.end - 1].lemma_.lower() in _ABROAD_ROLES
        )

    @staticmethod
    def _where_word(tok: Any) -> bool:
        """Whether a place word says where its clause happens: the object of its verb
        ("shelled Bangui") or of a locative preposition ("near Luxor", "the port of Monrovia",
        "the Kyrgyz city of Osh"), not where someone comes from or goes to."""
        hops = 0
        while tok.dep_ in ("compound", "poss", "appos", "conj", "amod", "nmod") and hops < 4:
            tok, hops = tok.head, hops + 1
            if tok.lemma_.lower() in _BORDER_NOUNS:
                return False  # "near the Honduran border": a neighbour's edge, not where
        if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_ in _PLACE_NOUNS:
            tok = tok.head.head  # "at the town of Sderot": where the town is in its clause
        if tok.dep_ == "dobj":
            return True
        if tok.dep_ == "pobj" and tok.head.lower_ in _AIM_PREPS:
            gov = tok.head.head
            gov = gov.head if gov.pos_ == "NOUN" and gov.dep_ == "dobj" else gov
            if gov.lemma_.lower() in _FIRE_VERBS:
                # "fired rockets into southern Israel", "at the town of Sderot": the target
                return False
        return tok.dep_ == "pobj" and tok.head.lower_ in _WHERE_PREPS

    def _people_only(self, named: dict[int, str]) -> bool:
        """Whether every country word in ``named`` belongs to a named person or to a group of
        that state's own people ("Burmese opposition leader Aung San Suu Kyi")."""
        people = False
        for i in named:
            f = self._found_at(i)
            if f is None and self._place_word(i):
                continue  # "Georgians rallied in Tbilisi, and police detained dozens"
            if f is None:  # "Burmese" before "opposition leader Aung San Suu Kyi"
                h = self.doc[i].head
                f = self._found_at(h.i)
            if f is None or f.actor is None:
                return False
            if not (f.entity is not None and f.entity.kind == "person") and not (
                set(f.actor.sectors) and set(f.actor.sectors) <= _PEOPLE | {"PTY"}
            ):
                return False
            people = True
        return people

    def _one_state(self, f: Any, named: dict[int, str]) -> bool:
        """Whether the sentence of ``f`` names one state only, in two words or more (its
        people or bodies and a place in it: "Egyptian security forces ... in Cairo"), and every
        actor it resolves with a country is of that state."""
        sent = self.doc[f.start].sent
        country = next(iter(named.values()))
        words = sorted(named)
        runs = sum(1 for k, i in enumerate(words) if k == 0 or words[k - 1] != i - 1)
        if runs < 2 or not any(self._placed_in(i) and self._place_word(i) for i in named):
            return False
        for g in self.found:
            if g is f or not (sent.start <= g.start < sent.end) or g.actor is None:
                continue
            if g.actor.country and g.actor.country != country:
                return False
        return True

    def _placed_in(self, i: int) -> bool:
        """Whether the country word at ``i`` is a bare place or places a body ("the
        government in Caracas")."""
        if not self.taken[i]:
            return True
        g = self._found_at(i)
        return g is not None and g.actor is not None and g.actor.resolution == "agent-in-place"

    def _place_word(self, i: int) -> bool:
        """Whether the country word at ``i`` names where something happened ("in Tbilisi"),
        not a border ("near the Honduran border")."""
        if self._on_border(i):
            return False
        tok, hops = self.doc[i], 0
        while tok.dep_ != "pobj" and tok.head.i != tok.i and hops < 2:
            tok, hops = tok.head, hops + 1
        return tok.dep_ == "pobj" and tok.head.lower_ in ("in", "across", "inside", "near")

    def _places_only(self, named: dict[int, str]) -> bool:
        """Whether every country word in ``named`` names where something happened ("in
        Algeria", "villagers in Algeria"), not an actor ("Israeli soldiers", "Russia said")."""
        for i in named:
            f = self._found_at(i)
            if (
                f is not None
                and f.actor is not None
                and f.actor.resolution not in ("country", "agent-in-place")
            ):
                return False
            if self._on_border(i):
                return False  # "near the Honduran border": a neighbour's edge
            tok, hops = self.doc[i], 0
            while tok.dep_ != "pobj" and tok.head.i != tok.i and hops < 2:
                tok, hops = tok.head, hops + 1
            if tok.dep_ != "pobj" or tok.head.lower_ not in ("in", "across", "inside", "near"):
                return False
        return True

    def _on_border(self, i: int) -> bool:
        """Whether the country word at ``i`` names a border ("near the Honduran border", "the
        Afghan frontier"): a state's edge, often where its neighbour's armed men are."""
        tok = self.doc[i]
        for _ in range(2):
            if tok.dep_ not in ("amod", "compound", "nmod", "poss") or tok.head.i == tok.i:
                return False
            tok = tok.head
            if tok.lemma_.lower() in _BORDER_NOUNS:
                return True
        return False

    @staticmethod
    def _co_subject(head: Any) -> bool:
        """Whether the noun is (coordinated into) the subject of its verb."""
        top = head
        while top.dep_ == "conj" and top.head.i != top.i:
            top = top.head
        return top.dep_ in ("nsubj", "nsubjpass")

    def _own_government_only(self, named: dict[int, str]) -> bool:
        """Whether every country word in ``named`` belongs to a mention of that state's own
        government, parliament, courts or police ("the Thai government", "the Peruvian
        president"), not its envoys, flag or army."""
        for i in named:
            f = self._found_at(i)
            if f is None and not self.taken[i]:
                tok = self.doc[i]
                if tok.dep_ == "amod" and tok.head.lemma_.lower() not in _PLACE_NOUNS:
                    return False  # "burned a Ghanaian flag": a thing of that state, no place
                continue  # a place ("in Nairobi")
            if f is None or f.actor is None or not set(f.actor.sectors) & _STATE_SECTORS:
                return False
            if self.doc[f.end - 1].lemma_.lower() in _ABROAD_ROLES:
                return False  # "protesters outside the US embassy" are not American
        return True

    def _country_found(self, i: int) -> bool:
        f = self._found_at(i)
        return f is not None and f.actor is not None and f.actor.resolution in (
            "country", "metonym", "demonym", "agent-in-place"
        )  # fmt: skip

    def _acted_on_by(self, head: Any, country_tokens: set[int]) -> bool:
        """Whether the noun is an object or complement of a verb whose subject names the
        country ("Russia accused the rebels", "Moscow urged the government to ...")."""
        tok = head
        while tok.head.i != tok.i:
            prev, tok = tok, tok.head
            if (
                prev.dep_ == "pobj"
                and tok.lower_ in ("from", "by")
                and (tok.head.pos_ == "NOUN" or tok.head.lemma_.lower() in _REACTION_VERBS)
            ):
                return False  # "drawing condemnation from the opposition": the doer
            if tok.pos_ in ("VERB", "AUX"):
                if prev.dep_ in ("agent", "nsubj"):
                    return False  # "was freed by the junta", "lawmakers defied him": the doer
                for child in tok.children:
                    if child.dep_ in ("nsubj", "nsubjpass", "agent") and any(
                        t.i in country_tokens and self._heads_phrase(t, child)
                        for t in child.subtree
                    ):
                        return True
        return False

    @staticmethod
    def _heads_phrase(tok: Any, top: Any) -> bool:
        """Whether ``tok`` names who ``top`` is ("Russia", "Russia's leader", "Moscow and
        Kyiv"), not a place inside it ("fighting in Chad")."""
        while tok.i != top.i:
            if tok.dep_ in ("pobj", "prep", "relcl", "acl"):
                return False
            tok = tok.head
        return True

    def _international_courts(self) -> None:
        """A court or tribunal its own words call international ("a UN-backed court in the
        Netherlands", "an international tribunal in The Hague", "the Hague war crimes
        tribunal", "an arbitral tribunal", "the UN tribunal") is an international body
        (``org``), not the state it sits in; so is a tribunal placed in or named by The Hague.
        A court a state's adjective names keeps that state ("a Bangladeshi war crimes
        tribunal", "a Dutch court"), and "a court in The Hague" without such words stays
        Dutch."""
        for f in self.found:
            a = f.actor
            if a is not None and f.kind == "org" and {"IGO", "JUD"} <= set(a.sectors):
                self._national_tribunal(f)
                continue
            if a is None or f.kind != "role" or "JUD" not in a.sectors or "IGO" in a.sectors:
                continue
            if a.resolution not in ("agent", "agent-in-place", "demonym+agent"):
                continue
            head = self.doc[f.start : f.end].root
            if head.lemma_.lower() not in _COURT_NOUNS:
                continue
            words = [t for t in head.lefts if t.dep_ in _COURT_MODS]
            words = [w for t in words for w in t.subtree if w.i < head.i]
            placed = [
                w
                for p in head.children
                if p.dep_ == "prep" and p.lower_ in ("in", "at")
                for w in p.subtree
            ]
            lower = {t.lower_ for t in words}
            hague = any(t.lower_ == "hague" for t in (*words, *placed))
            owners = [*words, *(c for c in head.children if c.dep_ == "poss")]
            if any(
                t.i in self.country_at and t.lower_ not in ("hague", "un", "u.n.") for t in owners
            ):
                continue  # "a Bangladeshi war crimes tribunal": the state's own court
            # "UN-backed", "U.N.-backed" (one token or three), "the UN tribunal"
            un = bool(lower & {"un", "u.n.", "united", "u.n", "u.n.-backed", "un-backed"})
            # a war crimes court in Belgrade may be Serbia's own: only one at The Hague, or
            # one no place names, is the international tribunal
            crimes = {"war", "crimes"} <= lower and (hague or not a.country)
            cue = un or crimes or bool(lower & _INTERNATIONAL_WORDS)
            if not cue and not (hague and head.lemma_.lower() == "tribunal"):
                continue
            a.country = None
            a.sectors = ["IGO", "JUD"]
            a.cameo_code = "IGOUNOJUD" if un or "crimes" in lower else "IGOJUD"
            a.resolution, a.confidence = "org", 0.7

    def _national_tribunal(self, f: Any) -> None:
        """A tribunal named by a generic name ("war crimes tribunal") after a state's adjective
        ("a Bangladeshi war crimes tribunal") is that state's court, not the UN's."""
        if f.start == 0 or not f.actor.text[:1].islower():
            return
        before = self.doc[f.start - 1]
        country = self.country_at.get(before.i)
        if country is None or country == "NLD" or before.dep_ not in ("amod", "compound"):
            return
        if not f.start <= before.head.i < f.end or self._found_at(before.i) is not None:
            return
        a = f.actor
        a.sectors, a.entity_id, a.name = ["JUD"], None, None
        a.country, a.cameo_code = country, cameo_for(country, ["JUD"])
        a.resolution, a.confidence = "demonym+agent", 0.7

    def _institution_town(self, first: int, last: int) -> str | None:
        """The state of an institution named after its city ("Oxford University", "Seoul
        National University", "Cairo University hospital"): the first words, read as the most
        populous town of that name, a city of 100,000 or more; not a name the gazetteer reads
        as a smaller town ("Princeton University") or one that names a famous institution
        elsewhere ("Georgetown University" is in Washington, not Guyana)."""
        from ..places import Gazetteer

        gaz = Gazetteer.default()
        if any(self.taken[first:last]):
            return None
        for stop in range(last, first, -1):
            words = self.doc[first:stop]
            if not all(t.is_title and t.pos_ == "PROPN" for t in words):
                continue
            if words.text.lower() in _INSTITUTION_LOOKALIKES:
                return None
            named = {self.country_at.get(t.i) for t in words}
            if len(named) == 1 and None not in named:
                # a capital or a state ("Cairo University", "Tehran University"), not a
                # nationality ("American University")
                if self.kb.country_form(words.text) == "adjective":
                    return None
                return named.pop()
            if named - {None}:
                if first not in self.country_at:
                    return None  # "George Washington University": a person's name
                continue  # "Seoul National": read "Seoul" alone
            place = gaz.best(words.text)
            if place is None or not place.country or place.precision != "city":
                continue
            if gaz.population(words.text, place.country) < 100_000:
                return None
            return place.country
        return None

    def _comma_region(self, last: int) -> set[str] | None:
        """The state of a region or country written after a town and a comma ("Oxford,
        Mississippi", "Hyderabad, Pakistan"): the town is that state's namesake."""
        from ..places import Gazetteer

        if last + 2 >= len(self.doc) or self.doc[last + 1].text != ",":
            return None
        stop = last + 2
        while stop < len(self.doc) and self.doc[stop].pos_ == "PROPN" and stop < last + 5:
            stop += 1
        if stop == last + 2:
            return None
        if last + 2 in self.country_at:
            return {self.country_at[last + 2]}
        region = Gazetteer.default().best(self.doc[last + 2 : stop].text)
        if region is None or not region.country or region.precision != "admin1":
            return None
        return {region.country}
