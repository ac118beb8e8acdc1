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

from .. import collector
from ..models import Article, Claim
from ..regex_cache import kept

with kept():  # (the rules' patterns, compiled in an earlier run: see ``regex_cache``)
    from . import latin
    from .assemble import build
    from .report import ExtractReport, RuleFailure, failure

__all__ = ["ExtractReport", "RuleFailure", "extract_claims", "extract_claims_report"]


def extract_claims(article: Article) -> list[Claim]:
    """All claims in the article's story paragraphs, in text order.

    Never raises on odd input: a pass that fails is skipped (and recorded by
    ``extract_claims_report``) and the claims of the other passes are kept.
    """
    return extract_claims_report(article).claims


def extract_claims_report(article: Article) -> ExtractReport:
    """The article's claims and the rule passes that raised on it."""
    report = ExtractReport()
    if not article.text:
        return report
    folded = latin.needs_fold(article.text)
    try:
        with collector.paused():  # (see ``collector``: no cycles worth collecting mid-article)
            claims = build(latin.folded_article(article) if folded else article, report.failures)
            if folded:
                latin.restore(claims, article)
    except Exception as e:  # a bug outside the passes: no claims, but recorded
        report.failures.append(failure("assemble", e))
        return report
    for c in claims:
        c.clear_notes()
    claims.sort(key=lambda c: (c.content.start, c.content.end))
    report.claims = claims
    return report
