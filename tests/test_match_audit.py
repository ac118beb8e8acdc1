"""What a hand audit of real links found (docs/matching.md, "A hand audit"):
an interviewer's standard question, put word for word to each guest of a
series, linked every interview of the series to every other; and ids
ordered as strings put "rep-10" before "rep-9" and let a link's first claim
disagree with its story's first appearance.  Invented claims and reports."""

from __future__ import annotations

import json

from datasette_claims import loader
from datasette_claims.matching import decide, stories
from datasette_claims.matching.candidates import DocFreq
from datasette_claims.store import open_db


def _info(i, content, speaker_id=None, name=None, quote_type="indirect", stance=None, source=None,
          published="2031-05-02"):
    return decide.ClaimInfo(i, f"guest{i}:0-1", f"guest{i}", speaker_id, content, quote_type, published,
                            f"guest{i}", name, source_text=source, stance=stance)


def _link(a, b):
    return decide.link(a, b, decide.DEFAULT_THRESHOLD)


QUESTION = "Which of the harbour board's decisions did the most for the fishing families of your district?"


def test_one_question_put_to_two_guests_is_not_one_statement():
    ina = _info(1, QUESTION, "ina-dahl", "Ina Dahl", "direct", "question")
    per = _info(2, QUESTION, "per-vold", "Per Vold", "direct", "question")
    nobody = _info(3, QUESTION, quote_type="direct", stance="question")
    assert _link(ina, per) is None  # was linked as an attribution slip (12 words, word for word)
    assert _link(ina, nobody) is None
    assert _link(nobody, _info(4, QUESTION, quote_type="direct", stance="question")) is None


def test_one_speakers_question_reported_twice_is_still_linked():
    asked = "Who will pay for the new breakwater at Kessby once the grant runs out?"
    first = _info(1, asked, "ina-dahl", "Ina Dahl", "direct", "question")
    again = _info(2, asked, "ina-dahl", "Ina Dahl", "direct", "question")
    assert _link(first, again) is not None


ADDRESS = "What seems to reach the most voters in the valley, from your own experience"


def test_the_reports_own_words_to_you_are_an_interviewers_question():
    # no speaker, no attribution, nothing quoted: the question mark was lost
    first, second = _info(1, ADDRESS), _info(2, ADDRESS)
    assert _link(first, second) is None  # was linked, exact
    assert decide.asks(first)


def test_words_to_you_that_someone_said_are_still_a_statement():
    said = "you cannot run a ferry service on promises and goodwill alone"
    quoted = _info(1, said, quote_type="direct")  # a quotation: someone's words, speaker not found
    assert not decide.asks(quoted)
    assert _link(quoted, _info(2, said, quote_type="direct")) is not None
    named = _info(3, said, "ina-dahl", "Ina Dahl")
    assert not decide.asks(named)
    assert _link(named, _info(4, said, "ina-dahl", "Ina Dahl")) is not None
    attributed = _info(5, said, source="the ferry operator")
    assert not decide.asks(attributed)


def test_ids_order_their_numbers_as_numbers():
    assert stories.id_order("rep-9") < stories.id_order("rep-10")
    assert stories.id_order("rep-1:50-90") < stories.id_order("rep-10:5-40")
    assert stories.id_order("rep-1:49-101") < stories.id_order("rep-1:105-166")
    assert stories.earliest_key("2031-05-02", "rep-9:0-5") < stories.earliest_key("2031-05-02", "rep-10:0-5")
    assert stories.earliest_key("2031-05-01", "rep-10:0-5") < stories.earliest_key("2031-05-02", "rep-9:0-5")


def _doc(id_, text):
    return {"id": id_, "outlet": f"The {id_.title()} Courier", "date": "2031-05-02",
            "title": f"Ferry news {id_}", "text": text}


def test_a_links_first_claim_is_its_storys_first_appearance(tmp_path):
    quote = ('"The ferry to Orsund will keep running every hour until the end of October," '
             'said Ina Dahl, the harbour master.')
    docs = [_doc("rep-1", f"KESSBY - The harbour board met on Friday.\n\n{quote}"),
            _doc("rep-10", f"KESSBY - Fishermen gathered on the quay.\n\n{quote}")]
    path = tmp_path / "docs.jsonl"
    path.write_text("".join(json.dumps(d) + "\n" for d in docs), encoding="utf-8")
    db_path = str(tmp_path / "claims.db")
    assert loader.load(db_path, [str(path)]).ok
    conn = open_db(db_path).conn
    links = conn.execute("select claim_a, claim_b from claim_matches").fetchall()
    assert links
    for claim_a, _ in links:
        first = conn.execute("select s.first_claim_id from claims c join stories s on s.id = c.story_id "
                             "where c.id = ?", (claim_a,)).fetchone()[0]
        assert claim_a == first
        assert claim_a.startswith("rep-1:")


def _person(i, content, name, source, published, quote_type="indirect"):
    sid = name.lower().replace(" ", "-") if name else None
    return decide.ClaimInfo(i, f"rep{i}:0-1", f"rep{i}", sid, content, quote_type, published, f"rep{i}",
                            name, source_text=source)


def _df(tmp_path):
    background = [_doc(f"bg-{n}", f"KESSBY - {text}") for n, text in enumerate((
        '"The council will meet again on Monday," said Ola Brenn, a councillor.',
        '"Prices in the harbour shops rose again this month," said Mira Tal, a trader.',
        '"We expect the road to reopen by the weekend," said Per Vold, the county engineer.',
    ))]
    path = tmp_path / "bg.jsonl"
    path.write_text("".join(json.dumps(d) + "\n" for d in background), encoding="utf-8")
    db_path = str(tmp_path / "bg.db")
    assert loader.load(db_path, [str(path)]).ok
    return DocFreq(open_db(db_path).conn)


LIND = "the bravery of the lifeboat volunteers and the ferry crews in the hours after the Orsund storm"
HOLM = 'harbour pilots, ferry crews and lifeboat volunteers showed "bravery" as the Orsund storm struck the coast'


def test_two_named_people_rewording_one_event_are_two_statements(tmp_path):
    df = _df(tmp_path)
    lind = _person(1, LIND, "Tomas Lind", "Prime Minister Tomas Lind", "2031-05-02")
    holm = _person(2, HOLM, "Vera Holm", "She", "2031-05-05", "mixed")  # named from an earlier sentence
    assert decide.relation(lind, holm) == decide.UNKNOWN  # the pronoun's doubt stands for the same words
    assert decide.link(lind, holm, decide.DEFAULT_THRESHOLD, df) is None  # was linked as a paraphrase
    nameless = _person(3, HOLM, None, None, "2031-05-05", "mixed")  # no name read: the rewording may link
    assert decide.link(lind, nameless, decide.DEFAULT_THRESHOLD, df) is not None
