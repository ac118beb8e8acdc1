""""According to X, Y said that Z": Z is Y's claim, relayed by X.

Invented sentences. The according-to rule took the whole reported clause as X's
content ("Y said that Z", credited to X), so the person who said it was lost.
"""

import pytest

from datasette_claims.extract import extract_claims
from datasette_claims.models import Article


def claims_of(text):
    return [c for c in extract_claims(Article(id="t", text=text))]


@pytest.mark.parametrize(
    "text, speaker, via, content",
    [
        ("According to the Harbour Times, the inspector says that he found the leak by accident.",
         "the inspector", "the Harbour Times", "he found the leak by accident"),
        ("Mayor Jo Quillon also claimed that the ferry had never made a profit, according to the Bay Courier.",
         "Jo Quillon", "the Bay Courier", "the ferry had never made a profit"),
        ("According to Kelp Radio, Ana Roe told reporters that the strike would end on Friday.",
         "Ana Roe", "Kelp Radio", "the strike would end on Friday"),
    ],
)
def test_the_inner_speaker_speaks_and_the_according_source_relays(text, speaker, via, content):
    (c,) = claims_of(text)
    assert (c.speaker, c.via, c.content.text) == (speaker, via, content)


def test_a_possessed_document_is_the_medium_not_a_relay():
    (c,) = claims_of("The central bank has warned that inflation could reach 7 percent, according to its latest "
                     "report.")
    assert (c.speaker, c.via, c.content.text) == ("The central bank", None, "inflation could reach 7 percent")
    assert c.sourcing == "named_org"


@pytest.mark.parametrize(
    "text, speaker, content",
    [
        ("According to the report, ferry fares rose sharply.", "the report", "ferry fares rose sharply"),
        ("Ferry fares rose sharply, according to the Bay Courier.", "Bay Courier", "Ferry fares rose sharply"),
    ],
)
def test_a_plain_according_to_is_unchanged(text, speaker, content):
    (c,) = claims_of(text)
    assert (c.speaker, c.via, c.content.text) == (speaker, None, content)


def test_a_bare_clause_after_said_is_relayed_too():
    from datasette_claims.extract import extract_claims
    from datasette_claims.models import Article

    text = ("Officials said the pier repairs would cost more than the pier itself, "
            "according to papers seen by the Harbour Times.")
    [claim] = extract_claims(Article(id="a", text=text))
    assert claim.content.text == "the pier repairs would cost more than the pier itself"
    assert claim.speaker == "Officials" and claim.via == "papers seen by the Harbour Times"


def test_a_noun_object_is_not_a_relayed_clause():
    from datasette_claims.extract import extract_claims
    from datasette_claims.models import Article

    text = "According to the Harbour Times, Ivo Brandt announced the new timetable at the pier on Monday."
    assert [c.speaker for c in extract_claims(Article(id="a", text=text))] == ["Harbour Times"]


@pytest.mark.parametrize(
    "text, speaker, via, content",
    [
        ('"Ferry fares will be frozen until 2029," Karl Vole said, according to the ministry\'s summary.',
         "Karl Vole", "the ministry's summary", "Ferry fares will be frozen until 2029"),
        ('"We will not sell the port," said Ann Roe, according to the Harbour Gazette.',
         "Ann Roe", "the Harbour Gazette", "We will not sell the port"),
    ],
)
def test_a_quotation_with_its_speaker_is_relayed_not_the_sources(text, speaker, via, content):
    (c,) = claims_of(text)
    assert (c.speaker, c.via, c.content.text, c.quote_type) == (speaker, via, content, "direct")
    assert c.rule == "according_to.relayed_quote"


def test_the_relay_after_said_without_a_comma_is_no_content():
    (c,) = claims_of('"The harbour will stay open," Ann Roe said according to reports.')
    assert (c.speaker, c.via, c.content.text) == ("Ann Roe", "reports", "The harbour will stay open")
