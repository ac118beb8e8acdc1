"""Who said it, round 16 (issue #10): a ninth audit (seed 43), speakers first.

An office with "of" before a name after an inverted cue ("said Secretary of
State Ann Vole") is the whole source, not the bare "Secretary"; "Whilst"
opens a participle clause like "While"; a lone "One"/"Another" before a
noun-like cue ("One report from the Gazette says", "One reported case is") is
no speaker.  Invented sentences and names; each test failed on the code before
its fix (3422603), but for the guards.
"""

from __future__ import annotations

from tests.extract_helpers import run

# -- an office with "of" before the name, after an inverted cue


def test_an_office_of_a_department_before_an_inverted_name():
    claims = run('"We must go ahead with the repairs," said Secretary of State Ann Vole on Friday.')
    c = next(c for c in claims if c.content.text.startswith("We must go ahead"))
    assert c.speaker == "Ann Vole" and c.speaker_role == "Secretary of State"


def test_the_quotation_after_it_keeps_the_holder():
    claims = run('"We must go ahead," said Minister of Fisheries Tom Reyes.\n\n'
                 '"Should others help, we will welcome them."')
    assert all(c.speaker == "Tom Reyes" for c in claims)


def test_an_office_of_several_words_before_the_name():
    claims = run('"Kelp is safe," said Secretary of Harbour Security Tom Reyes also adding that the pier is open.')
    assert claims and all(c.speaker == "Tom Reyes" for c in claims)


def test_guard_the_office_after_the_name_stays():
    claims = run('"We must go ahead," said Ann Vole, Secretary of State.')
    assert claims[0].speaker == "Ann Vole"


# -- "Whilst" opens a participle clause


def test_whilst_before_a_participle_is_no_speaker():
    claims = run('The Kelp division of Vole Mart closed its store.\n\n'
                 'Whilst asserting that "sales are fine", it stated that closing was "the right thing to do".')
    assert not any(c.speaker == "Whilst" or (c.source is not None and c.source.text == "Whilst") for c in claims)
    assert any(c.cue is not None and c.cue.text == "stated" for c in claims)


# -- a lone "One"/"Another" before a noun-like cue


def test_one_report_from_an_outlet_is_the_report():
    claims = run("Fishing boats were seized.\n\nOne report from the Kelp Gazette says that harbour officials "
                 "confirm that the boats were seized by the navy.")
    assert not any(c.speaker == "One" for c in claims)
    assert any(c.sourcing == "media_report" and c.cue is not None and c.cue.text == "says" for c in claims)


def test_a_participle_before_its_noun_is_no_cue():
    for text in ("One recently reported case is the arrest of a fisherman, Tom Reyes, in Kelp.",
                 "One proposed change will deny payments to anyone who refuses a job.",
                 "One reported case involved a clerk who refused to sell a ticket."):
        assert not any(c.speaker == "One" for c in run(text)), text


def test_guard_one_of_two_speakers_still_speaks():
    for text in ("Two fishermen spoke to reporters. One said that the boats were seized by the navy.",
                 "Two fishermen spoke. Another claimed he was beaten.",
                 "Two fishermen spoke. One reported the boats were seized at dawn."):
        assert any(c.speaker in ("One", "Another") for c in run(text)), text


# -- a name before "consultant" is the employer, not an antecedent


def test_a_candidates_consultant_is_the_he_who_speaks():
    claims = run("Tom Vole won the vote in Kelp, he said in his victory speech.\n\n"
                 "Vole consultant Edward Reyes picked up a similar thread. \"People are tired of waiting,\" he said.")
    c = next(c for c in claims if c.content.text.startswith("People are tired"))
    assert c.speaker == "Edward Reyes"


def test_a_consultant_is_a_role():
    claims = run('"It is over," said Ann Vole, a longtime Kelp consultant.')
    assert claims[0].speaker == "Ann Vole" and claims[0].speaker_role == "a longtime Kelp consultant"
