"""``furniture._latin_share`` names only the letters outside ASCII (an ASCII
letter is always Latin): it must give the share the letter-by-letter
definition gives, for every letter, and so the same furniture answers."""

from __future__ import annotations

import unicodedata

from datasette_claims import furniture


def _by_every_letter(s: str) -> float:
    letters = [c for c in s if c.isalpha()]
    if not letters:
        return 1.0
    return sum(1 for c in letters if "LATIN" in unicodedata.name(c, "")) / len(letters)


def test_every_character_counts_as_the_definition_says():
    for cp in range(0x3400):  # Latin, Greek, Cyrillic, Hebrew, Arabic, Indic, CJK marks and symbols
        c = chr(cp)
        for s in (c, f"ab{c}", f"{c}  7,", f"{c}{c}{c}Z"):
            assert furniture._latin_share(s) == _by_every_letter(s), repr(s)


def test_mixed_lines_give_the_same_share():
    lines = ["Ørnvik council voted 7–2 on Tuesday", "Совет Орнвика проголосовал", "Καλημέρα, Ørnvik!",
             "ªº µ ŉ ǅ ǈ", "42 — 17 · 2025", "", "Straße über Ærø", "東京 Tokyo"]
    for s in lines:
        assert furniture._latin_share(s) == _by_every_letter(s), s


def test_a_line_mostly_in_another_script_is_still_furniture():
    assert furniture.is_furniture("Совет Орнвика проголосовал за новый мост")
    assert not furniture.is_furniture("The Ørnvik council voted for the new bridge on Tuesday.")
