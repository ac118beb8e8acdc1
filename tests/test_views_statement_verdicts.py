"""What a fact-checker new to the pages stalled on, read with invented reports.

One word for one thing: the load summary says "2 links (0 drift)" and the overview
said "2 claim matches" for the same rows (and "1 stories" for one).  A verdict on
another report of the same statement: the status line named it, the verdict panel
said "No verdict recorded" (see the tests below).
"""

from __future__ import annotations

import json
import re
import sqlite3

import pytest
from click.testing import CliRunner
from conftest import make_datasette, post_form_as, write_docs
from datasette.cli import cli

from datasette_claims.views.base import encode_id

REPORTS = [
    {"id": "gull-1", "outlet": "Gull Weekly", "date": "2024-05-02", "title": "Quarry to close",
     "text": 'Mayor Odile Brask said on Thursday that the quarry at Fenn would close in June. '
             '"The quarry has lost money for nine years and it will close in June," Brask said.'},
    {"id": "tern-1", "outlet": "Tern Herald", "date": "2024-05-03", "title": "Fenn quarry closing",
     "text": 'Mayor Odile Brask said the quarry at Fenn would close in June. '
             '"The quarry has lost money for nine years and will close in June," Brask said.'},
]


@pytest.fixture
def loaded(tmp_path):
    db = str(tmp_path / "claims.db")
    result = CliRunner().invoke(cli, ["claims", "load", db, write_docs(tmp_path, REPORTS)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return db, result.output


def _count(text: str, noun: str) -> int:
    found = re.search(r"<strong>([\d,]+)</strong> " + noun + "<", text)
    assert found, noun
    return int(found.group(1).replace(",", ""))


@pytest.mark.asyncio
async def test_the_overview_counts_links_in_the_load_summarys_word(loaded):
    db, output = loaded
    links = int(re.search(r"(\d+) links? \(", output).group(1))
    assert links > 0
    page = (await make_datasette([db]).client.get("/claims/-/claims")).text
    assert _count(page, "links? between claims") == links
    assert "claim matches" not in page


@pytest.mark.asyncio
async def test_a_count_of_one_is_singular(story_db_path):
    page = (await make_datasette([story_db_path]).client.get("/claims/-/claims")).text
    assert _count(page, "story") == 1
    assert _count(page, "link between claims") == 1
    assert "1</strong> stories" not in page


# -- a verdict on another report of the statement ------------------------------------


HANSARD, PLANET = "hansard.2020/01:0-50", "planet-1:0-50"  # one story (conftest.add_story)


async def _rate_planet(story_db_path, config=None):
    from test_factcheck_web import REVIEWERS

    ds = make_datasette([story_db_path], config=config or REVIEWERS)
    page = f"/claims/-/claims/claim/{encode_id(PLANET)}"
    r = await post_form_as(ds, "alice", page, page + "/verdict", {"rating": "False", "note": "Invented note."})
    assert r.status_code == 302, r.text
    return ds


@pytest.mark.asyncio
async def test_the_claim_page_shows_the_verdict_on_another_report(story_db_path):
    ds = await _rate_planet(story_db_path)
    url = f"/claims/-/claims/claim/{encode_id(HANSARD)}"
    html = (await ds.client.get(url)).text
    assert "No verdict recorded on this claim yet" not in html
    assert "No verdict recorded on this claim itself." in html
    assert "Another report of this statement" in html
    assert f'href="/claims/-/claims/claim/{encode_id(PLANET)}">Daily Planet&rsquo;s</a>' in html
    assert "Invented note." in html
    report = (await ds.client.get(url.replace(encode_id(HANSARD), encode_id(HANSARD) + ".json"))).json()
    current = report["verdicts"]["report_current"]
    assert (current["rating"], current["report_claim"], current["report_outlet"]) == ("False", PLANET, "Daily Planet")
    assert current["other_wording"] is False
    # the rated report's own page shows its own verdict, not itself as "another report"
    own = (await ds.client.get(f"/claims/-/claims/claim/{encode_id(PLANET)}.json")).json()["verdicts"]
    assert own["current"]["rating"] == "False" and own["report_current"] is None


@pytest.mark.asyncio
async def test_the_story_page_shows_the_verdict_on_a_report(story_db_path):
    ds = await _rate_planet(story_db_path)
    url = f"/claims/-/claims/story/{encode_id('story:fuel<tax>')}"
    html = (await ds.client.get(url)).text
    assert "No verdict recorded on this story itself." in html
    assert "A report of this story" in html
    assert (await ds.client.get(url + ".json")).json()[
        "verdicts"]["report_current"]["report_claim"] == PLANET


@pytest.mark.asyncio
async def test_a_misquoting_reports_verdict_is_flagged(story_db_path):
    with sqlite3.connect(story_db_path) as conn:  # the pair: a figure changed, not a drift
        conn.execute("update claim_matches set kind = 'conflict'")
    ds = await _rate_planet(story_db_path)
    html = (await ds.client.get(f"/claims/-/claims/claim/{encode_id(HANSARD)}")).text
    assert "That report words the statement otherwise" in html


@pytest.mark.asyncio
async def test_no_report_verdict_to_an_actor_who_may_not_read_verdicts(story_db_path):
    await _rate_planet(story_db_path)
    hidden = make_datasette([story_db_path], config={"databases": {"claims": {"tables": {
        "verdicts": {"allow": False}}}}})
    data = (await hidden.client.get(f"/claims/-/claims/claim/{encode_id(HANSARD)}.json")).json()
    assert data["verdicts"].get("report_current") is None
    html = (await hidden.client.get(f"/claims/-/claims/claim/{encode_id(HANSARD)}")).text
    assert "Invented note." not in html and "Another report of this statement" not in html


@pytest.mark.asyncio
async def test_a_search_shows_that_the_statement_was_rated(story_db_path):
    """Pasting the statement as one report words it finds it rated on another report."""
    ds = await _rate_planet(story_db_path)
    url = "/claims/-/claims/search{}?q=We+will+cut+the+fuel+tax+by+ten+percent+next+year"
    data = (await ds.client.get(url.format(".json"))).json()
    rated = {r["claim"]["id"]: r["verdict"] for r in data["results"]}
    assert rated[HANSARD] == rated[PLANET] == "False"
    assert data["earliest"]["verdict"] == "False"
    html = (await ds.client.get(url.format(""))).text
    assert "rated False" in html and "This statement was rated" in html
    hidden = make_datasette([story_db_path], config={"databases": {"claims": {"tables": {
        "verdicts": {"allow": False}}}}})
    data = (await hidden.client.get(url.format(".json"))).json()
    assert data["results"] and all(r["verdict"] is None for r in data["results"])
    assert "rated False" not in (await hidden.client.get(url.format(""))).text


@pytest.mark.asyncio
async def test_the_claimreview_export_is_linked_where_a_reader_looks(story_db_path):
    """No page linked to ``claimreview.json``: it was found only in the docs."""
    ds = await _rate_planet(story_db_path)
    overview = (await ds.client.get("/claims/-/claims.json")).json()
    export = overview["urls"]["claimreview"]
    assert export == "/claims/-/claims/claimreview.json"
    assert f'href="{export}"' in (await ds.client.get("/claims/-/claims")).text
    reviews = (await ds.client.get(export)).json()
    assert [r["reviewRating"]["alternateName"] for r in reviews] == ["False"]
    claim = f"/claims/-/claims/claim/{encode_id(PLANET)}"
    assert f'href="{export}"' in (await ds.client.get(claim)).text
    hidden = make_datasette([story_db_path], config={"databases": {"claims": {"tables": {
        "verdicts": {"allow": False}}}}})
    assert (await hidden.client.get("/claims/-/claims.json")).json()["urls"]["claimreview"] is None
    assert "claimreview.json" not in (await hidden.client.get("/claims/-/claims")).text


@pytest.mark.asyncio
async def test_the_sourcing_correction_speaks_the_pages_labels(story_db_path):
    """The reviewer's sourcing menu listed the stored values ("named_org", "unnamed_official"),
    where the page above it says "Named organisation": it now shows the labels, sends the values."""
    from test_factcheck_web import REVIEWERS, actor_cookies

    ds = make_datasette([story_db_path], config=REVIEWERS)
    page = f"/claims/-/claims/claim/{encode_id(PLANET)}"
    html = (await ds.client.get(page, cookies=actor_cookies(ds, "alice"))).text
    assert '<option value="named_org">Named organisation</option>' in html
    assert ">named_org<" not in html
    r = await post_form_as(ds, "alice", page, page + "/correct",
                           {"kind": "sourcing", "value": "named_org", "reason": "An invented reason."})
    assert r.status_code == 302, r.text
    html = (await ds.client.get(page, cookies=actor_cookies(ds, "alice"))).text
    row = html[html.index("An invented reason.") - 900:html.index("An invented reason.")]
    assert '<td data-label="Corrected to">Named organisation</td>' in row
    assert '<td data-label="Machine said">Named person</td>' in row


@pytest.mark.asyncio
async def test_the_queue_counts_more_reports_not_more_claims(story_db_path):
    """A report quoting the statement twice: the story has 3 claims in 2 reports, and its
    queue row says "and 1 more report", as the story page says "2 reports"."""
    with sqlite3.connect(story_db_path) as conn:
        second = conn.execute("select id from claims where article_id = 'hansard.2020/01' and id != ? "
                              "order by start limit 1", [HANSARD]).fetchone()[0]
        conn.execute("update claims set story_id = 'story:fuel<tax>' where id = ?", [second])
    ds = make_datasette([story_db_path])
    rows = (await ds.client.get("/claims/-/claims/queue.json")).json()["claims"]
    story_rows = [c for c in rows if c["story_url"]]
    assert len(story_rows) == 1 and story_rows[0]["more_reports"] == 1
    html = (await ds.client.get("/claims/-/claims/queue")).text
    assert "1 more report</a>" in html and "2 more reports" not in html


@pytest.mark.asyncio
async def test_a_reprint_names_the_report_it_reprints(claims_db_path):
    with sqlite3.connect(claims_db_path) as conn:
        conn.execute("update articles set duplicate_of = 'hansard.2020/01' where id = 'planet-1'")
    ds = make_datasette([claims_db_path])
    url = f"/claims/-/claims/article/{encode_id('planet-1')}"
    html = (await ds.client.get(url)).text
    assert "another article" not in html
    assert ('reprints <a href="/claims/-/claims/article/hansard~2E2020~2F01">Hansard&rsquo;s article '
            "&ldquo;Budget statement&rdquo;</a> (2020-01-05)") in html
    original = (await ds.client.get(url + ".json")).json()["article"]["reprint_of"]
    assert original == {"outlet": "Hansard", "headline": "Budget statement", "published": "2020-01-05"}


@pytest.mark.asyncio
async def test_the_claim_page_names_the_speaker_and_the_reports_wording(claims_db_path):
    """A claim quoting "Doe" links to Jane Doe's page: the link says who, the report's word beside it."""
    with sqlite3.connect(claims_db_path) as conn:
        conn.execute("update claims set speaker = 'Doe', source_text = null where id = ?", [PLANET])
    html = (await make_datasette([claims_db_path]).client.get(f"/claims/-/claims/claim/{encode_id(PLANET)}")).text
    assert 'href="/claims/-/claims/speaker/jane-doe">Jane Doe</a>' in html
    assert "(as “Doe”)" in html
    same = (await make_datasette([claims_db_path]).client.get(f"/claims/-/claims/claim/{encode_id(HANSARD)}")).text
    assert ">Jane Doe</a>" in same and "(as “Jane Doe”)" not in same


@pytest.mark.asyncio
async def test_the_stories_list_shows_each_statements_rating(story_db_path):
    """The list of stories said nothing of a story its page says was rated (via a report)."""
    ds = await _rate_planet(story_db_path)
    data = (await ds.client.get("/claims/-/claims/stories.json")).json()
    assert [s["verdict"] for s in data["stories"]] == ["False"]
    assert "rated False" in (await ds.client.get("/claims/-/claims/stories")).text
    hidden = make_datasette([story_db_path], config={"databases": {"claims": {"tables": {
        "verdicts": {"allow": False}}}}})
    data = (await hidden.client.get("/claims/-/claims/stories.json")).json()
    assert [s["verdict"] for s in data["stories"]] == [None]
    assert "rated False" not in (await hidden.client.get("/claims/-/claims/stories")).text


# -- ratings wherever a statement is listed (xviews2) -------------------------------


def _without_verdicts(story_db_path):
    return make_datasette([story_db_path], config={"databases": {"claims": {"tables": {
        "verdicts": {"allow": False}}}}})


@pytest.mark.asyncio
async def test_the_overviews_latest_stories_show_the_rating_and_follow_a_withdrawal(story_db_path):
    """The overview's latest stories said nothing of a rated story; its figures are cached
    (a verdict adds no row to the tables the cache watches), the rating is not."""
    from test_factcheck_web import REVIEWERS

    ds = make_datasette([story_db_path], config=REVIEWERS)
    assert (await ds.client.get("/claims/-/claims.json")).json()["latest_stories"][0]["verdict"] is None
    await _rate_planet(story_db_path)  # another Datasette writes the verdict; this one's cache is warm
    data = (await ds.client.get("/claims/-/claims.json")).json()
    assert [s["verdict"] for s in data["latest_stories"]] == ["False"]
    assert "rated False" in (await ds.client.get("/claims/-/claims")).text
    page = f"/claims/-/claims/claim/{encode_id(PLANET)}"
    vid = (await ds.client.get(page + ".json")).json()["verdicts"]["current"]["id"]
    r = await post_form_as(ds, "alice", page, f"{page}/verdict/{vid}/withdraw", {"reason": "Invented reason."})
    assert r.status_code == 302, r.text
    assert (await ds.client.get("/claims/-/claims.json")).json()["latest_stories"][0]["verdict"] is None
    assert "rated False" not in (await ds.client.get("/claims/-/claims")).text
    await _rate_planet(story_db_path)
    hidden = _without_verdicts(story_db_path)
    assert (await hidden.client.get("/claims/-/claims.json")).json()["latest_stories"][0]["verdict"] is None
    assert "rated False" not in (await hidden.client.get("/claims/-/claims")).text


@pytest.mark.asyncio
async def test_the_speakers_claims_show_their_statements_rating(story_db_path):
    """Jane Doe's page listed her claims with no word that one of them was rated False."""
    ds = await _rate_planet(story_db_path)
    url = "/claims/-/claims/speaker/jane-doe"
    rated = {c["id"]: c["verdict"] for c in (await ds.client.get(url + ".json")).json()["claims"]}
    assert rated[HANSARD] == rated[PLANET] == "False"  # the other report too: one statement
    assert "rated False" in (await ds.client.get(url)).text
    hidden = _without_verdicts(story_db_path)
    assert all(c["verdict"] is None for c in (await hidden.client.get(url + ".json")).json()["claims"])
    assert "rated False" not in (await hidden.client.get(url)).text


@pytest.mark.asyncio
@pytest.mark.parametrize("speaker", ["she", "They", "Anonymous source"])
async def test_a_story_is_not_titled_after_a_pronoun_or_a_sourcing_label(story_db_path, speaker):
    """A story whose first report says only "she said" was titled "she: “…”": the words say more."""
    with sqlite3.connect(story_db_path) as conn:
        conn.execute("update stories set label = ?, speakers = ?",
                     [speaker + ": “The pier at Osk will reopen in May”", json.dumps([speaker, "a harbour worker"])])
    ds = make_datasette([story_db_path])
    for url in ("/claims/-/claims/stories.json", "/claims/-/claims.json"):
        data = (await ds.client.get(url)).json()
        stories = data.get("stories") or data["latest_stories"]
        assert [s["title"] for s in stories] == ["a harbour worker: “The pier at Osk will reopen in May”"]
    html = (await ds.client.get(f"/claims/-/claims/story/{encode_id('story:fuel<tax>')}")).text
    assert '<h1 class="claims-story-title">a harbour worker: “The pier' in html
    assert f"{speaker}: " not in html


@pytest.mark.asyncio
async def test_a_pronoun_story_with_several_other_speakers_is_titled_by_its_words(story_db_path):
    """Two other speakers: which one "she" is, the title does not guess."""
    with sqlite3.connect(story_db_path) as conn:
        conn.execute("update stories set label = 'she: “The pier at Osk will reopen in May”', "
                     "speakers = '[\"she\", \"Sheba Orr\", \"Tam Orr\"]'")
    data = (await make_datasette([story_db_path]).client.get("/claims/-/claims/stories.json")).json()
    assert data["stories"][0]["title"] == "“The pier at Osk will reopen in May”"


@pytest.mark.asyncio
async def test_a_story_titled_after_its_speaker_keeps_the_name(story_db_path):
    with sqlite3.connect(story_db_path) as conn:
        conn.execute("update stories set label = 'Sheba Orr: “The pier at Osk will reopen in May”'")
    data = (await make_datasette([story_db_path]).client.get("/claims/-/claims/stories.json")).json()
    assert data["stories"][0]["title"] == "Sheba Orr: “The pier at Osk will reopen in May”"


@pytest.mark.asyncio
async def test_the_article_and_the_similar_claims_show_the_statements_rating(story_db_path):
    """The article page's list of its claims and the claim page's similar claims said nothing
    of a statement rated on another report."""
    ds = await _rate_planet(story_db_path)
    article = f"/claims/-/claims/article/{encode_id('hansard.2020/01')}"
    rated = {c["id"]: c["verdict"] for c in (await ds.client.get(article + ".json")).json()["claims"]}
    assert rated[HANSARD] == "False"
    assert "rated False" in (await ds.client.get(article)).text
    claim = f"/claims/-/claims/claim/{encode_id(HANSARD)}"
    similar = {s["claim"]["id"]: s["verdict"] for s in (await ds.client.get(claim + ".json")).json()["similar"]}
    assert similar[PLANET] == "False"
    html = (await ds.client.get(claim)).text
    assert "rated False" in html[html.index("Similar claims across reports"):]
    hidden = _without_verdicts(story_db_path)
    assert "rated False" not in (await hidden.client.get(article)).text
    assert all(c["verdict"] is None for c in (await hidden.client.get(article + ".json")).json()["claims"])
    assert all(s["verdict"] is None for s in (await hidden.client.get(claim + ".json")).json()["similar"])
