"""A desk following one statement across outlets, on the story page.

Wire copy reprinted word for word, then altered by a later outlet ("twice" ->
"three times"): only the altered report drifted. Invented reports, the real
CLI, a real Datasette.
"""

from __future__ import annotations

import sqlite3

import pytest
from conftest import load_docs_with_cli, make_datasette

QUOTE = "We have closed the ferry terminal twice this winter and we will not close it again before May"
WIRE = (f'"{QUOTE}," transport secretary Maren Holt told reporters at the pier on Monday. The terminal '
        "handles about four hundred passengers a day in winter, and its operator has asked the council for a new "
        "mooring fund before the spring timetable begins.")
DOCS = [
    {"id": "wire", "outlet": "Gull Press Agency", "published": "2026-02-02",
     "text": WIRE},
    {"id": "reprint", "outlet": "Tidewater Times", "published": "2026-02-03",
     "headline": "Terminal to stay open", "text": WIRE},  # wire copy carried verbatim
    {"id": "altered", "outlet": "Inland Mercury", "published": "2026-02-04",
     "text": '"' + QUOTE.replace("twice", "three times") + '," Transport Secretary Maren Holt said.'},
]


@pytest.fixture(scope="module")
def db_path(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("desk")
    path = load_docs_with_cli(tmp, DOCS)
    return path


async def _story(ds):
    stories = (await ds.client.get("/claims/-/claims/stories.json")).json()["stories"]
    story = next(s for s in stories if "ferry terminal" in s["label"])
    return (await ds.client.get(story["url"] + ".json")).json()


@pytest.mark.asyncio
async def test_a_faithful_reprint_is_not_marked_drifted_by_a_later_alteration(db_path):
    data = await _story(make_datasette([db_path]))
    dots = {d["href"].split("/")[-1].split("~")[0]: d for d in data["chart"]["dots"]}
    assert set(dots) == {"wire", "reprint", "altered"}
    assert dots["wire"]["first"]
    assert not dots["reprint"]["drift"], dots["reprint"]
    assert dots["altered"]["drift"]


PARAPHRASED = [
    {"id": "quoted", "outlet": "Gull Press Agency", "published": "2026-02-10",
     "text": '"The lighthouse at Skerry Point will be sold to the highest bidder next spring," '
             "harbour commissioner Ansel Brekke said on Tuesday."},
    {"id": "trimmed", "outlet": "Tidewater Times", "published": "2026-02-11",
     "text": '"The lighthouse at Skerry Point will be sold to the highest bidder," Ansel Brekke said.'},
    {"id": "reported", "outlet": "Inland Mercury", "published": "2026-02-12",
     "text": "Harbour commissioner Ansel Brekke said the lighthouse at Skerry Point would be auctioned in the spring."},
]


@pytest.mark.asyncio
async def test_similar_claims_call_no_unjudged_pair_drift(tmp_path):
    """A claim that only shares a story with this one was never judged drift by matching."""
    path = load_docs_with_cli(tmp_path, PARAPHRASED)
    with sqlite3.connect(path) as conn:  # the paraphrase stays in the story, its links gone
        conn.execute("delete from claim_matches where claim_a like 'reported:%' or claim_b like 'reported:%'")
        story = conn.execute("select story_id from claims where id like 'quoted:%'").fetchone()[0]
        conn.execute("update claims set story_id = ? where id like 'reported:%'", [story])
        reported = conn.execute("select id from claims where id like 'reported:%'").fetchone()[0]
    ds = make_datasette([path])
    url = "/claims/-/claims/claim/" + reported.replace(":", "~3A")
    similar = (await ds.client.get(url + ".json")).json()["similar"]
    mates = [s for s in similar if s["method"] == "story"]
    assert len(mates) == 2
    assert all(s["kind"] is None and s["diff"] for s in mates), mates
    html = (await ds.client.get(url)).text
    assert html.count("same story") == 2 and ">drift<" not in html


@pytest.mark.asyncio
async def test_the_timeline_names_reprints_and_shows_paraphrases_without_a_quote_diff(tmp_path):
    docs = DOCS + [{"id": "retold", "outlet": "Harbour Bell", "published": "2026-02-05",
                    "text": "Transport secretary Maren Holt said the ferry terminal would not close again "
                            "before May."}]
    path = load_docs_with_cli(tmp_path, docs)
    ds = make_datasette([path])
    data = await _story(ds)
    rows = {t["claim"]["article"]["id"]: t for t in data["timeline"]}
    assert rows["reprint"]["reprint_of"] == {"article_id": "wire", "outlet": "Gull Press Agency"}
    assert rows["wire"]["reprint_of"] is None and rows["altered"]["reprint_of"] is None
    assert rows["altered"]["diff"] and not rows["altered"]["paraphrase"]
    if "retold" in rows:  # matching links the paraphrase to the quote
        assert rows["retold"]["paraphrase"] and rows["retold"]["diff"] == []
    html = (await ds.client.get(data["story"]["url"])).text
    assert "reprint of Gull Press Agency" in html


@pytest.mark.asyncio
async def test_a_paraphrase_is_not_titled_as_a_quotation(tmp_path):
    docs = [{"id": "said", "outlet": "Harbour Bell", "published": "2026-02-05",
             "text": "Transport secretary Maren Holt said the ferry terminal would not close again before May."}]
    path = load_docs_with_cli(tmp_path, docs)
    ds = make_datasette([path])
    with sqlite3.connect(path) as conn:
        cid, kind = conn.execute("select id, quote_type from claims").fetchone()
    assert kind == "indirect"
    html = (await ds.client.get("/claims/-/claims/claim/" + cid.replace(":", "~3A"))).text
    assert "Maren Holt: “the ferry terminal" not in html
    assert "Maren Holt, reported: the ferry terminal would not close again before May</h1>" in html


@pytest.mark.asyncio
async def test_a_story_first_reported_in_indirect_speech_is_not_titled_as_a_quotation(tmp_path):
    said = "Transport secretary Maren Holt said the ferry terminal would not close again before the May timetable."
    docs = [{"id": f"r{n}", "outlet": outlet, "published": f"2026-02-0{n}", "text": said}
            for n, outlet in ((5, "Harbour Bell"), (6, "Fjord Observer"))]
    path = load_docs_with_cli(tmp_path, docs)
    ds = make_datasette([path])
    stories = (await ds.client.get("/claims/-/claims/stories.json")).json()["stories"]
    assert len(stories) == 1
    want = "Maren Holt, reported: the ferry terminal would not close again before the May timetable"
    assert stories[0]["title"] == want
    story = (await ds.client.get(stories[0]["url"] + ".json")).json()["story"]
    assert story["title"] == want
    assert want in (await ds.client.get("/claims/-/claims/stories")).text


@pytest.mark.asyncio
async def test_the_timeline_shows_each_report_s_rating(tmp_path):
    path = load_docs_with_cli(tmp_path, DOCS)
    with sqlite3.connect(path) as conn:
        altered = conn.execute("select id from claims where article_id = 'altered'").fetchone()[0]
        conn.execute("insert into verdicts (claim_id, rating, reviewer, created) values (?, 'False', 'alice', ?)",
                     [altered, "2026-02-05T10:00:00+00:00"])
    ds = make_datasette([path])
    data = await _story(ds)
    # a verdict on one report rates the statement: every report says so, naming the rated one
    ratings = {t["claim"]["article"]["id"]: t["verdict"] for t in data["timeline"]}
    assert ratings == {"wire": "False", "reprint": "False", "altered": "False"}
    via = {t["claim"]["article"]["id"]: t["verdict_via"] for t in data["timeline"]}
    assert via["altered"] is None and via["wire"]["claim_id"] == via["reprint"]["claim_id"] == altered
    # the altered report changed a figure ("twice" -> "three times"): its rating may not hold for the others
    assert via["wire"]["other_wording"] and via["reprint"]["other_wording"]
    html = (await ds.client.get(data["story"]["url"])).text
    assert html.count("rated False") == 3
    assert html.count("the rating may not hold for this wording") == 2


@pytest.mark.asyncio
async def test_the_story_lists_reports_that_contradict_it(tmp_path):
    docs = [{"id": f"b{n}", "outlet": outlet, "published": f"2026-04-0{n}",
             "text": f"The Skerry causeway will close for {months} months from June, harbour officials said on Monday."}
            for n, outlet, months in ((1, "Harbour Bell", "six"), (2, "Fjord Observer", "six"),
                                      (3, "Inland Mercury", "nine"))]
    path = load_docs_with_cli(tmp_path, docs)
    ds = make_datasette([path])
    stories = (await ds.client.get("/claims/-/claims/stories.json")).json()["stories"]
    assert len(stories) == 1  # the "nine months" report conflicts: it is in no story
    data = (await ds.client.get(stories[0]["url"] + ".json")).json()
    conflicts = [(c["claim"]["article"]["id"], c["summary"]) for c in data["conflicts"]]
    assert conflicts == [("b3", "six → nine; numbers changed")]
    html = (await ds.client.get(stories[0]["url"])).text
    assert "Reports that contradict it" in html and "Inland Mercury" in html


UNNAMED = [
    {"id": "named-a", "outlet": "Gull Press Agency", "published": "2026-03-02",
     "text": '"The footbridge over the Afon Llwyd will close for repairs on the first of April," '
             "county engineer Bethan Lloyd said on Monday."},
    {"id": "named-b", "outlet": "Tidewater Times", "published": "2026-03-03",
     "text": '"The footbridge over the Afon Llwyd will close for repairs on the first of April," Bethan Lloyd said.'},
    {"id": "no-outlet", "published": "2026-03-04",  # a scraped text that names no outlet
     "text": '"The footbridge over the Afon Llwyd will close for repairs on the first of April," '
             "the engineer, Bethan Lloyd, told the council."},
]


@pytest.mark.asyncio
async def test_the_story_counts_say_the_report_of_unknown_outlet_the_outlets_table_lists(tmp_path):
    ds = make_datasette([load_docs_with_cli(tmp_path, UNNAMED)])
    stories = (await ds.client.get("/claims/-/claims/stories.json")).json()["stories"]
    story = next(s for s in stories if "footbridge" in s["label"])
    assert (story["report_count"], story["outlet_count"]) == (3, 2)
    html = (await ds.client.get(story["url"])).text
    assert "3 reports: 2 in 2 outlets, 1 of unknown outlet" in html  # the parts add up to the whole
    assert html.count("Unknown outlet</td>") == 1  # the outlets table's row
