"""Who said it, round 18 (issue #10): an eleventh audit (seed 53), speakers first.

The name pattern takes five capitalised words at most, so an office "of" a
long organisation's name before its holder ("Convenor of the Kelpland West Reef
Association Anna Reyes") cut the holder's name after its forename, no person
was found, the source was typed a body and a later "she" went to some other
capitalised run; the run is read again from the word after the organisation's.
"Another group said", "a second group said": one unnamed group, typed
collective_unnamed, not a named body.
Invented sentences and names; each test failed on the code before its fix
(b6530b2), but for the guards.
"""

from __future__ import annotations

from tests.extract_helpers import run


def test_the_holder_after_a_long_organisation_name_is_a_person():
    claims = run("Convenor of the Kelpland West Reef Association Anna Reyes says the group included "
                 "some fishermen.")
    assert claims[0].speaker == "Anna Reyes" and claims[0].sourcing == "named_person"


def test_a_pronoun_after_the_holder_resolves_to_her():
    claims = run("The boat left the port of Kelp on Friday headed for the Cape Vole peninsula.\n\n"
                 "Convenor of the Kelpland West Reef Association Anna Reyes says the group included some "
                 "fishermen. She said they were forced to sail.")
    c = next(c for c in claims if c.content.text.startswith("they were forced"))
    assert c.speaker == "Anna Reyes" and c.sourcing == "named_person"


def test_an_office_of_a_long_authority_name_before_its_holder():
    claims = run("Director of the Kelp Valley Water Authority Peter Roe said the dam was full.")
    assert claims[0].speaker == "Peter Roe" and claims[0].sourcing == "named_person"


def test_guard_the_long_organisation_alone_stays_a_body():
    claims = run("The Kelp Valley Water Supply Authority said the dam was full.")
    assert claims[0].sourcing == "named_org" and claims[0].speaker == "Kelp Valley Water Supply Authority"


# -- one group, unnamed: "another group", "a group", "one group"


def test_another_group_is_a_collective_not_a_body():
    claims = run("About 200 men gathered outside the hall. Another group said they were preparing to travel "
                 "to the beach.")
    assert claims[0].speaker == "Another group" and claims[0].sourcing == "collective_unnamed"


def test_a_group_with_an_ordinal_is_a_collective():
    claims = run("A second group said the harbour should reopen.")
    assert claims[0].sourcing == "collective_unnamed"


def test_guard_the_group_the_story_named_stays_a_body():
    claims = run("Reef Watch held a meeting. The group said the harbour should reopen.")
    assert claims[-1].sourcing == "named_org"


def test_guard_a_group_with_a_capitalised_name_stays_a_body():
    claims = run("A Kelp Harbour group said the harbour should reopen.")
    assert claims[0].sourcing == "named_org"


def test_guard_a_long_body_name_without_a_forename_names_no_person():
    claims = run("The Bureau of Kelp Analysis International Harbour Accounts Balance of Payments said the "
                 "deficit grew.")
    assert claims[0].sourcing == "named_org"
