"""What a new claim's matching reads stays bounded as the database grows:
the word sample's size, the ties' word counts from the full-text index, the
reprint probes a report cannot pair through."""

from __future__ import annotations

from datasette_claims.matching import candidates, duplicates
from datasette_claims.matching.candidates import DocFreq, _lengths, first_varint, text_size
from datasette_claims.store import open_db


def _db(tmp_path, n: int = 400):
    db = open_db(str(tmp_path / "g.db"))
    db["articles"].insert({"id": "a1", "text": "x"})
    rows = [{"id": f"c{i}", "article_id": "a1",
             "content": f"The harbour council met on day {i} and talked about ferries"} for i in range(n)]
    db["claims"].insert_all(rows)
    db.conn.commit()
    return db


def test_a_word_the_small_sample_saw_rarely_is_read_not_assumed_common(tmp_path):
    """A sample of 20 claims over 400 (20 claims each): a word it saw twice is
    estimated at 40 claims a sighting; with RARE_DF 10 that is more than twice
    RARE_DF, but two sightings say little, so its posting list is read: it is
    held by 4 claims, rare."""
    db = _db(tmp_path)
    rowids = [r[0] for r in db.execute("select rowid from claims order by rowid")]
    step = len(rowids) // 20
    sampled = rowids[step - 1 :: step]  # every step-th rowid, as the sample reads them
    held = [sampled[3], sampled[7], sampled[3] + 1, sampled[7] + 1]
    for rid in held:
        db.execute("update claims set content = content || ' quillwort' where rowid = ?", [rid])
    db.conn.commit()
    df = DocFreq(db.conn, sample=20)
    assert df.counts["quillwort"] == 2 and df.estimate("quillwort") > 2 * 10
    old = candidates.RARE_DF
    candidates.RARE_DF = 10
    try:
        assert df.postings("quillwort") == tuple(sorted(held))
        assert df.postings("harbour") is None  # in every claim: read, and common
    finally:
        candidates.RARE_DF = old


def test_a_word_read_rare_or_common_at_the_bound(tmp_path):
    db = _db(tmp_path, n=candidates.RARE_DF + 1)
    db.execute("update claims set content = content || ' marram' where rowid <= ?", [candidates.RARE_DF])
    db.execute("update claims set content = content || ' sedge' where rowid <= ?", [candidates.RARE_DF + 1])
    db.conn.commit()
    df = DocFreq(db.conn)
    assert df.postings("marram") == tuple(range(1, candidates.RARE_DF + 1))
    assert df.postings("sedge") is None
    assert df.postings("nonexistentword") == ()


def test_lengths_are_the_index_word_counts(tmp_path):
    db = open_db(str(tmp_path / "w.db"))
    db["articles"].insert({"id": "a1", "text": "x"})
    texts = ["Short one.", "A claim of exactly seven words here.", "Ünïcode wörds, too: São Paulo's mayor said 42%!",
             " ".join(["word"] * 300)]
    db["claims"].insert_all([{"id": f"c{i}", "article_id": "a1", "content": t} for i, t in enumerate(texts)])
    db.conn.commit()
    df = DocFreq(db.conn)
    rowids = [r[0] for r in db.execute("select rowid from claims order by rowid")]
    assert _lengths(df, rowids + [999]) == {rid: text_size(t) for rid, t in zip(rowids, texts)}
    assert text_size(texts[3]) == 300  # two bytes of varint in the index
    assert first_varint(bytes([0x82, 0x2C, 0x05])) == 300 and first_varint(b"\x07\x01") == 7


def test_the_last_probe_is_not_run_when_it_cannot_make_a_pair(tmp_path):
    db = open_db(str(tmp_path / "p.db"))
    body = " ".join(f"Paragraph {i} describes how lighthouse keepers negotiated salaries with harbourmasters of "
                    f"district {i}." for i in range(10))
    other = " ".join(f"Note {i} concerns gardening, tulips and greenhouse temperatures in spring {i}."
                     for i in range(10))
    db["articles"].insert_all([{"id": "w1", "text": body, "published": "2021-01-01"},
                               {"id": "w2", "text": body + " Edited.", "published": "2021-01-02"},
                               {"id": "o1", "text": other, "published": "2021-01-03"}])
    db.conn.commit()
    probes = []
    db.conn.set_trace_callback(lambda sql: probes.append(sql) if "articles_fts match" in sql else None)
    assert duplicates.reprints_of(db.conn, "o1") == []
    assert len(probes) == 2  # two probes found no other report: a third alone cannot pair it
    probes.clear()
    assert duplicates.reprints_of(db.conn, "w2") == [duplicates.Reprint("w1", "w2")]
    assert len(probes) == 3


def test_a_candidates_article_is_read_from_the_index_made_for_matching(tmp_path):
    """A candidate's article date and reprint root come from an index of those
    columns, not from the articles' rows (where ``duplicate_of`` lies past the
    text); a database without that index is still read, through the table."""
    from datasette_claims.matching.pipeline import _by_rowid, _select
    from datasette_claims.store.schema import MATCHING_ARTICLES

    db = _db(tmp_path, n=3)
    db["articles"].insert({"id": "a2", "text": "y " * 3000, "published": "2026-01-02", "duplicate_of": "a1"})
    db["claims"].insert({"id": "d1", "article_id": "a2", "content": "The ferries will run again in spring"})
    db.conn.commit()
    plan = " ".join(r[3] for r in db.execute(f"explain query plan {_select(db.conn)} where c.rowid in (1, 4)"))
    assert f"COVERING INDEX {MATCHING_ARTICLES}" in plan
    rows = sorted(_by_rowid(db.conn, [1, 4], {}), key=lambda c: c.rowid)
    assert [(c.id, c.root_article) for c in rows] == [("c0", "a1"), ("d1", "a1")]
    assert rows[1].published == "2026-01-02"
    db.execute(f"drop index {MATCHING_ARTICLES}")
    assert "indexed by" not in _select(db.conn)
    assert [(c.id, c.root_article) for c in sorted(_by_rowid(db.conn, [1, 4], {}), key=lambda c: c.rowid)] == [
        ("c0", "a1"), ("d1", "a1")]


def test_a_loads_chunks_count_the_claims_once_and_again_after_a_change(tmp_path):
    """Each chunk's DocFreq asked ``count(*)`` of every claim; with one ``Reads``
    the count is taken again only when the index's own row count or the last
    rowid moved -- a claim deleted or added by this connection or another."""
    from datasette_claims.matching.candidates import Reads
    from datasette_claims.store import open_db

    db = open_db(str(tmp_path / "n.db"))
    db["articles"].insert({"id": "a1", "text": "x"})
    db["claims"].insert_all([{"id": f"c{i}", "article_id": "a1", "content": f"Ferry tolls to Marsk rise by {i}"}
                             for i in range(12)])
    db.conn.commit()
    asked: list[str] = []
    db.conn.set_trace_callback(asked.append)
    reads = Reads()
    assert DocFreq(db.conn, reads=reads).total == 12
    assert DocFreq(db.conn, reads=reads).total == 12
    assert sum("count(*)" in q for q in asked) == 1
    db.conn.execute("delete from claims where id = 'c3'")  # not the last rowid
    assert DocFreq(db.conn, reads=reads).total == 11
    db.conn.execute("delete from claims where id = 'c11'")  # the last one
    db["claims"].insert({"id": "c12", "article_id": "a1", "content": "Marsk tolls stay"})  # takes its rowid again
    assert DocFreq(db.conn, reads=reads).total == 11
    assert DocFreq(db.conn, reads=reads).total == db.conn.execute("select count(*) from claims").fetchone()[0]
    assert sum("count(*)" in q for q in asked) <= 5


def _with_word(db, word: str, rowids) -> None:
    for rid in rowids:
        db.execute(f"update claims set content = content || ' {word}' where rowid = ?", [rid])
    db.conn.commit()


def test_a_word_estimated_common_is_told_common_without_its_list_read(tmp_path):
    """Sample 20 of 400 claims, RARE_DF 10: "sedge", seen twice and held by 30
    claims, is estimated common but not surely; the index is asked whether it
    has an 11th claim, and its 30 rowids are never handed over.  "quillwort",
    seen twice too but held by 4, is asked the same, then read: rare."""
    db = _db(tmp_path)
    rowids = [r[0] for r in db.execute("select rowid from claims order by rowid")]
    step = len(rowids) // 20
    sampled = rowids[step - 1 :: step]
    _with_word(db, "quillwort", [sampled[3], sampled[7], sampled[3] + 1, sampled[7] + 1])
    unsampled = [r for r in rowids if r not in set(sampled)]
    _with_word(db, "sedge", [sampled[1], sampled[9]] + unsampled[:28])
    df = DocFreq(db.conn, sample=20)
    assert df.counts["sedge"] == 2 < candidates.SURELY_SEEN and df.estimate("sedge") > 10
    seen: list[str] = []
    db.conn.set_trace_callback(seen.append)
    old = candidates.RARE_DF
    candidates.RARE_DF = 10
    try:
        assert df.postings("sedge") is None and "sedge" in df.common
        assert not [q for q in seen if "group_concat" in q]  # told by one row past the bound
        assert df.postings("quillwort") == tuple(sorted([sampled[3], sampled[7], sampled[3] + 1, sampled[7] + 1]))
        assert [q for q in seen if "group_concat" in q and "quillwort" in q]
    finally:
        candidates.RARE_DF = old
        db.conn.set_trace_callback(None)


def test_the_ties_lengths_are_read_once_in_rowid_order_and_break_the_ties(tmp_path):
    """Two claims' cuts tie six claims each, interleaved in the table: their
    lengths are read in one query, in rowid order; the places go to the
    claims closest in length, then the oldest, as a rebuild's lengths give."""
    db = open_db(str(tmp_path / "t.db"))
    db["articles"].insert({"id": "a1", "text": "x"})
    rows = []
    for i in range(12):
        word = "zephyrine" if i % 2 == 0 else "gossamery"
        rows.append({"id": f"c{i}", "article_id": "a1",
                     "content": " ".join([f"{word} lanterns glow"] + ["softly"] * (i % 5))})
    db["claims"].insert_all(rows)
    db.conn.commit()
    df = DocFreq(db.conn)
    seen: list[str] = []
    db.conn.set_trace_callback(seen.append)
    try:
        got = candidates.rare_candidates_of(["zephyrine lanterns glow", "gossamery lanterns glow softly"], df, k=2)
    finally:
        db.conn.set_trace_callback(None)
    reads = [q for q in seen if "from claims_fts_docsize where" in q]
    assert len(reads) == 1
    ids = [int(x) for x in reads[0].split("in (")[1].rstrip(")").split(",")]
    # the six zephyrine claims tie for the first; the five gossamery claims with "softly" for the second
    assert ids == sorted(ids) and len(ids) == 11
    # lengths 3 + i % 5 (rowid i + 1): zephyrine 3, 5, 7, 4, 6, 3; gossamery with "softly" 4, 6, 5, 7, 4
    assert got == [[1, 11], [2, 12]]
    from datasette_claims.matching.blocks import Lengths

    every = Lengths(12)
    for rid, n in df.lengths.items():
        every.values[rid] = n
    df2 = DocFreq(db.conn)
    df2.all_lengths = every
    assert candidates.rare_candidates_of(["zephyrine lanterns glow", "gossamery lanterns glow softly"], df2, k=2) == got


def test_only_candidates_past_the_cheap_cut_are_read_in_full(tmp_path):
    """Every candidate's claims row is read for the cut (prefilter, quoted
    fragment); its report's date and root and its speaker's name (the joined
    row) only when it passes: a near copy is read in full and linked, a claim
    sharing one rare word and nothing else is not."""
    import re

    from datasette_claims.matching.pipeline import Matcher, _of_articles

    db = open_db(str(tmp_path / "cut.db"))
    db["articles"].insert_all([{"id": f"a{i}", "text": "x", "published": f"2021-03-0{i}"} for i in range(1, 4)])
    said = "The harbour council will double the quillwort ferry tolls before next spring"
    db["claims"].insert_all([
        {"id": "new", "article_id": "a1", "content": said},
        {"id": "copy", "article_id": "a2", "content": said.replace("the quillwort", "the")},
        {"id": "apart", "article_id": "a3", "content": "Quillwort grows by the mill pond among grazing sheep"},
    ])
    db.conn.commit()
    rowid = {r[0]: r[1] for r in db.execute("select id, rowid from claims")}
    new = [c for c in _of_articles(db.conn, ["a1"]) if c.id == "new"]
    full: list[str] = []
    db.conn.set_trace_callback(lambda sql: full.append(sql) if "join articles" in sql else None)
    links = Matcher(db.conn).links_for(new[0])
    db.conn.set_trace_callback(None)
    assert [(a, b) for a, b, *_ in links] == [("new", "copy")]
    read = {int(n) for sql in full for n in re.findall(r"\d+", sql.split("c.rowid in", 1)[1])}
    assert read == {rowid["copy"]}
