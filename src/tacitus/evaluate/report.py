"""The one shape every evaluation returns, so `tacitus eval` prints and gates them alike."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass
class Report:
    """An evaluation's result.

    ``headline`` is the single figure a floor is checked against (``tacitus eval ... --min X``);
    ``sections`` are ready-to-print text blocks (summary, per-type table, confusion matrix, ...);
    ``data`` holds every number, for ``--json`` and for tests.
    """

    title: str
    headline_name: str
    headline: float
    sections: list[str] = field(default_factory=list)
    data: dict[str, Any] = field(default_factory=dict)

    def text(self) -> str:
        head = f"{self.title}\n{self.headline_name}: {self.headline:.3f}"
        return "\n\n".join([head, *self.sections])

    def as_dict(self) -> dict[str, Any]:
        return {
            "title": self.title,
            "headline": {"name": self.headline_name, "value": self.headline},
            **self.data,
        }


def table(header: list[str], rows: list[list[Any]]) -> str:
    """A plain fixed-width text table (numbers as given; floats with three decimals)."""
    cells = [[f"{v:.3f}" if isinstance(v, float) else str(v) for v in row] for row in rows]
    widths = [max(len(str(h)), *(len(r[i]) for r in cells)) if cells else len(str(h))
              for i, h in enumerate(header)]  # fmt: skip
    lines = ["  ".join(str(h).ljust(w) for h, w in zip(header, widths, strict=True))]
    lines.append("  ".join("-" * w for w in widths))
    for r in cells:
        lines.append(
            "  ".join(
                c.rjust(w) if i else c.ljust(w)
                for i, (c, w) in enumerate(zip(r, widths, strict=True))
            )
        )
    return "\n".join(lines)
