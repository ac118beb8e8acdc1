"""Who said it and how it was sourced (issue 10, part 3), on invented sentences.

Anonymity formulas of wire copy, no-comment formulas, denials of reports,
people behind titles and offices, relayed ("via") attributions, and a rule
that raises being recorded rather than swallowed.
"""

from __future__ import annotations

import json

import pytest
import sqlite_utils
from click.testing import CliRunner
from datasette.cli import cli
from extract_helpers import one, run

from datasette_claims.extract import assemble, extract_claims_report
from datasette_claims.models import Article


def _by_content(claims, content):
    found = [c for c in claims if c.content.text.strip(" \"'\u201c\u201d.,") == content]
    assert found, [(c.content.text, c.rule) for c in claims]
    return found[0]


# --- anonymity formulas ---------------------------------------------------------------

ANON_FORMS = [
    # trailers after the content
    ("The levy will rise in spring, officials who spoke on condition of anonymity said on Thursday.",
     "The levy will rise in spring", "officials", None),
    ("The canal will close in May, officials who spoke on the condition of anonymity said.",
     "The canal will close in May", "officials", None),
    ("The mill will shut, a senior official who asked not to be named said.",
     "The mill will shut", "a senior official", None),
    (("The depot will be sold, an aide who declined to be identified because he was not authorised to "
      "speak publicly said."), "The depot will be sold", "an aide", "because he was not authorised to speak publicly"),
    ("The quarry deal is off, two diplomats who requested anonymity said.",
     "The quarry deal is off", "two diplomats", None),
    ("The ferry fares will double, a regulator who was not authorized to discuss the matter said.",
     "The ferry fares will double", "a regulator", None),
    ("Talks on the tunnel stalled, according to two people familiar with the negotiations.",
     "Talks on the tunnel stalled", "two people familiar with the negotiations", None),
    (("The orchard will be rezoned, according to a council official who spoke on condition of anonymity "
      "because the vote is secret."), "The orchard will be rezoned", None, "because the vote is secret"),
    # leads before the content
    ("Officials who spoke on condition of anonymity said the talks had collapsed.",
     "the talks had collapsed", "Officials", None),
    ("A senior official who asked not to be named said the bridge toll was dead.",
     "the bridge toll was dead", "A senior official", None),
    ("Speaking on condition of anonymity, a senior official said the harbour deal was off.",
     "the harbour deal was off", "a senior official", None),
    (("Speaking on condition of anonymity because the report is unpublished, a ministry official said "
      "the dam was unsafe."), "the dam was unsafe", "a ministry official", "because the report is unpublished"),
    (("Two officials who spoke on condition of anonymity because they were not authorised to brief "
      "reporters said the pier would reopen."), "the pier would reopen", "Two officials",
     "because they were not authorised to brief reporters"),
    ("A diplomat who declined to be identified said the embassy would move.",
     "the embassy would move", "A diplomat", None),
    ("A source close to the mayor, who asked not to be named, said the budget would be cut.",
     "the budget would be cut", None, None),
    ("An engineer who requested anonymity said the turbines were faulty.",
     "the turbines were faulty", "An engineer", None),
]


@pytest.mark.parametrize("text,content,speaker,reason", ANON_FORMS)
def test_anonymity_formulas(text, content, speaker, reason):
    c = _by_content(run(text), content)
    assert c.sourcing in ("unnamed_official", "anonymous_generic", "collective_unnamed"), c.sourcing
    assert c.speaker and "anonymity" not in c.speaker and "named" not in c.speaker, c.speaker
    if speaker is not None:
        assert c.speaker == speaker
    if reason is not None:
        assert c.anonymity_reason == reason
    assert not c.content.text.startswith(("not to be", "to be named", "on condition"))


def test_anonymity_reason_stays_with_its_own_sentence():
    claims = run("The minister said the port would reopen. Officials who spoke on condition of anonymity "
                 "because the talks are private said the port would stay shut.")
    minister = _by_content(claims, "the port would reopen")
    officials = _by_content(claims, "the port would stay shut")
    assert minister.anonymity_reason is None
    assert officials.anonymity_reason == "because the talks are private"
    assert officials.speaker == "Officials"


def test_named_source_gets_no_anonymity_reason():
    c = one("Ada Varga, who spoke at the rally, said the mine would close.", "the mine would close")
    assert c.anonymity_reason is None and c.speaker == "Ada Varga"


# --- no comment ------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The Treasury declined to comment.",
    "The Treasury declined to comment on the report.",
    "The bank could not be reached for comment.",
    "The agency did not respond to a request for comment.",
    "A spokeswoman for the port did not immediately respond to requests for comment on Friday.",
    "The mayor's office did not return calls seeking comment.",
])
def test_no_comment_is_no_claim(text):
    claims = run(text)
    assert not [c for c in claims if "comment" in c.content.text or c.content.text.startswith("to ")], \
        [(c.content.text, c.rule) for c in claims]


def test_no_comment_keeps_the_real_claim_beside_it():
    claims = run("The Treasury declined to comment. The central bank said rates would stay on hold.")
    assert [c.content.text for c in claims] == ["rates would stay on hold"]


# --- denials ---------------------------------------------------------------------------

def test_denied_reports_yield_the_report_and_the_denial():
    claims = run("The president later denied reports that he would resign.")
    report = _by_content(claims, "he would resign")
    denial = next(c for c in claims if c is not report)
    assert report.sourcing == "media_report"
    assert denial.denies == report.id and denial.stance == "denial"
    assert denial.speaker == "The president"


def test_denied_allegations_with_no_one_named_are_hedged():
    claims = run("The harbour master denied allegations that the cargo had been tampered with.")
    alleged = _by_content(claims, "the cargo had been tampered with")
    assert alleged.sourcing == "unattributed_hedged" and alleged.speaker is None
    denial = next(c for c in claims if c is not alleged)
    assert denial.denies == alleged.id


def test_denied_outlet_report_names_the_outlet():
    claims = run("Mira Solberg denied a Harbour Gazette report that she had sold her shares.")
    reported = _by_content(claims, "she had sold her shares")
    assert reported.sourcing == "media_report" and reported.speaker == "Harbour Gazette"


# --- a rule that raises ------------------------------------------------------------------

def _boom(ctx):
    raise RuntimeError("injected fault")


@pytest.fixture
def faulty_hedges(monkeypatch):
    passes = tuple((name, _boom if name == "hedges" else fn) for name, fn in assemble.PASSES)
    monkeypatch.setattr(assemble, "PASSES", passes)


TWO_CLAIMS = ("Ada Varga said the mine would close. The ferry reportedly sank near the pier.")


def test_failed_rule_is_recorded_and_other_claims_kept(faulty_hedges):
    report = extract_claims_report(Article(id="a1", text=TWO_CLAIMS))
    assert [c.content.text for c in report.claims] == ["the mine would close"]
    assert [(f.rule, f.error) for f in report.failures] == [("hedges", "RuntimeError: injected fault")]


def test_without_fault_both_passes_give_claims():
    report = extract_claims_report(Article(id="a1", text=TWO_CLAIMS))
    assert len(report.claims) == 2 and report.failures == []


def test_failed_rule_is_a_load_warning_and_an_extract_warning(tmp_path, faulty_hedges):
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": "a1", "text": TWO_CLAIMS}) + "\n")
    db_path = tmp_path / "c.db"
    result = CliRunner().invoke(cli, ["claims", "load", str(db_path), str(src), "--no-match"])
    assert result.exit_code == 0, result.output
    rows = list(sqlite_utils.Database(db_path).query("select path, reason, level from load_errors"))
    assert len(rows) == 1 and rows[0]["level"] == "warning"
    assert "a1" in rows[0]["reason"] and "hedges" in rows[0]["reason"]
    assert sqlite_utils.Database(db_path)["claims"].count == 1

    out = CliRunner().invoke(cli, ["claims", "extract", str(src)])
    assert out.exit_code == 0
    assert "warning:" in out.stderr and "hedges" in out.stderr and "a1" in out.stderr
    printed = json.loads(out.stdout.strip())
    assert [c["content"]["text"] for c in printed["claims"]] == ["the mine would close"]
