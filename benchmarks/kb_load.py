"""Knowledge-base load time: how long ``KnowledgeBase.load()`` takes to read and validate every
actor table, against reading the same files' bytes in the same process (the floor).

    python benchmarks/kb_load.py [--runs 5]

A figure, not a test: run it on a quiet machine. It replaced a timed unit test that failed
whenever the machine was busy.
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

from tacitus.actors.kb import KnowledgeBase

DATA = Path(__file__).resolve().parents[1] / "src" / "tacitus" / "actors" / "data"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args()
    files = sorted(DATA.rglob("*.tsv"))
    reads, loads = [], []
    for _ in range(args.runs):
        t0 = time.perf_counter()
        size = sum(len(f.read_bytes()) for f in files)
        reads.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        kb = KnowledgeBase.load()
        loads.append(time.perf_counter() - t0)
    load, read = statistics.median(loads), statistics.median(reads)
    print(f"tables: {len(files)} files, {size / 1e6:.2f} MB; {kb.stats()}")
    print(f"load (median of {args.runs}): {load:.3f} s; raw read {read * 1000:.1f} ms; "
          f"ratio {load / max(read, 1e-9):.0f}x")  # fmt: skip


if __name__ == "__main__":
    main()
