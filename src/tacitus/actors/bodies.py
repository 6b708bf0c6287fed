"""Bodies: countries, capitals, metonyms and organisations, alone or with a role noun ("Japanese
officials", "the Pentagon chief", "Chinese and Russian bombers", "the Saudi-led coalition");
demonyms that count people ("thousands of Georgians"); offices of the countries named after them
("the foreign ministers of Britain and France"); and bare role nouns ("troops", "officials in
Kabul", "Russian energy firms"), kept with their sectors and a country where the text gives one.

Reads: the knowledge-base and role-noun spans, ``country_at``, the parse, the story date.
Writes: mentions (``country``, ``metonym``, ``demonym``, ``demonym+agent``, ``leader+group``,
``agent-in-place``, ``affiliate``, ``agent`` ...), ``office-of-country`` on country mentions,
``office-of-org`` on role nouns of an organisation, and its own ``loose_adjectives`` and
``org_tail``.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from ..nlp import ent_at
from ..records import Actor
from .base import _ARG_DEPS, _ARMED, _country_actor, _Found, _member_sectors
from .ethnic import _Ethnic
from .kb import Entity, _norm, cameo_for
from .people import TITLE_WORDS
from .placing import (
    _ABROAD_ROLES,
    _LOCAL_HOLDERS,
    _PEOPLE,
    _STATE_SECTORS,
    INSTITUTION_NOUNS,
    _Placing,
)
from .tables import group_tables

_LOCATIVE = frozenset(
    "in at near outside around across inside within to from into via toward towards through".split()
)
#: Seats of government that news names mostly as venues: after "at", "in" ... they are places.
_VENUES = frozenset(
    """usa.oval_office chn.great_hall phl.malacanang esp.moncloa ita.palazzo_chigi ita.quirinale
    bra.planalto arg.casa_rosada ven.miraflores ind.rashtrapati_bhavan usa.white_house
    kor.blue_house fra.elysee""".split()
)
#: Places inside a city, which a capital's possessive locates ("in Moscow's main square").
_SITES = frozenset(
    """square street road avenue station airport suburb outskirts outskirt district quarter
    neighbourhood neighborhood centre center port harbour harbor hospital university campus
    stadium park area region zone market mosque church cathedral temple prison jail hotel
    palace bridge river airfield base museum cemetery slum camp township village town city
    downtown metro subway underground school court courthouse building tower embassy consulate
    parliament residence office compound""".split()
)
#: A movement's local arms ("the Islamic State's affiliate in Mozambique").
_ARMS = frozenset(
    "affiliate affiliates branch branches franchise offshoot wing arm cell cells".split()
)
#: Prepositions after which a capital may still name the government ("extradited to Tirana").
_DIRECTIONAL = frozenset({"to", "from"})
#: Heads of "to"/"from" that make the capital a destination or origin, not an actor.
_MOTION = frozenset(
    """travel trip visit fly flight arrive arrival return go come head move relocate flee
    evacuate evacuation journey drive sail road route train bus rail deploy deployment transfer
    depart departure commute march walk ride escape deport way mission tour""".split()
)
_DISTANCE = frozenset("away far km kilometers kilometres miles north south east west".split())
_KIND_BY_ENTITY = {"country": "name", "metonym": "metonym", "person": "name", "org": "org"}
#: Groups a state leads ("the Saudi-led coalition") and the sector they give it.
_LED_GROUPS = {"coalition": "MIL", "coalitions": "MIL", "alliance": "MIL", "bloc": "GOV"}
#: Of those, the standing alliances of states: led by a state, but not that state ("a
#: Russian-led military alliance" is an IGO; "the Saudi-led coalition" and "the Saudi-led bloc"
#: stay Saudi Arabia's).
_LED_BLOCS = frozenset({"alliance"})
#: Forces a fused "X-led" may lead straight ("U.S.-led allied warplanes", "U.S.-led troops").
_LED_FORCES = frozenset({"forces", "troops", "soldiers", "warplanes", "jets", "aircraft",
                         "planes", "bombers", "warships", "helicopters", "gunships"})  # fmt: skip
#: What a population does as the subject of a bare plural nationality ("Belarusians voted").
_POPULATION_VERBS = frozenset(
    "vote protest demonstrate march rally flee gather riot strike celebrate mourn queue boycott "
    "throng flock emigrate migrate pour cheer petition pray shop evacuate".split()
)
#: Compass words that open two-word nationalities ("North Korean", "South Sudanese").
#: Group nouns (group_nouns.tsv terms) of ground war machines: as the subject of their clause
#: they stand for the troops in them ("Tanks surrounded parliament"), bare like "troops".
_GROUND_MACHINES = frozenset({"agent.tanks"})
#: Group nouns of ships: a state's ships with its adjective right before them are its navy or
#: coast guard ("Chinese ships rammed ..."); with a word between ("a Philippine supply
#: vessel", "Chinese fishing boats") they may be anyone's craft and stay things.
_SHIPS = frozenset({"agent.ship"})
_COMPASS = frozenset({"North", "South", "East", "West"})
#: Nouns that count people: "thousands of Georgians", "a crowd of Serbs".
_PEOPLE_COUNTS = frozenset(
    "thousand thousands hundred hundreds dozen dozens score scores million millions crowd crowds "
    "group groups number numbers throng throngs".split()
)


def _plural_demonym(tok: Any) -> bool:
    """Tagged plural, or a demonym in -s the small tagger calls singular ("Thais", "Laotians")."""
    if tok.tag_ in ("NNS", "NNPS"):
        return True
    return tok.tag_ == "NNP" and tok.text.endswith("s") and not tok.text.endswith("ss")


def _counted_people(tok: Any) -> bool:
    """A plural demonym counted as people: "thousands of Georgians", "200 Palestinians",
    "many Afghans" (the population, CVL), not "the Georgians said" (the state)."""
    if not _plural_demonym(tok):
        return False
    if any(c.dep_ == "nummod" or c.lower_ in ("many", "several", "some") for c in tok.children):
        return True
    head = tok.head
    return (
        tok.dep_ == "pobj"
        and head.lower_ == "of"
        and (head.head.lower_ in _PEOPLE_COUNTS or head.head.like_num)
    )


def _bare_people(span: Any) -> bool:
    """A bare plural demonym as a clause's subject: "Belarusians voted", "Iraqis protested"
    (the population, CVL, with a verb of what a people does), not "the Iranians rejected the
    offer" nor "Serbs shelled the town" (a state's or a war's side) nor
    "Israelis and Palestinians" (two sides)."""
    tok = span[-1]
    if not _plural_demonym(tok) or tok.dep_ != "nsubj":
        return False
    if tok.head.lemma_.lower() not in _POPULATION_VERBS:
        return False  # "Serbs shelled", "Palestinians rejected": a side in a war or a talk
    if span.start > 0 and span.doc[span.start - 1].lower_ in ("the", "both", "all"):
        return False
    return not any(c.dep_ in ("det", "poss", "conj", "cc") for c in tok.children)


#: Workplaces whose nationality places the people at them ("workers at South Korean shipyards").
_WORKPLACES = frozenset(
    {"shipyard", "factory", "plant", "mine", "mill", "refinery", "university", "college",
     "school", "hospital", "port", "dock", "steelworks", "carmaker", "airline", "railway",
     "company", "firm", "bank", "newspaper", "campus"}
)  # fmt: skip
#: Sectors of the movements and parties whose members' word ("Zapatista") places a group.
_MOVEMENT_SECTORS = frozenset({"REB", "INS", "SEP", "RAD", "UAF", "PTY", "OPP"})


#: A legislature's own chamber nouns (singular, unlike "lawmaker" or "senator").
_LEGISLATURES = frozenset({"parliament", "senate", "assembly", "legislature", "house"})
#: Offices of a town or region ("the governor of Helmand", "the mayor of Kharkiv").
_LOCAL_OFFICES = frozenset({"governor", "mayor", "governors", "mayors"})


#: Verbs whose subject is a report's source, and nouns of a report, for a name that is both a
#: news agency's and a party's ("PTI reported", "a PTI report").
_REPORT_VERBS = frozenset({"report", "quote", "cite", "carry", "publish", "broadcast"})
_REPORTS = frozenset({"report", "correspondent", "reporter", "dispatch", "survey"})


class _Bodies(_Ethnic, _Placing):
    """Countries, metonyms and organisations, with role nouns; bare role nouns."""

    def _officials_of(self, agents) -> None:
        """ "the foreign ministers of Britain, France and Germany", "leaders of Egypt and
        Jordan": each country named after the office is that country's body (sectors of the
        office)."""
        heads = {end - 1: agent for _s, (end, agent) in agents.items() if agent.sectors}
        for f in self.found:
            a = f.actor
            if a is None or a.resolution != "country" or f.end - f.start > 3:
                continue
            tok = self.doc[f.end - 1]
            while tok.dep_ == "conj" and tok.head.i != tok.i:
                tok = tok.head
            prep = tok.head
            if tok.dep_ != "pobj" or prep.lower_ != "of" or prep.head.tag_ != "NNS":
                continue
            agent = heads.get(prep.head.i)
            if agent is None or not set(agent.sectors) & (_STATE_SECTORS | {"MIL"}):
                continue
            a.sectors = list(agent.sectors)
            a.cameo_code = cameo_for(a.country, a.sectors)
            a.resolution = "office-of-country"
        self._offices_of_bodies()

    def _offices_of_bodies(self) -> None:
        """ "the chief prosecutor of the International Criminal Court", "inspectors from the
        IAEA": a bare office or role noun whose "of"/"from" names an organisation is that
        organisation's (``office-of-org``), not the state its sentence names."""
        for f in self.found:
            a = f.actor
            if a is None or a.resolution != "agent" or a.country or a.cameo_code:
                continue
            head = self.doc[f.end - 1]
            prep = next(
                (c for c in head.children
                 if c.dep_ == "prep" and c.lower_ in ("of", "from") and c.i == f.end),
                None,
            )  # fmt: skip
            pobj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep else None
            body = self._found_at(pobj.i) if pobj is not None else None
            if body is None or body.actor is None or body.kind not in ("org", "group"):
                continue
            if (
                not body.actor.cameo_code
                or body.entity is not None
                and body.entity.kind == "person"
            ):
                continue
            a.country, a.cameo_code = body.actor.country, body.actor.cameo_code
            a.name, a.entity_id = body.actor.name, body.actor.entity_id
            a.resolution, a.confidence = "office-of-org", 0.6

    def _fused_led(self) -> None:
        """ "the U.S.-led coalition", where the tokenizer keeps "U.S.-led" as one word: the
        leader's group, as "the Saudi-led coalition" (``leader+group``)."""
        doc = self.doc
        for t in self.tokens:
            if not t.lower_.endswith("-led") or t.i + 1 >= len(doc) or not self._free(t.i, t.i + 2):
                continue
            end = t.i + 1
            while end < len(doc) and doc[end].pos_ == "ADJ" and doc[end].lower_ not in _LED_GROUPS:
                end += 1
            if end < len(doc) and doc[end].lower_ in _LED_FORCES:
                sector = "MIL"  # "U.S.-led allied warplanes": the leader's forces
            elif (
                end >= len(doc)
                or doc[end].lower_ not in _LED_GROUPS
                or doc[end].lower_ in _LED_BLOCS
            ):
                continue
            else:
                sector = _LED_GROUPS[doc[end].lower_]
            leader = next(
                (e for e, _f in self.kb.matches(t.text[:-4]) if e.kind == "country"), None
            )
            if leader is None or not self._free(t.i, end + 1):
                continue
            span = doc[t.i : end + 1]
            actor = _country_actor(span, leader.country, [sector], "leader+group", 0.7)
            self._take(_Found(t.i, end + 1, "role", actor))

    def _groups(self, spans, agents) -> None:
        for start, end, entries in spans:  # "Chinese and Russian bombers", "US and Iraqi troops"
            entity, form = self._best(entries)
            if (
                entity is not None
                and entity.kind == "country"
                and not self._patron(start)
                and (form == "adjective" or end < len(self.doc) and self.doc[end].lower_ == "and")
            ):
                self.loose_adjectives.setdefault(end, (start, entity))
        org_at = {
            s: e
            for s, e, entries in spans
            if any(
                ent.kind == "org" and ent.sectors and ent.sectors[0] == "IGO" for ent, _f in entries
            )
        }
        for start, end, entries in spans:
            if not self._free(start, end):
                continue
            entity, form = self._best(entries, start)
            if entity is None:
                continue
            if entity.kind == "country" and self._led_org(end, org_at):
                continue  # "the Russia-led CSTO": the bloc, not its leader
            if entity.kind in ("metonym", "org") and self._surname(start, end):
                continue  # "American businessman Edmond Pope": a person, not the Holy See
            if entity.kind == "metonym" and self._other_body(start, end):
                continue  # "the Pan Africanist Congress": another body, not the US Congress
            if start in self.org_tail and self._free(start, self.org_tail[start]):
                end = self.org_tail[start]  # "the Russia-led CSTO alliance"
            if entity.kind == "country" and self._patron(start):
                continue  # "pro-Russian separatists": of the country they are in, not the patron
            a_start = end + 1 if end < len(self.doc) and self.doc[end].lower_ == "'s" else end
            led = -1
            if (
                a_start + 2 < len(self.doc)
                and self.doc[a_start].text == "-"
                and (self.doc[a_start + 1].lower_ == "led")
            ):
                a_start += 2
                led = a_start  # "US-led coalition forces", "Saudi-led troops": the leader's
            based = (
                a_start + 2 < len(self.doc)
                and self.doc[a_start].text == "-"
                and self.doc[a_start + 1].lower_ == "based"
                and entity.kind == "country"
            )
            if based:
                a_start += 2  # "Pakistan-based militants": a group of the state it is based in
            after_based = a_start
            while (
                a_start < len(self.doc)
                and (
                    self.doc[a_start].pos_ == "ADJ"
                    # "Ecuador's striking transport drivers", "Chile's protesting students"
                    or self.doc[a_start].tag_ == "VBG"
                    and self.doc[a_start].dep_ == "amod"
                )
                and a_start not in agents
            ):
                a_start += 1
            hit = agents.get(a_start)
            bloc = False
            if (
                hit is not None
                and led >= 0
                and hit[0] < len(self.doc)
                and self.doc[hit[0]].lower_ in _LED_BLOCS
            ):
                hit, a_start, bloc = None, hit[0], True  # "a Russian-led military alliance"
            if (
                hit is None
                and (led == a_start or bloc)
                and a_start < len(self.doc)
                and entity.kind == "country"
                and self.doc[a_start].lower_ in _LED_GROUPS
                and self._free(start, a_start + 1)
            ):  # "the Saudi-led coalition": the leader's; "a Russian-led alliance": a bloc
                sectors = [_LED_GROUPS[self.doc[a_start].lower_]]
                span = self.doc[start : a_start + 1]
                actor = _country_actor(span, entity.country, sectors, "leader+group", 0.7)
                if self.doc[a_start].lower_ in _LED_BLOCS:
                    actor.country, actor.sectors, actor.cameo_code = None, ["IGO", *sectors], "IGO"
                self._take(_Found(start, a_start + 1, "role", actor))
                continue
            if based and hit and not self._based_group(after_based, a_start, hit):
                hit = None  # "US-based cleric Fethullah Gulen": a person keeps his nationality
            stop = hit[0] if hit and a_start == end else end
            qualified = self._qualified_body(start, stop, entity, form)
            if qualified is not None:  # "the Norwegian Labour Party": Norway's, not Britain's
                self._take_qualified(qualified, start, end, entity, hit)
            elif hit and self._free(a_start, hit[0]) and entity.kind != "person":
                self._with_agent(start, end, entity, form, a_start, hit, agents)
            elif any(f == "capital" for _e, f in entries) and not self._capital_as_actor(
                start, end
            ):
                continue  # "in Tokyo"; also a capital that names a body ("met in Brussels")
            elif entity.id in _VENUES and self._at_place(start):
                continue
            elif entity.id.startswith("region.") and not self._region_as_actor(start, end):
                continue
            elif form == "adjective" and self.doc[end - 1].dep_ in ("amod", "compound"):
                continue
            elif (
                form == "adjective"
                and entity.country
                and start > 0
                and self.doc[start - 1].lower_ == "ethnic"
                and (home := self._ethnic_home(start, end, entity.country)) is not None
            ):  # "ethnic Uzbeks in Osh": a minority is the people of the state it lives in
                actor = _country_actor(
                    self.doc[start - 1 : end], home, ["CVL"], "ethnic-people", 0.55
                )
                self._take(_Found(start - 1, end, "role", actor))
            elif (
                form == "adjective"
                and entity.country
                and (_counted_people(self.doc[end - 1]) or _bare_people(self.doc[start:end]))
            ):
                span = self.doc[start:end]  # "thousands of Georgians": the people, not the state
                # "hundreds of Kosovo Albanians": the people of the place named before them
                home = self.country_at.get(start - 1) if start > 0 else None
                home = home if home and self.doc[start - 1].dep_ == "compound" else entity.country
                group = (
                    group_tables().ethnic.get(_norm(self.doc[start - 1 : end].text))
                    if start > 0
                    else None
                )
                if group is not None and group.country and self._free(start - 1, start):
                    # "Greek Cypriots", "Turkish Cypriots": the people of Cyprus, not Greece
                    start, home, span = start - 1, group.country, self.doc[start - 1 : end]
                actor = _country_actor(span, home, ["CVL"], "demonym (people)", 0.6)
                self._take(_Found(start, end, "demonym", actor))
            elif (
                form == "adjective"
                and start > 0
                and _plural_demonym(self.doc[end - 1])
                and (group := group_tables().ethnic.get(_norm(self.doc[start - 1 : end].text)))
                and group.country
                and self._free(start - 1, start)
            ):  # "Greek Cypriots rejected the plan": Cyprus's people, not Greece's
                span = self.doc[start - 1 : end]
                actor = _country_actor(span, group.country, [], "demonym", 0.6)
                self._take(_Found(start - 1, end, "demonym", actor))
            else:
                self._take(
                    _Found(
                        start, end, self._kind(entity, form), self._plain(start, end, entity, form)
                    )
                )
        self._affiliates()

    def _affiliates(self) -> None:
        """ "the Islamic State's affiliate in Mozambique", "al Qaeda's branch in Yemen": a
        movement's local arm is a group of the state it is in, with the movement's sectors;
        "Hamas's armed wing" (no place) is the movement's own (``affiliate``)."""
        doc = self.doc
        for f in list(self.found):
            a = f.actor
            if a is None or f.kind not in ("org", "group") or f.end + 1 >= len(doc):
                continue
            if not set(a.sectors) & _ARMED:
                continue  # "the UN's branch in Kenya" is the UN's
            if doc[f.end].lower_ != "'s":
                continue
            k = f.end + 1
            while (
                k < len(doc)
                and k < f.end + 3
                and doc[k].pos_ in ("ADJ", "PROPN", "NOUN")
                and (doc[k].lower_ not in _ARMS)
            ):
                k += 1
            if k >= len(doc) or doc[k].lower_ not in _ARMS or not self._free(f.end, k + 1):
                continue
            arm = doc[k]
            prep = next((c for c in arm.children if c.dep_ == "prep" and c.lower_ == "in"), None)
            pobj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep else None
            if pobj is not None and pobj.i in self.country_at and self._free(k + 1, pobj.i):
                named = self._found_at(pobj.i)
                if named is not None and (
                    named.actor is None or named.actor.resolution != "country"
                ):
                    continue
                if named is not None:
                    self._untake(named)
                country = self.country_at[pobj.i]
                actor = _country_actor(
                    doc[f.start : pobj.i + 1], country, list(a.sectors), "affiliate", 0.6,
                    name=a.name,
                )  # fmt: skip
                end = pobj.i + 1
            elif a.country and arm.lower_ in ("wing", "arm"):
                actor = replace(a, text=doc[f.start : k + 1].text, start=doc[f.start].idx,
                                end=arm.idx + len(arm), resolution="affiliate")  # fmt: skip
                end = k + 1
            else:
                continue
            self._untake(f)
            self._take(_Found(f.start, end, "group", actor))

    def _qualified_body(
        self, start: int, end: int, entity: Entity, form: str
    ) -> tuple[int, str] | None:
        """(start, country) of another state's name or adjective that qualifies a state's body
        named by a shared word ("the Norwegian Labour Party", "the Nigeria Labour Congress",
        "the Pakistani Taliban"): the body is that state's, not the one the word names alone.
        None when nothing qualifies it, or it is the body's own state ("the Russian Duma");
        ``end`` is that of the name, or of a role noun right after it ("Labour Congress")."""
        if entity.kind != "org" or not entity.country or form not in ("name", "alias") or start < 1:
            return None
        owned = self._possessive_state(start, end, entity)
        if owned is not None:
            return owned
        q = self.country_at.get(start - 1)
        if q is None or q == entity.country or self._patron(start - 1):
            return None
        tok = self.doc[start - 1]
        if tok.dep_ not in ("compound", "amod") or not start <= tok.head.i < end:
            return None  # "a US Hezbollah ban": the adjective modifies another noun
        first = self._country_start(start - 1, q)
        if first > 0 and self.doc[first - 1].lower_ in ("'s", "-"):
            return None
        return first, q

    def _country_start(self, i: int, q: str) -> int:
        """The first token of the run of tokens naming country ``q`` that ends at ``i``
        ("South Korea's" from "Korea")."""
        while i > 0 and self.country_at.get(i - 1) == q:
            i -= 1
        return i

    def _possessive_state(self, start: int, end: int, entity: Entity) -> tuple[int, str] | None:
        """(start, country) of another state owning a state body named by a shared name
        ("Vietnam's Communist Party Central Committee", "Ukraine's National Guard"): a
        party, ministry, court or legislature is the owner's. Not armed groups or movements,
        which a state may back abroad ("Iran's Hezbollah allies"), and only where the
        possessive modifies the body's own name."""
        sectors = set(entity.sectors)
        if not sectors & (_STATE_SECTORS | {"PTY"}) or sectors & (_ARMED | {"MIL", "SPY"}):
            return None
        if start < 2 or self.doc[start - 1].lower_ not in ("'s", "’s", "'"):
            return None
        owner = self.doc[start - 2]
        q = self.country_at.get(owner.i)
        if q is None or q == entity.country or self._patron(owner.i):
            return None
        if owner.dep_ != "poss" or not start <= owner.head.i < end:
            return None  # "Vietnam's ally, the Communist Party": not the body's owner
        return self._country_start(owner.i, q), q

    def _take_qualified(
        self,
        qualified: tuple[int, str],
        start: int,
        end: int,
        entity: Entity,
        hit: tuple[int, Entity] | None,
    ) -> None:
        """Take a qualified body ("the Nigeria Labour Congress") as its qualifier's, with the
        body's sectors, or the role noun's after it ("Labour Congress")."""
        first, country = qualified
        if hit is not None and hit[0] > end and not self._free(end, hit[0]):
            hit = None
        stop = hit[0] if hit is not None else end
        for f in [f for f in self.found if first <= f.start and f.end <= start]:
            self._untake(f)  # "Nigeria" was read alone
        if not self._free(first, stop):
            return
        sectors = list(hit[1].sectors) if hit is not None and hit[1].sectors else []
        if set(sectors) & _STATE_SECTORS and not set(entity.sectors) & _STATE_SECTORS:
            sectors = []  # "Labour Congress": a movement's, not a legislature
        sectors = sectors or list(entity.sectors)
        actor = _country_actor(self.doc[first:stop], country, sectors, "demonym+agent", 0.7)
        self._take(_Found(first, stop, "role", actor))

    def _based_group(self, after: int, a_start: int, hit: tuple[int, Entity]) -> bool:
        """Whether the role noun after "X-based" names a group based there: armed groups,
        firms, media and aid groups as a plural noun ("Pakistan-based militants", "militant
        groups", "US-based companies"), not one person ("a US-based cleric"), not exiles or
        dissidents (of the state they fled), and not people of another nationality
        ("Syria-based Iranian forces")."""
        if hit[1].individual or not set(hit[1].sectors) & (_ARMED | {"BUS", "MED", "NGO"}):
            return False
        if any(self._is_country_token(i) for i in range(after, a_start)):
            return False
        noun = self.doc[hit[0] - 1]
        if hit[0] < len(self.doc) and noun.head.i == hit[0] and self.doc[hit[0]].pos_ == "NOUN":
            noun = self.doc[hit[0]]  # "militant groups"
        return noun.tag_ in ("NNS", "NNPS")

    def _ethnic_home(self, start: int, end: int, own: str) -> str | None:
        """The state an ethnic minority named by a nationality lives in ("ethnic Albanians" in
        Kosovo, "ethnic Uzbeks" in Kyrgyzstan): its row in ethnic_groups.tsv read in context,
        else the one other state its sentence places it in or the article named last before
        it; None when the text names no other state."""
        group = group_tables().ethnic.get(_norm("ethnic " + self.doc[start:end].text))
        if group is not None:
            return self._people_place(self.doc[end - 1], group) or self._context_country(
                group, start
            )
        sent = self.doc[start].sent
        here = self._clause_countries(sent.root) - {own}
        if len(here) == 1:
            return here.pop()
        before = [i for i, c in self.country_at.items() if i < start and c != own]
        return self.country_at[max(before)] if before else None

    def _led_org(self, end: int, org_at: dict[int, int]) -> bool:
        """A country before "-led" and a named bloc ("the Russia-led CSTO", "the US-led NATO
        alliance"): the bloc is the actor; a noun after it ("alliance") joins its mention."""
        doc = self.doc
        if not (end + 2 < len(doc) and doc[end].text == "-" and doc[end + 1].lower_ == "led"):
            return False
        org_end = org_at.get(end + 2)
        if org_end is None:
            return False
        if org_end < len(doc) and doc[org_end].lower_ in _LED_BLOCS and doc[org_end].tag_ == "NN":
            self.org_tail[end + 2] = org_end + 1
        return True

    def _best(
        self, entries: list[tuple[Entity, str]], at: int | None = None
    ) -> tuple[Entity | None, str]:
        order = {"country": 0, "org": 1, "metonym": 2}
        usable = [(e, f) for e, f in entries if e.kind in order]
        if not usable:
            return None, ""
        # bodies of one name in several countries ("the Republican Guard", "the National
        # Guard"): the one whose country the text named last before it, else the one with a
        # dated period at the story date, else the first listed
        named = self._own_place(at, {e.country for e, _f in usable if e.kind == "org"})
        if named is None:
            named = self._named_country(at, {e.country for e, _f in usable if e.kind == "org"})
        if named is None and at is not None:
            # "CARACAS - ... arrested by the National Guard": with no state named before it,
            # the dateline's state picks among bodies of one name
            home = self.dateline_home
            if home in {e.country for e, _f in usable if e.kind == "org"}:
                named = home
        orgs = [e for e, _f in usable if e.kind == "org"]
        if at is not None and any("MED" in e.sectors for e in orgs):
            # "PTI" is India's news agency and Pakistan's party: an agency is the source of a
            # report ("PTI reported", "according to PTI"), never the doer of a political act
            # where the name has another reading
            others = [e for e in orgs if "MED" not in e.sectors]
            if others and not self._report_source(at):
                usable = [(e, f) for e, f in usable if e.kind != "org" or "MED" not in e.sectors]
            elif others:
                usable = [(e, f) for e, f in usable if e.kind != "org" or "MED" in e.sectors]
                named = None
        if named is None and at is not None:
            # bodies of one name in several states with no state word to pick one ("the ANP",
            # "the Labour Party"): the one whose state the sentence's towns, else the story's
            # places, name
            states = {e.country for e, _f in usable if e.kind == "org" and e.country}
            if len(states) > 1:
                named = self._placed_state(at, states)
        armed = [e for e, _f in usable if e.kind == "org" and set(e.sectors) & _ARMED]
        if named is None and len({e.country for e in armed}) > 1:
            # armed groups of one name in several countries ("the National Liberation Army" of
            # Colombia, of Macedonia in 2001): the one the story's countries, else the date,
            # single out; none where nothing does
            fit = self._one_fit(armed)
            if fit is None:
                return None, ""
            named = fit.country
        usable.sort(
            key=lambda ef: (
                order[ef[0].kind],
                ef[1] == "capital",
                named is not None and ef[0].country != named,
                not self.kb.active(ef[0], self.date),
            )
        )
        return usable[0]

    def _report_source(self, at: int) -> bool:
        """Whether the name at token ``at`` is the source of a report ("PTI reported",
        "PTI quoted officials as saying", "according to PTI", "told PTI", "a PTI report")."""
        doc = self.doc
        tok = doc[at]
        while tok.dep_ in ("compound", "flat") and tok.head.i > tok.i:
            tok = tok.head
        head = tok.head
        if tok.dep_ in ("compound", "amod", "nmod", "poss") and head.lemma_.lower() in _REPORTS:
            return True  # "a PTI report", "PTI's correspondent"
        if tok.dep_ == "nsubj" and head.lemma_.lower() in _REPORT_VERBS:
            return True
        if tok.dep_ in ("dobj", "dative") and head.lemma_.lower() in ("tell", "inform"):
            return True  # "told PTI"
        return tok.dep_ == "pobj" and head.lower_ == "to" and head.head.lower_ == "according"

    def _place_states(self) -> tuple[dict[int, str], dict[str, int]]:
        """The state of each town, province or landmark the tagger and the gazetteer place
        (its first token -> ISO3), and how often the text names each state by a place or a
        country word: read once a document."""
        got = getattr(self, "_places_read", None)
        if got is not None:
            return got
        from ..nlp import ents_of

        towns: dict[int, str] = {}
        spans = [(e.start, self._name_end(e.start, e.end)) for e in ents_of(self.doc, "GPE", "LOC")]
        spans += [  # "in Narathiwat province": a name the tagger left untagged
            (self._name_start(t), t.i + 1)
            for t in self.doc
            if t.pos_ == "PROPN" and not t.ent_type_ and t.is_title and self._named_place_noun(t)
        ]  # fmt: skip
        for start, end in spans:
            if self.doc[start].idx < self.body_start:
                continue
            if any(i in self.country_at for i in range(start, end)):
                continue
            country = self._town_country(start, end - 1)
            if country:
                towns[start] = country
        counts: dict[str, int] = {}
        words = sorted({*self.country_at, *towns})
        last, prev = None, None
        for i in words:
            c = towns.get(i) or self.country_at.get(i)
            if i in self.country_at and last is not None and i - 1 == last and c == prev:
                last = i
                continue  # one name in several tokens ("South Korea")
            counts[c] = counts.get(c, 0) + 1
            last, prev = i, c
        self._places_read = (towns, counts)
        return self._places_read

    def _placed_congress(self) -> None:
        """A bare "Congress" is the legislature of the state with a Congress of its own that
        its sentence's places name ("Congress in Manila passed the budget"), else the story's,
        where the text never names the United States (:func:`.story.home_congress` reads the
        story's mentions; this, its places)."""
        from .placing import _CONGRESSES, rehome_congress

        for f in self.found:
            a = f.actor
            if (
                a is None
                or a.entity_id != "usa.congress"
                or self.doc[f.start : f.end].text != ("Congress")
            ):
                continue
            states = set(_CONGRESSES) | {"USA"}
            home = self._placed_state(f.start, states)
            sent = self.doc[f.start].sent
            if home is None and any(
                c == "USA" for i, c in self.country_at.items() if sent.start <= i < sent.end
            ):
                home = "USA"  # "Congress in Washington blocked arms sales to Manila"
            if home == "USA":
                a.resolution = "sentence-country"  # "Congress in Washington": America's
                continue
            if home is None or "USA" in self._place_states()[1]:
                continue
            rehome_congress(a, home, "sentence-country")

    def _own_place(self, at: int | None, states: set[str | None]) -> str | None:
        """Of ``states`` (two or more readings of one name), the one whose place the name's
        own phrase names ("the Labour Party in Lagos", "PTI workers in Lahore")."""
        states = states - {None}
        if at is None or len(states) < 2:
            return None
        towns = self._place_states()[0]
        doc = self.doc
        for k in range(at + 1, min(at + 6, doc[at].sent.end)):
            prep = doc[k]
            if (
                prep.dep_ != "prep"
                or prep.lower_ not in ("in", "at", "near")
                or not (at <= prep.head.i < k)
            ):
                continue
            for p in prep.children:
                if p.dep_ != "pobj":
                    continue
                for i in range(p.left_edge.i, p.i + 1):
                    c = self.country_at.get(i) or towns.get(i)
                    if c in states:
                        return c
            return None
        return None

    def _placed_state(self, at: int, states: set[str]) -> str | None:
        """Of ``states`` (two or more readings of one name), the one the places of the
        sentence of token ``at`` name (countries, capitals, towns, provinces), else the one
        the story's places name most; None where two are in play or none is."""
        towns, counts = self._place_states()
        sent = self.doc[at].sent
        here = {c for i, c in towns.items() if sent.start <= i < sent.end}
        here |= {
            c for i, c in self.country_at.items()
            if sent.start <= i < sent.end and not self._mission_word(i)
        }  # fmt: skip
        fit = here & states
        if len(fit) == 1:
            return fit.pop()
        if fit:
            return None  # "the Labour Party" in a sentence naming Britain and Nigeria
        ranked = sorted(((n, c) for c, n in counts.items() if c in states), reverse=True)
        if ranked and (len(ranked) == 1 or ranked[0][0] > ranked[1][0]):
            return ranked[0][1]
        return None

    def _one_fit(self, groups: list[Entity]) -> Entity | None:
        """Of armed groups sharing a name, the one whose country the story names, else the one
        with a dated period at the story date; None unless exactly one fits."""
        story = set(self.country_at.values())
        for fits in (
            [e for e in groups if e.country in story],
            [e for e in groups if self.kb.active(e, self.date)],
        ):
            if len({e.country for e in fits}) == 1:
                return fits[0]
            if len(fits) > 1:
                return None
        return None

    def _named_country(self, at: int | None, countries: set[str | None]) -> str | None:
        """Of ``countries`` (two or more), the one the text named last before token ``at``, else
        first after it in its sentence; None when none is named."""
        countries.discard(None)
        if at is None or len(countries) < 2:
            return None
        before = [i for i, c in self.country_at.items() if i < at and c in countries]
        if before:
            return self.country_at[max(before)]
        end = self.doc[at].sent.end
        after = [i for i, c in self.country_at.items() if at < i < end and c in countries]
        return self.country_at[min(after)] if after else None

    def _capital_as_actor(self, start: int, end: int) -> bool:
        """A capital stands for its government unless it is a place ("in Tokyo", "Tokyo-based",
        "flew to Tokyo", "a Tokyo think tank"); "extradited to Tirana", "a message from Seoul"
        name the government."""
        tok = self.doc[start]
        if tok.ent_type_ == "PERSON" and self._in_longer_name(start, end):
            return False  # "George Washington", "Denzel Washington"
        prep = None
        last = self.doc[end - 1]
        owned = last.head if last.dep_ == "poss" else None
        if owned is not None and owned.pos_ == "NOUN" and owned.lemma_.lower() not in _SITES:
            pass  # "at Washington's request", "in Moscow's view": the preposition is the noun's
        elif start > 0 and self.doc[start - 1].lower_ in _LOCATIVE:
            prep = self.doc[start - 1]
        elif tok.dep_ == "pobj" and tok.head.lower_ in _LOCATIVE:
            prep = tok.head
        elif (
            start > 0
            and (root := self.doc[start:end].root).dep_ == "conj"
            and self.doc[start - 1].lower_ in (",", "and", "or")
        ):
            first = root  # "marched in London, Rome and Madrid": each is where, like the first
            while first.dep_ == "conj" and first.head.i < first.i:
                first = first.head
            if first.dep_ == "pobj" and first.head.lower_ in _LOCATIVE:
                prep = first.head
        if prep is not None and (prep.lower_ not in _DIRECTIONAL or self._motion(prep)):
            return False
        if last.dep_ in ("compound", "amod", "nmod") and last.head.pos_ == "NOUN":
            return False  # "a Seoul think tank", "Tokyo stocks"
        nxt = self.doc[end : end + 2].text.lower()
        return not nxt.startswith(("-based", "- based", "time"))

    def _region_as_actor(self, start: int, end: int) -> bool:
        """ "the West", "Gulf states" as a group of states, not a longer name ("the West Bank",
        "the West African bloc") or a place ("moved to the West", "in the Gulf states")."""
        if end < len(self.doc) and self.doc[end].text[:1].isupper():
            return False
        i = start - 1 if start > 0 and self.doc[start - 1].lower_ == "the" else start
        prev = self.doc[i - 1] if i > 0 else None
        if prev is not None and prev.lower_ in _LOCATIVE - _DIRECTIONAL:
            return False
        return prev is None or prev.lower_ != "to" or not self._motion(prev)  # "a message to"

    def _at_place(self, start: int) -> bool:
        """ "received him at Malacanang Palace": a seat of government as the venue."""
        i = start - 1 if start > 0 and self.doc[start - 1].lower_ == "the" else start
        return i > 0 and self.doc[i - 1].lower_ in _LOCATIVE - _DIRECTIONAL

    def _surname(self, start: int, end: int) -> bool:
        """Whether a body's one-word name ends a person's name the parser marks as one, after a
        given name ("Edmond Pope", "Ann Congress"), not before it ("Pope Francis")."""
        if self.doc[start].ent_type_ != "PERSON":
            return False  # (in no person's name: spare building every entity span)
        ent = ent_at(self.doc, start)
        if ent is None or ent.label_ != "PERSON" or ent.start >= start or ent.end != end:
            return False
        first = self.doc[start - 1]
        return (
            end - start == 1
            and first.pos_ == "PROPN"
            and first.is_title
            and first.lower_ not in TITLE_WORDS
            and not any(e.kind != "person" for e, _f in self.kb.matches(first.text))
        )

    def _other_body(self, start: int, end: int) -> bool:
        """Whether an institution's name is only part of a longer name the tagger marks as
        one, whose other words name no state ("the Pan Africanist Congress", "the Congress of
        South African Trade Unions", "the Congress party"): another body that shares the
        word, not the institution ("the Philippine Congress" keeps its state's word)."""
        ent = ent_at(self.doc, start)
        if ent is None or ent.label_ not in ("ORG", "FAC", "NORP") or ent.end - ent.start < 2:
            return False
        if ent.start >= start and ent.end <= end:
            return False
        for t in ent:
            if start <= t.i < end or not t.is_title or t.pos_ not in ("PROPN", "NOUN"):
                continue
            if t.i in self.country_at or any(True for _m in self.kb.matches(t.text)):
                continue
            return True
        return False

    def _in_longer_name(self, start: int, end: int) -> bool:
        ent = ent_at(self.doc, start)
        return ent is not None and (ent.start < start or ent.end > end)

    def _motion(self, prep: Any) -> bool:
        """Whether "to"/"from" belongs to movement ("flew to", "a visit to", "far from")."""
        head = prep.head
        if prep.i > 0 and self.doc[prep.i - 1].lower_ in _DISTANCE:
            return True
        return head.lemma_.lower() in _MOTION or head.lower_ in _MOTION

    def _kind(self, entity: Entity, form: str) -> str:
        if entity.kind == "org":
            return "group" if entity.country else "org"
        if entity.kind == "metonym" and entity.primary_sector == "MED":
            return "org"
        if form == "adjective":
            return "demonym"
        return _KIND_BY_ENTITY.get(entity.kind, "name")

    def _plain(self, start: int, end: int, entity: Entity, form: str) -> Actor:
        how = {"capital": "metonym", "adjective": "demonym"}.get(form, entity.kind)
        conf = {"capital": 0.8, "adjective": 0.6}.get(form, 0.9)
        return self._person_actor(entity, start, end, how, conf)

    def _with_agent(self, start, end, entity, form, a_start, hit, agents) -> None:
        """Nationality/country/metonym + role noun: "Japanese officials", "the Pentagon chief"."""
        if (
            form == "adjective"
            and start > 0
            and self.doc[start - 1].text in _COMPASS
            and self.kb.country_form(f"{self.doc[start - 1].text} {self.doc[start:end].text}")
            != "adjective"
        ):
            return  # "South American leaders" are no Americans
        a_end, agent = hit
        while a_end in agents and self._free(a_end, agents[a_end][0]):  # "military officials"
            a_end = agents[a_end][0]
        role_key = agent.role_key
        if role_key == "chief":
            role_key = entity.role_key
        elif entity.kind not in ("country",) and not entity.id.endswith(".capital"):
            role_key = None if role_key != "counterpart" else role_key  # an office of the body
        if role_key == "counterpart":
            self._take(_Found(start, a_end, "role", None, None, "counterpart"))
            return
        span = self.doc[start:a_end]
        base, entity = entity, self.kb.on_date(entity, self.date)
        sectors = (
            _member_sectors(base, entity, agent) or list(agent.sectors) or list(entity.sectors)
        )
        country = entity.country
        if entity.kind == "country" and sectors == ["IGO"]:
            sectors = ["MIL"]  # "Indian peacekeepers": a state's troops serving under the UN
        owner = next(
            (c for c in self.doc[a_end - 1].children
             if c.dep_ == "poss" and c.i in self.country_at),
            None,
        )  # fmt: skip
        if owner is not None and entity.kind == "org" and "GOV" in agent.sectors:
            # "Pyongyang's U.N. envoy", "Syria's UN ambassador": the state's envoy to the body
            country, sectors = self.country_at[owner.i], ["GOV"]
        code = cameo_for(country, sectors) if country else entity.cameo_code
        actor = Actor(
            text=span.text,
            name=None,
            country=country,
            sectors=sectors,
            cameo_code=code,
            entity_id=entity.id,
            start=span.start_char,
            end=span.end_char,
            resolution="demonym+agent",
            confidence=0.8,
        )
        # "Polish leaders", "Arab foreign ministers": a state's (or states') people in that role,
        # not one officeholder
        one = agent.individual and self.doc[a_end - 1].tag_ not in ("NNS", "NNPS")
        found = _Found(start, a_end, "role", actor, None, role_key if one else None)
        self._take(found)
        if not one and (entity.kind == "country" or self._state_adjective_body(start, entity)):
            self._coordinated_adjectives(start, actor)

    def _state_adjective_body(self, start: int, entity: Entity) -> bool:
        """Whether a state body's name opens with its state's nationality adjective ("Pakistani
        army" in "Indian and Pakistani army commanders"): a nationality coordinated before it
        shares the body's role noun as the bare adjectives do."""
        hit = self.loose_adjectives.get(start + 1)
        return (
            entity.kind == "org"
            and bool(entity.country)
            and hit is not None
            and hit[0] == start
            and hit[1].country == entity.country
        )

    def _coordinated_adjectives(self, start: int, last: Actor) -> None:
        """ "Chinese and Russian bombers", "British, French and US troops": every nationality
        in the coordination is an actor of its own, with the role noun's sectors."""
        i = start
        while i > 0 and self.doc[i - 1].lower_ in ("and", "or", ",", "&"):
            j = i - 1
            if self.doc[j].lower_ != "," and j > 0 and self.doc[j - 1].text == ",":
                j -= 1  # the serial comma: "British, French, and US troops"
            hit = self.loose_adjectives.get(j) or self._compass_adjective(j, start)
            if hit is None or not (
                self._modifies(self.doc[j - 1], start)
                or (hit[0] == j - 1 and self.doc[j - 1].text in _COMPASS)
            ):
                return
            s, entity = hit
            plain = next((f for f in self.found if (f.start, f.end) == (s, j)), None)
            if plain is not None and (
                plain.kind == "demonym"
                or (plain.actor is not None and plain.actor.resolution == "country")
            ):
                self._untake(plain)  # "British, French and US troops": "French" was read alone
            if not self._free(s, j):
                return
            span = self.doc[s:j]
            actor = replace(
                last,
                text=span.text,
                country=entity.country,
                cameo_code=cameo_for(entity.country, last.sectors),
                entity_id=entity.id,
                start=span.start_char,
                end=span.end_char,
            )
            self._take(_Found(s, j, "role", actor))
            i = s

    def _compass_adjective(self, j: int, start: int) -> tuple[int, Entity] | None:
        """ "North and South Korean guards": a bare compass word before "and" shares the
        nationality word of the adjective after it ("North" + "Korean")."""
        if j < 1 or start + 1 >= len(self.doc):
            return None
        word = self.doc[j - 1].text
        if word not in _COMPASS or self.doc[start].text not in _COMPASS:
            return None
        name = f"{word} {self.doc[start + 1].text}"
        entity = self.kb.country(name)
        if entity is None or self.kb.country_form(name) != "adjective" or not self._free(j - 1, j):
            return None
        return j - 1, entity

    def _modifies(self, tok: Any, start: int) -> bool:
        """Whether ``tok`` (a nationality before "and") modifies the noun phrase at ``start``,
        directly or through the coordination, not a verb ("He spoke Chinese and ...")."""
        for _ in range(4):
            head = tok.head
            if head.i == tok.i or head.pos_ in ("VERB", "AUX"):
                return False
            if head.i >= start:
                return True
            tok = head
        return False

    def _named_institution(self, start: int, end: int, agent: Entity) -> None:
        """An institution whose name opens with its city ("Oxford University said",
        "protested at Cairo University", "Seoul National University") is a body of that
        city's state (``agent-in-place``); one the gazetteer does not place ("Harvard
        University") is left out, as other proper-noun role words are."""
        head = self.doc[end - 1]
        if head.lower_ not in INSTITUTION_NOUNS or start != end - 1:
            return
        first = start
        while first > 0:
            t = self.doc[first - 1]
            if t.pos_ != "PROPN" or t.dep_ != "compound" or not first <= t.head.i < end:
                break
            first -= 1
        if first == start or not self._free(first, end):
            return
        country = self._institution_town(first, start)
        if country is None:
            return
        actor = _country_actor(
            self.doc[first:end], country, list(agent.sectors), "agent-in-place", 0.5
        )
        self._take(_Found(first, end, "role", actor))

    def _bare_agent(self, start: int, end: int, agent: Entity) -> None:
        """Role nouns without a country ("troops") kept, with sectors only, as arguments."""
        head = self.doc[end - 1]
        if (
            not agent.sectors
            or head.dep_ not in _ARG_DEPS
            or head.pos_ != "NOUN"
            and not (head.pos_ == "PROPN" and head.i == start and self._opens_sentence(start))
            # "In Niger, the military seized power": a noun the tagger read as an adjective
            and not (head.pos_ == "ADJ" and head.i == start and self._the_before(start))
            and not (head.pos_ == "PROPN" and head.is_lower)  # "the foreign ministry in Beijing"
            and not (head.pos_ == "PROPN" and self._titled_office(start, end))
        ):
            if head.pos_ == "PROPN" and head.dep_ in _ARG_DEPS and agent.sectors:
                self._named_institution(start, end, agent)
            return
        if head.lower_ in ("people", "press", "media", "company", "industry", "side", "sides"):
            return
        if set(agent.sectors) & (_STATE_SECTORS | _PEOPLE | _ARMED) and self._placed_state_body(
            start, end, agent
        ):
            return  # also "opposition parties in Seoul", "students in Dhaka", "rebels in Chad"
        if agent.individual and self._local_office(start, end, agent):
            return  # "the governor of Helmand", "the mayor of Mosul"
        if agent.individual and not (
            (head.tag_ == "NNS" and (agent.sectors[0] == "LEG" or head.lower_ in _LOCAL_HOLDERS))
            or (agent.sectors[0] == "LEG" and head.lower_ in _LEGISLATURES)
        ):
            # but "lawmakers", "legislators", "governors", "mayors": a body; and "the
            # parliament", "the senate", "the National Assembly": a chamber, not one member
            return
        modifier = (
            None
            if agent.id in _SHIPS  # "a Philippine supply vessel", "Chinese fishing boats"
            else self._country_modifier(start, head)
            or self._patron_group(start, head)
            or self._movement_modifier(start, head)
        )
        if modifier is not None:
            tok, country = modifier[0], modifier[1]
            how = "demonym+agent" if len(modifier) == 2 else "movement+agent"
            actor = _country_actor(self.doc[tok.i : end], country, list(agent.sectors), how, 0.7)
            self._take(_Found(tok.i, end, "role", actor))
            return
        if not group_tables().nouns.get(_norm(self.doc[start:end].text), (None, True))[1]:
            # "tanks", "bases", "facilities": actors only with a country in front, or with
            # an owner after them ("warplanes from a Saudi-led coalition"); ground war
            # machines as the subject of their clause act like troops ("Tanks surrounded
            # parliament"), not as a thing given or received ("received tanks from")
            self._owned_weapon(start, end, agent)
            if not (
                agent.id in _GROUND_MACHINES and head.dep_ == "nsubj" and self._free(start, end)
            ):
                return
        span = self.doc[start:end]
        actor = Actor(
            text=span.text,
            sectors=list(agent.sectors),
            start=span.start_char,
            end=span.end_char,
            resolution="agent",
            confidence=0.4,
        )
        self._take(_Found(start, end, "role", actor))

    def _the_before(self, start: int) -> bool:
        """Whether "the" stands right before ``start`` and nothing but a verb, a preposition or
        a punctuation mark after it ("the military seized", "by the military.")."""
        if start == 0 or self.doc[start - 1].lower_ != "the":
            return False
        nxt = self.doc[start + 1] if start + 1 < len(self.doc) else None
        return nxt is None or nxt.pos_ in ("VERB", "AUX", "ADP", "PUNCT", "CCONJ", "PART")

    def _opens_sentence(self, start: int) -> bool:
        """Whether a one-word role noun the tagger read as a name opens its sentence, alone or
        after "The", or right after the dateline or a dash ("Police said", "The Army said",
        "The Navy fired", "MOGADISHU - Militants fired"): capitalised as the first word, not
        as a name."""
        after = self.doc[start + 1 : start + 3]
        if after and after[0].pos_ == "PROPN" and after[0].is_title:
            return False  # "The Army Corps of Engineers"
        if len(after) == 2 and after[0].lower_ == "of" and after[1].is_title:
            return False  # "The Army of Islam": a name
        sent_start = self.doc[start].sent.start
        first = start
        if first > sent_start and self.doc[first - 1].lower_ == "the":
            first -= 1
        if first == sent_start:
            return True
        prev = self.doc[first - 1]
        return prev.idx < self.body_start or prev.text in ("-", "--", "\u2013", "\u2014")

    def _local_office(self, start: int, end: int, agent: Entity) -> bool:
        """ "the governor of Helmand", "the provincial governor of Anbar", "the mayor of
        Kharkiv", "the governor of Lagos State": a town's or region's own office is of the one
        state the gazetteer places that town or region in (``agent-in-place``; taken: True).
        Not a country's ("the governor of the central bank"), nor a name the gazetteer does not
        know."""
        head = self.doc[end - 1]
        if head.lower_ not in _LOCAL_OFFICES:
            return False
        if self._office_of_name_before(start, end, agent):
            return True
        if end + 1 >= len(self.doc):
            return False
        prep = self.doc[end]
        if prep.lower_ != "of" or prep.head.i != head.i:
            return False
        pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if (
            pobj is not None
            and pobj.pos_ == "NOUN"
            and pobj.i > 0
            and self._named_place_noun_of(self.doc[pobj.i - 1])
        ):
            pobj = self.doc[pobj.i - 1]  # "the governor of Helmand province": the name
        if pobj is None or pobj.pos_ != "PROPN" or self.taken[pobj.i]:
            return False
        first = self._name_start(pobj)
        if first <= prep.i:
            return False
        # "the governor of Lagos State", "the governor of Helmand province": the name, not the
        # phrase with its place noun, is what the gazetteer knows
        country = self._town_country(first, self._name_end(first, pobj.i + 1) - 1)
        if country is None:
            return False
        span = self.doc[start : pobj.i + 1]
        actor = _country_actor(span, country, list(agent.sectors), "agent-in-place", 0.5)
        self._take(_Found(start, pobj.i + 1, "role", actor))
        return True

    @staticmethod
    def _named_place_noun_of(tok: Any) -> bool:
        """Whether a proper name names the place noun right after it, the object of "of"
        ("of Helmand province", "of Borno state")."""
        noun = tok.head
        return (
            tok.pos_ == "PROPN"
            and tok.dep_ == "compound"
            and noun.i == tok.i + 1
            and noun.lower_ in ("province", "state", "region", "district", "county")
            and noun.dep_ == "pobj"
        )

    def _office_of_name_before(self, start: int, end: int, agent: Entity) -> bool:
        """ "the Kano State governor", "Plateau State's governor", "the Kharkiv mayor": a
        town's or region's office named before it (a name the tagger calls a place, or a
        region or listed landmark by its own name), of that place's state."""
        head = self.doc[end - 1]
        last = start - 1
        if last >= 0 and self.doc[last].tag_ == "POS":
            last -= 1  # "Plateau State's governor"
        if last < 0 or start - last > 2:
            return False
        tok = self.doc[last]
        if (
            tok.pos_ != "PROPN"
            or self.taken[tok.i]
            or tok.head.i != head.i
            or tok.dep_ not in ("compound", "poss", "nmod")
        ):
            return False
        first = self._name_start(tok)
        country = self._town_country(first, tok.i, tagged=True)
        if country is None:
            return False
        span = self.doc[first:end]
        actor = _country_actor(span, country, list(agent.sectors), "agent-in-place", 0.5)
        self._take(_Found(first, end, "role", actor))
        return True

    def _titled_office(self, start: int, end: int) -> bool:
        """Whether a role noun of two words or more is written as a title ("the Foreign
        Ministry", "the Central Committee", "the Election Commission"), not inside a longer
        name ("the Foreign Ministry Building", "Kenya Election Commission Chairman")."""
        words = self.doc[start:end]
        if end - start < 2 or not all(t.is_title for t in words):
            return False
        if end < len(self.doc) and self.doc[end].pos_ == "PROPN" and self.doc[end].is_title:
            return False
        prev = self.doc[start - 1] if start > 0 else None
        return prev is None or prev.pos_ != "PROPN" or prev.lower_ == "the"

    def _owned_weapon(self, start: int, end: int, agent: Entity) -> None:
        """A weapon or war machine named with its owner after it, "from"/"of" a state, a
        state's force, a led coalition or an armed group ("Warplanes from a Saudi-led
        coalition bombed ...", "jets of the Syrian air force", "rockets of Hamas"), acts for
        that owner (``weapon-owner``), as does a possessor ("the Syrian regime's
        warplanes"): its country and code, the weapon's sectors. A place
        after "from" is where it came from, not whose it is ("missiles from Gaza" stays
        open); nor does a person own one ("a plane of the president")."""
        head = self.doc[end - 1]
        if not agent.sectors or head.dep_ not in _ARG_DEPS:
            return
        prep = next(
            (c for c in head.children
             if c.dep_ == "prep" and c.lower_ in ("from", "of") and c.i == end),
            None,
        )  # fmt: skip
        pobj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep else None
        if pobj is None:  # "the Syrian regime's warplanes": the possessor
            pobj = next((c for c in head.children if c.dep_ == "poss" and c.i < start), None)
        owner = self._found_at(pobj.i) if pobj is not None else None
        if owner is None or owner.actor is None or owner.kind == "name":
            return  # "from Gaza", "of Syria": a place or state named bare, or a person
        if owner.kind == "pronoun" and head.dep_ != "nsubj":
            return  # "received its first tanks": a thing it got; "as his warplanes bombed"
        o = owner.actor
        if not o.cameo_code or not set(o.sectors) & (_ARMED | {"MIL", "GOV", "IGO"}):
            return
        if o.resolution in ("country", "metonym"):
            return  # "missiles from Moscow": whence, not whose
        if not self._free(start, end):
            return
        sectors = list(agent.sectors)
        code = cameo_for(o.country, sectors)
        actor = Actor(
            text=self.doc[start:end].text,
            name=o.name,
            entity_id=o.entity_id,
            country=o.country,
            # a state's force lends its weapons the weapon's sector ("jets of the Syrian air
            # force": SYR MIL); an armed group or a bloc its own ("rockets of Hamas")
            sectors=list(o.sectors if set(o.sectors) & _ARMED or not o.country else sectors),
            cameo_code=o.cameo_code if set(o.sectors) & _ARMED or not o.country else code,
            start=self.doc[start].idx,
            end=self.doc[end - 1].idx + len(self.doc[end - 1]),
            resolution="weapon-owner",
            confidence=0.6,
        )
        self._take(_Found(start, end, "role", actor))

    def _site_at(self, start: int, pobj: Any, agent: Entity) -> bool:
        """ "protesters in Tiananmen Square", "police in Red Square": a crowd or body at a
        named square or site the gazetteer places in one state is of that state (taken;
        True). The site itself is a place, never an actor."""
        if pobj.pos_ != "PROPN" or pobj.lower_ not in _SITES or self.taken[pobj.i]:
            return False
        first = pobj.i
        while first > 0 and self.doc[first - 1].dep_ == "compound" and self.doc[first - 1].is_title:
            first -= 1
        if first == pobj.i or any(self.taken[first : pobj.i + 1]):
            return False
        from ..places import Gazetteer

        place = Gazetteer.default().best(self.doc[first : pobj.i + 1].text)
        if place is None or not place.country:
            return False
        span = self.doc[start : pobj.i + 1]
        actor = _country_actor(span, place.country, list(agent.sectors), "agent-in-place", 0.6)
        self._take(_Found(start, pobj.i + 1, "role", actor))
        return True

    def _placed_state_body(self, start: int, end: int, agent: Entity) -> bool:
        """ "officials in Kabul", "police in Islamabad", "authorities in Nigeria": a state body
        placed in a country or its capital belongs to that country (taken; True)."""
        head = self.doc[end - 1]
        if any(c.dep_ == "poss" for c in head.children):
            return False  # "its leaders in Brussels": the owner's people, met there
        for prep in head.children:
            if prep.dep_ == "prep" and prep.lower_ == "at" and prep.i == end:
                # "workers at South Korean shipyards", "students at Iranian universities"
                pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
                country = self._workplace_state(agent, prep, pobj)
                if country is None:
                    continue
                span = self.doc[start : pobj.i + 1]
                actor = _country_actor(span, country, list(agent.sectors), "agent-in-place", 0.6)
                self._take(_Found(start, pobj.i + 1, "role", actor))
                return True
            if prep.dep_ != "prep" or prep.lower_ not in ("in", "from") or prep.i != end:
                continue
            pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if (
                pobj is not None
                and pobj.i not in self.country_at
                and self._site_at(start, pobj, agent)
            ):
                return True  # "protesters in Tiananmen Square": the square's state's
            if pobj is None or pobj.i not in self.country_at:
                continue
            if head.lemma_.lower() in _ABROAD_ROLES:
                # "diplomats in Kinshasa", "Western envoys in Kabul": a mission stationed in
                # a capital is another state's, whose the text does not say
                return False
            if set(agent.sectors) & {"GOV", "LEG"} and any(
                e.kind == "org" for e, _f in self.kb.matches(pobj.text)
            ):
                continue  # "officials in Brussels" may be the EU's (police there are Belgian)
            country = self.country_at[pobj.i]
            if (
                head.dep_ == "pobj"
                and head.head.lower_ == "with"
                and any(
                    c != country and head.sent.start <= i < start
                    for i, c in self.country_at.items()
                )
            ):
                continue  # "Colombian rebels ... talks with the government in Havana": a venue
            last = pobj.i
            while last + 1 < len(self.doc) and self.country_at.get(last + 1) == country:
                last += 1
            if self.taken[pobj.i]:
                named = self._found_at(pobj.i)
                if named is None or named.kind != "name" or named.entity is not None:
                    continue
                if (named.start, named.end) != (prep.i + 1, last + 1) or named.actor is None:
                    continue
                if named.actor.resolution != "country":
                    continue
                self._untake(named)  # "authorities in Nigeria": one mention, NGAGOV
            actor = _country_actor(
                self.doc[start : last + 1], country, list(agent.sectors), "agent-in-place", 0.6
            )
            if "JUD" in agent.sectors and pobj.lower_ == "hague" and not self._dutch_case(pobj):
                # "a court in The Hague", "prosecutors in The Hague": the international courts,
                # unless the sentence names the Netherlands again ("ordered the Dutch state")
                actor.country, actor.sectors, actor.cameo_code = None, ["IGO", "JUD"], "IGO"
            self._take(_Found(start, last + 1, "role", actor))
            return True
        return False

    def _dutch_case(self, hague: Any) -> bool:
        """Whether the sentence of "in The Hague" names the Netherlands elsewhere ("a court in
        The Hague ordered the Dutch state", "a Dutch oil company"): a Dutch court's case."""
        sent = hague.sent
        return any(
            c == "NLD" and sent.start <= i < sent.end and abs(i - hague.i) > 1
            for i, c in self.country_at.items()
        )

    def _workplace_state(self, agent: Entity, prep: Any, pobj: Any) -> str | None:
        """The state of a workplace a state's people work or study at, named by its nationality
        ("workers at South Korean shipyards", "students at Iranian universities"): only
        people (not armed men: "soldiers at Russian bases" may be anyone's), only a
        workplace (not "protesters at the US embassy")."""
        if pobj is None or prep.lower_ != "at" or pobj.lemma_.lower() not in _WORKPLACES:
            return None
        if not set(agent.sectors) or not set(agent.sectors) <= _PEOPLE:
            return None
        if not self._free(prep.i, pobj.i + 1):
            held = self._found_at(pobj.i)
            if (
                held is None
                or held.end != pobj.i + 1
                or held.start <= prep.i
                or held.actor is None
                or held.actor.resolution != "demonym+agent"
                or not self._free(prep.i, held.start)
            ):
                return None
            self._untake(held)  # "Iranian universities": where the students are, one mention
            return held.actor.country
        states = {
            self.country_at[t.i]
            for c in pobj.children
            if c.dep_ in ("amod", "compound") and c.i < pobj.i
            for t in c.subtree
            if t.i in self.country_at
        }
        return states.pop() if len(states) == 1 else None

    def _country_modifier(self, start: int, head: Any) -> tuple[Any, str] | None:
        """A nationality adjective a few words before a role noun, on the same noun phrase:
        "Russian energy firms", "Chinese state-owned companies" (not "South American
        countries", not a word another mention holds)."""
        for tok in head.children:
            if tok.i >= start or tok.i < start - 3 or tok.dep_ not in ("amod", "compound"):
                continue
            if not self._free(tok.i, start) or any(
                t.pos_ not in ("ADJ", "NOUN", "PROPN", "PUNCT") for t in self.doc[tok.i : start]
            ):
                continue
            if any(c.i < tok.i for c in tok.children) or self._patron(tok.i):
                continue  # "South American", "pro-Russian"
            if tok.i > 0 and self.doc[tok.i - 1].text in _COMPASS:
                continue  # "South American leaders" (the parser may hang both on the noun)
            if self.kb.country_form(tok.text) != "adjective":
                continue
            entity = self.kb.country(tok.text)
            if entity is not None and entity.country:
                return tok, entity.country
        return None

    def _movement_modifier(self, start: int, head: Any) -> tuple[Any, str, str] | None:
        """A movement's member word before a group noun ("Zapatista rebels", "Naxalite
        guerrillas", "Sandinista soldiers"): the word whose plural names one armed movement or
        party of the knowledge base ("Zapatistas", "Naxalites") gives that movement's state."""
        if start < 1:
            return None
        tok = self.doc[start - 1]
        if (
            tok.head.i != head.i
            or tok.dep_ not in ("compound", "amod", "nmod")
            or not tok.is_title
            or tok.i in self.country_at
            or not self._free(tok.i, start)
        ):
            return None
        countries = {
            e.country
            for e in self.kb.lookup(f"{tok.text}s", date=self.date)
            if e.kind == "org" and e.country and set(e.sectors) & _MOVEMENT_SECTORS
        }
        return (tok, countries.pop(), "movement") if len(countries) == 1 else None

    def _patron_group(self, start: int, head: Any) -> tuple[Any, str] | None:
        """ "pro-Russian separatists", "pro-Iran militias": a group backed by a foreign patron
        belongs to the country it fights in, the one other country the article names nearest."""
        tok = next(
            (c for c in head.children
             if start - 3 <= c.i < head.i and self._patron(c.i) and self.kb.country(c.text)),
            None,
        )  # fmt: skip
        if tok is None:
            return None
        patron = self.kb.country(tok.text).country
        others = [i for i, c in self.country_at.items() if c != patron]
        if not others:
            return None
        return self.doc[tok.i - 2], self.country_at[min(others, key=lambda i: abs(i - start))]
