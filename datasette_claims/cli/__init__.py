"""``datasette claims ...``: one click group, one module per area.

Commands are thin: they parse options, call the pipeline or the store, and
turn the outcome into output and an exit status.
"""

from __future__ import annotations

import click

from . import factchecks, load
from . import match


def register(cli: click.Group) -> None:
    @cli.group(name="claims")
    def claims():
        "Extract, match and check claims from news articles"

    load.register(claims)
    factchecks.register(claims)
    match.register(claims)
