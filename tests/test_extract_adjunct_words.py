"""The adverbs read after a cue ("said again", "added later") are whole words:
a longer word that merely starts with one ("against", "onset", "latest")
stays in the claim's content instead of being cut mid-word."""

import pytest

from datasette_claims.extract import extract_claims
from datasette_claims.models import Article


def _contents(text):
    article = Article(id="adjunct-test", text=text, headline=None, outlet="Test Gazette", url=None,
                      published="2024-03-05")
    return [(c.speaker, c.content.text) for c in extract_claims(article)]


# ("against" straight after the cue now joins the cue, as PolNeAR leaves the
# preposition out of the content; what is checked is that no word is cut)
@pytest.mark.parametrize("text, speaker, content", [
    ("Growers argue against the new levy on imported seed.", "Growers",
     "the new levy on imported seed"),
    ("The harbour board warned against dredging the channel before spring.", "The harbour board",
     "dredging the channel before spring"),
])
def test_a_word_starting_like_an_adverb_is_not_cut(text, speaker, content):
    claims = _contents(text)
    assert (speaker, content) in claims
    assert not any(c.startswith("st ") for _, c in claims)


def test_the_adverb_itself_is_still_skipped():
    claims = _contents("The mayor said again that the ferry would run through the winter.")
    assert ("The mayor", "the ferry would run through the winter") in claims


@pytest.mark.parametrize("text, speaker, content", [
    ("The minister said once more that bus fares would fall.", "The minister", "bus fares would fall"),
    ("The coach insisted once again that the squad was ready.", "The coach", "the squad was ready"),
])
def test_once_more_is_one_adverb(text, speaker, content):
    assert (speaker, content) in _contents(text)
