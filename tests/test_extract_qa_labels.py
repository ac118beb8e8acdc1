"""An interview written with "Q:" / "A:" labels whose headline alone names the
interviewee, through ``claims extract`` on a plain-text file.

Invented texts and names.  A .txt file's first line is its headline and no
paragraph of the story, so the person it names ("Interview: harbour master
Ola Brenn on the new quay") was none of the article's people: the answers
were credited to a speaker "A" (an anonymous source), or to another person
the lead names more often (the mayor the interviewee answers).  The answers
are the interviewee's own words; the interviewer's questions are no claims.
"""

from __future__ import annotations

import json

from click.testing import CliRunner
from datasette.cli import cli


def _claims(tmp_path, text: str) -> dict:
    src = tmp_path / "interview.txt"
    src.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(cli, ["claims", "extract", str(src), "--jobs", "1"])
    assert result.exit_code == 0, result.output
    record = json.loads(result.output.splitlines()[0])
    return {c["content"]["text"]: c for c in record["claims"]}


HEADLINE_ONLY = (
    "Interview: harbour master Ola Brenn on the new quay\n\n"
    "The new quay at Vellby has been delayed twice. We spoke to the harbour master.\n\n"
    "Q: Why was the quay delayed?\n\n"
    "A: I think the delay was our own fault. We ordered the cranes too late.\n\n"
    "Q: Will the fishing boats keep their berths?\n\n"
    "A: The cost rose by a tenth, and every boat keeps its berth on the old pier.\n")


def test_answers_are_the_headline_s_interviewee(tmp_path):
    found = _claims(tmp_path, HEADLINE_ONLY)
    answer = found["The cost rose by a tenth, and every boat keeps its berth on the old pier."]
    assert (answer["speaker"], answer["sourcing"], answer["quote_type"]) == ("Ola Brenn", "named_person", "direct")
    assert found["We ordered the cranes too late."]["speaker"] == "Ola Brenn"
    assert not any(c["speaker"] == "A" for c in found.values())


def test_the_questions_are_no_claims(tmp_path):
    found = _claims(tmp_path, HEADLINE_ONLY)
    assert not any(text.rstrip().endswith("?") for text in found)


def test_not_the_person_the_lead_names_more_often(tmp_path):
    text = ("Interview: harbour master Ola Brenn on the new quay\n\n"
            "The new quay at Vellby has been delayed twice. Mayor Ina Holt blamed the port. Holt wants an "
            "inquiry.\n\n"
            "Q: Why the delay?\n\nA: The cranes came late from the south.\n\n"
            "Q: Does the mayor blame you?\n\nA: The mayor signed the order herself, in March.\n")
    found = _claims(tmp_path, text)
    assert found["The cranes came late from the south."]["speaker"] == "Ola Brenn"
    assert found["The mayor signed the order herself, in March."]["speaker"] == "Ola Brenn"


def test_a_headline_of_two_people_names_no_interviewee(tmp_path):
    # (two names in the headline and none in the story: which one answers
    # stays open, neither is picked)
    text = ("Ola Brenn and Kari Lund on the new quay\n\n"
            "The new quay at Vellby has been delayed twice. We asked the harbour board.\n\n"
            "Q: Why the delay?\n\nA: The cranes came late from the south.\n\n"
            "Q: Who pays?\n\nA: The port pays for the cranes and the town for the road.\n")
    found = _claims(tmp_path, text)
    assert found["The cranes came late from the south."]["speaker"] not in ("Ola Brenn", "Kari Lund")


DOTTED = (
    "Interview: harbour master Ola Brenn on the new quay\n\n"
    "The new quay at Vellby has been delayed twice. We spoke to the harbour master.\n\n"
    "Q. Why was the quay delayed?\n\n"
    "A. The cranes came late from the south.\n\n"
    "Q. The council says the cost has doubled.\n\n"
    "A. The cost rose by a tenth, not double.\n")


def test_dotted_labels_are_turns_too(tmp_path):
    found = _claims(tmp_path, DOTTED)
    for answer in ("The cranes came late from the south.", "The cost rose by a tenth, not double."):
        assert (found[answer]["speaker"], found[answer]["quote_type"]) == ("Ola Brenn", "direct")
    assert "Why was the quay delayed?" not in found
    assert found["The council says the cost has doubled."]["speaker"] != "Ola Brenn"


def test_an_initial_opening_a_paragraph_is_no_label(tmp_path):
    # (one "A." paragraph, no "Q.": a forename's initial, not an answer)
    text = ("Harbour fees to rise\n\nThe harbour board met on Monday.\n\n"
            "A. Brenn, the harbour master, said the fees would rise in May.\n")
    found = _claims(tmp_path, text)
    assert not any(c["speaker"] == "A" or c["rule"] == "heading.colon" for c in found.values())


def test_a_liveblog_entry_s_time_does_not_hide_its_speaker(tmp_path):
    # (a liveblog's "18:12 — " before the sentence: the colon-quote rule reads
    # the subject after it, as without the time)
    text = ("Live: the council debates the harbour budget\n\nThe council met on Tuesday.\n\n"
            "18:12 \u2014 Mayor Ina Holt told the chamber: \"We will not raise the harbour fee this year.\"\n\n"
            "9.05am - Councillor Kari Lund warned the members: \"The fleet gets nothing from this budget.\"\n")
    found = _claims(tmp_path, text)
    assert found["We will not raise the harbour fee this year."]["speaker"] == "Ina Holt"
    assert found["The fleet gets nothing from this budget."]["speaker"] == "Kari Lund"


def test_initials_of_the_headline_s_interviewee_label_the_answers(tmp_path):
    text = ("Interview: harbour master Ola Brenn on the new quay\n\n"
            "The new quay at Vellby has been delayed twice. Our reporter Jana Rook asked the harbour master.\n\n"
            "JR: When will the new quay open?\n\nOB: The quay will open in the spring, after the cranes.\n\n"
            "JR: Is the cost within the budget?\n\nOB: We are a tenth over the budget, because of the steel.\n")
    answer = _claims(tmp_path, text)["The quay will open in the spring, after the cranes."]
    assert (answer["speaker"], answer["sourcing"], answer["quote_type"]) == ("Ola Brenn", "named_person", "direct")
