"""Where a speaker's name starts and ends: words glued before a full name, a
surname that is also an organisation word, page markup and a relative clause
in a role, a titled surname with where the person is from.

Every sentence here is invented (made-up people, places and events).
"""

from __future__ import annotations

from extract_helpers import one


# --- words a run of capitals took in before a full name ------------------------

def test_party_glued_before_a_name_written_elsewhere():
    one("Greens Robert Brenn said the forests would be logged.\n\nRobert Brenn has led the party since 2001.",
        "the forests would be logged", speaker="Robert Brenn", sourcing="named_person")


def test_event_glued_before_a_name_written_elsewhere():
    one("Storm Kelpa Gordon Vane said aid was on the way.\n\nGordon Vane flew to the coast on Monday.",
        "aid was on the way", speaker="Gordon Vane")


def test_misspelt_title_glued_before_a_name():
    one("Minster Stephen Orrick said taxes would fall.\n\nStephen Orrick is the prime minister of Kelpland.",
        "taxes would fall", speaker="Stephen Orrick")


def test_adverb_before_a_known_surname():
    one("Sam Brodback is a senator from Kelp County.\n\nOriginally Brodback said he would vote for the bill.",
        "he would vote for the bill", speaker="Sam Brodback")


def test_a_forename_before_a_name_stays():
    one("Mary Jo Tallis said the school would close.\n\nJo Tallis, her cousin, disagreed.",
        "the school would close", speaker="Mary Jo Tallis")


def test_a_double_surname_keeps_its_forename():
    # "Mr Duncan Orrel": "Duncan Orrel" is a surname here, not a forename and a surname
    one("Iain Duncan Orrel said the party would win.\n\nMr Duncan Orrel led it for two years. "
        "Duncan Orrel is popular.", "the party would win", speaker="Iain Duncan Orrel")


def test_a_name_that_opens_with_no_forename_keeps_its_first_words():
    one("Andres Manuel Kelpo Obrado said the count was rigged.\n\nKelpo Obrado lost by a small margin.",
        "the count was rigged", speaker="Andres Manuel Kelpo Obrado")


# --- a title and a name typed as an organisation ---------------------------------

def test_surname_that_is_an_organisation_word():
    one("Defence Minister Robert Hill said the troops would stay.",
        "the troops would stay", speaker="Robert Hill", speaker_role="Defence Minister", sourcing="named_person")


def test_a_place_with_that_word_is_no_person():
    c = one("Capitol Hill said the budget was late.", "the budget was late")
    assert c.sourcing != "named_person"


def test_titled_surname_with_where_from():
    one("Mr Kessel of the Harbour network said the march would be peaceful.",
        "the march would be peaceful", speaker="Mr Kessel", speaker_role="of the Harbour network",
        sourcing="named_person")


# --- roles that held page markup or stray words ----------------------------------

def test_page_markup_is_no_part_of_a_role():
    one("Kelpland infobox President Jo Roe said the bank would lend.",
        "the bank would lend", speaker="Jo Roe", speaker_role="President")


def test_page_markup_is_no_part_of_a_source():
    one("2005 Kelp bombing infobox The Kelp Relief Fund said aid was short.",
        "aid was short", source="The Kelp Relief Fund", speaker="Kelp Relief Fund")


def test_a_tag_before_a_country_is_no_part_of_a_role():
    one("Chile US President Jo Roe said the war was won.",
        "the war was won", speaker="Jo Roe", speaker_role="US President")


def test_a_country_before_a_title_stays():
    one("Former US President Jo Roe said the war was won.",
        "the war was won", speaker="Jo Roe", speaker_role="Former US President")


def test_relative_clause_without_comma_gives_its_predicate_as_role():
    one("Chakib Kelil leads the cartel.\n\nIn an interview on Radio Nord, Kelil who is also Norway's energy "
        "minister, also stated that prices would rise.",
        "prices would rise", speaker="Chakib Kelil", speaker_role="Norway's energy minister")


def test_a_name_after_a_title_is_written_in_full():
    one("Former party leader Iain Duncan Orrel said the vote was lost.\n\nDuncan Orrel stood down in 2003.",
        "the vote was lost", speaker="Iain Duncan Orrel")


def test_an_unlisted_title_after_a_listed_one_is_no_part_of_the_name():
    one("Police Chief Constable Hugh Varne said the roads were closed.\n\nHugh Varne took office in May.",
        "the roads were closed", speaker="Hugh Varne")


def test_page_country_tag_before_an_indefinite_source():
    one("USA A senior Kelp official said the talks had failed.",
        "the talks had failed", source="A senior Kelp official", sourcing="unnamed_official")
