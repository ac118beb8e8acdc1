"""``/<db>/-/claims/speakers``, ``/<db>/-/claims/speaker/<id>`` and ``/<db>/-/claims/article/<id>``."""

from __future__ import annotations

import json
import re
from typing import NamedTuple

from datasette.database import QueryInterrupted
from datasette.utils.asgi import BadRequest, NotFound, Response

from .. import charts, corrections
from ..mastheads import split_title, without_heading_marks
from ..store import speaker_counts as kept_counts
from ..store.articles import SHEET_CHECK_ID
from ..store.schema import SPEAKER_LAST_WORD
from ..store.speaker_counts import COLUMNS, SPEAKER_COUNTS, count_params

from .base import decode_id
from .repeats import repeated
from .review import speaker_review_panel
from .data import (
    CLAIM_SELECT,
    claim_dict,
    claims_in_order,
    contradicted,
    is_common,
    json_list,
    like_pattern,
    linked,
    public,
    safe_url,
    segments,
    speaker_dict,
    statement_ratings,
)

MAX_ARTICLE_CLAIMS = 2000
SPEAKER_KINDS = ("person", "organisation")
SPEAKER_SORTS = {
    # name: (order by, keyset condition after the last row)
    "claims": (
        "coalesce(claim_count, 0) desc, id",
        "(coalesce(claim_count, 0) < ? or (coalesce(claim_count, 0) = ? and id > ?))",
    ),
    "name": ("name collate nocase, id", "(name collate nocase > ? or (name collate nocase = ? and id > ?))"),
}


async def speakers_page(page):
    """Every speaker, most quoted first (or by name), found by a part of a
    name or of an alias: the way into a speaker's page when the overview's
    top ten does not hold them."""
    sort = page.arg("_sort", "claims", max_length=20)
    if sort not in SPEAKER_SORTS:
        raise BadRequest("_sort must be one of: " + ", ".join(SPEAKER_SORTS))
    kind = page.arg("kind") or None
    if kind is not None and kind not in SPEAKER_KINDS:
        raise BadRequest("kind must be one of: " + ", ".join(SPEAKER_KINDS))
    q = page.arg("q", max_length=200) or None
    order, keyset = SPEAKER_SORTS[sort]
    where, params = [], []
    if q:
        where.append("(name like ? escape '\\' or aliases like ? escape '\\')")
        params += [like_pattern(q)] * 2
    if kind:
        where.append("kind = ?")
        params.append(kind)
    # A speaker whose claims all went (a reviewer's correction named another speaker, or
    # marked them "not a claim"; a reload) is left out of the list, which listed it as
    # quoted 0 times among the speakers; a search by name still finds it.
    emptied = 0
    if not q:
        emptied = (await page.execute("select count(*) as n from speakers where coalesce(claim_count, 0) = 0"
                                      + "".join(" and " + w for w in where), params)).first()["n"]
        where.append("coalesce(claim_count, 0) > 0")
    token = page.sorted_token(int if sort == "claims" else str)
    if token is not None:
        where.append(keyset)
        params += [token[0], token[0], token[1]]
    size = page.size()
    rows = await page.execute(
        "select * from speakers" + (" where " + " and ".join(where) if where else "") + f" order by {order} limit ?",
        params + [size + 1],
    )
    speakers = [speaker_dict(r, page.urls, aliases=True) for r in rows]
    nxt = None
    if len(speakers) > size:
        speakers = speakers[:size]
        last = speakers[-1]
        nxt = [(last["claim_count"] or 0) if sort == "claims" else last["name"], last["id"]]
    next_token, next_url = page.next_url(nxt)
    data = {"q": q, "kind": kind, "sort": sort, "speakers": speakers, "next": next_token, "next_url": next_url,
            "without_claims": emptied}
    return "claims_speakers.html", data, {"sorts": list(SPEAKER_SORTS), "kinds": SPEAKER_KINDS}


def merged_roles(rows) -> list[dict]:
    """Roles told apart only by capitals ("councillor", "Councillor") as one,
    under the spelling most claims use, most claims first."""
    merged: dict[str, dict] = {}
    for r in rows:  # most claims first, so the first spelling seen wins
        role = merged.setdefault(r["role"].casefold(), {"role": r["role"], "claims": 0})
        role["claims"] += r["claims"]
    return sorted(merged.values(), key=lambda r: -r["claims"])


DATED_ROWS = 5000
SHOWN_ROLES = 20
SAME_SURNAME = 10
# A surname as names end: a capitalised word ("Bush", "O'Neill", "Al-Sadr"), not an
# initial, a number or a lower-case description ("the government").
SURNAME = re.compile(r"[A-ZÀ-ÖØ-Þ][^\W\d_]+(?:['’-][^\W\d_]+)*")


async def same_surname(page, row) -> dict:
    """Other speakers quoted under this one's surname, most quoted first: "Bush", "Mr. Bush"
    and "U.S. president Bush" beside "George W. Bush".  Merging keeps them apart when no
    report joins the names (a surname alone may be another person), so each holds claims
    the reader of this page would count as this person's, or not: the page lists them for
    the reader (or a reviewer's merge) to decide.  For people, and for a one-word name
    of any kind (a surname read as an organisation); ``more``: the list was cut, and
    ``speakers_url`` lists every speaker with the surname in their name."""
    words = (row["name"] or "").split()
    surname = words[-1] if words else ""
    if not SURNAME.fullmatch(surname) or (row["kind"] != "person" and len(words) > 1):
        return {"surname": None, "speakers": [], "more": False, "speakers_url": None}
    # (a description that ends in the name is no one of that surname: "An analyst at J.P. Morgan")
    # (the name's last word, through its index when the database has it: the same rows
    # as ``name = surname collate nocase or name like '% ' || surname``, read alone)
    rows = await page.execute(
        f"""select * from speakers where {SPEAKER_LAST_WORD} = lower(?) and id != ?
        and coalesce(claim_count, 0) > 0
        and not (name like 'a %' or name like 'an %' or name like 'the %')
        order by coalesce(claim_count, 0) desc, id limit ?""",
        [surname, row["id"], SAME_SURNAME + 1],
    )
    found = [speaker_dict(r, page.urls) for r in rows]
    return {"surname": surname, "speakers": found[:SAME_SURNAME], "more": len(found) > SAME_SURNAME,
            "speakers_url": page.urls.speakers(q=surname)}


async def _now_under(page, row, namesakes: list[dict]) -> list[dict]:
    """For a speaker left without claims (its names were merged into a fuller one's, "Bush"
    into "George W. Bush"): the speakers now holding the claims quoted under its names,
    most first.  Looked for among its namesakes only, through their index: the page a
    search for "Mr. Bush" leads to was a dead end."""
    if row["claim_count"] or not namesakes:
        return []
    names = sorted({n for n in (row["name"], *json_list(row["aliases"])) if isinstance(n, str) and n})
    ids = [s["id"] for s in namesakes]
    rows = await page.execute(
        f"""select c.speaker_id as id, count(*) as claims from claims c
        where c.speaker_id in ({", ".join("?" * len(ids))}) and c.speaker in ({", ".join("?" * len(names))})
        group by c.speaker_id order by claims desc, c.speaker_id""",
        [*ids, *names],
    )
    by_id = {s["id"]: s for s in namesakes}
    return [dict(by_id[r["id"]], claims=r["claims"]) for r in rows]


def outlet_row(row, urls, speaker_id: str) -> dict:
    """An outlet quoting the speaker, with the search listing those very claims (none for an unknown outlet)."""
    out = dict(row)
    out["search_url"] = urls.search(speaker=speaker_id, outlet=row["outlet"]) if row["outlet"] else None
    return out


class SpeakerCounts(NamedTuple):
    """What the speaker page counts over all the speaker's claims: per day (or month, when
    ``DATED_ROWS`` days would not do for a long career) and sourcing (``by_day``: ``day``,
    ``sourcing``, ``claims``), those with no date (``undated``), the roles (``role``,
    ``claims``, rows as stored) and the outlets (``outlet``, ``claims``, ``first_published``,
    ``last_published``)."""

    by_day: list
    undated: int
    roles: list
    outlets: list


async def speaker_counts(page, row) -> SpeakerCounts:
    """The speaker's claims counted by day (else month), sourcing, role and outlet: the rows
    the store keeps for a big speaker (``store.speaker_counts``: one row read, where counting
    read each of the most quoted speaker's 57,000 claims and its report, 0.2 s of CPU at a
    million claims), else counted here in one pass (``SPEAKER_COUNTS``): a smaller speaker,
    a database not migrated, or rows whose total is not the speaker's ``claim_count``."""
    rows = await _kept_counts(page, row)
    if rows is None:
        found = await page.execute(SPEAKER_COUNTS, count_params(row["id"]))
        rows = [dict(zip(COLUMNS, r)) for r in found]
    parts: dict[str, list] = {"day": [], "outlet": [], "role": []}
    for r in rows:
        parts[r["part"]].append(r)
    dated = _day_counts(parts["day"])
    outlets = [{"outlet": r["key"], "claims": r["claims"], "first_published": r["first_published"],
                "last_published": r["last_published"]} for r in parts["outlet"]]
    return SpeakerCounts([r for r in dated if r["day"] is not None],
                         sum(r["claims"] for r in dated if r["day"] is None),
                         [{"role": r["key"], "claims": r["claims"]} for r in parts["role"]], outlets)


async def _kept_counts(page, row) -> list[dict] | None:
    """The rows of ``SPEAKER_COUNTS`` the store keeps for this speaker, as dicts; None when
    there are none, or they count other than the speaker's claims (``claim_count``)."""
    if (row["claim_count"] or 0) < kept_counts.STORED_FROM or not await page.can_view(kept_counts.TABLE):
        return None
    kept = (await page.execute(f"select rows from {kept_counts.TABLE} where speaker_id = ? and claims = ?",
                               [row["id"], row["claim_count"]])).first()
    return [dict(zip(COLUMNS, r)) for r in json.loads(kept["rows"])] if kept else None


async def counts_in_time(page, row) -> SpeakerCounts | None:
    """``speaker_counts``, or None when they ran out of Datasette's time limit: the page then
    lists the claims without them (the most quoted speaker's page answered 503 on a busy
    machine at a million claims, the claims unread for want of a chart)."""
    try:
        return await speaker_counts(page, row)
    except QueryInterrupted:
        return None


def _day_counts(rows) -> list[dict]:
    """The claims per day and sourcing (``day``, ``sourcing``, ``claims``), or per month when
    there are ``DATED_ROWS`` of them or more (a long career: months are enough for the
    picture); the undated first (``day`` None), then by day and sourcing."""
    counts: dict[tuple, int] = {}
    width = 7 if len(rows) >= DATED_ROWS else 10
    for r in rows:
        key = (r["key"][:width] if r["key"] is not None else None, r["sourcing"])
        counts[key] = counts.get(key, 0) + r["claims"]
    ordered = sorted(counts, key=lambda k: (k[0] is not None, k[0] or "", k[1] is not None, k[1] or ""))
    return [{"day": day, "sourcing": sourcing, "claims": counts[day, sourcing]} for day, sourcing in ordered]


def _by_month(by_day) -> list[dict]:
    """Claims per month (``YYYY-MM``) from the dated counts, in their order."""
    months: dict[str, int] = {}
    for r in by_day:
        months[r["day"][:7]] = months.get(r["day"][:7], 0) + r["claims"]
    return [{"month": m, "claims": n} for m, n in months.items()]


async def speaker_page(page):
    speaker_id = decode_id(page.request.url_vars["id"])
    row = (await page.execute("select * from speakers where id = ?", [speaker_id])).first()
    if row is None:
        return await _merged_away(page, speaker_id)
    speaker = speaker_dict(row, page.urls, aliases=True)
    by_date = await is_common(page, "speaker_id", [speaker_id])
    found = await claims_in_order(page, ["+c.speaker_id = ?" if by_date else "c.speaker_id = ?"], [speaker_id],
                                  page.size(default=50), page.next_token(), by_date=by_date,
                                  story_visible=await page.can_view("stories"))
    in_time = await counts_in_time(page, row)
    counts = in_time or SpeakerCounts([], 0, [], [])
    roles, by_day = merged_roles(counts.roles), counts.by_day
    next_token, next_url = page.next_url(found.next)
    surname = await same_surname(page, row)
    chart = charts.speaker_timeline([(r["day"], r["sourcing"], r["claims"]) for r in by_day])
    review = await speaker_review_panel(page, speaker_id)
    # each claim's statement's rating, as the queue, the search and the stories list show it
    ratings = await statement_ratings(page, found.claims)
    # a claim another report says otherwise ("four million" here, "six million" there): the list
    # read as the speaker saying three different things
    disputed = await contradicted(page, [c["id"] for c in found.claims])
    # a claim whose quoted wording differs from another report's (the queue's drift signal; the
    # story's timeline says which report altered it): listed bare, either wording read as the
    # speaker's own words
    drifted = await linked(page, [c["id"] for c in found.claims], "drift")
    # a line the speaker said before or again on another occasion (``claim_repeats``)
    again = await repeated(page, [c["id"] for c in found.claims])
    for c in found.claims:
        c["verdict"] = ratings.get(c["id"])
        c["contradicted"] = c["id"] in disputed
        c["drift"] = c["id"] in drifted
        c["said_again"] = c["id"] in again
    data = {
        "speaker": speaker,
        "roles": roles[:SHOWN_ROLES],
        # the roles left out (the rarest), counted: Barack Obama is given 28 on Wikinews
        "roles_more": len(roles[SHOWN_ROLES:]),
        "outlets": [outlet_row(r, page.urls, speaker_id) for r in counts.outlets],
        "by_month": _by_month(by_day),
        "undated": counts.undated,
        "counts_timed_out": in_time is None,
        "same_surname": surname,
        "now_under": await _now_under(page, row, surname["speakers"]),
        "claims_table_url": page.urls.claims_table(speaker_id=speaker_id),
        "claims_csv_url": page.urls.claims_table("csv", speaker_id=speaker_id),
        "chart": chart.as_json(),
        "claims": [public(c) for c in found.claims],
        "next": next_token,
        "next_url": next_url,
        "corrections": review["corrections"],
    }
    return "claims_speaker.html", data, {"speaker_chart": chart, "review": review}


async def _merged_away(page, speaker_id: str) -> Response:
    """A speaker a reviewer merged into another: a redirect to the speaker its claims are
    filed under now (where the merge is listed, with its undo), so a bookmark keeps
    working; a 404 saying how to find a speaker otherwise."""
    if await page.can_view("corrections"):
        target = await page.read(lambda conn: corrections.merged_into(conn, speaker_id))
        if target:
            return Response.redirect(page.urls.speaker(target) + (".json" if page.is_json else ""))
    raise NotFound(f"Speaker not found: no speaker has the id {speaker_id!r} (a reviewer may have merged it "
                   f"into another). To find a speaker by name: {page.urls.speakers()}")


def furniture_marks(text: str, paragraphs_json, headline: str | None) -> list[dict]:
    """The whole lines outside the story's paragraphs (menus, banners, "Related
    stories"), marked so the page can show them as left out of extraction.

    The headline line and a dateline ("KESTREL BAY - ", on the line of the
    paragraph it opens) are read, so they are not marked; nor is anything in
    an article stored without paragraphs.
    """
    spans = sorted(p for p in json_list(paragraphs_json) if isinstance(p, list) and len(p) == 2)
    if not spans:
        return []
    marks, pos = [], 0
    for start, end in [*spans, [len(text), len(text)]]:
        for m in LINE.finditer(text, pos, start):
            line = m.group().strip()
            opens_paragraph = m.end() == start and start < len(text)
            if line and not _headline_line(line, headline) and not opens_paragraph:
                marks.append({"start": m.start(), "end": m.end(), "kind": "furniture"})
        pos = max(pos, end)
    return marks


LINE = re.compile(r"[^\n]+")


def _headline_line(line: str, headline: str | None) -> bool:
    """Is ``line`` the line the headline was read from: as given, or with the
    Markdown marks (``# ``) or the site's name that the headline went without
    ("Harbour Watch - Why the fee doubled")?"""
    headline = (headline or "").strip()
    if not headline:
        return False
    if line == headline:
        return True
    written = without_heading_marks(line)
    return written == headline or split_title(written).headline == headline


async def _original(page, article_id: str | None) -> dict | None:
    """The report a reprint reprints: its outlet and headline (the page said "reprints
    another article", where the story page names it: "reprint of Meridian Press")."""
    if not article_id:
        return None
    row = (await page.execute("select outlet, headline, published from articles where id = ?", [article_id])).first()
    return dict(row) if row else None


async def article_page(page):
    article_id = decode_id(page.request.url_vars["id"])
    row = (await page.execute("select * from articles where id = ?", [article_id])).first()
    if row is None:
        raise NotFound(f"Article not found: no article has the id {article_id!r}. To find a report by its "
                       f"words: {page.urls.search()}")
    article = {
        "id": row["id"],
        "url": page.urls.article(row["id"]),
        "source_url": safe_url(row["url"]),
        "outlet": row["outlet"],
        "section": row["section"],
        "headline": row["headline"],
        "published": row["published"],
        # (an undated article's dateline may still give its day: "March 3", no year)
        "dateline_date": row["dateline_date"] if "dateline_date" in row.keys() else None,
        "dateline_place": row["dateline_place"],
        "agency": row["agency"],
        "word_count": row["word_count"],
        "duplicate_of": row["duplicate_of"],
        "duplicate_of_url": page.urls.article(row["duplicate_of"]),
        "text": row["text"],
    }
    article["reprint_of"] = await _original(page, row["duplicate_of"])
    rows = await page.execute(
        CLAIM_SELECT + " where c.article_id = ? order by c.start, c.id limit ?", [article_id, MAX_ARTICLE_CLAIMS]
    )
    story_visible = await page.can_view("stories")
    speaker_visible = await page.can_view("speakers")
    claims = [claim_dict(r, page.urls, story_visible, speaker_visible) for r in rows]
    text = row["text"] or ""
    marks = [
        {
            "start": c["start"],
            "end": c["end"],
            "kind": "claim",
            "href": c["url"],
            "title": (c["speaker"] or "Unattributed") + (" · " + c["sourcing_label"] if c["sourcing_label"] else ""),
            "id": c["id"],
        }
        for c in claims
        if isinstance(c["start"], int) and isinstance(c["end"], int)
    ]
    pieces = segments(text, 0, len(text), marks + furniture_marks(text, row["paragraphs"], row["headline"]))
    highlighted = {p["id"] for p in pieces if p.get("id")}
    ratings = await statement_ratings(page, claims)
    data = {
        "article": article,
        "claims": [dict(public(c), highlighted=c["id"] in highlighted, verdict=ratings.get(c["id"])) for c in claims],
        "published_checks": await _published_checks(page, article_id),
    }
    return "claims_article.html", data, {"text_segments": pieces}


async def _published_checks(page, article_id: str) -> list[dict]:
    """The ratings a fact-check sheet or page publishes (its ``factchecks`` rows,
    ``store.articles.sheet_check_id``), in the sheet's order; none when the actor
    may not see ``factchecks``."""
    if not await page.can_view("factchecks"):
        return []
    sheet = SHEET_CHECK_ID.format(article_id)
    rows = await page.execute(
        "select claim, claimant, claim_date, rating from factchecks where id = ? or (id > ? and id < ?) "
        "order by length(id), id", [sheet, sheet + "#", sheet + "$"])
    return [dict(r) for r in rows]
