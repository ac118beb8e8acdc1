"""Indirect speech with verbal cues: invented sentences, one per construction.

Every sentence here is made up (invented people, places and events).
"""

from __future__ import annotations

from extract_helpers import one, run


def contents(text: str) -> list[str]:
    return [c.content.text for c in run(text)]


# --- a bare object ends before the subject's next verb ---------------------

def test_object_ends_before_coordinated_past_verb():
    one("The mayor praised the ferry crews and left the pier before noon.",
        "the ferry crews", source="The mayor")


def test_infinitive_object_ends_before_but_verb():
    one("Governor Lina Osk urged residents to stay indoors but stopped short of ordering a curfew.",
        "residents to stay indoors", source="Governor Lina Osk")


def test_clause_content_keeps_its_coordination():
    # after "said", "and <verb>" belongs to the reported clause
    one("Ivo Dal said the two ministers met in Telk and signed a new budget.",
        "the two ministers met in Telk and signed a new budget", source="Ivo Dal")


def test_coordinated_subject_noun_phrase_not_cut():
    one("The council warned the rain and unsettled weather would last until Friday.",
        "the rain and unsettled weather would last until Friday")


# --- pronoun-like subjects ------------------------------------------------

def test_another_as_subject():
    one("One farmer said the dam was safe. Another said the water was rising fast.",
        "the water was rising fast", source="Another")


def test_most_as_subject():
    one("We asked 40 ferry workers about the strike; most said they were very tired.",
        "they were very tired", source="most")


# --- "to say": the subject of the infinitive ------------------------------

def test_infinitive_takes_sentence_subject():
    one("Orvo voters were more likely to say the mayor still has a chance.",
        "the mayor still has a chance", source="Orvo voters")


def test_infinitive_object_control():
    one("The surprise win led her to declare that the race was over.",
        "the race was over", source="her")


def test_no_source_for_hard_to_say():
    assert not any(c.source and c.source.text == "It" for c in run(
        "It is hard to say whether the bridge will open in May."))


def test_no_infinitive_claim_after_noun():
    # "failure to denounce" is a noun's complement, not a speech act of the subject
    assert not any(c.cue and c.cue.text == "denounce" for c in run(
        "The Telk senators were angered by his failure to denounce the toll increase."))


# --- plural subject with a noun-like verb form ----------------------------

def test_plural_subject_note_that():
    one("But harbor engineers note that the old pier is still sinking.",
        "the old pier is still sinking", source="harbor engineers")


# --- objects of "tell" -----------------------------------------------------

def test_told_host_name():
    one("Osk told host Ivo Dal a defeat is increasingly likely.",
        "a defeat is increasingly likely", source="Osk")


def test_tell_pollsters():
    one("Three-fourths of the residents tell pollsters they distrust the council.",
        "they distrust the council")


# --- adjuncts with commas between the cue and the content -----------------

def test_long_adjuncts_before_quote():
    one('Mayor Osk said on Monday, in reference to the flooded bridge, "We will rebuild it stone by stone."',
        "We will rebuild it stone by stone", source="Mayor Osk", quote_type="direct")


def test_adjunct_clause_before_quote():
    one('Dal said as he introduced his sister in Telk, "The dam broke and we are finally free."',
        "The dam broke and we are finally free", source="Dal")


def test_place_with_comma_before_that():
    one("Ivo Dal said Sunday in Telk, Vermont, that he was hoping for a large turnout.",
        "he was hoping for a large turnout", source="Ivo Dal")


# --- cuts that stay -------------------------------------------------------

def test_though_kept_in_content():
    one("Lina Osk said she backs the ferry plan, though she has not read the budget.",
        "she backs the ferry plan, though she has not read the budget", source="Lina Osk")


def test_which_still_cuts():
    c = one("Ivo Dal said the levy was fair, which angered the mill owners.",
            "the levy was fair", source="Ivo Dal")
    assert "angered" not in c.content.text


# --- a participle clause of the writer's ends the content -----------------

def test_writer_participle_clause_cut():
    one("Senator Ivo Dal said he cannot support the toll plan, throwing the harbor budget into doubt.",
        "he cannot support the toll plan", source="Senator Ivo Dal")


def test_gerund_list_after_colon_kept():
    c = one("Lina Osk said she has three pledges: rebuilding the pier, taking care of fishermen "
            "and lowering the tolls.",
            "she has three pledges: rebuilding the pier, taking care of fishermen and lowering the tolls",
            source="Lina Osk")
    assert "lowering" in c.content.text


def test_trailer_with_video_message_adjunct():
    one("Telk had put the biggest dent yet in the port budget, she said in a video message to the council.",
        "Telk had put the biggest dent yet in the port budget", source="she", rule="indirect.trailer")


# --- coordinated cues -----------------------------------------------------

def test_then_says_continues_the_subject():
    one("Osk offered the man a job as harbor master, then says she will welcome advice from anyone.",
        "she will welcome advice from anyone", source="Osk")


def test_relative_who_is_the_source_of_a_coordinated_cue():
    one("Tom greeted Ann Berg, who answered her door Sunday and said she planned to vote for Osk.",
        "she planned to vote for Osk", source="who")


def test_a_complement_that_is_only_a_time_is_no_claim():
    for text in ("As the Westvale Gazette reported just today, the ferry board missed its deadline.",
                 "As the columnist Ida Marsh had written a few years earlier, the pier was unsafe."):
        claims = run(text)
        assert not [c for c in claims if c.content.text.strip(" ,.") in ("just today", "a few years earlier")], \
            [(c.rule, c.content.text) for c in claims]
