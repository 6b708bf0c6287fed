"""Possessive pronouns on event nouns and on the people they act on (tacitus.actors.references).

"his"/"her" in a time adjunct ("met Putin ..., a day after his talks with Zelenskiy") is the
clause's subject, unless the subject is the other side named on the noun or the noun is a
journey (a guest's); "his"/"her"/"its" after a judging verb ("thanked Erdogan for his help",
"punish Pyongyang for its shelling", "criticised Tokyo over its whaling") is the one judged;
"its" after "urged X to apologise for" is the one asked; the people an act is done to ("the
killing of its soldiers") take the owner's state. Look-alikes keep today's reading: a gerund's
object ("accused Somalia of violating its sovereignty" is the accuser's), a non-actor object
("fined the company for its role"), a clause's own subject ("said it would keep its troops"),
"its own", and a visit ("received Widodo during his visit"). Sentences are ours."""

from __future__ import annotations

import pytest


def _coded(pipeline, text: str, date: str = "2023-06-01"):
    """(mention text -> CAMEO code, None when unresolved) and (actors, recipients) per event."""
    from tacitus import coder

    an = coder.code_text(text, date=date, pipeline=pipeline)
    codes = {m.text: m.actor.cameo_code if m.actor is not None else None for m in an.mentions}
    events = [
        (
            e.plover.get("type"),
            "+".join(str(a.country) for a in e.actor),
            "+".join(str(a.country) for a in e.recipient),
        )
        for e in an.events
    ]
    return codes, events


# 1. "his"/"her" in a time adjunct: the clause's subject


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Indonesian President Joko Widodo met Vladimir Putin in Moscow on Friday, two days "
         "after his talks with Volodymyr Zelenskiy in Kyiv.", "IDNGOV"),
        ("French President Emmanuel Macron received Olaf Scholz in Paris a week after his "
         "meeting with Joe Biden.", "FRAGOV"),
        ("Joko Widodo met Vladimir Putin after his talks with Narendra Modi.", "IDNGOV"),
        ("Kim Jong Un met Moon Jae-in a day after his missile test.", "PRKGOV"),
        ("Emmanuel Macron spoke with Olaf Scholz after his talks with Joe Biden.", "FRAGOV"),
        ("Joe Biden met Xi Jinping on Monday, days after his phone call with Fumio Kishida.",
         "USAGOV"),
    ],
)  # fmt: skip
def test_adjunct_possessive_is_the_clause_subject(pipeline, text, code):
    codes, _ = _coded(pipeline, text)
    assert codes.get("his") == code


def test_adjunct_talks_are_the_subjects_with_the_third_party(pipeline):
    _, events = _coded(
        pipeline,
        "Indonesian President Joko Widodo met Vladimir Putin in the Kremlin on Thursday, a day "
        "after his talks with Volodymyr Zelenskiy in Kyiv.",
    )
    assert ("CONSULT", "IDN", "UKR") in events
    assert ("CONSULT", "RUS", "UKR") not in events


# 2. a judging verb: the possessor is the one judged


@pytest.mark.parametrize(
    ("text", "pronoun", "code"),
    [
        ("Turkish President Tayyip Erdogan thanked Vladimir Putin for his help in the prisoner "
         "swap.", "his", "RUSGOV"),
        ("Joe Biden congratulated Emmanuel Macron on his re-election.", "his", "FRAGOV"),
        ("Angela Merkel praised Theresa May for her courage.", "her", "GBRGOV"),
        ("Seoul vowed to punish Pyongyang for its shelling of the border town.", "its",
         "PRKGOV"),
        ("Japan blamed China for its seizure of the fishing boat.", "its", "CHN"),
        ("Tokyo condemned Beijing over its detention of a Japanese businessman.", "its",
         "CHNGOV"),
        ("Canada thanked Norway for its mediation between the two sides.", "its", "NOR"),
        ("Israel criticised the United Nations for its report on Gaza.", "its", "IGOUNO"),
        ("Washington sanctioned Moscow over its annexation of Crimea.", "its", "RUSGOV"),
    ],
)  # fmt: skip
def test_judged_object_owns_the_act(pipeline, text, pronoun, code):
    codes, _ = _coded(pipeline, text)
    assert codes.get(pronoun) == code


def test_detention_by_the_judged_state(pipeline):
    _, events = _coded(
        pipeline, "Tokyo condemned Beijing over its detention of a Japanese businessman."
    )
    assert ("COERCE", "CHN", "JPN") in events


# 3. the party asked to apologise for its own act


def test_asked_party_owns_the_act(pipeline):
    codes, _ = _coded(
        pipeline, "Beijing urged Washington to apologise for its bombing of the embassy."
    )
    assert codes.get("its") == "USAGOV"


# 4. the people an act is done to take the owner's state


@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        ("India protested the killing of its soldiers by Chinese troops.", "soldiers", "INDMIL"),
        ("Greece condemned the arrest of its citizens by Turkish police.", "citizens", "GRCCVL"),
        ("Manila protested the harassment of its fishermen by Chinese coast guard vessels.",
         "fishermen", "PHLCVL"),
        ("Pakistan summoned the Indian envoy after the deaths of its soldiers in Kashmir.",
         "soldiers", "PAKMIL"),
    ],
)  # fmt: skip
def test_people_acted_on_take_the_owner(pipeline, text, mention, code):
    codes, _ = _coded(pipeline, text)
    assert codes.get(mention) == code


def test_killing_of_own_soldiers_is_the_other_sides(pipeline):
    _, events = _coded(pipeline, "India protested the killing of its soldiers by Chinese troops.")
    assert ("ASSAULT", "CHN", "IND") in events


def test_arrest_of_own_citizens_is_the_police_state(pipeline):
    _, events = _coded(pipeline, "Greece condemned the arrest of its citizens by Turkish police.")
    assert ("COERCE", "TUR", "GRC") in events


# 5. look-alikes keep today's reading


def test_subject_named_as_the_other_side_is_ruled_out(pipeline):
    codes, _ = _coded(
        pipeline,
        "Xi Jinping received Vladimir Putin in Beijing a month after his video call with Xi.",
    )
    assert codes.get("his") == "RUSGOV"


def test_visit_is_the_guests(pipeline):
    codes, _ = _coded(pipeline, "Vladimir Putin received Joko Widodo during his visit to Moscow.")
    assert codes.get("his") == "IDNGOV"


@pytest.mark.parametrize(
    "text",
    [
        # a gerund's object: one does not violate one's own sovereignty
        "Kenyan officials accused Somalia of violating its sovereignty.",
        "Iran accused Israel of attacking its nuclear facilities.",
        # the object judged is no actor: "its" is the company's
        "The regulator fined the company for its role in the scandal.",
        # a clause's own subject: left to the events stage's own reading
        "Russia said it would keep its troops in the region.",
        "China criticised its own officials for their failures.",
    ],
)
def test_no_its_mention(pipeline, text):
    codes, _ = _coded(pipeline, text)
    assert "its" not in codes


def test_own_troops_stay_unplaced_outside_an_act(pipeline):
    codes, _ = _coded(pipeline, "Russia said it would keep its troops in the region.")
    assert codes.get("troops") is None


def test_plural_their_is_not_its(pipeline):
    codes, _ = _coded(pipeline, "Germany praised the rebels for their restraint.")
    assert "their" not in codes
