"""A hostile corpus in a real browser: reports whose headline, outlet, speaker,
role, address and text carry markup, script, template syntax and a word longer
than the screen.  Every page showing them is loaded in headless Chromium with
``alert`` replaced by a recorder: no injected script runs (no alert, no
``javascript:``/``data:`` link), and no page grows wider than the window.

Invented reports only, loaded by the real loader, served by a real ``datasette``
process (tests/test_browser.py's helpers).  Skipped without Chromium.
"""

from __future__ import annotations

import json
import sqlite3
import time

import pytest
from conftest import write_docs
from test_browser import CHROMIUM, browser, serve  # noqa: F401 (the fixture)

from datasette_claims.views.base import encode_id

pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="Chromium not installed (apt-get install chromium)")

TAG = '"><img src=x onerror=alert(1)>'
SCRIPT = "</script><script>alert(2)</script>"
LONG = "Q" * 3000
HOSTILE = [
    {"id": "tide-1", "kind": "transcript", "speaker": f"Ivo {TAG}", "outlet": f"Tide {SCRIPT}", "date": "2021-03-01",
     "url": "javascript:alert(3)", "title": f"Ferry {SCRIPT} {TAG} \u202eevil\u202c {{{{ 7*7 }}}}",
     "text": f"The ferry fare will double by {TAG} next spring. The pier {SCRIPT} reopens {LONG} in May."},
    {"id": "tide-2", "kind": "transcript", "speaker": f"Ivo {TAG}", "outlet": f"Gull {TAG}", "date": "2021-03-02",
     "url": "data:text/html,<script>alert(4)</script>", "title": f"Fares {TAG}",
     "text": f"The ferry fare will double by {TAG} next spring. The pier {SCRIPT} reopens {LONG} in May."},
]
RECORDER = "window.__alerts = []; window.alert = function (x) { window.__alerts.push(String(x)); };"


@pytest.fixture(scope="module")
def hostile_db(tmp_path_factory):
    from datasette_claims.loader import load

    folder = tmp_path_factory.mktemp("hostile")
    path = str(folder / "claims.db")
    load(path, [write_docs(folder, HOSTILE)], match=True)
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("update speakers set role = ?", [f"Harbour {TAG}"])
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    return path


def _paths(db_path):
    conn = sqlite3.connect(db_path)
    base = "/claims/-/claims"
    paths = [base, base + "/search?q=ferry+fare", base + "/stories", base + "/queue?status=all", base + "/speakers"]
    for kind, table in (("claim", "claims"), ("story", "stories"), ("speaker", "speakers"), ("article", "articles")):
        paths += [f"{base}/{kind}/{encode_id(r[0])}" for r in conn.execute(f"select id from {table}")]
    conn.close()
    return paths + ["/claims/claims", "/claims/articles", "/claims/speakers"]


def test_no_injected_script_runs_and_no_page_overflows(hostile_db, browser):  # noqa: F811
    browser.call("Page.addScriptToEvaluateOnNewDocument", source=RECORDER)
    server = serve(hostile_db)
    url = next(server)
    try:
        paths = _paths(hostile_db)
        assert any("/story/" in p for p in paths)
        for path in paths:
            browser.call("Page.navigate", url=url + path)
            browser.wait_for("document.body && window.__alerts")
            time.sleep(0.2)  # (an image's onerror fires after load)
            assert browser.js("JSON.stringify(window.__alerts)") == "[]", path
            links = browser.js("Array.from(document.querySelectorAll('a[href]'))"
                               ".filter(a => /^\\s*(javascript|data):/i.test(a.getAttribute('href'))).length")
            assert links == 0, path
            width = browser.js("[document.documentElement.scrollWidth, document.documentElement.clientWidth]")
            if "/-/claims" in path:  # (Datasette's own table pages scroll sideways by design)
                assert width[0] <= width[1] + 20, (path, json.dumps(width))
    finally:
        next(server, None)
