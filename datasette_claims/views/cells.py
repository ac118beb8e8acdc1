"""Links from Datasette's own table and row pages into the claim pages.

Only plain claim and story ids get a small extra link next to the value;
expanded foreign keys (dicts) and every other cell are left to Datasette.
"""

from __future__ import annotations

from markupsafe import Markup

from .base import claims_path

# (table, column) -> kind of page the value identifies
CELLS = {
    ("claims", "id"): "claim",
    ("claims", "denies"): "claim",
    ("claims", "story_id"): "story",
    ("claim_matches", "claim_a"): "claim",
    ("claim_matches", "claim_b"): "claim",
    ("stories", "id"): "story",
    ("stories", "first_claim_id"): "claim",
}


def render_cell(row, value, column, table, database, datasette):
    kind = CELLS.get((table, column))
    if kind is None or not isinstance(value, str) or not value or database is None:
        return None
    try:
        href = claims_path(datasette, database, kind, value)
    except KeyError:
        return None
    return Markup(
        '{value} <a class="claims-cell-link" href="{href}" title="Open the {kind} page">{kind}&nbsp;&#8599;</a>'
    ).format(value=value, href=href, kind=kind)
