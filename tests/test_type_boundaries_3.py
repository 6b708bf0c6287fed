"""Type boundaries, third round: news sentences (our own wording) that Tacitus coded with the
right actor but the wrong PLOVER type, or withheld as too unsure. Each class names the
confusion pair (gold -> what was coded) and the section of the PLOVER manual
(reference/plover/PLOVER_MANUAL.tex) or the CAMEO-PLOVER table (codes/data/cameo_plover.tsv)
that draws the line; each class has look-alikes that must keep their own type.

An expectation is a list of tokens: ``TYPE`` (an event of that type is coded), ``TYPE:mode``
(with that mode) and ``-TYPE`` (no event of that type that is not flagged negated)."""

from __future__ import annotations

import pytest

from .conftest import expectation_problems

D = "2021-06-01"

CASES = {
    # MOBILIZE -> none (withheld: an alert with no target reads as unsure). Manual, MOBILIZE:
    # "troops" mode, alerts and readiness (CAMEO 152 "increase military alert status").
    "alert": [
        ("MOBILIZE", "Japan put its air force on high alert on Tuesday."),
        ("MOBILIZE", "Greece placed its navy on combat readiness in the Aegean."),
        ("MOBILIZE", "South Korea raised its military alert level on Thursday."),
        ("MOBILIZE", "Belgium raised its terrorism alert level to the highest."),
        ("MOBILIZE", "Cuba's armed forces went on full alert on Saturday."),
        # look-alike: a warning to the public is no mobilization
        ("-MOBILIZE", "The health ministry alerted hospitals to a shortage of oxygen."),
        # look-alikes: an alert level raised for a natural hazard moves no forces (nor is it AID)
        ("-MOBILIZE -AID", "The Philippines raised the alert level for Taal volcano on Sunday."),
        ("-MOBILIZE -AID", "Japan raised the tsunami alert after the earthquake on Friday."),
        ("-MOBILIZE -AID", "Authorities raised the flood alert for the Danube on Monday."),
    ],
    # MOBILIZE -> none (withheld). Manual, MOBILIZE `troops`: call-ups and mobilisation
    # (CAMEO 154 "mobilize or increase armed forces").
    "call_up": [
        ("MOBILIZE", "Azerbaijan called up thousands of reservists on Monday."),
        ("MOBILIZE", "Israel's army called up two reserve brigades."),
        ("MOBILIZE", "Georgia declared a general mobilisation on Sunday."),
        ("MOBILIZE", "Ukraine's president ordered the mobilisation of reservists on Sunday."),
        # look-alike: money mobilised is no force
        ("-MOBILIZE", "The World Bank mobilised $2 billion for schools in Kenya."),
    ],
    # MOBILIZE -> none (withheld). Manual, MOBILIZE `troops`: deployments and build-ups
    # (CAMEO 154); an order a state gives its own forces is that state's act.
    "deployment": [
        ("MOBILIZE", "Britain ordered 4,000 troops to the Gulf on Monday."),
        ("MOBILIZE", "The Pentagon dispatched a second aircraft carrier to the Mediterranean."),
        ("MOBILIZE", "Kenya deployed thousands of police officers in Nairobi."),
        ("MOBILIZE", "Russia massed tanks and troops near the border on Friday."),
        # look-alikes: forces sent for a flood are AID (manual, MOBILIZE ambiguities); a
        # diplomatic effort deployed is none
        ("-MOBILIZE", "German soldiers were deployed to fill sandbags along the Oder."),
        ("-MOBILIZE", "The foreign minister deployed all his charm at the summit."),
        (
            "AID -MOBILIZE",
            "Algeria dispatched rescuers to Turkey, sending planes loaded with tents and medicine.",
        ),
    ],
    # MOBILIZE -> none (withheld). Manual, MOBILIZE: "single-country exercises should be coded as
    # MOBILIZE"; COOPERATE (military): "joint military games and maneuvers".
    "exercise": [
        ("MOBILIZE", "Iran's navy began a three-day exercise in the Strait of Hormuz."),
        ("MOBILIZE", "Taiwan's army staged its annual war games on Thursday."),
        # look-alikes: two states' drills are COOPERATE
        (
            "COOPERATE -MOBILIZE",
            "U.S. and Japanese forces began four days of naval drills near Okinawa.",
        ),
        (
            "COOPERATE -MOBILIZE",
            "Russia and Belarus began joint military exercises near the Polish border.",
        ),
    ],
    # ACCUSE / COERCE -> THREATEN: an international court's warrant. Manual, COERCE/THREATEN
    # ambiguities: an arrest in absentia (a warrant that cannot be served) is THREATEN; an arrest
    # carried out, or a warrant a state's police can serve, stays COERCE `arrest`.
    "warrant": [
        (
            "THREATEN -COERCE",
            "The International Criminal Court issued an arrest warrant for the Taliban's supreme "
            "leader on Thursday.",
        ),
        (
            "THREATEN -COERCE",
            "The ICC issued an arrest warrant for Myanmar's military ruler over the persecution of "
            "the Rohingya.",
        ),
        (
            "THREATEN -COERCE",
            "The International Criminal Court issued arrest warrants for two Russian commanders "
            "over strikes on Ukraine's power grid.",
        ),
        ("THREATEN -COERCE", "Turkey issued an arrest warrant for an exiled cleric."),
        (
            "THREATEN -COERCE",
            "Hong Kong police issued arrest warrants for five overseas activists.",
        ),
        # look-alikes: a warrant at home, an arrest made
        ("COERCE -THREATEN", "A Bangkok court issued arrest warrants for twelve protest leaders."),
        ("COERCE -THREATEN", "Police arrested the opposition leader at his home in Kampala."),
    ],
    # COERCE -> ASSAULT: protests stamped out with no force named (as "cracked down on"). Manual,
    # ASSAULT: crowd-control
    # "should be reserved for instances where there is an explicit mention of a crowd control
    # weapon or tactic"; "police pushed back protesters" is COERCE `restrict`.
    "quelled": [
        (
            "COERCE -ASSAULT",
            "Belarusian authorities moved quickly to stamp out the student protests.",
        ),
        ("COERCE -ASSAULT", "Iranian police stamped out the protests in Zahedan."),
        ("COERCE -ASSAULT", "Iranian security forces cracked down on protesters."),
        # look-alikes: force named, or a gathering broken up (force on a crowd), stays ASSAULT
        ("ASSAULT", "Zimbabwean riot police broke up an opposition rally in Harare."),
        ("ASSAULT", "Kenyan police fired tear gas and rubber bullets to disperse the protesters."),
        ("ASSAULT", "Egyptian security forces violently broke up the sit-in, killing dozens."),
    ],
    # ASSAULT -> COERCE: a people expelled from a land. CAMEO-PLOVER table: 201 "engage in mass
    # expulsion" is ASSAULT; COERCE `deport` is "expel or deport individuals", and a group or
    # organization expelled from a country is COERCE (manual, REJECT/COERCE ambiguities).
    "mass_expulsion": [
        (
            "ASSAULT -COERCE",
            "Serb forces expelled tens of thousands of ethnic Albanians from the province.",
        ),
        ("ASSAULT -COERCE", "Azerbaijan drove ethnic Armenians out of Karabakh."),
        # look-alikes: aid agencies expelled (CAMEO 1663, SANCTION expel in the OEDA table),
        # people deported
        ("SANCTION -ASSAULT", "Sudan expelled ten foreign aid agencies on Wednesday."),
        ("COERCE -ASSAULT", "Thailand deported 40 Uighurs to China."),
    ],
    # REJECT <-> SANCTION: leaving a body is SANCTION 161 (withdraw), abandoning an agreement
    # is REJECT 120 (our convention; manual, SANCTION `withdraw`: "withdraw from ... an
    # organization").
    "leave_body": [
        ("SANCTION -REJECT", "Armenia will leave the Collective Security Treaty Organisation."),
        ("SANCTION", "Morocco quit the Organization of African Unity in protest."),
        ("SANCTION -REJECT", "Qatar quit OPEC on Monday."),
        ("SANCTION -REJECT", "Mali, Burkina Faso and Niger said they would leave ECOWAS."),
        # look-alike: a deal abandoned is REJECT
        (
            "REJECT -SANCTION",
            "Niger's junta revoked its military cooperation agreements with France.",
        ),
    ],
    # PROTEST -> COERCE / SANCTION: a crowd blocking roads. CAMEO-PLOVER table: 144 "obstruct
    # passage, block" is PROTEST `obstruct`; a state's forces closing roads stay COERCE 191.
    "crowd_blocks": [
        (
            "PROTEST -COERCE -SANCTION",
            "Farmers' supporters set up tents and blocked roads outside the ministry in Bucharest.",
        ),
        (
            "PROTEST -COERCE -SANCTION",
            "French protesters blocked roads, fuel depots and toll booths on Saturday.",
        ),
        # look-alikes: an army's roadblock, a veto
        ("COERCE -PROTEST", "Israeli troops blocked roads into Jenin."),
        ("REJECT -PROTEST", "China blocked the UN resolution."),
    ],
    # ACCUSE -> REJECT: people waved away as something. CAMEO 111 "criticize or denounce" is
    # ACCUSE; a claim dismissed stays REJECT (manual, REJECT: "reject ... a proposal, demand").
    "dismissed_people": [
        (
            "ACCUSE -REJECT",
            "Turkey's prime minister dismissed the demonstrators as a handful of looters.",
        ),
        # look-alike: a claim dismissed
        ("-ACCUSE", "Russia's foreign ministry dismissed the report as lies."),
    ],
    # AID -> COOPERATE: goods on credit, arms shipped with no sale. Manual, AID: "monetary aid and
    # financial guarantees, grants, gifts and credit" and military assistance; COOPERATE keeps
    # sales (AID/COOPERATE ambiguities: goods delivered under a sale benefit both parties).
    "aid_not_sale": [
        (
            "AID -COOPERATE",
            "India shipped 40,000 tonnes of fuel to Sri Lanka under a $500 million credit line.",
        ),
        ("AID -COOPERATE", "Washington shipped long-range missiles to Kyiv."),
        # look-alike: a sale
        (
            "COOPERATE -AID",
            "Russia shipped fighter jets to India under a $2 billion arms contract.",
        ),
    ],
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_type_boundary(case, code_text):
    problems = expectation_problems(code_text, CASES[case], D, hypothetical_counts=True)
    assert not problems, "\n".join(problems)


def test_enough_sentences():
    assert sum(len(v) for v in CASES.values()) >= 40
