"""RSS and Atom feeds: load every item's page, with the item's metadata as fallback.

A desk follows outlets through their feeds.  A feed item carries a link,
a title and a date but rarely the whole story, so each item's page is
fetched and read like any other page; the item's title and date fill in
only what the page itself does not state, and the feed's title stands in
for an outlet the page does not name.

Some feeds carry the whole story too (RSS ``content:encoded``, Atom
``<content>``, or a summary of two paragraphs or more): a researcher's saved feeds outlive the pages, so an item whose
page cannot be fetched (gone, refused, no link at all) is read from that text
instead, with a warning saying so, rather than lost.

Feeds are parsed with the standard library's expat, and a feed that
declares a DOCTYPE or entities is refused before anything is expanded
(the "billion laughs" and external-entity attacks need a DOCTYPE).
"""

from __future__ import annotations

import gzip
import io
import re
import xml.etree.ElementTree as ET
import xml.parsers.expat
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from urllib.parse import urljoin

from .articles import outlet_from_url
from .dates import normalise_date
from .fetch import FetchError, FetchOptions, fetch, is_url, page_items
from .models import Document
from .readers import LoadError, ReadFailure, html_document, suffix_of

FEED_SUFFIXES = {".rss", ".atom", ".xml"}


@dataclass
class FeedItem:
    link: str | None
    title: str | None = None
    published: str | None = None  # ISO date, when the item states one
    content: str | None = None  # the whole story, when the feed carries it (HTML or text)


@dataclass
class Feed:
    title: str | None = None
    items: list[FeedItem] = field(default_factory=list)


class FeedError(Exception):
    """Not a feed we can read; the message is the reason."""


def is_feed_path(path: str) -> bool:
    """A saved feed: ``.rss``, ``.atom`` or ``.xml``, gzipped or not (``feed.xml.gz``)."""
    return suffix_of(path) in FEED_SUFFIXES and not is_url(path)


def looks_like_feed(body: bytes) -> bool:
    """True when an XML body's root element is rss, feed (Atom) or rdf:RDF."""
    try:
        return _root_name(body) in ("rss", "feed", "RDF")
    except FeedError:
        return False


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _refuse_declarations(body: bytes) -> None:
    """Parse once with expat and stop at the first DOCTYPE or entity declaration."""

    def refuse(*_):
        raise FeedError("feed declares a DOCTYPE or entities: refused for safety")

    parser = xml.parsers.expat.ParserCreate()
    parser.StartDoctypeDeclHandler = refuse
    parser.EntityDeclHandler = refuse
    try:
        parser.Parse(body, True)
    except xml.parsers.expat.ExpatError as e:
        raise FeedError(f"not valid XML: {e}") from None


def _parse(body: bytes) -> ET.Element:
    _refuse_declarations(body)
    try:
        return ET.fromstring(body)
    except ET.ParseError as e:
        raise FeedError(f"not valid XML: {e}") from None


def _root_name(body: bytes) -> str:
    return _local(_parse(body).tag)


def _children(element: ET.Element | None, name: str) -> list[ET.Element]:
    if element is None:
        return []
    return [child for child in element if _local(child.tag) == name]


def _text(element: ET.Element | None, *names: str) -> str | None:
    for name in names:
        for child in _children(element, name):
            value = "".join(child.itertext()).strip()
            if value:
                return value
    return None


def parse_feed(body: bytes, base_url: str | None = None) -> Feed:
    """The items of an RSS 2.0, RSS 1.0 (RDF) or Atom feed."""
    root = _parse(body)
    kind = _local(root.tag)
    if kind == "feed":
        return Feed(_text(root, "title"), [_atom_item(e, base_url) for e in _children(root, "entry")])
    if kind in ("rss", "RDF"):
        channel = (_children(root, "channel") or [None])[0]
        elements = _children(channel, "item") + (_children(root, "item") if kind == "RDF" else [])
        return Feed(_text(channel, "title"), [_rss_item(e, base_url) for e in elements])
    raise FeedError(f"not an RSS or Atom feed (root element <{kind}>)")


def _absolute(link: str | None, base_url: str | None) -> str | None:
    if not link:
        return None
    return urljoin(base_url, link) if base_url else link


def _rss_item(item: ET.Element, base_url: str | None) -> FeedItem:
    link = _text(item, "link")
    if not link:
        for guid in _children(item, "guid"):
            if guid.get("isPermaLink", "true").lower() == "true" and (guid.text or "").strip():
                link = guid.text.strip()
    return FeedItem(
        link=_absolute(link, base_url),
        title=_text(item, "title"),
        published=normalise_date(_text(item, "pubDate", "date")),
        content=_text(item, "encoded") or _story(_text(item, "description")),  # content:encoded
    )


def _atom_item(entry: ET.Element, base_url: str | None) -> FeedItem:
    link = None
    for element in _children(entry, "link"):
        if element.get("rel", "alternate") == "alternate" and element.get("href"):
            link = element.get("href")
            break
    return FeedItem(
        link=_absolute(link, base_url),
        title=_text(entry, "title"),
        published=normalise_date(_text(entry, "published", "updated")),
        content=_text(entry, "content") or _story(_text(entry, "summary")),
    )


# A feed's summary (RSS ``description``, Atom ``summary``) is most often a teaser of a
# sentence or two; some feeds put the whole story there, in paragraphs.
_PARAGRAPH = re.compile(r"<p[\s>]|\n\s*\n", re.IGNORECASE)


def _story(summary: str | None) -> str | None:
    """A summary that holds the story (two paragraphs or more), else None: a teaser is no
    article, and an item whose page cannot be had is better reported than loaded as one."""
    if summary and len(_PARAGRAPH.findall(summary)) >= 2:
        return summary
    return None


def read_feed(
    body: bytes, feed_url: str | None, where: str, options: FetchOptions | None = None
) -> Iterator[Document | LoadError]:
    """Fetch and read every item's page; one LoadError per item that fails."""
    try:
        feed = parse_feed(body, feed_url)
    except FeedError as e:
        yield LoadError(where, str(e))
        return
    if not feed.items:
        yield LoadError(where, "feed has no items", level="warning")
        return
    for n, item in enumerate(feed.items, 1):
        yield from _item_documents(item, feed, f"item {n} of feed {where}", options)


def _item_documents(item: FeedItem, feed: Feed, label: str, options) -> Iterator[Document | LoadError]:
    """The item's page, or, when it cannot be had, the story the feed carries
    (after a warning), or the error."""
    failure = _item_page(item, label, options)
    if isinstance(failure, list):  # the page (after a warning about its language)
        yield from (_filled(x, item, feed) if isinstance(x, Document) else x for x in failure)
        return
    doc = _feed_text_document(item, label)
    if doc is None:
        yield failure
        return
    yield LoadError(failure.path, f"{failure.reason}; loaded from the text the feed carries", level="warning")
    yield _filled(doc, item, feed)


def _item_page(item: FeedItem, label: str, options) -> list[Document | LoadError] | LoadError:
    if not item.link:
        return LoadError(label, "feed item has no link")
    if not is_url(item.link):
        return LoadError(item.link, f"{label}: link is not an http(s) address")
    try:
        return page_items(fetch(item.link, options), item.link)
    except (FetchError, ReadFailure) as e:
        return LoadError(item.link, f"{e} ({label})")


def _feed_text_document(item: FeedItem, label: str) -> Document | None:
    """The story the item carries, read like a page fragment, or None."""
    if not item.content:
        return None
    try:
        doc = html_document(item.content, item.link if item.link and is_url(item.link) else label)
    except ReadFailure:
        return None  # a teaser, an image: nothing to read
    doc.url = item.link if item.link and is_url(item.link) else None
    return doc


def _filled(doc: Document, item: FeedItem, feed: Feed) -> Document:
    doc.headline = doc.headline or item.title
    doc.published = doc.published or item.published
    doc.outlet = doc.outlet or outlet_from_url(doc.url) or feed.title
    return doc


def read_feed_file(path: str, options: FetchOptions | None = None) -> Iterator[Document | LoadError]:
    """A feed saved as a local file: its items' pages are still fetched."""
    try:
        with open(path, "rb") as f:
            body = f.read()
        if body[:2] == b"\x1f\x8b":  # a saved feed gzipped, as any input may be
            with gzip.GzipFile(fileobj=io.BytesIO(body)) as unpacked:
                body = unpacked.read(UNPACKED_FEED_BYTES + 1)
    except (OSError, EOFError, zlib.error) as e:
        yield LoadError(path, f"cannot read file: {getattr(e, 'strerror', None) or e}")
        return
    if not body.strip():
        yield LoadError(path, "empty file")
    elif len(body) > UNPACKED_FEED_BYTES:
        yield LoadError(path, f"too large: more than {UNPACKED_FEED_BYTES:,} bytes unpacked")
    else:
        yield from read_feed(body, None, path, options)


# A gzipped feed file unpacks to this much at most (a few kilobytes may unpack to gigabytes).
UNPACKED_FEED_BYTES = 200_000_000
