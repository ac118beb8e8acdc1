"""The twenty-seventh speed pass's helper with a contract of its own:
``Claim.replaced`` is ``dataclasses.replace`` for a claim, built faster."""

from __future__ import annotations

import dataclasses

import pytest

from datasette_claims.models import Claim, Span


def _claim() -> Claim:
    text = 'Mara Lind said the ferry to Port Halden "will run all winter."'
    c = Claim("doc:15-62", Span(15, 62, text[15:62]), source=Span(0, 9, "Mara Lind"), cue=Span(10, 14, "said"),
              speaker="Mara Lind", sourcing="named_person", hedges=["reportedly"], confidence=0.8,
              rule="indirect.trailer")
    c._lemma, c._hedged, c._app = "say", True, (0, 9)
    return c


def test_replaced_is_dataclasses_replace():
    c = _claim()
    changes = dict(id="doc:15-40", content=Span(15, 40, "the ferry to Port Halden"), quote_type="mixed",
                   hedges=list(c.hedges), utterance_id="doc:u1")
    want, got = dataclasses.replace(c, **changes), c.replaced(**changes)
    assert got == want
    assert got.__dict__ == want.__dict__ and list(got.__dict__) == list(want.__dict__)
    assert got.as_dict() == want.as_dict() and got.json_fields() == want.json_fields()
    # the notes are not carried over: they read as their defaults, as after replace
    assert (got._lemma, got._hedged, got._app) == (None, False, None)
    # a new claim: changing it leaves the original as it was
    got.speaker = "Jo Roe"
    assert c.speaker == "Mara Lind" and c.id == "doc:15-62"


def test_replaced_refuses_what_init_does_not_take():
    c = _claim()
    with pytest.raises(TypeError):
        c.replaced(speeker="Jo Roe")
    with pytest.raises(TypeError):
        c.replaced(_lemma="tell")
