"""Tables the actors stage reads once per process: the ethnic, religious and regional modifiers
and the group nouns agents.tsv lacks (package data ``actors/data/ethnic_groups.tsv`` and
``group_nouns.tsv``), the spaCy PhraseMatchers over the knowledge base's aliases and role nouns
(one per vocabulary and knowledge base), and the English model's index of ordinary words.

Reads: package data, the knowledge base, a spaCy vocabulary. Writes: nothing but its caches.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..datafiles import package_file, read_tsv
from ..errors import DataFileError
from .kb import Entity, KnowledgeBase, _norm
from .spelling import name_key


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
    #: person id -> the spelling keys of every word but the last of the person's full name and
    #: aliases ("Micheál" of Micheál Martin): a capitalised word before a KB surname that is none
    #: of its bearers' makes a longer name ("Lockheed Martin", "George Martin"), not that person
    given_names: dict[str, frozenset[str]] = field(default_factory=dict)


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
    given: dict[str, set[str]] = {}
    for alias, entity, form in kb.alias_items():
        if entity.kind != "person":
            continue
        if form == "surname":
            surname_counts[alias] = surname_counts.get(alias, 0) + 1
        elif form in ("name", "alias"):
            words = given.setdefault(entity.id, set())
            words.update(name_key(w) for w in alias.replace("-", " ").split()[:-1])
    given_names = {i: frozenset(w) for i, w in given.items()}
    tables = _Tables(kb, vocab, kb_matcher, agent_matcher, surfaces, surname_counts, given_names)
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
