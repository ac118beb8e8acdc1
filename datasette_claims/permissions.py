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


def allowed(datasette, actor, action, resource):
    """0.65: ``permission_allowed`` — True when the reviewers block admits the actor."""
    if action != ACTION:
        return None
    database = resource if isinstance(resource, str) else (resource[0] if resource else None)
    if reviewer_allowed(datasette, actor, database=database):
        return True
    return None
