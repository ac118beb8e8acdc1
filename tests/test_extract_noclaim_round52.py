"""Rows that are no claim, round 52 (issue #10 part 3: precision of the claim rows).

The audit of 100 rows (seed 269) found rows that state nothing: "claim" in its
sense of "take a life" ("the blast claimed 23 lives"), and a content that only
points back to what was said before ("Lind expressed similar sentiments").
Invented sentences; the first tests of each group failed before the fix, the
others guard the claims that must stay.
"""

from __future__ import annotations

from tests.extract_helpers import about, one, rows, run


def _contents(text: str) -> list[str]:
    return [c.content.text for c in run(text)]


# -- "claim" with a toll of lives: a death toll, nothing stated


def test_a_toll_of_lives_is_no_claim():
    for text in ("A bombing at a ferry port in Kelp claimed 23 lives.",
                 "The flood that struck Port Halden claimed more than 1,200 lives since 2004.",
                 "Fighting near the border has claimed the lives of seven guards in two days.",
                 "The fever that claimed her life spread through the valley in March."):
        claims = run(text)
        assert not any("li" in c.content.text[:12] and c.rule.startswith("indirect") for c in claims), rows(claims)


def test_a_toll_after_a_participle_is_no_claim():
    claims = run("The two sides signed a truce on Friday to end the long war in Ostrava, claiming more than "
                 "20,000 lives.")
    assert not any("lives" in c.content.text for c in claims), rows(claims)


def test_claiming_that_lives_were_lost_stays_a_claim():
    one("Jo Roe claimed his life was in danger.", "his life was in danger", speaker="Jo Roe")
    one("Mara Lind claimed that 40 lives could have been saved by the dam.",
        "40 lives could have been saved by the dam", speaker="Mara Lind")


def test_claiming_responsibility_or_victory_stays_a_claim():
    # (a speech act the audit left alone: the group says it did it, the party says it won)
    about(run("A group called the Kelp Front claimed responsibility for the blast."), "responsibility")
    about(run("Mara Lind claimed victory in the Port Halden race on Sunday."), "victory")


# -- a content that points back to what was said elsewhere


def test_similar_sentiments_is_no_claim_but_the_participle_after_it_is():
    claims = run('Jo Roe said the port was unsafe. Mara Lind expressed similar sentiments, accusing the '
                 'council of neglecting the docks.')
    assert "similar sentiments" not in [c.content.text for c in claims], rows(claims)
    c = about(claims, "the council of neglecting the docks")
    assert c.speaker == "Mara Lind", rows(claims)


def test_such_calls_is_no_claim():
    assert "such calls" not in _contents("Some unions urged a strike. The minister, Ivo Brandt, rejected "
                                         "such calls.")


def test_such_as_the_start_of_a_split_claim_stays():
    claims = run("Such access, they claim, requires a warrant from the court in Port Halden.")
    about(claims, "Such access")


def test_the_same_after_say_stays_as_polnear_counts_it():
    # (PolNeAR annotates "26 percent said the same" as what was said: the rule leaves it)
    about(run("In May, 30 percent of voters liked the plan. Last month, 26 percent said the same."), "the same")


def test_declaring_an_act_stays_as_polnear_counts_it():
    # (PolNeAR annotates "declared bankruptcy", "declared war on ..." as what was said)
    about(run("Kelp Shipping declared bankruptcy on Tuesday."), "bankruptcy")
