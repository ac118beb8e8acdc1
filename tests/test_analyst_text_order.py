"""An article's claims read in the order the article gives them.

Claim ids are ``<article>:<start>-<end>``, and lists sorted by id put
"a:147-191" before "a:20-140": a speaker's page showed a minister's second
sentence before her first.  The speaker page, a filtered search and a story
list an article's claims by their place in its text; pages of results still
follow one another without a gap or a repeat.
"""

from __future__ import annotations

import pytest
from conftest import build_claims_db, make_datasette

# Invented transcript: sentences long enough that the offsets pass 100,
# so text order and the ids' text order differ.
DOCS = [
    {
        "id": "council-7",
        "kind": "transcript",
        "speaker": "Mira Tann",
        "outlet": "Council Record",
        "date": "2024-05-02",
        "title": "Harbour levy debate",
        "text": "The harbour levy will fall by a third. "
        "Ferries will run every twenty minutes in the summer. "
        "The pier repairs will be finished in June. "
        "No fishing boat will pay a mooring fee next year. "
        "Tourist buses will stop at the old market instead.",
    },
]


@pytest.fixture
def council(tmp_path):
    return build_claims_db(tmp_path, docs=DOCS)


def sentences():
    return [s.strip() + "." for s in DOCS[0]["text"].split(".") if s.strip()]


@pytest.mark.asyncio
@pytest.mark.parametrize(
    "path", ["/claims/-/claims/speaker/mira-tann.json", "/claims/-/claims/search.json?speaker=mira-tann"]
)
async def test_a_speakers_claims_follow_the_text(council, path):
    ds = make_datasette([council])
    data = (await ds.client.get(path)).json()
    claims = data["claims"] if "claims" in data else [r["claim"] for r in data["results"]]
    assert [c["content"].rstrip(".") + "." for c in claims] == sentences()


@pytest.mark.asyncio
async def test_pages_of_two_still_cover_every_claim_once(council):
    ds = make_datasette([council])
    seen, url = [], "/claims/-/claims/speaker/mira-tann.json?_size=2"
    while url:
        data = (await ds.client.get(url)).json()
        seen += [c["id"] for c in data["claims"]]
        url = data["next_url"]
    assert len(seen) == len(set(seen)) == len(sentences())
