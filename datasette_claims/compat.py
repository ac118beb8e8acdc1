"""Every difference between Datasette 0.65.x and the 1.0 alphas, in one place.

The rest of the plugin calls these helpers and never checks a version.
Differences handled here: permission checks (``permission_allowed`` on 0.65,
``allowed()`` with resources on 1.0), custom action registration, and the
shape of error JSON, and plugin config lookup (1.0a41 loses the instance
level's fallback, see ``plugin_config``).
"""

from __future__ import annotations

import datasette
from datasette import Forbidden
from datasette.utils.asgi import Response

try:  # 1.0a20 and later
    from datasette.permissions import Action, PermissionSQL  # noqa: F401
    from datasette.resources import DatabaseResource, TableResource

    IS_1_0 = True
except ImportError:  # 0.65.x
    Action = PermissionSQL = DatabaseResource = TableResource = None
    IS_1_0 = False

DATASETTE_VERSION = datasette.__version__


async def can_view_database(ds, actor, database: str) -> bool:
    """May ``actor`` see this database (instance and database visibility)?"""
    if IS_1_0:
        return await ds.allowed(action="view-database", resource=DatabaseResource(database), actor=actor)
    try:
        await ds.ensure_permissions(actor, [("view-database", database), "view-instance"])
        return True
    except Forbidden:
        return False


async def can_view_table(ds, actor, database: str, table: str) -> bool:
    """May ``actor`` see this table?  Plugin pages must ask before reading it."""
    if IS_1_0:
        return await ds.allowed(action="view-table", resource=TableResource(database, table), actor=actor)
    try:
        await ds.ensure_permissions(
            actor, [("view-table", (database, table)), ("view-database", database), "view-instance"]
        )
        return True
    except Forbidden:
        return False


async def visible_tables(ds, actor, database: str, tables) -> set[str]:
    """Which of ``tables`` ``actor`` may see: ``can_view_table`` for each, in one go on 1.0.

    1.0 answers for every table of the database with one query on its internal
    catalog (``allowed_resources``) instead of one permission query per table;
    0.65 has no such call and checks each table.
    """
    tables = list(dict.fromkeys(tables))
    if IS_1_0:
        allowed = set()
        page = await ds.allowed_resources("view-table", actor, parent=database, limit=1000)
        async for resource in page.all():
            allowed.add(resource.child)
        return {t for t in tables if t in allowed}
    return {t for t in tables if await can_view_table(ds, actor, database, t)}


async def can(ds, actor, action: str, database: str) -> bool:
    """A database-scoped permission check for one of our own actions."""
    if IS_1_0:
        return await ds.allowed(action=action, resource=DatabaseResource(database), actor=actor)
    return await ds.permission_allowed(actor, action, resource=database, default=False)


def plugin_config(ds, plugin: str, database: str | None = None) -> dict:
    """The plugin's config for ``database``, else the instance's.

    1.0a41 drops the instance-level config for any database that has a
    ``databases.<name>`` block without plugin config of its own (say, only a
    table's ``allow`` block): its ``_plugin_config_nested`` forgets to return
    the fallback.  0.65 falls back correctly; asking twice works on both.
    """
    config = ds.plugin_config(plugin, database=database) if database is not None else None
    if config is None:
        config = ds.plugin_config(plugin)
    return config or {}


def json_error(message: str, status: int) -> Response:
    """Errors in the shape Datasette 1.0 uses, on both lines."""
    return Response.json(
        {"ok": False, "error": message, "errors": [message], "status": status}, status=status
    )


def datasette_kwargs(config: dict) -> dict:
    """Constructor keyword for plugin/permission config: ``config=`` on 1.0, ``metadata=`` on 0.65."""
    return {"config" if IS_1_0 else "metadata": config}
