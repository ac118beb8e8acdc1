"""Names with accented letters are read whole, and given back as written.

Invented names and sentences.  The rules' name patterns are ASCII, so a name was
cut at its first accented letter ("Gerhard Schr") or lost a first name with one
("José ..."); ``extract.latin`` lets the rules read plain letters at the same
offsets and puts the article's own letters back."""

from __future__ import annotations

import pytest

from datasette_claims.articles import article_from_document
from datasette_claims.extract import extract_claims
from datasette_claims.extract.latin import fold, restore
from datasette_claims.models import Article, Claim, Document, Span


def _claims(text: str):
    return extract_claims(article_from_document(Document(text=text, path="x.txt")))


def _only(text: str):
    claims = _claims(text)
    assert len(claims) == 1, [c.content.text for c in claims]
    return claims[0]


@pytest.mark.parametrize("name", ["Ingrid Bröckel", "Tomás Aldunez", "Renée Vashaud", "Kazimierz Wółtek",
                                  "Søren Haldrup", "Dragan Petković"])
def test_an_accented_surname_or_forename_is_kept_whole(name):
    c = _only(f"{name} said the ferry contract would be signed in the spring.")
    assert c.speaker == name
    assert c.sourcing == "named_person"


def test_an_accented_first_name_opens_the_name_after_a_clause():
    c = _only("The ferry contract is void, said Émile Darcourt on Tuesday.")
    assert c.speaker == "Émile Darcourt"


def test_a_quoted_trailer_with_an_accented_name():
    c = _only('"We will not sign this contract," said Jovana Mirković, the harbour minister.')
    assert c.speaker == "Jovana Mirković"
    assert c.quote_type == "direct"


def test_every_span_is_the_original_text():
    text = "Former mayor Anaïs Lefébure said the café on the quay would close in Besançon next year."
    article = article_from_document(Document(text=text, path="x.txt"))
    (c,) = extract_claims(article)
    for span in (c.content, c.source, c.cue):
        if span is not None:
            assert span.text == article.text[span.start:span.end]
    assert "café" in c.content.text and "Besançon" in c.content.text
    assert c.speaker == "Anaïs Lefébure"


def test_an_organisation_named_in_its_own_language_is_no_person():
    c = _only("Médecins du Quai said the clinic had been shelled twice.")
    assert c.sourcing == "named_org"


def test_an_ascii_article_is_not_copied():
    text = "Harbour chief Ida Norland said the quay would reopen."
    assert fold(text) is text


def test_the_fold_keeps_length_and_case():
    word = "ÉlodieŁukaszØresundßÞ"
    folded = fold(word)
    assert len(folded) == len(word)
    assert folded == "ElodieLukaszOresundsT"


def test_a_word_spelled_both_ways_is_left_folded():
    text = "Lena Muller and Lena Müller said so."
    article = Article(id="a", text=text)
    claim = Claim(id="a:0-1", content=Span(0, 4, "Lena"), speaker="Lena Muller")
    restore([claim], article)
    assert claim.speaker == "Lena Muller"  # nothing says which spelling was meant


def test_a_word_spelled_one_way_gets_its_letters_back():
    text = "Lena Müller said so."
    article = Article(id="a", text=text)
    claim = Claim(id="a:0-1", content=Span(0, 4, "Lena"), speaker="Lena Muller", speaker_role="mayor of Malmo",
                  hedges=["Muller"])
    restore([claim], article)
    assert claim.speaker == "Lena Müller"
    assert claim.speaker_role == "mayor of Malmo"
    assert claim.hedges == ["Müller"]
