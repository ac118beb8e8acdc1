"""Round 21 of the hand audit (issue #10 part 3, seed 71): polls and surveys in
the plural are documents, as "the poll" is (the sourcing README: "the book /
report / ruling / poll said" -> document), not an unnamed collective of people.
Invented sentences and names only."""

from __future__ import annotations

import pytest

from tests.extract_helpers import one


def test_polls_show_is_a_document():
    text = "Senator Ann Vole has gained ground in Kelpland. Polls show she leads in three counties."
    one(text, "she leads in three counties", source="Polls", sourcing="document")


@pytest.mark.parametrize("text, content", [
    ("The levy is unpopular. Recent opinion polls suggest that most voters in Dunmore oppose it.",
     "most voters in Dunmore oppose it"),
    ("Mayor Tom Reyes won 60 percent of the vote among older voters, according to exit polls.",
     "Mayor Tom Reyes won 60 percent of the vote among older voters"),
    ("Rents in Dunmore have doubled. Surveys found that most tenants pay half their income in rent.",
     "most tenants pay half their income in rent"),
])
def test_plural_polls_and_surveys_are_documents(text, content):
    one(text, content, sourcing="document")


def test_people_stay_a_collective():
    text = "The levy is unpopular. Pollsters say that most voters in Dunmore oppose it. Critics say it is unfair."
    one(text, "most voters in Dunmore oppose it", sourcing="collective_unnamed")
    one(text, "it is unfair", sourcing="collective_unnamed")


def test_reports_followed_by_he_are_no_person():
    # a plural document noun opening a sentence, "he" after it: not a person named "Reports"
    text = "Police found the car of Tom Vole in a lake near Dunmore. Reports say he had driven north at night."
    one(text, "he had driven north at night", source="Reports", sourcing="media_report")
