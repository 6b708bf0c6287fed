"""The CAMEO and PLOVER code tables and their loader (tacitus.codes)."""

from __future__ import annotations

import pytest

from tacitus import codes
from tacitus.datafiles import package_file, read_tsv
from tacitus.errors import DataFileError

PLOVER_16 = {
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
}  # fmt: skip


def test_shipped_tables_validate():
    codes.validate_all()


def test_every_cameo_code_is_complete_and_consistent():
    all_codes = codes.cameo_codes()
    assert len(all_codes) > 280
    roots = set()
    for code in all_codes:
        c = codes.cameo(code)
        assert c.name and c.code == code and c.root == code[:2]
        root = int(c.root)
        roots.add(root)
        expected = 1 if root <= 5 else 2 if root <= 8 else 3 if root <= 14 else 4
        assert c.quad_class == expected, code
        assert -10.0 <= c.goldstein <= 10.0, code
    assert roots == set(range(1, 21))


def test_crosswalk_covers_every_code_with_valid_modes_and_contexts():
    types, contexts = codes.plover_types(), codes.plover_contexts()
    for code in codes.cameo_codes():
        p = codes.plover_for_cameo(code)
        if code[:2] in ("01", "02"):
            assert p == {"type": None, "mode": None, "contexts": []}, code
            continue
        assert p["type"] in types, code
        assert p["mode"] is None or p["mode"] in types[p["type"]].modes, code
        assert set(p["contexts"]) <= contexts, code


def test_plover_vocabulary():
    types = codes.plover_types()
    assert set(types) == PLOVER_16
    assert types["CONSULT"].modes == ("visit", "third-party", "multilateral", "phone")
    assert "investigate" in types["ACCUSE"].modes
    assert types["AGREE"].modes == ()
    assert {t.quad_class for t in types.values()} == {1, 2, 3, 4}
    for t in types.values():
        assert codes.plover_for_cameo(t.default_cameo)["type"] == t.name
        assert t.definition
    assert {
        "military",
        "diplomatic",
        "economic",
        "cbrn",
        "rights_freedoms",
    } <= codes.plover_contexts()
    assert {"GOV", "MIL", "REB", "COP", "CVL", "UAF"} <= set(codes.sectors())
    assert codes.auxiliary_modes() == {"historical", "future", "hypothetical", "negation"}


@pytest.mark.parametrize(
    ("code", "name", "goldstein"),
    [
        ("040", "Consult, unspecified", 1.0),
        ("042", "Make a visit", 1.9),
        ("112", "Accuse, unspecified", -2.0),
        ("138", "Threaten with military force", -7.0),
        ("190", "Use conventional military force, unspecified", -10.0),
        ("0874", "Retreat or surrender militarily", 10.0),
        ("057", "Sign formal agreement", 8.0),
    ],
)
def test_cameo_facts(code, name, goldstein):
    c = codes.cameo(code)
    assert (c.name, c.goldstein) == (name, goldstein)


@pytest.mark.parametrize(
    ("code", "plover_type", "mode"),
    [
        ("040", "CONSULT", None),
        ("042", "CONSULT", "visit"),
        ("041", "CONSULT", "phone"),
        ("112", "ACCUSE", "allege"),
        ("091", "ACCUSE", "investigate"),
        ("138", "THREATEN", "violence"),
        ("141", "PROTEST", "demo"),
        ("173", "COERCE", "arrest"),
        ("0841", "RETREAT", "release"),
        ("186", "ASSAULT", "targeted"),
        ("190", "ASSAULT", None),
        ("2042", "ASSAULT", "unconventional"),
    ],
)
def test_crosswalk_facts(code, plover_type, mode):
    p = codes.plover_for_cameo(code)
    assert (p["type"], p["mode"]) == (plover_type, mode)


def test_crosswalk_contexts():
    assert codes.plover_for_cameo("190")["contexts"] == ["military"]
    assert codes.plover_for_cameo("1121")["contexts"] == ["crime", "corruption"]


def test_cameo_record_is_the_event_output_object():
    assert codes.cameo_record("042") == {
        "code": "042",
        "root": "04",
        "quad_class": 1,
        "goldstein": 1.9,
    }
    assert codes.cameo_record("1823")["root"] == "18"


def test_lookups_of_unknown_codes():
    assert codes.is_cameo("042") and codes.is_cameo("1821")
    assert not codes.is_cameo("04") and not codes.is_cameo("999") and not codes.is_cameo(42)
    with pytest.raises(KeyError, match="unknown CAMEO event code '999'"):
        codes.cameo("999")
    with pytest.raises(KeyError):
        codes.plover_for_cameo("0000")
    with pytest.raises(TypeError):
        codes.cameo(42)  # type: ignore[arg-type]


def test_normalize_plover_type():
    assert codes.normalize_plover_type("CONSULT") == ("CONSULT", None)
    assert codes.normalize_plover_type("assault") == ("ASSAULT", None)
    assert codes.normalize_plover_type("DEMAND") == ("REQUEST", None)
    assert codes.normalize_plover_type("DISAPPROVE") == ("ACCUSE", None)
    assert codes.normalize_plover_type("INVESTIGATE") == ("ACCUSE", "investigate")
    assert codes.normalize_plover_type("FIGHT") == ("ASSAULT", None)
    with pytest.raises(KeyError, match="unknown PLOVER event type"):
        codes.normalize_plover_type("CRIME")


def test_data_files_carry_a_source_note():
    for name in ("cameo_events.tsv", "cameo_plover.tsv"):
        with open(package_file("codes", "data", name), encoding="utf-8") as fh:
            assert any(line.startswith("# source:") for line in fh), name
    assert package_file("codes", "data", "SOURCES.md").exists()


def test_crosswalk_file_rows_match_event_file_rows():
    events = [r.data["code"] for r in read_tsv(package_file("codes", "data", "cameo_events.tsv"))]
    walk = [r.data["cameo"] for r in read_tsv(package_file("codes", "data", "cameo_plover.tsv"))]
    assert events == walk


# --- bad files: every problem is listed with file:line ------------------------------------------

HEADER = "# source: test\ncode\tname\troot\tquad_class\tgoldstein\n"


def test_bad_cameo_table_lists_every_problem(tmp_path):
    path = tmp_path / "cameo_events.tsv"
    path.write_text(
        HEADER
        + "040\tConsult\t04\t1\t1.0\n"  # line 3: fine
        + "042\t\t04\t3\t1.9\n"  # line 4: no name, wrong quad class
        + "042\tMake a visit again\t04\t1\t1.9\n"  # line 5: duplicate
        + "190\tUse force\t19\t4\t-12\n"  # line 6: goldstein out of range
        + "9x1\tNonsense\t9x\t1\t0\n"  # line 7: bad code
        + "1821\tSexually assault\t18\t4\tbad\n",  # line 8: no parent 182, goldstein not a number
        encoding="utf-8",
    )
    with pytest.raises(DataFileError) as info:
        codes.read_cameo_events(path)
    text = "\n".join(info.value.problems)
    for expected in (
        "cameo_events.tsv:4 (code=042): 'name' is required",
        "cameo_events.tsv:4 (code=042): 'quad_class' must be 1",
        "cameo_events.tsv:5 (code=042): duplicate code (first at line 4)",
        "cameo_events.tsv:6 (code=190): 'goldstein' -12.0 is outside -10..10",
        "cameo_events.tsv:7 (code=9x1): 'code' must be 3 or 4 digits",
        "cameo_events.tsv:8 (code=1821): 'goldstein' must be a number",
        "cameo_events.tsv:8 (code=1821): parent code 182 is missing",
    ):
        assert expected in text
    assert "cameo_events.tsv:3" not in text
    assert str(path) in str(info.value)


def test_missing_source_note_is_a_problem(tmp_path):
    path = tmp_path / "cameo_events.tsv"
    path.write_text(HEADER.replace("# source: test\n", "") + "040\tConsult\t04\t1\t1.0\n")
    with pytest.raises(DataFileError, match="'# source:' header"):
        codes.read_cameo_events(path)


def test_bad_crosswalk_lists_every_problem(tmp_path):
    good = tmp_path / "cameo_events.tsv"
    good.write_text(
        HEADER + "010\tMake statement\t01\t1\t0.0\n040\tConsult\t04\t1\t1.0\n"
        "042\tMake a visit\t04\t1\t1.9\n190\tUse force\t19\t4\t-10.0\n",
        encoding="utf-8",
    )
    cameo = codes.read_cameo_events(good)
    vocab = codes.read_plover(package_file("codes", "data", "plover.yaml"))
    walk = tmp_path / "cameo_plover.tsv"
    walk.write_text(
        "# source: test\ncameo\tplover_type\tmode\tcontexts\tplover_note\n"
        "010\tAGREE\t\t\tmust stay empty\n"  # line 3
        "040\tCONSULT\tvisit\tmartian\t\n"  # line 4: bad context
        "042\tCONSULT\tbomb\t\t\n",  # line 5: bad mode; 190 has no row
        encoding="utf-8",
    )
    with pytest.raises(DataFileError) as info:
        codes.read_crosswalk(walk, cameo=cameo, plover=vocab)
    text = "\n".join(info.value.problems)
    assert "cameo_plover.tsv:3 (cameo=010): CAMEO root 01 has no PLOVER type" in text
    assert "cameo_plover.tsv:4 (cameo=040): context 'martian' is not a PLOVER context" in text
    assert "cameo_plover.tsv:5 (cameo=042): 'mode' 'bomb' is not a mode of CONSULT" in text
    assert "cameo_plover.tsv: CAMEO codes without a row: 190" in text


def test_bad_plover_yaml_lists_every_problem(tmp_path):
    path = tmp_path / "plover.yaml"
    path.write_text(
        "event_types:\n"
        "  - name: CONSULT\n"
        "    definition: Meet.\n"
        "    quad_class: 7\n"
        "    default_cameo: '999'\n"
        "    goldstein: 1.0\n"
        "    plover_score: 2.5\n"
        "    modes: [visit]\n"
        "contexts:\n  - {name: military}\n"
        "auxiliary_modes: []\n"
        "sectors:\n  - {code: GOV, meaning: Government.}\n",
        encoding="utf-8",
    )
    with pytest.raises(DataFileError) as info:
        codes.read_plover(path, cameo={"040": codes.cameo("040")})
    text = "\n".join(info.value.problems)
    assert "top-level 'source:' key is required" in text
    assert "plover.yaml:10 (name=military): 'meaning' is required" in text
    assert "plover.yaml:2 (name=CONSULT): 'quad_class' must be 1, 2, 3 or 4" in text
    assert "plover.yaml:2 (name=CONSULT): 'default_cameo' '999' is not a CAMEO code" in text
