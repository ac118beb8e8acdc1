"""A reviewer's speaker correction names a person or a body: the speaker it
makes keeps the kind of the one it replaces unless the name clearly says
otherwise.  Invented reports, the real CLI, a real Datasette, the form as a
browser posts it."""

from __future__ import annotations

import sqlite3

import pytest
from conftest import load_docs_with_cli, make_datasette, post_form_as
from test_factcheck_web import REVIEWERS

from datasette_claims.views.base import encode_id

DOCS = [
    {"id": "harbour", "outlet": "Gull Press Agency", "published": "2026-02-02",
     "text": "The Kittiwake Harbour Board said berth fees would rise by a tenth in the spring.\n\n"
             "Ferry captain Ruth Mair said the rise was unfair to small boats."},
]


def _claim(path, speaker):
    with sqlite3.connect(path) as conn:
        return conn.execute("select c.id, s.kind from claims c join speakers s on s.id = c.speaker_id "
                            "where c.speaker = ?", [speaker]).fetchone()


def _kind(path, name):
    with sqlite3.connect(path) as conn:
        return conn.execute("select s.kind from claims c join speakers s on s.id = c.speaker_id "
                            "where c.speaker = ?", [name]).fetchone()[0]


@pytest.mark.asyncio
@pytest.mark.parametrize(
    "original, corrected, kind",
    [
        ("Kittiwake Harbour Board", "Kittiwake Harbour Trust", "organisation"),  # the body's own name
        ("Kittiwake Harbour Board", "Kittiwake", "organisation"),  # no sign either way: the kind it had
        ("Kittiwake Harbour Board", "Anna Selkie", "person"),  # a person speaking for it
        ("Ruth Mair", "Ruth Mairhofer", "person"),
    ],
)
async def test_a_corrected_speaker_keeps_the_kind_the_name_fits(tmp_path, original, corrected, kind):
    path = load_docs_with_cli(tmp_path, DOCS)
    found = _claim(path, original)
    assert found is not None, "the invented report's speaker"
    ds = make_datasette([path], config=REVIEWERS)
    r = await post_as(ds, f"/claims/-/claims/claim/{encode_id(found[0])}/correct",
                      {"kind": "speaker", "value": corrected, "reason": "misread"})
    assert r.status_code == 302, r.text
    assert _kind(path, corrected) == kind


async def post_as(ds, target, fields):
    return await post_form_as(ds, "alice", "/claims/-/claims", target, fields)


@pytest.mark.asyncio
async def test_the_sourcing_a_reviewer_set_gives_the_new_speakers_kind(tmp_path):
    # "Ruth Mair" was the machine's reading; the reviewer files the claim as a named
    # organisation's and names the body, whose name is shaped as a person's ("Kelp
    # Coastguard"): the speaker made is an organisation, and its ClaimReview claimant too
    path = load_docs_with_cli(tmp_path, DOCS)
    claim_id = _claim(path, "Ruth Mair")[0]
    ds = make_datasette([path], config=REVIEWERS)
    target = f"/claims/-/claims/claim/{encode_id(claim_id)}/correct"
    r = await post_as(ds, target, {"kind": "sourcing", "value": "named_org", "reason": "a body"})
    assert r.status_code == 302, r.text
    r = await post_as(ds, target, {"kind": "speaker", "value": "Kelp Coastguard", "reason": "misread"})
    assert r.status_code == 302, r.text
    assert _kind(path, "Kelp Coastguard") == "organisation"
    # without the reviewer's sourcing the name's shape decides, as before
    (tmp_path / "second").mkdir()
    path2 = load_docs_with_cli(tmp_path / "second", DOCS)
    ds2 = make_datasette([path2], config=REVIEWERS)
    claim_id = _claim(path2, "Ruth Mair")[0]
    r = await post_as(ds2, f"/claims/-/claims/claim/{encode_id(claim_id)}/correct",
                      {"kind": "speaker", "value": "Kelp Coastguard", "reason": "misread"})
    assert r.status_code == 302 and _kind(path2, "Kelp Coastguard") == "person"
