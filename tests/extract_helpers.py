"""Shared helpers for the extractor's construction tests.

``run`` extracts the claims of one invented text (``run_as_loaded`` as ``claims
load`` builds its article); ``one`` finds the claim whose content is
``content`` (quotation marks and end punctuation aside) and checks any other
field given as a keyword (``source`` and ``cue`` compare their text).
"""

from __future__ import annotations

from datasette_claims import loader
from datasette_claims.articles import article_from_document
from datasette_claims.extract import extract_claims
from datasette_claims.models import Article, Document


def run(text: str, published: str | None = "2024-03-06"):
    return extract_claims(Article(id="t", text=text, published=published))


def run_as_loaded(text: str):
    """The claims ``claims load`` keeps of one invented text given as a JSON-lines record: the page's article
    built as the loader builds it (furniture found, the story's paragraphs marked), no rule failing."""
    found, failures = loader.claims_and_failures(article_from_document(Document(text=text, path="t.jsonl", id="t")))
    assert not failures
    return found


def one(text: str, content: str, **kw):
    claims = run(text, kw.pop("published", "2024-03-06"))
    found = [c for c in claims if c.content.text.strip(" \"'\u201c\u201d.,") == content]
    assert found, [(c.content.text, c.rule) for c in claims]
    c = found[0]
    for key, value in kw.items():
        got = getattr(c, key)
        if key in ("source", "cue"):
            got = got.text if got else None
        assert got == value, (key, got, value)
    return c


def rows(claims):
    """The fields a failing assertion shows of each claim: content, source, speaker, sourcing, via, rule."""
    return [(c.content.text, c.source.text if c.source else None, c.speaker, c.sourcing, c.via, c.rule)
            for c in claims]


def about(claims, words: str):
    """The first claim whose content holds ``words``."""
    found = [c for c in claims if words in c.content.text]
    assert found, rows(claims)
    return found[0]


def opening(claims, start: str):
    """The first claim whose content, past an opening quotation mark, starts with ``start``."""
    found = [c for c in claims if c.content.text.lstrip(" \"'").startswith(start)]
    assert found, rows(claims)
    return found[0]
