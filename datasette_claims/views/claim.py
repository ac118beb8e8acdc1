"""``/<db>/-/claims/claim/<id>``: one claim in context, its counterparts and story."""

from __future__ import annotations

from datasette.utils.asgi import NotFound

from .base import decode_id
from .data import CLAIM_SELECT, claim_dict, context_bounds, public, segments, story_dict
from .similar import similar_claims
from ..models import QUOTE_TYPES, SOURCING_TYPES
from .review import machine_values, review_panel
from .verdict_hook import verdict_panel


async def claim_page(page):
    claim_id = decode_id(page.request.url_vars["id"])
    row = (await page.execute(CLAIM_SELECT + " where c.id = ?", [claim_id])).first()
    if row is None:
        raise NotFound("Claim not found")
    claim = claim_dict(row, page.urls, await page.can_view("stories"), await page.can_view("speakers"))
    article = (
        await page.execute("select text, paragraphs from articles where id = ?", [claim["article"]["id"]])
    ).first()
    text = article["text"] or ""
    start, end = claim["start"], claim["end"]
    context = None
    pieces = []
    if isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text):
        lo, hi = context_bounds(text, article["paragraphs"], start, end)
        lo, hi = min(lo, start), max(hi, end)
        context = {"before": text[lo:start], "claim": text[start:end], "after": text[end:hi], "start": lo, "end": hi}
        marks = [{"start": start, "end": end, "kind": "claim"}]
        for kind in ("source", "cue"):
            s, e = claim["_spans"][kind]
            marks.append({"start": s, "end": e, "kind": kind})
        pieces = segments(text, lo, hi, marks)

    speaker = None
    if claim["speaker_id"] and await page.can_view("speakers"):
        srow = (await page.execute("select * from speakers where id = ?", [claim["speaker_id"]])).first()
        if srow is not None:
            speaker = {
                "id": srow["id"],
                "url": page.urls.speaker(srow["id"]),
                "name": srow["name"],
                "kind": srow["kind"],
                "role": srow["role"],
                "claim_count": srow["claim_count"],
            }

    story = None
    if claim["story_id"] and await page.can_view("stories"):
        srow = (await page.execute("select * from stories where id = ?", [claim["story_id"]])).first()
        if srow is not None:
            story = story_dict(srow, page.urls)

    similar = await similar_claims(page, claim)
    panel = await verdict_panel(page, claim_id=claim_id)
    review = await review_panel(page, claim_id)
    data = {
        "claim": public(claim),
        "context": context,
        "speaker": speaker,
        "story": story,
        "similar": [dict(s, claim=public(s["claim"])) for s in similar],
        "verdicts": panel["json"],
        "corrections": review["corrections"],
        "machine": machine_values(review),
        "review_status": review["status"],
    }
    return "claims_claim.html", data, {"context_segments": pieces, "verdict_panel": panel["context"],
                                       "review": review, "sourcing_types": SOURCING_TYPES,
                                       "quote_types": QUOTE_TYPES}
