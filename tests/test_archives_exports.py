"""Exports from news databases (Nexis Uni, Factiva, ProQuest), many articles
to a file, loaded with the real CLI.  The exports are invented in the
layouts these databases document for their text and HTML downloads."""

from __future__ import annotations

import sqlite_utils
from click.testing import CliRunner
from datasette.cli import cli

ONE = ("The harbour board voted on Tuesday to raise ferry fares by a tenth from June.\n\n"
       "\"We held the price for three years and fuel has not waited for us,\" said Ilse Varga, the board's chair.")
TWO = ("The county council passed its budget on Wednesday after a four-hour debate.\n\n"
       "Finance chief Marco Delacroix said the plan would protect libraries and bus routes.")


def load(tmp_path, *paths):
    result = CliRunner().invoke(cli, ["claims", "load", str(tmp_path / "c.db"), "--no-match", "-q",
                                      *map(str, paths)])
    return result, sqlite_utils.Database(tmp_path / "c.db")


def rows(db) -> list[dict]:
    return list(db.query("select headline, outlet, published, section, source_path, text from articles "
                         "order by rowid"))


def nexis(headline: str, outlet: str, date: str, body: str) -> str:
    return (f"{headline}\n\n{outlet}\n{date}\nFinal Edition\n\nCopyright 2024 {outlet} Ltd All Rights Reserved\n\n"
            f"Section: NEWS; Pg. 4\nLength: 412 words\nByline: Ann Smith\n\nBody\n\n\n{body}\n\n"
            "Load-Date: May 29, 2024\n\nEnd of Document\n")


def test_a_nexis_uni_export_is_split_into_its_articles(tmp_path):
    cover = ("User Name: =\nDate and Time: May 30, 2024 10:12\nJob Number: 221\n\nDocuments (2)\n\n"
             "1. Ferry fares to rise\nClient/Matter: -None-\nSearch Terms: ferry\n\n")
    text = cover + nexis("Ferry fares to rise", "The Harbour Gazette", "May 27, 2024 Monday", ONE) \
        + nexis("Council budget passes", "County Courier", "May 29, 2024 Wednesday", TWO)
    (tmp_path / "Files (2).txt").write_text(text)
    result, db = load(tmp_path, tmp_path / "Files (2).txt")
    assert result.exit_code == 0, result.output
    found = rows(db)
    assert [(r["headline"], r["outlet"], r["published"], r["section"]) for r in found] == [
        ("Ferry fares to rise", "The Harbour Gazette", "2024-05-27", "NEWS"),
        ("Council budget passes", "County Courier", "2024-05-29", "NEWS")]
    assert found[0]["source_path"].endswith("Files (2).txt#1")
    assert "Load-Date" not in found[0]["text"] and "Copyright" not in found[0]["text"]
    assert db["claims"].count > 0


def factiva(headline: str, outlet: str, date: str, body: str, number: str) -> str:
    return (f"{headline}\nAnn Smith\n412 words\n{date}\n10:30\n{outlet}\nHRBGZT\nFinal\n4\nEnglish\n"
            f"Copyright 2024 {outlet}. All rights reserved.\n\n{body}\n\nDocument HRBGZT00202405{number}ek5r0000a\n\n")


def test_a_factiva_export_in_html_is_split(tmp_path):
    text = (factiva("Ferry fares to rise", "The Harbour Gazette", "27 May 2024", ONE, "27")
            + factiva("Council budget passes", "County Courier", "29 May 2024", TWO, "29"))
    html = "<html><body>" + "".join(f"<p>{line}</p>" for line in text.splitlines()) + "</body></html>"
    (tmp_path / "Factiva.html").write_text(html)
    result, db = load(tmp_path, tmp_path / "Factiva.html")
    assert result.exit_code == 0, result.output
    found = rows(db)
    assert [(r["headline"], r["outlet"], r["published"]) for r in found] == [
        ("Ferry fares to rise", "The Harbour Gazette", "2024-05-27"),
        ("Council budget passes", "County Courier", "2024-05-29")]
    assert found[1]["text"].startswith("The county council passed")


def factiva_coded(headline: str, outlet: str, date: str, body: str, number: str) -> str:
    lead, rest = body.split("\n\n", 1)
    return (f"HD\n{headline}\nBY\nAnn Smith\nWC\n412 words\nPD\n{date}\nSN\n{outlet}\nSC\nHRBGZT\nLA\nEnglish\n"
            f"CY\nCopyright 2024 {outlet}.\nLP\n{lead}\nTD\n{rest}\nNS\ngpol : Domestic Politics\n"
            f"RE\nuk : United Kingdom\nIPD\nTransport\nPUB\n{outlet} Ltd\n"
            f"AN\nDocument HRBGZT00202405{number}ek5r0000a\n\n")


def test_a_factiva_export_with_its_field_codes(tmp_path):
    text = (factiva_coded("Ferry fares to rise", "The Harbour Gazette", "27 May 2024", ONE, "27")
            + factiva_coded("Council budget passes", "County Courier", "29 May 2024", TWO, "29"))
    (tmp_path / "Factiva.txt").write_text(text)
    result, db = load(tmp_path, tmp_path / "Factiva.txt")
    assert result.exit_code == 0, result.output
    found = rows(db)
    assert [(r["headline"], r["outlet"], r["published"]) for r in found] == [
        ("Ferry fares to rise", "The Harbour Gazette", "2024-05-27"),
        ("Council budget passes", "County Courier", "2024-05-29")]
    assert found[0]["text"] == ONE


def proquest(title: str, outlet: str, date: str, body: str | None) -> str:
    text = f"Full text: {body}\n\n" if body is not None else "Abstract: A short summary.\n\n"
    return (f"{'_' * 60}\n\n{title}\n\nAuthor: Smith, Ann\n\nPublication info: {outlet}; {date}: A.4.\n\n"
            f"ProQuest document link\n\n{text}Subject: Transport\n\nTitle: {title}\n\nPublication title: {outlet}\n\n"
            f"Publication date: {date}\n\nSection: Local\n\nProQuest document ID: 3012345678\n\n")


def test_a_proquest_export_with_a_citation_only_record(tmp_path):
    cover = "Report Information from ProQuest\nMay 30 2024 10:12\n\nTable of contents\n1. Ferry fares\n\n"
    text = (cover + proquest("Ferry fares to rise", "The Harbour Gazette", "May 27, 2024", ONE)
            + proquest("Budget abstract", "County Courier", "May 28, 2024", None)
            + proquest("Council budget passes", "County Courier", "May 29, 2024", TWO) + "_" * 60 + "\n")
    (tmp_path / "ProQuestDocuments.txt").write_text(text)
    result, db = load(tmp_path, tmp_path / "ProQuestDocuments.txt")
    assert result.exit_code == 1, result.output  # the record without its text
    assert [(r["headline"], r["outlet"], r["published"], r["section"]) for r in rows(db)] == [
        ("Ferry fares to rise", "The Harbour Gazette", "2024-05-27", "Local"),
        ("Council budget passes", "County Courier", "2024-05-29", "Local")]
    (error,) = db.query("select path, reason from load_errors")
    assert error["path"].endswith("ProQuestDocuments.txt#2") and "Full text" in error["reason"]


def test_an_article_with_a_rule_and_the_word_document_stays_one_article(tmp_path):
    text = ("Ferry fares to rise\n\n" + ONE + "\n\n" + "_" * 30 + "\n\nFull text of the board's decision "
            "is on its website. End of Document review.\n")
    (tmp_path / "story.txt").write_text(text)
    result, db = load(tmp_path, tmp_path / "story.txt")
    assert result.exit_code == 0, result.output
    assert len(rows(db)) == 1
