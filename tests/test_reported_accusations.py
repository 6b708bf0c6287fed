"""Accusations made by saying that another party did or is a wrong: in a that-clause, in a
direct quotation whose speaker comes after it, by taking the blame off oneself ("bore full
responsibility"), and within one state between its rulers and rebels or the opposition.

Every sentence here is written by us for these tests; the negative cases check what must not be
coded as an accusation."""

from __future__ import annotations

import pytest

from .conftest import events_of, triple


def _dyads(pipeline, text, date):
    return {triple(e)[:3] for e in events_of(pipeline, text, date)}


@pytest.mark.parametrize(
    "sentence, date, dyad",
    [
        # a direct quotation, its speaker after it
        ('"Ethiopia is committing crimes against our people," the Eritrean information minister '
         "said on Monday.", "2021-03-01", ("ACCUSE", "ERI", "ETH")),
        ('"Azerbaijan has violated the ceasefire again," an Armenian defence ministry spokesman '
         "told reporters.", "2020-10-12", ("ACCUSE", "ARM", "AZE")),
        # a label by what the party is the source of
        ('"Venezuela is a haven of terror," Colombia\'s president said on Tuesday.',
         "2019-02-05", ("ACCUSE", "COL", "VEN")),
        ('"Pakistan is a threat to the whole region," the Indian prime minister said.',
         "2019-03-01", ("ACCUSE", "IND", "PAK")),
        # more verbs of saying
        ("Canada declared that Iran was guilty of shooting down the airliner.", "2020-01-20",
         ("ACCUSE", "CAN", "IRN")),
        ("Lithuania alleged that Belarus was sponsoring the migrant crossings.", "2021-08-02",
         ("ACCUSE", "LTU", "BLR")),
        # the blame laid with a noun
        ("Greek officials said on Friday that Turkey bore full responsibility for the incident "
         "and the escalation.", "2020-08-14", ("ACCUSE", "GRC", "TUR")),
        ("Ankara said Athens was to blame for the tension in the Aegean.", "2020-08-15",
         ("ACCUSE", "TUR", "GRC")),
        # within one state: rebels on the army, the government on the opposition
        ('"The Ethiopian army is committing genocide in Tigray," a spokesman for the Tigray '
         "rebels said.", "2021-05-03", ("ACCUSE", "ETH", "ETH")),
    ],
)  # fmt: skip
def test_saying_another_party_did_or_is_a_wrong_accuses_it(pipeline, sentence, date, dyad):
    assert dyad in _dyads(pipeline, sentence, date)


@pytest.mark.parametrize(
    "sentence, date",
    [
        # a plain clause before its source reports a fact; the source accuses nobody
        ("Serbia violated the agreement, diplomats said.", "2023-05-01"),
        # one's own side, and no wrong named
        ('"Our troops have committed no crimes," the Russian defence ministry said.',
         "2022-04-05"),
        ('"Japan is a sponsor of the resolution," the Japanese ambassador said.', "2023-05-01"),
        ("The minister said Kenya bore responsibility for its own schools.", "2023-05-01"),
        ("Officials said Nigeria was not to blame for the crisis.", "2023-05-01"),
    ],
)  # fmt: skip
def test_no_accusation_without_a_wrong_and_another_party(pipeline, sentence, date):
    assert not [d for d in _dyads(pipeline, sentence, date) if d[0] == "ACCUSE"]
