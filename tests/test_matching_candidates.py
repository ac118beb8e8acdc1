"""Candidate generation: rare-word FTS queries and same-speaker pools."""

from __future__ import annotations

from datasette_claims.matching.candidates import DocFreq, SpeakerPool, fts_query
from datasette_claims.store import open_db


def make_db(tmp_path):
    db = open_db(str(tmp_path / "c.db"))
    db["articles"].insert({"id": "a1", "text": "x"})
    db["speakers"].insert({"id": "ana-ruiz", "name": "Ana Ruiz", "kind": "person"})
    rows = [
        {"id": f"c{i}", "article_id": "a1", "content": f"The government said the budget would grow in year {i}"}
        for i in range(30)
    ]
    rows += [
        {"id": "r1", "article_id": "a1", "speaker_id": "ana-ruiz",
         "content": "The Tskhinvali ceasefire collapsed before dawn"},
        {"id": "r2", "article_id": "a1", "speaker_id": "ana-ruiz",
         "content": "Ferry tolls will double next summer"},
    ]
    db["claims"].insert_all(rows)
    db.conn.commit()
    return db


def test_fts_query_prefers_rare_words(tmp_path):
    db = make_db(tmp_path)
    df = DocFreq(db.conn)
    assert df.total == 32
    q = fts_query("The government budget and the Tskhinvali ceasefire", df=df)
    assert q.startswith("content : (") and '"tskhinvali"' in q and '"ceasefire"' in q
    assert fts_query("the and of", df=df) is None
    # at most four terms, rarest first
    assert q.index('"tskhinvali"') < q.index('"government"') if '"government"' in q else True
    assert q.count('"') <= 8
    best = db.execute(
        "select c.id from claims_fts f join claims c on c.rowid = f.rowid where claims_fts match ? "
        "order by f.rank limit 1", [q]
    ).fetchone()[0]
    assert best == "r1"


def test_speaker_pool_needs_two_shared_words(tmp_path):
    db = make_db(tmp_path)
    pool = SpeakerPool(db.conn, "ana-ruiz", cap=100)
    rowid = db.execute("select rowid from claims where id = 'r1'").fetchone()[0]
    assert pool.candidates("the ceasefire in Tskhinvali collapsed") == [rowid]
    assert pool.candidates("a ceasefire elsewhere") == []
    assert SpeakerPool(db.conn, "ana-ruiz", cap=1).candidates("Tskhinvali ceasefire") == []  # too big


def _claims_db(tmp_path, seed: int):
    """Claims of invented words, some in three claims, some in a hundred."""
    import random

    rng = random.Random(seed)
    vocab = [f"zorv{chr(97 + i)}{chr(97 + j)}ex" for i in range(6) for j in range(6)]
    db = open_db(str(tmp_path / f"r{seed}.db"))
    db["articles"].insert({"id": "a1", "text": "x"})
    rows = []
    for i in range(400):
        picked = {vocab[min(int(rng.paretovariate(0.6)) - 1, len(vocab) - 1)] for _ in range(rng.randint(2, 7))}
        rows.append({"id": f"c{i}", "article_id": "a1", "content": " ".join(sorted(picked)) + " x" * rng.randint(0, 9)})
    db["claims"].insert_all(rows)
    db.conn.commit()
    return db, vocab, rng


def test_rare_candidates_are_the_k_heaviest_with_ties_cut_by_length(tmp_path):
    """The ranking that stops adding claims once the k-th weight is out of
    their reach keeps exactly the claims a full ranking keeps."""
    import math

    from datasette_claims.matching.candidates import _lengths, query_terms, rare_candidates, text_size

    for seed in range(3):
        db, vocab, rng = _claims_db(tmp_path, seed)
        df = DocFreq(db.conn)
        for _ in range(60):
            text = " ".join(rng.sample(vocab, rng.randint(1, 6)))
            terms = query_terms(text, df)
            weight: dict[int, int] = {}
            for rowids in terms.postings:
                idf = int(math.log((df.total + 1) / (len(rowids) + 1)) * 1_000_000)
                for rid in rowids:
                    weight[rid] = weight.get(rid, 0) + idf
            lengths = _lengths(df, list(weight))
            for k in (1, 3, 10):
                full = sorted(weight, key=lambda r: (-weight[r], abs(lengths[r] - text_size(text)), r))[:k]
                got = rare_candidates(text, df, k)
                assert sorted(got) == sorted(full), (seed, text, k)
                assert [weight[r] for r in got] == sorted((weight[r] for r in got), reverse=True)


def _pool_db(tmp_path):
    """One invented speaker: many claims on other matters, a few on a ferry, one in full-width and ligature forms."""
    db = open_db(str(tmp_path / "pool.db"))
    db["articles"].insert({"id": "a1", "text": "x"})
    db["speakers"].insert({"id": "ida-vorn", "name": "Ida Vorn", "kind": "person"})
    rows = [{"id": f"o{i}", "article_id": "a1", "speaker_id": "ida-vorn",
             "content": f"The orchard cooperative planted {i} rows of quince near Brellow"} for i in range(40)]
    rows += [
        {"id": "f1", "article_id": "a1", "speaker_id": "ida-vorn", "content": "Ferry tolls to Marsk will double"},
        {"id": "f2", "article_id": "a1", "speaker_id": "ida-vorn", "content": "Marsk ferry tolls stay as they are"},
        {"id": "f3", "article_id": "a1", "speaker_id": "ida-vorn", "content": "The ferry to Marsk sails at dawn"},
        # NFKC folds the ligature and the full-width letters: "ﬁnal" is "final", "ＦＥＲＲＹ" is "ferry"
        {"id": "f4", "article_id": "a1", "speaker_id": "ida-vorn", "content": "The ﬁnal ＦＥＲＲＹ toll for Marsk"},
        # "ferrymen" holds "ferry" as a substring, not as a word
        {"id": "f5", "article_id": "a1", "speaker_id": "ida-vorn", "content": "Ferrymen of Marskvale struck"},
    ]
    db["claims"].insert_all(rows)
    db.conn.commit()
    return db


def test_speaker_pool_counts_shared_words_as_an_index_would(tmp_path):
    from datasette_claims.matching.candidates import index_words

    db = _pool_db(tmp_path)
    pool = SpeakerPool(db.conn, "ida-vorn", cap=100)
    claims = db.execute("select rowid, content from claims where speaker_id = 'ida-vorn'").fetchall()
    rid = {cid: r for cid, r in db.execute("select id, rowid from claims")}
    for query in ("Ferry tolls for Marsk", "the final ferry toll", "Marsk", "ferry tolls", "quince rows near Brellow",
                  "Ferrymen struck", "nothing in common here", ""):
        words = index_words(query)
        need = 2 if len(words) > 2 else len(words)
        shared = {r: len(words & index_words(c)) for r, c in claims}
        expected = sorted((r for r, n in shared.items() if words and n >= need), key=lambda r: (-shared[r], r))[:20]
        assert pool.candidates(query) == expected, query
    assert pool.candidates("the final ferry toll")[0] == rid["f4"]  # folded as the index folds it
    assert rid["f5"] not in pool.candidates("ferry tolls")


def test_speaker_pool_splits_into_words_only_the_claims_that_may_share_them(tmp_path):
    """A load's pool answers a lookup or two: the speaker's claims that do not
    hold the query's words are not split into words at all."""
    from datasette_claims.matching import candidates

    db = _pool_db(tmp_path)
    candidates._content_words.cache_clear()
    pool = SpeakerPool(db.conn, "ida-vorn", cap=100)
    assert len(pool.candidates("Ferry tolls for Marsk")) == 4
    # the query, the four ferry claims and the ferrymen's (a substring), not the forty orchard claims
    assert candidates._content_words.cache_info().misses <= 6


def test_a_speaker_pool_asked_often_indexes_its_claims_and_answers_the_same(tmp_path):
    from datasette_claims.matching.candidates import POOL_SCANS

    db = _pool_db(tmp_path)
    queries = ["Ferry tolls for Marsk", "the final ferry toll", "quince rows near Brellow", "Marsk", "Ferrymen struck"]
    first = SpeakerPool(db.conn, "ida-vorn", cap=100)
    scanned = [first.candidates(q) for q in queries[:POOL_SCANS]]
    assert first.index is None
    again = [first.candidates(q) for q in queries]
    assert first.index is not None and not first.rows
    assert again[:POOL_SCANS] == scanned
    fresh = [SpeakerPool(db.conn, "ida-vorn", cap=100).candidates(q) for q in queries]  # each scanned once
    assert again == fresh


def test_a_speaker_pool_scans_a_repeated_text_once_and_proposes_every_copy(tmp_path, monkeypatch):
    """A speaker quoted word for word in three reports (a wire story and two
    reprints): the pool looks at that text once, proposes all three claims,
    scanned or indexed, as an index of every claim would (``SpeakerBlocks``)."""
    from datasette_claims.matching import candidates
    from datasette_claims.matching.blocks import SpeakerBlocks

    db = _pool_db(tmp_path)
    for i in range(3):
        db["claims"].insert({"id": f"w{i}", "article_id": "a1", "speaker_id": "ida-vorn",
                             "content": "Winter ferry tolls to Marsk will double"})
    db.conn.commit()
    rid = {cid: r for cid, r in db.execute("select id, rowid from claims")}
    looked: list[str] = []
    holds = candidates._holds
    monkeypatch.setattr(candidates, "_holds", lambda low, words, need: looked.append(low) or holds(low, words, need))
    pool = SpeakerPool(db.conn, "ida-vorn", cap=100)
    got = pool.candidates("winter ferry tolls double")
    assert looked.count("winter ferry tolls to marsk will double") == 1 and len(looked) == 40 + 5 + 1
    assert got[:3] == [rid["w0"], rid["w1"], rid["w2"]]
    blocks = SpeakerBlocks(db.conn, 100)
    for query in ("winter ferry tolls double", "Ferry tolls for Marsk", "quince rows near Brellow"):
        scanned = SpeakerPool(db.conn, "ida-vorn", cap=100)
        assert scanned.candidates(query) == blocks.pool("ida-vorn").candidates(query), query
        many = SpeakerPool(db.conn, "ida-vorn", cap=100)
        for _ in range(candidates.POOL_SCANS):
            many.candidates("nothing shared")
        assert many.candidates(query) == scanned.candidates(query) and many.index is not None, query
