"""The plugin's pages under ``/<database>/-/claims``, HTML and JSON.

Each page is also JSON with ``.json`` before the query string.  Ids in URLs
are tilde-encoded (``base.encode_id``); raw and %-encoded ids are accepted.
"""

from .base import view

DB = r"^/(?P<database>[^/]+)/-/claims"
FMT = r"(?P<format>\.json)?$"
ID = r"/(?P<id>[^/]+?)"


def claims_routes():
    from .claim import claim_page
    from .overview import overview
    from .people import article_page, speaker_page
    from .queue import queue_page
    from .search import search_page
    from .stories import stories_page, story_page

    return [
        (DB + FMT, view(overview)),
        (DB + "/search" + FMT, view(search_page)),
        (DB + "/stories" + FMT, view(stories_page)),
        (DB + "/queue" + FMT, view(queue_page)),
        (DB + "/claim" + ID + FMT, view(claim_page)),
        (DB + "/story" + ID + FMT, view(story_page)),
        (DB + "/speaker" + ID + FMT, view(speaker_page)),
        (DB + "/article" + ID + FMT, view(article_page)),
    ]


def routes():
    from .verdicts import factcheck_routes

    return claims_routes() + factcheck_routes()
