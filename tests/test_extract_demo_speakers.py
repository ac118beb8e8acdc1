"""Speakers that cannot speak: a time, a fragment of a role, an organisation
standing for a quoted person, a preposition's object, a sentence's first word.

Each test is an invented sentence built the way a real report goes wrong.
"""

from __future__ import annotations

from extract_helpers import one, run


def _by_content(text: str) -> dict[str, object]:
    return {c.content.text.strip(" \"'\u201c\u201d.,"): c for c in run(text)}


def test_participle_after_prepositional_object_is_not_its_speaker():
    # "a rule ... that has existed since the X administration saying, '...'"
    text = ('Another plan announced by the mayor is to end the city\'s old "park and ride" rule on parking '
            'that has existed since the Carter administration saying, "This spring, I will ask the council '
            'to drop the rule that charges people." She added, "It is fair."')
    for c in run(text):
        assert c.source is None or "Carter" not in c.source.text, (c.rule, c.source.text)
        assert c.speaker is None or "Carter" not in c.speaker


def test_participle_after_case_name_takes_the_clause_subject():
    text = ('Roe also addressed the ruling by the Supreme Court of the United States in Parks Trust v. '
            'Federal Housing Board saying, "With all respect to the judges, the court undid a decade of law."')
    c = one(text, "With all respect to the judges, the court undid a decade of law")
    assert c.source is not None and c.source.text == "Roe"


def test_participle_after_such_as_is_the_clause_subjects():
    text = ('The mayor spoke for an hour. She also answered critics of her budget, such as former '
            'treasurer Ann Vale saying, "Let us stop the name-calling about who spends more."')
    c = one(text, "Let us stop the name-calling about who spends more")
    assert c.source is not None and c.source.text == "She"


def test_one_shared_word_does_not_join_a_person_to_a_case_name():
    text = ('The group Voters United v. State Board won the case in May. United States Senator Mary Lane '
            'urged Americans to vote. "We have to vote," she said.')
    claims = _by_content(text)
    assert claims["Americans to vote"].speaker == "Mary Lane"
    assert claims["We have to vote"].speaker == "Mary Lane"


def test_clock_time_is_no_boundary_and_reporting_ends_the_source():
    text = ('According to the national news agency Tass Bulletin reporting at 7:45am June 3rd, a column '
            'of 30 trucks carrying food has crossed the border.')
    c = one(text, "a column of 30 trucks carrying food has crossed the border")
    assert c.source.text == "the national news agency Tass Bulletin"
    assert not any(c.content.text.startswith("45") for c in run(text))


def test_clock_time_inside_the_source_is_kept():
    c = one("According to the 9:30 bulletin of the state radio, the bridge has been closed.",
            "the bridge has been closed")
    assert c.source.text == "the 9:30 bulletin of the state radio"


def test_clock_time_is_not_a_heading_colon():
    for c in run("According to the city police, the bridge has been closed since 7:30 this morning."):
        assert c.rule != "heading.colon", c.content.text


def test_leftover_quote_does_not_take_a_function_word_or_common_noun():
    text = ('At the same time, the council of the town has put out a notice titled "Save the old '
            'bridge now!". Remarks include that "It is impossible to count the cost of the damage, '
            'the notice goes on."')
    for c in run(text):
        assert c.source is None or c.source.text not in ("At", "Remarks"), c.source.text
        assert c.speaker not in ("At", "Remarks")


def test_leftover_quote_keeps_a_real_name():
    text = ('The hearing ran late. Later Vale spoke to the press. Vale then read out "a long list of '
            'the promises that were broken by the board" to the room.')
    srcs = [c.source.text for c in run(text) if c.rule == "quote.unattributed" and c.source is not None]
    assert srcs == ["Vale"], srcs


def test_role_without_closing_comma_gives_the_named_person():
    text = ('Markets fell hard on Monday. Kenji Marou, a bond trader in Osaka commented on the slide."It '
            'is a rout," he said. "There are many sellers."')
    claims = _by_content(text)
    assert claims["the slide"].speaker == "Kenji Marou"
    assert claims["the slide"].source.text == "Kenji Marou, a bond trader in Osaka"
    assert claims["It is a rout"].speaker == "Kenji Marou"
    assert claims["There are many sellers"].speaker == "Kenji Marou"


def test_pronoun_after_firm_role_name_is_the_person_not_the_firm():
    text = ('Stocks fell again on Friday, the index said.\n\nDunmore Wealth analyst Piet Kors commented on '
            'this steep fall. \u201cWe are sinking in a sea of losses,\u201d he claimed. \u201cInvestors are '
            'scared of the forecasts.\u201d')
    claims = _by_content(text)
    assert claims["We are sinking in a sea of losses"].speaker == "Piet Kors"
    assert claims["Investors are scared of the forecasts"].speaker == "Piet Kors"


def test_prepositional_phrase_is_never_a_source():
    for text in ('North Vale is a former province of Brania that broke away from Brania and declared its '
                 'independence on May 3, 1991.',
                 'Press reports came out in June, saying that farmers who had been moved from Eastfield '
                 'claimed the guards burned their crops.'):
        for c in run(text):
            assert c.source is None or not c.source.text.startswith(("of ", "from ")), c.source.text
