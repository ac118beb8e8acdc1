"""The statement grain: one claim row per sentence, the rows of one
attribution sharing an ``utterance_id``; quoted words embedded in someone
else's claim are a claim of their own speaker, relayed (``via``) by the other.

All sentences are invented.
"""

from __future__ import annotations

import json

from click.testing import CliRunner
from datasette.cli import cli

from extract_helpers import run
from datasette_claims.extract.grain import sentence_pieces


def _utterances(claims):
    groups: dict = {}
    for c in claims:
        groups.setdefault(c.utterance_id, []).append(c)
    return groups


def test_a_quotation_of_three_sentences_is_three_rows_of_one_utterance():
    text = ('"The ferry to Palm Island will run again in June. The harbour wall has been rebuilt. '
            'Tickets will cost the same as last year," the transport minister, Ada Quill, said.')
    claims = run(text)
    assert [c.content.text for c in claims] == [
        "The ferry to Palm Island will run again in June.",
        "The harbour wall has been rebuilt.",
        "Tickets will cost the same as last year",
    ]
    assert len(_utterances(claims)) == 1
    assert {c.speaker for c in claims} == {"Ada Quill"}
    assert {c.quote_type for c in claims} == {"direct"}
    for c in claims:
        assert text[c.content.start:c.content.end] == c.content.text
        assert c.id.endswith(f":{c.content.start}-{c.content.end}")
    # the utterance id names the range the whole attribution covers
    uid = claims[0].utterance_id
    start, end = (int(x) for x in uid.rsplit(":", 1)[1].split("-"))
    assert start == claims[0].content.start and end == claims[-1].content.end


def test_the_pieces_of_a_split_quotation_share_one_utterance():
    text = ('"The orchard will stay open," the mayor, Ola Brenn, said on Friday. '
            '"We found the money for another season."')
    claims = run(text)
    texts = [c.content.text.strip('".,') for c in claims]
    assert "The orchard will stay open" in texts
    assert "We found the money for another season" in texts
    assert len(_utterances(claims)) == 1


def test_two_attributions_are_two_utterances():
    text = ('Ola Brenn said the orchard would stay open. Pia Holm said the council had not voted on it.')
    claims = run(text)
    assert len(claims) == 2
    assert len(_utterances(claims)) == 2


def test_a_paraphrase_of_two_sentences_is_split_too():
    text = ('Rana Vell, the fisheries director, said the cod quota would be cut by a third. '
            'She said the cut was needed. "Stocks are at their lowest in twenty years. '
            'Without a cut there will be nothing left to fish," she added.')
    claims = run(text)
    quoted = [c for c in claims if c.quote_type == "direct"]
    assert len(quoted) == 2
    assert quoted[0].utterance_id == quoted[1].utterance_id
    assert quoted[0].speaker == "Rana Vell"


def test_short_sentences_stay_with_their_neighbour():
    text = '"No. We will not sell the stadium to anyone," the club chairman, Ivo Marsh, said.'
    claims = run(text)
    assert [c.content.text for c in claims] == ["No. We will not sell the stadium to anyone"]


def test_sentence_pieces_keep_abbreviations_together():
    text = "Mr. Tam met Dr. Oro in the U.S. capital on Monday. They agreed on the plan."
    pieces = sentence_pieces(text, 0, len(text))
    assert [text[p.start:p.end] for p in pieces] == [
        "Mr. Tam met Dr. Oro in the U.S. capital on Monday.", "They agreed on the plan."]


def test_quoted_words_embedded_in_another_claim_are_their_speakers():
    text = ('Senator Lina Obst condemned the governor\'s promise to leave the pension fund '
            '"untouched forever" as empty, she said on Tuesday.')
    claims = run(text)
    embedded = [c for c in claims if c.content.text == "untouched forever"]
    assert embedded, [(c.content.text, c.rule) for c in claims]
    e = embedded[0]
    assert e.quote_type == "partial"
    assert e.source.text == "the governor"
    assert e.via == "Lina Obst"
    assert e.rule == "embedded.possessive"
    # the senator's own claim is still there
    assert any(c.speaker == "Lina Obst" and c is not e for c in claims)


def test_what_someone_called_is_their_words():
    text = 'Tomas Reyl said that what the minister called "a modest adjustment" would double rents.'
    claims = run(text)
    embedded = [c for c in claims if c.content.text == "a modest adjustment"]
    assert embedded and embedded[0].source.text == "the minister"
    assert embedded[0].via == "Tomas Reyl"


def test_a_speaker_quoting_themselves_is_not_embedded():
    text = 'Ola Brenn said her own promise to keep the library "open all summer" still stood.'
    claims = run(text)
    assert not [c for c in claims if c.rule and c.rule.startswith("embedded")]


def test_claims_extract_writes_the_utterance_id(tmp_path):
    src = tmp_path / "a.txt"
    src.write_text('"The dam is safe. The spillway was tested in March," the engineer, '
                   'Bo Lind, said on Monday.\n', encoding="utf-8")
    result = CliRunner().invoke(cli, ["claims", "extract", str(src)])
    assert result.exit_code == 0, result.output
    article = json.loads(result.output)
    rows = article["claims"]
    assert len(rows) == 2
    assert rows[0]["utterance_id"] == rows[1]["utterance_id"]
    text = article["text"]
    for r in rows:
        assert text[r["content"]["start"]:r["content"]["end"]] == r["content"]["text"]


def test_loaded_rows_carry_the_utterance_id(tmp_path):
    import sqlite3

    src = tmp_path / "a.txt"
    src.write_text('"The dam is safe. The spillway was tested in March," the engineer, '
                   'Bo Lind, said on Monday.\n', encoding="utf-8")
    db = tmp_path / "c.db"
    result = CliRunner().invoke(cli, ["claims", "load", str(db), str(src), "--no-match"])
    assert result.exit_code == 0, result.output
    rows = sqlite3.connect(db).execute("select utterance_id, content from claims order by start").fetchall()
    assert len(rows) == 2 and rows[0][0] == rows[1][0]
