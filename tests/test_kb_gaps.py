"""Actor resolution by date: movements that took power (data/org_periods.tsv), party leaders out
of office, organisations of one name in two countries, a movement's members, and the heads of
state, heads of government and interior ministers filled in data/people/archive_gaps.tsv.

Each change of status is tested the day before and the day it took effect."""

from __future__ import annotations

import pytest

from tacitus.actors.kb import KnowledgeBase
from tacitus.actors.resolve import resolve_text
from tacitus.errors import DataFileError


def _first(name: str, date: str | None):
    return KnowledgeBase.default().lookup(name, date=date)[0]


def _code(nlp, text: str, mention: str, date: str) -> str | None:
    """The CAMEO code of the mention whose text is ``mention`` (KeyError when not found)."""
    found = {m.text: m.actor for m in resolve_text(nlp, text, date=date)}
    actor = found[mention]
    return actor.cameo_code if actor is not None else None


# ---------------------------------------------------------------- 1. dated standing of movements


@pytest.mark.parametrize(
    ("name", "date", "country", "primary"),
    [
        ("Taliban", "1996-09-26", "AFG", "REB"),
        ("Taliban", "1996-09-27", "AFG", "GOV"),
        ("Taliban", "2001-11-12", "AFG", "GOV"),
        ("Taliban", "2001-11-13", "AFG", "REB"),
        ("Taliban", "2021-08-14", "AFG", "REB"),
        ("Taliban", "2021-08-15", "AFG", "GOV"),
        ("Taliban", "2025-06-01", "AFG", "GOV"),
        ("Hayat Tahrir al-Sham", "2024-12-07", "SYR", "REB"),
        ("Hayat Tahrir al-Sham", "2024-12-08", "SYR", "GOV"),
        ("Seleka", "2013-03-23", "CAF", "REB"),
        ("Seleka", "2013-03-24", "CAF", "GOV"),
        ("Seleka", "2014-01-09", "CAF", "GOV"),
        ("Seleka", "2014-01-10", "CAF", "REB"),
        ("Khmer Rouge", "1979-01-06", "KHM", "GOV"),
        ("Khmer Rouge", "1979-01-07", "KHM", "REB"),
        ("Rapid Support Forces", "2023-04-14", "SDN", "MIL"),
        ("Rapid Support Forces", "2023-04-15", "SDN", "REB"),
        ("SPLA", "2011-07-08", "SDN", "REB"),
        ("SPLA", "2011-07-09", "SSD", "MIL"),
        ("UNITA", "2002-04-03", "AGO", "REB"),
        ("UNITA", "2002-04-04", "AGO", "PTY"),
        ("CPN (Maoist)", "2006-11-20", "NPL", "REB"),
        ("CPN (Maoist)", "2006-11-21", "NPL", "PTY"),
    ],
)
def test_movements_take_the_standing_of_the_date(name, date, country, primary):
    entity = _first(name, date)
    assert (entity.country, entity.primary_sector) == (country, primary)
    assert entity.cameo_code == country + primary


def test_hamas_governs_gaza_from_2007_06_15_and_stays_pse():
    before, after = _first("Hamas", "2007-06-14"), _first("Hamas", "2007-06-15")
    assert "GOV" not in before.sectors
    assert "GOV" in after.sectors and after.country == "PSE"
    # our actor gold codes Hamas in the 2023 war as an insurgent group: INS stays primary
    assert after.cameo_code == "PSEINS"


def test_without_a_date_the_packaged_row_applies():
    assert _first("Taliban", None).cameo_code == "AFGREB"
    assert _first("UNITA", None).cameo_code == "AGOREB"


def test_a_groups_people_take_its_standing():
    """Zabihullah Mujahid speaks for a movement in 2015 and for a de facto government in 2022."""
    assert _first("Zabihullah Mujahid", "2015-06-01").cameo_code == "AFGREB"
    assert _first("Zabihullah Mujahid", "2022-06-01").cameo_code == "AFGGOV"


@pytest.mark.parametrize(
    ("date", "code"), [("1996-09-26", "AFGREB"), ("1996-09-27", "AFGGOV"), ("2005-03-01", "AFGREB")]
)
def test_the_resolver_dates_the_taliban(nlp, date, code):
    text = "The Taliban accused Pakistan of shelling border villages."
    assert _code(nlp, text, "The Taliban", date) == code


def _periods_file(tmp_path, body: str):
    path = tmp_path / "periods.tsv"
    path.write_text("org\tsince\tuntil\tcountry\tsectors\tnote\n" + body, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("body", "problem"),
    [
        ("afg.taliban\t1996\t2001\t\tGOV\t\nafg.taliban\t2000\t2002\t\tGOV\t\n", "overlaps"),
        ("nobody.here\t1996\t2001\t\tGOV\t\n", "unknown org"),
        ("afg.taliban\t2001\t1996\t\tGOV\t\n", "is not after"),
        ("afg.taliban\t1996-13-01\t\t\tGOV\t\n", "'since' must be a date"),
        ("afg.taliban\t1996\t\t\tXYZ\t\n", "unknown sector"),
        ("afg.taliban\t1996\t\tZZZ\tGOV\t\n", "unknown country"),
        ("afg.taliban\t1996\t\t\t\t\n", "'sectors' is required"),
    ],
)
def test_the_loader_rejects_bad_periods(tmp_path, body, problem):
    with pytest.raises(DataFileError) as exc:
        KnowledgeBase.load(extra=[_periods_file(tmp_path, body)], cache=False)
    assert any(problem in p for p in exc.value.problems), exc.value.problems


def test_a_users_periods_replace_the_packaged_ones_of_that_org(tmp_path):
    path = _periods_file(tmp_path, "afg.taliban\t1995\t1996\t\tGOV|MIL\t\n")
    kb = KnowledgeBase.load(extra=[path], cache=False)
    assert kb.lookup("Taliban", date="1995-06-01")[0].cameo_code == "AFGGOV"
    assert kb.lookup("Taliban", date="1998-06-01")[0].cameo_code == "AFGREB"
    assert kb.lookup("Hamas", date="2010-06-01")[0].sectors == ("INS", "GOV")  # others kept


# ---------------------------------------------------------------- 2. party leaders out of office


@pytest.mark.parametrize(
    ("text", "mention", "date", "code"),
    [
        # Netanyahu: prime minister until 1999-07-06, opposition leader to 2009-03-31, then PM
        ("Likud leader Benjamin Netanyahu criticized the plan.",
         "Likud leader Benjamin Netanyahu", "1999-07-05", "ISRGOV"),
        ("Likud leader Benjamin Netanyahu criticized the plan.",
         "Likud leader Benjamin Netanyahu", "1999-07-06", "ISRPTY"),
        ("Likud leader Benjamin Netanyahu criticized the plan.",
         "Likud leader Benjamin Netanyahu", "2009-03-30", "ISROPP"),
        ("Likud leader Benjamin Netanyahu criticized the plan.",
         "Likud leader Benjamin Netanyahu", "2009-03-31", "ISRGOV"),
        ("Labour leader Tony Blair attacked the budget.",
         "Labour leader Tony Blair", "1997-05-01", "GBRPTY"),
        ("Labour leader Tony Blair attacked the budget.",
         "Labour leader Tony Blair", "1997-05-02", "GBRGOV"),
        ("Labour Party leader Tony Blair attacked the budget.",
         "leader Tony Blair", "1997-05-01", "GBRPTY"),
        ("Opposition leader Benjamin Netanyahu criticized the plan.",
         "leader Benjamin Netanyahu", "2000-05-01", "ISROPP"),
        ("The Likud leader criticized the plan.", "Likud leader", "2000-05-01", "ISRPTY"),
        ("Communist Party leader Deng Xiaoping praised the reforms.",
         "leader Deng Xiaoping", "1992-05-01", "CHNGOV"),
    ],
)  # fmt: skip
def test_a_party_leader_is_the_government_only_in_office(nlp, text, mention, date, code):
    assert _code(nlp, text, mention, date) == code


# ---------------------------------------------------------------- 3. one name, two countries


@pytest.mark.parametrize(
    ("text", "mention", "date", "code"),
    [
        ("The National Salvation Front accused the opposition of fraud.",
         "National Salvation Front", "1989-12-22", "ROUGOV"),
        ("The National Salvation Front accused the opposition of fraud.",
         "National Salvation Front", "1990-06-27", "ROUGOV"),
        ("The National Salvation Front accused the opposition of fraud.",
         "National Salvation Front", "1990-06-28", "ROUPTY"),
        ("The National Salvation Front accused the army of attacks.",
         "National Salvation Front", "2019-06-01", "SSDREB"),
        ("The National Salvation Front called for protests.",
         "National Salvation Front", "2013-01-10", "EGYOPP"),
        ("The People Power Party won the election.", "People Power Party", "2008-06-01", "THAPTY"),
        ("The People Power Party won the election.", "People Power Party", "2022-06-01", "KORPTY"),
        ("The Liberal Democratic Party of Russia won seats.",
         "Liberal Democratic Party of Russia", "1995-12-20", "RUSPTY"),
        ("Morocco's Justice and Development Party won the vote.",
         "Morocco's Justice and Development Party", "2011-11-26", "MARPTY"),
    ],
)  # fmt: skip
def test_organisations_of_one_name_are_told_apart(nlp, text, mention, date, code):
    assert _code(nlp, text, mention, date) == code


# ---------------------------------------------------------------- 4. a movement's members


@pytest.mark.parametrize(
    ("text", "mention", "date", "code"),
    [
        ("Hamas activists protested in Gaza City.", "Hamas activists", "2000-05-01", "PSEINS"),
        ("Hamas activists protested in Gaza City.", "Hamas activists", "2010-05-01", "PSEINS"),
        ("Fatah activists marched in Ramallah.", "Fatah activists", "2010-05-01", "PSEOPP"),
        ("Hezbollah fighters fired rockets at Israel.", "Hezbollah fighters", "2006-07-20",
         "LBNINS"),
        ("Taliban fighters attacked a police post.", "Taliban fighters", "2005-05-01", "AFGREB"),
        ("Taliban fighters attacked a police post.", "Taliban fighters", "1998-05-01", "AFGMIL"),
        ("Taliban officials met the envoy.", "Taliban officials", "1998-05-01", "AFGGOV"),
        ("Taliban officials met the envoy.", "Taliban officials", "2005-05-01", "AFGREB"),
        ("The Taliban government banned music.", "The Taliban government", "1998-05-01",
         "AFGGOV"),
        ("Likud activists rallied in Jerusalem.", "Likud activists", "2000-05-01", "ISRPTY"),
        ("Kremlin officials denied the report.", "Kremlin officials", "2020-05-01", "RUSGOV"),
        # the party of a one-party state is the government
        ("Chinese Communist Party officials denied the report.",
         "Chinese Communist Party officials", "2020-05-01", "CHNGOV"),
    ],
)  # fmt: skip
def test_a_member_noun_keeps_the_movements_country_and_sector(nlp, text, mention, date, code):
    assert _code(nlp, text, mention, date) == code


def test_hamas_officials_in_gaza_are_also_its_government(nlp):
    found = {m.text: m.actor for m in resolve_text(nlp, "Hamas officials rejected the plan.",
                                                   date="2010-05-01")}  # fmt: skip
    assert found["Hamas officials"].sectors == ["INS", "GOV"]


# ---------------------------------------------------------------- 5. officeholders filled in


@pytest.mark.parametrize(
    ("country", "role", "date", "name"),
    [
        ("RUS", "head_of_state", "1990-06-01", "Mikhail Gorbachev"),
        ("RUS", "head_of_state", "1991-07-10", "Boris Yeltsin"),
        ("RUS", "head_of_government", "1990-06-14", "Nikolai Ryzhkov"),
        ("SRB", "head_of_government", "1992-09-01", "Milan Panić"),
        ("PAK", "head_of_government", "1993-04-17", "Nawaz Sharif"),
        ("PAK", "head_of_government", "1993-04-18", "Balakh Sher Mazari"),
        ("PAK", "head_of_government", "1993-08-01", "Moeen Qureshi"),
        ("PAK", "head_of_state", "2008-08-18", "Muhammad Mian Soomro"),
        ("PSE", "head_of_state", "1992-01-01", "Yasser Arafat"),
        ("USA", "interior_minister", "1998-01-01", "Janet Reno"),
        ("USA", "interior_minister", "2003-01-23", "John Ashcroft"),
        ("USA", "interior_minister", "2003-01-24", "Tom Ridge"),
        ("GBR", "interior_minister", "1996-01-01", "Michael Howard"),
        ("RUS", "interior_minister", "1996-01-01", "Anatoly Kulikov"),
        ("CHN", "interior_minister", "2000-01-01", "Jia Chunwang"),
        ("ISR", "public_security_minister", "2024-01-01", "Itamar Ben-Gvir"),
        ("IND", "interior_minister", "1997-01-01", "Indrajit Gupta"),
        ("PAK", "interior_minister", "2021-01-01", "Sheikh Rasheed Ahmad"),
    ],
)
def test_officeholders_of_the_gaps(country, role, date, name):
    holder = KnowledgeBase.default().officeholder(country, role, date)
    assert holder is not None and holder.name == name


def test_new_people_resolve_by_name_and_keep_shared_surnames_apart():
    kb = KnowledgeBase.default()
    assert _first("Mikhail Gorbachev", "1991-10-01").cameo_code == "RUSGOV"
    assert _first("Deng Xiaoping", "1993-01-01").cameo_code == "CHNGOV"
    # a new Shah, Qureshi or Reno must not make those surnames ambiguous or match a city
    assert {e.id for e, f in kb.matches("Shah") if f == "surname"} == {
        "npl.shah_balendra", "pak.shah_khurshid", "ind.shah_amit"
    }  # fmt: skip
    assert [e.id for e, _f in kb.matches("Qureshi")] == ["pak.qureshi_shah_mahmood"]
    assert kb.matches("Reno") == []
