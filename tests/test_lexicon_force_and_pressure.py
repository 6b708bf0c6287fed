"""Lexicon breadth for PROTEST, MOBILIZE, SANCTION, COERCE and ASSAULT (CAMEO 14-20).

Each case is a news-style sentence we wrote about real states, forces and groups; the coder must
give the expected (PLOVER type, actor country, recipient country) among its events of these
types. The negative cases use the same words in sport, weather, business and crime-free senses
and must code no event of these types. The patterns are in
``events/data/patterns/force_and_pressure.yaml`` and the entries of these types in the main file.
"""

from __future__ import annotations

import pytest

from .conftest import triple

TYPES = {"PROTEST", "MOBILIZE", "SANCTION", "COERCE", "ASSAULT"}

# (sentence, (PLOVER type, actor country, recipient country or "" for none))
POSITIVE = [
    (
        "Opposition supporters in Dhaka took to the streets on Friday to protest against the election result.",
        ("PROTEST", "BGD", "BGD"),
    ),
    (
        "Protesters in Belgrade converged on parliament after the disputed vote.",
        ("PROTEST", "SRB", "SRB"),
    ),
    (
        "Protesters in Tbilisi flooded the streets against the foreign agents law.",
        ("PROTEST", "GEO", "GEO"),
    ),
    (
        "Students in Dhaka held a candlelight vigil outside the university, police said.",
        ("PROTEST", "BGD", "BGD"),
    ),
    (
        "Kenyan doctors staged a demonstration outside the health ministry in Nairobi over unpaid wages.",
        ("PROTEST", "KEN", "KEN"),
    ),
    (
        "Hundreds of Armenian protesters rallied in Yerevan against the border deal with Azerbaijan.",
        ("PROTEST", "ARM", "AZE"),
    ),
    (
        "Jailed Bahraini activists went on hunger strike to protest their detention.",
        ("PROTEST", "BHR", "BHR"),
    ),
    (
        "French rail workers downed tools on Tuesday in protest at the pension reform.",
        ("PROTEST", "FRA", "FRA"),
    ),
    (
        "Nigerian labour unions launched an indefinite general strike over the minimum wage.",
        ("PROTEST", "NGA", "NGA"),
    ),
    (
        "Opposition parties in Bangladesh announced a boycott of the January election.",
        ("PROTEST", "BGD", "BGD"),
    ),
    (
        "The main opposition party in Mali said it would boycott the referendum.",
        ("PROTEST", "MLI", "MLI"),
    ),
    (
        "Polish farmers erected roadblocks on the border crossing with Ukraine.",
        ("PROTEST", "POL", "UKR"),
    ),
    (
        "Striking truckers in Peru blocked the Pan-American highway for a third day.",
        ("PROTEST", "PER", "PER"),
    ),
    (
        "Environmental activists in Germany occupied a coal mine near Cologne.",
        ("PROTEST", "DEU", "DEU"),
    ),
    (
        "Rioters in Dakar torched cars and looted shops after the verdict.",
        ("PROTEST", "SEN", "SEN"),
    ),
    ("Senegalese protesters hurled stones at police in Dakar.", ("PROTEST", "SEN", "SEN")),
    (
        "Angry crowds in Port Moresby went on a rampage, smashing shop windows.",
        ("PROTEST", "PNG", "PNG"),
    ),
    (
        "China staged war games around Taiwan on Thursday, days after the island's new president took office.",
        ("MOBILIZE", "CHN", "TWN"),
    ),
    (
        "North Korea test-fired a new intercontinental ballistic missile on Wednesday.",
        ("MOBILIZE", "PRK", ""),
    ),
    (
        "Russian warships sailed near the Japanese island of Hokkaido, Japan's defence ministry said.",
        ("MOBILIZE", "RUS", "JPN"),
    ),
    (
        "South Korea raised its military alert level after the North fired artillery near the border.",
        ("MOBILIZE", "KOR", ""),
    ),
    ("Japan scrambled fighter jets as Chinese drones flew near Okinawa.", ("MOBILIZE", "JPN", "")),
    (
        "French authorities tightened security around synagogues in Paris after the attack.",
        ("MOBILIZE", "FRA", "FRA"),
    ),
    (
        "Kenyan police flooded the streets of Nairobi ahead of planned protests.",
        ("MOBILIZE", "KEN", "KEN"),
    ),
    ("Russia called up 300,000 reservists to fight in Ukraine.", ("MOBILIZE", "RUS", "")),
    (
        "Israel called up thousands of reservists ahead of a ground offensive in Gaza.",
        ("MOBILIZE", "ISR", ""),
    ),
    (
        "The United States positioned two aircraft carriers off the coast of Israel.",
        ("MOBILIZE", "USA", "ISR"),
    ),
    ("Poland bolstered its defences along the border with Belarus.", ("MOBILIZE", "POL", "BLR")),
    (
        "Venezuela sent reinforcements to the border with Guyana, its defence minister said.",
        ("MOBILIZE", "VEN", "GUY"),
    ),
    (
        "Sudan's army recruited thousands of volunteers to fight the Rapid Support Forces.",
        ("MOBILIZE", "SDN", ""),
    ),
    ("Niger suspended military cooperation with France in August.", ("SANCTION", "NER", "FRA")),
    (
        "Lithuania downgraded diplomatic representation with China after the Taiwan office row.",
        ("SANCTION", "LTU", "CHN"),
    ),
    ("Britain closed its embassy in Kabul as the Taliban advanced.", ("SANCTION", "GBR", "AFG")),
    (
        "Australia scaled back its cooperation with Myanmar after the coup.",
        ("SANCTION", "AUS", "MMR"),
    ),
    (
        "The United States withheld military aid to Egypt over human rights concerns.",
        ("SANCTION", "USA", "EGY"),
    ),
    (
        "The Netherlands slashed development funding to Mali after the coup.",
        ("SANCTION", "NLD", "MLI"),
    ),
    (
        "The Swedish government axed development aid to Zimbabwe after the disputed election.",
        ("SANCTION", "SWE", "ZWE"),
    ),
    ("Washington hit Beijing with new tariffs on electric vehicles.", ("SANCTION", "USA", "CHN")),
    ("The European Union slapped sanctions on Iranian drone makers.", ("SANCTION", "IGO", "IRN")),
    ("Japan banned exports of chip-making equipment to China.", ("SANCTION", "JPN", "CHN")),
    (
        "The US Treasury blacklisted three Chinese firms accused of supplying Russia.",
        ("SANCTION", "USA", "CHN"),
    ),
    ("Canada imposed an asset freeze on Russian oligarchs.", ("SANCTION", "CAN", "RUS")),
    ("Ethiopia broke off talks with the Tigrayan rebels.", ("SANCTION", "ETH", "ETH")),
    ("Moldova kicked out a Russian diplomat on Friday.", ("SANCTION", "MDA", "RUS")),
    ("Burkina Faso ordered the expulsion of three French diplomats.", ("SANCTION", "BFA", "FRA")),
    (
        "Mali's junta expelled UN peacekeepers from the north of the country.",
        ("SANCTION", "MLI", "IGO"),
    ),
    ("Israel recalled its ambassador to Ireland for consultations.", ("SANCTION", "ISR", "IRL")),
    ("Chinese police cracked down on underground churches in Sichuan.", ("COERCE", "CHN", "CHN")),
    (
        "Russian authorities clamped down on independent media after the invasion.",
        ("COERCE", "RUS", "RUS"),
    ),
    (
        "The Chinese coast guard harassed Philippine fishing boats near Scarborough Shoal.",
        ("COERCE", "CHN", "PHL"),
    ),
    ("Russia seized the local assets of the Danish brewer Carlsberg.", ("COERCE", "RUS", "DNK")),
    ("Iran's navy seized a Greek oil tanker in the Gulf of Oman.", ("COERCE", "IRN", "GRC")),
    ("Israeli forces demolished Palestinian homes in East Jerusalem.", ("ASSAULT", "ISR", "PSE")),
    ("Ethiopia imposed an internet blackout in the Amhara region.", ("COERCE", "ETH", "ETH")),
    (
        "Thailand's constitutional court dissolved the opposition Move Forward party.",
        ("COERCE", "THA", "THA"),
    ),
    (
        "The Nicaraguan government stripped 94 critics of their citizenship.",
        ("COERCE", "NIC", "NIC"),
    ),
    ("The Kremlin muzzled independent journalists during the war.", ("COERCE", "RUS", "RUS")),
    ("Kyrgyzstan imposed a curfew in the southern city of Osh.", ("COERCE", "KGZ", "KGZ")),
    (
        "Sri Lanka's president declared a state of emergency amid the protests.",
        ("COERCE", "LKA", "LKA"),
    ),
    ("Turkish police detained the mayor of Istanbul in a dawn raid.", ("COERCE", "TUR", "TUR")),
    (
        "Belarusian police placed the opposition leader under house arrest.",
        ("COERCE", "BLR", "BLR"),
    ),
    (
        "Venezuela's prosecutor issued an arrest warrant for opposition candidate Edmundo Gonzalez.",
        ("COERCE", "VEN", "VEN"),
    ),
    (
        "Egyptian security forces took a prominent blogger into custody in Cairo.",
        ("COERCE", "EGY", "EGY"),
    ),
    ("Iranian authorities jailed a French national on spying charges.", ("COERCE", "IRN", "FRA")),
    ("Pakistan deported thousands of Afghans across the border.", ("COERCE", "PAK", "AFG")),
    ("Nicaragua exiled 222 political prisoners to the United States.", ("COERCE", "NIC", "NIC")),
    ("Riot police in Tbilisi broke up a protest outside parliament.", ("ASSAULT", "GEO", "GEO")),
    ("Security forces in Nairobi dispersed protesters with tear gas.", ("ASSAULT", "KEN", "KEN")),
    (
        "Chinese hackers broke into the email accounts of the US Commerce Department.",
        ("COERCE", "CHN", "USA"),
    ),
    (
        "Russian hackers launched a cyberattack on Ukraine's largest mobile operator.",
        ("COERCE", "RUS", "UKR"),
    ),
    (
        "Azerbaijan blockaded the Lachin corridor, cutting off Nagorno-Karabakh.",
        ("COERCE", "AZE", ""),
    ),
    ("Israeli troops sealed off Jenin.", ("COERCE", "ISR", "PSE")),
    (
        "Chinese coast guard ships blocked a Philippine resupply mission to Second Thomas Shoal.",
        ("COERCE", "CHN", "PHL"),
    ),
    ("Russia annexed four regions of Ukraine in September 2022.", ("COERCE", "RUS", "UKR")),
    ("M23 rebels took control of the eastern Congolese city of Goma.", ("COERCE", "COD", "COD")),
    (
        "Somali pirates hijacked a Bangladeshi cargo ship off the coast of Somalia.",
        ("ASSAULT", "SOM", "BGD"),
    ),
    (
        "Iranian security forces beat up protesters in Tehran, witnesses said.",
        ("ASSAULT", "IRN", "IRN"),
    ),
    ("Russian guards tortured Ukrainian prisoners of war, the UN said.", ("ASSAULT", "RUS", "UKR")),
    ("Islamic State militants beheaded a Japanese journalist in Syria.", ("ASSAULT", "IRQ", "JPN")),
    ("Jihadists in Burkina Faso gunned down dozens of villagers.", ("ASSAULT", "BFA", "BFA")),
    ("A Pakistani Taliban suicide bomber blew himself up in Peshawar.", ("ASSAULT", "PAK", "PAK")),
    (
        "Al-Shabaab militants detonated a car bomb near a hotel in Mogadishu.",
        ("ASSAULT", "SOM", "SOM"),
    ),
    ("Israel assassinated a senior Hamas commander in Beirut.", ("ASSAULT", "ISR", "PSE")),
    # ground taken is held: CAMEO 192 (occupy territory), PLOVER COERCE in our crosswalk
    (
        "Russian forces captured the Ukrainian town of Avdiivka after months of fighting.",
        ("COERCE", "RUS", "UKR"),
    ),
    ("Ukrainian troops pushed into Russia's Kursk region on Tuesday.", ("ASSAULT", "UKR", "RUS")),
    (
        "Israeli jets pounded Hezbollah positions in southern Lebanon overnight.",
        ("ASSAULT", "ISR", "LBN"),
    ),
    (
        "Ukrainian forces shot down a Russian Su-34 fighter jet over Donetsk.",
        ("ASSAULT", "UKR", "RUS"),
    ),
    ("Russia invaded Ukraine in February 2022.", ("ASSAULT", "RUS", "UKR")),
    ("Houthi rebels sank a Greek cargo ship in the Red Sea.", ("ASSAULT", "YEM", "GRC")),
    ("Israeli troops launched a counteroffensive in northern Gaza.", ("ASSAULT", "ISR", "PSE")),
    ("Russian artillery shelled the city of Kherson on Sunday.", ("ASSAULT", "RUS", "UKR")),
    (
        "Israeli warplanes carried out airstrikes on Hamas targets in Rafah.",
        ("ASSAULT", "ISR", "PSE"),
    ),
    ("Iran fired ballistic missiles at Israel on Tuesday night.", ("ASSAULT", "IRN", "ISR")),
    (
        "Azerbaijani forces broke the ceasefire with Armenia, Yerevan said.",
        ("ASSAULT", "AZE", "ARM"),
    ),
    (
        "Myanmar's army forcibly displaced thousands of Rohingya villagers.",
        ("ASSAULT", "MMR", "MMR"),
    ),
    ("Serb forces committed genocide against Bosnian Muslims in 1995.", ("ASSAULT", "SRB", "BIH")),
    (
        "Syrian government forces gassed civilians in Douma, inspectors said.",
        ("ASSAULT", "SYR", "SYR"),
    ),
    (
        "Three French diplomats were expelled by Burkina Faso on Thursday, the foreign ministry in Ouagadougou said.",
        ("SANCTION", "BFA", "FRA"),
    ),
    (
        "The opposition leader was placed under house arrest by Belarusian police, his lawyer said.",
        ("COERCE", "BLR", "BLR"),
    ),
    (
        "Israel called up 300,000 reservists and massed troops near the Gaza border, the military said in a statement.",
        ("MOBILIZE", "ISR", "PSE"),
    ),
    (
        "Kenyan police fired tear gas at protesters in Nairobi on Tuesday and arrested dozens of demonstrators, according to rights groups.",
        ("COERCE", "KEN", "KEN"),
    ),
    (
        "The junta in Niger ordered the expulsion of the French ambassador on Friday, state television reported.",
        ("SANCTION", "NER", "FRA"),
    ),
    (
        "Chinese warships were deployed near Taiwan after the island's president visited the United States, the defence ministry in Taipei said.",
        ("MOBILIZE", "CHN", "TWN"),
    ),
    (
        "Ukrainian drones struck an oil refinery in Russia's Krasnodar region overnight, the regional governor said.",
        ("ASSAULT", "UKR", "RUS"),
    ),
    (
        "Georgian riot police used water cannon to disperse protesters outside parliament in Tbilisi.",
        ("ASSAULT", "GEO", "GEO"),
    ),
    (
        "Hamas gunmen took dozens of Israelis hostage during the attack on October 7.",
        ("ASSAULT", "PSE", "ISR"),
    ),
    (
        "Sudan's RSF paramilitaries besieged the city of El Fasher for months, the UN said.",
        ("COERCE", "SDN", "SDN"),
    ),
    (
        "The Venezuelan government revoked the passports of opposition politicians ahead of the election.",
        ("COERCE", "VEN", "VEN"),
    ),
    (
        "The African Union suspended Mali's membership following the military coup.",
        ("SANCTION", "IGO", "MLI"),
    ),
    (
        "Germany cut off arms exports to Israel that could be used in Gaza.",
        ("SANCTION", "DEU", "ISR"),
    ),
    (
        "The Treasury Department sanctioned Venezuela's state oil company PDVSA.",
        ("SANCTION", "USA", "VEN"),
    ),
    (
        "The Pentagon dispatched an aircraft carrier strike group to the eastern Mediterranean.",
        ("MOBILIZE", "USA", ""),
    ),
    (
        "Britain sailed a naval flotilla to the waters off Guernsey.",
        ("MOBILIZE", "GBR", "GGY"),
    ),
    (
        "The Ethiopian government placed the Amhara region under martial law.",
        ("COERCE", "ETH", "ETH"),
    ),
    (
        "Al-Shabaab militants are holding two Kenyan doctors hostage.",
        ("ASSAULT", "SOM", "KEN"),
    ),
    (
        "The European Union excluded seven Russian banks from the SWIFT payment system.",
        ("SANCTION", "IGO", "RUS"),
    ),
    (
        "The United States levied tariffs on Chinese steel.",
        ("SANCTION", "USA", "CHN"),
    ),
    (
        "Washington raised tariffs on Chinese electric vehicles to 100 percent.",
        ("SANCTION", "USA", "CHN"),
    ),
    (
        "Russian missiles slammed into apartment blocks in Dnipro.",
        ("ASSAULT", "RUS", "UKR"),
    ),
    (
        "Houthi drones crashed into a shopping mall in Eilat.",
        ("ASSAULT", "YEM", "ISR"),
    ),
    (
        "Iran's judiciary sentenced the rapper to death over his role in the protests.",
        ("COERCE", "IRN", "IRN"),
    ),
    (
        "A Nicaraguan court sentenced a Catholic bishop to 26 years in prison.",
        ("COERCE", "NIC", "NIC"),
    ),
    (
        "Turkey's government ordered the closure of 130 media outlets.",
        ("COERCE", "TUR", "TUR"),
    ),
    (
        "RSF fighters looted and burned villages in West Darfur.",
        ("ASSAULT", "SDN", "SDN"),
    ),
    (
        "Russia banned entry to 500 American citizens, including former president Barack Obama.",
        ("SANCTION", "RUS", "USA"),
    ),
    (
        "Israel denied visas to United Nations human rights investigators.",
        ("SANCTION", "ISR", "IGO"),
    ),
    (
        "The Kremlin ordered troops to the Finnish border.",
        ("MOBILIZE", "RUS", "FIN"),
    ),
    (
        "Russia sent Wagner mercenaries to Mali.",
        ("MOBILIZE", "RUS", "MLI"),
    ),
]

# the same words with no political event of these types
NEGATIVE = [
    "Manchester City hammered Arsenal 4-0 at the Etihad on Sunday.",
    "Argentina beat Brazil 1-0 in the World Cup qualifier.",
    "Storm Ciaran battered the coast of Brittany overnight.",
    "The central bank raised interest rates by half a point.",
    "Apple scrapped its electric car project after a decade.",
    "Shares in Tesla plunged after the company cut prices in China.",
    "The Indian cricket team toured Australia last winter.",
    "Kenya's finance minister cut the budget deficit to 4 percent.",
    "Nvidia shot down rumours of a takeover bid.",
    "The striker fired a shot at goal in the final minute.",
    "Firefighters battled a wildfire near Athens for a third day.",
    "The German chancellor called up the French president to discuss the summit.",
    "The government tightened its fiscal policy in the new budget.",
    "Wildfires ravaged forests in western Canada.",
    "Real Madrid captured the Champions League title in London.",
    "The senator launched a campaign against corruption in the ministry.",
    "Brazil's president declared war on hunger at the G20.",
    "The company blocked payments to suppliers after the merger collapsed.",
    "Inflation hit Argentina's poorest families hardest.",
    "Police charged a man with theft in Manchester.",
    "England called up three uncapped players for the Euro 2024 qualifiers.",
    "Liverpool captured the Premier League title with two games to spare.",
    "Fans invaded the pitch after Napoli won the league.",
    "The Brazilian star was besieged by reporters at the airport.",
    "The French president torpedoed the merger between the two carmakers.",
    "Heavy rain flooded the streets of Mumbai.",
    "The school expelled two students for cheating.",
    "Bayern Munich stormed to a 5-0 win over Dortmund.",
    "Chinese firms flooded the European market with cheap steel.",
    "The Japanese carmaker took control of its Thai supplier.",
    "Oil prices hit a six-month high on Friday.",
    "The Japanese yen hit a 34-year low against the dollar.",
    "Britain's prime minister fired his home secretary on Monday.",
    "A passenger plane slammed into a mountain in Nepal, killing all 72 on board.",
    "Kenya's energy regulator raised electricity tariffs for households.",
    "The football federation sanctioned the club over racist chanting by its fans.",
    "Farmers burned crop stubble across Punjab despite the ban.",
    "The Indian army sent a group of doctors to the flooded districts of Assam.",
    "Ukraine's government increased vigilance at nuclear plants after the blackout.",
    "The European Commission suspended the company's licence after the audit.",
    "The coach ordered the team to the locker room.",
    "The ministry refused visas for the conference delegates.",
]


@pytest.fixture(scope="module")
def code(code_text):
    """(type, actor, recipient, rule) of each event of these types coded in one sentence."""
    return lambda text: [(*triple(e), e.rule) for e in code_text(text) if e.plover["type"] in TYPES]


def test_cases_cover_every_type_and_enough_sentences():
    assert len(POSITIVE) >= 80 and len(NEGATIVE) >= 15
    assert {t for _, (t, _, _) in POSITIVE} == TYPES
    assert len({s for s, _ in POSITIVE} | set(NEGATIVE)) == len(POSITIVE) + len(NEGATIVE)


@pytest.mark.parametrize(("sentence", "expected"), POSITIVE, ids=[s[:48] for s, _ in POSITIVE])
def test_codes_the_event(code, sentence, expected):
    got = code(sentence)
    assert expected in [g[:3] for g in got], got


@pytest.mark.parametrize("sentence", NEGATIVE, ids=[s[:48] for s in NEGATIVE])
def test_codes_nothing_of_these_types(code, sentence):
    assert code(sentence) == []


def test_part_file_ids_are_prefixed_and_ambiguous_verbs_are_guarded():
    from tacitus.events import patterns

    ps = patterns.default()
    mine = [p for p in ps.by_id.values() if p.id.startswith("fp.")]
    assert len(mine) > 100
    ambiguous = {"hit", "strike", "fire", "press", "push", "charge", "back", "block", "clear"}
    for p in mine:
        if p.kind == "verb" and ambiguous & set(p.lemmas):
            guards = (p.needs_object, p.needs_actor_sector, p.prep, p.needs_word, p.needs_recipient)
            assert any(guards), p.id
