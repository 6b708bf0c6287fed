"""Evaluations: each module scores one kind of output and returns a :class:`~.report.Report`.

- :mod:`.events` — coded events against gold in our own format (``tacitus eval FILE.jsonl``);
- :mod:`.gsr` — coded events against the PLOVER gold-standard records (``tacitus eval plover-gsr``).

``read_gold`` and ``score`` (our event gold) are importable from here.
"""

from __future__ import annotations

from .events import SYMMETRIC, Score, actor_codes, read_gold, score

__all__ = ["SYMMETRIC", "Score", "actor_codes", "read_gold", "score"]
