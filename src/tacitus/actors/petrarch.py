"""Convert PETRARCH/TABARI actor and agent dictionaries into Tacitus actor files.

Users who have curated PETRARCH dictionaries can keep them: ``tacitus kb import-petrarch FILE``
turns them into TSV files in our format, to be layered on the packaged knowledge base with
``--kb-extra``. What cannot be converted is reported line by line, never dropped silently.

The formats, as PETRARCH2 and TABARI read them:

* **Actors**: an entry starts at a line in the first column, ``NAME_WITH_UNDERSCORES [CODE]``.
  ``+SYNONYM`` lines add names; indented ``[CODE restriction]`` lines give the codes, where the
  restriction is ``<YYMMDD`` (before), ``>YYMMDD`` (from), ``YYMMDD-YYMMDD`` (a range) and dates may
  also have eight digits. ``#`` starts a comment; ``<!-- ... -->`` blocks are comments too.
* **Agents**: ``NOUN_PHRASE {PLURAL} [~SEC]`` (the code is a suffix added to a country's code) or
  ``[SEC~]`` (a prefix); ``{}`` asks for the regular plural; ``!MACRO! = A, B`` defines
  substitutions used inside phrases.

Codes are CAMEO actor codes: a country (ISO3 or an IGO/NGO prefix) followed by three-letter
sectors. A person with dated codes becomes one ``people`` row per dated code; any other actor
becomes an ``organizations`` row (type ``petrarch``) keeping the full code as ``cameo_code``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from .kb import SECTORS, KnowledgeBase

#: Old CAMEO/TABARI country codes that differ from ISO 3166 alpha-3.
LEGACY_COUNTRY = {"JAP": "JPN", "UAR": "EGY", "USR": "RUS", "LEB": "LBN", "KUW": "KWT",
                  "INS": "IDN", "BUL": "BGR", "LTH": "LTU", "NZE": "NZL", "MOM": "OMN",
                  "PAL": "PSE", "IVO": "CIV", "UNK": "GBR"}  # fmt: skip
#: Prefixes that stand for no single country.
TRANSNATIONAL = frozenset({"IGO", "NGO", "IMG", "MNC", "NGM", "UIS", "REG"})

_CODE = re.compile(r"\[([^\]]*)\]")
_ENTRY = re.compile(r"^([^\s#\[+][^\[#]*?)\s*(\[[^\]]*\])?\s*(?:#.*)?$")
_MACRO = re.compile(r"^!([A-Z0-9_]+)!\s*=\s*(.+)$")
_PLURAL = re.compile(r"\{([^}]*)\}")


@dataclass
class Problem:
    line: int
    text: str
    reason: str

    def message(self, path: str) -> str:
        return f"{path}:{self.line}: {self.reason}: {self.text.strip()}"


@dataclass
class Conversion:
    """Rows in our format (by kind: ``people``, ``organizations``, ``agents``) and what failed."""

    rows: dict[str, list[dict[str, str]]] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    entries: int = 0

    def add(self, kind: str, row: dict[str, str]) -> None:
        self.rows.setdefault(kind, []).append(row)


# ---------------------------------------------------------------- codes and dates


def _date(token: str) -> str | None:
    """PETRARCH dates: YYMMDD (years < 50 are 20xx) or YYYYMMDD, as ISO YYYY-MM-DD."""
    token = token.strip()
    if re.fullmatch(r"\d{8}", token):
        y, m, d = token[:4], token[4:6], token[6:]
    elif re.fullmatch(r"\d{6}", token):
        yy = int(token[:2])
        y, m, d = str(2000 + yy if yy < 50 else 1900 + yy), token[2:4], token[4:]
    else:
        return None
    if not (1 <= int(m) <= 12 and 1 <= int(d) <= 31):
        return None
    return f"{y}-{m}-{d}"


def _next_day(iso: str) -> str:
    import datetime

    return (datetime.date.fromisoformat(iso) + datetime.timedelta(days=1)).isoformat()


@dataclass(frozen=True)
class Code:
    code: str
    start: str | None = None  # first day the code applies
    end: str | None = None  # first day it no longer applies


def parse_code(body: str) -> Code | None:
    """``USAGOV >090120`` → Code('USAGOV', start='2009-01-20'); None when malformed."""
    body = body.strip()
    m = re.fullmatch(
        r"([A-Za-z0-9~/+\-]*?)\s*(?:([<>])\s*(\d{6,8})|(\d{6,8})\s*-\s*(\d{6,8}))?", body
    )
    if not m:
        return None
    code, op, when, lo, hi = m.groups()
    if not code:
        return None
    if op == "<":
        d = _date(when)
        return Code(code, end=d) if d else None
    if op == ">":
        d = _date(when)
        return Code(code, start=d) if d else None
    if lo:
        a, b = _date(lo), _date(hi)
        if not (a and b) or b < a:
            return None
        return Code(code, start=a, end=_next_day(b))
    return Code(code)


def split_code(code: str, countries: set[str]) -> tuple[str | None, list[str]] | None:
    """Country (ISO3) and our sectors of a CAMEO actor code; None when its country is unknown."""
    code = code.upper()
    head, rest = code[:3], code[3:]
    head = LEGACY_COUNTRY.get(head, head)
    if head in TRANSNATIONAL:
        country = None
        sectors = ["IGO" if head == "IGO" else "NGO"]
    elif head in countries:
        country, sectors = head, []
    else:
        return None
    for i in range(0, len(rest) - 2, 3):
        sec = rest[i : i + 3]
        if sec in SECTORS and sec not in sectors:
            sectors.append(sec)
    return country, sectors


def _phrase(raw: str) -> str:
    """``PRESIDENT_GEORGE_W._BUSH_`` → ``President George W. Bush``-like plain words (case kept)."""
    words = raw.replace("_", " ").split()
    # display only (matching ignores case): all-caps words get a capital initial, dotted
    # abbreviations (U.S.S.R.) stay as written
    return " ".join(w.capitalize() if w.isupper() and "." not in w else w for w in words)


def _slug(name: str) -> str:
    s = re.sub(r"[^a-z0-9]+", "_", name.lower()).strip("_")
    return s or "x"


# ---------------------------------------------------------------- actors


def _strip_comments(lines: Iterable[str]) -> Iterator[tuple[int, str]]:
    in_block = False
    for n, raw in enumerate(lines, start=1):
        line = raw.rstrip("\n")
        if in_block:
            if "-->" in line:
                in_block = False
            continue
        if re.match(r"^\s*<!", line):
            if "-->" not in line and ">" not in line[2:]:
                in_block = True
            continue
        if line.lstrip().startswith("#"):
            continue
        yield n, line


def convert_actors(lines: Iterable[str], *, kb: KnowledgeBase | None = None) -> Conversion:
    """Convert a PETRARCH actors dictionary (its lines) to people and organizations rows."""
    countries = set((kb or KnowledgeBase.default()).country_codes())
    out = Conversion()
    entries: list[tuple[int, str, list[str], list[tuple[int, str]]]] = []
    for n, line in _strip_comments(lines):
        if not line.strip():
            continue
        body = line.split("#", 1)[0].rstrip()
        if not body.strip():
            continue
        if line[0] in " \t" and body.strip().startswith("["):
            if entries:
                entries[-1][3].extend((n, c) for c in _CODE.findall(body))
            else:
                out.problems.append(Problem(n, line, "code line before any actor"))
            continue
        if body.lstrip().startswith("+"):
            if entries:
                syn = body.strip()[1:]
                codes = _CODE.findall(syn)
                entries[-1][2].append(_CODE.sub("", syn).strip())
                entries[-1][3].extend((n, c) for c in codes)
            else:
                out.problems.append(Problem(n, line, "synonym before any actor"))
            continue
        codes = _CODE.findall(body)
        name = _CODE.sub("", body).strip()
        entries.append((n, name, [], [(n, c) for c in codes]))
    used: set[str] = set()
    for n, name, synonyms, codes in entries:
        out.entries += 1
        _convert_actor(out, n, name, synonyms, codes, countries, used)
    return out


def _convert_actor(out, n, name, synonyms, codes, countries, used) -> None:
    label = _phrase(name)
    if not codes:
        out.problems.append(Problem(n, name, "no code"))
        return
    parsed: list[tuple[int, Code]] = []
    for line, body in codes:
        code = parse_code(body)
        if code is None:
            out.problems.append(
                Problem(line, f"[{body}]", "cannot read this code or date restriction")
            )
        elif code.code in {"---", "+++", "###"} or not code.code.strip("-+#"):
            out.problems.append(
                Problem(line, f"[{body}]", "discard/placeholder code, not an actor")
            )
        else:
            parsed.append((line, code))
    if not parsed:
        return
    aliases = "|".join(dict.fromkeys(_phrase(s) for s in synonyms if s))
    base = _slug(label)
    ident = base
    i = 2
    while ident in used:
        ident, i = f"{base}_{i}", i + 1
    used.add(ident)
    dated = [(line, c) for line, c in parsed if c.start or c.end]
    plain = [(line, c) for line, c in parsed if not (c.start or c.end)]
    for line, code in dated:
        split = split_code(code.code, countries)
        if split is None:
            out.problems.append(Problem(line, code.code, "unknown country in code"))
            continue
        country, sectors = split
        out.add("people", {
            "id": f"petrarch.{ident}", "name": label, "aliases": aliases, "surname": "",
            "country": country or "", "org": "", "sectors": "|".join(sectors or ["GOV"]),
            "role": "", "role_key": "",
            # "before D" has no recorded start: 1900 marks "since records begin"
            "term_start": code.start or "1900", "term_end": code.end or "", "wikidata": "",
        })  # fmt: skip
    for line, code in plain[:1]:
        split = split_code(code.code, countries)
        if split is None:
            out.problems.append(Problem(line, code.code, "unknown country in code"))
            continue
        country, sectors = split
        out.add("organizations", {
            "id": f"petrarch.{ident}", "name": label, "aliases": aliases, "type": "petrarch",
            "country": country or "", "sectors": "|".join(sectors), "cameo_code": code.code.upper(),
            "wikidata": "",
        })  # fmt: skip
    for line, code in plain[1:]:
        out.problems.append(
            Problem(line, code.code, "second undated code for one actor; kept the first")
        )


# ---------------------------------------------------------------- agents


def convert_agents(lines: Iterable[str]) -> Conversion:
    """Convert a PETRARCH agents dictionary (its lines) to agents rows."""
    out = Conversion()
    macros: dict[str, list[str]] = {}
    seen: set[str] = set()
    for n, line in _strip_comments(lines):
        body = line.split("#", 1)[0].strip()
        if not body:
            continue
        m = _MACRO.match(body)
        if m:
            macros[m.group(1)] = [w.strip() for w in m.group(2).split(",") if w.strip()]
            continue
        out.entries += 1
        codes = _CODE.findall(body)
        if len(codes) != 1:
            out.problems.append(Problem(n, line, "expected one [code]"))
            continue
        code = codes[0].replace(" ", "")
        if code.startswith("~"):
            secs = code[1:]
        elif code.endswith("~"):
            secs = code[:-1]
        else:
            out.problems.append(Problem(n, line, "agent code is neither ~SUFFIX nor PREFIX~"))
            continue
        sectors = [
            secs[i : i + 3] for i in range(0, len(secs) - 2, 3) if secs[i : i + 3] in SECTORS
        ]
        if not sectors:
            out.problems.append(Problem(n, line, f"no Tacitus sector in code {code!r}"))
            continue
        text = _CODE.sub("", body)
        plural = _PLURAL.search(text)
        phrase = _PLURAL.sub("", text).strip()
        for form_set in _expand(phrase, macros):
            term = form_set.replace("_", " ").lower().strip()
            if not term or term in seen:
                continue
            seen.add(term)
            forms = [term]
            if plural is not None:
                forms.append(plural.group(1).replace("_", " ").lower().strip() or _plural(term))
            out.add("agents", {
                "term": term, "forms": "|".join(dict.fromkeys(f for f in forms[1:] if f != term)),
                # PETRARCH does not say whether the noun names one person: left empty (= no)
                "sectors": "|".join(sectors), "role_key": "", "individual": "",
            })  # fmt: skip
    return out


def _expand(phrase: str, macros: dict[str, list[str]]) -> list[str]:
    m = re.search(r"!([A-Z0-9_]+)!", phrase)
    if not m:
        return [phrase]
    if m.group(1) not in macros:
        return [phrase.replace(m.group(0), m.group(1))]
    return [
        out
        for value in macros[m.group(1)]
        for out in _expand(phrase[: m.start()] + value + phrase[m.end() :], macros)
    ]


def _plural(word: str) -> str:
    if word.endswith(("s", "x", "ch", "sh")):
        return word + "es"
    if word.endswith("y") and word[-2:-1] not in "aeiou":
        return word[:-1] + "ies"
    return word + "s"


# ---------------------------------------------------------------- files

COLUMNS = {
    "people": "id name aliases surname country org sectors role role_key term_start term_end wikidata",
    "organizations": "id name aliases type country sectors cameo_code wikidata",
    "agents": "term forms sectors role_key individual",
}


def sniff(lines: list[str]) -> str:
    """``agents`` when the file uses ``[~SEC]``/``[SEC~]`` codes or macros, else ``actors``."""
    for line in lines:
        body = line.split("#", 1)[0]
        if _MACRO.match(body.strip()) or re.search(r"\[\s*~|~\s*\]", body):
            return "agents"
    return "actors"


def write_tsv(path: Path, kind: str, rows: list[dict[str, str]], source: str) -> None:
    cols = COLUMNS[kind].split()
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(f"# {kind} converted by `tacitus kb import-petrarch` from {source}\n")
        fh.write(
            f"# source: {source} (PETRARCH/TABARI dictionary; check its licence before sharing)\n"
        )
        fh.write("\t".join(cols) + "\n")
        for row in rows:
            fh.write("\t".join(row.get(c, "").replace("\t", " ") for c in cols) + "\n")
