"""Extraction leftovers a reader trips on (issue #10, parts 2-3).

Invented sentences only.  Each test failed on main at a401928.
"""

from __future__ import annotations

from extract_helpers import one, run


# A sentence adverb and its comma open the sentence; the subject after it is
# closed by a stray comma before the verb ("Still, Kerr, said ...").
def test_adverb_then_stray_comma_subject():
    one("Still, Tolland, said the levy had failed.", "the levy had failed", source="Tolland")


def test_adverb_then_description_with_stray_comma():
    one("However, the warden of the marina, rejected the complaints.", "the complaints",
        source="the warden of the marina")


def test_adverb_then_titled_name_with_stray_comma():
    c = one("However, party chair Nessa Quill, told a news conference that the motion was lost.",
            "the motion was lost")
    assert c.speaker == "Nessa Quill"


def test_adverb_then_outlet_with_stray_comma():
    c = one("Subsequently, the Harbour Ledger, reported that the ferry had been sold.", "the ferry had been sold")
    assert c.source.text == "the Harbour Ledger"


def test_adverb_then_apposition_kept():
    c = one("However, Nessa Quill, the party chair, said the motion was lost.", "the motion was lost")
    assert c.speaker == "Nessa Quill"


# "quoted <in/on an outlet> as having said": the clause's subject speaks, not "having".
def test_quoted_on_outlet_as_having_said():
    text = "Mira Tolland spoke at the dock. Tolland is quoted on the Quayside Post as having said the pier was unsafe."
    c = one(text, "the pier was unsafe", rule="passive.quoted_as_saying")
    assert c.speaker != "having" and "Tolland" in c.speaker


def test_quoted_in_paper_as_saying():
    c = one("Mira Tolland was quoted in the Quayside Post as saying the pier was unsafe.", "the pier was unsafe",
            rule="passive.quoted_as_saying")
    assert c.speaker == "Mira Tolland"


def test_quantifier_after_adverb_is_subject():
    c = one("However, at least one critic, Ida Moss writing in the Ledger, has noted that the fee is low.",
            "the fee is low")
    assert c.speaker == "Ida Moss"


# One-line interview turns: each speaker's words are a row of their own.
def _turn(claims, content):
    found = [c for c in claims if c.content.text.strip() == content]
    assert found, [(c.content.text, c.source.text if c.source else None) for c in claims]
    return found[0]


def test_one_line_turns_with_names():
    claims = run("Harbour talk.\n\nKel Varn: The ferry is late again. Ida Moss: It was never on time.")
    assert _turn(claims, "The ferry is late again.").source.text == "Kel Varn"
    assert _turn(claims, "It was never on time.").source.text == "Ida Moss"


def test_one_line_turns_with_initials():
    claims = run("Harbour talk.\n\nKV: We sailed at noon. IM: We left at dawn.")
    assert _turn(claims, "We sailed at noon.").source.text == "KV"
    assert _turn(claims, "We left at dawn.").source.text == "IM"


def test_one_line_turns_alternating():
    claims = run("Tam Brell, the harbour master, spoke to us.\n\n"
                 "Brell: The quay flooded twice. Lana Osk: We left at dawn. Brell: The tide was high. "
                 "Lana Osk: Nobody warned us.")
    assert _turn(claims, "We left at dawn.").source.text == "Lana Osk"
    assert _turn(claims, "Nobody warned us.").source.text == "Lana Osk"
    assert _turn(claims, "The tide was high.").source.text == "Brell"


def test_one_line_turn_not_after_abbreviation_or_mixed_labels():
    claims = run("Harbour talk.\n\nTally: Rates rise *Kel vs. PBS: A debate on fees")
    assert not any(c.source and c.source.text == "PBS" for c in claims)


# "X denies reports he ..." (a headline's bare complement clause): the reports are
# a media_report claim and X's denial points at it; the denied words are not X's own.
def test_headline_denial_without_that():
    claims = run("Varn denies reports he will quit\n\nMayor Kel Varn spoke on Monday.")
    report = [c for c in claims if c.rule == "denial.denied_report"]
    assert report and report[0].content.text == "he will quit" and report[0].sourcing == "media_report"
    denial = [c for c in claims if c.denies == report[0].id]
    assert denial and denial[0].speaker and "Varn" in denial[0].speaker
    assert not any(c.content.text == "he will quit" and c.speaker and "Varn" in c.speaker for c in claims)


def test_present_tense_denial_of_claims_without_that():
    claims = run("The ministry denies claims it has hidden the flood figures.")
    report = [c for c in claims if c.rule == "denial.denied_report"]
    assert report and report[0].sourcing == "unattributed_hedged"
    assert any(c.denies == report[0].id for c in claims)


def test_reduced_relative_is_no_denied_report():
    claims = run("Varn denied reports it published on Monday.")
    assert not any(c.rule == "denial.denied_report" for c in claims)
