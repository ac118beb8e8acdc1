"""A pronoun speaker ("she" left unresolved) is an unknown speaker to ``claim_similarity``,
not a different person: one story's two identical wordings, one report naming the speaker
and the other saying "she said", scored as said by two people.  Invented names."""

from __future__ import annotations

import sqlite3

import pytest

from conftest import make_datasette
from datasette_claims.matching import claim_similarity

WORDS = "Ferry fares will be frozen until next spring"


def test_pronoun_speaker_is_unknown_not_different():
    assert claim_similarity(WORDS, WORDS, "Jo Roe", "she") == claim_similarity(WORDS, WORDS, "Jo Roe", None) == 1.0
    assert claim_similarity(WORDS, WORDS + " for islanders", "They", "Jo Roe") == \
        claim_similarity(WORDS, WORDS + " for islanders", None, "Jo Roe")
    # two unresolved pronouns are no evidence of one speaker either
    assert claim_similarity(WORDS, WORDS + " for islanders", "she", "she") == \
        claim_similarity(WORDS, WORDS + " for islanders")
    # two named people still differ
    assert claim_similarity(WORDS, WORDS, "Jo Roe", "Ada Vell") < 0.5


@pytest.mark.asyncio
async def test_sql_function_reads_a_pronoun_as_unknown(tmp_path):
    path = str(tmp_path / "empty.db")
    sqlite3.connect(path).close()
    ds = make_datasette([path])
    r = await ds.client.get("/empty.json", params={
        "sql": "select claim_similarity(:a, :a, 'Jo Roe', 'she') as s", "a": WORDS, "_shape": "array"},
        follow_redirects=True)  # (1.0 answers a database's ?sql= at /-/query)
    assert r.status_code == 200
    assert r.json()[0]["s"] == 1.0
