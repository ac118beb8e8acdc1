"""Round 42 (sourcing types): a second sourcing-type audit (issue #10 part 3).

The classes round 39 left, fixed where a general rule reads them: a body or a
written text called by its common noun with "the" ("the panel said", "the
draft states") fell to ``anonymous_generic``; a poll made for an outlet was the
outlet's; a capitalised plural of people opening a sentence ("Mourners say")
was one named body; a firm named for its industry ("Kelp Exploration") a
person.  Invented sentences and names only."""

from __future__ import annotations

import pytest

from datasette_claims.extract.sourcing import agent_verbs, classify, group_plural_word
from tests.extract_helpers import run

LEAD = "Port Halden harbour news\n\nThe ferry sank on Monday near Port Halden. "


def _codes(claims, source):
    return [c.sourcing for c in claims if c.source is not None and c.source.text == source]


@pytest.mark.parametrize(("mention", "code"), [
    # a single institution by its common noun, with "the": the body the story named
    ("the coastguard", "named_org"),
    ("The panel", "named_org"),
    ("the advisory panel", "named_org"),
    ("The jury", "named_org"),
    ("The delegation", "named_org"),
    ("the bureau", "named_org"),
    ("The country", "named_org"),
    # a written text that speaks for itself
    ("The draft", "document"),
    ("the legislation", "document"),
    ("The new legislation", "document"),
    ("the patent", "document"),
    ("The budget", "document"),
    ("a travel advisory", "document"),
    ("The warrant", "document"),
    # a poll made for or by an outlet named after "for"/"by" is still the poll's
    ("early results of exit polls conducted for the Associated Press and television networks", "document"),
    ("exit polls conducted by Halden Research for the Kelp Times", "document"),
    ("Western Journalism", "media_report"),
    ("op-eds", "media_report"),
    # guards: a group that leads in the polls is no poll; (round 50) an outlet's own poll is a document, as the
    # sourcing labels have "Washington Post-ABC News poll"
    ("A CNN exit poll", "document"),
    ("Democrats leading in the polls for the Senate", "collective_unnamed"),
    ("the Associated Press", "media_report"),
    # guards: "a panel" is no body the story named; people stay people
    ("a panel", "anonymous_generic"),
    ("the airline", "named_org"),
])
def test_the_kind_of_a_mention(mention, code):
    assert classify(mention, False, "say") == code


@pytest.mark.parametrize(("mention", "code"), [
    ("Marlow Exploration", "named_org"),
    ("Halden Dredging", "named_org"),
    ("Vorla Oil", "named_org"),
    # guard: a person whose surname is no industry's word
    ("Mara Lind", "named_person"),
])
def test_a_firm_named_for_its_industry_is_no_person(mention, code):
    assert classify(mention, True, "say") == code


def test_a_body_by_its_common_noun_in_a_sentence():
    text = LEAD + ("A panel of three judges heard the appeal from Mara Lind. "
                   "The panel said the ferry company had ignored the weather warnings. "
                   "The draft of the new harbour rules states that no ferry may sail in a gale.")
    claims = run(text)
    assert _codes(claims, "The panel") == ["named_org"], [(c.source and c.source.text, c.sourcing) for c in claims]
    assert _codes(claims, "The draft of the new harbour rules") == ["document"], \
        [(c.source and c.source.text, c.sourcing) for c in claims]


@pytest.mark.parametrize(("sentence", "source"), [
    ("Mourners say the harbour will never be the same.", "Mourners"),
    ("Meteorologists say the storm turned north overnight.", "Meteorologists"),
    ("Kelplandians say the ferry line has been neglected for years.", "Kelplandians"),
])
def test_a_capitalised_plural_of_people_opening_a_sentence_is_a_group(sentence, source):
    text = LEAD + "Hundreds gathered at the quay to mourn the crew. " + sentence
    claims = run(text)
    assert _codes(claims, source) == ["collective_unnamed"], \
        [(c.source and c.source.text, c.sourcing) for c in claims]


def test_a_lone_surname_shaped_like_a_plural_stays_a_name():
    # "Desmoliers" could be a plural of "-iers", but the article writes no verb "desmoli": a name, not a group
    claims = run(LEAD + "Desmoliers said the ferry had sailed against the harbour master's advice.")
    assert "collective_unnamed" not in _codes(claims, "Desmoliers"), \
        [(c.source and c.source.text, c.sourcing) for c in claims]


def test_a_plural_written_after_a_name_is_a_surname():
    text = LEAD + ("Jo Traders runs the ferry office. "
                   "Traders said the ferry had sailed against the harbour master's advice. "
                   "Fishermen trade on the quay every morning.")
    claims = run(text)
    assert "collective_unnamed" not in _codes(claims, "Traders"), \
        [(c.source and c.source.text, c.sourcing) for c in claims]


@pytest.mark.parametrize(("word", "shaped"), [
    ("Mourners", True), ("Anthropologists", True), ("Detainees", True), ("Kelplandians", True),
    ("Documents", False), ("Comments", False), ("Papers", False), ("Caltrain", False), ("Roe", False),
])
def test_group_plural_word(word, shaped):
    assert group_plural_word(word) is shaped


def test_agent_verbs():
    assert "mourn" in agent_verbs("Mourners") and "mourning" in agent_verbs("Mourners")
    assert "blog" in agent_verbs("Bloggers")
    assert "vote" in agent_verbs("Voters")
    assert agent_verbs("Detainees") == ()


@pytest.mark.parametrize(("mention", "code"), [
    # one holder of an office in a body, with "the" or an owner, or after the body's name with no determiner
    ("the harbour police commander", "named_person"),
    ("the company manager", "named_person"),
    ("The Navy's commander", "named_person"),
    ("Jo Roe's campaign manager", "named_person"),
    ("Kelpish opposition leader", "named_person"),
    ("campaign chief", "named_person"),
    ("Kelp Labour leader", "named_person"),
    # guards: one of many, or one unnamed person placed in a body
    ("The manager of one bar", "anonymous_generic"),
    ("a union leader", "unnamed_official"),
    ("party leaders", "collective_unnamed"),
    # an outlet's editorial board speaks for the outlet
    ("the editorial board", "media_report"),
    ("the paper's editorial board", "media_report"),
    ("the harbour board", "named_org"),
])
def test_an_office_holder_and_an_editorial_board(mention, code):
    assert classify(mention, False, "say") == code


@pytest.mark.parametrize(("mention", "code"), [
    # an outlet by its common noun
    ("the magazine", "media_report"),
    # groups of parties or people by a lower-case collective noun
    ("Both parties", "collective_unnamed"),
    ("opposition parties", "collective_unnamed"),
    ("the international community", "collective_unnamed"),
    # texts and findings that speak for themselves
    ("The ads", "document"),
    ("new evidence", "document"),
    # guard: two named bodies before an apposition
    ("Kelp Front and Vole League, after strife between the parties", "named_org"),
])
def test_outlets_groups_and_texts_by_common_nouns(mention, code):
    assert classify(mention, False, "say") == code
