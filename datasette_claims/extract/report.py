"""What went wrong inside the rules of one article, kept beside its claims.

Why: a rule that raises on an odd sentence must neither stop a load of
thousands of articles nor vanish silently.  Each pass runs on its own; a
pass that raises is recorded here (which rule, what error) and the claims of
the other passes are kept, so the loader can write a ``load_errors`` warning
naming the article and the rule, and ``claims extract`` can say so on stderr.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..models import Claim


@dataclass(frozen=True)
class RuleFailure:
    """One pass of the extractor that raised on one article."""

    rule: str
    error: str

    def describe(self) -> str:
        return f"extraction rule {self.rule} failed: {self.error}"


@dataclass
class ExtractReport:
    """The claims of one article and the passes that failed on it."""

    claims: list[Claim] = field(default_factory=list)
    failures: list[RuleFailure] = field(default_factory=list)


def failure(rule: str, exc: BaseException) -> RuleFailure:
    return RuleFailure(rule, f"{type(exc).__name__}: {exc}")
