"""Reviewers' corrections of the machine's work, kept as history and applied over it.

Why a history applied over the output rather than edits to the rows: the rows
are the machine's, and the machine runs again -- ``claims match --rebuild``
recomputes every link and story, and reloading a changed article rewrites its
claims.  A fixed speaker must stay fixed and a rejected link must never come
back, so every correction is an append-only row (who, when, what, why, and the
machine's value it replaced), and ``apply`` re-applies the live ones after each
load, match and rebuild.  A correction names its claim by id and also by its
article and its words, so it finds the claim again when a reload has moved it
to new offsets; while the words are gone from the article it waits.

Links carry the story corrections too: moving a claim into a story confirms a
link to the story's first claim and rejects its links to its old story; merging
two stories confirms a link between their first claims; splitting rejects the
links that cross the cut (and keeps the part split off together).  When two
corrections say opposite things about one pair, the later one wins.  The
stories touched are regrouped at once (``story_corrections.regroup``), and again
by every match and rebuild.  A rejection keeps the machine's links it cut, so
that undoing it puts them back without waiting for a rebuild.

This module reads and writes rows; the schema is the store's (``m014``).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import NamedTuple

from .store.articles import now
from .store.connection import has_table

FIELD_KINDS = ("speaker", "sourcing", "quote_type")
CLAIM_KINDS = FIELD_KINDS + ("not_a_claim",)
LINK_KINDS = ("link_confirm", "link_reject")
STORY_KINDS = ("story_merge", "story_split")
SPEAKER_KINDS = ("speaker_merge", "speaker_kind")  # corrections of a speaker, not of a claim
KINDS = CLAIM_KINDS + LINK_KINDS + STORY_KINDS + SPEAKER_KINDS + ("undo",)
# what a speaker is: the ClaimReview claimant's @type (Person or Organization) follows it
SPEAKER_TYPES = ("person", "organisation")


class CorrectionError(ValueError):
    """A correction that cannot be recorded (unknown claim, bad value): the message says why."""


class UnknownId(CorrectionError):
    """The claim, story, speaker or correction a correction's address names does
    not exist: the pages answer 404, not 400."""


@dataclass
class Correction:
    id: int
    kind: str
    claim_id: str | None
    article_id: str | None
    content: str | None
    other_id: str | None
    other_article_id: str | None
    other_content: str | None
    value: str | None
    machine_value: str | None
    reason: str | None
    actor: str | None
    created: str

    def as_dict(self) -> dict:
        return dict(self.__dict__)


_COLUMNS = ("id", "kind", "claim_id", "article_id", "content", "other_id", "other_article_id",
            "other_content", "value", "machine_value", "reason", "actor", "created")


def history(conn, claim_id: str | None = None) -> list[Correction]:
    """Every correction, oldest first (or those naming ``claim_id`` either side)."""
    if not has_table(conn, "corrections"):
        return []
    sql = f"select {', '.join(_COLUMNS)} from corrections"
    params: list = []
    if claim_id is not None:
        sql += " where claim_id = ? or other_id = ?"
        params = [claim_id, claim_id]
    return [Correction(*r) for r in conn.execute(sql + " order by id", params)]


def live(conn) -> list[Correction]:
    """The corrections in force: all but those an ``undo`` took back."""
    rows = history(conn)
    undone = {int(c.other_id) for c in rows if c.kind == "undo" and c.other_id and c.other_id.isdigit()}
    return [c for c in rows if c.kind != "undo" and c.id not in undone]


def _claim_row(conn, claim_id: str):
    return conn.execute(
        "select id, article_id, content, speaker, speaker_id, sourcing, quote_type from claims where id = ?",
        [claim_id]).fetchone()


def find_claim(conn, claim_id: str | None, article_id: str | None, content: str | None) -> str | None:
    """The claim a correction names: by id, else by the same words in the same article."""
    if claim_id and conn.execute("select 1 from claims where id = ?", [claim_id]).fetchone():
        return claim_id
    if article_id and content:
        row = conn.execute("select id from claims where article_id = ? and content = ? order by start limit 1",
                           [article_id, content]).fetchone()
        if row:
            return row[0]
    return None


def record(conn, kind: str, *, claim_id: str | None = None, other_id: str | None = None,
           value: str | None = None, reason: str | None = None, actor: str | None = None) -> int:
    """Validate and append one correction, then apply the corrections; returns its id."""
    if kind not in KINDS:
        raise CorrectionError(f"kind must be one of: {', '.join(KINDS)}")
    row = {"kind": kind, "claim_id": claim_id, "other_id": other_id, "value": value, "reason": reason,
           "actor": actor, "created": now()}
    row.update(_CHECKS[kind](conn, row))
    cur = conn.execute(
        f"insert into corrections ({', '.join(row)}) values ({', '.join('?' for _ in row)})", list(row.values()))
    new_id = cur.lastrowid
    touched = _touches_stories(conn, new_id)
    if kind == "undo":
        _undo(conn, other_id)
    apply(conn)
    if touched:
        from .story_corrections import regroup

        regroup(conn, touched)
    from .queue_scores import refresh
    from .store import speaker_counts

    if kind == "speaker_kind":  # its claims' sourcing follows the kind
        touched |= speaker_claim_ids(conn, claim_id)
    elif kind == "undo":
        undone = conn.execute("select kind, claim_id from corrections where id = ?", [other_id]).fetchone()
        if undone is not None and undone[0] == "speaker_kind":
            touched |= speaker_claim_ids(conn, undone[1])
    refresh(conn, touched | {row.get("claim_id"), row.get("other_id")} - {None})
    speaker_counts.refresh(conn)  # a corrected sourcing changes its speaker's counts too
    return new_id


def _touches_stories(conn, correction_id) -> set[str]:
    """The claims whose stories a link or story correction (or its undo) changes."""
    c = _get(conn, correction_id)
    if c is not None and c.kind == "undo":
        c = _get(conn, c.other_id)
    if c is None or c.kind not in LINK_KINDS + STORY_KINDS:
        return set()
    return {a for pair in _effects(conn, c) for a in pair[:2]}


def _get(conn, correction_id) -> Correction | None:
    row = conn.execute(f"select {', '.join(_COLUMNS)} from corrections where id = ?",
                       [str(correction_id or "")]).fetchone()
    return Correction(*row) if row else None


def _anchored(conn, claim_id) -> tuple:
    claim = _claim_row(conn, claim_id or "")
    if claim is None:
        raise UnknownId("Claim not found")
    return claim


def _check_speaker(conn, row: dict) -> dict:
    claim = _anchored(conn, row["claim_id"])
    value = " ".join((row["value"] or "").split())  # a name is one line: "Jane\n Doe" is "Jane Doe"
    if not value or len(value) > 200:
        raise CorrectionError("A speaker name is required (at most 200 characters)")
    return {"article_id": claim[1], "content": claim[2], "value": value,
            "machine_value": json.dumps({"speaker": claim[3], "speaker_id": claim[4]})}


def _check_choice(conn, row: dict) -> dict:
    from .models import QUOTE_TYPES, SOURCING_TYPES

    claim = _anchored(conn, row["claim_id"])
    kind = row["kind"]
    allowed, machine = (SOURCING_TYPES, claim[5]) if kind == "sourcing" else (QUOTE_TYPES, claim[6])
    if row["value"] not in allowed:
        raise CorrectionError(f"{kind} must be one of: {', '.join(allowed)}")
    return {"article_id": claim[1], "content": claim[2], "machine_value": json.dumps(machine)}


def _check_not_a_claim(conn, row: dict) -> dict:
    claim = _anchored(conn, row["claim_id"])
    # the whole row, so that an undo can put it back
    cur = conn.execute("select * from claims where id = ?", [row["claim_id"]])
    names = [d[0] for d in cur.description]
    return {"article_id": claim[1], "content": claim[2], "value": None,
            "machine_value": json.dumps(dict(zip(names, cur.fetchone())))}


def _check_link(conn, row: dict) -> dict:
    claim = _anchored(conn, row["claim_id"])
    other = _claim_row(conn, row["other_id"] or "")
    if other is None or row["other_id"] == row["claim_id"]:
        raise CorrectionError("The other claim of the link was not found")
    out = {"article_id": claim[1], "content": claim[2], "other_article_id": other[1],
           "other_content": other[2], "value": None}
    if row["kind"] == "link_reject":
        out["machine_value"] = json.dumps(machine_links(conn, [(claim[0], other[0])]))
    return out


def machine_links(conn, pairs) -> list[list]:
    """The rows of claim_matches joining any of ``pairs``: what a rejection cuts."""
    out = []
    for a, b in pairs:
        out.extend(list(r) for r in conn.execute(
            "select claim_a, claim_b, score, kind, method, diff from claim_matches where "
            "((claim_a = ? and claim_b = ?) or (claim_a = ? and claim_b = ?)) and method is not 'reviewer'",
            [a, b, b, a]))
    return out


def restore_links(conn, rows) -> None:
    """Put back machine links a rejection cut (those whose claims still exist)."""
    for a, b, score, kind, method, diff in rows or []:
        conn.execute(
            "insert or ignore into claim_matches (claim_a, claim_b, score, kind, method, diff) "
            "select ?, ?, ?, ?, ?, ? where (select count(*) from claims where id in (?, ?)) = 2 "
            "and not exists (select 1 from claim_matches where (claim_a = ? and claim_b = ?) "
            "or (claim_a = ? and claim_b = ?))", [a, b, score, kind, method, diff, a, b, a, b, b, a])


def _check_merge(conn, row: dict) -> dict:
    """The merged speaker's row is kept whole (name, kind, role, aliases) with the
    aliases the speaker merged into had before, so that an undo restores both as
    they were, not a bare person of that name and a target keeping its names."""
    source, target = row["claim_id"], row["other_id"]
    names = {r[0]: r for r in conn.execute("select id, name, aliases, kind, role from speakers where id in (?, ?)",
                                          [source or "", target or ""])}
    if source not in names:
        raise UnknownId("Speaker not found")
    if target not in names:
        raise CorrectionError(f"No speaker is named {target!r} or has that id: give a name as the speakers "
                              "list shows it, or the id in its address")
    if source == target:
        raise CorrectionError("A speaker cannot be merged into itself: name another speaker")
    _, name, aliases, kind, role = names[source]
    _same_kind(name, kind, names[target][1], names[target][3])
    return {"value": None, "machine_value": json.dumps({
        "name": name, "aliases": aliases, "kind": kind, "role": role,
        "target_name": names[target][1], "target_aliases": names[target][2]})}


def _same_kind(name: str, kind: str | None, target_name: str, target_kind: str | None) -> None:
    """A person and an organisation are never one speaker: merged, the person's claims
    would stand under a body with their sourcing still "named person" (and a ClaimReview
    claimant of the wrong type).  When one of the two is filed wrongly, the reviewer
    files it first (its kind carries its claims' sourcing over), then merges."""
    if kind in SPEAKER_TYPES and target_kind in SPEAKER_TYPES and kind != target_kind:
        raise CorrectionError(
            f"{name} is filed as {_a(kind)} and {target_name} as {_a(target_kind)}: a person and an "
            f"organisation are not one speaker. If one of them is filed wrongly, file it as the other kind "
            f"first (the \"File as ...\" button on its page), then merge")


def _a(kind: str) -> str:
    return f"a{'n' if kind[0] in 'aeiou' else ''} {kind}"


def _check_speaker_kind(conn, row: dict) -> dict:
    """A speaker is a person or an organisation ("Environmental group Blue Shore"
    read as a person): the machine's kind is kept, for the undo."""
    found = conn.execute("select kind from speakers where id = ?", [row["claim_id"] or ""]).fetchone()
    if found is None:
        raise UnknownId("Speaker not found")
    if row["value"] not in SPEAKER_TYPES:
        raise CorrectionError(f"kind must be one of: {', '.join(SPEAKER_TYPES)}")
    if found[0] == row["value"]:
        raise CorrectionError(f"This speaker is already filed as a{'n' if row['value'][0] == 'o' else ''} "
                              f"{row['value']}")
    return {"machine_value": json.dumps({"kind": found[0], "sourcing": {}})}


class KindBefore(NamedTuple):
    """What a change of a speaker's kind replaced: the machine's kind, and the sourcing of
    each claim it changed (None for a correction recorded before they were kept)."""

    kind: str | None
    sourcing: dict[str, str] | None


def kind_before(machine_value: str | None) -> KindBefore:
    """A ``speaker_kind`` correction's ``machine_value``: ``{"kind", "sourcing": {claim id:
    the machine's sourcing}}``, or the kind alone as the first such corrections kept it."""
    try:
        found = json.loads(machine_value or "")
    except ValueError:
        found = None
    if not isinstance(found, dict):
        return KindBefore(machine_value, None)
    sourcing = found.get("sourcing")
    return KindBefore(found.get("kind"), sourcing if isinstance(sourcing, dict) else None)


def speaker_named(conn, text: str | None) -> str | None:
    """The id of the speaker a reviewer names for a merge: its id, else its name
    as the pages show it (any case), when one speaker has that name."""
    text = (text or "").strip()
    if not text:
        return None
    if conn.execute("select 1 from speakers where id = ?", [text]).fetchone():
        return text
    rows = conn.execute("select id from speakers where name = ? collate nocase limit 2", [text]).fetchall()
    if len(rows) > 1:
        raise CorrectionError(f"More than one speaker is named {text!r}: give the id in the address of "
                              "the one you mean (/speaker/<id>)")
    return rows[0][0] if rows else text


def speaker_merges(conn, speaker_id: str) -> list[dict]:
    """For a speaker page: each merge of this speaker into another or of another into
    it, and each change of its kind, oldest first, with both names and whether it is
    still in force."""
    if not has_table(conn, "corrections"):
        return []
    rows = history(conn)
    undone = {int(c.other_id) for c in rows if c.kind == "undo" and (c.other_id or "").isdigit()}
    out = []
    for c in rows:
        if c.kind == "speaker_kind" and c.claim_id == speaker_id:
            out.append({**c.as_dict(), "machine_value": kind_before(c.machine_value).kind,
                        "in_force": c.id not in undone})
        if c.kind != "speaker_merge" or speaker_id not in (c.claim_id, c.other_id):
            continue
        before = json.loads(c.machine_value or "{}")
        target = conn.execute("select name from speakers where id = ?", [c.other_id]).fetchone()
        d = c.as_dict()
        d.update(machine_value=before, in_force=c.id not in undone,
                 source_name=before.get("name") or c.claim_id,
                 target_name=target[0] if target else before.get("target_name") or c.other_id)
        out.append(d)
    return out


def merged_into(conn, speaker_id: str) -> str | None:
    """The speaker a live merge filed ``speaker_id`` under (following a chain of merges), or None."""
    seen = {speaker_id}
    live_merges = {c.claim_id: c.other_id for c in live(conn) if c.kind == "speaker_merge"}
    current = speaker_id
    while current in live_merges and live_merges[current] not in seen:
        current = live_merges[current]
        seen.add(current)
    if current == speaker_id or not conn.execute("select 1 from speakers where id = ?", [current]).fetchone():
        return None
    return current


def _check_undo(conn, row: dict) -> dict:
    target = conn.execute("select kind from corrections where id = ?", [row["other_id"] or ""]).fetchone()
    if target is None:
        raise UnknownId("Only an existing correction can be undone")
    if target[0] == "undo":
        raise CorrectionError("Only an existing correction can be undone")
    # (a second undo would take back again what the first already restored: a speaker
    # split twice, sourcing moved back twice; an undone correction is made again instead)
    if conn.execute("select 1 from corrections where kind = 'undo' and other_id = ?", [row["other_id"]]).fetchone():
        raise CorrectionError(f"Correction {row['other_id']} is already undone: to apply it again, make it again")
    return {}


def _check_story(conn, row: dict) -> dict:
    from . import story_corrections

    return story_corrections.CHECKS[row["kind"]](conn, row)


_CHECKS = {
    "speaker": _check_speaker, "sourcing": _check_choice, "quote_type": _check_choice,
    "not_a_claim": _check_not_a_claim, "link_confirm": _check_link, "link_reject": _check_link,
    "speaker_merge": _check_merge, "speaker_kind": _check_speaker_kind, "undo": _check_undo,
    "story_merge": _check_story, "story_split": _check_story,
}


def _undo(conn, correction_id: str) -> None:
    """What taking a correction back needs beyond no longer applying it."""
    row = conn.execute("select kind, machine_value from corrections where id = ?", [correction_id]).fetchone()
    if row is None:
        return
    if row[0] == "speaker_merge":
        _unmerge(conn, correction_id)
    elif row[0] == "speaker_kind" and row[1]:
        speaker = conn.execute("select claim_id, value from corrections where id = ?", [correction_id]).fetchone()
        before = kind_before(row[1])
        conn.execute("update speakers set kind = ? where id = ?", [before.kind, speaker[0]])
        if before.sourcing is None:  # kept before the claims it changed were: every claim of the kind
            _named_sourcing(conn, speaker[0], before.kind, speaker[1])
        else:
            _restore_sourcing(conn, speaker[1], before.sourcing)
    elif row[0] in ("link_reject", "story_split") and row[1]:
        restore_links(conn, json.loads(row[1]))
    elif row[0] == "not_a_claim" and row[1]:
        claim = json.loads(row[1])
        if conn.execute("select 1 from articles where id = ?", [claim.get("article_id")]).fetchone():
            cols = ", ".join(f'"{k}"' for k in claim)
            conn.execute(f"insert or ignore into claims ({cols}) values ({', '.join('?' for _ in claim)})",
                         list(claim.values()))
    elif row[0] in FIELD_KINDS and row[1]:
        c = conn.execute(f"select {', '.join(_COLUMNS)} from corrections where id = ?", [correction_id]).fetchone()
        c = Correction(*c)
        target = find_claim(conn, c.claim_id, c.article_id, c.content)
        machine = json.loads(row[1])
        if target is not None:
            if row[0] == "speaker":
                conn.execute("update claims set speaker = ?, speaker_id = ? where id = ?",
                             [machine.get("speaker"), machine.get("speaker_id"), target])
                _recount(conn)
            else:
                conn.execute(f"update claims set {row[0]} = ? where id = ?", [machine, target])


def apply(conn) -> int:
    """Re-apply every live correction over the machine's rows; returns how many took effect.

    Idempotent, and cheap: corrections are made by hand, so there are few."""
    if not has_table(conn, "corrections"):
        return 0
    done = 0
    for c in live(conn):
        if c.kind in CLAIM_KINDS:
            target = find_claim(conn, c.claim_id, c.article_id, c.content)
            if target is not None:
                done += _apply_claim(conn, c, target)
        elif c.kind == "speaker_merge":
            done += _merge_speakers(conn, c.claim_id, c.other_id)
        elif c.kind == "speaker_kind":
            done += conn.execute("update speakers set kind = ? where id = ? and kind is not ?",
                                 [c.value, c.claim_id, c.value]).rowcount
            done += _kind_sourcing(conn, c)
    done += _apply_links(conn)
    return done


# A named speaker's claims are sourced by what the speaker is: a reviewer who files a speaker
# as an organisation files its claims "named_person" -> "named_org" (and back for a person).
NAMED_SOURCING = {"person": "named_person", "organisation": "named_org"}
KIND_OF_SOURCING = {sourcing: kind for kind, sourcing in NAMED_SOURCING.items()}


def _named_sourcing(conn, speaker_id: str | None, kind: str | None, was: str | None = None) -> dict[str, str]:
    """The claims of ``speaker_id`` sourced as the other kind's named source get ``kind``'s
    (``was``: only those sourced as that kind's, for an undo); a claim whose sourcing a
    reviewer corrected keeps it.  The claims changed, with the sourcing each had."""
    to = NAMED_SOURCING.get(kind or "")
    froms = [NAMED_SOURCING[k] for k in NAMED_SOURCING if k != kind and (was is None or k == was)]
    if not speaker_id or to is None or not froms:
        return {}
    ids = [r[0] for r in conn.execute(
        "select id from claims where speaker_id = ? and sourcing = ?", [speaker_id, froms[0]])]
    if not ids:
        return {}
    kept = _sourcing_corrected(conn, ids)
    changed = {i: froms[0] for i in ids if i not in kept}
    for claim_id in changed:
        conn.execute("update claims set sourcing = ? where id = ?", [to, claim_id])
    return changed


def _kind_sourcing(conn, c: Correction) -> int:
    """Apply a change of a speaker's kind to its claims' sourcing, and add the claims it
    changed (a load brings more) to what the correction replaced: its undo gives back
    exactly those, and a claim the machine itself sourced as the new kind stays so."""
    changed = _named_sourcing(conn, c.claim_id, c.value)
    before = kind_before(c.machine_value)
    if changed and before.sourcing is not None:
        c.machine_value = json.dumps({"kind": before.kind, "sourcing": {**before.sourcing, **changed}})
        conn.execute("update corrections set machine_value = ? where id = ?", [c.machine_value, c.id])
    return len(changed)


def _restore_sourcing(conn, kind: str | None, machine: dict[str, str]) -> None:
    """Undo of a change of kind: each claim it changed gets the machine's sourcing back, while it
    still has the sourcing the change gave it and no reviewer has set its sourcing since."""
    given = NAMED_SOURCING.get(kind or "")
    ids = [i for i in machine if isinstance(machine[i], str)]
    kept = _sourcing_corrected(conn, ids) if ids else set()
    for claim_id in ids:
        if claim_id not in kept:
            conn.execute("update claims set sourcing = ? where id = ? and sourcing is ?",
                         [machine[claim_id], claim_id, given])


def _sourcing_corrected(conn, claim_ids: list[str]) -> set[str]:
    """Those of ``claim_ids`` whose sourcing a live correction sets."""
    wanted = set(claim_ids)
    return {target for c in live(conn) if c.kind == "sourcing"
            for target in [find_claim(conn, c.claim_id, c.article_id, c.content)] if target in wanted}


def speaker_claim_ids(conn, speaker_id: str | None) -> set[str]:
    """The claims filed under a speaker (for refreshing their queue bounds after a change of its kind)."""
    return {r[0] for r in conn.execute("select id from claims where speaker_id = ?", [speaker_id or ""])}


def _apply_claim(conn, c: Correction, target: str) -> int:
    from .store.articles import slugify

    if c.kind == "not_a_claim":
        conn.execute("delete from claim_matches where claim_a = ? or claim_b = ?", [target, target])
        if has_table(conn, "claim_repeats"):  # (its "said before" goes with it, as its links do)
            conn.execute("delete from claim_repeats where claim_a = ? or claim_b = ?", [target, target])
        conn.execute("delete from claims where id = ?", [target])
        return 1
    if c.kind == "speaker":
        sid = slugify(c.value)
        if not conn.execute("select 1 from speakers where id = ?", [sid]).fetchone():
            conn.execute("insert into speakers (id, name, kind, aliases, claim_count) values (?, ?, ?, ?, 0)",
                         [sid, c.value, _corrected_kind(conn, c, target), json.dumps([c.value])])
        cur = conn.execute("update claims set speaker = ?, speaker_id = ? where id = ? "
                           "and (speaker is not ? or speaker_id is not ?)", [c.value, sid, target, c.value, sid])
        _recount(conn)
        return cur.rowcount
    column = c.kind  # sourcing / quote_type
    cur = conn.execute(f"update claims set {column} = ? where id = ? and {column} is not ?",
                       [c.value, target, c.value])
    return cur.rowcount


def _corrected_kind(conn, c: Correction, target: str) -> str:
    """The kind of the speaker a reviewer names.  What the reviewer set the
    claim's sourcing to says it ("named organisation": "Kelp Coastguard" is a
    body, whatever its name's shape).  Else an organisation when the
    name clearly is one ("Skerry Council", "the UNHCR"), or when it replaces
    a body and is that body's name (a word of it: "Kittiwake Harbour Board"
    corrected to "Kittiwake Harbour Trust" or "Kittiwake") or no clear
    person's name; else a person ("Anna Selkie" speaking for the board)."""
    from .matching.aliases import confident_kind

    if _sourcing_corrected(conn, [target]):
        sourcing = conn.execute("select sourcing from claims where id = ?", [target]).fetchone()
        named = KIND_OF_SOURCING.get(sourcing[0] if sourcing else None)
        if named:
            return named
    kind = confident_kind(c.value or "")
    if kind == "organisation":
        return kind
    try:
        before = json.loads(c.machine_value or "{}").get("speaker_id")
    except (ValueError, AttributeError):
        before = None
    row = conn.execute("select kind, name from speakers where id = ?", [before or ""]).fetchone()
    if row is None or row[0] != "organisation":
        return "person"
    return "organisation" if kind is None or _name_words(c.value) & _name_words(row[1]) else "person"


def _name_words(name: str | None) -> set[str]:
    """The capitalised words of a name, in lower case ("The Bay Board" -> {"bay", "board"})."""
    return {w.lower() for w in (name or "").split() if w[:1].isupper() and w.lower() not in ("the", "of", "and")}


def _recount(conn) -> None:
    from .store import speaker_counts

    conn.execute("update speakers set claim_count = "
                 "(select count(*) from claims where claims.speaker_id = speakers.id)")
    speaker_counts.refresh(conn)


def _merge_speakers(conn, source: str | None, target: str | None) -> int:
    rows = {r[0]: r for r in conn.execute("select id, name, aliases from speakers where id in (?, ?)",
                                          [source or "", target or ""])}
    if source not in rows or target not in rows:
        return 0
    try:
        aliases = set(json.loads(rows[target][2] or "[]")) | set(json.loads(rows[source][2] or "[]"))
    except ValueError:
        aliases = set()
    aliases.add(rows[source][1])
    conn.execute("update claims set speaker_id = ? where speaker_id = ?", [target, source])
    conn.execute("update speakers set aliases = ? where id = ?", [json.dumps(sorted(aliases)), target])
    conn.execute("delete from speakers where id = ?", [source])
    _recount(conn)
    return 1


def _unmerge(conn, correction_id: str) -> int:
    """Undo a speaker merge: the merged speaker comes back as it was (its name, kind,
    role and aliases) with the claims quoted under its names, and the speaker it was
    merged into gets back the aliases it had before (a merge recorded before these
    were kept restores what it kept: the name and aliases, as a person)."""
    row = conn.execute("select kind, claim_id, other_id, machine_value from corrections where id = ?",
                       [correction_id]).fetchone()
    if row is None or row[0] != "speaker_merge":
        return 0
    _, source, target, machine = row
    before = json.loads(machine or "{}")
    names = set(_json_names(before.get("aliases"))) | {before.get("name")}
    names.discard(None)
    kept = before.get("target_aliases")
    if kept is not None:
        # a name the target was already quoted under stays with it
        names -= set(_json_names(kept)) | {before.get("target_name")}
        merged_in = set(_json_names((conn.execute("select aliases from speakers where id = ?", [target])
                                     .fetchone() or [None])[0]))
        restored = (merged_in - names) | set(_json_names(kept))
        conn.execute("update speakers set aliases = ? where id = ?", [json.dumps(sorted(restored)), target])
    if not conn.execute("select 1 from speakers where id = ?", [source]).fetchone():
        conn.execute("insert into speakers (id, name, kind, role, aliases, claim_count) values (?, ?, ?, ?, ?, 0)",
                     [source, before.get("name") or source, before.get("kind") or "person", before.get("role"),
                      before.get("aliases")])
    marks = ", ".join("?" for _ in names)
    if names:
        conn.execute(f"update claims set speaker_id = ? where speaker_id = ? and speaker in ({marks})",
                     [source, target, *names])
    _recount(conn)
    return 1


def _json_names(value) -> list[str]:
    """A speaker's ``aliases`` column (a JSON list of names) as a list; [] when empty or unreadable."""
    try:
        names = json.loads(value or "[]")
    except ValueError:
        return []
    return [n for n in names if isinstance(n, str)] if isinstance(names, list) else []


def _effects(conn, c: Correction) -> list[tuple[str, str, bool]]:
    """What one live link or story correction says: (claim, claim, linked?) triples."""
    if c.kind in STORY_KINDS:
        from .story_corrections import effects

        return effects(conn, c)
    a = find_claim(conn, c.claim_id, c.article_id, c.content)
    b = find_claim(conn, c.other_id, c.other_article_id, c.other_content)
    return [(a, b, c.kind == "link_confirm")] if a and b and a != b else []


def link_decisions(conn) -> dict[tuple[str, str], bool]:
    """Each pair reviewers ruled on, as (smaller id, larger id) -> linked?; the latest ruling wins."""
    if not has_table(conn, "corrections"):
        return {}
    out: dict[tuple[str, str], bool] = {}
    for c in live(conn):
        if c.kind in LINK_KINDS + STORY_KINDS:
            for a, b, linked in _effects(conn, c):
                out[(min(a, b), max(a, b))] = linked
    return out


def rejected_pairs(conn) -> set[tuple[str, str]]:
    """Links reviewers rejected, as (smaller id, larger id): matching must never make them."""
    return {pair for pair, linked in link_decisions(conn).items() if not linked}


def _apply_links(conn) -> int:
    done = 0
    decisions = link_decisions(conn)
    for (a, b), linked in decisions.items():
        if not linked:
            done += conn.execute("delete from claim_matches where (claim_a = ? and claim_b = ?) or "
                                 "(claim_a = ? and claim_b = ?)", [a, b, b, a]).rowcount
            continue
        done += conn.execute(
            "insert or ignore into claim_matches (claim_a, claim_b, score, kind, method, diff) "
            "select ?, ?, 1.0, 'same', 'reviewer', null where not exists (select 1 from claim_matches "
            "where (claim_a = ? and claim_b = ?) or (claim_a = ? and claim_b = ?))", [a, b, a, b, b, a]).rowcount
    # a reviewer's link whose correction was undone goes with it
    for a, b in conn.execute("select claim_a, claim_b from claim_matches where method = 'reviewer'").fetchall():
        if not decisions.get((min(a, b), max(a, b))):
            done += conn.execute("delete from claim_matches where claim_a = ? and claim_b = ? "
                                 "and method = 'reviewer'", [a, b]).rowcount
    return done


def story_moves(conn, claim_id: str, story_id: str, reason: str | None, actor: str | None) -> list[int]:
    """Move a claim into another story: confirm a link to that story's first claim and reject
    its links to the claims of the story it is in now."""
    first = conn.execute("select first_claim_id from stories where id = ?", [story_id]).fetchone()
    if first is None or not first[0]:
        raise CorrectionError("Story not found")
    ids = []
    current = conn.execute("select story_id from claims where id = ?", [claim_id]).fetchone()
    if current and current[0] and current[0] != story_id:
        others = conn.execute("select id from claims where story_id = ? and id != ?", [current[0], claim_id])
        for (other,) in others.fetchall():
            ids.append(record(conn, "link_reject", claim_id=claim_id, other_id=other, reason=reason, actor=actor))
    if first[0] != claim_id:
        ids.append(record(conn, "link_confirm", claim_id=claim_id, other_id=first[0], reason=reason, actor=actor))
    return ids


def machine_and_corrected(conn, claim_id: str) -> list[dict]:
    """For a claim page: each correction naming the claim (by id, or by its words in its
    article), with the machine's value beside it and whether it is still in force."""
    out = []
    rows = history(conn)
    undone = {int(c.other_id) for c in rows if c.kind == "undo" and (c.other_id or "").isdigit()}
    claim = _claim_row(conn, claim_id)
    anchor = (claim[1], claim[2]) if claim else None
    for c in rows:
        if c.kind == "undo" or not (
                claim_id in (c.claim_id, c.other_id)
                or (anchor and (c.article_id, c.content) == anchor)
                or (anchor and (c.other_article_id, c.other_content) == anchor)):
            continue
        d = c.as_dict()
        d["machine_value"] = json.loads(c.machine_value) if c.machine_value else None
        d["in_force"] = c.id not in undone
        out.append(d)
    return out
