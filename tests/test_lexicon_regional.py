"""Lexicon breadth for domestic and regional politics as regional desks write it
(``events/data/patterns/regional.yaml``) and the regional actor facts beside it
(``actors/data/people/regional.tsv``, ``actors/data/organizations/regional.tsv``): a named office
holder's removal ordered or approved, the centre's decision not accepted, talks ended with a
named side, the local words for a sit-in, a march, a pot-banging protest or a surrounded official
(dharna, morcha, cacerolazo, gherao) and the jirga as a meeting; and governors, chief ministers,
electoral commissions, unions, movements, parties and security units named without their
country. News-style sentences we wrote, each coded with the expected PLOVER type, actor country
and recipient country, look-alikes that must not code the type in question, and mentions that
must resolve to their country."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from tacitus.events import patterns

from .conftest import coded_as, coded_mention_codes, triple

# (date, sentence, (PLOVER type, actor countries, recipient countries or None, symmetric))
CASES = [
    # --- COERCE: a named office holder's removal ordered or approved ---
    ("2020-01-14", "Nigeria's Supreme Court ordered the removal of Governor Emeka Ihedioha of "
     "Imo State.", ("COERCE", "NGA", "NGA", False)),
    ("2021-06-01", "President Muhammadu Buhari approved the dismissal of Interior Minister Rauf "
     "Aregbesola.", ("COERCE", "NGA", "NGA", False)),
    ("2020-08-28", "Brazil's Supreme Court ordered the suspension of Rio de Janeiro Governor "
     "Wilson Witzel.", ("COERCE", "BRA", "BRA", False)),
    ("2021-03-01", "Pakistan's Election Commission ordered the removal of Chief Minister Usman "
     "Buzdar.", ("COERCE", "PAK", "PAK", False)),
    ("2024-10-08", "Kenya's parliament approved the removal of Deputy President Rigathi Gachagua.",
     ("COERCE", "KEN", "KEN", False)),
    # --- SANCTION: talks with a named side ended ---
    ("2023-01-10", "Islamabad ended its dialogue with the TTP on Monday.",
     ("SANCTION", "PAK", "PAK", False)),
    ("2017-11-23", "The Philippine government terminated peace talks with the New People's Army.",
     ("SANCTION", "PHL", "PHL", False)),
    ("2016-07-01", "Mexico's government ended talks with the CNTE teachers' union.",
     ("SANCTION", "MEX", "MEX", False)),
    # --- REJECT: a decision not accepted ---
    ("2020-06-01", "Ethiopia will not accept Egypt's decision on the dam.",
     ("REJECT", "ETH", "EGY", False)),
    ("2021-09-01", "Sudan said it would never accept Ethiopia's decision on the second filling.",
     ("REJECT", "SDN", "ETH", False)),
    # --- PROTEST: dharna, morcha, cacerolazo, gherao ---
    ("2022-10-28", "Pakistani opposition parties staged a dharna outside the Election Commission "
     "in Islamabad.", ("PROTEST", "PAK", "PAK", False)),
    ("2020-12-01", "Indian farmers began an indefinite dharna in Delhi against the farm laws.",
     ("PROTEST", "IND", "IND", False)),
    ("2018-08-01", "Bangladeshi students held a morcha to the secretariat in Dhaka.",
     ("PROTEST", "BGD", "BGD", False)),
    ("2019-05-01", "Argentine residents held a cacerolazo against the fuel price rise.",
     ("PROTEST", "ARG", "ARG", False)),
    ("2019-09-20", "Indian students gheraoed the vice-chancellor at Jadavpur University.",
     ("PROTEST", "IND", "IND", False)),
    ("2022-03-01", "Indian villagers gheraoed the police station in Bihar.",
     ("PROTEST", "IND", "IND", False)),
    # --- CONSULT: a jirga held with someone ---
    ("2007-08-09", "Afghan President Hamid Karzai held a jirga with Pakistani tribal elders.",
     ("CONSULT", "AFG", "PAK", True)),
    ("2007-08-09", "Pakistan's government held a jirga with Afghan officials in Peshawar.",
     ("CONSULT", "PAK", "AFG", True)),
    # --- regional actors in events: governors, chief ministers, commissions, unions, units ---
    ("2021-02-01", "Governor Babagana Zulum of Borno State criticised the army.",
     ("ACCUSE", "NGA", "NGA", False)),
    ("2020-05-01", "Chief Minister Murad Ali Shah criticised Prime Minister Imran Khan.",
     ("ACCUSE", "PAK", "PAK", False)),
    ("2020-05-01", "Chief Minister Yogi Adityanath praised Prime Minister Narendra Modi.",
     ("SUPPORT", "IND", "IND", False)),
    ("2024-02-01", "Governor Tarcisio de Freitas of Sao Paulo praised President Lula.",
     ("SUPPORT", "BRA", "BRA", False)),
    ("2022-08-16", "Raila Odinga accused the IEBC of manipulating the results.",
     ("ACCUSE", "KEN", "KEN", False)),
    ("2019-10-09", "CONAIE rejected President Lenin Moreno's call for talks.",
     ("REJECT", "ECU", "ECU", False)),
    ("2023-06-05", "The Nigeria Labour Congress threatened to strike over the fuel price.",
     ("THREATEN", "NGA", "NGA", False)),
    ("2019-02-13", "COSATU marched to parliament in Cape Town against job losses.",
     ("PROTEST", "ZAF", "ZAF", False)),
    ("2019-10-25", "Carabineros fired tear gas at protesters in Santiago.",
     ("ASSAULT", "CHL", "CHL", False)),
    ("2021-05-03", "ESMAD officers fired tear gas at protesters in Cali.",
     ("ASSAULT", "COL", "COL", False)),
    ("2023-05-05", "The Assam Rifles deployed troops in Churachandpur.",
     ("MOBILIZE", "IND", "IND", False)),
    ("2018-05-20", "The Rapid Action Battalion arrested dozens of suspects in Dhaka.",
     ("COERCE", "BGD", "BGD", False)),
    ("2023-06-27", "The All People's Congress rejected the results announced by the Electoral "
     "Commission for Sierra Leone.", ("REJECT", "SLE", "SLE", False)),
    ("2019-03-26", "Army chief Ahmed Gaid Salah urged parliament to declare Bouteflika unfit.",
     ("REQUEST", "DZA", "DZA", False)),
    ("2021-07-07", "Bougainville President Ishmael Toroama met Prime Minister James Marape in "
     "Port Moresby.", ("CONSULT", "PNG", "PNG", True)),
    ("2022-03-01", "Chief Minister Bhagwant Mann met Prime Minister Narendra Modi in Delhi.",
     ("CONSULT", "IND", "IND", True)),
    ("2019-06-01", "Governor Enrique Alfaro of Jalisco met President Andres Manuel Lopez Obrador.",
     ("CONSULT", "MEX", "MEX", True)),
]  # fmt: skip

NEGATIVES = [
    ("The crew ordered the removal of debris from the road.", "COERCE"),
    ("Ukraine demanded the removal of Russian troops from the plant.", "COERCE"),
    ("The council ordered the removal of the statue from the square.", "COERCE"),
    ("The coach ordered the removal of two players from the squad.", "COERCE"),
    ("The two delegations ended three days of talks in Geneva.", "SANCTION"),
    ("The band ended its tour with a concert in Lagos.", "SANCTION"),
    ("The carmaker ended wage talks with the union.", "SANCTION"),
    ("Kenya's government ended talks on Friday.", "SANCTION"),
    ("The players would not accept the referee's decision.", "REJECT"),
    ("The bank said it would not accept the cheques.", "REJECT"),
    ("Villagers held a jirga to settle a land dispute.", "CONSULT"),
]

# (date, text, mention, CAMEO actor code): regional office holders and bodies named without
# their country resolve to it
MENTIONS = [
    ("2018-01-15", "Governor Samuel Ortom of Benue State visited Makurdi.",
     "Governor Samuel Ortom", "NGAGOV"),
    ("2020-04-02", "Governor Nyesom Wike imposed a lockdown on Port Harcourt.",
     "Governor Nyesom Wike", "NGAGOV"),
    ("2022-11-27", "Chief Minister Pervaiz Elahi spoke in Lahore.",
     "Chief Minister Pervaiz Elahi", "PAKGOV"),
    ("2024-03-19", "Chief Minister Ali Amin Gandapur spoke in Peshawar.",
     "Chief Minister Ali Amin Gandapur", "PAKGOV"),
    ("2021-06-15", "Governor Enrique Alfaro spoke in Guadalajara.",
     "Governor Enrique Alfaro", "MEXGOV"),
    ("2023-01-09", "Governor Ibaneis Rocha spoke in Brasilia.", "Governor Ibaneis Rocha", "BRAGOV"),
    ("2023-08-29", "Attorney General Consuelo Porras spoke in Guatemala City.",
     "Attorney General Consuelo Porras", "GTMJUD"),
    ("2023-02-27", "INEC announced the results in Abuja.", "INEC", "NGAGOV"),
    ("2020-02-21", "The Future Forward Party held a rally in Bangkok.", "Future Forward Party",
     "THAOPP"),
    ("2019-10-09", "CONAIE marched on Quito.", "CONAIE", "ECUCVL"),
    ("2023-06-20", "Governor Johnson Sakaja of Nairobi met the traders.", "Governor Johnson Sakaja",
     "KENGOV"),
    ("2021-05-10", "Governor Ridwan Kamil of West Java visited Bandung.", "Governor Ridwan Kamil",
     "IDNGOV"),
    ("2020-07-01", "Premier Alan Winde of the Western Cape visited Khayelitsha.",
     "Premier Alan Winde", "ZAFGOV"),
    ("2023-06-20", "Governor Gerardo Morales of Jujuy spoke in San Salvador de Jujuy.",
     "Governor Gerardo Morales", "ARGGOV"),
]  # fmt: skip


def _code(code_text, text: str, date: str):
    return [(*triple(e), e.rule.split(" | ")[0]) for e in code_text(text, date=date)]


@pytest.mark.parametrize(("date", "sentence", "expected"), CASES, ids=[s[:48] for _, s, _ in CASES])
def test_regional_lexicon(code_text, date, sentence, expected):
    ptype, actor, recipient, symmetric = expected
    got = _code(code_text, sentence, date)
    assert coded_as(got, ptype, actor, recipient, symmetric), got


@pytest.mark.parametrize(("sentence", "forbidden"), NEGATIVES, ids=[s[:48] for s, _ in NEGATIVES])
def test_regional_lexicon_negatives(code_text, sentence, forbidden):
    got = _code(code_text, sentence, "2019-01-01")
    assert not [g for g in got if g[0] == forbidden], got


@pytest.mark.parametrize(
    ("date", "text", "mention", "code"), MENTIONS, ids=[m for _, _, m, _ in MENTIONS]
)
def test_regional_actors_resolve(pipeline, date, text, mention, code):
    assert coded_mention_codes(pipeline, text, date).get(mention) == code


def test_removal_is_the_courts_act_not_a_request(code_text):
    """ "ordered the removal of Governor X": the order's maker removes; "called for" does not."""
    got = _code(code_text, "The opposition called for the removal of Governor Ibaneis Rocha.",
                "2023-01-09")  # fmt: skip
    assert not [g for g in got if g[0] == "COERCE"], got


def test_part_file_ids_are_prefixed_and_guarded():
    part = Path(patterns.DEFAULT_PATH).parent / "patterns" / "regional.yaml"
    data = yaml.safe_load(part.read_text(encoding="utf-8"))
    ids = [row["id"] for kind in ("verbs", "nouns") for row in data[kind]]
    assert len(ids) >= 6
    ps = patterns.default()
    for pid in ids:
        assert pid.startswith("regional."), pid
        p = ps.by_id[pid]
        guarded = (
            p.needs_object or p.needs_word or p.prep or p.needs_actor_sector or p.requires_light
        )
        assert guarded, f"{p.id}: no guard"


def test_regional_actor_files_name_their_source():
    data = Path(patterns.DEFAULT_PATH).parents[2] / "actors" / "data"
    for part in (data / "people" / "regional.tsv", data / "organizations" / "regional.tsv"):
        head = [ln for ln in part.read_text(encoding="utf-8").splitlines() if ln.startswith("#")]
        assert any(ln.startswith("# source: Tacitus team") for ln in head), part
