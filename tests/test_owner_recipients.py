"""Event extractor: the recipient of a rejection, a refusal or a demand is the owner of the
thing answered.

"rejected Canada's allegation", "denied accusations by NATO", "dismissed as false a U.N.
report": the author of the proposal, charge or ruling rejected is the recipient, wherever the
parser hangs it (an object set after its judgement under "as", a "by" right after the object
on the verb). A possessive pronoun on the object stands for the side the clause before acts on
("expelled the envoys of Peru and Chile, rejecting their criticism"; "imposed sanctions on
Iraq and demanded its withdrawal"). An order or call from the actor's own police or people is
domestic (X -> X); an international court is no domestic body.

Every sentence here is written by us for these tests."""

from __future__ import annotations

import pytest

from .conftest import coded_triples

NOW = "2024-06-01"

# (case, sentence, triple that must be coded, triples that must not)
CASES = [
    (
        "object set after its judgement, possessive author",
        "Hanoi rejected as groundless and hostile Beijing's claim that its boats rammed a trawler.",
        ("REJECT", "VNM", "CHN"),
        [("REJECT", "VNM", "")],
    ),
    (
        "object set after its judgement, named body's report",
        "Kampala dismissed as false a United Nations experts' report that accused it of arming rebels.",
        ("REJECT", "UGA", "IGO"),
        [("REJECT", "UGA", "")],
    ),
    (
        "'by' right after the object, hung on the verb",
        "Minsk denied accusations by Lithuania that it had flown balloons across the border.",
        ("REJECT", "BLR", "LTU"),
        [],
    ),
    (
        "possessive pronoun on a participle's object",
        "Venezuela expelled the envoys of Peru and Chile, rejecting their criticism of the vote.",
        ("REJECT", "VEN", "PER"),
        [("REJECT", "VEN", "")],
    ),
    (
        "possessive pronoun after an infinitive's object",
        "Nicaragua ordered diplomats from Costa Rica and Panama to leave, dismissing their "
        "complaints about the election.",
        ("REJECT", "NIC", "CRI"),
        [],
    ),
    (
        "possessive pronoun on a demanded withdrawal",
        "The Arab League condemned Israel and demanded the withdrawal of its forces from Lebanon.",
        ("REQUEST", "IGO", "ISR"),
        [("REQUEST", "IGO", "LBN")],
    ),
    (
        "possessive pronoun on a demanded withdrawal, second clause",
        "The Security Council imposed sanctions on Iraq and demanded its pullout from Kuwait.",
        ("REQUEST", "IGO", "IRQ"),
        [("REQUEST", "IGO", "KWT")],
    ),
    (
        "an order of the actor's own police",
        "Protesters in Bangkok refused a police order to disperse.",
        ("REJECT", "THA", "THA"),
        [],
    ),
]


def _has(got: set, want: tuple[str, str, str]) -> bool:
    """A coded triple of ``want``'s type and actor whose recipients include its recipient."""
    t, a, r = want
    return any(g[0] == t and g[1] == a and r in g[2].split("+") for g in got)


@pytest.mark.parametrize(("case", "text", "want", "bad"), CASES, ids=[c[0] for c in CASES])
def test_owner_recipient(pipeline, case, text, want, bad):
    got = coded_triples(pipeline, text, NOW)
    assert _has(got, want), (case, got)
    for b in bad:
        assert b not in got, (case, b, got)


def test_international_court_is_not_domestic(pipeline):
    got = coded_triples(pipeline, "Russia ignored the international court's ruling.", NOW)
    assert ("REJECT", "RUS", "RUS") not in got, got


def test_owner_withdrawal_named_outright_unchanged(pipeline):
    got = coded_triples(
        pipeline,
        "The Security Council demanded the withdrawal of Russian troops from Ukraine.",
        NOW,
    )
    assert ("REQUEST", "IGO", "RUS") in got, got
