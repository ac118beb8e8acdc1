"""Speaker and sourcing slips the last audits left (issue #10 part 3, helper xleft7).

"Went on to claim / state / note that ..." is the verb after "went on to" as the
cue, as "went on to say" was; '"...," she went on.' closes a quotation as any
trailer does; a paper "editorialized that ..." speaks.  A post named as the
medium ("announced in a post on the company blog", "said Kelpsoft in a blog
post") makes the claim a ``social_post``; a post that is an office ("stay in her
post", "served in a senior post on the board") does not.  A participle after the
people a depiction verb shows ("The clip shows the Queen walking ... saying") or
after time spent ("spent more time mocking") is theirs.  "X is reported by <outlet>
as saying" is X's, the outlet ``via``.  A listed rank or trade before an unlisted
forename ("Rabbi Yosef Lem Arad") is the role.  "who" after a list of people is all
of them.  Invented sentences and names; each test failed on the code before its
fix (7342d39), but for the guards.
"""

from __future__ import annotations

from tests.extract_helpers import one, run

# -- "went on to <verb>", '"...," she went on.', "editorialized"


def test_went_on_to_claim_that_is_a_cue():
    one("Jo Roe said the plan was bad. Roe went on to claim that the council had lied.",
        "the council had lied", speaker="Jo Roe", cue="went on to claim")


def test_a_document_goes_on_to_state():
    one("The draft law states that the river is free. It goes on to state that the dam is unsafe.",
        "the dam is unsafe", cue="goes on to state", sourcing="document")


def test_went_on_closes_a_quotation_as_a_trailer():
    c = one('"The plan is a folly," Jo Roe said. "It will cost the town dearly," she went on.',
            "It will cost the town dearly", cue="went on")
    assert c.speaker == "Jo Roe" and c.rule == "direct.trailer"


def test_a_named_speaker_went_on_after_a_quotation():
    one('"It will cost the town dearly," Jo Roe went on.', "It will cost the town dearly",
        speaker="Jo Roe", sourcing="named_person")


def test_guard_talks_went_on_is_no_claim():
    assert run("The harbour talks went on. The mayor left early.") == []


def test_guard_went_on_to_win_is_no_claim():
    assert run("Ann Vole went on to win the seat in the spring.") == []


def test_a_newspaper_editorialized_that():
    one("The Kelp Daily Star newspaper editorialized that the harbour plan was reckless.",
        "the harbour plan was reckless", cue="editorialized", sourcing="media_report")


# -- a post named as the medium


def test_announced_in_a_post_on_a_blog_is_a_post():
    one('"We are ready," Jo Roe announced in a post on the Kelpsoft blog.', "We are ready",
        speaker="Jo Roe", sourcing="social_post")


def test_said_a_body_in_a_blog_post_is_a_post():
    one('"We have lost the data," said Kelpsoft in a blog post.', "We have lost the data",
        speaker="Kelpsoft", sourcing="social_post")


def test_noted_in_a_post_at_the_sentence_end_is_a_post():
    one("Jo Roe noted the importance of the harbour in a post.", "the importance of the harbour",
        sourcing="social_post")


def test_an_opening_in_a_post_to_her_followers_is_a_post():
    one("In a post to her followers, Jo Roe said the talks failed.", "the talks failed",
        sourcing="social_post")


def test_guard_staying_in_her_post_is_no_post():
    claims = run("Jo Roe said she would stay in her post until the spring.")
    assert claims and all(c.sourcing == "named_person" for c in claims)


def test_guard_a_post_in_the_source_is_an_office():
    one("Jo Roe, who served in a senior post on the board, said that the talks failed.",
        "the talks failed", sourcing="named_person")


def test_guard_a_post_at_an_embassy_is_no_medium():
    one("Jo Roe said in a post at the embassy that the talks failed.", "the talks failed",
        sourcing="named_person")


def test_guard_staying_in_his_post_at_the_end_is_no_post():
    claims = run("Jo Roe made a televised statement in which she indicated she will continue in her post.")
    assert all(c.sourcing != "social_post" for c in claims)


# -- a participle after the people a depiction verb shows, or after time spent


def test_the_one_shown_walking_speaks_not_the_corridor():
    one('The clip shows the Queen walking down a corridor saying, "I am not changing anything."',
        "I am not changing anything", source="the Queen")


def test_the_people_featured_speak_not_their_lunch():
    one('The advert featured two women eating a sandwich saying, "It is not lacking any meat."',
        "It is not lacking any meat", source="two women")


def test_the_people_shown_after_a_comma_speak():
    one('The grainy images show the miners in good spirits, chanting "long live the town."',
        "long live the town", source="the miners")


def test_one_of_those_depicted_speaks():
    one('The film depicts one of the guards asking a prisoner whether "he is ready."',
        'whether "he is ready', source="one of the guards")


def test_the_footage_shows_a_name_saying_is_the_name():
    one('The video footage shows Jo Roe saying that the mayor is "talking down to people."',
        'the mayor is "talking down to people', source="Jo Roe")


def test_time_spent_is_no_speaker():
    one('The Kelp senator spent more time mocking his rivals than explaining his plan.',
        "his rivals than explaining his plan", source="The Kelp senator")


def test_guard_a_talk_show_name_is_no_one_shown():
    one("Jo Roe appeared on the talk show Kelp Tonight, claiming that the firm was not at fault.",
        "the firm was not at fault", speaker="Jo Roe")


def test_guard_a_report_showing_growth_speaks_for_itself():
    one("The report shows the economy growing, suggesting that the bank was right.",
        "the bank was right", source="The report")


# -- "is reported by <outlet> as saying": the one reported speaks, the outlet relays


def test_reported_by_an_outlet_as_saying_that():
    one("Jo Roe is reported by the Kelp Times as saying that the harbour will close.",
        "the harbour will close", speaker="Jo Roe", via="the Kelp Times")


def test_cited_by_an_outlet_as_saying():
    one("The mayor was cited by the Kelp Times as saying the bridge was unsafe.",
        "the bridge was unsafe", source="The mayor", via="the Kelp Times")


def test_guard_it_was_reported_that_stays_hearsay():
    one("It was reported that Jo Roe will resign.", "Jo Roe will resign", sourcing="unattributed_hedged")


# -- a rank, trade or office before a name is the role, not the name


def test_a_listed_rank_before_an_unlisted_forename_is_the_role():
    c = one("Rabbi Yosef Lem Arad said that the wall was closed.", "the wall was closed")
    assert c.speaker == "Yosef Lem Arad" and c.speaker_role == "Rabbi"


def test_a_trade_before_a_name_is_the_role():
    c = one("Owner Pano Geor said that the shop would close.", "the shop would close")
    assert c.speaker == "Pano Geor" and c.speaker_role == "Owner"


def test_taoiseach_is_a_title():
    c = one("Irish Taoiseach Tom Reyes said that the school was ready.", "the school was ready")
    assert c.speaker == "Tom Reyes" and c.speaker_role == "Irish Taoiseach"


def test_guard_a_body_opening_on_a_rank_word_stays_whole():
    one("Major League Kelpball said that the season would start.", "the season would start",
        speaker="Major League Kelpball")


def test_guard_a_two_word_name_opening_on_a_rank_word_stays_whole():
    one("Major Pellow said that the bill failed.", "the bill failed", speaker="Major Pellow")


# -- "who" after a list of people: all of them, unless its verb is one person's


def test_who_after_two_governors_is_both():
    one("The deal was praised by Govs. Jo Roe and Al Poe, who said that it would create jobs.",
        "it would create jobs", speaker="Jo Roe and Al Poe")


def test_who_after_two_titled_people_is_both():
    one('The count was watched by two clerics, Rabbi Tom Reyes and former party chief Rev. Al Poe, '
        'who said "We saw it with our own eyes."', "We saw it with our own eyes", speaker="Tom Reyes and Al Poe")


def test_guard_who_has_said_after_two_is_the_last():
    one('This was disputed by Kelp Rail and Mayor Jo Roe, who has said that the costs were due to "waste".',
        'the costs were due to "waste', speaker="Jo Roe")


def test_guard_who_after_one_object_is_that_one():
    one("Jo Roe met Al Poe, who said that the plan would fail.", "the plan would fail", speaker="Al Poe")
