"""The rows of a ``claims extract`` record, checked and built in one pass.

Loading extract output used to rebuild the Article, its Spans and Claims
(``contract.article_from_record``) only to take them apart again into rows
(``articles.article_rows``): two passes and three objects per span, for
rows that are mostly the record's own values.  Here the record goes
straight to the same ``ArticleRows``, checking each span once as it is
copied (its offsets lie inside the text and its quoted text is
``text[start:end]``, compared in place, without a slice).

Only a record of the plain, expected shape is taken this way; anything
else (a wrong type anywhere, a span that does not match, a record without
paragraphs, an id that may be adopted) returns None and the caller takes
the general path, which builds the same rows or says exactly what is
wrong.  So this module decides nothing the contract does not: it is a
shortcut for the records the contract accepts, giving the same rows
(``tests/test_store_record_rows.py`` compares the two on every field).
"""

from __future__ import annotations

import hashlib
import marshal

from ..articles import article_id, url_key
from ..contract import carried_text_scores
from ..models import Document
from .articles import (
    ArticleRows, hedges_json, record_digest, speaker_id_of, speaker_row, text_scores, valid_text, word_count,
)

_ARTICLE_FIELDS = ("url", "outlet", "section", "headline", "published")
# A claim's fields taken as they are, with their defaults (``models.Claim``).
_STRINGS = ("speaker_role", "said_on", "said_where", "said_to", "stance", "via", "anonymity_reason",
            "denies", "rule", "utterance_id")
_TEXT = (str, type(None))
_TEXT_TYPES = frozenset(_TEXT)  # ``issuperset(map(type, values))``: every value a string or None, tested in C


class Unusual(Exception):
    """The record is not of the plain shape: take the general path."""


def record_rows(doc: Document) -> ArticleRows | None:
    """The rows ``article_rows(*article_from_record(doc.extracted, doc))`` gives,
    or None when the record needs the general path (see the module docstring).
    The caller asks ``contract.id_was_derived`` first: an article that may be
    adopted needs its Article in the writer, and takes the general path."""
    record = doc.extracted
    if type(record) is not dict:
        return None
    try:
        return _rows(record, doc)
    except Exception:  # Unusual, or anything odd (a huge number, say): the general path decides
        return None


def _rows(record: dict, doc: Document) -> ArticleRows:
    text = record["text"]
    paragraphs = record.get("paragraphs")
    claims = record.get("claims")
    if type(text) is not str or type(paragraphs) is not list or type(claims) is not list or "factchecks" in record:
        raise Unusual  # (a record carrying fact-checks is checked by the contract)
    n = len(text)
    for p in paragraphs:
        if type(p) is not list or len(p) != 2 or not _inside(p[0], p[1], n):
            raise Unusual
    row = _article_row(record, doc, text, paragraphs)
    ident = row["id"]
    values, speakers = [], []
    for claim in claims:
        values.append(_claim_values(claim, ident, text, n, speakers))
    digest = record_hash(record)
    if digest is None:
        raise Unusual
    scores = carried_text_scores(record) or text_scores(values)  # (a record without claims: () either way)
    return ArticleRows(row, values, record_digest(digest, row), speakers, scores, url_key(row["url"]), digest)


def record_hash(record: dict) -> str | None:
    """SHA-256 of the record's values as ``marshal`` (version 2) writes them.

    The record as read is what the rows are made from, so its hash stands for
    them (``articles.record_digest``).  ``marshal`` writes the parsed record in
    one C pass, each value with its type and length, keys in the file's order:
    about a third of the work of the rows' JSON (``fingerprint_values``), and
    the same record read by the same Python gives the same bytes.  Version 2:
    no back-references, which would follow how the parser shared its strings.
    None for a record holding what ``marshal`` does not write (not read from
    JSON): its rows are then hashed as rows.
    """
    try:
        return hashlib.sha256(marshal.dumps(record, 2)).hexdigest()
    except ValueError:
        return None


def _inside(start, end, n: int) -> bool:
    return type(start) is int and type(end) is int and 0 <= start <= end <= n


def _article_row(record: dict, doc: Document, text: str, paragraphs: list) -> dict:
    """``articles.article_row`` of the article ``contract.article_from_record`` builds."""
    dateline = record.get("dateline")
    place = date = agency = None
    if isinstance(dateline, dict) and any(dateline.get(k) for k in ("place", "date", "agency")):
        place, date, agency = dateline.get("place"), dateline.get("date"), dateline.get("agency")
    url, outlet, section, headline, published = (record.get(name) or None for name in _ARTICLE_FIELDS)
    return {
        "id": article_id(doc),
        "url": url,
        "outlet": outlet,
        "section": section,
        "headline": headline,
        "published": published,
        "dateline_place": place,
        "dateline_date": date,
        "agency": agency,
        "text": text,
        "paragraphs": repr(paragraphs),  # ``json.dumps``'s text: lists of two ints (``_rows`` checked)
        "word_count": word_count(text),
        "source_path": valid_text(doc.path),
    }


_NO_SPAN = (None, None, None)


def _span(value, text: str, n: int) -> tuple:
    """(text, start, end) of a span checked against ``text``; (None, None, None) for none."""
    if value is None:
        return _NO_SPAN
    if type(value) is not dict:
        raise Unusual
    start, end, quoted = value.get("start"), value.get("end"), value.get("text")
    if type(start) is not int or type(end) is not int or not 0 <= start <= end <= n:  # (``_inside``, in line)
        raise Unusual
    if quoted is None:
        return text[start:end], start, end
    if type(quoted) is not str or len(quoted) != end - start or not text.startswith(quoted, start):
        raise Unusual
    return quoted, start, end


def _claim_values(claim, article: str, text: str, n: int, speakers: list) -> tuple:
    """A claim's row in ``CLAIM_COLUMNS`` order (``articles.claim_row`` of the
    Claim ``contract._claim`` builds), its speaker's row added to ``speakers``."""
    if type(claim) is not dict:
        raise Unusual
    ident, speaker = claim.get("id"), claim.get("speaker")
    sourcing, quote_type = claim.get("sourcing", "author"), claim.get("quote_type", "indirect")
    confidence = claim.get("confidence", 0.5)
    if (type(ident) is not str or type(claim.get("content")) is not dict or type(sourcing) is not str
            or type(quote_type) not in _TEXT or type(confidence) not in (int, float) or type(speaker) not in _TEXT):
        raise Unusual
    strings = list(map(claim.get, _STRINGS))
    if not _TEXT_TYPES.issuperset(map(type, strings)):
        raise Unusual
    role, said_on, said_where, said_to, stance, via, anonymity, denies, rule, utterance = strings
    hedges = claim.get("hedges")
    content, start, end = _span(claim["content"], text, n)
    source, source_start, source_end = _span(claim.get("source"), text, n)
    cue, cue_start, cue_end = _span(claim.get("cue"), text, n)
    speaker_id = speaker_id_of(speaker, sourcing)
    if speaker_id:
        speakers.append(speaker_row(speaker_id, speaker, sourcing, role))
    return (
        ident, article, speaker_id, content, start, end, speaker, role,
        source, source_start, source_end, cue, cue_start, cue_end, sourcing, quote_type,
        said_on, said_where, said_to, _hedges(hedges) if hedges else None, stance, via, anonymity, denies,
        round(float(confidence), 3), rule, utterance or ident,
    )


def _hedges(value) -> str | None:
    """The hedges column of a record's hedges (a list, or none)."""
    if value and type(value) is not list:
        raise Unusual
    return hedges_json(value)
