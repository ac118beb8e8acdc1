"""Shared fixtures: small claims databases built by the real loader."""

from __future__ import annotations

import json

import datasette
import pytest


def pytest_report_header(config):
    return f"datasette {datasette.__version__}"


# Self-written test documents.  Transcripts make every sentence a claim of
# the named speaker, so the claims do not depend on the extractor's rules.
VIEW_DOCS = [
    {
        "id": "hansard.2020/01",
        "kind": "transcript",
        "speaker": "Jane Doe",
        "outlet": "Hansard",
        "date": "2020-01-05",
        "title": "Budget statement",
        "text": "We will cut the fuel tax by ten percent next year. "
        "The budget is balanced for the first time in a decade. "
        "Our hospitals will get two thousand new nurses.",
    },
    {
        "id": "planet-1",
        "kind": "transcript",
        "url": "https://planet.example/doe-tax",
        "speaker": "Jane Doe",
        "outlet": "Daily Planet",
        "date": "2020-01-06",
        "title": "Doe repeats tax pledge",
        "text": "We will cut the fuel tax by 10 per cent next year. "
        "Nobody expected the harbour bridge to open so soon.",
    },
    {
        "id": "star-1",
        "kind": "transcript",
        "url": "javascript:alert('url')",
        "speaker": 'Bob <script>alert("speaker")</script> Jones',
        "outlet": "Evening <b>Star</b>",
        "date": "2020-02-01",
        "title": "Jones <script>alert('headline')</script> replies",
        "text": "The fuel tax cut is a <script>alert('text')</script> gimmick and will never happen. "
        "Farmers will pay more for diesel next winter.",
    },
]


def write_docs(tmp_path, docs=VIEW_DOCS):
    path = tmp_path / "docs.jsonl"
    path.write_text("\n".join(json.dumps(d) for d in docs) + "\n", encoding="utf-8")
    return str(path)


def build_claims_db(tmp_path, name="claims", docs=VIEW_DOCS):
    """A claims database from ``docs`` via ``datasette_claims.loader.load``."""
    from datasette_claims.loader import load

    import sqlite3

    db_path = str(tmp_path / f"{name}.db")
    load(db_path, [write_docs(tmp_path, docs)], match=False)
    conn = sqlite3.connect(db_path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # everything in the main file
    conn.close()
    return db_path


@pytest.fixture(scope="session")
def _claims_db_template(tmp_path_factory):
    return build_claims_db(tmp_path_factory.mktemp("claims-template"))


@pytest.fixture
def claims_db_path(tmp_path, _claims_db_template):
    """A fresh copy of the VIEW_DOCS database (built once per session)."""
    import shutil

    path = str(tmp_path / "claims.db")
    shutil.copyfile(_claims_db_template, path)
    return path


def add_story(db_path):
    """Link the two fuel-tax pledges as one story with a drift match (no matcher needed)."""
    import sqlite_utils

    db = sqlite_utils.Database(db_path)
    a, b = "hansard.2020/01:0-50", "planet-1:0-50"
    db["stories"].insert(
        {
            "id": "story:fuel<tax>",
            "label": "Fuel tax <script>alert('story')</script> cut",
            "first_claim_id": a,
            "first_article_id": "hansard.2020/01",
            "first_published": "2020-01-05",
            "first_outlet": "Hansard",
            "claim_count": 2,
            "report_count": 2,
            "outlet_count": 2,
            "speakers": '["Jane Doe"]',
            "has_drift": 1,
        },
        replace=True,
    )
    db["claims"].update(a, {"story_id": "story:fuel<tax>"})
    db["claims"].update(b, {"story_id": "story:fuel<tax>"})
    db["claim_matches"].insert(
        {"claim_a": a, "claim_b": b, "score": 0.93, "kind": "drift", "method": "test", "diff": None},
        replace=True,
    )
    db.conn.commit()
    return db_path


@pytest.fixture
def story_db_path(claims_db_path):
    return add_story(claims_db_path)


def make_datasette(paths, config=None, **kwargs):
    """A Datasette instance with plugin/permission ``config`` on either line."""
    from datasette.app import Datasette

    from datasette_claims.compat import datasette_kwargs

    return Datasette(paths, **datasette_kwargs(config or {}), **kwargs)
