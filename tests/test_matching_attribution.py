"""Two speaker names that look like two people, where the claims' own
attribution text doubts it (``matching.attribution``).

Every report is invented (the invented republic of Kessel).  The loader
test uses a small stand-in extractor that, like a real one at times,
takes the wrong name for a speaker while keeping the attribution it read.
"""

from __future__ import annotations

import re

import pytest
from test_matching_crossreport import claim_id, doc, link_between, load, story

from datasette_claims import loader
from datasette_claims.matching import attribution, decide
from datasette_claims.models import Claim, Span


def _info(i, content, name, source, published="2031-04-02", quote_type="mixed"):
    return decide.ClaimInfo(i, f"a{i}:0-1", f"a{i}", f"speaker-{i}", content, quote_type, published, f"a{i}",
                              name, None, source)


def test_the_attribution_naming_the_other_speaker():
    assert attribution.names_other("the opposition leader Maren Solberg", "Solberg")
    assert attribution.names_other("the opposition leader Maren Solberg", "Maren Solberg")
    assert not attribution.names_other("the opposition leader Maren Solberg", "Piet Andersen")
    assert not attribution.names_other(None, "Solberg")


def test_a_name_cut_in_a_word():
    assert attribution.cut_in_word("Fluviale Kes", "Société Fluviale Kesselaise (SFK), a ferry operator")
    assert not attribution.cut_in_word("Piet Andersen", "Piet Andersen, the harbour master")
    assert not attribution.cut_in_word("Piet Andersen", "he")


def test_a_pronoun_attribution():
    assert attribution.referring("who") and attribution.referring(" He ")
    assert not attribution.referring("Piet Andersen") and not attribution.referring("the minister")


MISREAD = _info(1, 'the referendum was a "charade"', "Piet Andersen", "the opposition leader Maren Solberg")
RIGHT = _info(2, 'the referendum "a charade"', "Solberg", "Solberg")


def test_a_misread_speaker_no_longer_vetoes_the_link():
    assert decide.relation(MISREAD, RIGHT) == decide.UNKNOWN
    assert decide.link(MISREAD, RIGHT, decide.DEFAULT_THRESHOLD) is not None


def test_two_names_their_own_attributions_confirm_stay_apart():
    other = _info(1, 'the referendum was a "charade"', "Piet Andersen", "Piet Andersen")
    assert decide.relation(other, RIGHT) == decide.DIFFERENT
    assert decide.link(other, RIGHT, decide.DEFAULT_THRESHOLD) is None


def test_doubt_counts_only_for_reports_days_apart():
    later = _info(2, RIGHT.content, "Solberg", "Solberg", published="2031-06-20")
    assert decide.relation(MISREAD, later) == decide.DIFFERENT
    assert decide.link(MISREAD, later, decide.DEFAULT_THRESHOLD) is None


def test_a_pronoun_speaker_with_a_different_statement_stays_apart():
    a = _info(1, "I would like to thank the crews of the night ferry for their work", "Piet Andersen", "he")
    b = _info(2, "The new harbour wall will be finished before the winter storms", "Maren Solberg", "Maren Solberg")
    assert decide.relation(a, b) == decide.UNKNOWN
    assert decide.link(a, b, decide.DEFAULT_THRESHOLD) is None


# -- through the loader --------------------------------------------------------------------------

# "<Name> called the referendum "<q>"." with the attribution the name itself, and
# "<First Name> ..., but <attribution> said <q>." where the stand-in (wrongly)
# takes the first name in the sentence for the speaker.
CALLED = re.compile(r'^(?P<who>[A-Z][\w-]+) called (?P<q>the [^"\n]+"[^"\n]+")\.$', re.MULTILINE)
BUT = re.compile(
    r"^(?P<first>[A-Z]\w+ [A-Z]\w+) [^\n]*?, but (?P<src>the [^\n]*?[A-Z]\w+) said (?P<q>[^\n]+?)\.$", re.MULTILINE
)


def misreading_extractor(article):
    out = []
    for pattern, who, src in ((CALLED, "who", "who"), (BUT, "first", "src")):
        for m in pattern.finditer(article.text):
            s, e = m.span("q")
            ss, se = m.span(src)
            out.append(Claim(id=f"{article.id}:{s}-{e}", content=Span(s, e, article.text[s:e]),
                             speaker=m.group(who), source=Span(ss, se, article.text[ss:se]),
                             sourcing="named_person", quote_type="partial", said_on=article.published,
                             rule="test.attribution"))
    return out


@pytest.fixture
def misreading(monkeypatch):
    monkeypatch.setattr(loader, "extract_claims", misreading_extractor)


def test_a_misread_attribution_links_through_the_loader(tmp_path, misreading):
    db = load(tmp_path, [
        doc("herald", "2031-04-02",
            'Piet Andersen called the count "flawless", but the opposition leader Maren Solberg said the '
            'referendum was a "charade".'),
        doc("gazette", "2031-04-02", 'Solberg called the referendum "a charade".'),
    ])
    misread = claim_id(db, "herald", "charade")
    right = claim_id(db, "gazette", "charade")
    assert db.execute("select speaker from claims where id = ?", [misread]).fetchone()[0] == "Piet Andersen"
    assert link_between(db, misread, right) is not None
    assert story(db, misread) == story(db, right) is not None


def test_an_office_is_not_an_organisation_set_against_its_holder():
    from datasette_claims.matching.aliases import DIFFERENT, UNKNOWN, speaker_relation

    # the office a named person may hold: the words decide
    assert speaker_relation("the Chairman of the KFU", "Greta Lindqvist") == UNKNOWN
    assert speaker_relation("KFU Secretary-General", "Greta Lindqvist") == UNKNOWN
    # a body, or two bodies, stay apart from a person and each other
    assert speaker_relation("the Kessel Ferry Union", "Greta Lindqvist") == DIFFERENT
    assert speaker_relation("the Kessel Ferry Union", "the Marlow Harbour Council") == DIFFERENT
