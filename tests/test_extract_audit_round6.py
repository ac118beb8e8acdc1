"""Who said it, round 6 (issue #10): what the fourth audit and a fact-checker's
walk over invented wire coverage left.

Each test is a construction found wrong, written with invented sentences; each
failed on the code before its fix.
"""

from __future__ import annotations

from tests.extract_helpers import one, run

# -- a forename that is also a function word, in an apposition after a role


def test_function_word_forename_between_commas_is_the_speaker():
    text = "Kelp Fisheries posted a loss. Its chairman, Per Aasland, warned that the fleet would shrink."
    one(text, "the fleet would shrink", speaker="Per Aasland", speaker_role="Its chairman",
        sourcing="named_person")
    one("The guild's treasurer, Will Ostrander, said the dues would rise.", "the dues would rise",
        speaker="Will Ostrander", sourcing="named_person")


# -- a subject with its "who" clause before the cue: no inverted source after it


def test_subject_with_who_clause_is_no_inverted_trailer():
    text = "The growers, who have invested heavily in new plants, said the announcement came as a surprise."
    one(text, "the announcement came as a surprise", speaker="The growers", sourcing="collective_unnamed")


def test_a_clause_before_an_inverted_source_still_inverts():
    one("The deal, which took years, will collapse, said Jo Roe.", "The deal, which took years, will collapse",
        speaker="Jo Roe")


# -- an agency is a government's body unless a word of the news comes before it


def test_a_government_agency_is_a_body_not_the_media():
    text = "Kelpland will set its cod quota next week, the Kelpish fisheries agency said."
    one(text, "Kelpland will set its cod quota next week", sourcing="named_org")
    one("The quota will rise, the International Kelp Agency said.", "The quota will rise", sourcing="named_org")


def test_a_news_agency_is_the_media_with_or_without_capitals():
    one("The quota will rise, the state news agency said.", "The quota will rise", sourcing="media_report")
    one("The quota will rise, the Kelp Press Agency said.", "The quota will rise", sourcing="media_report")


# -- the sides of a contest speak as a group


def test_the_sides_of_a_contest_are_a_collective():
    one("The opposition said the vote was rigged.", "the vote was rigged", sourcing="collective_unnamed")
    one("The prosecution argued that the harbour deal was a bribe.", "the harbour deal was a bribe",
        sourcing="collective_unnamed")
    one("Both sides said the truce would hold.", "the truce would hold", sourcing="collective_unnamed")


def test_a_party_in_opposition_stays_a_body():
    one("The Kelp Party opposition said the vote was rigged.", "the vote was rigged", sourcing="named_org")


# -- a pronoun no one before can be, after a content whose subject is a title


def test_pronoun_after_a_content_opened_by_a_title_is_the_title():
    one('The minister won\'t "gamble with the future of the kelp stock", she says.',
        'The minister won\'t "gamble with the future of the kelp stock', speaker="The minister")


def test_a_person_named_before_keeps_the_pronoun():
    one('Ana Roe spoke for the palace. The president is "tired but well", she said.',
        'The president is "tired but well', speaker="Ana Roe")


def test_function_word_forename_opening_a_saying():
    one("Per Aasland says the decision will cost jobs.", "the decision will cost jobs", speaker="Per Aasland",
        sourcing="named_person")
    one("Although Jo Roe said the plan would fail, the vote passed.", "the plan would fail", speaker="Jo Roe")


# -- "according to OFFICE, NAME": the holder speaks, the office is the role


def test_according_to_an_office_then_its_holder():
    one("The fleet will shrink, according to Kelp Ports chief executive, Ivo Brandt.", "The fleet will shrink",
        speaker="Ivo Brandt", speaker_role="Kelp Ports chief executive", sourcing="named_person")
    one("According to Kelpland's chief envoy, Ivo Brandt, the talks will resume.", "the talks will resume",
        speaker="Ivo Brandt", sourcing="named_person")


def test_according_to_a_masthead_after_a_common_noun_is_no_holder():
    claims = run("According to news source, The Kelp Age, a senior official said that the fleet will shrink.")
    assert all(c.speaker != "The Kelp Age" for c in claims), [(c.speaker, c.content.text) for c in claims]


# -- "The report quotes X as saying": X speaks, the report relays


def test_report_quotes_a_person_as_saying():
    c = one("Jo Roe runs the port. The report quotes Roe as saying the fleet will shrink.", "the fleet will shrink",
            speaker="Jo Roe", sourcing="named_person")
    assert c.via == "The report", c.via


def test_report_cites_officials_as_saying():
    one("The report cites officials as saying the fleet will shrink.", "the fleet will shrink",
        sourcing="unnamed_official")


# -- "According to X, Y said: "..."": Y speaks, X relays


def test_according_to_a_paper_then_a_speaker_with_a_colon():
    text = 'According to Kelp Daily, the harbour\'s spy said: "We watched them all."'
    c = one(text, "We watched them all", speaker="the harbour's spy")
    assert c.via == "Kelp Daily", c.via
    assert all(x.speaker != "According" for x in run(text))


def test_a_clause_with_its_own_verb_before_who_still_inverts():
    one("''He is not Ivo Dal, who knew everyone,'' said Representative Jo Roe.", "He is not Ivo Dal, who knew everyone",
        speaker="Jo Roe")
    one("He is not Ivo Dal, who knew everyone, said Jo Roe.", "He is not Ivo Dal, who knew everyone",
        speaker="Jo Roe")


# -- two abbreviated ranks before a name: neither is a forename


def test_second_rank_after_a_title_is_no_part_of_the_name():
    one('"The trial is unfair," said Lt. Cmdr Ivo Brandt.', "The trial is unfair", speaker="Ivo Brandt",
        sourcing="named_person")
    one("Maj. Gen Ana Lund said the convoy was safe.", "the convoy was safe", speaker="Ana Lund")


# -- "Jo Roe, Jr. said": the suffix closes the name across its comma


def test_name_with_a_suffix_after_a_comma_speaks():
    one("Ivo Kelp, Jr. said the harbour would grow.", "the harbour would grow", speaker="Ivo Kelp",
        sourcing="named_person")
    one("H. Lee Kelp, Jr. defended the plan, saying the harbour would grow.", "the harbour would grow",
        sourcing="named_person")


# -- "PM": an abbreviated title, as a role and as a title resolved to its holder


def test_pm_is_a_title():
    one("UK PM Jo Roe said the harbour will grow.", "the harbour will grow", speaker="Jo Roe", speaker_role="UK PM")
    one("Prime Minister Jo Roe visited the port. The PM promises the harbour will grow.", "the harbour will grow",
        speaker="Jo Roe", sourcing="named_person")


def test_pm_inside_a_word_names_no_prime_minister():
    one("Jo Roe, the development chief, toured the port. The PM promises the harbour will grow.",
        "the harbour will grow", speaker="The PM")


def test_a_side_with_its_own_apposition_is_a_collective():
    one("The opposition, backed by thousands of protesters, said the vote was rigged.", "the vote was rigged",
        sourcing="collective_unnamed")
