"""The extract JSON contract, both ways: an article and its claims to a JSON
object, and such an object back to the same ``Article`` and ``Claim`` objects.

Extraction is a pure function of the article, so it can run anywhere (a
process pool, a Dask cluster, another machine last week) and the one SQLite
file served by Datasette only has to store what it produced.  Reading the
output back is therefore the inverse of writing it, kept in one module so the
two directions cannot drift apart.  A record is trusted only as far as it can
be checked: every span must index the record's own text exactly.

Beyond the claims, a record carries what a load would otherwise compute for
each of them: the review queue's text score (``text_score``, with the
record's ``text_score_version``), worked out where extraction runs, in its
workers, not in the load's one reading process.  The field is optional: a
record without it (output of an earlier release, or written by another tool),
or with another version, is scored by the load.

A fact-check sheet's or a fact-check page's own ratings (``Article.sheet_checks``)
ride along as ``factchecks``, only on a record that has any: a load of the
output writes them as the load of the page would (before, a sheet extracted
and then loaded lost them).
"""

from __future__ import annotations

import json
import math
from dataclasses import fields, replace
from typing import Any

from .articles import article_from_document, article_id
from .factchecks.checkworthy import TEXT_SCORE_VERSION, text_score
from .models import Article, Claim, Dateline, Document, Span

_CLAIM_FIELDS = {f.name: f for f in fields(Claim) if not f.metadata.get("note")}
_SPAN_FIELDS = ("content", "source", "cue")


class ContractError(ValueError):
    """An extract record whose claims cannot be trusted; the message says where."""


# A carried fact-check's fields: the ``factchecks`` table's but its id (the store's)
# and source (the file a load reads it from).
FACTCHECK_FIELDS = frozenset(("claim", "claimant", "claim_date", "rating", "rating_value", "best_rating",
                              "worst_rating", "title", "url", "publisher", "review_date", "language", "format"))


def article_json(article: Article, claims: list[Claim]) -> dict[str, Any]:
    """The extractor's JSON contract for one article (see README)."""
    record = _article_json(article, claims)
    if article.sheet_checks:
        record["factchecks"] = [{k: v for k, v in check.items() if k in FACTCHECK_FIELDS}
                                for check in article.sheet_checks]
    return record


def _article_json(article: Article, claims: list[Claim]) -> dict[str, Any]:
    return {
        "id": article.id,
        "url": article.url,
        "outlet": article.outlet,
        "section": article.section,
        "headline": article.headline,
        "published": article.published,
        "dateline": (article.dateline or Dateline()).as_dict(),
        "text": article.text,
        # The story's own paragraphs, so a load of this record needs no cleaning pass.
        "paragraphs": [[p.start, p.end] for p in article.paragraphs],
        "text_score_version": TEXT_SCORE_VERSION,  # of each claim's "text_score" (``scored_claims``)
        "claims": [dict(c.as_dict(), text_score=text_score(c.content.text)) for c in claims],
    }


# Built once: ``json.dumps`` with any option builds an encoder on every call.
# A record is a tree made here, so no check for cycles (6% of the encoding).
_ENCODER = json.JSONEncoder(ensure_ascii=False, check_circular=False)


def article_line(article: Article, claims: list[Claim], indent: int | None = None) -> str:
    """The line ``claims extract`` prints (without its newline): ``article_json``
    with the claims' text scores (``scored_claims``), built without copying
    the claims' values."""
    record = article_json(article, [])
    record["claims"] = scored_claims(claims)
    if indent is None:
        return _ENCODER.encode(record)
    return json.dumps(record, ensure_ascii=False, indent=indent)


def scored_claims(claims: list[Claim]) -> list[dict[str, Any]]:
    """The claims' JSON, each with its ``text_score``: the review queue's weight
    of its sentence (``checkworthy.text_score``), which a load would otherwise
    compute for every claim it writes.  Extraction is where the sentence is at
    hand, in the workers; the record says which version of the score it
    carries (``text_score_version``), and a load scores afresh the claims of a
    record that carries none or another (``carried_text_scores``)."""
    out = []
    for claim in claims:
        fields_ = claim.json_fields()
        fields_["text_score"] = text_score(claim.content.text)
        out.append(fields_)
    return out


def carried_text_scores(record: dict) -> tuple | None:
    """The claims' text scores a record carries, in claim order, or None when it
    carries none of the current version (``TEXT_SCORE_VERSION``) or any claim's
    is not a number: the load then computes them, as for output of a release
    before this field.  A score is trusted as the claims are: the record's."""
    if record.get("text_score_version") != TEXT_SCORE_VERSION:
        return None
    scores = tuple([claim.get("text_score") if type(claim) is dict else None for claim in record["claims"]])
    if not _NUMBERS.issuperset(map(type, scores)) or not math.isfinite(sum(scores)):  # (a NaN or an infinity)
        return None
    return scores


_NUMBERS = frozenset((float, int))


def is_extracted(record: dict) -> bool:
    """Whether a JSON record is ``claims extract`` output (it carries claims)."""
    return isinstance(record.get("claims"), list) and isinstance(record.get("text"), str)


def article_from_record(record: dict, doc: Document) -> tuple[Article, list[Claim]]:
    """The article and claims an extract record describes, read from ``doc``.

    A record without ``paragraphs`` (output of an older release) gets them
    from the usual cleaning pass over its text.  Raises ``ContractError`` on
    a record whose spans do not index its text.
    """
    text = record["text"]
    if record.get("paragraphs") is None:
        article = article_from_document(doc)
    else:
        article = Article(id=article_id(doc), text=text, source_path=doc.path, kind=doc.kind, speaker=doc.speaker)
        article.paragraphs = [_span(text, p, "paragraph") for p in _list(record["paragraphs"], "paragraphs")]
    article.dateline = _dateline(record.get("dateline"))
    for name in ("url", "outlet", "section", "headline", "published"):
        setattr(article, name, record.get(name) or None)
    claims = [_claim(text, c, n) for n, c in enumerate(_list(record["claims"], "claims"), 1)]
    article.sheet_checks = [_factcheck(c, n, doc.path) for n, c in enumerate(_list(record.get("factchecks") or [],
                                                                                   "factchecks"), 1)]
    return article, claims


def _factcheck(value, n: int, path: str | None) -> dict:
    """A carried fact-check (``FACTCHECK_FIELDS``), with the file it is read from as its source."""
    if not isinstance(value, dict) or not isinstance(value.get("claim"), str) or not value["claim"].strip():
        raise ContractError(f"factchecks[{n}]: an object with a claim")
    for key, v in value.items():
        if key not in FACTCHECK_FIELDS:
            raise ContractError(f"factchecks[{n}]: unknown field {key!r}")
        if v is not None and type(v) not in (str, int, float):
            raise ContractError(f"factchecks[{n}].{key}: text or a number")
    return {**value, "source": path}


def id_was_derived(doc: Document) -> bool:
    """Whether an extract record's id came from its address or text, not from its input.

    Such an article may already be stored under its text's id; the loader
    checks, as it does for the input itself (``adopt_stored_article``).
    """
    ident = doc.id
    # a derived id is "u" or "t" and 16 hex digits (articles.article_id, text_id):
    # any other is the input's own, known without hashing the address or text again
    if not (isinstance(ident, str) and len(ident) == 17 and ident[0] in "ut"):
        return False
    return ident == article_id(replace(doc, id=None))


def _dateline(value) -> Dateline | None:
    if not isinstance(value, dict) or not any(value.get(k) for k in ("place", "date", "agency")):
        return None
    return Dateline(place=value.get("place"), date=value.get("date"), agency=value.get("agency"))


def _list(value, what: str) -> list:
    if not isinstance(value, list):
        raise ContractError(f"{what} is not a list")
    return value


def _span(text: str, value, what: str) -> Span:
    """A span from ``{"start", "end", "text"}`` or ``[start, end]``, checked against ``text``."""
    if type(value) is dict:
        start, end, quoted = value.get("start"), value.get("end"), value.get("text")
    elif isinstance(value, list) and len(value) == 2:
        start, end = value
        quoted = None
    elif isinstance(value, dict):
        start, end, quoted = value.get("start"), value.get("end"), value.get("text")
    else:
        raise ContractError(f"{what} is not a span")
    if not (isinstance(start, int) and isinstance(end, int) and 0 <= start <= end <= len(text)):
        raise ContractError(f"{what} offsets {start!r}-{end!r} are outside the text")
    piece = text[start:end]
    if quoted is not None and piece != quoted:
        raise ContractError(f"{what} text does not match text[{start}:{end}]")
    return Span(start, end, piece)


# Fields taken as they are; the spans, hedges and confidence are checked first.
_PLAIN_FIELDS = tuple(name for name in _CLAIM_FIELDS if name not in (*_SPAN_FIELDS, "hedges", "confidence"))


def _claim(text: str, value, n: int) -> Claim:
    if not isinstance(value, dict):
        raise ContractError(f"claim {n} is not an object")
    if not isinstance(value.get("id"), str) or not isinstance(value.get("content"), dict):
        raise ContractError(f"claim {n} has no id or no content span")
    where = f"claim {value['id']}"
    # Fields from a newer release are ignored, never guessed at.
    kwargs: dict[str, Any] = {name: value[name] for name in _PLAIN_FIELDS if name in value}
    for name, field_value in kwargs.items():  # every plain field is text (or null)
        if not (field_value is None or isinstance(field_value, str)):
            raise ContractError(f"{where} {name} is not text")
    for name in _SPAN_FIELDS:
        raw = value.get(name)
        if raw is not None:
            kwargs[name] = _span(text, raw, f"{where} {name}")
        elif name in value:
            kwargs[name] = None
    if "hedges" in value:
        kwargs["hedges"] = list(_list(value["hedges"] or [], f"{where} hedges"))
    if "confidence" in value:
        raw = value["confidence"]
        if not isinstance(raw, (int, float)):
            raise ContractError(f"{where} confidence is not a number")
        kwargs["confidence"] = float(raw)
    return Claim(**kwargs)
