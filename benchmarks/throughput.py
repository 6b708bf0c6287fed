"""Throughput of Tacitus against plain spaCy parsing of the same texts, in one process.

    python benchmarks/throughput.py [PATH ...] [--repeat N] [--batch-size N] [--rounds N]

Codes a corpus (default: our sample articles, repeated to make a few hundred) and prints
articles/s, sentences/s and peak memory (tracemalloc, Python allocations) for

  1. baseline: ``nlp.pipe`` over the cleaned bodies (the parse every coder needs), and
  2. Tacitus: the whole coding pipeline over the same articles,

with the ratio Tacitus/baseline: the median over ``--rounds`` rounds that time the two in turn,
since one pair of runs on a small machine swings with whatever else it does. A figure, not a
test: run it on a quiet machine.
"""

from __future__ import annotations

import argparse
import gc
import statistics
import sys
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import Any

from tacitus import coder, nlp
from tacitus.ingest import read_articles
from tacitus.records import Analysis, Article, Failure

HERE = Path(__file__).resolve().parent
DEFAULT_CORPUS = [
    str(HERE.parent / "examples" / "articles" / n)
    for n in ("harbor-talks.txt", "border-clash.html", "wire.jsonl")
]


def load_corpus(paths: list[str], repeat: int) -> list[Article]:
    base = [a for a in read_articles(paths) if not isinstance(a, Failure)]
    if not base:
        sys.exit("no articles read; give paths to text, HTML or JSONL articles")
    out = []
    for r in range(repeat):
        for a in base:
            # a distinct id and hash per copy, so nothing downstream short-cuts repeats
            out.append(
                Article(
                    id=f"{a.id}-{r}",
                    text=a.text,
                    date=a.date,
                    title=a.title,
                    publisher=a.publisher,
                    dateline=a.dateline,
                    content_hash=f"{a.content_hash}-{r}",
                )
            )
    return out


def measure(label: str, fn: Callable[[], int], n_articles: int) -> dict[str, Any]:
    """Time one run untraced (tracing slows Python code far more than spaCy's C code),
    then run again under tracemalloc for the peak of Python allocations."""
    gc.collect()
    t0 = time.perf_counter()
    n_sentences = fn()
    elapsed = time.perf_counter() - t0
    gc.collect()
    tracemalloc.start()
    fn()
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return {
        "label": label,
        "seconds": elapsed,
        "articles_s": n_articles / elapsed,
        "sentences_s": n_sentences / elapsed,
        "peak_mb": peak / 2**20,
    }


def _seconds(fn: Callable[[], int]) -> float:
    gc.collect()
    t0 = time.perf_counter()
    fn()
    return time.perf_counter() - t0


def main(argv: list[str] | None = None) -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("paths", nargs="*", default=DEFAULT_CORPUS)
    p.add_argument("--repeat", type=int, default=20)
    p.add_argument("--batch-size", type=int, default=16)
    p.add_argument(
        "--rounds",
        type=int,
        default=5,
        help="timed rounds, baseline and Tacitus alternating; the ratio is their median",
    )
    args = p.parse_args(argv)

    articles = load_corpus(args.paths, args.repeat)
    language = nlp.load()
    pipeline = coder.build(nlp=language)
    texts = [a.text for a in articles]
    # warm up both paths (model weights, lookup tables, pattern and KB indexes)
    list(pipeline.run([Analysis(article=a) for a in articles[:4]]))

    def baseline() -> int:
        return sum(len(list(doc.sents)) for doc in language.pipe(texts, batch_size=args.batch_size))

    events = 0

    def tacitus_run() -> int:
        nonlocal events
        n = events = 0
        for analysis in pipeline.run(
            (Analysis(article=a) for a in articles), batch_size=args.batch_size
        ):
            n += len(analysis.sentences)
            events += len(analysis.events)
        return n

    results = [
        measure("spaCy nlp.pipe (baseline)", baseline, len(articles)),
        measure("tacitus coding pipeline", tacitus_run, len(articles)),
    ]
    print(
        f"corpus: {len(articles)} articles ({len(set(texts))} distinct), model {nlp.describe(language)}"
    )
    print(f"{'run':30} {'seconds':>8} {'articles/s':>11} {'sentences/s':>12} {'peak MB':>8}")
    for r in results:
        print(
            f"{r['label']:30} {r['seconds']:8.2f} {r['articles_s']:11.1f} {r['sentences_s']:12.1f} {r['peak_mb']:8.1f}"
        )
    print(f"events coded: {events}")
    # one pair of runs is at the mercy of whatever else the machine does for those seconds:
    # alternate the two, round after round, and take the median of the per-round ratios
    ratios = [results[1]["articles_s"] / results[0]["articles_s"]]
    for _ in range(args.rounds - 1):
        base = _seconds(baseline)
        ratios.append(base / _seconds(tacitus_run))
    print("per-round ratios: " + " ".join(f"{r:.2f}" for r in ratios))
    print(f"ratio tacitus/baseline throughput: {statistics.median(ratios):.2f}x "
          f"(median of {len(ratios)} rounds)")  # fmt: skip
    print_stage_shares(pipeline, tacitus_run)


def print_stage_shares(pipeline: Any, run: Callable[[], int]) -> None:
    """One more run with each stage timed: its seconds and share of the whole coding time
    (the actor stage's share is the "adds at most 10 % to coding time" figure)."""
    spent: dict[str, float] = {}
    originals = list(pipeline.steps)

    def timed(step: Any) -> Any:
        class Timed:
            name, reads, writes = step.name, step.reads, step.writes

            def __call__(self, batch: list[Analysis]) -> None:
                t0 = time.perf_counter()
                step(batch)
                spent[step.name] = spent.get(step.name, 0.0) + time.perf_counter() - t0

        return Timed()

    pipeline.steps = [timed(s) for s in originals]
    try:
        gc.collect()
        t0 = time.perf_counter()
        run()
        total = time.perf_counter() - t0
    finally:
        pipeline.steps = originals
    print(f"{'stage':40} {'seconds':>8} {'share':>6}")
    for name, sec in spent.items():
        print(f"{name:40} {sec:8.2f} {sec / total:6.1%}")


if __name__ == "__main__":
    main()
