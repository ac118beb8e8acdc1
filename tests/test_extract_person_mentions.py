"""Person mentions typed as people (issue #10, part 3): names with an
apostrophe, a person after an owner's possessive, a title and a surname.

Every sentence here is made up (invented people, places and events).
"""

from __future__ import annotations

from extract_helpers import one


def test_surname_with_apostrophe_resolves_to_the_full_name():
    c = one("Former governor Ivo O'Kelp spoke in Telk. \"We are neighbours,\" O'Kelp said.",
            "We are neighbours")
    assert (c.speaker, c.sourcing) == ("Ivo O'Kelp", "named_person")


def test_curly_apostrophe_name():
    c = one("Senator Lina D\u2019Osk spoke first. \"We will win,\" D\u2019Osk said.", "We will win")
    assert (c.speaker, c.sourcing) == ("Lina D\u2019Osk", "named_person")


def test_person_after_an_outlets_possessive():
    c = one("The Kelp Herald's Matt Roe wrote a column. \"We do this for the readers,\" Roe wrote.",
            "We do this for the readers")
    assert (c.speaker, c.sourcing) == ("Matt Roe", "named_person")


def test_person_after_a_countrys_title():
    c = one("Japan's Prime Minister Ivo Dalkan arrived on Monday. Dalkan said the talks had failed.",
            "the talks had failed")
    assert (c.speaker, c.sourcing, c.speaker_role) == ("Ivo Dalkan", "named_person", "Japan's Prime Minister")


def test_possessive_before_a_place_is_no_person():
    c = one("Tuesday's New Hampshire vote was close, Jo Roe said.", "Tuesday's New Hampshire vote was close")
    assert c.speaker == "Jo Roe"


def test_title_and_surname_alone_is_a_person():
    c = one("\"We are going to win that one,\" Gov. Kelpson replied.", "We are going to win that one")
    assert c.sourcing == "named_person"


def test_a_title_held_by_one_person_names_a_person():
    for who in ("The Dalai Lama", "The Emir of Kelpstan", "The Grand Mufti"):
        c = one(f"{who} said the talks should resume.", "the talks should resume")
        assert c.sourcing == "named_person", (who, c.sourcing)


def test_a_title_inside_a_clause_before_the_name_is_no_role():
    c = one("Senator Lina Osk will meet with Ivo Dal on Monday. Dal said the ferry would run.",
            "the ferry would run")
    assert c.speaker == "Ivo Dal" and c.speaker_role is None


def test_a_title_right_before_the_name_is_still_the_role():
    c = one("Harbour chief Ivo Dal said the ferry would run.", "the ferry would run")
    assert (c.speaker, c.speaker_role) == ("Ivo Dal", "Harbour chief")


def test_lower_case_and_occupation_titles_are_roles():
    c = one("The port would close, harbour master Ivo Dal said.", "The port would close")
    assert (c.speaker, c.speaker_role) == ("Ivo Dal", "harbour master")
    c = one("Novelist Lina Osk said the ferry would run.", "the ferry would run")
    assert (c.speaker, c.speaker_role) == ("Lina Osk", "Novelist")
