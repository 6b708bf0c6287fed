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
* coordinated nationalities share the role noun ("Chinese and Russian bombers": CHN MIL, RUS MIL);
* a state's body named by a word another state's body owns, qualified by the state ("the
  Norwegian Labour Party", "the Nigeria Labour Congress"), is the qualifier's; a body's one-word
  name ending a person's name ("Edmond Pope") is no body; an armed movement's arm in a state
  ("the Islamic State's affiliate in Mozambique") is that state's (``affiliate``); an office of
  an organisation ("the prosecutor of the International Criminal Court") is the
  organisation's (``office-of-org``); a crowd or body at a square the gazetteer places ("in
  Tiananmen Square") is of its state; "local police" of the one state whose place its sentence
  names (``local-place``);
* groups of states ("the West", "the Gulf states") are region actors with no country
  (data/organizations/regions.tsv), unless named as a place or inside a longer name;
* a bare state body or armed group ("the government", "the rebels") in a sentence that names one
  country only, before it and not as the one acting on it, takes it (``sentence-country``);
* an unknown titled person with no nationality ("President Petro Ivanenko") takes the one state
  its sentence names before it, unless that state acts on the person from outside
  (``title-sentence-country``);
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
  reporter when that person is known;
* bare state bodies ("police", "the government") in a local story take the dateline's country
  (``dateline-country``), or without a dateline the country the article is mostly about
  (``article-country``), never the state they act on; a capital's dateline counts as naming its
  state, and a body whose verb acts on every other state the story (or its own sentence)
  names is the dateline's;
  bare armed men ("Troops opened fire", "Rebels seized", "gunmen") that act in a story about
  the dateline's state alone take it too; elsewhere bare role nouns ("militants", "forces")
  keep sectors only and no country, so no event is coded for them. The dateline itself (its
  agency, "(Reuters)") is no antecedent and no story country.

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
from ..pipeline import stages
from ..records import Analysis, Mention
from .base import _Found, iter_actors, resolved_actor
from .ethnic import MODIFIER_PREFIXES, prefixed_modifier
from .kb import Entity, KnowledgeBase, as_of
from .people import TITLE_WORDS
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
                line = analysis.article.text[:filed]
                named = _dateline_names(line, home, self.kb)
                capital = dateline_capital(line, home, self.kb)
                home_agents(
                    kept, home, analysis.doc, dateline_named=named, dateline_capital=capital
                )
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


class _DocResolver(_References):
    """The per-document resolver: its parts, run in order over one document."""

    def run(self) -> list[Mention]:
        # the dateline ("CAIRO, Feb 11 (Reuters) -") is where and by whom the story was filed:
        # its agency is no antecedent for "the president" or "their", and no story country
        self.taken = [t.idx < self.body_start for t in self.doc]
        spans = [s for s in self._kb_spans() if self.doc[s[0]].idx >= self.body_start]
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
        self._officials_of(agents)
        self._followers()
        self._their_congress()
        self._titled_sentence_country()
        self._sentence_country()
        self._clause_place()
        self._local_bodies()
        self._other_country()
        self._country_references()
        self._same_body_references()
        self._reported_bodies()
        self._it_references()
        self._possessed_bodies()
        return [self._mention(f) for f in sorted(self.found, key=lambda f: f.start)]

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
