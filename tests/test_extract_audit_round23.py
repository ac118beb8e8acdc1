"""Round 23 of the hand audit (issue #10 part 3, seed 83): a name used as a
modifier inside a noun phrase ("read out at a crowded Harvest Day parade by
<spokesman>", "doing her best <name> impersonation") was taken as the
antecedent of the next sentence's "he"/"she", before the subject or the last
speaker.  And a paragraph that is only a quotation, after a paragraph of
narration about the last speaker ("Roe continued her remarks.", "Roe has run
the yard since 2004. He was a fisherman."), was left to the author.  And written texts with no document head noun in the
lexicon ("the announcement said", "The suit charges that", "the program
summary") were typed a generic anonymous source, not a document; and plural
people in politics, the forces, courts and movements ("Monarchists", "Several
Kelpish politicians", "Kelpco executives") a named body.
Invented sentences and names only."""

from __future__ import annotations

import pytest

from tests.extract_helpers import one

LEAD = "The ferry to Dunmore sank on Monday. "


def test_name_modifying_a_noun_is_no_antecedent():
    text = LEAD + ("The news was given in a statement read out at a crowded Harvest Day parade in Kelton by "
                   'Tom Reyes, a spokesman for the harbour board. He said that "the harbour will reopen next week."')
    one(text, "the harbour will reopen next week", source="He", speaker="Tom Reyes")


def test_person_named_as_a_modifier_is_no_antecedent():
    text = LEAD + ('Jo Roe was cheerful as she toured the port. "It\'s grand," she said, doing her best Ann Vole '
                   'impersonation. She also said that the port would reopen soon.')
    one(text, "the port would reopen soon", source="She", speaker="Jo Roe")


@pytest.mark.parametrize("sentence", [
    "The late Tom Reyes founded the harbour board in 1990.",
    "His friend Tom Reyes says the harbour board will go on.",
    "The veteran skipper Tom Reyes told the harbour board to wait.",
    "A furious Tom Reyes wrote to the harbour board.",
    "When the interview steered Tom Reyes toward the harbour, he spoke of the board.",
])
def test_name_before_a_verb_stays_the_antecedent(sentence):
    text = LEAD + sentence + ' He added that "the harbour is ours."'
    one(text, "the harbour is ours", source="He", speaker="Tom Reyes")


def test_modifier_name_still_found_when_no_one_else_fits():
    text = LEAD + ("The Reyes campaign issued a statement on Monday. Later, Tom Reyes spoke at a rally. "
                   'He said that "the harbour is ours."')
    one(text, "the harbour is ours", source="He", speaker="Tom Reyes")


@pytest.mark.parametrize("narration", [
    "Roe continued her remarks.",
    "Harbour Master Roe has run the port since 2004. She was a skipper before that.",
])
def test_quotation_paragraph_after_narration_about_the_speaker(narration):
    text = (LEAD + '"We lost a fine boat," said Jo Roe, the harbour master.\n\n' + narration +
            '\n\n"The crew did all they could. The sea was too rough that night."')
    one(text, "The crew did all they could", speaker="Jo Roe", sourcing="named_person",
        rule="direct.continuation")


def test_after_an_indirect_claim_closing_its_paragraph():
    text = (LEAD + "Piet Kors said the boat was old.\n\nKors has run the yard since 2004. He was a fisherman "
            'before that.\n\n"It was rotten. Everyone knew it."')
    one(text, "It was rotten", speaker="Piet Kors", rule="direct.continuation")


@pytest.mark.parametrize("narration", [
    "Ann Vole, the mayor, disagreed.",  # another person
    "The board has met every week since 2004.",  # not about the speaker
    "Roe has run the port since 2004. She was a skipper. She still sails on Sundays.",  # three sentences
    "Roe later read the \"harbour notice\" aloud.",  # it quotes
])
def test_narration_that_does_not_carry_the_speaker(narration):
    text = (LEAD + '"We lost a fine boat," said Jo Roe, the harbour master.\n\n' + narration +
            '\n\n"The crew did all they could. The sea was too rough that night."')
    one(text, "The crew did all they could", sourcing="author", speaker=None)


@pytest.mark.parametrize("sentence, content, source", [
    ("The harbour board will buy a new boat, the announcement said.", "The harbour board will buy a new boat",
     "the announcement"),
    ("The suit charges that the board ignored the warnings.", "the board ignored the warnings", "The suit"),
    ('"The crew did all they could," the program summary said.', "The crew did all they could",
     "the program summary"),
    ("According to the announcement, the port would reopen in May.", "the port would reopen in May",
     "the announcement"),
])
def test_written_texts_are_documents(sentence, content, source):
    one(LEAD + sentence, content, source=source, sourcing="document")


def test_relative_after_a_verb_and_a_plural_document():
    c = one(LEAD + "The harbour party made statements which suggested that the crew was at fault.",
            "the crew was at fault", sourcing="document")
    assert c.speaker == "statements"


@pytest.mark.parametrize("sentence, content, sourcing", [
    ("Monarchists are urging people not to blame the crew.", "people not to blame the crew", "collective_unnamed"),
    ("Several Kelpish politicians said the port was unsafe.", "the port was unsafe", "collective_unnamed"),
    ("Protest organisers said 500 people would march.", "500 people would march", "collective_unnamed"),
    ("Kelpco executives have admitted that the boat was old.", "the boat was old", "unnamed_official"),
])
def test_plural_people_are_no_named_body(sentence, content, sourcing):
    one(LEAD + sentence, content, sourcing=sourcing)
