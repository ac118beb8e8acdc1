"""Claim extraction: ``extract_claims(article) -> list[Claim]``.

Pure Python rules, no model: see docs/extraction.md for the rule families.
The work is split into small modules -- ``lexicon`` (word lists),
``patterns`` (compiled regexes), ``sentences``, ``quotes``, ``speakers``
(mentions and coreference), ``sourcing``, ``when`` (time expressions);
the rules: ``context`` (per-article state and shared helpers), ``sources``
(the source left of a cue), ``verbal`` (reporting-verb cues: direct, mixed,
indirect), ``according`` ("according to", "when asked"), ``nested`` ("citing
X as saying", "was quoted as saying"), ``nominal`` (noun cues),
``direct_quotes`` (quotation-first rules), ``passives``, ``hedges``,
``headlines``; ``assemble`` runs them in order and ``enrich`` adds speaker,
sourcing and date.
"""

import gc

from ..models import Article, Claim
from .assemble import build


def extract_claims(article: Article) -> list[Claim]:
    """All claims in the article's story paragraphs, in text order.

    Never raises on odd input: a failure inside the rules yields no claims
    rather than breaking a load of thousands of articles.
    """
    if not article.text:
        return []
    # The rules allocate many small, short-lived objects (matches, spans, tuples)
    # and make no reference cycles worth collecting mid-article: pausing the
    # cyclic collector for one article saves its repeated young-generation scans.
    gc_was_on = gc.isenabled()
    gc.disable()
    try:
        claims = build(article)
    except Exception:  # pragma: no cover - a rule bug must not stop a bulk load
        return []
    finally:
        if gc_was_on:
            gc.enable()
    for c in claims:
        c.clear_notes()
    claims.sort(key=lambda c: (c.content.start, c.content.end))
    return claims
