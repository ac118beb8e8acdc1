"""Each of the plugin's tables private in turn x every page (HTML, JSON, Atom)
x anonymous / permitted actor.

One small database is built per session.  Every table gets invented values
stored nowhere else (``MARKERS``); with that table private, anonymous pages
must never show them, and the permitted actor must see them where the page
shows that table (``SHOWN``).  Pages that cannot exist without the table
answer 403 (``NEEDED_BY``); every other page answers 200 and leaves the
private part out.
"""

from __future__ import annotations

import json
import re
import sqlite3

import pytest
from conftest import add_story, build_claims_db, make_datasette

from datasette_claims.views.base import encode_id

CLAIM = "hansard.2020/01:0-50"  # "We will cut the fuel tax by ten percent next year."
OTHER = "planet-1:0-50"  # the same pledge in the Daily Planet
STORY = "story:fuel<tax>"
ALLOWED = "alice"


def claim(cid):
    return f"/claims/-/claims/claim/{encode_id(cid)}"


# name -> path (".json" / ".atom" variants are added below)
PAGES = {
    "overview": "/claims/-/claims",
    "search": "/claims/-/claims/search?q=we+will+cut+the+fuel+tax+by+ten+percent",
    "search-filter": "/claims/-/claims/search?outlet=Daily+Planet",
    "stories": "/claims/-/claims/stories",
    "story": f"/claims/-/claims/story/{encode_id(STORY)}",
    "claim": claim(CLAIM),
    "claim-other": claim(OTHER),
    "speaker": "/claims/-/claims/speaker/jane-doe",
    "speakers": "/claims/-/claims/speakers",
    "article": "/claims/-/claims/article/planet-1",
    "alerts": "/claims/-/claims/alerts",
    "queue": "/claims/-/claims/queue?status=all",
}
FORMATS = {name: ["", ".json"] for name in PAGES}
FORMATS["alerts"].append(".atom")
PAGES["claimreview"] = "/claims/-/claims/claimreview.json"
FORMATS["claimreview"] = [""]


def url(name, fmt):
    base, _, qs = PAGES[name].partition("?")
    return base + fmt + ("?" + qs if qs else "")


# Invented values, each stored only in its table.
MARKERS = {
    "articles": ["Doe repeats tax pledge", "planet.example/doe-tax"],
    "speakers": ["Minister for Quillons"],
    "stories": ["Saffron corridor story"],
    "claim_matches": ["zebra-matcher-7"],
    "verdicts": ["Quokka ledger mismatch", "verdict-notes.example/q7", "reviewer-ximena"],
    "factchecks": ["Zephyr Truth Desk", "zephyr-checks.example/fuel-1"],
    "claim_alerts": ["0.4321"],
    "claims": ["Quagmire Hall"],
    "corrections": ["Pangolin review note"],
}
# Where the permitted actor sees each table's markers (page, format) -- so
# the anonymous "never shown" assertions are not vacuous.
SHOWN = {
    "articles": [("claim-other", ""), ("claim-other", ".json"), ("alerts", ""), ("alerts", ".json"),
                 ("alerts", ".atom"), ("claimreview", ""), ("article", ".json")],
    "speakers": [("claim", ".json"), ("speaker", ".json"), ("overview", ".json"), ("speakers", ""),
                 ("speakers", ".json")],
    "stories": [("claim", ".json"), ("story", ""), ("stories", ".json"), ("overview", "")],
    "claim_matches": [("claim", ".json")],
    "verdicts": [("claim", ""), ("claim", ".json"), ("claimreview", "")],
    "factchecks": [("claim", ""), ("claim", ".json"), ("story", ".json"), ("search", ".json"),
                   ("alerts", ""), ("alerts", ".json")],
    "claim_alerts": [("story", ""), ("story", ".json"), ("alerts", ""), ("alerts", ".json")],
    "claims": [("claim", ".json"), ("search", ".json")],
    "corrections": [("claim", ""), ("claim", ".json")],
}
EVERY = set(PAGES)
# Pages that do not exist without the table: 403 for whoever may not see it.
NEEDED_BY = {
    "claims": EVERY,
    "articles": EVERY - {"alerts", "claimreview"},
    "stories": {"stories", "story"},
    "speakers": {"speaker", "speakers"},
    "verdicts": {"claimreview"},
    "claim_alerts": {"alerts"},
}
# Tables no page shows anything of: private or not, every page still works.
QUIET = ["claims_fts", "factchecks_fts", "articles_fts", "load_errors", "factcheck_errors", "match_state",
         "claim_status", "claim_scores"]
TABLES = list(MARKERS) + QUIET

FACTCHECKS = [
    {"id": "fc-zephyr", "claim": "We will cut the fuel tax by ten percent next year.", "claimant": "Jane Doe",
     "rating": "False", "claim_date": "2020-01-05", "title": "Fuel tax pledge checked",
     "publisher": "Zephyr Truth Desk", "url": "https://zephyr-checks.example/fuel-1"},
]


def _build(tmp_path_factory):
    from datasette_claims import corrections
    from datasette_claims.factchecks import alerts, parse, records, store

    path = add_story(build_claims_db(tmp_path_factory.mktemp("matrix")))
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("update stories set label = 'Saffron corridor story'")
        conn.execute("update speakers set role = 'Minister for Quillons' where id = 'jane-doe'")
        conn.execute("update claim_matches set method = 'zebra-matcher-7'")
        conn.execute("update claims set said_where = 'Quagmire Hall' where id = ?", [CLAIM])
        text = "\n".join(json.dumps(f) for f in FACTCHECKS)
        store.import_factchecks(conn, parse.parse_text(text, "fc.jsonl"), source="fc.jsonl")
        records.record_verdict(conn, claim_id=CLAIM, rating="Misleading", note="Quokka ledger mismatch",
                               url="https://verdict-notes.example/q7", reviewer="reviewer-ximena")
        alerts.refresh_alerts(conn)
        same = conn.execute("select sourcing from claims where id = ?", [CLAIM]).fetchone()[0]
        corrections.record(conn, "sourcing", claim_id=CLAIM, value=same, reason="Pangolin review note",
                           actor=ALLOWED)
        conn.execute("update claim_alerts set score = 0.4321 where kind = 'factcheck'")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # everything in the main file
    conn.close()
    return path


@pytest.fixture(scope="module")
def matrix_db(tmp_path_factory):
    return _build(tmp_path_factory)


# A loaded CI machine must not turn Datasette's 1 s query limit into a flaky 503.
SETTINGS = {"sql_time_limit_ms": 20_000}


def private(table):
    return {
        "databases": {"claims": {"tables": {table: {"allow": {"id": ALLOWED}}}}},
        "plugins": {"datasette-claims": {"reviewers": {"id": ALLOWED}}},
    }


def cookies(ds, actor_id):
    return {"ds_actor": ds.sign({"a": {"id": actor_id}}, "actor")} if actor_id else {}


async def fetch_all(ds, actor_id):
    out = {}
    for name in PAGES:
        for fmt in FORMATS[name]:
            out[(name, fmt)] = await ds.client.get(url(name, fmt), cookies=cookies(ds, actor_id))
    return out


def test_markers_are_unique_to_their_table(matrix_db):
    """Every marker is stored in its own table and nowhere else (else the matrix proves nothing)."""
    conn = sqlite3.connect(matrix_db)
    tables = [r[0] for r in conn.execute("select name from sqlite_master where type = 'table'")]
    for table, markers in MARKERS.items():
        for marker in markers:
            holders = set()
            for other in tables:
                cols = [r[1] for r in conn.execute(f"pragma table_info([{other}])")]
                where = " or ".join(f"cast([{c}] as text) like ?" for c in cols)
                if cols and conn.execute(f"select 1 from [{other}] where {where} limit 1",
                                         [f"%{marker}%"] * len(cols)).fetchone():
                    holders.add(other)
            # (the migrations table holds only names and timestamps, whose microseconds may spell a number marker)
            holders = {h for h in holders if not h.startswith(table + "_fts") and not h.endswith(("_fts", "_content"))
                       and not h.endswith("migrations")}
            assert holders == {table}, (marker, holders)
    conn.close()


@pytest.mark.asyncio
@pytest.mark.parametrize("table", TABLES)
async def test_private_table_matrix(matrix_db, table):
    ds = make_datasette([matrix_db], config=private(table), settings=SETTINGS)
    markers = MARKERS.get(table, [])
    anonymous = await fetch_all(ds, None)
    permitted = await fetch_all(ds, ALLOWED)
    needed_by = NEEDED_BY.get(table, set())
    for (name, fmt), r in anonymous.items():
        where = (table, name, fmt)
        assert r.status_code == (403 if name in needed_by else 200), (where, r.status_code, r.text[:300])
        for marker in markers:
            assert marker not in r.text, (where, marker)
        if fmt == ".json" or name == "claimreview":
            body = r.json()
            if r.status_code == 403:
                assert body["ok"] is False and body["status"] == 403
    for (name, fmt), r in permitted.items():
        assert r.status_code == 200, (table, name, fmt, r.status_code, r.text[:300])
    for name, fmt in SHOWN.get(table, []):
        text = permitted[(name, fmt)].text
        for marker in markers:
            if marker in text:
                break
        else:
            pytest.fail(f"{table}: none of {markers} on {name}{fmt} for the permitted actor")


@pytest.mark.asyncio
@pytest.mark.parametrize("table", ["claims", "stories", "verdicts", "articles"])
async def test_verdict_post_matrix(matrix_db, tmp_path, table):
    """Writes: a reviewer who may see the claim records a verdict; nobody else does."""
    path = str(tmp_path / "claims.db")
    source, copy = sqlite3.connect(matrix_db), sqlite3.connect(path)
    source.backup(copy)  # a file copy would miss whatever still sits in the WAL
    source.close()
    copy.close()
    ds = make_datasette([path], config=private(table), settings=SETTINGS)

    def count():
        conn = sqlite3.connect(path)
        try:
            return conn.execute("select count(*) from verdicts").fetchone()[0]
        finally:
            conn.close()

    before = count()
    for actor_id, name in [(None, "claim"), (ALLOWED, "claim"), (None, "story"), (ALLOWED, "story")]:
        target = PAGES[name]
        jar = cookies(ds, actor_id)
        page = await ds.client.get(target, cookies=jar)
        hidden = actor_id is None and name in NEEDED_BY.get(table, ())
        assert page.status_code == (403 if hidden else 200), (target, page.text[-500:])
        if page.cookies.get("ds_csrftoken"):  # 0.65: the form's token, as a browser sends it
            jar["ds_csrftoken"] = page.cookies["ds_csrftoken"]
        found = re.search(r'name="csrftoken" value="([^"]*)"', page.text)
        token = found.group(1) if found else ""
        r = await ds.client.post(target + "/verdict", data={"rating": "False", "csrftoken": token}, cookies=jar)
        assert r.status_code == (302 if actor_id else 403), (table, actor_id, target, r.status_code, r.text[:300])
        assert "Quokka" not in r.text
    assert count() == before + 2


def _copy(matrix_db, path):
    source, copy = sqlite3.connect(matrix_db), sqlite3.connect(path)
    source.backup(copy)  # a file copy would miss whatever still sits in the WAL
    source.close()
    copy.close()


@pytest.mark.asyncio
@pytest.mark.parametrize("table", ["claims", "stories", "corrections", "claim_matches", "articles"])
async def test_story_correction_post_matrix(matrix_db, tmp_path, table):
    """Merging and splitting stories: a reviewer who may see the story's tables (and the corrections
    a merge or split writes) does; a
    reviewer who may not, or anyone else, gets 403 and nothing is written."""
    config = private(table)
    config["plugins"]["datasette-claims"]["reviewers"] = {"id": [ALLOWED, "bob"]}
    needed = table in NEEDED_BY and "story" in NEEDED_BY[table]  # what the story page needs
    needed = needed or table == "corrections"  # ... and the table a merge or split writes
    for actor_id, expected in [(None, 403), ("bob", 403 if needed else 302), (ALLOWED, 302)]:
        folder = tmp_path / (actor_id or "anonymous")
        folder.mkdir()
        path = str(folder / "claims.db")
        _copy(matrix_db, path)
        ds = make_datasette([path], config=config, settings=SETTINGS)
        jar = cookies(ds, actor_id)
        page = await ds.client.get(PAGES["story"], cookies=jar)
        if page.cookies.get("ds_csrftoken"):
            jar["ds_csrftoken"] = page.cookies["ds_csrftoken"]
        found = re.search(r'name="csrftoken" value="([^"]*)"', page.text)
        token = found.group(1) if found else ""
        if expected == 302:
            assert 'form="claims-split-form"' in page.text
        r = await ds.client.post(PAGES["story"] + "/split", data={"claim": OTHER, "csrftoken": token}, cookies=jar)
        assert r.status_code == expected, (table, actor_id, r.status_code, r.text[:300])
        m = await ds.client.post(PAGES["story"] + "/merge", data={"into": "nope", "csrftoken": token}, cookies=jar)
        assert m.status_code == (400 if expected == 302 else 403), (table, actor_id, m.status_code)
        for marker in MARKERS.get(table, []):
            assert marker not in r.text + m.text
        splits = sqlite3.connect(path).execute("select count(*) from corrections where kind = 'story_split'")
        assert splits.fetchone()[0] == (1 if expected == 302 else 0)
