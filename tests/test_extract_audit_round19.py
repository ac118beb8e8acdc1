"""Who said it, round 19 (issue #10): a twelfth audit (seed 59), speakers first.

A participle cue after a verb's object ("gave a speech saying", "will hold
banners proclaiming", "opposed the bill arguing") took the object for its
subject: a speech, banners, a bill or "concern" spoke, typed a document or an
anonymous source.  The subject is the clause's when the object is a thing one
speaks through or voices (``lexicon.SAID_THROUGH_OBJECTS``) or the object of a
verb of judging (``lexicon.JUDGING_PASTS``); not when a document is turned down
("vetoed a resolution condemning ..."), nor when the object is a person.
"told <outlet> radio / television / reporters" took the lower-case word after
the outlet's name for the start of what was said ("radio that ...",
"reporters"), and a quotation closed by a full stop before "X told Kelp Radio
reporters." was left unattributed.
Invented sentences and names; each test failed on the code before its fix
(448babc), but for the guards.
"""

from __future__ import annotations

from tests.extract_helpers import run


def _claim(text: str, start: str):
    claims = run(text)
    found = [c for c in claims if c.content.text.startswith(start)]
    assert found, [(c.content.text, c.speaker, c.rule) for c in claims]
    return found[0]


# -- the subject speaks through the object of its verb


def test_a_speech_given_is_the_speakers():
    c = _claim("The pier reopened on Monday. Mayor Ann Vole gave a speech saying the harbour was safe again.",
               "the harbour was safe")
    assert c.speaker == "Ann Vole" and c.sourcing == "named_person"


def test_banners_held_are_the_holders():
    c = _claim("Thousands of fishermen will greet the minister. They will hold banners proclaiming: "
               "\"Save the Kelp pier!\"", "Save the Kelp pier")
    assert c.source.text == "They" and c.sourcing == "collective_unnamed"


def test_a_resolution_passed_is_the_councils():
    c = _claim("The Kelp Harbour Council has passed a resolution condemning the closure of the pier.",
               "the closure")
    assert c.speaker == "Kelp Harbour Council" and c.sourcing == "named_org"


def test_concern_voiced_is_the_speakers():
    c = _claim("Some Kelp students voiced concern saying, \"We don't understand why the pier closed.\"",
               "We don't understand")
    assert c.source.text == "Some Kelp students" and c.sourcing == "collective_unnamed"


def test_a_poem_published_after_an_apposition():
    c = _claim("Ann Vole, the harbour master, published a poem saying the pier was a gift to the town.",
               "the pier was a gift")
    assert c.speaker == "Ann Vole"


def test_the_object_judged_does_not_speak():
    c = _claim("The Kelp Science Council opposed the bill arguing it would harm students.", "it would harm")
    assert c.speaker == "Kelp Science Council" and c.sourcing == "named_org"


def test_a_list_of_subjects_before_the_judging_verb():
    c = _claim("In addition, the Kelp Association for the Advancement of Science, Tide Center for Science "
               "Education, and the Reef Coalition for Science opposed the bill arguing it would harm students.",
               "it would harm")
    assert c.source.text.startswith("the Kelp Association for the Advancement of Science, Tide Center")
    assert c.speaker == "Kelp Association for the Advancement of Science" and c.sourcing == "named_org"


def test_guard_a_vetoed_resolution_keeps_its_words():
    c = _claim("On Friday, the Kelp Council vetoed a resolution condemning the harbour board.", "the harbour board")
    assert c.speaker != "Kelp Council"


def test_guard_a_person_quoted_speaks():
    c = _claim("The Kelp Post quoted a senior diplomat saying the pier was safe.", "the pier was safe")
    assert c.speaker == "a senior diplomat" and c.sourcing == "unnamed_official"


# -- "told <outlet> radio": the medium is part of who was told


def test_told_an_outlets_radio_that():
    c = _claim("Ann Roe told Kelp radio that police would be able to get an order.", "police would")
    assert c.cue.text == "told Kelp radio" and c.speaker == "Ann Roe"


def test_told_a_news_agency_then_a_quotation():
    c = _claim("Ann Roe told Kelpwire news agency: \"Most people are going to wait and see.\"", "Most people")
    assert c.cue.text == "told Kelpwire news agency" and c.speaker == "Ann Roe"


def test_a_quotation_closed_by_a_full_stop_then_told_outlet_reporters():
    c = _claim("The pier closed on Monday.\n\n\"We won the vote. I'm not going to stop now.\" Ann Roe told "
               "Kelp Radio reporters.", "We won the vote")
    assert c.speaker == "Ann Roe" and c.cue.text == "told Kelp Radio reporters"
    assert not [x for x in run("\"We won the vote.\" Ann Roe told Kelp Radio reporters.")
                if x.content.text.strip(" .") == "reporters"]


def test_guard_told_an_outlet_by_its_capitalised_name():
    c = _claim("Ann Roe told Kelp News the pier would close.", "the pier would close")
    assert c.cue.text == "told Kelp News"
