"""Who a bare "they" is, and a transcript's label (issue #10, speakers).

A "they" stands for a group named in a sentence before: as the subject of a
sentence one, two or three back, as the object or possessor there, or inside
a prepositional phrase ("a meeting of farmers").  Never for a person.  A
transcript's label with a modifier ("Partial transcript as follows:") is the
document, as "Transcript as follows:" is.  Invented sentences.
"""

from __future__ import annotations

from extract_helpers import one


def test_a_partial_transcript_heading_is_no_speaker():
    # (round 24: the heading names no one speaking; the transcript's own label does)
    text = ("Senator Ola Brekk spoke to reporters in Kelp on Friday.\n\nPartial transcript as follows:\n\n"
            "\"BREKK: The harbour bill will pass next month, and the port will be rebuilt.\"")
    c = one(text, "The harbour bill will pass next month, and the port will be rebuilt", speaker="Ola Brekk")
    assert c.speaker != "Partial"


def test_they_after_a_group_named_as_an_object():
    text = "The port authority met the harbour workers on Monday. They said the new cranes were unsafe."
    one(text, "the new cranes were unsafe", speaker="the harbour workers", sourcing="collective_unnamed")


def test_they_after_a_group_with_a_prepositional_phrase():
    text = ("Residents of the Kelp valley gathered outside the town hall on Monday. "
            "They said the water had been brown for weeks.")
    one(text, "the water had been brown for weeks", speaker="Residents of the Kelp valley",
        sourcing="collective_unnamed")


def test_they_after_a_count_of_people():
    text = "Hundreds of dockers marched through Kelp on Monday. They said the port would close in May."
    one(text, "the port would close in May", speaker="Hundreds of dockers", sourcing="collective_unnamed")


def test_they_is_never_two_named_people():
    text = "Tova Lind met Jon Bekk in Kelp on Monday. They said the port would close in May."
    c = one(text, "the port would close in May")
    assert c.speaker not in ("Tova Lind", "Jon Bekk")


def test_two_groups_leave_they_unresolved():
    text = "The port authority met the harbour workers and the farmers on Monday. They said the port would close."
    c = one(text, "the port would close")
    assert c.speaker not in ("the harbour workers", "the farmers")


def test_a_plural_naming_its_people_is_no_group():
    text = ("The harbour board met candidates Tova Lind and Ann Vole on Monday. "
            "They said the port would close in May.")
    c = one(text, "the port would close in May")
    assert c.speaker != "candidates"
