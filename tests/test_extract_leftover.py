"""Quotations no reporting-verb rule took are still claims (invented sentences)."""

from __future__ import annotations

from extract_helpers import run


def _by_text(claims, text):
    found = [c for c in claims if c.content.text.strip(" \"\u201c\u201d.,") == text]
    assert found, [(c.content.text, c.rule) for c in claims]
    return found[0]


def test_a_quotation_after_an_unlisted_verb_takes_the_subject_as_source():
    claims = run('The harbour master quotes "every ship will be inspected before it docks" in his letter.')
    c = _by_text(claims, "every ship will be inspected before it docks")
    assert c.rule == "quote.unattributed"
    assert c.source.text == "The harbour master"


def test_a_signed_testimonial_is_its_signers():
    claims = run("Readers wrote in.\n\n\u201cThe new bridge is a waste of money and time.\u201d \u2015 Ana Ruiz")
    c = _by_text(claims, "The new bridge is a waste of money and time")
    assert c.speaker == "Ana Ruiz" and c.rule == "direct.signed"


def test_a_quoted_transcript_line_is_its_labelled_speakers():
    claims = run('Later that night: "MORALES: The toll will not rise this year, and that is final."')
    c = [c for c in claims if "toll will not rise" in c.content.text][0]
    assert not c.content.text.startswith("MORALES")


def test_scare_quotes_and_titles_are_not_claims():
    claims = run('The council called the plan "bold" and screened "The Long Harbour Road" on Sunday.')
    assert not [c for c in claims if c.rule and c.rule.startswith("quote.")]


def test_a_quotation_with_no_subject_has_no_speaker():
    claims = run('Then, after a pause: "we will have to start all over again next spring."')
    c = _by_text(claims, "we will have to start all over again next spring")
    assert c.speaker is None and c.source is None and c.sourcing == "author"


def test_a_cited_article_title_with_its_byline_is_not_a_claim():
    text = ('WEEKEND READS\u2014"Ferry service to end at the old pier next month," by the Harbour Gazette\'s '
            'Lena Voss: http://example.org/x.\n\n"Tram line 9 will be rebuilt for the winter season," '
            'by Post\'s Omar Reyes.')
    claims = run(text)
    assert not [c for c in claims if "Ferry service" in c.content.text or "Tram line" in c.content.text]


def test_a_quotation_followed_by_narration_about_by_stays():
    claims = run('The mayor\'s note ended: "the tunnel will open before the summer holidays," by all accounts '
                 'a bold promise.')
    assert [c for c in claims if "tunnel will open" in c.content.text]


def test_a_passive_agent_after_a_quotation_is_still_its_speaker():
    claims = run('The levy was branded "a tax on every fisherman in the bay" by Councillor Ida Marsh.')
    assert [c for c in claims if "tax on every fisherman" in c.content.text]
