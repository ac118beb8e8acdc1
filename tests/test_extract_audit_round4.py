"""Who said it, on real coverage, round 4 (issue #10, the classes the third audit left).

Each test is a construction the audit found wrong, written with invented
sentences; each failed on the code before its fix.
"""

from __future__ import annotations

from tests.extract_helpers import one

# -- a relative "which"/"who" after a body whose name holds "of", "for" or "the"


def test_relative_after_a_name_with_the_inside_keeps_the_whole_name():
    one("The march was backed by the Halt the Dam Coalition, who said in a statement that they were appalled.",
        "they were appalled", speaker="Halt the Dam Coalition", sourcing="named_org")


def test_relative_after_a_department_of_names_the_department():
    one("The plan was attacked by the Department of Harbours, which said that it was weak.",
        "it was weak", speaker="Department of Harbours", sourcing="named_org")


def test_relative_after_a_body_of_the_country_is_not_the_country():
    one("The plan was struck down by the High Court of the Kelp Republic, which ruled that it was void.",
        "it was void", speaker="High Court of the Kelp Republic")


def test_relative_after_a_person_of_a_place_stays_the_person():
    one("The plan was attacked by Tim Barjo of Kelp Strategies, who said that it was weak.",
        "it was weak", speaker="Tim Barjo", sourcing="named_person")


# -- "X issued a statement which said ...": the statement speaks for X


def test_statement_a_body_issued_speaks_for_the_body():
    one("The Kelp Defence Ministry issued a statement which said the soldiers were safe.",
        "the soldiers were safe", speaker="Kelp Defence Ministry", sourcing="named_org")


def test_statement_a_person_released_speaks_for_the_person():
    one("Senator Ann Roe released a statement that said the vote was rigged.",
        "the vote was rigged", speaker="Ann Roe", sourcing="named_person")


def test_statement_someone_else_found_stays_a_document():
    one("Reporters found a statement which said the vote was rigged.",
        "the vote was rigged", speaker="a statement", sourcing="document")

