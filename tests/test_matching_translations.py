"""Translations and misquotes of one statement (the second story walk).

Two agencies translating one foreign-language remark word it differently
("not clear" / "unclear", "hard" / "difficult", "has to" / "must"): one
statement, linked ``same``.  A word or a "not" changed in a quotation is
still a misquote (``drift``), and a paraphrase that drops a "not" inside a
longer reworded phrase still a ``conflict``.  Every report is invented (the
invented republic of Kessel and its minister Ines Marlo).
"""

from __future__ import annotations

import json

import pytest
from test_matching_crossreport import claim_id, doc, link_between, load, stand_in_extractor, story

from datasette_claims import loader

from datasette_claims.matching import decide
from datasette_claims.matching.drift import word_diff
from datasette_claims.matching.similarity import claim_similarity, negation_flipped, words


@pytest.fixture
def stand_in(monkeypatch):
    monkeypatch.setattr(loader, "extract_claims", stand_in_extractor)


def _info(rowid, article, content, quote_type="direct", published="2031-04-02"):
    return decide.ClaimInfo(rowid=rowid, id=f"c{rowid}", article_id=article, speaker_id="ines-marlo",
                            content=content, quote_type=quote_type, published=published,
                            root_article=article, speaker_name="Ines Marlo")


def test_a_prefixed_negation_is_no_flip_of_not_and_its_base():
    assert not negation_flipped(words("while the terms are not clear"), words("as long as the terms remain unclear"))
    assert not negation_flipped(words("we are not able to pay"), words("we are unable to pay"))
    assert not negation_flipped(words("they do not agree with the plan"), words("they disagree with the plan"))
    # a real flip still is one
    assert negation_flipped(words("the terms are clear"), words("the terms are not clear"))
    assert negation_flipped(words("fares will be frozen"), words("fares will not be frozen"))
    # "able" / "unable" lined up word for word is a flip in the diff
    assert "negation" in word_diff("We are able to pay the pensions", "We are unable to pay the pensions")["meaning"]


def test_two_translations_with_not_clear_and_unclear_link(tmp_path, stand_in):
    db = load(tmp_path, [
        doc("wire-one", "2031-04-02",
            '"We are not going to give the copper of Kesselians to anybody while the terms are not clear," '
            "said Ines Marlo."),
        doc("wire-two", "2031-04-02",
            "\"We will not hand over the Kesselians' copper to anyone as long as the terms remain unclear,\" "
            "said Ines Marlo."),
    ])
    assert claim_similarity(
        "We are not going to give the copper of Kesselians to anybody while the terms are not clear",
        "We will not hand over the Kesselians' copper to anyone as long as the terms remain unclear",
    ) > 0.5
    a, b = claim_id(db, "wire-one", "copper"), claim_id(db, "wire-two", "copper")
    found = link_between(db, a, b)
    assert found is not None and found["kind"] == "same"
    assert story(db, a) == story(db, b) is not None


def test_two_translations_are_same_and_misquotes_stay_drift(tmp_path, stand_in):
    db = load(tmp_path, [
        doc("wire-one", "2031-04-02",
            '"In these hard days, the government has to be present in the ports," said Ines Marlo.',
            '"We will cut the fishing quotas by a fifth next season," said Ines Marlo.'),
        doc("wire-two", "2031-04-02",
            '"In these difficult moments, the government must be present in the ports," said Ines Marlo.'),
        doc("weekly", "2031-04-03",
            '"We will raise the fishing quotas by a fifth this season," said Ines Marlo.'),
        doc("digest", "2031-04-03",
            '"In these difficult moments, the government may be present in the ports," said Ines Marlo.'),
    ])
    hard = claim_id(db, "wire-one", "hard days")
    found = link_between(db, hard, claim_id(db, "wire-two", "difficult moments"))
    assert found is not None and found["kind"] == "same"
    # two words changed in a quotation copied otherwise: a misquote
    quota = link_between(db, claim_id(db, "wire-one", "quotas"), claim_id(db, "weekly", "quotas"))
    assert quota is not None and quota["kind"] == "drift"
    # "has to" and "may" are not one modal force
    modal = link_between(db, hard, claim_id(db, "digest", "may be present"))
    assert modal is not None and modal["kind"] == "drift" and "modality" in modal["diff"]["meaning"]


def test_a_translation_swaps_whole_phrases():
    hard = _info(1, "x", "In these hard days, the government has to be present in the ports")
    other = _info(2, "y", "In these difficult moments, the government must be present in the ports")
    assert decide.kind_of(hard, other)[0] == "same"
    # a phrase shortened to a word ("the people of the coast" -> "fishermen") is a misquote
    long_ = _info(3, "x", "In these hard days the state must help the people of the coast to keep boats and homes")
    short = _info(4, "y", "In these difficult days the state must help fishermen to keep boats and homes")
    assert decide.kind_of(long_, short)[0] == "drift"


def test_a_paraphrase_against_a_misquote_that_lost_its_not_is_a_conflict():
    misquote = _info(1, "trawler", "We will risk the future of the herring stock for one good summer")
    para = _info(2, "gazette", "she was not prepared to risk the future of the herring stock on a single good summer",
                 "indirect", "2031-04-03")
    # the "not" sits in a five-word change ("We will" / "she was not prepared to"): still a flip
    kind, diff = decide.kind_of(misquote, para)
    assert kind == "conflict" and "negation" in json.loads(diff)["meaning"]
    # the "not" kept on both sides, the rest reworded: no flip
    quote = _info(3, "wire", "We will not risk the future of the herring stock for one good summer")
    assert decide.kind_of(quote, para)[0] == "same"
    # a "not" before words the other side does not have negates nothing it says
    assert "negation" not in word_diff("We are not the owners of this new round of the quota fight",
                                       "the fleet's new quota fight").get("meaning", ())
    # "not A but B" affirms B
    assert "negation" not in word_diff("the board called the trawlers illegal boats",
                                       "the trawlers were not licensed but illegal boats").get("meaning", ())
