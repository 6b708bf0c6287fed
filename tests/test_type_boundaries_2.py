"""Type boundaries, second round: news sentences (our own wording) that Tacitus coded with the
right actor but the wrong PLOVER type. Each class names the confusion pair (gold -> what was
coded) and the section of the PLOVER manual (reference/plover/PLOVER_MANUAL.tex) or the
CAMEO-PLOVER table (codes/data/cameo_plover.tsv) that draws the line; each class has
look-alikes that must keep their own type.

An expectation is a list of tokens: ``TYPE`` (an event of that type is coded), ``TYPE:mode``
(with that mode) and ``-TYPE`` (no event of that type that is not flagged negated)."""

from __future__ import annotations

import pytest

from .conftest import expectation_problems

D = "2019-03-01"

CASES = {
    # none -> RETREAT (an authority granted was coded as a handover of power). Manual, RETREAT:
    # "resignations of government officials" and ceding territory; a power to act given to the
    # police or the army is no state power handed over, and the act it allows has not happened.
    "granted_power": [
        (
            "-RETREAT -ASSAULT",
            "Uganda's parliament passed a law giving police the power to shoot rioters.",
        ),
        (
            "-RETREAT -COERCE",
            "The Philippine government gave soldiers the power to arrest suspects without a warrant.",
        ),
        (
            "-RETREAT -COERCE",
            "Sri Lanka's president gave the army sweeping powers to detain suspects.",
        ),
        # look-alikes: power itself handed over stays RETREAT resign
        (
            "RETREAT:resign",
            "Sudan's military council handed power to a civilian government on Saturday.",
        ),
        ("RETREAT:resign", "Mali's junta handed power to a transitional president."),
    ],
    # AID -> RETREAT (a lender's disbursement was coded as unfrozen money). Manual, AID:
    # "monetary aid and financial guarantees, grants, gifts and credit"; RETREAT: "the return of
    # confiscated property" (CAMEO 085 for frozen funds released).
    "disbursed": [
        (
            "AID -RETREAT",
            "The IMF's board approved a $3 billion loan for Egypt, releasing an immediate $700 "
            "million to the country.",
        ),
        ("AID -RETREAT", "The World Bank released a $500 million tranche to Ghana on Tuesday."),
        ("AID -RETREAT", "The European Union released 1.5 billion euros in loans to Ukraine."),
        # look-alikes: frozen money released stays RETREAT
        ("RETREAT -AID", "Washington released $6 billion of Iranian assets frozen in South Korea."),
        ("RETREAT -AID", "Britain unfroze Libyan state assets held in London banks."),
    ],
    # RETREAT (085) -> RETREAT `release` / SANCTION: a state put back on a list was coded as
    # captives released. Manual, RETREAT `release`: "release captives"; SANCTION `discontinue`
    # for a state blacklisted.
    "put_on_list": [
        (
            "RETREAT -RETREAT:release",
            "Japan returned South Korea to its white list of trusted trading partners.",
        ),
        (
            "RETREAT -SANCTION",
            "Tokyo restored South Korea to its list of preferred trade partners.",
        ),
        (
            "SANCTION -RETREAT",
            "The United States returned Cuba to its list of state sponsors of terrorism.",
        ),
        # look-alike: a crew freed stays RETREAT release
        ("RETREAT:release", "Iran released the crew of the seized British tanker."),
    ],
    # SANCTION -> REJECT and REJECT -> SANCTION (entry bans). Manual, REJECT and COERCE
    # ambiguities: "a country ... bars a group or organization from entering its territory"
    # is REJECT; SANCTION `discontinue`: "international (political or economic) sanctions": a
    # punitive entry ban on another state's officials is a sanction.
    "entry_ban": [
        (
            "SANCTION -REJECT",
            "China barred 12 US officials from entering the country in retaliation for the "
            "Hong Kong sanctions.",
        ),
        (
            "SANCTION -REJECT",
            "Russia banned nine British lawmakers from entering Russia in response to London's "
            "sanctions.",
        ),
        (
            "SANCTION -REJECT",
            "Israel denied entry to two US congresswomen in retaliation for their support of a "
            "boycott.",
        ),
        # look-alikes: a group or a monitor kept out, with no penalty, is REJECT
        ("REJECT -SANCTION", "Israel barred a UN fact-finding team from entering Gaza."),
        ("REJECT -SANCTION", "Hungary refused entry to a delegation of European lawmakers."),
        ("REJECT -SANCTION", "Israel refused entry to the UN special rapporteur on human rights."),
    ],
    # RETREAT -> CONCEDE (a ban on goods eased was coded as an administrative concession).
    # Table: CAMEO 085 "ease economic sanctions, boycott, or embargo" is RETREAT; 081 (CONCEDE)
    # eases "administrative or legal restrictions on persons and organizations" (manual, CONCEDE).
    "trade_ban_eased": [
        ("RETREAT -CONCEDE", "China lifted its ban on Australian coal imports."),
        ("RETREAT -CONCEDE", "Russia relaxed its ban on Georgian wine."),
        ("RETREAT -CONCEDE", "Beijing eased restrictions on Japanese seafood imports."),
        ("RETREAT -CONCEDE", "Moscow ended its ban on Moldovan fruit."),
        # look-alikes: political bans and curbs on movement stay CONCEDE
        ("CONCEDE -RETREAT", "Thailand's junta lifted a ban on political activity."),
        ("CONCEDE -RETREAT", "Indian authorities eased restrictions on movement in Kashmir."),
    ],
    # ACCUSE -> COERCE (a formal charge was coded as an arrest). Manual, ACCUSE: "accuse,
    # allege, or charge, both judicially and informally"; mode `allege`: "formally or informally
    # accuse; sue, indict, or charge; bring to trial". An arrest stays COERCE `arrest`.
    "charged": [
        ("ACCUSE:allege -COERCE", "Tehran charged two French academics with spying."),
        (
            "ACCUSE:allege -COERCE",
            "Prosecutors in Seoul indicted the former president on bribery charges.",
        ),
        (
            "ACCUSE:allege -COERCE",
            "Belarus charged an opposition leader with undermining national security.",
        ),
        (
            "ACCUSE:allege -COERCE",
            "The House of Representatives impeached the president on charges of abuse of power.",
        ),
        (
            "ACCUSE:allege -COERCE",
            "South Korea's National Assembly voted to impeach President Yoon Suk Yeol.",
        ),
        # look-alikes: arrests and detentions stay COERCE arrest
        ("COERCE:arrest -ACCUSE", "Egyptian police arrested dozens of protesters in Cairo."),
        (
            "COERCE:arrest",
            "Zimbabwe police detained the opposition leader and charged him with treason.",
        ),
    ],
    # SANCTION vs COERCE (people put out of a country). Manual, COERCE and REJECT ambiguities:
    # "a group or organization ... expelled from a country ... should be coded as COERCE";
    # but the OEDA CAMEO-PLOVER table maps 1661 (peacekeepers) and 1662 (inspectors and
    # observers) to SANCTION expel, and where the table and the prose differ we follow the
    # table (cameo_plover.tsv): an international body's inspectors, monitors and staff stay
    # SANCTION, like diplomats; so do aid agencies and their staff (CAMEO 1663 "expel or
    # withdraw aid agencies", SANCTION expel in the table; fourth round).
    "expelled_staff": [
        (
            "SANCTION:expel -COERCE",
            "Iraq expelled the American members of the UN weapons inspection team.",
        ),
        (
            "SANCTION:expel -COERCE",
            "Burundi expelled the head of the UN human rights office in Bujumbura.",
        ),
        ("SANCTION:expel -COERCE", "Russia expelled OSCE monitors from Donetsk."),
        ("SANCTION:expel -COERCE", "Ethiopia expelled seven UN officials."),
        ("SANCTION:expel -COERCE", "Russia expelled 20 German diplomats."),
        ("SANCTION:expel -COERCE", "Niger expelled the French ambassador."),
        ("SANCTION -COERCE", "Sudan expelled the staff of a British aid charity from Darfur."),
        # look-alike: one's own observers withdrawn are no expulsion
        ("SANCTION -COERCE", "The European Union withdrew its election observers from Zimbabwe."),
    ],
    # SANCTION -> REJECT (participation suspended). Manual, SANCTION `withdraw`: "withdraw
    # oneself ... from a group, mediation activity, organization"; REJECT keeps cancelled
    # meetings (SANCTION ambiguities: "cancellation of meetings are REJECT").
    "participation": [
        ("SANCTION -REJECT", "Russia suspended its participation in the New START treaty."),
        ("SANCTION -REJECT", "The Group of Seven suspended Russia's participation in the G8."),
        # look-alikes: cancelled talks and visits stay REJECT
        ("REJECT -SANCTION", "China cancelled military talks with the United States."),
        ("REJECT -SANCTION", "Israel cancelled a visit by a delegation to Washington."),
    ],
    # ASSAULT -> COERCE convention: a town taken by force is COERCE (CAMEO 192, the OEDA table);
    # the shelling around it and fighters captured stay ASSAULT (manual, COERCE ambiguities:
    # "combatants captured during conflict should be coded as ASSAULT `abduct`").
    "captured_place": [
        (
            "COERCE -ASSAULT",
            "Hamas fighters seized control of the Gaza Strip after days of street battles.",
        ),
        ("COERCE -ASSAULT", "Syrian rebels seized Damascus on Sunday."),
        ("COERCE -ASSAULT", "M23 rebels captured the border town of Bunagana."),
        ("COERCE -ASSAULT", "Turkish forces captured the Syrian border town of Tal Abyad."),
        # look-alikes
        ("ASSAULT -COERCE", "Syrian government forces shelled the rebel-held town of Douma."),
        ("ASSAULT:abduct -COERCE", "Ukrainian troops captured 12 Russian soldiers near Bakhmut."),
    ],
    # THREATEN -> CONCEDE, THREATEN -> PROTEST, THREATEN -> SANCTION. Manual, THREATEN: "all
    # threats, coercive or forceful warnings with serious potential repercussions"; mode
    # `restrict` names strikes, boycotts and blockades. An ultimatum is no giving in, and an act
    # promised unless the other side yields is a threat of it.
    "ultimatum": [
        (
            "THREATEN -CONCEDE",
            "West African leaders gave the junta in Niger one week to reinstate the president.",
        ),
        (
            "THREATEN -SANCTION",
            "The EU said it would impose sanctions on Belarus unless Minsk released the prisoners.",
        ),
        # look-alikes: a strike held is PROTEST; sanctions announced without a condition stay
        ("PROTEST -THREATEN", "Hungary's unions staged a general strike on Monday."),
        ("SANCTION -THREATEN", "Washington imposed new sanctions on Moscow on Friday."),
    ],
    # SUPPORT -> AGREE (future recognition). Manual, AGREE: "cooperative actions of types
    # CONSULT, SUPPORT, COOPERATE, and AID reported in future tense ... should be coded as AGREE".
    "recognition": [
        (
            "AGREE -SUPPORT",
            "Ireland, Norway and Spain said they would recognise a Palestinian state.",
        ),
        ("SUPPORT -AGREE", "Spain recognised a Palestinian state on Tuesday."),
    ],
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_type_boundary(case, code_text):
    problems = expectation_problems(code_text, CASES[case], D, hypothetical_counts=True)
    assert not problems, "\n".join(problems)


def test_enough_sentences():
    assert sum(len(v) for v in CASES.values()) >= 40
