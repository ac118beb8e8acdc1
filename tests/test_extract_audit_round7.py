"""Who said it, round 7 (issue #10): the sourcing types the audits left.

Each test is a construction found wrong, written with invented sentences; each
failed on the code before its fix.
"""

from __future__ import annotations

from tests.extract_helpers import one

# -- an outlet named after the noun of its kind ("the Kelpish newspaper Dagbladet Nord")


def test_an_outlet_after_its_kind_noun_is_the_media():
    one("The Kelpish newspaper Dagbladet Nord reported that the harbour would close.",
        "the harbour would close", sourcing="media_report")
    one("The harbour will close, the Kelpish daily La Voce Marina reported.", "The harbour will close",
        sourcing="media_report")
    one("The state news agency KNTA said the quota would rise.", "the quota would rise",
        sourcing="media_report")
    one("Kelpish broadcaster KRV said the ferry had sunk.", "the ferry had sunk", sourcing="media_report")


def test_a_person_after_a_news_word_stays_a_person():
    one("Kelp Radio presenter Jo Roe said the ferry had sunk.", "the ferry had sunk", sourcing="named_person")
    one("Religious broadcaster Per Aasland said the storm was a sign.", "the storm was a sign",
        sourcing="named_person")
    one("The head of the Kelp News channel, Ann Vole, said the bulletin would move.",
        "the bulletin would move", sourcing="named_person")


# -- an outlet the article introduced by its kind, later named alone


def test_a_person_named_after_a_broadcaster_stays_a_person():
    text = "Religious broadcaster Per Aasland said the storm was a sign. Per Aasland said the flood was a warning."
    one(text, "the flood was a warning", sourcing="named_person")


def test_a_person_after_an_editors_magazine_stays_a_person():
    text = ("Ann Vole, a senior editor for the Kelp Life magazine, spoke first. The senior editor for "
            "Kelp Life magazine Per Aasland said the cover was a mistake. Per Aasland said the issue sold out.")
    one(text, "the issue sold out", sourcing="named_person")


# -- a family name first ("Pak Chol-min"): alone, it is the person


def test_a_family_name_written_first_names_the_person_alone():
    text = ("Pak Chol-min, the Kelpish envoy, said the talks had stalled. "
            "Pak said the harbour talks would resume in May.")
    one(text, "the harbour talks would resume in May", speaker="Pak Chol-min", sourcing="named_person")



def test_a_word_before_a_hyphenated_modifier_is_no_family_name():
    # (a hyphenated modifier after an opener, "One Roe-endorsed candidate", is no given name)
    from datasette_claims.extract.speakers import _family_name_first

    assert _family_name_first(["Pak", "Chol-min"]) == "Pak"
    assert _family_name_first(["One", "Roe-endorsed"]) is None
    assert _family_name_first(["Jean-Pierre", "Roe"]) is None


# -- a body by its name, taken for a person by the resolver


def test_an_airline_or_a_company_by_its_name_is_a_body():
    one("Air Kelpland said the strike would end.", "the strike would end", sourcing="named_org")
    one("Kelpmark Motors said the plant would close.", "the plant would close", sourcing="named_org")


def test_a_person_with_an_air_rank_stays_a_person():
    one("Air Marshal Jo Roe said the base would close.", "the base would close", sourcing="named_person")


def test_a_person_of_a_company_stays_a_person():
    one("Jo Roe of Kelpmark Capital said the shares would rise.", "the shares would rise", speaker="Jo Roe",
        sourcing="named_person")
