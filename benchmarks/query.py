"""Query latency over a large store: a dyad's daily time series over N synthetic events.

    python benchmarks/query.py [--n 1000000] [--repeat 20] [--db FILE]

Creates a Tacitus store (the real schema) and fills it with DuckDB alone: N event rows over
40 countries and three years, a third of them further mentions of an earlier event (the
same ``root_event_id``), with N/4 articles from 25 publishers. Then it times the dyad daily
series that ``tacitus.store.queries.dyad_series_sql`` builds (USA -> CHN), ``--repeat``
times, and prints p50 and p95; also a ``tacitus query --actor --recipient`` lookup over
the ``linked_events`` view. A figure, not a test.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

from tacitus.store import Store
from tacitus.store.queries import Filters, dyad_series_sql, linked_events_sql

COUNTRIES = (
    "USA CHN RUS JPN KOR PRK IND PAK IRN ISR SAU TUR DEU FRA GBR ITA ESP POL UKR BLR "
    "BRA ARG MEX CAN AUS IDN PHL VNM THA MYS EGY NGA KEN ETH ZAF SYR IRQ AFG AZE ARM"
).split()
TYPES = [
    ("CONSULT", "040"), ("ACCUSE", "112"), ("THREATEN", "130"), ("SUPPORT", "051"),
    ("AGREE", "030"), ("REQUEST", "020"), ("SANCTION", "163"), ("ASSAULT", "190"),
]  # fmt: skip


def fill(db: Path, n: int) -> None:
    n_articles = max(n // 4, 1)
    nc, nt = len(COUNTRIES), len(TYPES)
    with Store.open(db) as store:
        con = store._con  # the benchmark writes directly, as a bulk loader would
        con.execute(f"CREATE TEMP TABLE c AS SELECT unnest({COUNTRIES!r}) AS code")
        con.execute(
            f"""
            INSERT INTO articles (id, content_hash, title, date, publisher, text, coded_at)
            SELECT 'art-' || i, sha256('art-' || i), 'title',
                   strftime(DATE '2022-01-01' + CAST(i % 1095 AS INTEGER), '%Y-%m-%d'),
                   'Outlet ' || (i % 25), 'text', now()
            FROM range({n_articles}) t(i)
            """
        )
        con.execute(
            f"""
            INSERT INTO events (event_id, article_id, sentence_index, plover_type, cameo_code,
                cameo_root, quad_class, goldstein, actor_codes, recipient_codes,
                actor_countries, recipient_countries, date_value, date_precision,
                negated, hypothetical, future, confidence, evidence_text, record,
                root_event_id, link_kind, link_actor, link_recipient, date_start, date_end)
            WITH base AS (
                SELECT i,
                       -- a third of the rows repeat an earlier event (same root, same codes)
                       CASE WHEN i % 3 = 2 THEN i - 1 ELSE i END AS ev,
                       hash(i) % {n_articles} AS art
                FROM range({n}) t(i)
            ), mixed AS (
                SELECT i, ev, art, hash(ev) AS h FROM base
            ), coded AS (
                SELECT i, ev, art,
                       list_extract({COUNTRIES!r}, CAST(h % {nc} AS INTEGER) + 1) AS a,
                       list_extract({COUNTRIES!r},
                           CAST(((h // {nc}) % {nc - 1} + 1 + h % {nc}) % {nc} AS INTEGER) + 1) AS r,
                       list_extract({[t for t, _ in TYPES]!r},
                           CAST((h // {nc * nc}) % {nt} AS INTEGER) + 1) AS t,
                       list_extract({[c for _, c in TYPES]!r},
                           CAST((h // {nc * nc}) % {nt} AS INTEGER) + 1) AS code,
                       DATE '2022-01-01' + CAST((h // {nc * nc * nt}) % 1095 AS INTEGER) AS d
                FROM mixed
            )
            SELECT 'ev-' || i, 'art-' || art, 0, t, code, code[:2], 1, 0.0,
                   [a || 'GOV'], [r || 'GOV'], [a], [r], strftime(d, '%Y-%m-%d'), 'day',
                   false, false, false, 0.7, 'evidence', '{{}}',
                   'ev-' || ev, code, a, r, d - 1, d + 1
            FROM coded
            """
        )


def timed(store: Store, sql: str, params: list, repeat: int) -> tuple[list[float], int]:
    times, rows = [], 0
    for _ in range(repeat):
        start = time.perf_counter()
        rows = len(store.query(sql, params)[1])
        times.append((time.perf_counter() - start) * 1000)
    return times, rows


def report(label: str, times: list[float], rows: int) -> None:
    q = statistics.quantiles(times, n=20)
    print(f"{label}: p50 {statistics.median(times):7.1f} ms   p95 {q[18]:7.1f} ms   ({rows} rows)")


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--n", type=int, default=1_000_000, help="event rows (default 1,000,000)")
    p.add_argument("--repeat", type=int, default=20)
    p.add_argument("--db", type=Path, help="keep the store here (default: a temporary file)")
    args = p.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = args.db or Path(tmp) / "bench.duckdb"
        if not db.exists():
            start = time.perf_counter()
            fill(db, args.n)
            print(f"filled {db.name}: {args.n} events in {time.perf_counter() - start:.1f} s")
        with Store.open(db, read_only=True) as store:
            counts = store.counts()
            print(f"store: {counts['events']} events, {counts['articles']} articles")
            sql, params = dyad_series_sql("USA", "CHN")
            store.query(sql, params)  # warm up
            report("dyad daily series USA->CHN", *timed(store, sql, params, args.repeat))
            sql, params = linked_events_sql(Filters(actor="USA", recipient="CHN", type="ACCUSE"))
            report(
                "query --actor USA --recipient CHN --type ACCUSE",
                *timed(store, sql, params, args.repeat),
            )


if __name__ == "__main__":
    main()
