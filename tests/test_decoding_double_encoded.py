"""Double encoding ("CafÃ©" for "Café") is undone; the screen that lets most
texts skip the full search (``DOUBLE_ENCODED_START``) never hides a run."""

from __future__ import annotations

import random

from datasette_claims.readers.decoding import DOUBLE_ENCODED, DOUBLE_ENCODED_START, undo_double_encoding


def test_runs_are_read_back_and_plain_text_is_left():
    assert undo_double_encoding("Caf\u00c3\u00a9 Lumen opened") == ("Café Lumen opened", 1)
    assert undo_double_encoding("\u00e2\u20ac\u0153We will,\u00e2\u20ac\u009d said Orla Venn").text.startswith(
        "\u201cWe will,\u201d")
    for plain in ("The ferry left at noon.", "Café in Zürich, naïve façade", "\u00c3 alone", ""):
        assert undo_double_encoding(plain) == (plain, 0)


def test_every_text_with_a_run_passes_the_screen():
    leads = [chr(c) for c in range(0xC0, 0xF8)]
    continuations = [chr(c) for c in range(0x80, 0xC0)] + ["\u20ac", "\u0153", "\u2122", "\u00a9"]
    alphabet = leads + continuations + list("ab .,\n")
    rng = random.Random(4)
    runs = 0
    for _ in range(20_000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 12)))
        found = DOUBLE_ENCODED.search(text) is not None
        runs += found
        assert not found or DOUBLE_ENCODED_START.search(text), text
    assert runs > 1_000  # the sample holds runs to hide
