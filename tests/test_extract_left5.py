"""Speaker constructions the audits left (issue #10 part 3, helper xleft5).

A proportion ("Three out of four doctors say", "Nearly nine out of 10 said")
is a count of answers: poll data, sourced as a ``document`` (the poll named
before it, else no one), never a body or a generic source.  An "it" never
stands for a person: after a sentence whose subject is a person ("The mayor
spoke after the release of a harbour report. It said ..."), "it" is the one
document that sentence names elsewhere, else no one.  A quotation paragraph
under a line that is only one person's name and title ("President Tom Reyes of
Kelpland") is that person's: a speech printed under its speaker's name.  An
opening participle's phrase of place or venue ("Writing in the Kelp Gazette, Jo
Roe said ...", "Adding to the pressure, ...") reports nothing of its own.  The
agent of a passive verb of telling speaks ("Reporters were told by Jo Roe that
...", '"...," reporters were told by Jo Roe').  A split quotation goes on right
after the speaker's name without a comma ('"A," said Tom Reyes "or B."').
Invented sentences and names; each test failed on the code before its fix
(448babc), but for the guards.
"""

from __future__ import annotations

from tests.extract_helpers import run

# -- a proportion is poll data


def test_three_out_of_four_is_poll_data():
    claims = run("Three out of four doctors say the pill is safe.")
    assert claims[0].sourcing == "document"


def test_a_bare_proportion_is_poll_data_of_the_poll_named_before():
    claims = run("A Kelp Herald poll was taken in May. About four in 10 said the tax was too high.")
    assert claims[0].sourcing == "document" and claims[0].speaker == "Kelp Herald poll"


def test_nearly_nine_out_of_ten_is_no_body():
    claims = run("Nearly nine out of 10 said the tax was too high.")
    assert claims[0].sourcing == "document" and claims[0].speaker is None


def test_guard_a_span_of_years_is_no_proportion():
    claims = run("Ann Vole, who served two terms in ten years, said the tax was too high.")
    assert claims[0].speaker == "Ann Vole" and claims[0].sourcing == "named_person"


# -- an "it" is no person


def test_it_after_a_person_subject_is_the_report_the_sentence_names():
    claims = run("The mayor spoke on Monday after the release of a harbour board report. It said that the docks "
                 "were unsafe.")
    assert claims[0].speaker == "a harbour board report" and claims[0].sourcing == "document"


def test_it_after_a_named_person_who_released_a_report_is_the_report():
    claims = run("Mayor Ann Vole released a report on Monday. It said that the docks were unsafe.")
    assert claims[0].speaker == "a report" and claims[0].sourcing == "document"


def test_it_for_a_statement_the_subject_issued_is_the_issuer():
    claims = run("Mayor Ann Vole issued a statement on Monday. It said that the docks were unsafe.")
    assert claims[0].speaker == "Ann Vole" and claims[0].sourcing == "named_person"


def test_it_is_never_the_person_the_sentence_before_describes():
    claims = run("In the past, a judge would set the repayments. It assumes that people can live on the minimum.")
    assert claims[-1].speaker is None


def test_it_with_two_documents_before_is_no_one():
    claims = run("The mayor handed the court a memo and a letter. It said that the docks were unsafe.")
    assert claims[0].speaker is None


def test_guard_it_after_a_body_stays_the_body():
    claims = run("The Kelp Rail Committee made several proposals. It calls for better links to the north.")
    assert claims[0].speaker == "Kelp Rail Committee" and claims[0].sourcing == "named_org"


# -- a line that is only a name labels the quotation paragraph under it

_SPEECHES = ('Leaders spoke at the summit in Kelp on Monday.\n\nPresident Tom Reyes of Kelpland\n\n'
             '"We stand together today, and we will stand together tomorrow."\n\n'
             'Prime Minister Ann Vole of Norland\n\n"Our fleets will sail in May and our ports will open."')


def test_a_name_line_labels_the_quotation_under_it():
    claims = run(_SPEECHES)
    assert [(c.speaker, c.sourcing) for c in claims] == [("Tom Reyes", "named_person"),
                                                         ("Ann Vole", "named_person")]


def test_guard_a_section_heading_names_no_speaker():
    claims = run('Leaders spoke at the summit on Monday.\n\nReactions\n\n'
                 '"We stand together today, and we will stand together tomorrow."')
    assert claims[0].speaker is None


def test_guard_a_line_of_two_names_labels_nothing():
    claims = run('Leaders spoke at the summit on Monday.\n\nTom Reyes and Ann Vole\n\n'
                 '"We stand together today, and we will stand together tomorrow."')
    assert claims[0].speaker is None


# -- an opening participle's venue is no content


def test_writing_in_a_paper_is_no_claim_of_its_own():
    claims = run("Writing in the Kelp Gazette, Jo Roe said the harbour must close.")
    assert [c.content.text for c in claims] == ["the harbour must close"]


def test_adding_to_the_pressure_is_no_claim():
    claims = run("Adding to the pressure on the mayor, Jo Roe said the harbour must close.")
    assert [c.content.text for c in claims] == ["the harbour must close"]


def test_guard_a_time_phrase_before_that_still_reports():
    claims = run("Announcing in May that she would not run, Ann Vole said the harbour must close.")
    assert any(c.content.text.endswith("she would not run") for c in claims)


def test_guard_a_verb_that_takes_the_preposition_still_reports():
    claims = run("Responding to the harbour board report, Jo Roe said the docks must close.")
    assert [c.content.text for c in claims][-1] == "the docks must close"


# -- a passive verb of telling: its agent speaks


def test_told_by_an_agent_that_is_the_agents_claim():
    claims = run("Reporters were told by Jo Roe that the mill would close.")
    assert claims[0].content.text == "the mill would close" and claims[0].speaker == "Jo Roe"


def test_assured_by_a_titled_agent_takes_the_name():
    claims = run("The council was assured by the mayor, Ann Vole, that the budget was safe.")
    assert claims[0].speaker == "Ann Vole" and claims[0].source.text == "the mayor, Ann Vole"


def test_a_quotation_then_told_by_is_the_agents():
    claims = run('"The mill will close in May," reporters were told by Jo Roe, the mill\'s owner.')
    assert claims[0].speaker == "Jo Roe" and claims[0].content.text == "The mill will close in May"


def test_guard_told_by_with_an_order_is_no_claim():
    assert run("The town was told by the mill to expect job losses.") == []


# -- a split quotation whose second part follows the name with no comma


def test_a_split_quotation_after_the_name_without_a_comma():
    claims = run('\u201cWe will not measure our words, we will not declare it lost," said Senator Tom Reyes '
                 '"or give it away.\u201d')
    assert [(c.speaker, c.rule) for c in claims] == [("Tom Reyes", "direct.split_inverted")] * 2


def test_guard_a_quoted_nickname_after_the_name_splits_nothing():
    claims = run('"We will sail in May," said Tom Reyes "The Harbour Master" of Kelp.')
    assert all(c.rule != "direct.split_inverted" for c in claims)


def test_it_is_not_the_person_of_a_recent_claim():
    claims = run("One fisherman said the boats were sunk by the navy. It said the navy would pay for them.")
    assert claims[-1].speaker is None
