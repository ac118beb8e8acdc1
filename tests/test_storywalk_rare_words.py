"""A statement carried by many reports is not made of common words: in a
small database of one event's coverage (a desk's first dozen reports), the
words of a quotation repeated by seven outlets are still rare enough for its
paraphrase to be found.  Invented reports."""

from __future__ import annotations

import json
import sqlite3

from click.testing import CliRunner
from datasette.cli import cli

QUOTE = "We will not bet the future of the herring fleet on one lucky summer"
OUTLETS = ["Bay Courier", "Harbour Times", "Coast News", "Fjord Daily", "Skerry Post", "Tide Herald", "Quay Weekly"]


def _reports():
    for i, outlet in enumerate(OUTLETS):
        yield {"id": f"q{i}", "outlet": outlet, "published": "2031-04-07",
               "headline": "Herring quota held",
               "text": f"\"{QUOTE},\" Fisheries Minister Maren Solvik told reporters on Tuesday.\n\n"
                       f"{outlet} asked the ministry for the figures {i + 2} times this year.\n"}
    yield {"id": "para", "outlet": "Trawler Gazette", "published": "2031-04-08",
           "headline": "Minister refuses to lift herring quota",
           "text": "Maren Solvik said on Tuesday that she was not ready to bet the herring fleet's future "
                   "on a single lucky summer, and that the cannery subsidy paid to the northern islands since 2022 "
                   "would end in June.\n\n"
                   "Skippers reacted angrily.\n"}


def test_a_paraphrase_of_a_widely_carried_quotation_is_linked(tmp_path):
    feed = tmp_path / "reports.jsonl"
    feed.write_text("".join(json.dumps(r) + "\n" for r in _reports()))
    db = tmp_path / "claims.db"
    result = CliRunner().invoke(cli, ["claims", "load", str(db), str(feed), "-q"])
    assert result.exit_code == 0, result.output
    conn = sqlite3.connect(db)
    para = conn.execute(
        "select id, content from claims where article_id = 'para' and content like '%herring%'").fetchone()
    assert para is not None, conn.execute("select content from claims where article_id = 'para'").fetchall()
    linked = conn.execute(
        "select count(*) from claim_matches where (claim_a = :c or claim_b = :c) and kind = 'same'", {"c": para[0]}
    ).fetchone()[0]
    assert linked >= len(OUTLETS)
