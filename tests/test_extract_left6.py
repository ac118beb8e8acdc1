"""Speaker and sourcing slips the last audits left (issue #10 part 3, helper xleft6).

A social network that is also a company, capitalised as the speaker ("Twitter said in a statement", "A Facebook
spokesman said"), is
the company speaking (``named_org``, its spokesman ``unnamed_official``):
``social_post`` is for a post or a tweet as the source, or for its users.
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
