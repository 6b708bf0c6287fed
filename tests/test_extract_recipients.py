"""Event extractor: recipients told by another clause of the sentence.

When the event's own clause names no target, the sentence may: a judging clause on a summary
noun ("..., a move Beijing called protectionism", "..., a charge New Delhi dismissed") is
aimed at whoever made the move or the charge; a threat or a refusal answers the act of the
clause it follows or is coordinated with ("vowed to retaliate after the United States closed
its consulate", "the junta detained the president, and the African Union threatened
sanctions", "cut off gas to Poland after Warsaw refused to pay"); a protest's purpose clause
names its target ("blocked roads to protest against the EU's farm policy", "rallied,
denouncing France"), and prisoners held by another state protest against that state; the
object of a gerund in a phrase on the verb names whom a measure or a vote is about
("suspended talks on joining the EU", "voted against allowing U.S. troops to ..."); people
handed over or deported "to" a foreign state make it the recipient, not their own; aid for
unnamed victims goes to the country they are in.

Look-alikes must not take those recipients: a summary noun with no judge before the verb
("a move welcomed by ..."), a move that is the actor's own, an answered act by the actor's
own state, a protest purpose with no party, prisoners in their own state's jails, a gerund
whose object is no party.

Every sentence here is written by us for these tests."""

from __future__ import annotations

import pytest

from .conftest import coded_triples, triple_problems

NOW = "2024-06-01"


def _got(pipeline, text, date=NOW):
    return coded_triples(pipeline, text, date)


# (case, sentence, triples of which one must be coded, triples that must not)
CASES = [
    # a. a judging clause on a summary noun
    (
        "a move the judge denounced",
        "Canada imposed new tariffs on Chinese steel on Monday, a move Beijing denounced as "
        "economic bullying.",
        {("ACCUSE", "CHN", "CAN")},
        set(),
    ),
    (
        "a charge the accused dismissed",
        "Armenia said on Friday that Azerbaijan had shelled border villages, a charge Baku "
        "dismissed as fabricated.",
        {("REJECT", "AZE", "ARM")},
        {("REJECT", "AZE", "AZE")},
    ),
    (
        "a charge dismissed, the accusing clause under the judging one",
        "Peru accused Bolivia of arming smugglers along the border, a charge La Paz dismissed "
        "as absurd.",
        {("REJECT", "BOL", "PER")},
        {("REJECT", "BOL", "BOL")},
    ),
    (
        "in a move the judge condemned",
        "Hungary blocked the bloc's aid package for Ukraine, in a move Kyiv condemned as sabotage.",
        {("ACCUSE", "UKR", "HUN")},
        set(),
    ),
    (
        "in what the judge denounced as",
        "Russian jets flew over the Estonian island of Vaindloo on Tuesday in what Tallinn "
        "denounced as a provocation.",
        {("ACCUSE", "EST", "RUS")},
        set(),
    ),
    (
        "a decision the judge welcomed",
        "The European Union lifted its visa requirement for Kosovo, a decision Pristina "
        "welcomed as historic.",
        {("SUPPORT", "XKX", "IGO")},
        set(),
    ),
    # b. a threat or a refusal answering another party's act
    (
        "vowed to retaliate after",
        "Iran vowed to retaliate after Israel struck an air base near Isfahan.",
        {("THREATEN", "IRN", "ISR")},
        set(),
    ),
    (
        "threatened sanctions, the act in the clause before",
        "Guinea's army seized the presidential palace on Sunday, and the African Union "
        "threatened sanctions.",
        {("THREATEN", "IGO", "GIN")},
        set(),
    ),
    (
        "warned of countermeasures, the act in the clause before",
        "Japan and the United States held naval drills in the Sea of Japan, and Pyongyang "
        "warned of countermeasures.",
        {("THREATEN", "PRK", "JPN"), ("THREATEN", "PRK", "USA"), ("THREATEN", "PRK", "JPN+USA")},
        set(),
    ),
    (
        "refused, in the clause the main clause answers",
        "Russia halted gas deliveries to Bulgaria on Wednesday after Sofia refused to pay in "
        "roubles.",
        {("REJECT", "BGR", "RUS")},
        set(),
    ),
    (
        "refused, after the clause it answers",
        "Sweden granted asylum to the dissident, and China refused to drop its extradition "
        "request.",
        {("REJECT", "CHN", "SWE")},
        set(),
    ),
    # c. a protest's purpose, or its protesters held by another state
    (
        "blocked roads to protest against a party's policy",
        "Polish farmers blocked roads near Warsaw to protest against the European Union's "
        "grain policy.",
        {("PROTEST", "POL", "IGO")},
        {("PROTEST", "POL", "POL")},
    ),
    (
        "rallied to protest against a nationality's strikes",
        "Thousands of people rallied in Sanaa on Friday to protest against American air strikes.",
        {("PROTEST", "YEM", "USA")},
        {("PROTEST", "YEM", "YEM")},
    ),
    (
        "rallied, denouncing a state",
        "Thousands of Malians rallied in Bamako, waving flags and denouncing France.",
        {("PROTEST", "MLI", "FRA")},
        {("PROTEST", "MLI", "MLI")},
    ),
    (
        "prisoners in another state's jails",
        "Kurdish prisoners in Turkish jails launched a hunger strike.",
        {("PROTEST", "TUR", "TUR")},
        set(),
    ),
    (
        "a quantity of prisoners in another state's jails",
        "Hundreds of Palestinian prisoners in Israeli jails began a hunger strike on Sunday.",
        {("PROTEST", "PSE", "ISR")},
        {("PROTEST", "PSE", "PSE")},
    ),
    # d. the object of a gerund in a phrase
    (
        "suspended talks on joining a bloc",
        "Moldova's government suspended talks on joining the European Union.",
        {("SANCTION", "MDA", "IGO")},
        set(),
    ),
    (
        "voted against allowing a state's troops",
        "Kenya's parliament voted against allowing British troops to train in the country.",
        {("REJECT", "KEN", "GBR")},
        set(),
    ),
    (
        "froze talks on admitting a state",
        "NATO froze talks on admitting Ukraine.",
        {("SANCTION", "IGO", "UKR")},
        set(),
    ),
    (
        "the other existing paths still win: a named object",
        "Sudan expelled the Chadian ambassador after Chad closed its border.",
        {("SANCTION", "SDN", "TCD"), ("COERCE", "SDN", "TCD")},
        set(),
    ),
    (
        "the other existing paths still win: a target phrase",
        "Egypt vowed to retaliate against Ethiopia after the dam was filled.",
        {("THREATEN", "EGY", "ETH")},
        set(),
    ),
    # e. handed over or sent to a foreign state; the beneficiaries' country
    (
        "refused to hand over a man to a state",
        "Myanmar's junta refused to hand over the former minister to France.",
        {("REJECT", "MMR", "FRA")},
        set(),
    ),
    (
        "deported unnamed people to a state",
        "Kenya deported three activists to Uganda.",
        {("COERCE", "KEN", "UGA")},
        {("COERCE", "KEN", "KEN")},
    ),
    (
        "relief for victims in a country, the place on the victims",
        "Norway pledged emergency relief for cyclone victims in Bangladesh.",
        {("AGREE", "NOR", "BGD")},
        set(),
    ),
    (
        "aid to survivors, the place hung on the verb",
        "Japan sent emergency aid to earthquake survivors in Turkey.",
        {("AID", "JPN", "TUR")},
        set(),
    ),
]

# (case, sentence, triples that must not be coded, types that must not be coded)
LOOK_ALIKES = [
    (
        "a move welcomed by: no judge between noun and verb",
        "Canada imposed tariffs on Chinese steel, a move welcomed by its steelmakers.",
        {("SUPPORT", "CAN", "CAN")},
        set(),
    ),
    (
        "a move of the actor's own: no recipient from itself",
        "Russia expelled two Polish diplomats, a move Moscow called a response to Warsaw.",
        {("ACCUSE", "RUS", "RUS")},
        set(),
    ),
    (
        "a summary noun after a full stop of its own clause",
        "Chile raised interest rates on Tuesday. The move surprised Argentina.",
        {("ACCUSE", "ARG", "CHL")},
        set(),
    ),
    (
        "the threat answers the actor's own state",
        "Iran's army fired missiles at a target in the desert, and Tehran warned of "
        "countermeasures.",
        {("THREATEN", "IRN", "IRN")},
        set(),
    ),
    (
        "a threat before, not after: no answered act",
        "Iran warned of countermeasures before Israel struck an air base.",
        {("THREATEN", "IRN", "ISR")},
        set(),
    ),
    (
        "a protest whose purpose names no party",
        "Thousands of teachers rallied in Lima to protest against low wages.",
        {("PROTEST", "PER", "USA")},
        set(),
    ),
    (
        "prisoners in their own state's jails: no foreign holder",
        "Turkish prisoners in Turkish jails launched a hunger strike.",
        set(),
        {"ASSAULT"},
    ),
    (
        "a gerund whose object is no party",
        "Kenya's parliament voted against raising the fuel tax.",
        {("REJECT", "KEN", "USA"), ("REJECT", "KEN", "GBR")},
        set(),
    ),
    (
        "a gerund naming the actor itself",
        "Serbia suspended talks on joining the European Union, Serbia said.",
        {("SANCTION", "SRB", "SRB")},
        set(),
    ),
    (
        "a judging clause with a named object keeps it",
        "Seoul blocked the merger, a move Tokyo condemned as protectionism and criticised "
        "Washington for backing.",
        {("ACCUSE", "JPN", "JPN")},
        set(),
    ),
    (
        "a refusal with its own object keeps it",
        "Russia cut off gas to Poland after Warsaw refused Moscow's demand to pay in roubles.",
        {("REJECT", "POL", "POL")},
        set(),
    ),
    (
        "a threat in a clause coordinated with its own actor's act",
        "China sent warships near Taiwan, and Beijing warned of further drills.",
        {("THREATEN", "CHN", "CHN")},
        set(),
    ),
    (
        "a protest against the actor's own state stays domestic",
        "French farmers blocked roads near Paris to protest against the French government's "
        "tax plans.",
        {("PROTEST", "FRA", "IGO"), ("PROTEST", "FRA", "USA")},
        set(),
    ),
    (
        "a mere gathering is no protest",
        "Thousands of fans gathered in Madrid to celebrate the victory.",
        set(),
        {"PROTEST"},
    ),
    (
        "a plan made by another: the judge's subject before the comma",
        "Japan unveiled a plan to release treated water into the sea, a plan Beijing denounced.",
        {("ACCUSE", "CHN", "CHN")},
        set(),
    ),
    (
        "a move judged, the earlier subject the actor's own",
        "Beijing raised tariffs on US soybeans, a move Chinese officials called necessary.",
        {("ACCUSE", "CHN", "CHN")},
        set(),
    ),
    (
        "an answered act told after a threat with a named target",
        "Pakistan warned India of a firm response after New Delhi suspended a water treaty.",
        {("THREATEN", "PAK", "PAK")},
        set(),
    ),
    (
        "a rally for a state, not against it",
        "Thousands rallied in Kyiv to thank Poland for its support.",
        {("PROTEST", "UKR", "POL")},
        set(),
    ),
    (
        "a vote for a gerund is no rejection of its object",
        "Finland's parliament voted in favour of joining NATO.",
        {("REJECT", "FIN", "IGO")},
        set(),
    ),
    (
        "a summary noun far before the verb",
        "Ghana raised its fuel tax, a measure that after weeks of angry debate in the "
        "capital and in the provinces Togo's traders condemned.",
        {("ACCUSE", "TGO", "TGO")},
        set(),
    ),
    (
        "deported to a town of its own: no foreign state",
        "Kenya deported three Kenyan activists to Mombasa.",
        {("COERCE", "KEN", "USA")},
        set(),
    ),
    (
        "aid to survivors in a month: no place",
        "Japan sent emergency aid to earthquake survivors in March.",
        {("AID", "JPN", "JPN")},
        set(),
    ),
]


def test_there_are_forty_cases():
    assert len(CASES) + len(LOOK_ALIKES) >= 40


@pytest.mark.parametrize(("case", "sentence", "must", "must_not"), CASES, ids=[c[0] for c in CASES])
def test_recipient_coded(pipeline, case, sentence, must, must_not):
    got = _got(pipeline, sentence)
    assert not triple_problems(got, must, must_not), (case, got)


@pytest.mark.parametrize(
    ("case", "sentence", "must_not", "types"), LOOK_ALIKES, ids=[c[0] for c in LOOK_ALIKES]
)
def test_look_alikes(pipeline, case, sentence, must_not, types):
    got = _got(pipeline, sentence)
    assert not triple_problems(got, must_not=must_not, types=types), (case, got)
