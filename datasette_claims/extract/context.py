"""Shared state of one article's extraction and the helpers every rule uses.

Why a module of its own: all rule families (verbal cues, "according to",
nested media attribution, noun cues, colon/dash quotes, hedges) read the same
per-article context -- paragraphs, quotation spans, sentence units merged
across quotation boundaries, the people of the article -- and emit claims
through the same ``make_claim`` so that span conventions (PolNeAR's: content
without cue and source, indirect content keeps "that", direct content is what
is inside the marks) are enforced in one place.  Keeping it free of any rule
means every rule module can import it without cycles.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from ..models import Article, Claim, Span
from . import patterns as P
from .lexicon import CONTENTLESS_PHRASE, CONTENTLESS_WORDS, CUE_FORMS, TRAILING_SUBORDINATORS
from .quotes import Quote
from .sentences import MAX_SENTENCE, sentence_spans
from .speakers import People

_SRC_HEADS = (r"spokes|official|aide|adviser|advisor|source|minister|secretary|senator|director|"
              r"leader|chair|president|statement|report|analyst|expert|professor|lawyer|"
              r"attorney|member|manager|strategist|economist|representative|governor|mayor|"
              r"candidate|campaign|lawmaker|officer|researcher|pollster|executive|founder|head|chief|"
              r"group|organi|committee|agency|department|ministry|office|woman|man|person|people|"
              r"voter|resident|supporter|critic|activist|diplomat|who")
PRONOUN_CONTRACTIONS = {"he's", "she's", "they've", "he'd", "she'd", "they'd", "it's", "we've", "i've",
               "we'd", "i'd", "who's", "who'd", "you've"}
ANY_QUOTE = re.compile("[\"\u201c\u201d\u2018\u00ab:]|''")
DETERMINERS = {"the", "a", "an", "his", "her", "their", "its", "this", "that", "one", "our", "my"}
FINITE = re.compile(r"\b(?:" + P.AUX_DO_ALT + r"|said|says)\b")
OPEN_Q = "\"\u201c\u2018'\u00ab"
# what may close a question after its "?" (quotation marks, a bracket, spaces)
QUESTION_CLOSERS = " \t\n\"'\u201d\u2019)"


@dataclass(slots=True)
class Subject:
    """A source found left of a cue, as the source searches return it
    (``sources.left_source`` and the searches in ``verbal``)."""

    cue_start: int                            # the cue's start (an aspect verb may join it: "began writing")
    start: int
    end: int
    boundary: int                             # where the left context before the source ends
    kind: str                                 # what is there: "start", "comma", "quote", "conj", "colon"
    apposition: tuple[int, int] | None        # "Jane Roe, a spokeswoman, said": the role's span


@dataclass
class Ctx:
    article: Article
    text: str
    paras: list
    quotes: list
    qstarts: list
    units: list
    ustarts: list
    people: People
    pub: object
    claims: list = field(default_factory=list)
    used_quotes: dict = field(default_factory=dict)   # quote open_at -> claim
    cue_taken: set = field(default_factory=set)
    pstarts: list = field(default_factory=list)
    cue_hits: list = field(default_factory=list)      # CUE_RE matches, one list per paragraph
    cue_index: dict | None = None                     # first word of a cue -> its positions
    # per-article caches the rules fill on first use (declared, never added on the fly)
    _content_spans: list | None = None                # enrich: the claims' content spans, sorted
    _content_starts: list | None = None               # enrich: their starts
    _titled_names: dict = field(default_factory=dict)  # enrich: name -> written after a person's title?
    _post_hints: bool | None = None                   # enrich: the text names a social media post
    _source_index: tuple | None = None                # coref: claims in the order of their sources
    _lower_words: set | None = None                   # writes_in_lower_case: the text's lower-case words
    _spelled: dict | None = None                      # coref.expand_acronym: initials -> name spelled out
    recent_speakers: list = field(default_factory=list)  # enrich: (source start, person), as resolved
    _leftmost: dict = field(default_factory=dict)      # patterns.search_from: (pattern, end) -> its matches
    _left_tokens: tuple | None = None                 # patterns.window_tokens: the last cue's window
    _according_trailer_seen: list | None = None       # verbal.screens: [claims, read up to, found]
    _claim_index: object | None = None                # claim_index: the claims filed by position
    _para_days: list | None = None                    # enrich: the day each paragraph carries (when.paragraph_days)
    embedded: list = field(default_factory=list)      # (embedded quote claim, relaying claim) pairs
    pending_cuts: list | None = None                  # (claim, content, id) cut by the cue in hand


# (the two look-ups below run for nearly every match of every rule: a
# ``bisect_right`` answer i >= 0 has ``starts[i] <= pos`` already -- it only
# moves past an item it found not greater than ``pos`` -- so the item's start
# is not compared again)
def inside_quote(ctx: Ctx, pos: int) -> Quote | None:
    i = bisect.bisect_right(ctx.qstarts, pos) - 1
    if i >= 0:
        q = ctx.quotes[i]
        if pos < q.end:
            return q
    return None


def unit_of(ctx: Ctx, pos: int) -> tuple[int, int] | None:
    i = bisect.bisect_right(ctx.ustarts, pos) - 1
    if i >= 0:
        unit = ctx.units[i]
        if pos < unit[1]:
            return unit
    return None


def narration_matches(ctx: Ctx, regex, after=None):
    """``(match, unit_start, unit_end)`` for each match of ``regex`` in the body
    that is narration (not inside a quotation) and inside a sentence unit:
    the starting point of every rule anchored on a fixed phrase.  With
    ``after``, the matches are found as ``patterns.matches_after`` finds them."""
    if not ctx.paras:
        return
    lo, hi = ctx.paras[0][0], ctx.paras[-1][1]
    for m in regex.finditer(ctx.text, lo, hi) if after is None else P.matches_after(after, regex, ctx.text, lo, hi):
        if inside_quote(ctx, m.start()):
            continue
        unit = unit_of(ctx, m.start())
        if unit:
            yield m, unit[0], unit[1]


def word_before(text: str, pos: int) -> bool:
    """A word character (or apostrophe, hyphen) right before ``pos``.  Anchor
    patterns check their left word boundary here rather than opening with
    ``\\b`` or a look-behind, which would stop the regex engine from skipping
    ahead to the anchor's first letters."""
    return pos > 0 and (text[pos - 1].isalnum() or text[pos - 1] in "_'\u2019-")


_WORD_SPLITS: dict = {}


def word_positions(ctx: Ctx, words: tuple) -> list[int]:
    """Where the given words start in the body: those that are reporting verbs
    come from the cue regex's matches (already found once per article), the
    others are looked up with ``str.find``.  Cheaper than scanning the text
    again with an alternation of the words."""
    split = _WORD_SPLITS.get(words)
    if split is None:
        split = _WORD_SPLITS[words] = (frozenset(w for w in words if w in CUE_FORMS),
                                       tuple(w for w in words if w not in CUE_FORMS))
    cue_words, other_words = split
    index = ctx.cue_index
    if index is None:
        index = ctx.cue_index = {}
        for hits in ctx.cue_hits:
            for m in hits:
                index.setdefault(m.group().split(None, 1)[0], []).append(m.start())
    # (a position is filed under one word, and the result is sorted: walk the
    # smaller of the article's cue words and the words asked for)
    if len(index) < len(cue_words):
        pos = [k for w, ks in index.items() if w in cue_words for k in ks]
    else:
        pos = [k for w in cue_words for k in index.get(w, ())]
    text = ctx.text
    for w in other_words:
        k = text.find(w)
        while k >= 0:
            e = k + len(w)
            if not word_before(text, k) and not (e < len(text) and (text[e].isalnum() or text[e] in "_'\u2019-")):
                pos.append(k)
            k = text.find(w, e)
    return sorted(pos)


def anchored_matches(ctx: Ctx, hits: list[int], regex, back: int = 160, fwd: int = 120):
    """Like ``narration_matches`` for a ``regex`` with a ``cue`` group, tried
    only around ``hits``, the sorted positions of its cue words
    (``word_positions``).

    Why: a pattern that opens with an alternation of auxiliaries or verbs is
    tried at every position of the text; scanning for the cue word alone and
    running the full pattern only in a window around each hit gives the same
    matches at a fraction of the cost (these passes run on every article)."""
    if not ctx.paras:
        return
    text = ctx.text
    lo0, hi0 = ctx.paras[0][0], ctx.paras[-1][1]
    last = -1
    for hit in hits:
        if hit < lo0 or hit >= hi0 or word_before(text, hit) or hit < last:
            continue  # inside a longer word, or inside the cue just yielded
        hi = min(hi0, hit + fwd)
        m = regex.search(text, max(lo0, hit - back), hi)
        while m is not None and m.end("cue") <= hit:
            m = regex.search(text, m.start() + 1, hi)
        # the hit must be (in) the match's cue: "announced" in "first announced"
        if m is None or not m.start("cue") <= hit < m.end("cue") or m.start() < last:
            continue
        last = m.end("cue")
        if inside_quote(ctx, m.start()):
            continue
        unit = unit_of(ctx, m.start())
        if unit:
            yield m, unit[0], unit[1]


# A unit merged across a quotation stops growing here: every rule works inside
# one unit, and a quotation that never closes in a long paragraph would
# otherwise make the paragraph one unit (see sentences.MAX_SENTENCE).
MAX_UNIT = 2 * MAX_SENTENCE


def build_units(text, paras, quotes) -> list[tuple[int, int]]:
    """Sentences, merged where a boundary falls inside a quotation."""
    units = []
    qi = 0
    for ps, pe in paras:
        sents = sentence_spans(text, ps, pe)
        merged: list[list[int]] = []
        for s, e in sents:
            if merged:
                # is position s inside a quote that opened before it?
                inside = False
                while qi < len(quotes) and quotes[qi].close_at <= s:
                    qi += 1
                j = qi
                while j < len(quotes) and quotes[j].open_at < s:
                    if quotes[j].open_at < s < quotes[j].close_at and quotes[j].closed:
                        inside = True
                        break
                    j += 1
                if inside and e - merged[-1][0] <= MAX_UNIT:  # (bounded: see MAX_UNIT)
                    merged[-1][1] = e
                    continue
            merged.append([s, e])
        units.extend((a, b) for a, b in merged)
    return units


def quote_closing_before(ctx: Ctx, pos: int) -> Quote | None:
    """A quotation whose closing mark is just before pos (only ', ' between)."""
    text = ctx.text
    k = pos
    while k > 0 and text[k - 1] in " ,\t\u00a0":
        k -= 1
    # allow the comma before the mark (US style) or after (UK style)
    i = bisect.bisect_right(ctx.qstarts, k) - 1
    while i >= 0 and i >= len(ctx.quotes) - 1 - len(ctx.quotes):
        q = ctx.quotes[i]
        if q.close_at == k and q.closed:
            return q
        if q.close_at < k - 2:
            break
        i -= 1
    return None


def quote_opening_at(ctx: Ctx, k: int) -> Quote | None:
    """The quote whose opening mark is at ``k``, if any (one bisection)."""
    i = bisect.bisect_left(ctx.qstarts, k)
    for j in (i - 1, i, i + 1):
        if 0 <= j < len(ctx.quotes) and ctx.quotes[j].open_at == k:
            return ctx.quotes[j]
    return None


def quote_opening_after(ctx: Ctx, pos: int, lim: int = 4) -> Quote | None:
    text = ctx.text
    k = pos
    n = 0
    while k < len(text) and text[k] in " ,:\t\u00a0" and n < lim:
        k += 1
        n += 1
    return quote_opening_at(ctx, k)


def quote_chain(ctx: Ctx, q: Quote) -> list[Quote]:
    """The quote and the earlier paragraphs it continues (multi-paragraph quote)."""
    chain = [q]
    while chain[0].continues is not None:
        chain.insert(0, chain[0].continues)
    return chain


def quote_forward(ctx: Ctx, q: Quote) -> list[Quote]:
    """The quote and the following paragraphs that continue it."""
    # Only a paragraph's first quotation continues another (``find_quotes``): from
    # each link, jump to the next paragraph's first quotation -- a walk over every
    # later quotation would make this cost grow with the square of their number.
    chain = [q]
    quotes, qstarts = ctx.quotes, ctx.qstarts
    cur = q
    while True:
        j = bisect.bisect_right(qstarts, ctx.paras[cur.para][1])
        if j >= len(quotes) or quotes[j].continues is not cur:
            return chain
        cur = quotes[j]
        chain.append(cur)


def trim_span(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and (text[s].isspace() or text[s] in ",;:"):
        s += 1
    while e > s and (text[e - 1].isspace() or text[e - 1] in ",;:-\u2014\u2013"):
        e -= 1
    return s, e


_ASIDE_CUT = re.compile(r"[,\s\u2014\u2013-]+(?:which|who|whose|while|though|although|as|a|an)\b")
_WORD = re.compile(r"[\w'\u2019.-]+")
_ASIDE_CLOSE = re.compile(r",\s|\s[\u2014\u2013-]+\s")


def _parenthetical_after_subject(text: str, s: int, m, uend: int) -> bool:
    """A cut at an aside (", which ...", ", though ...", " - which ...") that
    would leave only a short noun phrase of content and that closes again
    before the sentence ends ("the decision, which struck down the rule,
    illustrates ..."): PolNeAR keeps the aside and the predicate after it."""
    if not _ASIDE_CUT.match(text, m.start()):
        return False
    if len(_WORD.findall(text, s, m.start())) > ASIDE_MAX_WORDS:
        return False
    return _ASIDE_CLOSE.search(text, m.end(), uend) is not None


ASIDE_MAX_WORDS = 8


_GERUND_CUT = re.compile(r",[\"\u201d']?\s+[a-z]{3,}ing\s")
_LIST_BEFORE = re.compile(r":\s|\bincluding\b|(?:^|,\s)[a-z]{3,}ing\s[^,;]*$")


def right_content(ctx: Ctx, pos: int, uend: int) -> tuple[int, int] | None:
    """Indirect content from pos to the end of the unit, cut before a new clause cue."""
    text = ctx.text
    s = pos
    while s < uend and text[s] in " \t\n,\u00a0":
        s += 1
    if s >= uend:
        return None
    e = uend
    k = s
    while True:
        m = P.search_from(ctx, P.CLAUSE_CUT, k, uend)  # (= CLAUSE_CUT.search(text, k, uend), remembered)
        if not m:
            break
        q = inside_quote(ctx, m.start())
        if q is not None and q.start >= s:
            if q.closed and m.start() < q.close_at <= m.end() and text[m.start()] == ",":
                # '... a "distortion," describing ...': the comma sits inside the
                # marks, the cut comes right after the quotation closes
                e = q.close_at
                break
            # never cut inside a quotation that the content opened
            k = q.close_at
            continue
        if _GERUND_CUT.match(text, m.start()) and _LIST_BEFORE.search(text, s, m.start()):
            # "pledges: rebuilding the army, taking care of veterans": a list of
            # gerunds, not a participle clause of the writer's
            k = m.end()
            continue
        if _parenthetical_after_subject(text, s, m, uend):
            # "the decision, which struck down ..., illustrates ...": the cut
            # would leave a bare subject, so the aside belongs to the content
            k = m.end()
            continue
        e = m.start()
        break
    # a trailing ", he said" etc. is handled by the cut above; strip final punctuation
    while e > s and text[e - 1] in " .!?;:,\u00a0\n":
        e -= 1
    # keep a closing quote mark that belongs to an opened quote
    if e < uend and text[e:e + 1] in "\"\u201d" and text.count("\u201c", s, e) > text.count("\u201d", s, e):
        e += 1
    if e - s < 2:
        return None
    return s, e


def make_span(text, s, e) -> Span:
    return Span(s, e, text[s:e])


# A content cut where the next clause starts keeps no "and"/"but"/"or" at its
# end ("Returns had been voluntary, but | according to X, ...", "said the
# party doesn't care and | one in four said ...": the word joins the next
# clause, of another attribution or of the writer).
_TRAILING_CONJUNCTIONS = ("and", "but", "or", "nor")


_ASCII_LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"


def letters_start(text: str, lo: int, hi: int) -> int:
    """Where the letters (``str.isalpha``) ending ``text[lo:hi]`` start: ``hi``
    when none end it, ``lo`` at the most.  The ASCII letters of the last 24
    characters are stripped in one C call, then the walk goes on a character
    at a time (a letter outside ASCII, or a word longer than that)."""
    if hi <= lo:
        return hi
    k = max(lo, hi - 24)
    k += len(text[k:hi].rstrip(_ASCII_LETTERS))
    while k > lo and text[k - 1].isalpha():
        k -= 1
    return k


def without_trailing_conjunction(text: str, cs: int, ce: int) -> int:
    """The content's end without a last word that is a coordinating conjunction
    (and the comma before it)."""
    if ce - cs < 8 or text[ce - 1] not in "dtrhsnef":  # (the last letters of the words: most contents end otherwise)
        return ce
    k = letters_start(text, cs, ce)
    if k == cs or not text[k - 1].isspace():
        return ce
    word = text[k:ce].lower()
    if word in _TRAILING_CONJUNCTIONS:
        return trim_span(text, cs, k)[1]
    if word in TRAILING_SUBORDINATORS and text[:k].rstrip()[-1:] in ",\u2014\u2013-":
        return trim_span(text, cs, k)[1]
    return ce


# "said that is not true", "thinks that would help": a "that" right before a finite verb is the
# content's subject, a pronoun, no complementizer -- kept; not when the verb opens an inverted
# condition ("said that, had the strike begun, ...", "that should it emerge ...", "that were the law
# to pass ...") with its subject after it
_THAT_SUBJECT = re.compile(r"that\s+(?:(?:had|were|should)\s+(?!(?:he|she|it|they|we|I|you|there|the|a|an|this|"
                           r"these|those|his|her|its|their|our|[A-Z]\w*)\b)"
                           r"|(?!(?:had|were|should)\s)(?:" + P.AUX_DO_ALT + r")\s)")


def make_claim(ctx: Ctx, cs: int, ce: int, src, cue, rule: str, conf: float, *,
               quote_type: str = "indirect", lemma: str | None = None,
               stance: str | None = None) -> Claim | None:
    """A claim of content ``cs:ce`` (trimmed; a leading "that" dropped), recorded
    in ``ctx.claims``; None when nothing is left of the content."""
    text = ctx.text
    cs, ce = trim_span(text, cs, ce)
    ce = without_trailing_conjunction(text, cs, ce)
    if text.startswith("that", cs) and text[cs + 4:cs + 5] in (" ", ",") and ce - cs > 10 \
            and not _THAT_SUBJECT.match(text, cs, ce):
        cs = trim_span(text, cs + 4, ce)[0]  # (and "that, should the unrest spread, ...": its comma)
    if ce - cs < 1 or text[cs:ce] == "that":
        return None  # (a lone complementizer left by a frame the rules could not open)
    if quote_type != "direct" and _contentless(text, cs, ce):
        return None  # (a quotation's piece is the speaker's own words: '"That," Roe said, "is ..."')
    cid = f"{ctx.article.id}:{cs}-{ce}"
    if cue and src and src[1] <= cue[0]:
        cue = (_after_leading_time(text, cue[0], cue[1]), cue[1])
    claim = Claim(id=cid, content=make_span(text, cs, ce),
                  source=make_span(text, *src) if src else None,
                  cue=make_span(text, *cue) if cue else None,
                  quote_type=quote_type, confidence=conf, rule=rule, stance=stance)
    claim._lemma = lemma
    ctx.claims.append(claim)
    return claim


# a time between the subject and its verb ("The ministry on Sunday denied ..."):
# when it was said, which ``enrich`` reads between source and cue, not the cue
_LEADING_TIME = re.compile(P.TIME_ADJ + r"\s+(?=[a-z])")
# (not a bare "later" / "earlier" / "recently": PolNeAR keeps "later said" whole)
_TIME_OF_CUE = ("later", "earlier", "recently")


def _after_leading_time(text: str, start: int, end: int) -> int:
    """The cue's start after a time adverbial opening it ("on Sunday denied" -> "denied")."""
    m = _LEADING_TIME.match(text, start, end)
    if m is None or m.end() >= end or m.group().strip().lower() in _TIME_OF_CUE:
        return start
    return m.end()


_LETTER = re.compile(r"[^\W\d_]")
_MARKUP = re.compile(r"<[^<>]*>")


def _contentless(text: str, cs: int, ce: int) -> bool:
    """Is ``text[cs:ce]`` no statement at all: one word that stands for one
    elsewhere or joins clauses (``CONTENTLESS_WORDS``), or no letter outside
    markup left in the text ("</p>")?"""
    if ce - cs > 16:
        return False
    piece = text[cs:ce]
    if _LETTER.search(_MARKUP.sub("", piece)) is None:
        return True
    return piece.strip(" .,;:!?\"'\u201c\u201d\u2018\u2019").lower() in CONTENTLESS_WORDS


_CONTENTLESS_PHRASE = re.compile(CONTENTLESS_PHRASE)


def stands_for_elsewhere(content: str) -> bool:
    """Is ``content`` (a whole claim's) a phrase that stands for what was said
    elsewhere ("similar sentiments", "such calls": ``CONTENTLESS_PHRASE``)?
    Tested on the finished rows (``assemble.build``), not in ``make_claim``: such a
    claim still carries its cue to the participle after it ("expressed similar
    sentiments, accusing ..."), which keeps its speaker from it."""
    return len(content) <= 32 and _CONTENTLESS_PHRASE.fullmatch(
        content.strip(" .,;:!?\"'\u201c\u201d\u2018\u2019").lower()) is not None


_SINGLE_QUOTED = re.compile(r"(?<![\w])[\u2018'][^\u2018\u2019']{1,60}[\u2019'](?!\w)")


def content_quote_type(ctx: Ctx, cs: int, ce: int, lemma: str | None, has_that: bool) -> str:
    text = ctx.text
    marks = (text.count("\"", cs, ce) + text.count("\u201c", cs, ce) + text.count("\u201d", cs, ce)
             + text.count("\u00ab", cs, ce) + text.count("''", cs, ce))
    # (the single-quote search only matters when there are no double marks, and
    # can only match when the content has a single mark at all)
    if not marks and (text.find("'", cs, ce) < 0 and text.find("\u2018", cs, ce) < 0
                      or not _SINGLE_QUOTED.search(text[cs:ce])):
        return "indirect"
    if lemma in ("call", "urge", "demand", "propose", "recommend", "praise", "describe") and not has_that:
        return "partial"
    return "mixed"


def cue_lemma(form: str) -> tuple[str, str]:
    low = form.lower()
    found = CUE_FORMS.get(low)  # (no default tuple built on every call)
    return found if found is not None else (low, "assertion")


def after_colon_or_quote(text, pos, end):
    return bool(re.match(r"\s*[:,]?\s*[\"\u201c\u2018']", text[pos:min(end, pos + 6)]))


def next_para_quote(ctx: Ctx, pos: int) -> Quote | None:
    text = ctx.text
    k = pos
    while k < len(text) and text[k] in " \t\r\n\u00a0":
        k += 1
    return quote_opening_at(ctx, k)


def para_index(ctx: Ctx, pos: int) -> int | None:
    i = bisect.bisect_right(ctx.pstarts, pos) - 1
    if i >= 0 and ctx.paras[i][0] <= pos < ctx.paras[i][1]:
        return i
    return None


def next_para_block(ctx: Ctx, pos: int) -> tuple[int, int] | None:
    """ "He said:" / "Fox News reports:" ending a paragraph, then the words as a
    block quotation without marks: the whole next paragraph (when it is short
    enough to be one quoted passage and opens no attribution of its own)."""
    text = ctx.text
    before = para_index(ctx, pos - 1)
    if not re.match(r"\s*$", text[pos:ctx.paras[before][1]] if before is not None else "x"):
        return None
    i = bisect.bisect_right(ctx.pstarts, pos)
    if i >= len(ctx.paras):
        return None
    ps, pe = ctx.paras[i]
    body = text[ps:pe]
    if not body.strip() or len(body) > 1200 or body.lstrip()[:1] in "<[(" \
            or re.match(r"\s*(?:[A-Z][\w.'\u2019-]*\s+){1,4}(?:said|says|wrote|writes)\b", body):
        return None
    s0, e0 = trim_span(text, ps, pe)
    return (s0, e0) if e0 - s0 >= 10 else None


_LETTER_RUN = re.compile(r"[^\W_]+")


def writes_in_lower_case(ctx: Ctx, word: str) -> bool:
    """Whether the article also writes ``word`` as a lower-case word: a
    capitalised word that it does ("Economy:", "Prosecutors said") is a common
    noun, not a name.  (The article's lower-case words are read once, on the
    first call: a search of the text per word would grow with the square of a
    long article.)"""
    words = ctx._lower_words
    if words is None:
        words = ctx._lower_words = {w for w in _LETTER_RUN.findall(ctx.text) if w.islower()}
    return word.lower() in words


def take_cues(ctx: Ctx, lo: int, hi: int) -> None:
    """Mark every reporting-verb cue in ``lo``..``hi`` as taken: a construction
    that holds one ("was quoted as saying", "citing X as saying") has read it,
    and the verb rules must not read it again."""
    for cm in P.CUE_RE.finditer(ctx.text, lo, hi):
        ctx.cue_taken.add(cm.start())
