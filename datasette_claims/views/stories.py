"""``/<db>/-/claims/stories`` and ``/<db>/-/claims/story/<id>``."""

from __future__ import annotations

import json
from typing import NamedTuple

from datasette.utils.asgi import BadRequest, NotFound, Response

from .. import charts
from ..factchecks.records import linked_claims
from ..matching.similarity import quoted_parts
from ..text import quoted_diff

from .base import decode_id
from .data import (
    STORY_SELECT,
    UNDATED_LAST_IN_TEXT,
    claims_in_order,
    fetch_claims,
    has_changes,
    public,
    rated_stories,
    statement_verdicts,
    story_dict,
    word_diff,
)
from .review import story_review_panel
from .statuses import story_status
from .verdict_hook import verdict_panel

MAX_CHART = 500

SORTS = {
    # name: (order by, keyset condition, columns for the token)
    "reports": (
        "coalesce(report_count, 0) desc, id",
        "(coalesce(report_count, 0) < ? or (coalesce(report_count, 0) = ? and id > ?))",
        "report_count",
    ),
    "latest": (
        "coalesce(first_published, '') desc, id",
        "(coalesce(first_published, '') < ? or (coalesce(first_published, '') = ? and id > ?))",
        "first_published",
    ),
}


async def stories_page(page):
    sort = page.arg("_sort", "reports", max_length=20)
    if sort not in SORTS:
        raise BadRequest("_sort must be one of: " + ", ".join(SORTS))
    order, keyset, column = SORTS[sort]
    drift_only = page.arg("drift", max_length=5)
    if drift_only not in (None, "0", "1"):
        raise BadRequest("drift must be 0 or 1")
    size = page.size()
    token = page.sorted_token(int if sort == "reports" else str)
    where, params = [], []
    if drift_only == "1":
        where.append("has_drift = 1")
    if token is not None:
        where.append(keyset)
        params += [token[0], token[0], token[1]]
    sql = STORY_SELECT + (" where " + " and ".join(where) if where else "") + f" order by {order} limit ?"
    rows = await page.execute(sql, params + [size + 1])
    stories = [story_dict(r, page.urls) for r in rows]
    nxt = None
    if len(stories) > size:
        stories = stories[:size]
        last = stories[-1]
        nxt = [last[column] or (0 if sort == "reports" else ""), last["id"]]
    stories = await rated_stories(page, stories)
    next_token, next_url = page.next_url(nxt)
    data = {"sort": sort, "drift": drift_only == "1", "stories": stories, "next": next_token, "next_url": next_url}
    extra = {"sorts": list(SORTS)}
    return "claims_stories.html", data, extra


async def story_page(page):
    story_id = decode_id(page.request.url_vars["id"])
    row = (await page.execute(STORY_SELECT + " where id = ?", [story_id])).first()
    if row is None:
        return await _moved(page, story_id)
    story = story_dict(row, page.urls)
    token = page.next_token()
    found = await claims_in_order(page, ["c.story_id = ?"], [story_id], page.size(default=100), token,
                                  speaker_visible=await page.can_view("speakers"))
    first = await _first_appearance(page, story["first_claim_id"], found.claims if token is None else [])
    base = await _first_quotation(page, story_id, first)
    appearances = await _appearances(page, story_id, story["first_claim_id"] or (first or {}).get("id"))
    timeline = await _rated_timeline(page, _first_heads_its_day(found.claims, first, story["first_published"]),
                                     Anchors(first, base))
    _mark_drift(timeline, appearances)
    outlets = await _outlets(page, story_id)
    panel = await verdict_panel(page, story_id=story_id)
    chart = charts.story_timeline(appearances)
    review = await story_review_panel(page, story_id)
    next_token, next_url = page.next_url(found.next)
    conflicts = await _conflicts(page, story_id)
    ties = await _same_day(page, story_id, first, story.get("first_published"))
    data = {
        "story": story,
        "corrections": review["corrections"],
        "conflicts": conflicts,
        "chart": chart.as_json(),
        "first_appearance": public(first) if first else None,
        "first_same_day": ties,
        "first_undated": await _undated(page, story_id, first),
        "timeline": timeline,
        "diff_from": _diff_from(first, base),
        "outlets": [dict(r) for r in outlets],
        "claims_table_url": page.urls.claims_table(story_id=story_id),
        "claims_csv_url": page.urls.claims_table("csv", story_id=story_id),
        "verdicts": panel["json"],
        "review_status": await story_status(page, story_id),
        "next": next_token,
        "next_url": next_url,
    }
    context = {"verdict_panel": panel["context"], "story_chart": chart, "review": review}
    return "claims_story.html", data, context


class Anchors(NamedTuple):
    """What the timeline marks ``first`` (the first appearance) and diffs each wording from
    (``base``: the first appearance, or its first quotation when it is reported speech)."""

    first: dict | None
    base: dict | None


async def _first_quotation(page, story_id: str, first: dict | None) -> dict | None:
    """The claim the timeline shows each wording as changed from: the first appearance, unless it
    is reported speech ("ferry fares would be frozen") and a report quotes the speaker; then the
    earliest quotation in the timeline's order: dated first, then by report, then by its place in
    the report's text (by the claim id, a text, "r:147-191" came before "r:20-140").  Quotations
    diffed from a paraphrase read as words the outlets added to the speaker's ("[added: We will
    freeze every]"), when the paraphrase's are the reporter's."""
    if first is None or first["quote_type"] != "indirect":
        return first
    row = (await page.execute(
        f"""select c.id from claims c join articles a on a.id = c.article_id
        where c.story_id = ? and coalesce(c.quote_type, 'indirect') != 'indirect'
        order by {UNDATED_LAST_IN_TEXT} limit 1""", [story_id])).first()
    if row is None:
        return first
    return (await fetch_claims(page, [row["id"]])).get(row["id"]) or first


def _diff_from(first: dict | None, base: dict | None) -> dict | None:
    """The JSON's ``diff_from``: the quotation the wordings are diffed from, when not the first appearance."""
    if base is None or first is None or base["id"] == first["id"]:
        return None
    return {"claim_id": base["id"], "url": base["url"], "outlet": base["article"]["outlet"],
            "published": base["article"]["published"]}


async def _first_appearance(page, first_claim_id: str | None, first_page: list[dict]) -> dict | None:
    """The story's first claim; else the first on its first page (``first_page``, empty on later pages)."""
    first = None
    if first_claim_id:
        first = (await fetch_claims(page, [first_claim_id])).get(first_claim_id)
    if first is None and first_page:
        first = first_page[0]
    return first


MAX_TIES = 20


async def _same_day(page, story_id: str, first: dict | None, first_day: str | None) -> list[dict]:
    """Other reports of the story published the day of its first appearance (not
    reprints of it; an undated one that a report of that day reprints): which came
    first that day is not known, so the page says it was a tie rather than let the
    claim ids decide silently."""
    day = (first or {}).get("article", {}).get("published") or first_day  # (undated: the day it was reprinted)
    if not first or not day:
        return []
    article = first["article"]["id"]
    rows = await page.execute(
        """
        select a.outlet, min(c.id) as claim_id from claims c join articles a on a.id = c.article_id
        where c.story_id = :s and a.id != :a and a.duplicate_of is not :a
          and (a.published = :d or (a.published is null and exists (
               select 1 from articles r where r.duplicate_of = a.id and r.published = :d)))
        group by a.id order by a.outlet, a.id limit :n
        """,
        {"s": story_id, "d": day, "a": article, "n": MAX_TIES},
    )
    return [{"outlet": r["outlet"], "url": page.urls.claim(r["claim_id"])} for r in rows]


def _first_heads_its_day(claims: list[dict], first: dict | None, first_day: str | None) -> list[dict]:
    """The page's claims with the first appearance moved ahead of the other reports of its
    day (an undated one: the day a report reprinted it, ``first_day``): the page sorts a day's
    reports by claim id, and the row marked "first" would sit under another of that day.
    (A day spread over two pages keeps its order across them.)"""
    at = next((i for i, c in enumerate(claims) if first and c["id"] == first["id"]), None)
    if at is None:
        return claims
    day = claims[at]["article"]["published"] or first_day
    head = next((i for i, c in enumerate(claims) if day and c["article"]["published"] == day), at)
    if head >= at:
        return claims
    return claims[:head] + [claims[at]] + claims[head:at] + claims[at + 1:]


async def _rated_timeline(page, claims: list[dict], anchors: Anchors) -> list[dict]:
    """The timeline of the page's claims (``_timeline``), each with its statement's current rating
    (``statement_verdicts``: a verdict on one report, or on the story, rates every report of it, as
    the claim page, the search and the queue say) and the report it was recorded on when another."""
    timeline = _timeline(claims, anchors, await _reprints(page, {c["article"]["id"] for c in claims}))
    ratings = await statement_verdicts(page, claims)
    rated = await _rated_reports(page, claims, {r.report for r in ratings.values() if r.report})
    dated_by = await _first_reprints(page, {c["article"]["id"] for c in claims if not c["article"]["published"]})
    for t in timeline:
        found = ratings.get(t["claim"]["id"])
        t["verdict"] = found.rating if found else None
        via = rated.get(found.report) if found and found.report else None
        t["verdict_via"] = via.about(t["claim"]["id"]) if via else None
        t["reprinted_by"] = dated_by.get(t["claim"]["article"]["id"])
    return timeline


class RatedReport(NamedTuple):
    """A report whose verdict rates the other reports of its statement; ``reworded``: the reports
    that word the statement otherwise than it (a misquote: ``records.linked_claims``), for which
    its rating may not hold, as the claim page's verdict panel says."""

    claim_id: str
    url: str
    outlet: str | None
    reworded: set[str]

    def about(self, claim_id: str) -> dict:
        """The timeline's ``verdict_via`` for report ``claim_id``."""
        return {"claim_id": self.claim_id, "url": self.url, "outlet": self.outlet,
                "other_wording": claim_id in self.reworded}


async def _rated_reports(page, claims: list[dict], ids: set[str]) -> dict[str, RatedReport]:
    """The reports whose verdicts rate others, read from the page's claims or, on another page
    of the timeline, from the database."""
    shown = {c["id"]: c for c in claims}
    found = {i: shown[i] for i in ids if i in shown}
    found.update(await fetch_claims(page, ids - set(found)))
    return {i: RatedReport(i, c["url"], c["article"]["outlet"],
                           await page.read(lambda conn, i=i: linked_claims(conn, i).other_wording))
            for i, c in found.items()}


async def _outlets(page, story_id: str):
    """The outlets reporting the story, in the order they first did; an outlet with no
    dated report after the dated ones, as the timeline has it."""
    return await page.execute(
        """
        select a.outlet, count(*) as claims, count(distinct a.id) as reports, min(a.published) as first_published
        from claims c join articles a on a.id = c.article_id
        where c.story_id = ? group by a.outlet order by first_published is null, first_published, a.outlet limit 200
        """,
        [story_id],
    )


async def _moved(page, story_id: str) -> Response:
    """A story id that went away (a rebuild, a merge, a split regrouped its claims):
    a redirect to the story now holding the claim it was derived from, or to that
    claim when it now stands alone; a 404 when neither is known.  (Its first claim,
    not its other claims: the id was that claim's, and a split keeps it with the part
    that was the story's start.)"""
    found = None
    if await page.can_view("story_moves"):
        found = (await page.execute(
            "select m.first_claim_id as claim_id, c.story_id from story_moves m "
            "join claims c on c.id = m.first_claim_id where m.story_id = ?", [story_id])).first()
    if found is None:
        raise NotFound("Story not found: it may have been regrouped by a later load or correction")
    to = page.urls.story(found["story_id"]) if found["story_id"] else page.urls.claim(found["claim_id"])
    return Response.redirect(to + (".json" if page.is_json else ""))


def _timeline(claims: list[dict], anchors: Anchors, reprints: dict[str, dict]) -> list[dict]:
    """Each claim with its wording as a diff from the first appearance (its first quotation when
    it is reported speech: ``_first_quotation``). A paraphrase of a quotation gets no diff (its
    words were never the speaker's, so struck-out words would read as an outlet's cut) and is
    marked; a report that reprints another names it."""
    first, base = anchors.first, anchors.base
    timeline = []
    for claim in claims:
        paraphrase = bool(base and claim["quote_type"] == "indirect" and base["quote_type"] != "indirect")
        ops = _wording_diff(base, claim) if base and not paraphrase else []
        timeline.append({
            "claim": public(claim),
            "first": bool(first and claim["id"] == first["id"]),
            "diff_base": bool(base and first and base["id"] != first["id"] and claim["id"] == base["id"]),
            "diff": ops if has_changes(ops) else [],
            "paraphrase": paraphrase,
            "reprint_of": reprints.get(claim["article"]["id"]),
        })
    return timeline


def _wording_diff(first: dict, claim: dict) -> list[dict]:
    """How ``claim`` words the first appearance: a report quoting fragments of it
    ("The minister won't "risk the future of the stock"") is compared on its quoted
    words only (``text.quoted_diff``); a claim quoted whole, on all of them."""
    parts = _marked_parts(claim)
    if parts and first["quote_type"] != "indirect":
        whole = " ".join(_marked_parts(first) or [first["content"]])
        return quoted_diff(whole, parts)
    return word_diff(first["content"], claim["content"])


def _marked_parts(claim: dict) -> list[str]:
    """The stretches a partial or mixed claim puts in quotation marks (none: [])."""
    if claim["quote_type"] not in ("partial", "mixed"):
        return []
    parts = list(quoted_parts(claim["content"], claim["quote_type"]))
    return [] if parts == [claim["content"]] else parts


MAX_CONFLICTS = 50


async def _conflicts(page, story_id: str) -> list[dict]:
    """Reports outside the story whose claim contradicts one of its claims (a ``conflict`` link:
    a number, negation or name changed, one side reported speech). Matching keeps them out of
    every story, so without this list the story page would not show that another outlet
    reported something different."""
    if not await page.can_view("claim_matches"):
        return []
    rows = await page.execute(
        """
        select o.id as other, m.diff from claims c
          join claim_matches m on m.claim_a = c.id join claims o on o.id = m.claim_b
          where c.story_id = :s and m.kind = 'conflict' and o.story_id is not :s
        union all
        select o.id, m.diff from claims c
          join claim_matches m on m.claim_b = c.id join claims o on o.id = m.claim_a
          where c.story_id = :s and m.kind = 'conflict' and o.story_id is not :s
        limit :n
        """,
        {"s": story_id, "n": MAX_CONFLICTS},
    )
    summaries: dict[str, str | None] = {}
    for r in rows:
        summaries.setdefault(r["other"], _summary(r["diff"]))
    found = await fetch_claims(page, list(summaries))
    claims = sorted(found.values(), key=lambda c: (c["article"]["published"] or "", c["id"]))
    return [{"claim": public(c), "summary": summaries[c["id"]]} for c in claims]


def _summary(diff: str | None) -> str | None:
    try:
        return json.loads(diff or "null").get("summary")
    except (ValueError, AttributeError):
        return None


async def _reprints(page, article_ids: set[str]) -> dict[str, dict]:
    """Article id -> the report it reprints (``articles.duplicate_of``) and its outlet."""
    if not article_ids:
        return {}
    ids = sorted(article_ids)
    rows = await page.execute(
        f"""select a.id, o.id as original, o.outlet from articles a join articles o on o.id = a.duplicate_of
        where a.id in ({", ".join("?" for _ in ids)})""", ids)
    return {r["id"]: {"article_id": r["original"], "outlet": r["outlet"]} for r in rows}


async def _first_reprints(page, article_ids: set[str]) -> dict[str, dict]:
    """Undated article id -> the earliest dated report reprinting it (its outlet and day):
    the day the copy was out by, which the first appearance and its same-day ties count."""
    if not article_ids:
        return {}
    ids = sorted(article_ids)
    rows = await page.execute(
        f"""select r.duplicate_of as id, r.outlet, min(r.published) as published from articles r
        where r.duplicate_of in ({", ".join("?" for _ in ids)}) and r.published is not null
        group by r.duplicate_of""", ids)
    return {r["id"]: {"outlet": r["outlet"], "published": r["published"]} for r in rows}


# the other claim comes before c in the chart's order (published, then id; undated first, as SQLite sorts)
_EARLIER = ("coalesce(oa.published, '') < coalesce(a.published, '') or "
            "(coalesce(oa.published, '') = coalesce(a.published, '') and o.id < c.id)")


async def _appearances(page, story_id: str, first_id: str | None) -> list[charts.Appearance]:
    """Every report of the story (up to MAX_CHART reports), for its chart and the timeline's drift marks.

    Drift marks come from claim_matches, and only for an actor who may read it. A
    report drifted when its wording differs from an earlier report's (in the chart's
    order): a faithful reprint that a later report altered is not marked, nor one
    worded as the first appearance (linked ``same`` to it) that an earlier report
    altered (a reprint of the wire copy carried the day after an altered reprint)."""
    drift = "0"
    if await page.can_view("claim_matches"):
        drift = f"""exists(select 1 from claim_matches m
            join claims o on o.id = (case when m.claim_a = c.id then m.claim_b else m.claim_a end)
            join articles oa on oa.id = o.article_id
            where m.kind = 'drift' and (m.claim_a = c.id or m.claim_b = c.id)
            and ({_EARLIER}))
            and not exists(select 1 from claim_matches f where f.kind = 'same'
                and ((f.claim_a = c.id and f.claim_b = :first) or (f.claim_b = c.id and f.claim_a = :first)))"""
    rows = await page.execute(
        f"""
        select c.id, a.published, a.outlet, {drift} as drift
        from claims c join articles a on a.id = c.article_id
        where c.story_id = :story order by a.published, c.id limit :n
        """,
        {"story": story_id, "n": MAX_CHART, "first": first_id},
    )
    return [
        charts.Appearance(r["published"], r["outlet"] or "Unknown outlet", r["id"], page.urls.claim(r["id"]),
                          first=r["id"] == first_id, drift=bool(r["drift"]) and r["id"] != first_id)
        for r in rows
    ]


def _mark_drift(timeline: list[dict], appearances: list[charts.Appearance]) -> None:
    """Each timeline entry with ``drift``: its quoted wording differs from an earlier report's, as
    the chart's diamond says. The diffs alone do not tell it: every wording is diffed from the first
    quotation, so when that is itself a reworded one (a translation), faithful reports show changes too."""
    drifted = {a.claim_id for a in appearances if a.drift}
    for t in timeline:
        t["drift"] = t["claim"]["id"] in drifted


MAX_UNDATED = 20


async def _undated(page, story_id: str, first: dict | None) -> dict:
    """The story's reports with no date (``reports``, and their ``outlets``, None for an unknown one),
    the first appearance's own report left out: the first appearance is the earliest *dated* report,
    and any of these may have come before it (wire copy whose dateline gives no year, a scraped page)."""
    skip = (first or {}).get("article", {}).get("id")
    rows = await page.execute(
        """select a.outlet, count(distinct a.id) as reports from claims c join articles a on a.id = c.article_id
        where c.story_id = ? and a.published is null and c.said_on is null and a.id is not ?
        group by a.outlet order by a.outlet is null, a.outlet limit ?""", [story_id, skip, MAX_UNDATED])
    return {"reports": sum(r["reports"] for r in rows), "outlets": [r["outlet"] for r in rows]}
