"""Accented Latin letters, read as their plain letters and given back after.

The rules find names with ASCII classes (``[A-Z][a-z]+`` and many like it, in
every pass), so "Gerhard Schröder" was cut to "Gerhard Schr" and "José Manuel
Barroso" lost his first name.  Making every pattern of every pass Unicode-aware
at once would touch a hundred patterns, and their speed.  Instead the rules read
a copy of the article in which each accented letter is its plain letter ("é" is
"e", "Ł" is "L"): one character for one, so every offset stays the same.  The
claims found there are then given back their own letters:

- every span is cut again from the original text (spans are ``text[start:end]``,
  and ids are built from offsets, so they need nothing);
- every other text field (speaker, role, place, ...) has its folded words
  replaced by the words of the article they came from ("Schroder" by
  "Schröder").  A folded word that the article also writes plainly, or that
  two spellings fold to, is left as it is: nothing says which was meant.

An article with no accented Latin letter (most English copy) is not copied:
its output is exactly what it was.  Letters of other scripts are left alone.
This fold keeps case and length, unlike the lower-case ASCII fold of
``matching.aliases`` that compares names.
"""

from __future__ import annotations

import dataclasses
import re
import unicodedata

from ..models import Article, Claim, Dateline, Span

# Latin-1 Supplement, Latin Extended-A and -B, Latin Extended Additional.
_RANGES = ((0x00C0, 0x0250), (0x1E00, 0x1F00))
# Letters whose decomposition has no plain letter in it.
_OWN = {"ß": "s", "ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "æ": "a", "Æ": "A",
        "œ": "o", "Œ": "O", "ð": "d", "Ð": "D", "þ": "t", "Þ": "T", "ı": "i", "ħ": "h", "Ħ": "H"}


def _table() -> dict[int, str]:
    table = {}
    for lo, hi in _RANGES:
        for cp in range(lo, hi):
            ch = chr(cp)
            base = unicodedata.normalize("NFKD", ch)[:1]
            if base.isascii() and base.isalpha() and base != ch and base.isupper() == ch.isupper():
                table[cp] = base
    table.update({ord(k): v for k, v in _OWN.items()})
    return table


FOLD = _table()
_FOLDABLE = re.compile("[" + "".join(re.escape(chr(cp)) for cp in sorted(FOLD)) + "]")
_PLAIN = {chr(cp): letter for cp, letter in FOLD.items()}
_WORD = re.compile(r"\w+")
_TEXT_FIELDS = ("speaker", "speaker_role", "said_on", "said_where", "said_to", "via", "anonymity_reason")


def fold(text: str | None) -> str | None:
    """``text`` with each accented Latin letter replaced by its plain letter."""
    if not text or text.isascii() or _FOLDABLE.search(text) is None:
        return text
    # (a substitution per accented letter: they are few, and ``str.translate``
    # looks up every character of a text that is not ASCII)
    return _FOLDABLE.sub(_plain, text)


def _plain(m: re.Match) -> str:
    return _PLAIN[m.group()]


def needs_fold(text: str) -> bool:
    return not text.isascii() and _FOLDABLE.search(text) is not None


def folded_article(article: Article) -> Article:
    """A copy of ``article`` that the rules read: same offsets, plain letters."""
    text = fold(article.text)

    def span(s: Span | None) -> Span | None:  # (a span is ``text[start:end]``)
        return None if s is None else Span(s.start, s.end, text[s.start:s.end])

    d = article.dateline
    return dataclasses.replace(
        article,
        text=text,
        paragraphs=[span(s) for s in article.paragraphs],
        headline=fold(article.headline),
        headline_span=span(article.headline_span),
        dateline=d and Dateline(place=fold(d.place), date=fold(d.date), agency=fold(d.agency), span=span(d.span)),
        furniture=[span(s) for s in article.furniture],
        duplicate_paragraphs=[span(s) for s in article.duplicate_paragraphs],
        speaker=fold(article.speaker),
    )


def restore(claims: list[Claim], original: Article) -> None:
    """Give the claims found in the folded copy the letters of ``original``."""
    text = original.text
    words = _spellings(text)
    accented = _FOLDABLE.search
    for claim in claims:
        for name in ("content", "source", "cue"):
            span = getattr(claim, name)
            if span is not None and accented(text, span.start, span.end) is not None:
                setattr(claim, name, Span(span.start, span.end, text[span.start:span.end]))
        if not words:
            continue
        for name in _TEXT_FIELDS:
            value = getattr(claim, name)
            if value:
                setattr(claim, name, _respelled(value, words))
        if claim.hedges:
            claim.hedges = [_respelled(h, words) for h in claim.hedges]


def _spellings(text: str) -> dict[str, str]:
    """Folded word -> the one accented word of ``text`` it stands for."""
    found: dict[str, set[str]] = {}
    end = 0
    for m in _FOLDABLE.finditer(text):  # (accented letters are few: walk out from each)
        if m.start() < end:
            continue  # (a second accent of the word just read)
        start = m.start()
        while start > 0 and _is_word_char(text[start - 1]):
            start -= 1
        end = _WORD.match(text, m.start()).end()
        word = text[start:end]
        found.setdefault(fold(word), set()).add(word)
    return {f: next(iter(ws)) for f, ws in found.items() if len(ws) == 1 and not _written_plainly(f, text)}


def _written_plainly(word: str, text: str) -> bool:
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        if not (at > 0 and _is_word_char(text[at - 1]) or end < len(text) and _is_word_char(text[end])):
            return True
        at = text.find(word, at + 1)
    return False


def _is_word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


def _respelled(value: str, words: dict[str, str]) -> str:
    if words.keys().isdisjoint(_WORD.findall(value)):
        return value
    return _WORD.sub(lambda m: words.get(m.group(), m.group()), value)
