"""What an eighth hand audit of real links found (docs/matching.md, "A hand
audit", the eighth audit).  Invented claims and reports."""

from __future__ import annotations

from datasette_claims.matching import decide, drift


def _claim(i, content, name="Ina Dahl", quote_type="indirect", published="2031-05-02", sid="ina-dahl"):
    return decide.ClaimInfo(i, f"rep{i}:{i}-{i + 1}", f"rep{i}", sid, content, quote_type, published,
                            f"rep{i}", name, source_text=name)


# --- another span of time ---------------------------------------------------------


def test_another_span_of_time_is_a_conflict_or_drift():
    said = _claim(1, '"The harbour will be clean again in a generation," Dahl said.', quote_type="direct")
    reworded = _claim(2, "the harbour would be clean again in a decade", published="2031-05-03")
    assert decide.link(said, reworded) is not None  # one pledge, reworded: linked ...
    kind, diff = decide.kind_of(said, reworded)
    assert kind == "conflict"  # ... but not the same pledge (was: same)
    # misquoted between quotation marks: drift, named in the diff's summary
    misquoted = _claim(3, '"The harbour will be clean again in a decade," Dahl said.', quote_type="direct",
                       published="2031-05-03")
    kind, diff = decide.kind_of(said, misquoted)
    assert kind == "drift" and "span of time changed" in drift.summary(drift.word_diff(said.content,
                                                                                         misquoted.content))


def test_one_span_written_two_ways_is_no_change():
    assert not drift.spans_differ(["a", "decade"], ["ten", "years"])  # a figure on one side only
    assert not drift.spans_differ(["a", "year"], ["12", "months"])
    assert drift.spans_differ(["two", "years"], ["two", "months"])
    assert drift.spans_differ(["weeks"], ["months"])
    assert not drift.spans_differ(["years"], ["year"])
    assert not drift.spans_differ(["the", "second", "vote"], ["the", "third", "day"])  # "second": an ordinal
    same = _claim(1, "the harbour would be clean again within a decade")
    again = _claim(2, "the harbour would be clean again in ten years", published="2031-05-03")
    assert decide.kind_of(same, again)[0] == "same"


# --- a phrase that becomes stock in a later load --------------------------------------


def _load(tmp_path, name, docs, db_path=None):
    import json

    from datasette_claims import loader

    path = tmp_path / f"{name}.jsonl"
    path.write_text("".join(json.dumps(d) + "\n" for d in docs), encoding="utf-8")
    db_path = db_path or str(tmp_path / "k.db")
    assert loader.load(db_path, [str(path)]).ok
    return db_path


def _links(db_path):
    from datasette_claims.store import open_db

    conn = open_db(db_path).conn
    try:
        return {tuple(sorted((a.partition(":")[0], b.partition(":")[0])))
                for a, b in conn.execute("select claim_a, claim_b from claim_matches")}, {
            r[0] for r in conn.execute("select story_id from claims where article_id in ('kessby-1', 'kessby-2')")}
    finally:
        conn.close()


def _doc(i, day, text):
    return {"id": f"kessby-{i}", "published": f"2031-05-{day:02d}", "title": f"Harbour report {i}", "text": text}


def test_a_later_load_that_makes_a_phrase_stock_drops_the_earlier_links(tmp_path):
    first = [
        _doc(1, 2, 'KESSBY - Harbour master Ina Dahl spoke to the crews on Friday about the winter fees. '
                   'Asked about the ferry timetable, Dahl said: "I don\'t know."'),
        _doc(2, 5, 'KESSBY - Harbour master Ina Dahl was asked why the quay lost its trawlers. '
                   '"I don\'t know," Dahl said.'),
    ]
    db_path = _load(tmp_path, "first", first)
    links, stories = _links(db_path)
    assert ("kessby-1", "kessby-2") in links  # one speaker's words twice: linked while only she says them
    assert len(stories - {None}) == 1
    later = [
        _doc(3, 6, 'ORSUND - Fisherman Ola Brenn was asked about the catch. "I don\'t know," Brenn said.'),
        _doc(4, 7, 'KELP - Mayor Siv Lund was asked about the budget. "I don\'t know," Lund said.'),
        _doc(5, 8, 'TORVIK - Skipper Per Moe was asked about the storm. "I don\'t know," Moe said.'),
    ]
    _load(tmp_path, "later", later, db_path)
    links, stories = _links(db_path)
    assert ("kessby-1", "kessby-2") not in links  # was kept until a rebuild: now a formula of speech
    assert stories == {None}  # and their story is gone with it
    from datasette_claims.matching import pipeline
    from datasette_claims.store import open_db

    db = open_db(db_path)
    pipeline.rebuild(db, workers=1)
    db.conn.commit()
    db.conn.close()
    assert _links(db_path)[0] == links  # what a rebuild decides


def test_a_later_load_keeps_links_of_a_phrase_few_say(tmp_path):
    first = [
        _doc(1, 9, 'KESSBY - Asked whether the storm had changed her plans, Ina Dahl said: "I wish it had."'),
        _doc(2, 10, 'KESSBY - Harbour master Ina Dahl, asked whether the storm changed her plans, said: '
                    '"I wish it had."'),
    ]
    db_path = _load(tmp_path, "first", first)
    assert ("kessby-1", "kessby-2") in _links(db_path)[0]
    _load(tmp_path, "later", [_doc(3, 11, 'ORSUND - Fisherman Ola Brenn was asked about the catch. '
                                          '"I wish it had," Brenn said.')], db_path)
    assert ("kessby-1", "kessby-2") in _links(db_path)[0]  # two speakers say it: no formula yet


# --- what "people" say ----------------------------------------------------------------


def test_what_people_at_large_say_links_no_two_interviews():
    from datasette_claims.matching import attribution

    preamble = "the Kelp Party is a spent force or fear that it would close the harbour to trawlers"

    def said(i, source, root=None, day=2):
        return decide.ClaimInfo(i, f"int{i}:{i}-{i + 1}", f"int{i}", None, preamble, "indirect", f"2031-05-{day:02d}",
                                root or f"int{i}", None, source_text=source)

    # an interviewer's preamble ("A lot of people say that ... What do you say to this?") put to two guests
    assert decide.link(said(1, "A lot of people"), said(2, "A lot of people", day=4)) is None  # was exact
    assert decide.link(said(1, "many people"), said(2, "A lot of people", day=4)) is None
    assert decide.link(said(1, "A lot of people"), said(2, "A lot of people", root="int1")) is not None  # a reprint
    # a source that is someone: as before
    assert decide.link(said(1, "people familiar with the talks"), said(2, "people familiar with the talks", day=4))
    assert decide.link(said(1, None), said(2, None, day=4)) is not None  # copied background
    assert attribution.people_at_large("Some of the people") and attribution.people_at_large("People")
    assert not attribution.people_at_large("the Kelp People's Party")


# --- a formula months apart -------------------------------------------------------------


def test_a_formula_months_apart_to_someone_else_is_another_statement():
    said = _claim(1, "Obviously, our thoughts and prayers go out to his family and to him.", quote_type="direct",
                  published="2031-05-20")
    november = _claim(2, 'his "thoughts and prayers go out" to Ola Brenn and his family', quote_type="mixed",
                      published="2031-11-03")
    assert decide.link(said, november) is None  # was fuzzy: the same words for another family, months on
    # within weeks, the same words are weighed as before (one statement, reworded in the report)
    assert decide.link(said, _claim(2, november.content, quote_type="mixed", published="2031-05-22")) is not None
    # months on, a statement retold names what it named ("Kessby Charter" in both): still one statement
    ruling = _claim(1, "The Kessby Charter is the settled law of the harbour...", quote_type="direct")
    retold = _claim(2, 'the Kessby Charter was the "settled law of the harbour"', quote_type="mixed",
                    published="2031-07-14")
    assert decide.link(ruling, retold) is not None
