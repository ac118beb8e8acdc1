"""The ``claims-review`` permission: who may record verdicts.

Granted two ways, on both Datasette lines:

* the plugin config ``{"plugins": {"datasette-claims": {"reviewers": <allow block>}}}``
  (instance level, or under ``databases.<name>.plugins`` for one database),
  matched with Datasette's own ``actor_matches_allow``;
* Datasette's permission system: on 1.0 the ``permissions:`` block of
  datasette.yaml (and ``--root``), on 0.65 any other plugin answering
  ``permission_allowed``.

Declared with ``register_actions`` on 1.0 (an undeclared action makes
``datasette.allowed()`` raise); 0.65 has no declaration step.

Also, on 0.65 only: a full-text index is as private as the table it indexes.
``claims_fts`` (and its shadow tables) hold the words of ``claims``; 0.65 serves
it as a table of its own, so a ``claims`` table kept private by its ``allow``
block was readable, text and all, at ``/<db>/claims_fts.json``.  1.0 refuses
those already.
"""

from __future__ import annotations

from datasette.utils import actor_matches_allow

from . import compat
from .compat import IS_1_0

ACTION = "claims-review"
PLUGIN = "datasette-claims"
DESCRIPTION = "Record fact-check verdicts on claims and stories"


def _reviewers(datasette, database: str | None = None):
    config = compat.plugin_config(datasette, PLUGIN, database=database)
    return config.get("reviewers")


def reviewer_allowed(datasette, actor, database: str | None = None) -> bool:
    """Does the plugin's ``reviewers`` allow block admit ``actor``?"""
    allow = _reviewers(datasette, database)
    if allow is None:
        return False
    return bool(actor_matches_allow(actor, allow))


def actions():
    if not IS_1_0:
        return []
    from datasette.permissions import Action
    from datasette.resources import DatabaseResource

    return [Action(name=ACTION, abbr="cr", description=DESCRIPTION, resource_class=DatabaseResource)]


def resources_sql(datasette, actor, action):
    """1.0: grant ``claims-review`` per database where ``reviewers`` admits the actor."""
    if action != ACTION or not IS_1_0:
        return None
    from datasette.permissions import PermissionSQL

    # Database-level rows (not one instance-wide allow): a root-level
    # ``permissions: {claims-review: ...}`` block in datasette.yaml denies
    # everyone it does not name at the root, and the more specific database
    # rule wins over it, so both ways of granting keep working together.
    selects, params = [], {}
    for i, name in enumerate(sorted(datasette.databases)):
        if reviewer_allowed(datasette, actor, database=name):
            key = f"datasette_claims_db_{i}"
            params[key] = name
            selects.append(
                f"SELECT :{key} AS parent, NULL AS child, 1 AS allow, 'datasette-claims reviewers' AS reason"
            )
    if not selects:
        return None
    return PermissionSQL(sql=" UNION ALL ".join(selects), params=params)


# The plugin's full-text indexes and the table each one indexes.
FTS_SOURCES = {"claims_fts": "claims", "articles_fts": "articles", "factchecks_fts": "factchecks"}


def indexed_table(table: str) -> str | None:
    """The table ``table`` is the full-text index (or an index shadow table) of, else None."""
    from .views.access import FTS_SHADOWS

    for fts, source in FTS_SOURCES.items():
        if table == fts or (table.startswith(fts) and table[len(fts):] in FTS_SHADOWS):
            return source
    return None


def index_visibility(datasette, actor, resource):
    """0.65 ``view-table`` on an index: False when its table's own rule refuses the actor."""
    if not isinstance(resource, (tuple, list)) or len(resource) != 2:
        return None
    database, table = resource
    source = indexed_table(table) if isinstance(table, str) else None
    if source is None:
        return None

    async def inner():
        answer = await datasette.permission_allowed(actor, "view-table", resource=(database, source), default=None)
        return False if answer is False else None

    return inner


def allowed(datasette, actor, action, resource):
    """0.65: ``permission_allowed`` — True when the reviewers block admits the actor;
    ``view-table`` of a full-text index refused with its table's."""
    if action == "view-table" and not IS_1_0:
        return index_visibility(datasette, actor, resource)
    if action != ACTION:
        return None
    database = resource if isinstance(resource, str) else (resource[0] if resource else None)
    if reviewer_allowed(datasette, actor, database=database):
        return True
    return None
