"""Content spans of indirect speech: where a reported clause ends and which
cue words inside it report nothing.

Every sentence here is invented (made-up people, places and events).
"""

from __future__ import annotations

from extract_helpers import one, run


def test_cue_word_inside_content_that_reports_nothing_keeps_the_content_whole():
    # "add", "tweets", "written" look like second reporting verbs; when they make
    # no claim of their own, the first content is not cut before them
    one("The port authority said a new toll would add less than 1 percent to fares.",
        "a new toll would add less than 1 percent to fares", source="The port authority")
    one("The bakery said there were two thousand tweets with the slogan in one day.",
        "there were two thousand tweets with the slogan in one day", source="The bakery")
    one("Mayor Osk said Dal provided a written statement in reply to the council.",
        "Dal provided a written statement in reply to the council", source="Mayor Osk")


def test_second_speaker_still_ends_the_first_content():
    claims = run("Lina Osk said the ferry plan failed, Ivo Dal said it worked.")
    got = {(c.content.text, c.speaker) for c in claims}
    assert ("the ferry plan failed", "Lina Osk") in got
    assert ("it worked", "Ivo Dal") in got


def test_coordinated_cue_still_ends_the_first_content():
    # (a bare "denied the charges" is no claim since xverbs: tests/test_extract_objects.py)
    claims = run("The harbour master denied any wrongdoing and accused the board of lying.")
    texts = {c.content.text for c in claims}
    assert "any wrongdoing" in texts and "the board of lying" in texts


def test_titles_in_quotation_marks_are_no_claims():
    # a book, a programme or a date in quotation marks, left by every rule
    claims = run("The museum shop sold \u201cHow the Owl Lost Its Hat\u201d and \u201cThe Late Hour With "
                 "Dana Moss\u201d beside \u201cMarch 10, 2016\u201d calendars.")
    assert not claims, [c.content.text for c in claims]


def test_unattributed_quotation_of_a_sentence_stays():
    # lower-case words that are not a title's small words: a statement, kept
    claims = run("Across the valley the mood was grim. \u201cThe harbour will never reopen,\u201d "
                 "a sign on the pier read in chalk.")
    assert any(c.content.text.startswith("The harbour will never reopen") for c in claims)


def test_subordinate_clause_mid_sentence_ends_its_content():
    # "..., and while he said A, B": the content is A, the main clause is the writer's
    one("Backing from the harbour master matters, and while he said he would hold a vote, "
        "the plan is unlikely to pass.", "he would hold a vote", source="he")


def test_cue_after_a_participle_with_a_quotation_keeps_the_subject():
    # 'Roe, citing "...," said X': the quotation is the participle's, X is said by Roe
    text = "Mr. Dal, citing \u201cthe quiet charm of the harbour,\u201d said the ferry could be late."
    one(text, "the ferry could be late", source="Mr. Dal")
    one(text, "the quiet charm of the harbour", source="Mr. Dal")


def test_short_lower_case_phrase_in_quotation_marks_is_no_claim():
    # a scare quote picked out of a sentence is no statement of its own
    claims = run("The new tram line has become a \u201cquiet little miracle of engineering\u201d for the town.")
    assert not [c for c in claims if c.rule == "quote.unattributed"], [c.content.text for c in claims]


def test_short_lower_case_clause_in_quotation_marks_stays():
    # a clause with a finite verb is a statement, however short
    claims = run("Knowing that \u201cours is a harbour town,\u201d the council kept the ferry.")
    assert any(c.content.text.startswith("ours is a harbour town") for c in claims), \
        [c.content.text for c in claims]


def test_thousands_separator_does_not_end_a_subordinate_content():
    claims = run("Figures rose sharply, and when officials reported a 307 percent rise to 14,589 arrivals "
                 "in the port, the mayor called a meeting.")
    assert any("14,589 arrivals" in c.content.text for c in claims), [c.content.text for c in claims]
