"""The typed records that flow through the Tacitus pipeline.

Every stage reads and writes these small dataclasses. Offsets (``start``/``end``)
are character offsets into ``Article.text`` (the cleaned body), end exclusive.
"""

from __future__ import annotations

import dataclasses
import hashlib
from dataclasses import dataclass, field
from typing import Any


def _asdict(obj: Any) -> dict[str, Any]:
    return dataclasses.asdict(obj)


def content_hash(text: str) -> str:
    """Stable hash of an article body: whitespace-normalised, sha256 hex."""
    norm = " ".join(text.split())
    return hashlib.sha256(norm.encode("utf-8")).hexdigest()


@dataclass(slots=True)
class Dropped:
    """A piece of the raw input that cleaning removed, and why."""

    text: str
    reason: str  # e.g. "masthead", "share-button", "duplicate-caption", "byline"

    def to_dict(self) -> dict[str, Any]:
        return _asdict(self)


@dataclass(slots=True)
class RawDocument:
    """One article as read from an input, before cleaning.

    ``location`` names where it came from for error messages ("file.jsonl:12").
    ``fields`` carries metadata given by the input itself (JSONL keys, CLI options).
    """

    source: str  # path, or "<stdin>"
    location: str  # "path" or "path:line"
    format: str  # "text" | "html" | "jsonl"
    content: str
    fields: dict[str, Any] = field(default_factory=dict)


@dataclass(slots=True)
class Article:
    """A cleaned article: metadata plus the body text that all offsets point into."""

    id: str
    text: str
    title: str | None = None
    date: str | None = None  # publication date, ISO 8601 (YYYY-MM-DD or with time)
    url: str | None = None
    publisher: str | None = None
    byline: str | None = None
    language: str = "en"
    dateline: str | None = None  # "SEOUL" from "SEOUL, May 30 (Reuters) -"
    source: str | None = None  # file path / location it was read from
    format: str | None = None
    dropped: list[Dropped] = field(default_factory=list)
    content_hash: str = ""

    def __post_init__(self) -> None:
        if not self.content_hash:
            self.content_hash = content_hash(self.text)

    def to_dict(self) -> dict[str, Any]:
        return _asdict(self)

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Article:
        d = dict(d)
        d["dropped"] = [Dropped(**x) for x in d.get("dropped", [])]
        return cls(**d)


@dataclass(slots=True)
class Sentence:
    article_id: str
    index: int
    text: str
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        return _asdict(self)


@dataclass(slots=True)
class Actor:
    """An actor resolved to an entity (or left unresolved, with ``name`` None)."""

    text: str  # the words in the article
    name: str | None = None  # canonical name of the entity
    country: str | None = None  # ISO 3166 alpha-3; None for IGOs/NGOs/unknown
    sectors: list[str] = field(default_factory=list)  # CAMEO/PLOVER sector codes: GOV, MIL, ...
    cameo_code: str | None = None  # e.g. USAGOV, JPNMIL, IGOUNO
    wikidata: str | None = None
    entity_id: str | None = None  # id in the Tacitus knowledge base
    start: int | None = None
    end: int | None = None
    resolution: str | None = (
        None  # how it was resolved: "kb-person", "metonym", "demonym", "coref", ...
    )
    confidence: float = 0.0

    def to_dict(self) -> dict[str, Any]:
        return _asdict(self)

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Actor:
        return cls(**d)


@dataclass(slots=True)
class Mention:
    """A span in a sentence that refers to a political actor."""

    article_id: str
    sentence_index: int
    text: str
    start: int
    end: int
    kind: str  # "name" | "role" | "metonym" | "demonym" | "pronoun" | "org" | "group"
    actor: Actor | None = None
    token_start: int | None = None  # spaCy token indices (doc-level), end exclusive
    token_end: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return _asdict(self)


@dataclass(slots=True)
class When:
    value: str | None  # ISO date "2023-10-04", "2023-08", "2023" or None
    precision: str  # "day" | "week" | "month" | "year" | "unknown"
    text: str | None = None  # the words that gave the date
    reason: str = ""  # why this date was chosen

    def to_dict(self) -> dict[str, Any]:
        return _asdict(self)


@dataclass(slots=True)
class Where:
    name: str
    country: str | None  # ISO3
    admin1: str | None = None
    lat: float | None = None
    lon: float | None = None
    geonames_id: int | None = None
    precision: str = "city"  # "landmark" | "city" | "admin1" | "country"
    reason: str = ""
    text: str | None = None
    start: int | None = None
    end: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return _asdict(self)


@dataclass(slots=True)
class Event:
    """One coded interaction: who did what to whom, when and where, with evidence."""

    event_id: str
    article_id: str
    sentence_index: int
    evidence: dict[str, Any]  # {text, start, end}
    trigger: dict[str, Any]  # {text, start, end, lemma}
    actor: list[Actor]
    recipient: list[Actor]
    plover: dict[str, Any]  # {type, mode, contexts}
    cameo: dict[str, Any]  # {code, root, quad_class, goldstein}
    date: When | None = None
    location: Where | None = None
    flags: dict[str, bool] = field(
        default_factory=lambda: {"negated": False, "hypothetical": False, "future": False}
    )
    confidence: float = 0.0
    rule: str = ""  # id of the pattern that fired
    coder: dict[str, str] = field(default_factory=dict)  # {name, version}

    def to_dict(self) -> dict[str, Any]:
        d = _asdict(self)
        return d


@dataclass(slots=True)
class Quote:
    """A direct quotation attributed to its speaker: the quoted words, where they stand, who said them."""

    article_id: str
    sentence_index: int  # the sentence where the quotation opens
    text: str  # the quoted words, without the quotation marks
    start: int  # character offsets of the quoted words in the article text
    end: int
    speaker: Actor | None = None  # None when no speaker could be resolved
    cue: str | None = None  # the reporting verb ("said", "told reporters"), if any
    reason: str = ""  # how the speaker was found

    def to_dict(self) -> dict[str, Any]:
        return _asdict(self)


@dataclass(slots=True)
class Failure:
    """An input that could not be coded: where, what went wrong, and what to do."""

    location: str  # "path" or "path:line"
    reason: str
    hint: str = ""

    def message(self) -> str:
        msg = f"{self.location}: {self.reason}"
        return f"{msg} ({self.hint})" if self.hint else msg

    def to_dict(self) -> dict[str, Any]:
        return _asdict(self)


@dataclass(slots=True)
class Analysis:
    """Everything the pipeline knows about one article; stages fill it in turn."""

    article: Article
    doc: Any = None  # spaCy Doc over article.text
    sentences: list[Sentence] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    #: events coded but held back because their calibrated confidence is under the floor
    withheld: list[Event] = field(default_factory=list)
    places: list[Where] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
