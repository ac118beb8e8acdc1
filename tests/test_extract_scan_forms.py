"""The faster forms of the extraction's window searches find exactly what the
plain forms found.

Why: a pattern that opens with ``\\b`` or a look-behind is tried by the regex
engine at every position of its window; the extraction now reads several of
them behind a first character class (``patterns.search_after`` and
``matches_after``), as a trie, behind a first test, or with a scan from the
end (``screens.prev_word``).  Each must give the same match (span and groups)
as the form it replaced, written out here, on invented sentences and on random
text made of the characters the patterns care about.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from datasette_claims.extract import (
    as_clauses, grain, headlines, hedges, lexicon, nominal, passives, patterns, quotes, sentences, sources,
    speaker_guards, speakers,
)
from datasette_claims.extract.verbal import complements, cue, frames, screens

# The forms replaced, as they were written.
OLD_PREV_WORD = re.compile(r"([\w'\u2019]++)\s++$")
OLD_AND_PAST = re.compile(complements.AND_PAST.pattern.replace(r"[,\s](?:(?<=,)\s+|(?<=\s)\s*)", r",?\s+", 1))
OLD_AND_BEFORE = re.compile(r"(?:(?:,\s*)?\b(?:and|but)\s+|,\s+(?=then\s))(?:(?:" + "|".join(sorted(sources.AUX))
                            + r")\s+)*$")
OLD_CRITICISM = re.compile(r"\bcriticism\b")
OLD_TOKEN = re.compile(r"[\w][\w.'\u2019&/-]*|[^\w\s]")  # (TOKEN_RE, which patterns.tokens read with its spaces)
OLD_HEAD_CUE = re.compile(r"(?<![\w'\u2019-])(?P<cue>" + headlines._ADV + r"(?P<verb>"
                          + "|".join(f[0].upper() + f[1:] + "|" + f for f in headlines._FORMS) + r")"
                          + headlines._PARTICLE + r")(?![\w'\u2019-])")
# NAME_RE with its repeated groups greedy, as before they were possessive
_OLD_CAP_TAIL = r"[a-z]++(?:[A-Z][a-z]++)*(?:[-'\u2019][A-Z]?[a-z]++)*"
_OLD_CAP = r"[A-Z](?:['\u2019][A-Z])?" + _OLD_CAP_TAIL
_OLD_NAME_REST = (r"(?:\s+(?:[A-Z]\.\s*|[B-HJ-Z]\s+(?=[A-Z][a-z]))*(?:" + speakers._PARTICLE + r"\s+){0,2}"
                  + speakers._JOINED_ARTICLE + _OLD_CAP + r"){1,4}")
OLD_NAME_RE = re.compile(r"[A-Z](?<![\w'\u2019-].)(?:(?P<title_tail>" + speakers._title_tail() + r")\s+(?P<name>"
                         + _OLD_CAP + _OLD_NAME_REST + r")|(?P<name_tail>" + _OLD_CAP_TAIL + _OLD_NAME_REST
                         + r"))(?:,?\s+(?:Jr|Sr)\.?)?")

SENTENCES = [
    "The mayor, who spoke at a rally, said on Monday that taxes would fall, and left the stage.",
    "Aides to the governor say the plan failed, but critics of Mr. Roe, and then others, disagreed.",
    "A poll released by the Kelp Institute shows the senator leading; the study, and its data, were cited.",
    "Roe Slams Budget, Praises Plan: Council Just Said No To Tax Rise",
    "roe says no, calls for inquiry and Also Claims victory; DENIES report",
    'Jane Roe: "We will win." Mr Lee, a spokesman: \u201cNo.\u201d - Ann Kelp: \u2018Later.\u2019',
    "\u00c9lodie's promise to stay, the governor\u2019s pledge that taxes fall, and Lee's claims about it",
    "The tentative deal, announced Friday, would cut costs; a plan announced earlier this year and "
    "announced plans were dropped after criticism. Criticism, xcriticism and criticisms.",
    "He was asked by reporters with the Clarion since the vote in the Senate after the talks of "
    "such as Jo Roe and",
    "it\u2019s theirs  \t\nwhat'll_be done\u2003 caf\u00e9 na\u00efve 12 \u0663 ",
    "Her husband has said, and has; her husband will ",
    "Roe reportedly left; xreportedly not; this is said to be so, and prices were  rumoured\nto rise",
    "The levy, as Jo Roe noted, will fall; as Ann Kelp pointed out.  The tax rose, as the mayor said",
    "Her criticism of the plan and his call  for a vote, her vow to stay and their promise that it ends.",
    "A U.S.-made drone, R&D/ops and it\u2019s the Smiths' 3.5 per cent -- x__y  \u00e9t\u00e9",
    'Mr. Roe left. "It ended." (He went.) The U.S. Navy said so... Then 4 ships sailed.\u201cNo,\u201d she said.',
    "Roe's aide said 'no deal' and 'we will see,' then Lee's 'maybe'; \"I won't,\" he said. 'Open",
]
ALPHABET = st.sampled_from(list("aAbdensuthcr ,.;:'\u2019\"\u201c\u201d-\n\u00e9_1MRJ") +
                           ["and ", "but ", "said ", "says ", "as ", "poll ", "criticism", "Mr ", "the ",
                            "announced ", "Friday", "'s ", " promise ", "Roe ", "Calls For ", "since ", "in ",
                            "noted", " pointed out", "call ", " of ", " to ", " that ", "U.S.", "&", "/",
                            ". The ", ".\" He ", ".) A", "...", "!", "?", ".\u201cNo", " \u2022 "])
TEXTS = st.lists(ALPHABET, max_size=40).map("".join)
# runs of capitals: names with initials, particles, joined articles, titles, possessives, "Jr."
NAME_PIECES = st.sampled_from(list(" ,.'\u2019-\nAJMRSa") + [
    "Jo ", "Roe", "Mc", "Kelp", "O'", "De", "Santis", "J. ", "A.", "de ", "la ", "van ", "der ", "da ", "e ",
    "al-", "Al-", "el-", "bin ", "Mr. ", "Mrs ", "Dr.", "Sen. ", "Gen ", "Prof. ", "Jr.", " Sr", "'s ", "-moon",
    "the ", "said ", "Kelp Institute ", "  "])
NAME_TEXTS = st.lists(NAME_PIECES, max_size=30).map("".join)


def spans(m):
    return None if m is None else (m.span(), m.groups())


def windows(text: str):
    n = len(text)
    for lo in range(0, n + 1, 3):
        for hi in range(lo, n + 1, 5):
            yield lo, hi
        yield lo, n


def check_text(text: str) -> None:
    for lo, hi in windows(text):
        old = OLD_PREV_WORD.search(text, lo, hi)
        assert screens.prev_word(text, lo, hi) == (old.group(1) if old else None), (text, lo, hi)
        assert spans(complements.AND_PAST.search(text, lo, hi)) == spans(OLD_AND_PAST.search(text, lo, hi))
        assert spans(sources._AND_BEFORE.search(text, lo, hi)) == spans(OLD_AND_BEFORE.search(text, lo, hi))
        for after, regex in ((cue._DATA_NOUN_AFTER, frames.DATA_NOUN),
                             (speaker_guards._PREP_BEFORE_NP_AFTER, speaker_guards._PREP_BEFORE_NP)):
            assert spans(patterns.search_after(after, regex, text, lo, hi)) == spans(regex.search(text, lo, hi))
        group_after = sources._GROUP_PREP_AFTER.search(text, lo - 1, hi) if lo else None
        if lo:
            assert spans(group_after) is None or group_after.span("np") == \
                sources._GROUP_PREP.search(text, lo, hi).span("np")
            assert (group_after is None) == (sources._GROUP_PREP.search(text, lo, hi) is None)
        assert patterns.tokens(text, lo, hi) == [(m.start(), m.end(), m.group())
                                                 for m in OLD_TOKEN.finditer(text, lo, hi)], (text, lo, hi)
        check_anchor_filters(text, lo, hi)
        check_literal_openers(text, lo, hi)
        assert [spans(m) for m in patterns.cue_matches(text, lo, hi)] == \
            [spans(m) for m in patterns.CUE_RE.finditer(text, lo, hi)], (text, lo, hi)
        for after, regex, old in ((headlines._HEAD_CUE_AFTER, headlines._HEAD_CUE, OLD_HEAD_CUE),
                                  (patterns.COLON_SPEAKER_AFTER, patterns.COLON_SPEAKER_RE, patterns.COLON_SPEAKER_RE)):
            assert [spans(m) for m in patterns.matches_after(after, regex, text, lo, hi)] == \
                [spans(m) for m in old.finditer(text, lo, hi)]
    assert [m.span() for m in nominal._CRITICISM.finditer(text)] == [m.span() for m in OLD_CRITICISM.finditer(text)]
    for m in lexicon.HEARSAY_RE.finditer(text):
        # (hedges runs HEARSAY_RE only in the sentences that hold one of its anchors)
        assert any(a.pattern.search(m.group()) for a in hedges._ANCHORS), m.group()
    lead = text[-160:]
    if grain._POSSESSIVE_LEAD.search(lead):
        assert grain._POSSESSIVE_CUE.search(lead)
    for m in re.finditer(r"\bannounced\b", text):
        for full in passives._ANNOUNCED_NP.finditer(text):
            if full.start("cue") <= m.start() < full.end("cue"):
                assert passives._ANNOUNCED_WHEN.match(text, m.start())


def check_anchor_filters(text: str, lo: int, hi: int) -> None:
    """What the cue words' filters ask of the text after them holds for every
    match the search around them would find (``as_clauses`` runs _AS_CLAUSE
    only where _CUE_THEN_END matches at the cue word, up to the window's end;
    ``noun_prep`` reads only the _NOUN_PREP matches with a preposition or a
    link, looked for where _LINK_AFTER_NOUN follows the noun)."""
    m = as_clauses._AS_CLAUSE.search(text, lo, hi)
    while m is not None:
        assert as_clauses._CUE_THEN_END.match(text, m.start("cue"), hi), (text, lo, hi)
        m = as_clauses._AS_CLAUSE.search(text, m.start() + 1, hi)
    m = nominal._NOUN_PREP.search(text, lo, hi)
    while m is not None:
        if m.group("prep") or m.group("link"):
            assert nominal._LINK_AFTER_NOUN.match(text, m.end("noun")), (text, lo, hi)
        m = nominal._NOUN_PREP.search(text, m.start() + 1, hi)


def check_literal_openers(text: str, lo: int, hi: int) -> None:
    """The forms opened by one literal character find what the forms opened by a
    class find where the class's other characters are absent: the sentence ends
    of a stretch with no "!", "?" or newline, the quotation marks of a paragraph
    of ASCII (``quotes`` reads each paragraph as a string of its own)."""
    part = text[lo:hi]
    if not any(ch in part for ch in "!?\n"):
        assert [spans(m) for m in sentences._END_AT_STOP.finditer(text, lo, hi)] == \
            [spans(m) for m in sentences._END.finditer(text, lo, hi)], (text, lo, hi)
    if part.isascii():
        for fast, plain in ((quotes._SINGLE_ASCII, quotes._SINGLE), (quotes._DOUBLE_ASCII, quotes._DOUBLE)):
            assert [spans(m) for m in fast.finditer(part)] == [spans(m) for m in plain.finditer(part)], part


def test_invented_sentences():
    for text in SENTENCES:
        check_text(text)
        check_text(text.title())
        check_text(text.lower())


@settings(deadline=None)  # examples: the profile's (conftest.py)
@given(TEXTS)
def test_random_text(text):
    check_text(text)


@settings(deadline=None)
@given(NAME_TEXTS)
def test_name_scan_with_possessive_groups(text):
    """``NAME_RE``'s repeated groups are possessive (a group given back never
    lets the rest match, and what closes the pattern is optional): the same
    matches and groups as the greedy form, scanned and read at every capital."""
    assert [spans(m) for m in speakers.NAME_RE.finditer(text)] == [spans(m) for m in OLD_NAME_RE.finditer(text)]
    for k in range(len(text)):
        assert spans(speakers.NAME_RE.match(text, k)) == spans(OLD_NAME_RE.match(text, k)), (text, k)


def test_name_scan_finds_names():
    text = "Sen. Jo de la Kelp-Roe Jr. met J. A. Mc Roe and Saleh al-Kelp, then Ana DeSantis's aide."
    assert [m.group() for m in speakers.NAME_RE.finditer(text)] == [
        "Sen. Jo de la Kelp-Roe Jr", "Mc Roe", "Saleh al-Kelp", "Ana DeSantis's"]
    assert speakers.NAME_RE.pattern != OLD_NAME_RE.pattern


def test_the_fast_forms_find_what_they_should():
    """Hits, so that the equalities above are not all about misses."""
    assert screens.prev_word("the report says", 0, len("the report ")) == "report"
    assert screens.prev_word("at a rally, said", 0, len("at a rally, ")) is None
    assert complements.AND_PAST.search(SENTENCES[0]).group().strip(", ") == "and left"
    assert patterns.search_after(speaker_guards._PREP_BEFORE_NP_AFTER, speaker_guards._PREP_BEFORE_NP,
                                 "talks with the Kelp ", 0, 20).start() == 6
    heads = [m.group("verb") for m in patterns.matches_after(
        headlines._HEAD_CUE_AFTER, headlines._HEAD_CUE, SENTENCES[3], 0, len(SENTENCES[3]))]
    assert heads == ["Slams", "Praises", "Said"]
    assert [m.group("src") for m in patterns.matches_after(
        patterns.COLON_SPEAKER_AFTER, patterns.COLON_SPEAKER_RE, SENTENCES[5], 0, len(SENTENCES[5]))] == \
        ["Jane Roe", "Ann Kelp"]


def test_cue_scan_reads_a_spaced_copy():
    """The cue scan searches a copy of the text with every character that may
    stand before a cue a space (bytes, the same offsets), opened by that space;
    the copy's extra hits (a cue word glued to a non-ASCII letter, "\u2019" or a
    word after it) are turned down by ``CUE_RE`` on the text itself."""
    text = "Roe said\u2019s and Lee said\u00e9 it, Kim \u201csaid\u201d so\u2014said it;\nsaid Ann (added) x-said"
    assert patterns._CUE_AFTER.pattern.startswith(b" ")
    assert patterns._spaced(text) == b"Roe said s and Lee said  it  Kim  said  so said it  said Ann  added  x-said"
    assert [m.start() for m in patterns.cue_matches(text, 0, len(text))] == \
        [m.start() for m in patterns.CUE_RE.finditer(text)] == [34, 43, 52, 62]
    assert [m.group() for m in patterns.cue_matches(text, 46, len(text))] == ["said", "added"]

