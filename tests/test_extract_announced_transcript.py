"""A transcript announced after a speaker's quotation is that speaker's.

Invented sentences.  "Gov. Jo Roe said, '...' Transcript as follows:" and
then quoted paragraphs with no attribution: each was a quotation of no one
(``author``); they are the words of the person the article had just quoted.
"""

from __future__ import annotations

from extract_helpers import one, run

LEAD = ('On Tuesday in Dunmore, after winning the primary, Gov. Jo Roe said, "We are going all the way to '
        'the convention."\n\n')
SPEECH = ('"Tonight we arrived in the capital, and we went to a restaurant. People started to cheer.\n\n'
          '"We are now up 400,000 jobs. We have cut taxes more than any other state."\n')


def test_quotations_after_transcript_as_follows_are_the_speakers():
    text = LEAD + "Transcript as follows:\n\n" + SPEECH
    c = one(text, "We are now up 400,000 jobs", speaker="Jo Roe")
    assert c.sourcing == "named_person"
    assert c.quote_type == "direct"


def test_without_the_announcement_quotations_stay_unattributed():
    text = LEAD + "The crowd was large.\n\n" + SPEECH
    c = one(text, "We are now up 400,000 jobs")
    assert c.speaker is None


def test_labelled_turns_keep_their_own_speakers():
    text = LEAD + ("Transcript as follows:\n\nANN VOLE: What did you tell the crowd?\n\n"
                   "JO ROE: We are now up 400,000 jobs.\n")
    speakers = {c.speaker for c in run(text) if "400,000" in c.content.text}
    assert speakers == {"Jo Roe"}, speakers
