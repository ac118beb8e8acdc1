"""What a ClaimReview export names: the claim's author and the statement reviewed.

schema.org / Google's fact-check markup: ``itemReviewed.author`` is the person or organisation
stating the claim, ``claimReviewed`` a short summary of the claim.  A report that says only "she
said" must not export "she" as the author; a story verdict reviews the statement, not the story's
label (which quotes whatever its first claim is, a reporter's paraphrase too).  Real CLI load,
real SQLite, real Datasette; invented reports and names."""

from __future__ import annotations

import sqlite3

import pytest

from conftest import load_docs_with_cli, make_datasette
from datasette_claims.factchecks.records import record_verdict

FARES = [
    {"id": "harbour-1", "outlet": "Harbour Times", "date": "2031-03-02", "title": "Fares",
     "text": "Jo Roe, the transport minister, spoke in Portwick on Monday.\n\n"
             "\"Ferry fares will be frozen until next spring,\" Jo Roe said."},
    {"id": "coast-1", "outlet": "Coast Daily", "date": "2031-03-03", "title": "Ferries",
     "text": "The ferry service has lost money for years.\n\n"
             "\"Ferry fares will be frozen until next spring,\" she said."},
    {"id": "moor-1", "outlet": "Moor News", "date": "2031-03-03", "title": "Rain",
     "text": "The storm closed three roads.\n\n\"The canal will be drained by autumn,\" she said."},
]
TOLLS = [
    {"id": "bay-1", "outlet": "Bay Herald", "date": "2031-04-02", "title": "Tolls",
     "text": "Ada Vell, the roads minister, said bridge tolls would be cut in half next year."},
    {"id": "vale-1", "outlet": "Vale Post", "date": "2031-04-03", "title": "Bridge",
     "text": "Ada Vell said bridge tolls would be cut in half next year, angering the opposition."},
]


def verdict_on(db_path, where: str, story: bool = False) -> str:
    """Record a verdict on the claim (or its story) ``where`` picks; returns its id."""
    conn = sqlite3.connect(db_path)
    with conn:
        claim_id, story_id = conn.execute(f"select id, story_id from claims where {where}").fetchone()
        record_verdict(conn, claim_id=None if story else claim_id, story_id=story_id if story else None,
                       rating="False", reviewer="alice")
    conn.close()
    return story_id if story else claim_id


async def reviews(db_path) -> list[dict]:
    ds = make_datasette([db_path])
    r = await ds.client.get("/claims/-/claims/claimreview.json")
    assert r.status_code == 200
    return r.json()


@pytest.mark.asyncio
async def test_unresolved_pronoun_exports_the_story_speaker(tmp_path):
    db = load_docs_with_cli(tmp_path, FARES)
    verdict_on(db, "article_id = 'coast-1' and speaker = 'she'")
    [review] = await reviews(db)
    assert review["itemReviewed"]["author"] == {"@type": "Person", "name": "Jo Roe"}


@pytest.mark.asyncio
async def test_unresolved_pronoun_in_no_story_exports_no_author(tmp_path):
    db = load_docs_with_cli(tmp_path, FARES)
    verdict_on(db, "article_id = 'moor-1'")
    [review] = await reviews(db)
    assert "author" not in review["itemReviewed"]  # not {"name": "she"}
    assert review["claimReviewed"] == "“The canal will be drained by autumn”"


@pytest.mark.asyncio
async def test_story_verdict_reviews_the_statement(tmp_path):
    db = load_docs_with_cli(tmp_path, FARES)
    verdict_on(db, "article_id = 'harbour-1'", story=True)
    [review] = await reviews(db)
    # a direct quotation: its words, quoted; the speaker is the author, not part of the text
    assert review["claimReviewed"] == "“Ferry fares will be frozen until next spring”"
    assert review["itemReviewed"]["author"]["name"] == "Jo Roe"


@pytest.mark.asyncio
async def test_story_verdict_on_reported_speech_is_not_quoted(tmp_path):
    db = load_docs_with_cli(tmp_path, TOLLS)
    verdict_on(db, "article_id = 'bay-1'", story=True)
    [review] = await reviews(db)
    assert review["claimReviewed"] == "Bridge tolls would be cut in half next year."  # a sentence of its own
    assert review["itemReviewed"]["author"] == {"@type": "Person", "name": "Ada Vell"}
