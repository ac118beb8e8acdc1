"""Page furniture and interviewers' questions taken as claims.

A hand audit of Wikinews links (docs/matching.md) found two kinds of wrong
claims: the list of other articles' headlines under a "Related news" or "See
also" heading ("Mayor of Tarvik quits over dredging row * Council doubts
harbour plan"), read as reports of speech and linked to the stories they name;
and an interview's question carrying "seems" ("What seems to be the most
effective, from your experience?") cut before its "?" into an unattributed
hedged claim, so the question every guest of a series is asked linked every
interview to every other.  Real CLI (``claims extract``), invented texts.
"""

from __future__ import annotations

import json

from click.testing import CliRunner
from datasette.cli import cli

STORY = ("Tarvik votes on harbour plan\n\n"
         "The harbour mayor Runa Brann said on Tuesday that the town would stop paying for the dredging.\n\n"
         '"We cannot pay for mud," Brann said.\n\n')


def extract(tmp_path, text: str) -> list[dict]:
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": "a1", "title": "Tarvik votes on harbour plan", "text": text}) + "\n")
    result = CliRunner().invoke(cli, ["claims", "extract", str(src), "--jobs", "1"])
    assert result.exit_code == 0, result.output
    claims = []
    for line in result.output.splitlines():
        record = json.loads(line)
        claims.extend(record.get("claims", []))
    return claims


def contents(claims: list[dict]) -> list[str]:
    return [c["content"]["text"] for c in claims]


def test_a_related_news_list_of_headlines_gives_no_claims(tmp_path):
    text = STORY + ("Related news\n\n"
                    "Council of Tarvik says dredging costs will double * Fishermen claim harbour plan "
                    "ignores them * Mayor Brann denies secret deal with Quillon Dredging\n")
    found = contents(extract(tmp_path, text))
    assert any("stop paying for the dredging" in c for c in found)
    assert not any("dredging costs will double" in c or "ignores them" in c or "secret deal" in c for c in found)


def test_a_see_also_line_citing_another_article_gives_no_claim(tmp_path):
    text = STORY + ("See also\n\n"
                    "Fishermen of Tarvik say harbour plan ignores them, Quillon Times, March 4, 2031\n")
    found = contents(extract(tmp_path, text))
    assert any("stop paying for the dredging" in c for c in found)
    assert not any("ignores them" in c for c in found)


def test_the_story_after_a_list_section_is_read_again():
    from datasette_claims.furniture import link_list  # new with this test (collects on old code)

    lines = ["The mayor said the plan would pass.", "See also", "Mayor quits * Council meets",
             "Tarvik harbour row deepens", "The council said on Friday it would vote again next week.",
             "Officials said the vote would be close."]
    assert link_list(lines) == {1, 2, 3}


def test_a_bulleted_list_of_quotations_in_the_story_stays(tmp_path):
    text = STORY + ("Reactions\n\n"
                    "* Fisherman Ola Wend said the plan would ruin the harbour.\n\n"
                    "* The council's treasurer said the town could not afford the dredging.\n")
    found = contents(extract(tmp_path, text))
    assert any("ruin the harbour" in c for c in found)
    assert any("could not afford the dredging" in c for c in found)


def test_an_interviewers_hedged_question_is_no_hedged_claim(tmp_path):
    text = ("Interview with Runa Brann, candidate for Tarvik\n\n"
            "Wikinews interviewed Runa Brann, the Green candidate in Tarvik.\n\n"
            "There are more ways than ever to reach voters, from lawn signs to websites. "
            "What seems to be the most effective, from your experience?: Door-to-door canvassing works best.\n\n"
            "DS: What sorts of things are said to you on the street?\n\n"
            "RB: Mostly people ask about the harbour.\n")
    claims = extract(tmp_path, text)
    hedged = [c for c in claims if c["rule"] == "hedge.unattributed"]
    assert hedged == [], hedged


def test_a_hedged_statement_keeps_its_claim(tmp_path):
    text = STORY + "The dredging firm reportedly raised its price last year.\n"
    claims = extract(tmp_path, text)
    assert any(c["rule"] == "hedge.unattributed" and "raised its price" in c["content"]["text"]
               for c in claims)


def test_an_interviewers_question_put_with_a_speech_verb_asks(tmp_path):
    """ "Do you believe that X?": the claim cut before the "?" is a question
    put to the guest (stance "question"), not the guest's belief; the
    interviewer's statement "You have said that Y." stays an assertion."""
    text = ("Interview with Runa Brann\n\n"
            "Wikinews interviewed Runa Brann, the Green candidate in Tarvik.\n\n"
            "WN: Do you believe that the harbour levy is fair?\n\n"
            "RB: I do. The town needs the money.\n\n"
            "WN: You have said that the dredging firm overcharged the town. Why?\n\n"
            "RB: Because it did.\n")
    stances = {c["content"]["text"]: c["stance"] for c in extract(tmp_path, text)}
    assert stances["the harbour levy is fair"] == "question"
    assert stances["the dredging firm overcharged the town"] == "assertion"
