"""``/<db>/-/claims/claim/<id>``: one claim in context, its counterparts and story."""

from __future__ import annotations

from typing import NamedTuple

from datasette.utils.asgi import NotFound

from .base import decode_id
from ..factchecks.records import story_speakers
from ..matching.similarity import names_nobody
from .data import (
    CLAIM_SELECT,
    NOBODY_LABELS,
    SOURCING_LABELS,
    REPORTED_SPEECH,
    STORY_SELECT,
    claim_dict,
    context_bounds,
    public,
    segments,
    speaker_dict,
    statement_ratings,
    story_dict,
)
from .similar import similar_claims
from ..models import QUOTE_TYPES, SOURCING_TYPES
from .repeats import said_again
from .review import machine_values, review_panel
from .verdict_hook import verdict_panel


class Rows(NamedTuple):
    """The claim page's own rows (None where absent or not to be shown)."""

    claim: object
    article: object
    speaker: object
    story: object


def _rows(query, claim_id: str, speakers: bool, stories: bool) -> Rows:
    """The claim, its article, speaker and story: one trip to the database."""
    claim = next(iter(query(CLAIM_SELECT + " where c.id = ?", [claim_id])), None)
    if claim is None:
        return Rows(None, None, None, None)

    def first(sql, value):
        return next(iter(query(sql, [value])), None) if value else None

    return Rows(claim, first("select text, paragraphs from articles where id = ?", claim["article_id"]),
                first("select * from speakers where id = ?", claim["speaker_id"]) if speakers else None,
                first(STORY_SELECT + " where id = ?", claim["story_id"]) if stories else None)


async def _gone(page, claim_id: str) -> str:
    """What a 404 for ``claim_id`` says: a claim's id holds its place in its article's
    text, so a link kept from before the article was loaded again with another text
    (a corrected story) finds no claim; its article, when still there, is the way on."""
    article_id = claim_id.rpartition(":")[0]
    if article_id and await page.can_view("articles") and (
            await page.execute("select 1 from articles where id = ?", [article_id])).first():
        return ("Claim not found: its article was loaded again since, with another text, and a claim's id "
                f"holds its place in the text. The article's claims now: {page.urls.article(article_id)}")
    return f"Claim not found: no claim has the id {claim_id!r}. To find a claim by its words: {page.urls.search()}"


# the people a story's reports name, shown beside a claim whose own report names nobody
STORY_PEOPLE = 5


async def story_people(page, claim: dict) -> list[dict] | None:
    """For a claim whose report names nobody ("she said" left unresolved: no speaker, a word that
    ``names_nobody``), the speakers the other reports of its story name (``name``, ``url``), most
    claims first; ``None`` when the claim names someone or is in no story.  The page said only
    "Speaker: she", unlinked: a dead end for the reader who wants to know who "she" is."""
    if claim["speaker_id"] or not claim["story_id"] or not names_nobody(claim["speaker"], NOBODY_LABELS):
        return None
    if not await page.can_view("speakers"):
        return []
    found = await page.read(lambda conn: story_speakers(conn, claim["story_id"], STORY_PEOPLE))
    return [{"name": s.name, "url": page.urls.speaker(s.id)} for s in found]


async def claim_page(page):
    claim_id = decode_id(page.request.url_vars["id"])
    speakers, stories = await page.can_view("speakers"), await page.can_view("stories")
    rows = await page.run(lambda query: _rows(query, claim_id, speakers, stories))
    if rows.claim is None:
        raise NotFound(await _gone(page, claim_id))
    claim = claim_dict(rows.claim, page.urls, stories, speakers)
    text = rows.article["text"] or ""
    start, end = claim["start"], claim["end"]
    context = None
    pieces = []
    if isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text):
        lo, hi = context_bounds(text, rows.article["paragraphs"], start, end)
        lo, hi = min(lo, start), max(hi, end)
        context = {"before": text[lo:start], "claim": text[start:end], "after": text[end:hi], "start": lo, "end": hi}
        marks = [{"start": start, "end": end, "kind": "claim"}]
        for kind in ("source", "cue"):
            s, e = claim["_spans"][kind]
            marks.append({"start": s, "end": e, "kind": kind})
        pieces = segments(text, lo, hi, marks)

    speaker = speaker_dict(rows.speaker, page.urls) if rows.speaker is not None else None
    story = story_dict(rows.story, page.urls) if rows.story is not None else None

    similar = await similar_claims(page, claim)
    # each similar claim's statement's rating: a suggested match already checked says so
    ratings = await statement_ratings(page, [s["claim"] for s in similar])
    panel = await verdict_panel(page, claim_id=claim_id)
    review = await review_panel(page, claim_id)
    data = {
        "claim": public(claim),
        "context": context,
        "speaker": speaker,
        "story": story,
        "story_people": await story_people(page, claim),
        "similar": [dict(s, claim=public(s["claim"]), verdict=ratings.get(s["claim"]["id"])) for s in similar],
        "repeats": await said_again(page, claim_id),
        "verdicts": panel["json"],
        "corrections": review["corrections"],
        "machine": machine_values(review),
        "review_status": review["status"],
    }
    return "claims_claim.html", data, {"context_segments": pieces, "verdict_panel": panel["context"],
                                       "review": review, "sourcing_types": SOURCING_TYPES,
                                       "sourcing_labels": SOURCING_LABELS,
                                       "quote_types": QUOTE_TYPES, "reported_speech": REPORTED_SPEECH}
