"""An article's address key made without ``urlparse`` for a plain address.

Most records' addresses are plain (``https://host.example/path``), and splitting
each with ``urlparse`` was about a quarter of the work of reading ``claims
extract`` output.  ``address_key`` now makes a plain address's key by one regex;
any other address takes the general way.  These tests hold the short way to the
general one: the same key, or the same refusal, for every address."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from datasette_claims.articles import _normalised, _plain_key, _split_valid, address_key, front_page_path, url_key


def _by_urlparse(url: str) -> str | None:
    """``address_key`` the general way, as it was before the short way."""
    parts = _split_valid(url) if url else None
    if parts is None:
        return None
    key = _normalised(parts)
    return None if front_page_path(key.partition("/")[2]) else key


PIECES = st.sampled_from(["http://", "https://", "HTTP://", "ftp://", "www.", "WWW.", "Quay", "harbour-post",
                          "example", ".", "..", "-", "/", "//", "?", "#", ";", ":", ":80", "@", " ", "\t", "%20",
                          "index.html", "amp", "é", "_", "[", "]", "1", "42", "\u00a0", "~", "&", "="])
URLS = st.lists(PIECES, max_size=12).map("".join)


@settings(max_examples=1000, deadline=None)
@given(URLS)
@example("https://harbour-post.example/quay/12")
@example("https://WWW.Harbour-Post.example/Quay/12/")
@example("http://harbour-post.example")
@example("https://harbour-post.example/index.html")
@example("https://harbour-post.example/quay;print")
@example("https://-.example/quay")
@example("https://harbour-post.example./quay")
@example("https://10.0.0.7/quay")
@example(" https://harbour-post.example/quay")
def test_a_plain_address_keys_as_urlparse_does(url):
    assert address_key(url) == _by_urlparse(url)


def test_the_short_way_takes_plain_addresses_and_leaves_the_rest():
    assert _plain_key("https://www.Harbour-Post.example/quay/12/") == "harbour-post.example/quay/12"
    assert _plain_key("http://harbour-post.example") == "harbour-post.example/"
    for other in ("https://harbour-post.example/quay?id=3", "https://harbour-post.example:8080/quay",
                  "https://user@harbour-post.example/quay", "harbour-post.example/quay", "HTTPS://harbour-post.example/",
                  "https://harbour-post.example/quay#top", "https://harbour_post.example/quay"):
        assert _plain_key(other) is None
    assert url_key("https://www.harbour-post.example/amp/quay/12/?utm_source=x") == "harbour-post.example/quay/12"
