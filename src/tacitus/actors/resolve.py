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
* coordinated nationalities share the role noun ("Chinese and Russian bombers": CHN MIL, RUS MIL);
* groups of states ("the West", "the Gulf states") are region actors with no country
  (data/organizations/regions.tsv), unless named as a place or inside a longer name;
* a bare state body or armed group ("the government", "the rebels") in a sentence that names one
  country only, before it and not as the one acting on it, takes it (``sentence-country``);
* bare state bodies ("police", "the government") in a local story take the dateline's country
  (``dateline-country``), or without a dateline the country the article is mostly about
  (``article-country``); other bare role nouns ("militants", "forces") keep sectors only and
  no country, so no event is coded for them.

First-person pronouns inside quotations are resolved by the quotes stage (``quote-speaker``).

Unknown people named without a title are not resolved (and block pronoun resolution).
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from typing import Any

from ..datafiles import package_file, read_tsv
from ..errors import DataFileError
from ..ingest.text import dateline_end, find_dateline
from ..pipeline import stages
from ..records import Actor, Analysis, Mention
from .kb import Entity, KnowledgeBase, _norm, as_of, cameo_for

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
    transport information""".split()
)
#: Words before a title that say whose side an unknown person is on ("Opposition lawmaker X",
#: "Rebel commander X"); a known person's title does not take them (_party_title reads them).
_SIDE_WORDS = frozenset({"opposition", "rebel", "militia", "insurgent", "separatist"})
#: Title words that carry no office on their own.
_TITLE_FILLERS = frozenset(
    ". of - acting former top senior deputy national mr. ms. mrs. dr.".split()
)
_MILITARY_RANKS = frozenset(
    "general gen. gen brig. brig maj. maj lt. lt col. col adm. adm admiral colonel major "
    "lieutenant captain capt. sgt. sergeant commander".split()
)
_PRONOUNS = frozenset({"he", "she", "him", "his", "her", "hers"})
#: Nouns for a leader's government after the leader's surname ("the Clinton administration").
_REGIME_NOUNS = frozenset({"administration", "government", "regime", "cabinet", "junta"})
#: Courtesy titles before a surname ("Mr. Netanyahu", "Mrs Thatcher").
_HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "madame", "monsieur"})
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
}
#: Military role nouns that name one person ("X, a senior commander, ...").
_ONE_SOLDIER = frozenset({"general", "commander", "officer", "colonel", "captain", "soldier"})
#: Verbs of "X, who heads the electoral commission, ...": X holds the office named.
_HEAD_VERBS = frozenset({"head", "lead", "run", "chair", "command"})
#: Sectors of armed non-state groups.
_ARMED = frozenset({"REB", "INS", "SEP", "RAD", "CRM"})
#: Sectors of movements: armed groups and parties ("Hamas activists", "Likud officials").
_MOVEMENT = _ARMED | {"PTY", "OPP"}
#: Role nouns for a movement's own people, who take its sectors ("Hamas officials", "the Likud
#: leader", "Taliban negotiators"); activists take them too, except a government's or army's.
_MEMBER_NOUNS = frozenset({"official", "leader", "spokesperson", "negotiator", "chief", "activist"})
#: IGOs that are not "blocs" (UN bodies, courts, lenders, police).
_NOT_BLOCS = ("IGOUNO", "IGOICC", "IGOIMF", "IGOWBK", "IGOWTO", "IGOINTERPOL")
#: Countries whose people are written family name first ("Lee Jae-myung" -> "Lee").
_FAMILY_NAME_FIRST = frozenset({"KOR", "PRK", "CHN", "TWN", "HKG", "MAC", "VNM", "KHM", "MNG"})
#: Object positions: "him"/"her" there is not the subject of the same verb ("Qin told him").
_OBJECT_DEPS = frozenset({"dobj", "dative", "iobj", "pobj"})
_LOCATIVE = frozenset(
    "in at near outside around across inside within to from into via toward towards through".split()
)
#: Seats of government that news names mostly as venues: after "at", "in" ... they are places.
_VENUES = frozenset(
    """usa.oval_office chn.great_hall phl.malacanang esp.moncloa ita.palazzo_chigi ita.quirinale
    bra.planalto arg.casa_rosada ven.miraflores ind.rashtrapati_bhavan usa.white_house
    kor.blue_house fra.elysee""".split()
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
#: Argument positions in which a bare role noun ("troops", "police") is worth keeping.
_ARG_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "conj", "appos", "agent", "dative"})
_KIND_BY_ENTITY = {"country": "name", "metonym": "metonym", "person": "name", "org": "org"}
#: Groups a state leads ("the Saudi-led coalition") and the sector they give it.
_LED_GROUPS = {"coalition": "MIL", "coalitions": "MIL", "alliance": "MIL", "bloc": "GOV"}
#: Of those, the standing alliances of states: led by a state, but not that state ("a
#: Russian-led military alliance" is an IGO; "the Saudi-led coalition" and "the Saudi-led bloc"
#: stay Saudi Arabia's).
_LED_BLOCS = frozenset({"alliance"})
#: Words that make a capitalised phrase a body, not a person's name ("British Petroleum Company").
_ORG_WORDS = frozenset(
    """airlines airways group church bank party company corporation corp union army navy front
    council agency institute university college museum league association federation times post
    news press radio television tv broadcasting motors petroleum oil gas energy telecom fund
    foundation society movement brigade brigades forces guard police court committee commission
    ministry assembly congress parliament senate club team house region republic state
    authority administration government services network daily review journal""".split()
)
#: Nouns for a person's followers ("his supporters"): the person's people.
_FOLLOWERS = frozenset({"supporters", "followers", "loyalists", "backers", "partisans"})
#: Prepositions before where a clause happens ("near Luxor", "the centre of Bangui").
_WHERE_PREPS = frozenset(
    {"in", "near", "around", "outside", "inside", "at", "of", "across", "into", "on", "throughout"}
)
#: Dependents that open a clause of their own.
_OTHER_CLAUSES = frozenset({"advcl", "ccomp", "relcl", "parataxis", "conj", "csubj"})
#: Irregular forces whose military sector does not make them an army ("paramilitaries").
_IRREGULARS = frozenset({"paramilitaries", "militiamen", "militias", "militia", "vigilantes"})
#: Verbs of meeting a reaction ("drew criticism from", "faced protests from"): the one after
#: "from" reacts; it is not acted on by the verb's subject.
_REACTION_VERBS = frozenset({"draw", "face", "meet", "earn", "provoke", "spark", "prompt"})
#: What a population does as the subject of a bare plural nationality ("Belarusians voted").
_POPULATION_VERBS = frozenset(
    "vote protest demonstrate march rally flee gather riot strike celebrate mourn queue boycott "
    "throng flock emigrate migrate pour cheer petition pray shop evacuate".split()
)
#: Compass words that open two-word nationalities ("North Korean", "South Sudanese").
_COMPASS = frozenset({"North", "South", "East", "West"})
#: Sectors of state bodies that "in <country or capital>" gives a country ("officials in Kabul").
_STATE_SECTORS = frozenset({"GOV", "COP", "JUD", "LEG"})
#: Sectors of a state's own people: crowds, opposition, unions, students, farmers, clergy, press.
_PEOPLE = frozenset({"CVL", "OPP", "LAB", "EDU", "AGR", "REL", "MED", "BUS", "HLH"})
#: Role nouns for a state's people abroad: a crowd at them is not of that state.
_ABROAD_ROLES = frozenset({"embassy", "ambassador", "envoy", "diplomat", "consulate", "consul",
                           "mission", "delegation", "tourist"})  # fmt: skip
#: Prefixes that turn a nationality or ethnic modifier into something else: "pro-Kurdish",
#: "anti-Western", "non-Tamil", "Pan-American", "trans-Saharan".
MODIFIER_PREFIXES = frozenset({"pan", "anti", "pro", "trans", "non", "ex", "post", "pre", "inter"})


def prefixed_modifier(tok: Any) -> bool:
    """Whether ``tok`` ("Kurdish", "Russian") has one of MODIFIER_PREFIXES hyphened to it, as a
    separate token ("pro - Russian") or inside its own ("pro-Russian")."""
    doc = tok.doc
    if tok.i >= 2 and doc[tok.i - 1].text == "-" and not doc[tok.i - 1].whitespace_:
        return doc[tok.i - 2].lower_ in MODIFIER_PREFIXES
    if "-" in tok.text:
        return tok.text.split("-", 1)[0].lower() in MODIFIER_PREFIXES
    return False


# ---------------------------------------------------------------- group tables (package data)


@dataclass(frozen=True)
class EthnicGroup:
    """An ethnic, religious or regional modifier ("Kurdish", "Greek Cypriot") and its states."""

    name: str
    country: str | None  # the default state; None: only from the article
    others: tuple[str, ...] = ()
    kind: str = "ethnic"

    @property
    def states(self) -> tuple[str, ...]:
        return ((self.country,) if self.country else ()) + self.others


@dataclass(frozen=True)
class GroupTables:
    #: normalised modifier form -> group ("kurdish", "kurds", "greek cypriot")
    ethnic: dict[str, EthnicGroup]
    #: the most words in an ethnic form
    ethnic_words: int
    #: normalised noun form -> (agent entity, kept alone)
    nouns: dict[str, tuple[Entity, bool]]


_GROUPS: GroupTables | None = None


def group_tables() -> GroupTables:
    """The ethnic/religious modifiers (``ethnic_groups.tsv``) and the group nouns agents.tsv lacks
    (``group_nouns.tsv``), read once per process; every bad row is reported at once."""
    global _GROUPS
    if _GROUPS is not None:
        return _GROUPS
    from .kb import SECTORS

    problems: list[str] = []
    ethnic: dict[str, EthnicGroup] = {}
    path = package_file("actors", "data", "ethnic_groups.tsv")
    for row in read_tsv(path):
        d = row.data
        codes = [d.get("country", "")] + [c for c in d.get("others", "").split("|") if c]
        if not d.get("modifier") or any(c and (len(c) != 3 or not c.isupper()) for c in codes):
            problems.append(f"{row.where('modifier')}: needs a modifier and ISO3 country codes")
            continue
        group = EthnicGroup(
            d["modifier"], d.get("country") or None, tuple(codes[1:]), d.get("kind") or "ethnic"
        )
        for form in [d["modifier"], *d.get("forms", "").split("|")]:
            if form.strip():
                ethnic.setdefault(_norm(form), group)
    nouns: dict[str, tuple[Entity, bool]] = {}
    path = package_file("actors", "data", "group_nouns.tsv")
    for row in read_tsv(path):
        d = row.data
        sectors = tuple(x for x in d.get("sectors", "").split("|") if x)
        if not d.get("term") or any(x not in SECTORS for x in sectors):
            problems.append(f"{row.where('term')}: needs a term and known sector codes")
            continue
        entity = Entity(
            id="agent." + d["term"].replace(" ", "_"), name=d["term"], kind="agent",
            sectors=sectors,
        )  # fmt: skip
        alone = d.get("alone", "yes").lower() != "no" and bool(sectors)
        for form in [d["term"], *d.get("forms", "").split("|")]:
            if form.strip():
                nouns.setdefault(_norm(form), (entity, alone))
    if problems:
        raise DataFileError(str(path.parent), problems)
    words = max((len(k.replace("-", " - ").split()) for k in ethnic), default=1)
    _GROUPS = GroupTables(ethnic, words, nouns)
    return _GROUPS


# ---------------------------------------------------------------- matchers (once per vocab)


@dataclass
class _Tables:
    kb: KnowledgeBase
    vocab: Any
    kb_matcher: Any
    agent_matcher: Any
    #: alias key -> the spellings in the data (KnowledgeBase.surfaces scans every alias per call)
    surfaces: dict[str, set[str]] = field(default_factory=dict)
    #: surname key -> how many people in the KB carry it (a bare surname shared by several people
    #: is never resolved unless the article introduced one of them)
    surname_counts: dict[str, int] = field(default_factory=dict)


_TABLES: dict[int, _Tables] = {}


def _tables(nlp_or_doc: Any, kb: KnowledgeBase) -> _Tables:
    """PhraseMatchers over the KB's phrases and role nouns, built once per (vocab, kb)."""
    from spacy.matcher import PhraseMatcher

    vocab = nlp_or_doc.vocab
    key = id(vocab) ^ id(kb)
    cached = _TABLES.get(key)
    if cached is not None and cached.vocab is vocab and cached.kb is kb:
        return cached
    from spacy.tokens import Doc

    words = kb.phrase_words(_tokenizer(vocab))  # tokenized once, cached with the KB indexes
    kb_matcher = PhraseMatcher(vocab, attr="LOWER")
    kb_matcher.add("KB", [Doc(vocab, words=words[p]) for p in kb.phrases()])
    agent_matcher = PhraseMatcher(vocab, attr="LOWER")
    agent_matcher.add("AGENT", [Doc(vocab, words=words[p]) for p in kb.agent_forms()])
    make_doc = _tokenizer(vocab)
    extra = [f for f in group_tables().nouns if kb.agent(f) is None]
    if extra:
        agent_matcher.add("GROUP", [make_doc(f) for f in extra])
    surfaces: dict[str, set[str]] = {}
    for phrase in kb.phrases():
        surfaces.setdefault(_norm(phrase), set()).add(phrase)
    surname_counts: dict[str, int] = {}
    for alias, entity, form in kb.alias_items():
        if form == "surname" and entity.kind == "person":
            surname_counts[alias] = surname_counts.get(alias, 0) + 1
    tables = _Tables(kb, vocab, kb_matcher, agent_matcher, surfaces, surname_counts)
    _TABLES[key] = tables
    return tables


_COMMON_WORDS: frozenset[str] | None = None


def _common_word(word: str) -> bool:
    """Whether ``word`` is an ordinary English verb, adjective or adverb (the lemma index the
    English model's rule lemmatizer ships); False where the model ships none."""
    global _COMMON_WORDS
    if _COMMON_WORDS is None:
        words: set[str] = set()
        try:
            import importlib.util
            from pathlib import Path

            from spacy.lookups import Lookups

            from ..nlp import DEFAULT_MODELS

            found = []
            for name in DEFAULT_MODELS:  # the packages the parser itself loads from
                spec = importlib.util.find_spec(name)
                root = Path(spec.origin).parent if spec and spec.origin else None
                found += sorted(root.glob("*/lemmatizer/lookups")) if root else []
            if found:
                index = Lookups().from_disk(found[0]).get_table("lemma_index")
                for pos in ("verb", "adj", "adv"):
                    if pos in index:
                        words.update(index[pos])
        except Exception:  # noqa: BLE001 - no table: nothing counts as common, and
            words = set()  # the mid-sentence case below refuses every untagged name
        _COMMON_WORDS = frozenset(words) if words else frozenset({""})
    return word in _COMMON_WORDS or _COMMON_WORDS == frozenset({""})


def _tokenizer(vocab: Any) -> Any:
    from spacy.lang.en import English

    nlp = English(vocab=vocab)
    return nlp.make_doc


def _country_actor(
    span: Any, country: str, sectors: list[str], how: str, conf: float, *, name: str | None = None
) -> Actor:
    """An actor known by its country and sectors only (a titled unknown, "Russian energy firms",
    "his Japanese counterpart" with no officeholder on record)."""
    return Actor(
        text=span.text,
        name=name,
        country=country,
        sectors=sectors,
        cameo_code=cameo_for(country, sectors),
        start=span.start_char,
        end=span.end_char,
        resolution=how,
        confidence=conf,
    )


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


def _retext(actor: Actor, span: Any, how: str, conf: float) -> Actor:
    """A resolved actor carried over to another span (a surname, a pronoun, a group noun)."""
    return replace(
        actor,
        text=span.text,
        sectors=list(actor.sectors),
        start=span.start_char,
        end=span.end_char,
        resolution=how,
        confidence=conf,
    )


# ---------------------------------------------------------------- the stage


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
            mentions = resolve_doc(
                analysis.doc,
                article_id=analysis.article.id,
                date=analysis.article.date,
                kb=self.kb,
                sentence_starts=starts,
                sentence_indexes=indexes,
                body_start=filed,
            )
            kept = [m for m in mentions if m.start >= filed]
            home = dateline_country(analysis.article.text, filed) if filed else None
            if home is not None:
                named = _dateline_names(analysis.article.text[:filed], home, self.kb)
                home_agents(kept, home, analysis.doc, dateline_named=named)
                home_congress(kept, home)
            else:
                # a bare "Congress" does not make the story American
                home = main_country([m for m in kept if not _bare_congress(m)])
                if home is not None:  # no dateline: the country the article is about
                    home_agents(kept, home, analysis.doc, how="article-country")
                    home_congress(kept, home, how="article-country")
            sentence_congress(kept)
            settle_named(kept)
            for m in kept:
                if m.actor is not None:  # Kosovo in 1999 is Serbia's (data/successions.tsv)
                    as_of(m.actor, analysis.article.date)
            analysis.mentions = kept


#: Verbs whose object or "to"/"from" phrase is a place gone to or left ("leave the country").
_GO_VERBS = _MOTION | {"leave", "enter", "exit", "quit", "reenter", "smuggle", "expel", "kick"}
#: Prepositions that place a group where it is ("Kurdish forces near Erbil").
_PLACING = frozenset({"in", "near", "around", "outside", "inside"})
#: "the country", "the island" ...: what an earlier-named country must be to be referred to.
_REFERRING_NOUNS = {
    "country": "any",
    "nation": "any",
    "island": "island",
    "kingdom": "kingdom",
    "North": "PRK",
    "South": "KOR",
}
#: States that are one island or islands only, which news calls "the island".
_ISLAND_STATES = frozenset(
    "TWN CUB CYP LKA JAM MDG MLT ISL SGP BHR MUS FJI TLS BRB TTO BHS CPV COM STP SYC MDV NRU"
    " TUV KIR TON WSM VUT SLB DMA GRD LCA VCT KNA ATG PRI GRL GUM NCL PYF HKG MAC".split()
)
#: Monarchies that news calls "the kingdom".
_MONARCHIES = frozenset(
    "SAU JOR MAR GBR THA ESP NLD BEL SWE NOR DNK BHR BTN KHM LSO SWZ TON".split()
)


#: Sectors of a bare state body that a local story's own country may be given ("police",
#: "the government", "authorities", "prosecutors", "parliament"), and of its opposition
#: ("opposition supporters", "protesters").
_HOME_SECTORS = frozenset({"GOV", "COP", "JUD", "LEG", "OPP"})


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
        if a is not None and a.country and a.resolution not in ("agent", "sentence-country"):
            counts[a.country] = counts.get(a.country, 0) + 1
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if not ranked or ranked[0][1] < 2 or len(ranked) > 1 and ranked[1][1] >= ranked[0][1]:
        return None
    return ranked[0][0]


#: Resolutions of mentions copied from an earlier one (a surname, a pronoun, "the minister").
_CARRIED = ("surname", "coref-pronoun", "coref-role")
#: Resolutions that give a named agent (a titled unknown) its country late.
_LATE_COUNTRY = ("sentence-country", "dateline-country", "article-country")


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


def _dateline_names(line: str, home: str, kb: KnowledgeBase) -> bool:
    """Whether the dateline names its country after the city ("NAIROBI, Kenya (Reuters) -"),
    not the city alone ("ISLAMABAD -")."""
    parts = [p.strip(" -–—(") for p in line.split("(")[0].split(",")[1:]]
    return any(
        e.kind == "country" and e.country == home
        for p in parts if p
        for e, _form in kb.matches(p)
    )  # fmt: skip


def home_agents(
    mentions: list[Mention],
    home: str,
    doc: Any,
    how: str = "dateline-country",
    *,
    dateline_named: bool = False,
) -> None:
    """Bare state bodies ("police", "the government") in a local story (the dateline's country
    is the story's subject: at least half of the country mentions and more than any other
    country) belong to that country; elsewhere they stay without a country, and the events
    stage codes nothing for them."""
    counts: dict[str, int] = {}
    for m in mentions:
        a = m.actor
        if a is not None and a.country and a.resolution not in ("agent", "sentence-country"):
            counts[a.country] = counts.get(a.country, 0) + 1
    if dateline_named:  # "NAIROBI, Kenya -" names the story's country once
        counts[home] = counts.get(home, 0) + 1
    total = sum(counts.values())
    others = max((n for c, n in counts.items() if c != home), default=0)
    own = counts.get(home, 0)
    if dateline_named and len(counts) == 2 and own >= others:
        pass  # a two-country story ("NAIROBI, Kenya - ... accused Somalia"): the dateline's
    elif total and (own * 2 < total or own <= others):
        return
    for m in mentions:
        a = m.actor
        if a is None or a.resolution != "agent" or a.country or a.cameo_code:
            continue
        named = m.kind == "name" and bool(a.name)
        if not set(a.sectors) & _HOME_SECTORS and not _the_army(doc, m):
            if not (named and "MIL" in a.sectors):  # "Army spokesman Col. Ali Hassan"
                continue
        if a.sectors == ["OPP"] and how != "dateline-country":
            continue  # a story's opposition only where the dateline says whose it is
        if named and _home_named_later(mentions, m, home):
            continue
        a.country, a.cameo_code = home, cameo_for(home, a.sectors)
        a.resolution, a.confidence = how, 0.5


#: Countries whose legislature news calls "Congress" (Latin America, the Philippines, Spain).
_CONGRESSES = frozenset(
    "ARG BOL BRA CHL COL CRI DOM ECU ESP GTM HND MEX NIC PAN PER PHL PRY SLV URY VEN".split()
)


def _bare_congress(m: Mention) -> bool:
    return m.actor is not None and m.actor.entity_id == "usa.congress" and m.text == "Congress"


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
        a = m.actor
        a.country, a.cameo_code, a.entity_id = home, cameo_for(home, a.sectors), None
        a.name, a.resolution, a.confidence = None, how, 0.5


def _reported_subject(noun: Any) -> bool:
    """The subject of a reported clause ("Putin said the army had repelled the attack"): the
    reporter tells of it, he does not act on it."""
    return noun.dep_ in ("nsubj", "nsubjpass") and noun.head.dep_ == "ccomp"


def sentence_congress(mentions: list[Mention]) -> None:
    """A bare "Congress" left American in a sentence whose only other country has a Congress
    of its own ("Colombian prosecutors ... members of Congress") is that country's."""
    for m in mentions:
        if not _bare_congress(m):
            continue
        others = {o.actor.country for o in mentions if o is not m and o.actor is not None
                  and o.actor.country and o.sentence_index == m.sentence_index}  # fmt: skip
        if len(others) == 1 and (home := next(iter(others))) in _CONGRESSES:
            a = m.actor
            a.country, a.cameo_code, a.entity_id = home, cameo_for(home, a.sectors), None
            a.name, a.resolution, a.confidence = None, "sentence-country", 0.5


def _the_army(doc: Any, m: Mention) -> bool:
    """ "the army", "the military": a local story's own forces (plural "forces" stay open)."""
    if doc is None or m.token_end is None or "MIL" not in m.actor.sectors:
        return False
    head = doc[m.token_end - 1]
    return head.tag_ == "NN" and any(c.dep_ == "det" and c.lower_ == "the" for c in head.children)


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
) -> list[Mention]:
    """Resolved actor mentions of a spaCy Doc; sentence indexes follow ``doc.sents`` by default.
    Countries named before ``body_start`` (the dateline) give no group its country."""
    kb = kb or KnowledgeBase.default()
    if sentence_starts is None:
        sentence_starts = [s.start_char for s in doc.sents]
    if sentence_indexes is None:
        sentence_indexes = list(range(len(sentence_starts)))
    resolver = _DocResolver(_tables(doc, kb), doc, date, article_id)
    resolver.sentence_starts = sentence_starts
    resolver.sentence_indexes = sentence_indexes
    resolver.body_start = body_start
    return resolver.run()


# ---------------------------------------------------------------- per-document resolution


@dataclass
class _Found:
    start: int  # token indices, end exclusive
    end: int
    kind: str
    actor: Actor | None
    entity: Entity | None = None  # the person, for coreference
    role_key: str | None = None


@dataclass
class _DocResolver:
    tables: _Tables
    doc: Any
    date: str | None
    article_id: str
    sentence_starts: list[int] = field(default_factory=list)
    sentence_indexes: list[int] = field(default_factory=list)
    body_start: int = 0  # char offset after the dateline
    taken: list[bool] = field(default_factory=list)
    found: list[_Found] = field(default_factory=list)
    #: a nationality adjective left as a modifier: its end token -> (start, country entity)
    loose_adjectives: dict[int, tuple[int, Entity]] = field(default_factory=dict)
    #: a bloc named after "X-led" whose mention takes the noun after it: start -> new end
    org_tail: dict[int, int] = field(default_factory=dict)

    @property
    def kb(self) -> KnowledgeBase:
        return self.tables.kb

    def run(self) -> list[Mention]:
        self.taken = [False] * len(self.doc)
        spans = self._kb_spans()
        agents = self._agent_spans()
        self._people(spans)
        self._titled_unknowns(agents)
        self._note_countries(spans)
        self._ethnic_groups(agents)
        self._ethnic_people()
        self._groups(spans, agents)
        self._appositions(agents)
        self._unknown_persons()
        self._in_order(spans, agents)
        self._officials_of(agents)
        self._followers()
        self._their_congress()
        self._sentence_country()
        self._clause_place()
        self._country_references()
        return [self._mention(f) for f in sorted(self.found, key=lambda f: f.start)]

    # -- countries named in the text, ethnic groups, the one country of a sentence

    def _note_countries(self, spans) -> None:
        """Where each country (by name, adjective or capital) is named: token -> ISO3."""
        self.country_at: dict[int, str] = {}
        for start, end, entries in spans:
            if self.doc[start].idx < self.body_start:
                continue  # the dateline's place is where the story was filed
            if self._patron(start):
                continue  # "pro-Russian": the group's patron, not a place or party named
            for entity, form in entries:
                if entity.country and (entity.kind == "country" or form == "capital"):
                    for i in range(start, end):
                        self.country_at.setdefault(i, entity.country)
                    break

    def _context_country(self, group: EthnicGroup, at: int) -> str | None:
        """The state of an ethnic or religious group: one of its states named earlier in the
        article (the latest), else later in the same sentence, else its default (may be None)."""
        states = set(group.states)
        sent = self.doc[at].sent
        before = [i for i, c in self.country_at.items() if i < at and c in states]
        # a state named as the nationality of the group's opponents only where no other is
        before = [i for i in before if not self._other_side(i, sent)] or before
        if before:
            return self.country_at[max(before)]
        sent_end = self.doc[at].sent.end
        after = [i for i, c in self.country_at.items() if at < i < sent_end and c in states]
        return self.country_at[min(after)] if after else group.country

    def _other_side(self, i: int, sent: Any) -> bool:
        """Whether the country word at ``i`` is the nationality of another actor in the group's
        sentence ("Turkish forces captured the town from Kurdish-led fighters")."""
        tok = self.doc[i]
        if not sent.start <= i < sent.end or tok.dep_ not in ("amod", "compound"):
            return False
        head = tok.head
        return head.pos_ == "NOUN" and self.kb.agent(head.lower_) is not None

    def _ethnic_groups(self, agents) -> None:
        """Group nouns after an ethnic, religious or regional modifier and no state adjective:
        "Kurdish rebels", "Tamil insurgents", "ethnic Albanian guerrillas", "Greek Cypriot
        negotiators" (a multi-word modifier wins over the state adjective inside it)."""
        groups = group_tables()
        for a_start, (a_end, agent) in sorted(agents.items()):
            if not agent.sectors or not self._free(a_start, a_end):
                continue
            hit = self._ethnic_modifier(a_start, groups)
            led = a_start >= 2 and self.doc[a_start - 1].lower_ == "led"
            if hit is None and led and self.doc[a_start - 2].text == "-":
                hit = self._ethnic_modifier(a_start - 2, groups)  # "Kurdish-led fighters"
            if hit is None:
                continue
            m_start, group, covers_state = hit
            # a state named in the same words ("Iraqi Kurdish militias") is the actor's state
            if not covers_state and any(
                i in self.country_at
                for i in range(max(a_start - 4, 0), a_start)
                if i >= m_start - 2 and self.doc[i].head.i in range(m_start, a_end)
            ):
                continue
            country = self._placed_group(a_end - 1, group) or self._context_country(group, m_start)
            if country is None:
                continue
            end = a_end
            while end in agents and self._free(end, agents[end][0]):  # "militia fighters"
                end = agents[end][0]
            actor = _country_actor(
                self.doc[m_start:end], country, list(agent.sectors), "ethnic+agent", 0.6
            )
            self._take(_Found(m_start, end, "role", actor))

    def _placed_group(self, head: int, group: EthnicGroup) -> str | None:
        """The state of a stateless people's forces placed by their own phrase ("Kurdish forces
        near Erbil" are Iraq's, "in Syria" Syria's): one of the group's states."""
        states = set(group.states)
        for prep in self.doc[head].children:
            if prep.dep_ != "prep" or prep.lower_ not in _PLACING:
                continue
            for pobj in prep.children:
                if pobj.dep_ != "pobj" or pobj.pos_ != "PROPN":
                    continue
                if pobj.i in self.country_at:
                    c = self.country_at[pobj.i]
                    return c if c in states else None
                from ..places import Gazetteer

                words = [t for t in pobj.subtree if t.dep_ == "compound" or t is pobj]
                name = self.doc[words[0].i : pobj.i + 1].text if words else pobj.text
                where = Gazetteer.default().best(name, context_countries=states)
                if where is not None and where.country in states:
                    return where.country
        return None

    def _ethnic_people(self) -> None:
        """An ethnic or religious group named as a people ("ethnic cleansing of the Rohingya",
        "attacked the Kurds", "Shiites marched"): the civilians of the state it lives in."""
        groups = group_tables()
        for t in self.doc:
            group = groups.ethnic.get(_norm(t.text))
            if group is None or group.kind not in ("ethnic", "religious"):
                continue
            if t.pos_ not in ("NOUN", "PROPN") or t.dep_ not in _ARG_DEPS | {"pobj"}:
                continue
            plural = t.tag_ in ("NNS", "NNPS") or (t.i > 0 and self.doc[t.i - 1].lower_ == "the")
            if not plural or not self._free(t.i, t.i + 1):
                continue
            country = self._people_place(t, group) or self._context_country(group, t.i)
            if country is None:
                continue
            start = t.i - 1 if t.i > 0 and self.doc[t.i - 1].lower_ == "the" else t.i
            actor = _country_actor(
                self.doc[start : t.i + 1], country, ["CVL"], "ethnic-people", 0.55
            )
            self._take(_Found(start, t.i + 1, "role", actor))

    def _people_place(self, t: Any, group: EthnicGroup) -> str | None:
        """One of the group's states where the sentence places it ("the Kurds in northern
        Iraq"), else one its sentence names by a person or body ("Saddam Hussein's forces
        attacked the Kurds": the Kurds of Iraq)."""
        states = set(group.states)
        for prep in t.children:
            if prep.dep_ == "prep" and prep.lower_ in ("in", "of", "from"):
                for p in prep.subtree:
                    if self.country_at.get(p.i) in states:
                        return self.country_at[p.i]
        named = [f for f in self.found if f.actor is not None and f.actor.country in states
                 and t.sent.start <= f.start < t.sent.end]  # fmt: skip
        return named[0].actor.country if named else None

    def _ethnic_modifier(self, a_start: int, groups: GroupTables):
        """(start token, group, whether it covers a state adjective) of the ethnic modifier
        right before a group noun (up to two other modifier words between), or None."""
        best = None
        if a_start > 0 and self.doc[a_start - 1].lower_ == "'s":
            a_start -= 1  # "Transnistria's separatist authorities"
        for stop in range(a_start, max(a_start - 3, 0) - 1, -1):
            if stop < a_start and self.doc[stop].pos_ not in ("ADJ", "NOUN", "PROPN"):
                break
            for size in range(min(groups.ethnic_words * 2, stop), 0, -1):
                start = stop - size
                span = self.doc[start:stop]
                if not self._free(start, stop) or span[0].is_punct:
                    continue
                group = groups.ethnic.get(_norm(span.text))
                if group is None:
                    continue
                if any(t.pos_ not in ("ADJ", "NOUN", "PROPN", "PUNCT") for t in span):
                    continue
                if prefixed_modifier(self.doc[start]):
                    continue  # "pro-Kurdish"
                if any(
                    t.is_title and _norm(t.text) not in groups.ethnic and t.i not in self.country_at
                    for t in self.doc[stop:a_start]
                ):
                    continue  # "Tamil Nadu police": a longer name, not the group
                covers = any(i in self.country_at for i in range(start, stop))
                if best is None or size > best[3]:
                    best = (start, group, covers, size)
                break
        if best is None:
            return None
        return best[0], best[1], best[2]

    def _country_references(self) -> None:
        """ "the country", "the island", "the kingdom" (and "the North"/"the South" in a Korea
        story): the country named before it, the first one its sentence names, else the latest
        one named earlier, of the right kind (an island state, a monarchy), never the country
        of the subject acting on it ("Biden threatened sanctions on the country")."""
        doc = self.doc
        for t in doc:
            want = _REFERRING_NOUNS.get(t.text if t.text in _COMPASS else t.lower_)
            if want is None or t.i == 0 or doc[t.i - 1].lower_ != "the":
                continue
            start = t.i - 1
            if not self._free(start, t.i + 1) or t.tag_ in ("NNS", "NNPS"):
                continue
            nxt = doc[t.i + 1] if t.i + 1 < len(doc) else None
            if t.dep_ == "compound" or nxt is not None and nxt.pos_ == "PROPN":
                continue  # "the country director", "the North Atlantic"
            if self._left_or_entered(t):
                continue  # "ordered aid workers to leave the country": a place, not a party
            if want in ("PRK", "KOR"):
                if not {"PRK", "KOR"} & set(self.country_at.values()):
                    continue
                country: str | None = want
            else:
                country = self._referred_country(t, want)
            if country is None:
                continue
            actor = _country_actor(doc[start : t.i + 1], country, [], "coref-country", 0.6)
            self._take(_Found(start, t.i + 1, "role", actor))

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
        if t.dep_ in ("dobj", "dative", "pobj", "nsubjpass"):
            verb = t.head
            for _ in range(3):  # "sanctions on the country": up to the verb
                if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
                    break
                verb = verb.head
            for _ in range(4):  # "Biden threatened to reimpose sanctions on the country"
                subjects = [c for c in verb.children if c.dep_ == "nsubj"]
                if subjects or verb.dep_ not in ("xcomp", "conj") or verb.head.i == verb.i:
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

    def _sentence_country(self) -> None:
        """A bare state body or armed group ("the government", "police", "the rebels") in a
        sentence that names one country only, before it, takes that country ("Fighting
        flared in Somalia, and the government ..."), unless that country is the one acting on
        it ("Russia accused the rebels ...")."""
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
                if not (people or fighters or rulers or own):
                    continue  # the country word is part of another actor ("Russian-backed ...")
            if (
                self._acted_on_by(head, set(named))
                and not (set(a.sectors) <= _PEOPLE and self._co_subject(head))
                and not _reported_subject(head)
            ):
                continue  # but "Kenya's government and the opposition held talks"
            if "MIL" in a.sectors and not set(a.sectors) & _STATE_SECTORS and f.kind != "name":
                if not (head.tag_ == "NN" or head.lower_ in ("troops", "forces", "soldiers")):
                    continue
            country = next(iter(named.values()))
            a.country, a.cameo_code = country, cameo_for(country, a.sectors)
            a.resolution, a.confidence = "sentence-country", 0.5

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

    def _followers(self) -> None:
        """ "his supporters", "Imamoglu's followers", "supporters of Khan": a person's
        followers are of the person's country, the opposition when the person leads it, else
        civilians (``followers``)."""
        for tok in self.doc:
            if tok.lower_ not in _FOLLOWERS or not self._free(tok.i, tok.i + 1):
                continue
            owner = next((c for c in tok.children if c.dep_ == "poss"), None)
            if owner is None:
                prep = next(
                    (c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None
                )
                owner = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep else None
            if owner is None and tok.i > 0 and self.doc[tok.i - 1].dep_ == "compound":
                owner = self.doc[tok.i - 1]  # "Maduro supporters"
            f = self._found_at(owner.i) if owner is not None else None
            if f is None or f.actor is None or not f.actor.country:
                continue
            if not (f.entity is not None and f.entity.kind == "person" or f.kind == "pronoun"):
                continue
            sectors = ["OPP"] if "OPP" in f.actor.sectors else ["CVL"]
            actor = _country_actor(self.doc[tok.i : tok.i + 1], f.actor.country, sectors,
                                   "followers", 0.6)  # fmt: skip
            self._take(_Found(tok.i, tok.i + 1, "role", actor))

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
                set(f.actor.sectors) and set(f.actor.sectors) <= _PEOPLE
            ):
                return False
            people = True
        return people

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

    def _found_at(self, i: int) -> _Found | None:
        """The mention found so far that covers token ``i``, if any."""
        return next((f for f in self.found if f.start <= i < f.end), None)

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

    # -- span collection

    def _kb_spans(self) -> list[tuple[int, int, list[tuple[Entity, str]]]]:
        out = []
        for _id, start, end in self.tables.kb_matcher(self.doc):
            span = self.doc[start:end]
            entries = [e for e in self.kb.matches(span.text) if self._case_ok(span.text, e)]
            if entries:
                out.append((start, end, entries))
        out.sort(key=lambda s: (-(s[1] - s[0]), s[0]))
        return out

    def _case_ok(self, text: str, entry: tuple[Entity, str]) -> bool:
        """Acronyms match only as written ("WHO", not "who"); other names need a capital."""
        key = _norm(text)
        surfaces = self.tables.surfaces.get(key, set())
        if any(s.isupper() and len(s) <= 6 for s in surfaces) and text not in surfaces:
            return any(not s.isupper() and s == text for s in surfaces) or False
        return not (text.islower() and all(not s.islower() for s in surfaces))

    def _agent_spans(self) -> dict[int, tuple[int, Entity]]:
        out: dict[int, tuple[int, Entity]] = {}
        nouns = group_tables().nouns
        for _id, start, end in self.tables.agent_matcher(self.doc):
            text = self.doc[start:end].text
            agent = self.kb.agent(text) or nouns.get(_norm(text), (None, False))[0]
            if agent and (start not in out or out[start][0] < end):
                out[start] = (end, agent)
        return out

    def _free(self, start: int, end: int) -> bool:
        return not any(self.taken[start:end])

    def _take(self, found: _Found) -> None:
        for i in range(found.start, found.end):
            self.taken[i] = True
        self.found.append(found)

    # -- people named in full, with their titles

    def _people(self, spans) -> None:
        for start, end, entries in spans:
            people = [e for e, form in entries if e.kind == "person" and form != "surname"]
            if not people or not self._free(start, end):
                continue
            t_start, title = self._title(start)
            term, conf = self._pick_person(
                people, title or self._owner_tokens(start), list(self.doc[start:end])
            )
            if term is None:
                # the same full name for different people and nothing to tell them apart:
                # keep the mention unresolved (it still blocks pronouns) rather than guess
                self._take(_Found(t_start, end, "name", None))
                continue
            actor = self._person_actor(term, t_start, end, "kb-person", conf)
            party = self._party_title(t_start, title) if self.date and title else None
            if party and term.org is None and actor.country:
                # "Likud leader Benjamin Netanyahu" in 2000: a party leader is the government
                # only while he holds an office on the story date
                if not any(t.in_office(self.date) for t in self.kb.terms(term.id)):
                    actor.sectors = party
                    actor.cameo_code = cameo_for(actor.country, party)
            if any(t.lower_ in _MILITARY_RANKS for t in title) and "MIL" in actor.sectors:
                actor.sectors = ["MIL"] + [s for s in actor.sectors if s != "MIL"]
                if actor.country and term.org is None:
                    actor.cameo_code = cameo_for(actor.country, actor.sectors)
            self._take(_Found(t_start, end, "name", actor, term, term.role_key))

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
            if low in TITLE_WORDS or (tok.text[:1].isupper() and self._is_country_token(i - 1)):
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

    def _title_country(self, title: list[Any]) -> str | None:
        for size in range(len(title), 0, -1):
            for i in range(len(title) - size + 1):
                if any(t.lower_ in _MILITARY_RANKS for t in title[i : i + size]):
                    continue  # "Col." is a colonel, not Colombia
                chunk = " ".join(t.text for t in title[i : i + size])
                for entity, _form in self.kb.matches(chunk):
                    if entity.country and entity.kind in ("country", "metonym"):
                        return entity.country
        return None

    def _person_actor(self, term: Entity, start: int, end: int, how: str, conf: float) -> Actor:
        """The Actor for a KB entity (a person's term, a country, an org) over tokens start:end."""
        term = self.kb.on_date(term, self.date)  # the Taliban in 1998: AFG GOV (org_periods.tsv)
        span = self.doc[start:end]
        return Actor(
            text=span.text,
            name=term.name,
            country=term.country,
            sectors=list(term.sectors),
            cameo_code=term.cameo_code,
            wikidata=term.wikidata,
            entity_id=term.id,
            start=span.start_char,
            end=span.end_char,
            resolution=how,
            confidence=conf,
        )

    def _titled_unknowns(self, agents) -> None:
        """PERSON entities not in the KB but with a title giving country and office."""
        for ent in self.doc.ents:
            if ent.label_ != "PERSON" or not self._free(ent.start, ent.end):
                continue
            if self._known_surname(ent) or ent.text.lower() in TITLE_WORDS:
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
        return any(t.lower_ in _MILITARY_RANKS for t in title) or any(
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
        if any(t.lower_ in _MILITARY_RANKS for t in title) and not _ARMED & set(sectors):
            sectors = ["MIL"] + [s for s in sectors if s != "MIL"]  # not "rebel commander"
        return sectors or ["GOV"], role_key

    # -- organisations, countries, metonyms, with role nouns

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
            while (
                a_start < len(self.doc)
                and self.doc[a_start].pos_ == "ADJ"
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
            if hit and self._free(a_start, hit[0]) and entity.kind != "person":
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
                actor = _country_actor(span, home, ["CVL"], "demonym (people)", 0.6)
                self._take(_Found(start, end, "demonym", actor))
            else:
                self._take(
                    _Found(
                        start, end, self._kind(entity, form), self._plain(start, end, entity, form)
                    )
                )

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

    def _patron(self, start: int) -> bool:
        """A nationality or country after "pro-"/"anti-" ("pro-Russian separatists",
        "pro-Iran militias", "anti-American protesters") names whom a group backs or opposes,
        not the group's own country."""
        return (
            start >= 2
            and self.doc[start - 1].text == "-"
            and self.doc[start - 1].idx + 1 == self.doc[start].idx
            and self.doc[start - 2].lower_ in ("pro", "anti")
        )

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
        named = self._named_country(at, {e.country for e, _f in usable if e.kind == "org"})
        usable.sort(
            key=lambda ef: (
                order[ef[0].kind],
                ef[1] == "capital",
                named is not None and ef[0].country != named,
                not self.kb.active(ef[0], self.date),
            )
        )
        return usable[0]

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
        if start > 0 and self.doc[start - 1].lower_ in _LOCATIVE:
            prep = self.doc[start - 1]
        elif tok.dep_ == "pobj" and tok.head.lower_ in _LOCATIVE:
            prep = tok.head
        if prep is not None and (prep.lower_ not in _DIRECTIONAL or self._motion(prep)):
            return False
        last = self.doc[end - 1]
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

    def _in_longer_name(self, start: int, end: int) -> bool:
        ent = next((e for e in self.doc.ents if e.start <= start < e.end), None)
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
        if entity.kind == "country" and not one:
            self._coordinated_adjectives(start, actor)

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

    # -- unknown persons named beside their office

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
        for ent in self.doc.ents:
            if ent.label_ != "PERSON" or not self._free(ent.start, ent.end):
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

    # -- unknown persons (coreference blockers)

    def _unknown_persons(self) -> None:
        for ent in self.doc.ents:
            if (
                ent.label_ == "PERSON"
                and self._free(ent.start, ent.end)
                and not self._known_surname(ent)
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

    # -- second pass, in reading order: surnames, role references, counterparts, pronouns

    def _in_order(self, spans, agents) -> None:
        surnames = {
            start: [e for e, f in entries if e.kind == "person" and f == "surname"]
            for start, end, entries in spans
        }
        surname_ends = {start: end for start, end, _e in spans}
        events: list[tuple[int, str, Any]] = [(f.start, "found", f) for f in self.found]
        events += [(i, "short-name", (surname_ends[i], ps)) for i, ps in surnames.items() if ps]
        events += [(i, "agent", hit) for i, hit in agents.items()]
        events += [(t.i, "pronoun", None) for t in self.doc if t.lower_ in _PRONOUNS]
        events += [(t.i, "plural", None) for t in self.doc if t.lower_ in _PLURAL_PRONOUNS]
        events += [
            (t.i, "anaphor", _GROUP_NOUNS[t.lower_])
            for t in self.doc
            if t.lower_ in _GROUP_NOUNS and t.i > 0 and self.doc[t.i - 1].lower_ == "the"
        ]
        events += [(i, "blocker", None) for i in self.blockers]
        events += [
            (t.i, "short-name", (t.i + 1, []))
            for t in self.doc
            if t.pos_ == "PROPN" and t.is_title and not surnames.get(t.i)
        ]
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
            elif what == "anaphor" and self._free(i - 1, i + 1):
                self._group_anaphor(i, extra)

    def _short_name(self, start: int, end: int, people: list[Entity], seen: list[_Found]) -> None:
        """A bare surname ("Austin", "Lee"): the person the article introduced with that name;
        else, at lower confidence, the one person in the KB with that surname if in office at the
        story date. A surname shared by several people ("Kim", "Lee", "Khan") that the article did
        not introduce stays unresolved."""
        if end < len(self.doc) and self.doc[end].pos_ == "PROPN" and self.doc[end].is_title:
            return  # part of a longer name ("Teodoro Locsin", "Lee Sang-min")
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
        if not people or not self._lone_name(start, end):
            return
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
        ent = next((e for e in self.doc.ents if e.start <= start < e.end), None)
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
                head.dep_ == "nsubj"
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

    def _bare_agent(self, start: int, end: int, agent: Entity) -> None:
        """Role nouns without a country ("troops") kept, with sectors only, as arguments."""
        head = self.doc[end - 1]
        if (
            not agent.sectors
            or head.dep_ not in _ARG_DEPS
            or head.pos_ != "NOUN"
            and not (head.pos_ == "PROPN" and head.i == start == head.sent.start)  # "Police said"
            and not (head.pos_ == "PROPN" and head.is_lower)  # "the foreign ministry in Beijing"
        ):
            return
        if head.lower_ in ("people", "press", "media", "company", "industry", "side", "sides"):
            return
        if set(agent.sectors) & (_STATE_SECTORS | _PEOPLE | _ARMED) and self._placed_state_body(
            start, end, agent
        ):
            return  # also "opposition parties in Seoul", "students in Dhaka", "rebels in Chad"
        if agent.individual and not (head.tag_ == "NNS" and agent.sectors[0] == "LEG"):
            return  # but "lawmakers", "legislators": a body
        modifier = self._country_modifier(start, head) or self._patron_group(start, head)
        if modifier is not None:
            tok, country = modifier
            actor = _country_actor(
                self.doc[tok.i : end], country, list(agent.sectors), "demonym+agent", 0.7
            )
            self._take(_Found(tok.i, end, "role", actor))
            return
        if not group_tables().nouns.get(_norm(self.doc[start:end].text), (None, True))[1]:
            return  # "tanks", "bases", "facilities": actors only with a country in front
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

    def _placed_state_body(self, start: int, end: int, agent: Entity) -> bool:
        """ "officials in Kabul", "police in Islamabad", "authorities in Nigeria": a state body
        placed in a country or its capital belongs to that country (taken; True)."""
        head = self.doc[end - 1]
        if any(c.dep_ == "poss" for c in head.children):
            return False  # "its leaders in Brussels": the owner's people, met there
        for prep in head.children:
            if prep.dep_ != "prep" or prep.lower_ not in ("in", "from") or prep.i != end:
                continue
            pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if pobj is None or pobj.i not in self.country_at:
                continue
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
            if "JUD" in agent.sectors and pobj.lower_ == "hague":
                # "a court in The Hague", "prosecutors in The Hague": the international courts
                actor.country, actor.sectors, actor.cameo_code = None, ["IGO", "JUD"], "IGO"
            self._take(_Found(start, last + 1, "role", actor))
            return True
        return False

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
            if self.kb.country_form(tok.text) != "adjective":
                continue
            entity = self.kb.country(tok.text)
            if entity is not None and entity.country:
                return tok, entity.country
        return None

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

    def _untake(self, found: _Found) -> None:
        self.found.remove(found)
        for i in range(found.start, found.end):
            self.taken[i] = False

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
        sent_no = self._sentence_number(self.doc[i].idx)
        subjects = self._clause_subjects(i)
        excluded = {f.entity.id for f in seen if f.entity is not None and f.start in subjects}
        lead = self._leading_subject(i, seen, sent_no)
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
        for f in self.found:
            if f.start >= i or f.actor is None or not resolved_actor(f.actor):
                continue
            if self._sentence_number(self.doc[f.start].idx) < sent_no - 1:
                continue
            if self._is_group(f) and (best is None or f.start > best[0]):
                best = (f.start, f)
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
        self._copy_actor(i, i + 1, best[1].actor, "pronoun", "coref-pronoun", 0.6)

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

    def _group_anaphor(self, i: int, want: str) -> None:
        """ "the bloc" (the latest EU/ASEAN/AU ... mention), "the group" (the latest armed
        group), "the agency" (the latest organisation)."""
        for f in sorted(self.found, key=lambda f: -f.start):
            if f.start >= i - 1:
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
                found = self._copy_actor(i - 1, i + 1, f.actor, "role", "coref-group", 0.7)
                found.entity = None
                return

    def _copy_actor(self, start, end, a: Actor, kind: str, how: str, conf: float) -> _Found:
        found = _Found(start, end, kind, _retext(a, self.doc[start:end], how, conf))
        self._take(found)
        return found

    # -- output

    def _sentence_number(self, char: int) -> int:
        return max(bisect.bisect_right(self.sentence_starts, char) - 1, 0)

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

    def __post_init__(self) -> None:
        self.blockers: list[int] = []
        self.genders: dict[str, str] = {}  # person (entity id or name) -> "m"/"f" from pronouns


def _member_sectors(base: Entity, dated: Entity, agent: Entity) -> list[str] | None:
    """Sectors of a movement's people: "Hezbollah fighters" take the group's armed sector (a
    group in power its army's, MIL), "Hamas officials" and "Likud activists" the group's
    sectors at the story date; activists never a government's or an army's. None: not a
    movement or not a member noun (the agent's own sectors apply: "Taliban government")."""
    if base.kind != "org" or not (_MOVEMENT & {*base.sectors, *dated.sectors}):
        return None
    if "GOV" in base.sectors:
        return None  # the party of a one-party state: "Communist Party officials" are GOV
    if _ARMED & set(agent.sectors) or "MIL" in agent.sectors:
        armed = [s for s in dated.sectors if s in _ARMED or s == "MIL"]
        return armed[:1] or None
    if agent.name not in _MEMBER_NOUNS:
        return None
    if agent.name == "activist":
        return [s for s in dated.sectors if s not in ("GOV", "MIL")] or list(base.sectors)
    return list(dated.sectors)


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


def _roles_match(have: str, want: str) -> bool:
    """Same office, or a narrower one ("defense_spokesperson" is a "spokesperson")."""
    return have == want or have.endswith("_" + want) or want.endswith("_" + have)


def resolved_actor(actor: Actor | None) -> bool:
    """Whether an actor names a country or a coded organisation (not just a sector)."""
    return actor is not None and bool(actor.country or actor.cameo_code)


def iter_actors(mentions: list[Mention]) -> Iterator[Actor]:
    """The resolved actors of some mentions, skipping unresolved ones."""
    return (m.actor for m in mentions if m.actor is not None)
