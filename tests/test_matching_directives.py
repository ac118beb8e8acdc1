"""A call for a thing and a statement of the thing are two statements: "The
union called for an independent inquiry into the leak" and "The ministry
announced an inquiry into the leak" are not one claim reported twice.
Invented claims."""

from __future__ import annotations

from datasette_claims.matching import decide


def _info(i, content, name, stance, published="2031-04-02"):
    return decide.ClaimInfo(i, f"a{i}:0-1", f"a{i}", f"speaker-{i}", content, "indirect", published, f"a{i}",
                              name, None, name, stance)


CALL = _info(1, "an independent inquiry into the dam leak at Sorvik", "the engineers' union", "directive")
ANNOUNCED = _info(2, "an independent inquiry into the dam leak at Sorvik", "the water ministry", "assertion")


def test_a_call_and_an_announcement_are_not_linked():
    # (the same words: what one side asks for, the other says is done)
    assert decide.link(CALL, ANNOUNCED, decide.DEFAULT_THRESHOLD) is None
    reworded = _info(4, "an independent inquiry into the leak at the Sorvik dam", "the water ministry", "assertion")
    assert decide.link(CALL, reworded, decide.DEFAULT_THRESHOLD) is None


def test_one_speakers_call_reported_twice_is_linked():
    again = _info(3, "an independent inquiry into the leak at the Sorvik dam", "the engineers' union", "directive")
    assert decide.link(CALL, again, decide.DEFAULT_THRESHOLD) is not None
