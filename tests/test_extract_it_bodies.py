"""An "it" inside the sentence whose subject is a body ("Kelp Radio has aired a
tape it says ...", "The harbour board has received documents which it says
..."): the body speaks, not an anonymous "it" (issue #10 part 3, helper xtrail).
Invented sentences and names only."""

from __future__ import annotations

from extract_helpers import run


def _it_claim(text: str):
    found = [c for c in run(text) if c.source is not None and c.source.text.lower() == "it"]
    assert found, [(c.content.text, c.source and c.source.text) for c in run(text)]
    return found[0]


def test_a_named_outlet_before_it_says():
    c = _it_claim("Kelp Radio has aired a new tape it says holds the voice of the mayor.")
    assert (c.speaker, c.sourcing) == ("Kelp Radio", "media_report")


def test_a_named_body_before_which_it_says():
    c = _it_claim("Kelp Watch has received documents which it says show that the levy was too high.")
    assert (c.speaker, c.sourcing) == ("Kelp Watch", "named_org")


def test_a_body_by_its_head_before_it_says():
    c = _it_claim("The harbour board has received documents which it says show that the levy was too high.")
    assert c.speaker == "The harbour board"


def test_a_person_subject_is_no_antecedent_of_it():
    assert _it_claim("Ann Vole has received documents which it says show that the levy was too high.").speaker is None


def test_an_opening_adverb_is_no_body():
    c = _it_claim("Already the harbour was closed when it announced that the levy would rise.")
    assert c.speaker != "Already"
