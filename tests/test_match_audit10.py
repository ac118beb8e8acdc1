"""What a tenth hand audit of real links found (docs/matching.md, "A hand
audit", the tenth audit).  Invented claims and reports."""

from __future__ import annotations

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


# --- one speaker's like words on two days: "today" places each on its own day -----------


def test_like_quotations_that_each_say_today_days_apart_are_two_statements():
    first = _claim(1, "I was sad to hear of the death today of a ferry pilot who was helping the relief effort.",
                   "direct", name="Oren Vail", source="Vail")
    second = _claim(2, "I was deeply sad to learn of the death today of a ferry pilot and the injuries of two others",
                    "direct", published="2031-05-15", name="Oren Vail", source="Vail")
    assert decide.link(first, second) is None  # (was: linked, "drift")
    # the same words in reports a day apart: one statement, reported twice
    next_day = _claim(3, second.content, "direct", published="2031-05-03", name="Oren Vail", source="Vail")
    assert decide.link(first, next_day) is not None
    # quoted whole days later, the statement is the same
    again = _claim(4, first.content, "direct", published="2031-05-15", name="Oren Vail", source="Vail")
    assert decide.link(first, again) is not None
