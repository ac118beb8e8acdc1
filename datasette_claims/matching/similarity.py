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
"""

from __future__ import annotations

import math
import re
import unicodedata

from rapidfuzz import fuzz, utils
from rapidfuzz.distance import Indel

from ..text import STOPWORDS

# Chosen on MRPC train (accuracy-best) by benchmarks/eval_matching.py.
DEFAULT_THRESHOLD = 0.50

# Logistic weights fitted on MRPC train (L2 = 1.0, Newton's method).
WEIGHTS = {
    "sort": 1.578,
    "ratio": 2.803,
    "ptsort": 1.789,
    "uni": 2.527,
    "cont": 0.784,
    "tri": -3.311,
    "lenr": 0.936,
    "nummis": -0.573,
    "neg": -1.130,
    "wed": 2.063,
    "unmatched": -1.962,
    "loglen": -0.316,
}
BIAS = -5.061
FEATURES = tuple(WEIGHTS)

# Hand-set on top of the fitted weights (MRPC has few such pairs, claims
# care): a flipped negation makes a different claim, whatever the overlap.
NEGATION_PENALTY = 2.0
# A short quote found almost verbatim inside a longer sentence (a report
# quoting part of what was said): at least this many words, partial_ratio.
CONTAINED_MIN_WORDS = 6
CONTAINED_RATIO = 90

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


def _dice(a: set, b: set) -> float:
    return 2 * len(a & b) / (len(a) + len(b)) if (a or b) else 1.0


def _trigrams(seq: list[str]) -> set:
    return set(zip(seq, seq[1:], seq[2:]))


class Prepared:
    """Everything the features need from one text, computed once."""

    __slots__ = ("processed", "n_words", "stems", "stem_set", "content", "trigrams", "numbers", "negated")

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
    pa, pb = A.processed, B.processed
    la, lb = A.n_words, B.n_words
    ca, cb = A.content, B.content
    return {
        "sort": fuzz.token_sort_ratio(pa, pb) / 100,
        "ratio": fuzz.ratio(pa, pb) / 100,
        "ptsort": fuzz.partial_token_sort_ratio(pa, pb) / 100,
        "uni": _dice(A.stem_set, B.stem_set),
        "cont": _dice(ca, cb),
        "tri": _dice(A.trigrams, B.trigrams),
        "lenr": min(la, lb) / max(la, lb, 1),
        "nummis": 1.0 if A.numbers != B.numbers else 0.0,
        "neg": 1.0 if A.negated != B.negated else 0.0,
        "wed": Indel.normalized_similarity(A.stems, B.stems),
        "unmatched": len(ca ^ cb) / max(1, len(ca | cb)),
        "loglen": math.log1p(abs(la - lb)),
    }


def text_logit(a: str, b: str) -> float:
    """The text-only evidence, in logit units."""
    f = features(a, b)
    z = BIAS + sum(WEIGHTS[k] * f[k] for k in FEATURES)
    return z - NEGATION_PENALTY * f["neg"]


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
    if negated(words(short)) != negated(words(part)) or numbers(short) != numbers(part):
        return 0.0
    return al.score / 100


def _name_tokens(name: str) -> list[str]:
    s = unicodedata.normalize("NFKD", name or "").encode("ascii", "ignore").decode("ascii")
    return re.findall(r"[a-z]+", s.lower())


def speaker_agreement(speaker_a: str | None, speaker_b: str | None) -> int:
    """+1 same person, -1 different people, 0 unknown (either missing).

    Names agree when their last words agree and nothing contradicts: a first
    name on both sides must match on its first letter ("Sergei"/"Sergey"
    agree, "Hillary"/"Bill" do not).  The alias module does the careful work
    for the database; this is the quick test for a pair of strings.
    """
    if not speaker_a or not speaker_b:
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
    contained = containment(a, b) * 100
    if contained >= CONTAINED_RATIO and agree >= 0:
        score = max(score, contained_score(contained))
    return score


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


def is_same_claim(
    a: str,
    b: str,
    speaker_a: str | None = None,
    speaker_b: str | None = None,
    threshold: float | None = None,
) -> bool:
    """``claim_similarity(...) >= threshold`` (DEFAULT_THRESHOLD unless given)."""
    t = DEFAULT_THRESHOLD if threshold is None else threshold
    return claim_similarity(a, b, speaker_a, speaker_b) >= t
