"""Verdicts: the panel on claim and story pages, the POST routes, ClaimReview out.

``panel_context()`` is what the claim and story pages put in their context as
``verdict_panel`` (and in their JSON); ``claims_verdict_panel.html`` renders it.
"""

from __future__ import annotations

import json
import logging
import re

from datasette.utils.asgi import BadRequest, Forbidden, NotFound, Response

from .. import compat, queue_scores
from ..factchecks import alerts as alerts_mod
from ..factchecks import records
from ..permissions import ACTION, PLUGIN
from ..store.connection import has_table
from .base import MethodNotAllowed, decode_id
from .data import readable_time, safe_url

log = logging.getLogger(__name__)

MAX_NOTE = 10_000
MAX_URL = 2_000


# -- configuration -------------------------------------------------------------


def plugin_config(datasette, database=None) -> dict:
    return compat.plugin_config(datasette, PLUGIN, database=database)


def rating_scale(datasette, database=None) -> list[dict]:
    return records.rating_scale(plugin_config(datasette, database).get("ratings"))


def review_author(datasette, database=None) -> dict:
    """The fact-checking organisation (plugin config ``author``: a name or an object)."""
    return records.review_author(plugin_config(datasette, database).get("author"))


AUTHOR_WARNING = (
    "ClaimReview names the fact-checker as \"datasette-claims\" because no author is configured. "
    "Set the plugin config author, e.g. plugins: {datasette-claims: {author: {name: \"Example Fact Check\", "
    "url: \"https://factcheck.example\"}}} in datasette.yaml (1.0) or metadata.yml (0.65)."
)
_warned: set = set()


def author_warning(datasette, database) -> str | None:
    """The warning above while the ClaimReview author is the default (logged once per database)."""
    if review_author(datasette, database) != records.DEFAULT_AUTHOR:
        return None
    key = (id(datasette), database)
    if key not in _warned:
        _warned.add(key)
        log.warning("datasette-claims: %s", AUTHOR_WARNING)
    return AUTHOR_WARNING


# Only absolute http(s) links reach an href (imported data may hold anything).
safe_link = safe_url


IMMUTABLE_MESSAGE = (
    "Database {database} is read-only here (opened immutable, e.g. with -i), so verdicts cannot be "
    "recorded. Serve it as a mutable database (datasette {database}.db, without -i) to record verdicts."
)


# -- the panel ---------------------------------------------------------------------


async def may_review(page) -> bool:
    return await page.allowed(ACTION)


def _checked(claim_id, story_id, with_factchecks: bool, story_visible: bool = True):
    """"Previously checked" findings, read under ``page.read`` (hidden tables read as NULL).

    The parts of ``factchecks.alerts.previously_checked``, called one by one
    because fact-check search needs full-text MATCH, which cannot run on a
    hidden table: it is skipped outright when the fact-checks are hidden.
    Without ``story_visible`` the claim is read as having no story: no story
    verdict, and its story's other reports count only as any claim does (by
    their words or a visible link), not as its story's.
    """

    def run(conn):
        if story_id is not None:
            return alerts_mod.story_previously_checked(conn, story_id)
        claim = records.get_claim(conn, claim_id)
        found = {"previously_checked": False, "factchecks": [], "verdicts": [], "story_verdict": None}
        if claim is None:
            return found
        if not story_visible:
            claim = dict(claim, story_id=None)
        if with_factchecks:
            found["factchecks"] = alerts_mod.factcheck_matches(conn, claim["content"], when=claim.get("said_on"))
        found["verdicts"] = alerts_mod.verdict_matches(conn, claim)
        found["story_verdict"] = alerts_mod.story_verdict(conn, claim)
        found["previously_checked"] = bool(found["factchecks"] or found["verdicts"] or found["story_verdict"])
        return found

    return run


async def panel_context(page, claim_id=None, story_id=None) -> dict:
    """Everything the verdict panel (and the page's JSON) needs for one claim or story.

    Keys: ``target`` ("claim"/"story"), ``target_id``, ``current`` (latest verdict or
    None), ``history`` (newest first), ``story_current`` (a claim's story verdict),
    ``report_current`` (the current verdict on another report of the statement, with its
    ``report_claim``, ``report_url``, ``report_outlet`` and ``other_wording``),
    ``can_record``, ``mutable``, ``reason`` (why not, or None), ``form`` (action URL
    and field names), ``ratings`` (the scale, best first), ``previously_checked``
    (bool) with ``matches`` (fact-checks and judged claims stating the same),
    ``claimreview`` (dict or None) and ``jsonld`` (that, escaped for a script tag).
    What comes from a table the actor may not see is left out: with ``verdicts``
    hidden there is no current verdict, history or ClaimReview; with the
    fact-checks hidden no fact-check matches.
    """
    datasette, database = page.ds, page.database
    scale = rating_scale(datasette, database)
    allowed = await may_review(page)
    mutable = bool(page.db.is_mutable)
    hidden = await page.hidden("verdicts")
    verdicts_visible = await page.can_view("verdicts")
    base = datasette.absolute_url(page.request, page.urls.overview())  # (url: this page, as the export says)
    history, review = await page.read(_history_and_review(claim_id, story_id, scale,
                                                          review_author(datasette, database), base))
    checked = await _checked_shown(page, claim_id, story_id)
    # A claim's story's verdict and another report's reach it through its story: left out for
    # an actor who may not see ``stories``, as every page leaves them (``data.statement_verdicts``).
    story_visible = await page.can_view("stories")
    report = await _report_shown(page, claim_id, story_id) if verdicts_visible and story_visible else None
    _label_verdicts(history + [checked.get("story_verdict"), report])
    actor_id = (page.actor or {}).get("id")
    reason = _why_not(allowed, mutable, database, actor_id, hidden)
    target, ident = ("claim", claim_id) if claim_id is not None else ("story", story_id)
    return {
        "database": database,
        "target": target,
        "target_id": ident,
        "current": records.current_of(history),
        "history": history,
        "story_current": checked.get("story_verdict"),
        "report_current": report,
        "can_record": allowed and mutable and not hidden,
        "allowed": allowed,
        "mutable": mutable,
        "reason": reason,
        "show_form": allowed,
        "signed_in": actor_id is not None,  # (told why there is no form, when there is none)
        "visible": verdicts_visible,
        "withdraw_action": target_path(page, claim_id, story_id) + "/verdict/{id}/withdraw",
        "form": {
            "action": target_path(page, claim_id, story_id) + "/verdict",
            "method": "POST",
            "fields": ["rating", "note", "url", "csrftoken"],
        },
        "ratings": scale,
        "limits": {"note": MAX_NOTE, "url": MAX_URL},  # (the form stops what the POST would refuse)
        "previously_checked": checked["previously_checked"],
        "matches": {"factchecks": checked["factchecks"], "verdicts": checked["verdicts"]},
        "alerts_url": page.urls.overview() + "/alerts",
        "claimreview": review,
        "claimreview_url": page.urls.claimreview() if verdicts_visible else None,  # (every verdict's)
        "jsonld": records.jsonld_script_text(review) if review else None,
        "author_warning": author_warning(datasette, database) if allowed and not hidden else None,
    }


def _history_and_review(claim_id, story_id, scale, author, base_url: str):
    """The verdicts of the claim or story (newest first) and the current one's ClaimReview, read under
    ``page.read``; a verdict without a link of its own is at this page (Google requires ``url``)."""

    def run(conn):
        history = records.verdict_history(conn, claim_id=claim_id, story_id=story_id)
        current = records.current_of(history)
        review = records.claimreview(conn, current, scale=scale, author=author, base_url=base_url) \
            if current else None
        return history, http_links(review)

    return run


# The current verdict on a report of the claim's story (for a story: on any of its reports).
# A verdict on one report checks the statement (``statuses``): the status line said "checked
# via <outlet>'s report", and the panel beside it "No verdict recorded on this claim yet".
REPORT_VERDICT = ("select v.*, m.id as report_claim, a.outlet as report_outlet from claims m "
                  "cross join verdicts v on v.claim_id = m.id left join articles a on a.id = m.article_id "
                  "where m.story_id = ? and m.id is not ? and {live} order by v.created desc, v.id desc limit 1")


def _report_verdict(claim_id, story_id):
    """The latest live verdict on another report of the statement, read under ``page.read``,
    with ``other_wording`` when that report words it otherwise (a misquote: ``records.linked_claims``)."""

    def run(conn):
        if not has_table(conn, "verdicts"):
            return None
        story = story_id
        if story is None:
            row = conn.execute("select story_id from claims where id = ?", [claim_id]).fetchone()
            story = row[0] if row else None
        if story is None:
            return None
        found = records.row_dicts(conn.execute(REPORT_VERDICT.format(live=records.live(conn, "v")),
                                               [story, claim_id]))
        if not found:
            return None
        verdict = found[0]
        verdict["other_wording"] = claim_id is not None and \
            verdict["report_claim"] in records.linked_claims(conn, claim_id).other_wording
        return verdict

    return run


async def _report_shown(page, claim_id, story_id) -> dict | None:
    """``_report_verdict`` with its report's link."""
    verdict = await page.read(_report_verdict(claim_id, story_id))
    if verdict:
        verdict["report_url"] = page.urls.claim(verdict["report_claim"])
    return verdict


async def _checked_shown(page, claim_id, story_id) -> dict:
    """"Previously checked" as the panel shows it: fact-checks only when visible, safe links, claim URLs."""
    with_factchecks = await page.can_view_all("factchecks", "factchecks_fts")
    checked = await page.read(_checked(claim_id, story_id, with_factchecks, await page.can_view("stories")))
    if not with_factchecks:
        checked["factchecks"] = []
    checked["previously_checked"] = bool(checked["factchecks"] or checked["verdicts"] or checked["story_verdict"])
    for fc in checked["factchecks"]:
        fc["url"] = safe_link(fc.get("url"))
    for m in checked["verdicts"]:
        m["claim_url"] = page.urls.claim(m["claim_id"])
    return checked


def _label_verdicts(verdicts) -> None:
    """Readable times and safe links on each verdict shown (None entries skipped)."""
    for v in verdicts:
        if v:
            v["created_label"] = readable_time(v.get("created"))
            v["url"] = safe_link(v.get("url"))
            if v.get("withdrawn"):
                v["withdrawn_label"] = readable_time(v["withdrawn"])


# What a signed-in actor who may not record verdicts is told (``--root`` grants
# no claims-review on Datasette 0.65): who may, and where that is set.
NOT_A_REVIEWER = (
    "You do not have permission to record verdicts (claims-review). Reviewers are named in the "
    "datasette-claims plugin's \"reviewers\" setting (metadata or datasette.yaml), e.g. "
    "reviewers: {{id: [{actor}]}}; see the plugin's docs/factchecks.md."
)
# ... and a reviewer who may not see the verdicts (they would record over one unseen).
HIDDEN_VERDICTS = (
    "You may not see the verdicts table of {database}, so you cannot record or withdraw verdicts here: "
    "ask for permission to view it (the claims-review permission alone is not enough)."
)


def _why_not(allowed: bool, mutable: bool, database: str, actor_id: str | None = None,
             hidden: bool = False) -> str | None:
    """Why this actor cannot record a verdict here (None when they can)."""
    if not allowed:
        return NOT_A_REVIEWER.format(actor=actor_id or "alice")
    if hidden:
        return HIDDEN_VERDICTS.format(database=database)
    if not mutable:
        return IMMUTABLE_MESSAGE.format(database=database)
    return None


def target_path(page, claim_id=None, story_id=None) -> str:
    return page.urls.claim(claim_id) if claim_id is not None else page.urls.story(story_id)


def panel_json(panel: dict) -> dict:
    """The panel without its HTML-only parts, for a page's JSON."""
    return {k: v for k, v in panel.items() if k not in ("jsonld", "form", "show_form", "visible")}


# -- recording -------------------------------------------------------------------


async def _record(page, claim_id=None, story_id=None):
    """POST a verdict: the claims-review permission, a mutable database, valid fields.

    CSRF: on 0.65 Datasette's asgi-csrf checks the form's ``csrftoken``
    before this runs; 1.0 refuses cross-site browser POSTs by their headers
    (see the README).  Errors are Datasette's error page, or JSON for a JSON POST.
    """
    datasette, request, database = page.ds, page.request, page.database
    if not await may_review(page):
        raise Forbidden("You do not have permission to record verdicts (claims-review).")
    if not page.db.is_mutable:
        raise Forbidden(IMMUTABLE_MESSAGE.format(database=database))
    if request.method != "POST":
        raise MethodNotAllowed("POST rating, note and url to record a verdict.")
    data = await posted_fields(page)
    rating = _rating(str(data.get("rating") or "").strip(), rating_scale(datasette, database))
    note = str(data.get("note") or "").strip()
    url = str(data.get("url") or "").strip()
    if len(note) > MAX_NOTE:
        raise BadRequest(f"Note is longer than {MAX_NOTE} characters")
    if url and (len(url) > MAX_URL or not url.lower().startswith(("http://", "https://"))):
        raise BadRequest("URL must start with http:// or https://")
    reviewer = (page.actor or {}).get("id")
    reviewer = str(reviewer) if reviewer is not None else None

    def write(conn):
        import sqlite_utils

        from ..store import schema

        schema.migrate(sqlite_utils.Database(conn))  # a database made before the verdict tables
        exists = records.get_claim(conn, claim_id) if claim_id is not None else records.get_story(conn, story_id)
        if exists is None:
            return None
        with conn:
            vid = records.record_verdict(
                conn, claim_id=claim_id, story_id=story_id, rating=rating, note=note, url=url, reviewer=reviewer
            )
            records.status_after_verdict(conn, vid, claim_id=claim_id, story_id=story_id, actor=reviewer)
            alerts_mod.refresh_after_verdict(conn, claim_id=claim_id, story_id=story_id)
            # the claims said again after the rated statement score more in the queue
            queue_scores.refresh_after_verdict(conn, claim_id=claim_id, story_id=story_id)
        return vid

    vid = await page.db.execute_write_fn(write, block=True)
    if vid is None:
        raise NotFound(f"{'Claim' if claim_id is not None else 'Story'} not found")
    back = target_path(page, claim_id, story_id)
    if page.is_json:
        return Response.json({"ok": True, "id": vid, "rating": rating, "redirect": back}, status=201)
    datasette.add_message(request, f"Verdict recorded: {rating}; status: reviewed ({records.REVIEWED})",
                          datasette.INFO)
    return Response.redirect(back)


async def _withdraw(page, claim_id=None, story_id=None):
    """POST reason: withdraw verdict ``vid`` of this claim or story (the review status
    it set goes back to what it was, unless a reviewer changed it since)."""
    datasette, request = page.ds, page.request
    if not await may_review(page):
        raise Forbidden("You do not have permission to withdraw verdicts (claims-review).")
    if not page.db.is_mutable:
        raise Forbidden(IMMUTABLE_MESSAGE.format(database=page.database))
    if request.method != "POST":
        raise MethodNotAllowed("POST to this address to withdraw the verdict.")
    number = request.url_vars["vid"]
    reason = str((await posted_fields(page)).get("reason") or "").strip()[:MAX_NOTE] or None
    actor = (page.actor or {}).get("id")

    def write(conn):
        import sqlite_utils

        from ..store import schema

        schema.migrate(sqlite_utils.Database(conn))
        column, value = ("claim_id", claim_id) if claim_id is not None else ("story_id", story_id)
        if not number.isdigit() or not conn.execute(
                f"select 1 from verdicts where id = ? and {column} = ?", [int(number), value]).fetchone():
            return None
        with conn:
            done = records.withdraw_verdict(conn, int(number), actor=None if actor is None else str(actor),
                                            reason=reason)
            alerts_mod.refresh_after_withdrawal(conn, claim_id=claim_id, story_id=story_id)
            queue_scores.refresh_after_verdict(conn, claim_id=claim_id, story_id=story_id)
        return done

    try:
        done = await page.db.execute_write_fn(write, block=True)
    except records.VerdictError as e:
        raise BadRequest(str(e))
    if done is None:
        raise NotFound("Verdict not found")
    back = target_path(page, claim_id, story_id)
    if page.is_json:
        return Response.json({"ok": True, "id": done.verdict_id, "status": done.status, "redirect": back},
                             status=201)
    datasette.add_message(request, "Verdict withdrawn" + (f"; status: {done.status.replace('_', ' ')}"
                                                          if done.status else ""), datasette.INFO)
    return Response.redirect(back)


async def claim_withdraw(page):
    return await _withdraw(page, claim_id=decode_id(page.request.url_vars["id"]))


async def story_withdraw(page):
    return await _withdraw(page, story_id=decode_id(page.request.url_vars["id"]))


MAX_BODY = 100_000


async def posted_fields(page) -> dict:
    """The POSTed fields: a form, or a JSON object for a JSON POST.  A text field holding
    a control character (a NUL, an escape; tabs and line breaks are text) is refused:
    it was stored, and a speaker named "\\x00" was a row with an invisible name."""
    data = await page.request.post_vars() if not page.is_json else await _posted_json(page)
    for name, value in data.items():
        if isinstance(value, str) and CONTROL.search(value):
            raise BadRequest(f"{name} contains a control character (U+{ord(CONTROL.search(value).group()):04X})")
    return data


# C0 controls and DEL, but for the tab and the line breaks a note may hold
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


async def _posted_json(page) -> dict:
    body = await page.request.post_body()
    if len(body) > MAX_BODY:
        raise BadRequest(f"Body is larger than {MAX_BODY} bytes")
    try:
        data = json.loads(body or b"{}")
    except (ValueError, RecursionError):
        raise BadRequest("Body is not valid JSON")
    if not isinstance(data, dict):
        raise BadRequest("Body must be a JSON object")
    return data


def _rating(rating: str, scale: list[dict]) -> str:
    """The scale's label for ``rating`` (matched ignoring case), else a 400."""
    labels = [r["label"] for r in scale]
    if rating in labels:
        return rating
    match = [label for label in labels if label.lower() == rating.lower()]
    if not match:
        raise BadRequest(f"Rating must be one of: {', '.join(labels)}")
    return match[0]


async def claim_verdict(page):
    return await _record(page, claim_id=decode_id(page.request.url_vars["id"]))


async def story_verdict(page):
    return await _record(page, story_id=decode_id(page.request.url_vars["id"]))


# -- ClaimReview ---------------------------------------------------------------------


async def claimreview_json(page):
    """Every current verdict as schema.org ClaimReview (a JSON list).

    Reports, speakers and stories the actor may not see are left out of the
    reviews (hidden tables read as NULL under ``page.read``).
    """
    datasette, database = page.ds, page.database
    scale = rating_scale(datasette, database)
    author = review_author(datasette, database)
    base = datasette.absolute_url(page.request, page.urls.overview())
    author_warning(datasette, database)
    reviews = await page.read(lambda conn: records.claimreviews(conn, scale=scale, author=author, base_url=base))
    return Response.json(http_links(reviews))


def http_links(value):
    """``value`` (a ClaimReview, or a list of them) without any ``url`` that is not http(s).

    The form refuses other schemes, but a verdict or report row written another way
    (Datasette's write API, a script) could hold ``javascript:``; ClaimReview is read by
    search engines and other fact-checkers' tools, which turn ``url`` into links."""
    if isinstance(value, list):
        return [http_links(v) for v in value]
    if not isinstance(value, dict):
        return value
    return {k: http_links(v) for k, v in value.items() if k != "url" or safe_url(v) is not None}
