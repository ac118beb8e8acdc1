"""Where the JSON records of news APIs and scrapers keep an article and its metadata.

A fact-checker's JSON lines come from whatever collected them: a news API, a
scraper, a site's own REST API.  Each names the same things its own way (the
text is "text", "body", "maintext" or "content"; the date "published",
"publishedAt" or "date_publish") and some nest them (``{"source": {"name":
...}}``, ``{"content": {"rendered": "<p>..."}}``).  Rewriting every dump into
one shape before loading is the chore this table saves: the reader tries each
field's paths in order and the first non-empty value wins.  A dotted path
walks into nested objects.  The README's table of JSON keys is this table.

Text fields may hold markup (a CMS's rendered body): such a value is read as
HTML, like the ``html`` field.  Some APIs cut the text short and say so
("... [+2310 chars]"): the article loads, and the reader warns that claims
past the cut are missing.

A saved API response is not one record but a page of them, inside an
envelope (``{"status": "ok", "articles": [...]}``, ``{"articles": {"results":
[...]}}``, ``{"response": {"results": [...]}}``): a researcher saves the
response as it came, so an object with no article text of its own whose
envelope key holds a list of objects is read as those records.  An error
response (``{"status": "error", "message": ...}``) says what the API said.
"""

from __future__ import annotations

import re

# The article itself, first found wins: the project's own "text" and "html",
# then what news APIs, scrapers and CMSs call it.  The HTML_PATHS hold markup;
# any other value but "text" that holds markup is read as HTML too.
ARTICLE_PATHS = (
    "text", "html", "body", "maintext", "content", "article", "full_text", "fulltext", "body_text",
    "bodyText", "fields.bodyText", "body_html", "raw_html", "fields.body", "content.rendered",
    "content_text", "content_html",
)
HTML_PATHS = frozenset({"html", "body_html", "raw_html", "fields.body", "content.rendered", "content_html"})

# Where a saved API response keeps its page of records, first found wins:
# news search APIs (articles), Event Registry (articles.results), content
# APIs (response.results, response.docs), JSON Feed (items), and the usual
# generic names.
ENVELOPE_PATHS = (
    "articles", "articles.results", "results", "response.results", "response.docs", "data", "items",
    "stories", "documents", "docs",
)
# What an API's error response says, first found wins.
API_ERROR_PATHS = ("message", "response.message", "error.message", "error.code", "error", "code")

META_PATHS = {
    "id": ("id", "doc_id", "uri"),
    "url": ("url", "link", "source_url", "webUrl", "web_url", "permalink", "links.permalink"),
    "outlet": (
        "outlet", "source", "publisher", "site_name", "site", "source.name", "source.title", "publisher.name",
        "site.name", "media_name", "thread.site", "source_domain", "source.domain", "hostname",
    ),
    "headline": (
        "headline", "title", "title.rendered", "webTitle", "fields.headline", "thread.title", "headline.main",
    ),
    "published": (
        "published", "date", "publication_date", "published_at", "publishedAt", "date_publish",
        "publish_date", "webPublicationDate", "pubDate", "datePublished", "dateTime", "date_gmt",
        "date_published", "pub_date", "dateTimePub", "seendate",
    ),
    "section": ("section", "category", "sectionName"),
    "speaker": ("speaker", "speaker_name"),
}
# The language a record says it is in: GDELT's "English", Event Registry's
# "eng", MediaCloud's "en".  Extraction reads English only.
LANGUAGE_PATHS = ("language", "lang", "language_code")
ENGLISH = frozenset({"en", "eng", "english"})

# Markup that only a page or a CMS body holds: an opening paragraph-level tag.
MARKUP = re.compile(r"<(?:p|div|br|article|section|h[1-6]|ul|ol|li|blockquote|figure)\b[^<>]*>", re.I)
# "... [+2310 chars]": the text an API cut short (NewsAPI's free "content").
CUT_SHORT = re.compile(r"\[\+\d+ char(?:acter)?s\]\s*$")


def value_at(record: dict, path: str):
    """The value at a dotted ``path`` in nested objects, or None."""
    if "." not in path:  # most paths: one look-up, without splitting (a record read asks ~16 of them)
        return record.get(path) if isinstance(record, dict) else None
    value = record
    for key in path.split("."):
        if not isinstance(value, dict):
            return None
        value = value.get(key)
    return value


def first_found(record: dict, paths: tuple[str, ...], numbers: bool = True) -> tuple[str, str] | None:
    """(path, value) of the first value along ``paths`` that is a non-blank
    string (or a number, unless ``numbers`` is false), or None."""
    for path in paths:
        value = value_at(record, path)
        if not isinstance(value, str):
            if not numbers or not isinstance(value, (int, float)) or isinstance(value, bool):
                continue
            value = str(value)
        if value.strip():
            return path, value
    return None


def first_string(record: dict, paths: tuple[str, ...]) -> str | None:
    """The first value along ``paths`` that is a non-blank string or a number."""
    found = first_found(record, paths)
    return found[1] if found else None


def looks_like_markup(text: str) -> bool:
    """True when a text field holds HTML paragraphs rather than plain text."""
    return MARKUP.search(text, 0, 5000) is not None


def opens_with_markup(text: str) -> bool:
    """True when a text field starts with an HTML block tag ("<p>", "<div class=...>"): a page's body, not
    a text that mentions a tag."""
    return MARKUP.match(text[:5000].lstrip()) is not None


def cut_short(text: str) -> bool:
    """True when the API says it cut the text ("[+2310 chars]" at the end)."""
    return CUT_SHORT.search(text[-40:]) is not None


def envelope_records(record: dict) -> list | None:
    """The records of a saved API response, or None when ``record`` is one.

    An object with article text of its own is a record, whatever else it
    holds; otherwise the first envelope path holding a list with an object
    in it gives the records.
    """
    if first_found(record, ARTICLE_PATHS, numbers=False) is not None:
        return None
    for path in ENVELOPE_PATHS:
        value = value_at(record, path)
        if isinstance(value, list) and any(isinstance(v, dict) for v in value):
            return value
    return None


def api_error(record: dict) -> str | None:
    """What an API's error response says (``{"status": "error", "message":
    ...}``, ``{"response": {"status": "error", ...}}``), or None when
    ``record`` is not one."""
    status = first_found(record, ("status", "response.status"), numbers=False)
    if not (status and status[1].lower() == "error") and not isinstance(record.get("error"), dict):
        return None
    found = first_found(record, API_ERROR_PATHS)
    return found[1][:200] if found else "no message"


def not_english(record: dict) -> str | None:
    """The language a record names when it is not English, else None."""
    found = first_found(record, LANGUAGE_PATHS, numbers=False)
    if found is None:
        return None
    return foreign(found[1])


def foreign(language: str) -> str | None:
    """``language`` (a name or code: "deu", "Spanish", "en-GB") when it is
    not English, else None."""
    code = language.strip().lower().replace("_", "-").split("-")[0]
    return None if not code or code in ENGLISH else language.strip()[:40]
