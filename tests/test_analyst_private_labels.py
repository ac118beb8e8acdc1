"""A private table's words stay off the pages of the tables pointing at it.

The plugin gives ``articles`` a label column (the headline), so Datasette's
table pages show each claim's ``article_id`` with its headline, in HTML, in
``?_labels=on`` CSV and JSON and in facets.  With ``articles`` kept to one
reviewer, an anonymous analyst reading the public ``claims`` table must not
see those headlines (Datasette 0.65 reads foreign-key labels without asking;
the invented headlines below are stored only in ``articles``).
"""

from __future__ import annotations

import pytest
from conftest import make_datasette

HEADLINES = ["Budget statement", "Doe repeats tax pledge"]
LABELLED = [
    "/claims/claims",
    "/claims/claims.csv?_labels=on",
    "/claims/claims.json?_labels=on",
    "/claims/claims.json?_facet=article_id&_size=0",
    "/claims/claims?_facet=article_id&_size=0",
]


def private(table):
    return {"databases": {"claims": {"tables": {table: {"allow": {"id": "alice"}}}}}}


async def read(ds, path):
    response = await ds.client.get(path)
    assert response.status_code == 200, path
    return response.text


@pytest.mark.asyncio
@pytest.mark.parametrize("path", LABELLED)
async def test_private_articles_headlines_stay_off_the_claims_table(claims_db_path, path):
    ds = make_datasette([claims_db_path], private("articles"))
    assert (await ds.client.get("/claims/articles.json")).status_code == 403
    text = await read(ds, path)
    assert "hansard.2020/01" in text or "hansard.2020~2F01" in text  # the ids are still there
    for headline in HEADLINES:
        assert headline not in text, (path, headline)


@pytest.mark.asyncio
@pytest.mark.parametrize(
    "table, path, words",
    [
        ("claims", "/claims/claim_matches.csv?_labels=on", "We will cut the fuel tax"),
        ("stories", "/claims/claims.csv?_labels=on", "Fuel tax <script>"),
    ],
)
async def test_other_private_tables_keep_their_words(story_db_path, table, path, words):
    ds = make_datasette([story_db_path], private(table))
    text = await read(ds, path)
    assert "hansard.2020/01:0-50" in text or "story:fuel<tax>" in text
    assert words not in text


@pytest.mark.asyncio
@pytest.mark.parametrize("path", LABELLED[:3])
async def test_public_articles_still_label_the_claims(claims_db_path, path):
    ds = make_datasette([claims_db_path])
    text = await read(ds, path)
    assert "Doe repeats tax pledge" in text
