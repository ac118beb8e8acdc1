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
    claims = run("The harbour master denied the charges and accused the board of lying.")
    texts = {c.content.text for c in claims}
    assert "the charges" in texts and "the board of lying" in texts
