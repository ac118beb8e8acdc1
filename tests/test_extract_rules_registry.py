"""Every ``rule`` a claim carries is registered in ``assemble.PASSES``.

The table of passes is the one place that says which rule ids exist and which
pass may emit each; a new rule id (or a pass emitting another pass's id) must
be added there, or these tests fail.  The sentences are invented.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from datasette_claims.extract import assemble, extract_claims
from datasette_claims.models import Article

REGISTERED = {rule for rule_pass in assemble.PASSES for rule in rule_pass.rules}

# One invented text per family of constructions: reporting verbs in every
# frame, "according to", nested and passive attribution, noun cues, colon and
# dash quotations, continuations, hedges, headlines.
TEXTS = [
    '"The river is ours again," Mayor Lina Osk said on Tuesday.',
    "\u201cWe will rebuild the harbour,\u201d said Tomas Verhal, the port director.",
    '"The tolls," said Ada Brenn, "will fall next spring."',
    'Ada Brenn said: "The tolls will fall next spring and the ferry will run again."',
    "The council will vote on the budget next week, officials said.",
    "The plan, advisers say, will cost less than the bridge.",
    "Ivo Petrak said that the mill would reopen in May.",
    "Ivo Petrak told reporters the mill would reopen in May.",
    "The mill will reopen in May, said the union spokeswoman.",
    "Lina Osk praised the ferry crews, adding that the service had never been better.",
    "Noting that the vote was close, Osk said she would ask for a recount.",
    "Tomas Verhal wrote about the storm that flooded the lower town.",
    "The harbour will close for a week, according to the port authority.",
    "According to the port authority, the harbour will close for a week.",
    "The mayor was quoted as saying the tunnel was safe.",
    "The paper cited an unnamed official as saying the tunnel was safe.",
    "When asked about the tolls, Osk said they would stay.",
    "The plan drew sharp criticism from the farmers' union.",
    "Osk's promise to cut the tolls was welcomed by drivers.",
    "The ferry reportedly sank near the breakwater.",
    "Reportedly, the ferry sank near the breakwater.",
    "Jane Roe, a former adviser to the mayor, said the bridge was unsafe.",
    "Ada Brenn: \"The tolls will fall next spring.\"",
    'Ivo Petrak spoke at the dock.\n\n"We have waited ten years for this bridge," he said.\n\n'
    '"It changes everything for the valley."',
    "Osk Says Tolls Will Fall Next Spring",
    "Lina Osk denied that the council had hidden the report.",
    "The union called for a strike and urged members to stay home.",
    "The probe, which the agency said was still ongoing, has found nothing.",
    'The senator condemned the governor\'s promise to keep the fund "untouched forever".',
    'The harbour was quiet.\n\n"We will not give up the fight for the valley and its people."',
]


def _rules(text: str) -> list[str]:
    return [c.rule for c in extract_claims(Article(id="r", text=text, published="2024-03-06"))]


def test_table_is_well_formed():
    names = [p.name for p in assemble.PASSES]
    assert len(names) == len(set(names))
    for rule_pass in assemble.PASSES:
        assert callable(rule_pass.run)
        for rule in rule_pass.rules:
            assert re.fullmatch(r"[a-z_]+\.[a-z_]+", rule), rule


@pytest.mark.parametrize("text", TEXTS)
def test_every_emitted_rule_is_registered(text):
    rules = _rules(text)
    assert rules, "no claim at all: the example no longer exercises a rule"
    assert set(rules) <= REGISTERED, (set(rules) - REGISTERED, text)


def test_the_examples_reach_many_rules():
    fired = set()
    for text in TEXTS:
        fired.update(_rules(text))
    # not a coverage target: a guard that the examples above still exercise
    # most families, so that the test keeps its teeth
    families = {rule.split(".")[0] for rule in fired}
    assert len(fired) >= 15, sorted(fired)
    assert {"direct", "indirect", "according_to", "hedge"} <= families, sorted(families)


def test_each_pass_emits_only_its_own_rules(monkeypatch):
    """Stricter: a claim a pass adds carries one of that pass's rule ids."""
    emitted: dict[str, set] = {}

    def watch(rule_pass):
        def run(ctx):
            before = {id(c) for c in ctx.claims}
            rule_pass.run(ctx)
            emitted.setdefault(rule_pass.name, set()).update(
                c.rule for c in ctx.claims if id(c) not in before)
        return assemble.Pass(rule_pass.name, run, rule_pass.rules)

    monkeypatch.setattr(assemble, "PASSES", tuple(watch(p) for p in assemble.PASSES))
    for text in TEXTS:
        assemble.build(Article(id="r", text=text, published="2024-03-06"))
    registered = {p.name: set(p.rules) for p in assemble.PASSES}
    for name, rules in emitted.items():
        assert rules <= registered[name], (name, rules - registered[name])
    assert sum(len(r) for r in emitted.values()) >= 15


PIECES = st.sampled_from([
    " said", " says", " told reporters", " according to", ", adding that", " that ", "\"",
    "\u201c", "\u201d", "'", ": ", ", ", ". ", "\n\n", " he", " She", " Jane Roe", " officials",
    " reportedly", " as saying", " citing an official", " on Tuesday", " called for", " denied",
    " criticism from", " was quoted", " in a statement", " the minister",
])
TEXT = st.lists(st.one_of(PIECES, st.text(max_size=8)), max_size=30).map("".join)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXT)
def test_fuzzed_text_emits_only_registered_rules(text):
    assert set(_rules(text)) <= REGISTERED
