"""Who a title or a pronoun stands for.

Invented sentences.  A title standing alone ("the harbour commissioner") with no
earlier holder went to whoever was most mentioned just before it, whatever that
person's own office; it is now the person named with that title afterwards.  A
"he" after a sentence that opens with a fronted clause ("Although Roe ..., Kelp
stated ...") went to the name in that clause; the main clause's subject comes
first now."""

from __future__ import annotations

import pytest

from datasette_claims.articles import article_from_document
from datasette_claims.extract import extract_claims
from datasette_claims.models import Document


def _speakers(text: str):
    claims = extract_claims(article_from_document(Document(text=text, path="x.txt")))
    return [c.speaker for c in claims]


@pytest.mark.parametrize("text, speakers", [
    # named afterwards
    ("Jo Roe, the port director, said the fees were fair. The harbour commissioner said that the ferry fees would "
     "rise in May. Harbour Commissioner Ann Kelp later met the unions.", ["Jo Roe", "Ann Kelp"]),
    # a longer description of the same title
    ("Officials met on Monday. The Kelpish state harbour commissioner is confirming that the ferry fees will rise in "
     "May. But Harbour Commissioner Ann Kelp is not saying by how much.", ["Ann Kelp"]),
    # after a named owner, before an adverbial aside
    ("Kelp Aid Secretary General Jo Kelp said the camp should close. Later, Kelp Aid's Secretary General, in her "
     "introduction to the report, said the harbour was a model.", ["Jo Kelp", "Jo Kelp"]),
])
def test_a_title_standing_alone_is_its_holder(text, speakers):
    assert _speakers(text) == speakers


def test_someone_related_to_a_title_is_not_its_holder():
    got = _speakers("Officials met on Monday. A neighbour of the harbour commissioner said that the ferry fees "
                    "would rise in May. Harbour Commissioner Ann Kelp declined to comment.")
    assert got == ["A neighbour of the harbour commissioner"]


def test_an_indefinite_title_is_still_the_holder_named_next():
    got = _speakers("A Kelpish judge has ruled that the ferry fees were lawful. "
                    "Judge Ann Kelp said the port had followed the rules.")
    assert got == ["Ann Kelp", "Ann Kelp"]


def test_a_pronoun_after_a_fronted_clause_is_the_main_clause_subject():
    # "Although Roe ..., Kelp stated ...": Roe is in the fronted clause, Kelp is the subject
    text = ("Although Tom Roe is not on the list of suspects, Port Minister Bill Kelp stated that a reward had been "
            "offered for Roe's arrest. He refused to speculate, saying that \"it is too early to say.\"")
    assert _speakers(text) == ["Bill Kelp", "Bill Kelp"]


def test_a_title_in_an_apposition_is_not_read_for_the_head_before_it():
    # "the head of the Union, Kelpland's President Jo Roe, said": not the earlier head of another body
    got = _speakers("The head of the Harbour Commission, Ann Kelp, said the pier would close. "
                    "On trade, the head of the Kelp Union, Kelpland's President Jo Roe, said tariffs would fall.")
    assert got[0] == "Ann Kelp"
    assert got[1] != "Ann Kelp"
