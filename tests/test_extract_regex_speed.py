"""Regexes rewritten for speed match exactly what their plain forms match."""

import re
import string
import sys

from datasette_claims.extract import anonymity, as_clauses, passives, patterns, when

SENTENCES = [
    "Officials who spoke on condition of anonymity said the talks had stalled.",
    "A diplomat, who asked not to be named because the talks are private, said so.",
    "Speaking on condition of anonymity, a senior aide said the vote would fail.",
    "\u017fpeaking anonymously, one aide said it; WHO SPOKE ON BACKGROUND said more.",
    "An adviser said, on condition of anonymity, that the plan was dead.",
    "Officials that were not authorized to discuss the matter said it failed.",
    "A nurse-who spoke on condition of anonymity said it; x'that requested anonymity said.",
    "Whoever spoke anonymously said nothing; Thatcher talked on background.",
]


def _plain(rx: re.Pattern, words: str) -> re.Pattern:
    head = patterns.word_start(tuple(words.split("|")), ignore_case=True)
    assert rx.pattern.startswith(head)
    return re.compile(r"(?<![\w'\u2019-])(?:" + words + ")" + rx.pattern[len(head):], rx.flags)


def test_word_start_patterns_match_their_plain_forms():
    for rx, words in ((anonymity.RELATIVE, "who|that"), (anonymity.PARTICIPLE, "speaking|talking"),
                      (anonymity.ADVERBIAL, "on")):
        plain = _plain(rx, words)
        for s in SENTENCES:
            for lo in (0, 1, 9):
                assert [m.span() for m in rx.finditer(s, lo)] == [m.span() for m in plain.finditer(s, lo)]
    assert anonymity.formula_spans(SENTENCES[0])[0] == (10, 45)
    assert anonymity.formula_spans(SENTENCES[3])[0][0] == 0


def test_case_folds_cover_every_case_insensitive_letter():
    every = "".join(map(chr, range(0xD800))) + "".join(map(chr, range(0xE000, sys.maxunicode + 1)))
    for ch in string.ascii_lowercase:
        found = set(re.findall(ch, every, re.IGNORECASE))
        assert found <= set(ch + ch.upper() + patterns.CASE_FOLDS.get(ch, ""))


TIMES = [
    "The mayor said on Tuesday that taxes would rise.",
    "After Monday the talks resumed; earlier on Friday morning she said it.",
    "Since yesterday nothing moved, but last week the minister said so on May 5, 2020.",
    "Moody said this morning that Jan. 3 was late; Sunday's vote, Tom said, mattered.",
    "xMonday and Tuesday-Wednesday, until today, before tonight, then Sept. 12th.",
]


def _find_time_plain(text, start, end):
    for m in when.TIME_RE.finditer(text, start, end):
        if not text[max(0, m.start() - 7):m.start()].lower().endswith(("after ", "since ", "until ", "before ")):
            return m
    return None


def test_find_time_matches_a_plain_scan():
    for s in TIMES:
        for start in range(0, len(s), 3):
            for end in (len(s), len(s) - 5, start + 20):
                got, want = when.find_time(s, start, end), _find_time_plain(s, start, end)
                assert (got and (got.span(), got.group())) == (want and (want.span(), want.group()))


def test_cap_cue_pattern_matches_its_plain_form():
    plain = re.compile(r"(?<=\s)(?:" + "|".join(patterns._CAP_CUES) + r")(?![\w'\u2019-])")
    s = "Roe Says Taxes Must Fall; Mayor Calls For Calm\tSaid\nTold ASays Saysx Says-so Calls On Calls Demands"
    assert [m.span() for m in patterns.CAP_CUE_RE.finditer(s)] == [m.span() for m in plain.finditer(s)]
    assert len(plain.findall(s)) == 7


def test_as_clause_pattern_matches_its_plain_form():
    rx = as_clauses._AS_CLAUSE
    head = r"[Aa](?<![\w'\u2019-].)s\s+"
    plain = re.compile(r"(?<![\w'\u2019-])[Aa]s\s+" + rx.pattern[len(head):], rx.flags)
    s = ("The plan, as Jane Roe noted, failed. As the mayor has said, taxes rose; has Roe said, "
         "it ended, as Roe pointed out. Alas Roe said, no. Texas said nothing, as Roe said.")
    for lo in range(0, len(s), 7):
        assert [m.span() for m in rx.finditer(s, lo)] == [m.span() for m in plain.finditer(s, lo)]
    assert len(plain.findall(s)) == 4


def test_passive_aux_pattern_matches_its_plain_form():
    rx = passives._PASSIVE_AUX
    head = patterns.word_start(("is", "are", "was", "were", "be", "been", "being"), r"[\w'\u2019]")
    plain = re.compile(r"(?<![\w'\u2019])(?:is|are|was|were|be|been|being)" + rx.pattern[len(head):])
    for s in ("The plan was first ", "This claim has been ", "It is being widely ", "Thesis ", "a-was ", "been "):
        for lo in range(len(s)):
            got, want = rx.search(s, lo), plain.search(s, lo)
            assert (got and got.span()) == (want and want.span())
    assert plain.search("The plan was first ") is not None


def test_passive_cue_patterns_match_their_plain_forms():
    eval_head = (r"(?<![\w'\u2019])(?P<aux>(?:has|have|had)\s+(?:also\s+|long\s+|since\s+)?been|(?:is|are|was|were)"
                 r"(?:\s+(?:already\s+|still\s+|now\s+|also\s+)?being)?|being)")
    bare_head = r"(?<![\w'\u2019])(?P<aux>(?:has|have|had)\s+been|is|are|was|were)"
    s = ("The plan was widely criticized as reckless. Roe is being accused of lying; Roe has long been "
         "mocked and ridiculed. Thesis was condemned. The price was not disclosed. It had been announced on "
         "Monday, and was revealed.")
    for rx, head in ((passives._EVAL_PASSIVE, eval_head), (passives._BARE_PASSIVE, bare_head)):
        plain = re.compile(head + rx.pattern[rx.pattern.index(r")\s+(?:(?:") + 1:])
        assert [m.span("aux") for m in rx.finditer(s)] == [m.span("aux") for m in plain.finditer(s)]
        assert len(plain.findall(s)) >= 2


def test_tokens_match_token_re():
    s = "Sen. Jane Roe (D-Ore.)  said\tU.S. \u201cofficials\u201d \u2014 who'd\u00a0 spoken \u2026 at 3:30 p.m.,"
    for lo in range(len(s)):
        for hi in (lo, lo + 1, lo + 9, len(s)):
            want = [(m.start(), m.end(), m.group()) for m in patterns.TOKEN_RE.finditer(s, lo, hi)]
            assert patterns.tokens(s, lo, hi) == want
    assert patterns.tokens(s, 0, 9) == [(0, 4, "Sen."), (5, 9, "Jane")]
