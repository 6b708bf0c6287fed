"""Canned reads of a store: filtered linked events, a dyad's daily series, summary counts.

Filters work on the stored mentions' columns; an actor or recipient matches by country
(``JPN``) or by full CAMEO actor code (``JPNGOV``). Symmetric events (meetings) match in
either direction: ``--actor JPN --recipient USA`` finds "Austin met Kihara".
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..errors import StoreError
from ..ingest.dates import parse_date


@dataclass(frozen=True, slots=True)
class Filters:
    """What ``tacitus query`` filters on; every field optional, all given must hold."""

    actor: str | None = None
    recipient: str | None = None
    type: str | None = None  # PLOVER type (ACCUSE) or CAMEO code prefix (112, 11)
    since: str | None = None  # event date on or after, YYYY-MM-DD
    until: str | None = None  # event date on or before

    def any(self) -> bool:
        return any((self.actor, self.recipient, self.type, self.since, self.until))

    def sql(self, table: str = "events") -> tuple[str, list[Any]]:
        """An SQL condition over ``table`` (events columns) and its parameters."""
        conds: list[str] = []
        params: list[Any] = []
        t = table

        def side(role: str, value: str) -> str:
            params.extend([value.upper(), value.upper()])
            return f"(list_contains({t}.{role}_countries, ?) OR list_contains({t}.{role}_codes, ?))"

        if self.actor or self.recipient:
            forward = " AND ".join(
                side(role, v)
                for role, v in (("actor", self.actor), ("recipient", self.recipient))
                if v
            )
            backward = " AND ".join(
                side(role, v)
                for role, v in (("recipient", self.actor), ("actor", self.recipient))
                if v
            )
            conds.append(f"(({forward}) OR ({t}.link_recipient = '' AND {backward}))")
        if self.type:
            value = self.type.upper()
            if value.isdigit():
                conds.append(f"starts_with({t}.cameo_code, ?)")
            else:
                conds.append(f"{t}.plover_type = ?")
            params.append(value)
        # ISO dates compare as text; a month ("2023-10") or year matches when it holds the day
        for value, name in ((self.since, "--since"), (self.until, "--until")):
            if value:
                day = parse_date(value)
                if not day:
                    raise StoreError(f"{name} {value!r} is not a date; write it as YYYY-MM-DD")
                if name == "--since":
                    conds.append(f"({t}.date_value >= ? OR starts_with(?, {t}.date_value))")
                    params += [day[:10], day[:10]]
                else:
                    conds.append(f"{t}.date_value <= ?")
                    params.append(day[:10])
        return " AND ".join(conds) or "true", params


#: Columns ``tacitus query`` prints for linked events, before the root's ``evidence_text``.
LINKED_COLUMNS = (
    "root_event_id",
    "date_value",
    "plover_type",
    "cameo_code",
    "actor_codes",
    "recipient_codes",
    "location_name",
    "num_mentions",
    "num_sources",
    "num_articles",
)


def linked_events_sql(filters: Filters, limit: int | None = None) -> tuple[str, list[Any]]:
    """SQL for the linked events with at least one mention matching ``filters``, by date
    (the columns of :data:`LINKED_COLUMNS`; counts as in the ``linked_events`` view, computed
    for the matching events only)."""
    where, params = filters.sql("events")
    counts = ", ".join(f"c.{c}" for c in LINKED_COLUMNS if c.startswith("num_"))
    own = ", ".join(f"r.{c}" for c in LINKED_COLUMNS if not c.startswith("num_"))
    sql = (
        "WITH roots AS (SELECT DISTINCT root_event_id FROM events "
        f"WHERE {where}), counted AS (SELECT e.root_event_id, count(*) AS num_mentions, "
        "count(DISTINCT coalesce(a.publisher, 'article:' || e.article_id)) AS num_sources, "
        "count(DISTINCT e.article_id) AS num_articles FROM events e "
        "JOIN roots USING (root_event_id) LEFT JOIN articles a ON a.id = e.article_id "
        "GROUP BY e.root_event_id) "
        f"SELECT {own}, {counts}, r.evidence_text FROM counted c "
        "JOIN events r ON r.event_id = c.root_event_id "
        "ORDER BY r.date_value NULLS LAST, r.root_event_id"
    )
    if limit is not None:
        sql += f" LIMIT {int(limit)}"
    return sql, params


def dyad_series_sql(actor: str, recipient: str) -> tuple[str, list[Any]]:
    """SQL for a dyad's daily series: day, linked events, mentions (day-precise dates)."""
    where, params = Filters(actor=actor, recipient=recipient).sql("events")
    sql = (
        "SELECT date_value AS day, "
        "count(DISTINCT root_event_id) AS events, count(*) AS mentions FROM events "
        f"WHERE date_precision = 'day' AND {where} GROUP BY day ORDER BY day"
    )
    return sql, params


def _side(column: str) -> str:
    return (
        f"array_to_string(list_sort(list_distinct(list_transform(list_filter({column}, "
        "lambda c: c IS NOT NULL), lambda c: substr(c, 1, 3)))), '+')"
    )


def stats(store: Any, *, top: int = 20) -> dict[str, list[tuple[Any, ...]]]:
    """Counts of linked events per PLOVER type, per dyad (top ``top``) and per day."""
    sections = {
        "tables": (
            "SELECT 'articles', count(*) FROM articles UNION ALL "
            "SELECT 'mentions (events)', count(*) FROM events UNION ALL "
            "SELECT 'linked events', count(DISTINCT root_event_id) FROM events UNION ALL "
            "SELECT 'quotes', count(*) FROM quotes UNION ALL "
            "SELECT 'failures', count(*) FROM failures"
        ),
        "type": (
            "SELECT plover_type, count(*) AS events, sum(num_mentions) AS mentions "
            "FROM linked_events GROUP BY 1 ORDER BY 2 DESC, 1"
        ),
        "dyad": (
            # the first three letters of each CAMEO actor code: the country, or IGO/NGO
            f"SELECT {_side('actor_codes')} || ' -> ' || {_side('recipient_codes')} "
            "AS dyad, count(*) AS events, sum(num_mentions) AS mentions FROM linked_events "
            f"GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT {int(top)}"
        ),
        "day": (
            "SELECT date_value, count(*) AS events, sum(num_mentions) AS mentions "
            "FROM linked_events WHERE date_precision = 'day' GROUP BY 1 ORDER BY 1"
        ),
    }
    return {name: store.query(sql)[1] for name, sql in sections.items()}
