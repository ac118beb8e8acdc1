"""A document and who made it: "A survey by the institute found that ...".

Invented sentences.  "by" ended a subject everywhere ("killed by police"), so a
poll, study or report named with its author gave no claim at all, or a claim
whose source was the author alone, typed as the author (a report by a watchdog
sourced ``named_org``).  Fact-checkers check exactly these: a figure sourced to a
survey.  The author now stays in the document's phrase, and the claim is sourced
``document``; elsewhere "by" still ends a subject.
"""

from __future__ import annotations

import pytest

from extract_helpers import one, run


@pytest.mark.parametrize("source", [
    "A survey by the Kelmont Institute",
    "Research by the Kelmont Institute",
    "A survey conducted by the Kelmont Institute",
    "Research commissioned by the dockers' union",
    "An inquiry by the port regulator",
])
def test_a_document_with_its_author_is_the_source(source):
    c = one(f"{source} found that most ferry passengers oppose the new fares.",
            "most ferry passengers oppose the new fares")
    assert c.source.text == source
    assert c.sourcing == "document"


def test_a_report_by_a_body_is_a_document_not_the_body():
    c = one("A new report by the Harbour Watch Trust says the estuary's eel stocks fell by a third.",
            "the estuary's eel stocks fell by a third")
    assert c.sourcing == "document"


def test_a_report_whose_time_was_cut_off_is_still_a_document():
    c = one("A poll released Tuesday showed support for the tram extension falling.",
            "support for the tram extension falling")
    assert c.sourcing == "document"


def test_an_investigation_is_a_document():
    c = one("The investigation found that the depot manager had altered the logs.",
            "the depot manager had altered the logs")
    assert c.sourcing == "document"


def test_by_still_ends_a_subject_after_a_passive():
    claims = run("The lorry was stopped by police near the bridge, the harbour spokesman said.")
    assert [c.speaker for c in claims] == ["the harbour spokesman"]


def test_a_person_with_a_participle_and_by_is_not_a_document():
    c = one("A woman injured by the blast said the alarm never sounded.", "the alarm never sounded")
    assert c.sourcing != "document"


@pytest.mark.parametrize("trailer", ["city records show", "the audit found", "the ferry company's own figures show"])
def test_data_in_a_trailer_report_what_they_show(trailer):
    c = one(f"The ferry ran late on four days in five last winter, {trailer}.",
            "The ferry ran late on four days in five last winter")
    assert c.sourcing == "document"


def test_polling_shows():
    c = one("The latest polling shows the harbour mayor closing the gap.", "the harbour mayor closing the gap")
    assert c.sourcing == "document"


def test_a_person_who_found_something_is_no_data_trailer():
    assert run("The ferry ran late on four days in five last winter, he found.") == []
