"""What a seventh hand audit of real links found (docs/matching.md, "A hand
audit", the seventh audit): one ministry's "a soldier has been killed" for
another soldier a week on linked as one statement; a stock phrase ("I don't
know.") one speaker says in two interviews linked; the "don" of "don't"
counted as a word of meaning.  Invented claims and reports."""

from __future__ import annotations

import json

from datasette_claims import loader
from datasette_claims.matching import decide
from datasette_claims.store import open_db


def _claim(i, content, name="Kessby Ministry", quote_type="indirect", published="2031-05-02", sid="kessby-ministry",
           root=None):
    return decide.ClaimInfo(i, f"rep{i}:{i}-{i + 1}", f"rep{i}", sid, content, quote_type, published,
                            root or f"rep{i}", name, source_text=name)


# --- a new event of a recurring kind, days apart ------------------------------------

KILLED = "a harbour guard has been killed in the northern islands during a night patrol with Kelpish troops"
AGAIN = "a harbour guard has been killed whilst fighting smugglers in the northern islands"


def test_an_indefinite_subject_days_apart_tells_another_event():
    first = _claim(1, KILLED)
    assert decide.link(first, _claim(2, AGAIN, published="2031-05-09")) is None  # a week on: another guard
    assert decide.link(first, _claim(3, AGAIN, published="2031-05-16")) is None  # (two weeks: as before)


def test_one_event_retold_or_copied_still_links():
    first = _claim(1, KILLED)
    # the next day (within ``NUMBER_DAYS``): the same death, reworded
    assert decide.link(first, _claim(2, AGAIN, published="2031-05-03")) is not None
    # copied word for word a week on: a copy
    assert decide.link(first, _claim(3, KILLED, published="2031-05-09")) is not None
    # a reprint is its original
    assert decide.link(first, _claim(4, AGAIN, published="2031-05-09", root="rep1")) is not None
    # a noun phrase announced ("a plan to ...") introduces no event: weighed as before
    assert not decide._tells_a_new_event("a plan to cancel the harbour debts of 18 towns")
    assert decide._tells_a_new_event("A bomb exploded near the Kessby quay")
    assert not decide._tells_a_new_event("the guard has been killed")


def test_quoted_words_are_not_a_new_event():
    said = _claim(1, 'a guard "has been killed in the northern islands tonight"', quote_type="mixed")
    later = _claim(2, 'a guard "has been killed in the northern islands tonight"', quote_type="mixed",
                   published="2031-05-09")
    assert not decide._another_event(said, later, 9)


# --- "don't" ------------------------------------------------------------------------


def test_a_negative_contraction_is_no_word_of_meaning():
    assert decide.meaning_words("I don't know.") == ["know"]
    assert decide.meaning_words("We won\u2019t sell the quay") == ["sell", "quay"]
    assert decide.meaning_words("Don Brenn won the vote") == ["don", "brenn", "won", "vote"]  # a name, a verb
    assert decide._content_count("I don't know.") < decide.THIN_CONTENT_WORDS


# --- a stock phrase -------------------------------------------------------------------


def _load(tmp_path, docs):
    path = tmp_path / "docs.jsonl"
    path.write_text("".join(json.dumps(d) + "\n" for d in docs), encoding="utf-8")
    db_path = str(tmp_path / "k.db")
    assert loader.load(db_path, [str(path)]).ok
    return open_db(db_path)


def _links(db):
    return {tuple(sorted((a.partition(":")[0], b.partition(":")[0])))
            for a, b in db.conn.execute("select claim_a, claim_b from claim_matches")}


def _doc(i, day, text):
    return {"id": f"kessby-{i}", "published": f"2031-05-{day:02d}", "title": f"Harbour report {i}", "text": text}


def test_a_phrase_many_people_say_links_no_two_reports(tmp_path):
    docs = [
        _doc(1, 2, 'KESSBY - Harbour master Ina Dahl spoke to the crews on Friday about the winter fees. '
                   'Asked about the ferry timetable, Dahl said: "I don\'t know."'),
        _doc(2, 5, 'KESSBY - Harbour master Ina Dahl was asked why the quay lost its trawlers. '
                   '"I don\'t know," Dahl said.'),
        # three other people say it in other reports: a formula of speech
        _doc(3, 6, 'ORSUND - Fisherman Ola Brenn was asked about the catch. "I don\'t know," Brenn said.'),
        _doc(4, 7, 'KELP - Mayor Siv Lund was asked about the budget. "I don\'t know," Lund said.'),
        _doc(5, 8, 'TORVIK - Skipper Per Moe was asked about the storm. "I don\'t know," Moe said.'),
        # a short sentence only she says, reported twice: one statement
        _doc(6, 9, 'KESSBY - Asked whether the storm had changed her plans, Ina Dahl said: "I wish it had."'),
        _doc(7, 10, 'KESSBY - Harbour master Ina Dahl, asked whether the storm changed her plans, said: '
                    '"I wish it had."'),
    ]
    db = _load(tmp_path, docs)
    said = db.conn.execute("select article_id, content from claims where content like '%know%'").fetchall()
    assert len(said) >= 4, said  # the phrase is extracted in the reports
    links = _links(db)
    assert ("kessby-1", "kessby-2") not in links  # was linked: "I don't know." exact, one speaker
    assert ("kessby-6", "kessby-7") in links
    # a rebuild decides alike
    from datasette_claims.matching import pipeline

    pipeline.rebuild(db, workers=1)
    rebuilt = _links(db)
    assert ("kessby-1", "kessby-2") not in rebuilt and ("kessby-6", "kessby-7") in rebuilt


# --- two changes of one thing -----------------------------------------------------


def test_two_changes_of_one_thing_are_a_conflict():
    from datasette_claims.matching import drift

    def kind(x, y):
        a = _claim(1, x, name="Ina Dahl", sid="ina-dahl")
        b = _claim(2, y, name="Ina Dahl", sid="ina-dahl", published="2031-05-03")
        assert decide.link(a, b) is not None  # one plan, reworded: linked ...
        return decide.kind_of(a, b)[0]  # ... and what kind

    levy = "the council would {} the harbour levy on trawlers next spring"
    assert kind(levy.format("scrap"), levy.format("halve")) == "conflict"  # was same
    assert kind(levy.format("raise"), levy.format("cut")) == "conflict"
    assert kind("the council had scrapped the harbour levy on trawlers",
                "the council had halved the harbour levy on trawlers") == "conflict"
    # one direction, the extent unstated on one side: the same change
    assert kind(levy.format("cut"), levy.format("halve")) == "same"
    assert kind(levy.format("increase"), levy.format("raise")) == "same"
    assert "change verb changed" in drift.summary(drift.word_diff(levy.format("scrap"), levy.format("halve")))
    assert drift.changes_differ(["doubled"], ["tripled"]) and not drift.changes_differ(["doubled"], ["raised"])


# --- one speaker's two points, a week apart ----------------------------------------


def test_one_speakers_rewording_a_week_on_is_another_statement(tmp_path):
    import dataclasses

    from test_match_audit import _df

    df = _df(tmp_path)
    said = _claim(1, "the Orsund storm showed the bravery of the lifeboat volunteers and the ferry crews",
                  name="Tomas Lind", sid="tomas-lind")
    again = _claim(2, "lifeboat volunteers and ferry crews showed bravery as the Orsund storm struck",
                   name="Tomas Lind", sid="tomas-lind", published="2031-05-03")
    assert decide.paraphrase_evidence(said, again, df) is not None  # the next day: one statement reworded
    a_week_on = dataclasses.replace(again, published="2031-05-09")
    assert decide.paraphrase_evidence(said, a_week_on, df) is None  # was linked: his next words on the storm
    # from a speaker not known to be the same, the paraphrase window is as before
    nameless = dataclasses.replace(a_week_on, speaker_id=None, speaker_name=None, source_text=None)
    assert decide.paraphrase_evidence(said, nameless, df) is not None
