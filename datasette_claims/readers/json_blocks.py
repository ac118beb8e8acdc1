"""A record's body stored as blocks: the list a CMS or a content API keeps an article in.

Many exports hold the body not as one string but as a list of paragraphs:
plain strings (``"body": ["...", "..."]``), or objects whose type says what
they are (``{"type": "paragraph", "text": ...}``, Arc XP's ``content_elements``
with ``content``, Editor.js's ``blocks`` with ``data.text``, Portable Text's
``children`` spans).  Such a record was refused ("its 'body' is a list of 4
items, not text").  The blocks of words are the article, one paragraph each,
in order; pictures, videos, embeds, adverts and related links are no part of
it.  A block holding markup ("<p>", "<a href>") makes the whole body HTML, one
paragraph per block, read as any HTML body is.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from .. import record_keys

# Where a body's blocks are, first found wins: the keys a string body has, then the
# block lists' own names.
BLOCK_LIST_PATHS = (*record_keys.ARTICLE_PATHS, "content_elements", "blocks", "paragraphs", "body.blocks",
                    "content.blocks")
# Where a block keeps its words, first found wins.
BLOCK_TEXT_PATHS = ("text", "content", "body", "value", "html", "data.text")
# Blocks that are no words of the article (their captions and links neither).
SKIPPED_BLOCKS = frozenset((
    "image", "images", "photo", "picture", "figure", "gallery", "video", "audio", "embed", "oembed", "raw_html",
    "html_embed", "ad", "ads", "advert", "advertisement", "interstitial_link", "related", "related_links", "links",
    "newsletter", "social", "divider", "table",
))
_TAG = re.compile(r"<[a-zA-Z/][^<>]{0,200}>")


class BlockBody(NamedTuple):
    """The words of a body of blocks: ``text`` as paragraphs, or ``html`` when a block held markup."""

    path: str
    text: str | None
    html: str | None


def _block_words(block) -> str | None:
    """A block's words, or None for a block that is no part of the article."""
    if isinstance(block, str):
        return block.strip() or None
    if not isinstance(block, dict):
        return None
    kind = block.get("type") or block.get("_type") or block.get("kind")
    if isinstance(kind, str) and kind.lower().replace("-", "_") in SKIPPED_BLOCKS:
        return None
    words = record_keys.first_string(block, BLOCK_TEXT_PATHS)
    if words is None and isinstance(block.get("children"), list):  # Portable Text: a block of spans
        words = "".join(c["text"] for c in block["children"] if isinstance(c, dict) and isinstance(c.get("text"), str))
    return words.strip() if isinstance(words, str) and words.strip() else None


def block_body(record: dict) -> BlockBody | None:
    """The body of ``record`` when it is a list of blocks with words, else None."""
    for path in BLOCK_LIST_PATHS:
        blocks = record_keys.value_at(record, path)
        if not isinstance(blocks, list) or not blocks:
            continue
        paragraphs = [w for w in map(_block_words, blocks) if w]
        if not paragraphs:
            continue
        if any(_TAG.search(p) for p in paragraphs):
            return BlockBody(path, None, "".join(f"<p>{p}</p>\n" for p in paragraphs))
        return BlockBody(path, "\n\n".join(paragraphs), None)
    return None
