"""A two-word name ending in a country's name is a body, not a person.

Invented sentences.  "Statistics Norway said" and "Greenpeace Norway said" were
typed as people (two capitalised words); the first word is no forename,
honorific nor title, so the name is a body's national branch.  A person whose
surname is a country's keeps being one when a title follows in apposition.
"""

from __future__ import annotations

from extract_helpers import one


def test_a_statistics_office_named_for_its_country_is_a_body():
    one("Statistics Norway said on Friday that prices rose by two percent in May.\n",
        "prices rose by two percent in May", sourcing="named_org")


def test_a_campaign_groups_national_branch_is_a_body():
    one("Greenpeace Norway said the harbour plan would fail.\n", "the harbour plan would fail",
        sourcing="named_org")


def test_a_person_with_a_country_surname_and_a_title_stays_a_person():
    one('"All eyes will be on the port," said Akim Norway, Deputy Managing Director at the Fund, on a trip.\n',
        "All eyes will be on the port", sourcing="named_person")


def test_a_known_forename_before_a_country_is_a_person():
    one("Maria Norway said the harbour plan would fail.\n", "the harbour plan would fail", sourcing="named_person")
