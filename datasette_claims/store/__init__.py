"""The SQLite store: the only code that creates or changes tables.

``schema.py`` holds the numbered migrations; ``articles.py`` writes loaded
articles and their claims.  Everything goes through sqlite-utils so that the
same database is equally at home in Datasette, the sqlite-utils CLI and a
notebook.
"""

from .schema import migrate, open_db  # noqa: F401
