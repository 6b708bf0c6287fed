"""CAMEO and PLOVER code tables: CAMEO event codes, our CAMEO→PLOVER crosswalk, PLOVER vocabularies.

The tables are package data under ``codes/data`` (see ``SOURCES.md`` there), read once through
:mod:`tacitus.datafiles` and validated as a whole: a bad table raises one
:class:`~tacitus.errors.DataFileError` that lists every problem with its ``file:line``.

CAMEO roots 01 (public statements) and 02 (appeals) have no PLOVER type; for them
:func:`plover_for_cameo` returns ``{"type": None, ...}``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from ..datafiles import (
    Check,
    Row,
    package_file,
    read_tsv,
    read_yaml_list,
    require,
    unique,
    validate,
)
from ..errors import DataFileError

__all__ = [
    "LEGACY_PLOVER",
    "CameoCode",
    "PloverType",
    "Crosswalk",
    "PloverVocabulary",
    "cameo",
    "is_cameo",
    "cameo_codes",
    "cameo_record",
    "plover_for_cameo",
    "plover_types",
    "plover_contexts",
    "auxiliary_modes",
    "sectors",
    "normalize_plover_type",
    "read_cameo_events",
    "read_crosswalk",
    "read_plover",
    "validate_all",
]

_CODE = re.compile(r"^(0[1-9]|1\d|20)\d{1,2}$")
# PLOVER has no event type for these CAMEO roots (the manual drops them).
NO_PLOVER_ROOTS = frozenset({"01", "02"})

# PLOVER 0.5 names (used e.g. by the 2016 gold-standard records) → (current type, implied mode).
LEGACY_PLOVER: dict[str, tuple[str, str | None]] = {
    "DEMAND": ("REQUEST", None),
    "DISAPPROVE": ("ACCUSE", None),
    "INVESTIGATE": ("ACCUSE", "investigate"),
    "FIGHT": ("ASSAULT", None),
}


@dataclass(frozen=True, slots=True)
class CameoCode:
    """One CAMEO 1.1b3 event code."""

    code: str
    name: str
    root: str
    quad_class: int
    goldstein: float


@dataclass(frozen=True, slots=True)
class PloverType:
    """One PLOVER event type with its valid modes."""

    name: str
    definition: str
    modes: tuple[str, ...]
    default_cameo: str
    quad_class: int
    goldstein: float = 0.0
    plover_score: float = 0.0
    mode_scores: dict[str, float] = field(default_factory=dict, compare=False, hash=False)


@dataclass(frozen=True, slots=True)
class Crosswalk:
    """The PLOVER reading of one CAMEO code; ``plover_type`` is None for roots 01 and 02."""

    cameo: str
    plover_type: str | None
    mode: str | None
    contexts: tuple[str, ...]
    note: str = ""


@dataclass(frozen=True, slots=True)
class PloverVocabulary:
    """Everything in ``plover.yaml``."""

    types: dict[str, PloverType]
    contexts: frozenset[str]
    auxiliary_modes: frozenset[str]
    sectors: dict[str, str]


def _data(name: str) -> Path:
    return package_file("codes", "data", name)


# ---------------------------------------------------------------------------------------------
# Readers (take a path so that tests and tools can check other copies of the tables)


def _source_note(path: str | Path) -> list[str]:
    with open(path, encoding="utf-8") as fh:
        if any(line.startswith("# source:") for line in fh):
            return []
    return [f"{Path(path).name}: a '# source:' header comment line is required"]


def _problems(rows: list[Row], path: str | Path, *checks: Check) -> list[str]:
    """Every problem ``datafiles.validate`` finds, returned so file-level checks can join them."""
    try:
        validate(rows, path, *checks)
    except DataFileError as exc:
        return exc.problems
    return []


def _no_extra(key: str) -> Check:
    def check(row: Row) -> Iterable[str]:
        if "__extra__" in row.data:
            yield f"{row.where(key)}: more cells than header columns: {row.data['__extra__']!r}"

    return check


def _check_cameo_row(row: Row) -> Iterable[str]:
    d, where = row.data, row.where("code")
    code = d.get("code", "")
    if not _CODE.match(code):
        yield f"{where}: 'code' must be 3 or 4 digits with root 01-20, like 042 or 1821"
        return
    if d.get("root") != code[:2]:
        yield f"{where}: 'root' must be {code[:2]!r} (the code's first two digits)"
    expected = _quad_for_root(code[:2])
    if d.get("quad_class") != str(expected):
        yield f"{where}: 'quad_class' must be {expected} for root {code[:2]}"
    try:
        score = float(d.get("goldstein", ""))
    except ValueError:
        yield f"{where}: 'goldstein' must be a number from -10 to 10"
    else:
        if not -10.0 <= score <= 10.0:
            yield f"{where}: 'goldstein' {score} is outside -10..10"


def _quad_for_root(root: str) -> int:
    r = int(root)
    return 1 if r <= 5 else 2 if r <= 8 else 3 if r <= 14 else 4


def read_cameo_events(path: str | Path) -> dict[str, CameoCode]:
    """Read and validate a ``cameo_events.tsv``; raise DataFileError listing every problem."""
    rows = read_tsv(path)
    problems = _source_note(path)
    problems += _problems(
        rows,
        path,
        require("code", "name", "root", "quad_class", "goldstein", id_key="code"),
        unique("code"),
        _no_extra("code"),
        _check_cameo_row,
    )
    codes = {row.data["code"] for row in rows}
    for row in rows:
        code = row.data.get("code", "")
        if len(code) == 4 and _CODE.match(code) and code[:3] not in codes:
            problems.append(f"{row.where('code')}: parent code {code[:3]} is missing")
    if problems:
        raise DataFileError(str(path), problems)
    return {
        d["code"]: CameoCode(
            d["code"], d["name"], d["root"], int(d["quad_class"]), float(d["goldstein"])
        )
        for d in (row.data for row in rows)
    }


def _check_plover_type(cameo_root: dict[str, str] | None) -> Check:
    def check(row: Row) -> Iterable[str]:
        d, where = row.data, row.where("name")
        if d.get("quad_class") not in (1, 2, 3, 4):
            yield f"{where}: 'quad_class' must be 1, 2, 3 or 4"
        modes = d.get("modes")
        if not isinstance(modes, list) or not all(isinstance(m, str) and m for m in modes):
            yield f"{where}: 'modes' must be a list of names (may be empty)"
            modes = []
        scores = d.get("mode_scores") or {}
        if not isinstance(scores, dict) or set(scores) - set(modes):
            yield f"{where}: 'mode_scores' must map this type's modes to numbers"
        code = str(d.get("default_cameo", ""))
        if cameo_root is not None and code not in cameo_root:
            yield f"{where}: 'default_cameo' {code!r} is not a CAMEO code in cameo_events.tsv"
        for key in ("goldstein", "plover_score"):
            if not isinstance(d.get(key), int | float) or not -10 <= d[key] <= 10:
                yield f"{where}: {key!r} must be a number from -10 to 10"

    return check


def _named_list(path: str | Path, key: str, id_key: str) -> tuple[list[Row], list[str]]:
    rows = read_yaml_list(path, key)
    return rows, _problems(rows, path, require(id_key, "meaning", id_key=id_key), unique(id_key))


def read_plover(path: str | Path, *, cameo: dict[str, CameoCode] | None = None) -> PloverVocabulary:
    """Read and validate a ``plover.yaml``; with ``cameo``, also check each type's default code."""
    with open(path, encoding="utf-8") as fh:
        top = yaml.safe_load(fh) or {}
    problems = (
        []
        if isinstance(top, dict) and top.get("source")
        else [f"{Path(path).name}: a top-level 'source:' key is required"]
    )
    ctx_rows, p = _named_list(path, "contexts", "name")
    aux_rows, p2 = _named_list(path, "auxiliary_modes", "name")
    sec_rows, p3 = _named_list(path, "sectors", "code")
    contexts = {str(r.data.get("name")) for r in ctx_rows}
    types = read_yaml_list(path, "event_types")
    roots = {c: cc.root for c, cc in cameo.items()} if cameo is not None else None
    problems += p + p2 + p3
    problems += _problems(
        types,
        path,
        require("name", "definition", "default_cameo", id_key="name"),
        unique("name"),
        _check_plover_type(roots),
    )
    if problems:
        raise DataFileError(str(path), problems)
    return PloverVocabulary(
        types={str(r.data["name"]): _plover_type(r.data) for r in types},
        contexts=frozenset(contexts),
        auxiliary_modes=frozenset(str(r.data["name"]) for r in aux_rows),
        sectors={str(r.data["code"]): str(r.data["meaning"]) for r in sec_rows},
    )


def _plover_type(d: dict[str, Any]) -> PloverType:
    return PloverType(
        name=str(d["name"]),
        definition=str(d["definition"]),
        modes=tuple(d["modes"]),
        default_cameo=str(d["default_cameo"]),
        quad_class=int(d["quad_class"]),
        goldstein=float(d["goldstein"]),
        plover_score=float(d["plover_score"]),
        mode_scores={k: float(v) for k, v in (d.get("mode_scores") or {}).items()},
    )


def _split(cell: str) -> tuple[str, ...]:
    return tuple(c.strip() for c in cell.split("|") if c.strip())


def _check_crosswalk_row(cameo: dict[str, CameoCode], vocab: PloverVocabulary) -> Check:
    def check(row: Row) -> Iterable[str]:
        d, where = row.data, row.where("cameo")
        code, ptype, mode = d.get("cameo", ""), d.get("plover_type", ""), d.get("mode", "")
        if code not in cameo:
            yield f"{where}: 'cameo' {code!r} is not in cameo_events.tsv"
        elif code[:2] in NO_PLOVER_ROOTS:
            if ptype or mode or d.get("contexts"):
                yield (
                    f"{where}: CAMEO root {code[:2]} has no PLOVER type; leave plover_type, "
                    "mode and contexts empty (use plover_note)"
                )
            return
        if ptype not in vocab.types:
            yield f"{where}: 'plover_type' {ptype!r} is not a PLOVER type in plover.yaml"
        elif mode and mode not in vocab.types[ptype].modes:
            valid = ", ".join(vocab.types[ptype].modes) or "none"
            yield f"{where}: 'mode' {mode!r} is not a mode of {ptype} (valid: {valid})"
        for ctx in _split(d.get("contexts", "")):
            if ctx not in vocab.contexts:
                yield f"{where}: context {ctx!r} is not a PLOVER context in plover.yaml"

    return check


def read_crosswalk(
    path: str | Path, *, cameo: dict[str, CameoCode], plover: PloverVocabulary
) -> dict[str, Crosswalk]:
    """Read and validate a ``cameo_plover.tsv`` against the CAMEO codes and PLOVER vocabulary."""
    rows = read_tsv(path)
    problems = _source_note(path)
    problems += _problems(
        rows,
        path,
        require("cameo", id_key="cameo"),
        unique("cameo"),
        _no_extra("cameo"),
        _check_crosswalk_row(cameo, plover),
    )
    missing = sorted(set(cameo) - {row.data.get("cameo") for row in rows})
    if missing:
        problems.append(f"{Path(path).name}: CAMEO codes without a row: {', '.join(missing)}")
    if problems:
        raise DataFileError(str(path), problems)
    return {
        d["cameo"]: Crosswalk(
            cameo=d["cameo"],
            plover_type=d.get("plover_type") or None,
            mode=d.get("mode") or None,
            contexts=_split(d.get("contexts", "")),
            note=d.get("plover_note", ""),
        )
        for d in (row.data for row in rows)
    }


def _check_defaults(
    vocab: PloverVocabulary, codes: dict[str, CameoCode], xwalk: dict[str, Crosswalk], path: Path
) -> list[str]:
    problems = []
    for t in vocab.types.values():
        mapped = xwalk.get(t.default_cameo)
        if mapped is None or mapped.plover_type != t.name:
            problems.append(
                f"{path.name} ({t.name}): default_cameo {t.default_cameo} must map to "
                f"{t.name} in cameo_plover.tsv"
            )
        elif codes[t.default_cameo].goldstein != t.goldstein:
            problems.append(
                f"{path.name} ({t.name}): goldstein must be "
                f"{codes[t.default_cameo].goldstein}, the score of {t.default_cameo}"
            )
    return problems


# ---------------------------------------------------------------------------------------------
# The shipped tables, loaded once


@dataclass(frozen=True, slots=True)
class _Tables:
    cameo: dict[str, CameoCode]
    plover: PloverVocabulary
    crosswalk: dict[str, Crosswalk]


@cache
def _tables() -> _Tables:
    problems: list[str] = []
    cameo_codes_: dict[str, CameoCode] | None = None
    vocab: PloverVocabulary | None = None
    try:
        cameo_codes_ = read_cameo_events(_data("cameo_events.tsv"))
    except DataFileError as exc:
        problems += exc.problems
    try:
        vocab = read_plover(_data("plover.yaml"), cameo=cameo_codes_)
    except DataFileError as exc:
        problems += exc.problems
    if cameo_codes_ is None or vocab is None:
        raise DataFileError(str(_data("")), problems)
    try:
        xwalk = read_crosswalk(_data("cameo_plover.tsv"), cameo=cameo_codes_, plover=vocab)
    except DataFileError as exc:
        raise DataFileError(str(_data("")), problems + exc.problems) from None
    problems += _check_defaults(vocab, cameo_codes_, xwalk, _data("plover.yaml"))
    if problems:
        raise DataFileError(str(_data("")), problems)
    return _Tables(cameo_codes_, vocab, xwalk)


def validate_all() -> None:
    """Load and check every code table; raise DataFileError listing every problem."""
    _tables.cache_clear()
    _tables()


# ---------------------------------------------------------------------------------------------
# Lookups


def _key(code: str) -> str:
    if not isinstance(code, str):
        raise TypeError(f"CAMEO codes are strings like '042', not {type(code).__name__} ({code!r})")
    return code.strip()


def cameo(code: str) -> CameoCode:
    """The CAMEO event code ``code`` (a string such as ``"042"``); KeyError if unknown."""
    try:
        return _tables().cameo[_key(code)]
    except KeyError:
        hint = "use 3 or 4 digits as a string, e.g. '042'"
        raise KeyError(f"unknown CAMEO event code {code!r} ({hint})") from None


def is_cameo(code: Any) -> bool:
    """True if ``code`` is a CAMEO 1.1b3 event code (3 or 4 digits) in our table."""
    return isinstance(code, str) and code.strip() in _tables().cameo


def cameo_codes() -> list[str]:
    """Every CAMEO event code, in table order."""
    return list(_tables().cameo)


def cameo_record(code: str) -> dict[str, Any]:
    """The ``cameo`` object of an output event: code, 2-digit root, quad class, Goldstein score."""
    c = cameo(code)
    return {"code": c.code, "root": c.root, "quad_class": c.quad_class, "goldstein": c.goldstein}


def plover_for_cameo(code: str) -> dict[str, Any]:
    """The PLOVER reading of a CAMEO code: ``{type, mode, contexts}``; type None for roots 01/02."""
    cameo(code)  # same KeyError for unknown codes
    x = _tables().crosswalk[_key(code)]
    return {"type": x.plover_type, "mode": x.mode, "contexts": list(x.contexts)}


def plover_types() -> dict[str, PloverType]:
    """The 16 PLOVER event types by name."""
    return dict(_tables().plover.types)


def plover_contexts() -> set[str]:
    """The PLOVER general context names."""
    return set(_tables().plover.contexts)


def auxiliary_modes() -> set[str]:
    """PLOVER's auxiliary modes (historical, future, hypothetical, negation)."""
    return set(_tables().plover.auxiliary_modes)


def sectors() -> dict[str, str]:
    """PLOVER actor sector codes (GOV, MIL, REB, ...) with a one-line meaning."""
    return dict(_tables().plover.sectors)


def normalize_plover_type(name: str) -> tuple[str, str | None]:
    """Map a PLOVER type name, current or PLOVER 0.5 (DEMAND, FIGHT, ...), to ``(type, mode)``."""
    key = name.strip().upper()
    if key in _tables().plover.types:
        return key, None
    if key in LEGACY_PLOVER:
        return LEGACY_PLOVER[key]
    valid = ", ".join(_tables().plover.types)
    raise KeyError(f"unknown PLOVER event type {name!r}; valid: {valid} (or a PLOVER 0.5 name)")
