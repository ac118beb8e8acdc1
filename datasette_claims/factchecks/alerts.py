""""Previously checked": claims that repeat a known fact-check or a judged claim.

A claim is previously checked when

* an imported fact-check states the same thing (full-text candidates from
  ``search_factchecks``, confirmed by ``claim_similarity``), or
* a claim that carries a verdict states the same thing (same story, a
  ``claim_matches`` link, or ``claim_similarity`` over the text), or
* its story carries a verdict.

``previously_checked()`` computes this live for one claim (the claim page and
its JSON).  ``refresh_alerts()`` stores the same findings in ``claim_alerts``
(one row per claim and match, never duplicated) for the alerts page and feed;
it runs after ``import-factchecks``, after a verdict is recorded, and should
run after a load (``refresh_alerts(conn, new_claim_ids)``).
"""

from __future__ import annotations

from ..text import match_any, tokens
from ..store.articles import own_sheet_check
from ..store.connection import has_table, in_lists
from .records import row_dicts, current_verdicts, linked_claims, live, now, related_claim_ids
from .search import content_words, search_factchecks

FACTCHECK_THRESHOLD = 0.65
CLAIM_THRESHOLD = 0.62
CANDIDATES = 5
POOL = 30  # FTS candidates reranked per claim: alerts only need the top few


def _similarity(a: str, b: str) -> float:
    try:
        from ..matching.similarity import claim_similarity
    except ImportError:  # pragma: no cover - matching module absent
        from rapidfuzz import fuzz, utils

        return fuzz.token_set_ratio(a or "", b or "", processor=utils.default_process) / 100
    return claim_similarity(a or "", b or "")


# A stored alert copies what it matched (a fact-check's or a verdict's rating), so it
# is listed only where that source can be read: under the pages' authorizer a hidden
# table reads as NULL, and an alert on a private verdict or fact-check is then left
# out, not shown with the rating copied from it.
SOURCE_VISIBLE = """(case al.kind
    when 'factcheck' then exists(select 1 from factchecks f where f.id = al.match_id)
    when 'verdict' then exists(select 1 from verdicts v where v.claim_id = al.match_id)
    else exists(select 1 from verdicts v where v.story_id = al.match_id) end)"""


def _source_rating(conn) -> str:
    """SQL: the rating of what alert ``al`` matched as it is now (the fact-check's, or the
    current verdict of the claim or story).  ``claim_alerts.rating`` keeps the rating the
    alert was raised with: a verdict changed since (False, then Misleading) showed the old one."""
    verdict = ("(select v.rating from verdicts v where v.{column} = al.match_id and "
               f"{live(conn, 'v')} order by v.created desc, v.id desc limit 1)")
    return (f"(case al.kind when 'factcheck' then (select f.rating from factchecks f where f.id = al.match_id) "
            f"when 'verdict' then {verdict.format(column='claim_id')} else {verdict.format(column='story_id')} end)")


MIN_SHARED_WORDS = 2
MIN_OVERLAP = 0.4


def _overlap_ok(a: str, b: str) -> bool:
    """Guard against subset matches ("It's the right thing to do." inside a long claim).

    Both texts must share at least ``MIN_SHARED_WORDS`` content words, and those
    must be at least ``MIN_OVERLAP`` of each text's content words.
    """
    wa, wb = content_words(a), content_words(b)
    shared = len(wa & wb)
    if shared < MIN_SHARED_WORDS or not wa or not wb:
        return False
    return min(shared / len(wa), shared / len(wb)) >= MIN_OVERLAP


def _claim(conn, claim_id) -> dict | None:
    rows = row_dicts(conn.execute("select * from claims where id = ?", [claim_id]))
    return rows[0] if rows else None


def factcheck_matches(
    conn, text: str, threshold: float = FACTCHECK_THRESHOLD, limit: int = CANDIDATES, when=None
) -> list[dict]:
    """Imported fact-checks that state ``text``, best first, each with ``score``.

    ``when`` (the date the claim was made, if known) lets the search favour
    checks of claims made shortly before it, as repeated talking points are.
    """
    out = []
    for fc in search_factchecks(conn, text, limit=limit, pool=POOL, when=when):
        score = _similarity(text, fc.get("claim") or "")
        if score >= threshold and _overlap_ok(text, fc.get("claim") or ""):
            fc = {k: v for k, v in fc.items() if k != "bm25"}
            fc["score"] = round(score, 3)
            out.append(fc)
    out.sort(key=lambda f: -f["score"])
    return out


def _verdict_claims(conn) -> list[dict]:
    """Claims with a current verdict: ``[{claim_id, content, rating, ...}]``."""
    out = []
    for v in current_verdicts(conn):
        if v.get("claim_id") is None:
            continue
        row = conn.execute("select content from claims where id = ?", [v["claim_id"]]).fetchone()
        if row:
            out.append({"claim_id": v["claim_id"], "content": row[0], "rating": v["rating"], "verdict": v})
    return out


def verdict_matches(conn, claim: dict, threshold: float = CLAIM_THRESHOLD, verdict_claims=None) -> list[dict]:
    """Other claims with a verdict that state the same as ``claim`` (linked or similar)."""
    if verdict_claims is None:
        verdict_claims = _verdict_claims(conn)
    if not verdict_claims:
        return []
    links = linked_claims(conn, claim["id"])
    linked = set(related_claim_ids(conn, claim, links))
    out = []
    for vc in verdict_claims:
        if vc["claim_id"] == claim["id"] or vc["claim_id"] in links.other_wording:
            continue  # (a verdict on a misquote of it is not on it)
        score = _similarity(claim["content"], vc["content"])
        if vc["claim_id"] in linked:
            score = max(score, threshold)
        elif not _overlap_ok(claim["content"], vc["content"]):
            continue
        if score >= threshold:
            out.append(
                {
                    "claim_id": vc["claim_id"],
                    "content": vc["content"],
                    "rating": vc["rating"],
                    "verdict": vc["verdict"],
                    "score": round(score, 3),
                }
            )
    out.sort(key=lambda m: -m["score"])
    return out


def story_verdict(conn, claim: dict) -> dict | None:
    if not claim.get("story_id") or not has_table(conn, "verdicts"):
        return None
    rows = row_dicts(
        conn.execute(
            f"select * from verdicts where story_id = ? and {live(conn)} order by created desc, id desc limit 1",
            [claim["story_id"]],
        )
    )
    return rows[0] if rows else None


def previously_checked(conn, claim_id) -> dict:
    """Live "previously checked" findings for one claim (empty lists when none)."""
    result = {"previously_checked": False, "factchecks": [], "verdicts": [], "story_verdict": None}
    if not has_table(conn, "claims"):
        return result
    claim = _claim(conn, claim_id)
    if claim is None:
        return result
    result["factchecks"] = factcheck_matches(conn, claim["content"], when=claim.get("said_on"))
    result["verdicts"] = verdict_matches(conn, claim)
    result["story_verdict"] = story_verdict(conn, claim)
    result["previously_checked"] = bool(result["factchecks"] or result["verdicts"] or result["story_verdict"])
    return result


def story_previously_checked(conn, story_id) -> dict:
    """For a story page: the stored alerts of its claims (fact-checks and judged claims they repeat)."""
    result = {"previously_checked": False, "factchecks": [], "verdicts": [], "story_verdict": None}
    if not has_table(conn, "claim_alerts") or not has_table(conn, "claims"):
        return result
    rows = row_dicts(
        conn.execute(
            f"""
            select al.kind, al.match_id, max(al.score) as score, {_source_rating(conn)} as rating
            from claim_alerts al join claims c on c.id = al.claim_id
            where c.story_id = ? and al.kind in ('factcheck', 'verdict') and {SOURCE_VISIBLE}
            group by al.kind, al.match_id
            order by score desc
            """,
            [story_id],
        )
    )
    for row in rows:
        if row["kind"] == "factcheck":
            fc = row_dicts(conn.execute("select * from factchecks where id = ?", [row["match_id"]]))
            if fc:
                result["factchecks"].append(dict(fc[0], score=row["score"]))
        else:
            claim = _claim(conn, row["match_id"])
            if claim and claim.get("story_id") != story_id:
                result["verdicts"].append(
                    {"claim_id": claim["id"], "content": claim["content"], "rating": row["rating"], "score": row["score"]}
                )
    result["previously_checked"] = bool(result["factchecks"] or result["verdicts"])
    return result


def refresh_alerts(conn, claim_ids=None) -> int:
    """Store alerts for these claims (all claims when None).  Returns how many are new.

    Idempotent: an alert already stored for a claim and match is kept as it
    was (with its original ``created`` time), never duplicated.
    """
    if not has_table(conn, "claim_alerts") or not has_table(conn, "claims"):
        return 0
    if claim_ids is None:
        claim_ids = [r[0] for r in conn.execute("select id from claims")]
    has_factchecks = bool(has_table(conn, "factchecks") and conn.execute("select 1 from factchecks limit 1").fetchone())
    verdict_claims = _verdict_claims(conn)
    if not has_factchecks and not verdict_claims and not conn.execute(
        f"select 1 from verdicts where story_id is not null and {live(conn)} limit 1"
    ).fetchone():
        return 0
    stamp = now()
    added = 0
    for claim_id in claim_ids:
        claim = _claim(conn, claim_id)
        if claim is None:
            continue
        found = []
        if has_factchecks:
            # (a sheet's own claim is not "previously checked" by its own rating: the sheet is that check,
            # and the alert put the checked claim at the head of the review queue)
            found += [("factcheck", f["id"], f["score"], f.get("rating"))
                      for f in factcheck_matches(conn, claim["content"], when=claim.get("said_on"))
                      if not own_sheet_check(f["id"], claim.get("article_id"))]
        found += [
            ("verdict", m["claim_id"], m["score"], m["rating"])
            for m in verdict_matches(conn, claim, verdict_claims=verdict_claims)
        ]
        sv = story_verdict(conn, claim)
        if sv:
            found.append(("story", claim["story_id"], 1.0, sv["rating"]))
        for kind, match_id, score, rating in found:
            cur = conn.execute(
                "insert or ignore into claim_alerts (claim_id, kind, match_id, score, rating, created) values (?, ?, ?, ?, ?, ?)",
                [claim_id, kind, match_id, score, rating, stamp],
            )
            added += cur.rowcount if cur.rowcount and cur.rowcount > 0 else 0
    if added:
        from ..queue_scores import refresh

        refresh(conn, None if len(claim_ids) > 1000 else claim_ids)  # the queue's bound counts alerts
    return added


def claims_near(conn, text: str, limit: int = 50) -> list[str]:
    """Claim ids whose text shares words with ``text`` (FTS candidates)."""
    if not has_table(conn, "claims_fts"):
        return []
    q = match_any(list(dict.fromkeys(tokens(text))))
    if not q:
        return []
    return [
        r[0]
        for r in conn.execute(
            "select claims.id from claims_fts join claims on claims.rowid = claims_fts.rowid "
            "where claims_fts match ? order by bm25(claims_fts) limit ?",
            [q, limit],
        )
    ]


def refresh_after_verdict(conn, claim_id=None, story_id=None) -> int:
    """Alerts for the claims that a new verdict makes "previously checked"."""
    if story_id is not None:
        ids = [r[0] for r in conn.execute("select id from claims where story_id = ?", [story_id])]
        return refresh_alerts(conn, ids)
    claim = _claim(conn, claim_id)
    if claim is None:
        return 0
    ids = set(related_claim_ids(conn, claim)) | set(claims_near(conn, claim["content"]))
    ids.discard(claim_id)
    return refresh_alerts(conn, sorted(ids))


def refresh_after_withdrawal(conn, claim_id=None, story_id=None) -> int:
    """After a verdict was withdrawn: the alerts its claim's or story's verdicts raised
    go, and are raised again for a verdict still in force (with its rating)."""
    if not has_table(conn, "claim_alerts"):
        return 0
    kind, match = ("verdict", claim_id) if claim_id is not None else ("story", story_id)
    # (the queue's bounds count fact-check alerts only: none moves)
    conn.execute("delete from claim_alerts where kind = ? and match_id = ?", [kind, match])
    return refresh_after_verdict(conn, claim_id=claim_id, story_id=story_id)


def list_alerts(conn, limit: int = 100, offset: int = 0) -> list[dict]:
    """Stored alerts, newest first, with the claim, its report and what it matched."""
    if not has_table(conn, "claim_alerts"):
        return []
    rows = row_dicts(
        conn.execute(
            f"""
            select al.id, al.claim_id, al.kind, al.match_id, al.score, al.created, {_source_rating(conn)} as rating,
                   c.content, c.speaker, c.quote_type, c.stance, c.said_on, c.article_id, c.story_id,
                   a.headline, a.outlet, a.url as article_url, a.published
            from claim_alerts al
            join claims c on c.id = al.claim_id
            left join articles a on a.id = c.article_id
            where {SOURCE_VISIBLE}
            order by al.created desc, al.id desc
            limit ? offset ?
            """,
            [limit, offset],
        )
    )
    for row in rows:
        row["match"] = _describe_match(conn, row["kind"], row["match_id"])
    return rows


def _describe_match(conn, kind: str, match_id: str) -> dict:
    if kind == "factcheck":
        rows = row_dicts(conn.execute("select id, claim, claimant, rating, url, publisher, review_date from factchecks where id = ?", [match_id]))
        return rows[0] if rows else {"id": match_id}
    if kind == "verdict":
        rows = row_dicts(conn.execute("select id, content, speaker, quote_type, stance from claims where id = ?", [match_id]))
        return rows[0] if rows else {"id": match_id}
    # the first claim's quote type: a story that opened as a paraphrase is not titled as a quotation
    rows = row_dicts(conn.execute(
        "select s.id, s.label, c1.quote_type as first_quote_type from stories s"
        " left join claims c1 on c1.id = s.first_claim_id where s.id = ?", [match_id]))
    return rows[0] if rows else {"id": match_id}


def refresh_for_sheets(conn, article_ids) -> int:
    """After a load: alerts for the stored claims that the fact-check sheets
    among these articles check (``store.articles.sheet_check_id``): a sheet
    loaded after the reports of its claim alerts them, as an imported
    fact-check does.  The candidates are the claims sharing its words
    (``claims_near``), confirmed as any alert is.  Returns how many are new."""
    if not has_table(conn, "factchecks") or not has_table(conn, "claim_alerts"):
        return 0
    if conn.execute("select 1 from factchecks where id >= 'sheet-' and id < 'sheet.' limit 1").fetchone() is None:
        return 0  # (no sheet check anywhere: a load of news asks nothing per article)
    from ..store.articles import SHEET_CHECK_ID

    near: set[str] = set()
    for article_id in article_ids:
        sheet = SHEET_CHECK_ID.format(article_id)
        for (claim,) in conn.execute("select claim from factchecks where id = ? or (id > ? and id < ?)",
                                     [sheet, sheet + "#", sheet + "$"]):
            near.update(claims_near(conn, claim))
    return refresh_alerts(conn, sorted(near)) if near else 0


def refresh_for_articles(conn, article_ids) -> int:
    """After a load (and its matching): alerts for the claims of these articles.

    ``conn`` is a DB-API connection (``sqlite_utils.Database.conn``); the caller
    commits.  Cheap when nothing was ever checked (returns 0 at once).
    """
    if hasattr(conn, "conn"):  # a sqlite_utils.Database
        conn = conn.conn
    article_ids = list(article_ids or [])
    if not article_ids or not has_table(conn, "claim_alerts"):
        return 0
    claim_ids = []
    for chunk in in_lists(article_ids):
        marks = ",".join("?" for _ in chunk)
        claim_ids += [r[0] for r in conn.execute(f"select id from claims where article_id in ({marks})", chunk)]
    return refresh_alerts(conn, claim_ids) + refresh_for_sheets(conn, article_ids)
