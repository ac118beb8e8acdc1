"""The statement grain: one claim row per sentence, one ``utterance_id`` per attribution.

Why: a fact-checker checks one statement at a time, and a report often quotes
one sentence of a longer quotation.  Matching across reports needs rows of that
size too: a three-sentence quotation kept as one row cannot be linked to the
report that quotes only its second sentence, and it chains different
statements of one speech into one story.

The rules find attributions -- a cue, its source and its content, sometimes in
pieces around the cue ("A," she said, "B.").  This pass cuts each content at
sentence ends and gives every row of one attribution the same
``utterance_id``: the pieces of a split quotation share their cue, and the
sentences of one content share their attribution.  The utterance id is the
article id with the character range that the whole attribution's content
covers, so a claim id from before this pass (one row per attribution) is the
``utterance_id`` of its rows now.

It also gives quoted words embedded in someone else's claim to their original
speaker: in 'The senator condemned the governor's promise to leave the fund
"untouched forever"', the governor's words are a partial quotation of his,
relayed (``via``) by the senator, besides the senator's own claim.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import NamedTuple

from ..models import Claim, Span
from ..text import content_words
from .context import DETERMINERS, FINITE, letters_start, trim_span
from .lexicon import CLAUSE_SUBJECTS, DANGLING_OPENERS, IRREGULAR_PASTS, NAMING_NOUNS
from .quotes import Quote
from .sentences import MAX_SENTENCE, may_end_sentence, sentence_spans

# A sentence piece shorter than this many words ("No.", "Yes, sir.") is not a
# statement of its own: it stays with its neighbour.
MIN_PIECE_WORDS = 3
# A row of a multi-row utterance with no finite verb and fewer content words
# than this ("He" | "of receiving allocations", "In a merger" | "the brand
# would survive", "Just a bunch of clans.") is a piece of a statement, not one:
# it joins the neighbouring row of its utterance (``join_fragments``).
FRAGMENT_WORDS = 3
_FRAGMENT_CHARS = 120
# how far apart two rows of one utterance may lie for a fragment to join its
# neighbour: the cue and its source between them (", the mayor said, "), never
# a paragraph break
_JOIN_GAP = 100
# a clause's verb without a parser: an auxiliary or modal (``FINITE``), a
# contracted one or a negation ("I'm", "don't"), a subject pronoun and the
# lower-case word after it ("I owe"), a past form ending in -ed not after a
# determiner, or an irregular past (``lexicon.IRREGULAR_PASTS``: "Prices rose")
_CONTRACTED = re.compile(r"(?<=\w)['\u2019](?:m|re|s|ve|ll|d|t)\b")
_SUBJECTS = CLAUSE_SUBJECTS | {"it", "who"}
_SENTENCE_END = (".", "!", "?")

_WORD = re.compile(r"\w+")
_EDGE = " \t\r\n\u00a0"
_OPEN_MARKS = "\"\u201c\u201e\u00ab'\u2018"
_CLOSE_MARKS = "\"\u201d\u00bb'\u2019"
_WORD_EDGES = ".,;:!?()[]" + _OPEN_MARKS + _CLOSE_MARKS


@dataclass(slots=True)
class Piece:
    """One sentence of a claim's content, as offsets into the article text.
    (Slotted, not frozen: one is built for every claim, and a frozen dataclass
    costs twice the instructions to build; a NamedTuple's too.)"""

    start: int
    end: int


def utterance_key(claim: Claim) -> tuple:
    """What the rows of one attribution share: its cue and source (the pieces
    of a split quotation), else the claim itself."""
    if claim.cue is None:
        return ("claim", claim.id)
    return ("cue", claim.cue.start, claim.cue.end,
            claim.source.start if claim.source else None)


def group_utterances(claims: list[Claim]) -> list[list[Claim]]:
    """Claims grouped by attribution, each group in text order."""
    groups: dict[tuple, list[Claim]] = {}
    for c in claims:
        groups.setdefault(utterance_key(c), []).append(c)
    return [sorted(g, key=lambda c: c.content.start) for g in groups.values()]


def sentence_pieces(text: str, start: int, end: int) -> list[Piece]:
    """The sentences of text[start:end], trimmed, short ones merged into a neighbour."""
    if end - start <= MAX_SENTENCE and not may_end_sentence(text, start, end):
        return [Piece(start, end)]  # (most contents: nothing that could end a sentence)
    raw = []
    for s, e in sentence_spans(text, start, end):
        s, e = _trim_piece(text, s, e)
        if s < e:
            raw.append([s, e])
    if len(raw) < 2:
        return [Piece(start, end)]
    merged: list[list[int]] = []
    for s, e in raw:
        if merged and _words(text, s, e) < MIN_PIECE_WORDS:
            merged[-1][1] = e
        elif merged and _words(text, *merged[-1]) < MIN_PIECE_WORDS:
            merged[-1][1] = e
        else:
            merged.append([s, e])
    if len(merged) == 1:
        return [Piece(start, end)]
    return [Piece(s, e) for s, e in merged]


def _words(text: str, s: int, e: int) -> int:
    return len(_WORD.findall(text, s, e))


def _trim_piece(text: str, s: int, e: int) -> tuple[int, int]:
    """Whitespace off both ends, and a quotation mark left unpaired by the cut."""
    while s < e and text[s] in _EDGE:
        s += 1
    while e > s and text[e - 1] in _EDGE:
        e -= 1
    piece = text[s:e]
    if piece and piece[0] in _OPEN_MARKS and not any(m in piece[1:] for m in _CLOSE_MARKS):
        s += 1
    elif piece and piece[-1] in _CLOSE_MARKS and not any(m in piece[:-1] for m in _OPEN_MARKS):
        e -= 1
    while e > s and text[e - 1] in _EDGE:
        e -= 1
    return s, e


def _piece_type(claim: Claim, piece: Piece, quotes: list[Quote]) -> str:
    """A sentence of a mixed content may lie wholly inside or outside its quotation."""
    if claim.quote_type in ("direct", "indirect"):
        return claim.quote_type
    inside = any(q.start <= piece.start and piece.end <= q.end for q in quotes)
    if inside:
        return "direct"
    touches = any(q.start < piece.end and piece.start < q.end for q in quotes)
    return claim.quote_type if touches else "indirect"


def split_statements(article_id: str, text: str, claims: list[Claim], quotes: list[Quote]) -> list[Claim]:
    """One row per sentence, every row carrying its attribution's ``utterance_id``.

    ``denies`` links keep pointing at the first row of the denied attribution.
    """
    out: list[Claim] = []
    first_row: dict[str, str] = {}
    renamed: dict[str, str] = {}  # the id of a row joined to another -> the joined row's
    trimmed: dict[str, str] = {}  # (an old id -> the trimmed claim's, or the row that replaces a dropped one)
    dropped = trim_dangling(article_id, text, claims, trimmed)
    if dropped:
        claims = [c for c in claims if c.id not in dropped]
    for group in group_utterances(claims):
        hull_start = min(c.content.start for c in group)
        hull_end = max(c.content.end for c in group)
        utterance = f"{article_id}:{hull_start}-{hull_end}"
        kept: list[Claim] = []
        for claim in group:
            rows = _rows(article_id, text, claim, quotes, utterance)
            first_row[claim.id] = rows[0].id
            # two rules that read the same cue may claim overlapping words: the
            # rows of one utterance never overlap, so the first reading wins
            kept.extend(r for r in rows if not any(
                k.content.start < r.content.end and r.content.start < k.content.end for k in kept))
        if len(kept) > 1:
            kept = join_fragments(article_id, text, kept, renamed)
        out.extend(kept)
    seen: set[str] = set()
    unique = []
    for c in sorted(out, key=lambda c: (c.content.start, -c.confidence)):
        if c.id not in seen:
            seen.add(c.id)
            unique.append(c)
    for c in unique:
        if c.denies:
            denied = trimmed.get(c.denies, c.denies)
            first = first_row.get(denied, denied)
            c.denies = renamed.get(first, first)
    return unique


# a clause's opener at a content's end, with a preposition before a relative
# ("in which") and a coordinator before it (", and that"); ``DANGLING_OPENERS``
_DANGLING = re.compile(
    r"(?:[,;\u2014\u2013]?\s*\b(?:and|but|or)\s+)?(?:[,;\u2014\u2013]\s*)?"
    r"(?:\b(?:in|of|on|at|for|to|by|with|from|under|through|about)\s+)?\b(?:"
    + "|".join(DANGLING_OPENERS) + r")$", re.IGNORECASE)
_DANGLING_WORDS = frozenset(DANGLING_OPENERS)
_DANGLING_TAIL = 40
# what may lie between a dangling opener and the next attribution's source or cue
_DANGLING_GAP = " ,\u2014\u2013"


def trim_dangling(article_id: str, text: str, claims: list[Claim], renamed: dict[str, str]) -> set[str]:
    """Contents without a clause's opener left at their end by the next attribution.

    A rule ends a content where the next attribution's source or cue starts
    ("Roe testified that A, and that | Dee told him B"; "promises which | he
    says were not honoured"): the opener of that clause ("and that", "which")
    then dangles at the end.  It is cut when another claim's source or cue
    follows it (a complementizer "that" only when that source follows with no
    comma: '"We would not do that," Roe said' ends in a pronoun).  When the
    claim's own parenthetical cue follows a relative opener, the content is
    the relative clause after the cue (``_relative_side``).  ``renamed`` gets
    the old ids of the changed claims -> their new ones; returns the ids of
    the claims to drop."""
    dropped: set[str] = set()
    starts: dict[int, Claim] | None = None
    for c in claims:
        # (the last letter first: most contents end in no opener)
        if c.content.end < 2 or text[c.content.end - 1] not in _OPENER_LAST_LETTERS or c.quote_type == "direct":
            continue
        if starts is None:
            starts = _span_starts(claims)
        side = _relative_side(text, c, claims)
        if side is not None and side.instead is not None:
            renamed[c.id] = side.instead.id  # (dropped: the clause is a row of its own already)
            dropped.add(c.id)
            continue
        if side is not None:
            span = (side.start, side.end)
        else:
            end = _dangling_end(text, c, starts)
            span = (c.content.start, end) if end is not None else None
        if span is not None:
            old = c.id
            c.content = Span(span[0], span[1], text[span[0]:span[1]])
            c.id = f"{article_id}:{span[0]}-{span[1]}"
            renamed[old] = c.id
    return dropped


_OPENER_LAST_LETTERS = frozenset(w[-1] for w in DANGLING_OPENERS)


def _span_starts(claims: list[Claim]) -> dict[int, Claim]:
    """Where each claim's source and cue start -> the claim."""
    starts: dict[int, Claim] = {}
    for c in claims:
        for span in (c.source, c.cue):
            if span is not None:
                starts.setdefault(span.start, c)
    return starts


def _past_gap(text: str, p: int) -> int:
    """The first position from ``p`` past spaces, commas and dashes (``_DANGLING_GAP``)."""
    while p < len(text) and text[p] in _DANGLING_GAP:
        p += 1
    return p


class _Side(NamedTuple):
    """The relative clause a parenthetical attribution reports (``_relative_side``),
    or the row of the same cue that already holds it (``instead``)."""

    start: int
    end: int
    instead: Claim | None = None


# the relative openers after which a parenthetical attribution reports the relative clause
_RELATIVE_OPENERS = frozenset(("which", "who", "whom", "where"))
_RELATIVE_CLAUSE_MAX = 300


def _relative_side(text: str, c: Claim, claims: list[Claim]) -> _Side | None:
    """The relative clause a parenthetical attribution reports, for a content
    that ends in its opener right before the claim's own cue ("the elections,
    which, according to the opposition, | were rigged"; "in Kabul where, his
    father says, | he was on a pilgrimage"): what the source said is the clause
    after the cue (to the sentence's end), not the writer's words before it."""
    s, e = c.content.start, c.content.end
    k = letters_start(text, s, e)
    if text[k:e].lower() not in _RELATIVE_OPENERS or c.cue is None or c.quote_type == "direct":
        return None
    p = _past_gap(text, e)
    if p not in (c.cue.start, c.source.start if c.source else -1):
        return None
    pe = max(c.cue.end, c.source.end if c.source else 0)
    rs = _past_gap(text, pe)
    if not any(ch in _DANGLING_GAP[1:] for ch in text[pe:rs]):
        return None  # (no comma closes the parenthetical: where its source ends is a guess)
    limit = min(len(text), rs + _RELATIVE_CLAUSE_MAX)
    nl = text.find("\n", rs, limit)
    spans = sentence_spans(text, rs, nl if nl >= 0 else limit)
    if not spans:
        return None
    re_ = spans[0][1]
    while re_ > rs and text[re_ - 1] in _EDGE + ".":
        re_ -= 1
    others = [o for o in claims if o is not c and rs < o.content.end and o.content.start < re_]
    if others:
        same = [o for o in others if o.cue is not None and o.cue.start == c.cue.start]
        return _Side(rs, re_, same[0]) if same and len(same) == len(others) else None
    return _Side(rs, re_) if _words(text, rs, re_) >= MIN_PIECE_WORDS else None


def _dangling_end(text: str, c: Claim, starts: dict[int, Claim]) -> int | None:
    """The end of ``c``'s content without its dangling opener, or None."""
    s, e = c.content.start, c.content.end
    k = letters_start(text, s, e)
    word = text[k:e].lower()
    if word not in _DANGLING_WORDS or c.quote_type == "direct":
        return None
    p = _past_gap(text, e)
    follower = starts.get(p)
    if follower is None or follower is c:
        return None
    if word == "that" and p > e + 1 and (follower.cue is None or follower.cue.start != p):
        return None  # (a pronoun before a trailer's comma, not a complementizer)
    m = _DANGLING.search(text, max(s, e - _DANGLING_TAIL), e)
    if m is None:
        return None
    ns, ne = trim_span(text, s, m.start())
    return ne if _words(text, ns, ne) >= MIN_PIECE_WORDS else None


def _rows(article_id: str, text: str, claim: Claim, quotes: list[Quote], utterance: str) -> list[Claim]:
    pieces = sentence_pieces(text, claim.content.start, claim.content.end)
    if len(pieces) == 1:
        claim.utterance_id = utterance
        return [claim]
    rows = []
    for piece in pieces:
        rows.append(claim.replaced(
            id=f"{article_id}:{piece.start}-{piece.end}",
            content=Span(piece.start, piece.end, text[piece.start:piece.end]),
            quote_type=_piece_type(claim, piece, quotes),
            hedges=list(claim.hedges),
            utterance_id=utterance,
        ))
    return rows


def is_fragment(content: str, words: int = FRAGMENT_WORDS) -> bool:
    """A piece of a statement: no finite verb and fewer than ``words`` content
    words (and short: a long run of grammar words is no piece, and a joined
    row is tested again)."""
    # (the auxiliaries first: most rows have one, and the tokeniser costs more)
    return (len(content) <= _FRAGMENT_CHARS and FINITE.search(content) is None and not _verb_sign(content)
            and len(content_words(content)) < words)


def _verb_sign(content: str) -> bool:
    """A verb other than an auxiliary (see ``_CONTRACTED``)."""
    if ("'" in content or "\u2019" in content) and _CONTRACTED.search(content):
        return True
    prev = ""
    for word in content.split():
        word = word.strip(_WORD_EDGES)
        low = word.lower()
        if low in IRREGULAR_PASTS or (prev in _SUBJECTS and word[:1].islower()):
            return True
        if len(word) > 3 and word.endswith("ed") and word.isalpha() and word.islower() and prev not in DETERMINERS:
            return True
        prev = low
    return False


def join_fragments(article_id: str, text: str, rows: list[Claim], renamed: dict[str, str]) -> list[Claim]:
    """The rows of one utterance (in text order) with every fragment joined to a neighbour.

    A fragment that ends a sentence ("Just a bunch of clans.") joins the row
    before it, one that does not (the subject "He" of "He | was accused | of
    receiving allocations", the opener "In a merger" of "In a merger, he said,
    the brand would survive") the row after it; the joined row spans both and
    what lies between (the cue), so it reads as the statement.  A page's label
    glued before the first sentence is dropped (``_label``).  ``renamed``
    records the ids that the joined or dropped rows' ids now stand for.
    """
    if _label(text, rows):
        renamed[rows[0].id] = rows[1].id
        rows = rows[1:]
    i = 0
    while len(rows) > 1 and i < len(rows):
        j = _partner(text, rows, i)
        if j is None:
            i += 1
            continue
        a, b = min(i, j), max(i, j)
        joined = _joined(article_id, text, rows[a], rows[b], rows[j])
        for old in (rows[a].id, rows[b].id):
            renamed[old] = joined.id
        for old, new in renamed.items():
            if new in (rows[a].id, rows[b].id):
                renamed[old] = joined.id
        rows[a:b + 1] = [joined]
        i = a
    return rows


def _partner(text: str, rows: list[Claim], i: int) -> int | None:
    """The index of the row that fragment ``rows[i]`` joins, or None (no fragment, no near row)."""
    content = rows[i].content.text
    if not is_fragment(content):
        return None
    for j in ((i - 1, i + 1) if _ends_sentence(content) else (i + 1, i - 1)):
        if 0 <= j < len(rows) and _near(text, rows[min(i, j)], rows[max(i, j)]) and _mostly_statement(
                text, rows[min(i, j)], rows[max(i, j)]):
            return j
    return None


def _mostly_statement(text: str, first: Claim, second: Claim) -> bool:
    """Whether the two rows have more words than the cue and source between
    them: a joined row that is mostly attribution ("Tull, as one of the
    governor's longest-serving climate advisers pointed out, has no storms")
    is not the statement."""
    gap = _words(text, first.content.end, second.content.start)
    return gap < _words(text, first.content.start, first.content.end) + _words(
        text, second.content.start, second.content.end)


def _ends_sentence(content: str) -> bool:
    return content.rstrip(_CLOSE_MARKS + ")]")[-1:] in _SENTENCE_END


def _label(text: str, rows: list[Claim]) -> bool:
    """A fragment first in its utterance and glued, with no mark between, to
    a new sentence's capital ("Economy" | "According to official figures,
    ..."): a page's label, not a piece of the statement."""
    if not is_fragment(rows[0].content.text):
        return False
    gap = text[rows[0].content.end:rows[1].content.start]
    return gap[:1] in _EDGE and gap.lstrip(_EDGE)[:1].isupper()


def _near(text: str, first: Claim, second: Claim) -> bool:
    """Whether only spaces (two sentences of one content), or else a cue and its
    source inside one sentence, lie between two rows: never a paragraph break,
    a sentence end ('"A," she said. "B."') or a new sentence's capital."""
    s, e = first.content.end, second.content.start
    gap = text[s:e]
    if not gap.strip(_EDGE):
        return True
    if (len(gap) > _JOIN_GAP or "\n" in gap or gap.lstrip(_EDGE)[:1].isupper()
            or _ends_sentence(first.content.text) or gap.lstrip(_EDGE + _CLOSE_MARKS)[:1] in _SENTENCE_END):
        return False
    # (the next row's first letter: a sentence end needs the capital after it)
    return len(sentence_spans(text, s, min(e + 1, len(text)))) < 2


def _joined(article_id: str, text: str, first: Claim, second: Claim, keep: Claim) -> Claim:
    """``keep`` (the statement row) stretched over ``first`` and ``second`` and the text between."""
    s, e = first.content.start, second.content.end
    other = first if keep is second else second
    types = {first.quote_type, second.quote_type}
    return keep.replaced(
        id=f"{article_id}:{s}-{e}",
        content=Span(s, e, text[s:e]),
        quote_type="mixed" if types == {"direct", "indirect"} else keep.quote_type,
        hedges=keep.hedges + [h for h in other.hedges if h not in keep.hedges],
    )


# --- quoted words embedded in someone else's claim -------------------------

# Nouns that name what someone said: "the governor's promise to ...".
_SPEECH_NOUNS = (
    "promise|promises|pledge|pledges|vow|vows|claim|claims|assertion|assertions|words|remark|remarks|"
    "comment|comments|statement|statements|description|characterization|characterisation|call|calls|"
    "warning|warnings|threat|threats|insistence|boast|boasts|suggestion|prediction|predictions|"
    "assurance|assurances|admission|accusation|accusations|argument|charge|charges|label|phrase|"
    "slogan|declaration|announcement|demand|demands|plea|rhetoric|language|line|quip|joke|complaint"
)
_NAME = r"(?:[A-Z][\w.'\u2019-]*\s+){0,3}[A-Z][\w'\u2019-]*"
_NOMINAL = r"(?:the|a|an|his|her|their|its)\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*"
# possessor, optional adjective, speech noun, then up to ten words before the mark
_POSSESSIVE_LEAD = re.compile(
    rf"(?P<src>{_NAME}|{_NOMINAL})['\u2019]s?\s+(?:[a-z]+\s+)?(?P<cue>{_SPEECH_NOUNS})"
    r"(?P<gap>\s+(?:(?:that|to|of|for)\b[^.!?;\"\u201c\u201d]{0,90}|(?:about|on)(?:\s+(?:a|an|the))?))?\s*(?:,\s*)?$")
# The quotation is the possessor's words only inside the noun's own complement
# ("the governor's promise to leave the fund \"untouched\"", "X's call for a
# \"Y\"", "X's comments about \"Z\"", "X's statement that the dam should be
# \"closed\"") or right after a noun that names words ("Roe's phrase \"Z\""):
# right after "remarks", "comments" or "charge", after a topic ("X's remarks
# about the judge \"racist\"") or after a verb that follows the noun phrase
# ("X's claim that Kell is wrong is \"not true\"", "described X's statement as
# \"...\"") they are the words of whoever judges them, the claim around it.
_GAP_CLOSED = re.compile(r"\b(is|was|are|were|be|been|as)\s*,?\s*$")
_AUX_END = re.compile(r"\b(?:to|will|would|can|could|should|may|might|must|has|have|had|not)\s*$")


def _possessors_words(m: re.Match) -> bool:
    gap = m.group("gap")
    if gap is None:
        return m.group("cue") in NAMING_NOUNS
    closed = _GAP_CLOSED.search(gap)
    if closed is None:
        return True
    if closed.group(1) == "as":
        return False
    # a bare copula is read as the noun phrase's ("X's claim that Kell is wrong
    # is \"not true\""); after "to", a modal or an auxiliary it is the
    # complement's own ("promise to be \"open\"", "statement that it should be
    # \"closed\"")
    return _AUX_END.search(gap, 0, closed.start()) is not None


# The possessive and the speech noun alone, a first test of a lead: the full
# pattern opens with a name or a determiner and is tried at every position of
# the window, this one opens with the apostrophe (every _POSSESSIVE_LEAD match
# holds one of its matches)
_POSSESSIVE_CUE = re.compile(rf"['\u2019]s?\s+(?:[a-z]+\s+)?(?:{_SPEECH_NOUNS})")
_CALL_CUE = r"(?:has\s+|had\s+|have\s+)?(?P<cue>called|termed|dubbed|described\s+as|labell?ed|referred\s+to\s+as)\s*$"
# "what the governor called", "what Smith described as"
_WHAT_CALLED = re.compile(rf"\bwhat\s+(?P<src>{_NAME}|{_NOMINAL})\s+" + _CALL_CUE)
# "a decision parents called", "the plan that critics have dubbed", "a deal Smith
# described as": a noun, then a name or a bare plural noun calling it (never a
# noun phrase with its article: "a headline story called", "the risk of being
# labeled" name something, they quote no one)
_NOUN_CALLED = re.compile(
    r"\b(?:a|an|the|this|that|his|her|their|its)\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*(?:\s+(?:that|which))?"
    rf"\s+(?P<src>{_NAME}|(?!(?:was|is|has|as|its|this|his|does)\b)[a-z]{{3,}}s)\s+" + _CALL_CUE)


# the last word of every _CALL_CUE: a test of the few characters before a
# quotation, so that most quotations never run the two searches
_CALL_ENDS = ("called", "termed", "dubbed", " as", "labeled", "labelled")


def called_lead(text: str, start: int, end: int) -> re.Match | None:
    """ "what the mayor called" or "a decision parents called" ending at ``end``
    (a quotation's opening mark): whose words the quotation is."""
    if not text[max(start, end - 12):end].rstrip().endswith(_CALL_ENDS):
        return None
    return _WHAT_CALLED.search(text, start, end) or _NOUN_CALLED.search(text, start, end)


_WINDOW = 160


@dataclass(frozen=True)
class EmbeddedQuote:
    """A quotation inside another claim's content, and whose words it is."""

    quote: Quote
    source: tuple[int, int]
    cue: tuple[int, int]
    rule: str


def find_embedded(text: str, claim: Claim, quotes: list[Quote], qstarts: list[int]) -> list[EmbeddedQuote]:
    """Quotations inside ``claim``'s content that its source attributes to someone else."""
    found = []
    cs, ce = claim.content.start, claim.content.end
    for k in range(bisect.bisect_left(qstarts, cs), len(quotes)):
        q = quotes[k]
        if q.start >= ce:
            break
        if q.open_at < cs or q.close_at > ce + 1 or (q.start <= cs and ce <= q.end):
            continue
        lead_start = max(cs, q.open_at - _WINDOW)
        lead = text[lead_start:q.open_at]
        possessive = _POSSESSIVE_LEAD.search(lead) if _POSSESSIVE_CUE.search(lead) else None
        if possessive is not None and not _possessors_words(possessive):
            possessive = None
        for rule, m in (("embedded.possessive", possessive),
                        ("embedded.called", called_lead(lead, 0, len(lead)))):
            if m:
                src = (lead_start + m.start("src"), lead_start + m.end("src"))
                cue = (lead_start + m.start("cue"), lead_start + m.end("cue"))
                found.append(EmbeddedQuote(q, src, cue, rule))
                break
    return found


def embedded_quotes(ctx, make) -> list[tuple[Claim, Claim]]:
    """Add a partial-quote claim for each embedded quotation; returns (embedded, relaying claim) pairs.

    ``make`` is the rules' claim constructor (it records the claim in ``ctx``).
    The relay (``via``) is filled in after speakers are resolved.
    """
    pairs = []
    taken = {(c.content.start, c.content.end) for c in ctx.claims}
    for claim in list(ctx.claims):
        if claim.source is None or claim.quote_type == "direct":
            continue
        for emb in find_embedded(ctx.text, claim, ctx.quotes, ctx.qstarts):
            if emb.source[0] <= claim.source.start < emb.source[1]:
                continue  # the speaker quoting their own words
            if (emb.quote.start, emb.quote.end) in taken:
                continue
            new = make(ctx, emb.quote.start, emb.quote.end, emb.source, emb.cue, emb.rule, 0.6,
                       quote_type="partial")
            if new is not None:
                taken.add((new.content.start, new.content.end))
                pairs.append((new, claim))
    return pairs


def relay(pairs: list[tuple[Claim, Claim]]) -> None:
    """Who relayed an embedded quotation: the speaker of the claim it sits in."""
    for embedded, outer in pairs:
        if embedded.via is None:
            embedded.via = outer.speaker or (outer.source.text if outer.source else None)
