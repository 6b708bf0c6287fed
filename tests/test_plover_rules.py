"""The PLOVER manual's own coding rules (reference/plover/PLOVER_MANUAL.tex: the general
section, each type's "Potential ambiguities" list and its mode table), one test per rule, each
with news sentences we wrote and, where the rule must not fire, a look-alike.

An expectation is a list of tokens: ``TYPE`` (an event of that type is coded), ``TYPE:mode``
(with that mode) and ``-TYPE`` (no event of that type that is not flagged negated or
hypothetical). Rules applied in ``events/plover_rules.py``, ``codes/data/cameo_plover.tsv``
and ``events/data/patterns/plover_manual.yaml``. Where the manual's prose and the OEDA 2021
CAMEO-PLOVER table part (announced future retreats and concessions; declared ceasefires), we
keep the table's reading, and the tests say so."""

from __future__ import annotations

import pytest

from .conftest import expectation_problems

D = "2015-06-01"

RULES = {
    # PLOVER manual, Auxiliary modes (future) and CONSULT ambiguities: future meetings are AGREE
    "G1": [
        (
            "AGREE -CONSULT",
            "The foreign ministers of Japan and South Korea will meet in Tokyo next month.",
        ),
        ("CONSULT", "The foreign ministers of Japan and South Korea met in Tokyo on Tuesday."),
    ],
    # PLOVER manual, Auxiliary modes: a negated event carries the negation flag
    "G2": [
        ("-ASSAULT", "Thus far, Sudanese troops have not attacked the rebel town."),
    ],
    # PLOVER manual, Auxiliary modes: a hypothetical event is flagged, not coded as occurred
    "G3": [
        ("-ASSAULT", "If Russian forces were to cross the border, Poland would respond."),
    ],
    # PLOVER manual, AGREE ambiguities: 'will sign an agreement' is AGREE, not SUPPORT + future
    "G4": [
        (
            "AGREE -SUPPORT",
            "Russia and the United States will sign an agreement limiting missile deployments.",
        ),
        (
            "SUPPORT",
            "Russia and the United States signed an agreement limiting missile deployments on Friday.",
        ),
    ],
    # PLOVER manual, AGREE, CONCEDE and RETREAT ambiguities: announced future retreats are CONCEDE
    # in the prose, AGREE (CAMEO 0356) in the OEDA 2021 table, which we keep; never a RETREAT
    "A1": [
        (
            "AGREE -RETREAT",
            "Turkey announced it would withdraw its troops from northern Iraq.",
        ),
        ("RETREAT", "Turkey withdrew its troops from northern Iraq on Sunday."),
    ],
    # PLOVER manual, AGREE and CONCEDE ambiguities: future concessions stay CONCEDE in the prose;
    # the OEDA 2021 table's AGREE (CAMEO 0351) is kept, and nothing material is coded
    "A2": [
        (
            "AGREE -CONCEDE",
            "The Egyptian government said it will lift the curfew in Cairo next week.",
        ),
    ],
    # PLOVER manual, AID ambiguities: broad promises of future AID are AGREE
    "A3": [
        ("AGREE -AID", "Japan will provide humanitarian aid to Nepal, its prime minister said."),
        ("AID", "Japan sent humanitarian aid to Nepal on Monday."),
    ],
    # PLOVER manual, COOPERATE ambiguities: promises of future cooperation are AGREE
    "A4": [
        ("AGREE -COOPERATE", "India pledged to expand trade cooperation with Vietnam."),
    ],
    # PLOVER manual, CONSULT ambiguities: invitations for state visits are AGREE
    "C1": [
        ("AGREE -CONSULT", "Chinese President Xi Jinping invited Barack Obama to visit Beijing."),
    ],
    # PLOVER manual, CONSULT ambiguities: future visits and summits are AGREE
    "C2": [
        (
            "AGREE -CONSULT",
            "Angela Merkel will travel to Moscow next week for talks with Vladimir Putin.",
        ),
    ],
    # PLOVER manual, CONSULT and ACCUSE ambiguities: summoning an ambassador to complain is ACCUSE
    "C3": [
        (
            "ACCUSE -CONSULT",
            "The Iranian foreign ministry summoned the British ambassador to protest the remarks.",
        ),
        ("ACCUSE -CONSULT", "Germany summoned the US ambassador over the spying allegations."),
    ],
    # PLOVER manual, CONSULT mode table: visit
    "C4": [
        ("CONSULT:visit", "French President Francois Hollande visited Algeria on Wednesday."),
    ],
    # PLOVER manual, CONSULT mode table: phone (a remote medium)
    "C5": [
        ("CONSULT:phone", "Barack Obama spoke by phone with Benjamin Netanyahu on Thursday."),
        ("CONSULT:phone", "Vladimir Putin held a phone call with Recep Tayyip Erdogan on Friday."),
    ],
    # PLOVER manual, CONSULT definition: meetings
    "C6": [
        ("CONSULT", "Vladimir Putin met Recep Tayyip Erdogan in Ankara."),
    ],
    # PLOVER manual, SUPPORT and CONCEDE ambiguities: pardons and amnesties are CONCEDE, releases RETREAT
    "S1": [
        ("CONCEDE -SUPPORT", "The Egyptian president pardoned 100 jailed activists on Monday."),
        ("CONCEDE -SUPPORT", "Myanmar's government granted an amnesty to 6,000 prisoners."),
        ("RETREAT -CONCEDE", "Egypt released 100 jailed activists on Monday."),
    ],
    # PLOVER manual, SUPPORT and CONCEDE ambiguities: regret and remorse are CONCEDE
    "S2": [
        (
            "CONCEDE -SUPPORT",
            "Japan's prime minister expressed deep remorse for the suffering caused by the war.",
        ),
        ("CONCEDE", "The Dutch government apologised to Indonesia for wartime killings."),
    ],
    # PLOVER manual, SUPPORT ambiguities: promises to ratify are AGREE
    "S3": [
        ("AGREE -SUPPORT", "Iran promised to ratify the additional protocol."),
    ],
    # PLOVER manual, SUPPORT ambiguities: military cooperation is COOPERATE
    "S4": [
        (
            "COOPERATE",
            "Australia and Japan expanded military cooperation on Monday, holding joint naval drills.",
        ),
    ],
    # PLOVER manual, SUPPORT definition: recognition of states
    "S5": [
        ("SUPPORT", "Sweden recognised the state of Palestine on Thursday."),
    ],
    # PLOVER manual, SUPPORT definition: ratifying a treaty
    "S6": [
        ("SUPPORT", "The Russian parliament ratified the treaty with Abkhazia."),
    ],
    # PLOVER manual, CONCEDE ambiguities: acquittals are CONCEDE (a conviction is SANCTION)
    "K1": [
        ("CONCEDE -SUPPORT", "A Cairo court acquitted Hosni Mubarak of the charges."),
        ("CONCEDE", "A Turkish court acquitted the journalists of terrorism charges."),
        ("SANCTION -CONCEDE", "A Turkish court convicted the journalists of terrorism charges."),
    ],
    # PLOVER manual, CONCEDE definition: removing curfews
    "K2": [
        ("CONCEDE", "Thai authorities lifted the curfew in Bangkok."),
    ],
    # PLOVER manual, CONCEDE definition: declarations (not implementations) of ceasefires are
    # CONCEDE in the prose; the OEDA 2021 table codes CAMEO 0871 RETREAT, which we keep
    "K3": [
        ("RETREAT -CONCEDE", "The Yemeni government declared a unilateral ceasefire on Sunday."),
    ],
    # PLOVER manual, CONCEDE definition: suspending protests
    "K4": [
        (
            "CONCEDE -PROTEST",
            "Opposition leaders in Bangladesh suspended their protests on Friday.",
        ),
    ],
    # PLOVER manual, COOPERATE definition: judicial cooperation such as extraditions
    "O1": [
        ("COOPERATE", "Spain extradited a Russian businessman to the United States."),
    ],
    # PLOVER manual, COOPERATE definition and MOBILIZE ambiguities: joint exercises COOPERATE, single-country MOBILIZE
    "O2": [
        ("COOPERATE -MOBILIZE", "The United States and South Korea held joint military exercises."),
    ],
    # PLOVER manual, COOPERATE definition: sharing intelligence; agreement to share is AGREE
    "O3": [
        ("AGREE -COOPERATE", "France and Belgium agreed to share intelligence about militants."),
        ("COOPERATE", "France shared intelligence with Belgium about the attackers."),
    ],
    # PLOVER manual, AID definition: asylum
    "D1": [
        ("AID", "Ecuador granted asylum to Julian Assange."),
    ],
    # PLOVER manual, AID and SANCTION ambiguities: court-ordered payments are SANCTION
    "D2": [
        ("SANCTION -AID", "A US court ordered Iran to pay $2 billion to victims of bombings."),
        ("REQUEST -SANCTION", "Russia ordered Ukraine to pay its gas debt."),
    ],
    # PLOVER manual, AID and RETREAT ambiguities: debt forgiveness is AID
    "D3": [
        ("AID", "The Paris Club agreed to forgive Nigeria's debt."),
        ("AID", "Germany forgave Nigeria's debt."),
    ],
    # PLOVER manual, AID and RETREAT ambiguities: hostage rescues are AID
    "D4": [
        ("AID -COERCE -ASSAULT", "Pakistan's army rescued 10 hostages near the Afghan border."),
    ],
    # PLOVER manual, AID definition: reparations
    "D5": [
        ("AID", "Germany paid reparations to Namibia for colonial-era killings."),
    ],
    # PLOVER manual, MOBILIZE ambiguities: forces mobilized for disaster relief are AID
    "D6": [
        ("AID -MOBILIZE", "Nepal deployed troops to help earthquake victims."),
    ],
    # PLOVER manual, RETREAT mode table: release
    "R1": [
        ("RETREAT:release", "Hamas released two Israeli captives on Tuesday."),
    ],
    # PLOVER manual, RETREAT mode table: resign
    "R2": [
        ("RETREAT:resign", "The Greek finance minister resigned on Monday."),
    ],
    # PLOVER manual, RETREAT mode table: access
    "R4": [
        ("RETREAT:access", "Syria allowed UN inspectors access to the site."),
    ],
    # PLOVER manual, RETREAT mode table: disarm
    "R5": [
        ("RETREAT:disarm", "FARC rebels handed over their weapons to UN monitors."),
    ],
    # PLOVER manual, RETREAT mode table: withdraw
    "R6": [
        ("RETREAT:withdraw", "Russia pulled its troops out of the Ukrainian border area."),
    ],
    # PLOVER manual, REQUEST and PROTEST ambiguities: a protest's demand is PROTEST; its topic is not coded
    "Q1": [
        (
            "PROTEST -REQUEST",
            "Thousands of protesters marched in Caracas demanding lower food prices.",
        ),
        (
            "PROTEST -REQUEST",
            "Demonstrators rallied outside parliament in Kiev calling for the resignation of the prime minister.",
        ),
        ("REQUEST", "The opposition in Ukraine called for the resignation of the prime minister."),
        (
            "PROTEST REQUEST",
            "Thousands of Chinese protesters hurled stones at the Japanese embassy, and Tokyo demanded an apology.",
        ),
        (
            "PROTEST -REQUEST",
            "South Korean students staged a sit-in in Seoul, demanding the resignation of the president.",
        ),
    ],
    # PLOVER manual, REQUEST ambiguities: a party to a conflict calling for its end is AGREE
    "Q2": [
        ("AGREE -REQUEST", "The Taliban called for an end to the war in Afghanistan."),
        ("REQUEST", "The United Nations called on Israel and Hamas to end the war."),
        ("REQUEST -AGREE", "Pope Francis called for an end to the war in Syria."),
    ],
    # PLOVER manual, REQUEST ambiguities: withdrawing a demand is CONCEDE
    "Q3": [
        ("CONCEDE", "Greece dropped its demand for debt relief."),
        ("CONCEDE", "The Greek government withdrew its demand for debt relief."),
    ],
    # PLOVER manual, REQUEST ambiguities: calls for dismissal of officials are REQUEST change
    "Q4": [
        ("REQUEST:change", "Protest leaders in Thailand demanded the dismissal of the army chief."),
        ("REQUEST:change", "Ukraine's opposition called for the sacking of the interior minister."),
    ],
    # PLOVER manual, REQUEST mode table: assist, yield, meet
    "Q5": [
        ("REQUEST:yield", "Amnesty International urged Iran to release the jailed journalists."),
        ("REQUEST:meet", "The UN urged Sudan and South Sudan to resume talks."),
        ("REQUEST:assist", "Nepal appealed for international aid after the earthquake."),
    ],
    # PLOVER manual, ACCUSE and PROTEST ambiguities: diplomatic protests are ACCUSE disapprove
    "U1": [
        ("ACCUSE:disapprove", "China lodged a formal protest with Japan over the visit."),
    ],
    # PLOVER manual, ACCUSE mode table: disapprove
    "U2": [
        ("ACCUSE:disapprove", "Russia condemned the Ukrainian shelling of Donetsk."),
    ],
    # PLOVER manual, ACCUSE mode table: investigate
    "U3": [
        (
            "ACCUSE:investigate",
            "Brazilian prosecutors are investigating the president's chief of staff.",
        ),
    ],
    # PLOVER manual, ACCUSE mode table: allege (sue)
    "U4": [
        (
            "ACCUSE:allege",
            "Argentina sued the United States at the International Court of Justice.",
        ),
    ],
    # PLOVER manual, ACCUSE ambiguities: no ACCUSE allege beside a conviction
    "U5": [
        (
            "SANCTION -ACCUSE",
            "A court in Moscow convicted the activist of fraud and sentenced him to five years in prison.",
        ),
    ],
    # PLOVER manual, REJECT ambiguities: withdrawal of military aid is SANCTION
    "J1": [
        ("SANCTION -REJECT", "The United States suspended military aid to Egypt."),
    ],
    # PLOVER manual, REJECT and COERCE ambiguities: barring entry is REJECT, expelling a group is
    # COERCE; but aid agencies and NGOs expelled are CAMEO 1663, SANCTION expel in the OEDA table,
    # which we follow where it and the prose differ
    "J2": [
        ("REJECT -COERCE", "Israel barred a delegation of European lawmakers from entering Gaza."),
        (
            "SANCTION:expel -COERCE",
            "Russia expelled the staff of a US-funded NGO from the country.",
        ),
        ("COERCE -REJECT", "Russia barred the opposition leader from running in the election."),
        ("SANCTION:expel", "Britain expelled two Russian diplomats from London."),
    ],
    # PLOVER manual, REJECT mode table: meet
    "J3": [
        ("REJECT", "Mahmoud Abbas refused to meet with the Israeli prime minister."),
    ],
    # PLOVER manual, THREATEN and COERCE ambiguities: an in-absentia arrest is THREATEN arrest
    "T1": [
        (
            "THREATEN -COERCE",
            "A Turkish court issued an arrest warrant in absentia for the cleric.",
        ),
        ("COERCE", "Turkish police arrested a journalist in Istanbul."),
    ],
    # PLOVER manual, THREATEN mode table: the mode is the content of the threat
    "T2": [
        ("THREATEN:relations", "Turkey threatened to cut diplomatic ties with Israel."),
        ("THREATEN:expel", "Moscow threatened to expel the American diplomats."),
        ("THREATEN:violence", "North Korea threatened to attack South Korea."),
    ],
    # PLOVER manual, PROTEST ambiguities: diplomatic protests are ACCUSE
    "P1": [
        ("ACCUSE -PROTEST", "Tokyo protested to Beijing over the incursion by Chinese ships."),
    ],
    # PLOVER manual, PROTEST mode table: strike, hunger, boycott, riot, obstruct
    "P3": [
        ("PROTEST:strike", "Doctors in Kenya went on strike over pay."),
        ("PROTEST:hunger", "Palestinian prisoners began a hunger strike in Israeli jails."),
        ("PROTEST:boycott", "Opposition parties in Bangladesh boycotted the election."),
        ("PROTEST:riot", "Rioters set fire to shops in Baltimore."),
        ("PROTEST:obstruct", "Polish farmers blocked the highway to Warsaw."),
    ],
    # PLOVER manual, MOBILIZE ambiguities: mobilizing supporters to demonstrate is PROTEST
    "P4": [
        ("PROTEST -MOBILIZE", "The opposition mobilized its supporters to demonstrate in Dhaka."),
    ],
    # PLOVER manual, SANCTION ambiguities: convictions with prison are also COERCE arrest
    "N1": [
        (
            "SANCTION COERCE",
            "An Egyptian court convicted three journalists and sentenced them to seven years in prison.",
        ),
    ],
    # PLOVER manual, SANCTION ambiguities: deportations of individuals are COERCE
    "N2": [
        ("COERCE:deport -SANCTION", "Malaysia deported two Chinese activists."),
    ],
    # PLOVER manual, SANCTION ambiguities: cancelled meetings are REJECT
    "N3": [
        ("REJECT -SANCTION", "Russia cancelled a meeting with the Japanese foreign minister."),
    ],
    # PLOVER manual, SANCTION mode table: expel (diplomats)
    "N4": [
        ("SANCTION:expel", "Britain expelled four Russian diplomats."),
    ],
    # PLOVER manual, SANCTION mode table: discontinue (international sanctions)
    "N5": [
        ("SANCTION:discontinue", "The European Union imposed sanctions on Russia."),
    ],
    # PLOVER manual, MOBILIZE mode table and ambiguities: weapons vs troops
    "M5": [
        ("MOBILIZE:weapons", "China deployed missiles to an island in the South China Sea."),
        ("MOBILIZE:troops", "Russia massed troops on the Ukrainian border."),
    ],
    # PLOVER manual, COERCE and ASSAULT ambiguities: combatants captured in conflict are ASSAULT abduct
    "X1": [
        (
            "ASSAULT:abduct -COERCE",
            "Kurdish fighters captured 20 Islamic State militants in the battle for Kobani.",
        ),
        ("COERCE:arrest", "Police arrested 20 suspected militants in Istanbul."),
        ("ASSAULT:abduct -COERCE", "Ukrainian troops captured 12 Russian soldiers near Bakhmut."),
    ],
    # PLOVER manual, COERCE ambiguities: a state of emergency for a natural disaster is not COERCE
    "X2": [
        ("-COERCE", "Nepal declared a state of emergency after the earthquake."),
        ("COERCE:martial-law", "Thailand's army declared martial law on Tuesday."),
        (
            "COERCE",
            "Egypt's interim government declared a state of emergency as security forces cleared protest camps in Cairo.",
        ),
    ],
    # PLOVER manual, COERCE mode table: seize, curfew, withhold, censor, restrict
    "X5": [
        ("COERCE:seize", "Police raided the offices of the opposition newspaper in Ankara."),
        ("COERCE:curfew", "Egyptian authorities imposed a curfew in Suez."),
        ("COERCE:withhold", "The Ethiopian government shut down the internet in Oromia."),
        ("COERCE:censor", "Turkey banned access to Twitter."),
        ("COERCE:restrict", "Russia banned the opposition party from the election."),
    ],
    # PLOVER manual, ASSAULT ambiguities: beatings are beat; knives and machetes primitive
    "Y1": [
        ("ASSAULT:beat", "Police beat protesters in Harare."),
        ("ASSAULT:primitive", "Militants hacked villagers to death with machetes in Nigeria."),
    ],
    # PLOVER manual, ASSAULT ambiguities: crowd-control needs a named weapon; pushing back a crowd is COERCE
    "Y3": [
        ("ASSAULT:crowd-control", "Police fired tear gas at protesters in Nairobi."),
        ("-ASSAULT", "Police pushed back protesters in Hong Kong."),
        ("ASSAULT", "Ukrainian forces pushed back Russian troops near Kharkiv."),
    ],
    # PLOVER manual, ASSAULT mode table: aerial, drone, heavy-weapons, suicide-attack, explosives, firearms, abduct, targeted
    "Y4": [
        ("ASSAULT:aerial", "Saudi warplanes bombed Houthi positions in Yemen."),
        ("ASSAULT:drone", "A US drone strike killed three militants in Pakistan."),
        ("ASSAULT:heavy-weapons", "Ukrainian forces shelled rebel positions near Donetsk."),
        ("ASSAULT:suicide-attack", "A Taliban suicide bomber killed 30 people in Kabul."),
        ("ASSAULT:explosives", "A Taliban roadside bomb killed four Afghan soldiers."),
        ("ASSAULT:firearms", "Gunmen shot dead a police officer in Mexico."),
        ("ASSAULT:abduct", "Boko Haram kidnapped 200 girls in Nigeria."),
        ("ASSAULT:targeted", "Boko Haram gunmen assassinated a Nigerian cleric in Maiduguri."),
        ("ASSAULT:abduct", "Boko Haram gunmen kidnapped 20 women in Nigeria."),
    ],
    # PLOVER manual, MOBILIZE definition: troop deployments
    "M4": [
        ("MOBILIZE -AID", "Russia deployed troops to the Ukrainian border."),
    ],
}


@pytest.mark.parametrize("rule", sorted(RULES))
def test_plover_rule(rule, code_text):
    problems = expectation_problems(code_text, RULES[rule], D)
    assert not problems, "\n".join(problems)


def test_every_rule_has_a_sentence():
    assert len(RULES) >= 60 and sum(len(v) for v in RULES.values()) >= 100
