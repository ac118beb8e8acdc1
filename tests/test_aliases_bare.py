"""A bare surname ("Plimsoll", "Mr. Plimsoll") given to the one full name the
articles support: the article's own text, else the months around it; never
when two bearers of the surname fit (invented names and reports only)."""

from __future__ import annotations

import dataclasses

from datasette_claims import loader
from datasette_claims.matching.aliases import cluster_names
from datasette_claims.store import open_db

from test_matching_pipeline import quote_extractor, write_docs


def _speakers(names, kind="person"):
    return [{"id": n.lower().replace(" ", "-").replace(".", ""), "name": n, "kind": kind} for n in names]


def test_titled_bare_surnames_are_one_row_beside_namesakes():
    names = ["Ferdinand Q. Plimsoll", "Agatha Plimsoll", "Plimsoll", "Mr. Plimsoll", "Pres. Plimsoll",
             "Mrs. Plimsoll", "General Plimsoll"]
    groups = cluster_names(_speakers(names))
    # the full names stay apart; a woman's title and a cut "General" stay out of the bare row
    assert groups == [["mr-plimsoll", "plimsoll", "pres-plimsoll"]]


def test_first_lady_is_a_title():
    names = ["First Lady Agatha Plimsoll", "Agatha Plimsoll", "Ferdinand Plimsoll"]
    assert cluster_names(_speakers(names)) == [["agatha-plimsoll", "first-lady-agatha-plimsoll"]]


def _org_bare_extractor(article):
    """The stand-in extractor, with the sourcing guess of a lone word an organisation's."""
    return [dataclasses.replace(c, sourcing="named_org") if " " not in c.speaker else c
            for c in quote_extractor(article)]


def _doc(ident, date, text):
    return {"id": ident, "outlet": "Daily Gorse", "date": date, "title": f"Report {ident}", "text": text}


def _load(tmp_path, monkeypatch, docs, extractor=quote_extractor):
    monkeypatch.setattr(loader, "extract_claims", extractor)
    path = str(tmp_path / "a.db")
    assert loader.load(path, [write_docs(tmp_path, docs)]).ok
    return open_db(path)


def _speaker_of(db, article_id):
    return db.execute("select speaker_id from claims where article_id = ?", [article_id]).fetchone()[0]


QUOTED = [
    _doc("f1", "2031-03-01", '"The northern roads come first," said Ferdinand Quill Plimsoll.'),
    _doc("a1", "2028-01-10", '"Tariffs on wool stay where they are," said Agatha Plimsoll.'),
]


def test_the_article_text_names_the_bearer(tmp_path, monkeypatch):
    docs = QUOTED + [
        _doc("t1", "2031-03-02", 'President Ferdinand Quill Plimsoll opened the bridge on Monday.\n\n'
                                 '"The bridge will carry trams by May," said Plimsoll.'),
        _doc("t2", "2031-03-03", 'Ferdinand Quill Plimsoll and his sister Agatha Plimsoll arrived together.\n\n'
                                 '"We are glad to be home," said Plimsoll.'),
        _doc("t3", "2031-03-04", 'His brother Walter Plimsoll watched from the stands.\n\n'
                                 '"It rained all afternoon," said Plimsoll.'),
        _doc("t4", "2031-03-05", 'President Ferdinand Quill Plimsoll met the mayor, Walter Thornbury. '
                                 'Plimsoll left early.\n\n"The ferry was late," said Plimsoll.'),
    ]
    db = _load(tmp_path, monkeypatch, docs)
    assert _speaker_of(db, "t1") == "ferdinand-quill-plimsoll"
    assert _speaker_of(db, "t2") == "plimsoll"  # two bearers named: no guess
    assert _speaker_of(db, "t3") == "plimsoll"  # a third, unquoted bearer named: no guess
    assert _speaker_of(db, "t4") == "ferdinand-quill-plimsoll"  # "Walter Thornbury. Plimsoll" names no Walter Plimsoll


def _period_docs(agatha_date):
    return [
        _doc("f1", "2031-03-01", '"The northern roads come first," said Ferdinand Quill Plimsoll.'),
        _doc("f2", "2031-03-20", '"The ferries will run at night," said Ferdinand Quill Plimsoll.'),
        _doc("f3", "2031-04-11", '"Nobody will pay the toll twice," said Ferdinand Quill Plimsoll.'),
        _doc("a1", agatha_date, '"Tariffs on wool stay where they are," said Agatha Plimsoll.'),
        _doc("p1", "2031-05-02", 'The council met again.\n\n"The budget is balanced," said Mr Plimsoll.'),
    ]


def test_the_period_names_the_bearer_its_news_quotes(tmp_path, monkeypatch):
    db = _load(tmp_path, monkeypatch, _period_docs("2028-01-10"), _org_bare_extractor)
    assert _speaker_of(db, "p1") == "ferdinand-quill-plimsoll"
    assert db.execute("select claim_count from speakers where id = 'ferdinand-quill-plimsoll'").fetchone()[0] == 4


def test_two_bearers_quoted_in_the_period_stay_apart(tmp_path, monkeypatch):
    db = _load(tmp_path, monkeypatch, _period_docs("2031-04-20"), _org_bare_extractor)
    assert _speaker_of(db, "p1") == "mr-plimsoll"
    # a bare surname of people's surname is a person, whatever the sourcing guessed
    assert db.execute("select kind from speakers where id = 'mr-plimsoll'").fetchone()[0] == "person"


def test_a_surname_cut_from_no_person_title_is_left_alone(tmp_path, monkeypatch):
    docs = [
        _doc("v1", "2031-03-01", '"Sales doubled," said Velma Quorbex.'),
        _doc("v2", "2031-03-05", '"Sales doubled again," said Velma Quorbex.'),
        _doc("v3", "2031-03-09", '"Sales tripled," said Velma Quorbex.'),
        _doc("v4", "2031-03-12", '"Margins held," said Velma Quorbex.'),
        _doc("g1", "2031-03-10", '"Our plant in the south closes," said General Quorbex.'),
    ]
    db = _load(tmp_path, monkeypatch, docs, _org_bare_extractor)
    assert _speaker_of(db, "g1") == "general-quorbex"
