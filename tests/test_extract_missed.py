"""Claims the extractor missed or mis-credited, leftovers of audit round 17 (issue #10).

An apostrophe inside a word ("Norland's harbour minister") closes no quotation,
so a trailer whose apposition holds a possessive still finds the quotation
before it; a participle's subject is never a noun phrase ending in a number
("filed suit in 2008 alleging"); a participle after "X could not be reached but
Y ..." hangs on Y's clause, not X's.  Invented sentences and names; each test
failed on the code before its fix (51c9e8f), but for the guards.
"""

from __future__ import annotations

from tests.extract_helpers import run

# -- an apostrophe inside a word closes no quotation


def test_a_possessive_in_a_trailers_apposition_keeps_the_quotation():
    claims = run("\"The harbour is closed. We are committed,\" Ann Vole, Norland's harbour minister, "
                 "told public radio.")
    assert [c.speaker for c in claims] == ["Ann Vole", "Ann Vole"]
    assert all(c.said_to == "public radio" and c.rule == "direct.trailer" for c in claims)


def test_guard_a_closing_single_quotation_mark_still_ends_the_quotation():
    claims = run("'The harbour is closed,' Ann Vole, the harbour minister, told public radio.")
    assert claims[0].speaker == "Ann Vole" and claims[0].quote_type == "direct"


# -- a number is never a participle's subject


def test_a_year_before_a_participle_is_no_speaker():
    claims = run("Tom Reyes filed suit in 2008 alleging the harbour was unsafe.")
    assert claims[0].speaker == "Tom Reyes"


def test_a_date_before_a_participle_is_no_speaker():
    claims = run("Tom Reyes filed suit on April 23, 2008 alleging the harbour was unsafe.")
    assert claims[0].speaker == "Tom Reyes"


# -- a participle hangs on the clause after "but"


def test_a_participle_after_but_takes_the_second_clauses_subject():
    claims = run("Vole's family could not be reached but Tom Reyes gave his opinion on the matter, "
                 "calling the closure a disgrace.")
    c = next(c for c in claims if c.cue is not None and c.cue.text == "calling")
    assert c.speaker == "Tom Reyes"


def test_guard_a_participle_without_but_keeps_the_sentence_subject():
    claims = run("The harbour board met on Monday, saying the closure was a disgrace.")
    c = next(c for c in claims if c.cue is not None and c.cue.text == "saying")
    assert c.speaker == "The harbour board"


# -- an interview with an outlet: the interviewee speaks, the outlet relays


def test_according_to_an_interview_with_an_outlet_credits_the_interviewee():
    claims = run("According to an interview with the Gazette, Ann Vole plans to close the harbour.")
    assert claims[0].speaker == "Ann Vole" and claims[0].via == "the Gazette"
    assert claims[0].sourcing == "named_person"


def test_an_interview_with_an_outlet_relays_a_said_clause_through_the_outlet():
    claims = run("According to an interview with the Gazette, Ann Vole said the harbour was unsafe.")
    assert claims[0].speaker == "Ann Vole" and claims[0].via == "the Gazette"


def test_guard_an_interview_with_a_person_keeps_the_person():
    claims = run("According to an interview with Ann Vole, the harbour will close.")
    assert claims[0].speaker == "Ann Vole" and claims[0].via is None


# -- a country label from the gazetteer glued before a name (guard: already right)


def test_guard_a_gazetteer_country_before_a_name_is_no_part_of_it():
    claims = run("The vote was close. Kenya Ann Vole said the harbour was unsafe.")
    assert claims[0].speaker == "Ann Vole"
