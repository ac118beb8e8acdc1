"""A folder of pages saved from news sites, loaded as a fact-checker would.

Found by loading invented pages in the styles of several publishing systems
(WordPress, a wire service, a regional paper, a browser's "save complete"
and single-file saves) and reading the articles table: a year anywhere in
the page (a copyright line, "since 2019") became a published date of
January 1st; a "Published: ..." line under the headline became a claim by
"Published"; the ads and frames in a saved page's ``_files`` folder became
articles; the address in a saved page's "saved from url" comment and a
``.mhtml`` file were not read.  Real CLI, real SQLite, invented pages.
"""

from __future__ import annotations

import json
from http.server import BaseHTTPRequestHandler

import sqlite_utils
from click.testing import CliRunner
from datasette.cli import cli

from local_server import serving

BODY = """<h1>Ferry fares frozen for another year</h1>
<p>Ferry fares to the islands will stay at their current level until 2027, the transport board said on Monday.</p>
<p>Board chair Fiona Brannagh said the freeze would cost two million pounds, paid by the government.</p>
<p>"Islanders should not pay more to get to the hospital," said local councillor Zoë Mackintyre.</p>"""


def page(head: str = "", before: str = "", after: str = "", top: str = "") -> str:
    return (f"<!DOCTYPE html>{top}<html lang=\"en\"><head><meta charset=\"utf-8\">"
            f"<title>Ferry fares frozen for another year | Island Beacon</title>{head}</head>"
            f"<body><nav><a href=\"/\">Home</a> <a href=\"/news\">News</a></nav><article>{BODY[:44]}{before}"
            f"{BODY[44:]}</article>{after}</body></html>")


def load(tmp_path, *paths):
    result = CliRunner().invoke(cli, ["claims", "load", str(tmp_path / "c.db"), *map(str, paths)])
    return result, sqlite_utils.Database(tmp_path / "c.db")


def only_article(db) -> dict:
    rows = list(db.query("select * from articles"))
    assert len(rows) == 1, [r["source_path"] for r in rows]
    return rows[0]


def test_a_year_in_the_page_is_no_published_date(tmp_path):
    (tmp_path / "p.html").write_text(page(after="<footer><p>© 2003-2024 Island Beacon. Serving readers "
                                                "since 2019.</p></footer>"))
    result, db = load(tmp_path, tmp_path / "p.html")
    assert result.exit_code == 0, result.output
    assert only_article(db)["published"] is None  # was 2024-01-01


def test_the_page_metadata_date_is_the_published_one(tmp_path):
    head = ('<meta property="article:published_time" content="2024-03-14T09:12:00+00:00">'
            '<meta property="article:modified_time" content="2024-03-16T17:40:00+00:00">')
    (tmp_path / "p.html").write_text(page(head=head, after="<footer>© 1996-2024 Island Beacon</footer>"))
    result, db = load(tmp_path, tmp_path / "p.html")
    assert only_article(db)["published"] == "2024-03-14"


def test_a_byline_date_line_is_the_date_and_no_claim(tmp_path):
    (tmp_path / "p.html").write_text(page(before="<p>By Jo Roe, Staff Writer</p>"
                                                 "<p>Published: Tuesday, July 16, 2024</p>"))
    result, db = load(tmp_path, tmp_path / "p.html")
    article = only_article(db)
    assert article["published"] == "2024-07-16"
    speakers = {r["speaker"] for r in db.query("select speaker from claims")}
    assert "Published" not in speakers  # "Published: Tuesday, July 16, 2024" was a heading claim
    assert "Fiona Brannagh" in speakers


def test_a_saved_pages_files_folder_is_skipped_with_a_warning(tmp_path):
    folder = tmp_path / "saved"
    (folder / "ferry_files").mkdir(parents=True)
    (folder / "ferry.html").write_text(page())
    (folder / "ferry_files" / "ad.html").write_text(
        "<html><body><p>Sponsored: Holiday deals to the islands from 99 pounds, the operator said today "
        "in a press release.</p></body></html>")
    (folder / "ferry_files" / "app.js").write_text("window.x = 1;")
    result, db = load(tmp_path, folder)
    assert result.exit_code == 0, result.output
    assert only_article(db)["source_path"] == str(folder / "ferry.html")
    rows = [(r["path"], r["level"], r["reason"]) for r in db.query("select * from load_errors")]
    assert rows == [(str(folder / "ferry_files"), "warning",
                     "skipped: the images, scripts and frames saved with ferry.html")]


def test_a_folder_named_files_without_its_page_is_read(tmp_path):
    folder = tmp_path / "saved" / "court_files"
    folder.mkdir(parents=True)
    (folder / "ferry.html").write_text(page())
    result, db = load(tmp_path, tmp_path / "saved")
    assert only_article(db)["source_path"] == str(folder / "ferry.html")


def test_the_address_a_browser_saved_the_page_from(tmp_path):
    address = "https://www.islandbeacon.example/news/ferry-fares-frozen.html"
    top = f"\n<!-- saved from url=({len(address):04d}){address} -->\n"
    (tmp_path / "p.html").write_text(page(top=top))
    result, db = load(tmp_path, tmp_path / "p.html")
    assert only_article(db)["url"] == address


def test_the_page_own_address_wins_over_the_saved_from_one(tmp_path):
    own = "https://islandbeacon.example/2024/03/14/ferry"
    top = "\n<!-- saved from url=(0034)https://islandbeacon.example/amp/x -->\n"
    (tmp_path / "p.html").write_text(page(top=top, head=f'<link rel="canonical" href="{own}">'))
    result, db = load(tmp_path, tmp_path / "p.html")
    assert only_article(db)["url"] == own


def mhtml(html: str, where: str) -> bytes:
    import quopri

    encoded = quopri.encodestring(html.encode("utf-8")).decode("ascii").replace("\n", "\r\n")
    return ("From: <Saved by Blink>\r\n"
            f"Snapshot-Content-Location: {where}\r\n"
            "Subject: Ferry fares frozen\r\nMIME-Version: 1.0\r\n"
            'Content-Type: multipart/related;\r\n\ttype="text/html";\r\n\tboundary="----B--x1----"\r\n\r\n'
            "------B--x1----\r\nContent-Type: text/html\r\nContent-Transfer-Encoding: quoted-printable\r\n"
            f"Content-Location: {where}\r\n\r\n{encoded}\r\n"
            "------B--x1----\r\nContent-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n"
            "Content-Location: https://islandbeacon.example/logo.png\r\n\r\niVBORw0KGgo=\r\n"
            "------B--x1------\r\n").encode("ascii")


def test_a_single_file_save_is_read(tmp_path):
    where = "https://islandbeacon.example/news/ferry-fares-frozen"
    (tmp_path / "saved").mkdir()
    (tmp_path / "saved" / "ferry.mhtml").write_bytes(mhtml(page(), where))
    result, db = load(tmp_path, tmp_path / "saved")
    assert result.exit_code == 0, result.output
    article = only_article(db)
    assert article["url"] == where
    assert article["headline"] == "Ferry fares frozen for another year"
    assert "Zoë Mackintyre" in article["text"]  # UTF-8 though the part names no charset
    assert "Fiona Brannagh" in {r["speaker"] for r in db.query("select speaker from claims")}


def serving_page(html: str) -> type[BaseHTTPRequestHandler]:
    """A handler class that answers every GET with this page."""
    body = html.encode()

    class Page(BaseHTTPRequestHandler):
        def do_GET(self):
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    return Page


Pages = serving_page(page(after="<footer>© 2003-2024 Island Beacon</footer>"))


def test_a_fetched_page_gets_no_date_from_its_copyright_line(tmp_path):
    with serving(Pages) as base:
        result, db = load(tmp_path, f"{base}/news/ferry-fares-frozen")
    assert result.exit_code == 0, result.output
    assert only_article(db)["published"] is None


def test_the_address_in_the_pages_linked_data(tmp_path):
    address = "https://northernbeacon.example/news/ferry-fares-frozen-8812"
    graph = ('<script type="application/ld+json">{"@context": "https://schema.org", "@graph": ['
             '{"@type": "Organization", "name": "Northern Beacon", "url": "https://northernbeacon.example/"}, '
             '{"@type": "NewsArticle", "headline": "Ferry fares frozen", '
             f'"mainEntityOfPage": {{"@type": "WebPage", "@id": "{address}"}}}}]}}</script>')
    (tmp_path / "p.html").write_text(page(head=graph))
    result, db = load(tmp_path, tmp_path / "p.html")
    assert only_article(db)["url"] == address


def test_a_live_blogs_linked_data_address(tmp_path):
    address = "https://northernbeacon.example/live/ferry-vote"
    block = ('<script type="application/ld+json">{"@type": "LiveBlogPosting", '
             f'"url": "{address}", "headline": "Ferry vote live"}}</script>')
    (tmp_path / "p.html").write_text(page(head=block))
    result, db = load(tmp_path, tmp_path / "p.html")
    assert only_article(db)["url"] == address


def test_a_known_domain_names_the_outlet_as_its_records_do(tmp_path):
    head = ('<meta property="og:site_name" content="AP News">'
            '<meta property="og:url" content="https://apnews.com/article/ferry-fares-0a1b2c">')
    (tmp_path / "p.html").write_text(page(head=head))
    record = {"url": "https://apnews.com/article/ferry-talks-9f8e7d", "title": "Ferry talks",
              "text": "Board chair Fiona Brannagh said on Tuesday that talks with the ferry crews would resume."}
    (tmp_path / "feed.jsonl").write_text(json.dumps(record) + "\n")
    result, db = load(tmp_path, tmp_path / "p.html", tmp_path / "feed.jsonl")
    assert result.exit_code == 0, result.output
    assert {r["outlet"] for r in db.query("select outlet from articles")} == {"Associated Press"}


def story_paragraphs(article: dict) -> list[str]:
    return [article["text"][start:end] for start, end in json.loads(article["paragraphs"])]


def test_the_desks_notes_under_a_wire_story_are_not_story(tmp_path):
    notes = ("<p>Story continues below advertisement</p>"
             "<p>The harbour master said crews from three towns contributed to this report.</p>"
             "<p>___</p><p>Associated Press writer Ana Lindqvist in Oban contributed to this report.</p>"
             "<p>(Reporting by Ana Lindqvist; Editing by Tom Wu)</p>"
             "<p>Contact Jo Roe at jroe@islandbeacon.example or 555-0142.</p>")
    (tmp_path / "p.html").write_text(page(after="").replace("</article>", notes + "</article>"))
    result, db = load(tmp_path, tmp_path / "p.html")
    kept = story_paragraphs(only_article(db))
    assert kept[-1] == "The harbour master said crews from three towns contributed to this report."
    assert not any(("Reporting by" in p or "Lindqvist" in p or "Contact Jo" in p or p == "___"
                    or "advertisement" in p) for p in kept)


def test_a_date_line_under_the_story_is_not_its_published_date(tmp_path):
    (tmp_path / "p.html").write_text(page().replace("</article>", "<p>Saturday, March 19, 2024.</p></article>"))
    result, db = load(tmp_path, tmp_path / "p.html")
    assert only_article(db)["published"] is None  # when it appeared in print, not when it was published


def test_a_safari_web_archive_is_read(tmp_path):
    import plistlib

    where = "https://islandbeacon.example/news/ferry-fares-frozen"
    archive = {"WebMainResource": {"WebResourceData": page().encode("utf-8"), "WebResourceURL": where,
                                   "WebResourceMIMEType": "text/html", "WebResourceTextEncodingName": "UTF-8",
                                   "WebResourceFrameName": ""},
               "WebSubresources": [{"WebResourceURL": "https://islandbeacon.example/logo.png",
                                    "WebResourceData": b"\x89PNG\r\n", "WebResourceMIMEType": "image/png"}]}
    (tmp_path / "saved").mkdir()
    (tmp_path / "saved" / "ferry.webarchive").write_bytes(plistlib.dumps(archive, fmt=plistlib.FMT_BINARY))
    result, db = load(tmp_path, tmp_path / "saved")
    assert result.exit_code == 0, result.output
    article = only_article(db)
    assert (article["url"], article["headline"]) == (where, "Ferry fares frozen for another year")
    assert "Zoë Mackintyre" in article["text"]


def test_a_broken_web_archive_is_an_error_row(tmp_path):
    (tmp_path / "saved").mkdir()
    (tmp_path / "saved" / "ferry.webarchive").write_bytes(b"bplist00\x00\x01\x02 cut short")
    result, db = load(tmp_path, tmp_path / "saved")
    assert result.exit_code == 1
    [(level, reason)] = [(r["level"], r["reason"]) for r in db.query("select * from load_errors")]
    assert level == "error" and reason.startswith("cannot read web archive")


def test_an_xml_web_archive_is_read_too(tmp_path):
    import plistlib

    archive = {"WebMainResource": {"WebResourceData": page().encode("utf-8"),
                                   "WebResourceURL": "https://islandbeacon.example/news/ferry"}}
    (tmp_path / "saved").mkdir()
    (tmp_path / "saved" / "ferry.webarchive").write_bytes(plistlib.dumps(archive))
    result, db = load(tmp_path, tmp_path / "saved")
    assert only_article(db)["url"] == "https://islandbeacon.example/news/ferry"


def test_a_single_file_save_with_large_photos_is_read(tmp_path):
    where = "https://islandbeacon.example/news/ferry-fares-frozen"
    photo = ("------B--x1----\r\nContent-Type: image/jpeg\r\nContent-Transfer-Encoding: base64\r\n"
             "Content-Location: https://islandbeacon.example/photo.jpg\r\n\r\n"
             + ("QUJDRA==" * 19 + "\r\n") * 3000 + "\r\n").encode("ascii")
    saved = mhtml(page(), where).replace(b"------B--x1------", photo + b"------B--x1------")
    (tmp_path / "saved").mkdir()
    (tmp_path / "saved" / "ferry.mhtml").write_bytes(saved)
    small_cap = str(len(saved) // 8)  # the file is twice the cap on a plain article file
    result = CliRunner().invoke(cli, ["claims", "load", str(tmp_path / "c.db"), str(tmp_path / "saved"),
                                      "--max-article-size", small_cap])
    assert result.exit_code == 0, result.output
    assert only_article(sqlite_utils.Database(tmp_path / "c.db"))["url"] == where


PAYWALL = ('<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Ferry fares frozen", '
           '"isAccessibleForFree": "False", "hasPart": {"@type": "WebPageElement", "isAccessibleForFree": "False", '
           '"cssSelector": ".paywall"}}</script>')


def test_a_page_behind_a_paywall_loads_with_a_warning(tmp_path):
    (tmp_path / "p.html").write_text(page(head=PAYWALL))
    (tmp_path / "free.html").write_text(page(head=PAYWALL.replace('"False"', "true")).replace("Ferry", "Bus"))
    result, db = load(tmp_path, tmp_path / "p.html", tmp_path / "free.html")
    assert result.exit_code == 0, result.output
    assert db["articles"].count == 2
    rows = [(r["path"], r["level"], r["reason"]) for r in db.query("select * from load_errors")]
    assert rows == [(str(tmp_path / "p.html"), "warning", "the page says it is behind a paywall "
                     "(isAccessibleForFree: false): its text may be only the teaser")]


PaywalledPages = serving_page(page(head=PAYWALL))


def test_a_fetched_page_behind_a_paywall_loads_with_a_warning(tmp_path):
    with serving(PaywalledPages) as base:
        result, db = load(tmp_path, f"{base}/news/ferry")
    assert result.exit_code == 0, result.output
    assert db["articles"].count == 1
    assert [r["reason"] for r in db.query("select reason from load_errors")] == [
        "the page says it is behind a paywall (isAccessibleForFree: false): its text may be only the teaser"]
