"""The load's pipeline pieces: the reader thread, rows built beside extraction,
extract records read back, speakers resolved from plain rows.

Invented sentences only; real SQLite where a database is involved.
"""

from __future__ import annotations

import threading

import pytest

from datasette_claims import parallel
from datasette_claims.contract import ContractError, article_from_record, article_json
from datasette_claims.models import Document
from datasette_claims.store.articles import CLAIM_COLUMNS, article_rows, claim_row, hedges_json, speaker_id_of
from datasette_claims.store.bulk import resolve_speakers

TEXT = ('"The ferry will run all winter," said Marta Quellan, the harbour commissioner. '
        "Tobias Fenwright said that the tram timetable had never been approved.")


def _prepared(text: str = TEXT, ident: str = "ferry-1") -> parallel.Prepared:
    return parallel.prepare(Document(text=text, path="invented.txt", id=ident), rows=True)


def test_ahead_keeps_the_order_and_raises_in_place():
    def items():
        yield from range(5)
        raise ValueError("reader broke")

    got = []
    with pytest.raises(ValueError, match="reader broke"):
        for item in parallel.ahead(items(), depth=2):
            got.append(item)
    assert got == [0, 1, 2, 3, 4]


def test_ahead_stops_its_producer_when_the_consumer_stops():
    closed = threading.Event()

    def endless():
        n = 0
        try:
            while True:
                yield n
                n += 1
        finally:
            closed.set()

    for item in parallel.ahead(endless(), depth=3):
        if item == 10:
            break
    assert closed.wait(5), "the producer's generator was not closed"
    assert not any(t.name == "datasette-claims-reader" and t.is_alive() for t in threading.enumerate())


def test_rows_are_built_beside_extraction_and_replace_the_objects():
    prepared = _prepared()
    assert prepared.rows is not None and prepared.rows.claim_values
    assert prepared.claims == [] and prepared.article is None  # not adoptable: the rows say it all
    assert prepared.article_id == "ferry-1" == prepared.rows.id
    # Without an id, the writer may adopt the article: it is kept.
    kept = parallel.prepare(Document(text=TEXT, path="invented.txt"), rows=True)
    assert kept.article is not None and kept.rows.id == kept.article.id


def _by_name(article_id: str, claim) -> dict:
    """A claim's row spelled out column by column, from the Claim itself."""
    source, cue = claim.source, claim.cue
    return {
        "id": claim.id, "article_id": article_id, "speaker_id": speaker_id_of(claim.speaker, claim.sourcing),
        "content": claim.content.text, "start": claim.content.start, "end": claim.content.end,
        "speaker": claim.speaker, "speaker_role": claim.speaker_role,
        "source_text": source and source.text, "source_start": source and source.start,
        "source_end": source and source.end, "cue": cue and cue.text, "cue_start": cue and cue.start,
        "cue_end": cue and cue.end, "sourcing": claim.sourcing, "quote_type": claim.quote_type,
        "said_on": claim.said_on, "said_where": claim.said_where, "said_to": claim.said_to,
        "hedges": hedges_json(claim.hedges), "stance": claim.stance, "via": claim.via,
        "anonymity_reason": claim.anonymity_reason, "denies": claim.denies,
        "confidence": round(claim.confidence, 3), "rule": claim.rule, "utterance_id": claim.utterance_id or claim.id,
    }


def test_claim_values_follow_claim_columns():
    doc = Document(text=TEXT, path="invented.txt", id="ferry-1")
    plain = parallel.prepare(doc)
    rows = article_rows(plain.article, plain.claims)
    assert any(c.source for c in plain.claims) and any(c.cue for c in plain.claims)
    for claim, values in zip(plain.claims, rows.claim_values):
        assert dict(zip(CLAIM_COLUMNS, values)) == _by_name("ferry-1", claim)
        assert claim_row(plain.article, claim) == _by_name("ferry-1", claim)
    names = {s[1] for s in rows.speakers}
    assert "Marta Quellan" in names


def test_an_extract_record_gives_the_same_rows_as_extraction():
    doc = Document(text=TEXT, path="invented.txt", id="ferry-1")
    plain = parallel.prepare(doc)
    record = article_json(plain.article, plain.claims)
    article, claims = article_from_record(record, doc)
    assert article_rows(article, claims) == article_rows(plain.article, plain.claims)


def _record() -> tuple[dict, Document]:
    doc = Document(text=TEXT, path="invented.txt", id="ferry-1")
    plain = parallel.prepare(doc)
    return article_json(plain.article, plain.claims), doc


def test_an_extract_record_is_checked_field_by_field():
    record, doc = _record()
    claim = record["claims"][0]
    claim["field_from_a_newer_release"] = {"anything": 1}  # ignored
    claim["cue"] = None
    assert claim["source"]
    claim["source"] = [claim["source"]["start"], claim["source"]["end"]]  # a bare span
    article, claims = article_from_record(record, doc)
    assert claims[0].cue is None
    assert claims[0].source.text == TEXT[claims[0].source.start:claims[0].source.end]
    assert not hasattr(claims[0], "field_from_a_newer_release")

    record, doc = _record()
    record["claims"][0]["confidence"] = "very"
    with pytest.raises(ContractError, match="confidence is not a number"):
        article_from_record(record, doc)
    record, doc = _record()
    record["claims"][0]["source"] = {"start": 0, "end": 9, "text": "Somebody"}
    with pytest.raises(ContractError, match="source text does not match"):
        article_from_record(record, doc)
    record, doc = _record()
    record["claims"][0]["hedges"] = "reportedly"
    with pytest.raises(ContractError, match="hedges is not a list"):
        article_from_record(record, doc)


def test_speakers_resolve_to_the_first_row_and_the_first_role_given():
    rows = [
        ("marta-quellan", "Marta Quellan", "person", None, '["Marta Quellan"]'),
        ("tobias-fenwright", "Tobias Fenwright", "person", "union spokesman", '["Tobias Fenwright"]'),
        ("marta-quellan", "Marta Quellan", "person", "harbour commissioner", '["Marta Quellan"]'),
        ("marta-quellan", "Marta Quellan", "person", "mayor", '["Marta Quellan"]'),
    ]
    assert resolve_speakers(rows) == [
        ("marta-quellan", "Marta Quellan", "person", "harbour commissioner", '["Marta Quellan"]'),
        ("tobias-fenwright", "Tobias Fenwright", "person", "union spokesman", '["Tobias Fenwright"]'),
    ]
