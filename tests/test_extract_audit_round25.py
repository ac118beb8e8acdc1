"""Round 25 of the hand audit (issue #10 part 3, seeds 97 and 101): a
relative clause after a name left unclosed before the cue ("Jo Roe, who was
freed in May said") gave the subject to a phrase inside the clause ("in May");
"told the press" / "told the media" with no comma before a quotation left the
quotation to no one; a complement ran over the writer's ", but <name> has/had
..." turning to another party; and an office set off from its holder's name by a
stray comma after a quotation ('"...," Kelpco spokesman, Jo Roe told ...') stayed
in the quotation's content; and "Raul Vole, the brother of the leader, Fidel
Vole, has asked" gave the claim to the brother named inside the description.
Invented sentences and names only."""

from __future__ import annotations

import pytest

from tests.extract_helpers import one, run

LEAD = "The ferry to Dunmore sank on Monday. "


@pytest.mark.parametrize("sentence, content", [
    ('Tom Reyes, who was freed in August said, "the boat is gone."', "the boat is gone"),
    ("Tom Reyes, 37, who was released in 2005 after two years in a cell at Kelton told the Kelton Herald: "
     '"the boat is gone."', "the boat is gone"),
    ('"The boat is gone,"Tom Reyes, who is chairman of Our Kelp Pac said in a statement.', "The boat is gone"),
])
def test_name_before_an_unclosed_relative_clause_is_the_subject(sentence, content):
    c = one(LEAD + sentence, content, speaker="Tom Reyes", sourcing="named_person")
    assert c.source.text.startswith("Tom Reyes, ")


@pytest.mark.parametrize("sentence", [
    "Mr. Reyes, who has both endorsed Mr. Vole and criticized his campaign, offered a truce.",
    "But Reyes, who has long expressed his admiration for Vole, ordered a review.",
    "For Mr. Reyes, who has been called a Kelpish Vole in praise and in scorn, the boat is gone.",
])
def test_verb_of_the_relative_clause_itself_gets_no_outer_subject(sentence):
    for c in run(LEAD + sentence):
        assert c.source is None or not c.source.text.startswith(("Mr. Reyes, who", "Reyes, who"))


@pytest.mark.parametrize("listener", ["the press", "the media"])
def test_told_the_press_before_a_quotation_without_a_comma(listener):
    c = one(LEAD + f'Jo Roe told {listener} "the boat was old and we knew it."', "the boat was old and we knew it",
            speaker="Jo Roe", rule="direct.intro")
    assert c.cue.text == f"told {listener}"


def test_told_the_press_conference_stays_one_listener():
    one(LEAD + "Jo Roe told the press conference that the boat was old.", "the boat was old",
        cue="told the press conference", speaker="Jo Roe")


@pytest.mark.parametrize("turn", [
    "but Kelpco has not yet responded",
    "but Tom Reyes had defended the owners",
    "but Mayor Tom Reyes was unable to attend",
])
def test_complement_stops_before_the_writers_turn_to_another_name(turn):
    one(LEAD + f"Jo Roe said that the boat was old, {turn}.", "the boat was old", speaker="Jo Roe")


def test_but_clause_inside_a_quotation_stays():
    one(LEAD + 'Jo Roe said that "the boat was old, but Kelpco had kept it afloat."',
        "the boat was old, but Kelpco had kept it afloat", speaker="Jo Roe")


@pytest.mark.parametrize("office", ["Kelpco spokesman", "harbour spokeswoman"])
def test_office_before_a_stray_comma_and_the_name_is_the_role(office):
    c = one(LEAD + f'"We lost a fine boat," {office}, Jo Roe told the Kelton Herald.', "We lost a fine boat",
            speaker="Jo Roe", speaker_role=office, quote_type="direct")
    assert c.content.text == "We lost a fine boat"


def test_quotation_before_a_name_alone_keeps_its_content():
    one(LEAD + '"We lost a fine boat," Jo Roe told the Kelton Herald.', "We lost a fine boat",
        speaker="Jo Roe", quote_type="direct")


@pytest.mark.parametrize("appositive", [
    "the brother of the leader, Ann Reyes,",
    "the brother of Kelp's leader, Ann Reyes and Kelp's defence minister,",
])
def test_name_opening_the_sentence_holds_the_description_that_names_another(appositive):
    one(LEAD + f"Raul Vole, {appositive} has asked that talks be reopened.", "talks be reopened",
        speaker="Raul Vole", sourcing="named_person")


@pytest.mark.parametrize("sentence", [
    "The mayor of the town, Ann Reyes, has said that talks be reopened.",
    "In Kelton, the mayor of the town, Ann Reyes, has said that talks be reopened.",
])
def test_description_and_its_name_without_a_person_before_keep_the_name(sentence):
    one(LEAD + sentence, "talks be reopened", speaker="Ann Reyes")
