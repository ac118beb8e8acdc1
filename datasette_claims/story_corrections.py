"""Reviewers' story corrections: merge two stories, split one.

Why through links: stories are recomputed from ``claim_matches`` by every
match and rebuild, so a story correction that edited ``stories`` or
``claims.story_id`` would be undone by the next run.  Instead each is one
correction row (so one undo takes it back) whose effect is a set of link
rulings that ``corrections.apply`` enforces after the machine's links are
made.  A merge confirms a link from the first claim of the story merged into
to every claim of both stories: one link between the first claims would not
do, as stories are cut into stars (see ``matching/stories.py``) and a new
link can move the cut.  A split rejects every link between the claims split
off and those that stay, and confirms each part's claims to its first one, so
that each part stays one story.  The
claims are kept by id and by article and words (``corrections.find_claim``),
as for every other correction, so a reload that moves them keeps the ruling.
"""

from __future__ import annotations

import json

from .corrections import Correction, CorrectionError, UnknownId, find_claim, history, machine_links, record
from .store.connection import in_lists

MAX_SPLIT = 500


def _anchor(conn, claim_id: str) -> list:
    row = conn.execute("select id, article_id, content from claims where id = ?", [claim_id]).fetchone()
    return list(row) if row else []


def _first_claim(conn, story_id: str, missing: type[CorrectionError] = CorrectionError,
                 message: str = "Story not found") -> str:
    """The story's first claim; ``missing`` is raised when there is no such story
    (``UnknownId`` for the story the address names)."""
    row = conn.execute("select first_claim_id from stories where id = ?", [story_id or ""]).fetchone()
    if row is None or not row[0]:
        raise missing(message)
    return row[0]


def story_claims(conn, story_id: str) -> list[str]:
    return [r[0] for r in conn.execute("select id from claims where story_id = ? order by id", [story_id])]


def _asked(row: dict) -> dict:
    try:
        ask = json.loads(row["value"] or "{}")
    except ValueError:
        ask = None
    if not isinstance(ask, dict):
        raise CorrectionError("Use the story's merge or split address")
    return ask


def _check_merge(conn, row: dict) -> dict:
    ask = _asked(row)
    story, into = ask.get("story"), ask.get("into")
    if not into or into == story:
        raise CorrectionError("Name another story to merge with (into)")
    hub = _first_claim(conn, into, message="No story has that id or address: paste the other story's "
                       "address (its /story/ page) or the address of one of its claims")
    other = _first_claim(conn, story, UnknownId)
    first, second = _anchor(conn, hub), _anchor(conn, other)
    members = story_claims(conn, into) + story_claims(conn, story)
    if len(members) > 2 * MAX_SPLIT:
        raise CorrectionError(f"These stories are too large to merge by hand (over {2 * MAX_SPLIT} claims)")
    return {"claim_id": hub, "article_id": first[1], "content": first[2], "other_id": other,
            "other_article_id": second[1], "other_content": second[2], "machine_value": None,
            "value": json.dumps({"story": story, "into": into, "members": [_anchor(conn, c) for c in members]})}


def _check_split(conn, row: dict) -> dict:
    ask = _asked(row)
    story = ask.get("story")
    _first_claim(conn, story, UnknownId)
    members = story_claims(conn, story)
    claims = ask.get("claims") if isinstance(ask.get("claims"), list) else []
    out = [c for c in dict.fromkeys(c for c in claims if isinstance(c, str))]
    if not out or len(out) > MAX_SPLIT:
        raise CorrectionError(f"Pick the claims to split off (1 to {MAX_SPLIT})")
    if not set(out) <= set(members):
        raise CorrectionError("Every claim split off must be in the story")
    keep = [c for c in members if c not in set(out)]
    if not keep:
        raise CorrectionError("Leave at least one claim in the story")
    cut = machine_links(conn, [(a, b) for a in out for b in keep])
    return {"claim_id": out[0], "other_id": keep[0], "machine_value": json.dumps(cut),
            "value": json.dumps({"story": story, "out": [_anchor(conn, c) for c in out],
                                 "keep": [_anchor(conn, c) for c in keep]})}


CHECKS = {"story_merge": _check_merge, "story_split": _check_split}


def _found(conn, anchors) -> list[str]:
    found = (find_claim(conn, *a) for a in anchors if len(a) == 3)
    return list(dict.fromkeys(c for c in found if c))


def effects(conn, c: Correction) -> list[tuple[str, str, bool]]:
    """The link rulings one merge or split makes: (claim, claim, linked?)."""
    groups = json.loads(c.value or "{}")
    if c.kind == "story_merge":
        hub = find_claim(conn, c.claim_id, c.article_id, c.content)
        return [(hub, m, True) for m in _found(conn, groups.get("members", [])) if hub and m != hub]
    out, keep = _found(conn, groups.get("out", [])), _found(conn, groups.get("keep", []))
    keep = [k for k in keep if k not in out]
    rulings = [(a, b, False) for a in out for b in keep]
    return rulings + [(part[0], o, True) for part in (out, keep) if part for o in part[1:]]


def regroup(conn, claim_ids) -> int:
    """Recompute the stories of ``claim_ids`` (and of every claim linked to them) now."""
    from .matching.stories import closure, write_stories

    seeds = {c for c in claim_ids if c and conn.execute("select 1 from claims where id = ?", [c]).fetchone()}
    if not seeds:
        return 0
    marks = ", ".join("?" for _ in seeds)
    old = {r[0] for r in conn.execute(f"select distinct story_id from claims where id in ({marks}) "
                                      "and story_id is not null", list(seeds))}
    for sid in old:
        seeds.update(story_claims(conn, sid))
    members, edges = closure(conn, seeds)
    for chunk in in_lists(sorted(members)):
        marks = ", ".join("?" for _ in chunk)
        old.update(r[0] for r in conn.execute(f"select distinct story_id from claims where id in ({marks}) "
                                              "and story_id is not null", chunk))
    return write_stories(conn, members, edges, old)


def story_named(conn, ident: str, of_claim: bool = False) -> str:
    """The story a reviewer names for a merge: a story's id; a story id a merge, a split or a
    rebuild retired (``story_moves``: the story holding its first claim now); or, with
    ``of_claim`` (a claim's address was pasted) or when no story has that id, the story
    holding that claim.  What names nothing is returned as it is (the merge's check says so)."""
    if not of_claim and conn.execute("select 1 from stories where id = ?", [ident]).fetchone():
        return ident
    claim = None if of_claim else conn.execute(
        "select first_claim_id from story_moves where story_id = ?", [ident]).fetchone()
    row = conn.execute("select story_id from claims where id = ?", [claim[0] if claim else ident]).fetchone()
    if row is not None and row[0] is None:
        raise CorrectionError("That claim is in no story of its own: name the other story by its address, "
                              "or by a claim that is in it")
    return row[0] if row is not None else ident


def story_merge(conn, story_id: str, into: str, reason: str | None, actor: str | None) -> tuple[int, str | None]:
    """Merge ``story_id`` with ``into``; returns the correction's id and the merged story's id."""
    number = record(conn, "story_merge", value=json.dumps({"story": story_id, "into": into}),
                    reason=reason, actor=actor)
    return number, _story_of(conn, _get_claim(conn, number, "claim_id"))


def story_split(conn, story_id: str, claim_ids: list[str], reason: str | None,
                actor: str | None) -> tuple[int, str | None, str | None]:
    """Split ``claim_ids`` off ``story_id``; returns the correction's id, the story left
    and the story the claims split off now make (None when they make none)."""
    number = record(conn, "story_split", value=json.dumps({"story": story_id, "claims": list(claim_ids)}),
                    reason=reason, actor=actor)
    left = _story_of(conn, _get_claim(conn, number, "other_id"))
    return number, left, _story_of(conn, _get_claim(conn, number, "claim_id"))


def _get_claim(conn, number: int, column: str) -> str | None:
    row = conn.execute(f"select {column} from corrections where id = ?", [number]).fetchone()
    return row[0] if row else None


def _story_of(conn, claim_id: str | None) -> str | None:
    row = conn.execute("select story_id from claims where id = ?", [claim_id or ""]).fetchone()
    return row[0] if row else None


def story_history(conn, story_id: str) -> list[dict]:
    """For a story page: the merges, splits and link rulings that name this story or
    one of its claims, with whether each is still in force."""
    members = set(story_claims(conn, story_id))
    rows = history(conn)
    undone = {int(c.other_id) for c in rows if c.kind == "undo" and (c.other_id or "").isdigit()}
    out = []
    for c in rows:
        if c.kind not in ("story_merge", "story_split", "link_confirm", "link_reject"):
            continue
        named = json.loads(c.value or "{}") if c.kind.startswith("story_") else {}
        if story_id not in (named.get("story"), named.get("into")) and not members & {c.claim_id, c.other_id}:
            continue
        d = {k: v for k, v in c.as_dict().items() if k not in ("machine_value", "value")}
        d.update(in_force=c.id not in undone, story=named.get("story"), into=named.get("into"),
                 split_off=[a[0] for a in named.get("out", []) if a])
        out.append(d)
    return out
