"""The rebuild's one-pass indexes and pooled duplicate search give what the per-claim reads give."""

from __future__ import annotations

from datasette_claims.matching import duplicates
from datasette_claims.matching.blocks import SpeakerBlocks
from datasette_claims.matching.candidates import DocFreq, SpeakerPool, _lengths, index_words
from datasette_claims.store import open_db
from datasette_claims.text import content_words

SENTENCES = [
    "The harbour bridge will reopen to lorries in March",
    "Lorries will use the harbour bridge again from March",
    "Our orchard cooperative lost half its pear crop to hail",
    "Hail destroyed half the pear crop of the orchard cooperative",
    "The tram line to the airport is two years late",
    "Nobody expected the tram to reach the airport on time",
]


def make_db(tmp_path):
    db = open_db(str(tmp_path / "c.db"))
    db["articles"].insert({"id": "a1", "text": "x"})
    for ident, name in [("lea-moss", "Lea Moss"), ("tom-vane", "Tom Vane"), ("ida-kern", "Ida Kern")]:
        db["speakers"].insert({"id": ident, "name": name, "kind": "person"})
    speakers = ["lea-moss", "lea-moss", "tom-vane", "tom-vane", "ida-kern", None]
    rows = [
        {"id": f"c{i}", "article_id": "a1", "speaker_id": speakers[i % 6], "content": text}
        for i, text in enumerate(SENTENCES * 3)
    ]
    db["claims"].insert_all(rows)
    db.conn.commit()
    return db


def test_index_words_are_the_content_words_not_in_the_fts_stop_list():
    from datasette_claims.matching.candidates import FTS_STOP

    for text in SENTENCES + ["It's 2 o'clock: the 3 ministers' plan, 2024", ""]:
        assert index_words(text) == frozenset(content_words(text, FTS_STOP))


def test_blocks_propose_what_each_speakers_pool_proposes(tmp_path):
    db = make_db(tmp_path)
    for cap in (2, 5, 100):
        blocks = SpeakerBlocks(db.conn, cap)
        for speaker in ("lea-moss", "tom-vane", "ida-kern", "nobody"):
            one = SpeakerPool(db.conn, speaker, cap)
            many = blocks.pool(speaker)
            assert many.too_big == one.too_big
            for text in SENTENCES:
                assert many.candidates(text) == one.candidates(text)
    assert SpeakerBlocks(db.conn, 2).pool("lea-moss").too_big  # six claims over a cap of two


def test_blocks_hold_every_claims_length(tmp_path):
    db = make_db(tmp_path)
    blocks = SpeakerBlocks(db.conn, 100)
    df = DocFreq(db.conn)
    rowids = [r[0] for r in db.execute("select rowid from claims")] + [999]
    read = _lengths(df, rowids)
    # the ties at a cut are ordered by either, through ``get`` (a claim missing: the default)
    assert [blocks.lengths.get(r, 0) for r in rowids] == [read.get(r, 0) for r in rowids]
    assert len(read) == len(rowids) - 1
    assert {r: blocks.lengths[r] for r in rowids if r in blocks.lengths} == {r: read[r] for r in rowids if r in read}
    assert 999 not in blocks.lengths


def _reprint_db(tmp_path, name):
    db = open_db(str(tmp_path / name))
    body = " ".join(
        f"Paragraph {i} tells how the ferry operators negotiated harbour fees with the councillors of town {i}."
        for i in range(12)
    )
    rows = [{"id": f"w{i:02d}", "text": body + f" Edited by desk {i}.", "published": f"2021-05-{i + 1:02d}"}
            for i in range(4)]
    rows += [{"id": f"o{i:02d}", "text": f"An unrelated note number {i} about gardening and tulips. " * 8}
             for i in range(6)]
    db["articles"].insert_all(rows)
    db.conn.commit()
    return db


def test_pooled_duplicate_search_marks_the_same_reprints(tmp_path, monkeypatch):
    one = _reprint_db(tmp_path, "one.db")
    found_one = duplicates.detect_duplicates(one.conn, [r[0] for r in one.execute("select id from articles")])
    monkeypatch.setattr(duplicates, "PARALLEL_MIN_ARTICLES", 1)
    monkeypatch.setattr(duplicates, "SLICE", 3)
    two = _reprint_db(tmp_path, "two.db")
    ids = [r[0] for r in two.execute("select id from articles")]
    found_two = duplicates.detect_duplicates(two.conn, ids, workers=2, path=str(tmp_path / "two.db"))
    marked = "select id, duplicate_of from articles order by id"
    assert found_one == found_two == 3
    assert one.execute(marked).fetchall() == two.execute(marked).fetchall()
    assert dict(two.execute(marked).fetchall())["w03"] == "w00"
