"""Shared fixtures: one spaCy pipeline per test session, paths to our and shared data."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples" / "articles"
SHARED = ROOT.parent / "shared"
SHARED_EXAMPLE = SHARED / "examples" / "korea-herald-2023-10-05-austin-kihara.txt"


@pytest.fixture(scope="session")
def nlp():
    from tacitus import nlp as nlp_mod

    return nlp_mod.load()


@pytest.fixture(scope="session")
def pipeline(nlp):
    from tacitus import coder

    return coder.build(nlp=nlp)


@pytest.fixture(scope="session")
def shared_example() -> Path:
    if not SHARED_EXAMPLE.exists():
        pytest.skip("../shared/examples is not present (only in the team's workspace)")
    return SHARED_EXAMPLE
