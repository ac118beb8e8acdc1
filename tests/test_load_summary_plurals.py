"""The load's one-line summary says "1 link", "1 story", "1 duplicate article"
for one of each, from a single matching step and when several are summed."""

from __future__ import annotations

import json

from click.testing import CliRunner

from datasette.cli import cli
from datasette_claims.loader import _totals
from datasette_claims.matching.pipeline import _summary
from datasette_claims.store import open_db


def test_one_link_one_story_in_a_step():
    text = _summary(1, 0, 1, 1, {"merged": 1}, 0.1)
    assert text == "1 link (0 drift), 1 story, 1 duplicate article, 1 speaker alias merged"


def test_steps_added_up_keep_their_counts(tmp_path):
    db = open_db(str(tmp_path / "c.db"))
    steps = ["0 links (0 drift), 0 stories, 1 duplicate article, 1 speaker alias merged",
             "0 links (0 drift), 0 stories, 2 duplicate articles"]
    assert _totals(db.conn, ["none"], steps) == \
        "0 links (0 drift), 0 stories, 3 duplicate articles, 1 speaker alias merged"


def test_a_load_of_two_reports_of_one_quotation(tmp_path):
    quote = '"The ferry will run all winter," said Ana Voss, the harbour master of Telk.'
    rows = [{"id": f"r{k}", "outlet": outlet, "published": "2025-03-0" + str(k + 1),
             "text": f"{intro}\n\n{quote}"}
            for k, (outlet, intro) in enumerate([("Telk Times", "The harbour reopened on Monday after repairs."),
                                                 ("Kelp Post", "Ferries returned to Telk this week.")])]
    path = tmp_path / "r.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    result = CliRunner().invoke(cli, ["claims", "load", str(tmp_path / "c.db"), str(path), "-q"])
    assert result.exit_code == 0, result.output
    assert "1 link (0 drift), 1 story" in result.output, result.output
