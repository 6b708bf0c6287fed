"""Stage registry and the Pipeline that runs stages over batches of :class:`Analysis`.

A stage is a callable over ``list[Analysis]`` that declares the fields it ``reads`` and
``writes``. The pipeline checks at build time that every read is written by an earlier
stage (or is the ``article`` every analysis starts with), so a missing input fails at
start-up, not in article 40,000.

Stages are registered under versioned names (``tacitus.events.patterns.v1``); when a
stage's behaviour changes, its name is bumped so stored outputs stay explainable.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any, Protocol, TypeVar

from .errors import PipelineError
from .records import Analysis

#: Fields an Analysis holds at the start, before any stage runs.
INITIAL_FIELDS = frozenset({"article"})

T = TypeVar("T")


class Stage(Protocol):
    name: str
    reads: tuple[str, ...]
    writes: tuple[str, ...]

    def __call__(self, batch: list[Analysis]) -> None: ...


StageFactory = Callable[..., Stage]


@dataclass
class Registry:
    """Versioned names → stage factories."""

    factories: dict[str, StageFactory] = field(default_factory=dict)

    def register(self, name: str) -> Callable[[StageFactory], StageFactory]:
        def deco(factory: StageFactory) -> StageFactory:
            if name in self.factories:
                raise PipelineError(f"stage {name!r} is registered twice")
            self.factories[name] = factory
            return factory

        return deco

    def create(self, name: str, **options: Any) -> Stage:
        try:
            factory = self.factories[name]
        except KeyError:
            known = ", ".join(sorted(self.factories))
            raise PipelineError(f"unknown stage {name!r}; known stages: {known}") from None
        return factory(**options)


stages = Registry()


class Pipeline:
    """An ordered list of stages, checked when built."""

    def __init__(self, steps: Iterable[Stage]) -> None:
        self.steps = list(steps)
        self.check()

    def check(self) -> None:
        available = set(INITIAL_FIELDS)
        for step in self.steps:
            missing = [r for r in step.reads if r not in available]
            if missing:
                raise PipelineError(
                    f"stage {step.name!r} reads {', '.join(missing)}, "
                    "which no earlier stage writes; reorder the stages or add the one that writes it"
                )
            available.update(step.writes)

    @property
    def names(self) -> list[str]:
        return [s.name for s in self.steps]

    def __call__(self, batch: list[Analysis]) -> list[Analysis]:
        for step in self.steps:
            step(batch)
        return batch

    def run(self, analyses: Iterable[Analysis], *, batch_size: int = 32) -> Iterator[Analysis]:
        """Run over a stream in batches, yielding finished analyses in input order."""
        for batch in batched(analyses, batch_size):
            yield from self(batch)


def batched(items: Iterable[T], size: int) -> Iterator[list[T]]:
    """Lists of up to ``size`` consecutive items."""
    batch: list[T] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch
