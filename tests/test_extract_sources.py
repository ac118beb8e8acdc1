"""Finding the source left of a cue: appositions, coordination, objects, adverbials.

Every sentence here is made up (invented people, places and events).
"""

from __future__ import annotations

from extract_helpers import one, run


# --- coordination -----------------------------------------------------------

def test_trailer_subject_with_coordinated_head():
    one('"We will win the valley," the Ohio governor and Republican presidential candidate said on Monday.',
        "We will win the valley",
        source="the Ohio governor and Republican presidential candidate", quote_type="direct")


def test_coordinated_lowercase_subject_after_comma():
    one("The levee would fail, current and former engineers said.", "The levee would fail",
        source="current and former engineers")


def test_coordinated_pronoun_and_name():
    one("It was never only about money, he and Mr. Tarrow said.", "It was never only about money",
        source="he and Mr. Tarrow")


def test_coordinated_names_with_apposition():
    one("Lina Osk and Tomas Verhal, both senators, said the bridge would open in May.",
        "the bridge would open in May", speaker="Lina Osk")


def test_no_coordination_across_a_preposition():
    from datasette_claims.extract import patterns as P
    from datasette_claims.extract.sources import _walk_np

    def np(text):
        toks = [(m.start(), m.end(), m.group()) for m in P.TOKEN_RE.finditer(text)]
        got = _walk_np(toks, len(toks) - 1)
        return text[toks[got][0]:] if got is not None else None

    assert np("poor results on Monday and in the two towns") == "in the two towns"
    assert np('"We won," the Ohio governor and Republican candidate') == \
        "the Ohio governor and Republican candidate"
    assert np("The levee would fail, current and former engineers") == "current and former engineers"
    # no comma or quotation before the left conjunct: the verb's object, not a subject
    assert np("He criticized the plan and the mayor") == "the mayor"


# --- appositions --------------------------------------------------------------

def test_apposition_with_quoted_title_straight_quotes():
    one('Jon Varra, host of "Morning Tide," said the plan would fail.', "the plan would fail",
        speaker="Jon Varra")


def test_apposition_with_quoted_title_curly_quotes():
    c = one("Jon Varra, host of \u201cMorning Tide,\u201d said the plan would fail.", "the plan would fail",
            speaker="Jon Varra")
    assert c.source.text.startswith("Jon Varra")


def test_apposition_with_quoted_words_inside():
    one('Farm delegate Bill Roane, wearing "Osk for Mayor" pins, said the plan would fail.',
        "the plan would fail", speaker="Bill Roane")


def test_apposition_ending_in_possessive():
    one("Paul Derring, a friend of the couple's, said that the wedding was lovely.",
        "the wedding was lovely", source="Paul Derring")


def test_apposition_party_of_state():
    one("''We need to fix the roads,'' Representative Jane Osk, Republican of Utah, told reporters.",
        "We need to fix the roads", speaker="Jane Osk", quote_type="direct")


def test_apposition_with_city_and_state():
    c = one("''The roads are bad,'' Mr. Ostler, now retired in Boise, Idaho, said.",
            "The roads are bad", quote_type="direct")
    assert c.source.text.startswith("Mr. Ostler")


def test_apposition_after_age():
    c = one("''I just don't trust her,'' Ann Raddle, 67, a retired nurse in Dover, said.",
            "I just don't trust her", quote_type="direct")
    assert c.source.text.startswith("Ann Raddle")


def test_lowercase_quote_is_not_a_title():
    claims = run('After the vote, the mayor called the plan "a disgrace," said Roe.')
    assert all(c.source is None or c.source.text == "Roe" for c in claims)


# --- quoted as saying -------------------------------------------------------------

def test_quoted_as_saying_trailer():
    one('"The bridge is unsafe," Mayor Lina Osk is quoted as saying.', "The bridge is unsafe",
        source="Mayor Lina Osk", quote_type="direct")


def test_quoted_as_saying_trailer_with_outlet():
    one('"The bridge is unsafe," Mayor Lina Osk was quoted as saying in the Herald.',
        "The bridge is unsafe", source="Mayor Lina Osk")


def test_quoted_as_saying_with_following_quote():
    one('Mayor Lina Osk was quoted as saying, "The bridge is unsafe."', "The bridge is unsafe",
        source="Mayor Lina Osk")


# --- verb object is not the source ---------------------------------------------------

def test_issued_a_statement_saying():
    one("The mayor issued a statement Tuesday saying the bridge was unsafe.", "the bridge was unsafe",
        source="The mayor", cue="issued a statement Tuesday saying")


def test_put_out_a_statement_saying():
    one("The mayor put out a statement saying the bridge was unsafe.", "the bridge was unsafe",
        source="The mayor")


def test_sent_an_email_saying_quote():
    one('The mayor sent an email saying, "The bridge is unsafe."', "The bridge is unsafe",
        source="The mayor")


def test_document_subject_stays():
    one("The statement said the bridge was unsafe.", "the bridge was unsafe", source="The statement")


# --- adverbials between subject and verb --------------------------------------------

def test_time_adverbial_before_verb():
    c = one("Tarrow, whose views have upset many, last year proposed a ban on imports.",
            "a ban on imports")
    assert c.source.text.startswith("Tarrow")


def test_in_the_past_before_verb():
    one("The mayor has in the past said the bridge was unsafe.", "the bridge was unsafe",
        source="The mayor")


def test_twice_before_verb():
    one("The legion has twice complained that the logo was misused.", "the logo was misused",
        source="The legion")


def test_object_pronoun_ends_relative_clause():
    c = one("But progressive groups that have endorsed him say they believe the delegates should choose.",
            "they believe the delegates should choose")
    assert c.source.text != "him"


# --- sentence subject for participles -----------------------------------------------

def test_participle_after_long_opening_phrase():
    one("Over the past two weeks, the mayor fired her chief, saying the bridge was unsafe.",
        "the bridge was unsafe", source="the mayor")


def test_participle_after_dateline():
    c = one("SPRING VALE, Ore. - Sen. Ted Orrin (R-Ore.) continued his attack on Monday, "
            "questioning the mayor's judgment.", "the mayor's judgment")
    assert c.source.text == "Sen. Ted Orrin"


def test_subject_runs_over_modifier():
    one("The Tarrow campaign pushed back on Monday, calling the report false.", "the report false",
        source="The Tarrow campaign")
    one("The former president spoke for an hour, mocking the mayor.", "the mayor",
        source="The former president")


def test_aspect_verb_belongs_to_the_cue():
    c = one("Peter Roane, the former budget director, began writing essays defending the tax cuts.",
            "essays defending the tax cuts", cue="began writing")
    assert c.source.text.startswith("Peter Roane")


# --- a time or a place opening the sentence, with no comma, is not the subject --

def test_an_opening_time_without_a_comma_is_not_part_of_the_speaker():
    for sentence in ("Earlier this week the mayor said the Telk mill would reopen.",
                     "Yesterday the mayor said the Telk mill would reopen.",
                     "Monday the mayor said the Telk mill would reopen.",
                     "In Sorvik the mayor said the Telk mill would reopen."):
        c = one(sentence, "the Telk mill would reopen")
        assert c.speaker == "the mayor", sentence


def test_an_opening_time_without_a_comma_dates_the_statement():
    one("On Monday the mayor said the Telk mill would reopen.", "the Telk mill would reopen",
        published="2031-05-09", said_on="2031-05-05")


def test_a_second_verb_after_an_opening_time_keeps_its_subject():
    c = one("Last week the harbour board met the unions and said the Telk mill would reopen.",
            "the Telk mill would reopen")
    assert c.speaker == "the harbour board"


def test_an_article_inside_a_noun_phrase_still_joins_it():
    assert one("The head of the Sorvik port authority said the mill would reopen.",
               "the mill would reopen").speaker == "The head of the Sorvik port authority"
    assert one("Observers in Telk and around the country said the vote was fair.",
               "the vote was fair").speaker == "Observers in Telk and around the country"


def test_a_pages_tag_glued_to_the_first_sentence_is_not_the_speaker():
    assert one("Kenya The harbour board said the Telk mill would reopen.",
               "the Telk mill would reopen").speaker == "The harbour board"
    assert one("SORVIK \u2015 The harbour board said the Telk mill would reopen.",
               "the Telk mill would reopen").speaker == "The harbour board"
    # (inside a name, an article stays: "Rock the Vote" is one name)
    assert one("Activists of Rock the Vote said the poll was flawed.", "the poll was flawed").speaker \
        == "Activists of Rock the Vote"


def test_a_group_named_after_a_person_is_not_that_person():
    text = "Ines Volkov is the transport minister. Critics of Volkov said the fare was too high."
    c = one(text, "the fare was too high")
    assert c.speaker == "Critics of Volkov" and c.sourcing == "collective_unnamed"


def test_an_opening_adverb_or_a_plural_title_is_not_part_of_a_name():
    assert one("Afterwards Quill said the fare was too high.", "the fare was too high").speaker == "Quill"
    # (both senators speak: the plural title is no part of either name)
    assert one("Senators Ada Quill and Tom Reilly said the fare was too high.",
               "the fare was too high").speaker == "Ada Quill and Tom Reilly"
