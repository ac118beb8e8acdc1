"""The plugin's pages under ``/<database>/-/claims``, HTML and JSON."""


def routes():
    return []
