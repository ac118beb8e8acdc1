"""Reading claims, articles, stories and speakers for the pages.

Every query takes its values as parameters.  Rows become plain dicts with
URLs to the plugin's pages, in the shape documented in docs/views.md.
"""

from __future__ import annotations

import datetime
import itertools
import json
import re
from typing import NamedTuple

from ..matching.similarity import names_nobody
from ..matching.stories import label_speaker
from ..queue_scores import OWN_LINK
from ..models import NOBODY_LABELS, SOURCING_LABELS, UNNAMED_SOURCING  # noqa: F401  (the pages import them from here)
from ..store.connection import in_lists
from ..text import has_changes, word_diff  # noqa: F401  (pages import them from here)

CLAIM_SELECT = """
select c.id, c.article_id, c.speaker_id, c.story_id, c.content, c.start, c."end",
  c.speaker, c.speaker_role, c.source_text, c.source_start, c.source_end, c.cue,
  c.cue_start, c.cue_end, c.sourcing, c.quote_type, c.said_on, c.said_where, c.said_to,
  c.hedges, c.stance, c.via, c.denies, c.confidence, c.anonymity_reason, c.rule, c.utterance_id,
  a.headline as article_headline, a.outlet as article_outlet,
  a.published as article_published, a.url as article_source_url
from claims c join articles a on a.id = c.article_id
"""


# The longest search text the pages take (``q``): a claim or a paragraph, not a whole
# article.  The search box says so and stops there; a longer ``q`` is a 400.
QUERY_MAX = 2000


def safe_url(url):
    """``url`` if it is http(s), else None: stored URLs end up in href attributes."""
    if isinstance(url, str) and re.match(r"(?i)^https?://[^\s]+$", url.strip()):
        return url.strip()
    return None


def readable_time(value) -> str | None:
    """"2024-03-05T14:02:11+00:00" -> "5 Mar 2024, 14:02 UTC" (other text unchanged)."""
    if not isinstance(value, str) or not value:
        return value
    try:
        when = datetime.datetime.fromisoformat(value)
    except ValueError:
        return value
    text = f"{when.day} {when:%b %Y}"
    if "T" in value or " " in value.strip():
        text += f", {when:%H:%M}"
        offset = when.utcoffset()
        if offset is not None:
            text += " UTC" if not offset else f" {when:%z}"
    return text


def json_list(value):
    if not value:
        return []
    try:
        parsed = json.loads(value)
    except (TypeError, ValueError):
        return [value]
    return parsed if isinstance(parsed, list) else [parsed]


def claim_dict(row, urls, story_visible=True, speaker_visible=True) -> dict:
    r = dict(row)
    return {
        "id": r["id"],
        "url": urls.claim(r["id"]),
        "content": r["content"],
        "start": r["start"],
        "end": r["end"],
        "speaker": r["speaker"],
        "speaker_id": r["speaker_id"],
        "speaker_url": urls.speaker(r["speaker_id"]) if speaker_visible else None,
        "speaker_role": r["speaker_role"],
        "source_text": r["source_text"],
        "cue": r["cue"],
        "sourcing": r["sourcing"],
        "sourcing_label": SOURCING_LABELS.get(r["sourcing"], r["sourcing"]),
        "quote_type": r["quote_type"],
        "said_on": r["said_on"],
        "said_where": r["said_where"],
        "said_to": r["said_to"],
        "hedges": json_list(r["hedges"]),
        "stance": r["stance"],
        "via": r["via"],
        "anonymity_reason": r["anonymity_reason"],
        "denies": r["denies"],
        "denies_url": urls.claim(r["denies"]),
        "confidence": r["confidence"],
        "rule": r["rule"],
        "utterance_id": r["utterance_id"],
        "story_id": r["story_id"] if story_visible else None,
        "story_url": urls.story(r["story_id"]) if story_visible else None,
        "article": {
            "id": r["article_id"],
            "url": urls.article(r["article_id"]),
            "headline": r["article_headline"],
            "outlet": r["article_outlet"],
            "published": r["article_published"],
            "source_url": safe_url(r["article_source_url"]),
        },
        # For spans inside the article text (claim page context).
        "_spans": {
            "source": (r["source_start"], r["source_end"]),
            "cue": (r["cue_start"], r["cue_end"]),
        },
    }


# Lists of claims are in publication order, then id, the undated after the
# dated: a report whose date is not known is not the earliest, and listed
# first it sat above the story's first appearance.  Two queries rather than
# "nulls last": a bare a.published lets SQLite walk idx_articles_published
# and stop early (no coalesce(), no "is null" in the order).
PUBLISHED_ORDER = "a.published, c.id"
UNDATED_ORDER = "c.id"


def published_keyset(token):
    """SQL condition and params for the dated claims after ``token`` in
    PUBLISHED_ORDER; None when ``token`` is in the undated part (every dated
    claim came before it: ``undated_keyset``).

    ``token`` is ``[published or None, claim id]``.
    """
    _check_token(token)
    if token[0] is None:
        return None
    # The bare "a.published >= ?" lets SQLite seek in idx_articles_published.
    return "(a.published >= ? and (a.published > ? or c.id > ?))", [token[0], token[0], token[1]]


def undated_keyset(token):
    """SQL condition and params for the undated claims after ``token``."""
    if token is not None and token[0] is None:
        return "(a.published is null and c.id > ?)", [token[1]]
    return "a.published is null", []


def _check_token(token) -> None:
    from datasette.utils.asgi import BadRequest

    if (
        not isinstance(token, list)
        or len(token) != 2
        or not isinstance(token[1], str)
        or not (token[0] is None or isinstance(token[0], str))
    ):
        raise BadRequest("_next is not a valid pagination token")


# The same columns, read article by article in date order: for filters that
# match many claims, walking idx_articles_published and stopping after a
# page beats sorting every match (CROSS JOIN fixes the join order, which
# SQLite would otherwise guess without ANALYZE statistics).
CLAIM_SELECT_BY_DATE = CLAIM_SELECT.replace(
    "from claims c join articles a on a.id = c.article_id",
    "from articles a cross join claims c on c.article_id = a.id",
)
assert CLAIM_SELECT_BY_DATE != CLAIM_SELECT

# Claims matching a value on more rows than this are listed by walking the
# dates (CLAIM_SELECT_BY_DATE); rarer values through the column's index.
COMMON_ROWS = 5000


async def is_common(page, column: str, values) -> bool:
    """Do claims with ``column`` in ``values`` number at least COMMON_ROWS?"""
    marks = ", ".join("?" for _ in values)
    probe = await page.execute(
        f"select count(*) from (select 1 from claims where {column} in ({marks}) limit ?)",
        list(values) + [COMMON_ROWS],
    )
    return probe.first()[0] >= COMMON_ROWS


def published_token(claim: dict) -> list:
    return [claim["article"]["published"], claim["id"]]


def like_pattern(text: str) -> str:
    """``%text%`` for LIKE ... ESCAPE '\\', the user's own % and _ taken literally."""
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return "%" + escaped + "%"


def in_text_order(claims: list[dict]) -> list[dict]:
    """A page of claims in PUBLISHED_ORDER, each article's claims in the order its text gives them.

    Ids sort as text ("a:147-191" before "a:20-140"), so an article's claims
    read out of order; they are contiguous in that order, and only their order
    inside the page changes (take the page's ``published_token`` first).
    """
    out: list[dict] = []
    for _, group in itertools.groupby(claims, key=lambda c: c["article"]["id"]):
        out += sorted(group, key=lambda c: (c["start"] if isinstance(c["start"], int) else -1, c["id"]))
    return out


class ClaimsPage(NamedTuple):
    claims: list[dict]  # in text order (``in_text_order``)
    next: list | None  # the ``_next`` token of the page after it, None on the last page


async def claims_in_order(page, where, params, size: int, token, *, by_date: bool = False,
                          story_visible: bool = True, speaker_visible: bool = True) -> ClaimsPage:
    """One page of the claims matching ``where`` (SQL conditions joined by "and") in
    PUBLISHED_ORDER, the undated after the dated, after ``token``: read one row more
    than ``size`` to know whether another page follows.  ``by_date`` walks the
    articles' dates (CLAIM_SELECT_BY_DATE), the dated first, then the undated;
    otherwise the few claims matched are sorted in one query (``UNDATED_LAST``)."""
    if by_date:
        rows = await _dated_then_undated(page, CLAIM_SELECT_BY_DATE, where, params, size, token)
    else:
        keyset = ("1", []) if token is None else _any_keyset(token)
        rows = await _ordered(page, CLAIM_SELECT, where, params, keyset, UNDATED_LAST, size + 1)
    claims = [claim_dict(r, page.urls, story_visible, speaker_visible) for r in rows]
    nxt = None
    if len(claims) > size:
        claims = claims[:size]
        nxt = published_token(claims[-1])
    return ClaimsPage(in_text_order(claims), nxt)


# The same order in one expression, for claims found through another index
# and sorted anyway (a story's, a rarely quoted speaker's).
UNDATED_LAST = "a.published is null, a.published, c.id"
# The order a page shows them in (``in_text_order``) in one expression, for a query that
# takes the first alone: a report's claims by their place in its text, where the id, a
# text, put "r:147-191" before "r:20-140".
UNDATED_LAST_IN_TEXT = "a.published is null, a.published, c.article_id, c.start, c.id"


def _any_keyset(token) -> tuple[str, list]:
    """``published_keyset`` or ``undated_keyset`` for one query in UNDATED_LAST order."""
    dated = published_keyset(token)
    if dated is None:
        return undated_keyset(token)
    return f"(a.published is null or {dated[0]})", dated[1]


async def _dated_then_undated(page, select: str, where, params, size: int, token) -> list:
    rows: list = []
    dated = ("a.published is not null", []) if token is None else published_keyset(token)
    if dated is not None:
        rows = list(await _ordered(page, select, where, params, dated, PUBLISHED_ORDER, size + 1))
    if len(rows) <= size:
        rows += await _ordered(page, select, where, params, undated_keyset(token), UNDATED_ORDER, size + 1 - len(rows))
    return rows


async def _ordered(page, select: str, where, params, keyset: tuple, order: str, limit: int):
    cond, more = keyset
    sql = select + " where " + " and ".join([*where, cond]) + f" order by {order} limit ?"
    return await page.execute(sql, [*params, *more, limit])


def public(claim: dict) -> dict:
    """A claim dict without the private keys (leading underscore)."""
    return {k: v for k, v in claim.items() if not k.startswith("_")}


# Quotation marks a stored label may carry around the quoted claim.
_OPEN_QUOTES = '"“„«'
_CLOSE_QUOTES = '"”»'


def _unquoted(text: str) -> str:
    """``text`` without quotation marks wrapped around all of it, or left dangling at either end."""
    text = text.strip()
    while text:
        first, last = text[0] in _OPEN_QUOTES, text[-1] in _CLOSE_QUOTES
        if first and last and len(text) > 1:
            text = text[1:-1].strip()
        elif first and text.count('"') % 2 == 1 and text[0] == '"' or first and text[0] != '"' and not any(
            c in text for c in _CLOSE_QUOTES[1:]
        ):
            text = text[1:].strip()
        elif last and text.count('"') % 2 == 1 and text[-1] == '"' or last and text[-1] != '"' and not any(
            c in text for c in _OPEN_QUOTES[1:]
        ):
            text = text[:-1].strip()
        else:
            break
    return text



def _stand_in(speaker: str, speakers) -> str:
    """The speaker a title names (``stories.label_speaker``, one rule for the stored label and the title)."""
    return label_speaker(speaker, speakers, NOBODY_LABELS)


def story_title(label, reported: bool = False, speakers=()):
    """A story's label for display: ``Speaker: “claim”`` with one pair of quotes, or
    ``Speaker, reported: claim`` when its first claim is reported speech (``reported``):
    quotation marks would pass a paraphrase off as the speaker's words.

    Labels are built around a claim's text, which may already be quoted
    ("“\"bombardment of Georgian towns.\"\"" showed doubled quotes).  A speaker
    that names nobody (``stories.names_nobody``) gives way to the one other of ``speakers``
    (the story's), else is left out: the title is the words.
    """
    if not isinstance(label, str) or not label.strip():
        return label
    speaker, sep, quoted = label.partition(": ")
    if not sep or not quoted.lstrip().startswith(tuple(_OPEN_QUOTES)):
        speaker, quoted = "", label
    speaker = _stand_in(speaker, speakers)
    if not quoted.lstrip().startswith(tuple(_OPEN_QUOTES)):
        return label  # not a quotation: shown as stored
    inner = _unquoted(quoted)
    if not inner:
        return label.strip()
    if reported:
        return (speaker + ", reported: " if speaker else "") + inner
    return (speaker + ": " if speaker else "") + f"“{inner}”"


# The first claim's quote type, for a story query that wants its title right (story_dict)
FIRST_QUOTE_TYPE = "(select c1.quote_type from claims c1 where c1.id = stories.first_claim_id) as first_quote_type"
# Every page that titles a story reads it with this select (a story read without
# its first quote type would be titled as a quotation, paraphrase or not).
STORY_SELECT = f"select *, {FIRST_QUOTE_TYPE} from stories"
# Quote types whose text is not the speaker's words throughout: titled "Speaker, reported: ..."
REPORTED_SPEECH = ("indirect", "mixed", "partial")


def speaker_dict(row, urls, aliases: bool = False) -> dict:
    """A speaker row as the pages show it (with its aliases on the speaker's own page)."""
    out = {"id": row["id"], "url": urls.speaker(row["id"]), "name": row["name"], "kind": row["kind"],
           "role": row["role"]}
    if aliases:
        out["aliases"] = json_list(row["aliases"])
    out["claim_count"] = row["claim_count"]
    return out


def named_speakers(speakers) -> list:
    """A story's speakers as its pages list them: the people named, without the words that name
    nobody ("she", "Anonymous source": ``stories.names_nobody``) when anyone is named.  Matching
    stores each report's wording when its pronoun was not resolved, and the stories list said
    "Olwen Brackley, she" for one person; a story quoted by pronoun alone keeps it."""
    named = [s for s in speakers if not names_nobody(s, NOBODY_LABELS)]
    return named or list(speakers)


def story_dict(row, urls) -> dict:
    r = dict(row)
    return {
        "id": r["id"],
        "url": urls.story(r["id"]),
        "label": r["label"],
        "title": story_title(r["label"], r.get("first_quote_type") in REPORTED_SPEECH, json_list(r.get("speakers"))),
        "first_claim_id": r.get("first_claim_id"),
        "first_claim_url": urls.claim(r.get("first_claim_id")),
        "first_article_id": r.get("first_article_id"),
        "first_published": r.get("first_published"),
        "first_outlet": r.get("first_outlet"),
        "claim_count": r.get("claim_count"),
        "report_count": r.get("report_count"),
        "outlet_count": r.get("outlet_count"),
        "speakers": named_speakers(json_list(r.get("speakers"))),
        "has_drift": bool(r.get("has_drift")),
    }


async def live_verdicts(page, alias: str = "verdicts") -> str:
    """`` and <the verdict was not withdrawn>``, for a page's query of ``alias`` (nothing
    when no verdict can have been: a database made before withdrawals)."""
    if not await page.can_view("verdict_withdrawals"):
        return ""
    return f" and not exists (select 1 from verdict_withdrawals w where w.verdict_id = {alias}.id)"


class StatementVerdict(NamedTuple):
    """A statement's current verdict as one of its claims reads it (``statement_verdicts``): the
    rating, who gave it and when (the claim page's "said before" names them), and where it was
    recorded (``on``: "claim", the claim's own; "story", its story's; "report", another report's
    of its story), with the claim it is on (``claim_id``: this one or that other report; None for
    the story's)."""

    rating: str
    on: str
    claim_id: str | None
    reviewer: str | None
    created: str | None

    @property
    def report(self) -> str | None:
        """The other report whose verdict rates this claim's statement (None: its own, or its story's)."""
        return self.claim_id if self.on == "report" else None


async def statement_verdicts(page, rows) -> dict[str, StatementVerdict]:
    """Each claim's current verdict as its statement's, keyed by claim id: its own latest (not
    withdrawn), else its story's, else the latest on another report of its story (a verdict on
    one report checks them all: ``statuses``; the queue's ``SAID_AGAIN`` counts the same).
    ``rows``: dicts or rows with ``id`` and ``story_id``.  To an actor who may not read
    ``stories`` a claim has no story here, whatever the rows hold (the queue and "said before"
    pass stored rows): it reads the claim's own verdict alone, and no verdict reaches it
    through a story the actor may not see.  Empty when the actor may not read verdicts.  The
    one reader of a statement's verdict for every page: the queue, search, the stories list
    and timeline, the speaker and claim pages, "said before / said again"."""
    rows = [(r["id"], r["story_id"]) for r in rows]
    if not rows or not await page.can_view("verdicts"):
        return {}
    if not await page.can_view("stories"):
        rows = [(claim_id, None) for claim_id, _ in rows]
    live, stories = await live_verdicts(page, "v"), sorted({s for _, s in rows if s})
    own = await _own_verdicts(page, [i for i, _ in rows], stories, live)
    reports = await _report_verdicts(page, stories, live)
    found = {}
    for claim_id, story_id in rows:
        verdict = own.get(("claim", claim_id)) or own.get(("story", story_id)) or reports.get(story_id)
        if verdict is not None:
            found[claim_id] = verdict
    return found


async def statement_ratings(page, rows) -> dict[str, str]:
    """``statement_verdicts``' ratings alone: the queue, the search, the stories list and the
    claim page's similar claims show it beside each claim."""
    return {claim_id: found.rating for claim_id, found in (await statement_verdicts(page, rows)).items()}


async def rated_stories(page, stories: list[dict]) -> list[dict]:
    """Story dicts (``story_dict``) with their statement's rating (``verdict``), read
    through their first report as the queue and the search show it."""
    ratings = await statement_ratings(page, [{"id": s["first_claim_id"], "story_id": s["id"]} for s in stories])
    return [dict(s, verdict=ratings.get(s["first_claim_id"])) for s in stories]


async def _own_verdicts(page, claim_ids: list[str], story_ids: list[str], live: str) -> dict[tuple, StatementVerdict]:
    """The current verdict of each claim and story named, keyed ("claim"|"story", id)."""
    marks = ", ".join("?" for _ in claim_ids)
    story_marks = ", ".join("?" for _ in story_ids) or "null"
    found = await page.execute(
        f"select v.claim_id, v.story_id, v.rating, v.reviewer, v.created from verdicts v "
        f"where (v.claim_id in ({marks}) or v.story_id in ({story_marks})){live} order by v.created, v.id",
        list(claim_ids) + story_ids)
    out = {}
    for v in found:  # oldest first, as records.current_verdict orders them: the latest is left
        key = ("claim", v["claim_id"]) if v["claim_id"] else ("story", v["story_id"])
        out[key] = StatementVerdict(v["rating"], key[0], v["claim_id"], v["reviewer"], v["created"])
    return out


async def _report_verdicts(page, story_ids: list[str], live: str) -> dict[str, StatementVerdict]:
    """The current verdict of a report of each story (its latest), keyed by story: a story's
    row stands for the statement, whichever of its reports was rated.  (A claim with a verdict
    of its own reads that first, so the latest report's is always another report's.)"""
    if not story_ids:
        return {}
    marks = ", ".join("?" for _ in story_ids)
    found = await page.execute(
        f"select m.story_id, m.id, v.rating, v.reviewer, v.created from claims m join verdicts v on v.claim_id = m.id "
        f"where m.story_id in ({marks}){live} order by v.created, v.id", story_ids)
    return {v["story_id"]: StatementVerdict(v["rating"], "report", v["id"], v["reviewer"], v["created"])
            for v in found}  # oldest first: the latest is left


async def contradicted(page, claim_ids: list[str]) -> set[str]:
    """The claims among ``claim_ids`` that another report says otherwise (an end of a ``conflict``
    link: a figure, a negation or a denial changed); empty when the actor may not read
    ``claim_matches``.  The speaker page marks them, as the queue's signal and the claim page do."""
    return await linked(page, claim_ids, "conflict")


async def linked(page, claim_ids: list[str], kind: str) -> set[str]:
    """The claims among ``claim_ids`` at an end of a ``kind`` link (``conflict``, ``drift``: the
    queue's signals, ``OWN_LINK``); empty when the actor may not read ``claim_matches``."""
    return await claims_where(page, claim_ids, "claim_matches", OWN_LINK.format(kind=kind))


async def claims_where(page, claim_ids: list[str], table: str, condition: str) -> set[str]:
    """The claims among ``claim_ids`` (``c``) for which ``condition`` on ``table``
    holds; empty when the actor may not read ``table``."""
    if not claim_ids or not await page.can_view(table):
        return set()
    found = set()
    for chunk in in_lists(claim_ids):
        rows = await page.execute(f"select c.id from claims c where c.id in ({', '.join('?' for _ in chunk)}) "
                                  f"and {condition}", chunk)
        found.update(r["id"] for r in rows)
    return found


async def fetch_claims(page, ids) -> dict:
    """Claims by id (one trip to the database), as dicts keyed by id."""
    ids = [i for i in dict.fromkeys(ids) if i is not None]
    if not ids:
        return {}
    return claim_dicts(page, await page.run(lambda query: claim_rows(query, ids)))


def claim_rows(query, ids) -> list:
    """The ``CLAIM_SELECT`` rows of claims ``ids`` (``Page.run``'s ``query``), 500 ids a statement."""
    ids = [i for i in dict.fromkeys(ids) if i is not None]
    rows = []
    for chunk in in_lists(ids):
        rows += query(CLAIM_SELECT + f" where c.id in ({', '.join('?' for _ in chunk)})", chunk)
    return rows


def claim_dicts(page, rows) -> dict:
    """``claim_rows`` as claim dicts keyed by id, with the links this actor may follow."""
    story_visible, speaker_visible = page.access.can_view("stories"), page.access.can_view("speakers")
    return {row["id"]: claim_dict(row, page.urls, story_visible, speaker_visible) for row in rows}


# ---- text ----------------------------------------------------------------------

def segments(text: str, lo: int, hi: int, marks) -> list[dict]:
    """Split ``text[lo:hi]`` into plain and marked pieces.

    ``marks`` is a list of dicts with ``start``, ``end`` and anything else
    (``kind``, ``href``...), in priority order: a mark overlapping one kept
    before it is dropped, so the pieces never nest.
    """
    kept = []
    for m in marks:
        s, e = m.get("start"), m.get("end")
        if s is None or e is None or not (lo <= s < e <= hi):
            continue
        if any(s < k["end"] and k["start"] < e for k in kept):
            continue
        kept.append(m)
    kept.sort(key=lambda m: m["start"])
    out = []
    pos = lo
    for m in kept:
        if m["start"] > pos:
            out.append({"text": text[pos : m["start"]]})
        piece = {k: v for k, v in m.items() if k not in ("start", "end")}
        piece["text"] = text[m["start"] : m["end"]]
        out.append(piece)
        pos = m["end"]
    if pos < hi:
        out.append({"text": text[pos:hi]})
    return out


def context_bounds(text: str, paragraphs_json, start: int, end: int, window: int = 400) -> tuple[int, int]:
    """The paragraph holding the span, or a window snapped to sentence ends."""
    for para in json_list(paragraphs_json):
        if isinstance(para, list) and len(para) == 2 and para[0] <= start and end <= para[1]:
            lo, hi = para
            if hi - lo <= 3 * window:
                return lo, hi
            break
    lo = max(0, start - window)
    hi = min(len(text), end + window)
    # Snap to a sentence start/end (or a line break) inside the window.
    before = text[lo:start]
    cut = max(before.rfind(". "), before.rfind("\n"), before.rfind("? "), before.rfind("! "))
    if cut != -1:
        lo = lo + cut + 1
    after = text[end:hi]
    m = re.search(r"[.!?](\s|$)|\n", after)
    if m:
        hi = end + m.end()
    while lo < start and text[lo].isspace():
        lo += 1
    return lo, hi
