"""A definite description stands for the subject of the sentences before it.

Invented sentences.  "The nominee said" took the person mentioned most in
the last sentences, a tie going to the one named last: here the person a
subordinate clause names ("had Ann Vole congratulated him"), not the subject
the paragraph is about.  A sentence's subject now counts once more.
"""

from __future__ import annotations

from extract_helpers import one

QUOTE = '"I was curious to see whether she would mention my name," the nominee said at a rally in Dunmore.\n'


def test_description_stands_for_the_subject_not_a_later_object():
    text = "Tom Reyes said Friday that it would have been cool had Ann Vole congratulated him.\n\n" + QUOTE
    one(text, "I was curious to see whether she would mention my name", speaker="Tom Reyes")


def test_description_stands_for_the_most_mentioned_subject():
    text = ("Ann Vole spoke first in Dunmore. Ann Vole thanked the hosts. Tom Reyes listened.\n\n" + QUOTE)
    one(text, "I was curious to see whether she would mention my name", speaker="Ann Vole")
