"""Cross-article linking: many mentions of one real-world event become one linked event.

Within one article :mod:`tacitus.dedup` already merges repeated mentions. Across articles
(a wire story reprinted by two outlets, a follow-up the next day, an event repeated in
later stories of one outlet) the store links each new event to a stored one at write time,
so that a growing store never needs a re-scan. Two mentions are one event when

* **kind** — the same 3-digit CAMEO code (meetings, talks and visits all count as
  ``CONSULT``), and both negated or neither;
* **sides** — the same actor side and the same recipient side, each a set of countries
  (else CAMEO actor codes, else names); for symmetric events (meetings) the union of both
  sides must be equal, since "A met B" and "B met A" are one meeting;
* **dates** — their dates, as intervals (a day, a month, a year; an undated event takes its
  article's publication date), overlap once each is widened by a window that depends on its
  precision: 1 day for a day, 3 days for a week, none for a month or a year. So a day-dated
  follow-up may be at most two days off, while "in August" contains every day of August;
* **places** — compatible: when both name a place in the text, the same country and the
  same place name. A dateline does not count (it says where the reporter was: a wire story
  from Tokyo and a follow-up from Seoul may report one event).

The first stored mention is the root: its ``event_id`` is the ``root_event_id`` of every
mention linked to it. A new mention that fits several linked events joins the one whose date
is closest (ties: the smallest root id), so the result does not depend on store order within
a batch. Linking is greedy and never re-merges two linked events that a later mention would
bridge; the same inputs in the same order always give the same links.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from typing import Any

#: How far (days) a date of each precision may move when matching mentions.
WINDOW_DAYS = {"day": 1, "week": 3, "month": 0, "year": 0}

#: Columns of ``events`` that hold the link key; filled by :func:`link_fields`.
LINK_COLUMNS = (
    "link_kind",
    "link_actor",
    "link_recipient",
    "link_country",
    "link_place",
    "date_start",
    "date_end",
)


def link_arrow_fields() -> list[tuple[str, Any]]:
    """Arrow types of ``root_event_id`` and the link columns (events table and migration)."""
    import pyarrow as pa

    return [("root_event_id", pa.string())] + [
        (c, pa.date32() if c.startswith("date_") else pa.string()) for c in LINK_COLUMNS
    ]


@lru_cache(maxsize=1)
def _symmetric_rules() -> frozenset[str]:
    from ..events import patterns

    return frozenset(pid for pid, p in patterns.default().by_id.items() if p.symmetric)


def kind(record: dict[str, Any]) -> str:
    """What must match: CONSULT for meetings, else the 3-digit CAMEO code (else the type)."""
    plover, cameo = record.get("plover") or {}, record.get("cameo") or {}
    if plover.get("type") == "CONSULT":
        k = "CONSULT"
    else:
        k = str(cameo.get("code") or "")[:3] or str(plover.get("type") or "?")
    return ("!" + k) if (record.get("flags") or {}).get("negated") else k


def _side(actors: list[dict[str, Any]]) -> set[str]:
    """Countries, else CAMEO actor codes, else lower-cased names (or the words)."""
    return {
        str(a.get("country") or a.get("cameo_code") or "")
        or str(a.get("name") or a.get("text") or "?").strip().lower()
        for a in actors
    }


def _symmetric(record: dict[str, Any], k: str) -> bool:
    rule = str(record.get("rule") or "").split(" | ")[0]
    return k.lstrip("!") == "CONSULT" or rule in _symmetric_rules()


def _interval(value: str | None, precision: str | None) -> tuple[date, date] | None:
    """The days a date value covers: "2023-10-04", "2023-10" or "2023"."""
    if not value:
        return None
    parts = value[:10].split("-")
    try:
        y = int(parts[0])
        if len(parts) == 1:
            return date(y, 1, 1), date(y, 12, 31)
        m = int(parts[1])
        if len(parts) == 2:
            nxt = date(y + (m == 12), m % 12 + 1, 1)
            return date(y, m, 1), nxt - timedelta(days=1)
        d = date(y, m, int(parts[2]))
        w = timedelta(days=3 if precision == "week" else 0)
        return d - w, d + w
    except (ValueError, IndexError, OverflowError):  # "99999999999", or a week at year 1
        return None


def link_fields(record: dict[str, Any], published: str | None) -> dict[str, Any]:
    """The link columns of one event record; ``published`` is its article's date."""
    k = kind(record)
    actor, recipient = _side(record.get("actor") or []), _side(record.get("recipient") or [])
    if _symmetric(record, k):
        actor, recipient = actor | recipient, set()
    when = record.get("date") or {}
    span = _interval(when.get("value"), when.get("precision"))
    precision = when.get("precision") if span else "day"
    if span is None:
        span = _interval(published, "day")
    loc = record.get("location") or {}
    explicit = loc.get("name") and not str(loc.get("reason") or "").startswith("dateline")
    widen = timedelta(days=WINDOW_DAYS.get(str(precision), 0))
    try:
        span = (span[0] - widen, span[1] + widen) if span else None
    except OverflowError:  # a window past year 1 or 9999 keeps the bare span
        pass
    return {
        "link_kind": k,
        "link_actor": ";".join(sorted(actor)),
        "link_recipient": ";".join(sorted(recipient)),
        "link_country": (loc.get("country") or None) if explicit else None,
        "link_place": str(loc["name"]).lower() if explicit else None,
        "date_start": span[0] if span else None,
        "date_end": span[1] if span else None,
    }


@dataclass(slots=True)
class Candidate:
    """A stored (or earlier in the batch) mention a new one may link to."""

    root_event_id: str
    country: str | None
    place: str | None
    start: date | None
    end: date | None


def _compatible(new: dict[str, Any], old: Candidate) -> bool:
    if new["link_country"] and old.country and new["link_country"] != old.country:
        return False
    if new["link_place"] and old.place and new["link_place"] != old.place:
        return False
    if new["date_start"] is None or old.start is None:
        return new["date_start"] is None and old.start is None
    return new["date_start"] <= old.end and old.start <= new["date_end"]


def _distance(new: dict[str, Any], old: Candidate) -> int:
    if new["date_start"] is None or old.start is None:
        return 0
    mid_new = new["date_start"] + (new["date_end"] - new["date_start"]) / 2
    mid_old = old.start + (old.end - old.start) / 2
    return abs((mid_new - mid_old).days)


def key(fields: dict[str, Any]) -> tuple[str, str, str]:
    return fields["link_kind"], fields["link_actor"], fields["link_recipient"]


class Linker:
    """Assigns ``root_event_id`` to new mentions, given the stored candidates for their keys."""

    def __init__(self, stored: Iterable[tuple[tuple[str, str, str], Candidate]] = ()) -> None:
        self._by_key: dict[tuple[str, str, str], list[Candidate]] = {}
        for k, cand in stored:
            self._by_key.setdefault(k, []).append(cand)

    def link(self, event_id: str, fields: dict[str, Any]) -> str:
        """The root of the linked event this mention joins (its own id if it starts one)."""
        found = [c for c in self._by_key.get(key(fields), []) if _compatible(fields, c)]
        root = (
            min(found, key=lambda c: (_distance(fields, c), c.root_event_id)).root_event_id
            if found
            else event_id
        )
        self._by_key.setdefault(key(fields), []).append(
            Candidate(
                root,
                fields["link_country"],
                fields["link_place"],
                fields["date_start"],
                fields["date_end"],
            )
        )
        return root
