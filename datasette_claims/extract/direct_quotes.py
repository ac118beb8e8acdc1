"""Quotations attributed without a reporting verb next to them.

Why separate: these rules start from the quotation, not from a cue -- a colon
after a speaker ("Jane Roe: \"...\"", "Trump leaned in and boomed: \"...\""),
a dash trailer ("\"...\" -- Jane Roe"), headline colons, and quotations that
continue an attributed one in the same or the next paragraph
(``direct.continuation``; PolNeAR joins them into one attribution).  They run
after the verbal rules so they only take quotations nobody claimed.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable
from functools import partial
import re
from typing import NamedTuple

from . import claim_index
from . import patterns as P
from ..models import Claim
from ..offices import PUBLIC_OFFICES
from ..transcripts import STAGE, STAGE_TAIL
from .lexicon import CUE_FORMS, DATE_WORDS, DOCUMENT_NOUNS, FORENAMES, INTERVIEWER_LABELS, LOWER_PREPOSITIONS
from .quotes import Quote
from .context import (
    OPEN_Q, QUESTION_CLOSERS, ANY_QUOTE, Ctx, inside_quote, make_claim, next_para_quote, para_index, quote_forward,
    quote_opening_after, take_cues, unit_of, word_positions, writes_in_lower_case)
from .signed import newsroom_signature
from .sources import left_source, unit_subject
from .speaker_guards import clock_colon



_NOT_ONLY: dict = {}


def _only(text: str, s: int, e: int, chars: str | None = None) -> bool:
    """``text[s:e].strip(chars) == ""`` without copying the slice: these tests run
    once per quotation on the rest of its paragraph, and a copy of that rest for
    each of a paragraph's quotations costs time in proportion to its square."""
    rx = _NOT_ONLY.get(chars)
    if rx is None:
        rx = _NOT_ONLY[chars] = re.compile(r"\S" if chars is None else "[^" + re.escape(chars) + "]")
    return rx.search(text, s, e) is None


def _rstripped_end(text: str, e: int) -> int:
    """``len(text[:e].rstrip())`` without copying the text before ``e``."""
    while e > 0 and text[e - 1].isspace():
        e -= 1
    return e


def _quote_run(ctx: Ctx, q, src, cue, rule: str, conf: float, lemma: str = "say"):
    """One direct claim per piece of the quotation opening at ``q`` and of the
    paragraphs that continue it; the pieces share the cue and point at the
    first (``_base``), which is how a quotation split by paragraphs is one
    attribution.  Returns ``[(quote piece, claim)]`` for the claims made."""
    out = []
    first = None
    for x in quote_forward(ctx, q):
        c = make_claim(ctx, x.start, x.end, src, cue, rule, conf, quote_type="direct", lemma=lemma,
                  stance="assertion")
        if c:
            c._base = first
            first = first or c
            out.append((x, c))
    return out


# A sentence opening with the cue, the source after it: 'Said Jane Roe, who grew up
# there, "..."', 'Continued Roe: "..."', or 'Stated Roe:' closing a paragraph
# whose next paragraph opens with the quotation.
_SAID_FIRST = re.compile(
    r"(?P<cue>Said|Added|Continued|Stated|Wrote|Explained|Noted|Quipped|Replied|Responded|Declared|"
    r"Concluded|Warned|Insisted|Argued|Recalled|Answered|Asked)\s+"
    r"(?P<src>(?:(?:the|a|an|his|her|their|one)\s+)?(?:[A-Z][\w.'\u2019-]*\s+){0,4}[A-Z][\w.'\u2019-]*"
    r"|(?:the|a|an|his|her|their|one)\s+(?:[\w'\u2019-]+\s+){0,3}[a-z][\w'\u2019-]*)"
    r"(?:,\s+[^\"\u201c\u201d:;.!?]{1,140}?)?\s*(?:[,:]\s*(?=[\"\u201c]|'')|(?P<end>:)\s*$)")


# The cue words followed by a space, as a first test of the whole text: most
# articles hold none of them, capitalised.  (The pattern opens with an
# alternation of capitalised words, so the engine skips ahead to the next
# capital letter; measured over the Wikinews corpus it costs less than a
# ``str.find`` per cue word.)
_SAID_FIRST_WORD = re.compile(_SAID_FIRST.pattern[:_SAID_FIRST.pattern.index(r")\s+") + 1] + r"\s")


def _said_first(ctx: Ctx) -> None:
    text = ctx.text
    if not _SAID_FIRST_WORD.search(text):
        return  # one scan of the text instead of one per paragraph
    for ps, pe in ctx.paras:
        for m in _SAID_FIRST.finditer(text, ps, pe):
            k = m.start()
            if k > ps and not (text[k - 1] in " \n" and (k - 1 <= ps or text[k - 2] in ".!?\"\u201d\n")):
                continue
            if inside_quote(ctx, k) is not None:
                continue
            # 'Stated Roe:' closing its paragraph: the quotation opens the next one
            q = next_para_quote(ctx, pe) if m.group("end") else quote_opening_after(ctx, m.end(), lim=1)
            if q is None or q.open_at in ctx.used_quotes or q.words < 2:
                continue
            for x, c in _quote_run(ctx, q, (m.start("src"), m.end("src")), (m.start("cue"), m.end("cue")),
                                   "direct.said_first", 0.8,
                                   lemma=CUE_FORMS.get(m.group("cue").lower(), ("say",))[0]):
                ctx.used_quotes[x.open_at] = c
            take_cues(ctx, m.start(), m.end("cue") + 1)


# "X issued a statement, "..."", "X released the following statement:" + quotation
_ISSUED = re.compile(
    r"\b(?P<cue>(?:issued|released|put\s+out|posted|sent\s+out|sent|shared)\s+(?:a|an|the|this|his|her|"
    r"their|its)(?:\s+following)?(?:\s+[\w-]+){0,2}?\s+(?:statement|message|tweet|memo|note|letter|e-?mail))"
    r"(?P<mid>[^.!?\"\u201c\u201d:;]{0,80}?)\s*(?P<p>[,:])[ \t]*")


_ISSUED_VERBS = ("issued", "released", "put", "posted", "sent", "shared")


def _issued_statement(ctx: Ctx) -> None:
    text = ctx.text
    # the pattern is tried only where one of its verbs starts (see word_positions)
    for m in filter(None, (_ISSUED.match(text, k)
                           for k in word_positions(ctx, _ISSUED_VERBS))):
        if inside_quote(ctx, m.start()) is not None:
            continue
        unit = unit_of(ctx, m.start())
        if unit is None:
            continue
        us, ue = unit
        q = quote_opening_after(ctx, m.end(), lim=1)
        if q is None and m.group("p") == ":" and not text[m.end():ue].strip():
            q = next_para_quote(ctx, ue)
        if q is None or q.open_at in ctx.used_quotes or q.words < 3:
            continue
        if q.open_at < ue and m.group("p") == ":" and m.group("mid").strip():
            continue
        left = left_source(ctx, us, m.start("cue"))
        if left is None or left.kind not in ("start", "conj", "comma"):
            continue
        for x, c in _quote_run(ctx, q, (left.start, left.end), (m.start("cue"), m.end("cue")),
                               "direct.issued_statement", 0.75):
            ctx.used_quotes[x.open_at] = c


_COLON_QUOTE = re.compile(r":\s*[\"\u201c\u2018]")


def colon_speakers(ctx: Ctx) -> None:
    if not ctx.quotes:
        return  # (each of the three ends at a quotation: a fifth of the articles hold none)
    _said_first(ctx)
    _issued_statement(ctx)
    text = ctx.text
    for ps, pe in ctx.paras:
        if _COLON_QUOTE.search(text, ps, pe) is None:
            continue  # (every match ends in a colon before a quotation mark)
        for m in P.matches_after(P.COLON_SPEAKER_AFTER, P.COLON_SPEAKER_RE, text, ps, pe):
            q = quote_opening_after(ctx, m.end(), lim=3)
            if q is None or q.open_at in ctx.used_quotes:
                continue
            src = m.group("src")
            if src.split()[-1].lower() in CUE_FORMS:
                continue
            colon = text.index(":", m.end("src"))
            run = _quote_run(ctx, q, (m.start("src"), m.end("src")), (colon, colon + 1),
                             "direct.colon_heading", 0.6)
            if run:
                ctx.used_quotes[q.open_at] = run[-1][1]


_HEAD_COLON = re.compile(
    r"(?:[A-Z]+\s+[\u2013\u2014-]\s+)?(?P<src>(?:[A-Z][\w.'\u2019&-]*\s+){0,5}[A-Z][\w.'\u2019&-]*"
    r"(?:\s+\([^)\n]{1,20}\))?|[A-Z][\w.&-]*\s+(?:editorial|statement|spokesman|spokeswoman))"
    r"(?P<to>\s+(?:to|on|about|at|in|To|On|About|At|In)\s+[^:\n]{1,90}?)?"
    r"\s*:\s*(?=\S)")
_NOT_SPEAKER = {"update", "updated", "note", "editor's", "photo", "video", "watch", "read",
                "related", "source", "sources", "correction", "clarification", "warning",
                "breaking", "exclusive", "analysis", "opinion", "see", "also", "listen",
                "subscribe", "share", "tags", "topics", "credit", "image", "advertisement",
                "abstract", "summary", "question", "answer", "example", "first",
                "second", "third", "step", "part", "chapter", "day", "time", "date", "location",
                "where", "when", "what", "who", "why", "how", "yes", "no", "total", "result",
                "results", "bottom", "more", "less", "then", "now", "today", "here", "so",
                "but", "and", "or", "plus", "bonus", "tip", "fact", "truth", "reality", "lesson",
                "category", "template",  # (a wiki page's markup, "Category:Politics")
                "name", "age", "occupation", "hometown"}  # (a profile card's fields, "Name: Jo Roe Age: 27")
_NOT_SPEAKER_WORDS = {"latest", "byline", "contributing", "follow", "wow", "still", "pledged",
                      "twitter", "facebook", "email", "e-mail", "newsletter", "win", "video",
                      "photos", "photo", "watch", "listen", "podcast", "live", "update", "updates",
                      "breaking", "exclusive", "poll", "polls", "results", "editor", "editors",
                      "reporting", "writing", "editing", "sources", "note", "notes", "morning",
                      "evening", "weekend", "daily", "digest", "briefing", "notice"}


_LABEL_WORDS = {"revealed", "bombshell", "boom", "look", "leaked", "shocking", "busted"}


def _label_not_speaker(words: list[str]) -> bool:
    """Clickbait labels ("BOOM:", "Just Leaked:", "Revealed:") introduce a
    headline, not a speaker (all-caps transcript speakers, "TAPPER:", stay)."""
    return any(w.lower().strip(".") in _LABEL_WORDS for w in words)


# In the headline (first paragraph) a source may end in a lowercase speech noun
# ("Mayor's camp:", "Party officials:") and a lone "Poll:"/"Report:" speaks.
_HEAD_NOUN_COLON = re.compile(
    r"(?P<src>[A-Z][\w.'\u2019&-]*(?:\s+[A-Z][\w.'\u2019&-]*){0,3}(?:['\u2019]s?)?(?:\s+[a-z]+)?"
    r"\s+(?:camp|campaign|warning|report|editorial|statement|aides?|officials?|spokes(?:man|woman)|"
    r"chief|lawyers?|allies|advisers?|leaders?))(?P<to>)\s*:\s*(?=\S)")
_HEAD_LONE = {"poll", "polls", "report", "survey", "study"}
# Words a source may hold except at its edges ("NY Daily News", "Judicial Watch").
_HEAD_INNER_OK = {"daily", "watch"}
_WATCH_ORGS = {"judicial", "rights"}   # "Human Rights Watch:", not a "Debate Watch:" column
# A subhead after "; " on a new line is another sentence of the headline.
_SUBHEAD = re.compile(r";[ \t]*\n")


def _head_src_ok(words: list[str]) -> bool:
    """A headline source: not "The Latest"-style labels, not an all-caps slogan."""
    if words[0] in ("The", "THE"):
        return False
    if len(words) >= 3 and all(w.isupper() for w in words):
        return False
    return True


# an interview's turns run together in one paragraph ("DS: Why?:KL: Because ..."):
# after the colon that ends one turn, the next speaker's label (not a list of
# headings: "Education: Economy: ...")
_NEXT_LABEL = re.compile(r"\s?[A-Z][\w.'\u2019-]*(?:\s[A-Z][\w.'\u2019-]*){0,2}:\s(?![A-Z][\w ]{0,30}:)")
_TURN_ENDS = "?.!\"\u201d"


def _turns(text: str, paras: list[tuple[int, int]], labels: Callable[[], frozenset[str]] | None = None):
    """The paragraphs, each cut where a glued interview turn starts (found
    from the colons, which most paragraphs lack): after a colon ("Why?:KL:
    Because ..."), or after a sentence's end and a space when the label is one
    of the transcript's ``labels()`` ("Where? KL: Through the islands."; read
    only when such a label is seen)."""
    for ps, pe in paras:
        k = ps
        colon = text.find(":", ps, pe)
        while colon >= 0:
            before = colon - 1 if text[colon - 1:colon] != " " else colon - 2
            if before >= ps and text[before] in _TURN_ENDS and _NEXT_LABEL.match(text, colon + 1, pe):
                yield k, before + 1
                k = colon + 1 + (text[colon + 1:colon + 2] == " ")
            elif labels is not None:
                lm = _LABEL_AFTER_END.search(text, max(k, colon - 40), colon)
                if lm is not None and lm.start("label") > k and (
                        lm.group("label") in labels() or _one_line_turn(text, (ps, k, pe), lm)):
                    yield k, lm.start() + 1
                    k = lm.start("label")
            colon = text.find(":", colon + 1, pe)
        yield k, pe


def _one_line_turn(text: str, at: tuple[int, int, int], lm: re.Match) -> bool:
    """ "AB: What happened next? CD: We left at dawn.": a paragraph that opens
    with one speaker's label holds another speaker's turn after a sentence's
    end.  Both labels are shaped like people's and alike (initials or
    capitals, or one to three capitalised names; no date word) and the sentence before ends on a
    lower-case word or a ? or ! (not an abbreviation: "*Md. Ali Fatmi:").
    ``at``: the paragraph's start, the current turn's start, the paragraph's end."""
    ps, k, pe = at
    om = _LABEL_OPENS.match(text, k, pe) if _LABEL_OPENS.match(text, ps, pe) else None
    if om is None or lm.start("label") <= om.end() or om.group("label") == lm.group("label"):
        return False
    before = _WORD_BEFORE_END.search(text, ps, lm.start() + 1)
    if before is None or not (before.group("end") in "?!\"\u201d" or before.group("word").islower()):
        return False
    shapes = {_label_shape(x) for x in (om.group("label"), lm.group("label"))}
    return len(shapes) == 1 and None not in shapes


def _label_shape(label: str) -> str | None:
    """ "caps" (initials, capitals), "names" (capitalised names), or None (not
    a person's label: a date word, other words)."""
    if DATE_WORDS.intersection(label.split()):
        return None
    m = _PERSON_LABEL.fullmatch(label)
    return None if m is None else m.lastgroup


# the word and the mark that end the sentence before a turn's label
_WORD_BEFORE_END = re.compile(r"(?P<word>[\w'\u2019-]*)(?P<end>[?.!\"\u201d])$")
# a speaker's label: initials or capitals ("DS", "O'BRIEN"), or one to three capitalised names ("Lana Osk")
_PERSON_LABEL = re.compile(r"(?P<caps>[A-Z][A-Z.'\u2019-]{0,12}(?:\s[A-Z][A-Z.'\u2019-]{0,12}){0,2})"
                           r"|(?P<names>(?:[A-Z][a-z'\u2019-]+|[A-Z]\.)(?:\s(?:[A-Z][a-z'\u2019-]+|[A-Z]\.)){0,2})")
# a turn's label after a sentence's end and a space, right before its colon
_LABEL_AFTER_END = re.compile(r"[?.!\"\u201d]\s+(?P<label>[A-Z][\w.'\u2019-]*(?:\s[A-Z][\w.'\u2019-]*){0,2})$")
# a turn's label opening a paragraph or glued after another turn's colon
_LABEL_OPENS = re.compile(r"\s?(?P<label>[A-Z][\w.'\u2019-]*(?:\s[A-Z][\w.'\u2019-]*){0,2}):\s")
_LABEL_GLUED = re.compile(r"[?.!\"\u201d]:" + _LABEL_OPENS.pattern)
# a transcript names each speaker's label this many times before a label inside a sentence run counts
_LABEL_TURNS = 3


def _labels_once(text: str, paras: list[tuple[int, int]], memo: list[frozenset[str]]) -> frozenset[str]:
    """``_transcript_labels``, read once per article (``memo``)."""
    if not memo:
        memo.append(_transcript_labels(text, paras))
    return memo[0]


def _transcript_labels(text: str, paras: list[tuple[int, int]]) -> frozenset[str]:
    """The labels that open three turns or more (paragraphs, or turns glued
    after a colon): a transcript's speakers, not a heading's one-off "Economy:"."""
    counts: dict[str, int] = {}
    for ps, pe in paras:
        if text.find(":", ps, pe) < 0:
            continue
        m = _LABEL_OPENS.match(text, ps, pe)
        if m is not None:
            counts[m.group("label")] = counts.get(m.group("label"), 0) + 1
        for g in _LABEL_GLUED.finditer(text, ps, pe):
            counts[g.group("label")] = counts.get(g.group("label"), 0) + 1
    return frozenset(label for label, n in counts.items() if n >= _LABEL_TURNS)


# "Ohio: Ann Lee, Bo Park, Cy Dunn, ...": a roster of names after a label, no statement.
_ROSTER_ITEM = re.compile(r"(?:[A-Z][\w.'\u2019-]*\s+){0,3}[A-Z][\w.'\u2019-]*")
_ROSTER_SEP = re.compile(r",\s*(?:and\s+)?|\s+and\s+")
ROSTER_MIN_ITEMS = 3


def is_roster(content: str) -> bool:
    """A list of names: three comma-separated items or more, each one to four
    capitalised words ("and" may open the last), and nothing else.  (Not
    asked of a headline: its title case makes "Fares, Taxes and Rents Rise" look
    like one.)"""
    items = [i.strip() for i in _ROSTER_SEP.split(content.strip().rstrip("."))]
    return len(items) >= ROSTER_MIN_ITEMS and all(_ROSTER_ITEM.fullmatch(i) for i in items)


# A media file's name after the colon, as a wiki gallery writes its items
# ("File:Pier at dusk.jpg|The pier at dusk"): page markup, not a speaker's turn
_MEDIA_FILE = re.compile(r"\s*[^|\n:]{1,150}?\.(?:jpe?g|png|gif|svg|tiff?|webp|og[gv]|webm|pdf)\s*(?:\||$)",
                         re.IGNORECASE)


def heading_colon(ctx: Ctx) -> None:
    """ "Jane Roe: Nobody Should Pay More" -- a headline-style attribution."""
    text = ctx.text
    first = ctx.paras[0][0] if ctx.paras else -1
    before = len(ctx.claims)
    for ps, pe in _turns(text, ctx.paras, partial(_labels_once, text, ctx.paras, [])):
        if text.find(":", ps, pe) < 0:
            continue  # (both patterns need a colon)
        head = ps == first and pe - ps < 300
        m = _HEAD_COLON.match(text, ps, pe)
        noun = False
        if head and not m:
            m = _HEAD_NOUN_COLON.match(text, ps, pe)
            noun = m is not None
        if not m or not _colon_speaker(ctx, m.group("src").split(), head, noun) \
                or not head and _topic_label(ctx, m.group("src"), ps):
            continue
        cs, ce = m.end(), pe
        if head:
            if not _head_src_ok(m.group("src").split()):
                continue
            sm = _SUBHEAD.search(text, cs, pe)
            if sm:
                ce = sm.start()
            if text[cs:ce].rstrip(" .'\"\u2019\u201d").endswith("?"):
                continue
        if _colon_content_taken(ctx, m, ps, pe, cs, ce) or (not head and is_roster(text[cs:ce])) \
                or _MEDIA_FILE.match(text, cs, ce) is not None:
            continue
        colon = text.index(":", m.end("to") if m.group("to") else m.end("src"))
        if clock_colon(text, colon):
            continue  # "At 9:30 ...": a clock time, not a speaker's colon
        tail = STAGE_TAIL.search(text, cs, ce)
        make_claim(ctx, cs, tail.start() if tail else ce, (m.start("src"), m.end("src")), (colon, colon + 1),
                   "heading.colon", 0.5, quote_type="direct" if text[cs] in OPEN_Q else "indirect", lemma="say",
                   stance="assertion")
    _dotted_turns(ctx)
    turns = [c for c in ctx.claims[before:] if c.rule == "heading.colon"]
    interviewers = _drop_interviewer_questions(ctx, turns)
    _turn_continuations(ctx, [t for t in turns if t in ctx.claims], interviewers)


# a paragraph opening with a turn label ("HOST:", "Ann Roe (Green):", an interview's "Q. ")
_OPENS_TURN = re.compile(r"\s*(?:[A-Z][\w .'\u2019()-]{0,40}:|[QA]\.)\s")
# an interview's dotted turn label opening a paragraph ("Q. Why?", "A. Because ...")
_DOTTED_TURN = re.compile(r"(?P<src>[QA])\.\s+(?=[A-Z\"'\u201c\u2018])")
DOTTED_TURNS_MIN = 2  # paragraphs opening with each of "Q." and "A." before either is a label (not "A. Roe said")


def _dotted_turns(ctx: Ctx) -> None:
    """An interview written with dotted labels ("Q. Will it open?" / "A. In
    the spring."), read as the same turns as "Q:" / "A:" when both labels
    open two paragraphs or more: the turns after "A." are the interviewee's
    (``enrich``), the questions after "Q." no claims."""
    text = ctx.text
    found = [(ps, pe, m) for ps, pe in ctx.paras if (m := _DOTTED_TURN.match(text, ps, pe)) is not None]
    if min(sum(m.group("src") == x for *_, m in found) for x in "QA") < DOTTED_TURNS_MIN:
        return  # (most articles: no paragraph opens with either)
    for ps, pe, m in found:
        cs = m.end()
        if claim_index.starting_in(ctx, cs, cs + (text[cs] in OPEN_Q)):
            continue  # (taken already: a quotation's own claim)
        tail = STAGE_TAIL.search(text, cs, pe)
        dot = m.end("src")
        make_claim(ctx, cs, tail.start() if tail else pe, (m.start("src"), dot), (dot, dot + 1),
                   "heading.colon", 0.5, quote_type="direct" if text[cs] in OPEN_Q else "indirect", lemma="say",
                   stance="assertion")
# another turn glued inside a turn's words ("...?::Ann Roe: The impact ...")
_GLUED = re.compile(r"[?.!\"\u201d]:{1,2}\s?[A-Z][\w.'\u2019-]*(?:\s[A-Z][\w.'\u2019-]*){0,2}:\s")
# a turn's label that may go on over paragraphs: one to four capitalised
# words (no dashes of a cut-off sentence, "Quick-- DS"), a bracketed party
_LABEL_WORD = r"[A-Z][\w.'\u2019]*(?:-[\w.'\u2019]+)*"
_CLEAN_LABEL = re.compile(_LABEL_WORD + r"(?:\s+" + _LABEL_WORD + r"){0,3}(?:\s*\([^()\n]{1,30}\))?")


def _turn_continuations(ctx: Ctx, turns: list[Claim], interviewers: set[str]) -> None:
    """A turn running over several paragraphs: in a transcript (two turns or
    more, or stage directions), the paragraphs after a speaker's labelled turn
    up to the next label are that speaker's too, one claim each under the
    turn's label (one utterance).  Not after an interview's last label (the
    report may go on), nor an interviewer's turn; a stage direction alone
    ("(APPLAUSE)") is no one's."""
    if not turns:
        return  # (most articles: no labelled turn, and no paragraph read for stage directions)
    text = ctx.text
    staged = any(STAGE.match(text[ps:pe]) or STAGE_TAIL.search(text, ps, pe) for ps, pe in ctx.paras)
    if len({t.source.text.strip() for t in turns}) < 2 and not staged:
        return  # (no dialogue: a column's "NEWSLETTER: ..." goes on nowhere)
    starts = [ps for ps, _ in ctx.paras]
    added: dict[int, list[Claim]] = {}
    for turn in turns:
        k = bisect.bisect_right(starts, turn.content.start)
        if not _may_go_on(ctx, turn, ctx.paras[k - 1][1], interviewers):
            continue
        more = _continued(ctx, ctx.paras[k:])
        if more.closed or staged:
            for ps, pe in more.paras:
                tail = STAGE_TAIL.search(text, ps, pe)
                c = make_claim(ctx, ps, tail.start() if tail else pe, (turn.source.start, turn.source.end),
                               (turn.cue.start, turn.cue.end), "heading.colon", 0.5,
                               quote_type=turn.quote_type, lemma="say", stance="assertion")
                if c is not None:
                    added.setdefault(id(turn), []).append(c)
    if added:
        _after_their_turns(ctx, added)


def _after_their_turns(ctx: Ctx, added: dict[int, list[Claim]]) -> None:
    """The continuations listed right after their turn, as if made with it (the
    speakers resolved later are remembered in the order they were made)."""
    extra = {id(c) for cs in added.values() for c in cs}
    ordered = []
    for c in ctx.claims:
        if id(c) not in extra:
            ordered.append(c)
            ordered.extend(added.get(id(c), ()))
    ctx.claims = ordered


def _may_go_on(ctx: Ctx, turn: Claim, para_end: int, interviewers: set[str]) -> bool:
    """Whether a turn may go on into the next paragraphs: a clean label right
    before its colon (not "Asked about X:"), a name (one word only as initials
    or a person's surname: not a column's "NEWSLETTER:"), no interviewer's, and
    no other turn glued after it or inside it."""
    text = ctx.text
    label = turn.source.text.strip()
    if " " not in label and len(label) > 3 and label.title() not in ctx.people.by_surname:
        return False
    return ":" not in text[turn.content.end:para_end] \
        and not _GLUED.search(text, turn.content.start, turn.content.end) \
        and label.lower() not in interviewers and _CLEAN_LABEL.fullmatch(label) is not None \
        and not text[turn.source.end:turn.cue.start].strip()


class _Continued(NamedTuple):
    paras: list[tuple[int, int]]  # the turn's further paragraphs that hold no claim yet
    closed: bool                  # whether another turn's label follows them


def _continued(ctx: Ctx, after: list[tuple[int, int]]) -> _Continued:
    text = ctx.text
    paras = []
    for ps, pe in after:
        if _OPENS_TURN.match(text, ps, pe) or next(_turns(text, [(ps, pe)]))[1] < pe:
            return _Continued(paras, True)  # (a label, or a turn glued after a quotation)
        if not STAGE.match(text[ps:pe]) and not claim_index.starting_in(ctx, ps, pe):
            paras.append((ps, pe))
    return _Continued(paras, False)


def _asks(turn: Claim) -> bool:
    return turn.content.text.rstrip(QUESTION_CLOSERS).endswith("?")


def _drop_interviewer_questions(ctx: Ctx, turns: list[Claim]) -> set[str]:
    """An interview transcript's questions are no claims: a question states
    nothing.  The interviewer is a label of ``INTERVIEWER_LABELS`` ("Q:",
    "Interviewer:", the publication's own "Wikinews:") or, in a transcript of
    two voices or more, the label that asks in at least half of its turns while
    another label mostly answers.  The interviewer's remarks that end in no
    question stay (rarely a claim, but a statement); an answer's question
    ("Who would believe that?") is the answerer's and stays too.  Returns
    the interviewers' labels (lower case)."""
    if len(turns) < 2:
        return set(INTERVIEWER_LABELS)
    by_label: dict[str, list[Claim]] = {}
    for t in turns:
        by_label.setdefault(t.source.text.strip().lower(), []).append(t)
    asking = {label for label, ts in by_label.items()
              if 2 * sum(map(_asks, ts)) >= len(ts) and len(ts) > 1}
    answering = [label for label, ts in by_label.items() if 2 * sum(map(_asks, ts)) < len(ts)]
    interviewers = {label for label in by_label if label in INTERVIEWER_LABELS}
    if answering:
        interviewers |= asking
    gone = {id(t) for label in interviewers for t in by_label[label] if _asks(t)}
    if gone:
        ctx.claims = [c for c in ctx.claims if id(c) not in gone]
    return interviewers | INTERVIEWER_LABELS


def _colon_speaker(ctx: Ctx, words: list[str], head: bool, noun: bool) -> bool:
    """Whether the words before a line's colon can name its speaker: none that
    labels page furniture ("Update", "Editor's note", "Photo"), no number, no
    label, no topic the article also writes in lower case ("Economy: ...")."""
    low = [w.lower() for w in words]
    lone = head and len(words) == 1 and low[0] in _HEAD_LONE
    # the last word may be a speech noun ("warning") or "Watch" in a name
    last_ok = noun or (head and len(low) > 1 and low[-1] == "watch" and low[-2] in _WATCH_ORGS)
    if not lone and (low[0].rstrip(".") in _NOT_SPEAKER or (low[-1] in _NOT_SPEAKER and not last_ok)):
        return False
    if any(w[:1].isdigit() for w in words) or any(
            w in _NOT_SPEAKER_WORDS and not lone
            and not (head and w in _HEAD_INNER_OK and 0 < i and (w == "watch" or i < len(low) - 1))
            for i, w in enumerate(low)):
        return False
    if _label_not_speaker(words) or (len(low) > 1 and low[0] in LOWER_PREPOSITIONS):
        return False  # (a topic, not a speaker: "On Harbours: We propose ...")
    return head or len(words) != 1 or len(low[0]) <= 2 or not writes_in_lower_case(ctx, low[0])


def _topic_label(ctx: Ctx, label: str, ps: int) -> bool:
    """Whether a one-word label in title case names a topic, not a speaker: the
    article writes the word nowhere but at this colon ("Economy: Residents are
    worried ...", "Health: We need ...", a form's "Name: ...", "Category:").  A
    person or body that speaks under a label is named again -- another turn, the
    full name in the introduction, the headline; and a known forename, or a
    label answering an interviewer's labelled question ("Kelp News: Why?" then
    "Phil: Because ..."), is a speaker even named once.  A transcript's labels
    in capitals ("ROE:") are left to the turn rules."""
    if " " in label or label.isupper() or len(label) <= 2 or label.lower() in FORENAMES:
        return False
    text = ctx.text
    if len(re.findall(r"(?<![\w'\u2019-])" + re.escape(label) + r"(?![\w-])", text)) != 1:
        return False
    k = bisect.bisect_left(ctx.paras, (ps, -1)) - 1  # (the paragraph before: an interviewer's question?)
    before = _OPENING_WORD_LABEL.match(text, ctx.paras[k][0]) if k >= 0 else None
    return before is None or before.group(1).lower() not in INTERVIEWER_LABELS


# a paragraph's opening one-word label ("Q:", "Kelp News:" is two words and its last, "News", is read)
_OPENING_WORD_LABEL = re.compile(r"\s*(?:[A-Z][\w'\u2019-]*\s+)?([A-Za-z]+)\s*:")


def _colon_content_taken(ctx: Ctx, m: re.Match, ps: int, pe: int, cs: int, ce: int) -> bool:
    """Whether the words after the colon are no content of their own: under three
    words, a handle, a long line after "to", or a claim made already."""
    text = ctx.text
    if len(text[cs:ce].split()) < 3 or text[cs] in "@#":
        return True
    if m.group("to") and pe - ps > 200:
        return True
    if claim_index.starting_in(ctx, cs, cs + (text[cs] in OPEN_Q)):
        return True  # taken already (inside its quotation marks: 'Asked about it, he said: "..."')
    # 'Continued Roe: "..."' was taken as a quotation already
    return text[cs] in OPEN_Q and getattr(ctx.used_quotes.get(cs), "rule", None) == "direct.said_first"


def _floating_before(ctx: Ctx, q: Quote, by_pos, starts) -> None:
    """A paragraph that is only a quotation, just before a paragraph opening with an
    attributed quotation: the same speaker (PolNeAR joins them as one attribution)."""
    text = ctx.text
    para = para_index(ctx, q.open_at)
    if para is None or para + 1 >= len(ctx.paras):
        return
    ps_, pe_ = ctx.paras[para]
    if not _only(text, ps_, q.open_at) or not _only(text, q.close_at, pe_, " ."):
        return
    nps, npe = ctx.paras[para + 1]
    k = bisect.bisect_left(starts, nps)
    if k >= len(by_pos):
        return
    nxt = by_pos[k]
    if nxt.quote_type != "direct" or nxt.content.start > nps + 2 or nxt.content.start >= npe:
        return
    c = make_claim(ctx, q.start, q.end, (nxt.source.start, nxt.source.end) if nxt.source else None,
              (nxt.cue.start, nxt.cue.end) if nxt.cue else None, "direct.continuation_before", 0.6,
              quote_type="direct", lemma=nxt._lemma, stance=nxt.stance)
    if c:
        c._base = nxt
        c.said_where, c.said_to = nxt.said_where, nxt.said_to
        ctx.used_quotes[q.open_at] = c


_DASH_TRAILER = re.compile(
    r"\s*[-\u2013\u2014]+\s*(?P<src>(?:[A-Z][\w.'\u2019-]*\s+|[a-z]+\s+(?=[A-Z])){0,4}[A-Z][\w.'\u2019-]*)"
    r"(?:,\s+[^\n]{0,80})?\s*$")


# "More from Jane Roe: "..."" (a digest's run-on quotation of a named writer)
_MORE_FROM = re.compile(r"(?:^|(?<=[\s\u2014\u2013-]))More\s+from\s+"
                        r"(?P<src>(?:the\s+)?[A-Z][^:\"\u201c\u201d]{0,80}?|the\s+[a-z]+(?:\s+[a-z]+)?)\s*:$")
# the rest of a verbless heading line after its noun ("Transcript as follows:"; the
# subject may have taken the "as")
_AS_FOLLOWS = re.compile(r"\s*(?:as\s+)?follows\s*:", re.IGNORECASE)
_LONE_DETS = {"The", "A", "An", "One", "Some", "Many", "Several", "Other", "Most", "Two", "Three"}
_DET_NP = re.compile(r"(?P<np>\w+\s+[^,:;\"\u201c\u201d]{1,120}?)\s+(?:had|has|have|was|were|is|are|[a-z]+ed)\b")


_FROM_LEAD = re.compile(r"From\s+(?=[A-Z])")
_NOT_COLON_SRC = {"of", "wait", "see", "here", "there", "but", "and", "so", "this", "that", "these",
                  "it", "read", "click", "watch", "related", "update", "more", "below", "above"}
_TRAIL_FN = {"as", "of", "in", "on", "at", "for", "to", "by", "with"}
# the document noun after a capitalised modifier read as the subject: "Partial transcript as follows:"
_DOC_AFTER = re.compile(r"\s+(?P<noun>[a-z]+)\b")


def _with_document_noun(text: str, src: tuple[int, int], limit: int) -> tuple[int, int]:
    """A one-word subject followed by a document noun ("Partial transcript",
    "Full statement") is that document's label, not a name: the source runs
    on over the noun."""
    m = _DOC_AFTER.match(text, src[1], limit)
    if " " in text[src[0]:src[1]] or m is None or m.group("noun") not in DOCUMENT_NOUNS:
        return src
    return src[0], m.end("noun")


def _colon_paragraph_before(ctx: Ctx, q: Quote) -> bool:
    """'Cruz called them on it:' closing a paragraph, the quotation opening the next
    one (a reporting verb there was handled by the verbal rules as ``colon_next``)."""
    text = ctx.text
    para = para_index(ctx, q.open_at)
    if not para or not _only(text, ctx.paras[para][0], q.open_at):
        return False
    ps, pe = ctx.paras[para - 1]
    last = text[ps:pe].rstrip()
    if not last.endswith(":"):
        return False
    colon = ps + len(last) - 1
    unit = unit_of(ctx, colon)
    if unit is None:
        return False
    us = unit[0]
    if not 2 <= len(text[us:colon].split()) <= 25 or ANY_QUOTE.search(text, us, colon):
        return False
    if claim_index.cue_in(ctx, us, colon) or claim_index.covers(ctx, q.start):
        return False
    fm = _FROM_LEAD.match(text, us, colon)
    src = unit_subject(ctx, fm.end() if fm else us, colon)
    if src is None:
        return False
    if text[src[0]:src[1]] in _LONE_DETS:
        # "The harbour board issued a warning:": the noun phrase up to its verb
        nm = _DET_NP.match(text, src[0], colon)
        if nm is None:
            return False
        src = (src[0], nm.end("np"))
    src = _with_document_noun(text, src, colon)
    words = text[src[0]:src[1]].split()
    if words[0].lower() in _NOT_COLON_SRC or _AS_FOLLOWS.fullmatch(text, src[1], colon + 1):
        return False  # ("Partial transcript as follows:": a heading, no one speaking)
    while len(words) > 1 and words[-1] in _TRAIL_FN:
        src = (src[0], src[1] - len(words[-1]))
        src = (src[0], _rstripped_end(text, src[1]))
        words.pop()
    run = _quote_run(ctx, q, src, (src[1] + 1, colon + 1), "direct.colon_para", 0.55)
    ctx.used_quotes[q.open_at] = run[0][1] if run else None
    return True


def colon_and_dash_quotes(ctx: Ctx) -> None:
    """ "Trump leaned in and boomed: "..."" and '"..." - Jane Roe' with cues off the list."""
    text = ctx.text
    for q in ctx.quotes:
        if q.open_at in ctx.used_quotes or q.single or q.words < 2:
            continue
        if claim_index.covers(ctx, q.start):
            continue
        unit = unit_of(ctx, q.open_at)
        if unit is None:
            continue
        us = unit[0]
        pre = text[us:q.open_at].rstrip()
        if not pre and _colon_paragraph_before(ctx, q):
            continue
        if q.words < 3 and not (pre.endswith(":") and q.close_at >= unit[1] - 2):
            # a two-word quotation only as the whole rest of a colon sentence
            continue
        if pre.endswith(":") and 2 <= len(pre.split()) <= 16 and not claim_index.cue_in(ctx, us, q.open_at):
            stamp = _ENTRY_TIME.match(pre)
            if stamp is not None:  # (a liveblog entry's "18:12 — ": the subject after it)
                us, pre = us + stamp.end(), pre[stamp.end():]
            _colon_verb_quote(ctx, q, us, pre)
        else:
            _dash_trailer_quote(ctx, q)


# a liveblog entry's clock time and dash before its sentence ("18:12 — ", "9.05am - ")
_ENTRY_TIME = re.compile(r"\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?\s*)?[-\u2013\u2014]+\s*(?=[A-Z])")


def _colon_verb_quote(ctx: Ctx, q: Quote, us: int, pre: str) -> None:
    """ "Trump leaned in and boomed: "..."": the sentence's subject (or a "more
    from X:") speaks the quotation after the colon."""
    text = ctx.text
    mf = _MORE_FROM.search(pre)
    src = (us + mf.start("src"), us + mf.end("src")) if mf else unit_subject(ctx, us, len(pre) + us)
    if src is None:
        return
    if not mf and text[src[0]:src[1]] in _LONE_DETS:
        # "An interfaith rally on Monday had one message:": the whole noun phrase
        # up to its verb ("An" alone is what a capitalised-name walk stops at)
        nm = _DET_NP.match(text, src[0], us + len(pre))
        if nm is not None:
            src = (src[0], nm.end("np"))
    if not mf:
        src = _colon_subject_phrase(ctx, src, us, us + len(pre))
    colon = us + len(pre) - 1
    if not mf and _AS_FOLLOWS.fullmatch(text, src[1], colon + 1):
        return  # "Transcript as follows:": a heading that announces a text, no one speaking it
    quoted = None if mf else _QUOTES_WHOM.search(text, src[0], colon + 1)
    if quoted is not None and quoted.start("cue") > src[0]:
        src = (src[0], _rstripped_end(text, min(src[1], quoted.start("cue"))))
        # "Jo Roe also quotes several other passengers: "..."": the quoted speak, relayed by Roe
        run = _quote_run(ctx, q, (quoted.start("who"), quoted.end("who")), (quoted.start("cue"), colon + 1),
                         "direct.colon_verb", 0.6)
        for _, c in run:
            c._nested = (text[src[0]:src[1]], quoted.group("who"), None)
        ctx.used_quotes[q.open_at] = run[0][1] if run else None
        return
    run = _quote_run(ctx, q, src, (colon, colon + 1) if mf else (src[1] + 1, colon + 1),
                     "direct.colon_verb", 0.6)
    ctx.used_quotes[q.open_at] = run[0][1] if run else None


# a colon sentence whose verb quotes someone ("Roe also quotes several other passengers:", "Roe
# quotes former adviser Ann Vole:"): the object speaks the quotation (not "is quoted as saying:")
_QUOTES_WHOM = re.compile(r"\s(?P<cue>quot(?:es|ed|ing))\s+(?!as\b|by\b|from\b|in\b)"
                          r"(?P<who>[^:;,\"\u201c\u201d]{3,80}?)\s*:\s*$")


# a present-tense verb a text's subject takes before its colon ("The new ad ends with a voice
# saying:", "The report's last paragraphs summarise the findings:")
_DET_TEXT_VERB = re.compile(r"(?P<np>\w+\s+[^,:;\"\u201c\u201d]{1,80}?)\s+(?:ends|begins|opens|closes|reads|"
                            r"concludes|includes|features|declares|summari[sz]es?|shows|notes|carries)\b")
# a colon sentence that is only a prepositional phrase: "From the report:", "In a statement by X:"
# "The report's last paragraphs": the document speaks, its parts are where
_DOCUMENT_ALTERNATIVES = "|".join(map(re.escape, sorted(sorted(DOCUMENT_NOUNS), key=len, reverse=True)))
_DOCUMENT_OWNER = re.compile(r"\w+\s+(?:[\w-]+\s+){0,2}?(?P<doc>" + _DOCUMENT_ALTERNATIVES + r")(?=['\u2019]s\s)")
# a place or body after a title the walk stopped before ("The mayor| of Dunmore")
_OF_NAME = re.compile(r"\s+of\s+(?:the\s+)?[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,3}")
# the capitalised subject right before the colon sentence's one verb ("To the committee Muroney| said:")
_CAPITALS_THEN_VERB = re.compile(r"(?<=\s)(?P<np>(?:[A-Z][\w.'\u2019-]*\s+){0,3}[A-Z][\w.'\u2019-]*)\s+[a-z]+\s*:\s*$")
_PREP_ONLY = re.compile(r"(?:From|In)\s+(?P<np>(?:the|a|an|his|her|its|their)\s+[^:;\"\u201c\u201d]{1,80}?)\s*:\s*$")


def _colon_subject_phrase(ctx: Ctx, src: tuple[int, int], us: int, end: int) -> tuple[int, int]:
    """The colon sentence's speaker where the subject walk stopped short: a
    fronted preposition ("To the committee Jo Roe said:" -> the person named
    before the colon; "From the report:" -> the report), a determiner's noun
    phrase up to a text's verb ("The 60 second ad ends with ...:")."""
    text = ctx.text
    word = text[src[0]:src[1]]
    if word.lower() in LOWER_PREPOSITIONS:
        pm = _PREP_ONLY.match(text, us, end)
        if pm is not None and any(w in DOCUMENT_NOUNS or w[:1].isupper() for w in pm.group("np").split()):
            return pm.start("np"), pm.end("np")  # (a text or a named issuer; not "In the end:")
        named = ctx.people.mentions_in(src[1], end)
        if named:
            pos, p = named[-1]
            return pos, pos + (len(p.name) if text.startswith(p.name, pos) else len(p.surname))
        cm = _CAPITALS_THEN_VERB.search(text, src[1], end)
        return (cm.start("np"), cm.end("np")) if cm is not None else src  # ("To the board Kelpworth said:")
    of_name = _OF_NAME.match(text, src[1], end) if word[:1].isupper() and " " in word else None
    if of_name is not None and word.split(None, 1)[0] in ("The", "A", "An"):
        return src[0], of_name.end()  # "The mayor of Dunmore released the following statement:"
    if word.split(None, 1)[0] in _LONE_DETS:
        # (the lone determiner, or a noun phrase the walk cut one or two words short: "The 60 second")
        tm = _DET_TEXT_VERB.match(text, src[0], end)
        if tm is not None and tm.end("np") > src[1] and (word in _LONE_DETS or
                                                         len(text[src[1]:tm.end("np")].split()) <= 2):
            owner = _DOCUMENT_OWNER.match(text, src[0], tm.end("np"))
            return src[0], owner.end("doc") if owner else tm.end("np")
    return src


def _offices_only(src: str) -> bool:
    """Whether a dash trailer's words in lower case are all an office's, as a
    role before the name ("- Harbour minister Jo Roe", "- Hestnes councillor
    Abel Marsh"); any other lower-case word makes it no name."""
    return all(w in PUBLIC_OFFICES for w in src.split() if w[:1].islower())


def _dash_trailer_quote(ctx: Ctx, q: Quote) -> None:
    """ '"..." - Jane Roe': a dash trailer after a quotation, in the same
    paragraph or (a short one) the next."""
    text = ctx.text
    para = para_index(ctx, q.open_at)
    if para is None:
        return
    pe_ = ctx.paras[para][1]
    m = _DASH_TRAILER.match(text, q.close_at, pe_)
    if m is None and _only(text, q.close_at, pe_, " .") and para + 1 < len(ctx.paras):
        nps, npe = ctx.paras[para + 1]
        if npe - nps < 140:
            m = _DASH_TRAILER.match(text, nps, npe)
    if m is None or newsroom_signature(m.group("src")) or not _offices_only(m.group("src")):
        return
    dash = m.start() + len(m.group()) - len(m.group().lstrip())
    c = make_claim(ctx, q.start, q.end, (m.start("src"), m.end("src")), (dash, dash + 1),
                   "direct.dash_trailer", 0.6, quote_type="direct", lemma="say", stance="assertion")
    if c:
        ctx.used_quotes[q.open_at] = c


def _ends_paragraph(ctx: Ctx, base, bpara: int) -> bool:
    """An indirect claim that closes its paragraph ("Roe said that the plan
    would fail.") and the next paragraph is only a quotation: the quotation
    goes on with her words (PolNeAR joins them as one mixed attribution)."""
    return _only(ctx.text, base.content.end, ctx.paras[bpara][1], " .!?:\"\u201d\u2019)")


_NARRATION_AFTER = 2  # sentences of narration after the base that still leave its speaker in mind


def _narration_closes_paragraph(ctx: Ctx, base, bpara: int) -> bool:
    """'Roe said she would cut the levy. The cuts would come in May.' and then a
    paragraph that is only a quotation: the narration after her claim (a
    sentence or two, quoting nobody) leaves her the speaker a reader carries
    over (another person named as a subject there is ``another_speaks_between``)."""
    text = ctx.text
    pe = ctx.paras[bpara][1]
    if ANY_QUOTE.search(text, base.content.end, pe) or text[base.content.end:pe].rstrip(" .\u00a0").endswith(")"):
        return False  # (a paragraph closing in a parenthesis: the writer's aside)
    first = unit_of(ctx, base.content.end - 1)
    if first is None:
        return False
    i = bisect.bisect_right(ctx.ustarts, first[0])
    later = bisect.bisect_left(ctx.ustarts, pe) - i
    return 0 < later <= _NARRATION_AFTER


_SUBJECT_PRONOUN = {"m": "He", "f": "She"}


def _speaker_narration_paragraph(ctx: Ctx, base, npara: int) -> bool:
    """'"...," Roe said. / Roe continued her remarks. / "..."': a paragraph of
    narration between the base's paragraph and one that is only a quotation --
    a sentence or two, quoting nobody, each opening on the base's speaker (the
    name after a title at most, or a "he"/"she" of that speaker's gender) --
    keeps that speaker in mind: the quotation goes on with them."""
    text = ctx.text
    ps, pe = ctx.paras[npara]
    if base.source is None or ANY_QUOTE.search(text, ps, pe):
        return False
    people = ctx.people
    own = people.head_person_in(base.source.start, base.source.end) or people.nearest_before(base.source.start, None)
    units = ctx.units[bisect.bisect_left(ctx.ustarts, ps):bisect.bisect_left(ctx.ustarts, pe)]
    if own is None or not 0 < len(units) <= _NARRATION_AFTER:
        return False
    pronoun = _SUBJECT_PRONOUN.get(people.gender(own))
    return all(_opens_on(ctx, unit, own, pronoun) for unit in units)


def _opens_on(ctx: Ctx, unit, own, pronoun: str | None) -> bool:
    """The sentence text[unit] opens on the person ``own``: the name (a title
    before it at most) or the subject pronoun ``pronoun``."""
    text = ctx.text
    if pronoun is not None and re.match(pronoun + r"\b", text[unit[0]:unit[1]].lstrip()):
        return True
    first = next(iter(ctx.people.mentions_in(unit[0], unit[1])), None)
    return first is not None and first[1] is own and _TITLE_RUN.fullmatch(text, unit[0], first[0]) is not None


def _after_own_trailer(ctx: Ctx, base, us: int, open_at: int) -> bool:
    """'"A," she said "B."' / '"A," Roe said in Albany, N.Y. "B."': the sentence
    splitter left the base's own trailer in front of the quotation (a missing
    period, an abbreviation); nothing but an adjunct lies between them."""
    ends = [x.end for x in (base.cue, base.source) if x is not None and us <= x.start < open_at]
    if not ends:
        return False
    text = ctx.text
    gs = max(ends)
    # a programme title on the way ('said on NBC's "Meet the Press." "B."') is narration
    parts = []
    k = bisect.bisect_left(ctx.qstarts, gs)
    while k < len(ctx.quotes) and ctx.quotes[k].open_at < open_at:
        t = ctx.quotes[k]
        if t.open_at >= gs:
            if not _is_title(text, t):
                return False
            parts.append(text[gs:t.open_at] + "T" + text[t.end - 1:t.end].strip(",;:!?"))
            gs = t.close_at
        k += 1
    gap = "".join(parts) + text[gs:open_at]
    # (an appositive after the name may run longer: ', 53, who lives in ...')
    if len(gap.split()) > (30 if gap.lstrip().startswith(",") else 12) or ANY_QUOTE.search(gap) \
            or P.CUE_RE.search(gap) or "\n" in gap:
        return False
    # the quotation starts a new sentence or a clause: not a title after "on" or "'s"
    if gap.strip() and gap.rstrip()[-1] not in ".,;":
        return False
    q = inside_quote(ctx, open_at + 1)
    return q is None or not _is_title(text, q)


def _is_title(text: str, q) -> bool:
    """A short quotation in Title Case: a show, a book, a slogan's name."""
    words = _TITLE_WORD.findall(text, q.start, q.end)
    return len(words) <= 6 and sum(w[0].isupper() for w in words) >= max(2, len(words) - 1)


_TITLE_WORD = re.compile(r"[A-Za-z][\w'\u2019-]*")


def _prev_unit(ctx: Ctx, unit):
    k = bisect.bisect_left(ctx.ustarts, unit[0]) - 1
    return ctx.units[k] if k >= 0 else None


def floating_quotes(ctx: Ctx) -> None:
    """Quotes with no cue of their own, after an attributed quote in the same paragraph."""
    by_pos = sorted((c for c in ctx.claims if c.cue is not None and c.source is not None
                     and c.rule and not c.rule.startswith(("hedge", "question", "heading"))),
                    key=lambda c: c.content.start)
    starts = [c.content.start for c in by_pos]
    for q in ctx.quotes:
        if q.open_at in ctx.used_quotes or q.words < 3 or q.single:
            continue
        if claim_index.covers(ctx, q.start) or claim_index.starting_in(ctx, q.start, q.end - 1):
            continue
        i = _base_index(ctx, q, by_pos, starts)
        if i < 0:
            _floating_before(ctx, q, by_pos, starts)
            continue
        base = by_pos[i]
        para = para_index(ctx, q.open_at)
        if para is None or base.content.end > q.open_at:
            continue
        bpara = para_index(ctx, base.content.start)
        going_on = _base_goes_on(ctx, q, base, para, bpara)
        if going_on is None:
            _floating_before(ctx, q, by_pos, starts)
            continue
        if not going_on:
            continue
        seg = _standing_quote(ctx, q, base, same_para=bpara == para)
        if seg is not None:
            _continuation(ctx, q, base, seg, by_pos, starts)


def _base_index(ctx: Ctx, q, by_pos: list, starts: list) -> int:
    """The index in ``by_pos`` of the nearest earlier claim that bears a
    quotation (skipping ", mocking ..." participles of its own sentence)."""
    i = bisect.bisect_left(starts, q.start) - 1
    j = i
    while j >= 0 and i - j < 3 and not (by_pos[j].quote_type in ("direct", "mixed")
                                        or by_pos[j].rule.startswith("indirect.trailer")):
        j -= 1
    if j >= 0 and i - j < 3 and (j == i or all(
            unit_of(ctx, by_pos[k].cue.start) == unit_of(ctx, by_pos[j].cue.start)
            for k in range(j + 1, i + 1))):
        # only a participle hanging off the base's own sentence is skipped; a
        # claim of its own in between ("She says ...") ends the run of quotations
        i = j
    return i


def _base_goes_on(ctx: Ctx, q, base, para: int, bpara: int | None) -> bool | None:
    """Whether the quotation continues the base's speaker: True, False, or None
    when the quotation may belong to a speaker named after it instead."""
    text = ctx.text
    if bpara != para:
        # a paragraph that is nothing but a quotation, right after an attributed
        # quotation: PolNeAR (and readers) take it as the same speaker going on
        ps_, pe_ = ctx.paras[para]
        whole = _only(text, ps_, q.open_at) and _only(text, q.close_at, pe_, " .")
        closed = base.quote_type in ("direct", "mixed") or _ends_paragraph(ctx, base, bpara)
        near = bpara == para - 1 and (closed or _narration_closes_paragraph(ctx, base, bpara))
        across = bpara == para - 2 and closed and _speaker_narration_paragraph(ctx, base, para - 1)
        if not (whole and (near or across)):
            return None
        return not another_speaks_between(ctx, base, q.open_at) or None
    if another_speaks_between(ctx, base, q.open_at):
        return None
    return not (base.quote_type == "indirect" and not base.rule.startswith(("indirect.trailer", "mixed"))
                and not _only(text, base.content.end, q.open_at, " .!?\"\u201d\u2019)"))


_BETWEEN_WINDOW = 400
# up to three capitalised words (a title) before a name that opens its sentence
_TITLE_RUN = re.compile(r"\s*(?:[A-Z][\w.'\u2019-]*\s+){0,3}")


def another_speaks_between(ctx: Ctx, base, open_at: int) -> bool:
    """ '"A," said Ann Vole. Tom Reyes disagreed. "B."': another person, named
    as the subject of a sentence of its own between the base and the
    quotation, breaks the run of the base's speaker (a reader no longer carries
    Vole over).  The base's person: the one its source names, or for a pronoun
    the person named last before it."""
    text = ctx.text
    gs = max(x.end for x in (base.content, base.source, base.cue) if x is not None)
    if gs >= open_at or base.source is None:
        return False
    people = ctx.people
    own = people.head_person_in(base.source.start, base.source.end) or people.nearest_before(base.source.start, None)
    home = unit_of(ctx, gs - 1)
    # (the sentences right before the quotation only: linear time on long paragraphs)
    for pos, p in people.mentions_in(max(gs, open_at - _BETWEEN_WINDOW), open_at):
        unit = unit_of(ctx, pos)
        if p is not own and unit is not None and unit != home and unit[1] <= open_at \
                and _TITLE_RUN.fullmatch(text, unit[0], pos):
            return True
    return False


def _standing_quote(ctx: Ctx, q, base, same_para: bool) -> tuple[int, int] | None:
    """The quotation's span when it stands on its own in its sentence (nothing
    but punctuation around it), widened over a short lead-in or a short tail."""
    text = ctx.text
    unit = unit_of(ctx, q.open_at)
    if unit is None:
        return None
    seg_start, seg_end = q.start, q.end
    lead = text[unit[0]:q.open_at].strip(" .,\n")
    if lead and not _after_own_trailer(ctx, base, unit[0], q.open_at):
        # 'Instead, "he just gave up."' / 'Roe "simply got it wrong."': a short lead-in
        # right after the base's own sentence; the whole sentence goes on with it
        if not (same_para and len(lead.split()) <= 3 and base.quote_type == "direct"
                and not ANY_QUOTE.search(lead) and not P.CUE_RE.search(lead)
                and unit_of(ctx, base.content.start) == _prev_unit(ctx, unit)):
            return None
        seg_start = unit[0]
    tail = text[q.close_at:unit[1]].strip(" .,\n")
    if tail:
        # '"That is the fight we're taking" to the rest of the country.'
        if len(tail.split()) > 12 or P.CUE_RE.search(tail) or ANY_QUOTE.search(tail):
            return None
        seg_end = unit[1]
        while seg_end > q.close_at and text[seg_end - 1] in " .\n":
            seg_end -= 1
    return seg_start, seg_end


def _continuation(ctx: Ctx, q, base, seg: tuple[int, int], by_pos: list, starts: list) -> None:
    """The quotation as a claim of the base's speaker ("direct.continuation")."""
    seg_start, seg_end = seg
    c = make_claim(ctx, seg_start, seg_end, (base.source.start, base.source.end) if base.source else None,
                   (base.cue.start, base.cue.end) if base.cue else None, "direct.continuation", 0.7,
                   quote_type="direct" if (seg_start, seg_end) == (q.start, q.end) else "mixed",
                   lemma=base._lemma, stance=base.stance)
    if c:
        c._base = base._base or base
        c.said_where, c.said_to = base.said_where, base.said_to
        ctx.used_quotes[q.open_at] = c
        k = bisect.bisect_left(starts, c.content.start)
        starts.insert(k, c.content.start)
        by_pos.insert(k, c)
