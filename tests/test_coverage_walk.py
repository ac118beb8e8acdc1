"""A fact-checker's folder of invented coverage, loaded with the real CLI.

``tests/fixtures/coverage/`` holds three invented events, each reported
several ways: a wire story (text files and a manifest), a reprint saved
from a local site with its navigation, a shortened lead and a new headline,
a blog that quotes one sentence of a long quotation and paraphrases
another, two agencies translating a foreign president's words differently,
a report that misquotes (a word, a negation, a number), and the same
speaker on another topic.  What a user gets is checked: links and their
kinds, the diff of drift, stories and their first appearance, speakers
merged across reports and namesakes kept apart, and no link between two
statements.  Every person, place and outlet is invented.
"""

from __future__ import annotations

import asyncio
import json
import os
import shutil
import sqlite3

import pytest
from click.testing import CliRunner
from conftest import make_datasette
from datasette.cli import cli

from datasette_claims.matching import decide
from datasette_claims.matching.duplicates import _copy_of, _Report, shingles
from datasette_claims.text import tokens

FOLDER = os.path.join(os.path.dirname(__file__), "fixtures", "coverage")


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    where = tmp_path_factory.mktemp("coverage")
    folder = where / "folder"
    shutil.copytree(FOLDER, folder)
    path = where / "claims.db"
    result = CliRunner().invoke(cli, ["claims", "load", str(path), str(folder), "-q", "-j", "1"])
    assert result.exit_code == 0, result.output
    conn = sqlite3.connect(path)
    conn.row_factory = sqlite3.Row
    yield conn
    conn.close()


def claim(conn, outlet, words):
    rows = conn.execute(
        "select c.id from claims c join articles a on a.id = c.article_id where a.outlet = ? and c.content like ?",
        [outlet, f"%{words}%"],
    ).fetchall()
    assert len(rows) == 1, (outlet, words, len(rows))
    return rows[0][0]


def link(conn, a, b):
    row = conn.execute(
        "select kind, diff, method from claim_matches where claim_a in (?, ?) and claim_b in (?, ?)",
        [a, b, a, b],
    ).fetchone()
    return None if row is None else {"kind": row["kind"], "diff": json.loads(row["diff"] or "null"),
                                     "method": row["method"]}


def story(conn, cid):
    return conn.execute("select story_id from claims where id = ?", [cid]).fetchone()[0]


# --- two agencies' translations of one foreign president -------------------------------------------


def test_two_agencies_translations_of_one_remark_are_the_same_statement(db):
    wire = claim(db, "Nordwire", "In these hard times, no family")
    other = claim(db, "Central Press Agency", "In these difficult conditions")
    assert link(db, wire, other)["kind"] == "same"
    # the words moved ("The state reserves" / "The reserves of the state") and a tense ("asked" / "have asked")
    reserves = link(db, claim(db, "Nordwire", "reserves are enough for six"),
                    claim(db, "Central Press Agency", "sufficient for six"))
    assert reserves["kind"] == "same"
    asked = link(db, claim(db, "Nordwire", "We have asked our neighbours"),
                 claim(db, "Central Press Agency", "We asked our neighbours"))
    assert asked["kind"] == "same"
    assert story(db, wire) == story(db, other) is not None


def test_misquotes_of_the_translated_remarks_are_drift_with_their_diff(db):
    wire = claim(db, "Nordwire", "In these hard times, no family")
    food = link(db, wire, claim(db, "Daily Meridian", "left without food"))
    assert food["kind"] == "drift" and food["diff"]["summary"] == "bread → food"
    fuel = link(db, claim(db, "Central Press Agency", "We will not raise the price of fuel"),
                claim(db, "Daily Meridian", "We will raise the price of fuel"))
    assert fuel["kind"] == "drift" and fuel["diff"]["negation"]
    # a number changed where the rest of the quotation is another agency's wording
    eight = claim(db, "Daily Meridian", "enough for eight months")
    loose = link(db, claim(db, "Central Press Agency", "sufficient for six"), eight)
    assert loose["kind"] == "drift" and loose["diff"]["numbers"] == {"a": ["6"], "b": ["8"]}
    # ... and against the blog's paraphrase, a conflict, not the same claim
    para = link(db, claim(db, "Grain Watch", "grain reserves would last for six months"), eight)
    assert para["kind"] == "conflict"


def test_the_blog_quoting_one_sentence_of_a_long_quotation_joins_that_sentence(db):
    wire = claim(db, "Nordwire", "We have asked our neighbours")
    blog = claim(db, "Grain Watch", "we have asked our neighbours")
    assert link(db, wire, blog)["kind"] == "same"
    assert story(db, blog) == story(db, wire)
    # the paraphrased sentence joins its own sentence's story, not this one
    para = claim(db, "Grain Watch", "grain reserves")
    assert story(db, para) == story(db, claim(db, "Nordwire", "reserves are enough for six"))
    assert story(db, para) != story(db, wire)


def test_the_same_president_on_another_topic_is_not_linked(db):
    election = claim(db, "Nordwire", "the election must go ahead")
    assert db.execute("select count(*) from claim_matches where ? in (claim_a, claim_b)", [election]).fetchone()[0] == 0


# --- one speaker's sentences cast in one mould -------------------------------------------------------


def test_one_speakers_statements_of_one_shape_are_not_linked(db):
    expensive = claim(db, "Lakeland Times", "Keeping the old system would be expensive")
    assert db.execute("select count(*) from claim_matches where ? in (claim_a, claim_b)",
                      [expensive]).fetchone()[0] == 0
    tolls = claim(db, "North Ostland News", "Road tolls will be raised")
    assert db.execute("select count(*) from claim_matches where ? in (claim_a, claim_b)", [tolls]).fetchone()[0] == 0
    fares = claim(db, "Central Press Agency", "Rail fares will be frozen")
    assert story(db, tolls) is None and story(db, fares) is not None
    # the reprint's lead says the same thing with a count for the year: the same statement
    lead = claim(db, "North Ostland News", "frozen for two years")
    assert link(db, lead, fares)["kind"] == "same"


def test_misquotes_of_one_quotation_stay_linked_as_drift(db):
    fares = claim(db, "Central Press Agency", "Rail fares will be frozen")
    dropped = link(db, fares, claim(db, "Ostland Daily Star", "Rail fares will not be frozen"))
    assert dropped["kind"] == "drift" and dropped["diff"]["negation"]
    reckless = claim(db, "Nordwire", "Keeping it open would be reckless")
    dangerous = link(db, reckless, claim(db, "Lakeland Times", "would be dangerous"))
    assert dangerous["kind"] == "drift" and dangerous["diff"]["summary"] == "reckless → dangerous"
    five = link(db, claim(db, "Nordwire", "with four midwives"), claim(db, "Lakeland Times", "with five midwives"))
    assert five["kind"] == "drift" and "numbers" in five["diff"]["meaning"]


def test_a_judgement_of_the_closure_is_not_the_closure(db):
    # the blog quotes the minister's judgement of keeping the ward open; the wire and the
    # local paper report the closure itself: they share only the ward's name
    judgement = claim(db, "Valley Voices", "would be reckless")
    assert link(db, judgement, claim(db, "Eastmoor Echo", "will close by September")) is None
    assert link(db, judgement, claim(db, "Lakeland Times", "the closure of the maternity ward")) is None
    assert link(db, judgement, claim(db, "Nordwire", "Keeping it open would be reckless"))["kind"] == "same"


# --- the wire and its reprint on the same day ---------------------------------------------------------


def test_a_same_day_reprint_with_a_shorter_lead_is_the_copy_and_the_wire_comes_first(db):
    echo = db.execute("select id from articles where outlet = 'Eastmoor Echo'").fetchone()[0]
    wire = db.execute("select id from articles where outlet = 'Nordwire' and text like '%midwives%'").fetchone()[0]
    assert db.execute("select duplicate_of from articles where id = ?", [echo]).fetchone()[0] == wire
    first = db.execute("select first_outlet from stories where id = ?",
                       [story(db, claim(db, "Nordwire", "Keeping it open would be reckless"))]).fetchone()[0]
    assert first == "Nordwire"
    # the reprint saved with its site's navigation, headline changed: a copy too
    courier = db.execute("select duplicate_of from articles where outlet = 'The Harbour Courier'").fetchone()[0]
    assert courier == db.execute("select id from articles where outlet = 'Nordwire' and text like '%bread%'"
                                 ).fetchone()[0]


# --- speakers across reports ----------------------------------------------------------------------------


def test_speakers_are_merged_across_reports_and_namesakes_kept_apart(db):
    names = {r[0]: r[1] for r in db.execute(
        "select s.name, count(*) from claims c join speakers s on s.id = c.speaker_id group by s.id")}
    assert "Ms Olsberg" not in names and "Olsberg" not in names and names["Petra Olsberg"] >= 10
    assert "Ferraz" not in names and names["Joaquim Ferraz"] >= 20
    assert "Anton Weller" in names and "Clara Weller" in names
    clara = claim(db, "Central Press Agency", "Fares should be cut")
    fares = claim(db, "Central Press Agency", "Rail fares will be frozen")
    assert story(db, clara) != story(db, fares)


def test_the_story_page_shows_the_first_appearance_and_the_drifted_report(db):
    path = db.execute("pragma database_list").fetchone()[2]
    sid = story(db, claim(db, "Nordwire", "In these hard times, no family"))

    async def fetch():
        ds = make_datasette([path])
        return (await ds.client.get(f"/claims/-/claims/story/{sid}.json")).json()

    page = asyncio.run(fetch())
    assert page["story"]["first_outlet"] == "Nordwire"
    assert set(page["chart"]["lanes"]) == {"Nordwire", "Central Press Agency", "The Harbour Courier", "Daily Meridian"}
    assert [d["title"] for d in page["chart"]["dots"] if d["drift"]] == ["Daily Meridian, 2025-03-07 (wording drifted)"]


# --- the rules, on other invented words ---------------------------------------------------------------


def _info(rowid, content, quote_type="direct", speaker="s", published="2030-01-10"):
    return decide.ClaimInfo(rowid=rowid, id=f"c{rowid}", article_id=f"a{rowid}", speaker_id=speaker,
                            content=content, quote_type=quote_type, published=published,
                            root_article=f"a{rowid}", speaker_name="Ola Brenn")


def test_a_translation_is_counted_in_the_word_for_word_alignment():
    # a change next to another, one shared word apart, is still two places
    a = _info(1, "In these grim days, no town in Vell will be cut off from water")
    b = _info(2, "In these bleak weeks, no Vellish town will be cut off from water")
    assert decide.kind_of(a, b)[0] == "same"
    c = _info(3, "We spoke to the miners and they agreed")
    d = _info(4, "We have spoken to the miners, and they have accepted")
    assert decide.kind_of(c, d)[0] == "same"
    # a word added to what was said is a misquote, not a translation
    e = _info(5, "We spoke to the miners and they agreed to return on Monday")
    f = _info(6, "We spoke to the angry miners and they reluctantly agreed to return on Monday")
    assert decide.kind_of(e, f)[0] == "drift"


def test_a_number_swapped_in_a_loose_rewording_is_never_the_same():
    q = _info(1, "The dam holds water for nine weeks of summer")
    r = _info(2, "The water the dam keeps is enough for 12 weeks of summer")
    assert decide.kind_of(q, r)[0] == "drift"
    p = _info(3, "the dam would hold water for nine weeks", "indirect")
    assert decide.kind_of(p, r)[0] == "conflict"
    # a figure only one side adds, or a year against a count, is no swap
    s = _info(4, "the flood on the coast killed 14 people", "indirect")
    t = _info(5, "the flood of 3 May on the coast killed 14 people in all", "indirect")
    assert decide.kind_of(s, t)[0] == "same"
    u = _info(6, "The three largest main parties of the island agree on the budget", "indirect")
    v = _info(7, "the island's 2030 general election parties agree on the budget", "indirect")
    assert decide.kind_of(u, v)[0] == "same"
    w = _info(8, "Bus fares on the island will be frozen for two years", "indirect")
    x = _info(9, "Bus fares on the island will be frozen until 2032", "indirect")
    assert decide.kind_of(w, x)[0] == "same"
    y = _info(10, "Bus fares on the island will be frozen for two years", "indirect")
    z = _info(11, "Bus fares on the island will be frozen for three years", "indirect")
    assert decide.kind_of(y, z)[0] == "conflict"


def test_one_shape_with_one_shared_word_of_meaning_is_no_link():
    a = _info(1, "Closing the mill now would be careless")
    b = _info(2, "Closing the old school would be costly")
    assert decide.link(a, b) is None
    c = _info(3, "Closing the mill now would be careless")
    d = _info(4, "Closing the mill now would be reckless")
    assert decide.link(c, d) is not None


def _report(id_, text, published="2030-01-10", outlet=None):
    return _Report(id_, published, shingles(tokens(text)), lambda o: False, outlet)


def test_of_two_same_day_reports_the_one_the_other_holds_is_the_copy():
    body = ("The ferry between Orsk and Vell will stop for the winter, the harbour board said on Friday, "
            "after two of its three boats failed their safety checks. Repairs will take until April, "
            "and passengers will be carried by bus over the northern bridge, which adds an hour to the trip. "
            "The board said the cost of the repairs was not yet known. ")
    wire = _report("a-wire", body + "The ferry carried 90,000 passengers last year, most of them in summer.")
    local = _report("z-local", "The Orsk ferry will stop for the winter. " + body[body.index("after"):])
    assert _copy_of(wire, local).later == "z-local"
    assert _copy_of(local, wire).later == "z-local"
    # ids decide only when each holds the other
    wire2 = _report("b-wire", body)
    assert _copy_of(_report("c-copy", body), wire2).later == "c-copy"


# --- a quake on an invented island: synonyms across translations, an uncredited regional edit ---------------


def test_translations_whose_predicates_are_synonyms_are_one_statement(db):
    # "concentrate on" / "the next goal will be": one remark, two agencies' words for its verb
    wire = claim(db, "Nordwire", "Now we must concentrate on the port")
    other = claim(db, "Central Press Agency", "The next goal will be the port")
    assert link(db, wire, other)["kind"] == "same"
    assert story(db, wire) == story(db, other) is not None


def test_the_translations_near_misses_are_never_the_same_statement(db):
    focus = story(db, claim(db, "Nordwire", "Now we must concentrate on the port"))
    # the same speaker on the same port two days later, saying something else
    march = claim(db, "Nordwire", "will reopen to cargo ships in March")
    assert db.execute("select count(*) from claim_matches where ? in (claim_a, claim_b)", [march]).fetchone()[0] == 0
    # a denial of the remark, and a changed count: never `same`, never in its story
    for words in ("is not our goal", "41 cranes"):
        cid = claim(db, "The Evening Lamp", words)
        kinds = {r[0] for r in db.execute("select kind from claim_matches where ? in (claim_a, claim_b)", [cid])}
        assert "same" not in kinds, words
        assert story(db, cid) is None or story(db, cid) != focus
    cranes = claim(db, "Central Press Agency", "destroyed 14 cranes")
    assert link(db, cranes, claim(db, "The Evening Lamp", "41 cranes"))["kind"] != "same"


def test_a_regional_edit_without_the_wires_credit_is_a_reprint(db):
    # its own headline and lead, a local paragraph added, the last paragraph cut, no "(Nordwire)"
    wire = db.execute("select id from articles where outlet = 'Nordwire' and text like '%concentrate%'").fetchone()[0]
    post = db.execute("select duplicate_of from articles where outlet = 'The Island Post'").fetchone()[0]
    assert post == wire
    # a blog quoting two of the wire's paragraphs and writing the rest itself is no reprint
    assert db.execute("select duplicate_of from articles where outlet = 'Harbour Notes'").fetchone()[0] is None
    sid = story(db, claim(db, "The Island Post", "Now we must concentrate on the port"))
    assert db.execute("select first_outlet from stories where id = ?", [sid]).fetchone()[0] == "Nordwire"


_FERRY = ("The ferry between Orsk and Vell will stop for the winter, the harbour board said on Friday, "
          "after two of its three boats failed their safety checks. Repairs will take until April, "
          "and passengers will be carried by bus over the northern bridge, which adds an hour to the trip. "
          "The board said the cost of the repairs was not yet known and that a report on the boats "
          "would be sent to the ministry of transport within a month. ")
_FERRY_END = "The ferry carried 90,000 passengers last year, most of them in summer, and employs 40 crew."


def test_an_edit_with_its_own_lead_and_a_local_paragraph_is_a_copy_whatever_its_credit():
    wire = _report("b-wire", "ORSK, Jan. 9 (Nordwire) - " + _FERRY + _FERRY_END)
    local = _report("a-local", "Vell loses its winter ferry. The Vell boats will not sail until spring. "
                    + _FERRY[_FERRY.index("after"):]
                    + "In Vell, the bakery on the quay said it would close on Mondays until the boats return.")
    for one, two in ((wire, local), (local, wire)):
        assert _copy_of(one, two) == ("b-wire", "a-local")
    # a day later, its date decides
    later = local._replace(published="2030-01-11")
    assert _copy_of(wire, later) == ("b-wire", "a-local")
    # weeks later, a report of its own news that reuses the background is no copy
    assert _copy_of(wire, local._replace(published="2030-01-25")) is None


def test_a_report_quoting_two_paragraphs_and_writing_the_rest_is_no_copy():
    wire = _report("b-wire", _FERRY + _FERRY_END)
    own = ("Anyone who has waited on the quay at Vell in January knows what the boats mean to the town. "
           "The board's decision leaves the island without a crossing for three months, and nobody has yet "
           "said who will pay the bus company or when the new boats ordered two years ago will arrive. ")
    blog = _report("a-blog", own + _FERRY[_FERRY.index("Repairs"):] + own.upper())
    assert _copy_of(wire, blog) is None and _copy_of(blog, wire) is None


def test_a_count_changed_outside_the_aligned_words_is_never_the_same():
    a = _info(1, "the storm had sunk 12 boats in the bay and that Vell would ask for divers", "indirect")
    b = _info(2, "21 boats had been sunk by the storm", "indirect")
    assert decide.kind_of(a, b)[0] == "conflict"
    c = _info(3, "twelve boats had been sunk by the storm", "indirect")
    assert decide.kind_of(a, c)[0] == "same"
