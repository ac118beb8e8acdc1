"""Speech contents that ran on past their clause (PolNeAR train read by construction).

Every sentence here is invented (made-up people, places and events).
"""

from __future__ import annotations

from extract_helpers import one, run


def _contents(text: str) -> dict[str, str]:
    return {c.cue.text: c.content.text for c in run(text) if c.cue}


# --- ", but insists ...": the subject speaks again, a new attribution --------

def test_but_and_a_finite_speech_verb_start_a_new_attribution():
    text = "Ann Vole says voters may not like the answer, but insists the mayor is mounting a phony attack."
    one(text, "voters may not like the answer", cue="says", source="Ann Vole")
    one(text, "the mayor is mounting a phony attack", cue="insists", source="Ann Vole")


def test_and_or_but_with_a_past_speech_verb_after_a_comma():
    text = "The harbour master said the levy was fair, but cautioned against reading the vote as an endorsement."
    one(text, "the levy was fair", cue="said")
    text = "Ted Morn said he did not own the ferries to burnish his brand, but agreed that the fleet helped."
    one(text, "he did not own the ferries to burnish his brand", cue="said")
    one(text, "the fleet helped", cue="agreed", source="Ted Morn")
    one("The council said that it would miss the deadline, and requested another month.",
        "it would miss the deadline", cue="said")


def test_the_embedded_subjects_own_predicate_stays_in_the_content():
    # no speech verb after "but": the that-clause's subject goes on
    one("Ivo Dal said the bridge was costly, but would save money in the long run.",
        "the bridge was costly, but would save money in the long run", cue="said")
    # a noun after "and" ("claims" reads as a noun) is no new attribution
    one("Ivo Dal said the audit found errors, and claims of fraud followed within days.",
        "the audit found errors, and claims of fraud followed within days", cue="said")


# --- a subordinator left at the content's end by the next attribution ---------

def test_a_content_keeps_no_dangling_subordinator():
    text = ("Ivo Vole said late Wednesday that he would go ahead with the meeting, although he tweeted "
            "that he rejects the mayor's latest comments.")
    assert _contents(text)["said"] == "he would go ahead with the meeting"
    text = "In his Sunday interviews, Dorne again criticized the harbour board, though he added that it helped."
    assert _contents(text)["again criticized"] == "the harbour board"


def test_a_subordinator_inside_the_content_stays():
    # only a last word after a comma or a dash is cut: "as" ending a phrase stays
    one("Ivo Dal said the ferry would run twice as fast as planned.", "the ferry would run twice as fast as planned")


# --- a quotation after "X's remarks" is the words of whoever judges them ------

def _embedded(text: str) -> list[str]:
    return [c.content.text for c in run(text) if c.rule == "embedded.possessive"]


def test_a_judgement_of_someones_remarks_is_not_their_words():
    assert _embedded('The harbour chief on Tuesday called Mayor Vole\'s remarks about the crews "reckless."') == []
    assert _embedded('Ted Morn told reporters that Vole\'s comments "show contempt for the valley."') == []
    assert _embedded('A spokesman said that Dal\'s claim that Kell favours the levy is "simply not true."') == []
    assert _embedded('Ada Kell described the mayor\'s statement that he had opposed the levy as "a fairy tale."') == []


def test_quoted_words_inside_the_nouns_complement_stay_the_possessors():
    assert _embedded('Ted Morn mocked the mayor\'s call for a "harbour renaissance" at a rally.') == [
        "harbour renaissance"]
    assert _embedded('Ted Morn mocked the mayor\'s phrase "harbour renaissance" at a rally.') == [
        "harbour renaissance"]
    assert _embedded('Ted Morn derided the mayor\'s claim that the ferries "pay for themselves."') == [
        "pay for themselves."]
    assert _embedded('Ivo Dal described the mayor\'s statement that the harbour should be "closed to trawlers" '
                     'as wise.') == ["closed to trawlers"]
    assert _embedded('Ada Kell said the mayor\'s comments about "sinking the ferry fleet" had upset the crews.') == [
        "sinking the ferry fleet"]


# --- a cue in a subordinate clause opening its sentence -----------------------

def test_a_subordinate_clause_with_a_measure_of_time_ends_at_its_comma():
    text = "A few weeks after Mayor Vole announced that the ferry would not close, the harbour board sold the fleet."
    assert _contents(text)["announced"] == "the ferry would not close"
    text = "Three years after Westvale officials vowed to court younger voters, the party has done the opposite."
    assert _contents(text)["vowed"] == "to court younger voters"
    text = "As long as they believe that the levy pays, they will keep the ferries running."
    assert _contents(text)["believe"] == "the levy pays"


def test_a_time_after_the_subordinator_keeps_the_clause_subordinate():
    text = "Although in September she said the account was a mistake, at the town hall this week Roe defended it."
    assert _contents(text)["said"] == "the account was a mistake"


def test_a_main_clause_cue_keeps_its_commas():
    text = "Three years later, Westvale officials said the levy, the ferry and the bridge would stay."
    assert _contents(text)["said"] == "the levy, the ferry and the bridge would stay"
