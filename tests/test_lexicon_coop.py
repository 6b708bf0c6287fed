"""Lexicon breadth for cooperation and diplomacy (``events/data/patterns/coop.yaml``): deals
reached, struck or come to (AGREE, where signing stays SUPPORT), commitments told with a clause,
calls paid and envoys dispatched (CONSULT), support declared,
documents and instruments signed or exchanged (SUPPORT), loans, sums released, advisers sent,
rescuers and doses received (AID), coordinated patrols and joint bodies (COOPERATE). News-style
sentences we wrote, each coded with the expected PLOVER type, actor country and recipient
country, and uses of the same words outside politics or in another sense that must not code
the type in question."""

from __future__ import annotations

import pytest

from tacitus.events import patterns

from .conftest import coded_as

S = True  # symmetric: the two sides may come out in either order

# (sentence, (PLOVER type, actor countries, recipient countries or None, symmetric))
CASES = [
    # --- AGREE: agreements reached, struck, come to ---
    (
        "Armenia and Azerbaijan reached an agreement on border demarcation.",
        ("AGREE", "ARM", "AZE", S),
    ),
    ("Ukraine struck a deal with the IMF on a new loan programme.", ("AGREE", "UKR", "IGO", S)),
    ("Egypt and Sudan came to an agreement on the Nile waters.", ("AGREE", "EGY", "SDN", S)),
    (
        "Israel and Lebanon arrived at a compromise over the maritime border.",
        ("AGREE", "ISR", "LBN", S),
    ),
    ("Thailand and Cambodia reached a ceasefire.", ("AGREE", "KHM", "THA", S)),
    (
        "Qatar and Bahrain reached an understanding on restoring flights.",
        ("AGREE", "BHR", "QAT", S),
    ),
    # --- AGREE: money offered is a pledge, not yet aid ---
    ("The EU offered 500 million euros to Tunisia.", ("AGREE", "IGO", "TUN", False)),
    ("Japan offered Nepal 1 billion yen.", ("AGREE", "JPN", "NPL", False)),
    # --- AGREE: commitments told with a clause ---
    ("Iran committed to cooperate fully with the IAEA.", ("AGREE", "IRN", "IGO", False)),
    ("Pakistan recommitted to implement the reforms.", ("AGREE", "PAK", None, False)),
    # --- AGREE: acceptance signalled ---
    (
        "Hamas signalled its acceptance of a truce proposal from Egypt.",
        ("AGREE", "PSE", "EGY", False),
    ),
    # --- CONSULT: calls paid, envoys dispatched, guests received, working meals ---
    (
        "Indonesia rolled out the red carpet for the Australian prime minister.",
        ("CONSULT", "IDN", "AUS", S),
    ),
    ("Meloni and Scholz held a working lunch in Rome.", ("CONSULT", "ITA", "DEU", S)),
    (
        "Turkish President Recep Tayyip Erdogan paid a courtesy call on the Emir of Qatar.",
        ("CONSULT", "TUR", "QAT", S),
    ),
    ("Egypt dispatched an envoy to Khartoum.", ("CONSULT", "EGY", "SDN", False)),
    ("Japan dispatched its foreign minister to Seoul.", ("CONSULT", "JPN", "KOR", False)),
    # --- SUPPORT: support declared, congratulations, documents signed ---
    ("Hungary came out in support of Serbia's membership bid.", ("SUPPORT", "HUN", "SRB", False)),
    ("Poland spoke in favour of Moldova's accession.", ("SUPPORT", "POL", "MDA", False)),
    (
        "Georgia and Armenia signed a document on border cooperation.",
        ("SUPPORT", "ARM", "GEO", S),
    ),
    (
        "Finland deposited its instrument of accession with the United States.",
        ("SUPPORT", "FIN", "USA", S),
    ),
    # --- AID: loans, sums released, advisers sent, rescuers and doses received ---
    ("Japan loaned Indonesia $2 billion.", ("AID", "JPN", "IDN", False)),
    ("The European Union approved 50 million euros for Lebanon.", ("AID", "IGO", "LBN", False)),
    ("Turkey sent military advisers to Libya.", ("AID", "TUR", "LBY", False)),
    ("Japan dispatched engineers to South Sudan.", ("AID", "JPN", "SSD", False)),
    ("Morocco received rescuers from Spain.", ("AID", "ESP", "MAR", False)),
    ("Qatar donated 50 buses to Rwanda.", ("AID", "QAT", "RWA", False)),
    ("Egypt received $2 billion from the United Arab Emirates.", ("AID", "ARE", "EGY", False)),
    ("Bangladesh received a million doses from India.", ("AID", "IND", "BGD", False)),
    # --- COOPERATE: coordinated patrols, joint bodies ---
    (
        "Thailand, Malaysia and Indonesia began coordinated patrols.",
        ("COOPERATE", "IDN+MYS+THA", None, S),
    ),
    (
        "Kenya and Ethiopia launched a joint commission on security.",
        ("COOPERATE", "ETH", "KEN", S),
    ),
    (
        "India and Japan opened a bilateral commission on defence.",
        ("COOPERATE", "IND", "JPN", S),
    ),
]

# (sentence, PLOVER type that must not be coded)
NEGATIVES = [
    ("Saudi Arabia reached the final of the Asian Cup.", "AGREE"),
    ("Russian troops reached the outskirts of Kharkiv.", "AGREE"),
    ("Japan struck first in the match against South Korea.", "AGREE"),
    ("The talks between Russia and Ukraine reached a deadlock.", "AGREE"),
    ("Sudanese militiamen committed atrocities to terrorize villagers.", "AGREE"),
    ("Israel dispatched tanks to the border.", "CONSULT"),
    ("Ukraine's government paid compensation to the families of the victims.", "CONSULT"),
    ("Chile loaned three paintings to a museum in Madrid.", "AID"),
    ("The Chinese central bank released 10 billion yuan into the banking system.", "AID"),
    ("Apple sent engineers to China to inspect the factories.", "AID"),
    ("The hospital in Gaza received 500 doses of vaccine.", "AID"),
    ("Russia conducted nuclear exercises near the border with Ukraine.", "COOPERATE"),
    ("China held drills around Taiwan with live ammunition.", "COOPERATE"),
    ("Mexican police launched coordinated raids on drug cartels.", "COOPERATE"),
    ("India and Pakistan exchanged fire along the border.", "SUPPORT"),
    ("The EU offered 500 million euros to Tunisia.", "AID"),
    ("China offered Sri Lanka a $1 billion credit line.", "AID"),
    ("The footballer donated his boots to a school in Senegal.", "AID"),
    ("The Nigerian singer received $1 million from a record label.", "AID"),
    ("The carmaker rolled out a new model in Germany.", "CONSULT"),
    ("The chef served a working lunch to the staff in Rome.", "CONSULT"),
]


@pytest.mark.parametrize(("sentence", "expected"), CASES, ids=[s[:48] for s, _ in CASES])
def test_coop_lexicon(code, sentence, expected):
    ptype, actor, recipient, symmetric = expected
    got = code(sentence)
    assert coded_as(got, ptype, actor, recipient, symmetric), got


@pytest.mark.parametrize(("sentence", "forbidden"), NEGATIVES, ids=[s[:48] for s, _ in NEGATIVES])
def test_coop_lexicon_negatives(code, sentence, forbidden):
    got = code(sentence)
    assert not [g for g in got if g[0] == forbidden], got


def test_reached_deal_is_agreement_not_signing(code):
    """Reaching or striking a deal is agreeing (AGREE); signing one stays SUPPORT (CAMEO 057)."""
    reached = code("Serbia and Kosovo reached a deal on energy.")
    assert [g for g in reached if g[0] == "AGREE"], reached
    assert not [g for g in reached if g[0] == "SUPPORT"], reached
    signed = code("Serbia and Kosovo signed a deal on energy.")
    assert [g for g in signed if g[0] == "SUPPORT"], signed


def test_failed_to_reach_is_negated(code_text):
    from .conftest import triple

    events = code_text("Greece and Turkey failed to reach an agreement on the islands.")
    agreed = [e for e in events if triple(e)[0] == "AGREE"]
    assert agreed and all(e.flags.get("negated") for e in agreed), [triple(e) for e in events]


def test_terrorism_is_no_party_fought():
    ps = patterns.default()
    assert {"terrorism", "extremism", "piracy"} <= ps.classes["social_ill"]


def test_part_file_ids_are_prefixed_and_guarded():
    ps = patterns.default()
    ours = [p for p in ps.by_id.values() if p.id.startswith("coop.")]
    assert len(ours) >= 14
    for p in ours:
        assert p.cameo[:2] in ("03", "04", "05", "06", "07"), p.id
        guarded = p.needs_object or p.needs_word or p.prep or p.needs_recipient or p.receiver
        assert guarded, f"{p.id}: no guard"
