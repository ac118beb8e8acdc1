"""Who said it: the constructions the audit rounds left open (issue #10, part 3).

Invented sentences and names only."""

from __future__ import annotations

from extract_helpers import one


# -- two people of one surname ------------------------------------------------

def test_a_bare_surname_is_the_namesake_named_last():
    text = ("Ann Vole opened the bakery in 1990. Tom Vole, a grocer, took it over in 2001. "
            "Vole said the bakery would close in May.")
    c = one(text, "the bakery would close in May")
    assert c.speaker == "Tom Vole"


def test_the_namesake_named_last_again_takes_the_surname_back():
    text = ("Ann Vole opened the bakery in 1990. Tom Vole, a grocer, took it over in 2001. "
            "Vole said that prices rose. Ann Vole disagreed at the meeting. Vole said prices fell.")
    assert one(text, "prices rose").speaker == "Tom Vole"
    assert one(text, "prices fell").speaker == "Ann Vole"


def test_a_namesake_said_of_the_first_in_one_sentence_leaves_the_surname_to_the_first():
    text = ("Tom Vole, the brother of the baker Ann Vole, sells the bread. "
            "Vole said that prices rose.")
    assert one(text, "prices rose").speaker == "Tom Vole"


def test_a_relative_named_with_a_possessive_leaves_the_surname_to_the_first():
    text = ("Ann Vole opened the bakery in 1990. Her nephew Tom Vole joined in 2001. "
            "Vole said the bakery would close in May.")
    assert one(text, "the bakery would close in May").speaker == "Ann Vole"


def test_two_namesakes_joined_by_and_leave_the_surname_unresolved():
    text = "Ann Vole and Tom Vole run the bakery. Vole said the harvest was poor."
    c = one(text, "the harvest was poor")
    assert c.speaker == "Vole"
    assert c.sourcing == "named_person"


def test_two_spellings_of_one_forename_stay_one_person():
    text = ("Joseph Vole opened the bakery in 1990. Joe Vole spoke at the fair. "
            "Vole said the bakery would close in May.")
    assert one(text, "the bakery would close in May").speaker == "Joseph Vole"
