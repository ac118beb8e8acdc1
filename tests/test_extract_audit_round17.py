"""Who said it, round 17 (issue #10): a tenth audit (seed 47), speakers first.

A past participle opening a passive phrase ("Questioned about the timing,
Roe replied ..., and emphasized ...") is no subject; a title noun after its
modifiers ("UN special envoy Ann Vole appealed ..., saying") is part of the
subject, and its holder after a brief set off by commas too; the full stop of
an initial ("said an unnamed U.S. official") ends no inverted source; "the
Ambassador to Kelp, Ann Vole" names the holder; initials whose last full stop
is left out ("P.S Vole") are a person's; an unattributed quotation's subject
stops before an auxiliary ("The company | has also set up a petition").
Invented sentences and names; each test failed on the code before its fix
(ca082e4), but for the guards.
"""

from __future__ import annotations

from tests.extract_helpers import run

# -- an opening passive participle phrase is no subject


def test_a_passive_phrase_opening_the_sentence_is_no_speaker():
    claims = run("Tom Reyes resigned last year.\n\nQuestioned about the timing, Reyes replied he had no health "
                 "problem, and emphasized he considered the harbour's future before he made this decision.")
    c = next(c for c in claims if c.cue is not None and c.cue.text == "emphasized")
    assert c.speaker == "Tom Reyes" and c.sourcing == "named_person"


def test_guard_a_participle_modifying_the_subject_stays():
    claims = run("Jailed fisherman Tom Reyes said the harbour must reopen.")
    assert claims[0].speaker == "Tom Reyes"


# -- a title noun after its modifiers, and its holder


def test_a_title_after_its_modifiers_keeps_its_holder_for_a_participle():
    claims = run("The harbour was closed. UN special envoy Ann Vole appealed today for calm, "
                 "saying they had created fear.")
    c = next(c for c in claims if c.cue is not None and c.cue.text == "saying")
    assert c.speaker == "Ann Vole" and c.sourcing == "named_person"


def test_a_titles_holder_set_off_by_commas_after_its_brief():
    claims = run("The harbour was closed. UN special representative for Kelp, Ann Vole Marsh, appealed today "
                 "for the crews to end the dispute, saying they had created fear for the villagers.")
    c = next(c for c in claims if c.cue is not None and c.cue.text == "saying")
    assert c.speaker == "Ann Vole Marsh" and c.sourcing == "named_person"


# -- the full stop of an initial inside an inverted source


def test_an_initials_full_stop_ends_no_inverted_source():
    claims = run('"There is reason to believe the mayor is ill," said an unnamed U.S. official who also added '
                 "that he may have fallen ill two weeks ago.")
    assert claims and all(c.speaker == "an unnamed U.S. official" for c in claims)
    assert all(c.sourcing == "unnamed_official" for c in claims)


def test_an_ambassador_to_a_country_then_the_holder():
    claims = run('"Just imagine if I registered a complaint," said the U.S. Ambassador to Kelp, David Vole. '
                 '"Compare that with the criticism."')
    assert claims and all(c.speaker == "David Vole" for c in claims)


def test_initials_closing_the_sentence_end_the_source():
    claims = run('"We will go," said a man from the U.S. He left.')
    assert claims[0].speaker is not None and claims[0].speaker.startswith("a man from the U.S")


# -- initials without their last full stop


def test_initials_without_the_last_full_stop_are_a_person():
    claims = run("The pier was closed. P.S Marwin said that police in the state were on high alert.")
    c = next(c for c in claims if c.content.text.startswith("police in the state"))
    assert c.sourcing == "named_person"


# -- an unattributed quotation's subject stops before an auxiliary


def test_the_subject_of_an_unattributed_quotation_stops_before_its_verb():
    claims = run('The Kelp Times has begun a campaign. The company has also set up an online petition with '
                 'the slogan "Save the pier. Sign it today."')
    c = next(c for c in claims if c.rule == "quote.unattributed")
    assert c.source is not None and c.source.text == "The company"


def test_guard_a_two_word_subject_stays_whole():
    claims = run('The harbour board report states "the pier is safe and will open in May".')
    assert any(c.source is not None and c.source.text.startswith("The harbour board report") for c in claims)


# -- "news agencies": the press, as "the news agency" is


def test_news_agencies_are_the_press():
    claims = run("News agencies began reporting the closure an hour earlier, citing sources within the harbour board.")
    c = next(c for c in claims if c.cue is not None and c.cue.text == "citing")
    assert c.sourcing == "media_report"


def test_guard_a_governments_agencies_stay_a_body():
    claims = run("Fisheries agencies said the catch was down.")
    assert claims[0].sourcing == "named_org"


# -- a quantifier opening a run of capitals is no forename


def test_other_before_a_capitalised_plural_is_no_person():
    claims = run('Ann Vole won the vote in Kelp.\n\n"It is great fun," one user wrote.\n\n'
                 'Other Netizens enjoyed the show. "Vole is very cute," one user wrote.\n\n'
                 'As the paper noted, it is surprising because Vole has not always had good things to say about '
                 'Kelp. Although he says he "loves Kelp," he also accuses it of stealing jobs.')
    assert not any(c.speaker == "Other Netizens" for c in claims)


# -- a "whose" clause between the sentence's name and its cue


def test_a_whose_clause_with_commas_keeps_the_name_before_it():
    claims = run("Ann Vole, whose husband, harbour pilot Tom Vole, was one of four men lost in the storm of 2012 "
                 "off Kelp, Norland, discussed the rescue with radio host Bo Reyes on Thursday.")
    c = next(c for c in claims if c.cue is not None and c.cue.text == "discussed")
    assert c.speaker == "Ann Vole" and c.sourcing == "named_person"


def test_guard_an_apposition_without_whose_stays():
    claims = run("Ann Vole, the widow of the harbour pilot, said the rescue came too late.")
    assert claims[0].speaker == "Ann Vole"


# -- a sentence of narration that hands a person the turn, then the quotation


def test_a_quotation_after_a_persons_narrated_turn_is_theirs():
    claims = run('Ann Vole met Tom Reyes in Kelp.\n\nMr. Reyes then took over. "Thank you very much. We have '
                 'been able to discuss a long list of issues today."')
    quoted = [c for c in claims if c.rule == "quote.unattributed"]
    assert quoted and all(c.speaker == "Tom Reyes" and c.sourcing == "named_person" for c in quoted)


def test_a_pronoun_narrating_the_turn():
    claims = run('Ann Vole met Tom Reyes in Kelp.\n\nShe paused for a moment. "Thank you very much. We have '
                 'been able to discuss a long list of issues today."')
    quoted = [c for c in claims if c.rule == "quote.unattributed"]
    assert quoted and all(c.speaker == "Ann Vole" for c in quoted)


def test_guard_a_narration_naming_two_people_hands_no_turn():
    claims = run('Ann Vole met Tom Reyes in Kelp.\n\nReyes shook hands with Vole. "Thank you very much. We have '
                 'been able to discuss a long list of issues today."')
    assert all(c.speaker is None for c in claims if c.rule == "quote.unattributed")


def test_guard_a_possessive_is_no_turn():
    claims = run("Ann Vole met Tom Reyes in Kelp.\n\nReyes's parents live in Kelp. \"I hate the harbour board, "
                 'it is a cruel board."')
    assert all(c.speaker is None for c in claims if c.rule == "quote.unattributed")
