"""All Tacitus error types in one place.

Bad *content* (an article that will not parse) becomes a :class:`tacitus.records.Failure`
and the batch goes on; these exceptions are for misuse of the API and bad data files.
"""

from __future__ import annotations


class TacitusError(Exception):
    """Base class for every error Tacitus raises on purpose."""


class InputError(TacitusError):
    """An input article could not be read or understood.

    ``location`` is ``path`` or ``path:line``; ``hint`` tells the user what to do.
    """

    def __init__(self, location: str, reason: str, hint: str = "") -> None:
        self.location = location
        self.reason = reason
        self.hint = hint
        super().__init__(f"{location}: {reason}" + (f" ({hint})" if hint else ""))


class DataFileError(TacitusError):
    """A curated data file (actors, patterns, code tables) has invalid entries.

    Collects every problem so that one run of the validator lists them all.
    """

    def __init__(self, path: str, problems: list[str]) -> None:
        self.path = path
        self.problems = problems
        head = f"{path}: {len(problems)} problem(s)"
        super().__init__(head + "\n" + "\n".join(f"  {p}" for p in problems))


class PipelineError(TacitusError):
    """The pipeline was built wrongly (a stage reads what nothing writes, unknown stage)."""


class StoreError(TacitusError):
    """The DuckDB store cannot be opened, written or queried as asked."""


class ModelNotFound(TacitusError):
    """The configured spaCy pipeline is not installed."""
