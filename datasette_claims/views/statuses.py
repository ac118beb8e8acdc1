"""A claim's review status, decided in one place for the queue and every page that shows it.

A story is one statement told by several reports, and a desk checks the statement,
not one outlet's wording of it: a verdict on one report checks them all.  So a
claim's status is the latest (highest id) ``claim_status`` row among its own
rows, its story's rows and the rows of its story's other reports.  Any later row
wins, whichever report it was written for: a report reopened alone reopens the
statement (and stays reopened; an older verdict on another report does not close
it again).  A row written for another report names that report, so a page can say
"checked via <outlet>'s report".

The queue reads the latest row of thousands of claims at once, the reports' rows
grouped by story once per query (``REPORT_ROWS``: statuses are a desk's work, few
beside the claims); a page reads it for a few claims, a story's reports through
the index on ``claims.story_id`` (``REPORT_ROW``).  Both are ``latest_row`` over
the same three sources.  An actor who may not read ``claim_status`` sees every
claim "new" and nothing of the rows; a verdict's rating shows in the note only to
those who may read ``verdicts`` (``records.status_note_sql``).
"""

from __future__ import annotations

from ..factchecks import records
from .data import readable_time

OWN_ROW = "(select max(id) from claim_status where claim_id = c.id)"
STORY_ROW = "(select max(id) from claim_status where story_id = c.story_id)"
# the latest row of any report of the claim's story, claim by claim (CROSS JOIN: the
# story's claims by their index, then each one's rows by theirs)
REPORT_ROW = ("(select max(st.id) from claims m cross join claim_status st on st.claim_id = m.id "
              "where m.story_id = c.story_id)")
# the same, for every story at once: joined as ``rs`` (CROSS JOIN keeps SQLite from
# walking every claim in a story to find the few with a row)
REPORT_ROWS = ("left join (select m.story_id, max(st.id) as status_row from claim_status st "
               "cross join claims m on m.id = st.claim_id where m.story_id is not null group by m.story_id) rs "
               "on rs.story_id = c.story_id")


# a row a verdict wrote (and no withdrawal since: that writes a row of its own, so noted)
BY_VERDICT = f"(st.verdict_id is not null and st.note is not '{records.WITHDRAWN_NOTE}')"


def latest_row(grouped: bool, through_story: bool = True) -> str:
    """The id of claim ``c``'s status row (0: none): the latest of its own rows, its story's,
    and its story's reports' (``rs.status_row`` of ``REPORT_ROWS`` when ``grouped``); its own
    alone unless ``through_story`` (an actor who may not read ``stories``: a row of the story
    or of another report would tell of the story, and a verdict's rating with it)."""
    if not through_story:
        return f"coalesce({OWN_ROW}, 0)"  # (max() of one argument is the aggregate)
    rows = [OWN_ROW, STORY_ROW, "rs.status_row" if grouped else REPORT_ROW]
    return f"max({', '.join(f'coalesce({r}, 0)' for r in rows)})"


async def status_columns(page, joins: list[str]) -> list[str]:
    """``status`` and ``assignee`` of each claim ``c`` of a query over many (the queue),
    adding ``REPORT_ROWS`` to its ``joins``; "new" to an actor who may not read ``claim_status``."""
    if not await page.can_view("claim_status"):
        return ["'new' as status", "null as assignee"]
    through_story = await page.can_view("stories")
    if through_story:
        joins.append(REPORT_ROWS)
    latest = latest_row(grouped=True, through_story=through_story)
    return [f"coalesce((select status from claim_status where id = {latest}), 'new') as status",
            f"(select assignee from claim_status where id = {latest}) as assignee"]


async def claim_statuses(page, claim_ids: list[str]) -> dict[str, dict]:
    """Each claim's status, as a page shows it: ``status``, ``assignee``, ``note``, ``actor``,
    ``created``, ``from_story`` (set on the story), ``by_verdict`` (written by a verdict),
    ``report`` (the report it was set on: its ``claim_id``, ``url`` and ``outlet``; None
    for a story's row) and ``via`` (that report when it is another of the story's).  Keyed
    by claim id; a claim without a row is "new"; empty when the actor may not read ``claim_status``."""
    ids = [i for i in dict.fromkeys(claim_ids) if i]
    if not ids or not await page.can_view("claim_status"):
        return {}
    note = records.status_note_sql("st", await page.can_view("verdicts"))
    outlet = "a.outlet" if await page.can_view("articles") else "null"
    latest = latest_row(grouped=False, through_story=await page.can_view("stories"))
    marks = ", ".join("?" for _ in ids)
    rows = await page.execute(
        f"select c.id as of_claim, st.status, st.assignee, {note} as note, st.actor, st.created, "
        f"st.story_id is not null as from_story, {BY_VERDICT} as by_verdict, r.id as report_claim, "
        f"{outlet} as report_outlet from claims c join claim_status st on st.id = {latest} "
        f"left join claims r on r.id = st.claim_id left join articles a on a.id = r.article_id "
        f"where c.id in ({marks})", ids)
    found = {i: {"status": "new", "report": None, "via": None} for i in ids}  # (no row: "new")
    for r in rows:
        row = dict(r)
        claim, outlet = row.pop("report_claim"), row.pop("report_outlet")
        row["from_story"], row["by_verdict"] = bool(row["from_story"]), bool(row["by_verdict"])
        row["report"] = {"claim_id": claim, "url": page.urls.claim(claim), "outlet": outlet} if claim else None
        row["via"] = row["report"] if claim and claim != row["of_claim"] else None
        row["created_label"] = readable_time(row["created"])
        found[row.pop("of_claim")] = row
    return found


async def story_status(page, story_id: str) -> dict | None:
    """The status of the statement a story is (every report of it reads the same:
    ``claim_statuses`` of any of them), ``via`` the report it was set on; None when
    the actor may not read ``claim_status``."""
    member = (await page.execute("select id from claims where story_id = ? limit 1", [story_id])).first()
    status = member and (await claim_statuses(page, [member["id"]])).get(member["id"])
    # (on the story's page a row of the story is its own, and any report's is "via" it)
    return dict(status, via=status["report"], from_story=False) if status else None
