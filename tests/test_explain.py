"""`tacitus explain`: every decision about a sentence, with its reason."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from tacitus import coder, explain

TEXT = (
    "US Secretary of Defense Lloyd Austin met Japanese Defense Minister Minoru Kihara at the "
    "Pentagon on Wednesday. North Korea did not attack South Korea. The weather was warm. "
    '"The alliance is strong," Austin said.'
)


@pytest.fixture(scope="module")
def explained(pipeline):
    return explain.explain(coder.code_text(TEXT, date="2023-10-05", pipeline=pipeline))


def test_an_event_with_its_rule_codes_date_and_place(explained):
    s0 = explained["sentences"][0]
    assert s0["text"].startswith("US Secretary") and s0["start"] == 0
    assert any(t["lemma"] == "meet" and t["dep"] == "ROOT" for t in s0["tokens"])
    (ev,) = s0["events"]
    assert ev["rule"] == "consult.meet" and ev["pattern"]["id"] == "consult.meet"
    assert ev["trace"][0].startswith("verb 'met'")
    assert ev["cameo"]["code"] == "040" and ev["cameo"]["goldstein"] == 1.0
    assert "crosswalk" in ev["why_codes"]
    assert ev["date"]["value"] == "2023-10-04" and "Wednesday" in ev["date"]["reason"].title()
    assert ev["location"]["country"] == "USA" and ev["location"]["reason"]
    austin = ev["actor"][0]
    assert austin["resolution"] == "kb-person" and austin["entity_id"]
    assert austin["term"]["start"] <= "2023-10-05" and austin["term"]["in_office"]


def test_flags_say_which_words_set_them(explained):
    (ev,) = explained["sentences"][1]["events"]
    assert ev["flags"]["negated"] and "'not' on 'attack'" in ev["flag_reasons"]["negated"]


def test_a_sentence_without_events_lists_what_was_considered(explained):
    s3 = explained["sentences"][3]
    assert s3["events"] == []
    said = next(c for c in s3["considered"] if c["lemma"] == "say")
    # "say" has one sense ("said no to the plan"), which needs its "to" phrase
    assert said["why"] == "no sense's conditions held: statements.reject.say_no (no 'to' phrase)"
    (quote,) = s3["quotes"]
    assert quote["speaker"]["country"] == "USA" and quote["cue"] == "said"


def test_a_verb_whose_senses_all_fail_says_which_condition_each_failed(pipeline):
    # "hosted" is a visit only with a visitor as object; "deployed" needs forces
    text = "Kenya hosted the final. Kenya deployed a new app."
    analysis = coder.code_text(text, date="2023-10-05", pipeline=pipeline)
    sents = explain.explain(analysis)["sentences"]
    whys = [c["why"] for s in sents for c in s["considered"] if c["lemma"] in ("host", "deploy")]
    assert len(whys) == 2 and all(w.startswith("no sense's conditions held: ") for w in whys)
    assert "(object 'final', not " in whys[0] and "(object 'app', not " in whys[1], whys


def test_render_and_one_sentence(pipeline):
    analysis = coder.code_text(TEXT, date="2023-10-05", pipeline=pipeline)
    one = explain.explain(analysis, sentence=1)
    assert [s["index"] for s in one["sentences"]] == [1]
    text = explain.render(one)
    assert "ASSAULT" in text and "rule assault.attack" in text and "negated ('not'" in text
    assert "token" in text and "lemma" in text  # the parse table


@pytest.mark.slow
def test_cli(tmp_path):
    path = tmp_path / "story.txt"
    path.write_text(TEXT + "\n", encoding="utf-8")

    def run(*args):
        return subprocess.run([sys.executable, "-m", "tacitus.cli", "explain", str(path), *args],
                              capture_output=True, text=True, timeout=300)  # fmt: skip

    out = run("--date", "2023-10-05", "--publisher", "Example Daily", "--sentence", "0")
    assert out.returncode == 0, out.stderr
    assert "CONSULT" in out.stdout and "rule consult.meet" in out.stdout
    assert "publisher Example Daily" in out.stdout and "== sentence 1" not in out.stdout
    js = run("--date", "2023-10-05", "--json", "--no-parse")
    assert js.returncode == 0, js.stderr
    data = json.loads(js.stdout)
    assert len(data["sentences"]) == 4
    assert run("--date", "2023-10-05", "--sentence", "9").returncode == 2
    missing = run()
    assert missing.returncode == 1 and "no publication date" in missing.stderr


def test_a_recipient_found_by_a_later_pass_replaces_the_empty_first_look(pipeline):
    from tacitus import coder

    an = coder.code_text(
        "Kenya accused Uganda of arming the rebels, and Kampala threatened to close the border.",
        date="2020-01-01",
        pipeline=pipeline,
    )
    threat = next(e for e in an.events if e.plover["type"] == "THREATEN")
    lines = [h for h in threat.rule.split(" | ")[1].split("; ") if h.startswith("recipient:")]
    assert lines == ["recipient: whose act it answers ('accused')"], threat.rule


def test_a_barred_object_is_named_as_barred(pipeline):
    # "fought" is no assault when what is fought is a blaze (bars_object: mishap)
    text = "Greek soldiers fought a huge forest blaze near Athens on Tuesday."
    analysis = coder.code_text(text, date="2023-07-18", pipeline=pipeline)
    sents = explain.explain(analysis)["sentences"]
    whys = [c["why"] for s in sents for c in s["considered"] if c["lemma"] == "fight"]
    assert whys and "assault.fight (object 'blaze' is barred)" in whys[0], whys
