"""What a fourth hand audit of real links found (docs/matching.md, "A hand
audit", the fourth audit), and the kinds of link the demo and the earlier
audits showed wrong: a double negation read as a flip ("not unlikely" /
"likely", "did not deny"), an acronym against its spelled-out name read as
another name, a drift link to the next sentence of a speech the other report
also quoted exactly, a quotation quoted inside another speaker's statement
left unlinked, and two sources -- one a group or a record -- each saying its
own thing of one event linked as one statement reworded.
Invented claims and reports."""

from __future__ import annotations

from test_match_audit import _df  # rare words counted over a few invented reports

from datasette_claims.extract import extract_claims
from datasette_claims.matching import attribution, decide
from datasette_claims.matching.drift import word_diff
from datasette_claims.matching.similarity import negation_flipped, words
from datasette_claims.models import Article


def _claim(i, content, name="Ina Dahl", quote_type="indirect", published="2031-05-02", sid="ina-dahl",
           source=None, stance=None, article=None):
    return decide.ClaimInfo(i, f"{article or f'rep{i}'}:{i}-{i + 1}", article or f"rep{i}", sid, content,
                            quote_type, published, article or f"rep{i}", name,
                            source_text=source if source is not None else name, stance=stance)


# --- a double negation is no flip ------------------------------------------

def test_not_unlikely_is_likely():
    assert not negation_flipped(words("a sale of the quay was not unlikely"), words("a sale of the quay was likely"))
    assert not negation_flipped(words("it is not impossible the quay closes"), words("it is possible the quay closes"))
    # the flips stay flips
    assert negation_flipped(words("a sale of the quay was not unlikely"), words("a sale of the quay was unlikely"))
    assert negation_flipped(words("a sale of the quay was not unlikely"), words("a sale of the quay was not likely"))
    assert negation_flipped(words("the quay will be sold"), words("the quay will not be sold"))
    assert not negation_flipped(words("the rules are not clear"), words("the rules remain unclear"))


def test_a_double_negation_is_no_conflict():
    said = _claim(1, "a sale of the northern quay was not unlikely this year")
    again = _claim(2, "a sale of the northern quay was likely this year")
    assert "negation" not in word_diff(said.content, again.content)
    assert decide.link(said, again) is not None
    assert decide.kind_of(said, again)[0] == "same"  # was a conflict
    flipped = _claim(3, "a sale of the northern quay was unlikely this year")
    assert decide.kind_of(said, flipped)[0] == "conflict"


def test_a_denial_not_made_is_no_denial():
    text = "The harbour board did not deny that the northern quay would be sold to a trawler firm."
    claims = extract_claims(Article(id="rep1", text=text, published="2031-05-02"))
    assert [c.stance for c in claims] == ["assertion"]  # was "denial"
    denied = "The harbour board denied that the northern quay would be sold to a trawler firm."
    assert [c.stance for c in extract_claims(Article(id="rep2", text=denied, published="2031-05-02"))] == ["denial"]
    confirmed = "Port records do not confirm that the northern quay was sold to a trawler firm."
    assert [c.stance for c in extract_claims(Article(id="rep3", text=confirmed, published="2031-05-02"))] == ["denial"]


# --- an acronym is its spelled-out name -------------------------------------

def test_an_acronym_spelled_out_is_no_other_name():
    said = _claim(1, "the KHA would sell the northern quay to a trawler firm this year")
    again = _claim(2, "the Kessby Harbour Authority would sell the northern quay to a trawler firm this year")
    assert "names" not in word_diff(said.content, again.content).get("meaning", ())
    assert decide.kind_of(said, again)[0] == "same"  # was a conflict: "name changed"
    other = _claim(3, "the Kessby Coast Guard would sell the northern quay to a trawler firm this year")
    assert decide.kind_of(said, other)[0] == "conflict"  # another body's initials: another name
    assert "names" in word_diff("the KS would sell", "the Kessby Guard would sell").get("meaning", ())


def test_an_acronym_spelled_out_inside_a_quotation_is_still_a_changed_quotation():
    said = _claim(1, '"The KHA will sell the northern quay to a trawler firm"', quote_type="direct")
    again = _claim(2, '"The Kessby Harbour Authority will sell the northern quay to a trawler firm"',
                   quote_type="direct")
    kind, diff = decide.kind_of(said, again)
    assert kind == "drift" and "name changed" not in diff  # the quoted words changed, no other name


# --- a neighbour of the statement is no misquote ----------------------------

def test_a_drift_link_to_the_next_sentence_is_dropped():
    rows = [
        ("rep1:0-16", "rep2:0-16", 1.0, "same", "speaker+fts:exact", None),  # "We don't give up."
        ("rep1:0-16", "rep2:17-32", 0.98, "drift", "speaker+fts:fuzzy", "{}"),  # "I don't give up."
        ("rep1:40-90", "rep3:5-60", 0.9, "drift", "speaker+fts:fuzzy", "{}"),  # a misquote: kept
        ("rep1:40-90", "rep2:40-90", 0.95, "drift", "speaker+fts:partial", "{}"),  # no exact link: kept
    ]
    kept = decide.without_neighbours(rows)
    assert [r[:2] for r in kept] == [("rep1:0-16", "rep2:0-16"), ("rep1:40-90", "rep3:5-60"),
                                     ("rep1:40-90", "rep2:40-90")]
    # the exact sentence in the earlier report, the drift from the later one's side
    rows = [("rep1:0-16", "rep2:0-16", 1.0, "same", "speaker+fts:exact", None),
            ("rep1:20-60", "rep2:0-16", 0.74, "drift", "speaker+fts:partial", "{}")]
    assert decide.without_neighbours(rows) == rows[:1]


def test_neighbours_are_dropped_on_a_real_load(tmp_path):
    import json

    from datasette_claims import loader
    from datasette_claims.store import open_db

    docs = [
        {"id": "kessby-1", "published": "2031-05-02", "title": "Dahl speaks",
         "text": 'KESSBY - Harbour master Ina Dahl spoke to the crews on Friday. "We do not give up on the quay. '
                 'I do not give up on the quay," Dahl said.'},
        {"id": "kessby-2", "published": "2031-05-03", "title": "Dahl again",
         "text": 'KESSBY - Harbour master Ina Dahl told the crews on Friday: "We do not give up on the quay."'},
    ]
    path = tmp_path / "docs.jsonl"
    path.write_text("".join(json.dumps(d) + "\n" for d in docs), encoding="utf-8")
    db_path = str(tmp_path / "k.db")
    assert loader.load(db_path, [str(path)]).ok
    conn = open_db(db_path).conn
    links = conn.execute("select m.kind, a.content, b.content from claim_matches m join claims a on a.id = m.claim_a "
                         "join claims b on b.id = m.claim_b").fetchall()
    assert links and all(kind != "drift" for kind, _, _ in links), links


# --- a quotation quoted inside another speaker's statement -------------------

ORIGINAL = "We will keep the northern quay open to every trawler in the fleet, whatever the board decides."
CITED = 'Dahl\'s promise to keep the quay "open to every trawler in the fleet" was hollow'


def test_a_quotation_inside_another_speakers_statement_links_to_the_original():
    dahl = _claim(1, ORIGINAL, quote_type="direct")
    osk = _claim(2, CITED, "Per Osk", "mixed", "2031-05-04", "per-osk")
    found = decide.link(dahl, osk)
    assert found is not None and found.how == "partial"  # was not linked: two different speakers
    assert decide.kind_of(dahl, osk)[0] == "same"


def test_a_quotation_not_credited_or_weeks_later_or_short_still_needs_its_words():
    dahl = _claim(1, ORIGINAL, quote_type="direct")
    uncredited = _claim(2, CITED.replace("Dahl's", "the"), "Per Osk", "mixed", "2031-05-04", "per-osk")
    assert decide.link(dahl, uncredited) is None
    late = _claim(3, CITED, "Per Osk", "mixed", "2031-06-20", "per-osk")
    assert decide.link(dahl, late) is None
    short = _claim(4, CITED.replace(" in the fleet", ""), "Per Osk", "mixed", "2031-05-04", "per-osk")
    assert decide.link(dahl, short) is None


# --- two sources, one a group or a record ------------------------------------

def test_a_group_or_a_record_is_not_one_speaker():
    for source in ("Kessby officials", "Both councillors", "harbour authorities", "a report in the Kessby Gazette",
                   "the main memo, number 12", "the opposition"):
        assert attribution.group_or_record(source), source
    for source in ("a dock worker", "the ferry company", "Ina Dahl", "He", "the harbour master", None):
        assert not attribution.group_or_record(source), source


SOLD = "the harbour board sold the northern quay to a Kessby trawler company without any public tender"
TENDER = "a Kessby trawler company came to own the northern quay when no public tender was ever held"


def test_two_sources_rewording_one_event_are_two_statements(tmp_path):
    df = _df(tmp_path)
    dahl = _claim(1, SOLD)
    for name in ("Kessby officials", "a report in the Kessby Gazette", "the opposition"):
        other = _claim(2, TENDER, name, published="2031-05-05", sid=None)
        assert decide.link(dahl, other, decide.DEFAULT_THRESHOLD, df) is None, name  # was a paraphrase link
    # one person described, a body, the report's own words, or a source sharing a name: may be one statement
    for name, source in (("a dock worker", "a dock worker"), ("the ferry company", "the ferry company"),
                         (None, None), ("officials close to Ina Dahl", "officials close to Ina Dahl"),
                         ("officials", "who")):
        other = _claim(2, TENDER, name, published="2031-05-05", sid=None, source=source)
        assert decide.link(dahl, other, decide.DEFAULT_THRESHOLD, df) is not None, name
