"""The claim page's "Said before / said again": the claims of the same speaker
that matching found in like words on another occasion (``claim_repeats``).

Such a pair is not one statement (``claim_matches``), so it joins no story; a
fact-checker still wants it -- a talking point repeated, a claim already
checked said again.  Read only when the actor may see ``claim_repeats``; the
other claims come through ``CLAIM_SELECT`` (claims and articles, which the
claim page needs anyway), so a repeat of a claim no longer stored drops out.

Each repeat carries its statement's verdict when there is one (``verdict``:
on that claim, its story or another report of its story, the one the queue's
"said again, rated before" reads): the desk that rated the words once wants
to know they were said again, to publish the verdict again rather than check
anew.  It is the other occasion's verdict, never this claim's: the page says
so, apart from this claim's own verdict panel.  Read only when the actor may
see ``verdicts``; a withdrawn verdict is not current (when ``verdict_withdrawals``
may be read, as everywhere).
"""

from __future__ import annotations

from .data import StatementVerdict, claim_dicts, claim_rows, claims_where, public, statement_verdicts

# At most this many repeats each way (earliest first before, latest last again).
REPEATS_SHOWN = 20

# What told the two occasions apart (``claim_repeats.reason``, ``matching.decide.SAID_AGAIN_GATES``), in words.
REASON_LABELS = {
    "another-day": "each says \"today\", on other days",
    "far-apart": "months apart",
    "names-another": "months apart, said of someone else",
    "own-line": "a short line said again days later",
}

_REPEATS = (
    "select claim_b as other, days_apart, score, reason, 'again' as side from claim_repeats where claim_a = ? "
    "union all "
    "select claim_a as other, days_apart, score, reason, 'before' as side from claim_repeats where claim_b = ?"
)


async def said_again(page, claim_id: str) -> dict | None:
    """``{"before": [...], "again": [...]}``: the same speaker's like words in an
    earlier report (said before) and a later one (said again), each with the
    other claim (its date, outlet and address), the days between the reports,
    the wording's score and the occasion that told the two apart; None when the
    actor may not see ``claim_repeats`` or the database has no such table."""
    if not await page.can_view("claim_repeats"):
        return None

    def read(query):
        pairs = query(_REPEATS, [claim_id, claim_id])
        return pairs, claim_rows(query, [p["other"] for p in pairs])

    pairs, rows = await page.run(read)
    claims = claim_dicts(page, rows)
    rated = await statement_verdicts(page, rows)  # (the stored story, when the actor may see stories)
    out: dict[str, list] = {"before": [], "again": []}
    for p in pairs:
        other = claims.get(p["other"])
        if other is None:
            continue
        verdict = rated.get(p["other"])
        out[p["side"]].append(
            {"claim": public(other), "days_apart": p["days_apart"], "score": p["score"], "reason": p["reason"],
             "reason_label": REASON_LABELS.get(p["reason"], p["reason"]),
             "verdict": None if verdict is None else _verdict_dict(page, verdict, other)}
        )
    for side in out.values():
        side.sort(key=lambda r: (r["claim"]["article"]["published"] or "", r["claim"]["id"]))
    return {"before": out["before"][-REPEATS_SHOWN:], "again": out["again"][:REPEATS_SHOWN]}


async def repeated(page, claim_ids: list[str]) -> set[str]:
    """The claims among ``claim_ids`` said before or again (a ``claim_repeats`` row at
    either end): the speaker page marks them; empty when the actor may not read it."""
    return await claims_where(page, claim_ids, "claim_repeats", _REPEATED)


# (a claim at either end of a repeat; each side read by its own index)
_REPEATED = ("(exists(select 1 from claim_repeats r where r.claim_a = c.id) "
             "or exists(select 1 from claim_repeats r where r.claim_b = c.id))")


def _verdict_dict(page, found: StatementVerdict, claim: dict) -> dict:
    """A repeat's verdict for the page: the rating, who gave it and when, and the page of the
    claim it is on (a story's verdict: the story's page, else that claim's)."""
    if found.claim_id is not None:
        url = page.urls.claim(found.claim_id)
    else:
        url = claim.get("story_url") or claim["url"]
    return {"rating": found.rating, "reviewer": found.reviewer, "created": found.created, "on": found.on,
            "claim_id": found.claim_id, "url": url}
