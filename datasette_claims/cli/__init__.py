"""``datasette claims ...``: one click group, one module per area.

Commands are thin: they parse options, call the pipeline or the store, and
turn the outcome into output and an exit status.

The command modules are imported when the group is registered, not with this
package: ``python -m datasette_claims extract`` (``__main__``) imports only
the module of its one command.
"""

from __future__ import annotations

import click


def register(cli: click.Group) -> None:
    from ..regex_cache import kept

    with kept():  # (the command modules' patterns, compiled in an earlier run: see ``regex_cache``)
        from . import factchecks, load, match

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
