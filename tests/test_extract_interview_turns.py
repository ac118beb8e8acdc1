"""An interview's turns that run together in one paragraph are two claims,
and a topic heading is no speaker.

Invented sentences.  Wiki markup flattened to text glues an interviewer's
question to the answer ("DS: Why?:KL: Because ..."): the answer was credited
to the interviewer, inside one claim with the question.  A heading of a
questionnaire's answer or of a list ("Economy: ...", "Crowd: 35,000 * ...")
was taken for a speaker named "Economy" or "Crowd"."""

from __future__ import annotations

from extract_helpers import run

_INTRO = ("Kim Lowe runs the Dunmore harbour trust. Wikinews reporter Dan Sorrel spoke to Kim Lowe "
          "about the sea wall.\n\nInterview\n\n")


def _by_content():
    text = _INTRO + ("DS: What is the greatest threat to the harbour?:KL: Our neglect of the sea wall. "
                     "It is crumbling.\n\nDS: What about the levy?:KL: The levy would be at the top of the list.")
    return {c.content.text: c for c in run(text)}


def test_the_answer_is_the_interviewee_s_claim():
    found = _by_content()
    assert found["Our neglect of the sea wall."].speaker == "Kim Lowe"
    assert found["The levy would be at the top of the list."].speaker == "Kim Lowe"


def test_the_question_is_no_claim_and_not_glued_to_the_answer():
    # (an interviewer's question states nothing: no claim since issue #10's
    # interview change, test_extract_interview_questions.py)
    found = _by_content()
    assert "What is the greatest threat to the harbour?" not in found
    assert not any(":KL:" in content for content in found)


def test_a_topic_heading_is_no_speaker():
    text = ("The candidates answered our questions by e-mail.\n\nWhat are the top issues in your riding?\n\n"
            "Economy: Residents on a fixed income worry about the cost of everything, and the economy "
            "must come first.")
    assert not any(c.speaker == "Economy" for c in run(text))


def test_a_list_after_a_field_name_is_no_claim():
    text = ("Each concert drew a large crowd.\n\nDunmore\n\nCrowd: 35,000 * Kelp Band * The Harbour Singers "
            "* Sea Wall Trio")
    assert not any(c.speaker == "Crowd" for c in run(text))


def test_a_one_letter_answer_label_stays():
    text = ("The harbour master answered questions at the meeting.\n\nQ: Will the wall hold this winter?\n\n"
            "A: The wall will hold if the levy passes next month.")
    assert any(c.content.text.startswith("The wall will hold") for c in run(text))
