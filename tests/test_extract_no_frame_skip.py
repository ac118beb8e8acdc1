"""The early exit of ``verbal._no_left_frame``: a cue that no left frame can
follow skips the source searches, and what is extracted stays the same as
when every cue runs the whole path. Invented sentences, one per frame kind."""

import pytest

from datasette_claims.extract import verbal
from datasette_claims.extract.assemble import build
from datasette_claims.models import Article
from tests.extract_helpers import run

# Each makes a claim through one frame of ``_left_frame`` (so the skip must not
# fire), or none at all (so the skip may).
FRAME_TEXTS = [
    '"The ferry will sail at noon," Jane Roe said.',                      # direct trailer
    '"The ferry will sail," Roe told the captain.',                       # short-object trailer
    'The ferry will not sail before noon, harbour officials said.',       # comma trailer
    'The ferry, officials say, will not sail before noon.',               # parenthetical
    'Roe said: "The ferry will sail at noon and not a minute later."',    # intro
    'Roe said, "The ferry will sail at noon."',                           # intro after a comma
    'Roe said the ferry would sail at noon.',                             # complement
    'Roe believes that the ferry will sail at noon.',                     # weak verb with "that"
    'A poll released by the port shows the ferry is late.',               # data source
    'Roe told reporters in the harbour last week, "The ferry sails at noon."',  # adjuncts, quotation
    'Roe wrote about the ferry strike.',                                  # prepositional object
    'Roe knows the ferry timetable by heart.',                            # weak verb: no claim
    'The ferry is expected to sail at noon on Friday.',                   # passive: no claim
    'Roe continues to sail the ferry every morning.',                     # no claim
    '"We sail at noon." Roe believed the captain knew the sea.',          # quotation just before
    # a weak verb ("know", "talk", "hint", "show"): only one frame can follow
    'Roe knows: "The ferry never sails on time, whatever they say."',     # intro
    '"The ferry never sails on time," Roe knows.',                        # trailer
    'Roe talked about the ferry strike.',                                 # prepositional object
    'Roe hinted at a meeting of the harbour board last week, "The ferry will sail on time."',
    'A new poll shows the ferry is late.',                                # data source
]


def _claims(text):
    return [(c.content.text, c.rule, c.source.text if c.source else None) for c in run(text)]


@pytest.mark.parametrize("text", FRAME_TEXTS)
def test_the_skip_changes_nothing(text, monkeypatch):
    fast = _claims(text)
    monkeypatch.setattr(verbal, "_no_left_frame", lambda ctx, cue, adj: False)
    assert _claims(text) == fast


@pytest.mark.parametrize("text", FRAME_TEXTS)
def test_the_checked_skip_finds_no_frame_on_the_full_path(text, monkeypatch):
    monkeypatch.setattr(verbal, "CHECK_NO_FRAME", True)
    build(Article(id="t", text=text, published="2024-03-06"))  # raises if a skipped cue had a frame


def test_the_skip_fires_on_a_cue_that_reports_nothing(monkeypatch):
    seen = []
    real = verbal._no_left_frame

    def spy(ctx, cue, adj):
        seen.append((cue.form, real(ctx, cue, adj)))
        return seen[-1][1]

    monkeypatch.setattr(verbal, "_no_left_frame", spy)
    assert run("The ferry is expected to sail at noon on Friday.") == []
    assert ("expected", True) in seen
    seen.clear()
    run("Roe said the ferry would sail at noon.")
    assert ("said", False) in seen


def test_the_check_catches_a_wrong_skip(monkeypatch):
    monkeypatch.setattr(verbal, "CHECK_NO_FRAME", True)
    monkeypatch.setattr(verbal, "_no_left_frame", lambda ctx, cue, adj: True)
    with pytest.raises(AssertionError):  # (``build`` without a failures list raises)
        build(Article(id="t", text="Roe said the ferry would sail at noon.", published="2024-03-06"))


def test_a_quotation_closing_in_the_unit_is_seen():
    from datasette_claims.extract.context import Ctx  # noqa: F401  (the type the helper reads)

    class _Q:
        def __init__(self, open_at, close_at, closed=True):
            self.open_at, self.close_at, self.closed = open_at, close_at, closed

    class _C:
        text = 'A "b c," d said. E said'
        quotes = [_Q(2, 8)]
        qstarts = [2]

    assert verbal._quote_closes_in_unit(_C, 0, 12)       # closes at 8, before the cue at 12
    assert not verbal._quote_closes_in_unit(_C, 17, 19)  # the next unit: nothing closes in it
    assert verbal._quote_closes_in_unit(_C, 9, 12)       # the unit starts after ", " the mark
