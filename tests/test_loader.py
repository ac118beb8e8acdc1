"""The foundation: inputs in, articles and claims out, through the real CLI."""

import json
import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
import sqlite_utils
from click.testing import CliRunner
from datasette.cli import cli

FIXTURES = Path(__file__).parent / "fixtures"
SEED = FIXTURES / "seed_article.txt"
SEED_URL = "http://sputniknews.com/russia/20090527/155102991.html"


def run(*args, input=None):
    return CliRunner().invoke(cli, ["claims", *map(str, args)], input=input, catch_exceptions=False)


def table_dump(path):
    db = sqlite_utils.Database(path)
    out = {}
    for name in ("articles", "claims", "speakers", "stories", "claim_matches"):
        out[name] = list(db.query(f"select * from [{name}] order by 1"))
    return out


def test_seed_article_metadata(tmp_path):
    db_path = tmp_path / "claims.db"
    result = run("load", db_path, SEED, "--url", SEED_URL)
    assert result.exit_code == 0, result.output
    assert "1 article " in result.output
    row = next(sqlite_utils.Database(db_path).query("select * from articles"))
    assert row["outlet"] == "Sputnik International"
    assert row["section"] == "Russia"
    assert row["headline"] == "Russia opposes punishment 'for its own sake' against N.Korea"
    assert row["published"] == "2009-05-27"
    assert row["dateline_place"] == "MOSCOW"
    assert row["dateline_date"] == "May 27"
    assert row["agency"] == "RIA Novosti"
    assert row["url"] == SEED_URL
    assert row["text"] == SEED.read_text(encoding="utf-8")


def test_seed_without_url_keeps_year_unknown(tmp_path):
    result = run("extract", SEED)
    assert result.exit_code == 0, result.output
    doc = json.loads(result.output)
    assert doc["published"] is None
    assert doc["dateline"] == {"place": "MOSCOW", "date": "May 27", "agency": "RIA Novosti"}
    assert all(c["said_on"] is None for c in doc["claims"])


def test_seed_paragraphs_leave_out_furniture_and_repeated_lead():
    from datasette_claims.articles import article_from_document
    from datasette_claims.readers import read_file

    (doc,) = list(read_file(str(SEED)))
    article = article_from_document(doc)
    body = " ".join(p.text for p in article.paragraphs)
    for furniture in ("Subscribe", "Newsfeed", "log in or register", "Eduard Pesov", "Stay tuned", "Chats"):
        assert furniture not in body
    assert body.count("Russia's foreign minister said on Wednesday") == 1
    # The copy kept is the one after the dateline, where the story starts.
    assert article.paragraphs[0].start == 571


def test_extract_contract_shape(tmp_path):
    result = run("extract", SEED, "--url", SEED_URL)
    doc = json.loads(result.output)
    assert set(doc) >= {"id", "url", "outlet", "headline", "published", "dateline", "text", "claims"}
    assert doc["published"] == "2009-05-27"
    for claim in doc["claims"]:
        assert set(claim) >= {
            "id", "content", "source", "cue", "speaker", "speaker_role", "sourcing", "quote_type",
            "said_on", "said_where", "hedges", "stance", "via", "confidence",
        }
        c = claim["content"]
        assert doc["text"][c["start"]:c["end"]] == c["text"]


def test_reload_changes_nothing(tmp_path):
    db_path = tmp_path / "claims.db"
    assert run("load", db_path, SEED, "--url", SEED_URL).exit_code == 0
    before = table_dump(db_path)
    result = run("load", db_path, SEED, "--url", SEED_URL)
    assert "0 new, 0 updated, 1 unchanged" in result.output
    assert table_dump(db_path) == before


def test_demo_corpus_reload_changes_nothing(tmp_path):
    db_path = tmp_path / "demo.db"
    assert run("demo", "--db", db_path, "--no-serve").exit_code == 0
    before = table_dump(db_path)
    assert len(before["articles"]) == 24
    assert before["claims"], "the demo yields claims"
    result = run("demo", "--db", db_path, "--no-serve")
    assert result.exit_code == 0
    assert "24 unchanged" in result.output
    assert table_dump(db_path) == before


def test_bad_inputs_are_recorded_and_the_rest_loads(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "empty.txt").write_text("")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 4)
    (folder / "latin1.txt").write_bytes(
        "Café owners protest\n\nThe mayor said the café tax would rise next year.\n".encode("latin-1")
    )
    (folder / "good.txt").write_text(
        "Harbour plan approved\n\nPORTSMOUTH, March 3 (Coastal Wire) - The harbour master said the new pier "
        "would open in spring.\n",
        encoding="utf-8",
    )
    (folder / "feed.jsonl").write_text(
        json.dumps({"id": "rec-1", "text": "Officials said the bridge was safe.", "outlet": "Daily Test"})
        + "\n{broken json\n"
        + json.dumps({"id": "rec-2", "title": "no text here"})
        + "\n",
        encoding="utf-8",
    )
    db_path = tmp_path / "claims.db"
    result = CliRunner().invoke(cli, ["claims", "load", str(db_path), str(folder)])
    assert result.exit_code == 1
    assert "3 articles" in result.output
    db = sqlite_utils.Database(db_path)
    ids = {r["id"] for r in db.query("select id from articles")}
    assert "rec-1" in ids
    errors = {(os.path.basename(r["path"]), r["level"]): r["reason"] for r in db.query("select * from load_errors")}
    assert errors[("empty.txt", "error")] == "empty file"
    assert "binary" in errors[("binary.txt", "error")]
    assert "invalid JSON" in errors[("feed.jsonl:2", "error")]
    assert "no non-empty 'text'" in errors[("feed.jsonl:3", "error")]
    assert "windows-1252" in errors[("latin1.txt", "warning")]
    latin = next(db.query("select text from articles where source_path like '%latin1.txt'"))
    assert "Café" in latin["text"]
    assert "error: " in result.output


def test_stdin_json_lines(tmp_path):
    db_path = tmp_path / "claims.db"
    lines = "\n".join(
        json.dumps({"id": f"s{i}", "text": f"The minister said on Monday that plan {i} would work.", "published": "2020-03-04"})
        for i in range(3)
    )
    result = run("load", db_path, "-", input=lines)
    assert result.exit_code == 0, result.output
    rows = list(sqlite_utils.Database(db_path).query("select id, published from articles order by id"))
    assert [r["id"] for r in rows] == ["s0", "s1", "s2"]
    assert rows[0]["published"] == "2020-03-04"


def test_html_input(tmp_path):
    page = tmp_path / "page.html"
    page.write_text(
        """<!DOCTYPE html><html><head><title>Mayor backs tram line | The Valley Herald</title>
<meta property="og:site_name" content="The Valley Herald">
<meta property="article:published_time" content="2021-04-07T09:00:00Z">
<link rel="canonical" href="https://valleyherald.example/2021/04/07/tram">
</head><body><nav><a href="/">Home</a> <a href="/subscribe">Subscribe</a></nav>
<article><h1>Mayor backs tram line</h1>
<p>The mayor said on Tuesday that the tram line would be finished within three years, despite rising costs.</p>
<p>"We have waited long enough for this," she told a meeting of the council in the town hall.</p>
<p>Opposition councillors said the budget did not add up and called for an independent review of the plan.</p>
</article><footer>Copyright The Valley Herald. All rights reserved.</footer></body></html>""",
        encoding="utf-8",
    )
    result = run("extract", page)
    assert result.exit_code == 0, result.output
    doc = json.loads(result.output)
    assert doc["outlet"] == "The Valley Herald"
    assert doc["published"] == "2021-04-07"
    assert "tram line would be finished" in doc["text"]
    assert "Subscribe" not in doc["text"]
    for claim in doc["claims"]:
        c = claim["content"]
        assert doc["text"][c["start"]:c["end"]] == c["text"]


def test_options_need_a_single_file(tmp_path):
    result = CliRunner().invoke(cli, ["claims", "load", str(tmp_path / "x.db"), str(FIXTURES), "--url", "http://x"])
    assert result.exit_code == 2
    assert "single file" in result.output
    result = CliRunner().invoke(cli, ["claims", "load", str(tmp_path / "x.db"), str(SEED), "--date", "27/05/2009"])
    assert result.exit_code == 2


def test_date_from_url_forms():
    from datasette_claims.dates import date_from_url

    assert date_from_url("http://sputniknews.com/russia/20090527/155102991.html") == "2009-05-27"
    assert date_from_url("https://example.com/2009/05/27/story") == "2009-05-27"
    assert date_from_url("https://example.com/story-12345") is None


def test_crash_mid_load_leaves_whole_articles(tmp_path, monkeypatch):
    """A failure half-way through writing an article leaves no part of it."""
    from datasette_claims import loader

    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(3):
        (folder / f"a{i}.jsonl").write_text(
            json.dumps({"id": f"a{i}", "text": f"The spokesman said the plan number {i} was sound."}) + "\n"
        )
    db_path = str(tmp_path / "claims.db")
    from datasette_claims.store import articles as store_articles

    real_upsert = store_articles.upsert_rows

    def failing_upsert(conn, table, rows, *args, **kwargs):
        result = real_upsert(conn, table, rows, *args, **kwargs)
        if table == "articles" and rows[0]["id"] == "a1":
            # The second article's row is written; the disk fails before its claims.
            raise sqlite3.OperationalError("disk I/O error")
        return result

    monkeypatch.setattr(store_articles, "upsert_rows", failing_upsert)
    with pytest.raises(sqlite3.OperationalError):
        loader.load(db_path, [str(folder)], batch_size=1)
    conn = sqlite3.connect(db_path)
    assert [r[0] for r in conn.execute("select id from articles order by id")] == ["a0"]
    assert conn.execute("select count(*) from claims where article_id != 'a0'").fetchone()[0] == 0
    assert conn.execute("pragma integrity_check").fetchone()[0] == "ok"


def test_cli_subprocess(tmp_path):
    """The installed command, as a user runs it."""
    db_path = tmp_path / "claims.db"
    proc = subprocess.run(
        [sys.executable, "-m", "datasette", "claims", "load", str(db_path), str(SEED), "--url", SEED_URL, "-q"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    assert "1 article (1 new" in proc.stdout


def test_killed_load_leaves_a_consistent_database(tmp_path):
    """SIGKILL in the middle of a load: every article that is there is whole."""
    feed = tmp_path / "feed.jsonl"
    with open(feed, "w", encoding="utf-8") as f:
        for i in range(4000):
            f.write(json.dumps({
                "id": f"k{i}",
                "text": f'"Plan {i} is sound," the minister said on Monday. Officials said costs would rise by {i} percent.',
                "published": "2021-02-03",
            }) + "\n")
    db_path = tmp_path / "claims.db"
    proc = subprocess.Popen(
        [sys.executable, "-m", "datasette", "claims", "load", str(db_path), str(feed), "-q", "--no-match"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    deadline = time.time() + 60
    while time.time() < deadline and proc.poll() is None:
        if db_path.exists() and os.path.getsize(db_path) > 0:
            time.sleep(0.4)
            break
        time.sleep(0.05)
    proc.kill()
    proc.wait()
    conn = sqlite3.connect(db_path)
    assert conn.execute("pragma integrity_check").fetchone()[0] == "ok"
    mismatched = conn.execute(
        "select count(*) from articles a where claim_count != (select count(*) from claims c where c.article_id = a.id)"
    ).fetchone()[0]
    assert mismatched == 0
    # The load can be finished by running it again.
    assert run("load", db_path, feed, "--no-match", "-q").exit_code == 0
    assert conn.execute("select count(*) from articles").fetchone()[0] == 4000
