"""Known fact-checks: parsing archives, storing them, searching them, alerts.

Pure code over ``sqlite3`` / ``sqlite_utils`` and plain data, with no Datasette
imports, so the CLI, the benchmark and the web pages share it.
"""
