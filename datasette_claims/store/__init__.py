"""The SQLite store: the only code that creates or changes tables.

``schema.py`` holds the numbered migrations; ``articles.py`` writes loaded
articles and their claims.  Everything goes through sqlite-utils so that the
same database is equally at home in Datasette, the sqlite-utils CLI and a
notebook.
"""


# ``migrate`` and ``open_db`` are looked up on first use: ``schema`` imports
# sqlite-utils (and through it NumPy, when installed), which code that only
# reads a name from ``store.connection`` or ``store.articles`` -- the
# extract command, which writes no database -- need not import.
__all__ = ["migrate", "open_db"]


def __getattr__(name: str):
    if name in __all__:
        from . import schema

        return getattr(schema, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
