"""A relative clause's speaker is its antecedent.

Invented sentences.  "condemned by critics and campaigners, who say ..." had
no speaker (or the speaker of an earlier claim), because only a noun phrase
with a determiner ("a man who") was read as the antecedent of "who"; "a
government that promised ..." had none because only documents ("a statement
that said") were read as the antecedent of "that"."""

from __future__ import annotations

import pytest
from extract_helpers import one


@pytest.mark.parametrize("text, content, speaker", [
    ("The levy was condemned by critics and harbour campaigners, who say other taxes would raise more.",
     "other taxes would raise more", "critics and harbour campaigners"),
    ("The plan was attacked by farmers and dock workers, who say the levy could ruin the port.",
     "the levy could ruin the port", "farmers and dock workers"),
    ("The delay angered local residents, who claim the ferry is unsafe.", "the ferry is unsafe", "local residents"),
])
def test_who_after_a_bare_plural_of_people_speaks_for_it(text, content, speaker):
    c = one(text, content)
    assert c.speaker == speaker
    assert c.sourcing == "collective_unnamed"


def test_that_after_a_body_speaks_for_the_body():
    c = one("Voters were tired of a council that promised to cut the levy before the election.",
            "to cut the levy before the election")
    assert c.speaker == "a council"
    assert c.sourcing != "author"


def test_who_after_a_preposition_phrase_takes_only_the_people():
    c = one("The ruling was praised by union organisers, who say the pay offer is fair.", "the pay offer is fair")
    assert c.speaker == "union organisers"


def test_which_after_a_bare_plural_of_documents_speaks_for_them():
    c = one("The harbour trust met in March. It released council records which say the wall was last repaired "
            "in 1990.", "the wall was last repaired in 1990")
    assert c.speaker == "council records"
    assert c.sourcing == "document"
