"""When, where and to whom a statement was made, from the clause that opens its
sentence ("Speaking in Tarnow on Tuesday, ...") and from the cue's adjuncts.

Invented sentences; articles are published on Wednesday 2024-03-06, so
"Tuesday" is 2024-03-05 and "Monday" 2024-03-04.
"""

from __future__ import annotations

import pytest

from datasette_claims.extract.setting import opening_setting
from extract_helpers import one


@pytest.mark.parametrize("text, said_on, said_where, said_to", [
    ("Speaking in Tarnow on Tuesday, Mira Kell said the dam was safe.", "2024-03-05", "Tarnow", None),
    ("At a news conference in Tarnow on Tuesday, Mira Kell said the dam was safe.",
     "2024-03-05", "a news conference in Tarnow", None),
    ("In an interview on Monday, Mira Kell said the dam was safe.", "2024-03-04", "an interview", None),
    ("Speaking to reporters after the meeting on Monday, Mira Kell said the dam was safe.",
     "2024-03-04", "the meeting", "reporters"),
    ("On February 28, Mira Kell said the dam was safe.", "2024-02-28", None, None),
    ("Yesterday, Mira Kell said the dam was safe.", "2024-03-05", None, None),
    ("Tuesday, in Tarnow, Mira Kell said the dam was safe.", "2024-03-05", "Tarnow", None),
    ("In a statement, the water board said the dam was safe.", None, "a statement", None),
    ("Asked on Monday whether the dam would hold, Mira Kell said it was safe.", "2024-03-04", None, None),
    # the opening clause ends before the rest of the source's mention (a title)
    ("On Tuesday, Water Commissioner Mira Kell said the dam was safe.", "2024-03-05", None, None),
    # a clause after the first: the first one alone is read
    ("On Monday, after the inspection, the engineer said the dam was safe.", "2024-03-04", None, None),
])
def test_opening_clause_gives_the_occasion(text, said_on, said_where, said_to):
    content = "it was safe" if "Asked" in text else "the dam was safe"
    one(text, content, said_on=said_on, said_where=said_where, said_to=said_to)


@pytest.mark.parametrize("text", [
    # the time of something else: the attack's day, the vote's
    "After Tuesday's flood, Mira Kell said the dam was safe.",
    "Asked whether the vote on Tuesday was fair, Mira Kell said the dam was safe.",
    "Once the water fell on Tuesday, Mira Kell said the dam was safe.",
])
def test_an_opening_about_something_else_gives_no_date(text):
    one(text, "the dam was safe", said_on=None, said_where=None)


def test_a_language_is_not_a_place():
    one("Speaking in Portuguese on Monday, Mira Kell said the dam was safe.", "the dam was safe",
        said_on="2024-03-04", said_where=None)


def test_the_cue_time_is_not_part_of_the_venue():
    one("Mira Kell said in an interview on Tuesday that the dam was safe.", "the dam was safe",
        said_on="2024-03-05", said_where="an interview")


def test_last_weekday_is_a_time_after_the_cue():
    one("Mira Kell said last Monday that the dam was safe.", "the dam was safe", said_on="2024-03-04")


def test_a_named_body_adding_keeps_the_date():
    text = ('The water board said on Monday that the dam was safe. "We inspected it twice," '
            'the water board added.')
    one(text, "We inspected it twice", said_on="2024-03-04")


def test_a_pronoun_after_an_opening_clause_carries_the_date():
    text = ('Speaking in Tarnow on Tuesday, Mira Kell said the dam was safe. '
            '"We inspected it twice," she said.')
    one(text, "We inspected it twice", speaker="Mira Kell", said_on="2024-03-05")


@pytest.mark.parametrize("clause", ["In the end,", "However,", "In Tarnow,", "\"Never,\""])
def test_clauses_that_state_no_occasion(clause):
    text = clause + " Mira Kell said."
    assert opening_setting(text, 0, len(clause)) is None


@pytest.mark.parametrize("text, content, where", [
    ("Mira Kell said in Tarnow on Tuesday that the dam was safe.", "the dam was safe", "Tarnow"),
    ('"The dam is safe," Mira Kell said in Tarnow, Kelpia.', "The dam is safe", "Tarnow, Kelpia"),
    ("Mira Kell said in Portuguese that the dam was safe.", "the dam was safe", None),
    ("The Tarnow Herald reported in Kelpia that the dam was safe.", "the dam was safe", None),
])
def test_a_place_among_the_cues_adjuncts(text, content, where):
    one(text, content, said_where=where)


def test_a_language_after_the_cue_breaks_no_rule():
    from datasette_claims.extract import extract_claims_report
    from datasette_claims.models import Article

    report = extract_claims_report(Article(id="t", text="Mira Kell said in Portuguese that the dam was safe.",
                                           published="2024-03-06"))
    assert report.failures == [] and [c.content.text for c in report.claims] == ["the dam was safe"]


@pytest.mark.parametrize("text, audience", [
    ("In a letter to shareholders, the chief executive of Telk Mills said losses would grow.", "shareholders"),
    ("The chief executive of Telk Mills said in a message to employees that losses would grow.", "employees"),
    ("In an address to the nation, the president of Kelpia said losses would grow.", "the nation"),
])
def test_common_audiences_after_a_venue(text, audience):
    one(text, "losses would grow", said_to=audience)
