"""Every difference between Datasette 0.65.x and the 1.0 alphas, in one place.

The rest of the plugin calls these helpers and never checks a version.
Differences handled here: permission checks (``permission_allowed`` on 0.65,
``allowed()`` with resources on 1.0), custom action registration, and the
shape of error JSON, and plugin config lookup (1.0a41 loses the instance
level's fallback, see ``plugin_config``), and how a plugin adds default
metadata for a database (``add_default_metadata``), and what 0.65's CSRF
middleware (asgi-csrf; 1.0 has none) answers when it refuses a form
(``CSRF_REFUSALS``), and which private tables 0.65 would label on other tables'
pages without asking (``labels_unchecked_private``).
"""

from __future__ import annotations

import asyncio

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

# What asgi-csrf answers when it refuses a request (its messages, and its
# fallback); empty on 1.0, which checks requests without it.
try:
    import asgi_csrf

    CSRF_REFUSALS = frozenset(getattr(asgi_csrf, "error_messages", {}).values()) | {"CSRF validation failed"}
except ImportError:
    CSRF_REFUSALS = frozenset()


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
    catalog (``allowed_resources``) instead of one permission query per table.
    0.65 has no such call: each table's own ``view-table`` answer is asked (the
    tables at once), and where it has none the database's and instance's, which
    are the same for every table, are asked once: ``ensure_permissions``' order
    (the first answer wins, no answer allows) without asking them per table.
    """
    tables = list(dict.fromkeys(tables))
    if IS_1_0:
        allowed = set()
        page = await ds.allowed_resources("view-table", actor, parent=database, limit=1000)
        async for resource in page.all():
            allowed.add(resource.child)
        return {t for t in tables if t in allowed}
    answers = await asyncio.gather(
        *(ds.permission_allowed(actor, "view-table", resource=(database, t), default=None) for t in tables))
    if all(a is not None for a in answers):
        return {t for t, a in zip(tables, answers) if a}
    database_ok = await can_view_database(ds, actor, database)
    return {t for t, a in zip(tables, answers) if (database_ok if a is None else a)}


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


# Table options that 1.0 reads from config, not metadata (as its move_table_config does).
_TABLE_CONFIG_KEYS = ("facets", "sort", "sort_desc", "label_column", "size", "hidden")
DEFAULTS_ATTR = "_datasette_claims_default_metadata"


async def add_default_metadata(ds, database: str, block: dict) -> None:
    """Defaults for ``database`` under whatever the user's metadata/config already says.

    0.65: kept on the instance and returned by the ``get_metadata`` hook
    (``default_metadata``); Datasette lets the local metadata win.  1.0: table
    options go into ``ds.config`` and descriptions into the internal metadata
    tables, each only where nothing is set.
    """
    if not IS_1_0:
        getattr(ds, DEFAULTS_ATTR, None) or setattr(ds, DEFAULTS_ATTR, {})
        getattr(ds, DEFAULTS_ATTR)[database] = block
        return
    if ds.config is None:
        ds.config = {}
    db_config = ds.config.setdefault("databases", {}).setdefault(database, {})
    if "description" not in await ds.get_database_metadata(database):
        await ds.set_database_metadata(database, "description", block["description"])
    for table, options in block["tables"].items():
        table_config = db_config.setdefault("tables", {}).setdefault(table, {})
        for key in _TABLE_CONFIG_KEYS:
            if key in options:
                table_config.setdefault(key, options[key])
        present = await ds.get_resource_metadata(database, table)
        if "description" in options and "description" not in present:
            await ds.set_resource_metadata(database, table, "description", options["description"])
        for column, note in options.get("columns", {}).items():
            if "description" not in await ds.get_column_metadata(database, table, column):
                await ds.set_column_metadata(database, table, column, "description", note)


def default_metadata(ds) -> dict | None:
    """For 0.65's ``get_metadata`` hook: the defaults ``add_default_metadata`` kept."""
    found = getattr(ds, DEFAULTS_ATTR, None)
    return {"databases": found} if found else None


async def labels_unchecked_private(ds, database: str, tables) -> frozenset[str]:
    """Of ``tables``, those whose own ``view-table`` rule refuses anonymous
    users, on 0.65 only: 0.65 fills a foreign key's label from its table's
    ``label_column`` without a permission check (1.0 checks, so: none)."""
    if IS_1_0:
        return frozenset()
    found = set()
    for table in tables:
        if await ds.permission_allowed(None, "view-table", resource=(database, table), default=None) is False:
            found.add(table)
    return frozenset(found)
