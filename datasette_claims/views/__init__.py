"""The plugin's pages under ``/<database>/-/claims``, HTML and JSON, and the
tables each one reads.

Every route goes through ``base.view()`` with a ``Reads`` declaration: the
tables it needs (403 without permission to see them) and the ones it shows
when allowed (left out otherwise).  They are checked with Datasette's
permissions before the page's first query, and SQLite's authorizer refuses
any read outside them (see ``access``).  Each page is also JSON with
``.json`` before the query string.  Ids in URLs are tilde-encoded
(``base.encode_id``); raw and %-encoded ids are accepted.
"""

from .access import Reads
from .base import view

DB = r"^/(?P<database>[^/]+)/-/claims"
FMT = r"(?P<format>\.json)?$"
ID = r"/(?P<id>[^/]+?)"

CORE = Reads(needs=("articles", "claims"))
FACTCHECKS = ("factchecks", "factchecks_fts")
# The verdict panel on claim and story pages: verdicts, "previously checked"
# (fact-checks, judged claims, stored alerts) and the ClaimReview JSON-LD.
PANEL = Reads(needs=(), shows=("verdicts", "verdict_withdrawals", *FACTCHECKS, "claim_alerts", "claim_matches",
                               "stories", "speakers"))

READS = {
    # The overview links to the queue, the alerts and the load errors (counted when visible).
    # Its latest stories carry their statement's rating, when verdicts are allowed.
    "overview": CORE + Reads(shows=("speakers", "stories", "claim_matches", "claim_alerts", "load_errors",
                                    "verdicts", "verdict_withdrawals")),
    # Each result's statement's current rating, when verdicts are allowed.
    "search": CORE + Reads(shows=("claims_fts", "articles_fts", "speakers", "stories", *FACTCHECKS,
                                  "verdicts", "verdict_withdrawals")),
    "stories": CORE + Reads(needs=("stories",), shows=("verdicts", "verdict_withdrawals")),
    # The review queue: each signal's table is shown (and scored) only when allowed; the
    # migrations say whether the stored bounds count the signals as they are now.
    # "Said again, rated before": a repeat (claim_repeats) of a statement with a verdict.
    "queue": CORE + Reads(shows=("stories", "verdicts", "verdict_withdrawals", "claim_alerts", "factchecks", "speakers",
                                 "claim_status", "claim_scores", "claim_matches", "claim_repeats",
                                 "_sqlite_migrations")),
    # A story id that went away is followed through story_moves to the story holding its first claim.
    # Its review status is the statement's (views/statuses.py), when claim_status is allowed.
    "story": CORE + Reads(needs=("stories",), shows=("speakers", "corrections", "story_moves", "claim_status"))
    + PANEL,
    # "Said before / said again": the speaker's like words on other occasions (claim_repeats).
    "claim": CORE + Reads(shows=("speakers", "stories", "claim_matches", "claims_fts", "corrections",
                                 "claim_status", "claim_repeats")) + PANEL,
    # Its claims carry their statement's rating and whether another report says otherwise (conflict links).
    # A speaker merged into another redirects there; merges naming it are listed, with their undo.
    # A claim the speaker said before or again on another occasion is marked (claim_repeats).
    "speaker": CORE + Reads(needs=("speakers",), shows=("stories", "verdicts", "verdict_withdrawals", "claim_matches",
                                                        "speaker_counts", "corrections", "claim_repeats")),
    "speakers": CORE + Reads(needs=("speakers",)),
    "article": CORE + Reads(shows=("stories", "speakers", "verdicts", "verdict_withdrawals", "factchecks")),
    # Alerts list claims; their reports, fact-checks and stories are shown when allowed,
    # and an alert on a fact-check or a verdict only to those who may see it.
    "alerts": Reads(needs=("claims", "claim_alerts"),
                    shows=("articles", "factchecks", "verdicts", "verdict_withdrawals", "stories")),
    # ClaimReview is verdicts published: without them there is nothing to say.
    "claimreview": Reads(needs=("claims", "verdicts"),
                         shows=("verdict_withdrawals", "articles", "speakers", "stories", "claim_matches")),
    # Writes need the table they write: a reviewer who may not see the verdicts would
    # record over one unseen, or withdraw one by guessing its number.
    "claim_verdict": Reads(needs=("claims", "verdicts")),
    # Reviewers' corrections and queue status (writes; the claims-review permission, and
    # sight of the table written, as for verdicts).
    "claim_review": Reads(needs=("claims", "corrections"), shows=("stories",)),
    "claim_status": Reads(needs=("claims", "claim_status"), shows=("stories",)),
    "story_review": Reads(needs=("claims", "stories", "claim_status")),
    # Merging and splitting: whoever may not see the story page may not recast it.
    "story_correction": CORE + Reads(needs=("stories", "corrections")),
    "speaker_review": Reads(needs=("claims", "speakers", "corrections")),
    "story_verdict": Reads(needs=("claims", "stories", "verdicts")),
}


def claims_routes():
    from .claim import claim_page
    from .overview import overview
    from .people import article_page, speaker_page, speakers_page
    from .queue import queue_page
    from .search import search_page
    from .stories import stories_page, story_page

    return [
        (DB + FMT, view(overview, READS["overview"])),
        (DB + "/search" + FMT, view(search_page, READS["search"])),
        (DB + "/stories" + FMT, view(stories_page, READS["stories"])),
        (DB + "/queue" + FMT, view(queue_page, READS["queue"])),
        (DB + "/claim" + ID + FMT, view(claim_page, READS["claim"])),
        (DB + "/story" + ID + FMT, view(story_page, READS["story"])),
        (DB + "/speakers" + FMT, view(speakers_page, READS["speakers"])),
        (DB + "/speaker" + ID + FMT, view(speaker_page, READS["speaker"])),
        (DB + "/article" + ID + FMT, view(article_page, READS["article"])),
    ]


def factcheck_routes():
    from .alerts import alerts_page
    from .review import (claim_correction, claim_status, speaker_kind, speaker_merge, story_merge, story_split,
                         story_status, undo_correction)
    from .verdicts import claim_verdict, claim_withdraw, claimreview_json, story_verdict, story_withdraw

    return [
        (DB + r"/alerts(?P<format>\.json|\.atom)?$", view(alerts_page, READS["alerts"])),
        (DB + r"/claimreview(?P<format>\.json)$", view(claimreview_json, READS["claimreview"])),
        (DB + r"/claim/(?P<id>[^/]+)/verdict$", view(claim_verdict, READS["claim_verdict"])),
        (DB + r"/story/(?P<id>[^/]+)/verdict$", view(story_verdict, READS["story_verdict"])),
        (DB + r"/claim/(?P<id>[^/]+)/verdict/(?P<vid>[^/]+)/withdraw(?P<format>\.json)?$",
         view(claim_withdraw, READS["claim_verdict"])),
        (DB + r"/story/(?P<id>[^/]+)/verdict/(?P<vid>[^/]+)/withdraw(?P<format>\.json)?$",
         view(story_withdraw, READS["story_verdict"])),
        (DB + r"/claim/(?P<id>[^/]+)/correct(?P<format>\.json)?$", view(claim_correction, READS["claim_review"])),
        (DB + r"/claim/(?P<id>[^/]+)/status(?P<format>\.json)?$", view(claim_status, READS["claim_status"])),
        (DB + r"/story/(?P<id>[^/]+)/status(?P<format>\.json)?$", view(story_status, READS["story_review"])),
        (DB + r"/speaker/(?P<id>[^/]+)/merge(?P<format>\.json)?$", view(speaker_merge, READS["speaker_review"])),
        (DB + r"/speaker/(?P<id>[^/]+)/kind(?P<format>\.json)?$", view(speaker_kind, READS["speaker_review"])),
        (DB + r"/story/(?P<id>[^/]+)/merge(?P<format>\.json)?$", view(story_merge, READS["story_correction"])),
        (DB + r"/story/(?P<id>[^/]+)/split(?P<format>\.json)?$", view(story_split, READS["story_correction"])),
        (DB + r"/correction/(?P<id>[0-9]+)/undo(?P<format>\.json)?$", view(undo_correction, READS["claim_review"])),
    ]


def routes():
    return claims_routes() + factcheck_routes()
