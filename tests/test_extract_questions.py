"""A question reported is asked, not asserted: its stance is "question",
whichever verb reported it.  Invented sentences."""

from __future__ import annotations

from extract_helpers import one


def test_a_quoted_question_is_a_question():
    one('"Will the harbour levy rise again?" the mayor of Sorvik asked.', "Will the harbour levy rise again?",
        stance="question")


def test_a_question_reported_with_whether_is_a_question():
    one("The mayor of Sorvik asked whether the harbour levy would rise.", "whether the harbour levy would rise",
        stance="question")


def test_a_statement_stays_an_assertion():
    one("The mayor of Sorvik said the harbour levy would rise.", "the harbour levy would rise", stance="assertion")
