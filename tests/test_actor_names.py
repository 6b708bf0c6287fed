"""Names that several people share, people named by their place, and the UN tribunals."""

from __future__ import annotations

import pytest

from tacitus import coder


def _mentions(pipeline, text, date):
    an = coder.code_text(text, date=date, pipeline=pipeline)
    return {m.text: (m.actor.cameo_code if m.actor else None) for m in an.mentions}


def _codes(pipeline, text, date):
    an = coder.code_text(text, date=date, pipeline=pipeline)
    return [(m.text, m.actor.cameo_code if m.actor else None) for m in an.mentions]


@pytest.mark.parametrize(
    ("text", "date", "mention", "code"),
    [
        # a surname two people carry: the one in office that day
        ("Clinton met Jordan's King Abdullah on Monday.", "1999-04-10", "Clinton", "USAGOV"),
        ("President Clinton spoke to reporters.", "1999-04-10", "President Clinton", "USAGOV"),
        ("Clinton met Lavrov in Geneva.", "2010-04-10", "Clinton", "USAGOV"),
        ("President Bush warned Saddam Hussein.", "1991-01-10", "President Bush", "USAGOV"),
        # one full name, two people: the country before it, or the office the name carries
        ("Clinton met Jordan's King Abdullah on Monday.", "1999-04-10", "King Abdullah",
         "JORGOV"),
        ("King Abdullah met Bush in Crawford.", "2002-04-10", "King Abdullah", "JORGOV"),
        # both were kings in 2008: nothing tells them apart
        ("King Abdullah said the kingdom would raise oil output.", "2008-04-10",
         "King Abdullah", None),
        # people named by the place they live in
        ("Hundreds of Kosovo Albanians marched through Pristina.", "1999-04-10", "Albanians",
         "SRBCVL"),
        ("Thousands of Albanians crossed into Greece.", "1999-04-10", "Albanians", "ALBCVL"),
        # the UN tribunals of the 1990s
        ("The U.N. war crimes tribunal indicted Slobodan Milosevic.", "1999-05-27",
         "U.N. war crimes tribunal", "IGOUNO"),
        ("The Rwanda war crimes tribunal convicted a former mayor.", "1998-09-02",
         "Rwanda war crimes tribunal", "IGOUNO"),
    ],
)  # fmt: skip
def test_names_resolve_to_the_person_meant_that_day(pipeline, text, date, mention, code):
    got = _mentions(pipeline, text, date)
    assert mention in got, got
    assert got[mention] == code, got


def test_two_kings_of_one_name_told_apart_by_their_countries(pipeline):
    got = _codes(pipeline, "Saudi King Abdullah met Jordan's King Abdullah in Riyadh.",
                 "2008-04-10")  # fmt: skip
    assert [c for t, c in got if t == "King Abdullah"] == ["SAUGOV", "JORGOV"], got


def test_a_surname_many_people_carry_stays_unresolved_without_the_article(pipeline):
    # several Kims hold office in 2019: a bare "Kim" is nobody in particular
    got = _mentions(pipeline, "Kim met Putin in Vladivostok.", "2019-04-25")
    assert "Kim" not in got or got["Kim"] is None, got
    assert got["Putin"] == "RUSGOV", got
