"""Reviewers' writes besides verdicts: corrections of the machine's work and the queue status.

Every route here needs the ``claims-review`` permission and a mutable
database, and takes a form POST (CSRF as for verdicts: asgi-csrf's token on
0.65, Datasette 1.0's cross-site header check) or a JSON POST.  What is
written is history: ``corrections`` (applied over the machine's rows by
``corrections.apply``) and ``claim_status``.  The claim page shows both, with
the machine's value beside each correction and who made it.
"""

from __future__ import annotations

import re

from datasette.utils.asgi import BadRequest, Forbidden, NotFound, Response

from .. import corrections, story_corrections
from ..corrections import CorrectionError, UnknownId
from ..permissions import ACTION
from ..store.articles import now
from .base import decode_id
from .data import readable_time
from .queue import STATUSES
from .statuses import claim_statuses
from .verdicts import CONTROL, IMMUTABLE_MESSAGE, posted_fields

MAX_TEXT = 2_000


async def _writable(page) -> str | None:
    """The actor's id once the write is allowed; raises the reason otherwise."""
    if not await page.allowed(ACTION):
        raise Forbidden("You do not have permission to review claims (claims-review).")
    if not page.db.is_mutable:
        raise Forbidden(IMMUTABLE_MESSAGE.format(database=page.database))
    if page.request.method != "POST":
        raise BadRequest("POST to this address to record a change.")
    actor = (page.actor or {}).get("id")
    return str(actor) if actor is not None else None


def _text(data: dict, name: str) -> str | None:
    value = data.get(name)
    if value is None:
        return None
    value = str(value).strip()
    if len(value) > MAX_TEXT:
        raise BadRequest(f"{name} is longer than {MAX_TEXT} characters")
    if CONTROL.search(value):  # (the split form's fields are read without posted_fields)
        raise BadRequest(f"{name} contains a control character")
    return value or None


def _done(page, back: str, payload: dict, message: str):
    if page.is_json:
        return Response.json({"ok": True, **payload, "redirect": back}, status=201)
    page.ds.add_message(page.request, message, page.ds.INFO)
    return Response.redirect(back)


async def _write(page, fn):
    def run(conn):
        import sqlite_utils

        from ..store import schema

        schema.migrate(sqlite_utils.Database(conn))  # a database made before these tables
        with conn:
            return fn(conn)

    try:
        return await page.db.execute_write_fn(run, block=True)
    except UnknownId as e:  # the address names nothing
        raise NotFound(str(e))
    except CorrectionError as e:
        raise BadRequest(str(e))


# what a claim's correct address takes (speaker merges and undos have addresses of their own)
CLAIM_PAGE_KINDS = corrections.CLAIM_KINDS + corrections.LINK_KINDS + ("story_move",)


async def claim_correction(page):
    """POST kind (speaker, sourcing, quote_type, not_a_claim, link_confirm, link_reject,
    story_move), value, other_id (the other claim of a link) and reason."""
    actor = await _writable(page)
    claim_id = decode_id(page.request.url_vars["id"])
    data = await posted_fields(page)
    kind, value, other, reason = (_text(data, k) for k in ("kind", "value", "other_id", "reason"))
    if kind in corrections.STORY_KINDS:
        raise BadRequest("Merge or split stories at /story/<id>/merge or /story/<id>/split")
    if kind not in CLAIM_PAGE_KINDS:
        raise BadRequest(f"kind must be one of: {', '.join(CLAIM_PAGE_KINDS)}")
    if kind == "story_move":
        if not await page.can_view("stories"):
            raise Forbidden("You do not have permission to view the stories table")

        def fn(conn):
            return corrections.story_moves(conn, claim_id, value or "", reason, actor)
    else:
        def fn(conn):
            return [corrections.record(conn, kind or "", claim_id=claim_id, other_id=other, value=value,
                                       reason=reason, actor=actor)]
    ids = await _write(page, fn)
    back = page.urls.claim(claim_id) if kind != "not_a_claim" else page.urls.overview()
    return _done(page, back, {"ids": ids, "kind": kind}, "Correction recorded")


async def speaker_merge(page):
    """POST into (the speaker this one is the same person as) and reason."""
    actor = await _writable(page)
    source = decode_id(page.request.url_vars["id"])
    data = await posted_fields(page)
    into, reason = _text(data, "into"), _text(data, "reason")
    if not into:
        raise BadRequest("Name the speaker this one is the same person as (into: a name or an id)")

    kind, named = _page_named(into)
    if kind not in (None, "speaker"):
        raise BadRequest(f"That is a {kind}'s address: paste the other speaker's address, name or id")

    def fn(conn):
        # the form takes the name as the pages show it ("Jane Doe"), its id or its page's address
        target = corrections.speaker_named(conn, named)
        return target, [corrections.record(
            conn, "speaker_merge", claim_id=source, other_id=target, reason=reason, actor=actor)]

    target, ids = await _write(page, fn)
    return _done(page, page.urls.speaker(target), {"ids": ids, "into": target}, "Speakers merged")


async def speaker_kind(page):
    """POST kind (person or organisation) and reason: what this speaker is (its
    ClaimReview claimant's type follows), kept over every later load."""
    actor = await _writable(page)
    speaker_id = decode_id(page.request.url_vars["id"])
    data = await posted_fields(page)
    kind, reason = _text(data, "kind"), _text(data, "reason")
    ids = await _write(page, lambda conn: [corrections.record(
        conn, "speaker_kind", claim_id=speaker_id, value=kind, reason=reason, actor=actor)])
    return _done(page, page.urls.speaker(speaker_id), {"ids": ids, "kind": kind},
                 f"Speaker filed as a{'n' if kind == 'organisation' else ''} {kind}")


async def undo_correction(page):
    """POST reason: take back correction ``id`` (a new history row; nothing is erased)."""
    actor = await _writable(page)
    number = page.request.url_vars["id"]
    if not number.isdigit():
        raise NotFound("Correction not found")
    reason = _text(await posted_fields(page), "reason")

    def fn(conn):
        ids = [corrections.record(conn, "undo", other_id=number, reason=reason, actor=actor)]
        return ids, _undone_page(conn, page.urls, number)

    ids, back = await _write(page, fn)
    return _done(page, back, {"ids": ids}, "Correction undone")


def _undone_page(conn, urls, number: str) -> str:
    """Where the reviewer goes back to after an undo: the page of what the correction was
    about (the speaker split again, the story a merge or split regrouped, the claim),
    not the overview."""
    row = conn.execute("select kind, claim_id from corrections where id = ?", [number]).fetchone()
    if row is None or row[1] is None:
        return urls.overview()
    kind, subject = row
    if kind in corrections.SPEAKER_KINDS:
        return urls.speaker(subject)
    if kind in corrections.STORY_KINDS:
        story = conn.execute("select story_id from claims where id = ?", [subject]).fetchone()
        if story and story[0]:
            return urls.story(story[0])
    return urls.claim(subject)


async def story_merge(page):
    """POST into (the other story's id) and reason: one story from two."""
    actor = await _writable(page)
    story_id = decode_id(page.request.url_vars["id"])
    data = await posted_fields(page)
    into, reason = _text(data, "into"), _text(data, "reason")
    named, of_claim = _named_in_address(into or "")

    def fn(conn):
        return story_corrections.story_merge(
            conn, story_id, story_corrections.story_named(conn, named, of_claim), reason, actor)

    number, merged = await _write(page, fn)
    back = page.urls.story(merged) if merged else page.urls.stories()
    return _done(page, back, {"ids": [number], "story": merged}, "Stories merged")


_PAGE_ADDRESS = re.compile(r"/-/claims/(story|claim|speaker)/([^/?#]+)")


def _page_named(text: str) -> tuple[str | None, str]:
    """What a reviewer pasted for "the other one": a page's address as the browser shows it
    ("http://host/db/-/claims/story/st-1a2b", tilde-encoded, ``.json`` or a query after it)
    gives the page's kind (story, claim, speaker) and id; other text is (None, the text)."""
    text = text.strip()
    m = _PAGE_ADDRESS.search(text)
    if m is None:
        return None, text
    ident = m.group(2)
    if ident.endswith(".json"):
        ident = ident[:-5]
    return m.group(1), decode_id(ident)


def _named_in_address(text: str) -> tuple[str, bool]:
    """The id a reviewer gives for "the other story", and whether it is a claim's: a story's or
    a claim's address names its story or claim; else the text is an id (tilde-encoded or not)."""
    kind, ident = _page_named(text)
    if kind is None:
        return decode_id(ident), False
    if kind == "speaker":
        raise BadRequest("That is a speaker's address: paste the other story's address, or one of its claims'")
    return ident, kind == "claim"


async def _split_fields(page) -> tuple[list[str], str | None]:
    """The claim ids to split off (a JSON list, or the form's repeated ``claim`` boxes) and the reason."""
    if page.is_json:
        data = await posted_fields(page)
        claims = data.get("claims")
        if not isinstance(claims, list) or not all(isinstance(c, str) for c in claims):
            raise BadRequest("claims must be a list of claim ids")
        return claims, _text(data, "reason")
    from urllib.parse import parse_qs

    # the body is read once: post_vars() would keep only the last box ticked
    fields = parse_qs((await page.request.post_body()).decode("utf-8", "replace"))
    return fields.get("claim", []), _text({k: v[-1] for k, v in fields.items()}, "reason")


async def story_split(page):
    """POST claim (repeated; JSON: claims, a list) and reason: split those claims off."""
    actor = await _writable(page)
    story_id = decode_id(page.request.url_vars["id"])
    claims, reason = await _split_fields(page)
    number, left, off = await _write(page, lambda conn: story_corrections.story_split(
        conn, story_id, claims, reason, actor))
    back = page.urls.story(left) if left else page.urls.stories()
    # (it said "Story split" alone: the page then listed the story without them, and
    # nothing said where they went)
    n = len(claims)
    went = "a story of their own" if off else "no story: a claim alone" if n == 1 else "no story: each alone"
    message = f"Story split: {n} claim{'s' if n != 1 else ''} split off, now in {went}"
    return _done(page, back, {"ids": [number], "story": left, "split_off": off}, message)


async def story_review_panel(page, story_id: str) -> dict:
    """What the story page shows of its merges and splits (and puts in its JSON)."""
    out = {"corrections": [], "can_review": False}
    if await page.can_view("corrections"):
        out["corrections"] = _labelled(await page.read(lambda conn: story_corrections.story_history(conn, story_id)))
    out["can_review"] = await _may_write(page, "corrections")
    return out


async def speaker_review_panel(page, speaker_id: str) -> dict:
    """What the speaker page shows of the merges naming it (and puts in its JSON): each
    with an undo for reviewers, and the form to merge it into another speaker."""
    out = {"corrections": [], "can_review": False}
    if await page.can_view("corrections"):
        out["corrections"] = _labelled(await page.read(lambda conn: corrections.speaker_merges(conn, speaker_id)))
    out["can_review"] = await _may_write(page, "corrections")
    return out


async def _may_write(page, *tables: str) -> bool:
    """Show the review forms: claims-review, a mutable database, and sight of the tables
    they write (the routes refuse a write into a table the actor may not see)."""
    if not (await page.allowed(ACTION) and page.db.is_mutable):
        return False
    return not any([await page.hidden(t) for t in tables])


async def _status(page, claim_id=None, story_id=None):
    actor = await _writable(page)
    data = await posted_fields(page)
    status = _text(data, "status")
    if status not in STATUSES:
        raise BadRequest(f"status must be one of: {', '.join(STATUSES)}")
    assignee, note = _text(data, "assignee"), _text(data, "note")

    def fn(conn):
        table, key = ("claims", claim_id) if claim_id is not None else ("stories", story_id)
        if not conn.execute(f"select 1 from {table} where id = ?", [key]).fetchone():
            raise UnknownId("Claim not found" if claim_id is not None else "Story not found")
        return conn.execute(
            "insert into claim_status (claim_id, story_id, status, assignee, note, actor, created) "
            "values (?, ?, ?, ?, ?, ?, ?)",
            [claim_id, story_id, status, assignee, note, actor, now()]).lastrowid

    sid = await _write(page, fn)
    back = page.urls.claim(claim_id) if claim_id is not None else page.urls.story(story_id)
    return _done(page, back, {"id": sid, "status": status, "assignee": assignee},
                 f"Status: {status.replace('_', ' ')}")


async def claim_status(page):
    return await _status(page, claim_id=decode_id(page.request.url_vars["id"]))


async def story_status(page):
    return await _status(page, story_id=decode_id(page.request.url_vars["id"]))


async def review_panel(page, claim_id: str) -> dict:
    """What the claim page shows of corrections and status (and puts in its JSON)."""
    out = {"corrections": [], "status": None, "can_review": False}
    if await page.can_view("corrections"):
        rows = await page.read(lambda conn: corrections.machine_and_corrected(conn, claim_id))
        out["corrections"] = _labelled(rows)
    # the statement's status (``statuses``): as the queue reads it; None if claim_status is hidden
    out["status"] = (await claim_statuses(page, [claim_id])).get(claim_id)
    out["can_review"] = await _may_write(page, "corrections", "claim_status")
    out["statuses"] = list(STATUSES)
    return out


def _labelled(history: list[dict]) -> list[dict]:
    """Each correction with ``created_label`` ("5 Feb 2026, 10:00 UTC"), as verdicts and alerts show time."""
    for c in history:
        c["created_label"] = readable_time(c.get("created"))
    return history


def machine_values(panel: dict) -> dict:
    """The machine's original values for the corrected fields, for the claim's JSON."""
    out = {}
    for c in panel["corrections"]:
        if c["kind"] in corrections.FIELD_KINDS and c["in_force"] and c["machine_value"] is not None:
            out.setdefault(c["kind"], c["machine_value"] if c["kind"] != "speaker"
                           else c["machine_value"].get("speaker"))
    return out


