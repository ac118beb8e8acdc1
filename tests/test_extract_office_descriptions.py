"""A definite description of an office ("the judge said", "the spokesman
added") stands for a person the article introduced with that office -- by any
role noun of it (judge / justice / magistrate; spokesman / spokeswoman /
spokesperson; ...: ``lexicon.OFFICE_GROUPS``) -- and for no one else; without
such a person the description stays the speaker (issue #10 part 3, helper
xtrail).  Invented sentences and names only."""

from __future__ import annotations

from extract_helpers import one

CONTENT = "the levy was lawful"


def _speaker(text: str) -> str | None:
    return one(text, CONTENT).speaker


def test_the_judge_is_not_a_lawyer_named_before():
    assert _speaker("Lawyer Ann Vole argued the case on Monday. The judge said the levy was lawful.") == "The judge"


def test_the_spokesman_is_not_the_minister_named_before():
    assert _speaker("Minister Tom Reyes met the press. The spokesman said the levy was lawful.") == "The spokesman"


def test_his_spokeswoman_is_not_him():
    assert _speaker("Senator Tom Reyes left early. His spokeswoman said the levy was lawful.") == "His spokeswoman"


def test_the_judge_is_the_magistrate_named_before():
    assert _speaker("Magistrate Ann Vole heard the case on Monday. The judge said the levy was lawful.") == "Ann Vole"


def test_the_spokesperson_is_the_spokesman_named_before():
    text = "Tom Reyes, a spokesman for the board, met the press. The spokesperson said the levy was lawful."
    assert _speaker(text) == "Tom Reyes"


def test_an_office_written_before_the_name_and_a_comma():
    text = "Kelpish spokesman, Tom Vole said the ferry was late. The spokesman said the levy was lawful."
    assert _speaker(text) == "Tom Vole"


def test_an_office_in_another_clause_before_the_name_is_not_his():
    text = "A Kelpish spokesman confirmed that Tom Vole had called. The spokesman said the levy was lawful."
    assert _speaker(text) != "Tom Vole"


def test_a_description_in_apposition_right_after_the_name():
    text = ("The judge ruled on Monday, but Tom Vole, the Kelp County District Attorney says that "
            "the levy was lawful.")
    assert _speaker(text) == "Tom Vole"


def test_the_justice_department_is_no_judge():
    c = one("Judge Ann Vole heard the case. The Justice Department wrote that the levy was lawful.", CONTENT)
    assert c.speaker != "Ann Vole"


def test_a_body_named_for_justice_is_no_judge():
    c = one("Judge Ann Vole ran for the court. The Kelp Center for Justice said the levy was lawful.", CONTENT)
    assert c.speaker != "Ann Vole"
