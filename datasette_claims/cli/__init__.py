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
        """Extract, match and check claims from news articles.

        \b
        First steps:
          datasette claims demo                      build the demo and serve it on port 8001
          datasette claims load claims.db articles/  load your own folder of articles
          datasette claims.db                        browse it: http://127.0.0.1:8001/claims/-/claims
        """

    load.register(claims)
    factchecks.register(claims)
    match.register(claims)
