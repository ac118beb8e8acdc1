"""Words of a text, one way for the whole plugin.

Search, matching, the similar-claims ranking and fact-check search all ask
the same questions of a text -- what are its words, which of them carry
meaning, how do I ask SQLite FTS5 for them, how did two wordings change --
and must answer them the same way, or a claim found by one is missed by the
other.  So they are answered here, once: pure Python, no Datasette, no
SQLite connection.

* ``tokens``: lower-cased word tokens exactly as the FTS5 ``unicode61`` /
  ``porter`` tokenizer splits them (runs of letters and digits; everything
  else, including ``_``, apostrophes and hyphens, separates);
* ``STOPWORDS`` (the one stop list) and ``content_words``;
* FTS5 query building that is safe for any user input: every term is
  emitted as a double-quoted string, so ``AND``/``OR``/``NOT``/``NEAR``,
  column filters, ``*``, ``^``, parentheses and stray quotes are only ever
  words, never syntax (``parse_query`` keeps balanced ``"phrases"``);
* ``number_keys``: a number written in words read as its value ("three
  hundred" -> "300"), so matching's content words and the word diff compare
  "three hundred soldiers" and "300 soldiers" as one;
* ``word_diff``: the word-by-word alignment of two wordings (``quoted_diff``:
  of a report's quoted fragments against the stretch of a quotation they
  line up with);
* ``counted``: "1 story", "2 stories" -- a count and its noun for messages and
  summaries (the pages' templates have the same as the ``count`` macro);
* what both loading and extraction read in a text, kept here so that loading
  (which imports no extractor) and the extractor share one definition: a list
  item's mark (``BULLET``) and the social networks' words (``SOCIAL_WORDS``).
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from typing import NamedTuple

# Runs of letters and digits: what FTS5's unicode61 tokenizer keeps.
_TOKEN = re.compile(r"[^\W_]+")

# A list item's mark at the start of a line ("• The council will ...",
# "- ...", "* ..."): each item is its own paragraph line (``articles``) and
# sentence (``extract.sentences``), though items end with no full stop.  A
# mark then a blank, so "-5 degrees" or "*Name" is none.
BULLET_MARKS = "•▪●◦‣∙*–-"
BULLET = r"[" + BULLET_MARKS + r"][ \t]+(?=\S)"
BULLET_LINE = re.compile(r"[ \t]*" + BULLET)
# Social networks and what is posted on them: a speech cue's medium
# (``extract.lexicon``), a call to action's object (``furniture``).
SOCIAL_WORDS = {"twitter", "tweet", "tweets", "tweeted", "facebook", "instagram",
                "telegram", "x", "youtube", "tiktok", "blog", "post", "posted", "vk",
                "weibo", "truth", "social", "reddit"}

STOPWORDS = frozenset(
    """a about above after again against all am an and any are as at be because been before being
    below between both but by can could did do does doing down during each few for from further had has
    have having he her here hers herself him himself his how i if in into is it its itself just me more
    most my myself no nor not now of off on once only or other our ours ourselves out over own same
    she should so some such than that the their theirs them themselves then there these they
    this those through to too under until up very was we were what when where which while who whom why
    will with would you your yours yourself yourselves us may might must shall also
    said say says told according""".split()
)

# Quantifiers by the share of a group they speak of: two wordings of one
# statement that put a different one before the same noun ("a fare freeze
# for some commuters" / "for every commuter") say different things
# (``matching.drift``).  "every" and "all" are one scope, "several" and
# "some" another; "a few" is "some" (``matching.drift.quantifier_scopes``).
QUANTIFIER_SCOPE = {
    "all": "all", "every": "all", "each": "all", "everyone": "all", "everybody": "all",
    "most": "most", "majority": "most",
    "many": "many", "numerous": "many", "countless": "many",
    "some": "some", "several": "some", "certain": "some",
    "few": "few",
    "none": "none", "no": "none", "nobody": "none",
    "only": "only", "solely": "only", "exclusively": "only",
}
# A scope that narrows what a plain noun says ("commuters" / "some
# commuters"): weighed when one wording alone has a quantifier.  Not "all"
# ("the commuters" / "all the commuters": a definite plural speaks of them
# all), not "none" (a negation, weighed as such), not "only" (an adverb as
# often as a quantifier: "only last week").
NARROWING_SCOPES = frozenset(("most", "many", "some", "few"))


# Frequent in news quotes without being function words: no use for finding a
# counterpart by rare words (matching candidates), still content for scoring.
NEWS_COMMON = frozenset(
    """people year years time government country president minister percent one two three
    cannot""".split()
)


def folded(text: str | None) -> str:
    """``text`` as ``tokens`` splits it (NFKC, lower case): each of its tokens is a substring of this."""
    return unicodedata.normalize("NFKC", text or "").lower()


def tokens(text: str | None) -> list[str]:
    """Lower-cased word tokens, as FTS5 (unicode61) splits ``text``."""
    return _TOKEN.findall(folded(text))


# A word that starts with a capital of the Latin, Greek or Cyrillic alphabets
# (one regex pass: this runs for every text matching compares).
_CAPITALISED = re.compile(r"\b[A-ZÀ-ÖØ-ÞΑ-ΩЀ-Я][^\W_]*")


def capitalised_words(text: str | None, stop: frozenset = STOPWORDS) -> set[str]:
    """The distinct words ``text`` writes with a capital letter (names, mostly),
    lower-cased, stop words left out ("The", "He" at a sentence start)."""
    return {w.lower() for w in _CAPITALISED.findall(text or "")} - stop


def is_content(word: str, stop: frozenset = STOPWORDS) -> bool:
    """A word that carries meaning: not a stop word, three letters or a number."""
    return word not in stop and (len(word) >= 3 or word.isdigit())


def content_words(text: str | None, stop: frozenset = STOPWORDS) -> list[str]:
    """The distinct content words of ``text`` (lower-cased), in order of appearance."""
    return list(dict.fromkeys(w for w in tokens(text) if is_content(w, stop)))


def content_word_set(text: str | None, stop: frozenset = STOPWORDS) -> frozenset[str]:
    """The set ``content_words`` holds, built from the distinct tokens (each
    word tested once, however often it occurs: what an index needs)."""
    return frozenset(w for w in set(tokens(text)) if is_content(w, stop))


# ---- FTS5 query building -----------------------------------------------------


def quote(term: str) -> str:
    """One FTS5 string: a word, or words that must stand together (a phrase)."""
    return '"' + term.replace('"', '""') + '"'


def phrase(words: list[str]) -> str:
    return quote(" ".join(words))


def _column(expr: str, column: str | None) -> str:
    return f"{column} : ({expr})" if column else expr


def match_all(terms: list[str], column: str | None = None) -> str | None:
    """FTS5: every term (each a word or a space-joined phrase) must occur."""
    terms = [t for t in terms if t]
    return _column(" AND ".join(quote(t) for t in terms), column) if terms else None


def match_any(terms: list[str], column: str | None = None) -> str | None:
    """FTS5: any of the terms."""
    terms = [t for t in terms if t]
    return _column(" OR ".join(quote(t) for t in terms), column) if terms else None


class Query(NamedTuple):
    """A user's search text, read: quoted phrases (each a list of words) and the other words."""

    phrases: list[list[str]]
    words: list[str]

    @property
    def all_words(self) -> list[str]:
        return [w for p in self.phrases for w in p] + self.words

    @property
    def empty(self) -> bool:
        return not self.phrases and not self.words


_QUOTES = str.maketrans({c: '"' for c in "\u201c\u201d\u201e\u00ab\u00bb"})


def parse_query(q: str | None) -> Query:
    """Read ``q``: text between balanced double quotes is a phrase; the rest are words.

    Operators and FTS5 syntax are not interpreted; an unpaired quote is
    ignored.  Curly and guillemet quotes count as double quotes.
    """
    text = (q or "").translate(_QUOTES)
    parts = text.split('"')
    if len(parts) % 2 == 0:  # an odd number of quotes: the last one is unpaired
        parts = parts[:-2] + [parts[-2] + " " + parts[-1]]
    phrases, words = [], []
    for i, part in enumerate(parts):
        toks = tokens(part)
        if i % 2 == 1 and toks:
            phrases.append(toks)
        else:
            words += toks
    return Query(phrases, words)


def without_name(words: list[str], name: str | None) -> list[str] | None:
    """``words`` (a query's tokens) without the run that spells ``name`` (a
    speaker's, of two words or more: "Mayor Ola Dahl housing" without "Ola
    Dahl" is "mayor housing"), or None when the name does not stand in them."""
    have = tokens(name)
    if len(have) < 2:
        return None
    for i in range(len(words) - len(have) + 1):
        if words[i:i + len(have)] == have:
            return words[:i] + words[i + len(have):]
    return None


class Stage(NamedTuple):
    """One FTS5 query of a staged search (``phrase``, ``all`` or ``rare``)."""

    name: str
    match: str


def search_words(query: Query) -> list[str]:
    """The words of ``query`` (outside its phrases) the loose stages search for: its
    content words, or all its words when it has none ("to be or not to be")."""
    words = list(dict.fromkeys(query.words))
    return [w for w in words if is_content(w)] or words


def search_stages(q: str | Query, column: str | None = "content", rare: list[str] | None = None,
                  max_rare: int = 6) -> list[Stage]:
    """FTS5 queries for a search, strictest first; run each until enough are found.

    1. ``phrase``: the words as one phrase (a pasted claim or fragment, verbatim);
    2. ``all``: every content word, any order (a word dropped, two swapped,
       stop words differing);
    3. ``rare``: any of the ``max_rare`` rarest content words, ranked by bm25
       (a word that differs in form, "Russia" / "Russian").

    Quoted phrases in the query are required in these stages; ``loose-*``
    stages after them search the quoted words as plain words.  ``rare`` is
    ``search_words(query)`` ordered rarest first (say by document frequency);
    without it the longest words are taken.  Returns [] when there is
    nothing to search for.
    """
    query = q if isinstance(q, Query) else parse_query(q)
    required = [" ".join(p) for p in query.phrases]
    words = list(dict.fromkeys(query.words))
    content = search_words(query)
    stages: list[Stage] = []

    def add(name, terms, any_of=None):
        expr = match_all(required + terms)
        if any_of:
            alt = " OR ".join(quote(t) for t in any_of)
            expr = f"({alt})" if not expr else f"{expr} AND ({alt})"
        if expr:
            expr = _column(expr, column)
            if all(expr != s.match for s in stages):
                stages.append(Stage(name, expr))

    if len(words) > 1:
        add("phrase", [" ".join(words)])
    add("all", content)
    if len(content) > 1:
        ordered = rare if rare is not None else sorted(content, key=lambda w: (-len(w), content.index(w)))
        add("rare", [], ordered[:max_rare])
    if required:
        # A pasted text may carry quotation marks of its own: when the quoted
        # words are not there as a phrase, look for them as plain words too.
        loose = search_stages(Query([], query.all_words), column, None, max_rare)
        stages += [Stage("loose-" + s.name, s.match) for s in loose if all(s.match != t.match for t in stages)]
    return stages


# ---- numbers written as words ------------------------------------------------------

# Number words compare as their values wherever words are compared ("thirty
# seconds" = "30 seconds", "three hundred soldiers" = "300 soldiers", "2
# million" = "two million").  "one" is read only in a compound ("one
# hundred", "twenty-one"): alone it is far more often a pronoun ("no one",
# "the one who").
_NUMBER_NAMES = (
    "two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety"
)
NUMBER_WORDS = {w: n for w, n in zip(_NUMBER_NAMES.split(), [*range(2, 21), *range(30, 100, 10)])}
SCALE_WORDS = {"hundred": 100, "thousand": 1000, "million": 10**6, "billion": 10**9, "trillion": 10**12}
# A scale word alone ("a million", "hundred") is read as its value too.
SCALE_WORDS_DIGITS = {w: str(v) for w, v in SCALE_WORDS.items()}
_FIGURE = re.compile(r"\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?")


def _figure(key: str) -> float | None:
    """A figure written in digits ("300", "1.5", "30,000"), else None."""
    return float(key.replace(",", "")) if _FIGURE.fullmatch(key) else None


def _value_text(value: float) -> str:
    return str(int(value)) if value == int(value) else str(value)


def _joined(key: str) -> int | None:
    """The value of a hyphened tens and unit ("twenty-five"), else None."""
    tens, _, unit = key.partition("-")
    t, u = NUMBER_WORDS.get(tens), 1 if unit == "one" else NUMBER_WORDS.get(unit)
    if t is None or u is None or t < 20 or t % 10 or u > 9:
        return None
    return t + u


def _adds(part: float | None, word: int, after_word: bool) -> bool:
    """May a number word add to the run's part so far?  To nothing, to whole
    hundreds ("three hundred twenty"), or a unit to a tens word just before
    it ("twenty five"); never "five twenty" nor "2 five"."""
    if part is None:
        return True
    if part >= 100 and part % 100 == 0:
        return True
    return after_word and part % 10 == 0 and part % 100 >= 20 and word < 10


def _number_run(keys: list[str], i: int) -> tuple[float, int] | None:
    """The value of the number written from ``keys[i]`` on, and how many keys it takes, or None.

    A run is number words ("twenty five", "twenty-five", "three hundred and
    twenty", "two million") or a figure before scale words ("2 million", "1.5
    billion"); a scale only grows smaller along a run ("thousand million" is
    read no further than "thousand")."""
    value, last_scale, j, n = 0.0, 10**13, i, len(keys)
    part = _figure(keys[i])
    if part is not None:
        j += 1  # a figure starts a run only with a scale word after it
    while j < n:
        k = keys[j]
        word = NUMBER_WORDS.get(k, _joined(k))
        if word is not None and _adds(part, word, j > i and (keys[j - 1] in NUMBER_WORDS)) and "-" not in k:
            part = (part or 0) + word
        elif word is not None and part is None:
            part = float(word)  # "twenty-five"
        elif k == "one" and part is None and j + 1 < n and keys[j + 1] in SCALE_WORDS:
            part = 1.0
        elif k == "one" and part is not None and _adds(part, 1, keys[j - 1] in NUMBER_WORDS):
            part += 1  # "twenty one", "one hundred and one"
        elif k == "and" and part is not None and part >= 100 and j + 1 < n and (keys[j + 1] in NUMBER_WORDS
                                                                              or keys[j + 1] == "one"):
            pass
        elif k == "hundred" and part is not None and part < 100:
            part *= 100
        elif k in SCALE_WORDS and k != "hundred" and part is not None and SCALE_WORDS[k] < last_scale:
            value, part, last_scale = value + part * SCALE_WORDS[k], None, SCALE_WORDS[k]
        else:
            break
        j += 1
    taken = j - i
    total = value + (part or 0)
    if taken == 0 or total == 0 or (_figure(keys[i]) is not None and taken == 1):
        return None
    return total, taken


def number_keys(keys: list[str]) -> list[tuple[str, int]]:
    """Word keys (lower case) with each number written in words read as its
    value: ``[(key, how many of keys it stands for)]`` ("three", "hundred" ->
    ("300", 2)); other keys as they are, one each.  The one place number
    words are read: matching's content words and word diff both call it."""
    out, i, n = [], 0, len(keys)
    while i < n:
        k = keys[i]
        run = _number_run(keys, i) if k in NUMBER_WORDS or k == "one" or "-" in k \
            or (k[:1].isdigit() and i + 1 < n and keys[i + 1] in SCALE_WORDS) else None
        if run is None:
            out.append((SCALE_WORDS_DIGITS.get(k, k), 1))
            i += 1
        else:
            out.append((_value_text(run[0]), run[1]))
            i += run[1]
    return out


# ---- word diff -------------------------------------------------------------------

# Words for a diff keep inner punctuation ("U.S.", "30,000", "don't").
_DIFF_TOKEN = re.compile(r"[\w'\u2019.,%$-]+")


def diff_tokens(text: str | None) -> tuple[list[str], list[str]]:
    """(words as written, their comparison keys) for lining two wordings up."""
    shown, keys = [], []
    for raw in _DIFF_TOKEN.findall(text or ""):
        key = raw.lower().replace("\u2019", "'").strip(".,'-")
        if not key:
            continue
        shown.append(raw.strip(".,"))
        keys.append(key)
    return shown, keys


class WordOp(NamedTuple):
    """One step from wording a to wording b: ``equal``, ``replace``, ``insert`` or ``delete``."""

    tag: str
    a: list[str]
    b: list[str]


def align_words(a: str | None, b: str | None) -> list[WordOp]:
    """Line ``b`` up against ``a`` word by word (case and edge punctuation ignored)."""
    shown_a, keys_a = diff_tokens(a)
    shown_b, keys_b = diff_tokens(b)
    matcher = difflib.SequenceMatcher(None, keys_a, keys_b, autojunk=False)
    return [WordOp(tag, shown_a[i1:i2], shown_b[j1:j2]) for tag, i1, i2, j1, j2 in matcher.get_opcodes()]


def word_diff(a: str | None, b: str | None) -> list[dict]:
    """Word-level differences from wording ``a`` to wording ``b``, for display.

    A list of ``{"op": "equal"|"delete"|"insert", "text": ...}``; equal words
    are shown as ``b`` writes them.
    """
    ops = []
    for op in align_words(a, b):
        if op.tag == "equal":
            ops.append({"op": "equal", "text": " ".join(op.b)})
            continue
        if op.a:
            ops.append({"op": "delete", "text": " ".join(op.a)})
        if op.b:
            ops.append({"op": "insert", "text": " ".join(op.b)})
    return ops


def quoted_diff(whole: str | None, parts: list[str]) -> list[dict]:
    """``word_diff`` of the quoted stretches ``parts`` of a report ("The
    minister won't "risk the future of the stock"") against the stretch of
    ``whole`` each lines up with: the words around a fragment in ``whole``
    are a trim, not a change, and the report's own words around the quotation
    marks were never the speaker's.  Parts are joined by an equal "…"."""
    ops: list[dict] = []
    for part in parts:
        if ops:
            ops.append({"op": "equal", "text": "…"})
        aligned = word_diff(whole, part)
        while aligned and aligned[0]["op"] == "delete":
            aligned.pop(0)
        while aligned and aligned[-1]["op"] == "delete":
            aligned.pop()
        ops += aligned
    return ops


def has_changes(ops: list[dict]) -> bool:
    return any(op["op"] != "equal" for op in ops)


def counted(n: int, noun: str, nouns: str | None = None) -> str:
    """``n`` and the noun, singular for exactly one: ``counted(1, "story", "stories")``."""
    return f"{n} {noun if n == 1 else (nouns or noun + 's')}"
