"""Link the same claim across reports: similarity, candidates, stories, drift."""

from .similarity import DEFAULT_THRESHOLD, claim_similarity, is_same_claim

__all__ = ["DEFAULT_THRESHOLD", "claim_similarity", "is_same_claim"]
