"""Occupied ground: an unnamed army or settlers placed only by ground another state holds under
military occupation ("soldiers arrested dozens of men in Hebron", "the army sealed off the West
Bank") are the occupier's, not the occupied side's (package data ``actors/data/occupied.tsv``).
A nationality on the noun ("Palestinian police", "Syrian troops") never reaches this rule; police
and other civil bodies keep the place's state.

Reads: package data. Writes: nothing but its cache.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..datafiles import is_date, package_file, read_tsv, require, validate

#: ``doc.user_data`` key of the article's date, for the events stage's own placing.
ARTICLE_DATE = "tacitus_article_date"
#: Sectors of an army: the bodies an occupier, not the occupied side, has on the ground.
OCCUPYING_SECTORS = frozenset({"MIL"})
#: Nouns for settlers, the occupier's civilians on the ground.
SETTLER_WORDS = frozenset({"settler", "settlers"})


@dataclass(frozen=True)
class Occupation:
    territory: str
    country: str
    names: re.Pattern[str]
    occupier: str
    since: str
    until: str


@lru_cache(maxsize=1)
def occupations() -> tuple[Occupation, ...]:
    """The rows of data/occupied.tsv."""
    path = package_file("actors", "data", "occupied.tsv")

    def dates(r) -> list[str]:
        bad = [k for k in ("since", "until") if r.data.get(k) and not is_date(r.data[k])]
        return [f"{r.where(k)}: '{k}' must be a date" for k in bad]

    rows = validate(
        read_tsv(path),
        path,
        require("territory", "country", "names", "occupier", "since", id_key="territory"),
        dates,
    )
    return tuple(
        Occupation(
            r.data["territory"],
            r.data["country"],
            re.compile(
                r"\b(?:"
                + "|".join(re.escape(n.strip()) for n in r.data["names"].split("|"))
                + r")\b",
                re.IGNORECASE,
            ),
            r.data["occupier"],
            r.data["since"],
            r.data.get("until", ""),
        )
        for r in rows
    )


def _held(date: str | None, story: str):
    """The occupations in force on ``date`` whose ground the ``story`` names."""
    if not date:
        return
    day = date[:10]
    for occ in occupations():
        if day >= occ.since and not (occ.until and day >= occ.until) and occ.names.search(story):
            yield occ


def occupier(
    country: str | None, sectors: list[str], noun: str, date: str | None, story: str
) -> str | None:
    """The occupier for an army (``sectors`` with MIL) or settlers (``noun``) placed in
    ``country`` only by ground, when the ``story`` names occupied ground of that country held
    on ``date``; else None."""
    if not country or not (OCCUPYING_SECTORS & set(sectors) or noun.lower() in SETTLER_WORDS):
        return None
    return next((o.occupier for o in _held(date, story) if o.country == country), None)


def occupied_by(occupier_code: str | None, date: str | None, story: str) -> str | None:
    """The occupied ground's state whose army ``occupier_code``'s army stands on in ``story``
    ("soldiers arrested dozens of men in Hebron": the men are Palestinian), else None."""
    if not occupier_code:
        return None
    return next((o.country for o in _held(date, story) if o.occupier == occupier_code), None)
