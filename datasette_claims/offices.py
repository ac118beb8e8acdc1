"""Public offices: the words by which a report says a person holds one.

Two parts of the package ask about offices and once kept a list each under one
name: coreference (``extract/coref.py``) asks whether "the mayor" can be someone
whose role is another office that one person holds at a time ("Senator"), and
the review queue (``factchecks/checkworthy.py``) asks whether a claim's speaker
holds a public office at all.  The queue's list lacked judges, prosecutors, the
pope and "PM"; the extractor's lacked the members of elected bodies, of whom
there are many at once (a councillor is no other councillor).  Both now read
this module: the offices held one at a time, and every public office (those
plus the seats of elected bodies and the abbreviations a role is written with).
It imports nothing, so the queue can read it without importing the extractor.
"""

from __future__ import annotations

# The offices a title names, each held by one person at a time ("the mayor" is no one
# whose role is "Senator"); premier, prime minister and "PM" are one.
OFFICE_TITLES = frozenset((
    "mayor", "governor", "senator", "president", "minister", "premier", "pm", "judge", "ambassador",
    "sheriff", "congressman", "congresswoman", "chancellor", "prosecutor", "king", "queen", "pope",
))

# Seats in an elected body, many holders at once, and the short forms roles are written with.
ELECTED_SEATS = frozenset((
    "councillor", "councilor", "councilman", "councilwoman", "alderman", "congressmember", "lawmaker",
    "legislator", "mp", "mep", "assemblyman", "assemblywoman",
))
ABBREVIATED_OFFICES = frozenset(("sen", "gov"))

# Every word that names a public office in a role ("former energy minister", "Sen.").
PUBLIC_OFFICES = OFFICE_TITLES | ELECTED_SEATS | ABBREVIATED_OFFICES
