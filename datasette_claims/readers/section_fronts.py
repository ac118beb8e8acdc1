"""A page that lists articles (a section front, a tag or search page) rather than being one.

Saved or fetched, such a page loaded as one article: trafilatura took the
first teaser's words as the main text, so the page's headline ("Local news")
stood over one story's opening and the others were lost without a word.  A
page of three or more ``<article>`` elements, each headed by a link to its
own page and none holding the page's own story (an unlinked heading), is
named in a warning row that says how to load the stories themselves.  An
article page with teasers of related stories has its own story's unlinked
heading, so it is no list.
"""

from __future__ import annotations

import re

from .base import LoadError

_ARTICLE_OPEN = re.compile(r"<article\b", re.IGNORECASE)
_ARTICLE = re.compile(r"<article\b[^>]*>(.*?)</article\s*>", re.IGNORECASE | re.DOTALL)
_HEADING = re.compile(r"<h[1-6]\b[^>]*>(.*?)</h[1-6]\s*>", re.IGNORECASE | re.DOTALL)
_LINK = re.compile(r"<a\b[^>]*\bhref\s*=", re.IGNORECASE)
# The fewest teasers that make a page a list (two may be a story and its sidebar).
LEAST_TEASERS = 3


def teasers(html: str) -> int:
    """How many articles the page lists (0 when it is no list of articles)."""
    if len(_ARTICLE_OPEN.findall(html)) < LEAST_TEASERS:
        return 0
    blocks = _ARTICLE.findall(html)
    for block in blocks:
        heading = _HEADING.search(block)
        if heading is None or not _LINK.search(heading.group(1)):
            return 0
    return len(blocks) if len(blocks) >= LEAST_TEASERS else 0


def section_front_warning(where: str, html: str) -> LoadError | None:
    """A warning row for a page that lists articles, saying what was loaded and what to load."""
    n = teasers(html)
    if not n:
        return None
    return LoadError(where, f"the page lists {n} articles (a section or tag page): only the words read as its "
                            "main text loaded, most likely the first story's opening; load each article's own "
                            "page (its address, or the page saved) instead", level="warning")
