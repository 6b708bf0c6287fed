"""Coding a batch of inputs end to end: read, skip what is stored, code, store, report.

This is the library call behind ``tacitus code`` and ``tacitus ingest`` (one implementation
of the store-writing path). One bad article never stops the run: it becomes a
:class:`Failure` (printed, counted, and stored in the ``failures`` table when a store is
used) and the rest goes on. Each batch is stored in one transaction, so a crash (even
``kill -9``) loses at most the batches in flight and nothing stored before; running the same
inputs again codes only what is missing and leaves the store as one uninterrupted run would.

With ``jobs`` > 1, batches are coded by that many worker processes (``spawn`` context; each
loads spaCy once) while this process reads inputs and is the single writer of the store,
in input order, so the store does not depend on ``jobs``.
"""

from __future__ import annotations

import logging
import multiprocessing
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from typing import Any

from .pipeline import batched
from .records import Analysis, Article, Failure

log = logging.getLogger(__name__)


def code_batch(pipeline: Any, batch: list[Article]) -> tuple[list[Analysis], list[Failure]]:
    """Code a batch; if it breaks, code its articles one by one to isolate the bad one."""
    if not batch:
        return [], []
    try:
        return pipeline([Analysis(article=a) for a in batch]), []
    except Exception:  # noqa: BLE001 - bad content must not stop the batch
        if len(batch) == 1:
            a = batch[0]
            log.exception("coding failed for %s", a.source or a.id)
            failure = Failure(
                a.source or a.id,
                "coding failed (internal error)",
                "please report this article to the Tacitus issue tracker",
            )
            return [], [failure]
        done: list[Analysis] = []
        failed: list[Failure] = []
        for a in batch:
            d, f = code_batch(pipeline, [a])
            done += d
            failed += f
        return done, failed


# --- worker processes ------------------------------------------------------------------------

_WORKER_PIPELINE: Any = None


def _worker_init(model: str | None) -> None:
    global _WORKER_PIPELINE
    from . import coder

    _WORKER_PIPELINE = coder.build(model=model)


def _worker_code(batch: list[Article]) -> tuple[list[Analysis], list[Failure]]:
    done, failed = code_batch(_WORKER_PIPELINE, batch)
    for analysis in done:
        analysis.doc = None  # spaCy Docs stay in the worker; the store does not need them
    return done, failed


@dataclass
class CodingRun:
    """Code ``paths`` (files, folders, globs, ``-``); iterate :meth:`records` (or call
    :meth:`run`) to run.

    ``jobs`` worker processes code the batches (1: in this process). ``on_batch`` is called
    after each batch is stored with the number of inputs it settled (coded, skipped or
    failed), e.g. to advance a progress bar.
    """

    paths: Iterable[str]
    date: str | None = None
    publisher: str | None = None
    db: str | None = None
    model: str | None = None
    batch_size: int = 16
    jobs: int = 1
    on_failure: Callable[[Failure], None] | None = None
    on_batch: Callable[[int], None] | None = None
    failures: list[Failure] = field(default_factory=list)
    articles_coded: int = 0
    articles_skipped: int = 0
    events: int = 0
    linked: int = 0  # events stored as a further mention of an event stored before
    _stored_failures: int = 0  # failures already written to the store
    _read_failures: int = 0  # inputs that failed before coding (counted for on_batch)

    def _fail(self, failure: Failure) -> None:
        self.failures.append(failure)
        if self.on_failure:
            self.on_failure(failure)

    def _articles(self) -> Iterator[Article]:
        from .ingest import read_articles

        for item in read_articles(self.paths, date=self.date, publisher=self.publisher):
            if isinstance(item, Failure):
                self._read_failures += 1
                self._fail(item)
            else:
                yield item

    def run(self) -> CodingRun:
        """Code and store everything without keeping the event records; return self."""
        for _ in self.records():
            pass
        return self

    def records(self) -> Iterator[dict[str, Any]]:
        """Yield each coded event as its JSON record, storing batches when ``db`` is set."""
        from . import output

        store = None
        if self.db:
            from .store import Store

            store = Store.open(self.db)
        settled = 0  # reading failures already reported to on_batch
        try:
            for n, done, failed in self._coded(store):
                for f in failed:
                    self._fail(f)
                if store is not None:
                    pending = self.failures[self._stored_failures :]
                    result = store.write(done, pending)
                    self._stored_failures = len(self.failures)
                    self.linked += result.events_linked
                    # an article also earlier in this run (another input) is stored once
                    self.articles_skipped += result.articles_skipped
                    done = done if not result.articles_skipped else _fresh_only(done)
                for analysis in done:
                    self.articles_coded += 1
                    for event in analysis.events:
                        self.events += 1
                        yield output.event_record(event)
                if self.on_batch:
                    self.on_batch(n + self._read_failures - settled)
                    settled = self._read_failures
            if store is not None and self._stored_failures < len(self.failures):
                store.write([], self.failures[self._stored_failures :])
                self._stored_failures = len(self.failures)
        finally:
            if store is not None:
                store.close()

    def _batches(self, store: Any) -> Iterator[tuple[int, list[Article]]]:
        """Batches of articles still to code, with how many inputs each batch stood for."""
        for batch in batched(self._articles(), self.batch_size):
            n = len(batch)
            if store is not None:
                known = store.known_hashes([a.content_hash for a in batch])
                self.articles_skipped += sum(a.content_hash in known for a in batch)
                batch = [a for a in batch if a.content_hash not in known]
            yield n, batch

    def _coded(self, store: Any) -> Iterator[tuple[int, list[Analysis], list[Failure]]]:
        """(inputs, coded analyses, coding failures) per batch, in input order."""
        if self.jobs <= 1:
            from . import coder

            pipeline = coder.build(model=self.model)
            for n, batch in self._batches(store):
                yield n, *code_batch(pipeline, batch)
            return
        context = multiprocessing.get_context("spawn")
        pool = ProcessPoolExecutor(
            self.jobs, mp_context=context, initializer=_worker_init, initargs=(self.model,)
        )
        try:
            pending: deque[tuple[int, Future]] = deque()
            for n, batch in self._batches(store):
                pending.append((n, pool.submit(_worker_code, batch)))
                while len(pending) > 2 * self.jobs:  # keep the workers busy, memory bounded
                    m, future = pending.popleft()
                    yield m, *future.result()
            while pending:
                m, future = pending.popleft()
                yield m, *future.result()
        finally:  # on an error or interrupt, do not wait for batches nobody will store
            pool.shutdown(wait=True, cancel_futures=True)

    def summary(self) -> str:
        parts = [f"coded {self.articles_coded} article(s), {self.events} event(s)"]
        if self.linked:
            parts.append(f"{self.linked} linked to events already stored")
        if self.articles_skipped:
            parts.append(f"{self.articles_skipped} already stored (skipped)")
        if self.failures:
            parts.append(f"{len(self.failures)} input(s) failed")
        return "tacitus: " + "; ".join(parts)


def _fresh_only(done: list[Analysis]) -> list[Analysis]:
    """The first analysis of each content hash (the store skipped the repeats)."""
    seen: set[str] = set()
    out = []
    for a in done:
        if a.article.content_hash not in seen:
            seen.add(a.article.content_hash)
            out.append(a)
    return out
