"""What a ninth hand audit of real links found (docs/matching.md, "A hand
audit", the ninth audit).  Invented claims and reports."""

from __future__ import annotations

import json

from datasette_claims import loader
from datasette_claims.matching import decide
from datasette_claims.matching.candidates import DocFreq
from datasette_claims.store import open_db


def _claim(i, content, quote_type="indirect", published="2031-05-02", name="Ina Dahl", source="Dahl"):
    sid = name.lower().replace(" ", "-") if name else None
    return decide.ClaimInfo(i, f"rep{i}:{i}-{i + 1}", f"rep{i}", sid, content, quote_type, published,
                            f"rep{i}", name, source_text=source)


# --- a short quoted stretch found only nearly ----------------------------------------


def test_a_short_quotation_must_stand_word_for_word_in_the_other_claim():
    said = _claim(1, "We are not the ones who started this new round of the quota war", "direct")
    # four days on, another interview: a "new quota war" -- three words, one of them not in the first
    # ("new round of the quota war": found by characters, 92 of 100)
    later = _claim(2, 'a cold spell has begun with the mainland and that a "new quota war" has begun', "mixed",
                   "2031-05-06")
    assert decide.link(said, later) is None  # (was: linked, "partial")
    # the same three words quoted as they stand in the other claim still link
    quoted = _claim(3, 'the mainland had begun a "harbour quota dispute"', "mixed", "2031-05-06")
    first = _claim(4, "We are not the ones who started this new round of the harbour quota dispute", "direct")
    assert decide.link(first, quoted) is not None


# --- an honorific is no content word of a paraphrase ----------------------------------


def background_df(tmp_path, more: tuple[str, ...] = ()):
    """Document frequencies over a few background reports (and ``more``), loaded by the real loader."""
    texts = (
        '"The council will meet again on Monday," said Ola Brenn, a councillor.',
        '"Prices in the harbour shops rose again this month," said Mira Tal, a trader.',
        '"We expect the road to reopen by the weekend," said Per Vold, the county engineer.',
        *more,
    )
    docs = [{"id": f"bg-{n}", "published": "2031-05-01", "title": f"Notes {n}", "text": f"KESSBY - {text}"}
            for n, text in enumerate(texts)]
    path = tmp_path / "bg.jsonl"
    path.write_text("".join(json.dumps(d) + "\n" for d in docs), encoding="utf-8")
    db_path = str(tmp_path / "bg.db")
    assert loader.load(db_path, [str(path)]).ok
    return DocFreq(open_db(db_path).conn)


def test_a_denial_styled_mr_links_to_the_report_it_denies(tmp_path):
    df = background_df(tmp_path)
    # the report's own words (no speaker) and, four days on, the organiser's denial
    report = _claim(1, "Jo Roe will be attending the summit, along with mayor Ola Brenn and trader Mira Tal",
                    name=None, source=None)
    denial = _claim(2, "Mr Roe is definitely not attending the summit", "direct", "2031-05-06",
                    name="Lars Vik", source="he")
    found = decide.link(report, denial, df=df)
    assert found is not None and found.how == "paraphrase"  # (was: none; "Mr" weighed as a word left out)
    assert decide.kind_of(report, denial)[0] == "conflict"
    # a word the other does leave out still counts: without "Mr", with "privately"
    other = _claim(3, "Roe is privately definitely not attending the summit", "direct", "2031-05-06",
                   name="Lars Vik", source="he")
    assert decide.link(report, other, df=df) is None


# --- a forecast and the count after it ------------------------------------------------


def test_a_forecast_and_the_later_count_are_two_statements():
    forecast = _claim(1, "over 1200 harbour schools will be fully or partially closed by the teachers strike on "
                         "Thursday", name="Kessby Radio", source="Kessby Radio")
    count = _claim(2, "8000 harbour schools have been fully or partially closed by the teachers strike",
                   published="2031-05-04", name="Kessby Radio", source="Kessby Radio")
    assert decide.link(forecast, count) is None  # (was: linked, a conflict)
    # two forecasts with other figures stay one statement in conflict
    other = _claim(3, "over 1500 harbour schools will be fully or partially closed by the teachers strike on "
                      "Thursday", published="2031-05-03", name="Kessby Radio", source="Kessby Radio")
    assert decide.link(forecast, other) is not None
    assert decide.kind_of(forecast, other)[0] == "conflict"
    # a figure on one side only is no other count: a pledge and its report stay linked
    pardoned = _claim(4, "the harbour crews have been pardoned as a gift to the people of Kessby")
    freed = _claim(5, "she would free the fifteen harbour crews as a gift to the people of Kessby",
                   published="2031-05-03")
    assert decide.link(pardoned, freed) is not None


# --- one speaker's line reworded days apart -------------------------------------------


def test_one_speakers_reworded_line_days_apart_gets_no_lift_from_the_speaker():
    said = _claim(1, "her council is making all efforts for the crews' release")
    # three days on: one statement reported again, the speaker's agreement weighs in
    assert decide.link(said, _claim(2, "all efforts were being made to free the crews", published="2031-05-05"))
    # a week on: a like line said again, its wording alone too different (was: linked, 0.55)
    assert decide.link(said, _claim(3, "all efforts were being made to free the crews", published="2031-05-09")) is None
