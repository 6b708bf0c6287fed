"""Load and validate the event pattern dictionary.

The dictionary is ``events/data/patterns.yaml`` (header, noun classes, light verbs and the core
senses) plus every ``*.yaml`` in the folder ``patterns/`` beside it, read in name order. A part
file holds ``verbs:`` and/or ``nouns:`` lists, and may add ``classes:`` (merged with the main
file's). Ids are unique across all files; for a lemma, senses of the main file are tried first.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import yaml

from ..datafiles import Row, package_file, read_yaml_list, validate
from ..errors import DataFileError

DEFAULT_PATH = package_file("events", "data", "patterns.yaml")

#: Recipient slots that are dependency labels rather than preposition words.
DEP_SLOTS = frozenset({"dobj", "dative", "attr", "compound", "that"})

#: Marker in ``needs_object`` meaning "the object must resolve to an actor".
ACTOR = "ACTOR"
#: Marker in ``needs_object`` meaning "the object may be a place the gazetteer knows".
PLACE = "PLACE"


@dataclass(frozen=True, slots=True)
class Pattern:
    """One verb or noun sense: the words that trigger it and the code it gives."""

    id: str
    kind: str  # "verb" | "noun"
    lemmas: tuple[str, ...]
    cameo: str
    recipient: tuple[str, ...] = ()
    prep: str | None = None
    needs_object: frozenset[str] = frozenset()
    bars_object: frozenset[str] = frozenset()
    needs_actor_sector: frozenset[str] = frozenset()
    object_refine: tuple[tuple[str, str], ...] = ()
    symmetric: bool = False
    requires_light: bool = False
    needs_word: frozenset[str] = frozenset()
    needs_recipient: bool = False
    actor_is_object: bool = False
    receiver: bool = False
    no_event: bool = False
    intransitive: bool = False
    plover: str | None = None
    mode: str | None = None
    confidence: float = 0.7
    line: int = 0


@dataclass(slots=True)
class PatternSet:
    """All patterns, indexed by lemma, plus noun classes and light verbs."""

    path: str
    version: int
    verbs: dict[str, list[Pattern]] = field(default_factory=dict)
    nouns: dict[str, list[Pattern]] = field(default_factory=dict)
    classes: dict[str, frozenset[str]] = field(default_factory=dict)
    light_verbs: frozenset[str] = frozenset()
    by_id: dict[str, Pattern] = field(default_factory=dict)
    #: lemma -> the classes it is in, filled as lemmas are asked for (the coder asks thousands
    #: of times per article)
    class_cache: dict[str, frozenset[str]] = field(default_factory=dict, repr=False)

    def classes_of(self, lemma: str) -> frozenset[str]:
        found = self.class_cache.get(lemma)
        if found is None:
            found = frozenset(name for name, words in self.classes.items() if lemma in words)
            self.class_cache[lemma] = found
        return found

    def refine(self, pattern: Pattern, object_lemma: str | None) -> str:
        """The CAMEO code for ``pattern`` given its object's lemma (object_refine)."""
        if object_lemma:
            for cls, code in pattern.object_refine:
                if object_lemma in self.classes.get(cls, ()):
                    return code
        return pattern.cameo


def _checks(known_classes: set[str]):
    def check(row: Row) -> Iterable[str]:
        d = row.data
        where = row.where()
        if not d.get("id"):
            yield f"{where}: 'id' is required"
        if not isinstance(d.get("lemmas"), list) or not d["lemmas"]:
            yield f"{where}: 'lemmas' must be a non-empty list"
        code = str(d.get("cameo", ""))
        if not (code.isdigit() and 3 <= len(code) <= 4):
            yield f"{where}: 'cameo' must be a 3-4 digit CAMEO code string like \"040\", got {code!r}"
        conf = d.get("confidence", 0.7)
        if not isinstance(conf, (int, float)) or not 0 < conf <= 1:
            yield f"{where}: 'confidence' must be a number in (0, 1]"
        # YAML 1.1 reads a bare on/off/yes/no as a boolean: "recipient: [on]" would silently
        # never match, so every slot and preposition must come out as a string.
        for slot in d.get("recipient") or ():
            if not isinstance(slot, str):
                yield f'{where}: recipient slot {slot!r} is not a word (quote it: "on")'
        if "prep" in d and not isinstance(d["prep"], str):
            yield f'{where}: prep {d["prep"]!r} is not a word (quote it: "on")'
        for cls in d.get("object_refine") or {}:
            if cls not in known_classes:
                yield f"{where}: object_refine names unknown class {cls!r}"
        for cls, refined in (d.get("object_refine") or {}).items():
            if not (str(refined).isdigit() and 3 <= len(str(refined)) <= 4):
                yield f"{where}: object_refine[{cls}] must be a CAMEO code string"
        unknown = set(d) - {
            "id",
            "lemmas",
            "cameo",
            "recipient",
            "prep",
            "needs_object",
            "bars_object",
            "needs_actor_sector",
            "object_refine",
            "symmetric",
            "requires_light",
            "needs_word",
            "needs_recipient",
            "actor_is_object",
            "receiver",
            "no_event",
            "intransitive",
            "plover",
            "mode",
            "confidence",
        }
        if unknown:
            yield f"{where}: unknown field(s) {', '.join(sorted(unknown))}"

    return check


def _pattern(row: Row, kind: str) -> Pattern:
    d = row.data
    return Pattern(
        id=d["id"],
        kind=kind,
        lemmas=tuple(str(x).lower() for x in d["lemmas"]),
        cameo=str(d["cameo"]),
        recipient=tuple(d.get("recipient") or ()),
        prep=d.get("prep"),
        needs_object=frozenset(
            str(x) if x in (ACTOR, PLACE) else str(x).lower() for x in d.get("needs_object") or ()
        ),
        bars_object=frozenset(str(x).lower() for x in d.get("bars_object") or ()),
        needs_actor_sector=frozenset(d.get("needs_actor_sector") or ()),
        object_refine=tuple((k, str(v)) for k, v in (d.get("object_refine") or {}).items()),
        symmetric=bool(d.get("symmetric", False)),
        requires_light=bool(d.get("requires_light", False)),
        needs_word=frozenset(str(x).lower() for x in d.get("needs_word") or ()),
        needs_recipient=bool(d.get("needs_recipient", False)),
        actor_is_object=bool(d.get("actor_is_object", False)),
        receiver=bool(d.get("receiver", False)),
        no_event=bool(d.get("no_event", False)),
        intransitive=bool(d.get("intransitive", False)),
        plover=d.get("plover"),
        mode=d.get("mode"),
        confidence=float(d.get("confidence", 0.7)),
        line=row.line,
    )


def part_files(path: str | Path) -> list[Path]:
    """The part files that extend ``path``: ``patterns/*.yaml`` in its folder, in name order."""
    folder = Path(path).parent / Path(path).stem
    return sorted(folder.glob("*.yaml")) if folder.is_dir() else []


def _read_top(path: str | Path) -> dict:
    try:
        with open(path, encoding="utf-8") as fh:
            top = yaml.safe_load(fh) or {}
    except yaml.YAMLError as exc:
        raise DataFileError(str(path), [f"not valid YAML: {exc}"]) from None
    if not isinstance(top, dict):
        raise DataFileError(str(path), ["expected a mapping with 'verbs' and/or 'nouns'"])
    return top


def load(path: str | Path | None = None) -> PatternSet:
    """Read, validate (listing every problem) and index a pattern file and its part files."""
    path = str(path or DEFAULT_PATH)
    files = [Path(path), *part_files(path)]
    tops = [_read_top(f) for f in files]
    classes: dict[str, frozenset[str]] = {}
    for top in tops:
        for k, v in (top.get("classes") or {}).items():
            classes[k] = classes.get(k, frozenset()) | frozenset(str(w).lower() for w in v)
    problems: list[str] = []
    seen: dict[str, str] = {}
    kinds: list[tuple[str, list[Row]]] = []
    for f, top in zip(files, tops, strict=True):
        for kind, key in (("verb", "verbs"), ("noun", "nouns")):
            if f != files[0] and key not in top:
                continue  # a part file may hold only verbs or only nouns
            rows = read_yaml_list(f, key)
            kinds.append((kind, rows))
            try:
                validate(rows, f, _checks(set(classes)))
            except DataFileError as exc:
                problems.extend(exc.problems)
            for row in rows:
                pid = row.data.get("id")
                if pid in seen:
                    problems.append(f"{row.where()}: duplicate id (first at {seen[pid]})")
                elif pid:
                    seen[pid] = f"{Path(row.path).name}:{row.line}"
    if problems:
        raise DataFileError(path, problems)
    ps = PatternSet(
        path=path,
        version=int(tops[0].get("version", 1)),
        classes=classes,
        light_verbs=frozenset(str(x).lower() for top in tops for x in top.get("light_verbs") or ()),
    )
    for kind, rows in kinds:
        index = ps.verbs if kind == "verb" else ps.nouns
        for row in rows:
            pat = _pattern(row, kind)
            ps.by_id[pat.id] = pat
            for lemma in pat.lemmas:
                index.setdefault(lemma, []).append(pat)
    return ps


@lru_cache(maxsize=1)
def default() -> PatternSet:
    """The packaged pattern set, loaded once."""
    return load(DEFAULT_PATH)
