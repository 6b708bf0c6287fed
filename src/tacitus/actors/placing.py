"""Placing bare bodies: the country of a state body, armed group or crowd that has none of its
own, read off its sentence ("Fighting flared in Somalia, and the government ...":
``sentence-country``) or off the places its clause names ("Gunmen killed tourists near Luxor":
``agent-in-place``); "local police" off the one state whose place its sentence names
(``local-place``); and a bare "Congress" that another state's leader acts on
(``clause-country``).

Reads: the mentions found so far, ``country_at``, the parse, the gazetteer. Writes: the country,
CAMEO code and resolution of those mentions' actors (no new mentions).
"""

from __future__ import annotations

from typing import Any

from .base import _ARMED, _PLACING, _DocBase
from .kb import cameo_for

#: Prepositions before where a clause happens ("near Luxor", "the centre of Bangui").
_WHERE_PREPS = frozenset(
    {"in", "near", "around", "outside", "inside", "at", "of", "across", "into", "on", "throughout"}
)
#: Nouns for a place in a state that its nationality adjective modifies ("the Pakistani city").
_PLACE_NOUNS = frozenset(
    "city town village province region district capital port state county border".split()
)
#: Verbs of firing at a target across a border ("fired rockets into Israel").
_FIRE_VERBS = frozenset({"fire", "launch", "lob", "shoot"})
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
_ABROAD_ROLES = frozenset({"embassy", "ambassador", "envoy", "diplomat", "consulate", "consul",
                           "mission", "delegation", "tourist"})  # fmt: skip
#: Titles of international bodies' officers: no state's sentence makes them its own.
_IGO_TITLES = ("secretary-general", "secretary general", "director-general", "director general",
               "high commissioner", "high representative", "special rapporteur")  # fmt: skip
#: Countries whose legislature news calls "Congress" (Latin America, the Philippines, Spain).
_CONGRESSES = frozenset(
    "ARG BOL BRA CHL COL CRI DOM ECU ESP GTM HND MEX NIC PAN PER PHL PRY SLV URY VEN".split()
)


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
            if not set(a.sectors) & (_STATE_SECTORS | _ARMED | {"MIL", "UAF", "OPP"}):
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
                if not (people or fighters or rulers or own or alone):
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
                if not (head.tag_ == "NN" or head.lower_ in ("troops", "forces", "soldiers")):
                    continue
            country = next(iter(named.values()))
            a.country, a.cameo_code = country, cameo_for(country, a.sectors)
            a.resolution, a.confidence = "sentence-country", 0.5

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
                a.country, a.cameo_code, a.entity_id = home, cameo_for(home, a.sectors), None
                a.name, a.resolution, a.confidence = None, "clause-country", 0.6

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
            if not (set(a.sectors) & (_ARMED | {"COP"}) or head.lower_ in _IRREGULARS):
                continue
            top = head
            while top.dep_ == "conj" and top.head.i != top.i:
                top = top.head
            verb = top.head
            if top.dep_ != "nsubj" or verb.pos_ not in ("VERB", "AUX"):
                continue
            own = {t.i for t in head.subtree} - set(range(f.start, f.end))
            if any(self.taken[i] for i in own):
                continue  # "Gunmen from al Shabaab stormed a mall in Nairobi": the group's
            countries = self._clause_countries(verb)
            if len(countries) == 1:
                country = countries.pop()
                a.country, a.cameo_code = country, cameo_for(country, a.sectors)
                a.resolution, a.confidence = "agent-in-place", 0.5

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

    def _clause_countries(self, verb: Any) -> set[str]:
        """The states of the places a clause names: countries and capitals named bare, and
        towns the gazetteer knows (read with the article's countries as context)."""
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
                others = {k for j, k in self.country_at.items() if j != i}
                if f is None and self.doc[i].pos_ == "PROPN" and others and c not in others:
                    # a town named like a capital ("near Tripoli" in a story about Lebanon)
                    place = Gazetteer.default().best(self.doc[i].text, context_countries=others)
                    c = place.country if place is not None and place.country else c
                out.add(c)
        spans = [e for e in self.doc.ents if e.label_ in ("GPE", "LOC") and lo <= e.start < hi]
        spans += [  # "in Osh", "near Bunia": a town the small tagger left untagged
            self.doc[t.i : t.i + 1]
            for t in self.doc[lo:hi]
            if t.pos_ == "PROPN" and not t.ent_type_ and t.dep_ == "pobj"
            and t.head.lower_ in _PLACING and t.is_title
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
            place = Gazetteer.default().best(ent.text, context_countries=context)
            if place is not None and place.country:
                out.add(place.country)
        return out

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
        if tok.dep_ == "dobj":
            return True
        if tok.dep_ == "pobj" and tok.head.lower_ == "into":
            gov = tok.head.head
            gov = gov.head if gov.pos_ == "NOUN" and gov.dep_ == "dobj" else gov
            if gov.lemma_.lower() in _FIRE_VERBS:
                return False  # "fired rockets into southern Israel": the target, not where
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
        """Whether the country word at ``i`` names where something happened ("in Tbilisi")."""
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
            tok, hops = self.doc[i], 0
            while tok.dep_ != "pobj" and tok.head.i != tok.i and hops < 2:
                tok, hops = tok.head, hops + 1
            if tok.dep_ != "pobj" or tok.head.lower_ not in ("in", "across", "inside", "near"):
                return False
        return True

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
