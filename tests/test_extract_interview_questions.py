"""An interview transcript's questions are no claims: a question states
nothing (issue #10).  The interviewer is found by construction -- a label such
as "Q:" or the publication's own name, or the voice that asks in most of its
turns while another answers -- never by name."""

from __future__ import annotations

from tests.extract_helpers import one, run

_LABELLED = (
    "Interview with a painter\n\n"
    "Wikinews: Why did you move to the coast?\n\n"
    "Jane Roe: The light is better there.\n\n"
    "Wikinews: What do you think of the new gallery in Varno?\n\n"
    "Jane Roe: It is too small for large canvases.")

_TWO_VOICES = (
    "Ann Pike spoke with the engineer Tom Hale about the new bridge.\n\n"
    "Ann Pike: The council has approved the plan. When will the work start?\n\n"
    "Tom Hale: The work starts in March and should take two years.\n\n"
    "Ann Pike: Is the budget enough?\n\n"
    "Tom Hale: The budget is tight but it will do.\n\n"
    "Ann Pike: Thank you for your time.\n\n"
    "Tom Hale: Who would turn down a bridge like this? It is the best job I have had.")


def _contents(text):
    return [c.content.text.strip(" \"'\u201c\u201d") for c in run(text)]


def test_questions_of_a_labelled_interviewer_are_no_claims():
    got = _contents(_LABELLED)
    assert not any(t.endswith("?") for t in got), got
    one(_LABELLED, "The light is better there", speaker="Jane Roe")


def test_q_and_a_labels():
    got = _contents("Jo Roe answered questions from readers.\n\n"
                    "Q: Do you think the levy will rise next year?\n\nA: It will rise by a small amount.")
    assert "Do you think the levy will rise next year?" not in got, got
    assert "It will rise by a small amount." in got, got


def test_the_voice_that_asks_is_the_interviewer():
    got = _contents(_TWO_VOICES)
    assert "When will the work start?" not in got and "Is the budget enough?" not in got, got
    one(_TWO_VOICES, "The work starts in March and should take two years", speaker="Tom Hale")


def test_an_answers_question_and_the_interviewers_remarks_stay():
    got = _contents(_TWO_VOICES)
    assert "Who would turn down a bridge like this?" in got, got
    assert "Thank you for your time." in got, got
