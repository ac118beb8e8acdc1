"""A fact-checker's afternoon with a folder of reports, some undated (wire copy whose dateline
gives no year), one altering a quotation, one a denial: what the pages must say so that the
answers "who said it first?", "was it altered?" and "is this one more report of it?" are not
wrong by omission.  Invented reports and names; the real loader and CLI, a real Datasette.

- The story's first appearance is the earliest *dated* report: its card says how many reports
  have no date and may have come first (before, only the chart's caption counted them).
- The search's earliest appearance likewise counts the close matches with no date.
- A report whose quoted wording drifted is marked in the timeline, as the chart's diamond is:
  every wording is diffed from the first quotation, so when that one is reworded (a translation)
  faithful reports show changes too and the diffs alone do not tell which report altered it.
- A denial ("the ministry denied that ...") or a question listed beside the reports of the same
  words is marked as such, not read as one more report saying them.
- ``export-claimreview --base-url`` given the site's address links the reviews to the claims
  pages (it linked to ``https://site/claim/<id>``), and reviews left without a link are warned about.
"""

from __future__ import annotations

import json
import sqlite3

import pytest
from click.testing import CliRunner
from conftest import make_datasette
from datasette.cli import cli

QUOTE = "The Lindholm ferry is unsafe and it will stay in port until the spring thaw"
PLEDGE = "We will not gamble with the safety of island families"


def _report(id_, outlet, published, lead, quote=QUOTE):
    return {"id": id_, "outlet": outlet, "published": published,
            "text": (f"{lead}\n\n\"{quote},\" Labour Minister Mira Solberg said on Tuesday. \"{PLEDGE}.\"\n")}


REPORTS = [
    _report("wire", "Fjordwire", None, "The Lindholm ferry was ordered into port on Tuesday after a hull survey."),
    _report("reprint", "Skerry Post", None, "Islanders face a long wait for their ferry."),
    _report("gazette", "Island Gazette", "2031-09-04", "Ferry crossings to Lindholm were halted this week."),
    _report("herald", "Coast Herald", "2031-09-05", "The government kept the island ferry tied up."),
    # the altered quotation: "the spring thaw" became "the summer"
    _report("daily", "Harbour Daily", "2031-09-07", "The minister promised the islanders a quicker fix.",
            quote="The Lindholm ferry is unsafe and it will stay in port until the summer"),
    {"id": "denial", "outlet": "Fjordwire", "published": "2031-09-08",
     "text": ("The Labour Ministry on Monday denied that the Lindholm ferry had failed three hull inspections "
              "this year.\n\nIsland councils said they would ask for the inspection reports.\n")},
    {"id": "leak", "outlet": "Coast Herald", "published": "2031-09-06",
     "text": ("The Lindholm ferry failed three hull inspections this year, a senior ministry official said on "
              "condition of anonymity.\n")},
]


@pytest.fixture(scope="module")
def db_path(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("xwalk3")
    feed = tmp / "reports.jsonl"
    feed.write_text("".join(json.dumps(r) + "\n" for r in REPORTS))
    path = str(tmp / "ferry.db")
    result = CliRunner().invoke(cli, ["claims", "load", path, str(feed), "-q"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return path


def _story(path):
    with sqlite3.connect(path) as conn:
        return conn.execute("select story_id from claims where article_id = 'gazette' and content like '%spring%'"
                            ).fetchone()[0]


@pytest.mark.asyncio
async def test_the_first_appearance_says_how_many_reports_have_no_date(db_path):
    story_id = _story(db_path)
    assert story_id
    ds = make_datasette([db_path])
    story = (await ds.client.get(f"/ferry/-/claims/story/{story_id}.json")).json()
    assert story["first_appearance"]["article"]["published"] == "2031-09-04"
    assert story["first_undated"] == {"reports": 2, "outlets": ["Fjordwire", "Skerry Post"]}
    html = (await ds.client.get(f"/ferry/-/claims/story/{story_id}")).text
    assert "2 other reports of this story have no date (Fjordwire, Skerry Post): any of them may have come first" \
        in html


@pytest.mark.asyncio
async def test_the_search_earliest_says_how_many_close_matches_have_no_date(db_path):
    ds = make_datasette([db_path])
    found = (await ds.client.get("/ferry/-/claims/search.json", params={"q": QUOTE})).json()
    assert found["earliest"]["claim"]["article"]["published"] == "2031-09-04"
    assert found["earliest"]["undated_matches"] == 2
    html = (await ds.client.get("/ferry/-/claims/search", params={"q": QUOTE})).text
    assert "2 other close matches have no date and may have appeared earlier" in html


@pytest.mark.asyncio
async def test_the_timeline_marks_the_report_that_altered_the_quotation(db_path):
    story_id = _story(db_path)
    ds = make_datasette([db_path])
    story = (await ds.client.get(f"/ferry/-/claims/story/{story_id}.json")).json()
    drifted = {t["claim"]["article"]["id"] for t in story["timeline"] if t["drift"]}
    assert drifted == {"daily"}
    html = (await ds.client.get(f"/ferry/-/claims/story/{story_id}")).text
    assert html.count(">wording drifted</span>") == 1


@pytest.mark.asyncio
async def test_a_denial_beside_the_reports_of_the_same_words_is_marked(db_path):
    ds = make_datasette([db_path])
    q = "The Lindholm ferry failed three hull inspections this year"
    found = (await ds.client.get("/ferry/-/claims/search.json", params={"q": q})).json()
    stances = {r["claim"]["article"]["id"]: r["claim"]["stance"] for r in found["results"] if r["score"] >= 0.6}
    assert stances.get("denial") == "denial" and stances.get("leak") == "assertion"
    html = (await ds.client.get("/ferry/-/claims/search", params={"q": q})).text
    assert html.count(">denies this</span>") == 1


def _export(path, *more):
    result = CliRunner().invoke(cli, ["claims", "export-claimreview", path, "--author", "Isle Checks", *more],
                                catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout), result.stderr


def test_export_links_reviews_to_the_claims_pages(db_path, tmp_path):
    path = str(tmp_path / "ferry.db")
    with sqlite3.connect(db_path) as src, sqlite3.connect(path) as dst:
        src.backup(dst)
    with sqlite3.connect(path) as conn:
        conn.execute("insert into verdicts (story_id, rating, reviewer, created) "
                     "values (?, 'True', 'alice', '2031-09-10T10:00:00+00:00')", [_story(path)])
    story = _story(path)
    [review], said = _export(path)
    assert "url" not in review and "1 review without a url" in said and "/ferry/-/claims" in said
    [review], said = _export(path, "--base-url", "https://checks.example/")
    assert review["url"] == f"https://checks.example/ferry/-/claims/story/{story}"
    assert "note: --base-url is a site's address" in said
    [review], said = _export(path, "--base-url", "https://checks.example/ferry/-/claims")
    assert review["url"] == f"https://checks.example/ferry/-/claims/story/{story}" and not said
    [review], said = _export(path, "--base-url", "https://checks.example/desk")
    assert review["url"] == f"https://checks.example/desk/story/{story}"
    assert "does not end in /-/claims" in said


WIRE = ("Ferry kept in port\n\nLINDHOLM, September 3 (Fjordwire) - The island ferry stayed in port on Tuesday.\n\n"
        f"\"{QUOTE},\" Labour Minister Mira Solberg said.\n")


def _load_folder(tmp_path):
    folder = tmp_path / "reports"
    folder.mkdir()
    (folder / "wire.txt").write_text(WIRE)
    (folder / "dated.jsonl").write_text(json.dumps(REPORTS[2]) + "\n")
    path = str(tmp_path / "ferry.db")
    result = CliRunner().invoke(cli, ["claims", "load", path, str(folder), "-q"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return folder, path, result


@pytest.mark.asyncio
async def test_the_article_page_says_its_report_is_undated_and_what_its_dateline_gives(tmp_path):
    _, path, _ = _load_folder(tmp_path)
    with sqlite3.connect(path) as conn:
        [article_id] = conn.execute("select id from articles where published is null").fetchone()
    html = (await make_datasette([path]).client.get(f"/ferry/-/claims/article/{article_id}")).text
    assert "undated (its dateline says “September 3”, with no year)" in html


def test_load_names_the_articles_it_could_not_date(tmp_path):
    folder, path, result = _load_folder(tmp_path)
    assert "note: 1 article without a date: " in result.stderr
    assert 'wire.txt (dateline "September 3", no year)' in result.stderr and "dated.jsonl" not in result.stderr
    assert "manifest.csv" in result.stderr
    (folder / "manifest.csv").write_text("file,published\nwire.txt,2031-09-03\n")
    again = CliRunner().invoke(cli, ["claims", "load", path, str(folder), "-q"], catch_exceptions=False)
    assert again.exit_code == 0 and "without a date" not in again.stderr
    with sqlite3.connect(path) as conn:
        assert conn.execute("select count(*) from articles where published is null").fetchone()[0] == 0
