"""Type boundaries: news sentences (our own wording) that Tacitus once coded with the right actor
but the wrong PLOVER type. Each case names the confusion pair (gold -> what was coded) and the
section of the PLOVER manual (reference/plover/PLOVER_MANUAL.tex) that draws the line; each
class has look-alikes that must keep their own type.

An expectation is a list of tokens: ``TYPE`` (an event of that type is coded), ``TYPE:mode``
(with that mode) and ``-TYPE`` (no event of that type that is not flagged negated)."""

from __future__ import annotations

import pytest

from .conftest import expectation_problems

D = "2019-03-01"

CASES = {
    # COERCE -> ASSAULT (was coded COERCE for ASSAULT). Manual, ASSAULT: "deliberate actions
    # which can potentially result in substantial physical harm"; COERCE `seize` is "execute
    # search, confiscate property, raid". Storming a building by armed men is an attack; a
    # raid or a search stays COERCE, and a crowd storming a building is PROTEST.
    "storm": [
        ("ASSAULT -COERCE", "Nigerian troops stormed a mosque in Zaria on Saturday."),
        (
            "ASSAULT -COERCE",
            "Egyptian police stormed the headquarters of the Muslim Brotherhood in Cairo.",
        ),
        ("ASSAULT -COERCE", "The compound of the opposition leader was stormed by Kenyan police."),
        (
            "ASSAULT -COERCE",
            "Indian commandos stormed the residence where gunmen were holding diplomats.",
        ),
        ("ASSAULT -COERCE", "Philippine soldiers stormed a house where kidnappers hid in Jolo."),
        (
            "ASSAULT -COERCE",
            "Russian special forces stormed the apartment of a suspected militant.",
        ),
        ("ASSAULT -COERCE", "Philippine police commandos stormed the hijacked bus in Manila."),
        # look-alikes: a raid or a search is COERCE seize; a crowd storming is PROTEST
        ("COERCE -ASSAULT", "Turkish police raided the offices of an opposition newspaper."),
        ("COERCE -ASSAULT", "Indian tax officials searched the offices of the BBC in New Delhi."),
        ("PROTEST -ASSAULT", "Protesters stormed the parliament in Tbilisi on Thursday."),
    ],
    # SANCTION -> AID (an aid cut was coded as aid). Manual, SANCTION: "all reductions in
    # existing, routine, or cooperative relations", mode `discontinue`: "curtail, decrease,
    # break, or terminate ... material exchanges".
    "aid_cut": [
        ("SANCTION -AID", "Sweden cut assistance to the Palestinian Authority."),
        ("SANCTION -AID", "Washington suspended part of its military aid to Egypt."),
        (
            "SANCTION -AID",
            "Britain froze development funding to Rwanda over its support for rebels.",
        ),
        ("SANCTION -AID", "Denmark cut development assistance to Tanzania."),
        ("SANCTION -AID", "The Netherlands halted aid to Burundi after the disputed vote."),
        ("SANCTION -AID", "Washington cut military assistance to Colombia."),
        # look-alikes: aid given or promised stays AID
        ("AID -SANCTION", "The United States sent humanitarian aid to Haiti."),
        ("AID -SANCTION", "Japan gave emergency assistance to the Philippines after the typhoon."),
    ],
    # COOPERATE -> AID (a sale was coded as aid). Manual, COOPERATE ambiguities: COOPERATE
    # "directly benefit[s] both parties, whereas AID is understood to primarily benefit only the
    # recipient"; COOPERATE covers "economic exchange". Arms or goods delivered under a deal of
    # sale or a contract are an exchange.
    "sale": [
        (
            "COOPERATE -AID",
            "Russia delivered the first batch of fighter jets to India under a $2 billion arms deal.",
        ),
        (
            "COOPERATE -AID",
            "South Korea supplied howitzers to Poland as part of a multibillion-dollar sale.",
        ),
        (
            "COOPERATE -AID",
            "France shipped Rafale warplanes to Egypt under a contract signed last year.",
        ),
        (
            "COOPERATE -AID",
            "Russia delivered S-400 missile systems to Turkey under a contract signed in 2017.",
        ),
        # look-alikes: arms given, and aid under an emergency programme, stay AID
        (
            "COOPERATE -AID",
            "The United States delivered F-16 jets to Taiwan under an $8 billion sale.",
        ),
        ("AID -COOPERATE", "Britain supplied anti-tank weapons to Ukraine."),
        (
            "AID -COOPERATE",
            "The United States delivered food aid to Sudan under an emergency programme.",
        ),
        # AID ambiguities: asylum is AID, also when a deal with mediators grants it
        (
            "AID -COOPERATE",
            "Charles Taylor was granted asylum by Nigeria under a deal with mediators.",
        ),
    ],
    # COERCE -> SANCTION (people put out of a country were coded as an expulsion of diplomats).
    # Manual, SANCTION `expel`: "this mode excludes individual deportations, which are coded as a
    # mode under COERCE"; COERCE `deport`: "expel or deport individuals".
    "ordered_out": [
        ("COERCE:deport -SANCTION", "Iran ordered all undocumented Afghans to leave the country."),
        (
            "COERCE:deport -SANCTION",
            "The Dominican government ordered thousands of Haitian migrants to leave within a month.",
        ),
        (
            "COERCE:deport -SANCTION",
            "Pakistan ordered Afghan refugees to leave the country by the end of the year.",
        ),
        (
            "COERCE:deport -SANCTION",
            "Kuwait ordered thousands of Egyptian workers to leave the country.",
        ),
        # look-alikes: diplomats, missions and troops ordered out stay SANCTION
        ("SANCTION -COERCE", "Moscow ordered 23 British diplomats to leave the country."),
        # its own citizens told to leave a country are no deportation
        ("-COERCE", "Denmark told its citizens to leave Syria after the embassy attack."),
        ("SANCTION -COERCE", "Mali ordered the UN peacekeeping mission to leave the country."),
        ("SANCTION -COERCE", "Niger ordered the French ambassador to leave within 48 hours."),
    ],
    # ASSAULT -> ACCUSE (a verbal attack was coded as an armed one). Manual, ACCUSE: "condemn,
    # decry a policy or an action; criticize". Attacking an act "as" something is a verdict on
    # it; an attack on a place or on forces stays ASSAULT.
    "attack_as": [
        (
            "ACCUSE -ASSAULT",
            "China's government attacked NATO's bombing campaign as a violation of international law.",
        ),
        ("ACCUSE -ASSAULT", "Iran attacked the European Union's sanctions as economic terrorism."),
        (
            "ACCUSE -ASSAULT",
            "Beijing attacked the US arms deal with Taiwan as interference in its affairs.",
        ),
        ("ACCUSE -ASSAULT", "Moscow attacked Washington's plan to deploy missiles in Poland."),
        ("ACCUSE -ASSAULT", "Germany's chancellor attacked the French proposal as unworkable."),
        # look-alikes: armed attacks
        ("ASSAULT -ACCUSE", "Israeli jets attacked Hamas positions in Gaza."),
        ("ASSAULT -ACCUSE", "Nigerian troops attacked a Boko Haram camp in the Sambisa forest."),
    ],
    # THREATEN -> ASSAULT (force authorized was coded as force used). Manual, THREATEN: "all
    # threats, coercive or forceful warnings with serious potential repercussions".
    "force_authorized": [
        (
            "THREATEN:violence -ASSAULT",
            "The Security Council authorised member states on Thursday to use all necessary means"
            " to drive Iraq out of Kuwait unless Baghdad withdrew by January 15.",
        ),
        # look-alike: the expulsion carried out
        ("ASSAULT -THREATEN", "Iraqi troops drove thousands of Kurds out of Kirkuk."),
    ],
    # COERCE -> RETREAT (people sent back were coded as a release). Manual, COERCE `deport`:
    # "expel or deport individuals"; RETREAT keeps "the release of prisoners and hostages,
    # repatriation of refugees".
    "sent_back": [
        ("COERCE:deport -RETREAT", "Thailand sent more than 100 Uighurs back to China."),
        ("COERCE:deport -RETREAT", "Italy sent 40 Tunisian migrants back to Tunisia."),
        ("COERCE:deport -RETREAT", "Cuban migrants were returned by the US Coast Guard to Havana."),
        ("COERCE:deport -RETREAT", "Malaysia deported hundreds of Indonesian migrants back home."),
        # look-alikes: captives released or returned stay RETREAT
        (
            "RETREAT -COERCE",
            "Pakistan returned 200 Indian fishermen to India as a goodwill gesture.",
        ),
        ("RETREAT -COERCE", "Iran returned the 15 British sailors to Britain."),
    ],
    # SUPPORT -> RETREAT (admission to an organization was coded as letting observers in).
    # Manual, SUPPORT: "initiate, resume, improve, or expand diplomatic, non-material
    # cooperation"; RETREAT `access`: "allow third party (e.g., observers, peacekeepers,
    # humanitarian workers) access".
    "admitted": [
        ("SUPPORT -RETREAT", "Vietnam was formally admitted to ASEAN at a ceremony in Brunei."),
        ("SUPPORT -RETREAT", "Montenegro was admitted to NATO on Monday."),
        ("SUPPORT -RETREAT", "South Sudan was admitted to the United Nations in July."),
        ("SUPPORT -RETREAT", "The African Union admitted South Sudan as its 54th member state."),
        # look-alikes: inspectors and aid workers let in stay RETREAT access
        ("RETREAT:access -SUPPORT", "Iran admitted IAEA inspectors to the Fordow plant."),
        ("RETREAT:access -SUPPORT", "Sudan admitted UN aid workers to Darfur."),
    ],
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_type_boundary(case, code_text):
    problems = expectation_problems(code_text, CASES[case], D, hypothetical_counts=True)
    assert not problems, "\n".join(problems)


def test_enough_sentences():
    assert sum(len(v) for v in CASES.values()) >= 50
