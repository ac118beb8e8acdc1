"""Adverbial ("according to") and noun-cue attributions.

Every sentence here is made up (invented people, places and events), so the
tests document the rules without quoting any corpus.
"""

from __future__ import annotations

from extract_helpers import one, run


def rules(text: str) -> list[str]:
    return [c.rule for c in run(text)]


# -- "according to": where the trailer's content starts ----------------------

def test_according_trailer_relative_clause_after_a_statement():
    one("Mayor Ilsa Brandt says the fund can still close the gap in repairs, which stood at "
        "40 bridges entering the spring, according to the city auditor.",
        "which stood at 40 bridges entering the spring", source="the city auditor",
        rule="according_to.trailer")


def test_according_trailer_relative_clause_kept_without_a_statement():
    one("The ferry carried the last of the pilgrims, who had waited two days at the quay, "
        "according to the port office.",
        "The ferry carried the last of the pilgrims, who had waited two days at the quay",
        source="the port office")


def test_according_trailer_after_colon():
    one("Turnout: Northern districts saw 61 percent of voters cast ballots, according to the "
        "election board.", "Northern districts saw 61 percent of voters cast ballots",
        source="the election board")


def test_according_trailer_inside_parentheses():
    one("Rivers in the region are shrinking (the Oda lost a third of its flow, according to "
        "the water agency).", "the Oda lost a third of its flow", source="the water agency")


def test_according_after_subordinator_takes_the_clause_after():
    one("The ferry will probably sail on Friday, because, according to the harbour master, "
        "the storm will pass by then.", "the storm will pass by then",
        source="the harbour master", rule="according_to.lead")


def test_according_after_fronted_subordinate_clause():
    one("While most of the files were marked routine, according to a court clerk, two of "
        "them were sealed by the judge.", "two of them were sealed by the judge",
        source="a court clerk")


def test_according_inverted_copula_with_appositive_source():
    claims = [c for c in run("At the root of the dispute, according to Ada Morn, a former trade "
                             "envoy, was a quarrel over fishing rights.")
              if c.rule.startswith("according_to")]
    texts = sorted(c.content.text for c in claims)
    # the verbless opener joins the clause across the aside (``grain.join_fragments``)
    assert texts == ["At the root of the dispute, according to Ada Morn, a former trade envoy, "
                     "was a quarrel over fishing rights"], texts
    assert len({(c.cue.start, c.source.start) for c in claims}) == 1
    assert claims[0].source.text.startswith("Ada Morn")


def test_according_source_stops_at_dash():
    claims = [c for c in run("Most farmers - 70 percent last year, according to the farm bureau "
                             "- still favour the subsidy.") if c.rule.startswith("according_to")]
    assert claims and all(c.source.text == "the farm bureau" for c in claims)


def test_according_inside_reported_that_clause_is_left_to_the_verb():
    assert not [r for r in rules("Lina Osk said on Monday that according to its count, the "
                                 "party won 60 seats.") if r.startswith("according_to")]


# -- noun cues -----------------------------------------------------------------

def test_criticism_drawn_subject_is_content_and_from_is_source():
    one("The harbour plan has drawn sharp criticism from local fishermen.", "The harbour plan",
        source="local fishermen", rule="nominal.criticism_faced")


def test_criticism_faced_for_two_pieces():
    # the rule finds two pieces sharing the cue; the statement grain joins the
    # verbless subject to its complement, one row (``grain.join_fragments``)
    claims = [c for c in run("Senator Vell faced criticism for missed votes on the farm bill.")
              if c.rule == "nominal.criticism_faced"]
    assert [c.content.text for c in claims] == ["Senator Vell faced criticism for missed votes on the farm bill"]
    assert claims[0].cue.text == "faced criticism" and claims[0].source is None


def test_criticism_faced_with_that_complement():
    one("Pell has faced criticism from rivals that his campaign wasted public money.",
        "his campaign wasted public money", source="rivals", rule="nominal.criticism_faced")


def test_attacks_pressed_source_is_the_subject():
    one("Osk unleashed withering attacks against Pell in the debate.", "Pell",
        source="Osk", rule="nominal.attacks_pressed")
    one("She escalated her attacks on the mayor's budget.", "the mayor's budget", source="She")


def test_attacks_pressed_not_a_time():
    assert "nominal.attacks_pressed" not in rules("She escalated her criticism on Tuesday.")


def test_noun_infinitive_runs_past_participles_and_adjuncts():
    one("Her vow to go after firms that move jobs abroad was popular.",
        "to go after firms that move jobs abroad", source="Her", rule="nominal.vow")


def test_questions_about_a_wh_clause():
    one("The merger has raised questions about how the two airlines would share routes.",
        "how the two airlines would share routes")


def test_nominal_that_inside_a_reported_clause_is_dropped():
    assert "nominal.that" not in rules("A spokeswoman said Monday that Lee's claim that the vote "
                                       "was rigged is simply not true.")


def test_nominal_that_in_fronted_phrase_ends_at_comma():
    one("Despite Mr. Doran's claims that his farm earns 2 million dollars, the records show a loss.",
        "his farm earns 2 million dollars", source="Mr. Doran", rule="nominal.that")


def test_nominal_that_possessor_stays_in_its_sentence():
    one("The board met Ms. Pell. Despite Mr. Doran's claims that his farm earns 2 million dollars, "
        "the records show a loss.", "his farm earns 2 million dollars", source="Mr. Doran")


def test_nominal_that_ends_at_dash():
    one("The uproar over his suggestion that the tax could double - a figure his aides later "
        "softened - lasted a week.", "the tax could double", rule="nominal.that")


def test_according_trailer_with_figure():
    one("The mayor is losing ground, with nearly half of the town now opposed to the dam, "
        "according to a survey by the local paper.",
        "nearly half of the town now opposed to the dam", source="a survey by the local paper")


def test_according_trailer_with_phrase_kept_when_main_clause_has_figures():
    one("Ticket sales rose 4 percent in May, with most of the gain coming from tourists, "
        "according to the rail company.",
        "Ticket sales rose 4 percent in May, with most of the gain coming from tourists",
        source="the rail company")


def test_according_trailer_coordinated_clause_after_a_statement():
    one("Ms. Rell met the council on Monday, as the Gazette reported, and she will lead the "
        "talks on the canal, according to two aides.", "she will lead the talks on the canal",
        source="two aides")


def test_according_source_with_quoted_title():
    claims = [c for c in run('One winter in 1998, according to "Salt Roads: A History" by Ann Lee, '
                             "the mayor sold the mill to a cousin.") if c.rule.startswith("according_to")]
    assert claims and all(c.source.text == '"Salt Roads: A History" by Ann Lee' for c in claims)
    assert "the mayor sold the mill to a cousin" in [c.content.text for c in claims]


def test_criticism_for_with_critic_after_from():
    claims = [c for c in run("The bakery shut its oven line despite facing criticism for the move "
                             "from Mayor Ada Pell and Senator Ivo Tran.")
              if c.rule == "nominal.criticism_faced"]
    assert [c.content.text for c in claims] == ["for the move"]
    assert claims[0].source.text == "Mayor Ada Pell and Senator Ivo Tran"


def test_criticism_for_piece_ends_before_and_comma():
    claims = [c for c in run("Ms. Rell is already receiving criticism for her remarks in interviews "
                             "and, most recently, during the debate.")
              if c.rule == "nominal.criticism_faced"]
    assert [c.content.text for c in claims] == ["Ms. Rell is already receiving criticism for her remarks in interviews"]
