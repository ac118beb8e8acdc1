"""Quotations that continue an attributed one, and how quotation marks pair.

Every sentence here is invented (made-up people, places and events).  A
continuation shares the cue and the source of the quotation it continues, so
that the pieces read as one attribution.
"""

from __future__ import annotations

from datasette_claims.extract.quotes import find_quotes
from extract_helpers import run


def find(claims, content: str):
    found = [c for c in claims if c.content.text.strip(" \"'\u201c\u201d.,") == content]
    assert found, [(c.content.text, c.rule) for c in claims]
    return found[0]


def joined(text: str, first: str, second: str):
    """The second quotation is attributed with the same cue and source as the first."""
    claims = run(text)
    a, b = find(claims, first), find(claims, second)
    assert a.cue is not None and b.cue is not None
    assert (a.cue.start, a.source.start) == (b.cue.start, b.source.start), (a.rule, b.rule)
    return a, b


def not_joined(text: str, first: str, second: str):
    claims = run(text)
    a = find(claims, first)
    for c in claims:
        if c.content.text.strip(" \"'\u201c\u201d.,") == second:
            assert c.cue is None or a.cue is None or c.cue.start != a.cue.start, c.rule
    return claims


def test_second_quote_after_trailer_without_period():
    # the trailer has no full stop, so one sentence holds both quotations
    joined('"The ferry will run all winter," Halden said "We have hired two more crews."',
           "The ferry will run all winter", "We have hired two more crews")


def test_second_quote_after_place_abbreviation():
    joined('"Our orchards survived the frost," Ilse Maren said in Dover, Del. '
           '"The pears did not."',
           "Our orchards survived the frost", "The pears did not")


def test_programme_title_is_not_a_continuation():
    claims = run('"We will cut the fee," Osk said on "Morning Harbor." "Families pay too much."')
    assert not any(c.content.text.strip(" .\"") == "Morning Harbor" for c in claims)
    joined('"We will cut the fee," Osk said on "Morning Harbor." "Families pay too much."',
           "We will cut the fee", "Families pay too much")


def test_short_lead_in_joins_as_mixed():
    claims = run('"The council listened," Brannock said. Instead, "it voted the same way again."')
    base = find(claims, "The council listened")
    cont = [x for x in claims if x.content.text.startswith("Instead")]
    assert cont and cont[0].cue.start == base.cue.start and cont[0].quote_type == "mixed"


def test_indirect_paragraph_then_quotation_paragraph():
    text = ("Minister Tova Lind said that the tunnel would open in the spring.\n\n"
            "\u201cWe are ahead of schedule and under budget for the first time in years.\u201d")
    joined(text, "the tunnel would open in the spring",
           "We are ahead of schedule and under budget for the first time in years")


def test_indirect_sentence_then_quotation_same_paragraph():
    text = ("Mayor Ruud Palen says the market will stay open late in summer. "
            "\u201cPeople want to shop after work, and the stalls want the trade.\u201d")
    joined(text, "the market will stay open late in summer",
           "People want to shop after work, and the stalls want the trade")


def test_separate_claim_in_between_stops_the_run():
    # the quotation after "She says ..." goes with that claim, not the first trailer
    text = ('"The vote was rushed," said Orla Fenn, a clerk in Mossby. She says the ballots '
            'should be counted again. "Nobody checked the seals on the boxes."')
    claims = run(text)
    first = find(claims, "The vote was rushed")
    last = find(claims, "Nobody checked the seals on the boxes")
    assert last.cue.start != first.cue.start


def test_colon_paragraph_introduces_next_paragraph_quotation():
    text = ("The harbour board issued a blunt warning:\n\n"
            "\u201cNo ship larger than the old ferry will dock here before the dredging ends.\u201d")
    c = find(run(text), "No ship larger than the old ferry will dock here before the dredging ends")
    assert c.rule == "direct.colon_para" and c.source.text == "The harbour board"


def test_colon_paragraph_not_a_label():
    text = ("See the full list below:\n\n"
            "\u201cNo ship larger than the old ferry will dock here before the dredging ends.\u201d")
    assert not any(c.rule == "direct.colon_para" for c in run(text))


def test_next_paragraph_continuation_still_joins():
    text = ('"The bridge is safe," said Pell Arden, the county engineer.\n\n'
            '"We inspected every cable last month and found nothing to worry about."')
    joined(text, "The bridge is safe",
           "We inspected every cable last month and found nothing to worry about")


def test_height_mark_inside_a_quotation():
    text = "\u201cHe says he is 6\u20194\u201d, but I am taller,\u201d Kessa Moor said."
    quotes = find_quotes(text, [(0, len(text))])
    assert len(quotes) == 1 and text[quotes[0].start:quotes[0].end].endswith("taller,")
    c = find(run(text), "He says he is 6\u20194\u201d, but I am taller")
    assert c.source.text == "Kessa Moor"


def test_opening_mark_typed_as_closing_mark():
    text = ("Wren Halloway spoke at the mill.\n\n"
            "\u201d\u2026 the looms will run again,\u201d she said in March. "
            "\u201cWe found a buyer for the whole building.\u201d")
    claims = run(text)
    a = find(claims, "\u2026 the looms will run again")
    b = find(claims, "We found a buyer for the whole building")
    assert a.cue.start == b.cue.start


def test_long_appositive_then_second_quote():
    joined('"The mill will reopen," said Jorin Vale, 61, who has run the looms since he was a '
           'teenager in Harwick, Mass. "We just need the orders."',
           "The mill will reopen", "We just need the orders")
