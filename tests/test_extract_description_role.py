"""A definite description agrees with what the article knows of its candidates.

Invented sentences.  "the lawmaker" after "Democratic Senator Jo Roe is urging
President Vole ..." is the senator (a lawmaker's kin), not the president,
however often the president is named; and a capitalised head of two senses
after a capitalised word ("the Kelpton Star") is a newspaper's name, no
description of the person just named.
"""

from __future__ import annotations

from extract_helpers import one, run


def test_a_description_of_an_office_skips_one_who_holds_another():
    text = ("President Ivo Vole is weighing new tax cuts. In an interview, Vole said he would decide "
            "later this month.\n\nDemocratic Senator Jo Roe is urging the president to act to avoid what "
            "the lawmaker says could be a recession.\n")
    one(text, "could be a recession", speaker="Jo Roe")


def test_the_office_agrees_with_its_holder():
    text = ("President Ivo Vole is weighing new tax cuts. In an interview, Vole said he would decide "
            "later this month.\n\nThe president says that the economy is strong.\n")
    one(text, "the economy is strong", speaker="Ivo Vole")


def test_a_capitalised_star_is_a_newspaper_not_the_person_named_before():
    text = ("A lawmaker in Kelpland wants Ivo Vole banned after Vole spoke of Kelpish migrants.\n\n"
            '"There is no basis for this," Jo Roe said in a bill filed on Monday, according to the '
            "Kelpton Star.\n")
    found = [c for c in run(text, "2024-03-06") if c.source is not None and "Star" in c.source.text]
    assert found
    assert all(c.speaker != "Ivo Vole" for c in found), [(c.rule, c.speaker) for c in found]
