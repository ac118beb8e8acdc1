"""Speech attributions that were missed or cut badly (PolNeAR train read by construction).

Every sentence here is invented (made-up people, places and events).
"""

from __future__ import annotations

from extract_helpers import one, run


# --- a naming cue ends at the quoted name, whatever the quotation marks -------

def _content_of(text: str, cue: str) -> str:
    found = [c.content.text for c in run(text) if c.cue and c.cue.text == cue]
    assert found, [(c.content.text, c.rule) for c in run(text)]
    return found[0]


def test_name_in_two_apostrophe_marks_ends_the_content():
    # ''...'' (the style of some archives) closes with two characters: the comma
    # inside it still ends the name, and the participle after it is a claim of its own
    text = "Mr. Dalby called the levy ''a disgrace,'' blaming the harbour board."
    assert _content_of(text, "called") == "the levy ''a disgrace,''"
    one(text, "the harbour board", cue="blaming", source="Mr. Dalby")


def test_relative_naming_cue_ends_at_the_name():
    text = "The board fought over the levy, which Mr. Dalby called ''a disgrace,'' blaming the mayor."
    assert _content_of(text, "called") == "''a disgrace,''"


def test_what_someone_called_ends_at_the_name():
    # 'under what X called "Y," the club ...': the main clause is the writer's
    for mark_open, mark_close in (('"', '"'), ("''", "''"), ("\u201c", "\u201d")):
        text = (f"In 2009, under what Mr. Dalby called {mark_open}the old fee model,{mark_close} "
                "the Westvale Golf Club let nonmembers play for a fee.")
        assert _content_of(text, "called") == f"{mark_open}the old fee model,{mark_close}"


# --- "as" clauses with a time, a publication or an adverb ---------------------

def test_as_clause_with_publication_after_the_cue():
    one("Invoking the old war is a cheap scare tactic, as Dana Kell noted in The Clarion.",
        "Invoking the old war is a cheap scare tactic", source="Dana Kell")


def test_as_clause_with_time_after_the_cue():
    one("The staff even planned a walkout, as the Ledger reported a few days later.",
        "The staff even planned a walkout", source="the Ledger")
    c = one("Roe also met the builders that day, as the Westvale Ledger reported on Tuesday.",
            "Roe also met the builders that day")
    assert c.speaker == "Westvale Ledger"


def test_as_clause_adverb_is_not_part_of_the_source():
    c = one("Roe is the largest donor among the candidates, as the Westvale Ledger previously reported.",
            "Roe is the largest donor among the candidates")
    assert c.source.text == "the Westvale Ledger"


def test_as_clause_parenthetical_content_starts_after_the_adjuncts():
    claims = run("Roe met the builders, as the Westvale Ledger reported on Tuesday, and she will lead the talks.")
    texts = [c.content.text for c in claims]
    assert "on Tuesday" not in texts, texts


# --- a prepositional object after a manner adverb -----------------------------

def test_adverb_between_verb_and_preposition():
    one("Dana Kell bragged prematurely about the size of the grant.", "the size of the grant",
        source="Dana Kell")


# --- a participle after "without" says nothing ------------------------------

def test_without_participle_is_no_claim():
    claims = run("\u201cThe levy is fair,\u201d he said, without referring specifically to any of the candidates.")
    assert not [c for c in claims if "candidates" in c.content.text], [c.content.text for c in claims]
    claims = run("Roe praised the council on Monday without mentioning the levy.")
    assert not [c for c in claims if c.content.text == "the levy"]


# --- an opening participle clause after a subordinator --------------------------

def test_subordinated_opening_participle_is_the_main_subjects_speech():
    one("After saying he was nervous about the levy, the farmer asked the mayor to resign.",
        "he was nervous about the levy", source="the farmer")
    one("While saying that she does respect the mayor, Dana Kell refused to apologize.",
        "she does respect the mayor", source="Dana Kell")
    one("But in explaining why the plans had not passed, Dana Kell described a rigged council.",
        "why the plans had not passed", source="Dana Kell")
    one("After initially saying he would not run, Ivo Dal entered the race.", "he would not run", source="Ivo Dal")
    one("Even after announcing his support for Roe, Ivo Dal still believes that the mayor is unfit to lead.",
        "his support for Roe", source="Ivo Dal")


def test_opening_refusal_is_no_claim():
    for lead in ("While declining", "Declining", "After refusing"):
        claims = run(f"{lead} to go into specifics, Dana Kell insisted she gave the mayor the plans.")
        assert [c.content.text for c in claims] == ["she gave the mayor the plans"], [c.content.text for c in claims]


def test_opening_non_speech_participle_stays_out():
    claims = run("After meeting the mayor, Ivo Dal said the levy would pass.")
    assert [c.content.text for c in claims] == ["the levy would pass"]


def test_opening_participle_before_a_modal_main_verb():
    c = one("Citing \u201cobligations in Westvale,\u201d Senator Ivo Dal will skip the convention.",
            "obligations in Westvale")
    assert c.speaker == "Ivo Dal"


def test_topic_ends_before_the_subjects_next_predicate():
    # a prepositional object is a noun phrase: ", but has instead urged ..." is the
    # subject's next act (a claim of its own), not part of the topic
    # (affirmative: a negated comment with a plain object is no claim, tests/test_extract_audit_round29.py)
    text = "Westvale has commented directly on the new levy, but has instead urged Easton to return to the talks."
    one(text, "the new levy", source="Westvale")
    one(text, "Easton to return to the talks", source="Westvale")
    one("Ivo Dal wrote about the harbour and left the board a month later.", "the harbour", source="Ivo Dal")


# --- a noun-like cue form before a subject pronoun is the verb ----------------

def test_nounish_form_before_a_clause_pronoun_is_a_verb():
    one("Ivo Dal claims he's worth $10 billion.", "he's worth $10 billion", source="Ivo Dal")
    one("Dana Kell claims they were paid twice.", "they were paid twice", source="Dana Kell")
    # the noun stays a noun: a determiner or a possessive before it
    assert not [c for c in run("The claims he made were false.") if c.cue and c.cue.text == "claims"]
    # cognition forms are left as they were ("I think he ...")
    assert not run("I think he is trying to campaign as a healer.")


# --- an indirect trailer with an adjunct tail ----------------------------------

def test_trailer_with_a_place_or_occasion_after_the_cue():
    one("The levy is a disgrace, Dana Kell said in Westvale.", "The levy is a disgrace", source="Dana Kell",
        rule="indirect.trailer")
    one("Outright victory is vital, he said after meeting Thursday with Roe aides, because the party is split.",
        "Outright victory is vital", rule="indirect.trailer")
    one("Many voters found it offensive, the reporter Ana Brook said in posing the question to Roe.",
        "Many voters found it offensive", rule="indirect.trailer")


def test_trailer_before_a_dash_gloss():
    text = ("The deficit will grow again this year, the budget office reported on Tuesday -- a development "
            "that will shape the race.")
    one(text, "The deficit will grow again this year", rule="indirect.trailer")
    assert not [c for c in run(text) if c.content.text.startswith("--")]


def test_opening_adjunct_is_no_trailer_content():
    # "In his speech, Roe said in Westvale ..." : the comma closes an adjunct, not a clause
    claims = run("In his speech, Ivo Dal said at length - and with some anger - that the levy had failed.")
    assert not [c for c in claims if c.content.text == "In his speech"]
    claims = run("Friday morning, as the parade rolled past, the Ledger reported at least six planes filled the sky.")
    assert [c.content.text for c in claims if c.cue and c.cue.text == "reported"] == [
        "at least six planes filled the sky"]


# --- an anonymous source with its prepositional phrase --------------------------

def test_people_or_one_source_close_to_someone():
    one("The real test is whether she can win trust, people close to Ivo Dal say.",
        "The real test is whether she can win trust", source="people close to Ivo Dal")
    one("Dal will be rethinking how he treats his colleagues, a source close to him said.",
        "Dal will be rethinking how he treats his colleagues", source="a source close to him")
    one("The talks have stalled, a friend of the mayor said.", "The talks have stalled",
        source="a friend of the mayor")


def test_passive_cue_before_an_adjunct_is_no_trailer():
    claims = run("The council said that due to the ballots already being printed, Roe could not be added "
                 "in this election cycle.")
    assert [(c.speaker, c.rule) for c in claims] == [("The council", "indirect.that")], [
        (c.speaker, c.rule, c.content.text) for c in claims]
