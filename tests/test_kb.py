"""The knowledge base's facts against known transitions, user layers, and the `tacitus kb` tools."""

from __future__ import annotations

import json
import textwrap

import pytest

from tacitus.actors import petrarch
from tacitus.actors.kb import KnowledgeBase
from tacitus.cli import main
from tacitus.errors import DataFileError, TacitusError

from .conftest import SHARED

PETRARCH = SHARED / "eval" / "petrarch"


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return KnowledgeBase.default()


def holder(kb: KnowledgeBase, country: str, role: str, date: str) -> str | None:
    entity = kb.officeholder(country, role, date)
    return entity.id if entity else None


# ---------------------------------------------------------------- known transitions

# (country or org, role_key, last day of the outgoing holder, outgoing id, incoming id)
TRANSITIONS = [
    ("JPN", "defense_minister", "2022-08-09", "jpn.kishi_nobuo", "jpn.hamada_yasukazu"),
    ("JPN", "defense_minister", "2023-09-12", "jpn.hamada_yasukazu", "jpn.kihara_minoru"),
    ("JPN", "defense_minister", "2024-09-30", "jpn.kihara_minoru", "jpn.nakatani_gen"),
    ("USA", "defense_minister", "2019-06-22", "usa.shanahan_patrick", None),
    ("USA", "defense_minister", "2021-01-21", None, "usa.austin_lloyd"),
    ("USA", "defense_minister", "2025-01-19", "usa.austin_lloyd", None),
    ("USA", "foreign_minister", "2021-01-25", None, "usa.blinken_antony"),
    ("USA", "foreign_minister", "2025-01-20", None, "usa.rubio_marco"),
    ("un", "secretary_general", "2006-12-31", "un.annan_kofi", "un.ban_ki_moon"),
    ("un", "secretary_general", "2016-12-31", "un.ban_ki_moon", "un.guterres_antonio"),
]


@pytest.mark.parametrize(("office", "role", "last_day", "before", "after"), TRANSITIONS)
def test_office_changes_hands_on_the_recorded_day(kb, office, role, last_day, before, after):
    import datetime

    next_day = (datetime.date.fromisoformat(last_day) + datetime.timedelta(days=1)).isoformat()
    assert holder(kb, office, role, last_day) == before
    assert holder(kb, office, role, next_day) == after


def test_the_defence_minister_depends_on_the_story_date(kb):
    assert holder(kb, "JPN", "defense_minister", "2022-10-05") == "jpn.hamada_yasukazu"
    assert holder(kb, "JPN", "defense_minister", "2023-10-05") == "jpn.kihara_minoru"


#: States whose top offices have one holder at a time (no co-presidents, collective presidencies or
#: rival governments, which are real elsewhere: Bosnia, Libya, Cambodia 1993-98).
G20 = "ARG AUS BRA CAN CHN FRA DEU IND IDN ITA JPN KOR MEX RUS SAU ZAF TUR GBR USA".split()


def test_no_two_holders_of_one_office_on_any_day(kb):
    """In the G20, consecutive terms of a head of state/government or minister never overlap."""
    single = {"head_of_state", "head_of_government", "foreign_minister", "defense_minister"}
    problems = []
    for (office, role), terms in kb._offices.items():
        if role not in single or office not in G20:
            continue
        dated = sorted((t for t in terms if t.term_start), key=lambda t: t.term_start)
        for a, b in zip(dated, dated[1:], strict=False):
            # a partial date ("2019-05") only says the month: compare at the coarser precision
            n = min(len(a.term_end or "9999-99-99"), len(b.term_start))
            if a.term_end is None or a.term_end[:n] > b.term_start[:n]:
                problems.append(
                    f"{office} {role}: {a.id} ({a.term_start}..{a.term_end}) overlaps {b.id} ({b.term_start})"
                )
    assert not problems, "\n".join(problems[:20])


def test_every_wikidata_id_is_well_formed_and_unique_per_person(kb):
    seen: dict[str, str] = {}
    for person in kb.people():
        for term in kb.terms(person.id):
            if term.wikidata:
                assert term.wikidata.startswith("Q") and term.wikidata[1:].isdigit(), term.id
                assert seen.setdefault(term.wikidata, term.id) == term.id, (term.wikidata, term.id)


def test_knowledge_base_counts(kb):
    stats = kb.stats()
    assert stats["countries and territories"] >= 249
    assert stats["people"] >= 150
    assert stats["terms with dates"] <= stats["terms of office"]


# ---------------------------------------------------------------- partial dates

PEOPLE_HEADER = "id\tname\taliases\tsurname\tcountry\torg\tsectors\trole\trole_key\tterm_start\tterm_end\twikidata\n"


def test_a_term_recorded_to_the_month_counts_from_that_month(tmp_path):
    f = tmp_path / "people.tsv"
    f.write_text(
        PEOPLE_HEADER
        + "xyz.one\tAda One\t\t\tNZL\t\tGOV\tPremier\ttest_office\t2001-03\t2004\t\n"
        + "xyz.two\tBea Two\t\t\tNZL\t\tGOV\tPremier\ttest_office\t2004\t\t\n",
        encoding="utf-8",
    )
    kb = KnowledgeBase.load(extra=[f])
    assert holder(kb, "NZL", "test_office", "2001-02-28") is None
    assert holder(kb, "NZL", "test_office", "2001-03-01") == "xyz.one"
    assert holder(kb, "NZL", "test_office", "2003-12-31") == "xyz.one"
    assert holder(kb, "NZL", "test_office", "2004-01-01") == "xyz.two"


def test_bad_rows_are_all_reported_with_file_line_and_id(tmp_path):
    f = tmp_path / "mine.tsv"
    f.write_text(
        PEOPLE_HEADER
        + "xyz.one\tAda One\t\t\tNZL\t\tGOV\tPremier\tpm\t2001-13\t\t\n"
        + "xyz.two\tBea Two\t\t\tZZZ\t\tGOV\tPremier\tpm\t2004-01-01\t2003-01-01\t\n",
        encoding="utf-8",
    )
    with pytest.raises(DataFileError) as info:
        KnowledgeBase.load(extra=[f])
    text = "\n".join(info.value.problems)
    assert "mine.tsv:2 (id=xyz.one)" in text and "term_start" in text
    assert "mine.tsv:3 (id=xyz.two)" in text and "unknown country 'ZZZ'" in text
    assert "not after term_start" in text


# ---------------------------------------------------------------- user layers and settings


def _user_file(tmp_path):
    f = tmp_path / "mine.tsv"
    f.write_text(
        PEOPLE_HEADER
        + "nzl.tester_quinn\tQuinn Tester\t\t\tNZL\t\tGOV\tMinister of Tests\ttest_minister\t2020-01-01\t\t\n",
        encoding="utf-8",
    )
    return f


def test_environment_layers_a_user_file(tmp_path, monkeypatch):
    monkeypatch.setenv("TACITUS_KB_EXTRA", str(_user_file(tmp_path)))
    KnowledgeBase.reset_default()
    try:
        assert KnowledgeBase.default().lookup("Quinn Tester")[0].country == "NZL"
    finally:
        monkeypatch.delenv("TACITUS_KB_EXTRA")
        KnowledgeBase.reset_default()
    assert not KnowledgeBase.default().lookup("Quinn Tester")


def test_config_file_layers_a_user_file(tmp_path, monkeypatch):
    _user_file(tmp_path)
    (tmp_path / "tacitus.toml").write_text('[kb]\nextra = ["mine.tsv"]\n', encoding="utf-8")
    monkeypatch.setenv("TACITUS_CONFIG", str(tmp_path / "tacitus.toml"))
    KnowledgeBase.reset_default()
    try:
        assert KnowledgeBase.default().lookup("Quinn Tester")
    finally:
        monkeypatch.delenv("TACITUS_CONFIG")
        KnowledgeBase.reset_default()


def test_a_missing_layer_file_is_a_clear_error(tmp_path, monkeypatch):
    monkeypatch.setenv("TACITUS_KB_EXTRA", str(tmp_path / "nope.tsv"))
    KnowledgeBase.reset_default()
    try:
        with pytest.raises(TacitusError, match="nope.tsv"):
            KnowledgeBase.default()
    finally:
        monkeypatch.delenv("TACITUS_KB_EXTRA")
        KnowledgeBase.reset_default()


# ---------------------------------------------------------------- PETRARCH import (our own sample)

OUR_ACTORS = textwrap.dedent(
    """\
    <!-- a dictionary written for this test -->
    # comment line
    NORTHLAND_  [NZL]
    +NORTHLANDERS
    QUINN_TESTER_
    +PRESIDENT_TESTER
    \t[NZLGOV 180101-201231]
    \t[NZLOPP >210101]   # after leaving office
    \t[NZLELI <180101]
    ORC_HORDE  [MORREB]
    SPARE_ACTOR  [---]
    OLD_JAPAN_  [JAP]
    """
)
OUR_AGENTS = textwrap.dedent(
    """\
    !MIN! = MINISTER, MINISTERS
    HARBOUR_!MIN! [~GOV]
    RIOT_POLICE {} [~COP]
    DOCKWORKER {DOCKWORKERS} [~LAB]
    STRANGE_THING [~ZZZ]
    """
)


def test_petrarch_actors_convert_with_dated_codes():
    conv = petrarch.convert_actors(OUR_ACTORS.splitlines())
    people = conv.rows["people"]
    assert [(p["sectors"], p["term_start"], p["term_end"]) for p in people] == [
        ("GOV", "2018-01-01", "2021-01-01"),
        ("OPP", "2021-01-01", ""),
        ("ELI", "1900", "2018-01-01"),
    ]
    assert people[0]["aliases"] == "President Tester"
    orgs = {o["name"]: o for o in conv.rows["organizations"]}
    assert orgs["Northland"]["country"] == "NZL" and orgs["Northland"]["aliases"] == "Northlanders"
    assert orgs["Old Japan"]["country"] == "JPN"  # legacy CAMEO code
    reasons = {p.reason for p in conv.problems}
    assert "unknown country in code" in reasons  # MOR is no country
    assert any("placeholder" in r for r in reasons)


def test_petrarch_agents_convert_with_macros_and_plurals():
    conv = petrarch.convert_agents(OUR_AGENTS.splitlines())
    rows = {r["term"]: r for r in conv.rows["agents"]}
    assert {"harbour minister", "harbour ministers", "riot police", "dockworker"} <= set(rows)
    assert rows["dockworker"]["forms"] == "dockworkers" and rows["dockworker"]["sectors"] == "LAB"
    assert rows["riot police"]["sectors"] == "COP"
    assert [p.line for p in conv.problems] == [5]


def test_import_petrarch_command_writes_files_that_load(tmp_path, capsys):
    src = tmp_path / "ours.actors"
    src.write_text(OUR_ACTORS, encoding="utf-8")
    assert main(["kb", "import-petrarch", str(src), "-o", str(tmp_path / "out" / "ours")]) == 0
    out = capsys.readouterr().out
    assert "not converted" in out and "ours.actors:" in out
    people = tmp_path / "out" / "ours.people.tsv"
    kb = KnowledgeBase.load(extra=[people, tmp_path / "out" / "ours.organizations.tsv"])
    assert kb.lookup("Quinn Tester", date="2019-06-01")[0].sectors == ("GOV",)
    assert kb.lookup("Quinn Tester", date="2022-06-01")[0].sectors == ("OPP",)


@pytest.mark.skipif(not PETRARCH.is_dir(), reason="../shared/eval/petrarch is not here")
def test_import_of_petrarchs_own_validation_dictionaries(tmp_path, capsys):
    for name in ("PETR.Validate.actors.txt", "PETR.Validate.agents.txt"):
        assert (
            main(["kb", "import-petrarch", str(PETRARCH / name), "-o", str(tmp_path / name)]) == 0
        )
    out = capsys.readouterr().out
    assert "converted files validate" in out
    assert "organizations row(s)" in out and "agents row(s)" in out


# ---------------------------------------------------------------- the other kb commands


def test_kb_lookup_by_name_and_date(capsys):
    assert main(["kb", "lookup", "Kihara", "--date", "2023-10-05", "--json"]) == 0
    found = json.loads(capsys.readouterr().out)
    assert found[0]["id"] == "jpn.kihara_minoru" and found[0]["in_office"] is True


def test_kb_lookup_of_unknown_name_fails(capsys):
    assert main(["kb", "lookup", "Nobody Whatsoever Xq", "--date", "2023-10-05"]) == 1


def test_kb_validate_reports_user_file_problems(tmp_path, capsys):
    f = tmp_path / "bad.tsv"
    f.write_text(PEOPLE_HEADER + "BAD ID\tX\t\t\tNZL\t\tGOV\t\t\t\t\t\n", encoding="utf-8")
    assert main(["kb", "validate", str(f)]) == 1
    assert "bad.tsv:2" in capsys.readouterr().out
    assert main(["kb", "validate"]) == 0
    assert "knowledge base OK" in capsys.readouterr().out


# ---------------------------------------------------------------- the index cache


def test_built_indexes_are_cached_and_a_changed_file_rebuilds(tmp_path, monkeypatch):
    monkeypatch.setenv("TACITUS_CACHE_DIR", str(tmp_path / "cache"))
    mine = _user_file(tmp_path)
    first = KnowledgeBase.load(extra=[mine])
    cached = list((tmp_path / "cache").glob("kb-*.pickle"))
    assert len(cached) == 1
    from spacy.lang.en import English

    words = first.phrase_words(English().make_doc)  # tokenized once, kept beside the indexes
    assert words["Quinn Tester"] == ["Quinn", "Tester"]
    assert len(list((tmp_path / "cache").glob("kb-*.words.pickle"))) == 1
    again = KnowledgeBase.load(extra=[mine])
    assert again.stats() == first.stats() and again.lookup("Quinn Tester")
    assert again.phrase_words(lambda p: 1 / 0) == words  # read from the cache, not re-tokenized
    mine.write_text(mine.read_text(encoding="utf-8").replace("Quinn Tester", "Quinn Checker"))
    changed = KnowledgeBase.load(extra=[mine])
    assert changed.lookup("Quinn Checker") and not changed.lookup("Quinn Tester")
    assert len(list((tmp_path / "cache").glob("kb-*[0-9a-f].pickle"))) == 2


def test_an_unwritable_cache_only_costs_a_rebuild(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("TACITUS_CACHE_DIR", str(blocker / "cache"))
    assert KnowledgeBase.load().stats()["countries and territories"] >= 249


@pytest.mark.parametrize(
    ("name", "iso3"),
    [("Yugoslavia", "SRB"), ("Serbia and Montenegro", "SRB"), ("the Soviet Union", "RUS"),
     ("Zaire", "COD"), ("Czechoslovakia", "CZE")],
)  # fmt: skip
def test_former_states_resolve_to_their_successor(kb, name, iso3):
    found = kb.lookup(name, date="1995-06-01")
    assert found and found[0].country == iso3


def test_a_role_noun_listed_only_in_the_plural_is_found_by_its_lemma(kb):
    # the events stage asks by lemma ("sniper", "warship"); the table may list only plurals
    plural_only = [
        f for f in kb.agent_forms() if f.endswith("s") and f[:-1] not in kb.agent_forms()
    ]
    assert plural_only, "the table lists some plurals without their singular"
    for form in plural_only:
        assert kb.agent(form[:-1]) is kb.agent(form), form
    assert kb.agent("officer").sectors == ("COP",)
