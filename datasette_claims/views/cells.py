"""Links from Datasette's own table pages into the claim pages."""


def render_cell(row, value, column, table, database, datasette):
    return None
