"""What a tenth hand audit of real links found (docs/matching.md, "A hand
audit", the tenth audit).  Invented claims and reports."""

from __future__ import annotations

from datasette_claims.dates import day_number
from datasette_claims.matching import decide


def _claim(i, content, quote_type="indirect", published="2031-05-02", name="Ina Dahl", source="Dahl"):
    sid = name.lower().replace(" ", "-") if name else None
    return decide.ClaimInfo(i, f"rep{i}:{i}-{i + 1}", f"rep{i}", sid, content, quote_type, published,
                            f"rep{i}", name, source_text=source)


# --- one speaker's like line on another occasion, reworded ----------------------------


def test_one_speakers_short_reworded_line_a_week_on_is_another_statement():
    # an interview, and eleven days on, the end of a tour: the reporters' few words for one position
    said = _claim(1, "she still believes that is possible")
    again = _claim(2, "she believes truce is possible", published="2031-05-13")
    assert decide.link(said, again) is None  # (was: linked, "fuzzy")
    # the same two tellings a day apart are one statement reported twice
    assert decide.link(said, _claim(3, "she believes truce is possible", published="2031-05-03"))
    # a week on, a quotation of the line, or its words copied exactly, still link
    quoted = _claim(4, 'she "still believes that is possible"', "mixed", published="2031-05-13")
    assert decide.link(said, quoted) is not None
    assert decide.link(said, _claim(5, "she still believes that is possible", published="2031-05-13"))


def test_one_speakers_longer_reported_line_a_week_on_still_links():
    # six words or more tell the statement: a sale announced, recounted eleven days on as background
    said = _claim(1, "it will be willing to sell six patrol boats to Kessby on Friday")
    retold = _claim(2, "its willingness to sell six patrol boats to Kessby as well", published="2031-05-13")
    assert decide.link(said, retold) is not None
    said = _claim(3, "the harbour board would close the north quay to cargo ships for six weeks from June while "
                     "the cranes are replaced and the dock walls repaired")
    retold = _claim(4, "the harbour board will close the north quay to cargo ships for six weeks from June while "
                       "the old cranes are replaced and the dock walls are repaired", published="2031-05-12")
    assert decide.link(said, retold) is not None


# --- a denial that runs on: what follows its "but" is granted --------------------------


def test_a_report_of_what_a_denial_grants_is_no_conflict():
    denial = _claim(1, 'involvement in the blockade, but has recently admitted "informal talks" with the strikers. '
                       'A local paper reports that the port authority has helped the strikers.', "mixed",
                    name="Harbour Union", source="The Harbour Union")
    denial.stance = decide.DENIAL
    admitted = _claim(2, '"informal talks" with the group', "mixed", published="2031-05-20",
                      name="Harbour Union", source="The Harbour Union")
    assert decide.kind_of(denial, admitted)[0] == "same"  # (was: conflict)
    # what the denial disputes, reported as so, is still its opposite
    blockade = _claim(3, "its involvement in the blockade", published="2031-05-20", name="Harbour Union",
                      source="The Harbour Union")
    assert decide.kind_of(denial, blockade)[0] == "conflict"
    # ... and so is a denial without "but"
    plain = _claim(4, 'involvement in the blockade and "informal talks" with the strikers', "mixed",
                   name="Harbour Union", source="The Harbour Union")
    plain.stance = decide.DENIAL
    assert decide.kind_of(plain, admitted)[0] == "conflict"


# --- a claim whose one rare word ties with many claims at the candidate cut ------------


def test_claims_tied_at_the_cut_in_reports_near_in_time_go_first(tmp_path):
    from datasette_claims.matching.candidates import DocFreq, rare_candidates
    from datasette_claims.store import open_db

    db = open_db(str(tmp_path / "ties.db"))
    db["articles"].insert_all([{"id": "near", "text": "x", "published": "2031-05-04"}]
                              + [{"id": f"old{i}", "text": "x", "published": f"20{10 + i}-03-01"} for i in range(15)]
                              + [{"id": "undated", "text": "x"}])
    # fifteen claims over fifteen years hold the one rare word, each as long as the claim;
    # its own words, quoted two days on, run longer
    rows = [{"id": f"old{i}:1", "article_id": f"old{i}", "content": f"the quayside lot {i}"} for i in range(15)]
    rows.append({"id": "near:1", "article_id": "near",
                 "content": "we all know that the quayside will be sold to the builders next spring"})
    rows.append({"id": "undated:1", "article_id": "undated", "content": "the quayside lot"})
    rows += [{"id": f"old{i}:2", "article_id": f"old{i}", "content": f"the ferry timetable changes in week {i}"}
             for i in range(15)]
    db["claims"].insert_all(rows)
    db.conn.commit()
    rowid = dict(db.execute("select id, rowid from claims").fetchall())
    text = "the quayside deal"
    day = day_number("2031-05-02")
    assert rowid["near:1"] in rare_candidates(text, DocFreq(db.conn), 10, day)
    # (was: the ten closest in length, all years away)
    assert rowid["near:1"] not in rare_candidates(text, DocFreq(db.conn), 10)
    # a report weeks away, or undated, is not near
    assert rowid["near:1"] not in rare_candidates(text, DocFreq(db.conn), 10, day_number("2031-06-02"))
    assert rowid["undated:1"] in rare_candidates(text, DocFreq(db.conn), 10)
