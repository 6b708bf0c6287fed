"""Archive-era officials (people/archive_1990s.tsv): who held an office on a given day of 1990-2010,
names as 1990s wire copy writes them, and one holder a day for every office the file adds to."""

from __future__ import annotations

import datetime

import pytest

from tacitus.actors.kb import KnowledgeBase
from tacitus.datafiles import package_file, read_tsv

from .conftest import office_clashes

ARCHIVE = package_file("actors", "data", "people", "archive_1990s.tsv")


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return KnowledgeBase.default()


def holder(kb: KnowledgeBase, office: str, role: str, date: str) -> str | None:
    entity = kb.officeholder(office, role, date)
    return entity.id if entity else None


def next_day(day: str) -> str:
    return (datetime.date.fromisoformat(day) + datetime.timedelta(days=1)).isoformat()


# (country or org, role_key, last day of the outgoing holder, outgoing id, incoming id)
TRANSITIONS = [
    ("USA", "foreign_minister", "1992-08-22", "usa.baker_james", "usa.eagleburger_lawrence"),
    ("USA", "foreign_minister", "1993-01-19", "usa.eagleburger_lawrence", "usa.christopher_warren"),
    ("USA", "defense_minister", "1993-01-19", "usa.cheney_dick", "usa.aspin_les"),
    ("USA", "defense_minister", "1994-02-02", "usa.aspin_les", "usa.perry_william"),
    ("USA", "defense_minister", "1997-01-23", "usa.perry_william", "usa.cohen_william"),
    ("USA", "military_chief", "2001-09-30", "usa.shelton_hugh", "usa.myers_richard"),
    ("RUS", "foreign_minister", "1991-12-25", "geo.shevardnadze_eduard", "rus.kozyrev_andrei"),
    ("RUS", "foreign_minister", "1998-09-10", "rus.primakov_yevgeny", "rus.ivanov_igor"),
    ("RUS", "defense_minister", "1997-05-21", "rus.rodionov_igor", "rus.sergeyev_igor"),
    ("CHN", "foreign_minister", "1998-02-28", "chn.qian_qichen", "chn.tang_jiaxuan"),
    ("GBR", "foreign_minister", "1995-07-04", "gbr.hurd_douglas", "gbr.rifkind_malcolm"),
    ("GBR", "foreign_minister", "1997-05-01", "gbr.rifkind_malcolm", "gbr.cook_robin"),
    ("GBR", "defense_minister", "1999-10-10", "nato.robertson_george", "gbr.hoon_geoff"),
    ("GBR", "northern_ireland_secretary", "1997-05-01", "gbr.mayhew_patrick", "gbr.mowlam_mo"),
    ("FRA", "foreign_minister", "1997-06-03", "fra.de_charette_herve", "fra.vedrine_hubert"),
    ("DEU", "foreign_minister", "1992-05-17", "deu.genscher_hans_dietrich", "deu.kinkel_klaus"),
    ("DEU", "foreign_minister", "1998-10-26", "deu.kinkel_klaus", "deu.fischer_joschka"),
    ("JPN", "foreign_minister", "1999-10-04", "jpn.komura_masahiko", "jpn.kono_yohei"),
    ("JPN", "defense_minister", "1998-11-19", "jpn.nukaga_fukushiro", "jpn.norota_hosei"),
    # the Defense Agency became a ministry with the same man at its head
    ("JPN", "defense_minister", "2007-01-08", "jpn.kyuma_fumio", "jpn.kyuma_fumio"),
    ("ISR", "foreign_minister", "1992-07-12", "isr.levy_david", "isr.peres_shimon"),
    ("ISR", "defense_minister", "1995-11-03", "isr.rabin_yitzhak", None),
    ("IND", "foreign_minister", "1998-12-04", "ind.vajpayee_atal_bihari", "ind.singh_jaswant"),
    ("IRN", "foreign_minister", "1997-08-19", "irn.velayati_ali_akbar", "irn.kharrazi_kamal"),
    ("TUR", "foreign_minister", "1997-06-29", "tur.ciller_tansu", "tur.cem_ismail"),
    ("KOR", "foreign_minister", "1994-12-23", "kor.han_sung_joo", "kor.gong_ro_myung"),
    ("AUS", "foreign_minister", "1996-03-10", "aus.evans_gareth", "aus.downer_alexander"),
    ("ZAF", "foreign_minister", "1994-05-09", "zaf.botha_pik", "zaf.nzo_alfred"),
    (
        "ARG",
        "foreign_minister",
        "1999-12-09",
        "arg.di_tella_guido",
        "arg.rodriguez_giavarini_adalberto",
    ),
    ("CAN", "foreign_minister", "1996-01-24", "can.ouellet_andre", "can.axworthy_lloyd"),
    ("VAT", "head_of_state", "2005-04-01", "vat.john_paul_ii", None),
    ("VAT", "head_of_state", "2005-04-18", None, "vat.benedict_xvi"),
    ("VAT", "head_of_state", "2013-02-28", "vat.benedict_xvi", None),
    ("VAT", "head_of_state", "2013-03-12", None, "vat.francis"),
    ("VAT", "head_of_state", "2025-05-07", None, "vat.leo_xiv"),
    ("un", "chief_weapons_inspector", "1997-06-30", "un.ekeus_rolf", "un.butler_richard"),
    ("un", "chief_weapons_inspector", "2000-02-29", None, "iaea.blix_hans"),
    ("nato", "secretary_general", "1994-10-16", "nato.balanzino_sergio", "nato.claes_willy"),
    ("imf", "director_general", "2000-02-13", "imf.camdessus_michel", "imf.fischer_stanley"),
    ("imf", "director_general", "2000-04-30", "imf.fischer_stanley", "imf.kohler_horst"),
    ("arab_league", "secretary_general", "1990-08-31", "arab_league.klibi_chedli", None),
    ("un", "prosecutor", "1999-09-14", "ohchr.arbour_louise", "un.del_ponte_carla"),
    ("RUS", "parliament_speaker", "1996-01-16", "rus.rybkin_ivan", "rus.seleznyov_gennady"),
    ("RUS", "parliament_speaker", "2003-12-28", "rus.seleznyov_gennady", "rus.gryzlov_boris"),
    (
        "RUS",
        "national_security_adviser",
        "2001-03-27",
        "rus.ivanov_sergei",
        "rus.rushailo_vladimir",
    ),
]


@pytest.mark.parametrize(("office", "role", "last_day", "before", "after"), TRANSITIONS)
def test_archive_office_changes_hands_on_the_recorded_day(
    kb, office, role, last_day, before, after
):
    assert holder(kb, office, role, last_day) == before
    assert holder(kb, office, role, next_day(last_day)) == after


# (text as wire copy writes it, story date, person id, role_key of the term that day, CAMEO code)
NAMES = [
    ("Warren Christopher", "1995-03-01", "usa.christopher_warren", "foreign_minister", "USAGOV"),
    ("James A. Baker III", "1991-02-01", "usa.baker_james", "foreign_minister", "USAGOV"),
    ("Andrei Kozyrev", "1994-05-01", "rus.kozyrev_andrei", "foreign_minister", "RUSGOV"),
    ("Eduard Shevardnadze", "1990-06-01", "geo.shevardnadze_eduard", "foreign_minister", "RUSGOV"),
    ("Eduard Shevardnadze", "1995-06-01", "geo.shevardnadze_eduard", "head_of_state", "GEOGOV"),
    ("Yevgeny Primakov", "1997-01-01", "rus.primakov_yevgeny", "foreign_minister", "RUSGOV"),
    ("Yevgeny Primakov", "1999-01-01", "rus.primakov_yevgeny", "head_of_government", "RUSGOV"),
    ("Pavel Grachev", "1994-12-15", "rus.grachev_pavel", "defense_minister", "RUSGOV"),
    ("Shimon Peres", "1994-01-01", "isr.peres_shimon", "foreign_minister", "ISRGOV"),
    ("Volker Ruehe", "1995-01-01", "deu.ruhe_volker", "defense_minister", "DEUGOV"),
    ("Qian Qichen", "1995-01-01", "chn.qian_qichen", "foreign_minister", "CHNGOV"),
    ("Mo Sacirbey", "1995-07-01", "bih.sacirbegovic_muhamed", "foreign_minister", "BIHGOV"),
    ("Chemical Ali", "1993-01-01", "irq.al_majid_ali_hassan", "defense_minister", "IRQGOV"),
    ("Tariq Aziz", "1990-09-01", "irq.aziz_tariq", "foreign_minister", "IRQGOV"),
    ("Farouk Kaddoumi", "1995-01-01", "pse.kaddoumi_farouk", "foreign_minister", "PSEGOV"),
    ("Rolf Ekeus", "1995-01-01", "un.ekeus_rolf", "chief_weapons_inspector", "IGOUNO"),
    ("Richard Butler", "1998-02-01", "un.butler_richard", "chief_weapons_inspector", "IGOUNO"),
    ("Hans Blix", "2003-02-01", "iaea.blix_hans", "chief_weapons_inspector", "IGOUNO"),
    ("Hans Blix", "1995-01-01", "iaea.blix_hans", "director_general", "IGOUNO"),
    ("Pope John Paul II", "1995-01-01", "vat.john_paul_ii", "head_of_state", "VATGOV"),
    ("John Paul II", "2003-10-16", "vat.john_paul_ii", "head_of_state", "VATGOV"),
    ("Pope Benedict", "2006-09-12", "vat.benedict_xvi", "head_of_state", "VATGOV"),
    ("Cardinal Joseph Ratzinger", "2000-09-05", "vat.benedict_xvi", None, "VATREL"),
    ("Pope Francis", "2015-09-24", "vat.francis", "head_of_state", "VATGOV"),
    ("Cardinal Jorge Mario Bergoglio", "2005-01-01", "vat.francis", None, "ARGREL"),
    ("Pope Leo", "2025-06-01", "vat.leo_xiv", "head_of_state", "VATGOV"),
    ("John Garang", "1995-01-01", "sdn.garang_john", "group_leader", "SDNREB"),
    ("Zelimkhan Yandarbiyev", "1996-08-01", "rus.yandarbiyev_zelimkhan", "group_leader", "RUSSEP"),
    ("Charles Taylor", "1993-01-01", "lbr.taylor_charles", "group_leader", "LBRREB"),
    ("Charles Taylor", "2000-01-01", "lbr.taylor_charles", "head_of_state", "LBRGOV"),
    ("Ruslan Khasbulatov", "1993-03-01", "rus.khasbulatov_ruslan", "parliament_speaker", "RUSLEG"),
    ("Mike McCurry", "1996-01-01", "usa.mccurry_mike", "spokesperson", "USAGOV"),
    ("Carla Del Ponte", "2001-06-29", "un.del_ponte_carla", "prosecutor", "IGOUNO"),
    ("Madeleine Albright", "1995-01-01", "usa.albright_madeleine", None, "USAGOV"),
    ("Madeleine Albright", "1998-01-01", "usa.albright_madeleine", "foreign_minister", "USAGOV"),
]


@pytest.mark.parametrize(("text", "date", "person", "role", "code"), NAMES)
def test_archive_names_resolve_to_the_term_of_that_day(kb, text, date, person, role, code):
    found = kb.lookup(text, date=date)
    assert found, text
    entity = found[0]
    assert entity.id == person
    assert entity.role_key == role
    assert entity.cameo_code == code


def test_popes_are_known_by_their_papal_short_names(kb):
    assert {e.id for e, form in kb.matches("Benedict") if form == "surname"} == {"vat.benedict_xvi"}
    assert {e.id for e, form in kb.matches("John Paul") if form == "surname"} == {
        "vat.john_paul_ii"
    }


def test_a_surname_that_is_a_title_word_is_not_indexed():
    # Tom King (Defence Secretary 1989-92): "King Hussein" must not make him a candidate
    kb = KnowledgeBase.default()
    assert not any(e.id == "gbr.king_tom" for e, _form in kb.matches("King"))
    assert not any(e.id == "ita.colombo_emilio" for e, _form in kb.matches("Colombo"))
    assert not any(e.id == "irq.ramadan_taha_yassin" for e, _form in kb.matches("Ramadan"))


def test_no_office_the_archive_file_adds_to_has_two_holders_on_one_day(kb):
    # several intelligence agencies and spokespeople: overlaps allowed
    skip = {"intelligence_chief", "spokesperson"}
    clashes, offices = office_clashes(kb, [r.data for r in read_tsv(ARCHIVE)], skip)
    assert offices > 40
    assert clashes == []


def test_every_dated_row_of_the_archive_file_is_a_term_of_its_person(kb):
    for r in (r.data for r in read_tsv(ARCHIVE)):
        starts = {t.term_start for t in kb.terms(r["id"])}
        assert (r["term_start"] or None) in starts, r["id"]
