"""A person's words credited in another report to the body they speak for:
"..., says Ana Voss, operational director for Kelp Aid" and "Kelp Aid said ..."
(``attribution.speaks_for``). Invented reports."""

from __future__ import annotations

from datasette_claims.matching import attribution, decide


def _info(i, content, name, role=None, published="2031-04-02", quote_type="direct"):
    return decide.ClaimInfo(i, f"a{i}:0-1", f"a{i}", f"speaker-{i}", content, quote_type, published, f"a{i}",
                              name, None, name, None, role)


def test_a_role_naming_the_body():
    assert attribution.speaks_for("operational director for KA", "Kelp Aid")
    assert attribution.speaks_for("a spokesman for the Telk Harbour Board", "Telk Harbour Board")
    assert not attribution.speaks_for("mayor of Telk", "Telk")  # (one word: the town is no body speaking)
    assert not attribution.speaks_for("a lawyer", "Kelp Aid")
    assert not attribution.speaks_for(None, "Kelp Aid")


PERSON = _info(1, "Our nurses are kept out of our own clinic in the Sorvik camp", "Ana Voss",
               role="operational director for Kelp Aid")
BODY = _info(2, "its nurses are kept out of its own clinic in the Sorvik camp", "Kelp Aid", quote_type="indirect")


def test_the_person_and_the_body_may_be_one_speaker():
    assert decide.relation(PERSON, BODY) == decide.UNKNOWN
    assert decide.link(PERSON, BODY, decide.DEFAULT_THRESHOLD) is not None


def test_without_the_role_they_stay_two_speakers():
    other = _info(1, PERSON.content, "Ana Voss", role="a nurse")
    assert decide.relation(other, BODY) == decide.DIFFERENT
