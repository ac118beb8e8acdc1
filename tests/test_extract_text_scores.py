"""``claims extract`` writes each claim's text score; a load takes it instead of
computing it, and computes it when a record carries none or another version.

Invented sentences, the real command, real SQLite.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3

from click.testing import CliRunner
from datasette.cli import cli

from datasette_claims.contract import carried_text_scores
from datasette_claims.factchecks.checkworthy import TEXT_SCORE_VERSION, text_score

TEXTS = [
    '"The ferry will carry 40 percent more cars than last year," said Marta Quellan, the harbour commissioner.\n\n'
    "Tobias Fenwright, a spokesman for the rail union, said the tram timetable was never approved.",
    "According to Ilse Varnow, the clinic is the busiest in the valley and the only one open at night.\n\n"
    '"We will open a second ward in May," said Oskar Brenning, who runs the clinic.',
]


def claims(*args, input=None):
    return CliRunner().invoke(cli, ["claims", *map(str, args)], input=input, catch_exceptions=False)


def _records() -> list[dict]:
    lines = "".join(json.dumps({"id": f"valley-{n}", "text": text}) + "\n" for n, text in enumerate(TEXTS))
    out = claims("extract", "-", input=lines)
    assert out.exit_code == 0, out.output
    return [json.loads(line) for line in out.stdout.splitlines()]


def _load(tmp_path, name: str, records: list[dict]) -> dict:
    path = tmp_path / f"{name}.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    db = tmp_path / f"{name}.db"
    result = claims("load", db, path, "--no-match")
    assert result.exit_code == 0, result.output
    with sqlite3.connect(db) as conn:
        return dict(conn.execute("select claim_id, text_score from claim_scores"))


def _without_scores(records: list[dict], version=None) -> list[dict]:
    out = json.loads(json.dumps(records))
    for record in out:
        record.pop("text_score_version")
        if version is not None:
            record["text_score_version"] = version
        for claim in record["claims"]:
            claim.pop("text_score")
    return out


def test_extract_output_carries_each_claims_text_score():
    records = _records()
    assert sum(len(r["claims"]) for r in records) >= 3
    for record in records:
        assert record["text_score_version"] == TEXT_SCORE_VERSION
        for claim in record["claims"]:
            assert claim["text_score"] == text_score(claim["content"]["text"])
    assert any(c["text_score"] > 0 for r in records for c in r["claims"])


def test_a_load_takes_the_carried_scores_and_computes_missing_ones(tmp_path):
    records = _records()
    carried = _load(tmp_path, "carried", records)
    computed = _load(tmp_path, "computed", _without_scores(records))
    assert carried == computed and len(carried) >= 3
    # A score of another version is not taken: the claims are scored afresh.
    odd = _without_scores(records, version=TEXT_SCORE_VERSION + 1)
    for record in odd:
        for claim in record["claims"]:
            claim["text_score"] = 99.0
    assert _load(tmp_path, "other_version", odd) == computed
    # Of the current version, the record's score is the one stored: the load computes nothing.
    trusted = json.loads(json.dumps(records))
    trusted[0]["claims"][0]["text_score"] = 7.5
    stored = _load(tmp_path, "trusted", trusted)
    assert stored[trusted[0]["claims"][0]["id"]] == 7.5


def test_only_numbers_of_the_current_version_are_taken():
    record = {"text_score_version": TEXT_SCORE_VERSION, "claims": [{"text_score": 0.5}, {"text_score": 1}]}
    assert carried_text_scores(record) == (0.5, 1)
    for odd in ("0.5", None, True, float("nan"), float("inf")):
        assert carried_text_scores({**record, "claims": [{"text_score": 0.5}, {"text_score": odd}]}) is None, odd
    assert carried_text_scores({**record, "text_score_version": None}) is None
    assert carried_text_scores({"claims": [{"text_score": 0.5}]}) is None


# The scores of these sentences under each TEXT_SCORE_VERSION.  When this fails,
# text_score changed: raise TEXT_SCORE_VERSION (extract output written before then
# carries stale scores) and add the new digest under the new number.
SENTENCES = [
    "Unemployment rose by 3.5 percent in the last quarter.",
    "The new bridge is the longest in the country.",
    "It is the only hospital in the county that is open at night.",
    "Crime fell more sharply than in any other city.",
    "We only asked for a meeting.",
    "One of the reasons was the weather.",
    "Prices have doubled since 2019, twice as fast as wages.",
    "The mayor said the plan was good.",
]
DIGESTS = {1: "ae0120098fd41e16"}


def test_the_text_score_version_is_raised_with_the_scores():
    scores = json.dumps([text_score(s) for s in SENTENCES])
    digest = hashlib.sha256(scores.encode()).hexdigest()[:16]
    assert DIGESTS.get(TEXT_SCORE_VERSION) == digest, (scores, digest)
