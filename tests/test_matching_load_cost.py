"""What a load's matching reads must not grow with the database: the
bare-surname pass reads only the names that may carry its surnames, and the
shortcuts taken give what the full reads gave."""

from __future__ import annotations

import shutil

from datasette_claims import collector
from datasette_claims.matching import aliases, decide, pipeline
from datasette_claims.matching.aliases import parse_name
from datasette_claims.matching.similarity import _unframed
from datasette_claims.store import open_db

NAMES = [
    ("bush", "Bush"),
    ("george-w-bush", "George W. Bush"),
    ("george-h-w-bush", "George H. W. Bush"),
    ("laura-bush", "Láura Bush"),  # a letter outside ASCII: folded in Python
    ("jeb-bush", "Jeb\tBush"),  # a tab between the words
    ("bush-spokesman", "Jenna Bush, a spokeswoman"),
    ("bushra-ali", "Bushra Ali"),  # holds "bush", is no Bush
    ("conor-obrien", "Conor O'Brien"),
    ("pat-obrien", "Pat OBrien"),
    ("jose-nunez", "José Núñez"),
    ("maria-nunez", "Maria Nunez"),
    ("jose-ramos-horta", "José Ramos-Horta"),
    ("ann-smith", "Ann Smith"),
    ("tom-smith-jr", "Mr. Tom Smith Jr."),
]


def _db(path):
    db = open_db(str(path))
    db["articles"].insert_all([{"id": f"a{i}", "text": "Invented text.", "published": "2020-01-0{i}"}
                               for i in (1, 2, 3)])
    db["speakers"].insert_all([{"id": i, "name": n, "kind": "person"} for i, n in NAMES])
    claims = [
        ("a1", "bush"), ("a1", "george-w-bush"),  # one full Bush named: the bare one is his
        ("a2", "bush"), ("a2", "george-w-bush"), ("a2", "george-h-w-bush"),  # two: left alone
        ("a3", "ann-smith"),
    ]
    db["claims"].insert_all([{"id": f"{a}:{n}", "article_id": a, "speaker_id": s,
                              "content": f"An invented sentence number {n}."}
                             for n, (a, s) in enumerate(claims)])
    db.conn.commit()
    return db


def test_namesakes_hold_every_name_with_the_surnames(tmp_path):
    db = _db(tmp_path / "c.db")
    surnames = {"bush", "obrien", "nunez", "ramos-horta", "smith"}
    rows = db.conn.execute("select id, name, kind from speakers").fetchall()
    want = [r for r in rows if parse_name(r[1]).surname in surnames]
    got = aliases._namesakes(db.conn, surnames)
    assert set(want) <= set(got)
    assert got == [r for r in rows if r in got]  # table order
    assert "bushra-ali" not in {r[0] for r in got}
    assert {r[0] for r in want} >= {"laura-bush", "jeb-bush", "bush-spokesman", "conor-obrien", "pat-obrien",
                                     "jose-nunez", "maria-nunez", "jose-ramos-horta", "tom-smith-jr"}


def test_bare_surname_of_a_load_resolves_as_over_the_whole_table(tmp_path):
    _db(tmp_path / "load.db").conn.close()
    shutil.copyfile(tmp_path / "load.db", tmp_path / "all.db")
    for name, ids in (("load.db", ["a1", "a2", "a3"]), ("all.db", None)):
        db = open_db(str(tmp_path / name))
        touched: set = set()
        assert aliases._resolve_bare_in_article(db, ids, touched) == 1
        assert touched == {"bush", "george-w-bush"}
        got = dict(db.conn.execute("select id, speaker_id from claims"))
        assert got["a1:0"] == "george-w-bush" and got["a2:2"] == "bush"
        db.conn.close()


def test_a_load_without_bare_surnames_reads_no_speakers(tmp_path):
    db = _db(tmp_path / "c.db")
    assert aliases._bare_surnames(db.conn, {"ann-smith", "george-w-bush"}) == set()
    assert aliases._resolve_bare_in_article(db, ["a3"], set()) == 0


def test_report_frame_is_cut_whatever_its_case():
    assert _unframed("The minister SAID THAT the bridge is closed") == "the bridge is closed"
    assert _unframed("the bridge is closed, he said") == "the bridge is closed, he said"
    assert _unframed("Officials say the thatched roof burned") == "Officials say the thatched roof burned"


def test_page_cache_is_given_back(tmp_path):
    db = _db(tmp_path / "c.db")
    before = db.conn.execute("PRAGMA cache_size").fetchone()[0]
    with pipeline.page_cache(db.conn):
        assert db.conn.execute("PRAGMA cache_size").fetchone()[0] == -pipeline.MATCH_PAGE_CACHE_KIB
    assert db.conn.execute("PRAGMA cache_size").fetchone()[0] == before


def test_collector_is_paused_while_matching_and_given_back(tmp_path):
    import gc

    db = _db(tmp_path / "c.db")
    seen = []
    with collector.paused():
        seen.append(gc.isenabled())
    assert seen == [False] and gc.isenabled()
    gc.disable()
    try:
        with collector.paused():
            pass
        assert not gc.isenabled()  # a caller's own pause is kept
    finally:
        gc.enable()
    try:
        with collector.paused():
            raise RuntimeError("boom")
    except RuntimeError:
        pass
    assert gc.isenabled()
    pipeline.match_articles(db, ["a1", "a2", "a3"])
    assert gc.isenabled()


FRAGMENT_PAIRS = [
    # (claim a, quote type a, claim b, quote type b)
    ('The mayor called the plan "a reckless gamble with public money".', "partial",
     "This is a reckless gamble with public money and the council knows it.", "direct"),
    ('She said the dam was "unsafe".', "partial", "The dam is unsafe, she warned at the hearing.", "direct"),
    ("The ferry will run twice a day from March.", "indirect",
     "Officials said the ferry will run twice a day from March, weather permitting.", "indirect"),
    ('He called it "a very good day for the valley farmers" and left.', "partial",
     "It was a very good day for the valley farmers, he told us.", "direct"),
    ("Bridges close at dusk.", "direct", "The old bridges close at dusk in winter.", "direct"),
]


def test_fragment_match_skipping_short_stretches_gives_the_same_answer_when_long_enough():
    from datasette_claims.matching.similarity import fragment_match

    for a, qa, b, qb in FRAGMENT_PAIRS:
        full = fragment_match(a, qa, b, qb)
        assert full is not None
        for least in range(1, 16):
            got = fragment_match(a, qa, b, qb, least)
            if full.words >= least:
                assert got == full
            else:
                assert got is None  # the longest stretch found is shorter: so is every other


def test_rebuild_builds_blocks_and_scores_ranges_with_the_collector_paused(tmp_path, monkeypatch):
    import gc

    db = _db(tmp_path / "r.db")
    seen = []
    scored = pipeline.Matcher.links_for_all

    def spy(self, claims, *args, **kwargs):
        seen.append(gc.isenabled())
        return scored(self, claims, *args, **kwargs)

    class Blocks(pipeline.SpeakerBlocks):
        def __init__(self, *args):
            seen.append(gc.isenabled())
            super().__init__(*args)

    monkeypatch.setattr(pipeline.Matcher, "links_for_all", spy)
    monkeypatch.setattr(pipeline, "SpeakerBlocks", Blocks)
    pipeline.rebuild(db, workers=1)
    assert len(seen) >= 2 and not any(seen)  # the speakers' blocks built, then the ranges scored
    assert gc.isenabled()


def _gated_fragment(a, b, rel):
    """``decide._fragment`` as written before its shortcut: both word counts first."""
    from datasette_claims.matching.similarity import fragment_match, fragment_words

    quoted, whole = fragment_words(a.content, a.quote_type, b.content, b.quote_type)
    if quoted < decide.FRAGMENT_MIN_WORDS[rel] and whole < decide.CONTAINED_MIN_WORDS[rel]:
        return None
    least = min(decide.FRAGMENT_MIN_WORDS[rel], decide.CONTAINED_MIN_WORDS[rel])
    return fragment_match(a.content, a.quote_type, b.content, b.quote_type, least)


def test_fragment_shortcut_on_short_texts_gives_what_counting_the_words_gave():
    long_speech = " ".join(["The valley farmers need water before the dry season comes."] * 1_000)
    pairs = [*FRAGMENT_PAIRS, (long_speech, "indirect", long_speech + " Nothing else.", "indirect")]

    def claim(rowid, content, quote_type):
        return decide.ClaimInfo(rowid, f"c{rowid}", f"a{rowid}", "s", content, quote_type, None, f"a{rowid}")

    found = 0
    for a, qa, b, qb in pairs:
        for rel in (aliases.SAME, aliases.UNKNOWN, aliases.DIFFERENT):
            x, y = claim(1, a, qa), claim(2, b, qb)
            got = decide._fragment(x, y, rel)
            assert got == _gated_fragment(x, y, rel)
            found += got is not None
    assert found >= len(pairs)  # the pairs do meet: the shortcut is not just answering None


def test_pairs_rejected_by_the_prefilter_get_the_quoted_stretch_test_only():
    def claim(rowid, content, quote_type, speaker):
        return decide.ClaimInfo(rowid, f"c{rowid}", f"a{rowid}", speaker, content, quote_type, "2031-05-02",
                                  f"a{rowid}", speaker_name=speaker)

    quoted = claim(1, 'Ada Brook called the levy "a tax on every farmer in the valley" on Monday.', "partial", "ada")
    speech = claim(2, "A tax on every farmer in the valley is what this levy is, and we will vote it down.",
                   "direct", "ada")
    got = decide.link(quoted, speech, decide.DEFAULT_THRESHOLD, wording=False)
    assert got is not None and got.how == "partial"  # the quoted stretch is still looked for
    # the whole shorter claim inside the longer links when scored whole, not from the quoted-stretch test
    short = claim(3, "The ferry will run twice a day from March.", "indirect", "ada")
    longer = claim(4, "Officials said the ferry will run twice a day from March, weather permitting.",
                   "indirect", "ada")
    assert decide.link(short, longer, decide.DEFAULT_THRESHOLD, wording=True) is not None
    assert decide.link(short, longer, decide.DEFAULT_THRESHOLD, wording=False) is None


def test_the_names_read_once_for_a_load_are_the_table_after_its_merges(tmp_path, monkeypatch):
    """The bare-surname pass after a load's merges (which rename, add and delete
    rows) reads, by the surname key, every name a new read of the table gives
    those surnames, in table order: the merged rows are keyed again."""
    db = _db(tmp_path / "c.db")
    db["speakers"].insert_all([{"id": "jose-nunez-2", "name": "Jose Nunez", "kind": "person"},
                               {"id": "conor-o-brien", "name": "Conor O Brien", "kind": None},
                               {"id": "g-w-bush", "name": "G. W. Bush", "kind": "person"},
                               {"id": "ann-jones", "name": "Dr. Ann Jones", "kind": None},  # renamed "Ann Jones"
                               {"id": "pres-ann-jones", "name": "President Ann Jones", "kind": "person"},
                               {"id": "secretary-kofi-annan", "name": "Secretary Kofi Annan", "kind": "person"},
                               {"id": "kofi-annan-the-envoy", "name": "Kofi Annan, the envoy", "kind": "person"}])
    new = ["jose-nunez-2", "conor-o-brien", "g-w-bush", "bush", "ann-jones", "pres-ann-jones",
           "secretary-kofi-annan", "kofi-annan-the-envoy"]  # the last two make a new row, "kofi-annan"
    db["claims"].insert_all([{"id": f"a3:n{i}", "article_id": "a3", "speaker_id": s,
                              "content": "An invented sentence."} for i, s in enumerate(new)])
    db.conn.commit()
    seen = []
    namesakes = aliases._namesakes

    def spy(conn, surnames):
        got = namesakes(conn, surnames)
        fresh = [r for r in conn.execute("select id, name, kind from speakers") if parse_name(r[1]).surname in surnames]
        seen.append((got, fresh))
        return got

    monkeypatch.setattr(aliases, "_namesakes", spy)
    ids = {r[0] for r in db.conn.execute("select id from speakers")}
    got = aliases.resolve_speakers(db, speaker_ids=ids, article_ids=["a1", "a2", "a3"])
    assert got["merged"] >= 4 and len(seen) == 1
    kept, fresh = seen[0]
    assert kept == fresh
    assert kept and {r[0] for r in kept} >= {"bush", "george-w-bush"} and "g-w-bush" not in {r[0] for r in kept}
    keyed = dict(db.conn.execute("select id, surname from speakers"))
    assert keyed["ann-jones"] == "jones" and keyed["kofi-annan"] == "annan"  # renamed, added: keyed again
    assert None not in keyed.values()
