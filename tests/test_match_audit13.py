"""What a thirteenth hand audit of real links found (docs/matching.md, "A hand
audit", the thirteenth audit): a bare complement ("of adding a provision ...")
linked by its rewording to another speaker's statement of the same thing, and
one unnamed group named in the same words in two reports ("Opposition parties")
weighed as no speaker at all.  Invented claims and reports."""

from __future__ import annotations

import json
import sqlite3

from datasette_claims import loader
from datasette_claims.matching import decide

from test_match_audit9 import background_df


def _claim(i, content, published="2031-05-02", name=None, source=None, speaker_id=None, quote_type="indirect"):
    return decide.ClaimInfo(i, f"rep{i}:{i}-{i + 1}", f"rep{i}", speaker_id, content, quote_type, published,
                            f"rep{i}", name, source_text=source)


# --- a bare complement -----------------------------------------------------------------------


def test_a_bare_complement_is_no_rewording_of_another_speakers_statement(tmp_path):
    df = background_df(tmp_path)
    # "The minister has been accused of adding a provision ...": no speaker, the verb outside the claim;
    # a week on the minister "conceded to changes to the provisions"
    accused = _claim(1, "of adding a provision to the harbour law giving wardens the power to seize trawlers")
    conceded = _claim(2, "to changes to the trawler seizure provisions giving wardens power",
                      published="2031-05-09", name="Jo Roe", source="Ms Roe", speaker_id="jo-roe")
    assert decide._bare_complement(accused) and not decide._bare_complement(conceded)
    assert decide.link(accused, conceded, df=df) is None
    # the same words as a clause of its own (its verb inside it) are a statement a rewording may match
    stated = _claim(3, "the minister added a provision to the harbour law giving wardens the power to seize trawlers")
    assert not decide._bare_complement(stated)
    found = decide.link(stated, conceded, df=df)
    assert found is not None and found.how == "paraphrase"


def test_a_phrase_of_time_before_a_clause_is_no_bare_complement():
    assert not decide._bare_complement(_claim(1, "at midnight last night, two patrol boats crossed the line"))
    assert not decide._bare_complement(_claim(2, "In March the council voted to close the quay"))
    assert decide._bare_complement(_claim(3, "for allowing the crew of the Kessby trawler to sail without papers"))
    # an infinitive's "to" opens what was threatened or promised: a whole clause
    assert not decide._bare_complement(_claim(4, "to bar the trawlers from returning to the port of Kessby"))


def test_one_speakers_bare_complements_still_link_by_rewording(tmp_path):
    df = background_df(tmp_path)
    first = _claim(1, "of adding a provision to the harbour law giving wardens the power to seize trawlers",
                   name="Jo Roe", source="Roe", speaker_id="jo-roe")
    again = _claim(2, "of adding to the harbour law a provision that gives wardens power to seize trawlers",
                   published="2031-05-03", name="Jo Roe", source="Roe", speaker_id="jo-roe")
    assert decide.link(first, again, df=df) is not None


# --- one unnamed group in the same words ------------------------------------------------------

FIXED = "President Ola Brenn's party fixed the results of the 2030 harbour vote in its favour and are calling " \
        "to have the result annulled"
RETOLD = "the party, of which the President is leader, fixed the results of the 2030 harbour vote in its favour"


def _group(i, content, source="Opposition parties", published="2031-05-02"):
    return _claim(i, content, published=published, name=source, source=source)


def test_one_unnamed_group_in_the_same_words_days_apart_is_weighed_as_one_speaker():
    a, b = _group(1, FIXED), _group(2, RETOLD, published="2031-05-03")
    assert decide._one_group(a, b)
    found = decide.link(a, b)
    assert found is not None and found.how == "fuzzy"  # (was: none; 0.40 under the unknown speakers' 0.80)


def test_two_groups_or_a_week_apart_or_a_pronoun_stay_unknown_speakers():
    a = _group(1, FIXED)
    # another group's words
    assert decide.link(a, _group(2, RETOLD, source="Union leaders")) is None
    # the same words for a group a week on: perhaps another group of that kind
    later = _group(3, RETOLD, published="2031-05-09")
    assert not decide._one_group(a, later) and decide.link(a, later) is None
    # "they" names no group
    they_a, they_b = _group(4, FIXED, source="they"), _group(5, RETOLD, source="they")
    assert not decide._one_group(they_a, they_b) and decide.link(they_a, they_b) is None
    # a named speaker on one side: the speakers' relation decides, as before
    named = _claim(6, RETOLD, name="Opposition parties", source="Opposition parties", speaker_id="opposition-parties")
    assert not decide._one_group(a, named)


def test_one_unnamed_group_links_through_the_real_loader(tmp_path):
    docs = [
        {"id": "kessby-vote-1", "published": "2031-05-02", "title": "Harbour vote disputed",
         "text": "KESSBY - Opposition parties said that President Ola Brenn's party fixed the results of the 2030 "
                 "harbour vote in its favour and are calling to have the result annulled. The court will hear "
                 "the case next week."},
        {"id": "kessby-vote-2", "published": "2031-05-02", "title": "Court to hear harbour vote case",
         "text": "KESSBY - The court will hear a case on the harbour vote. Opposition parties say that the party, "
                 "of which the President is leader, fixed the results of the 2030 harbour vote in its favour."},
    ]
    path = tmp_path / "reports.jsonl"
    path.write_text("".join(json.dumps(d) + "\n" for d in docs), encoding="utf-8")
    db_path = str(tmp_path / "claims.db")
    assert loader.load(db_path, [str(path)]).ok
    conn = sqlite3.connect(db_path)
    rows = conn.execute(
        "select a.source_text, a.speaker_id, b.source_text, b.speaker_id from claim_matches m "
        "join claims a on a.id = m.claim_a join claims b on b.id = m.claim_b "
        "where a.content like '%fixed the results%' and b.content like '%fixed the results%'"
    ).fetchall()
    assert rows == [("Opposition parties", None, "Opposition parties", None)]
