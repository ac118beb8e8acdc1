"""A story has drift when one of its drift links joins two of its own claims."""

from datasette_claims.matching.stories import _groups_with_drift


def test_only_groups_holding_both_ends_of_a_drift_link_drift():
    groups = [["a", "b"], ["c", "d"], ["e"]]
    edges = [
        ("a", "b", "drift", 0.9, "fts:fuzzy"),  # inside the first story
        ("b", "c", "drift", 0.8, "fts:fuzzy"),  # across two stories: neither drifts by it
        ("c", "d", "same", 0.95, "fts:exact"),
        ("e", "z", "drift", 0.9, "fts:fuzzy"),  # z is in no story
    ]
    assert _groups_with_drift(groups, edges) == {0}
    assert _groups_with_drift(groups, edges[1:]) == set()
