"""The coder: the default pipeline from article to coded events, and the calls that run it.

    ingest → clean → segment/parse → mentions & actors → quotes → events → dates → places → dedup
    → calibrate (the events' confidence)

Ingest and clean happen in :mod:`tacitus.ingest` (they turn files into Articles); this
module runs the remaining stages over Articles in batches.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from . import dedup, quotes, segment, when, where  # noqa: F401  (modules register their stages)
from .actors import resolve  # noqa: F401
from .events import calibrate, extract  # noqa: F401
from .pipeline import Pipeline, stages
from .records import Analysis, Article

#: The default stage list, by registered (versioned) name.
DEFAULT_STAGES = (
    "tacitus.segment.spacy.v1",
    "tacitus.actors.resolve.v1",
    "tacitus.quotes.v1",
    "tacitus.events.patterns.v1",
    "tacitus.dates.v1",
    "tacitus.places.v1",
    "tacitus.dedup.article.v1",
    "tacitus.events.calibrate.v1",  # confidence → P(right), events/data/calibration.json
)


def build(
    *, model: str | None = None, nlp: Any = None, stage_names: Iterable[str] = DEFAULT_STAGES
) -> Pipeline:
    """Build (and check) the coding pipeline; the spaCy model is loaded once."""
    steps = []
    for name in stage_names:
        if name == "tacitus.segment.spacy.v1":
            steps.append(stages.create(name, model=model, nlp=nlp))
        else:
            steps.append(stages.create(name))
    return Pipeline(steps)


def code_articles(
    articles: Iterable[Article], *, pipeline: Pipeline | None = None, batch_size: int = 16
) -> Iterator[Analysis]:
    """Code articles in batches, yielding one finished Analysis per article, in order."""
    pipe = pipeline or build()
    return pipe.run((Analysis(article=a) for a in articles), batch_size=batch_size)


def code_text(
    text: str,
    *,
    date: str | None = None,
    article_id: str = "text",
    pipeline: Pipeline | None = None,
) -> Analysis:
    """Code one body text (already clean) published on ``date``; handy in notebooks and tests."""
    article = Article(id=article_id, text=text, date=date)
    return next(code_articles([article], pipeline=pipeline))
