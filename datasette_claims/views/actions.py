"""Table, row and database action menu entries linking to the claim pages."""

from __future__ import annotations

from .base import claims_path

TABLE_LINKS = {
    "claims": [("search", "Search claims across reports")],
    "stories": [("stories", "Browse stories")],
    "articles": [(None, "Claims overview")],
    "speakers": [(None, "Claims overview")],
    "claim_matches": [(None, "Claims overview")],
}
ROW_PAGES = {"claims": "claim", "stories": "story", "speakers": "speaker", "articles": "article"}


def table_actions(datasette, actor, database, table, request):
    links = TABLE_LINKS.get(table)
    if not links:
        return None
    out = []
    for part, label in links:
        href = claims_path(datasette, database, *([part] if part else []))
        out.append({"href": href, "label": label})
    return out


def row_actions(datasette, actor, request, database, table, row):
    kind = ROW_PAGES.get(table)
    if kind is None or row is None:
        return None
    try:
        value = row["id"]
    except (KeyError, IndexError, TypeError):
        return None
    if value is None:
        return None
    return [{"href": claims_path(datasette, database, kind, value), "label": f"Open the {kind} page"}]


def database_actions(datasette, actor, database, request):
    async def inner():
        try:
            db = datasette.get_database(database)
        except KeyError:
            return None
        names = set(await db.table_names())
        if not {"claims", "articles"} <= names:
            return None
        return [{"href": claims_path(datasette, database), "label": "Claims overview"}]

    return inner
