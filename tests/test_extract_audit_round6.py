"""Who said it, round 6 (issue #10): what the fourth audit and a fact-checker's
walk over invented wire coverage left.

Each test is a construction found wrong, written with invented sentences; each
failed on the code before its fix.
"""

from __future__ import annotations

from tests.extract_helpers import one

# -- a forename that is also a function word, in an apposition after a role


def test_function_word_forename_between_commas_is_the_speaker():
    text = "Kelp Fisheries posted a loss. Its chairman, Per Aasland, warned that the fleet would shrink."
    one(text, "the fleet would shrink", speaker="Per Aasland", speaker_role="Its chairman",
        sourcing="named_person")
    one("The guild's treasurer, Will Ostrander, said the dues would rise.", "the dues would rise",
        speaker="Will Ostrander", sourcing="named_person")


# -- a subject with its "who" clause before the cue: no inverted source after it


def test_subject_with_who_clause_is_no_inverted_trailer():
    text = "The growers, who have invested heavily in new plants, said the announcement came as a surprise."
    one(text, "the announcement came as a surprise", speaker="The growers", sourcing="collective_unnamed")


def test_a_clause_before_an_inverted_source_still_inverts():
    one("The deal, which took years, will collapse, said Jo Roe.", "The deal, which took years, will collapse",
        speaker="Jo Roe")
