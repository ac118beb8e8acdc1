"""What a second hand audit of real links found (docs/matching.md, "A hand
audit", the paragraph on speakers that name no one): an attribution that
names no one who can speak -- a sentence's subject read as its speaker
("The quarrel [turns] on ...", "rumours [that] ...", "2 of them") -- linked
its claim to other people's statements on their rare words alone.
Invented claims and reports."""

from __future__ import annotations

from test_match_audit import _df  # rare words counted over a few invented reports

from datasette_claims.matching import attribution, decide


def _claim(i, content, name, source, published="2031-05-02", quote_type="indirect", sid=None):
    return decide.ClaimInfo(i, f"rep{i}:0-1", f"rep{i}", sid, content, quote_type, published, f"rep{i}",
                            name, source_text=source)


SOLD = "the harbour board sold the northern quay to a Kessby trawler company without any public tender"
QUARREL = "on how a Kessby trawler company came to own the northern quay when no public tender was ever held"


def test_a_subject_read_as_a_speaker_names_no_one():
    for source in ("The quarrel", "rumours", "2 of them", "The matter"):
        assert attribution.names_no_source(source), source
    for source in ("a witness", "his cousin", "An official", "Both councillors", "Ina Dahl", "the ferry company",
                   "He", "who", "the port authority", "a former mayor", None):
        assert not attribution.names_no_source(source), source


def test_no_ones_words_are_no_rewording_of_a_named_speakers(tmp_path):
    df = _df(tmp_path)
    dahl = _claim(1, SOLD, "Ina Dahl", "Ina Dahl", sid="ina-dahl")
    quarrel = _claim(2, QUARREL, "The quarrel", "The quarrel", "2031-05-06")
    assert decide.link(dahl, quarrel, decide.DEFAULT_THRESHOLD, df) is None  # was linked as a paraphrase
    rumours = _claim(3, QUARREL, "rumours", "rumours", "2031-05-06")
    assert decide.link(dahl, rumours, decide.DEFAULT_THRESHOLD, df) is None  # likewise


def test_an_unnamed_person_or_no_attribution_may_still_reword(tmp_path):
    df = _df(tmp_path)
    dahl = _claim(1, SOLD, "Ina Dahl", "Ina Dahl", sid="ina-dahl")
    for name, source in (("a dock worker", "a dock worker"), (None, None), ("the ferry company", "the ferry company")):
        other = _claim(2, QUARREL, name, source, "2031-05-06")
        assert decide.link(dahl, other, decide.DEFAULT_THRESHOLD, df) is not None, name
