"""``python -m datasette_claims extract ...``: the extract command without Datasette's CLI.

``datasette claims extract`` starts by importing Datasette's whole command
line: its web application, its views and, through its vendored ``pint``,
NumPy, SciPy and Dask when they are installed (the ``distributed`` extra
installs Dask), before this plugin's command is even found.  ``claims
extract`` touches no database and serves nothing, so none of that is used,
and it was about half of the command's start-up (7.3 against 3.9 billion
instructions), which runs before the workers fork, one core idle
(docs/benchmarks.md, "The claims extract command over the corpus").

This entry point runs the same command object (``cli.load.extract_command``:
the same options, output and exit statuses) from a group of its own, so a
pipeline that extracts many files, or one large one, can skip that start-up.
``datasette claims extract`` stays, and stays the same.
"""

from __future__ import annotations

import click

from .regex_cache import kept

with kept():  # (the command modules' patterns, compiled in an earlier run: see ``regex_cache``)
    from .cli.load import extract_command


@click.group(name="datasette_claims")
def main() -> None:
    """datasette-claims commands that need no Datasette: each the same as
    datasette claims COMMAND, started without Datasette's own start-up."""


main.add_command(extract_command)


if __name__ == "__main__":
    main(prog_name="python -m datasette_claims")
