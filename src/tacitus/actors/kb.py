"""The actors knowledge base: countries, institutional metonyms, organisations, people and agents.

Loaded from the package data files in ``tacitus/actors/data`` (see ``SOURCES.md`` there) with
:mod:`tacitus.datafiles`; every problem in every file is collected into one
:class:`~tacitus.errors.DataFileError`. User files can be layered on top with
``KnowledgeBase.load(extra=[...])``; a user row with the id of a packaged row replaces it.

People come one row per term of office. ``term_end`` is the first day out of office (usually the
successor's first day), so a term covers ``term_start <= date < term_end``. Organisations whose
standing changed (a movement that took power, a rebel group that became a party) have dated
periods in ``org_periods.tsv`` with the same convention (``since <= date < until``); see
:meth:`KnowledgeBase.on_date`.
"""

from __future__ import annotations

import datetime
import hashlib
import os
import pickle
import re
import sys
import time
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..datafiles import Row, is_date, package_file, read_tsv, require, unique, validate
from ..errors import DataFileError
from .spelling import name_key

#: CAMEO/PLOVER sector codes accepted in the data files.
SECTORS = frozenset(
    "GOV MIL COP JUD LEG OPP REB INS CVL BUS MED EDU HLH REF LAB ELI SPY NGO IGO CRM REL AGR ENV"
    " MOD RAD PTY UAF SEP".split()
)

#: A state's diplomatic missions and their members, which stand for the state that sends them
#: (not the one they sit in); each stage adds the words of its own use (plurals, consuls, tourists).
MISSION_WORDS = frozenset({"embassy", "consulate", "ambassador", "envoy", "diplomat"})
#: Data file kinds, told apart by a column only that kind has.
FILES = ("countries", "metonyms", "organizations", "people", "agents")
_KEY_COLUMN = {
    "countries": "iso3",
    "people": "term_start",
    "organizations": "type",
    "agents": "term",
    "metonyms": "id",
    "periods": "since",
}
_ID = re.compile(r"^[a-z0-9_.]+$")
_ISO3 = re.compile(r"^[A-Z]{3}$")


@dataclass(frozen=True, slots=True)
class Entity:
    """One thing an actor mention can resolve to (a person's entity is one term of office)."""

    id: str
    name: str
    kind: str  # "country" | "person" | "org" | "metonym" | "agent"
    country: str | None = None
    sectors: tuple[str, ...] = ()
    cameo_code: str | None = None
    wikidata: str | None = None
    role: str | None = None
    role_key: str | None = None
    term_start: str | None = None
    term_end: str | None = None
    org: str | None = None  # organisation id for officials of an IGO
    surname: str | None = None
    individual: bool = False  # agents: the noun names one person ("minister", not "troops")

    def in_office(self, date: str | None) -> bool:
        """Whether this term covers ``date`` (YYYY-MM-DD...); False for unrecorded terms."""
        if not self.term_start:
            return False
        if date is None:
            return not self.term_end
        # Plain string order: a partial date ("2019-05") sorts before every day of its month, so a
        # term recorded to the month counts from that month's first day and ends before it.
        day = date[:10]
        return self.term_start <= day and (not self.term_end or day < self.term_end)

    @property
    def primary_sector(self) -> str | None:
        return self.sectors[0] if self.sectors else None


def cameo_for(country: str | None, sectors: Iterable[str]) -> str | None:
    """CAMEO actor code from a country and sectors: ``USA`` + ``GOV`` → ``USAGOV``."""
    first = next(iter(sectors), None)
    if country is None:
        return None
    return country + (first or "")


_SUCCESSIONS: dict[str, tuple[str, str]] | None = None


def successions() -> dict[str, tuple[str, str]]:
    """state → (first day of independence, code before it), from data/successions.tsv."""
    global _SUCCESSIONS
    if _SUCCESSIONS is None:
        path = package_file("actors", "data", "successions.tsv")
        rows = validate(
            read_tsv(path),
            path,
            require("state", "since", "before", id_key="state"),
            lambda r: (
                []
                if is_date(r.data.get("since"))
                else [f"{r.where('state')}: 'since' must be a date"]
            ),
        )
        _SUCCESSIONS = {r.data["state"]: (r.data["since"], r.data["before"]) for r in rows}
    return _SUCCESSIONS


def country_on(country: str | None, date: str | None) -> str | None:
    """The code of ``country`` on ``date``: a state that was not yet independent is coded as the
    state it belonged to (XKX before 2008-02-17 is SRB)."""
    if not country or not date:
        return country
    since, before = successions().get(country, (None, None))
    return before if since and date[:10] < since else country


def as_of(actor: Any, date: str | None) -> None:
    """Recode an actor (country and CAMEO code) to the state it belonged to on ``date``."""
    then = country_on(actor.country, date)
    if then and then != actor.country:
        if actor.cameo_code and actor.cameo_code.startswith(actor.country):
            actor.cameo_code = then + actor.cameo_code[len(actor.country) :]
        actor.country = then


def _split(value: str | None) -> list[str]:
    return [v.strip() for v in (value or "").split("|") if v.strip()]


def _kind_of(rows: list[Row], path: str | Path) -> str:
    if not rows:
        return "empty"
    cols = rows[0].data.keys()
    for kind in ("countries", "people", "organizations", "agents", "metonyms", "periods"):
        if _KEY_COLUMN[kind] in cols:
            return kind
    raise DataFileError(
        str(path),
        [
            f"cannot tell which kind of actors file this is from its header ({', '.join(cols)}); "
            "see tacitus/actors/data/SOURCES.md for the columns of each file"
        ],
    )


# ---------------------------------------------------------------- validation


def _check_sectors(key: str = "sectors", id_key: str = "id"):
    def check(row: Row) -> Iterator[str]:
        for s in _split(row.data.get(key)):
            if s not in SECTORS:
                known = ", ".join(sorted(SECTORS))
                yield f"{row.where(id_key)}: unknown sector {s!r} (known: {known})"

    return check


def _check_country(countries: set[str], *, orgs: set[str] | None = None):
    def check(row: Row) -> Iterator[str]:
        c = row.data.get("country", "")
        if c and c not in countries:
            yield (
                f"{row.where()}: unknown country {c!r} "
                "(use an ISO 3166-1 alpha-3 code from countries.tsv)"
            )
        org = row.data.get("org", "")
        if orgs is not None and org and org not in orgs:
            yield f"{row.where()}: unknown org {org!r} (use an id from organizations.tsv)"

    return check


def _check_id(row: Row) -> Iterator[str]:
    ident = row.data.get("id", "")
    if ident and not _ID.match(ident):
        yield f"{row.where()}: id must be lowercase letters, digits, '_', '.' (usa.austin_lloyd)"


def _real_date(value: str) -> bool:
    """YYYY-MM-DD and a day that exists (2023-13-45 is not)."""
    if not is_date(value):
        return False
    try:
        datetime.date.fromisoformat(value)
    except ValueError:
        return False
    return True


_PARTIAL = re.compile(r"^\d{4}(-(0[1-9]|1[0-2]))?$")


def _term_date(value: str) -> bool:
    """A full date (2023-09-13), or a month (2023-09) or year (2023) when the day is not recorded."""
    return _real_date(value) or bool(_PARTIAL.match(value))


def _check_terms(row: Row) -> Iterator[str]:
    start, end = row.data.get("term_start", ""), row.data.get("term_end", "")
    for key, value in (("term_start", start), ("term_end", end)):
        if value and not _term_date(value):
            yield (
                f"{row.where()}: {key!r} must be a date like 2023-09-13 "
                f"(or 2023-09 / 2023 when the day is not known), not {value!r}"
            )
    if end and not start:
        yield f"{row.where()}: 'term_end' without 'term_start'; give both or neither"
    if _term_date(start) and _term_date(end) and end <= start:
        yield f"{row.where()}: term_end {end} is not after term_start {start}"
    if not row.data.get("country") and not row.data.get("org"):
        yield f"{row.where()}: a person needs a 'country' or an 'org'"


def _unique_term():
    seen: dict[tuple[str, str, str], int] = {}

    def check(row: Row) -> Iterator[str]:
        key = (row.data.get("id", ""), row.data.get("role_key", ""), row.data.get("term_start", ""))
        if key in seen:
            yield (
                f"{row.where()}: duplicate id with the same role_key and term_start "
                f"(first at line {seen[key]})"
            )
        else:
            seen[key] = row.line

    return check


def _validate(kind: str, rows: list[Row], path: str | Path, countries: set[str], orgs: set[str]):
    if kind == "countries":

        def iso(row: Row) -> Iterator[str]:
            if not _ISO3.match(row.data.get("iso3", "")):
                yield f"{row.where('iso3')}: 'iso3' must be three capital letters like JPN"

        return validate(rows, path, require("iso3", "name", id_key="iso3"), iso, unique("iso3"))
    if kind == "people":
        return validate(
            rows,
            path,
            require("id", "name", "sectors"),
            _check_id,
            _check_terms,
            _unique_term(),
            _check_sectors(),
            _check_country(countries, orgs=orgs),
        )
    if kind == "agents":
        return validate(
            rows,
            path,
            require("term", id_key="term"),
            unique("term"),
            _check_sectors(id_key="term"),
        )
    checks = [
        require("id", "name"),
        _check_id,
        unique("id"),
        _check_sectors(),
        _check_country(countries),
    ]
    if kind == "metonyms":
        checks.append(require("country", "sectors"))
    return validate(rows, path, *checks)


def _validate_periods(
    rows: list[Row], path: str | Path, countries: set[str], orgs: set[str]
) -> list[Row]:
    """Dated periods of organisations: a known org, a start, an end after it (or none), known
    sectors and country, and no two periods of one org overlapping."""
    spans: dict[str, list[tuple[str, str, int]]] = defaultdict(list)

    def dates(row: Row) -> Iterator[str]:
        d = row.data
        since, until = d.get("since", ""), d.get("until", "")
        for key, value in (("since", since), ("until", until)):
            if value and not _term_date(value):
                yield (
                    f"{row.where('org')}: {key!r} must be a date like 2021-08-15 "
                    f"(or 2021-08 / 2021), not {value!r}"
                )
        if _term_date(since) and _term_date(until) and until <= since:
            yield f"{row.where('org')}: until {until} is not after since {since}"
        org = d.get("org", "")
        if org and org not in orgs:
            yield f"{row.where('org')}: unknown org {org!r} (use an id from organizations*.tsv)"
        for s0, u0, line in spans[org]:
            if since < (u0 or "9999") and s0 < (until or "9999"):
                yield f"{row.where('org')}: period overlaps the one at line {line}"
        spans[org].append((since, until, row.line))

    return validate(
        rows,
        path,
        require("org", "since", "sectors", id_key="org"),
        dates,
        _check_sectors(id_key="org"),
        _check_country(countries),
    )


# ---------------------------------------------------------------- building entities


def _country_entities(row: Row) -> Entity:
    d = row.data
    return Entity(
        id=d["iso3"].lower(),
        name=d["name"],
        kind="country",
        country=d["iso3"],
        cameo_code=d["iso3"],
        wikidata=d.get("wikidata") or None,
    )


def _person(row: Row, orgs: Mapping[str, Entity]) -> Entity:
    d = row.data
    sectors = tuple(_split(d.get("sectors")))
    org = d.get("org") or None
    country = d.get("country") or None
    code = orgs[org].cameo_code if org and org in orgs else cameo_for(country, sectors)
    surname = d.get("surname") or d["name"].split()[-1]
    return Entity(
        id=d["id"],
        name=d["name"],
        kind="person",
        country=country,
        sectors=sectors,
        cameo_code=code,
        wikidata=d.get("wikidata") or None,
        role=d.get("role") or None,
        role_key=d.get("role_key") or None,
        term_start=d.get("term_start") or None,
        term_end=d.get("term_end") or None,
        org=org,
        surname=surname,
    )


def _org(row: Row, kind: str) -> Entity:
    d = row.data
    sectors = tuple(_split(d.get("sectors")))
    country = d.get("country") or None
    code = d.get("cameo_code") or cameo_for(country, sectors)
    return Entity(
        id=d["id"],
        name=d["name"],
        kind=kind,
        country=country,
        sectors=sectors,
        cameo_code=code,
        wikidata=d.get("wikidata") or None,
        role_key=d.get("chief") or None,
    )  # metonyms: the role of the body's head


def _agent(row: Row) -> Entity:
    d = row.data
    return Entity(
        id="agent." + d["term"].replace(" ", "_"),
        name=d["term"],
        kind="agent",
        sectors=tuple(_split(d.get("sectors"))),
        role_key=d.get("role_key") or None,
        individual=d.get("individual", "").lower() == "yes",
    )


@lru_cache(maxsize=4096)  # asked of every token, and of the same words again and again
def _norm(text: str) -> str:
    """Alias key: case-folded, spaces collapsed, curly apostrophes straightened."""
    return " ".join(text.replace("\u2019", "'").split()).casefold()


# ---------------------------------------------------------------- the knowledge base


class KnowledgeBase:
    """Indexes over the actor data files; build with :meth:`default` or :meth:`load`."""

    _default: KnowledgeBase | None = None

    def __init__(self, rows: Mapping[str, list[Row]]) -> None:
        self._aliases: dict[str, list[tuple[Entity, str]]] = defaultdict(list)
        self._countries: dict[str, Entity] = {}
        self._capitals: dict[str, Entity] = {}
        self._agents: dict[str, Entity] = {}
        self._terms: dict[str, list[Entity]] = defaultdict(list)
        self._offices: dict[tuple[str, str], list[Entity]] = defaultdict(list)
        self.orgs: dict[str, Entity] = {}
        self._surfaces: set[str] = set()
        self._late: set[tuple[str, str]] = set()  # (alias key, org id): not its name or first alias
        self._cache_key: str | None = None  # set by load(): names the on-disk cache files
        self._words: dict[str, list[str]] | None = None  # see phrase_words()
        #: org id -> [(since, until, country, sectors)], oldest first (data/org_periods.tsv)
        self._periods: dict[str, list[tuple[str, str, str | None, tuple[str, ...]]]] = {}
        for row in rows.get("countries", []):
            self._add_country(row)
        for row in rows.get("organizations", []):
            self._add_named(_org(row, "org"), row)
        for row in rows.get("metonyms", []):
            self._add_named(_org(row, "metonym"), row)
        self._default_readings()
        for row in rows.get("people", []):
            self._add_person(row)
        for row in rows.get("agents", []):
            self._add_agent(row)
        for row in rows.get("periods", []):
            d = row.data
            period = (d["since"], d.get("until", ""), d.get("country") or None)
            self._periods.setdefault(d["org"], []).append(
                (*period, tuple(_split(d.get("sectors"))))
            )
        for periods in self._periods.values():
            periods.sort()
        for terms in self._terms.values():
            terms.sort(key=lambda e: e.term_start or "")

    # -- construction

    @classmethod
    def default(cls) -> KnowledgeBase:
        """The packaged knowledge base with the user's layers (``--kb-extra``, ``[kb] extra`` in the
        config file, ``$TACITUS_KB_EXTRA``; see :mod:`tacitus.config`), loaded once per process."""
        if cls._default is None:
            from .. import config

            cls._default = cls.load(extra=config.kb_extra())
        return cls._default

    @classmethod
    def reset_default(cls) -> None:
        """Forget the loaded default, so the next :meth:`default` reads the settings again."""
        cls._default = None

    @classmethod
    def load(
        cls,
        paths: Mapping[str, str | Path] | None = None,
        *,
        extra: Iterable[str | Path] = (),
        cache: bool = True,
    ) -> KnowledgeBase:
        """Load and validate data files; ``extra`` user files are layered on top.

        ``paths`` maps a file kind (``countries``, ``metonyms``, ``organizations``, ``people``,
        ``agents``) to a path; kinds not given come from the package. The kind of an ``extra``
        file is told from its header. Raises DataFileError listing every bad row of a file.

        The built indexes are cached on disk (see :func:`cache_dir`), keyed by every file's path,
        size and modification time, so later processes skip reading and validating.
        """
        given = dict(paths or {})
        unknown = set(given) - set(FILES)
        if unknown:
            raise ValueError(
                f"unknown actors file kind(s): {', '.join(sorted(unknown))}; known: {', '.join(FILES)}"
            )
        plan: list[tuple[str | None, list[Path]]] = []
        for kind in FILES:
            if kind in given:
                plan.append((kind, [Path(given[kind])]))
                continue
            # A kind may be split over more files in a folder of that name (people/europe.tsv,
            # ...): together they are one packaged file, so ids must not repeat across them.
            files = [package_file("actors", "data", f"{kind}.tsv")]
            folder = package_file("actors", "data", kind)
            if folder.is_dir():
                files += sorted(folder.glob("*.tsv"))
            plan.append((kind, files))
        plan.append(("periods", [package_file("actors", "data", "org_periods.tsv")]))
        plan += [(None, [Path(p)]) for p in extra]
        key = _cache_key(plan) if cache else None
        if key is not None:
            cached = _read_cache(key)
            if cached is not None:
                return cached
        sources: list[tuple[str, str | Path, list[Row]]] = []
        for kind, files in plan:
            rows = [row for f in files for row in read_tsv(f)]
            label: str | Path = (
                files[0] if len(files) == 1 else f"{files[0]} + {files[1].parent}/*.tsv"
            )
            sources.append((kind or _kind_of(rows, files[0]), label, rows))
        kb = cls(_layer(sources))
        kb._cache_key = key
        if key is not None:
            _write_cache(key, kb)
        return kb

    def _add_country(self, row: Row) -> None:
        entity = _country_entities(row)
        self._countries[entity.country] = entity  # type: ignore[index]
        self._index(entity.name, entity, "name")
        self._index(entity.country, entity, "code")  # type: ignore[arg-type]
        for alias in _split(row.data.get("aliases")):
            self._index(alias, entity, "alias")
        for adj in _split(row.data.get("adjectives")):
            self._index(adj, entity, "adjective")
        for cap in _split(row.data.get("capitals")):
            metonym = Entity(
                id=f"{entity.id}.capital",
                name=cap,
                kind="metonym",
                country=entity.country,
                sectors=("GOV",),
                cameo_code=cameo_for(entity.country, ("GOV",)),
            )
            self._capitals[_norm(cap)] = metonym
            self._index(cap, metonym, "capital")

    def _add_named(self, entity: Entity, row: Row) -> None:
        if entity.kind == "org":
            self.orgs[entity.id] = entity
        self._index(entity.name, entity, "name")
        for n, alias in enumerate(_split(row.data.get("aliases"))):
            self._index(alias, entity, "alias")
            if n:
                self._late.add((_norm(alias), entity.id))

    def _default_readings(self) -> None:
        """Bodies of several states sharing a name ("Labour Party", "PTI", "ANP") list first
        the one whose name or first alias it is (Britain's Labour Party, not Nigeria's listed
        as "Nigeria's Labour Party|Labour Party"): the reading where nothing places the text."""
        for key, entries in self._aliases.items():
            if len({e.country for e, _f in entries if e.kind in ("org", "metonym")}) > 1:
                entries.sort(key=lambda ef, key=key: (key, ef[0].id) in self._late)
        self._late.clear()

    def _add_person(self, row: Row) -> None:
        entity = _person(row, self.orgs)
        first = not self._terms[entity.id]
        self._terms[entity.id].append(entity)
        if entity.role_key and entity.term_start:
            holder = entity.org or entity.country
            self._offices[(holder, entity.role_key)].append(entity)  # type: ignore[index]
        if first:
            self._index(entity.name, entity, "name")
            surname = _norm(entity.surname or "")
            for alias in _split(row.data.get("aliases")):
                # the bare surname listed again as an alias is still only a surname (indexed
                # below): it must go through the resolver's surname rules ("Boko" in "Boko
                # Haram" is not Duma Boko), not resolve as a full name
                if _norm(alias) != surname:
                    self._index(alias, entity, "alias")
            if surname != _norm(entity.name):
                self._index(entity.surname or "", entity, "surname")

    def _add_agent(self, row: Row) -> None:
        entity = _agent(row)
        for form in [row.data["term"], *_split(row.data.get("forms"))]:
            self._agents.setdefault(_norm(form), entity)

    def _index(self, text: str, entity: Entity, form: str) -> None:
        key = _norm(text)
        if key:
            self._surfaces.add(" ".join(text.split()))
        if key and all(e.id != entity.id or f != form for e, f in self._aliases[key]):
            self._aliases[key].append((entity, form))

    # -- queries

    def matches(self, text: str) -> list[tuple[Entity, str]]:
        """Every (entity, form) whose alias equals ``text`` case-insensitively.

        ``form`` says how it matched: name, alias, code, adjective, capital or surname.
        People come back as their first term; see :meth:`term` for the term at a date.
        """
        return list(self._aliases.get(_norm(text), ()))

    def lookup(self, text: str, *, date: str | None = None) -> list[Entity]:
        """Entities named ``text`` (case-insensitive), people as their term at ``date``.

        A person matched by full name or surname resolves even out of office (the person is the
        same, only the role changes); people in office at ``date`` come first.
        """
        found: list[Entity] = []
        for entity, _form in self.matches(text):
            if entity.kind == "person":
                entity = self.term(entity.id, date)
            entity = self.on_date(entity, date)
            if entity not in found:
                found.append(entity)
        if date is not None:
            # people in office first, then an organisation with a period at the date (of two
            # bodies with one name, the one that existed then)
            found.sort(
                key=lambda e: (
                    e.kind == "person" and not e.in_office(date),
                    not self.active(e, date),
                )
            )
        return found

    def term(self, person_id: str, date: str | None = None) -> Entity:
        """The person's term at ``date``, else the latest one before it, else the first."""
        terms = self._terms.get(person_id)  # .get: never add an empty entry to the defaultdict
        if not terms:
            raise KeyError(person_id)
        current = [t for t in terms if t.in_office(date)]
        if current:
            return current[-1]
        if date is None:
            return terms[-1]
        before = [t for t in terms if t.term_start and t.term_start <= date[:10]]
        return before[-1] if before else terms[0]

    def period(self, org_id: str | None, date: str | None):
        """The dated period (since, until, country, sectors) of an organisation that covers
        ``date``, else None (also without a date: the packaged row applies)."""
        if date is None:
            return None
        for since, until, country, sectors in self._periods.get(org_id or "", ()):
            if since <= date[:10] and (not until or date[:10] < until):
                return since, until, country, sectors
        return None

    def on_date(self, entity: Entity, date: str | None) -> Entity:
        """``entity`` as it stood on ``date``: an organisation (or a person who holds a role in
        one, like a group's spokesman) in a dated period of org_periods.tsv takes that period's
        country and sectors (the Taliban in 1998 are AFG GOV, in 2005 the packaged AFG REB).
        Anything else, and anything without a date, comes back unchanged."""
        if entity.kind not in ("org", "person"):
            return entity
        org = entity.id if entity.kind == "org" else entity.org
        period = self.period(org, date) if org else None
        if period is None:
            return entity
        _since, _until, country, sectors = period
        country = country or entity.country
        if entity.kind == "org" and entity.cameo_code not in (
            None,
            cameo_for(entity.country, entity.sectors),
        ):
            code = entity.cameo_code  # a codebook code of its own (IGOs) is kept
        else:
            code = cameo_for(country, sectors)
        return replace(entity, country=country, sectors=sectors, cameo_code=code)

    def active(self, entity: Entity, date: str | None) -> bool:
        """Whether an organisation has a dated period covering ``date`` (used to tell apart
        bodies of the same name in different countries and times)."""
        return entity.kind == "org" and self.period(entity.id, date) is not None

    def terms(self, person_id: str) -> list[Entity]:
        """All recorded terms of a person, oldest first."""
        return list(self._terms.get(person_id, ()))

    def people(self) -> Iterator[Entity]:
        """One entity per person (their latest term)."""
        for terms in self._terms.values():
            yield terms[-1]

    def spelled_like(self, name: str, *, surname: bool = False) -> list[Entity]:
        """People (as their first term) whose full name or alias, or with ``surname`` whose
        surname, has the spelling key of ``name`` (:mod:`.spelling`): "Viktor Yanukovich" finds
        Viktor Yanukovych. Only a fallback for names the exact lookup does not know; the caller
        decides among several and checks the story date."""
        index = self.__dict__.get("_spelling")
        if index is None:
            index = self.__dict__["_spelling"] = self._spelling_index()
        return list(index[1 if surname else 0].get(name_key(name), ()))

    def _spelling_index(self) -> tuple[dict[str, list[Entity]], dict[str, list[Entity]]]:
        full: dict[str, list[Entity]] = defaultdict(list)
        short: dict[str, list[Entity]] = defaultdict(list)
        for alias, entries in self._aliases.items():
            key = name_key(alias)  # the alias key is case-folded, which the spelling key is too
            for entity, form in entries:
                if not key or entity.kind != "person" or form not in ("name", "alias", "surname"):
                    continue
                target = short if form == "surname" else full
                if all(e.id != entity.id for e in target[key]):
                    target[key].append(entity)
        return dict(full), dict(short)

    def country(self, text: str) -> Entity | None:
        """The country named by a name, alias, ISO3 code, adjective/demonym or capital.

        A capital (or seat of government) comes back as a ``metonym`` entity with the GOV sector;
        see :meth:`country_form` for how the text matched.
        """
        hit = self._country_hit(text)
        return hit[0] if hit else None

    def country_form(self, text: str) -> str | None:
        """How ``text`` names a country: name, alias, code, adjective or capital (None if not)."""
        hit = self._country_hit(text)
        return hit[1] if hit else None

    def _country_hit(self, text: str) -> tuple[Entity, str] | None:
        entries = self._aliases.get(_norm(text), ())
        for form in ("name", "alias", "code", "adjective", "capital"):
            for entity, f in entries:
                if f == form and (entity.kind == "country" or f == "capital"):
                    return entity, f
        return None

    def country_codes(self) -> list[str]:
        """ISO3 codes of every country and territory in the knowledge base."""
        return list(self._countries)

    def country_by_code(self, iso3: str) -> Entity | None:
        return self._countries.get(iso3.upper())

    def agent(self, lemma: str) -> Entity | None:
        """The generic role noun (``official``, ``troops``, ``defense minister``), if known; a
        lemma whose table lists only the plural ("sniper" for "snipers") finds it too."""
        key = _norm(lemma)
        return self._agents.get(key) or self._agents.get(key + "s")

    def agent_forms(self) -> list[str]:
        """Every surface form of every agent noun."""
        return list(self._agents)

    def officeholder(self, country: str, role_key: str, date: str | None) -> Entity | None:
        """Who held ``role_key`` for ``country`` (ISO3, or an org id like ``un``) at ``date``.

        ``head_of_government`` falls back to ``head_of_state`` where a country records only one
        (the US president). Without a date, the current holder.
        """
        holders = [e for e in self._offices.get((country, role_key), ()) if e.in_office(date)]
        if not holders and role_key == "head_of_government":
            return self.officeholder(country, "head_of_state", date)
        return holders[-1] if holders else None

    def phrases(self) -> list[str]:
        """Every alias string as written in the data (names, aliases, codes, adjectives, capitals,
        surnames), for building a spaCy PhraseMatcher."""
        return sorted(self._surfaces)

    def surfaces(self, key: str) -> set[str]:
        """The spellings in the data of the alias whose case-folded key is ``key``."""
        return {s for s in self._surfaces if _norm(s) == key}

    def alias_items(self) -> Iterator[tuple[str, Entity, str]]:
        """(alias key, entity, form) for every indexed alias; keys are case-folded."""
        for key, entries in self._aliases.items():
            for entity, form in entries:
                yield key, entity, form

    def phrase_words(self, tokenize: Callable[[str], Iterable[Any]]) -> dict[str, list[str]]:
        """The tokens of every phrase and agent form, for building phrase matchers.

        Tokenizing ~17,000 phrases takes about half a second, so the result is kept beside the
        cached indexes (``kb-<key>.words.pickle``) and later processes only read it.
        """
        if self._words is not None:
            return self._words
        path = cache_dir() / f"kb-{self._cache_key}.words.pickle" if self._cache_key else None
        if path is not None:
            try:
                with open(path, "rb") as fh:
                    words = pickle.load(fh)
                if isinstance(words, dict):
                    self._words = words
                    return words
            except (OSError, pickle.UnpicklingError, EOFError):
                pass
        phrases = dict.fromkeys([*self.phrases(), *self.agent_forms()])
        self._words = {p: [t.text for t in tokenize(p)] for p in phrases}
        if path is not None:
            _write_pickle(path, self._words)
        return self._words

    def stats(self) -> dict[str, int]:
        """How much the knowledge base holds, by kind."""
        terms = [t for ts in self._terms.values() for t in ts]
        return {
            "countries and territories": len(self._countries),
            "organisations": sum(1 for e in self.orgs.values() if e.kind == "org"),
            "metonyms": len(
                {
                    e.id
                    for entries in self._aliases.values()
                    for e, _ in entries
                    if e.kind == "metonym"
                }
            ),
            "people": len(self._terms),
            "terms of office": len(terms),
            "terms with dates": sum(1 for t in terms if t.term_start),
            "wikidata ids": len({t.id for t in terms if t.wikidata}),
            "agent nouns": len(self._agents),
            "names and aliases": len(self._aliases),
        }

    def __len__(self) -> int:
        return len(self._countries) + len(self.orgs) + len(self._terms) + len(self._agents)


# ---------------------------------------------------------------- the on-disk cache

_CACHE_FORMAT = "kb-3"


def cache_dir() -> Path:
    """Where built indexes are cached: ``$TACITUS_CACHE_DIR``, else ``$XDG_CACHE_HOME/tacitus``,
    else ``~/.cache/tacitus``."""
    if os.environ.get("TACITUS_CACHE_DIR"):
        return Path(os.environ["TACITUS_CACHE_DIR"])
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "tacitus"


def _cache_key(plan: list[tuple[str | None, list[Path]]]) -> str | None:
    from .. import __version__

    digest = hashlib.sha256(f"{_CACHE_FORMAT}|{__version__}|{sys.version_info[:2]}".encode())
    try:
        code = Path(__file__).stat()  # a change to how the indexes are built rebuilds them
        digest.update(f"{code.st_size}|{code.st_mtime_ns}\n".encode())
        for kind, files in plan:
            for f in files:
                st = f.stat()
                digest.update(f"{kind}|{f.resolve()}|{st.st_size}|{st.st_mtime_ns}\n".encode())
    except OSError:
        return None  # a missing file: let the normal load report it
    return digest.hexdigest()[:24]


def _read_cache(key: str) -> KnowledgeBase | None:
    path = cache_dir() / f"kb-{key}.pickle"
    try:
        with open(path, "rb") as fh:
            kb = pickle.load(fh)
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError):
        return None
    return kb if isinstance(kb, KnowledgeBase) else None


def _write_cache(key: str, kb: KnowledgeBase) -> None:
    """Best effort: a read-only home or a full disk only costs the next process a rebuild."""
    folder = cache_dir()
    if _write_pickle(folder / f"kb-{key}.pickle", kb):
        for old in folder.glob("kb-*.pickle"):
            try:
                stale = (
                    not old.name.startswith(f"kb-{key}.")
                    and old.stat().st_mtime < time.time() - 3600
                )
                if stale:
                    old.unlink(missing_ok=True)
            except OSError:
                continue


def _write_pickle(path: Path, obj: Any) -> bool:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
        with open(tmp, "wb") as fh:
            pickle.dump(obj, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
    except OSError:
        return False
    return True


def _row_key(kind: str, row: Row) -> str:
    return row.data.get(
        _KEY_COLUMN["countries"] if kind == "countries" else ("term" if kind == "agents" else "id"),
        "",
    )


def _layer(sources: list[tuple[str, str | Path, list[Row]]]) -> dict[str, list[Row]]:
    """Validate every file and merge them; later files replace earlier rows with the same id."""
    by_kind: dict[str, list[tuple[str | Path, list[Row]]]] = defaultdict(list)
    for kind, path, rows in sources:
        if kind != "empty":
            by_kind[kind].append((path, rows))
    countries = {r.data.get("iso3", "") for _p, rows in by_kind["countries"] for r in rows}
    orgs = {r.data.get("id", "") for _p, rows in by_kind["organizations"] for r in rows}
    problems: list[str] = []
    paths: list[str] = []
    merged: dict[str, list[Row]] = {}
    for kind in FILES:
        out: list[Row] = []
        for path, rows in by_kind[kind]:
            try:
                _validate(kind, rows, path, countries, orgs)
            except DataFileError as exc:
                problems.extend(exc.problems)
                paths.append(str(path))
                continue
            replaced = {_row_key(kind, r) for r in rows}
            out = [r for r in out if _row_key(kind, r) not in replaced] + rows
        merged[kind] = out
    # dated periods of organisations: a later file's rows replace every period of that org
    periods: list[Row] = []
    for path, rows in by_kind["periods"]:
        try:
            _validate_periods(rows, path, countries, orgs)
        except DataFileError as exc:
            problems.extend(exc.problems)
            paths.append(str(path))
            continue
        replaced = {r.data.get("org", "") for r in rows}
        periods = [r for r in periods if r.data.get("org", "") not in replaced] + rows
    merged["periods"] = periods
    if problems:
        raise DataFileError(", ".join(paths), problems)
    return merged
