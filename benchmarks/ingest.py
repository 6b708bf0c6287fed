"""Ingest throughput: ``tacitus ingest`` over N articles built from our own article bank.

    python benchmarks/ingest.py [--n 10000] [--jobs 1 2] [--batch-size 16] [--keep DIR]

The bank is our example articles (``examples/articles``) and our corpus fixtures
(``tests/fixtures/corpus``). Each copy varies countries, the dateline's city and the date,
so every copy has its own content hash and nothing is skipped as already stored. The
articles go into one JSONL file; each ``--jobs`` value ingests it into a fresh store as a
real ``tacitus ingest`` process, and the wall time (model loading included) gives
articles/s. A figure, not a test: run it on a quiet machine. The default N runs in about a
minute.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from tacitus.ingest import read_articles
from tacitus.records import Article, content_hash

ROOT = Path(__file__).resolve().parents[1]
BANK = [ROOT / "examples" / "articles", ROOT / "tests" / "fixtures" / "corpus"]

COUNTRIES = [
    ("Japan", "Japanese"), ("South Korea", "South Korean"), ("Vietnam", "Vietnamese"),
    ("Indonesia", "Indonesian"), ("Australia", "Australian"), ("India", "Indian"),
    ("Brazil", "Brazilian"), ("Kenya", "Kenyan"), ("Canada", "Canadian"),
    ("Mexico", "Mexican"), ("France", "French"), ("Germany", "German"),
    ("Poland", "Polish"), ("Egypt", "Egyptian"), ("Nigeria", "Nigerian"),
    ("Chile", "Chilean"), ("Turkey", "Turkish"), ("Thailand", "Thai"),
]  # fmt: skip
#: Countries of the bank's stories that each copy replaces (by name and adjective).
SWAPPED = [("Japan", "Japanese"), ("Philippines", "Philippine"), ("Armenia", "Armenian"),
           ("Azerbaijan", "Azerbaijani"), ("Iran", "Iranian"), ("China", "Chinese")]  # fmt: skip
CITIES = ["GENEVA", "NAIROBI", "LIMA", "OSLO", "HANOI", "ACCRA", "QUITO", "RIGA", "DOHA"]
_DATELINE = re.compile(r"^([A-Z][A-Z .'-]+), ([A-Z][a-z]+ \d{1,2})")


def bank() -> list[Article]:
    return [a for a in read_articles([str(p) for p in BANK]) if isinstance(a, Article)]


def variant(a: Article, i: int) -> dict[str, str]:
    """Copy ``i`` of ``a``: two countries swapped for others, another city and date."""
    text = a.text
    for k, (name, adj) in enumerate(SWAPPED):
        new, new_adj = COUNTRIES[(i // (k + 1) + 5 * k) % len(COUNTRIES)]
        text = text.replace(adj, new_adj).replace(name, new)
    day = date.fromisoformat(a.date[:10]) + timedelta(days=i % 400)
    city = CITIES[(i // 3) % len(CITIES)]
    text = _DATELINE.sub(f"{city}, {day:%B} {day.day}", text, count=1)
    return {"id": f"bench-{i}", "text": text, "date": day.isoformat(),
            "publisher": a.publisher or "Bench Wire", "title": a.title or ""}  # fmt: skip


def build(n: int, out: Path) -> int:
    base = bank()
    seen: set[str] = set()
    written = i = 0
    with out.open("w", encoding="utf-8") as fh:
        while written < n:
            rec = variant(base[i % len(base)], i // len(base) * 31 + i % len(base))
            i += 1
            h = content_hash(rec["text"])
            if h in seen:
                rec["text"] += f"\n\nBench note {i}."  # the variations ran out for this one
                h = content_hash(rec["text"])
            seen.add(h)
            rec["id"] = f"bench-{written}"
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
            written += 1
    return len(base)


def ingest(src: Path, db: Path, jobs: int, batch_size: int) -> tuple[float, str]:
    start = time.perf_counter()
    run = subprocess.run(
        [sys.executable, "-m", "tacitus.cli", "ingest", str(src), "--db", str(db),
         "-j", str(jobs), "--batch-size", str(batch_size)],
        capture_output=True, text=True,
    )  # fmt: skip
    wall = time.perf_counter() - start
    if run.returncode != 0:
        sys.exit(f"ingest failed:\n{run.stderr[-2000:]}")
    return wall, run.stderr.strip().splitlines()[-1]


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--n", type=int, default=200, help="articles (default 200)")
    p.add_argument("--jobs", type=int, nargs="+", default=[1, 2], help="-j values (default 1 2)")
    p.add_argument("--batch-size", type=int, default=16)
    p.add_argument("--keep", type=Path, help="keep the JSONL and the stores in this folder")
    args = p.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = args.keep or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        src = folder / f"bench-{args.n}.jsonl"
        n_bank = build(args.n, src)
        print(f"{args.n} articles from {n_bank} articles of our own bank -> {src.name}")
        for jobs in args.jobs:
            db = folder / f"bench-{args.n}-j{jobs}.duckdb"
            db.unlink(missing_ok=True)
            wall, summary = ingest(src, db, jobs, args.batch_size)
            print(f"-j {jobs}: {wall:7.1f} s  {args.n / wall:7.1f} articles/s  ({summary})")


if __name__ == "__main__":
    main()
