"""The plugin's hooks are marked with pluggy's ``HookimplMarker("datasette")``,
the marker Datasette's own ``hookimpl`` is, so that importing the plugin does
not import Datasette (``python -m datasette_claims extract`` needs none of it):
Datasette must still find every one of them, and the package alone must
leave ``datasette`` unimported."""

from __future__ import annotations

import subprocess
import sys

import datasette_claims


def _marked() -> set[str]:
    return {name for name, value in vars(datasette_claims).items()
            if callable(value) and hasattr(value, "datasette_impl")}


def test_datasette_registers_every_marked_hook():
    from datasette.plugins import get_plugins

    (ours,) = [p for p in get_plugins() if p["name"] == "datasette-claims"]
    marked = _marked()
    assert {"register_commands", "register_routes", "prepare_connection", "startup"} <= marked
    assert marked == set(ours["hooks"])


def test_the_marker_is_datasettes_own():
    from datasette import hookimpl

    assert datasette_claims.hookimpl.project_name == hookimpl.project_name == "datasette"


def test_importing_the_plugin_leaves_datasette_unimported():
    code = "import sys, datasette_claims\nprint(sorted(m for m in sys.modules if m.split('.')[0] == 'datasette'))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
