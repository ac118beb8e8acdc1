"""Where a content ends and begins: what a fact-checker reads in a claim row.

A rule ends a content where the next attribution's source or cue starts; the
word that opened the next clause ("and that", "which", "where", "because")
is no part of the first content (``grain.trim_dangling``).  A leading "that,"
before an inserted phrase is the complementizer, like a leading "that ".

All sentences are invented.
"""

from __future__ import annotations

from extract_helpers import run


def _contents(text):
    return {c.content.text: c for c in run(text)}


def test_a_second_that_clause_with_its_own_cue_leaves_no_and_that():
    text = ("Mr. Dalby testified that Mr. Orrin asked him about the ferry plan, and that "
            "Mr. Orrin told him all the staff knew about it.")
    got = _contents(text)
    assert "Mr. Orrin asked him about the ferry plan" in got, list(got)
    assert got["Mr. Orrin asked him about the ferry plan"].source.text == "Mr. Dalby"
    assert not any(c.endswith("that") for c in got)


def test_but_that_before_another_speaker_is_cut():
    text = "The tabloid said most wardens refused to comment but that one said the order was clear."
    got = _contents(text)
    assert "most wardens refused to comment" in got, list(got)
    assert "the order was clear" in got


def test_a_relative_before_a_parenthetical_speaker_is_cut():
    text = ("The rebels blamed the border garrison at Lusk Point, where observers say "
            "the envoys were landed in a firing zone.")
    got = _contents(text)
    assert not any(c.rstrip().endswith("where") for c in got), list(got)


def test_a_relative_with_its_preposition_is_cut():
    text = ("The ministry said 30 people were hurt in the blast at the Kell depot, in which "
            "the police say a gas main burst.")
    got = _contents(text)
    assert "30 people were hurt in the blast at the Kell depot" in got, list(got)


def test_a_pronoun_that_before_its_own_trailer_stays():
    got = _contents("We would not do that, the harbour master said.")
    assert "We would not do that" in got, list(got)


def test_a_quotation_ending_in_that_stays():
    got = _contents('"Nobody here wants that," Ada Quill said. "The council knows it."')
    assert any(c.rstrip('",').endswith("wants that") for c in got), list(got)


def test_that_and_its_comma_before_an_inserted_phrase_are_dropped():
    text = "The ministry has said that, unlike its neighbours, Varna will not raise the ferry fee."
    got = _contents(text)
    assert "unlike its neighbours, Varna will not raise the ferry fee" in got, list(got)


def test_that_comma_before_a_quotation_is_dropped():
    text = 'The mayor added that, "the new bridge will open in May."'
    got = _contents(text)
    assert not any(c.startswith("that") for c in got), list(got)


def test_a_passive_agent_goes_on_over_a_group_of():
    got = _contents("The pay changes were also criticised by a number of church elders.")
    assert got["The pay changes"].source.text == "a number of church elders", list(got)
    assert "of church elders" not in got


def test_a_passive_agent_goes_on_over_a_name_of():
    got = _contents("The strike has been condemned by the Ministry of Harbours as unlawful.")
    assert got["The strike"].source.text == "the Ministry of Harbours", list(got)


def test_a_passive_agent_stops_before_the_charge():
    got = _contents("Mr. Vell was accused by the wardens of taking bribes.")
    assert got["of taking bribes"].source.text == "the wardens", list(got)


_TRANSCRIPT = (
    "KL: Why have you not gone back?:VR: Well, I need somebody to give me papers.\n\n"
    "KL: That should be easy for you.:VR: It is not, because the weeklies think otherwise. "
    "KL: The Ledger does political reporting.:VR: It so happens someone is working on it for me.\n\n"
    "KL: Where else have you been?:VR: How did you get into the country? KL: Through the islands, by boat.")


def test_a_transcript_label_after_a_sentence_end_starts_its_own_turn():
    got = _contents(_TRANSCRIPT)
    assert "Through the islands, by boat." in got, list(got)
    assert got["Through the islands, by boat."].source.text == "KL"
    assert "The Ledger does political reporting." in got
    assert not any("KL:" in c for c in got)


def test_a_capitalised_word_and_colon_inside_a_sentence_run_is_no_turn_once():
    text = "The council met on Monday. Agenda: the ferry fares and the harbour wall, the mayor said."
    got = _contents(text)
    assert not any(c.source and c.source.text == "Agenda" for c in got.values()), list(got)


def test_a_parenthetical_cue_after_where_reports_the_clause_after_it():
    text = "He was detained in 2001 near Kell where, according to his father, he was on a pilgrimage."
    got = _contents(text)
    assert "he was on a pilgrimage" in got, list(got)
    assert got["he was on a pilgrimage"].source.text == "his father"
    assert not any(c.endswith("where") for c in got)


def test_a_relative_row_before_its_own_parenthetical_is_dropped_when_the_clause_is_a_row():
    text = ("The owners were an elderly couple who, according to local papers, were beaten "
            "before they were taken away.")
    got = _contents(text)
    assert "were beaten before they were taken away" in got, list(got)
    assert not any(c.endswith("who") for c in got), list(got)
