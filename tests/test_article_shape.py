"""The article's own shape: headline, dateline, outlet, date and language.

Found by loading a folder of invented articles as a newcomer would: a wire
story whose first line is its dateline lead got its second paragraph (a
quotation) as headline, and lost its dateline, date and agency, its lead
greyed as page furniture; a blog's "Site - Title" line named no outlet; a
French article loaded without a word, its quotations unattributed; a PDF in
a folder was "not a text, HTML or JSON file" where named on the command line
it said what to do.  Real CLI, real SQLite files, invented texts and names.
"""

from __future__ import annotations

import json

import pytest
import sqlite_utils
from click.testing import CliRunner
from datasette.cli import cli

from datasette_claims.articles import article_from_document
from datasette_claims.models import Document

WIRE = ("TARVIK, March 4, 2031 (Quillon Press) - The harbour mayor said on Tuesday that the town would stop "
        "paying for the dredging of the inner basin.\n\n"
        '"We cannot pay for mud," Brann said. "It ends."\n\n'
        "The council will vote on the plan next week, a spokeswoman said.\n")

FRENCH = """Le maire veut fermer le port de Tarvik

« Nous ne pouvons plus payer pour la boue », a déclaré le maire Jules Brannec mardi. « C'est fini. »

Le conseil municipal votera sur le projet la semaine prochaine, selon une porte-parole de la mairie.
Les pêcheurs sont inquiets et disent que la fermeture du port serait une catastrophe pour la ville et pour les
familles qui vivent de la mer depuis des générations.
"""


def language_warning(article):
    from datasette_claims.language import language_warning  # new with this test (collects on old code)

    return language_warning(article)


def load(tmp_path, *paths):
    result = CliRunner().invoke(cli, ["claims", "load", str(tmp_path / "c.db"), *map(str, paths)])
    assert result.exit_code == 0, result.output
    return result, sqlite_utils.Database(tmp_path / "c.db")


def load_text(tmp_path, text: str, name: str = "story.txt") -> dict:
    (tmp_path / name).write_text(text, encoding="utf-8")
    _result, db = load(tmp_path, tmp_path / name)
    rows = list(db.query("select * from articles"))
    assert len(rows) == 1
    return rows[0]


def paragraphs(row: dict) -> list[str]:
    return [row["text"][start:end] for start, end in json.loads(row["paragraphs"])]


def test_a_dateline_lead_on_the_first_line_is_the_lead_not_furniture(tmp_path):
    row = load_text(tmp_path, WIRE)
    assert row["headline"] is None  # was the quotation of the second paragraph
    assert (row["dateline_place"], row["agency"]) == ("TARVIK", "Quillon Press")
    assert row["published"] == "2031-03-04"
    assert row["outlet"] == "Quillon Press"
    assert paragraphs(row)[0].startswith("The harbour mayor said")  # was greyed as furniture
    assert len(paragraphs(row)) == 3


@pytest.mark.parametrize("lead", [
    "TARVIK, March 4, 2031 -- The harbour mayor said on Tuesday that the town would stop paying for dredging.",
    "TARVIK (Quillon Press) - The harbour mayor said on Tuesday that the town would stop paying for dredging.",
])
def test_other_dateline_shapes_open_the_story(lead):
    text = lead + '\n\n"We cannot pay for mud," Brann said. "It ends."\n'
    article = article_from_document(Document(text=text, path="x.txt"))
    assert article.headline is None
    assert article.dateline is not None and article.dateline.place == "TARVIK"
    assert article.paragraphs[0].text.startswith("The harbour mayor")


def test_headline_byline_then_dateline_lead(tmp_path):
    text = ("Ferry operator halves winter sailings to the outer isles\n\nBy Ann Quillet\n\n"
            "VESKHOLM, Jan. 12, 2031 (Isle Wire) - The ferry operator said on Monday it would halve sailings.\n\n"
            '"We have no crews," Tor Brekkan, its director, said.\n')
    row = load_text(tmp_path, text)
    assert row["headline"] == "Ferry operator halves winter sailings to the outer isles"
    assert row["dateline_place"] == "VESKHOLM" and row["published"] == "2031-01-12"
    assert "By Ann Quillet" not in paragraphs(row)  # the byline line is furniture, not the story


def test_a_title_case_question_headline(tmp_path):
    text = ("Who Will Pay For The Harbour Wall?\n\n"
            "The council said on Monday that the harbour wall would cost twice the estimate.\n\n"
            '"We were told a lie," said Ola Randvik, a councillor.\n')
    row = load_text(tmp_path, text)
    assert row["headline"] == "Who Will Pay For The Harbour Wall?"
    assert len(paragraphs(row)) == 2


def test_a_first_line_naming_the_outlet_above_a_dateline_lead(tmp_path):
    text = ("The Veskholm Courier\n\n"
            "BERGVIK - Fishermen blocked the harbour mouth on Friday, the coast guard said on Saturday morning.\n\n"
            '"We will stay until they listen," said Kari Lundvik, a skipper.\n')
    row = load_text(tmp_path, text)
    assert row["outlet"] == "The Veskholm Courier"
    assert row["dateline_place"] == "BERGVIK"
    assert paragraphs(row)[0].startswith("Fishermen blocked")


def test_a_quoted_sentence_is_no_headline():
    text = ('"We cannot pay for mud," Brann said. "It ends."\n\n'
            "The council will vote on the plan next week, a spokeswoman said.\n")
    assert article_from_document(Document(text=text, path="x.txt")).headline is None


@pytest.mark.parametrize("title", [
    "Harbour Watch - Why the harbour fee doubled this spring",
    "Why the harbour fee doubled this spring | Harbour Watch",
    "Why the harbour fee doubled this spring - Harbour Watch",
])
def test_a_blog_title_names_its_site(tmp_path, title):
    text = (f"{title}\n\nPosted March 6, 2031 by Ann Quillet\n\n"
            "The harbour board raised the mooring fee on Monday, its chair said.\n")
    row = load_text(tmp_path, text)
    assert row["outlet"] == "Harbour Watch"
    assert row["headline"] == "Why the harbour fee doubled this spring"
    assert row["published"] == "2031-03-06"


def test_a_headline_with_a_dash_and_no_site_is_kept_whole():
    text = "Fees Rise Again - Boat Owners Say Enough\n\nThe harbour board raised the mooring fee, its chair said.\n"
    article = article_from_document(Document(text=text, path="x.txt"))
    assert article.headline == "Fees Rise Again - Boat Owners Say Enough"
    assert article.outlet is None


def test_a_french_article_loads_with_a_warning(tmp_path):
    (tmp_path / "fr.txt").write_text(FRENCH, encoding="utf-8")
    (tmp_path / "en.txt").write_text(WIRE, encoding="utf-8")
    result, db = load(tmp_path, tmp_path / "fr.txt", tmp_path / "en.txt")
    assert db["articles"].count == 2
    rows = list(db.query("select path, reason, level from load_errors"))
    assert len(rows) == 1, rows
    assert rows[0]["path"].endswith("fr.txt") and rows[0]["level"] == "warning"
    assert "looks like French, not English" in rows[0]["reason"]
    assert "claims are read by English rules" in rows[0]["reason"]
    assert "looks like French" in result.output


@pytest.mark.parametrize("text, name", [
    ("Der Bürgermeister sagte am Dienstag, dass die Stadt nicht mehr für das Ausbaggern des Hafens zahlen wird. "
     "Es ist zu teuer, und die Fischer sind auch nicht zufrieden mit dem Plan. Der Rat wird in der nächsten Woche "
     "über den Vorschlag abstimmen, sagte eine Sprecherin der Stadt, und die Fischer wollen dagegen protestieren.",
     "German"),
    ("El alcalde dijo el martes que la ciudad ya no pagará por el dragado del puerto. Es demasiado caro para "
     "los vecinos, y los pescadores no están contentos con el plan. El consejo votará la propuesta la semana "
     "que viene, según una portavoz de la ciudad, y los pescadores dicen que van a protestar.", "Spanish"),
])
def test_other_languages_are_named(text, name):
    note = language_warning(article_from_document(Document(text=text, path="x.txt")))
    assert note is not None and note.startswith(f"looks like {name}, not English")


def test_english_lists_and_short_texts_are_not_flagged():
    results = "\n".join(f"Quillon Party {n} seats, Harbour League {n + 3} seats, Tarvik Greens {n // 2} seats."
                        for n in range(10, 40))
    assert language_warning(article_from_document(Document(text=results, path="x.txt"))) is None
    assert language_warning(article_from_document(Document(text="Le port ferme", path="x.txt"))) is None


def test_a_pdf_or_word_file_gets_the_same_message_in_a_folder_and_named(tmp_path):
    folder = tmp_path / "inbox"
    folder.mkdir()
    (folder / "scan.pdf").write_bytes(b"%PDF-1.4\n%\xe2\xe3\n")
    (folder / "notes.docx").write_bytes(b"PK\x03\x04" + b"\x00" * 20)
    (folder / "story.txt").write_text(WIRE, encoding="utf-8")
    _result, db = load(tmp_path, folder)
    in_folder = {r["path"].rsplit("/", 1)[-1]: r["reason"] for r in db.query("select * from load_errors")}
    named = CliRunner().invoke(cli, ["claims", "load", str(tmp_path / "d.db"), str(folder / "scan.pdf"),
                                     str(folder / "notes.docx")])
    named_rows = {r["path"].rsplit("/", 1)[-1]: r["reason"]
                  for r in sqlite_utils.Database(tmp_path / "d.db").query("select * from load_errors")}
    for name in ("scan.pdf", "notes.docx"):
        assert "convert it to text or HTML first" in in_folder[name], in_folder
        assert in_folder[name] == "skipped: " + named_rows[name], (in_folder, named.output)


def test_prose_in_a_language_not_listed_is_flagged_unnamed():
    text = ("Walikota mengatakan pada hari Selasa bahwa kota tidak akan lagi membayar pengerukan pelabuhan. "
            "Biayanya terlalu mahal untuk warga, dan para nelayan juga tidak senang dengan rencana itu. Dewan kota "
            "akan memberikan suara minggu depan, kata seorang juru bicara, dan para nelayan akan memprotes.")
    note = language_warning(article_from_document(Document(text=text, path="x.txt")))
    assert note is not None and note.startswith("does not look like English")


def test_an_html_title_naming_its_site_first(tmp_path):
    html = ("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
            "<title>Harbour Watch - Why the harbour fee doubled this spring</title>"
            "<link rel=\"canonical\" href=\"https://www.harbourwatch.example/fee\"></head><body><article>"
            "<h1>Why the harbour fee doubled this spring</h1>"
            "<p>The harbour board raised the mooring fee on Monday, its chair Tor Brekkan said at a meeting.</p>"
            "<p>\"The fee pays for the new pontoons,\" Brekkan said. \"Nobody likes it, but the pontoons are "
            "old.\"</p><p>Boat owners said they would ask the council to freeze the fee for another year.</p>"
            "</article></body></html>")
    row = load_text(tmp_path, html, "post.html")
    assert row["outlet"] == "Harbour Watch"
    assert row["headline"] == "Why the harbour fee doubled this spring"


def test_a_page_that_declares_its_language_is_warned_of_once(tmp_path):
    paras = "".join(f"<p>{line}</p>" for line in FRENCH.splitlines()[1:] if line)
    html = (f'<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Le port de Tarvik</title></head>'
            f"<body><article><h1>Le maire veut fermer le port de Tarvik</h1>{paras}</article></body></html>")
    (tmp_path / "fr.html").write_text(html, encoding="utf-8")
    _result, db = load(tmp_path, tmp_path / "fr.html")
    reasons = [r["reason"] for r in db.query("select reason from load_errors")]
    assert len(reasons) == 1 and "language is 'fr'" in reasons[0], reasons


@pytest.mark.parametrize("headline", [
    "KVTA: Ferry crews to strike for two days next week",  # a name and a colon, as a dateline may be
    "Islanders will soon ride the new 'H.B.T.'",  # an abbreviation's full stop in quotes
])
def test_headlines_that_look_like_a_dateline_or_a_sentence_stay_headlines(headline):
    text = f"{headline}\n\nThe union said on Monday that its crews would stop work, the operator said.\n"
    assert article_from_document(Document(text=text, path="x.txt")).headline == headline


@pytest.mark.parametrize("title, body", [
    ("Sri Lanka - Army strikes at rebel enclaves in the north east", "The army said on Monday it struck camps."),
    ("Glenmore Vale - Council backs the new harbour wall at last",
     "The council of Glenmore Vale voted on Monday for the wall, its leader said."),
])
def test_a_kicker_before_a_dash_names_no_site(title, body):
    article = article_from_document(Document(text=f"{title}\n\n{body}\n", path="x.txt"))
    assert article.outlet is None
    assert article.headline == title
