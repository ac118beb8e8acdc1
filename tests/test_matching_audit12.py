"""What a twelfth hand audit of real links found (docs/matching.md, "A hand
audit", the twelfth audit).  Invented claims and reports."""

from __future__ import annotations

from datasette_claims.matching import decide
from datasette_claims.matching.drift import meaning_flags, word_diff
from datasette_claims.matching.predicates import same_predicate
from datasette_claims.matching.similarity import content_stems, word_overlap
from datasette_claims.text import number_keys

from test_match_audit9 import background_df


def _claim(i, content, quote_type="indirect", published="2031-05-02", name="Ina Dahl", source="Dahl", stance=None):
    sid = name.lower().replace(" ", "-") if name else None
    return decide.ClaimInfo(i, f"rep{i}:{i}-{i + 1}", f"rep{i}", sid, content, quote_type, published,
                            f"rep{i}", name, source_text=source, stance=stance)


# --- a number written two ways -----------------------------------------------------------


def test_number_words_are_read_as_their_values_compounds_too():
    keys = "the council will send three hundred and twenty wardens and twenty-five boats".split()
    assert [k for k, _ in number_keys(keys)] == [
        "the", "council", "will", "send", "320", "wardens", "and", "25", "boats"]
    assert number_keys("2 million people".split())[0] == ("2000000", 2)
    assert number_keys("two million people".split())[0] == ("2000000", 2)
    assert number_keys("1.5 billion".split()) == [("1500000000", 2)]
    assert number_keys("twenty one".split()) == [("21", 2)] and number_keys(["twenty-one"]) == [("21", 1)]
    # "one" alone is a pronoun far more often; two numbers side by side stay two
    assert [k for k, _ in number_keys("no one knows".split())] == ["no", "one", "knows"]
    assert [k for k, _ in number_keys("two or three".split())] == ["2", "or", "3"]
    assert [k for k, _ in number_keys("five twenty".split())] == ["5", "20"]
    # a figure alone is as it stands; a scale word alone is its value
    assert number_keys(["30,000"]) == [("30,000", 1)]
    assert number_keys(["millions"]) == [("millions", 1)] and number_keys(["million"]) == [("1000000", 1)]


def test_a_number_in_words_and_in_digits_is_one_word_to_the_overlap():
    said = "the port of Kessby will hire three hundred dockers before the winter"
    retold = "Kessby's port would hire 300 dockers before winter"
    assert "300" in content_stems(said).values()
    overlap = word_overlap(said, retold, lambda w: 1.0)
    assert overlap.share == 1.0  # (was 0.83: "three" and "hundred" read as 3 and 100, "300" unshared)


def test_a_number_in_words_and_in_digits_is_no_number_changed():
    said = "the council will close three hundred stalls on the quay"
    assert "numbers" not in meaning_flags(word_diff(said, "the council will close 300 stalls on the quay"))
    # (was: "numbers", a conflict between two wordings of one figure)
    assert "numbers" in meaning_flags(word_diff(said, "the council will close 400 stalls on the quay"))
    assert "numbers" in meaning_flags(word_diff(said, "the council will close three thousand stalls on the quay"))


def test_word_diff_shows_a_number_in_words_as_written():
    diff = word_diff("they sent twenty five boats", "they sent 26 boats")
    assert diff["ops"][0]["a"] == "twenty five" and diff["ops"][0]["b"] == "26"


# --- an irregular past, and a denial said as a negation ----------------------------------


def test_an_irregular_past_is_its_predicate():
    assert same_predicate("gave", "provided") and same_predicate("given", "supply")
    assert same_predicate("began", "start") and same_predicate("begun", "starting")
    assert not same_predicate("gave", "stopped")


def test_a_denial_and_the_same_position_said_as_a_negation_are_one_statement(tmp_path):
    df = background_df(tmp_path, (
        '"The ferry lists are kept for a year," said Ola Brenn.',
        '"We sold the quay lists to nobody," said Mira Tal.',
    ))
    # the company's statement, and the next day a report that it "denied it gave" the lists
    said = _claim(1, 'they held an "internal audit" and that the audit "confirmed no such deal exists and we have '
                     'not provided bulk passenger lists to the Harbour Office," said Jo Roe, spokesman for Kessline',
                  "mixed", name="Kessline", source="Kessline")
    denial = _claim(2, "it gave their passenger lists to the Harbour Office", published="2031-05-03",
                    name="Kessline", source="Kessline", stance=decide.DENIAL)
    assert not decide._topic_only(said, denial, decide.SAME)  # (was: "provided" / "gave", two predicates)
    found = decide.link(said, denial, df=df)
    assert found is not None and found.how == "paraphrase"
    assert decide.kind_of(said, denial)[0] == "same"  # one position twice, no conflict
    # a report that it did give them is the denial's opposite
    admitted = _claim(3, "it had provided bulk passenger lists to the Harbour Office for years",
                      published="2031-05-03", name="Kessline", source="Kessline")
    assert decide.kind_of(admitted, denial)[0] == "conflict"
    # a negation governing other words than the denied ones is no such agreement
    other = _claim(4, "we have not sold the ferry, but passenger lists go to the Harbour Office",
                   name="Kessline", source="Kessline")
    assert not decide._negates_the_denied(other, denial)


# --- a report with no date ----------------------------------------------------------------


def test_an_undated_report_links_across_speakers_only_near_word_for_word():
    rumour = _claim(1, "Kessby will remove Varnholm from its list of states that sponsor piracy and lift some "
                       "sanctions against the country", name=None, source="media agencies in Varnholm")
    announced = _claim(2, "Kessby will soon remove Varnholm from a list of states seen as sponsoring piracy in "
                          "the world", published=None, name="Jo Roe", source="Roe")
    assert decide.link(rumour, announced) is None  # (was: linked, "fuzzy" 0.86, no date to gate it)
    dated = _claim(3, announced.content, published="2031-05-04", name="Jo Roe", source="Roe")
    assert decide.link(rumour, dated) is not None  # two days apart: as before
    # one speaker's own words in an undated report: as before
    own = _claim(4, announced.content, published=None, name="Jo Roe", source="Roe")
    again = _claim(5, "Kessby will remove Varnholm soon from a list of states seen as sponsoring piracy",
                   name="Jo Roe", source="Roe")
    assert decide.link(again, own) is not None
    # word for word, an undated report still links across speakers
    copied = _claim(6, rumour.content, published=None, name="Jo Roe", source="Roe")
    assert decide.link(rumour, copied) is not None
