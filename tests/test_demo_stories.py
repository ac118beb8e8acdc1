"""The demo corpus shows what the plugin is for: recurring quotes linked, the misquote flagged."""

import pytest

from datasette_claims import demo
from datasette_claims.store import open_db


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    path = str(tmp_path_factory.mktemp("demo") / "claims-demo.db")
    report = demo.build(path)
    assert report.ok
    return open_db(path)


@pytest.mark.parametrize("label,needle,want", demo.RECURRING_QUOTES, ids=[q[0] for q in demo.RECURRING_QUOTES])
def test_recurring_quote_is_linked(demo_db, label, needle, want):
    ids = [r[0] for r in demo_db.execute("select id from claims where lower(content) like ?", [f"%{needle}%"])]
    assert len(ids) >= 2, f"{label}: the quote should be extracted from at least two documents"
    marks = ",".join("?" * len(ids))
    kinds = {
        r[0]
        for r in demo_db.execute(
            f"select kind from claim_matches where claim_a in ({marks}) or claim_b in ({marks})", ids + ids
        )
    }
    assert kinds, f"{label}: not linked"
    if want == "drift":
        assert "drift" in kinds
    stories = {r[0] for r in demo_db.execute(f"select story_id from claims where id in ({marks})", ids)}
    assert None not in stories or len(stories) > 1


def test_misquote_diff_names_the_changed_word(demo_db):
    row = demo_db.execute(
        "select diff from claim_matches where kind = 'drift' and diff like '%cooperate%'"
    ).fetchone()
    assert row is not None
    assert "compete" in row[0]
