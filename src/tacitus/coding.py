"""Coding a batch of inputs end to end: read, skip what is stored, code, store, report.

This is the library call behind ``tacitus code``. One bad article never stops the batch:
it becomes a :class:`Failure` (printed, counted, and stored in the ``failures`` table when
a store is used) and the rest goes on. Each batch is stored in one transaction, so a crash
loses at most the batch in flight and nothing stored before.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from .pipeline import batched
from .records import Analysis, Article, Failure

log = logging.getLogger(__name__)


@dataclass
class CodingRun:
    """Code ``paths`` (files, folders, globs, ``-``); iterate :meth:`records` to run."""

    paths: Iterable[str]
    date: str | None = None
    publisher: str | None = None
    db: str | None = None
    model: str | None = None
    batch_size: int = 16
    on_failure: Callable[[Failure], None] | None = None
    failures: list[Failure] = field(default_factory=list)
    articles_coded: int = 0
    articles_skipped: int = 0
    events: int = 0
    _stored_failures: int = 0  # failures already written to the store

    def _fail(self, failure: Failure) -> None:
        self.failures.append(failure)
        if self.on_failure:
            self.on_failure(failure)

    def _articles(self) -> Iterator[Article]:
        from .ingest import read_articles

        for item in read_articles(self.paths, date=self.date, publisher=self.publisher):
            if isinstance(item, Failure):
                self._fail(item)
            else:
                yield item

    def records(self) -> Iterator[dict[str, Any]]:
        """Yield each coded event as its JSON record, storing batches when ``db`` is set."""
        from . import coder, output

        pipeline = coder.build(model=self.model)
        store = None
        if self.db:
            from .store import Store

            store = Store.open(self.db)
        try:
            for batch in batched(self._articles(), self.batch_size):
                if store is not None:
                    known = store.known_hashes([a.content_hash for a in batch])
                    self.articles_skipped += sum(a.content_hash in known for a in batch)
                    batch = [a for a in batch if a.content_hash not in known]
                done = self._code_batch(pipeline, batch)
                if store is not None:
                    pending = self.failures[self._stored_failures :]
                    store.write(done, pending)
                    self._stored_failures = len(self.failures)
                for analysis in done:
                    self.articles_coded += 1
                    for event in analysis.events:
                        self.events += 1
                        yield output.event_record(event)
            if store is not None and self._stored_failures < len(self.failures):
                store.write([], self.failures[self._stored_failures :])
                self._stored_failures = len(self.failures)
        finally:
            if store is not None:
                store.close()

    def _code_batch(self, pipeline: Any, batch: list[Article]) -> list[Analysis]:
        """Code a batch; if it breaks, code its articles one by one to isolate the bad one."""
        if not batch:
            return []
        try:
            return pipeline([Analysis(article=a) for a in batch])
        except Exception:  # noqa: BLE001 - bad content must not stop the batch
            if len(batch) == 1:
                a = batch[0]
                log.exception("coding failed for %s", a.source or a.id)
                self._fail(
                    Failure(
                        a.source or a.id,
                        "coding failed (internal error)",
                        "please report this article to the Tacitus issue tracker",
                    )
                )
                return []
            done: list[Analysis] = []
            for a in batch:
                done.extend(self._code_batch(pipeline, [a]))
            return done

    def summary(self) -> str:
        parts = [f"coded {self.articles_coded} article(s), {self.events} event(s)"]
        if self.articles_skipped:
            parts.append(f"{self.articles_skipped} already stored (skipped)")
        if self.failures:
            parts.append(f"{len(self.failures)} input(s) failed")
        return "tacitus: " + "; ".join(parts)
