"""One statement is reported within weeks, and a claim of one content word
says too little to be recognised: reports months apart link only on long,
near-identical wording, and "the figures" links only to its own speaker's
claims.  Invented claims and articles."""

from __future__ import annotations

import json

from datasette_claims import loader
from datasette_claims.matching import decide
from datasette_claims.store import open_db


def _info(i, content, speaker_id=None, name=None, published="2031-04-02", quote_type="indirect", root=None):
    return decide.ClaimInfo(i, f"a{i}:0-1", f"a{i}", speaker_id, content, quote_type, published,
                              root or f"a{i}", name)


def _link(a, b):
    return decide.link(a, b, decide.DEFAULT_THRESHOLD)


FORMULA = "the harbour levy is unfair to fishermen"


def test_a_short_claim_months_apart_is_two_statements():
    first = _info(1, FORMULA, published="2031-04-02")
    assert _link(first, _info(2, FORMULA, published="2031-11-20")) is None
    assert _link(first, _info(3, FORMULA, published="2031-04-09")) is not None  # a week: one statement


def test_one_speaker_saying_much_the_same_months_later_is_not_linked():
    first = _info(1, "our thoughts go out to the crew of the Aldra and their families", "ola-brenn", "Ola Brenn",
                  published="2031-02-01", quote_type="direct")
    later = _info(2, "his thoughts went out to the families of the Tinsel crew", "ola-brenn",
                  "Ola Brenn", published="2031-09-14", quote_type="indirect")
    assert _link(first, later) is None
    days_later = _info(3, later.content, "ola-brenn", "Ola Brenn", published="2031-02-03", quote_type="indirect")
    assert _link(first, days_later) is not None


def test_a_long_quotation_repeated_months_later_is_still_linked():
    words = "no vessel registered in Kessby will pay the levy until the council publishes its accounts in full"
    first = _info(1, words, published="2031-01-10", quote_type="direct")
    again = _info(2, words.replace("in full", "in full."), published="2031-08-30", quote_type="direct")
    assert _link(first, again) is not None


def test_a_one_word_claim_links_only_to_its_own_speaker():
    figures = _info(1, "the figures", name="the statistics office")
    assert _link(figures, _info(2, "the figures", name="a trade union")) is None
    assert _link(figures, _info(3, "the new figures", "mira-tal", "Mira Tal")) is None
    own = _info(4, "the figures", "stat-office", "the statistics office")
    assert _link(_info(5, "the figures", "stat-office", "the statistics office"), own) is not None


def test_a_reprint_keeps_even_its_shortest_claim():
    original = _info(1, "defeat", published="2031-03-01")
    reprint = _info(2, "defeat", published="2031-03-01", root="a1")
    assert _link(original, reprint) is not None


def _doc(id_, date, text):
    return {"id": id_, "outlet": f"The {id_.title()} Courier", "date": date, "title": f"Harbour news {id_}",
            "text": text}


def test_a_load_links_the_week_and_not_the_year(tmp_path):
    quote = '"The harbour levy is unfair to fishermen," a port spokesman said.'
    docs = [
        _doc("spring", "2031-04-02", f"KESSBY - The council met on Monday.\n\n{quote}"),
        _doc("week", "2031-04-08", f"KESSBY - Fishermen protested on the quay.\n\n{quote}"),
        _doc("winter", "2031-12-01", f"KESSBY - A new budget was tabled.\n\n{quote}"),
    ]
    path = tmp_path / "docs.jsonl"
    path.write_text("".join(json.dumps(d) + "\n" for d in docs), encoding="utf-8")
    db_path = str(tmp_path / "claims.db")
    assert loader.load(db_path, [str(path)]).ok
    db = open_db(db_path)
    pairs = {
        tuple(sorted(r))
        for r in db.execute(
            "select ca.article_id, cb.article_id from claim_matches m join claims ca on ca.id = m.claim_a"
            " join claims cb on cb.id = m.claim_b"
        ).fetchall()
    }
    assert pairs == {("spring", "week")}


def _pairs(db):
    return {
        tuple(sorted(r))
        for r in db.execute(
            "select ca.article_id, cb.article_id from claim_matches m join claims ca on ca.id = m.claim_a"
            " join claims cb on cb.id = m.claim_b"
        ).fetchall()
    }


def _load(tmp_path, docs):
    path = tmp_path / "docs.jsonl"
    path.write_text("".join(json.dumps(d) + "\n" for d in docs), encoding="utf-8")
    db_path = str(tmp_path / "claims.db")
    assert loader.load(db_path, [str(path)]).ok
    return open_db(db_path)


def test_a_named_thing_is_not_a_paraphrase_of_the_statement_naming_it(tmp_path):
    # three rare words in common, but the second report's claim is only a
    # name for the plan, not the minister's statement reworded
    docs = [
        _doc("plan", "2031-05-02", 'VELLMO - "Every farming family in the valley will get one of our rural savings '
             'bonds before the harvest," the agriculture minister Tove Rask said on Friday.'),
        _doc("critics", "2031-05-05", 'VELLMO - Critics of the plan attacked the "rural savings bonds" on Tuesday.'),
        _doc("echo", "2031-05-06", "VELLMO - The agriculture minister Tove Rask said every farming family in the "
             "valley would get a rural savings bond before the harvest."),
    ]
    pairs = _pairs(_load(tmp_path, docs))
    assert ("critics", "plan") not in pairs and ("critics", "echo") not in pairs
    assert ("echo", "plan") in pairs  # the statement reworded is still linked


def test_a_question_and_a_statement_are_not_one_statement():
    asked = _info(1, "will the harbour levy rise again this spring?", "ola-brenn", "Ola Brenn",
                  published="2031-04-02")
    asked.stance = "question"
    stated = _info(2, "the harbour levy will rise again this spring", "ola-brenn", "Ola Brenn",
                   published="2031-04-03")
    stated.stance = "assertion"
    assert _link(asked, stated) is None
    again = _info(3, "will the harbour levy rise again this spring?", "ola-brenn", "Ola Brenn",
                  published="2031-04-04")
    again.stance = "question"
    assert _link(asked, again) is not None  # one speaker's question (nobody's: test_match_audit)


def test_a_count_weeks_later_is_not_one_statement():
    first = _info(1, "a landslide near Sorvik has killed at least 55 people and injured 120", "police", "the police",
                  published="2031-03-01")
    later = _info(2, "a landslide near Sorvik has killed at least 40 people and injured 72", "police", "the police",
                  published="2031-03-25")
    assert _link(first, later) is None
    same_day = _info(3, later.content, "police", "the police", published="2031-03-01")
    assert _link(first, same_day) is not None  # the same day: two counts of one event, in conflict


def test_an_ordinal_and_its_number_are_the_same_figure():
    from datasette_claims.matching.drift import meaning_flags, word_diff

    assert meaning_flags(word_diff("the summit runs from May 10 to the 11th", "the summit runs from May 10 to 11")) \
        == []
    assert meaning_flags(word_diff("fares rose 4.6 percent", "fares rose 6.4 percent")) == ["numbers"]


def test_a_quoted_figure_changed_days_later_is_still_drift():
    said = _info(1, "We will cut the harbour levy by 4.6 percent this year", "ola-brenn", "Ola Brenn",
                 published="2031-03-01", quote_type="direct")
    misquoted = _info(2, "We will cut the harbour levy by 6.4 percent this year", "ola-brenn", "Ola Brenn",
                      published="2031-03-09", quote_type="direct")
    assert _link(said, misquoted) is not None
