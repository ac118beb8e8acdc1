"""Newsletters and press releases as a mail program saves them: an ``.eml`` file, or a
text file opening with the message's header lines.  The subject is the headline, the
sender's name the outlet, the date sent the article's date, and the header lines are
no claims (before: a headline "From: ..." and claims of a speaker "Subject").  Loaded
through the real CLI into a real SQLite file; invented messages."""

from __future__ import annotations

import sqlite3
from email.message import EmailMessage

from click.testing import CliRunner
from datasette.cli import cli

BODY = ("Morning Bulletin: Berth fees and the night ferry\n\n"
        "Good morning. Here is what you need to know today.\n\n"
        "Harbour board chair Mira Solvang said on Tuesday that berth fees would double from April.\n\n"
        '"We cannot keep the quay open on these fees," Solvang told the board.\n\n'
        "You are receiving this email because you subscribed. Unsubscribe | Manage preferences\n")
HEADER = ("From: Skerry Island Bulletin <news@skerry.example>\n"
          "To: desk@factcheck.example\n"
          "Subject: Fwd: Morning Bulletin: Berth fees and the night ferry\n"
          "Date: Wed, 4 Mar 2026 07:02:11 +0000\n\n")


def _message(html: bool) -> bytes:
    msg = EmailMessage()
    msg["From"] = "Skerry Island Bulletin <news@skerry.example>"
    msg["Subject"] = "Morning Bulletin: Berth fees and the night ferry"
    msg["Date"] = "Wed, 4 Mar 2026 07:02:11 +0000"
    if html:
        paras = "".join(f"<p>{p}</p>" for p in BODY.split("\n\n") if p.strip())
        msg.set_content(f"<html><body><article>{paras}</article></body></html>", subtype="html")
    else:
        msg.set_content(BODY)
        msg.add_alternative("<html><body><p>HTML copy</p></body></html>", subtype="html")
    return msg.as_bytes()


def load(tmp_path, files):
    folder = tmp_path / "inbox"
    folder.mkdir()
    for name, data in files.items():
        (folder / name).write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    db_path = tmp_path / "claims.db"
    result = CliRunner().invoke(cli, ["claims", "load", str(db_path), str(folder), "--no-match"])
    assert result.exit_code == 0, result.output
    assert "skipped" not in result.output, result.output
    conn = sqlite3.connect(db_path)
    conn.row_factory = sqlite3.Row
    return conn


def test_a_saved_message_is_read_with_its_header_as_the_page_head(tmp_path):
    # (the text file's body another day's: one body twice is one article)
    saved = HEADER + BODY.replace("on Tuesday", "on Monday")
    conn = load(tmp_path, {"saved.txt": saved, "plain.eml": _message(False), "page.eml": _message(True)})
    rows = {r["source_path"].rsplit("/", 1)[-1]: r for r in conn.execute("select * from articles")}
    assert set(rows) == {"saved.txt", "plain.eml", "page.eml"}
    for name, row in rows.items():
        assert (row["headline"], row["outlet"], row["published"]) == (
            "Morning Bulletin: Berth fees and the night ferry", "Skerry Island Bulletin", "2026-03-04"), name
        assert "From:" not in row["text"] and "Subject:" not in row["text"], name
    speakers = {r[0] for r in conn.execute("select speaker from claims")}
    assert "Mira Solvang" in speakers and "Subject" not in speakers and "Date" not in speakers, speakers
    said = {r[0] for r in conn.execute("select content from claims where speaker = 'Mira Solvang'")}
    assert "We cannot keep the quay open on these fees" in said
    # every claim's offsets index the stored text
    for content, start, end, text in conn.execute(
            "select c.content, c.start, c.end, a.text from claims c join articles a on a.id = c.article_id"):
        assert text[start:end] == content


def test_a_text_that_only_mentions_a_subject_is_an_article_as_before(tmp_path):
    text = "Subject: berth fees\n\n" + BODY  # no sender: no message header
    conn = load(tmp_path, {"note.txt": text})
    [row] = conn.execute("select text, outlet from articles").fetchall()
    assert row["text"] == text and row["outlet"] is None


def test_a_saved_message_whose_header_opens_with_its_recipient_is_read_as_one(tmp_path):
    # (the header's lines in any order: "To:" first, as some mail programs save it)
    lines = HEADER.strip("\n").split("\n")
    saved = "\n".join([lines[1], lines[0], *lines[2:]]) + "\n\n" + BODY
    conn = load(tmp_path, {"forwarded.txt": saved})
    [row] = conn.execute("select headline, outlet, published, text from articles").fetchall()
    assert (row["headline"], row["outlet"], row["published"]) == (
        "Morning Bulletin: Berth fees and the night ferry", "Skerry Island Bulletin", "2026-03-04")
    assert not row["text"].startswith("To:")
