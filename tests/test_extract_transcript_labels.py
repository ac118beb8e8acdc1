"""Interviews and transcripts pasted as plain text, through ``claims extract``.

Invented texts and names.  A radio interview saved as a .txt file ("RUNA
VEDDE: We will not ...", "HOST: ...") came out with every answer an
*indirect* claim of an *organisation* "RUNA VEDDE"; "HOST" became a speaker
and the dateline's place; the host's "The mayor says your costs doubled" was
credited to the guest.  Each guest turn is the guest's own words (direct, a
person, the name in the case the introduction writes it), an interviewer's
label names no one, and a claim inside the interviewer's turn is relayed by
it.  Other shapes: "Q:"/"A:", "NAME (party):", a speech with "(APPLAUSE)",
mixed-case labels, a turn over several paragraphs.
"""

from __future__ import annotations

import json

from click.testing import CliRunner
from datasette.cli import cli


def _extract(tmp_path, text: str) -> dict:
    src = tmp_path / "transcript.txt"
    src.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(cli, ["claims", "extract", str(src), "--jobs", "1"])
    assert result.exit_code == 0, result.output
    return json.loads(result.output.splitlines()[0])


def _by_content(record: dict) -> dict:
    return {c["content"]["text"]: c for c in record["claims"]}


RADIO = (
    "Breakfast Hour: Runa Vedde on the water fee\n\n"
    "HOST: Good morning. With me is Runa Vedde, who runs the Pellby water company. Welcome.\n\n"
    "RUNA VEDDE: Thank you for having me. We will not raise the fee this year.\n\n"
    "HOST: The mayor says your costs doubled. Is that true?\n\n"
    "RUNA VEDDE: Our costs rose by a third, not double. The board will publish the accounts in March.\n\n"
    "HOST: Will you stand again?\n\n"
    "RUNA VEDDE: I have not decided yet. My family comes first.\n"
)


def test_guest_turns_are_the_guest_s_direct_words(tmp_path):
    found = _by_content(_extract(tmp_path, RADIO))
    for sentence in ("We will not raise the fee this year.", "Our costs rose by a third, not double.",
                     "The board will publish the accounts in March.", "My family comes first."):
        claim = found[sentence]
        assert (claim["speaker"], claim["sourcing"], claim["quote_type"]) == \
            ("Runa Vedde", "named_person", "direct")


def test_one_utterance_per_turn(tmp_path):
    found = _by_content(_extract(tmp_path, RADIO))
    first = found["Our costs rose by a third, not double."]["utterance_id"]
    assert found["The board will publish the accounts in March."]["utterance_id"] == first
    assert found["My family comes first."]["utterance_id"] != first


def test_the_host_is_no_speaker_and_no_place(tmp_path):
    record = _extract(tmp_path, RADIO)
    assert record["dateline"]["place"] is None
    assert not any((c["speaker"] or "").lower() == "host" for c in record["claims"])
    assert not any("Will you stand again?" in c["content"]["text"] for c in record["claims"])


def test_the_host_s_relayed_claim_is_not_the_guest_s(tmp_path):
    relayed = _by_content(_extract(tmp_path, RADIO))["your costs doubled"]
    assert relayed["speaker"] != "Runa Vedde"
    assert relayed["via"] == "Host"


def test_q_and_a_answers_are_the_interviewee_s(tmp_path):
    text = ("Ten questions for a lighthouse keeper\n\n"
            "Oskar Fjellby has kept the Sandvik light for twenty years. He spoke to us about the storms.\n\n"
            "Q: How bad was the last storm?\n\nA: The waves reached the lamp room. We lost power for two days.\n\n"
            "Q: Do you ever feel afraid?\n\nA: Fear keeps you careful. The sea does not forgive mistakes.\n")
    claims = _extract(tmp_path, text)["claims"]
    assert claims and all(c["speaker"] == "Oskar Fjellby" and c["quote_type"] == "direct" for c in claims)


def test_a_name_and_party_label(tmp_path):
    text = ("Council debate on the harbour plan\n\n"
            "The council met on Tuesday evening to debate the harbour plan.\n\n"
            "MAREK OSTHAG (Green): The harbour plan will destroy the wetland. We counted forty species there.\n\n"
            "LINNEA VARGBY (Labour): The plan protects the wetland on its northern side.\n\n"
            "MAREK OSTHAG (Green): Nobody has shown us the survey.\n")
    record = _extract(tmp_path, text)
    found = _by_content(record)
    assert record["dateline"]["place"] is None and record["outlet"] is None
    assert found["The harbour plan will destroy the wetland."]["speaker"] == "Marek Osthag"
    assert found["The harbour plan will destroy the wetland."]["speaker_role"] == "Green"
    side = found["The plan protects the wetland on its northern side."]
    assert (side["speaker"], side["sourcing"], side["quote_type"]) == ("Linnea Vargby", "named_person", "direct")


def test_a_speech_with_stage_directions(tmp_path):
    text = ("Remarks by Councillor Idun Falkstad at the river festival\n\n"
            "IDUN FALKSTAD: Thank you all for coming tonight. (APPLAUSE)\n\n"
            "We cleaned this river together over ten long years. (APPLAUSE)\n\n"
            "(LAUGHTER)\n\n"
            "Next year the town will open two new swimming places on the east bank.\n")
    record = _extract(tmp_path, text)
    found = _by_content(record)
    assert record["dateline"]["place"] is None
    assert not any("APPLAUSE" in c or "LAUGHTER" in c for c in found)
    for sentence in ("Thank you all for coming tonight.", "We cleaned this river together over ten long years.",
                     "Next year the town will open two new swimming places on the east bank."):
        assert (found[sentence]["speaker"], found[sentence]["quote_type"]) == ("Idun Falkstad", "direct")


MIXED = (
    "Evening Desk: the ferry strike\n\n"
    "Host: Joining me now is Sigrun Aasnes, who leads the ferry workers union.\n\n"
    "Sigrun Aasnes: Our members have not had a raise in four years. The strike begins on Monday.\n\n"
    "Host: The minister says the union refused every offer. Did you?\n\n"
    "Sigrun Aasnes: We refused one offer, and it cut our pensions.\n\n"
    "That offer would have left older workers with nothing.\n\n"
    "We are still ready to talk this week.\n\n"
    "Host: Thank you.\n"
)


def test_mixed_case_labels(tmp_path):
    record = _extract(tmp_path, MIXED)
    found = _by_content(record)
    assert found["The strike begins on Monday."]["quote_type"] == "direct"
    assert not any((c["speaker"] or "").lower() == "host" for c in record["claims"])
    assert found["the union refused every offer"]["speaker"] != "Sigrun Aasnes"


def test_a_turn_over_several_paragraphs(tmp_path):
    found = _by_content(_extract(tmp_path, MIXED))
    turn = found["We refused one offer, and it cut our pensions."]
    for sentence in ("That offer would have left older workers with nothing.", "We are still ready to talk this week."):
        assert found[sentence]["speaker"] == "Sigrun Aasnes"
        assert found[sentence]["quote_type"] == "direct"
        assert found[sentence]["utterance_id"] == turn["utterance_id"]
