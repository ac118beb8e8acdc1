"""Speaker and sourcing slips the last audits left (issue #10 part 3, helper xleft6).

A social network that is also a company, capitalised as the speaker ("Twitter said in a statement", "A Facebook
spokesman said"), is
the company speaking (``named_org``, its spokesman ``unnamed_official``):
``social_post`` is for a post or a tweet as the source, or for its users.  A
plural description opening its sentence ("Organizers said", "Fact-checkers
say") is people, ``collective_unnamed``, not a body by its name.  A negated
verb of bearing out ("records do not confirm that ...", "the data don't show")
denies: its stance is ``denial``.  A bare fraction ("A third said", "Nearly
half said") after a poll or survey is the poll's share, ``document``.
Invented sentences and names; each test failed on the code before its fix
(ec9fd26), but for the guards.
"""

from __future__ import annotations

from tests.extract_helpers import run

# -- a platform company speaking is a body, not a post


def test_a_platform_company_said_in_a_statement_is_a_named_body():
    claims = run("Twitter said in a statement that the Vole accounts were removed.")
    assert claims[0].speaker == "Twitter" and claims[0].sourcing == "named_org"


def test_a_platform_company_says_is_a_named_body():
    claims = run("Facebook says the Kelp service will return on Monday.")
    assert claims[0].sourcing == "named_org"


def test_a_platform_companys_spokesman_is_an_unnamed_official():
    claims = run("A Facebook spokesman said the outage in Kelpland was over.")
    assert claims[0].sourcing == "unnamed_official"


def test_guard_a_person_on_a_platform_still_posted():
    claims = run("Jo Roe said on Twitter that the Kelp plan was silly.")
    assert claims[0].sourcing == "social_post"


def test_guard_platform_users_still_post():
    claims = run("Twitter users said the Kelp plan was silly.")
    assert claims[0].sourcing == "social_post"


def test_guard_a_tweet_is_a_post():
    claims = run("A tweet from the mayor's office said the Kelp bridge would close.")
    assert claims[0].sourcing == "social_post"


# -- a plural description opening its sentence is people, not a named body


def test_a_hyphenated_description_opening_a_sentence_is_collective():
    claims = run("Fact-checkers say the Kelp mayor's claim is false.")
    assert claims[0].sourcing == "collective_unnamed"


def test_a_plural_the_article_writes_in_lower_case_is_collective():
    claims = run("Organizers said the Kelp march drew thousands. The organizers hope to march again in May.")
    assert claims[0].speaker == "Organizers" and claims[0].sourcing == "collective_unnamed"


def test_guard_a_capitalised_plural_name_stays_a_body():
    claims = run("Vorlanders said the Kelp levy hurts sales.")
    assert claims[0].sourcing == "named_org"


def test_guard_a_thing_is_no_group_of_people():
    claims = run("Rumours said the Kelp bank would close. The rumours spread fast.")
    assert all(c.sourcing != "collective_unnamed" for c in claims)


# -- a negated verb of bearing out denies


def test_records_that_do_not_confirm_deny():
    claims = run("Kelp court records do not confirm that Jo Roe paid the fine.")
    assert claims[0].stance == "denial"


def test_the_data_do_not_show_denies():
    claims = run("The harbour board's data don't show that the Kelp levy cut sales.")
    assert claims[0].stance == "denial"


def test_guard_records_that_confirm_assert():
    claims = run("Kelp court records confirm that Jo Roe paid the fine.")
    assert claims[0].stance == "assertion"


def test_guard_would_not_confirm_where_is_no_denial():
    claims = run("The Kelp army would not confirm where the soldiers were held.")
    assert all(c.stance != "denial" for c in claims)


# -- a bare fraction after a poll is the poll's share


def test_a_third_after_a_poll_is_poll_data():
    claims = run("A Kelp Herald poll was taken in May. A third said the tax was too high.")
    assert claims[0].sourcing == "document" and claims[0].speaker == "Kelp Herald poll"


def test_nearly_half_after_a_survey_is_poll_data():
    claims = run("A survey of Kelp voters was taken in May. Nearly half said the tax was too high.")
    assert claims[0].sourcing == "document"


def test_guard_a_fraction_with_no_poll_before_is_no_poll():
    claims = run("The Kelp council met in May. A third said the tax was too high.")
    assert claims[0].sourcing != "document"


def test_guard_a_profile_on_a_platform_is_a_post():
    claims = run("The Kelp pilot had flown since 2004, according to his Facebook profile.")
    assert claims[0].sourcing == "social_post"
