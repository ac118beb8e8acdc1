"""Speaker resolution: who a source mention is, as shown on the speaker pages.

Every sentence here is invented (made-up people, places and events).
"""

from __future__ import annotations

from datasette_claims.extract.speakers import People
from extract_helpers import one


def people_of(text: str) -> People:
    return People(text, [(0, len(text))], lambda pos: False)


# --- who counts as a named person -------------------------------------------

def test_same_surname_is_another_person():
    one("Mara Lind led the council for a decade.\n\nHer husband, Otto Lind, said the vote was rigged.",
        "the vote was rigged", speaker="Otto Lind", sourcing="named_person")


def test_party_label_is_not_a_forename():
    one("Democrat Jane Roe said the tunnel would be finished by spring.",
        "the tunnel would be finished by spring", speaker="Jane Roe", sourcing="named_person")


def test_places_events_and_possessives_are_not_people():
    names = set(people_of(
        "Carl Mendt toured the Middle East before Super Tuesday. Saturday's Port Vell rally was "
        "cancelled, and Minnesota Democratic leaders met in Fort Sumner. By Paula Grett.").people)
    assert "Carl Mendt" in names and "Paula Grett" in names
    assert not names & {"Middle East", "Super Tuesday", "Port Vell", "Minnesota Democratic",
                        "Fort Sumner", "By Paula Grett", "Saturday"}


def test_pronoun_skips_a_place_that_looks_like_a_name():
    one("Carl Mendt toured the Middle East last week.\n\nHe said the talks would resume in the autumn.",
        "the talks would resume in the autumn", source="He", speaker="Carl Mendt")


# --- pronouns ----------------------------------------------------------------

def test_pronoun_skips_a_name_inside_what_was_said():
    one("Carl Mendt said the rival bill drafted by Victor Oyle was reckless. "
        "It would cost thousands of jobs, he said.",
        "It would cost thousands of jobs", source="he", speaker="Carl Mendt",
        sourcing="named_person")


def test_pronoun_gender_picks_the_right_person():
    one("Lena Marsh met Paul Ostrander on Friday.\n\nShe said the meeting had gone well.",
        "the meeting had gone well", source="She", speaker="Lena Marsh")


def test_relative_pronoun_resolves_to_its_antecedent():
    one("The plan was praised by Ana Pereira, a city planner who said the costs were modest.",
        "the costs were modest", speaker="Ana Pereira", sourcing="named_person")


def test_unresolved_capitalised_they_is_collective():
    c = one("The miners gathered outside the gates.\n\nThey said the mine had been unsafe for years.",
            "the mine had been unsafe for years", source="They")
    assert c.sourcing == "collective_unnamed"


# --- the head of a mention, not a modifier -----------------------------------

def test_possessive_owner_is_not_the_speaker():
    one("Jane Roe unveiled the budget on Monday.\n\nRoe's spokesman, Ivo Brandt, said the numbers were final.",
        "the numbers were final", speaker="Ivo Brandt", sourcing="named_person")


def test_name_used_as_a_modifier_is_not_the_speaker():
    c = one("Jane Roe unveiled the budget on Monday.\n\nThe Roe campaign said the numbers were final.",
            "the numbers were final", speaker="The Roe campaign")
    assert c.sourcing != "named_person"


def test_name_before_a_role_and_another_name():
    one("Jane Roe unveiled the budget on Monday.\n\nRoe senior adviser Nils Hagen said the numbers were final.",
        "the numbers were final", speaker="Nils Hagen", sourcing="named_person")


def test_determiner_makes_a_name_a_modifier():
    c = one("Jane Roe unveiled the budget on Monday.\n\nOne Roe adviser said the numbers were final.",
            "the numbers were final")
    assert c.speaker == "One Roe adviser" and c.sourcing == "unnamed_official"


def test_coordinated_names_keep_the_first():
    one("Lina Osk and Tomas Verhal, both senators, said the bridge would open in May.",
        "the bridge would open in May", speaker="Lina Osk")


# --- unresolved mentions are shown without what was appended ----------------

def test_relative_clause_is_cut_from_speaker_and_is_no_role():
    c = one("Kelpworks, which does not disclose its finances, said the deal was off.",
            "the deal was off", speaker="Kelpworks")
    assert c.speaker_role is None


def test_an_age_then_a_relative_clause_is_no_role():
    # ("58, who lives outside Dover" was the role)
    one("Jo Kelp, 58, who lives outside Dover, says she knew little about the harbour plan.",
        "she knew little about the harbour plan", speaker="Jo Kelp", speaker_role=None)


def test_an_age_before_a_role_is_left_out_of_it():
    one("Jo Kelp, 58, a retired nurse, says she knew little about the harbour plan.",
        "she knew little about the harbour plan", speaker="Jo Kelp", speaker_role="a retired nurse")


def test_a_role_ends_before_the_speech_verb():
    # an apposition left open ("Jo Roe, the president of Kelpland said ..., and") gave the
    # role "the president of Kelpland said the harbour would close"
    people = people_of("Jo Roe, the president of Kelpland said the harbour would close, and left.")
    person = people.people["Jo Roe"]
    people.ensure_role(person)
    assert person.role == "the president of Kelpland"
