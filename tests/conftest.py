"""Shared fixtures: small claims databases built by the real loader."""

from __future__ import annotations

import json
import os

import datasette
import pytest
from hypothesis import settings
from jinja2 import BytecodeCache

# Property tests without their own example count run the profile's: 100
# examples each (Hypothesis's default), enough for the suite on every change;
# ``HYPOTHESIS_PROFILE=deep`` runs 2,000 each for a search after a change to
# the rules they cover (a falsifying example is kept in .hypothesis/ either way).
settings.register_profile("deep", max_examples=2_000)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))


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
    """A Datasette instance with plugin/permission ``config`` on either line.

    Datasette's one-second query limit is raised to 20 s unless a test sets it:
    the suite runs on shared cores, where a page's query may wait that long for
    a CPU and the page would answer 503 (``test_time_limit_gives_503_not_500``
    tests the limit itself, set to 0)."""
    from datasette.app import Datasette

    from datasette_claims.compat import datasette_kwargs

    settings = {"sql_time_limit_ms": 20_000, **kwargs.pop("settings", {})}
    ds = Datasette(paths, settings=settings, **datasette_kwargs(config or {}), **kwargs)
    (getattr(ds, "_jinja_env", None) or ds.jinja_env).bytecode_cache = _COMPILED_TEMPLATES
    _build_app_once(ds)
    return ds


class _CompiledTemplates(BytecodeCache):
    """Templates compiled once for the test session, shared by its Datasette instances.

    Each instance has its own Jinja environment and compiled every template it
    rendered afresh: about half the CPU of an instance's first page.  A served
    instance compiles each once; so do the tests now.  Jinja keys the code by
    template name and file and checks the source's checksum, so a test's own
    template directory or a changed template is compiled anew."""

    def __init__(self):
        self.code: dict[str, bytes] = {}

    def load_bytecode(self, bucket):
        if bucket.key in self.code:
            bucket.bytecode_from_string(self.code[bucket.key])

    def dump_bytecode(self, bucket):
        self.code[bucket.key] = bucket.bytecode_to_string()


_COMPILED_TEMPLATES = _CompiledTemplates()


def _build_app_once(ds) -> None:
    """Build ``ds``'s ASGI app at its first request and keep it, as ``datasette serve`` does.

    1.0a41's ``ds.client`` calls ``ds.app()`` for every request, which collects
    the routes and lists the installed plugins afresh (about 45 ms of CPU a
    request, most of the 1.0 line's extra suite time); 0.65's client builds it
    once, and a served instance builds it once at startup on either line.  A
    plugin a test registers before its first request is still routed."""
    build = ds.app
    built = []

    def app():
        if not built:
            built.append(build())
        return built[0]

    ds.app = app


def load_with_cli(db_path: str, *inputs, exit_code: int = 0) -> str:
    """``datasette claims load DB_PATH INPUTS -q`` as a user runs it; its exit code checked."""
    from click.testing import CliRunner
    from datasette.cli import cli

    result = CliRunner().invoke(cli, ["claims", "load", db_path, *map(str, inputs), "-q"], catch_exceptions=False)
    assert result.exit_code == exit_code, result.output
    return db_path


def load_files_with_cli(folder, files: dict[str, str]):
    """A new ``folder`` of ``files`` (name -> text), loaded by the CLI into
    ``<folder>.db`` beside it, as a user loads a folder; the database opened."""
    import sqlite_utils

    folder.mkdir()
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    db_path = folder.parent / (folder.name + ".db")
    load_with_cli(str(db_path), folder)
    return sqlite_utils.Database(db_path)


def articles_by_file(db) -> dict[str, dict]:
    """The ``articles`` rows of a loaded folder by their file's name."""
    return {r["source_path"].rsplit("/", 1)[-1]: r for r in db.query("select * from articles")}


def load_docs_with_cli(folder, docs) -> str:
    """``folder``/claims.db made by the CLI from ``docs`` (one JSON line each)."""
    return load_with_cli(str(folder / "claims.db"), write_docs(folder, docs))


async def post_form_as(ds, actor_id, page: str, target: str, fields: dict, with_token: bool = True):
    """POST ``fields`` to ``target`` as ``actor_id`` the way a browser's form does: GET ``page``
    first (0.65 sets ds_csrftoken there), then send its token (unless ``with_token`` is false)."""
    cookies = {"ds_actor": ds.sign({"a": {"id": actor_id}}, "actor")} if actor_id else {}
    token = (await ds.client.get(page, cookies=cookies)).cookies.get("ds_csrftoken") or ""
    if token:
        cookies["ds_csrftoken"] = token
    data = {**fields, "csrftoken": token} if with_token else dict(fields)
    return await ds.client.post(target, data=data, cookies=cookies)
