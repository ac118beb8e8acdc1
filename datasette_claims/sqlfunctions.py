"""SQL functions registered on every Datasette connection."""


def register(conn):
    pass
