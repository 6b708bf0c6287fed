"""Lexicon breadth for events told indirectly (``events/data/patterns/indirect.yaml``): the one
acted on as subject (pressure and calls faced, praise won, each with a named giver), enemy
hardware destroyed by a state or by a weapon named by its maker, attacks kept up, crowds
ringing a building of a state, links resumed for another state's people (AGREE when only
promised) and captives swapped between two sides. News-style sentences we wrote, each coded
with the expected PLOVER type, actor country and recipient country, and uses of the same words
outside politics (or in another sense) that must not code the type in question."""

from __future__ import annotations

import pytest

from .conftest import coded_as, part_file_unguarded

# (sentence, (PLOVER type, actor countries, recipient countries or None, symmetric))
CASES = [
    # --- ASSAULT: enemy hardware destroyed ---
    ("Azerbaijan destroyed three Armenian tanks near the line of contact.",
     ("ASSAULT", "AZE", "ARM", False)),
    ("Ukraine destroyed a Russian radar station in Crimea.", ("ASSAULT", "UKR", "RUS", False)),
    ("An Azerbaijani drone destroyed two Armenian rocket launchers.",
     ("ASSAULT", "AZE", "ARM", False)),
    ("Israel destroyed a Syrian air defence battery near Damascus.",
     ("ASSAULT", "ISR", "SYR", False)),
    ("Ethiopia wrecked an Eritrean ammunition depot near the border.",
     ("ASSAULT", "ETH", "ERI", False)),
    ("India destroyed several Pakistani army posts and bunkers along the frontier.",
     ("ASSAULT", "IND", "PAK", False)),
    ("Armenia destroyed an Azerbaijani helicopter over the enclave.",
     ("ASSAULT", "ARM", "AZE", False)),
    # --- ASSAULT: an attack kept up ---
    ("Russian artillery kept up a heavy bombardment of Grozny on Wednesday.",
     ("ASSAULT", "RUS", "RUS", False)),
    ("Russia kept up its offensive against Ukrainian positions in Donetsk.",
     ("ASSAULT", "RUS", "UKR", False)),
    ("Israel kept up its air strikes on Gaza for a fifth day.", ("ASSAULT", "ISR", "PSE", False)),
    # --- PROTEST: a crowd rings a building of a state ---
    ("Thousands of protesters surrounded the U.S. embassy in Baghdad.",
     ("PROTEST", "IRQ", "USA", False)),
    ("Students encircled parliament in Dhaka on Monday.", ("PROTEST", "BGD", "BGD", False)),
    ("Serbian protesters surrounded the presidential palace in Belgrade.",
     ("PROTEST", "SRB", "SRB", False)),
    ("Georgian demonstrators picketed the parliament building in Tbilisi.",
     ("PROTEST", "GEO", "GEO", False)),
    ("Pakistani students surrounded the French consulate in Karachi.",
     ("PROTEST", "PAK", "FRA", False)),
    # --- COOPERATE / AGREE: links resumed for another state ---
    ("India resumed visa services for Canadians on Wednesday.",
     ("COOPERATE", "IND", "CAN", False)),
    ("Russia restored direct flights to Georgia after a four-year halt.",
     ("COOPERATE", "RUS", "GEO", False)),
    ("Turkey reopened consular services for Armenians.", ("COOPERATE", "TUR", "ARM", False)),
    ("India said it would resume visa services for Canadians.", ("AGREE", "IND", "CAN", False)),
    ("China said it would restore direct flights to Australia next month.",
     ("AGREE", "CHN", "AUS", False)),
    # --- REQUEST: pressure and calls faced, with the giver named ---
    ("India and Pakistan came under pressure from China to pull back from the brink.",
     ("REQUEST", "CHN", "IND+PAK", False)),
    ("Serbia came under pressure from the European Union to recognise Kosovo.",
     ("REQUEST", "IGO", "SRB", False)),
    ("Venezuela came under renewed pressure from Brazil to publish the vote tallies.",
     ("REQUEST", "BRA", "VEN", False)),
    ("Israel faced calls from Washington to scale back its offensive.",
     ("REQUEST", "USA", "ISR", False)),
    ("Myanmar faced demands from ASEAN to free detained politicians.",
     ("REQUEST", "IGO", "MMR", False)),
    ("Zimbabwe faced pressure from South Africa to hold talks with the opposition.",
     ("REQUEST", "ZAF", "ZWE", False)),
    # --- SUPPORT: praise won, with the giver named ---
    ("Ethiopian Prime Minister Abiy Ahmed won praise from the African Union on Friday.",
     ("SUPPORT", "IGO", "ETH", False)),
    ("Colombia earned plaudits from the United Nations for its peace deal.",
     ("SUPPORT", "IGO", "COL", False)),
    ("Indonesia drew praise from Washington for its handling of the election.",
     ("SUPPORT", "USA", "IDN", False)),
    ("Kenya received praise from Britain for leading the mission.",
     ("SUPPORT", "GBR", "KEN", False)),
    ("Senegal won praise from France for the peaceful handover of power.",
     ("SUPPORT", "FRA", "SEN", False)),
    # --- RETREAT: captives swapped between two sides ---
    ("A swap of 230 prisoners between Russia and Ukraine was carried out on Wednesday.",
     ("RETREAT", "RUS", "UKR", True)),
    ("An exchange of prisoners between Ethiopia and Eritrea was completed on Saturday.",
     ("RETREAT", "ETH", "ERI", True)),
    ("A swap of captives between Armenia and Azerbaijan was carried out at the border.",
     ("RETREAT", "ARM", "AZE", True)),
    ("An exchange of detainees between India and Pakistan was held at Wagah.",
     ("RETREAT", "IND", "PAK", True)),
    # --- RETREAT: captives handed over ---
    ("Hamas handed over a captured Israeli soldier to Egypt.", ("RETREAT", "PSE", "ISR", False)),
    ("The Taliban handed over two kidnapped Indian engineers' bodies to India.",
     ("RETREAT", "AFG", "IND", False)),
    ("Azerbaijan handed over five captured Armenian soldiers on Tuesday.",
     ("RETREAT", "AZE", "ARM", False)),
    # --- CONCEDE: an apology received, the one who apologised named ---
    ("South Korea received an apology from Japan over the radar incident.",
     ("CONCEDE", "JPN", "KOR", False)),
    ("Beijing won an apology from Washington over the plane collision.",
     ("CONCEDE", "USA", "CHN", False)),
    ("Turkey secured an apology from Israel over the raid on the aid flotilla.",
     ("CONCEDE", "ISR", "TUR", False)),
    # --- SANCTION: sanctions drawn, the imposer named ---
    ("Beijing's crackdown on Uighurs drew sanctions from Washington.",
     ("SANCTION", "USA", "CHN", False)),
    ("Russia's annexation of Crimea drew sanctions from the European Union.",
     ("SANCTION", "IGO", "RUS", False)),
    ("Minsk's forced landing of a Ryanair jet triggered sanctions from Britain.",
     ("SANCTION", "GBR", "BLR", False)),
    # --- more of the same families in other regions ---
    ("Ukraine destroyed two Russian warships in the Black Sea.", ("ASSAULT", "UKR", "RUS", False)),
    ("Saudi Arabia destroyed a Yemeni missile launcher near the border.",
     ("ASSAULT", "SAU", "YEM", False)),
    ("Thai protesters surrounded the Cambodian embassy in Bangkok.",
     ("PROTEST", "THA", "KHM", False)),
    ("Moldova came under pressure from Russia to drop its bid for EU membership.",
     ("REQUEST", "RUS", "MDA", False)),
    ("Ghana won praise from the World Bank for its reforms.", ("SUPPORT", "IGO", "GHA", False)),
    ("Egypt reopened its consular services for Qataris after the dispute ended.",
     ("COOPERATE", "EGY", "QAT", False)),
    ("Turkey kept up its shelling of Kurdish positions in northern Syria.",
     ("ASSAULT", "TUR", "SYR", False)),
]  # fmt: skip

NEGATIVES = [
    ("A fire destroyed the fuel depot in the port on Monday.", "ASSAULT"),
    ("The company destroyed its old storage tanks.", "ASSAULT"),
    ("The storm wrecked dozens of fishing boats in the harbour.", "ASSAULT"),
    ("The opposition kept up the pressure on the government.", "ASSAULT"),
    ("The team kept up its attack in the second half.", "ASSAULT"),
    ("Police surrounded the building where the gunman was hiding.", "PROTEST"),
    ("Fans surrounded the team bus outside the stadium.", "PROTEST"),
    ("The airline resumed flights to Paris on Monday.", "COOPERATE"),
    ("The hotel restored its room service after the blackout.", "COOPERATE"),
    ("The film won praise from critics at Cannes.", "SUPPORT"),
    ("The chef earned plaudits from diners for the new menu.", "SUPPORT"),
    ("The striker faced calls from fans to leave the club.", "REQUEST"),
    ("The company came under pressure from investors to cut costs.", "REQUEST"),
    ("The two armies exchanged fire across the border.", "RETREAT"),
    ("An exchange of views between the ministers took place on Monday.", "RETREAT"),
    ("The club handed over the trophy to the new champions.", "RETREAT"),
    ("The fans received an apology from the club.", "CONCEDE"),
    ("The player's foul drew a penalty from the referee.", "SANCTION"),
    ("The club's new kit drew penalties from the league.", "SANCTION"),
    ("The chief executive faced questions from reporters about the merger.", "REQUEST"),
]


@pytest.mark.parametrize(("sentence", "expected"), CASES, ids=[s[:48] for s, _ in CASES])
def test_indirect_lexicon(code, sentence, expected):
    ptype, actor, recipient, symmetric = expected
    got = code(sentence)
    assert coded_as(got, ptype, actor, recipient, symmetric), got


@pytest.mark.parametrize(("sentence", "forbidden"), NEGATIVES, ids=[s[:48] for s, _ in NEGATIVES])
def test_indirect_lexicon_negatives(code, sentence, forbidden):
    got = code(sentence)
    assert not [g for g in got if g[0] == forbidden], got


def test_receiver_senses_need_a_giver(code):
    """ "came under pressure to resign": no giver named, so no request is coded."""
    got = code("Serbia came under pressure to recognise Kosovo.")
    assert not [g for g in got if g[3] == "indirect.request.come_under_pressure"], got


AMBIGUOUS = frozenset(
    {
        "keep",
        "destroy",
        "surround",
        "resume",
        "come",
        "face",
        "win",
        "swap",
        "hand",
        "receive",
        "draw",
    }
)


def test_part_file_ids_are_prefixed_and_guarded():
    loose = part_file_unguarded(
        "indirect.",
        AMBIGUOUS,
        11,
        {"02", "05", "06", "08", "14", "16", "19"},
    )
    assert not loose, loose
