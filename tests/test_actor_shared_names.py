"""Names several states' bodies share ("PTI", "ANP", "the Labour Party", "Congress") take the
state their sentence or story places, a news agency's name stays a report's source, and bare
bodies placed by "in X province" or "in Y State" take that state. Sentences are ours."""

from __future__ import annotations

import pytest

from tacitus import coder


def _countries(pipeline, text: str, date: str = "2023-05-01") -> dict[str, str | None]:
    analysis = coder.code_text(text, date=date, pipeline=pipeline)
    return {m.text: m.actor.country if m.actor is not None else None for m in analysis.mentions}


@pytest.mark.parametrize(
    ("text", "mention", "country"),
    [
        ("PTI workers in Lahore clashed with police outside the party office.",
         "PTI workers", "PAK"),
        ("The PTI announced a sit-in in Islamabad against the new tax.",
         "PTI", "PAK"),
        ("Police in Karachi detained dozens of PTI activists on Sunday.",
         "PTI activists", "PAK"),
        ("PTI reported that the Indian minister would visit Dhaka next week.",
         "PTI", "IND"),
        ("According to PTI, the talks in New Delhi ended without a deal.",
         "PTI", "IND"),
        ("Officials in Mumbai told PTI that the dam would be finished by June.",
         "PTI", "IND"),
        ("The ANP boycotted the provincial assembly session in Peshawar.",
         "ANP", "PAK"),
        ("Gunmen killed an ANP candidate at a rally near Quetta.",
         "ANP", "PAK"),
        ("The Labour Party in Lagos rejected the tribunal's ruling on the governorship race.",
         "Labour Party", "NGA"),
        ("Supporters of the Labour Party marched in Abuja to demand a recount.",
         "Labour Party", "NGA"),
        ("The Labour Party accused the Conservatives of wrecking the health service in London.",
         "Labour Party", "GBR"),
        ("The Labour Party condemned the new budget on Wednesday.",
         "Labour Party", "GBR"),
        ("Congress in Manila approved a new anti-terror law for Mindanao.",
         "Congress", "PHL"),
        ("Congress in Santiago passed the pension reform after months of debate.",
         "Congress", "CHL"),
        ("Congress in Bogota rejected the president's tax plan.",
         "Congress", "COL"),
        ("Congress approved a stopgap spending bill on Friday.",
         "Congress", "USA"),
        ("Congress in Washington blocked arms sales to Manila.",
         "Congress", "USA"),
        ("Insurgents ambushed an army patrol in Narathiwat province, killing three soldiers.",
         "Insurgents", "THA"),
        ("Rebels attacked a police station in Borno State on Tuesday.",
         "Rebels", "NGA"),
        ("Gunmen stormed a village in Zamfara state and abducted 40 people.",
         "Gunmen", "NGA"),
        ("Police in Lahore arrested twenty protesters.",
         "Police", "PAK"),
        ("Nigerian troops in Mali killed five militants.",
         "Nigerian troops", "NGA"),
        ("Protesters in Lagos denounced Ghana over the border closure.",
         "Protesters", "NGA"),
        ("Insurgents attacked a convoy.",
         "Insurgents", None),
        ("The government rejected the demand.",
         "government", None),
        ("Militants bombed a market in Sulu province.",
         "Militants", "PHL"),
        ("The Labour Party in Lagos accused London of meddling in the vote.",
         "Labour Party", "NGA"),
        ("The Labour Party won seats in Manchester and Leeds.",
         "Labour Party", "GBR"),
        ("PTI leaders met Indian diplomats in Lahore.",
         "PTI leaders", "PAK"),
        ("The ANP said it would contest the election in Khyber Pakhtunkhwa.",
         "ANP", "PAK"),
        ("The ANP reported heavy rain in Amsterdam.",
         "ANP", "NLD"),
        ("Congress in Lima voted to remove the president.",
         "Congress", "PER"),
        ("Insurgents attacked a police post in Narathiwat as Malaysian and Thai officials met.",
         "Insurgents", "THA"),
    ],
)  # fmt: skip
def test_shared_names_and_bare_bodies_take_the_placed_state(pipeline, text, mention, country):
    assert _countries(pipeline, text).get(mention, "missing") == country


def test_a_news_agency_is_not_the_doer_where_a_party_reading_exists(pipeline):
    analysis = coder.code_text(
        "PTI supporters attacked a police station in Lahore.", date="2023-05-10", pipeline=pipeline
    )
    assert [
        ([a.country for a in e.actor], [r.country for r in e.recipient])
        for e in analysis.events
        if e.plover["type"] in ("ASSAULT", "PROTEST")
    ] == [(["PAK"], ["PAK"])]


def test_the_default_reading_stays_where_nothing_places_the_name():
    from tacitus.actors.kb import KnowledgeBase

    kb = KnowledgeBase.default()
    assert [e.country for e, _f in kb.matches("Labour Party")][0] == "GBR"
    assert [e.country for e, _f in kb.matches("ANP")][0] == "NLD"
