"""The ``mentions & actors`` stage: find actor mentions in each article and resolve them.

Spans come from a spaCy PhraseMatcher over the knowledge-base aliases and role nouns (built once
per process and vocabulary), spaCy's PERSON entities and a few parse cues. Then, in reading order:

* titled names ("US Secretary of Defense Lloyd Austin") become one mention of the person
  (``kb-person``), or of an unknown person with the title's country and sectors (``title``);
  a title with an office but no country ("Interior Minister Juma Odhiambo") keeps the sector
  and takes the country the way bare state bodies do (below), or none; a body in the title
  ("Hamas commander X") gives its own; a name beside its office ("Ahmed Hafez, a spokesman for
  the Egyptian foreign ministry", "the ministry's spokesman, X", "X, who heads the army") takes
  the office's resolution (``apposition``);
* a name the exact lookup misses because it is spelt another way ("President Viktor
  Yanukovich", "Moammar Kadhafi") resolves through the spelling key of :mod:`.spelling` when
  one person serving at the story date fits (``kb-person``, lower confidence); a later
  "Yanukovich" follows the person named earlier;
* later surnames ("Austin") resolve to a person named earlier (``surname``);
* he/she/his/her resolve to the latest person in the same or previous sentence (``coref-pronoun``);
  "He"/"She" opening a sentence (outside a quotation) to the latest person who was the subject
  of an earlier sentence, up to three back; a person once called "he" is not "she";
* "the press secretary" resolves to the article's person with that role (``coref-role``);
* "his Japanese counterpart" takes the country from the adjective and the role from the
  possessor, and the officeholder at the article date where known (``counterpart``);
* countries, capitals and institutions as metonyms, organisations and armed groups, and
  nationality + role noun ("South Korean military" → KOR MIL, ``demonym+agent``; also a few
  words before it: "Russian energy firms");
* group nouns after an ethnic, religious or regional modifier ("Kurdish rebels", "Greek Cypriot
  negotiators", "Shiite militiamen" in a story about Iraq) take the group's state
  (``ethnic+agent``; data/ethnic_groups.tsv, data/group_nouns.tsv);
* state bodies and the opposition placed in a country or capital ("officials in Kabul",
  "opposition parties in Seoul") take it (``agent-in-place``);
* coordinated nationalities share the role noun ("Chinese and Russian bombers": CHN MIL, RUS MIL),
  also a state body's name ("Indian and Pakistani army commanders") and an ethnic modifier
  ("Greek and Turkish Cypriot leaders": two groups of Cyprus);
* a movement's member word before a group noun ("Zapatista rebels", "Naxalite guerrillas"), whose
  plural names one armed movement or party, gives that movement's state (``movement+agent``);
  a people named by place and faith ("Kashmiri Muslims") and a political movement's people
  ("Nepal's Maoists") are the state's (``ethnic-people``); people at a workplace named by its
  state ("workers at South Korean shipyards") and armed men "based in" a state are that
  state's (``agent-in-place``);
* a state's body named by a word another state's body owns, qualified by the state ("the
  Norwegian Labour Party", "the Nigeria Labour Congress"), is the qualifier's; a body's one-word
  name ending a person's name ("Edmond Pope") is no body; an armed movement's arm in a state
  ("the Islamic State's affiliate in Mozambique") is that state's (``affiliate``); an office of
  an organisation ("the prosecutor of the International Criminal Court") is the
  organisation's (``office-of-org``); a crowd or body at a square the gazetteer places ("in
  Tiananmen Square") is of its state; "local police" of the one state whose place its sentence
  names (``local-place``);
* a place word shared across a coordination of peoples ("Bosnian Serb and Croat leaders",
  "Bosnian Croat and Muslim forces") makes each conjunct that place's people (BIH), not the
  state a bare "Croat" names (``ethnic+agent``);
* an institution named after its city ("Oxford University", "Seoul National University
  students", "Cairo University") is of the city's state when the gazetteer reads the first
  words as a city of 100,000 or more, or as a capital (``agent-in-place``; not "Harvard
  University", nor a town written with another region: "Oxford, Mississippi");
* a court its own words call international ("a UN-backed court in the Netherlands", "an
  arbitral tribunal", "the Hague tribunal") is an international body, not the state it sits
  in; "a Bangladeshi war crimes tribunal" and "a court in The Hague" in a Dutch case keep
  their state (``org``, ``demonym+agent``);
* "the 27-nation bloc", "the 32-member alliance" refer back to the latest bloc or alliance
  named, else to the EU or NATO when that was its size at the story date (``coref-group``);
* groups of states ("the West", "the Gulf states") are region actors with no country
  (data/organizations/regions.tsv), unless named as a place or inside a longer name;
* a bare state body or armed group ("the government", "the rebels") in a sentence that names one
  country only, before it and not as the one acting on it, takes it (``sentence-country``);
* an unknown titled person with no nationality ("President Petro Ivanenko") takes the one state
  its sentence names before it, unless that state acts on the person from outside
  (``title-sentence-country``);
* a bare body, crowd or armed group placed by its own phrase in a town, region or landmark of
  one state ("Soldiers in Yangon" acting on its people, "doctors at hospitals in Myanmar",
  "militants in the Niger Delta") or named with a town as its modifier ("Milan magistrates",
  "Karachi police") is of that state; crowds, workers and farmers acting in the places of one
  state only ("drove tractors into central Lyon"), and armed men acting in them ("stormed a
  studio in Guayaquil", "shot by a gunman in the town of Handlova"), too (``agent-in-place``);
  bare people a domestic actor acts on in a sentence of one state are that state's
  (``sentence-country``); a country word inside a longer landmark of another state or none
  ("the Niger Delta", "Lake Chad", "the Congo Basin") is no state;
* a bare state body that acts on one of the two states its sentence names ("the regime accused
  Washington") is the other one (``other-country``); "the coalition" after "a Saudi-led
  coalition" is that coalition (``coref-group``);
* "the ministry" again takes the body of the same noun resolved in this or the two sentences
  before (``coref-role``); troops or police in a clause their own force reports ("an Israeli
  army spokesman said troops ...") take its country (``reporter-country``), forces "led by"
  a state take it (``led-by``); a subject "it" is the singular state or body that is the
  subject of the clause reporting or governing its own ("Moscow said it would ...", or the
  object of "urged X to ..."), an opening "It" the previous sentence's main subject
  (``coref-pronoun``; never inside a quotation, an expletive "it is unclear", "what it
  called" or "it might"); a bare body owned by "its"/"his"/"her" as a subject ("its
  military", "his country"; not a weapon, not an envoy) takes the owner's state
  (``possessor-country``, ``coref-country``); "he"/"his" in a reported clause is its
  reporter when that person is known; a person's followers and retinue ("his supporters",
  "two of her Sikh bodyguards", "his aides") are the person's country (``followers``), read
  again after the placing parts for a person only they gave a country;
* a group named by a movement the knowledge base lacks ("Sendero guerrillas") that acts on the
  own government, police, courts or army of the one state its sentence names is that state's
  (``sentence-country``; not fire aimed at an army, which may cross a border);
* bare state bodies ("police", "the government") in a local story take the dateline's country
  (``dateline-country``), or without a dateline the country the article is mostly about
  (``article-country``), never the state they act on; a capital's dateline counts as naming its
  state, and a body whose verb acts on every other state the story (or its own sentence)
  names is the dateline's;
  bare armed men ("Troops opened fire", "Rebels seized", "gunmen") that act in a story about
  the dateline's state alone take it too; bare crowds and groups of a sentence that names no
  other state take it in a local story, armed men among them when they strike that state's
  own bodies ("SUVA - Armed men stormed parliament and took the prime minister hostage"), or
  when they fire into the one other state their sentence names ("GAZA - Militants fired
  rockets into southern Israel"); elsewhere bare role nouns ("militants", "forces")
  keep sectors only and no country, so no event is coded for them. The dateline itself (its
  agency, "(Reuters)") is no antecedent and no story country.

* a KB person named after an office of an international body ("ECOWAS mediator Goodluck
  Jonathan", "UN human rights chief Michelle Bachelet") acts for the body (``title``), not for
  the state the knowledge base gives him; "Nigerian President Goodluck Jonathan" keeps his;
* "Serb" as a modifier ("Serb forces", "Serb gunners") names Bosnia's Serbs (BIH) where the
  sentence, or else the story, places the act in Bosnia alone, Croatia's (HRV) in Croatia
  (Knin, Vukovar); in Kosovo, or with two of those lands named, it stays Serbia's
  (``ethnic+agent``);
* an ethnic group noun followed by the people it names ("Kurdish leaders Massoud Barzani and
  Jalal Talabani") takes their state when it is one of the group's;
* a subject "they" of a clause a plural body reports ("Police in Nairobi said they had
  arrested ...") is that body (``coref-pronoun``); police or armed men reporting such a
  clause are placed by it ("Police said they arrested five suspects in Karachi"), and a verb
  sharing its subject places a crowd too ("blocked highways and occupied the airport in
  Andahuaylas"); plural governors and mayors are placed like crowds;
* a one-word body capitalised as a sentence's first word ("The Army said", "MOGADISHU -
  Militants fired") is read like its lower-case form, not as a name ("The Army of Islam" is).

First-person pronouns inside quotations are resolved by the quotes stage (``quote-speaker``).

Unknown people named without a title are not resolved (and block pronoun resolution).

The stage's parts live beside it: :mod:`.tables` (package data and matchers, read once per
process), :mod:`.base` (the per-document state), :mod:`.people`, :mod:`.ethnic`, :mod:`.bodies`,
:mod:`.placing` and :mod:`.references` (the parts of the per-document resolver, mixins that
:meth:`_DocResolver.run` puts in order) and :mod:`.story` (the article-level passes). This
module keeps the stage, :func:`resolve_doc`, :func:`resolve_text` and every name other modules
import from it.
"""

from __future__ import annotations

from typing import Any

from ..ingest.text import dateline_end
from ..nlp import text_of
from ..pipeline import stages
from ..records import Analysis, Mention
from .base import _ARMED, _Found, iter_actors, resolved_actor
from .ethnic import MODIFIER_PREFIXES, prefixed_modifier
from .kb import Entity, KnowledgeBase, as_of, cameo_for
from .occupied import ARTICLE_DATE, occupier
from .people import TITLE_WORDS
from .placing import _AIM_PREPS, _FIRE_VERBS
from .references import _References
from .story import (
    _bare_congress,
    _dateline_names,
    dateline_capital,
    dateline_country,
    home_agents,
    home_congress,
    main_country,
    sentence_congress,
    settle_named,
)
from .tables import EthnicGroup, GroupTables, _tables, group_tables
from .tables import _common_word as _common_word  # tests import it from here

__all__ = [
    "MODIFIER_PREFIXES",
    "TITLE_WORDS",
    "EthnicGroup",
    "GroupTables",
    "ResolveActors",
    "dateline_country",
    "group_tables",
    "home_agents",
    "home_congress",
    "iter_actors",
    "lookup_name",
    "main_country",
    "prefixed_modifier",
    "resolve_doc",
    "resolve_text",
    "resolved_actor",
    "sentence_congress",
    "settle_named",
]


@stages.register("tacitus.actors.resolve.v1")
class ResolveActors:
    """Fill ``analysis.mentions`` with resolved actor mentions, sorted and non-overlapping."""

    name = "tacitus.actors.resolve.v1"
    reads = ("article", "doc", "sentences")
    writes = ("mentions",)

    def __init__(self, *, kb: KnowledgeBase | None = None) -> None:
        self.kb = kb or KnowledgeBase.default()

    def __call__(self, batch: list[Analysis]) -> None:
        for analysis in batch:
            starts = [s.start for s in analysis.sentences]
            indexes = [s.index for s in analysis.sentences]
            # the dateline ("MANILA --") says where the story was filed; it is not an actor
            filed = dateline_end(analysis.article.text)
            home = dateline_country(analysis.article.text, filed) if filed else None
            places: dict[str, int] = {}
            mentions = resolve_doc(
                analysis.doc,
                article_id=analysis.article.id,
                date=analysis.article.date,
                kb=self.kb,
                sentence_starts=starts,
                sentence_indexes=indexes,
                body_start=filed,
                dateline_home=home,
                places=places,
            )
            kept = [m for m in mentions if m.start >= filed]
            if home is not None:
                line = analysis.article.text[:filed]
                named = _dateline_names(line, home, self.kb)
                capital = dateline_capital(line, home, self.kb)
                home_agents(
                    kept, home, analysis.doc, dateline_named=named, dateline_capital=capital
                )
                home_congress(kept, home)
                home_groups(kept, home, analysis.doc)
            else:
                # a bare "Congress" does not make the story American
                home = main_country([m for m in kept if not _bare_congress(m)])
                if home is None:
                    home = place_country(kept, places)
                if home is not None:  # no dateline: the country the article is about
                    home_agents(kept, home, analysis.doc, how="article-country")
                    home_congress(kept, home, how="article-country")
            sentence_congress(kept)
            settle_named(kept)
            for m in kept:
                if m.actor is not None:  # Kosovo in 1999 is Serbia's (data/successions.tsv)
                    as_of(m.actor, analysis.article.date)
            analysis.mentions = kept


#: Sectors of the bare groups a dateline places: crowds, workers, clergy, students, gunmen,
#: militants, rebels ("SUVA - Armed men stormed parliament"); not armies, which
#: :func:`home_agents` reads with more care, nor international bodies.
_HOME_GROUPS = frozenset(
    {"CVL", "OPP", "LAB", "EDU", "AGR", "REL", "MED", "HLH", "REF", "REB", "INS", "SEP", "RAD",
     "CRM"}
)  # fmt: skip


def home_groups(mentions: list[Mention], home: str, doc: Any) -> None:
    """Bare groups ("Armed men", "gunmen", "protesters", "farmers") under a dateline take its
    country (``dateline-country``) in a local story (the dateline's state at least half of
    the states its mentions name, and more than any other) when their sentence names no other
    state: "SUVA - Armed men stormed parliament" is Fijian; armed men only when they strike
    that state's own bodies or people (not "BANGUI - Armed men looted shops": raiders may come
    from abroad, nor rockets fired into it). Armed men firing into the one other state their
    sentence names are the dateline's side, local story or not ("GAZA - Militants fired
    rockets into southern Israel"). Never bare "forces" or armies (see :func:`home_agents`)."""
    counts: dict[str, int] = {}
    for m in mentions:
        a = m.actor
        if a is not None and a.country and a.resolution not in _SENTENCE_READ:
            counts[a.country] = counts.get(a.country, 0) + 1
    total = sum(counts.values())
    own = counts.get(home, 0)
    others = max((n for c, n in counts.items() if c != home), default=0)
    local = not total or own * 2 >= total and own > others
    for m in mentions:
        a = m.actor
        if a is None or a.resolution != "agent" or a.country or a.cameo_code:
            continue
        if m.kind == "name" or not a.sectors or not set(a.sectors) <= _HOME_GROUPS:
            continue
        armed = bool(set(a.sectors) & _ARMED)
        same = [o for o in mentions if o is not m and o.sentence_index == m.sentence_index]
        foreign = [o for o in same if o.actor is not None and o.actor.country not in (None, home)]
        aimed = _aimed_at(doc, m)
        if foreign:
            targets = {o.actor.country for o in foreign}
            if not armed or len(targets) != 1 or not any(o.start in aimed for o in foreign):
                continue  # "Protesters in Lagos denounced Ghana": whose crowd is open
        elif not local:
            continue
        elif armed and not _strikes_home(doc, m, same, home, aimed):
            continue
        a.country, a.cameo_code = home, cameo_for(home, a.sectors)
        a.resolution, a.confidence = "dateline-country", 0.5


def _clause_head(doc: Any, m: Mention) -> Any:
    """The verb whose subject a mention is (through coordination: "police and soldiers
    stormed"), or None."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand") if doc is not None else None
    if span is None:
        return None
    top = span.root
    while top.dep_ == "conj" and top.head.i != top.i:
        top = top.head
    return top.head if top.dep_ == "nsubj" else None


def _aimed_at(doc: Any, m: Mention) -> set[int]:
    """Character offsets of what a subject fires at ("fired rockets into southern Israel",
    "launched mortars at the town"): a target, not where the shooters are."""
    verb = _clause_head(doc, m)
    if verb is None:
        return set()
    out: set[int] = set()
    for v in (verb, *(c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB")):
        if v.lemma_.lower() not in _FIRE_VERBS:
            continue
        for c in (*v.children, *(t for d in v.children if d.dep_ == "dobj" for t in d.children)):
            if c.dep_ == "prep" and c.lower_ in _AIM_PREPS:
                out |= {t.idx for t in c.subtree}
    return out


def _strikes_home(doc: Any, m: Mention, same: list[Mention], home: str, aimed: set[int]) -> bool:
    """Whether bare armed men are the subject of a clause that acts on the dateline's own
    state's bodies or people ("Armed men stormed parliament and took the prime minister
    hostage"): an attack on the state from within it, not rockets fired into it."""
    verb = _clause_head(doc, m)
    if verb is None:
        return False
    verbs = [verb, *(c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB")]
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    own = {t.idx for t in span.root.subtree}
    acted = {t.idx for v in verbs for t in v.subtree} - own - aimed
    return any(o.start in acted and o.actor is not None and o.actor.country == home for o in same)


#: Resolutions of mentions whose country was read off their sentence (they do not name it).
_SENTENCE_READ = ("agent", "sentence-country", "title-sentence-country")


def resolve_text(
    nlp: Any, text: str, *, date: str | None = None, kb: KnowledgeBase | None = None
) -> list[Mention]:
    """Run ``nlp`` over ``text`` and return its resolved actor mentions (for tests and the CLI)."""
    mentions = resolve_doc(nlp(text), article_id="text", date=date, kb=kb)
    settle_named(mentions)
    return mentions


def lookup_name(name: str, *, date: str | None = None) -> list[Entity]:
    """Knowledge-base entities for a name, people as their term at ``date`` (for ``kb lookup``)."""
    return KnowledgeBase.default().lookup(name, date=date)


def resolve_doc(
    doc: Any,
    *,
    article_id: str,
    date: str | None = None,
    kb: KnowledgeBase | None = None,
    sentence_starts: list[int] | None = None,
    sentence_indexes: list[int] | None = None,
    body_start: int = 0,
    dateline_home: str | None = None,
    places: dict[str, int] | None = None,
) -> list[Mention]:
    """Resolved actor mentions of a spaCy Doc; sentence indexes follow ``doc.sents`` by default.
    Countries named before ``body_start`` (the dateline) give no group its country;
    ``dateline_home`` (the dateline's state) picks among bodies that share a name; ``places``,
    when given and the text names a town or province, is filled with how often it names each
    state by a place or a country word."""
    kb = kb or KnowledgeBase.default()
    if sentence_starts is None:
        sentence_starts = [s.start_char for s in doc.sents]
    if sentence_indexes is None:
        sentence_indexes = list(range(len(sentence_starts)))
    resolver = _DocResolver(_tables(doc, kb), doc, date, article_id)
    resolver.sentence_starts = sentence_starts
    resolver.sentence_indexes = sentence_indexes
    resolver.body_start = body_start
    resolver.dateline_home = dateline_home
    out = resolver.run()
    if places is not None:
        towns, counts = resolver._place_states()
        if towns:  # a town or province places the text, not a nationality alone
            places.update(counts)
    return out


def place_country(mentions: list[Mention], places: dict[str, int]) -> str | None:
    """The state of an article whose every place and country word (towns, provinces,
    capitals, country names) is one state's, named twice at least, and whose named actors
    are all of that state too ("Insurgents ambushed a patrol in Narathiwat province ... in
    Yala"); None otherwise."""
    if len(places) != 1 or next(iter(places.values())) < 2:
        return None  # as for named states (:func:`.story.main_country`): twice at least
    home = next(iter(places))
    for m in mentions:
        a = m.actor
        if a is not None and a.country and a.country != home and a.resolution not in _SENTENCE_READ:
            return None
    return home


#: Resolutions that placed a bare body by the ground it stands on (which occupied ground may
#: give to the occupier).
_PLACED = ("sentence-country", "title-sentence-country", "agent-in-place", "local-place")


class _DocResolver(_References):
    """The per-document resolver: its parts, run in order over one document."""

    def run(self) -> list[Mention]:
        # the dateline ("CAIRO, Feb 11 (Reuters) -") is where and by whom the story was filed:
        # its agency is no antecedent for "the president" or "their", and no story country
        self.taken = [t.idx < self.body_start for t in self.tokens]
        spans = [s for s in self._kb_spans() if self.doc[s[0]].idx >= self.body_start]
        spans = self._outside_landmarks(spans)
        agents = {
            i: a for i, a in self._agent_spans().items() if self.doc[i].idx >= self.body_start
        }
        self._people(spans)
        self._variant_people()
        self._titled_unknowns(agents)
        self._note_countries(spans)
        self._ethnic_groups(agents)
        self._ethnic_people()
        self._fused_led()
        self._groups(spans, agents)
        self._appositions(agents)
        self._unknown_persons()
        self._in_order(spans, agents)
        self._american_indians()
        self._officials_of(agents)
        self._followers()
        self._their_congress()
        self._titled_sentence_country()
        self._sentence_country()
        self._placed_congress()
        self._clause_place()
        self._local_bodies()
        self._other_country()
        self._placed_by_town()
        self._town_modifier()
        self._ruling_place()
        self._conjoined_people()
        self._serb_sides()
        self._acted_on_at_home()
        self._country_references()
        self._same_body_references()
        self._reported_bodies()
        self._it_references()
        self._they_references()
        self._possessed_bodies()
        self._international_courts()
        self._followers()  # again: for people the placing parts gave a country
        self._occupied_ground()
        self.doc.user_data[ARTICLE_DATE] = self.date
        return [self._mention(f) for f in sorted(self.found, key=lambda f: f.start)]

    def _occupied_ground(self) -> None:
        """ "Soldiers arrested dozens of men in Hebron": an army or settlers placed only by
        ground another state holds under military occupation are the occupier's
        (:mod:`.occupied`)."""
        for f in self.found:
            a = f.actor
            if a is None or a.resolution not in _PLACED or not a.country:
                continue
            occ = occupier(
                a.country, a.sectors, self.doc[f.end - 1].lemma_, self.date, self.doc.text
            )
            if occ is not None:
                a.country, a.cameo_code = occ, cameo_for(occ, a.sectors)
                a.resolution = "occupier"

    def _outside_landmarks(self, spans: list[tuple[int, int, list]]) -> list[tuple[int, int, list]]:
        """The knowledge-base spans less a country named inside a longer landmark of another
        state or of none ("the Niger Delta" is Nigeria's, not Niger's; "Lake Chad" and "the
        Congo Basin" are no state's; "the Jordan Valley" is the West Bank's): the country word
        names a river, a lake or a region, not a state acting or a place in it. The landmark
        itself stays a place, which the gazetteer reads ("Militants in the Niger Delta":
        Nigeria's, in :mod:`.placing`)."""
        from ..places import Gazetteer
        from ..where import landmark_matches

        text = text_of(self.doc)  # (spaCy builds Doc.text afresh at each access)
        found = landmark_matches(self.doc, Gazetteer.default())
        if not found:
            return spans
        kept = []
        for start, end, entries in spans:
            first, last = self.doc[start], self.doc[end - 1]
            lo, hi = first.idx, last.idx + len(last)
            inside, name = None, ""
            for ls, le, place in found:
                if text[ls : ls + 4].lower() == "the ":
                    ls += 4
                if ls <= lo and hi <= le and hi - lo < le - ls:
                    inside, name = place, text[ls:le].lower()
                    break
            if (
                inside is not None
                # "ordered destroyers into the Taiwan Strait": a strait is named for the state
                # whose waters it borders, and a force sent into it is sent at that state
                and not name.rstrip("s").endswith("strait")
                and any(
                    e.kind == "country" and e.country and e.country != inside.country
                    for e, _form in entries
                )
            ):
                continue
            kept.append((start, end, entries))
        return kept

    def _mention(self, f: _Found) -> Mention:
        span = self.doc[f.start : f.end]
        pos = self._sentence_number(span.start_char)
        index = self.sentence_indexes[pos] if pos < len(self.sentence_indexes) else pos
        return Mention(
            article_id=self.article_id,
            sentence_index=index,
            text=span.text,
            start=span.start_char,
            end=span.end_char,
            kind=f.kind,
            actor=f.actor,
            token_start=f.start,
            token_end=f.end,
        )
