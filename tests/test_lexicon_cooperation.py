"""Lexicon breadth for cooperation and concession (PLOVER AGREE, CONSULT, SUPPORT, COOPERATE,
AID, CONCEDE, RETREAT; CAMEO roots 03-08): news-style sentences we wrote, each coded with the
expected type, actor country and recipient country, and uses of the same words outside politics
that must code none of these types. Most senses tested here live in
``events/data/patterns/cooperation.yaml``."""

from __future__ import annotations

import pytest

from tacitus.events import patterns

TYPES = frozenset({"AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT"})


@pytest.fixture(scope="module")
def code(pipeline):
    """Code one sentence as an article; the pipeline (spaCy and all) is built once per session."""
    from tacitus import coder
    from tacitus.evaluate import actor_codes
    from tacitus.records import Article

    def run(text: str) -> list[tuple[str, str, str, str]]:
        (analysis,) = coder.code_articles(
            [Article(id="t", text=text, date="2024-05-01")], pipeline=pipeline
        )
        return [
            (
                e.plover["type"],
                "+".join(sorted(actor_codes(e.actor))),
                "+".join(sorted(actor_codes(e.recipient))),
                e.rule.split(" | ")[0],
            )
            for e in analysis.events
        ]

    return run


# (sentence, (PLOVER type, actor countries, recipient countries or None for no recipient))
CASES = [
    # --- AGREE (03) ---
    ("India signalled its willingness to resume talks with Pakistan.", ("AGREE", "IND", None)),
    ("Biden assured Zelensky of continued American support.", ("AGREE", "USA", "UKR")),
    (
        "Washington will guarantee Taiwan's security, a senior US official said.",
        ("AGREE", "USA", "TWN"),
    ),
    ("Kenya consented to the deployment of Ugandan troops.", ("AGREE", "KEN", "UGA")),
    ("China proposed talks with Japan on the disputed islands.", ("AGREE", "CHN", "JPN")),
    ("France extended an invitation to the Indian prime minister.", ("AGREE", "FRA", "IND")),
    ("Putin invited the Turkish president to Moscow.", ("AGREE", "RUS", "TUR")),
    (
        "The Dutch foreign minister said the Netherlands would take in 3,000 Sudanese refugees "
        "this year.",
        ("AGREE", "NLD", "SDN"),
    ),
    (
        "The IMF will bail out Egypt with a loan of 3 billion dollars, the fund said in a "
        "statement.",
        ("AGREE", "IGO", "EGY"),
    ),
    ("China will invest $10 billion in Pakistan's ports.", ("AGREE", "CHN", "PAK")),
    ("The World Bank will finance reconstruction in Ukraine.", ("AGREE", "IGO", "UKR")),
    # --- CONSULT (04) ---
    (
        "The Chinese foreign minister sat down with his Australian counterpart in Beijing.",
        ("CONSULT", "CHN", "AUS"),
    ),
    (
        "Pakistan's prime minister sat down with the Afghan foreign minister in Islamabad on "
        "Thursday to discuss border security.",
        ("CONSULT", "PAK", "AFG"),
    ),
    ("The Indian army chief reached out to his Chinese counterpart.", ("CONSULT", "IND", "CHN")),
    ("India reached out to China on Monday, the foreign ministry said.", ("CONSULT", "IND", "CHN")),
    ("Biden and Xi spoke by phone on Tuesday.", ("CONSULT", "USA", "CHN")),
    ("Blinken spoke by phone with the Saudi foreign minister.", ("CONSULT", "USA", "SAU")),
    (
        "King Abdullah granted an audience to the Iraqi prime minister.",
        ("CONSULT", "SAU", "IRQ"),
    ),
    (
        "Qatar hosted talks between the United States and the Taliban.",
        ("CONSULT", "QAT", "AFG+USA"),
    ),
    (
        "The French president stopped in Hanoi on his way to Jakarta.",
        ("CONSULT", "FRA", "VNM"),
    ),
    (
        "Erdogan played host to the Hungarian prime minister on Tuesday.",
        ("CONSULT", "TUR", "HUN"),
    ),
    (
        "Xi Jinping greeted the Brazilian delegation at the Great Hall of the People.",
        ("CONSULT", "CHN", "BRA"),
    ),
    (
        "Germany's foreign minister greeted her Chinese counterpart in Berlin on Friday.",
        ("CONSULT", "DEU", "CHN"),
    ),
    (
        "The Japanese and South Korean leaders held a videoconference on Friday.",
        ("CONSULT", "KOR", "JPN"),
    ),
    (
        "Norway's mediation between Colombia and the ELN resumed on Monday.",
        ("CONSULT", "NOR", "COL"),
    ),
    ("Britain and France exchanged views on migration.", ("CONSULT", "GBR", "FRA")),
    (
        "The Chinese and Russian presidents held a bilateral in Samarkand.",
        ("CONSULT", "CHN", "RUS"),
    ),
    # --- SUPPORT (05) ---
    (
        "The Kenyan president extolled Ethiopia's role in regional peace.",
        ("SUPPORT", "KEN", "ETH"),
    ),
    (
        "Speaking in Nairobi on Monday, the Kenyan president extolled Ethiopia's role in "
        "regional peace.",
        ("SUPPORT", "KEN", "ETH"),
    ),
    ("France threw its weight behind Germany's proposal.", ("SUPPORT", "FRA", "DEU")),
    (
        "Argentina's president threw his weight behind Ukraine during a visit to Kyiv.",
        ("SUPPORT", "ARG", "UKR"),
    ),
    ("Saudi Arabia and the UAE rallied behind Egypt.", ("SUPPORT", "ARE+SAU", "EGY")),
    (
        "Senegal reaffirmed Morocco's sovereignty over Western Sahara.",
        ("SUPPORT", "SEN", "MAR"),
    ),
    ("Kyrgyzstan and Tajikistan inked a border treaty on Thursday.", ("SUPPORT", "KGZ", "TJK")),
    (
        "Kazakhstan and Uzbekistan inked a border demarcation treaty and agreed to expand trade.",
        ("SUPPORT", "KAZ", "UZB"),
    ),
    ("Saudi Arabia reopened its embassy in Damascus.", ("SUPPORT", "SAU", "SYR")),
    (
        "Saudi Arabia's decision to reopen its embassy in Damascus came after a decade of "
        "isolation.",
        ("SUPPORT", "SAU", "SYR"),
    ),
    ("The United States appointed a new ambassador to Venezuela.", ("SUPPORT", "USA", "VEN")),
    (
        "Kishida paid tribute to the Australian prime minister's leadership.",
        ("SUPPORT", "JPN", "AUS"),
    ),
    (
        "The UN secretary-general paid tribute to Ghanaian peacekeepers killed in Mali.",
        ("SUPPORT", "IGO", "GHA"),
    ),
    # --- COOPERATE (06) ---
    (
        "Japan and the Philippines joined forces to counter Chinese pressure.",
        ("COOPERATE", "JPN+PHL", "CHN"),
    ),
    (
        "Japan and Australia joined forces on Wednesday to patrol the South China Sea, officials "
        "in Tokyo said.",
        ("COOPERATE", "JPN", "AUS"),
    ),
    ("The Maldives leased an island to China.", ("COOPERATE", "MDV", "CHN")),
    (
        "Ukrainian soldiers were trained by British instructors in southern England, the "
        "Ministry of Defence said on Tuesday.",
        ("COOPERATE", "GBR", "UKR"),
    ),
    ("The Americans passed intelligence to the Ukrainian army.", ("COOPERATE", "USA", "UKR")),
    (
        "France stepped up cooperation with Nigeria against jihadists.",
        ("COOPERATE", "FRA", "NGA"),
    ),
    ("Colombia extradited a drug kingpin to the United States.", ("COOPERATE", "COL", "USA")),
    # --- AID (07) ---
    ("The IMF bailed out Sri Lanka.", ("AID", "IGO", "LKA")),
    ("Iran armed and funded the Houthi rebels in Yemen.", ("AID", "IRN", "YEM")),
    ("Qatar poured billions of dollars into Egypt.", ("AID", "QAT", "EGY")),
    (
        "Moscow poured millions of dollars into Serbia's defence sector, according to a report.",
        ("AID", "RUS", "SRB"),
    ),
    ("Rwanda contributed 500 troops to the UN mission in South Sudan.", ("AID", "RWA", "IGO")),
    ("Germany took in a million Syrian refugees.", ("AID", "DEU", "SYR")),
    (
        "Jordanian army doctors treated wounded Palestinians from Gaza.",
        ("AID", "JOR", "PSE"),
    ),
    (
        "Indian warships escorted Iranian tankers through the Strait of Hormuz.",
        ("AID", "IND", "IRN"),
    ),
    ("Russia granted asylum to the former Syrian president.", ("AID", "RUS", "SYR")),
    ("The US announced $50 million in humanitarian aid for Gaza.", ("AID", "USA", "PSE")),
    ("The IMF approved a $3 billion loan for Egypt.", ("AID", "IGO", "EGY")),
    ("Canada resettled 40,000 Afghan refugees.", ("AID", "CAN", "AFG")),
    # --- CONCEDE (080-083, 055) ---
    ("The Kenyan government gave in to the protesters' demands.", ("CONCEDE", "KEN", "KEN")),
    (
        "The Serbian president bowed to pressure from the European Union.",
        ("CONCEDE", "SRB", "IGO"),
    ),
    (
        "The Ethiopian government bowed to pressure from the United States.",
        ("CONCEDE", "ETH", "USA"),
    ),
    (
        "The British government backtracked on its plan to deport migrants.",
        ("CONCEDE", "GBR", "GBR"),
    ),
    ("The French government rowed back on the pension reform.", ("CONCEDE", "FRA", "FRA")),
    (
        "The British government rowed back on plans to cut aid to Africa after a revolt by "
        "Conservative lawmakers.",
        ("CONCEDE", "GBR", "GBR"),
    ),
    ("Hamas softened its stance on the ceasefire proposal.", ("CONCEDE", "PSE", "PSE")),
    (
        "Turkey dropped its objection to Sweden's membership in NATO.",
        ("CONCEDE", "TUR", "SWE"),
    ),
    (
        "Colombian President Gustavo Petro said his government had dropped its objection to "
        "Venezuela's membership in the bloc.",
        ("CONCEDE", "COL", "VEN"),
    ),
    (
        "Beijing restored the voting rights of Hong Kong residents.",
        ("CONCEDE", "CHN", "HKG"),
    ),
    ("The Thai court unbanned the opposition party.", ("CONCEDE", "THA", "THA")),
    ("The Serbian government caved in to protesters.", ("CONCEDE", "SRB", "SRB")),
    ("The Egyptian government allowed protests in Cairo.", ("CONCEDE", "EGY", "EGY")),
    ("The Burmese junta declared an amnesty for political prisoners.", ("CONCEDE", "MMR", "MMR")),
    ("Israel regretted the deaths of seven aid workers.", ("CONCEDE", "ISR", "ISR")),
    # --- RETREAT (084-087, 0831) ---
    (
        "The Malian junta relinquished power to a civilian government.",
        ("RETREAT", "MLI", "MLI"),
    ),
    ("The Dutch king abdicated.", ("RETREAT", "NLD", "NLD")),
    (
        "The Pakistani prime minister stood down after losing a confidence vote.",
        ("RETREAT", "PAK", "PAK"),
    ),
    ("The Taliban set free two American prisoners.", ("RETREAT", "AFG", "USA")),
    (
        "Two American prisoners were set free by the Taliban on Friday, a State Department "
        "spokesman said.",
        ("RETREAT", "AFG", "USA"),
    ),
    ("Iran handed back the seized British tanker.", ("RETREAT", "IRN", "GBR")),
    ("The United States unfroze $6 billion of Iranian assets.", ("RETREAT", "USA", "IRN")),
    ("Washington rolled back sanctions on Venezuela's oil sector.", ("RETREAT", "USA", "VEN")),
    (
        "The US Treasury rolled back sanctions on Venezuelan oil after the government agreed to "
        "hold elections.",
        ("RETREAT", "USA", "VEN"),
    ),
    ("The US announced the easing of sanctions on Cuba.", ("RETREAT", "USA", "CUB")),
    ("Israel opened a humanitarian corridor for civilians in Gaza.", ("RETREAT", "ISR", "PSE")),
    ("Russia and Ukraine observed an Easter truce.", ("RETREAT", "RUS+UKR", None)),
    (
        "Armenian forces ceased fire along the border with Azerbaijan.",
        ("RETREAT", "ARM", None),
    ),
    ("Russian troops fell back from Kherson.", ("RETREAT", "RUS", None)),
    ("Iraqi forces fell back from several villages in Nineveh province.", ("RETREAT", "IRQ", None)),
    ("The FARC disbanded its armed wing.", ("RETREAT", "COL", None)),
    ("The Philippines recalled its troops from Iraq.", ("RETREAT", "PHL", "IRQ")),
    ("Russia and Ukraine carried out a prisoner swap.", ("RETREAT", "RUS", "UKR")),
    (
        "Armenia and Azerbaijan carried out a prisoner exchange on Wednesday, officials from "
        "both countries said.",
        ("RETREAT", "ARM", "AZE"),
    ),
]

# Same words, no cooperation or concession between political actors.
NEGATIVES = [
    "Real Madrid extended its lead with a win over Barcelona.",
    "The storm eased on Tuesday and temperatures fell back to normal.",
    "Apple invested $1 billion in new data centres.",
    "Manchester United signed a Brazilian striker for 50 million pounds.",
    "The team's coach praised the fans after the match.",
    "Shares in Toyota fell back after the announcement.",
    "The actor thanked his fans at the award ceremony.",
    "The bank released its quarterly results on Monday.",
    "The hurricane forced thousands of residents to flee their homes.",
    "The striker gave in to temptation and joined the Saudi club.",
    "Prices eased in March as fuel costs fell.",
    "The airline will open a new route to Lisbon.",
    "Tesla shared details of its new factory with investors.",
    "The singer welcomed her first child.",
    "The museum returned the painting to its owner's heirs.",
    "The Lakers traded two guards to the Celtics.",
    "Rain halted play in the third Test between England and India.",
    "The court released the suspect on bail.",
    "The chef pulled back from the restaurant business.",
    "Argentina and Chile said they shared the same view on Antarctic fisheries.",
    "Speaking in Nairobi on Monday, the minister said inflation had slowed.",
    "The central bank lowered interest rates on Thursday.",
    "The ministry funded a new hospital in Lagos.",
    "Nigerian troops abandoned the search for the missing students.",
    "The coach reached out to the former captain.",
    "The company handed back control of the factory to the state.",
    "The Indian prime minister spoke to reporters in Delhi.",
]


@pytest.mark.parametrize(("sentence", "expected"), CASES, ids=[s[:48] for s, _ in CASES])
def test_cooperation_lexicon(code, sentence, expected):
    ptype, actor, recipient = expected
    got = code(sentence)
    triples = [(t, a, r) for t, a, r, _ in got]
    assert (ptype, actor, recipient or "") in triples, got


@pytest.mark.parametrize("sentence", NEGATIVES, ids=[s[:48] for s in NEGATIVES])
def test_cooperation_lexicon_negatives(code, sentence):
    got = code(sentence)
    assert not [g for g in got if g[0] in TYPES], got


def test_part_file_ids_are_prefixed_and_codes_belong_to_its_roots():
    """Every sense of the part file is ours (``co.``) and codes a CAMEO 03-08 event."""
    ps = patterns.default()
    ours = [p for p in ps.by_id.values() if p.id.startswith("co.")]
    assert len(ours) > 100
    for p in ours:
        assert p.cameo[:2] in {"03", "04", "05", "06", "07", "08"}, p.id
    assert {"refugees", "intel"} <= set(ps.classes)
