"""Actor gaps, round 7 (tacitus.actors.resolve): subjects of event verbs that resolved to no
actor. A subject "it" is the state or body that reports or governs its clause; "its", "his" and
"her" give an owned body ("its military", "his country") the owner's state; "he"/"his" in a
reported clause is its reporter; a bare "the government" or "troops" in a sentence that names
one state only, twice, is that state's. Sentences are ours."""

from __future__ import annotations

from tacitus.actors.resolve import resolve_text

from .conftest import mention_codes


def _codes(nlp, text, date="2023-03-01"):
    return mention_codes(nlp, text, date)


def _code_at(nlp, text, word, n=1, date="2023-03-01"):
    """The CAMEO code of the mention covering the n-th whole-word ``word`` (None: none)."""
    seen = 0
    for m in resolve_text(nlp, text, date=date):
        if m.text == word or m.text.endswith(" " + word):
            seen += 1
            if seen == n:
                return m.actor.cameo_code if m.actor is not None else None
    return None


# 1. "it": the state or body that reports or governs its clause


def test_it_in_a_reported_clause_is_the_reporter(nlp):
    assert _code_at(nlp, "Moscow said it would take retaliatory steps.", "it") == "RUSGOV"
    text = "The Sri Lankan government said on Friday it would pull out of the truce."
    assert _code_at(nlp, text, "it") == "LKAGOV"
    text = "Niger's junta announced that it was ending a defence pact with France."
    assert _code_at(nlp, text, "it") == "NERMIL"


def test_it_after_a_relative_clause_and_a_new_sentence(nlp):
    text = "Turkey, which says it will respond, moved tanks to the border."
    assert _code_at(nlp, text, "it") == "TUR"
    text = "Peru said it had detained two Bolivian officers. It also closed a border post."
    assert _code_at(nlp, text, "it") == "PER"
    assert _code_at(nlp, text, "It") == "PER"


def test_it_is_left_alone_where_it_is_no_party(nlp):
    # an expletive, a person reporting, a plural, a quotation, a thing as the governing subject
    assert _code_at(nlp, "It is unclear whether Chile will attend the summit.", "It") is None
    assert _code_at(nlp, "It was reported that Chile had closed the border.", "It") is None
    assert _code_at(nlp, "Putin said it would respond in kind.", "it") is None
    assert _code_at(nlp, "India struck what it called militant camps.", "it") is None
    assert _code_at(nlp, "Oman said it might close the embassy.", "it") is None
    assert _code_at(nlp, "Chinese troops said it was over.", "it") is None
    text = 'Spain\'s foreign minister said: "It will not stand."'
    assert _code_at(nlp, text, "It") is None
    assert _code_at(nlp, "The plan failed because it was flawed, Germany said.", "it") is None


# 2. "its", "his", "her": an owned body takes its owner's state


def test_its_body_as_subject_takes_the_owner(nlp):
    text = "Iran admitted on Monday that its military had shot down a passenger jet."
    assert _code_at(nlp, text, "military") == "IRNMIL"
    text = "Myanmar's junta declared a truce, days after its navy shelled three villages."
    assert _code_at(nlp, text, "navy") == "MMRMIL"
    # weapons need a country word in front of them ("Burmese aircraft"), not a pronoun
    text = "Myanmar's junta declared a truce, days after its aircraft bombed three villages."
    assert _code_at(nlp, text, "aircraft") is None


def test_his_country_is_the_owner_state(nlp):
    text = "Algerian Foreign Minister Ramtane Lamamra said his country was cutting ties with Rabat."
    assert _code_at(nlp, text, "country", date="2021-08-24") == "DZAGOV"


def test_owned_body_not_a_subject_or_abroad_is_left_to_the_events_stage(nlp):
    # "recalled its ambassador to Madrid": the mission is placed by where it serves
    assert _code_at(nlp, "Algeria recalled its ambassador to Madrid.", "ambassador") is None
    # an object: "withdraw its troops from Ukraine" keeps the place as the target
    text = "Russia refused to withdraw its troops from Ukraine."
    assert _code_at(nlp, text, "troops") != "RUSMIL"


def test_its_under_an_object_control_verb_is_the_object(nlp):
    text = "Beijing urged Tokyo to say its navy would leave the strait."
    assert _code_at(nlp, text, "navy") != "CHNMIL"


# 3. he/his in a reported clause is the reporter


def test_his_in_a_reported_clause_is_the_reporter(nlp):
    text = (
        "North Korean leader Kim Jong Il admitted to Japanese Prime Minister Junichiro Koizumi"
        " that his spies had seized Japanese citizens."
    )
    codes = _codes(nlp, text, "2002-09-17")
    assert codes.get("his") == "PRKGOV"


# 4. a bare body in a sentence that names one state only, twice


def test_bare_government_in_a_one_state_sentence(nlp):
    text = (
        "Georgian police dispersed protesters in Tbilisi on Friday after the government"
        " suspended talks with the European Union."
    )
    assert _code_at(nlp, text, "government") == "GEOGOV"
    text = "Egyptian security forces cleared a sit-in in Cairo as the government declared a curfew."
    assert _code_at(nlp, text, "government") == "EGYGOV"


def test_bare_body_left_alone_when_the_state_is_named_once_or_two_states_are(nlp):
    text = "Russian troops shelled Kharkiv, and the government appealed for help."
    assert _code_at(nlp, text, "government") is None
    text = "Israeli forces raided a camp near Jenin in the West Bank, and the government protested."
    assert _code_at(nlp, text, "government") is None


def test_one_state_sentence_places_the_opposition_too(nlp):
    text = (
        "Thai soldiers cleared a protest camp in Bangkok, and protest leaders gave themselves up."
    )
    assert _code_at(nlp, text, "protest leaders") == "THAOPP"


# 5. counted people with a nationality: "thousands of Polish women", "Iranian youths"


def test_women_and_youths_with_a_nationality(nlp):
    text = "Thousands of Chilean women marched through the capital on Sunday."
    assert _code_at(nlp, text, "Chilean women") == "CHLCVL"
    text = "Iranian youths clashed with police in the capital."
    assert _code_at(nlp, text, "Iranian youths") == "IRNCVL"


def test_women_alone_are_no_actor(nlp):
    codes = _codes(nlp, "Women queued for bread on Monday.")
    assert not any(c for c in codes.values())


# 6. "the ministry" again, and "It" after it


def test_the_ministry_again_is_the_ministry_named_before(nlp):
    from tacitus.actors.resolve import resolve_doc

    text = (
        "Japan lodged a protest with Seoul over the islets on Monday, the Japanese foreign ministry"
        " said. The ministry said the visit was regrettable. It urged South Korea to show restraint."
    )
    doc = nlp(text)
    ms = resolve_doc(doc, article_id="t", date="2023-03-01")
    by = {(m.text, m.sentence_index): m.actor.cameo_code if m.actor else None for m in ms}
    assert by.get(("ministry", 1)) == "JPNGOV"
    assert by.get(("It", 2)) == "JPNGOV"


def test_the_ministry_stays_bare_when_no_same_body_was_named(nlp):
    text = "Japan and South Korea held talks. The ministry said the visit was regrettable."
    assert _code_at(nlp, text, "ministry") is None


# 7. a capital's dateline: a bare body acting on every other state its own sentence names


def _story(pipeline, text, date="2025-04-09"):
    from tacitus import coder

    a = coder.code_text(text, date=date, pipeline=pipeline)
    return {m.text: (m.actor.cameo_code if m.actor else None) for m in a.mentions}


def test_dateline_body_acting_on_its_sentences_other_state(pipeline):
    text = (
        "BEIJING, April 9 (Reuters) - China raised its tariffs on U.S. goods on Wednesday after"
        " President Donald Trump's latest levies. The commerce ministry urged Washington to"
        " correct its mistakes. The European Union also approved countermeasures."
    )
    assert _story(pipeline, text).get("ministry") == "CHNGOV"


def test_dateline_body_not_acting_on_the_other_state_stays_bare(pipeline):
    text = (
        "BEIJING, April 9 (Reuters) - China raised its tariffs on U.S. goods on Wednesday after"
        " President Donald Trump's latest levies. The commerce ministry said Washington had"
        " broken the rules."
        " The European Union also approved countermeasures."
    )
    assert _story(pipeline, text).get("ministry") is None


# 8. troops in a clause their own force reports; forces "led by" a state


def test_troops_reported_by_their_own_army_are_its(nlp):
    text = "A Turkish army spokesman said troops had not crossed the river."
    assert _code_at(nlp, text, "troops") == "TURMIL"


def test_troops_reported_by_a_government_office_stay_bare(nlp):
    # a foreign ministry reporting on troops says nothing about whose they are
    text = "The Dutch foreign ministry said troops had opened fire on a convoy near the border."
    assert _code_at(nlp, text, "troops") != "NLDMIL"


def test_forces_led_by_a_state_are_its(nlp):
    text = "Coalition forces led by France raided a camp in northern Mali on Friday."
    assert _code_at(nlp, text, "Coalition forces") == "FRAMIL"
    assert _code_at(nlp, "Rebels led by a former colonel seized the port.", "Rebels") is None


# 9. "the alliance" after NATO; police that a state's own people act on


def test_the_alliance_is_the_military_alliance_named_before(nlp):
    text = "Serbia warned NATO on Monday, and the alliance rejected the warning."
    assert _code_at(nlp, text, "the alliance") == "IGOWSTNAT"
    text = "The African Union met in Addis Ababa, and the alliance said nothing."
    assert _code_at(nlp, text, "the alliance") is None


def test_police_prompted_by_the_states_own_people(nlp):
    text = "Nigerian students stormed a state office in Abuja, prompting police to fire tear gas."
    assert _code_at(nlp, text, "police") == "NGACOP"
    # a state acting on a bare body still says nothing of whose it is
    assert _code_at(nlp, "Russia accused the rebels of shelling Donetsk.", "rebels") is None
