"""``/<db>/-/claims/queue``: claims ranked by what a desk checks first, each with its reasons.

The order is one SQL expression built from ``factchecks/checkworthy.py``'s
weights (``queue_scores.SCORE``), so the ranking and the reasons shown beside
each claim cannot disagree.  It is computed only for the claims at the top of
``claim_scores``' index of upper bounds (of its speaker or outlet index when
the queue is filtered by one), widening until no claim further down can come
before the page's last row (``queue_scores``); databases made before that
table are scored in full.  Signals that live in tables the actor may not read (stories,
verdicts, alerts, matches, speakers, the status history) are left out of both
the score and the page, never errored on.
"""

from __future__ import annotations

from typing import NamedTuple

from datasette.utils.asgi import BadRequest

from .. import queue_scores
from ..factchecks import checkworthy
from ..factchecks.checkworthy import SIGNALS
from ..queue_scores import OWN_LINK, PUBLIC_FIGURE, SAID_AGAIN, SCORE
from .data import SOURCING_LABELS, live_verdicts, statement_ratings
from .statuses import status_columns

STATUSES = ("new", "assigned", "in_progress", "published", "dismissed")
OPEN_STATUSES = ("new", "assigned", "in_progress")
FIRST_CANDIDATES = 400
WIDEN = 8
# The ranked part of the queue: a page scores at most this many candidates, the
# claims of highest bound (of the speaker or outlet filtered by).  Past them the
# queue says its ranked part ended rather than scoring every claim (0.37 s of CPU
# on Wikinews, past Datasette's time limit at a million claims).
RANKED = 10_000
# A filter (speaker, outlet, dates) matching fewer claims than this is scored in
# full: cheaper than widening the candidates until enough of them pass it.
FEW = 5000
# Every claim, for the queue scored in full.
EVERY_CLAIM = "claims c join articles a on a.id = c.article_id"
# The claims with a status row of their own or of their story: the only ones a reviewed
# status ("published", "dismissed", ...) or an assignee can select (any other is "new").
# (A status row of any report of the story counts too: ``statuses``.)
REVIEWED_CLAIMS = """(select * from claims where rowid in (
    select c2.rowid from claim_status st join claims c2 on c2.id = st.claim_id
    union select c3.rowid from claim_status st join claims c3 on c3.story_id = st.story_id
    union select c5.rowid from claim_status st join claims c4 on c4.id = st.claim_id
      join claims c5 on c5.story_id = c4.story_id
  )) c join articles a on a.id = c.article_id"""
REVIEWED_STATUSES = ("assigned", "in_progress", "published", "dismissed")


async def _columns(page) -> tuple[list[str], list[str]]:
    """The signal columns and joins this actor's view of the database allows."""
    cols, joins = [], []
    if await page.can_view("stories"):
        joins.append("left join stories s on s.id = c.story_id")
        cols += ["coalesce(s.outlet_count, 0) as outlets", "coalesce(s.report_count, 0) as reports"]
    else:
        cols += ["0 as outlets", "0 as reports"]
    if await page.can_view("claim_matches"):
        cols += [f"{OWN_LINK.format(kind='drift')} as drift", f"{OWN_LINK.format(kind='conflict')} as conflict"]
    else:
        cols += ["0 as drift", "0 as conflict"]
    cols.append(await _unchecked_column(page, joins))
    if await page.can_view_all("claim_alerts", "factchecks"):  # (an alert copies its fact-check)
        cols.append("exists(select 1 from claim_alerts al where al.claim_id = c.id "
                    "and al.kind = 'factcheck') as factcheck")
    else:
        cols.append("0 as factcheck")
    if await page.can_view("speakers"):
        joins.append("left join speakers sp on sp.id = c.speaker_id")
        cols.append(f"{PUBLIC_FIGURE} as public_figure")
    else:
        cols.append("0 as public_figure")
    cols.append(await _said_again_column(page))
    cols += await status_columns(page, joins)
    return cols, joins


# The tables "said again, rated before" reads (``SAID_AGAIN``: a repeat, its earlier end's
# verdicts in force, and those of that claim's story and of the story's other reports).
SAID_AGAIN_TABLES = ("claim_repeats", "verdicts", "verdict_withdrawals", "stories")


async def _said_again_column(page) -> str:
    """``said_again``: the speaker's like words on an earlier occasion were rated (``SAID_AGAIN``).
    0 to an actor who may not read ``claim_repeats`` or ``verdicts`` (nor ``verdict_withdrawals``,
    which hides the verdicts too, ``access.QUALIFIED_BY``: the stored bound counts only verdicts
    in force, and to such an actor a withdrawn one would read as current, above the bound), nor
    ``stories`` (the signal reads the earlier claim's story's verdicts and its other reports')."""
    if not await page.can_view_all(*SAID_AGAIN_TABLES):
        return "0 as said_again"
    return f"{SAID_AGAIN.format(live=await live_verdicts(page, 'sv'))} as said_again"


# A verdict on any report of a story checks the statement: the reports' verdicts, grouped by
# story once per query (verdicts are a desk's work: few beside the claims), not looked up
# claim by claim.  (The status: ``statuses``, one place for the queue and every page.)
REPORT_VERDICTS = ("left join (select m.story_id from verdicts v cross join claims m on m.id = v.claim_id "
                   "where m.story_id is not null{live} group by m.story_id) rv on rv.story_id = c.story_id")


async def _unchecked_column(page, joins: list[str]) -> str:
    """``unchecked``: no current verdict on the claim or its story, nor on another report of
    its story (``REPORT_VERDICTS``); null to an actor who may not read ``verdicts``.  To an
    actor who may not read ``stories``, the claim's own verdicts alone (as ``statement_verdicts``
    reads its rating for them): a verdict reaching it through its story would tell of the story."""
    if not await page.can_view("verdicts"):
        return "null as unchecked"
    live = await live_verdicts(page, "v")
    if not await page.can_view("stories"):
        return f"not exists(select 1 from verdicts v where v.claim_id = c.id{live}) as unchecked"
    # Two lookups, each on its own index, not one "claim_id = ? or story_id = ?": with
    # ANALYZE statistics (a story_id index of mostly nulls) SQLite scanned every verdict
    # for each candidate row instead (bench_queue, 50,000 claims: 93 -> 25 ms CPU).
    own = (f"not exists(select 1 from verdicts v where v.claim_id = c.id{live}) and (c.story_id is null "
           f"or not exists(select 1 from verdicts v where v.story_id = c.story_id{live}))")
    joins.append(REPORT_VERDICTS.format(live=live))
    return f"({own} and rv.story_id is null) as unchecked"


class Filters(NamedTuple):
    """The queue's filters: as shown, and as SQL conditions with their params."""
    shown: dict
    inner: list[str]  # on the claims (c) and articles (a), before scoring
    iparams: list
    outer: list[str]  # on the scored rows (status, assignee)
    oparams: list


def _filters(page) -> Filters:
    status = page.arg("status", max_length=20)
    if status is not None and status not in STATUSES + ("all",):
        raise BadRequest(f"status must be one of: {', '.join(STATUSES)}, all")
    said_again = page.arg("said_again", max_length=5)
    if said_again not in (None, "", "0", "1"):
        raise BadRequest("said_again must be 1 (or 0)")
    f = {"status": status, "assignee": page.arg("assignee", max_length=200), **page.place_and_time_args(),
         "said_again": said_again == "1"}
    inner, iparams, outer, oparams = [], [], [], []
    if f["speaker"]:
        inner.append("(c.speaker_id = ? or c.speaker = ?)")
        iparams += [f["speaker"], f["speaker"]]
    if f["outlet"]:
        inner.append("a.outlet = ?")
        iparams.append(f["outlet"])
    if f["since"]:
        inner.append("coalesce(c.said_on, a.published) >= ?")
        iparams.append(f["since"])
    if f["until"]:
        inner.append("substr(coalesce(c.said_on, a.published), 1, ?) <= ?")
        iparams += [len(f["until"]), f["until"]]
    if status is None:
        outer.append(f"status in ({', '.join('?' for _ in OPEN_STATUSES)})")
        oparams += list(OPEN_STATUSES)
    elif status != "all":
        outer.append("status = ?")
        oparams.append(status)
    if f["assignee"]:
        outer.append("assignee = ?")
        oparams.append(f["assignee"])
    if f["said_again"]:
        outer.append("said_again != 0")
    return Filters(f, inner, iparams, outer, oparams)


# One row per story (its best by the queue's order), unless every report is asked for:
# a story told by many outlets would otherwise fill the top of the queue.  Ranked
# after the status filters (a report reopened alone is its story's open row) and
# before the page's token (a story shown on an earlier page stays there).  Among its
# reports of the same score the first published stands for the story (an undated one
# last), then the lowest id: a wire story's row is the agency's report, not whichever
# copy was loaded first.  The pages' keyset stays (score, id): each story's row is a
# function of the whole story (``queue_scores.candidates`` reads the reports that can
# tie), so its place in that order does not depend on the page.
STORY_RANK = ("row_number() over (partition by coalesce(story_id, id) "
              "order by score desc, published is null, published, id)")


def _after(token: tuple[float, str] | None) -> tuple[str, list]:
    """The condition (and params) for the rows after the page's token."""
    if token is None:
        return "", []
    return " and (score < ? or (score = ? and id > ?))", [token[0], token[0], token[1]]


async def _more_reports(page, claims: list[dict], rows: list[dict]) -> None:
    """Each story's row says how many more reports of it there are (``more_reports``): the
    other articles holding its claims, counted from ``claims``.  (It counted the story's other
    claims: a report quoting the statement twice made "and 5 more reports" of a story its page
    says has 4.)  Only for an actor who may see stories: the rest get a row per report."""
    stories = sorted({r["story_id"] for r in rows if r["story_id"]})
    counts = {}
    if stories:
        marks = ", ".join("?" for _ in stories)
        counts = {r["story_id"]: r["n"] for r in await page.execute(
            f"select story_id, count(distinct article_id) as n from claims where story_id in ({marks}) "
            "group by story_id", stories)}
    for claim, r in zip(claims, rows):
        claim["more_reports"] = max(counts.get(r["story_id"], 1) - 1, 0) if r["story_id"] else 0


def _token(page) -> tuple[float, str] | None:
    token = page.next_token()
    if token is None:
        return None
    if len(token) != 2 or not isinstance(token[0], (int, float)) or isinstance(token[0], bool) \
            or abs(token[0]) > 1e6 or not isinstance(token[1], str):
        raise BadRequest("_next is not a valid pagination token")
    return float(token[0]), token[1]


async def queue_page(page):
    await page.resolve(tables=("articles", "claims"))
    filters = _filters(page)
    key = await _index_key(page, filters)
    size = page.size(default=50)
    every_report = page.arg("reports", max_length=10) == "all"
    filters.shown["reports"] = "all" if every_report else None
    # One row per story only for an actor who may see stories: to the rest a claim has no
    # story (no link, no count of its other reports), and its reports are rows of their own.
    every_report = every_report or not await page.can_view("stories")
    token = _token(page)
    last, lparams = _after(token)
    cols, joins = await _columns(page)
    sql = _queue_sql(cols, joins, every_report, filters.outer, last)
    params = filters.iparams + filters.oparams + lparams + [size + 1]
    if filters.shown["said_again"]:
        ranked = Ranked(await _said_again_rows(page, sql, filters.inner, params))
    elif filters.shown["status"] in REVIEWED_STATUSES or filters.shown["assignee"]:
        ranked = Ranked(await _reviewed(page, sql, filters.inner, params))
    else:
        ranked = await _ranked(page, sql, filters.inner, params, size, key, token, siblings=not every_report)
    rows = ranked.rows[:size]
    claims = await _queue_claims(page, rows, every_report)
    next_token, next_url = page.next_url([rows[-1]["score"], rows[-1]["id"]] if len(ranked.rows) > size else None)
    data = {
        "filters": filters.shown,
        "statuses": list(STATUSES),
        "signals": [{"signal": s.key, "weight": s.weight, "reason": s.reason} for s in SIGNALS.values()],
        "claims": claims,
        "next": next_token,
        "next_url": next_url,
        # the ranked part ended on this page: how many claims it holds (None: it did not)
        "ranked_end": RANKED if ranked.ended else None,
    }
    return "claims_queue.html", data


async def _index_key(page, filters: Filters) -> queue_scores.Key | None:
    """The bound index the queue walks: the outlet's or the speaker's, when filtered by one."""
    key = queue_scores.Key("outlet", filters.shown["outlet"]) if filters.shown["outlet"] else None
    ident = filters.shown["speaker"] and await _known_speaker(page, filters.shown["speaker"])
    if ident:
        # a speaker's id: the indexed column alone (the name is matched otherwise);
        # the speaker's is the first condition, with the first two params
        filters.inner[0] = "c.speaker_id = ?"
        filters.iparams[0:2] = [ident]
        key = queue_scores.Key("speaker_id", ident)
    return key


def _queue_sql(cols: list[str], joins: list[str], every_report: bool, outer: list[str], last: str) -> str:
    """The queue's query, with ``{text_score}``, ``{source}`` and ``{where}`` left to fill."""
    # (the rows are materialized: under the window function SQLite would otherwise
    # compute each row's text score, a Python function, once per reference to it)
    return f"""
    with signals as materialized (
      select c.id, c.content, c.speaker, c.speaker_id, c.sourcing, c.quote_type, c.stance, c.story_id,
        coalesce(c.said_on, a.published) as day, a.published, a.outlet, a.id as article_id,
        {{text_score}} as text_score, {', '.join(cols)}
      from {{source}} {' '.join(joins)}
      {{where}}
    )
    select * from (
      select *, {'1' if every_report else STORY_RANK} as rank_in_story from (
        select *, round({SCORE}, 2) as score from signals
      ) {'where ' + ' and '.join(outer) if outer else ''}
    ) where rank_in_story = 1{last}
    order by score desc, id limit ?
    """


async def _queue_claims(page, rows: list[dict], every_report: bool) -> list[dict]:
    """The page's claims with their links, other reports and current verdict."""
    links = {"speakers": await page.can_view("speakers"), "stories": await page.can_view("stories")}
    claims = [_claim(page, r, links) for r in rows]
    if not every_report:
        await _more_reports(page, claims, rows)
    ratings = await statement_ratings(page, rows)
    for claim in claims:
        claim["verdict"] = ratings.get(claim["id"])
    return claims


class Ranked(NamedTuple):
    """A page's rows (up to size + 1), and whether the ranked part of the queue ended
    before the page could be filled (no next page then: ``RANKED``)."""
    rows: list[dict]
    ended: bool = False


async def _ranked(page, sql: str, inner: list[str], params: list, size: int,
                  key: queue_scores.Key | None, token: tuple[float, str] | None = None,
                  siblings: bool = True) -> Ranked:
    """The queue's rows: scored for the top of the bound index (of the speaker's or
    outlet's, for ``key``; for a later page, from its ``token``'s place: ``_start``),
    widened until exact (``queue_scores.exact``) or ``RANKED`` candidates deep, where
    the ranked part ends with the rows proven so far; every claim on a database
    without the index.  ``siblings``: a later page also scores the other reports of its
    candidates' stories (``queue_scores.candidates``), needed only when one row stands for a story."""
    async def run(text_score: str, source: str = EVERY_CLAIM, more: tuple = ()) -> list[dict]:
        q = sql.format(where="where " + " and ".join(inner) if inner else "", text_score=text_score, source=source)
        return [dict(r) for r in await page.execute(q, [*more, *params])]

    stored = "(select text_score from claim_scores cs where cs.claim_id = c.id)"
    if not await page.can_view("claim_scores"):
        return Ranked(await run("claims_checkworthy(c.content)"))
    slack, candidate_text = 0.0, "k.text_score"
    if not await page.read(queue_scores.current):
        # bounds and text scores stored before the signals changed (``queue_scores.STALE_SLACK``)
        slack, stored = queue_scores.STALE_SLACK, "null"
        candidate_text = "claims_checkworthy(c.content)"
    if key is not None and not await page.read(queue_scores.has_keys):
        key = None  # a database from before the keys: the whole top, widened
    # a key alone: its index serves the order; with more filters, a narrow mix is scored in full
    if (key is not None and len(inner) == 1) or not await _few(page, inner, params):
        # an actor who sees every signal, over current bounds, scores each claim its bound
        # less what a verdict took, the same for every report of a statement
        shared_shift = slack == 0 and await _every_signal(page)
        start = await _start(page, key, token, keyset=shared_shift)
        if start.ended:
            return Ranked([], ended=True)  # every row after the token is past the ranked part
        limit = start.limit
        while True:
            cut = await page.read(lambda conn: queue_scores.candidates(conn, limit, key, start.after, siblings,
                                                                       shared_shift))
            if cut is None:
                break
            # the candidates drive the join (CROSS JOIN fixes SQLite's loop order:
            # left to itself it would walk every claim of the filtered speaker or outlet)
            rows = await run(candidate_text, f"({cut.sql}) k cross join claims c on c.id = k.claim_id "
                             "cross join articles a on a.id = c.article_id", cut.params)
            if queue_scores.exact(rows, size, cut.bound, slack):
                return Ranked(rows)
            if limit >= start.most:
                return Ranked(queue_scores.proven(rows, cut.bound, slack), ended=True)
            limit = min(limit * WIDEN, start.most)
    # Every claim the filters leave: the stored text scores (the same function of
    # the text), computed here only for a claim not scored yet.
    return Ranked(await run(f"coalesce({stored}, claims_checkworthy(c.content))"))


class Start(NamedTuple):
    """Where a page's candidates start: how many first (``limit``), at most how many
    (``most``: the ranked part's end), after which place in the index (``after``: the
    page's token, for ``queue_scores.candidates``; None: from the top)."""
    limit: int
    most: int
    after: tuple[float, str] | None = None
    ended: bool = False  # the token is past the ranked part: no candidates


async def _start(page, key: queue_scores.Key | None, token: tuple[float, str] | None, keyset: bool) -> Start:
    """The first page starts at the top of the index.  A later page, for an actor who sees
    every signal (``keyset``), starts at its token's place in the index: before it, only
    claims a verdict scored below their bound (and the other reports of a story) can come
    after the token, so the page scores a few hundred candidates however many claims tie
    at the token's score (at a million claims, thousands: 153-187 ms a page when each
    was scored again).  Otherwise it scores every claim whose bound reaches the token's
    score (``queue_scores.depth``): any may have scored below it."""
    if token is None:
        return Start(FIRST_CANDIDATES, RANKED)
    if keyset:
        before = await page.read(lambda conn: queue_scores.ahead(conn, token, key, most=RANKED))
        most = RANKED - before  # the ranked part is the first RANKED claims of the index
        return Start(min(FIRST_CANDIDATES, max(most, 1)), most, token, ended=most <= 0)
    deeper = await page.read(lambda conn: queue_scores.depth(conn, token[0], key, most=RANKED))
    return Start(min(FIRST_CANDIDATES + deeper, RANKED), RANKED, ended=deeper > RANKED)


async def _every_signal(page) -> bool:
    """Does the actor see every table a signal comes from (``_columns``), so that a claim's
    score is its stored bound unless a verdict lowered it?"""
    return await page.can_view_all("stories", "claim_matches", "verdicts", "claim_alerts", "factchecks", "speakers",
                                    "claim_repeats")


async def _reviewed(page, sql: str, inner: list[str], params: list) -> list[dict]:
    """The queue filtered to a reviewed status or an assignee: only the claims with a status
    row can pass, so only they are scored (the candidates of the bound index would widen
    to every claim before finding the page empty: 1.4 to 1.8 s on Wikinews).  None when
    the actor may not read the statuses: every claim is then "new" to them."""
    if not await page.can_view("claim_status"):
        return []
    q = sql.format(where="where " + " and ".join(inner) if inner else "",
                   text_score="claims_checkworthy(c.content)", source=REVIEWED_CLAIMS)
    return [dict(r) for r in await page.execute(q, params)]


# The claims "said again, rated before" can select (``?said_again=1``): the later ends of the
# repeats of a claim with a verdict, of a story's claims with one on the story, and of every
# report of a story with one on a report.  Read from the verdicts' side (a desk's verdicts
# are few beside the claims); withdrawn ones are left to the queue's own column to drop.
SAID_AGAIN_CLAIMS = """(select * from claims where id in (
    select rp.claim_b from verdicts v cross join claim_repeats rp on rp.claim_a = v.claim_id
    union select rp.claim_b from verdicts v cross join claims sm on sm.story_id = v.story_id
      cross join claim_repeats rp on rp.claim_a = sm.id
    union select rp.claim_b from verdicts v cross join claims so on so.id = v.claim_id
      cross join claims sm on sm.story_id = so.story_id cross join claim_repeats rp on rp.claim_a = sm.id
  )) c join articles a on a.id = c.article_id"""


async def _said_again_rows(page, sql: str, inner: list[str], params: list) -> list[dict]:
    """The queue filtered to claims said again after a rated statement (``?said_again=1``):
    only the later ends of a rated statement's repeats can pass, so only they are scored, in
    full, as for a reviewed status (the bound index would widen towards every claim to find
    the few).  None when the actor may not read what the signal comes from (``_said_again_column``)."""
    if not await page.can_view_all(*SAID_AGAIN_TABLES):
        return []
    q = sql.format(where="where " + " and ".join(inner) if inner else "",
                   text_score="claims_checkworthy(c.content)", source=SAID_AGAIN_CLAIMS)
    return [dict(r) for r in await page.execute(q, params)]


async def _known_speaker(page, value: str) -> str | None:
    """The speaker ``value`` names: its id, or the one speaker with claims of that name.
    (By name the queue matched only claims whose text says it word for word: "Barack
    Obama" left out his claims quoted as "Obama" that his page and the search count.)"""
    if not await page.can_view("speakers"):
        return None
    if (await page.execute("select 1 from speakers where id = ?", [value])).first() is not None:
        return value
    rows = await page.execute("select id from speakers where name = ? and coalesce(claim_count, 0) > 0 limit 2",
                              [value])
    return rows.rows[0][0] if len(rows.rows) == 1 else None


async def _few(page, inner: list[str], params: list) -> bool:
    """Do the filters leave fewer than FEW claims?  (Counting stops at FEW.)"""
    if not inner:
        return False
    n_params = sum(cond.count("?") for cond in inner)
    rows = await page.execute(
        f"select count(*) as n from (select 1 from claims c join articles a on a.id = c.article_id "
        f"where {' and '.join(inner)} limit {FEW})", params[:n_params])
    return rows.first()["n"] < FEW


def _claim(page, r: dict, links: dict) -> dict:
    score, reasons = checkworthy.explain({**r, "checked": None if r["unchecked"] is None else 1 - r["unchecked"]})
    return {
        "id": r["id"],
        "url": page.urls.claim(r["id"]),
        "content": r["content"],
        "speaker": r["speaker"],
        "speaker_url": page.urls.speaker(r["speaker_id"]) if links["speakers"] else None,
        "sourcing": r["sourcing"],
        "sourcing_label": SOURCING_LABELS.get(r["sourcing"], r["sourcing"]),
        # a denial or a question of the words (the pages' "denies this" / "asks this"):
        # read as an assertion, it would be checked as one
        "stance": r["stance"],
        "outlet": r["outlet"],
        "date": r["day"],  # the day said, else the report's day (the From / To filters' date)
        "published": r["published"],
        "story_url": page.urls.story(r["story_id"]) if links["stories"] else None,
        "status": r["status"],
        "assignee": r["assignee"],
        "score": score,
        "reasons": reasons,
        "more_reports": None,  # one row per story: how many other reports (articles) hold it
    }
