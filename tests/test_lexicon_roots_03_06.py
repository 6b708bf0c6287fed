"""Lexicon breadth for CAMEO roots 03-06 (intent to cooperate, consult, diplomatic and material
cooperation): news-style sentences we wrote, each coded with the expected PLOVER type, actor
country and recipient country, and uses of the same words outside politics (or in another sense)
that must not code the type in question. Most senses tested here live in
``events/data/patterns/roots_03_06.yaml``."""

from __future__ import annotations

import pytest

from tacitus.events import patterns

from .conftest import coded_as

S = True  # symmetric: the two sides may come out in either order

# (sentence, (PLOVER type, actor countries, recipient countries or None, symmetric))
CASES = [
    # --- AGREE (03): intent to cooperate, aid, reform, yield, meet, settle, mediate ---
    (
        "Pakistan and Afghanistan vowed to work together against terrorism.",
        ("AGREE", "AFG+PAK", None, S),
    ),
    (
        "Beijing said it was willing to cooperate with Washington on climate change.",
        ("AGREE", "CHN", "USA", False),
    ),
    (
        "Seoul wants to deepen cooperation with Hanoi, the South Korean foreign minister said.",
        ("AGREE", "KOR", "VNM", False),
    ),
    ("Tokyo hopes to improve relations with Beijing.", ("AGREE", "JPN", "CHN", False)),
    ("Ankara aims to mend relations with Cairo.", ("AGREE", "TUR", "EGY", False)),
    ("Japan offered to help Vietnam build a high-speed railway.", ("AGREE", "JPN", "VNM", False)),
    (
        "The Kremlin said Russia would step up military cooperation with North Korea.",
        ("AGREE", "RUS", "PRK", False),
    ),
    ("China vowed to increase imports from Brazil.", ("AGREE", "CHN", "BRA", False)),
    (
        "Peru promised to extradite the former president to the United States.",
        ("AGREE", "PER", "USA", False),
    ),
    ("Kenya offered to train Somali police officers.", ("AGREE", "KEN", "SOM", False)),
    (
        "Thailand agreed to hand over the suspect to Cambodian authorities.",
        ("AGREE", "THA", "KHM", False),
    ),
    ("Bahrain said it would reopen its embassy in Damascus.", ("AGREE", "BHR", "SYR", False)),
    ("Morocco and Algeria agreed to restore diplomatic ties.", ("AGREE", "DZA+MAR", None, S)),
    (
        "Germany offered to send troops to a UN peacekeeping force in Lebanon.",
        ("AGREE", "DEU", "IGO", False),
    ),
    ("Qatar vowed to fund the reconstruction of Gaza.", ("AGREE", "QAT", "PSE", False)),
    ("The IMF agreed to lend Argentina $50 billion.", ("AGREE", "IGO", "ARG", False)),
    ("The Jordanian king promised sweeping political reforms.", ("AGREE", "JOR", None, False)),
    ("Hamas offered to release Israeli hostages.", ("AGREE", "PSE", "ISR", False)),
    (
        "Russia promised to withdraw its troops from Kazakhstan within days.",
        ("AGREE", "RUS", "KAZ", False),
    ),
    (
        "Tehran agreed to resume nuclear talks with world powers.",
        ("AGREE", "IRN", None, False),
    ),
    (
        "Guyana offered to settle its maritime dispute with Suriname through arbitration.",
        ("AGREE", "GUY", "SUR", False),
    ),
    ("Kenya promised to resolve the trade row with Tanzania.", ("AGREE", "KEN", "TZA", False)),
    (
        "Eritrea said it would accept mediation by the United Nations.",
        ("AGREE", "ERI", "IGO", False),
    ),
    ("Egypt offered to mediate between Israel and Hamas.", ("AGREE", "EGY", "ISR+PSE", False)),
    (
        "Brazil's president said he was ready to act as a mediator between Russia and Ukraine.",
        ("AGREE", "BRA", "RUS+UKR", False),
    ),
    ("Japan expressed interest in buying liquefied gas from Qatar.", ("AGREE", "JPN", None, False)),
    # --- CONSULT (04): meetings, calls, visits, hosting, mediation, negotiation ---
    (
        "Chinese and Indian officials held talks on the border standoff.",
        ("CONSULT", "CHN+IND", None, S),
    ),
    (
        "The Iranian foreign minister conferred with his Iraqi counterpart.",
        ("CONSULT", "IRN", "IRQ", S),
    ),
    ("Erdogan telephoned Putin to discuss grain exports.", ("CONSULT", "TUR", "RUS", S)),
    (
        "The Saudi king received a phone call from the Iranian president.",
        ("CONSULT", "IRN", "SAU", S),
    ),
    (
        "French President Emmanuel Macron arrived in Beijing for a three-day state visit.",
        ("CONSULT", "FRA", "CHN", False),
    ),
    (
        "Putin flew into Tehran for talks with the Iranian leadership.",
        ("CONSULT", "RUS", "IRN", False),
    ),
    ("The Japanese emperor paid a state visit to Britain.", ("CONSULT", "JPN", "GBR", False)),
    ("Xi Jinping hosted Vladimir Putin in Beijing.", ("CONSULT", "CHN", "RUS", False)),
    ("Vietnam hosted a visit by the US president.", ("CONSULT", "VNM", "USA", False)),
    ("Cairo welcomed a Qatari delegation for talks on Gaza.", ("CONSULT", "EGY", "QAT", False)),
    ("Russian and Ukrainian delegations held talks in Istanbul.", ("CONSULT", "RUS+UKR", None, S)),
    ("Qatar mediated between Israel and Hamas.", ("CONSULT", "QAT", "ISR+PSE", False)),
    ("The African Union is mediating in the Sudan conflict.", ("CONSULT", "IGO", "SDN", False)),
    ("Turkey acted as a mediator between Moscow and Kyiv.", ("CONSULT", "TUR", "RUS+UKR", False)),
    (
        "Qatar served as an intermediary between Hamas and Israel.",
        ("CONSULT", "QAT", "ISR+PSE", False),
    ),
    ("Turkish envoys shuttled between Moscow and Kyiv.", ("CONSULT", "TUR", "RUS+UKR", False)),
    ("Australia is negotiating a free trade deal with India.", ("CONSULT", "AUS", "IND", S)),
    ("Lavrov wrapped up a visit to Pyongyang.", ("CONSULT", "RUS", "PRK", False)),
    ("Beijing sent a delegation to Pyongyang for talks.", ("CONSULT", "CHN", "PRK", False)),
    (
        "The Chinese president accorded his Russian counterpart a red-carpet welcome.",
        ("CONSULT", "CHN", "RUS", False),
    ),
    ("The Chinese premier is on a three-day visit to Australia.", ("CONSULT", "CHN", "AUS", False)),
    (
        "The Indian foreign minister was in Tokyo on a two-day visit.",
        ("CONSULT", "IND", "JPN", False),
    ),
    # --- SUPPORT (05): ties, praise, defence, rallying, recognition, forgiveness, signing ---
    ("Nicaragua restored diplomatic relations with China.", ("SUPPORT", "NIC", "CHN", S)),
    (
        "The United Arab Emirates reopened its embassy in Damascus.",
        ("SUPPORT", "ARE", "SYR", False),
    ),
    (
        "Cuba and the United States reestablished diplomatic relations.",
        ("SUPPORT", "CUB+USA", None, S),
    ),
    ("Turkey revived ties with Armenia.", ("SUPPORT", "TUR", "ARM", S)),
    ("Morocco and Israel exchanged ambassadors.", ("SUPPORT", "ISR+MAR", None, S)),
    ("Kenya lauded Uganda's role in the peace talks.", ("SUPPORT", "KEN", "UGA", False)),
    ("The Indian prime minister heaped praise on Japan.", ("SUPPORT", "IND", "JPN", False)),
    ("Putin sang the praises of China.", ("SUPPORT", "RUS", "CHN", False)),
    ("India was praised by the IMF for its economic reforms.", ("SUPPORT", "IGO", "IND", False)),
    (
        "China defended Pakistan against accusations of sheltering militants.",
        ("SUPPORT", "CHN", "PAK", False),
    ),
    (
        "The Turkish foreign minister came to the defence of Azerbaijan.",
        ("SUPPORT", "TUR", "AZE", False),
    ),
    ("Hungary spoke out in defence of Serbia.", ("SUPPORT", "HUN", "SRB", False)),
    (
        "Cuba campaigned for Venezuela's seat on the Human Rights Council.",
        ("SUPPORT", "CUB", "VEN", False),
    ),
    (
        "El Salvador switched diplomatic recognition from Taiwan to China.",
        ("SUPPORT", "SLV", "CHN", False),
    ),
    (
        "Washington formally recognised the opposition council as Libya's legitimate government.",
        ("SUPPORT", "USA", "LBY", False),
    ),
    ("Slovenia recognized the State of Palestine.", ("SUPPORT", "SVN", "PSE", False)),
    (
        "Vietnam has forgiven the United States for the war, the foreign minister said.",
        ("SUPPORT", "VNM", "USA", False),
    ),
    ("China and the Solomon Islands inked a security pact.", ("SUPPORT", "CHN+SLB", None, S)),
    ("Ukraine's president signed a security agreement with Britain.", ("SUPPORT", "UKR", "GBR", S)),
    # --- CONCEDE (055): apologies ---
    ("Belgium apologised to Congo for colonial abuses.", ("CONCEDE", "BEL", "COD", False)),
    (
        "Britain issued a formal apology to Kenya for colonial-era torture.",
        ("CONCEDE", "GBR", "KEN", False),
    ),
    ("Germany begged Namibia's forgiveness for the genocide.", ("CONCEDE", "DEU", "NAM", False)),
    # --- COOPERATE (06): material, economic, military, judicial, intelligence ---
    ("Jordan is cooperating with Iraq on a pipeline project.", ("COOPERATE", "JOR", "IRQ", S)),
    (
        "Indian and Nepalese authorities worked together to rescue the trapped climbers.",
        ("COOPERATE", "IND+NPL", None, S),
    ),
    ("Tanzania partnered with China to build a new port.", ("COOPERATE", "TZA", "CHN", S)),
    ("Germany increased its gas purchases from Norway.", ("COOPERATE", "DEU", "NOR", False)),
    ("Chinese companies poured investment into Hungary.", ("COOPERATE", "CHN", "HUN", False)),
    ("Japanese firms invested heavily in Vietnam.", ("COOPERATE", "JPN", "VNM", False)),
    ("Japan bought liquefied natural gas from Qatar.", ("COOPERATE", "JPN", "QAT", False)),
    ("France sold Rafale fighter jets to India.", ("COOPERATE", "FRA", "IND", False)),
    ("Indian troops trained alongside Egyptian soldiers.", ("COOPERATE", "EGY+IND", None, S)),
    ("The Pakistani navy held exercises with the Chinese navy.", ("COOPERATE", "PAK", "CHN", S)),
    ("Belarus staged drills with Russian troops.", ("COOPERATE", "BLR", "RUS", S)),
    ("Ankara resumed gas imports from Iran.", ("COOPERATE", "TUR", "IRN", False)),
    ("Washington resumed arms sales to Taiwan.", ("COOPERATE", "USA", "TWN", False)),
    (
        "The Polish defence ministry signed a contract with South Korea's Hanwha.",
        ("COOPERATE", "POL", "KOR", False),
    ),
    (
        "Mexico extradited the cartel leader to the United States.",
        ("COOPERATE", "MEX", "USA", False),
    ),
    (
        "Spanish and Moroccan police jointly dismantled a drug trafficking ring.",
        ("COOPERATE", "ESP+MAR", None, S),
    ),
    ("Israel shared intelligence with Jordan about the plot.", ("COOPERATE", "ISR", "JOR", S)),
    (
        "British intelligence tipped off French authorities about the plot.",
        ("COOPERATE", "GBR", "FRA", False),
    ),
]

NEGATIVES = [
    ("Shares in the company rallied after the earnings report.", "SUPPORT"),
    ("Tourists visited the museum in record numbers last summer.", "CONSULT"),
    ("The hotel hosts an annual jazz festival.", "CONSULT"),
    ("The striker signed a three-year contract with the club.", "SUPPORT"),
    ("The champion defended her title in Melbourne.", "SUPPORT"),
    ("The app recognises faces in photographs.", "SUPPORT"),
    ("He apologised for arriving late to the rehearsal.", "CONCEDE"),
    ("Traders negotiated the narrow streets of the old market.", "CONSULT"),
    ("Scientists shared their data with colleagues at the conference.", "COOPERATE"),
    ("The singer called her mother from the airport.", "CONSULT"),
    ("Engineers worked together to repair the bridge.", "COOPERATE"),
    ("The band toured Japan last spring.", "CONSULT"),
    ("The startup partnered with a bank to launch a payments app.", "COOPERATE"),
    ("The goalkeeper was praised for his saves.", "SUPPORT"),
    ("The rebels want to topple the government.", "AGREE"),
    ("Iran wants to build a nuclear bomb, Israel said.", "AGREE"),
    ("Russia held exercises with 10,000 troops near the border.", "COOPERATE"),
    ("The minister received calls from angry voters.", "CONSULT"),
    ("The referee acted as a mediator between the players.", "CONSULT"),
    ("The plane flew into a storm.", "CONSULT"),
    ("The fund invested in education.", "COOPERATE"),
    ("Prices rose as the company increased imports.", "COOPERATE"),
    ("The court resolved the dispute between the two companies.", "AGREE"),
    (
        "Kofi Annan praised the presidents of Nigeria and Cameroon for settling their dispute peacefully.",
        "AGREE",
    ),
    ("Fans rushed to the defence of the coach after the defeat.", "SUPPORT"),
    ("The pitcher tipped off his teammates about the signal.", "COOPERATE"),
    ("The Chinese president heaped scorn on the plan.", "SUPPORT"),
    ("Investors poured money into technology stocks.", "COOPERATE"),
    ("Russia conducted nuclear exercises near the border with Ukraine.", "COOPERATE"),
    ("She wrapped up her visit to the museum.", "CONSULT"),
    ("The company sent a delegation to the trade fair in Hanover.", "CONSULT"),
    ("The club renewed its relationship with the sponsor.", "SUPPORT"),
    ("Thai police arrested the suspect.", "COOPERATE"),
    ("The prime minister is on holiday in Spain.", "CONSULT"),
    ("Thousands of tourists were on a visit to the island.", "CONSULT"),
    ("The Haitian government signed a contract with a private security firm.", "COOPERATE"),
    ("Pyongyang said it would no longer seek reconciliation with Seoul.", "AGREE"),
]


@pytest.mark.parametrize(("sentence", "expected"), CASES, ids=[s[:48] for s, _ in CASES])
def test_roots_03_06_lexicon(code, sentence, expected):
    ptype, actor, recipient, symmetric = expected
    got = code(sentence)
    assert coded_as(got, ptype, actor, recipient, symmetric), got


@pytest.mark.parametrize(("sentence", "forbidden"), NEGATIVES, ids=[s[:48] for s, _ in NEGATIVES])
def test_roots_03_06_lexicon_negatives(code, sentence, forbidden):
    got = code(sentence)
    assert not [g for g in got if g[0] == forbidden], got


def test_matching_is_strict():
    """The matcher itself: a wrong recipient or type does not pass; sides swap only when
    symmetric."""
    got = [("CONSULT", "TUR", "RUS", "x")]
    assert coded_as(got, "CONSULT", "RUS", "TUR", True)
    assert not coded_as(got, "CONSULT", "RUS", "TUR", False)
    assert not coded_as(got, "CONSULT", "TUR", "UKR", True)
    assert not coded_as(got, "AGREE", "TUR", "RUS", True)


def test_part_file_ids_are_prefixed_and_guarded():
    ps = patterns.default()
    ours = [p for p in ps.by_id.values() if p.id.startswith("r36.")]
    assert len(ours) >= 20
    for p in ours:
        assert p.cameo[:2] in {"03", "04", "05", "06"}, p.id
        guarded = p.needs_object or p.needs_word or p.prep or p.needs_recipient or p.receiver
        assert guarded, f"{p.id}: no guard"
