"""Lexicon breadth for statecraft by institutions and economies
(``events/data/patterns/statecraft.yaml``): talks wrapped up, membership granted, suspended
members readmitted, aid restored, sums lent to a state, lenders' programmes approved, embassies
moved, assets placed under state control, warships sailed as a show of force, relief teams
arriving to help, observers accredited, consensus reached and a leader's arrival in a capital.
News-style sentences we wrote, each coded with the expected PLOVER type, actor country and
recipient country, and uses of the same words outside politics that must not code the type in
question."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from tacitus.events import patterns

from .conftest import coded_as

# (sentence, (PLOVER type, actor countries, recipient countries or None, symmetric))
CASES = [
    # --- CONSULT: talks wrapped up or rounded off ---
    ("Iran and the European Union wrapped up two days of talks in Vienna.",
     ("CONSULT", "IGO", "IRN", True)),
    ("Russia wrapped up talks with Ukraine in Istanbul on Tuesday.",
     ("CONSULT", "RUS", "UKR", True)),
    ("Japan and South Korea wrapped up their first summit in years.",
     ("CONSULT", "JPN", "KOR", True)),
    ("Armenia and Azerbaijan wrapped up a round of border talks in Almaty.",
     ("CONSULT", "ARM", "AZE", True)),
    ("China rounded off a week of negotiations with Australia on Friday.",
     ("CONSULT", "CHN", "AUS", True)),
    # --- SUPPORT: membership or status granted to a named state ---
    ("The African Union granted South Sudan membership in 2011.", ("SUPPORT", "IGO", "SSD", False)),
    ("The Commonwealth granted Rwanda membership in 2009.", ("SUPPORT", "IGO", "RWA", False)),
    ("The European Union granted Bosnia candidate status.", ("SUPPORT", "IGO", "BIH", False)),
    ("EU leaders granted Georgia and Moldova the status of candidates for membership.",
     ("SUPPORT", "IGO", "GEO+MDA", False)),
    # --- CONCEDE: a suspended member readmitted or reinstated ---
    ("The African Union readmitted Egypt on Tuesday.", ("CONCEDE", "IGO", "EGY", False)),
    ("The Commonwealth readmitted Pakistan in 2008.", ("CONCEDE", "IGO", "PAK", False)),
    ("ECOWAS reinstated Mali after the elections.", ("CONCEDE", "IGO", "MLI", False)),
    ("The African Union restored Guinea's membership.", ("CONCEDE", "IGO", "GIN", False)),
    ("The Commonwealth restored Fiji's full membership.", ("CONCEDE", "IGO", "FJI", False)),
    # --- AID: aid restored, resumed or unfrozen ---
    ("Washington restored military aid to Egypt.", ("AID", "USA", "EGY", False)),
    ("The European Union resumed budget aid to Mali.", ("AID", "IGO", "MLI", False)),
    ("Germany unfroze development aid to Malawi.", ("AID", "DEU", "MWI", False)),
    ("The World Bank resumed funding for Ethiopia.", ("AID", "IGO", "ETH", False)),
    ("The Netherlands released frozen aid to Rwanda.", ("AID", "NLD", "RWA", False)),
    # --- AID / AGREE: a sum lent to a state named as first object ---
    ("Russia lent Belarus $1.5 billion.", ("AID", "RUS", "BLR", False)),
    ("Saudi Arabia will lend Egypt $3 billion.", ("AGREE", "SAU", "EGY", False)),
    ("Japan will lend Vietnam 100 billion yen for a metro line.", ("AGREE", "JPN", "VNM", False)),
    # --- AID: a lender's programme approved for a state ---
    ("The IMF approved a $7 billion extended fund facility for Pakistan.",
     ("AID", "IGO", "PAK", False)),
    ("The World Bank cleared a $1 billion financing facility for Kenya.",
     ("AID", "IGO", "KEN", False)),
    ("The IMF approved a new lending programme for Egypt.", ("AID", "IGO", "EGY", False)),
    # --- AID: relief teams arriving to help ---
    ("Chinese doctors arrived in Italy to help fight the outbreak.", ("AID", "CHN", "ITA", False)),
    ("Turkish rescuers arrived in Albania to help search for survivors.",
     ("AID", "TUR", "ALB", False)),
    # --- SUPPORT: an embassy moved to a city ---
    ("Guatemala moved its embassy to Jerusalem.", ("SUPPORT", "GTM", "ISR", False)),
    ("Paraguay relocated its embassy to Jerusalem in 2018.", ("SUPPORT", "PRY", "ISR", False)),
    ("Honduras transferred its embassy to Jerusalem.", ("SUPPORT", "HND", "ISR", False)),
    # --- COERCE: assets placed under state control ---
    ("Russia placed the assets of Finland's Fortum under state control.",
     ("COERCE", "RUS", "FIN", False)),
    ("Moscow put the Russian subsidiary of Germany's Uniper under state management.",
     ("COERCE", "RUS", "DEU", False)),
    # --- MOBILIZE: warships sailed as a show of force ---
    ("China sailed an aircraft carrier group through the Taiwan Strait.",
     ("MOBILIZE", "CHN", "TWN", False)),
    ("The United States sailed a destroyer through the Taiwan Strait.",
     ("MOBILIZE", "USA", "TWN", False)),
    # --- RETREAT: observers accredited ---
    ("Nigeria accredited European Union election observers.", ("RETREAT", "NGA", "IGO", False)),
    ("Kenya accredited African Union monitors for the vote.", ("RETREAT", "KEN", "IGO", False)),
    # --- AGREE: a consensus or understanding reached ---
    ("ASEAN reached a consensus with China on a code of conduct.",
     ("AGREE", "IGO", "CHN", True)),
    ("Iran forged an understanding with the IAEA on inspections.", ("AGREE", "IRN", "IGO", True)),
    # --- CONSULT: a leader's arrival in a capital ---
    ("Modi laid a wreath on his arrival in Washington.", ("CONSULT", "IND", "USA", False)),
    ("Xi Jinping spoke to reporters on his arrival in Moscow.", ("CONSULT", "CHN", "RUS", False)),
    ("Erdogan's arrival in Tehran was broadcast live.", ("CONSULT", "TUR", "IRN", False)),
    # --- SANCTION: a lender's programme suspended ---
    ("The IMF suspended its programme with Mozambique.", ("SANCTION", "IGO", "MOZ", False)),
    ("The IMF froze its lending programme for Zambia.", ("SANCTION", "IGO", "ZMB", False)),
    # --- SUPPORT: a statute ratified ---
    ("Armenia ratified the Rome Statute of the ICC.", ("SUPPORT", "ARM", "IGO", False)),
    ("Ukraine ratified the Rome Statute of the International Criminal Court.",
     ("SUPPORT", "UKR", "IGO", False)),
    # --- SANCTION: a conviction upheld ---
    ("An appeals court upheld the conviction of the former Brazilian president.",
     ("SANCTION", "BRA", "BRA", False)),
    # --- CONCEDE: an investigation dropped ---
    ("Swedish prosecutors dropped their investigation into the Russian diplomat.",
     ("CONCEDE", "SWE", "RUS", False)),
    ("French prosecutors closed the case against former President Nicolas Sarkozy.",
     ("CONCEDE", "FRA", "FRA", False)),
]  # fmt: skip

NEGATIVES = [
    ("The company wrapped up talks with its unions.", "CONSULT"),
    ("The team wrapped up its training camp in Spain.", "CONSULT"),
    ("The club granted the striker a new contract.", "SUPPORT"),
    ("The university granted him an honorary doctorate.", "SUPPORT"),
    ("The club readmitted the banned fans.", "CONCEDE"),
    ("The utility restored power to the city.", "AID"),
    ("Engineers restored water supplies to the town.", "AID"),
    ("The bank lent the company $5 million.", "AID"),
    ("The firm moved its headquarters to Dublin.", "SUPPORT"),
    ("The court placed the child under the care of her grandmother.", "COERCE"),
    ("The shipping line sent two vessels to Rotterdam.", "MOBILIZE"),
    ("The cruise company sailed its fleet through the Panama Canal.", "MOBILIZE"),
    ("The arrival of winter slowed the fighting.", "CONSULT"),
    ("The arrival of the new phone drew long queues.", "CONSULT"),
    ("Tourists arrived in Paris to see the exhibition.", "AID"),
    ("The scientists reached a consensus on the data.", "AGREE"),
    ("The board approved a restructuring programme for the airline.", "AID"),
    ("The federation accredited 200 journalists for the final.", "RETREAT"),
    ("The police closed the case of the missing dog.", "CONCEDE"),
    ("The court upheld the ruling in favour of the landlord.", "SANCTION"),
    ("The gym suspended its training programme for the winter.", "SANCTION"),
    ("The club signed the striker on a two-year contract.", "SUPPORT"),
]


@pytest.mark.parametrize(("sentence", "expected"), CASES, ids=[s[:48] for s, _ in CASES])
def test_statecraft_lexicon(code, sentence, expected):
    ptype, actor, recipient, symmetric = expected
    got = code(sentence)
    assert coded_as(got, ptype, actor, recipient, symmetric), got


@pytest.mark.parametrize(("sentence", "forbidden"), NEGATIVES, ids=[s[:48] for s, _ in NEGATIVES])
def test_statecraft_lexicon_negatives(code, sentence, forbidden):
    got = code(sentence)
    assert not [g for g in got if g[0] == forbidden], got


def test_lend_names_the_borrower(code):
    """ "will lend Indonesia 300 billion yen": the state is the borrower, and the future is an
    intention (AGREE), not a loan made."""
    got = code("Japan will lend Indonesia 300 billion yen for a new port.")
    assert coded_as(got, "AGREE", "JPN", "IDN", False), got
    assert not [g for g in got if g[0] == "AID"], got


def test_part_file_ids_are_prefixed_and_guarded():
    part = Path(patterns.DEFAULT_PATH).parent / "patterns" / "statecraft.yaml"
    data = yaml.safe_load(part.read_text(encoding="utf-8"))
    ids = [row["id"] for row in data["verbs"] + data["nouns"]]
    assert len(ids) >= 14
    ps = patterns.default()
    for pid in ids:
        assert pid.startswith("statecraft."), pid
        p = ps.by_id[pid]
        guarded = p.needs_object or p.needs_word or p.prep or p.needs_actor_sector
        guarded = guarded or p.requires_light
        assert guarded, f"{p.id}: no guard"
