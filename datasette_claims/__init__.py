"""datasette-claims: Datasette hooks only.

Every hook is a few lines that hand over to the module doing the work, so
the plugin's whole surface can be read on one screen.  Hooks that exist on
only one Datasette line (``row_actions``, ``register_actions`` and
``permission_resources_sql`` on 1.0, ``permission_allowed`` and
``get_metadata`` on 0.65) are
simply never called on the other.

The marker is pluggy's, made as Datasette makes its own ``hookimpl``
(``HookimplMarker("datasette")`` on both lines): the same mark on each
function, without importing the ``datasette`` package, which ``python -m
datasette_claims extract`` would otherwise load only to read this file
(some 160 million instructions of its start-up: docs/benchmarks.md).
"""

from pluggy import HookimplMarker

hookimpl = HookimplMarker("datasette")


@hookimpl
def register_commands(cli):
    from .cli import register

    register(cli)


@hookimpl
def asgi_wrapper(datasette):
    from .views.csrf import wrapper

    return wrapper(datasette)


@hookimpl
def register_routes(datasette):
    from .views import routes

    return routes()


@hookimpl
def prepare_connection(conn):
    from .sqlfunctions import register
    from .store.connection import configure_served

    register(conn)
    configure_served(conn)


@hookimpl
def render_cell(row, value, column, table, database, datasette):
    from .views.cells import render_cell as render

    return render(row, value, column, table, database, datasette)


@hookimpl
def table_actions(datasette, actor, database, table, request):
    from .views.actions import table_actions as actions

    return actions(datasette, actor, database, table, request)


@hookimpl
def row_actions(datasette, actor, request, database, table, row):
    from .views.actions import row_actions as actions

    return actions(datasette, actor, request, database, table, row)


@hookimpl
def database_actions(datasette, actor, database, request):
    from .views.actions import database_actions as actions

    return actions(datasette, actor, database, request)


@hookimpl
def register_actions(datasette):
    from .permissions import actions

    return actions()


@hookimpl
def permission_resources_sql(datasette, actor, action):
    from .permissions import resources_sql

    return resources_sql(datasette, actor, action)


@hookimpl
def permission_allowed(datasette, actor, action, resource):
    from .permissions import allowed

    return allowed(datasette, actor, action, resource)


@hookimpl
def startup(datasette):
    from .metadata import install

    async def inner():
        await install(datasette)

    return inner


@hookimpl
def get_metadata(datasette, key, database, table):
    from .compat import default_metadata

    return default_metadata(datasette)
