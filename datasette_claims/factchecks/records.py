"""Verdicts, ClaimReview and alerts over a plain ``sqlite3`` connection.

Everything here takes a DB-API connection (what ``db.execute_fn`` and
``db.execute_write_fn`` hand over in Datasette, or ``sqlite_utils.Database.conn``
in the CLI) and returns plain data.  Missing tables read as empty, so the pages
work on a database made before the fact-check migration.
"""

from __future__ import annotations

import datetime
import json
import math
import re
from urllib.parse import quote
from typing import NamedTuple

from ..matching.drift import changes_meaning
from ..matching.similarity import names_nobody
from ..models import NOBODY_LABELS, UNNAMED_SOURCING
from ..store.connection import has_table

DEFAULT_RATINGS = [
    {"label": "True", "value": 5},
    {"label": "Mostly true", "value": 4},
    {"label": "Half true", "value": 3},
    {"label": "Misleading", "value": 2},
    {"label": "False", "value": 1},
    {"label": "Unverifiable", "value": None},
]

DEFAULT_AUTHOR = {"@type": "Organization", "name": "datasette-claims"}


def review_author(config_author=None) -> dict:
    """The fact-checking organisation named in ClaimReview: the plugin config ``author``,
    a name or an object (``name``, ``url``, ``@type``); the default without a name."""
    if isinstance(config_author, str) and config_author.strip():
        return {"@type": "Organization", "name": config_author.strip()}
    name = config_author.get("name") if isinstance(config_author, dict) else None
    if isinstance(name, str) and name.strip():  # (a list or a number is no name: the default, warned about)
        out = {"@type": config_author.get("@type") or config_author.get("type") or "Organization",
               "name": name.strip()}
        if config_author.get("url"):
            out["url"] = config_author["url"]
        return out
    return dict(DEFAULT_AUTHOR)


def now() -> str:
    return datetime.datetime.now(datetime.timezone.utc).replace(microsecond=0).isoformat()


def rating_scale(config_ratings=None) -> list[dict]:
    """The rating scale, best first, as ``[{"label", "value"}]``.

    ``config_ratings`` is the plugin config ``ratings``: a list of labels (best
    first; numbered n..1) or of ``{"label", "value"}`` objects (``value`` may be
    null for ratings off the scale, such as "Unverifiable").  Only the entries
    without a value of their own are numbered, so one off the scale does not
    lift the others ([Yes, No, {Unrated: null}] is 2, 1); a value is a number
    (text such as "3" is read as one) or none: ClaimReview's ``ratingValue``,
    ``bestRating`` and ``worstRating`` are numbers.
    """
    if not config_ratings:
        return [dict(r) for r in DEFAULT_RATINGS]
    positional = [not (isinstance(item, dict) and "value" in item) for item in config_ratings]
    n, rank, scale = sum(positional), 0, []
    for item, numbered in zip(config_ratings, positional):
        if isinstance(item, dict):
            label = str(item.get("label") or item.get("name") or "").strip()
        else:
            label = str(item).strip()
        value = n - rank if numbered else _rating_value(item["value"])
        rank += numbered
        if label:
            scale.append({"label": label, "value": value})
    return scale or [dict(r) for r in DEFAULT_RATINGS]


def _rating_value(value) -> int | float | None:
    """A configured value as a number, or None (off the scale): true/false and words are none."""
    if isinstance(value, bool) or value is None:
        return None
    try:
        number = float(str(value).strip()) if not isinstance(value, (int, float)) else value
    except ValueError:
        return None
    if not math.isfinite(number):
        return None
    return int(number) if float(number).is_integer() else number


def scale_bounds(scale: list[dict]) -> tuple[float | None, float | None]:
    values = [r["value"] for r in scale if isinstance(r.get("value"), (int, float))]
    if not values:
        return None, None
    return max(values), min(values)


def row_dicts(cursor) -> list[dict]:
    cols = [d[0] for d in cursor.description]
    return [dict(zip(cols, row)) for row in cursor.fetchall()]


def _one(conn, sql, params=()) -> dict | None:
    rows = row_dicts(conn.execute(sql, params))
    return rows[0] if rows else None


# -- verdicts ----------------------------------------------------------------


def live(conn, alias: str = "verdicts") -> str:
    """A SQL condition: the verdict ``alias`` names was not withdrawn ("1" on a database
    made before withdrawals: none was)."""
    if not has_table(conn, "verdict_withdrawals"):
        return "1"
    return f"not exists (select 1 from verdict_withdrawals w where w.verdict_id = {alias}.id)"


def verdict_history(conn, claim_id=None, story_id=None) -> list[dict]:
    """Every verdict recorded on the claim (or story), newest first; a withdrawn one
    carries ``withdrawn`` (when), ``withdrawn_by`` and ``withdrawn_reason``."""
    if not has_table(conn, "verdicts"):
        return []
    column, value = ("claim_id", claim_id) if claim_id is not None else ("story_id", story_id)
    if not has_table(conn, "verdict_withdrawals"):
        return row_dicts(conn.execute(f"select *, null as withdrawn from verdicts where {column} = ? "
                                   "order by created desc, id desc", [value]))
    return row_dicts(conn.execute(
        "select v.*, w.created as withdrawn, w.actor as withdrawn_by, w.reason as withdrawn_reason "
        f"from verdicts v left join verdict_withdrawals w on w.verdict_id = v.id where v.{column} = ? "
        "order by v.created desc, v.id desc", [value]))


def current_verdict(conn, claim_id=None, story_id=None) -> dict | None:
    """The latest verdict not withdrawn."""
    return current_of(verdict_history(conn, claim_id=claim_id, story_id=story_id))


def current_of(history: list[dict]) -> dict | None:
    """The current verdict of a history (newest first): its first not withdrawn."""
    return next((v for v in history if not v.get("withdrawn")), None)


def record_verdict(conn, *, claim_id=None, story_id=None, rating, note=None, url=None, reviewer=None,
                   created=None) -> int:
    """Append a verdict (never updates one).  Returns the new row id."""
    if (claim_id is None) == (story_id is None):
        raise ValueError("a verdict is on exactly one claim or one story")
    cur = conn.execute(
        "insert into verdicts (claim_id, story_id, rating, note, url, reviewer, created) values (?, ?, ?, ?, ?, ?, ?)",
        [claim_id, story_id, rating, note or None, url or None, reviewer, created or now()],
    )
    return cur.lastrowid


def current_verdicts(conn) -> list[dict]:
    """The latest verdict (not withdrawn) of every claim and story that has one, newest first."""
    if not has_table(conn, "verdicts"):
        return []
    return row_dicts(
        conn.execute(
            f"""
            select v.* from verdicts v
            where v.id = (
                select v2.id from verdicts v2
                where (v2.claim_id is v.claim_id) and (v2.story_id is v.story_id) and {live(conn, "v2")}
                order by v2.created desc, v2.id desc limit 1
            )
            order by v.created desc, v.id desc
            """
        )
    )


# -- withdrawing a verdict, and the review status verdicts move ------------------

# What a verdict does to the review status of its claim or story: it is reviewed.
REVIEWED = "published"
VERDICT_NOTE = "verdict"  # the note of a status row a verdict wrote (its rating is read from verdicts)
WITHDRAWN_NOTE = "verdict withdrawn"


class Withdrawn(NamedTuple):
    """A withdrawal: the verdict, what it was on, and the status it left (None: unchanged)."""
    verdict_id: int
    claim_id: str | None
    story_id: str | None
    status: str | None


class VerdictError(ValueError):
    """A withdrawal that cannot be made (no such verdict, or withdrawn already)."""


def status_after_verdict(conn, verdict_id: int, claim_id=None, story_id=None, actor=None) -> None:
    """A recorded verdict marks its claim or story reviewed: a ``claim_status`` row
    (``REVIEWED``, the assignee kept) naming the verdict, so withdrawing it can undo it.
    Its note does not copy the rating: ``claim_status`` may be public where ``verdicts``
    is not, so the rating is read from the verdict, by those who may (``status_note_sql``)."""
    if not has_table(conn, "claim_status"):
        return
    before = _latest_status(conn, claim_id, story_id)
    conn.execute("insert into claim_status (claim_id, story_id, status, assignee, note, actor, created, verdict_id) "
                 "values (?, ?, ?, ?, ?, ?, ?, ?)",
                 [claim_id, story_id, REVIEWED, before["assignee"] if before else None,
                  VERDICT_NOTE, actor, now(), verdict_id])


def status_note_sql(alias: str, see_verdicts: bool) -> str:
    """The note of ``claim_status`` row ``alias`` as an actor may read it: a row a verdict
    wrote says "verdict: <rating>" to those who may see ``verdicts`` and "verdict" to the
    rest, whatever its stored note says (older rows copied the rating into it)."""
    rating = (f"coalesce('{VERDICT_NOTE}: ' || (select v.rating from verdicts v where v.id = {alias}.verdict_id), "
              f"'{VERDICT_NOTE}')" if see_verdicts else f"'{VERDICT_NOTE}'")
    return (f"case when {alias}.verdict_id is null or {alias}.note = '{WITHDRAWN_NOTE}' then {alias}.note "
            f"else {rating} end")


def _latest_status(conn, claim_id, story_id) -> dict | None:
    column, value = ("claim_id", claim_id) if claim_id is not None else ("story_id", story_id)
    return _one(conn, f"select * from claim_status where {column} = ? order by id desc limit 1", [value])


def withdraw_verdict(conn, verdict_id: int, actor=None, reason=None) -> Withdrawn:
    """Withdraw a verdict (a new ``verdict_withdrawals`` row; the verdict stays in the
    history, marked).  If its status row is still the latest of its claim or story,
    the status before it comes back (a reviewer's later status stands)."""
    verdict = _one(conn, "select * from verdicts where id = ?", [verdict_id])
    if verdict is None:
        raise VerdictError("Verdict not found")
    if _one(conn, "select 1 as x from verdict_withdrawals where verdict_id = ?", [verdict_id]):
        raise VerdictError("This verdict was withdrawn already")
    conn.execute("insert into verdict_withdrawals (verdict_id, actor, reason, created) values (?, ?, ?, ?)",
                 [verdict_id, actor, reason, now()])
    claim_id, story_id = verdict["claim_id"], verdict["story_id"]
    latest = _latest_status(conn, claim_id, story_id)
    if latest is None or latest.get("verdict_id") != verdict_id:
        return Withdrawn(verdict_id, claim_id, story_id, None)
    column, value = ("claim_id", claim_id) if claim_id is not None else ("story_id", story_id)
    before = _one(conn, f"select * from claim_status where {column} = ? and id < ? order by id desc limit 1",
                  [value, latest["id"]])
    status = before["status"] if before else "new"
    conn.execute("insert into claim_status (claim_id, story_id, status, assignee, note, actor, created, verdict_id) "
                 "values (?, ?, ?, ?, ?, ?, ?, ?)",
                 [claim_id, story_id, status, before["assignee"] if before else None, WITHDRAWN_NOTE, actor,
                  now(), verdict_id])
    return Withdrawn(verdict_id, claim_id, story_id, status)


# -- claims, stories and their reports ---------------------------------------


def get_claim(conn, claim_id) -> dict | None:
    if not has_table(conn, "claims"):
        return None
    return _one(conn, "select * from claims where id = ?", [claim_id])


def get_story(conn, story_id) -> dict | None:
    if not has_table(conn, "stories"):
        return None
    return _one(conn, "select * from stories where id = ?", [story_id])


def _claimant(conn, claim: dict) -> dict | None:
    """Who made the claim, as ClaimReview names them (``itemReviewed.author``, "the person or
    organization stating the claim"): the speaker the claim resolves to ("George W. Bush"), not
    the words of one report ("Bush"), and what it is.  A report that names nobody ("she said"
    left unresolved, a sourcing label) gives way to the one person its story's reports name
    (``story_speaker``); else no author: "she" or "Anonymous source" is nobody's name."""
    name, kind = claim.get("speaker"), None
    row = _speaker_row(conn, claim.get("speaker_id"))
    if row:
        name, kind = row.name or name, row.kind
    elif not name or names_nobody(name, NOBODY_LABELS) or claim.get("sourcing") in UNNAMED_SOURCING:
        row = story_speaker(conn, claim.get("story_id"))
        if row is None:
            return None
        name, kind = row
    text = (kind or claim.get("sourcing") or "").lower()  # (the speaker's kind over one report's sourcing)
    org = "org" in text or "institution" in text or "group" in text
    return {"@type": "Organization" if org else "Person", "name": name}


class SpeakerRow(NamedTuple):
    name: str | None
    kind: str | None


def _speaker_row(conn, speaker_id) -> SpeakerRow | None:
    if not speaker_id or not has_table(conn, "speakers"):
        return None
    row = conn.execute("select name, kind from speakers where id = ?", [speaker_id]).fetchone()
    return SpeakerRow(*row) if row else None


class StorySpeaker(NamedTuple):
    id: str
    name: str
    kind: str | None
    claims: int  # the story's claims resolved to them


def story_speakers(conn, story_id, limit: int) -> list[StorySpeaker]:
    """The speakers the claims of a story resolve to, most claims first (then by name): the claim
    page lists them beside a report that names nobody (``views.claim.story_people``), and the
    export names the one when there is one (``story_speaker``)."""
    if not story_id or not has_table(conn, "speakers"):
        return []
    rows = conn.execute("select s.id, s.name, s.kind, count(*) as claims from claims c "
                        "join speakers s on s.id = c.speaker_id where c.story_id = ? and s.name is not null "
                        "group by s.id order by claims desc, s.name, s.id limit ?", [story_id, limit]).fetchall()
    return [StorySpeaker(*r) for r in rows]


def story_speaker(conn, story_id) -> SpeakerRow | None:
    """The one speaker the claims of a story resolve to (one report's "she" is another's
    "Jo Roe"), or None when the story names several or none (the claim page lists them all;
    a ClaimReview has one author)."""
    rows = story_speakers(conn, story_id, 2)
    return SpeakerRow(rows[0].name, rows[0].kind) if len(rows) == 1 else None


class Linked(NamedTuple):
    """The claims matched to one claim, parted by whether the link changes what is said."""

    kept: list[str]  # the same statement: a verdict on one is a verdict on the other
    other_wording: set[str]  # a conflict, or a drift that changed a number, negation, modal or name


def linked_claims(conn, claim_id: str) -> Linked:
    """The claims matched to this one (one read of its links). A misquote that
    changed a figure ("twice" / "three times"), a negation or a denial words it
    otherwise: a verdict on one of them is no verdict on this one, however alike
    the words or the story (a drift that only trims or rewords keeps the statement)."""
    kept, other = [], set()
    if has_table(conn, "claim_matches"):
        for other_id, kind, diff in conn.execute(
                "select claim_b, kind, diff from claim_matches where claim_a = ? "
                "union select claim_a, kind, diff from claim_matches where claim_b = ?", [claim_id, claim_id]):
            if kind == "conflict" or (kind == "drift" and changes_meaning(_diff(diff))):
                other.add(other_id)
            else:
                kept.append(other_id)
    return Linked(kept, other)


def _diff(text: str | None) -> dict:
    try:
        found = json.loads(text or "{}")
    except ValueError:
        return {}
    return found if isinstance(found, dict) else {}


def related_claim_ids(conn, claim: dict, linked: Linked | None = None) -> list[str]:
    """The claim, the claims of its story and the claims matched to it, but for
    those that word it otherwise (``linked_claims``)."""
    linked = linked or linked_claims(conn, claim["id"])
    ids = [claim["id"]]
    if claim.get("story_id"):
        ids += [r[0] for r in conn.execute("select id from claims where story_id = ?", [claim["story_id"]])]
    seen, out = set(linked.other_wording), []
    for i in ids + linked.kept:
        if i not in seen:
            seen.add(i)
            out.append(i)
    return out


def appearances(conn, claim_ids: list[str], first_claim_id: str | None = None) -> list[dict]:
    """The reports carrying these claims, earliest first (one per article); the
    report of ``first_claim_id`` (the story's first appearance) leads: on a day
    of several reports, or for an undated agency copy others reprinted, the
    story knows which came first and the dates alone do not."""
    if not claim_ids or not has_table(conn, "articles"):
        return []
    marks = ",".join("?" for _ in claim_ids)
    rows = row_dicts(
        conn.execute(
            f"""
            select a.id, a.url, a.outlet, a.headline, a.published, min(c.said_on) as said_on
            from claims c join articles a on a.id = c.article_id
            where c.id in ({marks})
            group by a.id
            order by coalesce(a.published, '9999'), a.id
            """,
            claim_ids,
        )
    )
    first = conn.execute("select article_id from claims where id = ?", [first_claim_id]).fetchone() \
        if first_claim_id else None
    if first is not None:
        rows.sort(key=lambda r: r["id"] != first[0])  # (stable: the rest keep their order)
    return rows


def statement(claim: dict | None) -> str:
    """What a verdict reviews (``claimReviewed``, "a short summary of the claim"), as a
    reader would quote it: a direct quotation whole in typographic quotation marks (the
    speaker's words, untouched); reported speech and a mixed quote as a sentence of their
    own -- a capital first letter, a full stop, the words the speaker was quoted in kept in
    typographic marks ("The plan was “a costly mistake” and would be dropped.").  The
    story's label ("Jo Roe: “…”") quotes whatever the first claim is, a reporter's
    paraphrase too, and names the speaker, whom ``itemReviewed.author`` names."""
    text = " ".join(((claim or {}).get("content") or "").split())
    if not text:
        return text
    if (claim or {}).get("quote_type") == "direct":
        return f"“{text}”"
    return _as_sentence(_curled(text))


# A straight double quotation mark opens a quotation at the start of the text or
# after a space, a bracket or a dash, and closes one anywhere else.
_OPENING_STRAIGHT = re.compile(r'(?:^|(?<=[\s(\[{–—-]))"')


def _curled(text: str) -> str:
    """``text`` with its straight double quotation marks made typographic."""
    return _OPENING_STRAIGHT.sub("“", text).replace('"', "”")


def _as_sentence(text: str) -> str:
    """``text`` with a capital first letter (after any opening mark) and a full stop
    when it ends in a word or a closing mark without one.  A first word already
    holding a capital keeps its spelling ("iPhone sales", "eBay's fees")."""
    lead = len(text) - len(text.lstrip("“‘(['"))
    first = text[lead:].split(" ", 1)[0]
    if first == first.lower():
        text = text[:lead] + text[lead:lead + 1].upper() + text[lead + 1:]
    body = text.rstrip("”’)]'")
    if body and body[-1].isalnum():
        text += "."
    return text


def _creative_work(article: dict) -> dict:
    work = {"@type": "CreativeWork"}
    if article.get("url"):
        work["url"] = article["url"]
    if article.get("headline"):
        work["headline"] = article["headline"]
    if article.get("published"):
        work["datePublished"] = article["published"]
    if article.get("outlet"):
        work["publisher"] = {"@type": "Organization", "name": article["outlet"]}
    return work


def claimreview(conn, verdict: dict, *, scale=None, author=None, base_url: str = "") -> dict | None:
    """A schema.org ClaimReview (JSON-LD) for one verdict, or None if its claim/story is gone."""
    scale = scale or rating_scale()
    if verdict.get("claim_id") is not None:
        claim = get_claim(conn, verdict["claim_id"])
        if claim is None:
            return None
        reviewed = statement(claim)
        claim_ids = related_claim_ids(conn, claim)
        first_claim_id = (get_story(conn, claim["story_id"]) or {}).get("first_claim_id") \
            if claim.get("story_id") else None
    else:
        story = get_story(conn, verdict["story_id"])
        if story is None:
            return None
        claim_ids = [r[0] for r in conn.execute("select id from claims where story_id = ? order by said_on, id", [story["id"]])]
        claim = get_claim(conn, story.get("first_claim_id")) if story.get("first_claim_id") else None
        if claim is None and claim_ids:
            claim = get_claim(conn, claim_ids[0])
        reviewed = statement(claim) or story.get("label") or ""
        first_claim_id = story.get("first_claim_id")
    reports = appearances(conn, claim_ids, first_claim_id)
    item = {"@type": "Claim"}
    claimant = _claimant(conn, claim) if claim else None
    if claimant:
        item["author"] = claimant
    said = (claim or {}).get("said_on") or (reports[0]["published"] if reports else None)
    if said:
        item["datePublished"] = said
    if reports:
        item["appearance"] = [_creative_work(a) for a in reports]
        item["firstAppearance"] = _creative_work(reports[0])
    best, worst = scale_bounds(scale)
    rating = {"@type": "Rating", "alternateName": verdict["rating"]}
    value = next((r["value"] for r in scale if r["label"] == verdict["rating"]), None)
    if value is not None:
        rating["ratingValue"] = value
    if best is not None:
        rating["bestRating"] = best
        rating["worstRating"] = worst
    review = {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "claimReviewed": reviewed,
        "reviewRating": rating,
        "itemReviewed": item,
        "author": dict(author or DEFAULT_AUTHOR),
        "datePublished": (verdict.get("created") or "")[:10] or None,
    }
    if verdict.get("url"):
        review["url"] = verdict["url"]
    elif base_url:
        kind, ident = ("claim", verdict["claim_id"]) if verdict.get("claim_id") is not None else ("story", verdict["story_id"])
        # (the id percent-encoded as one path segment: the pages decode "%XX" as they do "~XX")
        review["url"] = f"{base_url.rstrip('/')}/{kind}/{quote(str(ident), safe='')}"
    return review


def claimreviews(conn, *, scale=None, author=None, base_url: str = "") -> list[dict]:
    """One ClaimReview per current verdict, newest first."""
    out = []
    for verdict in current_verdicts(conn):
        review = claimreview(conn, verdict, scale=scale, author=author, base_url=base_url)
        if review is not None:
            out.append(review)
    return out


def jsonld_script_text(obj) -> str:
    """JSON safe to embed inside ``<script type="application/ld+json">``."""
    text = json.dumps(obj, ensure_ascii=False, indent=2)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
