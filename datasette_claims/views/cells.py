"""Links from Datasette's own table and row pages into the claim pages.

A cell holding a claim or story id gets a small extra link to its page, both
as a plain value and as an expanded foreign key (a ``{"value", "label"}``
dict, shown as Datasette shows it: a link to the row, then the id).  A
table's own primary key is never handed to ``render_cell`` on Datasette 0.65
(it renders the row link itself), so its text column carries the link
instead: a claim's content, a story's label, a speaker's name, an article's
headline.  Every value is escaped; every other cell is left to Datasette.
"""

from __future__ import annotations

from datasette.utils import tilde_encode
from markupsafe import Markup, escape

from .base import claims_path

# (table, column) -> kind of page the value identifies
CELLS = {
    ("claims", "id"): "claim",
    ("claims", "denies"): "claim",
    ("claims", "story_id"): "story",
    ("claims", "speaker_id"): "speaker",
    ("claims", "article_id"): "article",
    ("claim_matches", "claim_a"): "claim",
    ("claim_matches", "claim_b"): "claim",
    ("claim_repeats", "claim_a"): "claim",
    ("claim_repeats", "claim_b"): "claim",
    ("stories", "id"): "story",
    ("stories", "first_claim_id"): "claim",
    ("verdicts", "claim_id"): "claim",
    ("verdicts", "story_id"): "story",
    ("claim_alerts", "claim_id"): "claim",
}
# (table, column) -> kind of page the row's own ``id`` identifies
ROW_CELLS = {
    ("claims", "content"): "claim",
    ("stories", "label"): "story",
    ("speakers", "name"): "speaker",
    ("articles", "headline"): "article",
}
TABLES = {"claim": "claims", "story": "stories", "speaker": "speakers", "article": "articles"}
LINK = Markup(' <a class="claims-cell-link" href="{href}" title="Open the {kind} page">{kind}&nbsp;&#8599;</a>')


def render_cell(row, value, column, table, database, datasette):
    if database is None:
        return None
    kind = CELLS.get((table, column))
    if kind is not None:
        return _id_cell(datasette, database, kind, value)
    kind = ROW_CELLS.get((table, column))
    if kind is not None and isinstance(value, str) and value:
        return _row_cell(datasette, database, kind, row, value)
    return None


def _id_cell(datasette, database, kind, value):
    if isinstance(value, dict):  # an expanded foreign key
        ident, label = value.get("value"), value.get("label")
        if not isinstance(ident, str) or not ident:
            return None
        row_url = datasette.urls.row(database, TABLES[kind], tilde_encode(ident))
        shown = Markup('<a href="{url}">{label}</a>').format(url=row_url, label=label or ident)
        if label and label != ident:
            shown += Markup("&nbsp;<em>{ident}</em>").format(ident=ident)
        return shown + _link(datasette, database, kind, ident)
    if not isinstance(value, str) or not value:
        return None
    return escape(value) + _link(datasette, database, kind, value)


def _row_cell(datasette, database, kind, row, value):
    try:
        ident = row["id"]
    except (KeyError, IndexError, TypeError):
        return None
    if ident is None:
        return None
    limit = datasette.setting("truncate_cells_html") or 0
    text = value if not limit or len(value) <= limit else value[:limit] + "\u2026"
    return escape(text) + _link(datasette, database, kind, ident)


def _link(datasette, database, kind, ident) -> Markup:
    try:
        href = claims_path(datasette, database, kind, ident)
    except KeyError:  # a database Datasette no longer serves
        return Markup("")
    return LINK.format(href=href, kind=kind)
