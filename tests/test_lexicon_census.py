"""Lexicon breadth across the CAMEO code list (``events/data/patterns/census.yaml`` and the
senses it leans on): for roots 03 to 20, news wordings of a code that journalists use, with
varied actors, tenses and shapes, each coded with the expected PLOVER type, actor country and
recipient country; the census senses themselves (initiatives quit, takeovers blocked,
artefacts returned, captives handed over, weapons handed in, territory ceded, troops ordered
out, suspects booked, websites knocked offline, haggling, joint drills, chemical agents by
name); and uses of the same words outside politics (sport, business, ordinary crime, metaphor)
that must not code the type in question. All sentences are our own."""

from __future__ import annotations

import pytest

from .conftest import assert_part_file_prefixed_and_guarded, coded_as

# (sentence, (PLOVER type, actor countries, recipient countries or None, symmetric))
CASES = [
    # --- REJECT (120): an initiative or partnership quit (not a resignation) ---
    ("Italy has quit China's Belt and Road Initiative.", ("REJECT", "ITA", "CHN", False)),
    ("Panama pulled out of China's Belt and Road Initiative last year.",
     ("REJECT", "PAN", "CHN", False)),
    ("The Philippines withdrew from China's Belt and Road Initiative.",
     ("REJECT", "PHL", "CHN", False)),
    # --- REJECT (1211): a foreign takeover blocked ---
    ("Canada blocked a Chinese takeover of its largest gold miner.", ("REJECT", "CAN", "CHN", False)),
    ("The German government vetoed a Chinese takeover of the chip plant.",
     ("REJECT", "DEU", "CHN", False)),
    # --- RETREAT (0842): property returned ---
    ("Belgium repatriated looted artefacts to Congo.", ("RETREAT", "BEL", "COD", False)),
    ("The Netherlands returned stolen treasures to Sri Lanka.", ("RETREAT", "NLD", "LKA", False)),
    # --- RETREAT (0841): captives handed over ---
    ("Hamas turned over three Israeli hostages to Egypt.", ("RETREAT", "PSE", "EGY", False)),
    ("Ukraine handed over the Russian prisoners to Moscow.", ("RETREAT", "UKR", "RUS", False)),
    ("The Houthis turned over the bodies of Saudi soldiers to Riyadh.",
     ("RETREAT", "YEM", "SAU", False)),
    # --- RETREAT (0873): weapons handed in ---
    ("Moro rebels handed in their weapons to Philippine officials.", ("RETREAT", "PHL", "PHL", False)),
    ("Colombian rebels turned in their rifles.", ("RETREAT", "COL", "COL", False)),
    # --- RETREAT (0874): territory ceded, surrendered or handed back ---
    ("Armenia has ceded four border villages to Azerbaijan.", ("RETREAT", "ARM", "AZE", False)),
    ("Britain relinquished the islands to Mauritius.", ("RETREAT", "GBR", "MUS", False)),
    ("India restored control of the disputed district to Nepal.", ("RETREAT", "IND", "NPL", False)),
    # --- REJECT (120): an inquiry stonewalled ---
    ("Belarus stonewalled the OSCE inquiry into the election.", ("REJECT", "BLR", "IGO", False)),
    # --- MOBILIZE (154): troops airlifted or ferried ---
    ("Rwanda airlifted troops to Mozambique.", ("MOBILIZE", "RWA", "MOZ", False)),
    ("Moscow ferried paratroopers to the border with Finland.", ("MOBILIZE", "RUS", "FIN", False)),
    # --- SANCTION (166): troops or diplomats ordered out ---
    ("Burkina Faso ordered French troops out of the country.", ("SANCTION", "BFA", "FRA", False)),
    ("Chad ordered the German ambassador out within 48 hours.", ("SANCTION", "TCD", "DEU", False)),
    # --- SANCTION (166): diplomats ejected ---
    ("Moscow ejected three Dutch diplomats on Friday.", ("SANCTION", "RUS", "NLD", False)),
    ("Venezuela booted the Spanish ambassador.", ("SANCTION", "VEN", "ESP", False)),
    # --- COERCE (173): held for questioning or without charge ---
    ("Chinese police held an Australian journalist for questioning.",
     ("COERCE", "CHN", "AUS", False)),
    ("Iranian authorities held the British tourist without charge.", ("COERCE", "IRN", "GBR", False)),
    # --- COERCE (173): booked by the police ---
    ("Pakistani police booked the former prime minister for sedition.",
     ("COERCE", "PAK", "PAK", False)),
    ("Indian police booked the opposition lawmaker under the anti-terror law.",
     ("COERCE", "IND", "IND", False)),
    # --- COERCE (176): websites knocked offline ---
    ("Russian hackers knocked Lithuanian government websites offline.",
     ("COERCE", "RUS", "LTU", False)),
    ("Iranian hackers took Israeli government websites offline.", ("COERCE", "IRN", "ISR", False)),
    # --- CONSULT (046): haggling over a dispute ---
    ("Serbia and Kosovo haggled over the border for hours.", ("CONSULT", "SRB", "XKX", True)),
    ("Kyiv wrangled with Moscow over grain exports.", ("CONSULT", "UKR", "RUS", True)),
    # --- COOPERATE (062): forces drilling together ---
    ("Indian and Japanese warships drilled together in the Bay of Bengal.",
     ("COOPERATE", "IND", "JPN", True)),
    ("Egyptian and Saudi troops trained together near the Red Sea.",
     ("COOPERATE", "EGY", "SAU", True)),
    # --- ASSAULT (2041): a chemical agent by name ---
    ("Syria used phosgene against rebel positions near Aleppo.", ("ASSAULT", "SYR", "SYR", False)),
    # --- AGREE (03): intent ---
    ("Tokyo pledged fresh aid to Manila after the typhoon.", ("AGREE", "JPN", "PHL", False)),
    ("Seoul offered to hold talks with Pyongyang.", ("AGREE", "KOR", "PRK", False)),
    ("Qatar offered to mediate between Ethiopia and Egypt.", ("AGREE", "QAT", "EGY+ETH", False)),
    # --- CONSULT (04) ---
    ("Erdogan held a phone call with Zelensky on Friday.", ("CONSULT", "TUR", "UKR", True)),
    ("The Indian foreign minister flew to Moscow for talks.", ("CONSULT", "IND", "RUS", False)),
    ("Egypt brokered a truce between Israel and Hamas.", ("CONSULT", "EGY", "ISR+PSE", False)),
    # --- SUPPORT (05) ---
    ("Paris lauded Rabat's cooperation on migration.", ("SUPPORT", "FRA", "MAR", False)),
    ("Norway recognised the state of Palestine on Tuesday.", ("SUPPORT", "NOR", "PSE", False)),
    ("Germany apologised to Namibia for colonial-era killings.", ("CONCEDE", "DEU", "NAM", False)),
    # --- COOPERATE (06) ---
    ("Turkey extradited the suspect to France.", ("COOPERATE", "TUR", "FRA", False)),
    ("Japan shared intelligence with South Korea on missile launches.",
     ("COOPERATE", "JPN", "KOR", True)),
    # --- AID (07) ---
    ("Saudi Arabia airlifted tents and food to Pakistan.", ("AID", "SAU", "PAK", False)),
    ("Britain granted asylum to the Afghan interpreters.", ("AID", "GBR", "AFG", False)),
    # --- CONCEDE / RETREAT (08) ---
    ("Uganda lifted the curfew in Kampala.", ("CONCEDE", "UGA", "UGA", False)),
    ("Tehran freed two detained French citizens.", ("RETREAT", "IRN", "FRA", False)),
    ("The United States eased sanctions on Belarus.", ("RETREAT", "USA", "BLR", False)),
    ("Israeli troops pulled out of the southern Lebanese villages.", ("RETREAT", "ISR", "LBN", False)),
    # --- ACCUSE: investigate (09) ---
    ("Peruvian prosecutors opened an investigation into the president.",
     ("ACCUSE", "PER", "PER", False)),
    # --- REQUEST (10) ---
    ("Kyiv urged Berlin to send more air defence systems.", ("REQUEST", "UKR", "DEU", False)),
    ("London called on Tehran to free its citizens.", ("REQUEST", "GBR", "IRN", False)),
    ("Islamabad sought a fresh loan from Beijing.", ("REQUEST", "PAK", "CHN", False)),
    # --- ACCUSE (11) ---
    ("Beijing slammed Canada's decision to sail a warship through the strait.",
     ("ACCUSE", "CHN", "CAN", False)),
    ("Ankara lambasted Athens over the migrant pushbacks.", ("ACCUSE", "TUR", "GRC", False)),
    ("New Delhi summoned Bangladesh's envoy over the remarks.", ("ACCUSE", "IND", "BGD", False)),
    ("Mexico sued the United States over the wall.", ("ACCUSE", "MEX", "USA", False)),
    # --- REJECT (12) ---
    ("Caracas spurned the Guyanese offer of talks.", ("REJECT", "VEN", "GUY", False)),
    ("Moscow vetoed the UN resolution on Ukraine.", ("REJECT", "RUS", "IGO", False)),
    # --- THREATEN (13) ---
    ("China threatened Lithuania with sanctions.", ("THREATEN", "CHN", "LTU", False)),
    ("Iran threatened to strike Israel.", ("THREATEN", "IRN", "ISR", False)),
    # --- PROTEST (14) ---
    ("Spanish farmers blocked roads across Catalonia.", ("PROTEST", "ESP", "ESP", False)),
    ("Nigerian workers went on strike over fuel prices.", ("PROTEST", "NGA", "NGA", False)),
    # --- MOBILIZE (15) ---
    ("Pakistan put its air force on high alert.", ("MOBILIZE", "PAK", None, False)),
    ("Belarus massed troops near the border with Ukraine.", ("MOBILIZE", "BLR", "UKR", False)),
    # --- SANCTION (16) ---
    ("Bolivia severed diplomatic ties with Israel.", ("SANCTION", "BOL", "ISR", False)),
    ("The European Union slapped sanctions on Iranian drone makers.",
     ("SANCTION", "IGO", "IRN", False)),
    ("Moscow expelled two Estonian diplomats.", ("SANCTION", "RUS", "EST", False)),
    # --- COERCE (17) ---
    ("Iran seized a Greek tanker in the Gulf.", ("COERCE", "IRN", "GRC", False)),
    ("Turkish police detained dozens of opposition activists.", ("COERCE", "TUR", "TUR", False)),
    ("Bangladesh slapped a curfew on the capital.", ("COERCE", "BGD", "BGD", False)),
    # --- ASSAULT (18-20) ---
    ("Gunmen kidnapped dozens of Nigerian schoolchildren in Kaduna state.",
     ("ASSAULT", "NGA", "NGA", False)),
    ("Israeli jets pounded Hezbollah positions in southern Lebanon.",
     ("ASSAULT", "ISR", "LBN", False)),
    ("Russian drones struck Ukrainian power plants.", ("ASSAULT", "RUS", "UKR", False)),
    # --- follow-ups in patterns.yaml: a plea "with" someone, troops sent to defend a state ---
    ("Kabul pleaded with Washington for more helicopters.", ("REQUEST", "AFG", "USA", False)),
    ("The Somali government pleaded with the African Union for more troops.",
     ("REQUEST", "SOM", "IGO", False)),
    ("The United States deployed troops to South Korea to defend it against the North.",
     ("AID", "USA", "KOR", False)),
    ("Washington sent troops to Saudi Arabia to defend the kingdom.", ("AID", "USA", "SAU", False)),
    # --- a particle read as a quantity ("over 90"), an adjective naming the kind of law ---
    ("Russia handed over 90 Ukrainian prisoners of war.", ("RETREAT", "RUS", "UKR", False)),
    ("Manila ended martial law on Mindanao.", ("CONCEDE", "PHL", "PHL", False)),
    # --- a vow of defiance is a rejection, not a promise to cooperate ---
    ("Serbia pledged to ignore the Security Council ultimatum.", ("REJECT", "SRB", "IGO", False)),
    ("Pyongyang vowed to resist American pressure.", ("REJECT", "PRK", "USA", False)),
    # --- a party whose name carries another state's party name ---
    ("Tajikistan outlawed the Islamic Renaissance Party.", ("COERCE", "TJK", "TJK", False)),
    # --- RETREAT (0874): a state leaving a place it held ---
    ("Russia withdrew from Kherson on Friday.", ("RETREAT", "RUS", "UKR", False)),
    ("Israel withdrew from Gaza in 2005.", ("RETREAT", "ISR", "PSE", False)),
    ("The United States pulled out of Afghanistan in August.", ("RETREAT", "USA", "AFG", False)),
    # --- SANCTION (163): trade halted "with" a state ---
    ("Turkey suspended all trade with Israel on Thursday.", ("SANCTION", "TUR", "ISR", False)),
    ("Beijing halted trade with Lithuania after Vilnius let Taipei open an office.",
     ("SANCTION", "CHN", "LTU", False)),
    # --- COERCE (176): a cyber attack launched ---
    ("North Korea carried out a cyber attack against South Korean broadcasters.",
     ("COERCE", "PRK", "KOR", False)),
]  # fmt: skip

NEGATIVES = [
    # sport, business and everyday look-alikes of the census senses
    ("The striker quit the club after one season.", "REJECT"),
    ("The founder quit the company's charity initiative.", "REJECT"),
    ("Shareholders blocked the takeover of the brewer.", "REJECT"),
    ("The retailer returned the unsold goods to the supplier.", "RETREAT"),
    ("The museum returned the painting to its owner's family.", "RETREAT"),
    ("The clerk handed over the keys to the new tenant.", "RETREAT"),
    ("The student handed in her essay on time.", "RETREAT"),
    ("The champion surrendered the lead on the final lap.", "RETREAT"),
    ("The referee ordered the coach out of the stadium.", "SANCTION"),
    ("She booked a flight to Paris for the summer.", "COERCE"),
    ("The bouncers ejected two drunk fans from the stadium.", "SANCTION"),
    ("The company held a staff meeting for an hour.", "COERCE"),
    ("The couple booked a room for two nights.", "COERCE"),
    ("A storm knocked the power grid offline for hours.", "COERCE"),
    ("Shoppers haggled over the price of tomatoes.", "CONSULT"),
    ("The ferry company ferried tourists to the island.", "MOBILIZE"),
    ("The council restored the old town hall to its former glory.", "RETREAT"),
    ("The government restored land to indigenous communities.", "RETREAT"),
    ("The oil firm drilled for gas off the coast.", "COOPERATE"),
    ("The two runners trained together before the marathon.", "COOPERATE"),
    ("Police were deployed to the stadium to guard the fans.", "AID"),
    ("The coach pleaded with the referee for more time.", "REQUEST"),
    ("The minister vowed not to ignore the concerns of farmers.", "REJECT"),
    ("The clerk handed over 90 files to the auditors.", "RETREAT"),
    # sport and metaphor for the older senses the census checked
    ("Brazil crushed Argentina in the final.", "ASSAULT"),
    ("The firm slashed jobs at its Ohio plant.", "SANCTION"),
    ("The coach slammed the door on the reporters.", "ACCUSE"),
    ("The speaker fired up the crowd at the rally.", "ASSAULT"),
    # a state or firm leaving a contest, a treaty or a market; a system launched, not an attack
    ("Australia withdrew from the tournament in Qatar.", "RETREAT"),
    ("The candidate withdrew from the race in Ohio.", "RETREAT"),
    ("The bank pulled out of Russia last spring.", "RETREAT"),
    ("India and the UAE launched a rupee-dirham settlement system for their trade.", "COERCE"),
    ("Beijing launched a new payment platform with Moscow.", "COERCE"),
]


@pytest.mark.parametrize(("sentence", "expected"), CASES, ids=[s[:48] for s, _ in CASES])
def test_census_lexicon(code, sentence, expected):
    ptype, actor, recipient, symmetric = expected
    got = code(sentence)
    assert coded_as(got, ptype, actor, recipient, symmetric), got


@pytest.mark.parametrize(("sentence", "forbidden"), NEGATIVES, ids=[s[:48] for s, _ in NEGATIVES])
def test_census_lexicon_negatives(code, sentence, forbidden):
    got = code(sentence)
    assert not [g for g in got if g[0] == forbidden], got


def test_quitting_an_initiative_is_no_resignation(code):
    """ "quit the Belt and Road Initiative": a state leaves a scheme; nobody resigns."""
    got = code("Italy has quit China's Belt and Road Initiative.")
    assert not [g for g in got if g[0] == "RETREAT"], got


def test_ceded_territory_is_a_retreat(code):
    """ "ceded villages to Azerbaijan": a military retreat (0874), not a bare concession."""
    got = code("Armenia has ceded four border villages to Azerbaijan.")
    assert any(g[3] == "census.retreat.cede_territory" for g in got), got


def test_part_file_ids_are_prefixed_and_guarded():
    assert_part_file_prefixed_and_guarded("census", at_least=12)
