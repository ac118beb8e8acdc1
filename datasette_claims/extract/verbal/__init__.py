"""Claims anchored on a reporting verb: direct, mixed and indirect speech.

Why one module for direct and indirect: every construction here starts from the
same anchor (a form of "say", "tell", "urge", "deny", ... found by
``patterns.CUE_RE``) and needs the same source search; only what surrounds the
cue decides the type -- a quotation closing before it (``direct.trailer``,
``mixed.trailer``), one opening after it (``direct.intro``, ``direct.split``),
a comma clause before it (``indirect.trailer``/``parenthetical``), a complement
after it (``indirect.that``/``complement``), an inverted source (``said X``), or
a participle continuing the previous speaker (``indirect.participle``).
Screening cheap noun readings first ("the report", "a call") keeps it fast.

``extract_cue`` runs one cue through named steps that hand each other small
NamedTuples (``results``): the screens (``screens``), the adjuncts and the
claim's emission (``cue``), the source (``subject``) and the frame
(``frames``, with the complement cuts of ``complements``); the word lists
these rules consult live in ``lexicon``.
"""

from .cue import extract_cue, reporting_verbs

__all__ = ["extract_cue", "reporting_verbs"]
