"""Claims from a transcript: every sentence is the speaker's own words.

A speech transcript has no "he said": the whole text is the quote.  Turning
each sentence into a direct claim by the named speaker lets reports that
quote the speech be matched against what was actually said.  The same holds
for the other pages whose form, not a verb, says who speaks: a broadcast
transcript's labelled turns, a page of signed letters, and a fact-check
sheet's "Claim:" field, which is its claimant's words, not the checker's.

A sheet's "Verdict:" or "Rating:" is its outlet's published rating of that
claim, not a reviewer's verdict of ours: it is kept as a known fact-check
(``sheet_checks``, ``factchecks`` rows the store writes beside the article),
where a fact-check archive's imported ratings are, and shown as the outlet's.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from .dates import normalise_date
from .models import Article, Claim, Span
from .offices import PUBLIC_OFFICES

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


# A sentence that is only a courtesy ("Thank you all for coming.", "Good
# evening, everyone.", "Welcome to the conference."): said in every speech and
# turn, it states nothing, and as a claim it linked two speeches into one story.
COURTESY = re.compile(
    r"(?i)^[\"\u201c']*(?:(?:and\s+)?(?:thank\s+you|thanks)(?:,?\s+(?:all|so\s+much|very\s+much|again|everyone|"
    r"everybody|both))*(?:\s+for\s+(?:coming|having\s+me|being\s+here|joining\s+us|your\s+time|listening))?"
    r"|good\s+(?:morning|afternoon|evening)(?:,?\s+(?:everyone|everybody|all))?"
    r"|welcome(?:\s+to\s+[^.!?\d]{1,40})?|ladies\s+and\s+gentlemen)[\s,.!\"\u201d']*$")


def transcript_claims(article: Article, min_words: int = 4) -> list[Claim]:
    """One direct claim by ``article.speaker`` per sentence of the body."""
    claims = []
    for para in article.paragraphs:
        if STAGE.match(para.text):
            continue
        for sent in split_sentences(para):
            if len(sent.text.split()) < min_words or STAGE.match(sent.text) or COURTESY.match(sent.text):
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


# A broadcast transcript's turn labels the extractor's "JO ROE: ..." turns do
# not cover: a name with the speaker's role after a comma ("JO ROE, HARBOUR
# MINISTER: ..."), and a label on a line of its own above the turn ("JO ROE",
# "JO ROE:", "Jo Roe:", "JO ROE, HARBOUR MINISTER").  A name is two to four
# words, in capitals (or in title case before a colon); a role at most six words.
_CAPS_NAME = r"[A-Z][A-Z'\u2019.-]+(?:\s+[A-Z][A-Z'\u2019.-]+){1,3}"
_TITLE_NAME = r"[A-Z][a-z'\u2019-]+(?:\s+[A-Z][a-z'\u2019-]+){1,2}"
_ROLE = r"(?P<role>[A-Za-z][\w'\u2019&.-]*(?:\s+[\w'\u2019&.-]+){0,5})"
ROLE_LABEL = re.compile(r"(?P<name>" + _CAPS_NAME + r"|" + _TITLE_NAME + r"),\s+" + _ROLE + r"\s*:\s+(?=\S)")
OWN_LINE_LABEL = re.compile(r"(?P<name>" + _CAPS_NAME + r")(?:,\s+" + _ROLE + r")?\s*:?"
                            r"|(?P<titled>" + _TITLE_NAME + r")(?:,\s+(?P<trole>[^:\n]{2,50}))?\s*:")
# any other label opening a paragraph ends the turn before it ("HOST: ...", "Q: ...", "MARA LIND: ...")
PLAIN_LABEL = re.compile(r"(?P<name>[A-Z][A-Z'\u2019.-]*(?:\s+[A-Z][A-Z'\u2019.-]+){0,3}|" + _TITLE_NAME
                         + r")\s*:\s+(?=\S)")


class Turn(NamedTuple):
    """One speaker's turn of a transcript: the name as the article writes it
    (None for a label that names no one: "HOST", "Q"), the role the label
    gives, and the turn's words (from after the label)."""

    speaker: str | None
    role: str | None
    paragraphs: list[Span]


def labelled_turns(text: str, paragraphs: list[Span]) -> list[Turn]:
    """The turns of a transcript whose labels carry a role or stand on their
    own line; [] for any other text (the extractor reads "JO ROE: ..." turns
    itself).  A transcript has three turns or more, one speaker at least
    twice, and at least one label of these two kinds: a lone line of capitals
    ("SEE ALSO") or a place and country before a colon is no transcript."""
    turns: list[Turn] = []
    new_kind = False
    pending = None  # a label on its own line, waiting for its turn's words
    for p in paragraphs:
        own = OWN_LINE_LABEL.fullmatch(p.text.strip()) if len(p.text) <= 80 else None
        if own is not None:
            pending, new_kind = own, True
            continue
        role = ROLE_LABEL.match(p.text)
        label = role or PLAIN_LABEL.match(p.text)
        if pending is not None:
            turns.append(_turn(text, pending.group("name") or pending.group("titled"),
                               pending.group("role") or pending.group("trole"), [p]))
            pending = None
        elif label is not None:
            new_kind = new_kind or role is not None
            rest = Span(p.start + label.end(), p.end, p.text[label.end():])
            turns.append(_turn(text, label.group("name"), role.group("role") if role else None, [rest]))
        elif turns:
            turns[-1].paragraphs.append(p)  # (a turn of several paragraphs)
    names = [t.speaker for t in turns if t.speaker]
    if not new_kind or len(turns) < 3 or len(set(names)) == len(names) \
            or any(_HEADING_WORDS.intersection(n.lower().split()) for n in names):
        return []
    return turns


# Words of a heading in capitals, never of a person's name ("READ MORE", "WHAT HAPPENS NEXT", "THE BACKGROUND"):
# a text whose repeated label holds one is no transcript.
_HEADING_WORDS = frozenset(("the", "a", "an", "of", "and", "or", "to", "in", "on", "for", "with", "more", "what",
                            "how", "why", "who", "when", "where", "read", "see", "also", "news", "next", "latest",
                            "update", "updates", "related", "sign", "up", "watch", "listen", "share"))


def _turn(text: str, label: str, role: str | None, paragraphs: list[Span]) -> Turn:
    """A turn with its label's name as the article writes it elsewhere ("Jo
    Roe" for "JO ROE", when an introduction names her), else in title case;
    a label of one word ("HOST", "Q") names no one."""
    label = " ".join(label.split())
    if " " not in label:
        return Turn(None, None, paragraphs)
    written = re.search(r"\b" + re.escape(label).replace(r"\ ", r"\s+") + r"\b", text, re.IGNORECASE)
    while written is not None and written.group().isupper():
        written = re.compile(re.escape(label).replace(r"\ ", r"\s+"), re.IGNORECASE).search(text, written.end())
    name = " ".join(written.group().split()) if written is not None else label.title()
    return Turn(name, _role_case(role), paragraphs)


def _role_case(role: str | None) -> str | None:
    """A role as a report writes it after a name ("harbour minister"), not
    as a label or a title before a name capitalises it ("HARBOUR MINISTER",
    "Councillor"); a role of mixed case ("chief executive of Skar Yards") kept."""
    if not role:
        return role
    role = " ".join(role.split())
    return role.lower() if role.isupper() or role.istitle() else role


def turn_claims(article: Article, turns: list[Turn], min_words: int = 4) -> list[Claim]:
    """One direct claim per sentence of each named speaker's turn, the
    speaker's own words; a question is no claim, and a turn of a label that
    names no one ("HOST:") gives none."""
    claims = []
    for turn in turns:
        if turn.speaker is None:
            continue
        for para in turn.paragraphs:
            if STAGE.match(para.text):
                continue
            for sent in split_sentences(para):
                words = sent.text.rstrip("\"\u201d\u2019) ")
                if len(sent.text.split()) < min_words or words.endswith("?") or STAGE.match(sent.text) \
                        or COURTESY.match(sent.text):
                    continue
                claims.append(Claim(id=f"{article.id}:{sent.start}-{sent.end}", content=sent, speaker=turn.speaker,
                                    speaker_role=turn.role, sourcing="named_person", quote_type="direct",
                                    said_on=article.published, confidence=0.9, rule="transcript.turn"))
    return claims


# A fact-check sheet's fields (``furniture.FACT_CHECK_LABEL``): the claim
# checked, and who made it ("Who said it: Councillor Abel Marsh, in a debate").
CLAIM_FIELD = re.compile(r"(?i:the\s+|our\s+)?(?i:claim)\s*:\s*$")
RATING_FIELD = re.compile(r"(?i:the\s+|our\s+)?(?i:verdict|rating|ruling)\s*:\s*$")
CLAIMANT_FIELD = re.compile(r"(?i:who\s+said\s+it|who\s+made\s+the\s+claim|claimant|said\s+by)\s*:\s*$")
# the claimant's name up to where the occasion starts ("..., in a debate", "... on March 17")
_CLAIMANT = re.compile(r"(?P<who>[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*){1,5})"
                       r"\s*(?:[,;(]|\s+(?:in|on|at|during|speaking|via|to)\b|[.]?\s*$)")
_HONORIFICS = frozenset(("mr", "mrs", "ms", "miss", "dr", "sir", "dame"))
# the words a name's titles are made of, before a sheet's claimant or a speech's speaker
_TITLE_WORDS = PUBLIC_OFFICES | _HONORIFICS
_QUOTED = re.compile(r"[\"\u201c](?P<words>[^\"\u201c\u201d]+)[\"\u201d]\.?")


class Claimant(NamedTuple):
    """Who a fact-check sheet says made the claim it checks: the name, the
    title the sheet puts before it ("Councillor"), and the day the field
    gives with its year ("in a debate on March 17, 2026"), as ISO."""

    name: str
    role: str | None
    said_on: str | None = None


# a day with its year in the claimant's field (a day without one stays unread: no year is guessed)
_FIELD_DAY = re.compile(r"\b(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}"
                        r"|\d{1,2}\s+[A-Z][a-z]{2,8}\s+\d{4})\b")


def field_paragraph(text: str, para: Span, field: re.Pattern) -> bool:
    """Whether a paragraph is the value of a sheet's field: the label before it
    on its line ("Claim: ..."), which the article leaves to the page."""
    line_start = text.rfind("\n", 0, para.start) + 1
    before = text[line_start:para.start].strip("*_ \t")
    return bool(before) and field.fullmatch(before) is not None


class SheetFields(NamedTuple):
    """One check of a fact-check sheet: its "Claim:" field and the other field
    asked for (who said it, the rating) that follows it before the next claim."""

    claim: Span
    other: Span


# (the one word every sheet holds: most pages lack it, and one scan of the text says so)
_CLAIM_WORD = re.compile("claim", re.IGNORECASE)


def _sheet_fields(article: Article, other: re.Pattern) -> list[SheetFields]:
    """Each check of a sheet: a "Claim:" field's first paragraph and the first
    paragraph of field ``other`` (``CLAIMANT_FIELD``, ``RATING_FIELD``) that
    goes with it.  A sheet of several checks ("Claim:", "Verdict:", "Claim:",
    "Verdict:") gives one each, paired in the order the sheet writes them: a
    claim with the field after it, or, on a sheet that puts that field first
    ("Claimant:" above "Claim:"), with the field before it.  Empty for any
    page without both."""
    if _CLAIM_WORD.search(article.text) is None:
        return []
    fields: list[tuple[bool, Span]] = []  # (a "Claim:" field?, its first paragraph), in the sheet's order
    for p in article.paragraphs:
        if field_paragraph(article.text, p, CLAIM_FIELD):
            fields.append((True, p))
        elif field_paragraph(article.text, p, other):
            fields.append((False, p))
    if not fields:
        return []
    first = fields[0][0]  # what the sheet writes first: each check opens with it
    found: list[SheetFields] = []
    opened: Span | None = None
    for is_claim, p in fields:
        if is_claim == first:
            opened = p
        elif opened is not None:
            found.append(SheetFields(opened, p) if first else SheetFields(p, opened))
            opened = None
    return found


def _after_titles(words: list[str]) -> int:
    """Where a name starts after the titles written before it ("Harbour Minister Jo Roe": 2)."""
    titles = [i for i, w in enumerate(words) if w.lower().strip(".") in _TITLE_WORDS]
    return titles[-1] + 1 if titles else 0


def _claimant(who: Span) -> Claimant | None:
    """The claimant a "Who said it:" field names: a name of two words or more
    after any titles, with the day the field gives with its year."""
    m = _CLAIMANT.match(who.text.strip())
    if m is None:
        return None
    words = m.group("who").split()
    cut = _after_titles(words)
    name = words[cut:]
    if len(name) < 2 or words[0] in ("The", "Our", "A", "An") or not all(w[:1].isupper() for w in name):
        return None
    day = _FIELD_DAY.search(who.text)
    return Claimant(" ".join(name), _role_case(" ".join(words[:cut])) or None,
                    normalise_date(day.group()) if day else None)


def sheet_claimants(article: Article) -> dict[int, Claimant]:
    """Who made each claim a fact-check sheet checks, by where its "Claim:"
    field starts, when the sheet gives both as fields ("Claim: ..." and "Who
    said it: ..."); a body ("The harbour board") names no one."""
    found = {}
    for fields in _sheet_fields(article, CLAIMANT_FIELD):
        who = _claimant(fields.other)
        if who is not None:
            found[fields.claim.start] = who
    return found


def claimant_claims(article: Article, claims: list[Claim]) -> list[Claim]:
    """A fact-check sheet's checked claims as their claimants': the quotation
    under "Claim:" is the claimant's words, not the sheet author's; the
    extractor's claims of that field that name no one are replaced by one
    claim of it (direct when quoted), rule ``factcheck.claimant``.  It was
    said when the field says, not on the sheet's day (the check came after)."""
    who_made = sheet_claimants(article)
    if not who_made:
        return claims
    fields = {p.start: p for p in article.paragraphs if p.start in who_made}
    for start, who in who_made.items():
        claims = _claimant_claim(article, claims, fields[start], who)
    return claims


def _claimant_claim(article: Article, claims: list[Claim], field: Span, who: Claimant) -> list[Claim]:
    inside = [c for c in claims if field.start <= c.content.start < field.end]
    if any(c.speaker for c in inside):
        return claims  # (the field names its own speaker: "Jo Roe said ...")
    quoted = _QUOTED.fullmatch(field.text.strip())
    if quoted:
        at = field.start + field.text.index(quoted.group("words"))
        content = Span(at, at + len(quoted.group("words")), quoted.group("words"))
    else:
        content = field
    claim = Claim(id=f"{article.id}:{content.start}-{content.end}", content=content, speaker=who.name,
                  speaker_role=who.role, sourcing="named_person", quote_type="direct" if quoted else "indirect",
                  said_on=who.said_on, confidence=0.85, rule="factcheck.claimant")
    kept = [c for c in claims if c not in inside]
    return sorted([*kept, claim], key=lambda c: c.content.start)


# a rating's words: up to its first full stop, colon, semicolon, dash or line end ("Mostly false. Fares rose ...")
_RATING = re.compile(r"[\"\u201c*_]*(?P<rating>[A-Za-z][\w'\u2019 -]*?[\w'\u2019!])[\"\u201d*_!]*"
                     r"\s*(?:[.:;\n]|\s[-\u2013\u2014]\s|$)")
RATING_WORDS_MAX = 6  # a rating is a label ("False", "Mostly false", "Half true"), not a sentence


def sheet_checks(article: Article) -> list[dict]:
    """A fact-check sheet's own ratings of the claims it checks, as known
    fact-checks (``factchecks`` rows, their ids the store's: claim, claimant,
    the day it was said, rating, the sheet's headline, address, outlet and
    day): the outlet's published ratings, not verdicts of ours.  One for each
    "Claim:" field followed by a "Verdict:" / "Rating:" / "Ruling:" field
    whose first words are a short label; empty for any other page."""
    checks = []
    who_made = None
    for fields in _sheet_fields(article, RATING_FIELD):
        m = _RATING.match(fields.other.text.strip())
        if m is None or len(m.group("rating").split()) > RATING_WORDS_MAX:
            continue
        if who_made is None:
            who_made = sheet_claimants(article)
        claim = fields.claim
        quoted = _QUOTED.fullmatch(claim.text.strip())
        words = (quoted.group("words") if quoted else claim.text).strip()
        who = who_made.get(claim.start)
        checks.append({"claim": words, "claimant": who.name if who else None,
                       "claim_date": who.said_on if who else None, "rating": m.group("rating").strip(),
                       "title": article.headline, "url": article.url, "publisher": article.outlet,
                       "review_date": article.published, "format": "sheet", "source": article.source_path})
    return checks


# A speech's own text, as a government or a party posts it: its headline names
# the one who gave it ("Remarks by Harbour Minister Jo Roe at the Island Ferry
# Conference", "Speech by Jo Roe to the council", "Prepared remarks of Mayor
# Karl Hovde"): every sentence of it is that person's.
SPEECH_HEADLINE = re.compile(
    r"^\W*(?:(?:prepared|full|text\s+of(?:\s+the)?)\s+)?(?:remarks|speech|address|keynote(?:\s+address|\s+speech)?)"
    r"\s+(?:by|of)\s+(?P<who>[A-Z][^,:;()\n]{2,80}?)(?:\s+(?:at|to|on|before|in|during|for|as)\s+.*|\s*[,:;(\u2013\u2014-].*)?$",
    re.IGNORECASE)
# The note a speech's text carries under its title ("As prepared for delivery.",
# "Check against delivery"): the page's, never the speaker's words
DELIVERY_NOTE = re.compile(r"(?i)\b(?:as\s+prepared\s+for\s+delivery|check\s+against\s+delivery)\b")


def speech_speaker(headline: str | None) -> str | None:
    """The person a speech's headline says gave it (``SPEECH_HEADLINE``),
    without the titles before the name ("Harbour Minister Jo Roe" -> "Jo
    Roe"; "President Lind" -> "Lind" after a title); None for a body ("the
    Harbour Board") or any other headline."""
    m = SPEECH_HEADLINE.match(headline or "")
    if m is None:
        return None
    words = m.group("who").split()
    cut = _after_titles(words)
    name = words[cut:]
    if not 1 + (cut == 0) <= len(name) <= 4 or not all(w[:1].isupper() and w[1:].islower() or w.endswith(".")
                                                        for w in name):
        return None
    return " ".join(name)
