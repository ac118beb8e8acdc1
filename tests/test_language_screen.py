"""``language._plainly_english``, the screen before ``language_warning``'s
tokenising: when it says English, the full share test says so too, on any
text; and the warnings come out as before for texts it does not settle."""

from __future__ import annotations

import random

from datasette_claims.articles import article_from_document
from datasette_claims.language import ENGLISH_SHARE, _plainly_english, language_warning
from datasette_claims.models import Document
from datasette_claims.text import STOPWORDS, tokens

ENGLISH = ("The harbour commissioner, Marta Quellan, said the new ferry terminal would open in June "
           "and that the fares of the island route would stay as they are. ") * 4
FRENCH = ("Le maire de la ville a déclaré que le nouveau port sera ouvert en juin et que les tarifs "
          "resteront les mêmes pour les habitants de l'île. ") * 4


def _share_passes(sample: str) -> bool:
    words = [w for w in tokens(sample) if not w.isdigit()]
    return bool(words) and sum(w in STOPWORDS for w in words) >= ENGLISH_SHARE * len(words)


def test_english_prose_is_settled_and_french_is_not():
    assert _plainly_english(ENGLISH)
    assert not _plainly_english(FRENCH)
    assert language_warning(article_from_document(Document(text=ENGLISH, path="x.txt"))) is None
    note = language_warning(article_from_document(Document(text=FRENCH, path="x.txt")))
    assert note is not None and note.startswith("looks like French")


def test_the_screen_never_says_english_where_the_share_does_not():
    pieces = (["the", "of", "to", "and", "a", "in", " the ", " a ", " in "] + ["ferry", "Quellan", "fares", "île",
              "déclaré", "port", "12", "2024", "U.S.", "e-mail", "—", "«", "»", "naïve", "Zürich", "ﬁne", "Ⅻ"])
    separators = [" ", "  ", ", ", ".", "-", "/", "\u00a0", "\n", "'", ""]
    rng = random.Random(14)
    settled = 0
    for _ in range(5_000):
        sample = "".join(rng.choice(pieces) + rng.choice(separators) for _ in range(rng.randint(1, 60)))
        if _plainly_english(sample):
            settled += 1
            assert _share_passes(sample), sample
    assert settled > 500  # the sample holds texts the screen settles
