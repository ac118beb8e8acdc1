"""The overview's unnamed-sources link and the alerts table's layout, as a fact-checker met them.

- The overview's "N% of claims rest on unnamed sources" was plain text: "which claims are
  anonymous?" took one click per kind of unnamed sourcing; it links to them all (search's
  ``sourcing=unnamed``).
- The alerts page, in a real browser: beside long claims the long-word rule broke a rating
  mid-word ("Misleadi / ng"), Datasette's pre-wrap cells showed the template's line breaks as
  empty lines, and a report's date broke at its hyphen.

Invented reports, fact-check and names; the real CLI, a real Datasette, Chromium.
"""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from conftest import load_docs_with_cli, make_datasette
from datasette.cli import cli
from test_browser import CHROMIUM, browser, serve  # noqa: F401 (fixtures)

REPORTS = [
    {"id": "quay", "outlet": "Harrowgate Mercury", "published": "2031-06-02",
     "text": ("Officials who spoke on condition of anonymity said the harbour levy had doubled since the spring.\n\n"
              "Harbour master Ines Caldow said the new quay would open in August.\n\n"
              "A senior pilot, who asked not to be named, said the dredging had not begun.\n")},
]


@pytest.mark.asyncio
async def test_the_overviews_unnamed_share_links_to_every_unnamed_claim(tmp_path):
    ds = make_datasette([load_docs_with_cli(tmp_path, REPORTS)])
    html = (await ds.client.get("/claims/-/claims")).text
    assert '<a href="/claims/-/claims/search?sourcing=unnamed">unnamed sources</a>' in html
    found = (await ds.client.get("/claims/-/claims/search.json?sourcing=unnamed")).json()
    contents = sorted(r["claim"]["content"] for r in found["results"])
    assert contents == ["the dredging had not begun", "the harbour levy had doubled since the spring"]


@pytest.mark.asyncio
async def test_no_unnamed_link_when_every_claim_is_named(tmp_path):
    named = [{**REPORTS[0], "text": "Harbour master Ines Caldow said the new quay would open in August.\n"}]
    ds = make_datasette([load_docs_with_cli(tmp_path, named)])
    html = (await ds.client.get("/claims/-/claims")).text
    assert "0% of claims rest on unnamed sources." in html


LONG = ("the tidal barrier at Skelmouth will protect every house in the lower town from a once in a century "
        "storm surge without raising a single council tax band before the next election")


@pytest.fixture(scope="module")
def alerts_server(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("alerts-layout")
    db = str(tmp / "claims.db")
    checks = tmp / "checks.jsonl"
    checks.write_text(json.dumps({"claim": LONG[0].upper() + LONG[1:], "claimant": "Councillor Bram Oyelaran",
                                  "rating": "Misleading", "url": "https://factcheck.example/skelmouth",
                                  "date": "2031-05-01"}) + "\n", encoding="utf-8")
    report = tmp / "report.jsonl"
    report.write_text(json.dumps({"id": "skel", "outlet": "Skelmouth Observer", "published": "2031-05-12",
                                  "headline": "Barrier promise repeated",
                                  "text": f"Councillor Bram Oyelaran said on Monday that {LONG}.\n"}) + "\n",
                      encoding="utf-8")
    runner = CliRunner()
    for args in (["import-factchecks", db, str(checks)], ["load", db, str(report)]):
        result = runner.invoke(cli, ["claims", *args])
        assert result.exit_code == 0, result.output
    yield from serve(db)


@pytest.mark.skipif(CHROMIUM is None, reason="Chromium not installed (apt-get install chromium)")
def test_the_alerts_table_keeps_ratings_and_dates_whole(alerts_server, browser):  # noqa: F811
    browser.goto(alerts_server + "/claims/-/claims/alerts")
    browser.wait_for("document.querySelector('table.claims-alerts td[data-label=Rating]')")
    # the lines a cell's words take: a word broken over two lines takes two
    lines = browser.js("""(() => { const r = document.createRange();
        const cell = document.querySelector('table.claims-alerts td[data-label=Rating]');
        r.selectNodeContents(cell); return [cell.innerText.trim(), r.getClientRects().length]; })()""")
    assert lines == ["Misleading", 1]
    assert browser.js("document.querySelector('table.claims-alerts .claims-date').getClientRects().length") == 1
    # the Report cell: headline, then outlet and date; no empty line between them
    report = browser.js("document.querySelector('table.claims-alerts td[data-label=Report]').innerText")
    assert "\n\n" not in report.strip(), report
