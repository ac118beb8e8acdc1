"""Claims from a transcript: every sentence is the speaker's own words.

A speech transcript has no "he said": the whole text is the quote.  Turning
each sentence into a direct claim by the named speaker lets reports that
quote the speech be matched against what was actually said.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from .models import Article, Claim, Span

# A sentence ends at . ! or ? (optionally followed by a closing quote)
# before whitespace and a capital, digit or opening quote.
SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’)]*\s+(?=[\"“‘(]?[A-Z0-9])")
ABBREVIATION = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|St|U\.S|U\.N|Gen|Sen|Rep|No|Jr|Sr|vs|etc|Inc|Co|Corp)\.$")
# Applause and stage directions are the transcriber's, not the speaker's.
STAGE = re.compile(r"^\s*[\[(](?:applause|laughter|[^\])]{0,40})[\])]\s*$", re.IGNORECASE)
# a stage direction in capitals ending a speaker's paragraph ("... tonight. (APPLAUSE)")
STAGE_TAIL = re.compile(r"(?<=[.!?\"\u201d])\s*[\[(][A-Z][A-Z ,'-]{2,30}[\])]\s*$")


STAGE_INLINE = re.compile(r"\[[^\]\n]{1,40}\]")


def split_sentences(span: Span) -> list[Span]:
    """Sentences of a paragraph, with bracketed stage directions cut out."""
    out: list[Span] = []
    pos = 0
    for m in STAGE_INLINE.finditer(span.text):
        piece = _trimmed(span, pos, m.start())
        if piece:
            out.extend(_sentences(piece))
        pos = m.end()
    piece = _trimmed(span, pos, len(span.text))
    if piece:
        out.extend(_sentences(piece))
    return out


def _sentences(span: Span) -> list[Span]:
    out: list[Span] = []
    start = 0
    text = span.text
    for m in SENTENCE_END.finditer(text):
        if ABBREVIATION.search(text[start:m.start()]):
            continue
        out.append(_trimmed(span, start, m.start()))
        start = m.end()
    out.append(_trimmed(span, start, len(text)))
    return [s for s in out if s is not None]


def _trimmed(span: Span, a: int, b: int) -> Span | None:
    piece = span.text[a:b]
    lead = len(piece) - len(piece.lstrip())
    piece = piece.strip()
    if not piece:
        return None
    start = span.start + a + lead
    return Span(start, start + len(piece), piece)


def transcript_claims(article: Article, min_words: int = 4) -> list[Claim]:
    """One direct claim by ``article.speaker`` per sentence of the body."""
    claims = []
    for para in article.paragraphs:
        if STAGE.match(para.text):
            continue
        for sent in split_sentences(para):
            if len(sent.text.split()) < min_words or STAGE.match(sent.text):
                continue
            claims.append(
                Claim(
                    id=f"{article.id}:{sent.start}-{sent.end}",
                    content=sent,
                    speaker=article.speaker,
                    sourcing="named_person" if article.speaker else "author",
                    quote_type="direct",
                    said_on=article.published,
                    confidence=0.95,
                    rule="transcript.sentence",
                )
            )
    return claims


# A letter's signature on its own line: a dash, the writer's name (two to four
# capitalised words) and perhaps the place after a comma ("- Greta Holm, Port
# Halden", "— Dr Ola Sund, Skarholm").
SIGNATURE = re.compile(r"[-\u2013\u2014]{1,2}\s*(?P<name>[A-Z][\w'\u2019.-]+(?:\s+[A-Z][\w'\u2019.-]+){1,3})"
                       r"(?:\s*,\s*(?P<place>[A-Z][^\n,]{1,40}(?:,\s*[A-Z][^\n,]{1,30})?))?\s*")
# The same signature without its dash, right under a letter's last sentence
# ("Greta Holm, Port Halden", or "Olaf Sund" with the place on the line under
# it, which is then no sentence of the next letter): a name of two to four
# capitalised words, no full stop, no more than one comma.
UNDASHED_SIGNATURE = re.compile(r"(?P<name>[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019.-]+){1,3})"
                                r"(?:\s*,\s*(?P<place>[A-Z][^\n,.!?]{1,40}))?\s*")
# A page of readers' letters names itself so in its headline: "Letters to the
# editor", "Your letters", "Letters: ferry fares", "Letters | 4 May 2026" (not
# a report about letters: "Letters reveal the minister knew").
LETTERS_HEADLINE = re.compile(r"(?i)^\W*(?:(?:your|readers['\u2019]?|today['\u2019]s)\s+)?letters?"
                              r"(?:\s+(?:to\s+the\s+editor|page))?\s*(?:$|[:|,\u2013\u2014-])"
                              r"|\bletters?\s+to\s+the\s+editor\b")


class Letter(NamedTuple):
    """One signed letter: its writer as signed, and the paragraphs it holds."""

    writer: str
    paragraphs: list[Span]


def signed_letters(headline: str | None, paragraphs: list[Span]) -> list[Letter]:
    """The letters of a page of readers' letters: each run of paragraphs
    closed by a signature line, the writer the name it signs.  Only a page
    whose headline says it holds letters: a dash and a name alone on a line
    elsewhere is as often an item of a list."""
    if not headline or LETTERS_HEADLINE.search(headline) is None or len(headline) > 150:
        return []
    letters, run = [], []
    for p in paragraphs:
        body = [q for q in run if _TERMINAL.search(q.text)]  # (a letter's title is no sentence of it)
        m = SIGNATURE.fullmatch(p.text) if p.text[:1] in "-\u2013\u2014" else None
        if m is None and body and run[-1] is body[-1]:
            m = UNDASHED_SIGNATURE.fullmatch(p.text)  # (right under a letter's last sentence)
        if m is None:
            run.append(p)
            continue
        if body:
            letters.append(Letter(m.group("name"), body))
        run = []
    return letters


_TERMINAL = re.compile(r"[.!?][\"\u201d\u2019)]*\s*$")


def letter_claims(article: Article, letters: list[Letter], min_words: int = 4) -> list[Claim]:
    """One direct claim per sentence of each signed letter, its writer's own
    words: a letter has no "he said", and read as a report its sentences were
    the newspaper's (or no one's)."""
    claims = []
    for letter in letters:
        for para in letter.paragraphs:
            for sent in split_sentences(para):
                if len(sent.text.split()) < min_words:
                    continue
                claims.append(Claim(id=f"{article.id}:{sent.start}-{sent.end}", content=sent, speaker=letter.writer,
                                    sourcing="named_person", quote_type="direct", said_on=article.published,
                                    confidence=0.9, rule="letter.sentence"))
    return claims
