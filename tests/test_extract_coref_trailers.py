"""The speaker of a pronoun trailer after a quotation run, and quotations left to
the author although a trailer names the speaker (issue #10 part 3, helper xcoref).

A '"...," he went on.' that closes a quotation right after another attributed
quotation (nothing but spaces between, in that paragraph or the next) continues
that quotation's speaker: a lone name no person of the article bears ('"...,"
Marlowe said.') becomes a person of the pronoun's gender, a description of one
person ("the harbour spokesman") speaks on, before the person named earlier in
the narration.  Not in an exchange (a question before or as the trailer), nor
when narration names someone after the first quotation.  Invented sentences and
names; each test failed on the code before its fix (966a3a7), but for the guards.
"""

from __future__ import annotations

from tests.extract_helpers import one

# -- a pronoun trailer continues the quotation run before it


def test_a_lone_name_before_a_pronoun_trailer_is_that_speaker():
    text = ('Tom Reyes, a harbour activist, says the quay is unsafe.\n\n'
            '"We will not pay for the dredger," Ann Vole said.\n\n'
            '"We are tired of being told the harbour is safe!" Marlowe said.\n\n'
            '"I am the son of a fisher who came here from Kelp, and we can fix the quay," he said.')
    one(text, "I am the son of a fisher who came here from Kelp, and we can fix the quay",
        speaker="Marlowe", sourcing="named_person")
    one(text, "We are tired of being told the harbour is safe!", speaker="Marlowe", sourcing="named_person")


def test_an_inverted_lone_name_then_she_said_in_the_next_paragraph():
    text = ('Tom Reyes, a harbour activist, says the quay is unsafe.\n\n'
            '"We marched to the gate and the fence came down," said Marlowe, a protester from Dunmore.\n\n'
            '"We pushed forward. The guards tried to stop us. I was scared," she said.')
    one(text, "I was scared", speaker="Marlowe", sourcing="named_person")
    one(text, "We pushed forward", speaker="Marlowe")


def test_a_description_speaks_on_over_a_person_named_before():
    text = ('Tom Reyes, the mayor, wants to close the quay, and the port spokesman agrees.\n\n'
            '"The harbour is silting up," the harbour spokesman said. "The boats cannot reach the quay. '
            'The nets rot on the shore. We have waited long enough," he went on.')
    one(text, "We have waited long enough", speaker="the harbour spokesman", sourcing="unnamed_official")


# -- guards


def test_guard_a_question_and_its_answer_are_two_speakers():
    text = ('"Who hands the mike to the captain?" Ann Vole asked.\n\n'
            '"Captain Roe," Marlowe said.\n\n'
            '"And after that?" she asked.')
    one(text, "And after that?", speaker="Ann Vole")


def test_guard_narration_naming_another_breaks_the_run():
    text = '"We will fix the quay," Marlowe said. Tom Reyes, the mayor, disagreed. "The quay cannot be fixed," he said.'
    one(text, "The quay cannot be fixed", speaker="Tom Reyes")


def test_guard_the_pronoun_of_the_other_gender_is_someone_else():
    text = ('Tom Reyes chaired the meeting.\n\n'
            '"The harbour is silting up," said Ann Vole.\n\n'
            '"To Ann Vole the boats do not matter. She never sails," he said.')
    one(text, "She never sails", speaker="Tom Reyes")


# -- titles the name pattern cut or kept


def test_an_abbreviated_rank_before_an_inverted_name():
    one('The talks stalled. "The fleet is ready," said Maj. Ivo Kelp, acting commander of the port.',
        "The fleet is ready", speaker="Ivo Kelp", sourcing="named_person")


def test_two_abbreviated_ranks_before_an_inverted_name():
    one('"The port is open," said Army Maj. Gen. Ivo Kelp, commander of the northern zone.',
        "The port is open", speaker="Ivo Kelp", sourcing="named_person")


def test_a_spouse_title_is_the_role_not_the_name():
    one('The talks stalled. "The fleet is ready," First Lady Mary Vole said.',
        "The fleet is ready", speaker="Mary Vole", speaker_role="First Lady")


def test_guard_an_office_title_before_a_bare_surname_is_not_the_spouse():
    text = ("The speech was compared to Peter Vole's speech in 2004. First Lady Mary Vole also spoke that night."
            "\n\nOn the final night, President Vole addressed the convention.\n\n"
            "In his speech, Vole asked voters for four more years.")
    one(text, "voters for four more years", speaker="Peter Vole")


def test_guard_lady_alone_stays_in_the_name():
    one('"The fleet is ready," Lady Mary Vole said.', "The fleet is ready", speaker="Lady Mary Vole")


# -- a quotation that ends its sentence, then "X said, <adjunct>."


def test_a_trailer_with_an_adjunct_after_a_full_stop_quotation():
    text = 'The talks stalled. "We will sail in May." Ivo Kelp said, referring to the northern port.'
    one(text, "We will sail in May", speaker="Ivo Kelp", rule="direct.trailer")


def test_a_trailer_with_a_time_adjunct_after_a_full_stop_quotation():
    text = 'The talks stalled. "We will sail in May." Kelp Shipping president Ivo Kelp said, after the meeting.'
    one(text, "We will sail in May", speaker="Ivo Kelp", sourcing="named_person")


def test_guard_a_new_quotation_after_the_cue_is_no_trailer():
    text = 'The talks stalled. "We will sail in May." Ivo Kelp added, "The crews are trained."'
    one(text, "We will sail in May", rule="quote.unattributed")


def test_guard_a_that_clause_after_the_adjunct_is_no_trailer():
    text = 'The talks stalled. "We will sail in May." Ivo Kelp said, adding that the crews were trained.'
    one(text, "We will sail in May", rule="quote.unattributed")
