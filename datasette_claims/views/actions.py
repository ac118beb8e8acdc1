"""Table, row and database action menu entries."""


def table_actions(datasette, actor, database, table, request):
    return None


def row_actions(datasette, actor, request, database, table, row):
    return None


def database_actions(datasette, actor, database, request):
    return None
