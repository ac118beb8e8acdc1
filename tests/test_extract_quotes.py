"""Direct and mixed quotation constructions, one invented example each.

Every sentence here is made up (invented people, places and events).
"""

from __future__ import annotations

from extract_helpers import one, run


def none_for(text: str, content: str):
    claims = run(text)
    assert not [c for c in claims if c.content.text.strip(" \"'\u201c\u201d.,") == content], \
        [(c.content.text, c.rule) for c in claims]


def test_noun_like_cue_after_quote_is_a_trailer():
    one('"The ferry will run all winter," Osk notes.', "The ferry will run all winter",
        source="Osk", cue="notes", quote_type="direct")
    one('"Nobody leaves the valley hungry," the leaflet states.', "Nobody leaves the valley hungry",
        source="the leaflet", quote_type="direct")


def test_noun_like_cue_without_quote_stays_a_noun():
    none_for("The river states of the north met in Varn.", "of the north met in Varn")


def test_trailer_after_sentence_split_at_closing_mark():
    # a long quotation whose closing mark ends a sentence unit, then the cue with an object
    one("\u201cWhen the storm came and [Osk] heard of it, her answer was, \u2018What can we do to "
        "help?\u2019\u201d Lira Dane told reporters during Monday\u2019s conference call.",
        "When the storm came and [Osk] heard of it, her answer was, \u2018What can we do to help?\u2019",
        source="Lira Dane", quote_type="direct")


def test_told_a_programme_in_quotation_marks():
    one('"We need more buses," the mayor told "Morning in Varn" after the vote.',
        "We need more buses", source="the mayor", quote_type="direct")


def test_quote_ending_a_sentence_is_not_the_next_cues_content():
    claims = run('Osk said, "The harbour is safe." He added, "The boats can return."')
    added = [c for c in claims if c.cue and c.cue.text == "added"]
    assert added and added[0].content.text.strip('"') == "The boats can return."
    assert added[0].source.text == "He"


def test_stray_period_before_trailer():
    one('"Varn, if you hear me, we will find the missing ledgers." Osk said.',
        "Varn, if you hear me, we will find the missing ledgers", source="Osk")


def test_said_first_inverted():
    c = one('The old mill was sold. Said Dora Pell, who grew up nearby, "We were all so proud of it."',
            "We were all so proud of it", quote_type="direct", cue="Said")
    assert c.source.text == "Dora Pell"


def test_continued_name_colon_is_not_a_heading_speaker():
    claims = run('Continued Osk: "So the levy is a real problem for the town."')
    got = [c for c in claims if "levy" in c.content.text]
    assert len(got) == 1 and got[0].source.text == "Osk" and got[0].cue.text == "Continued"


def test_colon_lead_with_long_subject_and_short_quote():
    c = one('A rally by the town\u2019s clergy and shop owners on Sunday had one message: "Stop Brell."',
            "Stop Brell", quote_type="direct")
    assert c.source.text.startswith("A rally by the town")


def test_more_from_digest_colon():
    one('Polls tightened late - More from Varga: "Late deciders broke for the challenger in every county."',
        "Late deciders broke for the challenger in every county", source="Varga", quote_type="direct")


def test_issued_a_statement_comma_quote():
    one('After the flood, Osk issued a statement, "Last night our valley was hit harder than ever."',
        "Last night our valley was hit harder than ever", source="Osk", cue="issued a statement",
        quote_type="direct")


def test_released_following_statement_next_paragraph():
    one('When the bridge fell, Governor Lira Dane released the following statement:\n\n'
        '"Our thoughts are with every family in Varn tonight."',
        "Our thoughts are with every family in Varn tonight", source="Governor Lira Dane",
        quote_type="direct")


def test_issued_statement_without_quote_is_nothing():
    claims = run("The council issued a statement apologizing to Osk for the delays.")
    assert not [c for c in claims if c.rule == "direct.issued_statement"]


def test_mixed_content_ends_after_quote_closed_on_comma():
    one('Osk said things \u201cwill be settled by the spring,\u201d referring to the ferry vote in Varn.',
        "things \u201cwill be settled by the spring", source="Osk", quote_type="mixed")


def test_markup_attribute_values_are_not_quotations():
    # a wiki table left in scraped text: its style="..." is not anyone's words
    text = ('Results by district\n\n{| border="1" style="padding: 2px 4px; color: #333; border: 1px #aaa solid; '
            'font-size: 90%;" |- | Lowfield | 4,210 |}\n\n'
            '"The count was fair and open," the returning officer Tamsin Orrell said.')
    claims = run(text)
    assert not [c for c in claims if "padding" in c.content.text], [(c.content.text, c.rule) for c in claims]
    assert [c for c in claims if c.content.text.startswith("The count was fair")]
