"""The head of a source mention followed by a participle phrase (issue #10,
part 3): "the report released by the ministry" is a document, whoever released it.

Every sentence here is made up (invented people, places and events).
"""

from __future__ import annotations

from extract_helpers import one

from datasette_claims.extract import sourcing


def test_report_released_by_a_ministry_is_a_document():
    c = one("The report released by the Kelp Ministry on Monday says the dam is safe.", "the dam is safe")
    assert c.sourcing == "document"


def test_study_published_in_a_journal_is_a_document():
    c = one("A study published in the Telk Journal says the glacier is melting.", "the glacier is melting")
    assert c.sourcing == "document"


def test_officials_involved_in_talks_are_officials():
    assert sourcing.classify("officials involved in the talks", False) == "unnamed_official"


def test_a_named_body_keeps_its_name_before_an_apposition_with_a_participle():
    assert sourcing.classify("Kelp Labour Organization, the agency involved in labour standards", False) \
        == "named_org"


# --- a participle phrase after the sentence's subject --------------------------

def test_subject_with_a_participle_phrase_is_the_whole_noun_phrase():
    c = one("A draft resolution being considered for adoption calls for an immediate ceasefire in Telk.",
            "an immediate ceasefire in Telk")
    assert c.speaker == "A draft resolution being considered for adoption"
    assert c.sourcing == "document"


def test_diplomats_based_in_a_city():
    c = one("Foreign diplomats based in Telk say the border is quiet.", "the border is quiet")
    assert c.speaker == "Foreign diplomats based in Telk"


def test_finite_verb_then_after_keeps_the_later_subject():
    c = one("The strike erupted after the Kelp government announced its plan.", "its plan")
    assert c.speaker == "the Kelp government"


# --- an organisation called by its kind ------------------------------------------

def test_a_body_called_by_its_kind_is_named():
    # "the airline said", "the regulator said": the body the story named, as "the company" is
    for mention in ("the airline", "The regulator", "the budget carrier", "the rail operator", "its broadcaster"):
        assert sourcing.classify(mention, False) == "named_org", mention


def test_an_unnamed_body_of_a_kind_stays_unnamed():
    assert sourcing.classify("an airline", False) == "anonymous_generic"


def test_a_story_calling_its_airline_by_kind():
    text = ("Kelp Air cancelled 40 flights on Monday. The airline said the strike would end soon.")
    one(text, "the strike would end soon", sourcing="named_org")


# --- countries -------------------------------------------------------------------

def test_a_country_speaks_as_an_institution_even_when_a_pronoun_follows():
    text = "Ecuador accused Telkia of crossing its border. He said the raid broke the law."
    one(text, "Telkia of crossing its border", speaker="Ecuador", sourcing="named_org")
    # no person called "Ecuador" for the "he" to stand for: an unresolved "he" is still
    # a person (the sourcing labels' convention), never an anonymous source
    one(text, "the raid broke the law", speaker="He", sourcing="named_person")


def test_plural_names_of_countries_and_bodies_are_named():
    for mention in ("The United States", "the United Nations", "the Solomon Islands"):
        assert sourcing.classify(mention, False) == "named_org", mention
    assert sourcing.classify("several states", False) == "collective_unnamed"


def test_a_country_after_the_head_does_not_name_the_source():
    assert sourcing.classify("one of the best-known promoters in Ireland", False) == "collective_unnamed"
    assert sourcing.classify("a story published today in the Daily Clarion", False) == "media_report"


def test_a_police_force_by_its_name_is_a_body():
    assert sourcing.classify("the Kelpshire Police", False) == "named_org"
    assert sourcing.classify("the police", False) == "unnamed_official"


# --- a relative clause after the source; a person by their place in a body ----------

def test_the_source_before_who_is_the_whole_noun_phrase():
    c = one("Farmers who grow barley near Telk said prices were too low.", "prices were too low")
    assert c.speaker == "Farmers who grow barley near Telk"
    assert c.sourcing == "collective_unnamed"
    c = one("A woman who lives by the harbour said the water smelled of oil.", "the water smelled of oil")
    assert c.sourcing == "anonymous_generic"  # (not the World Health Organization)


def test_a_person_by_their_place_in_a_body_is_an_unnamed_official():
    for mention in ("an employee of the interior ministry", "chief economist at Kelp Bank",
                    "a member of the Roe campaign"):
        assert sourcing.classify(mention, False) == "unnamed_official", mention
    assert sourcing.classify("the WHO", False) == "named_org"


def test_an_interview_answer_under_initials_is_the_person():
    text = ("Ana Voss talked to us about her book on the harbour of Telk.\n\n"
            "Reporter: Why did you write the book?\n\n"
            "AV: I grew up in a house with very few books on its shelves.")
    one(text, "I grew up in a house with very few books on its shelves", speaker="Ana Voss",
        sourcing="named_person")


def test_a_participle_anonymity_formula_with_its_reason_between_commas():
    text = ("A port official, speaking on condition of anonymity because he was not allowed to talk to "
            "reporters, said the cranes had failed twice.")
    c = one(text, "the cranes had failed twice", speaker="A port official", sourcing="unnamed_official")
    assert c.anonymity_reason == "because he was not allowed to talk to reporters"


def test_a_treasury_or_a_presidency_is_a_body():
    assert sourcing.classify("the treasury", False) == "named_org"
    assert sourcing.classify("The presidency", False) == "named_org"


# --- one person by their place in a body, the body named first -----------------

def test_a_body_named_before_a_persons_place_makes_an_unnamed_official():
    for sentence, content in [
        ("A union leader said the strike at the Telk mill would go ahead.",
         "the strike at the Telk mill would go ahead"),
        ("A company executive said profits at the smelter would fall.", "profits at the smelter would fall"),
        ("A Kelp Bank director said rates would rise in spring.", "rates would rise in spring"),
        ("One board member said the chief executive would leave.", "the chief executive would leave"),
    ]:
        assert one(sentence, content).sourcing == "unnamed_official", sentence


def test_a_nationality_or_a_town_before_a_trade_names_no_employer():
    assert sourcing.classify("a Kelpish journalist", False) != "unnamed_official"
    assert sourcing.classify("one Telk economist", False) != "unnamed_official"
    assert sourcing.classify("a local resident", False) == "anonymous_generic"
