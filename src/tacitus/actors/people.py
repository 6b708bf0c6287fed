"""People: full names the knowledge base knows and the titles before them ("US Secretary of
Defense Lloyd Austin"), unknown people with a title ("Interior Minister Juma Odhiambo", "Hamas
commander X") or a nationality ("American Aijalon Gomes"), and later bare surnames ("Austin",
"Mr. Netanyahu", "the Clinton administration"); names spelt another way than the KB's
("Viktor Yanukovich", "Prime Minister Netanyahou") through the spelling key of :mod:`.spelling`.

Reads: the knowledge-base spans, spaCy's PERSON entities, the story date (who held which
office). Writes: person mentions (``kb-person``, ``title``, ``agent`` with a name,
``demonym+name``, ``surname``, ``leader's government``); unknown people as ``blockers`` for
pronouns.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from ..nlp import ent_at, ents_of
from ..records import Actor
from .base import _ARMED, _country_actor, _DocBase, _Found, _member_sectors, _retext
from .kb import Entity, _norm, cameo_for
from .spelling import name_key
from .tables import _common_word, group_tables

#: Words that may stand in a title before a name ("Brig. Gen.", "Secretary of Defense").
TITLE_WORDS = frozenset(
    """secretary minister chief press defense defence foreign prime of state general gen. gen brig.
    brig maj. maj lt. lt col. col adm. adm admiral colonel major lieutenant captain capt. sgt.
    sergeant commander president vice chairman chairwoman leader supreme ambassador envoy
    spokesperson spokesman spokeswoman premier chancellor king queen emperor ayatollah mr. ms.
    mrs. dr. sen. rep. gov. senator representative deputy acting former top senior national
    security adviser advisor affairs external interior finance home cabinet armed forces war -
    secretary-general director foreign-minister air navy army marine corps ministry department
    office presidential white house . lawmaker legislator parliamentarian mp police governor mayor judge prosecutor commissioner speaker parliament economy
    economic trade justice health energy oil agriculture education industry labor labour
    transport information first attorney solicitor inspector auditor""".split()
)
#: Offices of an international body that a person named after them holds for the body
#: ("ECOWAS mediator X", "EU foreign policy chief X"): not "ambassador" (a state's envoy to
#: the body) nor "chairman"/"president" (a rotating chair a head of state holds).
_BODY_OFFICES = frozenset(
    {"mediator", "envoy", "negotiator", "representative", "chief", "commissioner",
     "secretary-general", "general", "facilitator", "spokesman", "spokeswoman", "spokesperson",
     "coordinator", "rapporteur", "investigator", "inspector", "inspectors", "official",
     "secretary"}
)  # fmt: skip
#: Words before a title that say whose side an unknown person is on ("Opposition lawmaker X",
#: "Rebel commander X"); a known person's title does not take them (_party_title reads them).
_SIDE_WORDS = frozenset({"opposition", "rebel", "militia", "insurgent", "separatist"})
#: Title words that carry no office on their own.
_TITLE_FILLERS = frozenset(
    ". of - acting former top senior deputy national mr. ms. mrs. dr. first".split()
)
_MILITARY_RANKS = frozenset(
    "general gen. gen brig. brig maj. maj lt. lt col. col adm. adm admiral colonel major "
    "lieutenant captain capt. sgt. sergeant commander".split()
)
#: Offices written with "general" after them that are no military rank ("Attorney General",
#: "Inspector General", "Secretary-General" is one token already).
_GENERAL_OFFICES = frozenset({"attorney", "solicitor", "inspector", "auditor", "secretary",
                              "governor", "director", "postmaster", "surgeon", "consul"})  # fmt: skip


def _has_rank(title: Any) -> bool:
    """Whether a title's words hold a military rank ("Brig. Gen.", "Colonel"); the "General" of
    an office ("Attorney General", "Inspector General") is none."""
    return any(
        t.lower_ in _MILITARY_RANKS
        and not (t.lower_ == "general" and t.i > 0 and t.nbor(-1).lower_ in _GENERAL_OFFICES)
        for t in title
    )


#: Nouns for a leader's government after the leader's surname ("the Clinton administration").
_REGIME_NOUNS = frozenset({"administration", "government", "regime", "cabinet", "junta"})
#: Courtesy titles before a surname ("Mr. Netanyahu", "Mrs Thatcher").
_HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "madame", "monsieur"})
#: Prepositions of place before a town ("police in Lagos"), and the size of a town that a lone
#: surname after one names rather than its bearer.
_TOWN_PREPS = frozenset({"in", "near", "outside", "around", "across", "throughout", "inside"})
_BIG_TOWN = 1_000_000
#: Titles of rank, religion and nobility before a surname that TITLE_WORDS lacks ("Sheikh
#: Tamim", "Pope Francis", "Taoiseach Martin").
_COURTESY_WORDS = frozenset(
    """sheikh sheik emir amir prince princess crown pope cardinal archbishop bishop rabbi imam
    mullah grand field marshal taoiseach tanaiste lord lady baron baroness comrade pastor father
    reverend rev hon honourable honorable madam senor señor herr frau don doña sultan shah tsar
    czar crown-prince caliph""".split()
)
#: Countries whose people are written family name first ("Lee Jae-myung" -> "Lee").
_FAMILY_NAME_FIRST = frozenset({"KOR", "PRK", "CHN", "TWN", "HKG", "MAC", "VNM", "KHM", "MNG"})
#: Entity labels of the tagger that rule a capitalised run out as a person's name.
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC", "NORP", "DATE", "TIME", "EVENT", "PRODUCT"})
#: Days after a term's end in which news still calls the person by the office ("President
#: Viktor Yanukovich" on the day parliament removed him).
_TERM_GRACE_DAYS = 31
#: Words that make a capitalised phrase a body, not a person's name ("British Petroleum Company").
_ORG_WORDS = frozenset(
    """airlines airways group church bank party company corporation corp union army navy front
    council agency institute university college museum league association federation times post
    news press radio television tv broadcasting motors petroleum oil gas energy telecom fund
    foundation society movement brigade brigades forces guard police court committee commission
    ministry assembly congress parliament senate club team house region republic state
    authority administration government services network daily review journal""".split()
)


def _short_forms(actor: Actor, entity: Entity | None) -> set[str]:
    """How a person named in full may be referred to later: surname, or the family name written
    first for Korean, Chinese, Vietnamese ... names."""
    words = (actor.name or "").split()
    if not words:
        return set()
    forms = {words[-1]}
    if entity is not None and entity.surname:
        forms.add(entity.surname)
    if actor.country in _FAMILY_NAME_FIRST and len(words) > 1:
        forms.add(words[0])
    return forms


#: Lower-case words inside people's names ("Mohammed bin Salman", "Ursula von der Leyen").
_NAME_PARTICLES = frozenset(
    "al el ad ar as ash at az an bin ibn bint abu abd de da das do dos du van von der den la le "
    "di del della y ul ud e ben ter zu af".split()
)


def _name_shaped(ent: Any) -> bool:
    """Whether a PERSON entity of the tagger is written as a name: no verb, and every word
    capitalised but name particles ("slammed Germany" is a verb and a country, not a person)."""
    for tok in ent:
        if tok.pos_ in ("VERB", "AUX"):
            return False
        if tok.is_alpha and tok.text[:1].islower() and tok.lower_ not in _NAME_PARTICLES:
            return False
    return True


def _within(end: str, day: str, days: int) -> bool:
    """Whether ``day`` (YYYY-MM-DD) falls on or after ``end`` (a date, maybe partial) and at most
    ``days`` days after it."""
    import datetime

    try:
        a = datetime.date.fromisoformat((end + "-01-01")[:10] if len(end) < 10 else end[:10])
        b = datetime.date.fromisoformat(day)
    except ValueError:
        return False
    return 0 <= (b - a).days <= days


class _People(_DocBase):
    """People named in full, with their titles; unknown people; later surnames."""

    def _people(self, spans) -> None:
        for start, end, entries in spans:
            people = [e for e, form in entries if e.kind == "person" and form != "surname"]
            if not people or not self._free(start, end):
                continue
            if end - start == 1 and (
                self._name_after(end) or self._other_name_before(start, people)
            ):
                continue  # "Novak Djokovic" is not Katalin Novak
            t_start, title = self._title(start)
            term, conf = self._pick_person(
                people, title or self._owner_tokens(start), list(self.doc[start:end])
            )
            if term is None:
                # the same full name for different people and nothing to tell them apart:
                # keep the mention unresolved (it still blocks pronouns) rather than guess
                self._take(_Found(t_start, end, "name", None))
                continue
            body = self._body_role(start)
            if body is not None and term.org is None:
                # "ECOWAS mediator Goodluck Jonathan", "UN human rights chief Michelle
                # Bachelet": the office the phrase names is the body's, not the person's state
                first, org = body
                actor = replace(
                    org, text=self.doc[first:end].text, name=term.name, entity_id=term.id,
                    wikidata=term.wikidata, start=self.doc[first].idx,
                    end=self.doc[end - 1].idx + len(self.doc[end - 1]),
                )  # fmt: skip
                self._take(_Found(first, end, "name", actor, term, term.role_key))
                continue
            actor = self._person_actor(term, t_start, end, "kb-person", conf)
            party = self._party_title(t_start, title) if self.date and title else None
            if party and term.org is None and actor.country:
                # "Likud leader Benjamin Netanyahu" in 2000: a party leader is the government
                # only while he holds an office on the story date
                if not any(t.in_office(self.date) for t in self.kb.terms(term.id)):
                    actor.sectors = party
                    actor.cameo_code = cameo_for(actor.country, party)
            if _has_rank(title) and "MIL" in actor.sectors:
                actor.sectors = ["MIL"] + [s for s in actor.sectors if s != "MIL"]
                if actor.country and term.org is None:
                    actor.cameo_code = cameo_for(actor.country, actor.sectors)
            self._take(_Found(t_start, end, "name", actor, term, term.role_key))

    def _body_role(self, start: int) -> tuple[int, Actor] | None:
        """An international body and an office of its written right before a name ("ECOWAS
        mediator", "UN envoy", "EU foreign policy chief", "NATO Secretary General"): (the
        body's first token, the body as an actor at the story date), else None. Not a state's
        envoy ("US envoy"), nor a state's ambassador to the body ("UN ambassador Nikki Haley"),
        nor a rotating chair a head of state holds ("AU chairman")."""
        i = start - 1
        if i < 0 or self.doc[i].is_punct:
            return None
        sent_start = self.doc[i].sent.start  # (the splitter may cut before the name)
        if self.doc[i].lower_ not in _BODY_OFFICES:
            return None
        if self.doc[i].lower_ == "general":
            if i - 1 < sent_start or self.doc[i - 1].lower_ not in ("secretary", "-"):
                return None
        j = i
        while j > sent_start and i - j < 5:
            tok = self.doc[j - 1]
            if (
                tok.lower_ in _BODY_OFFICES
                or tok.text == "-"
                or (tok.pos_ in ("NOUN", "ADJ") and tok.is_lower)
            ):
                j -= 1
                continue
            break
        for size in (3, 2, 1):
            if j - size < sent_start:
                continue
            chunk = self.doc[j - size : j]
            orgs = {
                e.id: e for e, f in self.kb.matches(chunk.text)
                if e.kind == "org" and self._case_ok(chunk.text, (e, f))
            }  # fmt: skip
            if len(orgs) != 1:
                continue
            dated = self.kb.on_date(next(iter(orgs.values())), self.date)
            if dated.country or not (dated.cameo_code or "").startswith("IGO"):
                return None
            if not self._free(j - size, start):
                return None
            actor = Actor(text=chunk.text, name=None, country=None,
                          sectors=list(dated.sectors), cameo_code=dated.cameo_code,
                          resolution="title", confidence=0.8)  # fmt: skip
            return j - size, actor
        return None

    def _variant_people(self) -> None:
        """A person's name the exact lookup missed because the agency spells it another way
        ("President Viktor Yanukovich", "Moammar Kadhafi", "Benjamin Netanyahou"): the spelling
        key of :mod:`.spelling`, tried only on a span the tagger calls a person (or a run of
        two or more capitalised proper nouns it tags as no place), and kept only when it picks
        one person serving at the story date (a term that covers it, or a known figure with no
        recorded term); among several such, the title's country or office decides, else
        nothing. Resolution ``kb-person`` at a lower confidence."""
        for start, end in self._name_runs():
            if not self._free(start, end):
                continue
            span = self.doc[start:end]
            if len(name_key(span.text).split()) < 2:
                continue  # one word: the surname rules decide ("Zelenskiy" after his full name)
            people = self.kb.spelled_like(span.text)
            if not people:
                continue
            last = {e.id for e, f in self.kb.matches(self.doc[end - 1].text) if f == "surname"}
            if last & {p.id for p in people} and all(
                len(w) == 1 for w in name_key(self.doc[start : end - 1].text).split()
            ):
                continue  # "President B.J. Habibie": initials; the exact surname rule knows him
            t_start, title = self._title(start)
            serving = [p for p in people if self._serving(p.id)]
            if not serving:
                continue
            term, _conf = self._pick_person(serving, title or self._owner_tokens(start), list(span))
            if term is None or not self._serving(term.id):
                continue
            actor = self._person_actor(term, t_start, end, "kb-person", 0.7)
            if _has_rank(title) and "MIL" in actor.sectors:
                actor.sectors = ["MIL"] + [s for s in actor.sectors if s != "MIL"]
                if actor.country and term.org is None:
                    actor.cameo_code = cameo_for(actor.country, actor.sectors)
            self._take(_Found(t_start, end, "name", actor, term, term.role_key))

    def _name_runs(self) -> list[tuple[int, int]]:
        """Token spans that may be a person's full name: the tagger's PERSON entities (less any
        title words it took in, and a closing "'s"), and runs of two to four capitalised proper
        nouns it tags as no place, date or nationality."""
        out: list[tuple[int, int]] = []
        for ent in ents_of(self.doc, "PERSON"):
            if not _name_shaped(ent):
                continue
            start, end = ent.start, ent.end
            while start < end and (
                self.doc[start].lower_ in TITLE_WORDS or self._is_country_token(start)
            ):
                start += 1
            while end > start and self.doc[end - 1].lower_ in ("'s", "'"):
                end -= 1
            if end - start >= 2:
                out.append((start, end))
        i, tokens = 0, self.tokens  # (the tokens made once, not a Token per index)
        while i < len(tokens):
            j = i
            while j < len(tokens) and self._name_word(tokens[j]):
                j += 1
            if 2 <= j - i <= 4 and (i, j) not in out:
                out.append((i, j))
            i = max(j, i + 1)
        return out

    def _name_word(self, tok: Any) -> bool:
        return (
            tok.pos_ == "PROPN"
            and tok.is_title
            and tok.ent_type_ not in _PLACE_LABELS
            and tok.lower_ not in TITLE_WORDS
            and tok.lower_ not in _ORG_WORDS
            and not self._is_country_token(tok.i)
        )

    def _serving(self, person_id: str) -> bool:
        """Whether the person holds an office at the story date (or left it within
        ``_TERM_GRACE_DAYS``), or is a known figure with no recorded term; without a date,
        whether any term is open."""
        terms = self.kb.terms(person_id)
        if any(not t.term_start and not t.term_end for t in terms):
            return True
        if self.date is None:
            return any(t.in_office(None) for t in terms)
        day = self.date[:10]
        for t in terms:
            if not t.term_start or t.term_start > day:
                continue
            if t.in_office(day) or (t.term_end and _within(t.term_end, day, _TERM_GRACE_DAYS)):
                return True
        return False

    def _owner_tokens(self, start: int) -> list[Any]:
        """The country words just before a name that carries no office title ("Jordan's King
        Abdullah", "Saudi King Abdullah"): they tell apart two people of one name."""
        sent_start = self.doc[start].sent.start
        i = start
        if i - 2 >= sent_start and self.doc[i - 1].lower_ == "'s":
            i -= 1
        if i - 1 >= sent_start and self._is_country_token(i - 1):
            return [self.doc[i - 1]]
        return []

    def _party_title(self, t_start: int, title: list[Any]) -> list[str] | None:
        """["OPP"] for "opposition leader X", ["PTY"] for "Likud leader X", "Labour Party leader
        X", "Congress party chief X" (a party in the title or just before it); else None."""
        sent_start = self.doc[t_start].sent.start
        before = list(self.doc[max(sent_start, t_start - 3) : t_start])
        if any(t.lower_ == "opposition" for t in [*before[-1:], *title]):
            return ["OPP"]
        chunks = [before[i:] for i in range(len(before))]
        chunks += [title[i:j] for i in range(len(title)) for j in range(i + 1, len(title) + 1)]
        for chunk in chunks:
            text = " ".join(t.text for t in chunk)
            for entity, _form in self.kb.matches(text):
                sectors = set(entity.sectors)
                if entity.kind == "org" and {"PTY", "OPP"} & sectors and "GOV" not in sectors:
                    return ["PTY"]  # not the party of a one-party state
        return None

    def _pick_person(
        self, people: list[Entity], title: list[Any], name: list[Any] = ()
    ) -> tuple[Entity | None, float]:
        """The person a full name means at the story date; (None, 0) when it stays ambiguous.

        Several people may share a name (across countries, or an IGO official and a minister):
        the title's country decides first, then who was in office at the story date, then
        whose office that day the name itself carries ("King Abdullah" in 2002 is Jordan's
        king, not the Saudi crown prince).
        """
        terms: list[Entity] = []
        for p in people:
            term = self.kb.term(p.id, self.date)
            if all(t.id != term.id for t in terms):
                terms.append(term)
        if len(terms) == 1:
            return terms[0], 0.95
        country = self._title_country(title) if title else None
        if country:
            same = [t for t in terms if t.country == country]
            if len(same) == 1:
                return same[0], 0.9
            terms = same or terms
        current = [t for t in terms if t.in_office(self.date)]
        if len(current) == 1:
            return current[0], 0.8
        words = {t.lower_ for t in [*title, *name]}
        titled = [
            t for t in current
            if any(r.role and set(r.role.lower().split()) <= words and r.in_office(self.date)
                   for r in self.kb.terms(t.id))
        ]  # fmt: skip
        if len(titled) == 1:
            return titled[0], 0.75
        return None, 0.0

    def _title(self, name_start: int) -> tuple[int, list[Any]]:
        """Extend left over title words; (new start, title tokens), unchanged without an office."""
        i = name_start
        sent_start = self.doc[name_start].sent.start
        while i > 0:
            tok = self.doc[i - 1]
            low = tok.lower_
            if i == sent_start:
                if not self._abbreviation_end(i - 1):
                    break
                sent_start = tok.sent.start  # "Brig. Gen." fooled the sentence splitter
            if low in TITLE_WORDS or (
                tok.text[:1].isupper()
                and (self._is_country_token(i - 1) or self._regional_country(tok))
            ):
                i -= 1
            elif low == "'s" and i - 2 >= sent_start and self._is_country_token(i - 2):
                i -= 1
            else:
                break
        while i < name_start and self.doc[i].lower_ in {"of", "-", "'s"}:
            i += 1
        title = list(self.doc[i:name_start])
        has_office = any(t.lower_ in TITLE_WORDS and t.lower_ not in _TITLE_FILLERS for t in title)
        if not has_office or not self._free(i, name_start):
            return name_start, []
        return i, title

    def _abbreviation_end(self, i: int) -> bool:
        """Whether token ``i`` ends a rank abbreviation ("Brig." or "Brig" + ".")."""
        low = self.doc[i].lower_
        if low == "." and i > 0:
            low = self.doc[i - 1].lower_ + "."
        return len(low) > 1 and low.endswith(".") and low in _MILITARY_RANKS

    def _is_country_token(self, i: int) -> bool:
        tok = self.doc[i]
        if self.kb.country(tok.text) is not None:
            return True
        return any(
            e.kind in ("metonym", "org") and e.country for e, _f in self.kb.matches(tok.text)
        )

    def _span_country(self, tokens: list[Any]) -> str | None:
        """The country named by the longest run of ``tokens`` ("South Korean" -> KOR)."""
        for size in range(len(tokens), 0, -1):
            for i in range(len(tokens) - size + 1):
                entity = self.kb.country(" ".join(t.text for t in tokens[i : i + size]))
                if entity is not None and entity.country:
                    return entity.country
        return None

    @staticmethod
    def _regional_country(tok: Any) -> str | None:
        """The state of a region's adjective in a title ("Scottish First Minister", "Catalan
        President"): sub-national leaders are coded with their state."""
        if not tok.text[:1].isupper():
            return None
        group = group_tables().ethnic.get(_norm(tok.text))
        return group.country if group is not None and group.kind == "regional" else None

    def _title_country(self, title: list[Any]) -> str | None:
        for size in range(len(title), 0, -1):
            for i in range(len(title) - size + 1):
                if _has_rank(title[i : i + size]):
                    continue  # "Col." is a colonel, not Colombia
                chunk = " ".join(t.text for t in title[i : i + size])
                for entity, _form in self.kb.matches(chunk):
                    if entity.country and entity.kind in ("country", "metonym"):
                        return entity.country
        return next((c for t in title if (c := self._regional_country(t))), None)

    def _titled_unknowns(self, agents) -> None:
        """PERSON entities not in the KB but with a title giving country and office."""
        for ent in ents_of(self.doc, "PERSON"):
            if not self._free(ent.start, ent.end):
                continue
            if self._known_surname(ent) or ent.text.lower() in TITLE_WORDS:
                continue
            if not _name_shaped(ent):
                continue  # "Poland's prime minister slammed Germany": a verb is no name
            last = ent.end - 1
            if not self.kb.matches(self.doc[last].text) and (
                len(ent) == 1 or self.doc[ent.start].lower_ in TITLE_WORDS
            ):
                self._variant_surname(last, ent.end)  # "President Yanukovich"
                if not self._free(ent.start, ent.end):
                    continue
            start, title = self._title(ent.start)
            if not title:
                continue
            if start > ent.sent.start and self.doc[start - 1].lower_ in _SIDE_WORDS:
                start -= 1  # "Opposition lawmaker X", "Rebel commander X"
                title = [self.doc[start], *title]
                prev = self.doc[start - 1] if start > ent.sent.start else None
                if prev is not None and prev.text[:1].isupper() and self._is_country_token(prev.i):
                    start -= 1  # "Syrian rebel commander X"
                    title = [prev, *title]
            country = self._title_country(title) or self._of_country(ent)
            sectors, role_key = self._title_sectors(title, agents)
            if country is None:
                # "Interior Minister Juma Odhiambo", "Army spokesman Col. Ali Hassan": the office
                # says the sector; the country comes later from the sentence or the article
                if not self._office_noun(title, agents) or self._kb_surname(ent[-1]):
                    continue  # "President B.J. Habibie": the surname rule knows him
                org = self._title_org(title, agents)
                if org is not None:  # "Hamas commander X", "UN envoy X": the body's
                    self._take(_Found(start, ent.end, "name", replace(
                        org, text=self.doc[start : ent.end].text, name=ent.text,
                        start=self.doc[start].idx, end=ent.end_char, resolution="title",
                        confidence=0.7), None, role_key))  # fmt: skip
                    continue
                self._take(_Found(start, ent.end, "name", self._named_agent(
                    self.doc[start : ent.end], ent.text, sectors), None, role_key))  # fmt: skip
                continue
            actor = _country_actor(
                self.doc[start : ent.end], country, sectors, "title", 0.75, name=ent.text
            )
            self._take(_Found(start, ent.end, "name", actor, None, role_key))

    def _kb_surname(self, tok: Any) -> bool:
        """Whether ``tok`` is the surname of a person the KB has in office at the story date
        ("President B.J. Habibie" in 1999): the surname rule resolves the name."""
        return any(
            f == "surname"
            and e.kind == "person"
            and self.kb.term(e.id, self.date).in_office(self.date)
            for e, f in self.kb.matches(tok.text)
        )

    def _title_org(self, title: list[Any], agents) -> Actor | None:
        """The organisation a title names ("Hamas commander", "UN envoy", "Likud lawmaker"), as
        an actor with its members' sectors at the story date; None when it names none."""
        first = title[0].i
        for size in range(min(len(title), 4), 0, -1):
            for i in range(len(title) - size + 1):
                chunk = self.doc[first + i : first + i + size]
                entries = self.kb.matches(chunk.text)
                orgs = {e.id: e for e, f in entries if e.kind == "org"
                        and self._case_ok(chunk.text, (e, f))}  # fmt: skip
                if len(orgs) != 1:
                    continue
                base = next(iter(orgs.values()))
                dated = self.kb.on_date(base, self.date)
                hit = next((h for j, h in agents.items() if chunk.end <= j < first + len(title)),
                           None)  # fmt: skip
                sectors = (_member_sectors(base, dated, hit[1]) if hit else None) or list(
                    dated.sectors
                )
                country = dated.country
                code = cameo_for(country, sectors) if country else dated.cameo_code
                if not code:
                    return None
                return Actor(text=chunk.text, name=None, country=country, sectors=sectors,
                             cameo_code=code, entity_id=None if country else base.id,
                             resolution="title", confidence=0.7)  # fmt: skip
        return None

    def _office_noun(self, title: list[Any], agents) -> bool:
        """Whether a title holds a role noun of the agent table or a military rank (not only
        "Mr." or an unknown word like "Chairman")."""
        first, last = title[0].i, title[-1].i + 1
        return _has_rank(title) or any(
            first <= i < last and hit[0] <= last and hit[1].sectors for i, hit in agents.items()
        )

    def _of_country(self, ent: Any) -> str | None:
        """The country a name is placed in right after it: "Juma Odhiambo of Kenya"."""
        end = ent.end
        if end + 1 < len(self.doc) and self.doc[end].lower_ in ("of", "from"):
            return self._country_at_token(end + 1)
        return None

    def _country_at_token(self, i: int) -> str | None:
        """The country a country name, adjective or capital at token ``i`` names."""
        for size in (3, 2, 1):
            chunk = self.doc[i : i + size]
            if len(chunk) == size:
                entity = self.kb.country(chunk.text)
                if entity is not None and entity.country and chunk.text[:1].isupper():
                    return entity.country
        return None

    def _named_agent(self, span: Any, name: str | None, sectors: list[str]) -> Actor:
        """An unknown person whose office gives sectors but no country (yet): kept as an agent
        with a name, for the sentence's or the article's country to fill in."""
        return Actor(
            text=span.text,
            name=name,
            sectors=list(sectors),
            start=span.start_char,
            end=span.end_char,
            resolution="agent",
            confidence=0.45,
        )

    def _known_surname(self, ent: Any) -> bool:
        return len(ent) == 1 and any(f == "surname" for _e, f in self.kb.matches(ent.text))

    def _title_sectors(self, title: list[Any], agents) -> tuple[list[str], str | None]:
        sectors: list[str] = []
        role_key = None
        first = title[0].i
        i = first
        while i < first + len(title):
            hit = agents.get(i)
            if hit and hit[0] <= first + len(title):
                sectors = sectors or list(hit[1].sectors)
                role_key = role_key or hit[1].role_key
                i = hit[0]
            else:
                i += 1
        if _has_rank(title) and not _ARMED & set(sectors):
            sectors = ["MIL"] + [s for s in sectors if s != "MIL"]  # not "rebel commander"
        return sectors or ["GOV"], role_key

    def _unknown_persons(self) -> None:
        for ent in ents_of(self.doc, "PERSON", "ORG"):
            if (
                ent.label_ == "PERSON"
                and self._free(ent.start, ent.end)
                and not self._known_surname(ent)
                and _name_shaped(ent)
            ):
                if not self._demonym_person(ent):
                    self.blockers.append(ent.start)
            elif (
                ent.label_ == "ORG"
                and len(ent) in (3, 4)
                and self._free(ent.start, ent.end)
                and all(t.pos_ == "PROPN" and t.is_title and t.is_alpha for t in ent)
                and not any(t.lower_ in _ORG_WORDS or t.lower_ in TITLE_WORDS for t in ent)
            ):
                self._demonym_person(ent)  # "American Aijalon Gomes" tagged as an ORG

    def _demonym_person(self, ent: Any) -> bool:
        """ "North Korea freed American Aijalon Gomes": a nationality right before an unknown
        person's name makes the person one of that country's civilians (taken; True)."""
        start = ent.start
        if len(ent) > 1 and self.kb.country_form(ent[0].text) == "adjective":
            start += 1  # the tagger put "American" inside the name
        elif start > 0 and self.kb.country_form(self.doc[start - 1].text) == "adjective":
            start -= 1
        else:
            return False
        word = self.doc[start] if start < ent.start else ent[0]
        if not (word.is_alpha and word.is_title and self._free(word.i, word.i + 1)):
            return False
        if start < ent.start and start > 0 and self.doc[start - 1].pos_ in ("ADJ", "PROPN"):
            return False  # "South Korean", "Greek Cypriot": a longer phrase
        name_start = ent.start + 1 if start == ent.start + 1 else ent.start
        if ent.end - name_start < 2:
            return False  # a full name, not "American Smith"
        entity = self.kb.country(word.text)
        if entity is None or not entity.country:
            return False
        first = min(start, ent.start)
        actor = _country_actor(self.doc[first : ent.end], entity.country, ["CVL"],
                               "demonym+name", 0.6, name=self.doc[name_start : ent.end].text)  # fmt: skip
        self._take(_Found(first, ent.end, "name", actor))
        return True

    def _short_name(self, start: int, end: int, people: list[Entity], seen: list[_Found]) -> None:
        """A bare surname ("Austin", "Lee"): the person the article introduced with that name;
        else, at lower confidence, the one person in the KB with that surname if in office at the
        story date. A surname shared by several people ("Kim", "Lee", "Khan") that the article did
        not introduce stays unresolved."""
        if end < len(self.doc) and self.doc[end].pos_ == "PROPN" and self.doc[end].is_title:
            return  # part of a longer name ("Teodoro Locsin", "Lee Sang-min")
        if self._other_name_before(start, people) or self._hyphened(start, end):
            return  # "Lockheed Martin", "Goldman Sachs", "Rostov-on-Don": another name
        if end < len(self.doc) and self.doc[end].lower_ in _REGIME_NOUNS and people:
            # "the Clinton administration", "the Mubarak regime": the leader's government;
            # the Bushes and the Clintons are one country's either way
            countries = {p.country for p in people if p.country}
            if len(countries) == 1:
                span = self.doc[start : end + 1]
                actor = _country_actor(span, countries.pop(), ["GOV"], "leader's government", 0.75)
                self._take(_Found(start, end + 1, "role", actor))
                return
        word = self.doc[start:end].text
        ids = {p.id for p in people}
        for f in reversed(seen):
            if f.start >= start:
                continue
            a = f.actor
            if a is None or not a.name:
                continue
            if (f.entity is not None and f.entity.id in ids) or word in _short_forms(a, f.entity):
                conf = 0.9 if f.entity is not None else round(a.confidence * 0.9, 3)
                self._take_short(start, end, a, f.entity, conf, seen)
                return
            if not people and f.entity is not None and self._spelled_as(word, a, f.entity):
                # "Viktor Yanukovych ... Yanukovich said": the person named earlier, spelt
                # another way
                self._take_short(start, end, a, f.entity, 0.8, seen)
                return
        if not people:
            self._variant_surname(start, end)
            return
        if not self._lone_name(start, end):
            return
        if self._big_town_after_preposition(start, end):
            return  # "police in Lagos": the city, not Chile's President Lagos
        if self.tables.surname_counts.get(_norm(word), 0) != 1 or len(ids) != 1:
            # several people carry the surname: the one of them in office that day, where an
            # office title names him ("President Clinton" in 1999, not the later Secretary of
            # State) or the name is rare (at most three bearers: "Bush", "Aliyev")
            terms = [self.kb.term(i, self.date) for i in sorted(ids)]
            serving = [t for t in terms if t.in_office(self.date)]
            titled = self._title(start)[0] < start
            if len(serving) == 1 and (titled or len(ids) <= 3):
                self._take_short(start, end, self._person_actor(serving[0], start, end,
                                 "surname", 0.5), serving[0], 0.5, seen)  # fmt: skip
            return
        term = self.kb.term(people[0].id, self.date)
        if term.in_office(self.date):
            self._take_short(start, end, self._person_actor(term, start, end, "surname", 0.5),
                             term, 0.5, seen)  # fmt: skip
        elif start > 0 and self.doc[start - 1].lower_.rstrip(".") in _HONORIFICS:
            # "Mr. Netanyahu" out of office: an honorific says a person is meant, and the KB
            # knows one person of that surname
            self._take_short(start, end, self._person_actor(term, start, end, "surname", 0.5),
                             term, 0.5, seen)  # fmt: skip

    def _name_after(self, end: int) -> bool:
        """Whether a capitalised proper noun right after a one-word name continues it ("Novak
        Djokovic"): no title, office or body word, no country word."""
        if end >= len(self.doc):
            return False
        nxt = self.doc[end]
        if nxt.pos_ != "PROPN" or not nxt.is_title or not nxt.is_alpha or nxt.is_sent_start:
            return False
        low = nxt.lower_
        if low in TITLE_WORDS or low in _ORG_WORDS or low in _REGIME_NOUNS:
            return False
        return not (self.kb.agent(low) is not None or self._is_country_token(end))

    def _other_name_before(self, start: int, people: list[Entity]) -> bool:
        """Whether a capitalised word right before a surname makes it part of another name
        ("Lockheed Martin", "Goldman Sachs", "George Martin"): a proper noun in the same
        sentence that is no title, honorific or role noun, no country word, date or place, and
        no given name of the KB's people of that name (spelt any way: "Michael Martin")."""
        if start == 0:
            return False
        prev = self.doc[start - 1]
        if prev.pos_ != "PROPN" or not prev.is_title or not prev.is_alpha:
            return False
        low = prev.lower_
        if low in TITLE_WORDS or low in _HONORIFICS or low in _COURTESY_WORDS:
            return False
        if prev.ent_type_ in _PLACE_LABELS:
            return False
        key = name_key(prev.text)
        if any(key in self.tables.given_names.get(p.id, ()) for p in people):
            return False
        if self._title(start)[0] < start or self.kb.agent(low) is not None:
            return False
        return not self._is_country_token(start - 1)

    def _hyphened(self, start: int, end: int) -> bool:
        """Whether a name is glued by a hyphen to a lower-case word before it ("Rostov-on-Don",
        "Stratford-upon-Avon"): part of a compound word, not a person; a name particle
        ("el-Sisi", "al-Assad") is part of the name. Glued to a capitalised word that names
        nobody we know ("Ruslan Bakr-Ali") it is the end of a double-barrelled name, not a
        surname of its own; two known names glued ("the Trump-Kim summit") stay names."""
        doc = self.doc
        if start < 2 or doc[start - 1].text != "-":
            return False
        word = doc[start - 2]
        if word.whitespace_ or doc[start - 1].whitespace_ or not word.is_alpha:
            return False
        if word.lower_ in _NAME_PARTICLES:
            return False
        return word.text.islower() or word.is_title and not self.kb.matches(word.text)

    @staticmethod
    def _spelled_as(word: str, actor: Actor, entity: Entity) -> bool:
        """Whether a one-word name is another spelling of a known person's short form."""
        if len(word) < 4 or not word[:1].isupper():
            return False
        key = name_key(word)
        return bool(key) and any(name_key(f) == key for f in _short_forms(actor, entity))

    def _variant_surname(self, start: int, end: int) -> None:
        """A titled surname spelt another way than the KB's ("President Yanukovich", "Prime
        Minister Netanyahou") that the article did not introduce: the one person with that
        surname's spelling key who serves at the story date in an office the title names."""
        word = self.doc[start:end].text
        if end - start != 1 or len(word) < 4 or _common_word(word.lower()):
            return
        tok = self.doc[start]
        if tok.pos_ != "PROPN" or not tok.is_title or tok.ent_type_ in _PLACE_LABELS:
            return
        if self._is_country_token(start):
            return  # "Cameroon" is not Cameron
        t_start, title = self._title(start)
        if not title or self.date is None:
            return
        words = {t.lower_ for t in title}
        people = [p for p in self.kb.spelled_like(word, surname=True) if self._serving(p.id)]
        if len(people) != 1:
            return
        term = self.kb.term(people[0].id, self.date)
        roles = [t for t in self.kb.terms(term.id) if t.role and self._serving_term(t)]
        if not any(set(r.role.lower().split()) <= words for r in roles):
            return  # the title must name the office he holds
        actor = self._person_actor(term, start, end, "surname", 0.5)
        self._take_short(start, end, actor, term, 0.5, [])

    def _serving_term(self, t: Entity) -> bool:
        day = (self.date or "")[:10]
        if not day or not t.term_start or t.term_start > day:
            return False
        return t.in_office(day) or bool(t.term_end and _within(t.term_end, day, _TERM_GRACE_DAYS))

    def _big_town_after_preposition(self, start: int, end: int) -> bool:
        """A lone surname that the article did not introduce, standing as the object of a
        preposition of place ("police in Lagos", "gunmen near Mosul") where the gazetteer knows
        a city of a million people by that name: the city is meant, not the person."""
        tok = self.doc[end - 1]
        if end - start != 1 or tok.dep_ != "pobj" or tok.head.lower_ not in _TOWN_PREPS:
            return False
        from ..places import Gazetteer

        gazetteer = Gazetteer.default()
        place = gazetteer.best(tok.text)
        if place is None or not place.country or place.precision != "city":
            return False
        return gazetteer.population(tok.text, place.country) >= _BIG_TOWN

    def _lone_name(self, start: int, end: int) -> bool:
        """Whether doc[start:end] stands alone as a name: a proper noun that the tagger calls a
        person, tags as nothing, or tags (often wrongly: "spoke with Biden" → GPE) as an entity
        of exactly these words; never part of a longer entity ("Boko" in "Boko Haram"). A
        capitalised surname the small tagger calls a common noun ("Trump met Putin", "Trump
        said") passes too, see ``_untagged_name``."""
        if self.doc[start].pos_ != "PROPN" and not self._untagged_name(start, end):
            return False
        label = self.doc[start].ent_type_
        if label in ("PERSON", ""):
            return True
        ent = ent_at(self.doc, start)
        return ent is not None and (ent.start, ent.end) == (start, end)

    def _untagged_name(self, start: int, end: int) -> bool:
        """A one-word KB surname, spelt exactly as in the data and standing as a noun phrase of
        its own, that the tagger calls a common noun: at the start of a sentence ("Trump met
        Putin", where the small model often tags "Trump" NN or ORG); elsewhere only when the
        tagger calls it a name entity and it is no ordinary English verb or adjective ("trump",
        "bush", "brown"). The caller still wants the one such person in office that day."""
        tok = self.doc[start]
        if end - start != 1 or not tok.is_title or tok.pos_ not in ("NOUN", "ADJ", "X"):
            return False
        if tok.tag_ in ("NNS", "NNPS") or tok.dep_ in ("compound", "amod", "nmod"):
            return False  # "Rice prices", "Bush fires": a modifier, not a person
        if tok.text not in self.tables.surfaces.get(_norm(tok.text), ()):
            return False
        if any(c.dep_ in ("det", "amod", "compound") for c in tok.children):
            return False  # "the trump card"
        first = tok.is_sent_start or (
            start > 0 and self.doc[start - 1].is_sent_start and self.doc[start - 1].is_quote
        )
        if first:
            return True
        return tok.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") and not _common_word(tok.lower_)

    def _take_short(self, start, end, a: Actor, entity: Entity | None, conf, seen) -> None:
        t_start, _title = self._title(start)
        actor = _retext(a, self.doc[t_start:end], "surname", conf)
        found = _Found(t_start, end, "name", actor, entity, entity.role_key if entity else None)
        self._take(found)
        seen.append(found)
