"""Is an article in English?  A cheap test, so a load can say when it is not.

Every extraction rule reads English: its speech verbs, pronouns and
sourcing phrases.  A French report loads and gives quotations with no
speaker, and nothing said why.  A load warning ("looks like French, not
English") tells the user instead; the article still loads.

The test is the share of English function words (``text.STOPWORDS``, the one
stop list) among the words of the story (``text.tokens``): about four in ten
words of English news prose, a few in a hundred of a French, Spanish or
German text, which share only a handful of short words with English ("a",
"on", "no").  No model, no download, no new dependency; it reads at most the
first few thousand characters of the story.  The language is named by the
same measure over a few lists of its own function words, when one stands out.
"""

from __future__ import annotations

from .models import Article
from .readers.base import LoadError
from .text import STOPWORDS, folded, tokens

# What every warning of a text not in English says, the declared language's
# (``readers.html_pages.language_warning``) and this module's alike.
ENGLISH_RULES = "claims are read by English rules"
# Fewer words than this and the share says nothing (a headline, a caption).
MIN_WORDS = 40
# English news prose: 0.35-0.5 of its words are function words, a list of
# results or names in English still above 0.1; French or German prose about 0.02.
ENGLISH_SHARE = 0.08
# How much of the story is read.
SAMPLE_CHARS = 4000
# The commonest function words of languages an English newsroom's folder may
# hold, to name which one a text is in (not to decide that it is not English).
FUNCTION_WORDS = {
    "French": frozenset("le la les des du de et est une un que qui dans pour pas sur au aux avec ce il elle ne "
                        "nous vous sont été cette".split()),
    "Spanish": frozenset("el la los las de del y que en un una por para con no es se su al lo como más pero "
                         "fue ha".split()),
    "German": frozenset("der die das und ist nicht ein eine den dem des mit sich auf für von zu im auch es "
                        "wird wurde".split()),
    "Italian": frozenset("il di che e la per un una non è sono della del con gli le si ha anche".split()),
    "Portuguese": frozenset("o a os as de do da que e em um uma para com não por se mais foi ao".split()),
    "Dutch": frozenset("de het een en van is dat niet op te zijn met voor in ook werd".split()),
}
# A language is named when this share of the words are its own function words.
NAMED_SHARE = 0.2
# Prose in a language not named above: this share of its words in lower case at least.
PROSE_SHARE = 0.6


# The commonest English function words, counted between two blanks of the
# folded sample: each such "the" is a whole token of ``tokens`` and a stop
# word, so their count is at most the stop words' (``_plainly_english``).
# Six settle 5,738 of the 5,768 Wikinews articles; each more costs a scan of
# the sample and settles fewer.
_COMMON_STOPWORDS = tuple(f" {w} " for w in "the of to and a in".split() if w in STOPWORDS)
# Bytes that are part of no token: any byte not an ASCII letter or digit is
# counted as one (a non-ASCII letter's bytes too, which only raises the count).
_ASCII_WORD_BYTES = bytes(b for b in range(128) if chr(b).isalnum())


def _plainly_english(sample: str) -> bool:
    """The share test of ``language_warning`` passed, known without
    tokenising (0.6 s of CPU over the Wikinews corpus): tokens are separated
    by at least one character that is none of theirs, so they number at
    most one more than the bytes outside ASCII letters and digits; and the
    stop words are at least the common ones found between blanks.  When
    that lower bound of the share is already ``ENGLISH_SHARE``, so is the
    share."""
    text = folded(sample)
    found = sum(map(text.count, _COMMON_STOPWORDS))
    most = 1 + len(text.encode("utf-8", "surrogatepass").translate(None, _ASCII_WORD_BYTES))
    return found > 0 and found >= ENGLISH_SHARE * most


def _share(words: list[str], vocabulary: frozenset[str]) -> float:
    return sum(1 for w in words if w in vocabulary) / len(words)


def _prose(sample: str) -> bool:
    """Running text, not a list of names: most of its words in lower case."""
    words = sample.split()
    return sum(1 for w in words if w[:1].islower()) >= PROSE_SHARE * len(words)


def language_warning(article: Article) -> str | None:
    """A warning for an article whose story does not read as English, naming
    its language when its function words say which; None for English or a
    text too short to tell."""
    sample = " ".join(p.text for p in article.paragraphs)[:SAMPLE_CHARS]
    if _plainly_english(sample):
        return None
    words = [w for w in tokens(sample) if not w.isdigit()]  # a results table's figures are no language
    if len(words) < MIN_WORDS or _share(words, STOPWORDS) >= ENGLISH_SHARE:
        return None
    shares = {name: _share(words, vocabulary) for name, vocabulary in FUNCTION_WORDS.items()}
    name = max(shares, key=shares.get)
    if shares[name] < NAMED_SHARE and not _prose(sample):
        return None  # a list of names and figures ("Harbour League 13 seats"), in any language
    what = f"looks like {name}, not English" if shares[name] >= NAMED_SHARE else "does not look like English"
    return f"{what}: {ENGLISH_RULES}, so its quotations may have no speaker"


def declared_before(pending: list, path: str) -> bool:
    """Did the reader already warn that the article at ``path`` is not in
    English (its record or page says so)?  Then the text need not be asked."""
    return any(isinstance(p, LoadError) and p.path == path and ENGLISH_RULES in p.reason for p in pending)
