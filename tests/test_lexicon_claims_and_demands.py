"""Lexicon breadth for ACCUSE (incl. investigate), REQUEST (incl. CAMEO 02 appeals), REJECT,
THREATEN and (senses beside force_and_pressure.yaml's) PROTEST: sentences we wrote in news style, each with the event it must give, and uses of the
same words outside politics that must give none of these types.

The senses live in ``events/data/patterns/claims_and_demands.yaml`` (ids ``cd.*``) and in the
main file's entries for these types.
"""

from __future__ import annotations

import pytest

from tacitus import codes
from tacitus.events import patterns

from .conftest import triple

MY_TYPES = {"ACCUSE", "REQUEST", "REJECT", "THREATEN", "PROTEST"}

# (sentence, (PLOVER type, actor code, recipient code or None))
CASES = [
    # --- ACCUSE: investigate (CAMEO 09) ---
    ("Brazilian police are looking into the attack.", ("ACCUSE", "BRA", "BRA")),
    (
        "The UN human rights office will investigate abuses by Ethiopian troops.",
        ("ACCUSE", "IGO", "ETH"),
    ),
    (
        "Turkish prosecutors opened an enquiry into the deaths of two Syrian migrants.",
        ("ACCUSE", "TUR", "SYR"),
    ),
    (
        "The European Commission is scrutinising Hungary's use of EU funds.",
        ("ACCUSE", "IGO", "HUN"),
    ),
    (
        "The ICC launched an investigation into crimes in Venezuela, the prosecutor said.",
        ("ACCUSE", "IGO", "VEN"),
    ),
    # --- ACCUSE: criticize, denounce (111) ---
    ("Germany lashed out at Poland over its new border controls.", ("ACCUSE", "DEU", "POL")),
    ("The Kremlin hit out at Finland for joining NATO.", ("ACCUSE", "RUS", "FIN")),
    (
        "Iran's foreign ministry berated Britain for its human rights report.",
        ("ACCUSE", "IRN", "GBR"),
    ),
    (
        "The Chinese embassy took aim at Australia over its new foreign interference law.",
        ("ACCUSE", "CHN", "AUS"),
    ),
    (
        "India strongly objected to Pakistan's remarks at the United Nations.",
        ("ACCUSE", "IND", "PAK"),
    ),
    (
        "Turkey reprimanded Sweden over the burning of a Koran in Stockholm.",
        ("ACCUSE", "TUR", "SWE"),
    ),
    ("Beijing chastised Tokyo over the release of treated water.", ("ACCUSE", "CHN", "JPN")),
    ("Japan took issue with South Korea's claims to the islands.", ("ACCUSE", "JPN", "KOR")),
    (
        "Israel's government rounded on the United Nations over the report.",
        ("ACCUSE", "ISR", "IGO"),
    ),
    ("China's foreign ministry ridiculed the US report on Xinjiang.", ("ACCUSE", "CHN", "USA")),
    ("Moscow poured scorn on NATO's new strategy.", ("ACCUSE", "RUS", "IGO")),
    ("Algeria's president railed against France over its colonial past.", ("ACCUSE", "DZA", "FRA")),
    (
        "Venezuela vilified the United States in a statement read on state television.",
        ("ACCUSE", "VEN", "USA"),
    ),
    (
        "Canada was berated by China over the arrest of a Huawei executive.",
        ("ACCUSE", "CHN", "CAN"),
    ),
    ("Ankara bristled at Washington's remarks.", ("ACCUSE", "TUR", "USA")),
    # --- ACCUSE: complain officially (114) ---
    (
        "Ukraine registered a strong protest with Hungary over the remarks.",
        ("ACCUSE", "UKR", "HUN"),
    ),
    ("Poland raised objections to Germany's gas pipeline plans.", ("ACCUSE", "POL", "DEU")),
    ("Morocco called in the Spanish ambassador after the court ruling.", ("ACCUSE", "MAR", "ESP")),
    # --- ACCUSE: allege, blame (112) ---
    (
        "Washington held Moscow responsible for the poisoning of the opposition leader.",
        ("ACCUSE", "USA", "RUS"),
    ),
    (
        "The British government held Iran accountable for the drone attack on the tanker.",
        ("ACCUSE", "GBR", "IRN"),
    ),
    ("Kyiv pointed the finger at Russia for the destruction of the dam.", ("ACCUSE", "UKR", "RUS")),
    ("Pakistan laid the blame on India for the bombing in Quetta.", ("ACCUSE", "PAK", "IND")),
    ("Armenia put the blame on Azerbaijan for the failed talks.", ("ACCUSE", "ARM", "AZE")),
    ("Serbia charged that Kosovo was persecuting ethnic Serbs.", ("ACCUSE", "SRB", "XKX")),
    # --- ACCUSE: rally opposition (113), lawsuits (115) ---
    ("France rallied opposition against Russia at the United Nations.", ("ACCUSE", "FRA", "RUS")),
    (
        "Ukraine mobilised opposition to Russia's bid for a seat on the council.",
        ("ACCUSE", "UKR", "RUS"),
    ),
    (
        "Nicaragua instituted proceedings against Germany at the International Court of Justice.",
        ("ACCUSE", "NIC", "DEU"),
    ),
    (
        "Colombia launched legal action against Ecuador over the aerial spraying.",
        ("ACCUSE", "COL", "ECU"),
    ),
    (
        "Ireland initiated a case against Britain at the European Court of Human Rights.",
        ("ACCUSE", "IRL", "GBR"),
    ),
    ("Greece began arbitration proceedings against Turkey.", ("ACCUSE", "GRC", "TUR")),
    # --- REQUEST: appeals (CAMEO 02, PLOVER REQUEST) ---
    ("Somalia requested military assistance from the African Union.", ("REQUEST", "SOM", "IGO")),
    (
        "Haiti's government appealed to the United Nations to send a security force.",
        ("REQUEST", "HTI", "IGO"),
    ),
    ("Poland pleaded with Germany to send more tanks to Ukraine.", ("REQUEST", "POL", "DEU")),
    ("The EU pressed Serbia to recognise Kosovo.", ("REQUEST", "IGO", "SRB")),
    ("The United States called upon Egypt to open the Rafah crossing.", ("REQUEST", "USA", "EGY")),
    ("Armenia turned to Russia for help.", ("REQUEST", "ARM", "RUS")),
    ("Sri Lanka solicited emergency loans from China.", ("REQUEST", "LKA", "CHN")),
    ("Germany prevailed on Turkey to drop its objections.", ("REQUEST", "DEU", "TUR")),
    (
        "Washington stepped up pressure on Israel to allow more aid into Gaza.",
        ("REQUEST", "USA", "ISR"),
    ),
    (
        "The EU put pressure on Serbia to normalise relations with Kosovo.",
        ("REQUEST", "IGO", "SRB"),
    ),
    ("Mali's junta was pressured by ECOWAS to hold elections.", ("REQUEST", "IGO", "MLI")),
    (
        "Washington requested the extradition of the businessman from Britain.",
        ("REQUEST", "USA", "GBR"),
    ),
    # --- REQUEST: demands (CAMEO 10) ---
    ("Pakistan pressed for talks with India over Kashmir.", ("REQUEST", "PAK", "IND")),
    ("The Arab League pushed for a ceasefire in Gaza.", ("REQUEST", "IGO", "PSE")),
    ("Russia insisted on security guarantees from NATO.", ("REQUEST", "RUS", "IGO")),
    ("Iran demanded an apology from Britain.", ("REQUEST", "IRN", "GBR")),
    (
        "The United States demanded that Russia withdraw its troops from Ukraine.",
        ("REQUEST", "USA", "RUS"),
    ),
    (
        "Washington demanded the release of the American journalist from Russia.",
        ("REQUEST", "USA", "RUS"),
    ),
    ("The IAEA demanded access to Iran's nuclear sites.", ("REQUEST", "IGO", "IRN")),
    (
        "Opposition parties in Senegal clamoured for the president's resignation.",
        ("REQUEST", "SEN", "SEN"),
    ),
    # --- REJECT (CAMEO 12) ---
    ("Israel brushed aside the US call for a ceasefire.", ("REJECT", "ISR", "USA")),
    ("North Korea shrugged off the latest UN sanctions.", ("REJECT", "PRK", "IGO")),
    ("Tokyo shrugged off the criticism from Beijing.", ("REJECT", "JPN", "CHN")),
    ("Britain waved away Chinese complaints about the visit.", ("REJECT", "GBR", "CHN")),
    ("Iran balked at the new terms proposed by the IAEA.", ("REJECT", "IRN", "IGO")),
    ("The Taliban scoffed at the UN demand to reopen girls' schools.", ("REJECT", "AFG", "IGO")),
    ("Poland threw out the European Commission's migration proposal.", ("REJECT", "POL", "IGO")),
    ("The US Senate voted against the arms deal with Saudi Arabia.", ("REJECT", "USA", "SAU")),
    ("Moscow resisted pressure from Washington to free the reporter.", ("REJECT", "RUS", "USA")),
    ("Hungary withheld its consent to Ukraine's accession talks.", ("REJECT", "HUN", "UKR")),
    ("Serbia's parliament scuttled the agreement with Kosovo.", ("REJECT", "SRB", "XKX")),
    ("Britain's rejection of the Irish proposal angered Dublin.", ("REJECT", "GBR", "IRL")),
    # --- REJECT: defy norms, law (128) ---
    ("Russia violated the UN arms embargo on North Korea.", ("REJECT", "RUS", "IGO")),
    ("Iran evaded US sanctions on its oil exports.", ("REJECT", "IRN", "USA")),
    ("Myanmar's junta flouted the ASEAN peace plan.", ("REJECT", "MMR", "IGO")),
    ("Iran has repeatedly breached the 2015 nuclear deal, France said.", ("REJECT", "IRN", None)),
    # --- THREATEN (CAMEO 13) ---
    ("China intimidated Taiwan with large-scale military drills.", ("THREATEN", "CHN", "TWN")),
    ("Russia rattled its nuclear sabre at NATO.", ("THREATEN", "RUS", "IGO")),
    ("Moscow put NATO on notice over its deployments in the Baltics.", ("THREATEN", "RUS", "IGO")),
    ("Israel issued an ultimatum to Hamas.", ("THREATEN", "ISR", "PSE")),
    ("Turkey gave Sweden an ultimatum over the Kurdish militants.", ("THREATEN", "TUR", "SWE")),
    (
        "ECOWAS gave Niger's junta a one-week deadline to reinstate the president.",
        ("THREATEN", "IGO", "NER"),
    ),
    ("Pyongyang vowed vengeance against Seoul.", ("THREATEN", "PRK", "KOR")),
    ("Iran vowed reprisals against Israel.", ("THREATEN", "IRN", "ISR")),
    ("Russia said it would take countermeasures against Finland.", ("THREATEN", "RUS", "FIN")),
    (
        "Kenya's president appointed a panel of inquiry into the police shootings.",
        ("ACCUSE", "KEN", None),
    ),
    ("Beijing smeared Taiwan's president as a separatist.", ("ACCUSE", "CHN", "TWN")),
    ("Russia disputed Ukraine's account of the attack.", ("REJECT", "RUS", "UKR")),
    (
        "Israel's military disputed the casualty figures from Gaza's health ministry.",
        ("REJECT", "ISR", "PSE"),
    ),
    ("Russia cast its veto on the Security Council resolution on Syria.", ("REJECT", "RUS", "IGO")),
    ("China used its veto against the US draft resolution.", ("REJECT", "CHN", "USA")),
    ("Iran vowed retribution against Israel.", ("THREATEN", "IRN", "ISR")),
    ("Germany suspects Russia of sabotaging the pipeline.", ("ACCUSE", "DEU", "RUS")),
    (
        "Britain attributed the cyber attack to Russia's military intelligence agency.",
        ("ACCUSE", "GBR", "RUS"),
    ),
    (
        "Mexico submitted a request for extradition to the United States.",
        ("REQUEST", "MEX", "USA"),
    ),
    ("Ukraine applied for EU membership.", ("REQUEST", "UKR", "IGO")),
    ("Sweden applied to join NATO in May 2022.", ("REQUEST", "SWE", "IGO")),
    ("Egypt applied for a loan from the IMF.", ("REQUEST", "EGY", "IGO")),
    # --- long agency-style, reported, coordinated and passive sentences ---
    (
        "Lithuania summoned the Belarusian charge d'affaires and lodged a formal protest over the "
        "border incident, the foreign ministry in Vilnius said on Monday.",
        ("ACCUSE", "LTU", "BLR"),
    ),
    (
        "Hungary's prime minister lashed out at Brussels on Friday, accusing the European "
        "Commission of blackmail over frozen funds, in a speech broadcast on state radio.",
        ("ACCUSE", "HUN", "IGO"),
    ),
    (
        "Kenya and Uganda pressed the warring parties in Sudan to return to talks in Jeddah, a "
        "joint statement said.",
        ("REQUEST", "KEN+UGA", "SDN"),
    ),
    (
        "The African Union called upon Ethiopia and Eritrea to respect the border ruling.",
        ("REQUEST", "IGO", "ERI+ETH"),
    ),
    (
        "South Africa's foreign minister said on Wednesday that Pretoria had rebuffed pressure "
        "from Washington to expel the Russian ambassador.",
        ("REJECT", "ZAF", "USA"),
    ),
    (
        "Iran's parliament speaker said Tehran would not bow to pressure and vowed reprisals "
        "against Israel for the strike on its consulate.",
        ("THREATEN", "IRN", "ISR"),
    ),
    (
        "Zelensky pleaded with Congress on Tuesday to approve the stalled aid package, warning "
        "that Ukraine was running out of ammunition.",
        ("REQUEST", "UKR", "USA"),
    ),
    (
        "Greece's prime minister was berated by Turkey's president at the NATO summit in "
        "Vilnius, officials on both sides said.",
        ("ACCUSE", "TUR", "GRC"),
    ),
    (
        "Venezuela's government shrugged off new US sanctions on its state oil company and said "
        "exports would continue.",
        ("REJECT", "VEN", "USA"),
    ),
    (
        "Japan held China responsible for the detention of its citizen and demanded his "
        "immediate release.",
        ("ACCUSE", "JPN", "CHN"),
    ),
    (
        "Japan held China responsible for the detention of its citizen and demanded his "
        "immediate release.",
        ("REQUEST", "JPN", "CHN"),
    ),
    ("The EU pressed the government in Belgrade to recognise Kosovo.", ("REQUEST", "IGO", "SRB")),
    # --- idioms (second batch) ---
    ("Algeria cried foul at France's decision to cut visas.", ("ACCUSE", "DZA", "FRA")),
    ("Brazil cried foul over new European Union deforestation rules.", ("ACCUSE", "BRA", "IGO")),
    ("India and Pakistan traded accusations over the border firing.", ("ACCUSE", "IND", "PAK")),
    (
        "Egypt's foreign minister launched a scathing attack on Ethiopia over the dam.",
        ("ACCUSE", "EGY", "ETH"),
    ),
    (
        "The Kenyan opposition launched a scathing attack on President William Ruto.",
        ("ACCUSE", "KEN", "KEN"),
    ),
    (
        "India lobbied the United States to designate the group a terrorist organisation.",
        ("REQUEST", "IND", "USA"),
    ),
    ("Egypt lobbied Washington to pressure Israel over Rafah.", ("REQUEST", "EGY", "USA")),
    ("Ukraine renewed its call for Western fighter jets.", ("REQUEST", "UKR", None)),
    (
        "The European Union issued a fresh call for restraint in the Balkans.",
        ("REQUEST", "IGO", None),
    ),
    (
        "Israel poured cold water on a French proposal for a truce in Lebanon.",
        ("REJECT", "ISR", "FRA"),
    ),
    ("Turkey threw cold water on a Swedish proposal to resume talks.", ("REJECT", "TUR", "SWE")),
    ("Iran slammed the door on direct talks with the United States.", ("REJECT", "IRN", "USA")),
    (
        "The Serbian government stonewalled EU demands to align with sanctions on Russia.",
        ("REJECT", "SRB", "IGO"),
    ),
    (
        "Egypt stonewalled Ethiopia's request for a new round of negotiations.",
        ("REJECT", "EGY", "ETH"),
    ),
    ("Pyongyang raised the spectre of nuclear war with South Korea.", ("THREATEN", "PRK", "KOR")),
    # --- PROTEST (cd.protest.*) ---
    (
        "Protesters in Nairobi waved placards against the finance bill.",
        ("PROTEST", "KEN", "KEN"),
    ),
    (
        "Opposition supporters chanted slogans outside the parliament in Kampala.",
        ("PROTEST", "UGA", "UGA"),
    ),
    ("Students burned effigies of the Zimbabwean president in Harare.", ("PROTEST", "ZWE", "ZWE")),
    ("Demonstrators stormed the Swedish embassy in Baghdad.", ("PROTEST", "IRQ", "SWE")),
    (
        "Farmers in India laid siege to the capital with tractors in protest at new farm laws.",
        ("PROTEST", "IND", "IND"),
    ),
    (
        "Beijing lodged a formal protest with Manila over the collision near the Second Thomas "
        "Shoal.",
        ("ACCUSE", "CHN", "PHL"),
    ),
    ("Algeria spurned Morocco's proposal to reopen the border.", ("REJECT", "DZA", "MAR")),
]

# Uses of the same words outside politics: none of these types may come out.
NEGATIVES = [
    "The Australian team pressed for an equaliser in the final minutes.",
    "German shoppers scoffed at the price rises.",
    "The French chef poured scorn on fast food.",
    "Investors shrugged off the weak jobs data.",
    "The Spanish striker shrugged off an injury to score twice.",
    "The Canadian swimmer broke the world record.",
    "The bank violated accounting rules, regulators said.",
    "Nadal rejected suggestions that he would retire.",
    "Storms threatened to disrupt the final day of play.",
    "Apple pushed for lower tariffs on chips.",
    "Brazil's coach held the players responsible for the loss.",
    "Hikers were warned to stay away from the volcano.",
    "The company requested a refund from the supplier.",
    "Farmers in Iowa are looking into new irrigation methods.",
    "The British tourist appealed to hotel staff for help.",
    "The Indian batsman hit out at every ball in the final over.",
    "Engineers took aim at the problem of battery life.",
    "The Japanese carmaker put pressure on its suppliers to cut costs.",
    "Shares in the Korean chipmaker rallied.",
    "Police pressed charges against the two men.",
    "Workers pressed the button to stop the machine.",
    "The president questioned the referee's decision after the game.",
    "Brazil's players disputed the penalty.",
    "The striker challenged the goalkeeper for the ball.",
    "Police suspect arson.",
    "The student submitted her application to Harvard.",
    "The footballer applied for a transfer.",
    "The new railway linked Kenya to Uganda.",
    "Firefighters poured water on the burning building in Athens.",
    "Russian troops closed the door of the armoured vehicle.",
    "The French president said no one was hurt in the blast.",
    "Japanese traders exchanged shares worth billions of yen.",
    "German fans waved flags and sang songs outside the stadium in Berlin.",
    "The Pakistani prime minister held a call with the Saudi crown prince.",
    "Israel launched a fierce attack on Hamas positions in Gaza.",
    "Russian police laid siege to the building.",
]


@pytest.fixture(scope="module")
def code(code_text):
    """(type, actor, recipient or None) of each event coded in one sentence, and the events."""

    def run(text):
        events = code_text(text)
        return [(t, a, r or None) for t, a, r in map(triple, events)], events

    return run


def test_cases_cover_every_type_and_the_part_file_loads():
    assert len(CASES) >= 80 and len(NEGATIVES) >= 15
    assert {t for _, (t, _, _) in CASES} == MY_TYPES
    ps = patterns.default()
    mine = [p for p in ps.by_id.values() if p.id.startswith("cd.")]
    assert len(mine) > 40
    for p in mine:
        ptype = p.plover or codes.plover_for_cameo(p.cameo).get("type")
        assert ptype in MY_TYPES, p.id


@pytest.mark.parametrize(("sentence", "expected"), CASES, ids=[s[:48] for s, _ in CASES])
def test_codes_the_event(code, sentence, expected):
    got, events = code(sentence)
    assert expected in got, (got, [e.rule for e in events])


@pytest.mark.parametrize("sentence", NEGATIVES, ids=[s[:48] for s in NEGATIVES])
def test_no_event_of_these_types(code, sentence):
    got, events = code(sentence)
    assert not [g for g in got if g[0] in MY_TYPES], (got, [e.rule for e in events])
