"""The demo's speakers read as a fact-checker would write them: no clock time
or sentence adjunct as a speaker or role, no organisation typed as a person.

The demo corpus ships with the package; these are checks on what the loader
makes of it, the page a newcomer sees first."""

import re

import pytest

from datasette_claims import demo
from datasette_claims.extract.speakers import clean_role, has_org_word
from datasette_claims.store import open_db


@pytest.fixture(scope="module")
def speakers(tmp_path_factory):
    path = str(tmp_path_factory.mktemp("demo") / "claims-demo.db")
    assert demo.build(path).ok
    db = open_db(path)
    return [dict(zip(("name", "kind", "role"), r)) for r in db.execute("select name, kind, role from speakers")]


def test_no_speaker_is_a_time_or_a_number(speakers):
    for s in speakers:
        assert not re.match(r"\d", s["name"]), s
        assert not re.search(r"\b[ap]\.m\.", s["name"]), s


def test_no_role_is_an_adjunct_or_a_fragment(speakers):
    for s in speakers:
        role = s["role"]
        if role:
            assert clean_role(role, s["name"]) == role, s
            assert not re.search(r"\b(?:at|of|for|in|by|to)$", role), s


def test_no_organisation_is_typed_as_a_person(speakers):
    people = [s["name"] for s in speakers if s["kind"] == "person"]
    assert people and not [n for n in people if has_org_word(n)]


def test_people_named_with_their_office_are_one_speaker(speakers):
    names = {s["name"] for s in speakers}
    assert "Barack Obama" in names and "George W. Bush" in names
    assert not names & {"Obama", "Bush", "George", "President George W. Bush",
                        "United States President Barack Obama"}
