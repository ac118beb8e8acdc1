"""An absolute clause ("With 600 of 650 seats declared, ...") names nobody who
spoke: a preposition opening the would-be source and a past participle after it.

Every sentence here is invented (made-up people, places and events).
"""

from __future__ import annotations

from extract_helpers import run


def test_seats_declared_is_no_claim():
    claims = run("Polls closed at ten.\n\nWith 600 of 650 seats declared so far, the Greens have won "
                 "another 11 seats in the Kelp assembly.")
    assert not [c for c in claims if c.source is not None and c.source.text.startswith("With")], [
        (c.source.text, c.content.text) for c in claims if c.source]


def test_with_a_source_reporting_is_still_a_claim():
    claims = run("Polls closed at ten.\n\nWith the Kelp Post reporting that the count was rigged, "
                 "the party went to court.")
    assert any(c.content.text.startswith("the count was rigged") for c in claims), [
        c.content.text for c in claims]
