"""A Markdown article's text as its reader reads it: the inline marks left out.

A ``.md`` file was read as written, so its marks became part of what the
extractor saw: a claim "We will **not** raise the levy", a headline
"... after **heated** meeting", a paraphrase holding "[the report](https://...)".
Search, matching and ClaimReview then carried the asterisks and the address.
As an HTML page's claims index the text trafilatura extracted, a Markdown
file's index the text its marks stand for: emphasis (``**``, ``__``, ``*``,
``_``, ``~~``) and code marks left out, a link as its words, an image and a
reference link's definition line left out, a blockquote's ``>`` and a
backslash escape's backslash dropped.

Only marks that Markdown itself reads as marks go: an asterisk or underscore
opens emphasis only before a letter and closes it only after one (``5 * 3``,
``snake_case``, a "* " bullet stay), and a line's structure (headings, whose
``#`` the head reading knows, bullets, blank lines) is kept, line for line.
"""

from __future__ import annotations

import re

# ![alt](address): a picture, no words of the article.
_IMAGE = re.compile(r"!\[[^\]\n]*\]\([^)\n]*\)")
# [words](address "title") and [words][ref]: the words.
_LINK = re.compile(r"\[([^\]\n]+)\](?:\([^)\n]*\)|\[[^\]\n]*\])")
# <https://...>: the address itself.
_AUTOLINK = re.compile(r"<((?:https?|mailto):[^>\s]+)>")
# [ref]: https://... on a line of its own: where a reference link points.
_LINK_DEFINITION = re.compile(r"(?m)^[ \t]{0,3}\[[^\]\n]+\]:[ \t]+\S+[^\n]*$")
# "> " opening a quoted line.
_BLOCKQUOTE = re.compile(r"(?m)^([ \t]{0,3})>[ \t]?")
# Emphasis: the mark, then a non-space opening it; a non-space closing it, then the same mark.
# An underscore run sits between a non-word and a word character (``snake_case`` stays).
_STRONG = re.compile(r"(\*\*|__|~~)(?=\S)([^\n]*?\S)\1")
_STAR = re.compile(r"(?<![*\w\\])\*(?=[^\s*])([^\n*]*?[^\s*\\])\*(?!\*)")
_UNDERSCORE = re.compile(r"(?<![_\w\\])_(?=[^\s_])([^\n_]*?[^\s_\\])_(?![_\w])")
_CODE = re.compile(r"`([^`\n]+)`")
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!>~|])")


def plain_text(text: str) -> str:
    """``text`` (a Markdown article) with its inline marks left out (see the module's docstring)."""
    if not any(mark in text for mark in "*_[`<>~\\"):
        return text
    text = _LINK_DEFINITION.sub("", text)
    text = _IMAGE.sub("", text)
    text = _LINK.sub(r"\1", text)
    text = _AUTOLINK.sub(r"\1", text)
    text = _BLOCKQUOTE.sub(r"\1", text)
    text = _CODE.sub(r"\1", text)
    for _ in range(2):  # "**_both_**": the outer pair, then the inner one
        text = _STRONG.sub(r"\2", text)
        text = _STAR.sub(r"\1", text)
        text = _UNDERSCORE.sub(r"\1", text)
    return _ESCAPE.sub(r"\1", text)
