"""What an eleventh hand audit of real links found (docs/matching.md, "A hand
audit", the eleventh audit).  Invented claims and reports."""

from __future__ import annotations

from datasette_claims.matching import decide
from datasette_claims.matching.drift import meaning_flags, word_diff

from test_match_audit9 import background_df


def _claim(i, content, quote_type="indirect", published="2031-05-02", name="Ina Dahl", source="Dahl"):
    sid = name.lower().replace(" ", "-") if name else None
    return decide.ClaimInfo(i, f"rep{i}:{i}-{i + 1}", f"rep{i}", sid, content, quote_type, published,
                            f"rep{i}", name, source_text=source)


def _df(tmp_path):
    return background_df(tmp_path, (
        '"The new pier will secure the future of the ferry," said Ola Brenn.',
        '"Our plan would secure jobs and a future for the young," said Mira Tal.',
        '"The school has a secure future now," said Per Vold.',
    ))


# --- two speakers' statements of one named thing --------------------------------------


def test_two_speakers_sharing_a_name_and_one_word_are_two_statements(tmp_path, monkeypatch):
    df = _df(tmp_path)
    # a regional minister on the sale, and six days on the federal government's refusal to sell
    minister = _claim(1, "the sale would secure the future of Varnholm Tidepower", name="Oskar Lind", source="He")
    government = _claim(2, "despite refusing to sell its share in Varnholm Tidepower that it will not be buying "
                           "more shares if the two regions push ahead with the sale of their holdings",
                        published="2031-05-08", name=None, source="The federal government")
    assert decide.paraphrase_evidence(minister, government, df) is None
    assert decide.link(minister, government, df=df) is None
    # (was: linked, "paraphrase": the name's rare words carry the weight)
    monkeypatch.setattr(decide, "PARAPHRASE_MIN_SAID", 0)
    assert decide.paraphrase_evidence(minister, government, df) is not None
    monkeypatch.undo()
    # what is said shared besides the name -- "secure", "future" -- passes this gate
    retold = _claim(3, "selling would secure the future of Varnholm Tidepower for good", published="2031-05-04",
                    name=None, source="The regional government")
    assert not decide._said_of_a_name_only(minister, retold)


def test_a_word_is_a_name_only_where_both_claims_capitalise_it():
    one = _claim(1, "the assassination of Varnholm's president Aleks Moro", name=None, source=None)
    other = _claim(2, "the assassination of Aleks Moro, the President of Varnholm", name="Pia Sand", source="Sand")
    # "president" is lower-case in one: a word of what is said, with "assassination"
    assert not decide._said_of_a_name_only(one, other)
    two_names = _claim(3, "the future of Aleks Moro in Varnholm", name=None, source=None)
    assert decide._said_of_a_name_only(one, two_names)  # (only "Aleks", "Moro", "Varnholm" and nothing said)


# --- "only" said as two negations -----------------------------------------------------


def test_only_restated_as_a_double_negation_is_no_flip():
    policy = "Kessby would only sell wool to towns that have signed the harbour treaty"
    retold = "Kessby did not sell wool to towns that had not signed the harbour treaty"
    assert "negation" not in meaning_flags(word_diff(policy, retold))  # (was: "negation", a conflict)
    assert "negation" not in meaning_flags(word_diff(retold, policy))
    said = _claim(1, policy, name="Oskar Lind", source="Lind")
    told = _claim(2, retold, published="2031-05-05", name="Oskar Lind", source="Lind")
    assert decide.kind_of(said, told)[0] == "same"
    # one "not" alone against the "only" still flips it ...
    assert "negation" in meaning_flags(word_diff(policy, "Kessby did not sell wool to towns that had signed the "
                                                         "harbour treaty"))
    # ... and two negations without an "only" on the other side are read as before
    plain = "Kessby would sell wool to towns that have signed the harbour treaty"
    assert "negation" in meaning_flags(word_diff(plain, retold))
