"""Census of 1979-2010 office holders and groups (people/census_1979_2010.tsv and
organizations/armed_groups_1980s.tsv): heads of state and government, foreign and defence
ministers of the 1980s, leaders of armed groups and liberation movements, and IGO heads before the
other files start. Names resolve by full name, by title and surname, and by surname alone after a
full mention; office lookups follow the recorded dates. Sentences are ours."""

from __future__ import annotations

import datetime

import pytest

from tacitus import coder
from tacitus.actors.kb import KnowledgeBase
from tacitus.datafiles import package_file, read_tsv

from .conftest import office_clashes, partial_day

CENSUS = package_file("actors", "data", "people", "census_1979_2010.tsv")
GROUPS = package_file("actors", "data", "organizations", "armed_groups_1980s.tsv")


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return KnowledgeBase.default()


def _actor(pipeline, text: str, date: str, needle: str):
    """The actor of the mention whose text is ``needle`` (else the first one containing it)."""
    mentions = coder.code_text(text, date=date, pipeline=pipeline).mentions
    exact = [m for m in mentions if m.text == needle]
    found = exact or [m for m in mentions if needle in m.text]
    assert found, f"no mention {needle!r} in {[m.text for m in mentions]}"
    return found[0].actor


# (sentence, story date, mention, entity id, CAMEO code)
SENTENCES = [
    # full names
    ("Andrei Gromyko arrived in Geneva for two days of arms talks.",
     "1984-03-01", "Andrei Gromyko", "rus.gromyko_andrei", "RUSGOV"),
    ("Caspar Weinberger flew to Seoul to inspect American troops.",
     "1983-11-02", "Caspar Weinberger", "usa.weinberger_caspar", "USAGOV"),
    ("Zhao Ziyang told visiting bankers that China would keep its doors open.",
     "1985-06-10", "Zhao Ziyang", "chn.zhao_ziyang", "CHNGOV"),
    ("Menachem Begin ordered the army to pull back from the coastal road.",
     "1982-07-01", "Menachem Begin", "isr.begin_menachem", "ISRGOV"),
    ("Hafez Assad's foreign minister Abdul Halim Khaddam flew to Riyadh.",
     "1982-02-11", "Abdul Halim Khaddam", "syr.khaddam_abdul_halim", "SYRGOV"),
    ("Babrak Karmal asked Moscow for more helicopters.",
     "1983-05-04", "Babrak Karmal", "afg.karmal_babrak", "AFGGOV"),
    ("Samora Machel accused Pretoria of arming the rebels.",
     "1984-01-20", "Samora Machel", "moz.machel_samora", "MOZGOV"),
    ("Magnus Malan promised more troops for the border war.",
     "1987-09-14", "Magnus Malan", "zaf.malan_magnus", "ZAFGOV"),
    ("Efrain Rios Montt suspended the constitution.",
     "1982-06-01", "Efrain Rios Montt", "gtm.rios_montt_efrain", "GTMGOV"),
    ("Chun Doo-hwan pardoned two hundred students.",
     "1984-12-21", "Chun Doo-hwan", "kor.chun_doo_hwan", "KORGOV"),
    ("Yasuhiro Nakasone promised Washington a larger defence budget.",
     "1983-01-19", "Yasuhiro Nakasone", "jpn.nakasone_yasuhiro", "JPNGOV"),
    ("Gaafar Nimeiry imposed Islamic law across Sudan.",
     "1983-09-08", "Gaafar Nimeiry", "sdn.nimeiry_gaafar", "SDNGOV"),
    ("Kenan Evren visited the troops in the southeast.",
     "1985-04-02", "Kenan Evren", "tur.evren_kenan", "TURGOV"),
    ("Ibrahim Babangida promised to return power to civilians.",
     "1987-07-01", "Ibrahim Babangida", "nga.babangida_ibrahim", "NGAGOV"),
    ("Jose Napoleon Duarte offered talks to the guerrillas.",
     "1984-10-10", "Jose Napoleon Duarte", "slv.duarte_jose_napoleon", "SLVGOV"),
    ("Manuel Noriega expelled two American diplomats.",
     "1988-03-05", "Manuel Noriega", "pan.noriega_manuel", "PANMIL"),
    # title and surname
    ("Soviet Defence Minister Dmitry Ustinov warned NATO against deploying new missiles.",
     "1983-07-01", "Ustinov", "rus.ustinov_dmitry", "RUSGOV"),
    ("Foreign Secretary Lord Carrington resigned over the invasion of the Falklands.",
     "1982-04-05", "Carrington", "gbr.carrington_lord", "GBRGOV"),
    ("French Prime Minister Pierre Mauroy met union leaders in Paris.",
     "1983-03-01", "Mauroy", "fra.mauroy_pierre", "FRAGOV"),
    ("Defence Minister Charles Hernu visited the Pacific test site.",
     "1985-05-10", "Hernu", "fra.hernu_charles", "FRAGOV"),
    ("Indian Prime Minister Rajiv Gandhi sent troops to Sri Lanka.",
     "1987-07-30", "Rajiv Gandhi", "ind.gandhi_rajiv", "INDGOV"),
    ("President Zia-ul-Haq received the Afghan guerrilla leaders in Islamabad.",
     "1986-05-01", "Zia-ul-Haq", "pak.zia_ul_haq_muhammad", "PAKGOV"),
    ("Iraqi Defence Minister Adnan Khairallah visited the southern front.",
     "1986-02-15", "Khairallah", "irq.khairallah_adnan", "IRQGOV"),
    ("Egyptian Defence Minister Abdel Halim Abu Ghazala met American officers in Cairo.",
     "1985-08-01", "Abu Ghazala", "egy.abu_ghazala_abdel_halim", "EGYGOV"),
    ("West German Chancellor Schmidt flew to Washington for talks on the missiles.",
     "1981-05-20", "Schmidt", "deu.schmidt_helmut", "DEUGOV"),
    ("President Chun promised a peaceful handover of power.",
     "1987-06-29", "Chun", "kor.chun_doo_hwan", "KORGOV"),
    ("Defence Secretary Heseltine visited the Greenham Common base.",
     "1984-02-01", "Heseltine", "gbr.heseltine_michael", "GBRGOV"),
    ("President Nimeiry dissolved the Southern regional assembly.",
     "1983-06-05", "Nimeiry", "sdn.nimeiry_gaafar", "SDNGOV"),
    ("Prime Minister Craxi refused to hand over the hijackers.",
     "1985-10-12", "Craxi", "ita.craxi_bettino", "ITAGOV"),
    ("President Amine Gemayel flew to Damascus for talks with Assad.",
     "1984-02-28", "Amine Gemayel", "lbn.gemayel_amine", "LBNGOV"),
    ("Premier Hua Guofeng received the Japanese delegation.",
     "1979-10-01", "Hua Guofeng", "chn.hua_guofeng", "CHNGOV"),
    # armed groups and their leaders
    ("Hezb-i-Islami fighters fired rockets at the airport.",
     "1989-06-01", "Hezb-i-Islami", "afg.hezb_i_islami", "AFGREB"),
    ("Jamiat-i-Islami commanders met in Peshawar.",
     "1988-03-01", "Jamiat-i-Islami", "afg.jamiat_i_islami", "AFGREB"),
    ("Hezb-e Wahdat militiamen clashed with Ittehad-i-Islami fighters in western Kabul.",
     "1993-02-11", "Ittehad-i-Islami", "afg.ittehad_islami", "AFGREB"),
    ("Guerrillas of the M-19 seized the Palace of Justice in Bogota.",
     "1985-11-06", "M-19", "col.m19", "COLREB"),
    ("The PFLP-GC claimed the attack on the patrol.",
     "1987-11-26", "PFLP-GC", "pse.pflp_gc", "PSEINS"),
    ("The Somali National Movement captured the town of Burao.",
     "1988-06-01", "Somali National Movement", "som.snm", "SOMREB"),
    ("The Jammu and Kashmir Liberation Front called a strike in Srinagar.",
     "1990-02-01", "Jammu and Kashmir Liberation Front", "ind.jklf", "INDSEP"),
    ("Abdul Ali Mazari accused the government of shelling his district.",
     "1994-05-01", "Abdul Ali Mazari", "afg.mazari_abdul_ali", "AFGREB"),
    ("Ahmed Jibril threatened new attacks on Israel.",
     "1988-01-10", "Ahmed Jibril", "pse.jibril_ahmed", "PSEINS"),
    ("Antoine Lahad said his militia would stay in the security zone.",
     "1990-05-01", "Antoine Lahad", "lbn.lahad_antoine", "LBNMIL"),
    ("Abbassi Madani called on Algerians to strike.",
     "1991-05-25", "Abbassi Madani", "dza.madani_abbassi", "DZAOPP"),
    ("Adolfo Calero appealed to Congress for more aid.",
     "1986-03-01", "Adolfo Calero", "nic.calero_adolfo", "NICREB"),
    # IGO heads
    ("NATO Secretary-General Joseph Luns called on the allies to stay united.",
     "1982-12-01", "Joseph Luns", "nato.luns_joseph", "IGOWSTNAT"),
    ("Kurt Waldheim sent an envoy to Tehran to discuss the hostages.",
     "1980-01-01", "Kurt Waldheim", "aut.waldheim_kurt", "IGOUNO"),
    ("Arab League Secretary-General Chedli Klibi appealed for a ceasefire in Lebanon.",
     "1985-05-25", "Chedli Klibi", "arab_league.klibi_chedli", None),
]  # fmt: skip


@pytest.mark.parametrize(("text", "date", "mention", "person", "code"), SENTENCES)
def test_census_names_resolve(pipeline, text, date, mention, person, code):
    actor = _actor(pipeline, text, date, mention)
    assert actor is not None
    assert actor.entity_id == person
    if code is not None:
        assert actor.cameo_code == code


# (two sentences, story date, the bare surname, entity id, country, primary sector)
SECOND_MENTIONS = [
    ("Soviet President Konstantin Chernenko received the delegation. Chernenko said Moscow "
     "wanted calm.", "1984-09-01", "Chernenko", "rus.chernenko_konstantin", "RUS", "GOV"),
    ("British Defence Secretary Michael Heseltine toured the base. Heseltine praised the crews.",
     "1984-02-01", "Heseltine", "gbr.heseltine_michael", "GBR", "GOV"),
    ("Foreign Minister Claude Cheysson flew to Algiers. Cheysson met his Algerian counterpart.",
     "1982-02-01", "Cheysson", "fra.cheysson_claude", "FRA", "GOV"),
    ("Shamil Basayev led the raid on the hospital. Basayev demanded an end to the war.",
     "1995-06-15", "Basayev", "rus.basayev_shamil", "RUS", None),
    ("RENAMO leader Afonso Dhlakama signed the accord in Rome. Dhlakama said the war was over.",
     "1992-10-04", "Dhlakama", "moz.dhlakama_afonso", "MOZ", None),
    ("Indian President Zail Singh met the Sikh leaders. Zail Singh appealed for calm.",
     "1984-06-10", "Zail Singh", "ind.singh_zail", "IND", "GOV"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "date", "surname", "person", "country", "sector"), SECOND_MENTIONS
)
def test_census_surname_after_full_mention(pipeline, text, date, surname, person, country, sector):
    mentions = coder.code_text(text, date=date, pipeline=pipeline).mentions
    bare = [m for m in mentions if m.text == surname]
    assert bare, [m.text for m in mentions]
    actor = bare[-1].actor
    assert actor is not None
    assert actor.entity_id == person
    assert actor.country == country
    if sector is not None:
        assert actor.sectors[0] == sector


# (country or org, role_key, a date, expected holder)
OFFICES = [
    ("RUS", "head_of_state", "1980-06-01", "rus.brezhnev_leonid"),
    ("RUS", "head_of_state", "1986-06-01", "rus.gromyko_andrei"),
    ("RUS", "foreign_minister", "1984-06-01", "rus.gromyko_andrei"),
    ("RUS", "defense_minister", "1986-01-01", "rus.sokolov_sergei"),
    ("USA", "foreign_minister", "1981-06-01", "usa.haig_alexander"),
    ("USA", "defense_minister", "1988-06-01", "usa.carlucci_frank"),
    ("CHN", "head_of_government", "1984-06-01", "chn.zhao_ziyang"),
    ("CHN", "foreign_minister", "1985-06-01", "chn.wu_xueqian"),
    ("GBR", "foreign_minister", "1985-06-01", "gbr.howe_geoffrey"),
    ("FRA", "head_of_government", "1985-06-01", "fra.fabius_laurent"),
    ("ISR", "defense_minister", "1982-06-06", "isr.sharon_ariel"),
    ("EGY", "head_of_state", "1980-01-01", "egy.sadat_anwar"),
    ("IRN", "head_of_state", "1985-01-01", "irn.khomeini_ruhollah"),
    ("IND", "head_of_government", "1983-01-01", "ind.gandhi_indira"),
    ("AFG", "head_of_state", "1984-01-01", "afg.karmal_babrak"),
    ("ZAF", "head_of_state", "1986-01-01", "zaf.botha_p_w"),
    ("KOR", "head_of_state", "1985-01-01", "kor.chun_doo_hwan"),
    ("nato", "secretary_general", "1986-01-01", "gbr.carrington_lord"),
    ("un.iaea", "director_general", "1990-01-01", "iaea.blix_hans"),
    ("world_bank", "president_igo", "1983-01-01", "world_bank.clausen_a_w"),
]


@pytest.mark.parametrize(("office", "role", "date", "person"), OFFICES)
def test_census_office_holders(kb, office, role, date, person):
    entity = kb.officeholder(office, role, date)
    assert entity is not None and entity.id == person


@pytest.mark.parametrize(
    ("name", "date", "office", "role", "successor"),
    [
        ("Menachem Begin", "1985-01-01", "ISR", "head_of_government", "isr.peres_shimon"),
        ("Anwar Sadat", "1982-01-01", "EGY", "head_of_state", "egy.mubarak_hosni"),
        ("Zhao Ziyang", "1989-01-01", "CHN", "head_of_government", "chn.li_peng"),
        ("Kenan Evren", "1990-06-01", "TUR", "head_of_state", "tur.ozal_turgut"),
        ("Caspar Weinberger", "1989-06-01", "USA", "defense_minister", "usa.cheney_dick"),
    ],
)
def test_a_leader_named_after_leaving_office_does_not_hold_it(
    kb, name, date, office, role, successor
):
    found = kb.lookup(name, date=date)
    assert found, name
    assert not (found[0].role_key == role and found[0].in_office(date))
    assert kb.officeholder(office, role, date).id == successor


def test_no_office_the_census_adds_to_has_two_holders_on_one_day(kb):
    clashes, offices = office_clashes(kb, [r.data for r in read_tsv(CENSUS)])
    assert offices > 100
    assert clashes == []


def test_census_rows_are_new_or_reuse_an_id_with_its_names(kb):
    rows = read_tsv(CENSUS)
    assert len(rows) > 300
    for row in rows:
        first = kb.terms(row.data["id"])[0]
        assert first.name == row.data["name"], row.where()


def test_census_groups_do_not_shadow_packaged_bodies(kb):
    for row in read_tsv(GROUPS):
        for alias in [row.data["name"], *row.data["aliases"].split("|")]:
            orgs = {e.id for e, _f in kb.matches(alias) if e.kind == "org"}
            assert orgs == {row.data["id"]}, (alias, orgs)


def test_term_dates_parse():
    for row in read_tsv(CENSUS):
        for key in ("term_start", "term_end"):
            value = row.data.get(key)
            if value:
                datetime.date.fromisoformat(partial_day(value))


@pytest.mark.parametrize(
    ("org", "date", "sector"),
    [
        ("moz.renamo", "1986-05-01", "REB"),
        ("moz.renamo", "2014-10-20", "OPP"),
        ("nam.swapo", "1985-01-01", "REB"),
        ("nam.swapo", "1995-01-01", "GOV"),
    ],
)
def test_liberation_movements_are_rebels_before_peace_or_independence(kb, org, date, sector):
    assert kb.on_date(kb.orgs[org], date).sectors[0] == sector


def test_a_rebel_leader_takes_the_movement_standing_of_the_day(pipeline):
    text = "Renamo leader Afonso Dhlakama accused Frelimo of rigging the vote."
    assert _actor(pipeline, text, "1986-05-01", "Dhlakama").cameo_code == "MOZREB"
    assert _actor(pipeline, text, "2014-10-20", "Dhlakama").cameo_code == "MOZOPP"
