"""Sourcing decided by the head of the subject (issue #10 part 3, helper xtrail):
a part of a document heading the subject is the document ("The introduction to
the report said"), and a body's name ending in an organisation word is a body,
not a person or a collective ("Kelp World", "Vole Forum").  Invented
sentences and names only."""

from __future__ import annotations

import pytest

from extract_helpers import one

CONTENT = "the levy would rise"


@pytest.mark.parametrize("subject", [
    "The introduction to the report",
    "The preface of the harbour study",
    "The summary of the audit",
    "The findings of the survey",
])
def test_a_part_of_a_document_is_the_document(subject):
    assert one(f"{subject} said the levy would rise.", CONTENT).sourcing == "document"


def test_a_part_of_no_document_is_no_document():
    assert one("The opening of the ferry said the levy would rise.", CONTENT).sourcing != "document"


@pytest.mark.parametrize("name", ["Kelp World", "Vole Forum", "Tamri Liberation Front", "Kelp Radio"])
def test_a_name_ending_in_an_organisation_word_is_a_body(name):
    c = one(f"{name} said the levy would rise.", CONTENT)
    assert c.sourcing in ("named_org", "media_report") and c.speaker == name


def test_the_world_is_still_a_collective():
    assert one("The world said the levy would rise.", CONTENT).sourcing == "collective_unnamed"
