"""Is text b the same statement as text a?  A score in [0, 1].

Pure Python over plain strings (rapidfuzz + the standard library), usable
from the load pipeline, a SQL function or a notebook alike.

The score is a logistic combination of a dozen cheap lexical features:
rapidfuzz's token_sort / Indel / partial_token_sort ratios on
``utils.default_process``-ed text (never ``WRatio``, which collapses on long
versus short text), word and content-word overlap, a word-level edit
similarity, trigram overlap, length balance, and penalties for mismatched
numbers and negation.  The weights were fitted on the MRPC *train* split
(``benchmarks/eval_matching.py --fit`` refits and prints them); the dev split
is only ever used to report.  Speakers, when both are given, shift the
score: the same words from two different people are two claims.

The score measures how closely the wording agrees.  ``is_same_claim`` adds
what overlap cannot see: a flipped negation, a changed number, another
modal verb or another name in the same place (``meaning_change``) make two
claims, however close the words -- "Fares will be frozen" / "Fares will
not be frozen" is never the same claim.  (Folding that into the score
costs ranking quality on MRPC, whose paraphrase pairs often differ in a
figure: "$1.71 million" / "$1.5 million".)
"""

from __future__ import annotations

import difflib
import math
import re
import unicodedata
from functools import lru_cache
from typing import NamedTuple

from rapidfuzz import fuzz, utils
from rapidfuzz.distance import Indel

from ..extract.lexicon import PERSON_PRONOUNS
from ..text import STOPWORDS, capitalised_words, number_keys

# Chosen on MRPC train (accuracy-best) by benchmarks/eval_matching.py.
DEFAULT_THRESHOLD = 0.50

# Logistic weights fitted on MRPC train (L2 = 1.0, Newton's method).
WEIGHTS = {
    "sort": 1.781,
    "ratio": 2.865,
    "ptsort": 2.019,
    "uni": 3.098,
    "cont": 0.462,
    "tri": -3.326,
    "lenr": 0.977,
    "nummis": -0.589,
    "neg": -1.174,
    "wed": 2.151,
    "unmatched": -1.649,
    "loglen": -0.311,
    "names": -0.466,
}
BIAS = -5.556
FEATURES = tuple(WEIGHTS)

# Hand-set on top of the fitted weights (MRPC has few such pairs, claims
# care): a flipped negation makes a different claim, whatever the overlap.
NEGATION_PENALTY = 2.0
# A short quote found almost verbatim inside a longer sentence (a report
# quoting part of what was said): at least this many words, partial_ratio.
CONTAINED_MIN_WORDS = 6
CONTAINED_RATIO = 90
# ... and short beside it: a fragment has at most this share of its words.
FRAGMENT_SHARE = 0.6


# Speaker evidence, in logit units (MRPC has no speakers, so these are set
# by hand): a known different speaker makes a match very unlikely.
SAME_SPEAKER_BONUS = 0.5
OTHER_SPEAKER_PENALTY = 5.0

_WORD = re.compile(r"[a-z0-9]+")
_NUMBER = re.compile(r"\d[\d,.]*\d|\d")
NEGATIONS = frozenset("not no never none nobody nothing neither nor cannot without".split())
_SUFFIXES = ("ingly", "edly", "ing", "ed", "es", "s", "ly")


_STEMS: dict[str, str] = {}


def stem(word: str) -> str:
    """A crude suffix strip: enough to make "tanks"/"tank", "said"/"say" closer."""
    got = _STEMS.get(word)
    if got is not None:
        return got
    out = word
    for suf in _SUFFIXES:
        if len(word) > len(suf) + 2 and word.endswith(suf):
            out = word[: -len(suf)]
            break
    if len(_STEMS) < 200_000:
        _STEMS[word] = out
    return out


def words(text: str) -> list[str]:
    """Lower-cased word tokens, with "n't" split off as "not"."""
    text = unicodedata.normalize("NFKC", text or "").lower().replace("\u2019", "'")
    return _WORD.findall(text.replace("n't", " not"))


def numbers(text: str) -> set[str]:
    return {n.replace(",", "").rstrip(".") for n in _NUMBER.findall(text or "")}


def negated(tokens: list[str]) -> bool:
    return sum(1 for w in tokens if w in NEGATIONS) % 2 == 1


def is_negation(word: str) -> bool:
    """"not", "never", "no", ... or a contraction of "not" ("won't")."""
    return word in NEGATIONS or word.endswith("n't")


def has_negation(tokens: list[str]) -> bool:
    """Is any of ``tokens`` a negation (``is_negation``)?  A quick gate: set and string scans in C."""
    return not NEGATIONS.isdisjoint(tokens) or "n't" in " ".join(tokens)


# A negation can sit in a word's prefix: "unclear" says "not clear",
# "unable" "not able", "disagree" "do not agree".  Such a word counts as a
# negation only against the base word it negates (so "income" is no
# negation of "come" unless the other wording says "not come").
NEGATIVE_PREFIXES = ("un", "dis", "non", "im", "in", "il", "ir")
NEGATED_SPAN = 3  # "not clear", "not be able", "not at all likely": the words a "not" governs


def prefix_bases(tokens: list[str]) -> dict[str, str]:
    """Each word that may carry a negative prefix, with the base it would negate."""
    out = {}
    for w in tokens:
        if not w.startswith(NEGATIVE_PREFIXES):  # (one C call: most words carry none)
            continue
        for p in NEGATIVE_PREFIXES:
            if w.startswith(p) and len(w) - len(p) >= 4:
                out[w] = w[len(p):]
                break
    return out


def negated_words(tokens: list[str]) -> set[str]:
    """The words a negation governs: "the rules are not clear" -> {"clear"}."""
    out: set[str] = set()
    for i, w in enumerate(tokens):
        if is_negation(w):
            out.update(tokens[i + 1 : i + 1 + NEGATED_SPAN])
    return out


def negation_parity(tokens: list[str], against: set[str]) -> int:
    """0 or 1: the negations in ``tokens``, a prefixed word counted when its
    base is in ``against`` (the other wording's negated words; for two
    aligned phrases, all of the other's words: "able" / "unable")."""
    return _parity(sum(1 for w in tokens if is_negation(w)), prefix_bases(tokens).values(), against)


def _parity(negations: int, bases, against) -> int:
    """0 or 1: ``negations`` plus the prefixed words whose base is in ``against``."""
    return (negations + sum(1 for base in bases if base in against)) % 2


def negation_flipped(a: list[str], b: list[str]) -> bool:
    """Does one wording negate what the other affirms?  "The rules are not
    clear" / "the rules remain unclear" is no flip; "will be frozen" /
    "will not be frozen" is; "not unlikely" / "likely" is none either
    (``double_negated``)."""
    if not has_negation(a) and not has_negation(b):
        return False
    return negation_parity(a, negated_words(b) | double_negated(a, b)) != \
        negation_parity(b, negated_words(a) | double_negated(b, a))


def double_negated(tokens: list[str], other) -> set[str]:
    """The bases of prefixed words in ``tokens`` that a negation of their own
    governs and ``other`` says plainly: "not unlikely" / "likely", "not
    impossible" / "possible" -- the two negations cancel, so the prefixed
    word counts against its own "not" (``negation_parity``'s ``against``)."""
    return {base for base in negated_bases(tokens) if base in other}


def negated_bases(tokens: list[str]) -> set[str]:
    """The bases of prefixed words a negation governs ("not unlikely": "likely")."""
    governed = negated_words(tokens)
    return {base for w, base in prefix_bases(tokens).items() if w in governed} if governed else set()


def _dice(a: set, b: set) -> float:
    return 2 * len(a & b) / (len(a) + len(b)) if (a or b) else 1.0


def _trigrams(seq: list[str]) -> set:
    return set(zip(seq, seq[1:], seq[2:]))


class Prepared:
    """Everything the features need from one text, computed once."""

    __slots__ = (
        "processed", "n_words", "stems", "stem_set", "content", "trigrams", "numbers", "negated", "names",
        "negations", "prefixed", "governed", "doubled",
    )

    def __init__(self, text: str):
        text = text or ""
        self.processed = utils.default_process(text)
        toks = words(text)
        self.n_words = len(toks)
        self.stems = [stem(w) for w in toks]
        self.stem_set = set(self.stems)
        self.content = {w for w in self.stems if w not in STOPWORDS}
        self.trigrams = _trigrams(self.stems)
        self.numbers = numbers(text)
        self.negated = negated(toks)
        self.names = capitalised_words(text)
        # what ``negation_flipped`` weighs, read once per text
        self.negations = sum(1 for w in toks if is_negation(w))
        self.prefixed = tuple(prefix_bases(toks).values())
        self.governed = frozenset(negated_words(toks)) if self.negations else frozenset()
        # prefixed words under a negation of their own ("not unlikely"): their bases
        self.doubled = frozenset(negated_bases(toks)) if self.negations else frozenset()


_PREPARED: dict[str, Prepared] = {}
_PROCESSED: dict[str, str] = {}


def processed(text: str) -> str:
    """``utils.default_process(text)``, memoised."""
    got = _PROCESSED.get(text)
    if got is None:
        if len(_PROCESSED) >= 100_000:
            _PROCESSED.clear()
        got = _PROCESSED[text] = utils.default_process(text or "")
    return got


def prepare(text: str) -> Prepared:
    """``Prepared(text)``, memoised (a batch compares each claim many times)."""
    got = _PREPARED.get(text)
    if got is None:
        if len(_PREPARED) >= 50_000:
            _PREPARED.clear()
        got = _PREPARED[text] = Prepared(text)
    return got


def features(a: str, b: str) -> dict[str, float]:
    """The feature vector ``claim_similarity`` combines (names as in WEIGHTS)."""
    A, B = prepare(a), prepare(b)
    f = {**_cheap_features(A, B), **_costly_features(A, B)}
    return {k: f[k] for k in FEATURES}


# The features costing most (rapidfuzz's sorted-token ratios: a third of a
# load's scoring), computed last; their weights are positive, so 1, their
# most, gives an upper bound of the logit before they are (``text_logit``).
COSTLY = ("sort", "ptsort")
assert all(WEIGHTS[k] > 0 for k in COSTLY)


def _costly_features(A: Prepared, B: Prepared) -> dict[str, float]:
    pa, pb = A.processed, B.processed
    return {
        "sort": fuzz.token_sort_ratio(pa, pb) / 100,
        "ptsort": fuzz.partial_token_sort_ratio(pa, pb) / 100,
    }


def _cheap_features(A: Prepared, B: Prepared) -> dict[str, float]:
    la, lb = A.n_words, B.n_words
    ca, cb = A.content, B.content
    return {
        "ratio": fuzz.ratio(A.processed, B.processed) / 100,
        "uni": _dice(A.stem_set, B.stem_set),
        "cont": _dice(ca, cb),
        "tri": _dice(A.trigrams, B.trigrams),
        "lenr": min(la, lb) / max(la, lb, 1),
        "nummis": 1.0 if A.numbers != B.numbers else 0.0,
        "neg": 1.0 if A.negated != B.negated and _prepared_flip(A, B) else 0.0,
        "wed": Indel.normalized_similarity(A.stems, B.stems),
        "unmatched": len(ca ^ cb) / max(1, len(ca | cb)),
        "loglen": math.log1p(abs(la - lb)),
        "names": _dice(A.names, B.names),  # the same people, places and bodies named
    }


def _prepared_flip(A: Prepared, B: Prepared) -> bool:
    """``negation_flipped`` of two prepared texts."""
    return _parity(A.negations, A.prefixed, B.governed | _plain(A, B)) != \
        _parity(B.negations, B.prefixed, A.governed | _plain(B, A))


def _plain(A: Prepared, B: Prepared) -> frozenset:
    """``double_negated`` of two prepared texts: A's doubly negated bases that B says (by stem)."""
    return frozenset(base for base in A.doubled if stem(base) in B.stem_set) if A.doubled else frozenset()


def text_logit(a: str, b: str, floor: float | None = None) -> float | None:
    """The text-only evidence, in logit units.

    With ``floor``, None when it is surely below ``floor``: the logit with
    the ``COSTLY`` features at 1 is tested first, and most pairs a load
    scores stop there (their links are decided as before: the bound is
    never below the logit)."""
    A, B = prepare(a), prepare(b)
    f = _cheap_features(A, B)
    if floor is not None:
        bound = BIAS + sum(WEIGHTS[k] * f.get(k, 1.0) for k in FEATURES) - NEGATION_PENALTY * f["neg"]
        if bound < floor:
            return None
    f.update(_costly_features(A, B))
    return BIAS + sum(WEIGHTS[k] * f[k] for k in FEATURES) - NEGATION_PENALTY * f["neg"]


def logit_floor(need: float, agree: int = 0) -> float:
    """The least text logit whose ``probability`` (with ``agree``) can reach
    ``need`` (0 < need < 1), a hair lower (rounding never rejects a pair)."""
    return math.log(need / (1 - need)) - _speaker_shift(agree) - 1e-9


def containment(a: str, b: str) -> float:
    """partial_ratio / 100 of the shorter text in the longer, 0 if too short.

    MRPC-fitted weights penalise length differences; a quoted fragment of a
    speech is still the same statement, so this is scored separately.  A
    negation or number that differs between the short text and the stretch
    of the long one it aligns with voids the containment.
    """
    pa, pb = prepare(a).processed, prepare(b).processed
    short, long_ = (pa, pb) if len(pa) <= len(pb) else (pb, pa)
    if len(short.split()) < CONTAINED_MIN_WORDS:
        return 0.0
    al = fuzz.partial_ratio_alignment(short, long_, score_cutoff=CONTAINED_RATIO - 5)
    if al is None:
        return 0.0
    # the aligned stretch, widened to whole words
    lo = long_.rfind(" ", 0, max(0, al.dest_start)) + 1
    hi = long_.find(" ", al.dest_end)
    part = long_[lo : hi if hi >= 0 else len(long_)]
    if negation_flipped(words(short), words(part)) or numbers(short) != numbers(part):
        return 0.0
    return al.score / 100


# Quoted stretches inside a claim: “…”, "…" (an opening mark left open at
# the end of a claim quotes to its end), and ‘…’ or '…' around a phrase.
_QUOTED = re.compile(
    r"[“\"]([^”\"]+)(?:[”\"]|$)|(?<![\w])[‘']([^’']+?)[’'](?![\w])"
)
QUOTED_TYPES = ("direct", "partial", "mixed")


# Per-text caches hold a batch's candidates (about forty a claim, a few
# thousand claims a chunk): smaller, a large database's candidates evict
# one another and each is split and searched again.
TEXT_CACHE = 50_000


@lru_cache(maxsize=TEXT_CACHE)
def quoted_parts(text: str, quote_type: str | None) -> tuple[str, ...]:
    """The words a claim puts in quotation marks: all of a direct quote,
    the quoted stretches of a partial or mixed one (all of it when it
    carries no marks: a sentence of a longer quotation), none of reported
    speech."""
    text = text or ""
    if quote_type not in QUOTED_TYPES:
        return ()
    if quote_type == "direct":
        return (text,)  # marks inside a direct quote quote someone else
    parts = [m.group(1) or m.group(2) for m in _QUOTED.finditer(text)]
    parts = [p for p in parts if p and p.strip()]
    # no marks: a direct quote, or one sentence of a longer quotation
    return tuple(parts) or (text,)


class Fragment(NamedTuple):
    """A stretch of one claim found almost verbatim inside the other."""

    words: int  # its length in words
    content_words: int  # of which not stop words
    ratio: float  # rapidfuzz partial_ratio, 0..100
    quoted: bool  # a quoted stretch (True) or the whole shorter claim
    text: str = ""  # the stretch, as processed (lower case, no punctuation)


FRAGMENT_RATIO = 90
FRAGMENT_WORDS_PRESENT = 0.7


@lru_cache(maxsize=TEXT_CACHE)
def _word_set(processed_text: str) -> frozenset:
    return frozenset(processed_text.split())

# A reporting frame the extractor may leave at the start of reported speech
# ("the original article states that ..."): what follows is the content.
_REPORT_FRAME = re.compile(
    r"^(?:\S+\s+){0,12}?(?:says|said|states|stated|claims|claimed|reports|reported|argues|argued|"
    r"adds|added|notes|noted|insists|insisted|believes|believed|writes|wrote)\s+that\s+",
    re.IGNORECASE,
)


@lru_cache(maxsize=TEXT_CACHE)
def _unframed(text: str) -> str:
    if "that" not in text.lower():
        return text  # the frame ends in "that": most texts are spared the regex's backtracking
    return _REPORT_FRAME.sub("", text, count=1)


@lru_cache(maxsize=50_000)
def tokens(processed_text: str) -> tuple[str, ...]:
    """The words of a ``processed`` text, memoised (each claim meets many others)."""
    return tuple(processed_text.split())


def fragment_match(
    a: str, quote_type_a: str | None, b: str, quote_type_b: str | None, min_words: int = 1, whole: bool = True
) -> Fragment | None:
    """The longest quoted stretch of either claim (or the whole of the
    shorter one) found with partial_ratio >= 90 in the other, or None.

    A report that quotes three words of a sentence ("unsupported by the
    facts") shares almost nothing with the sentence by whole-text measures;
    found inside it, those words are strong evidence -- how strong depends
    on their length and on the speakers, which the caller weighs.  Stretches
    under ``min_words`` words are not looked for (a caller needing that many
    gets the same answer: the longest stretch found wins); ``whole=False``
    looks for the quoted stretches only.
    """
    best: Fragment | None = None
    least = max(1, min_words)
    pa, pb = processed(a), processed(b)  # (not ``prepare``: most pairs stop at the word check)
    words_a, words_b = _word_set(pa), _word_set(pb)
    pieces = [(p, pb, words_b, True) for p in quoted_parts(a, quote_type_a)]
    pieces += [(p, pa, words_a, True) for p in quoted_parts(b, quote_type_b)]
    short, long_, long_words = (a, pb, words_b) if len(pa) <= len(pb) else (b, pa, words_a)
    if whole:
        pieces.append((short, long_, long_words, False))
        unframed = _unframed(short)
        if unframed != short:
            pieces.append((unframed, long_, long_words, False))
    for piece, other, other_words, quoted in pieces:
        proc = processed(piece)
        toks = tokens(proc)
        n = len(toks)
        if n < least or len(proc) > len(other) or (best and n <= best.words):
            continue
        # cheap first: most of the piece's words must be in the other text
        if sum(1 for t in toks if t in other_words) < FRAGMENT_WORDS_PRESENT * n:
            continue
        score = fuzz.partial_ratio(proc, other, score_cutoff=FRAGMENT_RATIO)
        if score:
            content = sum(1 for w in prepare(piece).stems if w not in STOPWORDS)
            best = Fragment(n, content, score, quoted, proc)
    return best


@lru_cache(maxsize=TEXT_CACHE)
def quoted_tokens(text: str, quote_type: str | None) -> tuple[tuple[str, ...], ...]:
    """The words of each stretch ``text`` quotes (``quoted_parts``), processed."""
    return tuple(tokens(processed(p)) for p in quoted_parts(text, quote_type))


def word_set(text: str) -> frozenset:
    """The distinct words of ``text``, processed (what ``fragment_match`` looks a stretch's words up in)."""
    return _word_set(processed(text))


def may_quote(quoted: tuple[tuple[str, ...], ...], other_words: frozenset, min_words: int) -> bool:
    """Could ``fragment_match`` find one of these quoted stretches (``quoted_tokens``),
    ``min_words`` long at least, in a text of ``other_words``?  Its first test
    (most of a stretch's words in the other text), with one claim's side
    worked out once for all its candidates: False means it finds none."""
    for toks in quoted:
        n = len(toks)
        if n >= min_words and sum(1 for t in toks if t in other_words) >= FRAGMENT_WORDS_PRESENT * n:
            return True
    return False


def fragment_words(a: str, quote_type_a: str | None, b: str, quote_type_b: str | None) -> tuple[int, int]:
    """(words of the longest quoted stretch, of the longest whole or unframed
    shorter claim) among the pieces ``fragment_match`` tries: no Fragment it
    returns is longer, so a caller needing more words can skip it."""
    quoted_a, whole_a, size_a = _piece_words(a, quote_type_a)
    quoted_b, whole_b, size_b = _piece_words(b, quote_type_b)
    return max(quoted_a, quoted_b), whole_a if size_a <= size_b else whole_b


@lru_cache(maxsize=50_000)
def quoted_words(text: str, quote_type: str | None) -> int:
    """Words of the longest stretch ``text`` quotes (0 when it quotes none)."""
    return max((len(tokens(processed(p))) for p in quoted_parts(text, quote_type)), default=0)


@lru_cache(maxsize=50_000)
def _piece_words(text: str, quote_type: str | None) -> tuple[int, int, int]:
    """(words of its longest quoted stretch, words of it whole or unframed, length processed)."""
    quoted = quoted_words(text, quote_type)
    whole = max(len(tokens(processed(text))), len(tokens(processed(_unframed(text)))))
    return quoted, whole, len(processed(text))


def quoted_run(a: str, quote_type_a: str | None, b: str, quote_type_b: str | None) -> int:
    """The longest stretch of words two claims both hold inside quotation
    marks (0 when either quotes nothing): two reports quoting one statement
    share long verbatim runs even where one of them changed a word."""
    qa = " ".join(quoted_parts(a, quote_type_a))
    qb = " ".join(quoted_parts(b, quote_type_b))
    if not qa or not qb:
        return 0
    ta, tb = processed(qa).split(), processed(qb).split()
    if len(set(ta) & set(tb)) < 2:
        return 0
    m = difflib.SequenceMatcher(None, ta, tb, autojunk=False).find_longest_match(0, len(ta), 0, len(tb))
    return m.size


class Overlap(NamedTuple):
    """Order-free overlap of two claims' content words, rare words weighing more."""

    share: float  # idf-weighted share of the lighter claim's words found in the other
    shared: int  # content words in both
    rare: int  # of which rare (idf >= RARE_IDF)


RARE_IDF = 3.0

# Words for one thing in news English, one class a line: a paraphrase's overlap
# (``word_overlap``) counts a word of a class in one claim and another of it in the
# other as one shared word.  General words only, written by hand (never words read
# off the pairs a rebuild missed); a word with a second common sense ("end",
# "decline": refuse) is left out, as are predicates (``predicates.PREDICATE_CLASSES``
# reads those for the topic check).
SYNONYMS: tuple[tuple[str, ...], ...] = tuple(
    tuple(line.split())
    for line in (
        "ship ships vessel vessels",
        "soldier soldiers troop troops",
        "withdrawal withdraw withdraws withdrew withdrawn withdrawing pullout",
        "buy buys bought buying purchase purchases purchased purchasing",
        "ban bans banned banning prohibit prohibits prohibited prohibiting forbid forbids forbade forbidden",
        "allow allows allowed allowing permit permits permitted permitting",
        "attempt attempts attempted attempting try tries tried trying",
        "need needs needed require requires required requiring",
        "death deaths fatality fatalities",
        "injure injures injured injuring wound wounds wounded wounding",
        "country countries nation nations",
        "lawmaker lawmakers legislator legislators",
        "large larger largest big bigger biggest",
    )
)


def content_stems(text: str, drop: frozenset = frozenset()) -> dict[str, str]:
    """Content words of ``text`` as {stem: word}, number words as their values
    ("thirty" -> "30", "three hundred" -> "300": ``text.number_keys``), the words of a
    class of ``SYNONYMS`` as one key ("troops" / "soldiers"), without stop words and the words in ``drop``."""
    return {s: w for s, w in _content_stems(text or "") if w not in drop}


@lru_cache(maxsize=TEXT_CACHE)
def _content_stems(text: str) -> tuple:
    out: dict[str, str] = {}
    for w, _ in number_keys(words(text)):  # number words as their values ("thirty" -> "30")
        if len(w) < 2 or w in STOPWORDS or w in NEGATIONS:
            continue
        key = stem(w)
        out.setdefault(_SYNONYM_OF.get(key, key), w)
    return tuple(out.items())


# the stem of each listed word (its forms are listed: "wounded", "bought") -> its class's
# first word's stem (one class: one key)
_SYNONYM_OF = {stem(w): stem(group[0]) for group in SYNONYMS for w in group}


def word_overlap(
    a: str, b: str, idf, drop: frozenset = frozenset(), rare_idf: float = RARE_IDF, min_shared: int = 0
) -> Overlap:
    """How much of one claim's vocabulary, weighted by rarity (``idf(word)``),
    the other uses, in any order: a quotation and its paraphrase in reported
    speech share their rare words ("Songore", "retract", "30 seconds") while
    their grammar and common words differ.  With ``min_shared``, pairs
    sharing fewer content words are not weighed (share 0)."""
    ca, cb = content_stems(a, drop), content_stems(b, drop)
    if not ca or not cb:
        return Overlap(0.0, 0, 0)
    shared = ca.keys() & cb.keys()
    if len(shared) < min_shared:
        return Overlap(0.0, len(shared), 0)  # cannot qualify: spare the weighing
    weight_a = sum(idf(w) for w in ca.values())
    weight_b = sum(idf(w) for w in cb.values())
    got = sum(idf(ca[s]) for s in shared)
    rare = sum(1 for s in shared if idf(ca[s]) >= rare_idf)
    return Overlap(round(got / max(1e-9, min(weight_a, weight_b)), 4), len(shared), rare)


def _name_tokens(name: str) -> list[str]:
    s = unicodedata.normalize("NFKD", name or "").encode("ascii", "ignore").decode("ascii")
    return re.findall(r"[a-z]+", s.lower())


def names_nobody(speaker: str | None, labels: frozenset = frozenset()) -> bool:
    """Is a speaker a pronoun ("she"), or one of ``labels`` (the pages add their
    sourcing labels, "Anonymous source")?  A title "she: “…”" says less than the words, and
    two claims' speakers do not differ when one is a pronoun (``speaker_agreement``)."""
    words = (speaker or "").strip().casefold()
    return words in PERSON_PRONOUNS or words in labels


def speaker_agreement(speaker_a: str | None, speaker_b: str | None) -> int:
    """+1 same person, -1 different people, 0 unknown (either missing, or a
    pronoun: a report's unresolved "she" may be anyone, the other report's
    "Jo Roe" too; as a name it disagreed with every name, and two identical
    wordings of one story scored 0.02).

    Names agree when their last words agree and nothing contradicts: a first
    name on both sides must match on its first letter ("Sergei"/"Sergey"
    agree, "Hillary"/"Bill" do not).  The alias module does the careful work
    for the database; this is the quick test for a pair of strings.
    """
    if not speaker_a or not speaker_b or names_nobody(speaker_a) or names_nobody(speaker_b):
        return 0
    a, b = _name_tokens(speaker_a), _name_tokens(speaker_b)
    if not a or not b:
        return 0
    if a == b:
        return 1
    if a[-1] != b[-1]:
        return -1
    if len(a) > 1 and len(b) > 1 and a[-2][0] != b[-2][0] and a[0][0] != b[0][0]:
        return -1
    return 1


def claim_similarity(
    a: str, b: str, speaker_a: str | None = None, speaker_b: str | None = None
) -> float:
    """How likely ``b`` states the same thing as ``a``, in [0, 1].

    1.0 for the same words (after lower-casing and punctuation removal) by
    the same or an unknown speaker; 0.0 when either text is empty.
    """
    pa, pb = prepare(a).processed, prepare(b).processed
    if not pa or not pb:
        return 0.0
    agree = speaker_agreement(speaker_a, speaker_b)
    if pa == pb and agree >= 0:
        return 1.0
    score = probability(text_logit(a, b), agree)
    if agree >= 0 and _fragment_pair(a, b):
        contained = containment(a, b) * 100
        if contained >= CONTAINED_RATIO:
            score = max(score, contained_score(contained))
    return score


def _fragment_pair(a: str, b: str) -> bool:
    """Is the shorter text a fragment of the longer, at most ``FRAGMENT_SHARE``
    of its words?  Between texts of about one length the fitted model judges:
    their containment lifted a pair with an added clause over true paraphrases
    (MRPC, whose pairs are of about one length: ROC AUC train 0.808 -> 0.813,
    dev 0.852 -> 0.858 without the lift)."""
    la, lb = prepare(a).n_words, prepare(b).n_words
    return min(la, lb) <= FRAGMENT_SHARE * max(la, lb)


def meaning_change(a: str, b: str) -> list[str]:
    """What makes ``b`` say something else than ``a`` where their words line
    up (``drift.meaning_flags``): [] when nothing does."""
    from .drift import meaning_flags, word_diff  # drift builds on this module

    return meaning_flags(word_diff(a, b))


def contained_score(partial_ratio: float) -> float:
    """Map a containment partial_ratio in [90, 100] onto [0.6, 0.95]:
    above the threshold, below identity."""
    return 0.6 + 0.35 * (partial_ratio - CONTAINED_RATIO) / (100 - CONTAINED_RATIO)


def probability(logit: float, agree: int = 0) -> float:
    """Turn a text logit plus speaker agreement (+1/0/-1) into a score in [0, 1]."""
    if agree > 0:
        logit += SAME_SPEAKER_BONUS
    elif agree < 0:
        logit -= OTHER_SPEAKER_PENALTY
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, logit))))


def _speaker_shift(agree: int) -> float:
    """What ``probability`` adds to a logit for speaker agreement ``agree``."""
    return SAME_SPEAKER_BONUS if agree > 0 else -OTHER_SPEAKER_PENALTY if agree < 0 else 0.0


def is_same_claim(
    a: str,
    b: str,
    speaker_a: str | None = None,
    speaker_b: str | None = None,
    threshold: float | None = None,
) -> bool:
    """``claim_similarity(...) >= threshold`` (DEFAULT_THRESHOLD unless given)
    and no word that changes the meaning (``meaning_change``)."""
    t = DEFAULT_THRESHOLD if threshold is None else threshold
    return claim_similarity(a, b, speaker_a, speaker_b) >= t and not meaning_change(a, b)
