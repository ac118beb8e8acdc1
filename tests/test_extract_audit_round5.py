"""Who said it, on real coverage, round 5 (issue #10, the fourth audit: 200
Wikinews claims, seed 17).

Each test is a construction the audit found wrong, written with invented
sentences; each failed on the code before its fix.
"""

from __future__ import annotations

from tests.extract_helpers import one, run

# -- an inverted source followed by an adjunct of the saying


def test_inverted_name_before_an_after_clause_speaks_every_sentence():
    text = '"The toll has ended. We are not a party of promises," said Mr Jo Roe after signing the decree.'
    for content in ("The toll has ended", "We are not a party of promises"):
        one(text, content, speaker="Jo Roe", sourcing="named_person")


def test_inverted_name_before_a_participle_adjunct():
    one('"The harbour is safe," said Ivo Brandt adding that the boats were back.', "The harbour is safe",
        speaker="Ivo Brandt", sourcing="named_person")


def test_inverted_name_before_while_and_before():
    one('"We lost," said Tam Ulric while leaving the hall.', "We lost", speaker="Tam Ulric")
    one('"We lost," said Tam Ulric moments before the count ended.', "We lost", speaker="Tam Ulric")


def test_a_possessive_object_before_after_is_no_inverted_source():
    claims = run("Jo Roe, who writes as Kelp, announced her plans after asking voters for ideas.")
    assert all(c.speaker != "her plans" for c in claims), [(c.speaker, c.content.text) for c in claims]


# -- an inverted office with no article, then its holder: "said council president, Jo Roe"


def test_bare_office_before_the_holder_makes_the_holder_speak():
    text = '"The toll has ended. We keep our promises," said president of the guild, Jo Roe.'
    for content in ("The toll has ended", "We keep our promises"):
        one(text, content, speaker="Jo Roe", speaker_role="president of the guild", sourcing="named_person")


def test_bare_office_with_a_modifier_before_the_holder():
    one('"The harbour is closed," said Kelp Ports spokesman, Ivo Brandt, at a briefing.', "The harbour is closed",
        speaker="Ivo Brandt", speaker_role="Kelp Ports spokesman")
    one("The harbour is closed, said harbour council chairwoman, Tam Ulric.", "The harbour is closed",
        speaker="Tam Ulric", sourcing="named_person")


# -- common given names of the news the forename list did not know


def test_possessor_before_a_known_forename_is_no_part_of_the_name():
    one('"Growth is back," said Kelpbank\'s Andreas Roe.', "Growth is back",
        speaker="Andreas Roe", sourcing="named_person")


def test_long_office_before_a_known_forename_is_the_role():
    one("Federal Minister for Foreign Affairs Joschka Veld said the port was safe.", "the port was safe",
        speaker="Joschka Veld", speaker_role="Federal Minister for Foreign Affairs", sourcing="named_person")


# -- coordinated speakers: "X and Y said" is said by both


def test_two_named_people_coordinated_speak_together():
    one("Jo Roe and Ivo Veld said the deal was fair.", "the deal was fair",
        speaker="Jo Roe and Ivo Veld", sourcing="named_person", speaker_role=None)


def test_coordinated_surnames_name_the_people_met_before():
    one('Jo Roe met Ivo Veld on Monday. "It is fair," Mr. Roe and Mr. Veld said.', "It is fair",
        speaker="Jo Roe and Ivo Veld", sourcing="named_person")


def test_a_person_and_a_group_stays_the_person():
    one("Jo Roe and his aides said the deal was fair.", "the deal was fair", speaker="Jo Roe")


# -- a title before anyone is named is not the next person quoted when that
# person is described as something else


def test_a_title_is_not_credited_to_a_later_speaker_described_otherwise():
    text = 'The senator said the tax was unfair. "It hurts families," said Ivo Veld, a farmer.'
    assert one(text, "the tax was unfair").speaker != "Ivo Veld"
    assert one(text, "It hurts families", speaker="Ivo Veld").speaker_role != "The senator"


def test_a_later_speaker_holding_the_title_is_still_its_holder():
    one('The senator said the tax was unfair. "It hurts families," said Ivo Veld, a senator from Kelp.',
        "the tax was unfair", speaker="Ivo Veld")


def test_a_later_speaker_with_another_titled_role_keeps_it():
    text = ('The commissioner said the fund was empty. "We need help," said Tam Ulric, the head of the '
            'farmers union.')
    one(text, "We need help", speaker="Tam Ulric", speaker_role="the head of the farmers union")
    assert one(text, "the fund was empty").speaker != "Tam Ulric"


def test_coordinated_speakers_keep_both_names_on_a_second_verb():
    one("Jo Roe and Ivo Veld met on Monday and said the deal was fair.", "the deal was fair",
        speaker="Jo Roe and Ivo Veld", sourcing="named_person")
