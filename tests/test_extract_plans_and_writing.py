"""A plan or aim reported for its subject is a claim ("Roe wants to raise the
levy"); a first person's writing with a plain object is none ("I write books")."""

from __future__ import annotations

from tests.extract_helpers import one, run


def _contents(text):
    return [c.content.text.strip(" .") for c in run(text)]


def test_a_plan_reported_for_a_named_subject():
    one("Jo Roe wants to raise the levy on fuel.", "to raise the levy on fuel", speaker="Jo Roe")
    one("The Kelp Party plans to spend more on ads.", "to spend more on ads")


def test_advice_a_supposition_and_a_first_person_wish_are_no_plans():
    assert _contents("Jo Roe may want to raise the levy.") == []
    assert _contents("If you want to raise the levy, vote for it.") == []
    assert _contents("I want to raise the levy.") == []


def test_first_person_writing_with_a_plain_object_is_no_claim():
    assert _contents("I write books about ships.") == []
    assert _contents("I wrote it over the course of two weeks.") == []


def test_first_person_writing_that_reports_stays():
    one("I wrote that the levy would rise.", "the levy would rise", sourcing="author")


def test_a_plan_ends_where_the_subjects_next_predicate_starts():
    one("Jo Roe wants to see more jobs created in Kelp, and believes the levy is too high.",
        "to see more jobs created in Kelp", speaker="Jo Roe")
    one("Jo Roe wants to see more jobs created in Kelp, and believes the levy is too high.",
        "the levy is too high", speaker="Jo Roe")


def test_a_plan_ends_before_the_next_sentences_quotation():
    text = 'Jo Roe, 43, plans to cast her first ballot for Al Poe next month. "All of us will," she said.'
    one(text, "to cast her first ballot for Al Poe next month", speaker="Jo Roe")
    one(text, "All of us will", rule="direct.trailer")
