"""Names with particles ("van der", "da", "e") or a joined article ("al-") are one
person's name, and their later short forms are that person.

Invented names and sentences.  The name patterns took only capitalised words,
so "Mohammed al-Kelp" was an organisation, "The foreign minister, Jane van der
Kelp," made the name the role and the office the speaker, and a name run cut at
a title ("Deputy Interior Minister Alexander Roe") was registered at the wrong
offset, so that its role was never read."""

from __future__ import annotations

import pytest

from datasette_claims.articles import article_from_document
from datasette_claims.extract import extract_claims
from datasette_claims.models import Document


def _claims(text: str):
    return extract_claims(article_from_document(Document(text=text, path="x.txt")))


def _speakers(text: str):
    return [(c.speaker, c.speaker_role, c.sourcing) for c in _claims(text)]


@pytest.mark.parametrize("name", ["Mohammed al-Kelp", "Jane van der Kelp", "Ana Roe de la Kelp",
                                  "Tomas Kelp de Lima e Roe", "Rui Kelp do Roe"])
def test_a_name_with_particles_is_one_person(name):
    (speaker, _, sourcing), = _speakers(f"{name} said the harbour tax would be repealed in June.")
    assert speaker == name
    assert sourcing == "named_person"


def test_an_office_then_a_name_with_a_particle_in_commas():
    got = _speakers("The foreign minister, Jane van der Kelp, said the harbour tax would be repealed.")
    assert got == [("Jane van der Kelp", "the foreign minister", "named_person")]


def test_the_surname_with_its_capitalised_particle_is_the_same_person():
    got = _speakers("The foreign minister, Jane van der Kelp, said the harbour tax would be repealed. "
                    "Van der Kelp added that the ferries would run on time.")
    assert [s for s, _, _ in got] == ["Jane van der Kelp", "Jane van der Kelp"]


def test_a_joined_article_capitalised_at_a_sentence_start_is_the_same_person():
    got = _speakers("The trade minister, Mohammed al-Kelp, said the harbour tax would be repealed. "
                    "Al-Kelp added that the ferries would run on time.")
    assert [s for s, _, k in got] == ["Mohammed al-Kelp", "Mohammed al-Kelp"]
    assert {k for _, _, k in got} == {"named_person"}


def test_a_prefix_with_a_dash_is_still_no_mention_of_the_person():
    got = _speakers("Jane Kelp said the harbour tax would be repealed. "
                    "Anti-Kelp groups said the repeal was a gift to the shipowners.")
    assert got[1][0] == "Anti-Kelp groups"
    assert got[1][2] == "collective_unnamed"


def test_a_long_name_after_a_title_keeps_its_role_and_its_short_form():
    got = _speakers("Kelpish President Luiz Tomas Roe da Kelp said the harbour tax would be repealed. "
                    "Roe added that the ferries would run on time.")
    assert got == [("Luiz Tomas Roe da Kelp", "Kelpish President", "named_person")] * 2


def test_the_end_of_a_known_name_with_a_particle_is_that_person():
    got = _speakers("Maria Tomas Roe da Kelp said the harbour tax would be repealed. "
                    "Roe da Kelp added that the ferries would run on time.")
    assert [s for s, _, _ in got] == ["Maria Tomas Roe da Kelp"] * 2


def test_a_name_run_cut_at_a_title_gets_the_role_before_it():
    (speaker, role, sourcing), = _speakers(
        "The Kelpish Deputy Interior Minister Alexander Roe arrived in the port on Monday. "
        "Roe said that the protest permits were lawful.")
    assert speaker == "Alexander Roe"
    assert role == "Kelpish Deputy Interior Minister"
    assert sourcing == "named_person"


def test_a_capitalised_forename_that_is_also_a_particle_opens_a_name():
    got = _speakers("Kelpish representative Al Kelp said the harbour tax would be repealed. "
                    "Kelp added that the ferries would run on time.")
    assert got == [("Al Kelp", "Kelpish representative", "named_person")] * 2


def test_a_joined_title_is_no_part_of_the_name():
    (speaker, role, sourcing), = _speakers("Brigadier-General Jo Kelp, the commander of the camp, said that "
                                           "the incidents were rare.")
    assert (speaker, sourcing) == ("Jo Kelp", "named_person")


def test_an_organisation_after_a_is_no_person():
    # ("a Kelp Aid spokesman" made "Kelp Aid" a person of the article, whom the later
    # mention then named)
    got = _speakers("Simon Roe, a Kelp Aid spokesman, disputed the figures. On Monday the International Kelp Aid "
                    "revealed that the visits would go on.")
    assert got[0][0] == "Simon Roe"
    assert got[1][2] == "named_org"


@pytest.mark.parametrize("text, speaker, role", [
    ("US Ambassador to Kelpland Jonas Dell said the harbour would close.", "Jonas Dell", "US Ambassador to Kelpland"),
    ("Former mayor of Kelpton Jonas Dell said the harbour would close.", "Jonas Dell", "Former mayor of Kelpton"),
    ("The ambassador in Kelpton Jonas Dell said the harbour would close.", "Jonas Dell", "ambassador in Kelpton"),
])
def test_the_place_of_an_office_is_no_part_of_the_name(text, speaker, role):
    # ("Kelpland Jonas Dell" was the speaker, "US Ambassador to" the role)
    (got_speaker, got_role, sourcing), = _speakers(text)
    assert (got_speaker, sourcing) == (speaker, "named_person")
    assert got_role.endswith(role)


def test_a_body_after_a_description_with_in_is_no_person():
    got = _speakers("Doctors in the Kelp Strip said the clinics were full.")
    assert got[0][2] != "named_person"


@pytest.mark.parametrize("text, speaker, role", [
    ("Kelpish Treasurer Jo Dobrev said the budget was balanced.", "Jo Dobrev", "Kelpish Treasurer"),
    ("Lieutenant Colonel Jo Dobrev said the camp was quiet.", "Jo Dobrev", "Lieutenant Colonel"),
    ("Harbour Police Sergeant Ann Kelp said the camp was quiet.", "Ann Kelp", "Harbour Police Sergeant"),
])
def test_military_and_treasury_ranks_are_titles(text, speaker, role):
    (got_speaker, got_role, sourcing), = _speakers(text)
    assert (got_speaker, got_role, sourcing) == (speaker, role, "named_person")
