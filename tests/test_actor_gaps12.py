"""Actor gaps, round 12 (tacitus.actors.people and agents.tsv): justice and trade ministers as
role nouns ("the justice minister" under a dateline, "Sweden's trade minister", "the attorney
general"), the "General" of "Attorney General X" as an office and no military rank, and the last part of a double-barrelled name ("Ruslan Bakr-Ali") that is not a
surname of its own while two known names glued together ("the Putin-Xi summit") stay names.
Sentences are ours."""

from __future__ import annotations

import pytest

from .conftest import coded_mention_codes


def _codes(pipeline, text: str, date: str = "2019-06-01") -> dict[str, str | None]:
    return coded_mention_codes(pipeline, text, date)


@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        ("ANKARA, May 3 (Reuters) - The justice minister accused Germany of sheltering coup "
         "plotters.", "The justice minister", "TURGOV"),
        ("Sweden's trade minister met her Chinese counterpart on Monday.",
         "Sweden's trade minister", "SWEGOV"),
        ("The Kenyan attorney general charged two former ministers with graft.",
         "Kenyan attorney general", "KENGOV"),
        ("Brazil's commerce minister criticised the new European tariffs.",
         "Brazil's commerce minister", "BRAGOV"),
    ],
)  # fmt: skip
def test_justice_and_trade_ministers_are_role_nouns(pipeline, text, mention, code):
    assert _codes(pipeline, text).get(mention) == code


def test_the_general_of_an_office_title_is_no_military_rank(pipeline):
    codes = _codes(
        pipeline,
        "Kenyan Attorney General Githu Muigai charged two former ministers with graft.",
        "2015-06-01",
    )
    assert list(codes.values()) == ["KENGOV"]
    codes = _codes(pipeline, "Brig. Gen. Pat Ryder said the drills would continue.", "2023-06-01")
    assert list(codes.values()) == ["USAMIL"]


def test_a_bare_attorney_general_is_no_general(pipeline):
    codes = _codes(pipeline, "The attorney general charged the former president with treason.")
    assert "general" not in codes
    assert not any(c and "MIL" in c for c in codes.values())


def test_the_end_of_a_double_barrelled_name_is_no_surname(pipeline):
    # Ali alone would be the surname of Guyana's president in 2019
    codes = _codes(pipeline, "Ruslan Bakr-Ali accused Moscow of meddling.")
    assert "Ali" not in codes and codes.get("Moscow") == "RUSGOV"


def test_two_known_names_glued_by_a_hyphen_stay_names(pipeline):
    codes = _codes(
        pipeline, "The Putin-Xi summit in Moscow ended with a joint statement.", "2023-03-22"
    )
    assert codes.get("Putin") == "RUSGOV" and codes.get("Xi") == "CHNGOV"
