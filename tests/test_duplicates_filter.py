"""The filter before the reprint probes leaves out only articles that cannot be in a pair."""

from __future__ import annotations

import pytest

from datasette_claims.matching import copies, duplicates
from datasette_claims.store import open_db

TOWNS = ["Brackwell", "Ostermoor", "Fennick", "Lowgate", "Sallowby", "Tirrel", "Quenby", "Marrowdale"]
TRADES = ["ferry operators", "grain merchants", "tram drivers", "lock keepers", "bakers", "net menders"]


def _paragraph(i: int, j: int) -> str:
    town, trade = TOWNS[(i + j) % len(TOWNS)], TRADES[(i * 3 + j) % len(TRADES)]
    return f"In {town} the {trade} argued for {i * 7 + j} weeks about harbour fees and the winter timetable {j}."


def _story(i: int, paragraphs: int = 10) -> str:
    return " ".join(_paragraph(i, j) for j in range(paragraphs))


def _articles() -> list[dict]:
    rows = [{"id": f"s{i:02d}", "text": _story(i), "published": f"2020-01-{i % 28 + 1:02d}"} for i in range(12)]
    # a reprint one day later, a paragraph trimmed and a line added
    rows.append({"id": "r01", "text": _story(3, 9) + " Carried by the wire desk.", "published": "2020-01-05"})
    # a reprint of the reprint, published earlier than both (the chain's order is by date)
    rows.append({"id": "r02", "text": _story(3, 10), "published": "2019-12-30"})
    # quotes one paragraph of another report and adds its own: not a reprint
    rows.append({"id": "q01", "text": _paragraph(5, 2) + " " + _story(40), "published": "2020-02-01"})
    # shares common phrases with every report, copies none
    rows.append({"id": "c01", "text": " ".join(_paragraph(k, 0) for k in range(12)), "published": "2020-03-01"})
    rows.append({"id": "tiny", "text": "Too short to shingle.", "published": "2020-03-02"})
    # a local edit the next day: its own lead and closing line, three paragraphs cut, no credit
    own = ("Our town waits for the ferry again this winter, and nobody at the council will say for how long. "
           "The mayor was not available for comment on Tuesday evening, her office said.")
    body = " ".join(_paragraph(7, j) for j in range(2, 9))
    rows.append({"id": "e07", "text": own + " " + body + " " + own.upper(), "published": "2020-01-09"})
    # ... and the same text a month on: a report of its own that reuses the background, no copy
    later = ("A month on, the ferry has still not sailed, and the council has ordered a report on the delay. "
             "Here is how the winter began, as this paper reported it at the time.")
    rows.append({"id": "e08", "text": later + " " + body + " " + later.upper(), "published": "2020-02-20"})
    return rows


def _db(tmp_path, name):
    db = open_db(str(tmp_path / name))
    db["articles"].insert_all(_articles())
    db.conn.commit()
    return db


MARKED = "select id, duplicate_of from articles order by id"


def test_the_filter_keeps_the_reprints_and_leaves_out_the_rest(tmp_path):
    db = _db(tmp_path, "c.db")
    maybe = copies.possible_reprints(db.conn)
    assert {"s03", "r01", "r02"} <= maybe
    assert not maybe & {"s00", "s05", "q01", "tiny"}


@pytest.mark.parametrize("buckets", [copies.BUCKETS, 1 << 6])
def test_filtered_probes_mark_what_probing_every_article_marks(tmp_path, monkeypatch, buckets):
    plain = _db(tmp_path, "plain.db")
    ids = [r[0] for r in plain.execute("select id from articles")]
    monkeypatch.setattr(duplicates, "FILTER_MIN_ARTICLES", 10**9)
    found_plain = duplicates.detect_duplicates(plain.conn, ids)
    monkeypatch.setattr(duplicates, "FILTER_MIN_ARTICLES", 1)
    monkeypatch.setattr(copies, "BUCKETS", buckets)  # few buckets: collisions everywhere, never a pair lost
    filtered = _db(tmp_path, "filtered.db")
    found_filtered = duplicates.detect_duplicates(filtered.conn, ids)
    assert found_plain == found_filtered
    assert plain.execute(MARKED).fetchall() == filtered.execute(MARKED).fetchall()
    assert {k: v for k, v in filtered.execute(MARKED).fetchall() if v} == {"r01": "r02", "s03": "r02", "e07": "s07"}


def test_the_filter_waits_for_a_large_share_of_the_articles(tmp_path, monkeypatch):
    db = _db(tmp_path, "c.db")
    monkeypatch.setattr(duplicates, "FILTER_MIN_ARTICLES", 1)
    assert duplicates._worth_filtering(db.conn, 3)
    assert not duplicates._worth_filtering(db.conn, 1)  # one article of 17: probing it is cheaper


def test_the_counters_grow_with_the_text_not_to_the_rebuild_size(tmp_path):
    # a load of a few articles must not take the million-claim rebuild's 128 MB of counters
    db = _db(tmp_path, "c.db")
    assert copies.MIN_BUCKETS <= copies.bucket_count(db.conn) < copies.BUCKETS
