"""A fact-checker's fifteenth walk: the leftovers of the fourteenth (a wire
headline's edition tag, sheets of several checks, a sheet loaded from
``claims extract`` output, alerts left by a rating taken away, a sheet's own
claim heading the queue) and a folder of kinds of page the walks had not
tried.  The real CLI into real SQLite files, a real Datasette; every name and
story invented."""

from __future__ import annotations

import sqlite3

import pytest
from click.testing import CliRunner
from conftest import articles_by_file, load_files_with_cli, load_with_cli, make_datasette
from datasette.cli import cli


load, by_file = load_files_with_cli, articles_by_file


def test_a_wire_headline_s_edition_tag_is_not_part_of_the_headline(tmp_path):
    story = ("\n\nPORT HALDEN, March 4, 2026 (Coast Wire) - The ferry crews' union said on Wednesday that its "
             "members had accepted a pay offer of 6 percent.\n")
    files = {"a.txt": "UPDATE 2-Port Halden ferry strike ends after pay deal" + story,
             "b.txt": "CORRECTED-UPDATE 1-Port Halden ferry strike ends after pay deal" + story.replace("6", "7"),
             "c.txt": "REFILE-Port Halden ferry strike ends after pay deal" + story.replace("6", "8"),
             "d.txt": "AFL-CIO backs the Port Halden ferry crews in pay talks" + story.replace("6", "9")}
    headlines = {name: a["headline"] for name, a in by_file(load(tmp_path / "wire", files)).items()}
    assert headlines == {"a.txt": "Port Halden ferry strike ends after pay deal",
                         "b.txt": "Port Halden ferry strike ends after pay deal",
                         "c.txt": "Port Halden ferry strike ends after pay deal",
                         "d.txt": "AFL-CIO backs the Port Halden ferry crews in pay talks"}


def test_a_json_record_s_tagged_headline_loses_its_tag(tmp_path):
    import json

    record = {"headline": "UPDATE 3-Harbour board sells the old ferry terminal", "url": "https://wire.example/1",
              "text": "UPDATE 3-Harbour board sells the old ferry terminal\n\nThe harbour board said on Monday "
                      "that it had sold the old terminal for 12 million crowns.\n", "published": "2026-03-02"}
    (tmp_path / "in.jsonl").write_text(json.dumps(record) + "\n", encoding="utf-8")
    load_with_cli(str(tmp_path / "r.db"), tmp_path / "in.jsonl")
    (headline,) = sqlite3.connect(tmp_path / "r.db").execute("select headline from articles").fetchone()
    assert headline == "Harbour board sells the old ferry terminal"


SHEET = """Kelp Check
March 20, 2026

# Two claims from the harbour debate, checked

**Claim:** "Ferry fares have tripled since 2020."

**Who said it:** Councillor Abel Marsh, in a council debate on March 17, 2026.

**Rating:** Mostly false. Fares rose by 38 percent between 2020 and 2026, according to the operator's tariffs.

**Claim:** "The harbour has lost half its boats in ten years."

**Who said it:** Councillor Greta Holm, in the same debate on March 17, 2026.

**Rating:** False. The harbour register lists 212 boats in 2016 and 198 in 2026.
"""
REPORT = """Fares row at the council

Port Halden Courier, March 18, 2026

Councillor Abel Marsh told the council that ferry fares have tripled since 2020.
"""


def checks(db) -> list[tuple]:
    return [tuple(r) for r in sqlite3.connect(db).execute(
        "select claim, claimant, claim_date, rating, publisher, format from factchecks order by id")]


BOTH = [("Ferry fares have tripled since 2020.", "Abel Marsh", "2026-03-17", "Mostly false", "Kelp Check", "sheet"),
        ("The harbour has lost half its boats in ten years.", "Greta Holm", "2026-03-17", "False", "Kelp Check",
         "sheet")]


def test_a_sheet_of_two_checks_records_both_and_each_claim_is_its_claimant_s(tmp_path):
    db = load(tmp_path / "two", {"sheet.md": SHEET})
    assert checks(db.conn.execute("pragma database_list").fetchone()[2]) == BOTH
    said = {r["content"]: (r["speaker"], r["rule"]) for r in db.query("select * from claims")}
    assert said["Ferry fares have tripled since 2020."] == ("Abel Marsh", "factcheck.claimant")
    assert said["The harbour has lost half its boats in ten years."] == ("Greta Holm", "factcheck.claimant")


def test_a_sheet_writing_the_claimant_above_each_claim_pairs_them_so(tmp_path):
    sheet = ("Kelp Check\nMarch 20, 2026\n\n# Two claims checked\n\n"
             "Claimant: Councillor Abel Marsh, on March 17, 2026.\n\nClaim: Ferry fares have tripled since 2020.\n\n"
             "Verdict: Mostly false.\n\nClaimant: Councillor Greta Holm, on March 17, 2026.\n\n"
             "Claim: The harbour has lost half its boats in ten years.\n\nVerdict: False.\n")
    db = load(tmp_path / "above", {"sheet.txt": sheet})
    assert checks(db.conn.execute("pragma database_list").fetchone()[2]) == BOTH


def test_a_check_cut_from_a_sheet_loaded_again_goes_with_its_alerts(tmp_path):
    path, folder = str(tmp_path / "again.db"), tmp_path / "f"
    folder.mkdir()
    (folder / "report.txt").write_text(REPORT, encoding="utf-8")
    sheet = tmp_path / "sheet.md"
    address = ["--url", "https://kelpcheck.example/2026/03/20/debate"]  # (the page at its address, changed)
    load_with_cli(path, folder)
    sheet.write_text(SHEET, encoding="utf-8")
    load_with_cli(path, sheet, *address)
    alerted = "select count(*) from claim_alerts where kind = 'factcheck'"
    assert sqlite3.connect(path).execute(alerted).fetchone() == (1,)  # (the report's claim)
    # the same page without its first check (its rating taken off the page)
    sheet.write_text(SHEET.replace("**Rating:** Mostly false.", "We found that"), encoding="utf-8")
    load_with_cli(path, sheet, *address)
    assert [c[0] for c in checks(path)] == ["The harbour has lost half its boats in ten years."]
    assert sqlite3.connect(path).execute(alerted).fetchone() == (0,)  # (was 1: a stale alert)
    sheet.write_text(SHEET.replace("**Rating:** False.", "We found that"), encoding="utf-8")
    load_with_cli(path, sheet, *address)
    assert [c[0] for c in checks(path)] == ["Ferry fares have tripled since 2020."]


@pytest.mark.asyncio
async def test_a_stale_alert_no_longer_raises_a_report_s_claim_in_the_queue(tmp_path):
    path, folder = str(tmp_path / "q.db"), tmp_path / "f"
    folder.mkdir()
    (folder / "report.txt").write_text(REPORT, encoding="utf-8")
    address = ["--url", "https://kelpcheck.example/2026/03/20/debate"]
    load_with_cli(path, folder)
    (tmp_path / "sheet.md").write_text(SHEET, encoding="utf-8")
    load_with_cli(path, tmp_path / "sheet.md", *address)

    async def signals() -> dict[str, set]:
        ds = make_datasette([path])
        await ds.invoke_startup()
        rows = (await ds.client.get("/q/-/claims/queue.json?reports=all&_size=max")).json()["claims"]
        return {r["content"]: {s["signal"] for s in r["reasons"]} for r in rows}

    before = await signals()
    assert "factcheck" in before["ferry fares have tripled since 2020"]
    (tmp_path / "sheet.md").write_text(SHEET.replace("**Rating:** Mostly false.", "We found that"), encoding="utf-8")
    load_with_cli(path, tmp_path / "sheet.md", *address)
    assert "factcheck" not in (await signals())["ferry fares have tripled since 2020"]


@pytest.mark.asyncio
async def test_a_sheet_s_own_claim_is_not_raised_in_the_queue_by_its_own_rating(tmp_path):
    db = load(tmp_path / "own", {"sheet.md": SHEET})
    path = str(db.conn.execute("pragma database_list").fetchone()[2])
    assert list(db.query("select * from claim_alerts")) == []  # (was one per check: the sheet's own rating)
    ds = make_datasette([path])
    await ds.invoke_startup()
    rows = (await ds.client.get("/own/-/claims/queue.json?reports=all&_size=max")).json()["claims"]
    for row in rows:
        assert "factcheck" not in {s["signal"] for s in row["reasons"]}, row["content"]
    # the claim page still shows the sheet's rating as its outlet's
    claim = next(r for r in db.query("select id from claims where rule = 'factcheck.claimant'"))
    page = (await ds.client.get(f"/own/-/claims/claim/{claim['id'].replace(':', '~3A')}")).text
    assert "Fact-check by Kelp Check" in page


def test_a_sheet_extracted_then_loaded_keeps_its_checks(tmp_path):
    folder = tmp_path / "f"
    folder.mkdir()
    (folder / "sheet.md").write_text(SHEET, encoding="utf-8")
    (folder / "report.txt").write_text(REPORT, encoding="utf-8")
    result = CliRunner().invoke(cli, ["claims", "extract", str(folder)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    out = tmp_path / "out.jsonl"
    out.write_text(result.stdout, encoding="utf-8")
    load_with_cli(str(tmp_path / "x.db"), out)
    assert checks(tmp_path / "x.db") == BOTH  # (was none: the output carried no checks)
    (source,) = {r[0] for r in sqlite3.connect(tmp_path / "x.db").execute("select source from factchecks")}
    assert source.startswith(str(out))
    # a report's record carries no "factchecks" field at all
    import json

    records = [json.loads(line) for line in result.stdout.splitlines() if line.strip()]
    assert sorted("factchecks" in r for r in records) == [False, True]


def test_an_extract_record_with_a_bad_fact_check_is_an_error_row(tmp_path):
    import json

    (tmp_path / "sheet.md").write_text(SHEET, encoding="utf-8")
    result = CliRunner().invoke(cli, ["claims", "extract", str(tmp_path / "sheet.md")], catch_exceptions=False)
    record = json.loads(result.stdout.splitlines()[0])
    record["factchecks"][0]["verdict_of_ours"] = "True"
    out = tmp_path / "bad.jsonl"
    out.write_text(json.dumps(record) + "\n", encoding="utf-8")
    load_with_cli(str(tmp_path / "bad.db"), out, exit_code=1)
    conn = sqlite3.connect(tmp_path / "bad.db")
    assert conn.execute("select count(*) from factchecks").fetchone() == (0,)
    assert "unknown field 'verdict_of_ours'" in conn.execute("select group_concat(reason) from load_errors"
                                                             ).fetchone()[0]


SYNDICATED = """Island doctors warn of winter shortage

By Ola Fisk

This article was originally published in The Skarholm Herald on March 8, 2026, and is republished here with permission.

Doctors on the outer islands say they will not be able to cover night shifts this winter.

"We have four doctors for eleven islands, and two of them will retire in June," said Dr. Ina Berg.
"""


def test_a_syndicated_piece_s_note_names_its_outlet_and_day_and_is_not_the_story(tmp_path):
    first_appeared = SYNDICATED.replace(
        "This article was originally published in The Skarholm Herald on March 8, 2026, and is republished here "
        "with permission.\n\n", "") + "\nThis piece first appeared on Harbour Weekly.\n"
    in_march = SYNDICATED.replace("This article was originally published in The Skarholm Herald on March 8, 2026, "
                                  "and is republished here with permission.", "The plan was first published in March.")
    articles = by_file(load(tmp_path / "synd", {"s.txt": SYNDICATED, "end.txt": first_appeared,
                                                "march.txt": in_march}))
    got = {name: (a["outlet"], a["published"], len(a["paragraphs"].split("], ["))) for name, a in articles.items()}
    assert got == {"s.txt": ("The Skarholm Herald", "2026-03-08", 2),  # (was no outlet, undated, 3 paragraphs)
                   "end.txt": ("Harbour Weekly", None, 2),
                   "march.txt": (None, None, 3)}  # (a sentence about a plan: no outlet "March")


def test_a_paywall_cut_ends_the_story_and_page_counters_are_the_page_s(tmp_path):
    paywalled = ("Council weighs sale of the old ferry terminal\n\nCoast Ledger, March 12, 2026\n\n"
                 "Mayor Karl Hovde said on Wednesday that the council would vote next week.\n\n"
                 "Subscribe to continue reading\n\nAlready a subscriber? Log in\n\n"
                 "Get unlimited access for 1 crown a week. Cancel anytime.\n")
    printed = ("Halden Ferries orders two electric ferries\n\nPort Halden, 16 March 2026 - Halden Ferries said today "
               "that it had signed a contract for two electric ferries.\n\nPage 1 of 2\n\n"
               "The ferries will each carry 300 passengers, chief executive Jo Roe said.\n\nPage 2 of 2\n")
    gallery = ("In pictures: the storm that hit Port Halden\n\nWaves break over the harbour wall on Saturday. The "
               "harbour board said the wall held.\n\n1 of 12\n\nFishermen secure their boats. Police said the road "
               "would reopen on Monday.\n\n2 of 12\n")
    db = load(tmp_path / "cuts", {"pay.txt": paywalled, "pdf.txt": printed, "gallery.txt": gallery})
    import json

    kept = {name: [a["text"][s:e] for s, e in json.loads(a["paragraphs"])] for name, a in by_file(db).items()}
    assert kept["pay.txt"] == ["Mayor Karl Hovde said on Wednesday that the council would vote next week."]
    assert not any(p.startswith(("Page ", "1 of", "2 of")) for p in kept["pdf.txt"] + kept["gallery.txt"])
    assert len(kept["pdf.txt"]) == 2 and len(kept["gallery.txt"]) == 2
    # a sentence that continues reading something, or counts "1 of 12", is still the story's
    story = ("Council reads the report\n\nCoast Ledger, March 12, 2026\n\nThe council will continue reading the "
             "report on Monday, Mayor Karl Hovde said.\n\nHe said 1 of 12 boats had failed the test.\n")
    (kept2,) = by_file(load(tmp_path / "story", {"s.txt": story})).values()
    assert len(json.loads(kept2["paragraphs"])) == 2


DIGEST = """The Island Morning: your Tuesday briefing

Coast Ledger newsletter, March 10, 2026

Good morning. Here is what you need to know today.

1. Ferry fares to rise in April

The harbour board said on Monday that single fares would rise by 8 percent from April 1.

2. Storm warning for the weekend

The weather service warned that winds of up to 90 km/h could hit the outer islands on Saturday.

Pirates threatening the island's fish farms

Officials warning of delays were ignored by the board.
"""


def test_a_digest_s_subheads_say_nothing_and_its_edition_line_names_the_paper(tmp_path):
    db = load(tmp_path / "digest", {"d.txt": DIGEST})
    (article,) = by_file(db).values()
    assert (article["outlet"], article["published"]) == ("Coast Ledger", "2026-03-10")  # (was no outlet)
    said = [(r["speaker"], r["content"]) for r in db.query("select * from claims order by start")]
    assert ("Storm", "the weekend") not in said and not any(s == "Pirates" for s, _ in said)
    assert ("The weather service", "winds of up to 90 km/h could hit the outer islands on Saturday") in said
    assert ("Officials", "delays were ignored by the board") in said  # (a sentence with its full stop: as before)


def test_a_writer_s_or_a_town_s_dated_edition_line_names_no_outlet(tmp_path):
    text = DIGEST.replace("Coast Ledger newsletter", "Jo Roe newsletter")
    (article,) = by_file(load(tmp_path / "writer", {"d.txt": text})).values()
    assert (article["outlet"], article["published"]) == (None, "2026-03-10")


def test_a_release_s_company_in_capitals_keeps_its_legal_form_in_capitals(tmp_path):
    release = ("HALDEN FERRIES AS\nPRESS RELEASE\n\nHalden Ferries orders two electric ferries\n\n"
               "Port Halden, 16 March 2026 - Halden Ferries AS has signed a contract for two electric ferries, "
               "the company said today.\n\n"
               "\"These boats will cut our emissions by 70 percent,\" said chief executive Jo Roe.\n")
    (article,) = by_file(load(tmp_path / "release", {"r.txt": release})).values()
    assert article["outlet"] == "Halden Ferries AS"  # (was "Halden Ferries As")


@pytest.mark.asyncio
async def test_a_sheet_s_article_page_lists_the_ratings_it_publishes_to_those_who_may_see_them(tmp_path):
    db = load(tmp_path / "page", {"sheet.md": SHEET, "report.txt": REPORT})
    path = str(db.conn.execute("pragma database_list").fetchone()[2])
    articles = by_file(db)
    ds = make_datasette([path])
    await ds.invoke_startup()
    html = (await ds.client.get(f"/page/-/claims/article/{articles['sheet.md']['id']}")).text
    assert "Fact-checks this page publishes" in html
    assert html.index("Ferry fares have tripled since 2020.&rdquo; (Abel Marsh, 2026-03-17) &mdash; "
                      "<strong>Mostly false</strong>") < html.index("<strong>False</strong>")
    data = (await ds.client.get(f"/page/-/claims/article/{articles['sheet.md']['id']}.json")).json()
    assert [c["rating"] for c in data["published_checks"]] == ["Mostly false", "False"]
    report = (await ds.client.get(f"/page/-/claims/article/{articles['report.txt']['id']}")).text
    assert "Fact-checks this page publishes" not in report
    hidden = make_datasette([path], config={"databases": {"page": {"tables": {"factchecks": {"allow": False}}}}})
    await hidden.invoke_startup()
    page = await hidden.client.get(f"/page/-/claims/article/{articles['sheet.md']['id']}")
    assert page.status_code == 200 and "Fact-checks this page publishes" not in page.text
