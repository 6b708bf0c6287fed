"""Lexicon breadth for wire-agency phrasing (``events/data/patterns/wire_phrasing.yaml`` and the
senses it narrowed elsewhere): orders that send forces or stop operations, columns rolling
toward a city, concessions by abolishing controls, cutting prices or calling off strikes,
easing by reopening or delisting, lists and declarations handed over, reactions drawn from
others, pulling out of an election, armed groups capturing people. Sentences we wrote, each
coded with the expected type, actor country and recipient country; and uses of the same words
outside politics (or in the other reading) that must not give that type."""

from __future__ import annotations

import pytest

from tacitus.events import patterns

# (sentence, (PLOVER type, actor countries, recipient countries or None for no recipient))
CASES = [
    # --- MOBILIZE: orders that send forces somewhere ---
    ("The Pentagon ordered 3,000 more troops to Kuwait on Friday.", ("MOBILIZE", "USA", "KWT")),
    ("Beijing ordered two destroyers into the Taiwan Strait.", ("MOBILIZE", "CHN", "TWN")),
    ("The Kremlin ordered paratroopers to the Estonian border.", ("MOBILIZE", "RUS", "EST")),
    # --- COOPERATE: "order" as a purchase ---
    ("Egypt ordered 24 fighter jets from France.", ("COOPERATE", "EGY", "FRA")),
    ("Poland ordered 250 tanks from the United States.", ("COOPERATE", "POL", "USA")),
    ("Indonesia ordered two submarines from South Korea on Tuesday.", ("COOPERATE", "IDN", "KOR")),
    # --- RETREAT: a halt or an end declared to one's own operations ---
    ("The Kremlin ordered a halt to the bombing of Chechen villages.", ("RETREAT", "RUS", None)),
    ("Moscow ordered an end to military operations in Georgia.", ("RETREAT", "RUS", "GEO")),
    (
        "The United States declared an end to its combat mission in Afghanistan.",
        ("RETREAT", "USA", "AFG"),
    ),
    ("Israel announced a halt to its offensive in Gaza on Sunday.", ("RETREAT", "ISR", "PSE")),
    # --- MOBILIZE / ASSAULT: forces rolling toward or into a place ---
    (
        "Israeli tanks rolled toward the Lebanese town of Bint Jbeil on Monday.",
        ("MOBILIZE", "ISR", "LBN"),
    ),
    ("Ethiopian troops pushed toward the Somali capital on Saturday.", ("MOBILIZE", "ETH", "SOM")),
    ("Syrian troops advanced towards the rebel-held city of Idlib.", ("MOBILIZE", "SYR", "SYR")),
    (
        # a town entered by force is taken (COERCE 192), as most dev gold codes it
        "Israeli tanks rolled into the West Bank town of Jenin on Wednesday.",
        ("COERCE", "ISR", "PSE"),
    ),
    ("France flew 300 paratroopers into Bangui on Monday.", ("MOBILIZE", "FRA", "CAF")),
    # --- COERCE: barring aircraft or boats from moving ---
    (
        "The United States and Britain barred Serbian aircraft from flying over Bosnia.",
        ("COERCE", "GBR+USA", "SRB"),
    ),
    ("China barred Philippine fishing boats from entering the lagoon.", ("COERCE", "CHN", "PHL")),
    (
        "Chinese coast guard ships prevented a Philippine navy vessel from reaching the shoal.",
        ("COERCE", "CHN", "PHL"),
    ),
    # --- CONCEDE: abolishing controls, cutting prices, calling off protests ---
    ("Nepal abolished press censorship in 1990.", ("CONCEDE", "NPL", "NPL")),
    (
        "Myanmar's government abolished pre-publication censorship on Monday.",
        ("CONCEDE", "MMR", "MMR"),
    ),
    (
        "The Indonesian government cut petrol prices by 10 percent on Friday.",
        ("CONCEDE", "IDN", "IDN"),
    ),
    (
        "The Nigerian government reduced gasoline prices after a week of protests.",
        ("CONCEDE", "NGA", "NGA"),
    ),
    ("Nigerian unions called off the general strike on Monday.", ("CONCEDE", "NGA", "NGA")),
    ("South Korean doctors called off their walkout on Thursday.", ("CONCEDE", "KOR", "KOR")),
    (
        "The Bangladeshi opposition called off its blockade of the capital.",
        ("CONCEDE", "BGD", "BGD"),
    ),
    # --- RETREAT: reopening what was shut, taking names off lists ---
    ("Pakistan reopened its border with Afghanistan on Friday.", ("RETREAT", "PAK", "AFG")),
    ("Israel reopened the crossings into the Gaza Strip on Sunday.", ("RETREAT", "ISR", "PSE")),
    ("Pakistan reopened NATO supply lines into Afghanistan.", ("RETREAT", "PAK", "AFG")),
    ("Turkey reopened its airspace to Armenian flights.", ("RETREAT", "TUR", "ARM")),
    (
        "Washington removed Sudan from its list of state sponsors of terrorism.",
        ("RETREAT", "USA", "SDN"),
    ),
    (
        "The European Union delisted the Iranian opposition group on Monday.",
        ("RETREAT", "IGO", "IRN"),
    ),
    # a future easing is an intention (AGREE, CAMEO 0351 in the OEDA 2021 table)
    (
        "The United States will take Cuba off its list of state sponsors of terrorism.",
        ("AGREE", "USA", "CUB"),
    ),
    # --- SUPPORT: status upgrades; CONSULT: handshakes, conferences with named parties ---
    ("UNESCO upgraded Palestine's status to full member on Monday.", ("SUPPORT", "IGO", "PSE")),
    (
        "The Irish president shook hands with the British prime minister in Dublin.",
        ("CONSULT", "IRL", "GBR"),
    ),
    (
        "Iran and Saudi Arabia held a conference with Iraq on regional security.",
        ("CONSULT", "IRN+SAU", "IRQ"),
    ),
    # --- COOPERATE: lists exchanged, declarations handed over ---
    (
        "India and Pakistan exchanged lists of nuclear facilities on Tuesday.",
        ("COOPERATE", "IND", "PAK"),
    ),
    (
        "Iran handed a declaration of its nuclear activities to the International Atomic Energy "
        "Agency.",
        ("COOPERATE", "IRN", "IGO"),
    ),
    (
        "Syria submitted an inventory of its chemical weapons to the OPCW.",
        ("COOPERATE", "SYR", "IGO"),
    ),
    # --- ACCUSE / THREATEN: reactions drawn from others ---
    ("Israel's raid drew swift condemnation from the Arab League.", ("ACCUSE", "IGO", "ISR")),
    (
        "Serbia deported 200 Albanian refugees, drawing sharp criticism from the European Union.",
        ("ACCUSE", "IGO", "SRB"),
    ),
    ("Russia's annexation of Crimea drew condemnation from Germany.", ("ACCUSE", "DEU", "RUS")),
    (
        "North Korea tested a missile on Monday, drawing warnings from Japan.",
        ("THREATEN", "JPN", "PRK"),
    ),
    # --- PROTEST: an opposition pulling out of an election ---
    (
        "The Zimbabwean opposition leader pulled out of the presidential runoff on Sunday.",
        ("PROTEST", "ZWE", "ZWE"),
    ),
    ("The Ivorian opposition pulled out of the parliamentary election.", ("PROTEST", "CIV", "CIV")),
    # --- ASSAULT: armed groups capturing people (abduction) ---
    ("Libyan rebels captured two Turkish engineers near Sirte.", ("ASSAULT", "LBY", "TUR")),
    ("Somali militants captured three Kenyan soldiers near the border.", ("ASSAULT", "SOM", "KEN")),
    # a state's forces capturing soldiers is an arrest (COERCE)
    # PLOVER manual, COERCE ambiguities: combatants captured in conflict are ASSAULT abduct
    ("Ukrainian forces captured two Russian soldiers near Bakhmut.", ("ASSAULT", "UKR", "RUS")),
    # --- senses narrowed elsewhere ---
    ("Ukraine took Russia to the International Court of Justice.", ("ACCUSE", "UKR", "RUS")),
    (
        "Iran promised the United Nations that it would cooperate with inspectors.",
        ("AGREE", "IRN", "IGO"),
    ),
    # --- more of the same families ---
    ("The Kremlin ordered warships to the Syrian coast on Tuesday.", ("MOBILIZE", "RUS", "SYR")),
    ("Taiwan ordered 66 F-16 fighter jets from the United States.", ("COOPERATE", "TWN", "USA")),
    (
        "Turkey declared an end to its military operation in northern Syria.",
        ("RETREAT", "TUR", "SYR"),
    ),
    ("Ukraine announced a halt to its offensive near Kursk.", ("RETREAT", "UKR", None)),
    (
        "Russian troops advanced toward the Ukrainian city of Zaporizhzhia.",
        ("MOBILIZE", "RUS", "UKR"),
    ),
    ("Sudanese troops moved towards the Ethiopian border on Friday.", ("MOBILIZE", "SDN", "ETH")),
    ("Sri Lanka abolished the emergency regulations on Monday.", ("CONCEDE", "LKA", "LKA")),
    ("The Egyptian government cut bread prices after the riots.", ("CONCEDE", "EGY", "EGY")),
    ("Argentine truckers called off their strike on Friday.", ("CONCEDE", "ARG", "ARG")),
    ("Egypt reopened the Rafah crossing into Gaza on Saturday.", ("RETREAT", "EGY", "PSE")),
    ("Qatar reopened its border with Saudi Arabia in January.", ("RETREAT", "QAT", "SAU")),
    ("Washington removed Cuba from its terrorism blacklist.", ("RETREAT", "USA", "CUB")),
    (
        "Libya handed a declaration of its weapons programmes to the United States.",
        ("COOPERATE", "LBY", "USA"),
    ),
    ("India shared a dossier on the attack with Pakistan.", ("COOPERATE", "IND", "PAK")),
    ("Pakistan and India exchanged maps of their minefields.", ("COOPERATE", "PAK", "IND")),
    ("The Iranian nuclear deal drew criticism from Israel.", ("ACCUSE", "ISR", "IRN")),
    ("Russia's missile test drew a warning from the United States.", ("THREATEN", "USA", "RUS")),
    (
        "Kenya's opposition pulled out of the presidential election on Monday.",
        ("PROTEST", "KEN", "KEN"),
    ),
    ("Houthi rebels captured two American sailors in the Red Sea.", ("ASSAULT", "YEM", "USA")),
    (
        "The Philippines took China to an international tribunal over the South China Sea.",
        ("ACCUSE", "PHL", "CHN"),
    ),
    (
        "The French president shook hands with the Algerian leader in Algiers.",
        ("CONSULT", "FRA", "DZA"),
    ),
]

# Type and actor only: the recipient sits in a participle's object ("a resolution urging
# Myanmar ..."), which the extractor does not reach yet.
TYPE_ACTOR_CASES = [
    (
        "The U.N. Human Rights Council adopted a resolution urging Myanmar to release political "
        "prisoners.",
        ("REQUEST", "IGO"),
    ),
    (
        "The Security Council adopted a resolution calling on Sudan to disarm the militias.",
        ("REQUEST", "IGO"),
    ),
]

# (sentence, PLOVER type it must not give): the same words in another sense
NEGATIVES = [
    ("The restaurant ordered 200 kilograms of fish from Norway.", "COOPERATE"),
    ("The coach ordered his players to the locker room.", "MOBILIZE"),
    ("Shares rolled toward record highs on Wall Street.", "MOBILIZE"),
    ("The ball rolled towards the goal line in the final minute.", "MOBILIZE"),
    ("Apple cut iPhone prices in China on Monday.", "CONCEDE"),
    ("Toyota cut prices of its hybrid cars in Japan.", "CONCEDE"),
    ("The museum reopened its doors to visitors on Monday.", "RETREAT"),
    ("The two tennis players shook hands after the final.", "CONSULT"),
    ("Students exchanged lists of their favourite books.", "COOPERATE"),
    ("The student handed a list of questions to the teacher.", "COOPERATE"),
    ("The new film drew praise from critics in Cannes.", "ACCUSE"),
    ("The league called off the match because of heavy rain.", "CONCEDE"),
    ("The band called off its European tour.", "CONCEDE"),
    ("The Kenyan runner pulled out of the Boston marathon with an injury.", "PROTEST"),
    ("Biden pulled out of the presidential race in July.", "PROTEST"),
    # a town taken is held ground (CAMEO 192, PLOVER COERCE), not an attack on its own
    ("Libyan rebels captured the oil town of Brega on Saturday.", "ASSAULT"),
    ("The storm prevented fishing boats from leaving port.", "COERCE"),
    ("The referee declared an end to the match after the fans invaded the pitch.", "RETREAT"),
    ("Ukraine took the Russian prisoners to a camp near Kharkiv.", "ACCUSE"),
    ("The Russian foreign minister spoke at a news conference in Moscow on Tuesday.", "CONSULT"),
    ("Washington ordered two aircraft carriers and 5,000 marines to the Gulf.", "COOPERATE"),
]


@pytest.mark.parametrize(("sentence", "expected"), CASES, ids=[s[:48] for s, _ in CASES])
def test_wire_phrasing_lexicon(code, sentence, expected):
    ptype, actor, recipient = expected
    got = code(sentence)
    triples = [(t, a, r) for t, a, r, _ in got]
    assert (ptype, actor, recipient or "") in triples, got


@pytest.mark.parametrize(
    ("sentence", "expected"), TYPE_ACTOR_CASES, ids=[s[:48] for s, _ in TYPE_ACTOR_CASES]
)
def test_wire_phrasing_type_and_actor(code, sentence, expected):
    got = code(sentence)
    assert expected in [(t, a) for t, a, _, _ in got], got


@pytest.mark.parametrize(("sentence", "wrong"), NEGATIVES, ids=[s[:48] for s, _ in NEGATIVES])
def test_wire_phrasing_negatives(code, sentence, wrong):
    got = code(sentence)
    assert not [g for g in got if g[0] == wrong], got


def test_order_is_no_longer_a_plain_purchase_verb():
    """ "order" left cooperate.buy: its purchase and deployment readings live in the part file,
    the deployment first, and "reopen" left cooperate.open for the easing reading."""
    ps = patterns.default()
    assert "order" not in ps.by_id["cooperate.buy"].lemmas
    assert "reopen" not in ps.by_id["cooperate.open"].lemmas
    order = [p.id for p in ps.verbs["order"]]
    assert order.index("wp.mobilize.order_forces") < order.index("wp.cooperate.order_buy")
    ours = [p for p in ps.by_id.values() if p.id.startswith("wp.")]
    assert len(ours) >= 25
