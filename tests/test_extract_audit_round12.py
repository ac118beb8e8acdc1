"""What is not a claim, and where a claim ends, round 12 (issue #10).

A speech act that only may happen ("the board could declare ...", "some might
argue that ...") states nothing; a content cut where the next clause starts
keeps no "and"/"but" at its end.  Invented sentences and names; each test
failed on the code before its fix (the guards aside).
"""

from __future__ import annotations

from tests.extract_helpers import one, run


def _contents(text: str) -> list[str]:
    return [c.content.text for c in run(text)]


# -- a modal of possibility before the cue


def test_a_speech_act_that_could_happen_is_no_claim():
    text = "The harbour board could declare a fishing ban over the whole bay, forcing trawlers north."
    assert not any("fishing ban" in t for t in _contents(text)), _contents(text)


def test_an_argument_someone_might_make_is_no_claim():
    text = "Some in Kelpton might argue that the new quay is too small for the ferries."
    assert not any("too small" in t for t in _contents(text)), _contents(text)


def test_a_counterfactual_request_is_no_claim():
    text = "At any time the trust could have asked the court to lift the order on the mill."
    assert not any("court" in t for t in _contents(text)), _contents(text)


def test_could_not_and_a_past_perception_stay_claims():
    one("Ann Vole could not confirm that the ferry had left on time.", "the ferry had left on time")
    one("From the quay, Ann Vole could feel that the pier was unsafe.", "the pier was unsafe")


def test_may_and_the_name_may_stay_claims():
    one("Theresa May announced that the Kelp levy would rise in spring.", "the Kelp levy would rise in spring")


# -- a coordinating conjunction at the content's end


def test_a_content_cut_before_another_speaker_keeps_no_and():
    text = "The skippers said they felt like scapegoats and one of their lawyers said the quota was unfair."
    one(text, "they felt like scapegoats")
    assert not any(t.rstrip().endswith(" and") for t in _contents(text)), _contents(text)


def test_a_content_cut_before_another_speaker_keeps_no_but():
    text = "The clerk first said he did not recall moving the files, but in a later interview said he had moved them."
    one(text, "he did not recall moving the files")
    text = "Kelp Mining claimed responsibility for the spill but harbour officials said they did not believe it."
    one(text, "responsibility for the spill")


# -- a subject with its apposition before the cue is no inverted trailer


def test_a_named_subject_with_its_apposition_speaks_what_follows():
    text = "Harbour chief in Kelpton, Tane Ambry, said the ferries would stop."
    one(text, "the ferries would stop", speaker="Tane Ambry")
    assert "Harbour chief in Kelpton, Tane Ambry" not in _contents(text)


def test_an_organisation_and_its_apposition_before_a_noun_object():
    text = "The deputy director of the Kelpton hospital, Ann Vole, announced the death of the mayor."
    assert not any("Ann Vole" in t for t in _contents(text)), _contents(text)
    text = "Kelp Mining, a unit of Vole Holdings, reports most of its sales in Kelpland."
    assert not any(t.startswith("Kelp Mining") for t in _contents(text)), _contents(text)


def test_an_inverted_trailer_with_a_clause_stays():
    one("The ferries rose in price, said Tane Ambry.", "The ferries rose in price", speaker="Tane Ambry")
    one("Prices in Kelpton, however, fell sharply, said the harbour master.",
        "Prices in Kelpton, however, fell sharply")


# -- "According to NAME, TITLE ..., CONTENT": the title is the source's


def test_the_sources_title_after_according_to_is_no_content():
    text = "According to Tane Ambry, head of the Kelpton harbour police, the ferry captain has been detained."
    one(text, "the ferry captain has been detained", speaker="Tane Ambry")


def test_a_role_before_its_holders_name_stays_in_the_content():
    text = "According to Ivo Dal, Kelpland's envoy to Vole, Ann Roe, has apologised to the governor."
    assert any(t.startswith("Kelpland's envoy") for t in _contents(text)), _contents(text)
    text = "According to the report, the harbour, which opened in 1990, is now full."
    assert any(t.startswith("the harbour") for t in _contents(text)), _contents(text)


# -- a cue in a direct question


def test_a_cue_in_a_question_reports_nothing():
    text = "The council closed the pier on Monday. Do you think that the council was right to close the pier?"
    assert not any("council was right" in t for t in _contents(text)), _contents(text)
    text = "The ferry fares rose again. How does the Kelp Ferry Union feel about that fare rise now?"
    assert _contents(text) == [], _contents(text)


def test_a_question_put_or_quoted_stays():
    one("Ann Vole asked whether the council was right to close the pier.",
        "whether the council was right to close the pier")
    one('"Do you think I like this?" Ann Vole said.', "Do you think I like this?")


# -- page markup


def test_a_gallery_line_is_no_speakers_turn():
    text = ("The fair opened on Saturday.\n\nFile:Kelp fair 2024 pier.jpg|A large wooden whale on the pier. "
            "File:Kelp fair 2024 tent.jpg|The main tent at dusk.\n\nAnn Vole said the fair was a success.")
    assert [t for t in _contents(text)] == ["the fair was a success"], _contents(text)
