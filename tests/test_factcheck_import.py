"""import-factchecks (every format, malformed records), export-claimreview, search_factchecks."""

from __future__ import annotations

import gzip
import json
import sqlite3

from click.testing import CliRunner
from datasette.cli import cli

from datasette_claims.factchecks import parse
from datasette_claims.factchecks.search import search_factchecks

CLAIMREVIEW = {
    "@context": "https://schema.org",
    "@type": "ClaimReview",
    "url": "https://checker.example/2020/fuel-tax",
    "claimReviewed": "The fuel tax will be cut by ten percent next year.",
    "datePublished": "2020-01-07",
    "author": {"@type": "Organization", "name": "Checker", "url": "https://checker.example"},
    "reviewRating": {"@type": "Rating", "ratingValue": 2, "bestRating": 5, "worstRating": 1,
                     "alternateName": "Misleading"},
    "itemReviewed": {"@type": "Claim", "author": {"@type": "Person", "name": "Jane Doe"},
                     "datePublished": "2020-01-05",
                     "appearance": [{"@type": "CreativeWork", "url": "https://hansard.example/1"}]},
    "inLanguage": "en",
}
SECOND = dict(CLAIMREVIEW, url="https://checker.example/2020/nurses",
              claimReviewed="Hospitals will get two thousand new nurses.",
              reviewRating={"@type": "Rating", "alternateName": "Half true"})
BROKEN = {"@context": "https://schema.org", "@type": "ClaimReview", "url": "https://checker.example/broken"}

GOOGLE = {
    "claims": [
        {
            "text": "Farmers will pay more for diesel next winter.",
            "claimant": "Bob Jones",
            "claimDate": "2020-02-01T00:00:00Z",
            "claimReview": [
                {"publisher": {"name": "Farm Facts", "site": "farmfacts.example"},
                 "url": "https://farmfacts.example/diesel", "title": "Will diesel cost more?",
                 "reviewDate": "2020-02-03T10:00:00Z", "textualRating": "Unproven", "languageCode": "en"},
                {"publisher": {"name": "Other Check"}, "url": "https://other.example/diesel",
                 "textualRating": "Mostly false"},
            ],
        },
        {"claimant": "Nobody", "claimReview": []},  # malformed: no text
        "not an object",  # malformed
    ],
    "nextPageToken": "abc",
}

CSV_TEXT = (
    "claim,claimant,date,rating,url\n"
    "The harbour bridge opened early,Mayor Smith,2020-03-01,True,https://c.example/bridge\n"
    ",Nobody,2020-03-02,False,https://c.example/empty\n"
    '"Taxes, as always, are up",Ann,"March 3, 2020",False,https://c.example/taxes\n'
    "too,many,cells,here,x,y\n"
)

# The CheckThat! 2021 2B verified-claims corpus has exactly these fields.
CLEF_LINES = [
    {"id": "vclaim-pol-1", "text": "Says the budget is balanced for the first time in a decade.",
     "title": "Is the budget balanced?", "speaker": "Jane Doe", "truth_label": "half-true",
     "date": "stated on January 5, 2020 in a speech:", "url": "/factchecks/2020/jan/06/jane-doe/budget/"},
    {"id": "vclaim-pol-2", "text": "Nurses were hired by the thousand.", "title": "Nurses",
     "speaker": "Jane Doe", "truth_label": "false", "date": "stated on January 9, 2020 in a tweet:",
     "url": "/factchecks/2020/jan/10/jane-doe/nurses/"},
]


def write(tmp_path, name, text):
    path = tmp_path / name
    if name.endswith(".gz"):
        path.write_bytes(gzip.compress(text.encode("utf-8")))
    else:
        path.write_text(text, encoding="utf-8")
    return str(path)


def run(*args):
    return CliRunner().invoke(cli, ["claims", *args], catch_exceptions=False)


def rows(db_path, sql, params=()):
    conn = sqlite3.connect(db_path)
    conn.row_factory = sqlite3.Row
    try:
        return [dict(r) for r in conn.execute(sql, params)]
    finally:
        conn.close()


def html_page(*objects, extra=""):
    scripts = "".join(
        f'<script type="application/ld+json">{json.dumps(o)}</script>' for o in objects
    )
    return (
        "<!doctype html><html><head><title>Check</title>"
        '<script type="application/ld+json">{"@context":"https://schema.org","@type":"BreadcrumbList"}</script>'
        f"{scripts}{extra}</head><body><p>Our check.</p></body></html>"
    )


# -- parsing, format by format -----------------------------------------------------------


def split(items):
    items = list(items)
    return [i for i in items if isinstance(i, parse.FactCheck)], [i for i in items if isinstance(i, parse.Problem)]


def test_parse_single_claimreview():
    good, bad = split(parse.parse_text(json.dumps(CLAIMREVIEW), "one.json"))
    assert bad == []
    (fc,) = good
    assert fc.claim == CLAIMREVIEW["claimReviewed"]
    assert fc.claimant == "Jane Doe"
    assert fc.claim_date == "2020-01-05"
    assert fc.rating == "Misleading"
    assert (fc.rating_value, fc.best_rating, fc.worst_rating) == (2, 5, 1)
    assert fc.url == "https://checker.example/2020/fuel-tax"
    assert fc.publisher == "Checker"
    assert fc.review_date == "2020-01-07"
    assert fc.language == "en"
    assert fc.format == "claimreview"


def test_parse_claimreview_list_and_graph_with_malformed():
    good, bad = split(parse.parse_text(json.dumps([CLAIMREVIEW, BROKEN, SECOND]), "list.json"))
    assert [g.rating for g in good] == ["Misleading", "Half true"]
    assert len(bad) == 1 and "claimReviewed" in bad[0].reason
    graph = {"@context": "https://schema.org", "@graph": [{"@type": "WebPage"}, SECOND]}
    good, bad = split(parse.parse_text(json.dumps(graph), "graph.json"))
    assert [g.claim for g in good] == [SECOND["claimReviewed"]] and bad == []


def test_parse_html_pages():
    good, bad = split(parse.parse_text(html_page(CLAIMREVIEW, SECOND), "page.html"))
    assert len(good) == 2 and bad == []
    good, bad = split(parse.parse_text(html_page(CLAIMREVIEW, extra='<script type="application/ld+json">{oops</script>'), "p.html"))
    assert len(good) == 1 and len(bad) == 1 and "invalid JSON-LD" in bad[0].reason
    good, bad = split(parse.parse_text("<html><body>No data</body></html>", "empty.html"))
    assert good == [] and len(bad) == 1


def test_parse_google_factcheck_response():
    good, bad = split(parse.parse_text(json.dumps(GOOGLE), "google.json"))
    assert [(g.publisher, g.rating) for g in good] == [("Farm Facts", "Unproven"), ("Other Check", "Mostly false")]
    first = good[0]
    assert first.claim == "Farmers will pay more for diesel next winter."
    assert first.claimant == "Bob Jones" and first.claim_date == "2020-02-01"
    assert first.review_date == "2020-02-03" and first.title == "Will diesel cost more?"
    assert first.format == "google-factcheck"
    assert len(bad) == 2


def test_parse_csv():
    good, bad = split(parse.parse_text(CSV_TEXT, "checks.csv"))
    assert [g.claim for g in good] == ["The harbour bridge opened early", "Taxes, as always, are up"]
    assert good[1].claim_date == "2020-03-03"
    assert good[0].claimant == "Mayor Smith" and good[0].rating == "True"
    assert len(bad) == 2  # empty claim; too many cells


def test_parse_checkthat_jsonl_lines():
    text = "\n".join(json.dumps(r) for r in CLEF_LINES) + "\n{not json\n[1, 2]\n"
    good, bad = split(parse.parse_text(text, "corpus.jsonl"))
    assert [g.id for g in good] == ["vclaim-pol-1", "vclaim-pol-2"]
    assert good[0].claimant == "Jane Doe" and good[0].rating == "half-true"
    assert good[0].claim_date == "2020-01-05" and good[0].title == "Is the budget balanced?"
    assert [b.where for b in bad][0] == "line 3"
    assert len(bad) == 3  # bad JSON; two non-objects in the list


def test_norm_date():
    assert parse.norm_date("stated on October 22, 2019 in a campaign mailer.:") == "2019-10-22"
    assert parse.norm_date("2020-02-01T00:00:00Z") == "2020-02-01"
    assert parse.norm_date("3 Sept. 2021") == "2021-09-03"
    assert parse.norm_date("sometime") == "sometime"
    assert parse.norm_date("") is None


# -- the command ---------------------------------------------------------------------------


def test_import_every_format_idempotent_and_errors_recorded(tmp_path, claims_db_path):
    files = [
        write(tmp_path, "one.json", json.dumps(CLAIMREVIEW)),
        write(tmp_path, "list.json", json.dumps([BROKEN, SECOND])),
        write(tmp_path, "page.html", html_page(CLAIMREVIEW)),
        write(tmp_path, "google.json", json.dumps(GOOGLE)),
        write(tmp_path, "checks.csv", CSV_TEXT),
        write(tmp_path, "corpus.jsonl.gz", "\n".join(json.dumps(r) for r in CLEF_LINES) + "\n{broken\n"),
    ]
    result = run("import-factchecks", claims_db_path, *files)
    assert result.exit_code == 1  # malformed records were skipped
    assert "skipped:" in result.output and "malformed records skipped" in result.output
    facts = rows(claims_db_path, "select * from factchecks order by id")
    # the ClaimReview in one.json and page.html is one fact-check (same URL and text)
    assert len(facts) == 1 + 1 + 2 + 2 + 2
    assert {f["format"] for f in facts} == {"claimreview", "google-factcheck", "csv", "jsonl"}
    errors = rows(claims_db_path, "select source, reason, record from factcheck_errors")
    # + the CheckThat! lines' two relative links, left out with a warning (no --url-base)
    assert len(errors) == 1 + 2 + 2 + 1 + 2
    assert sum(e["reason"].startswith("warning: ") for e in errors) == 2
    assert any("claimReviewed" in e["reason"] for e in errors)
    assert all(e["record"] is not None for e in errors)
    # the same files again: nothing new, same errors (replaced, not piled up)
    result = run("import-factchecks", claims_db_path, *files)
    assert "0 new" in result.output
    assert len(rows(claims_db_path, "select * from factchecks")) == len(facts)
    assert len(rows(claims_db_path, "select * from factcheck_errors")) == len(errors)
    # searchable (FTS kept in step)
    conn = sqlite3.connect(claims_db_path)
    try:
        hits = search_factchecks(conn, "diesel farmers winter", limit=3)
    finally:
        conn.close()
    assert hits[0]["claim"] == "Farmers will pay more for diesel next winter."


def test_import_clean_file_exits_zero_and_raises_alerts(tmp_path, claims_db_path):
    path = write(tmp_path, "corpus.jsonl", "\n".join(json.dumps(r) for r in CLEF_LINES))
    result = run("import-factchecks", claims_db_path, path)
    assert result.exit_code == 0, result.output
    assert "2 fact-checks (2 new" in result.output
    alerts = rows(
        claims_db_path,
        "select content, match_id from claim_alerts join claims on claims.id = claim_alerts.claim_id",
    )
    assert [(a["content"], a["match_id"]) for a in alerts] == [
        ("The budget is balanced for the first time in a decade.", "vclaim-pol-1")
    ]


def test_import_into_new_database(tmp_path):
    db_path = str(tmp_path / "new.db")
    path = write(tmp_path, "one.json", json.dumps(CLAIMREVIEW))
    assert run("import-factchecks", db_path, path).exit_code == 0
    assert len(rows(db_path, "select * from factchecks")) == 1


def test_search_without_table_is_empty():
    conn = sqlite3.connect(":memory:")
    assert search_factchecks(conn, "anything") == []
    assert search_factchecks(conn, "") == []


# -- export ------------------------------------------------------------------------------------


def test_export_claimreview(tmp_path, story_db_path):
    from datasette_claims.factchecks import records

    conn = sqlite3.connect(story_db_path)
    with conn:
        records.record_verdict(conn, claim_id="hansard.2020/01:0-50", rating="False", reviewer="alice",
                               url="https://checks.example/a", created="2020-01-08T10:00:00+00:00")
        records.record_verdict(conn, claim_id="hansard.2020/01:0-50", rating="Half true", reviewer="alice",
                               url="https://checks.example/b", created="2020-01-09T10:00:00+00:00")
    conn.close()
    out = tmp_path / "reviews.json"
    result = run("export-claimreview", story_db_path, "-o", str(out), "--author", "Fuel Check")
    assert result.exit_code == 0, result.output
    reviews = json.loads(out.read_text())
    assert len(reviews) == 1  # one per current verdict
    (cr,) = reviews
    assert cr["reviewRating"]["alternateName"] == "Half true"
    assert cr["url"] == "https://checks.example/b" and cr["datePublished"] == "2020-01-09"
    assert cr["author"] == {"@type": "Organization", "name": "Fuel Check"}
    assert cr["itemReviewed"]["author"]["name"] == "Jane Doe"
    assert len(cr["itemReviewed"]["appearance"]) == 2
    # and it round-trips through the importer
    good, bad = split(parse.parse_text(json.dumps(reviews), "reviews.json"))
    assert bad == [] and good[0].rating == "Half true" and good[0].claimant == "Jane Doe"


def test_refresh_for_articles_after_a_load(tmp_path, claims_db_path):
    from datasette_claims.factchecks import alerts, store

    conn = sqlite3.connect(claims_db_path)
    with conn:
        store.import_factchecks(conn, parse.parse_text(json.dumps(CLAIMREVIEW), "x.json"), source="x.json")
        assert alerts.refresh_for_articles(conn, ["star-1"]) == 0  # not about the fuel tax pledge
        assert alerts.refresh_for_articles(conn, ["hansard.2020/01", "planet-1"]) == 2
        assert alerts.refresh_for_articles(conn, ["hansard.2020/01", "planet-1"]) == 0
        assert alerts.refresh_for_articles(conn, []) == 0
    conn.close()


def test_url_base_resolves_relative_links(tmp_path, claims_db_path):
    path = write(tmp_path, "corpus.jsonl", "\n".join(json.dumps(r) for r in CLEF_LINES))
    assert run("import-factchecks", claims_db_path, path, "--url-base", "https://www.politifact.com").exit_code == 0
    urls = [r["url"] for r in rows(claims_db_path, "select url from factchecks order by id")]
    assert urls[0] == "https://www.politifact.com/factchecks/2020/jan/06/jane-doe/budget/"


def test_short_claim_inside_long_factcheck_is_not_an_alert():
    from datasette_claims.factchecks.alerts import _overlap_ok

    long_claim = "Tim Kaine doubled down on devastating defense cuts, saying the deal was the right thing to do."
    assert not _overlap_ok("It's the right thing to do.", long_claim)
    assert _overlap_ok("Our deficit will grow.", 'The federal deficit is "growing."')
    assert _overlap_ok("We cut taxes for small businesses.", "I've cut taxes for middle-class families, small businesses.")


def test_search_splits_run_together_words(tmp_path):
    from datasette_claims.factchecks import store as fc_store
    from datasette_claims.factchecks.search import split_compounds
    from datasette_claims.store import open_db

    db = open_db(str(tmp_path / "s.db"))
    lines = [
        {"id": "a", "text": "Says Donald Trump is for a single-payer health care system."},
        {"id": "b", "text": "Payments to single parents rose."},
        {"id": "c", "text": "The health system is broken."},
    ]
    with db.conn:
        fc_store.import_factchecks(db.conn, parse.parse_text("\n".join(json.dumps(x) for x in lines), "x.jsonl"), "x")
    assert split_compounds(db.conn, ["singlepayer", "health", "xyzzyq"]) == ["single", "payer"]
    hits = search_factchecks(db.conn, "You were for a singlepayer system.", limit=3)
    assert hits[0]["id"] == "a"
