"""Round 27 of the hand audit (issue #10 part 3): leftovers of earlier audits.
A thing's capitalised name ("their Alternative Budget", "Ferry Credit would
rise") was registered as a person, whose last word then made a bare "surname"
of every "Budget" and drew "the Chancellor" to it; a name wrapped in a style
and postnominals ("the Right Honourable Jo Roe PC MP") gave no role, or the
wrapped name itself as the role; a title-case headline's word glued to a
surname ("Donor Adelson") was registered as a person of its own.
Invented sentences and names only."""

from __future__ import annotations

import pytest

from tests.extract_helpers import one

LEAD = "Kelpland budget day\n\n"


@pytest.mark.parametrize("middle", [
    "Before the speech, the opposition had proposed the same cut in their Alternative Budget in May.",
    "Before the speech, the opposition said that Ferry Credit would have to rise, as the ferry credit was too low.",
])
def test_a_things_name_is_no_person_a_title_resolves_to(middle):
    text = LEAD + ("The Chancellor, Robert Roebury, presented his Budget today.\n\n" + middle
                   + "\n\nThe Budget runs to 200 pages.\n\n"
                   "In his Budget report, the Chancellor announced that the harbour tax would fall.")
    one(text, "the harbour tax would fall", speaker="Robert Roebury")


def test_a_name_written_with_a_persons_apposition_stays_a_person():
    text = LEAD + ("Before the vote, Khin Tor Win, an activist, said the harbour tax would fall. "
                   "The opposition expects a win in May.")
    one(text, "the harbour tax would fall", speaker="Khin Tor Win", sourcing="named_person")


def test_a_headline_word_before_a_surname_is_no_part_of_the_name():
    text = ("Republican Donor Kelpman and Roe Make Peace\n\n"
            "The casino owner Sheldon Kelpman met the candidate on Monday.\n\n"
            '"It is a good plan," Kelpman said of the ferry plan. "We will back it."')
    one(text, "It is a good plan", speaker="Sheldon Kelpman")
    one(text, "We will back it", speaker="Sheldon Kelpman")


def test_a_headline_surname_shared_by_two_people_is_left_as_it_was():
    text = ("Donor Kelpman and Roe Make Peace\n\n"
            "The casino owner Sheldon Kelpman met his brother Tom Kelpman on Monday.\n\n"
            '"It is a good plan," Sheldon Kelpman said of the ferry plan.')
    one(text, "It is a good plan", speaker="Sheldon Kelpman")


@pytest.mark.parametrize("first_line", [
    # a wire story's first paragraph is prose, not a headline
    "OSTLAKE, May 3 (KNA) - Harbour Minister Anton Vessling said on Monday the port would stay open all winter.",
    # a headline whose name the body writes again in full
    "Anton Vessling Keeps the Port Open",
])
def test_a_forename_before_a_shared_surname_is_the_persons_own(first_line):
    text = (first_line + "\n\nAnton Vessling told reporters the ferries would run as usual.\n\n"
            "His cousin Clara Vessling, who runs a ferry line, said the decision was late.")
    one(text, "the ferries would run as usual", speaker="Anton Vessling")
    one(text, "the decision was late", speaker="Clara Vessling")
    if "said" in first_line:
        one(text, "the port would stay open all winter", speaker="Anton Vessling")


def test_a_styled_name_after_an_office_is_the_office_holder():
    text = LEAD + ("The Kelpland Chancellor of the Exchequer, the Right Honourable Jo Roebury PC MP, "
                   "in a speech to the House today presented his fourth Budget.\n\n"
                   "Before the speech, commentators had speculated about the Budget.\n\n"
                   "The Budget runs to 200 pages.\n\n"
                   "In his Budget report, the Chancellor announced that the ferry tax would fall.")
    c = one(text, "the ferry tax would fall", speaker="Jo Roebury", sourcing="named_person")
    assert "Chancellor of the Exchequer" in c.speaker_role


@pytest.mark.parametrize("source, role", [
    ("The leader of the Party, the Right Honourable Tom Vale MP,", "the leader of the Party"),
    ("The Honourable Tom Vale", None),
])
def test_a_style_is_no_part_of_the_name_nor_the_role(source, role):
    one(LEAD + source + " said the ferry tax would fall.", "the ferry tax would fall",
        speaker="Tom Vale", speaker_role=role)


def test_thing_tests_read_the_text_as_the_patterns_would():
    # the two tests of a thing's name walk the places a word stands instead of compiling
    # a pattern a name; invented texts, each place shape once
    import re

    from datasette_claims.extract.speakers import _owned, _written_lower

    owned = r"\b(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ur|[Mm]y|[Yy]our)\s+"
    texts = ["Their Budget was late.", "in his  Budget report", "Chris Budget spoke.", "his Budget Office",
             "his Budgets", "our\nBudget", "theirBudget", "Budget", "a tax cut", "a tax-cut", "taxes", "Kelp tax",
             "my Roe_x", "its Roe."]
    for text in texts:
        for word in ("Budget", "Roe", "Tax"):
            assert _owned(text, word) == bool(re.search(owned + re.escape(word) + r"\b(?!\s+[A-Z])", text))
            low = word.lower()
            assert _written_lower(text, low) == bool(re.search(r"(?<![\w-])" + low + r"(?![\w-])", text))
