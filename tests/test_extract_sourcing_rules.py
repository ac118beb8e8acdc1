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


FOLLOW_UPS = [
    # (text, {content: reason or None})
    (("The ferry levy will rise in spring, two officials said on Monday. It would raise 4 million crowns, one "
      "of the officials said. Both spoke on condition of anonymity because the plan is not yet public."),
     {"The ferry levy will rise in spring": "because the plan is not yet public",
      "It would raise 4 million crowns": "because the plan is not yet public"}),
    (("The mayor said the pier would reopen. A council official said the pier was unsafe. He spoke on "
      "condition of anonymity because he was not authorised to brief reporters."),
     {"the pier would reopen": None, "the pier was unsafe": "because he was not authorised to brief reporters"}),
    (("Mia Roe, the harbour master, said the dredging was late. Officials said the budget was spent. The "
      "officials asked not to be named because the audit is secret."),
     {"the dredging was late": None, "the budget was spent": "because the audit is secret"}),
    # a later sentence about someone else's anonymity reaches no claim
    (("A council official said the pier was unsafe. The mayor asked not to be named because of threats."),
     {"the pier was unsafe": None}),
]


@pytest.mark.parametrize("text,expected", FOLLOW_UPS)
def test_a_follow_up_sentence_gives_the_reason_to_its_sources(text, expected):
    claims = run(text)
    for content, reason in expected.items():
        assert _by_content(claims, content).anonymity_reason == reason, content


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


@pytest.mark.parametrize("text", [
    "The ferry company did not respond to the request.",
    "Lena Voss did not respond to repeated attempts to reach her on Friday.",
])
def test_an_unanswered_request_is_no_claim(text):
    assert run(text) == [], [(c.content.text, c.rule) for c in run(text)]


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
    passes = tuple(p._replace(run=_boom) if p.name == "hedges" else p for p in assemble.PASSES)
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


# --- people behind titles and offices ---------------------------------------------------

@pytest.mark.parametrize("text,content,speaker", [
    ("President Harold Q. Vance said the war would end.", "the war would end", "Harold Q. Vance"),
    ("Freedonian President Rufus T. Firefly said the law was wrong.", "the law was wrong", "Rufus T. Firefly"),
    ("Secretary of State Mira Okonjo said talks would resume.", "talks would resume", "Mira Okonjo"),
    ("Northland Supreme Court Justice Alma Ferris said the file stays sealed.", "the file stays sealed",
     "Alma Ferris"),
    ('"The city will heal," said the Rev. Peter Wherle, of Grace Chapel.', "The city will heal", "Peter Wherle"),
])
def test_titles_and_offices_resolve_to_the_person(text, content, speaker):
    c = _by_content(run(text), content)
    assert c.speaker == speaker and c.sourcing == "named_person"


def test_company_next_to_a_role_is_never_the_speaker():
    c = one("Jane Roe, chief market economist at Acme Partners, said rates would rise.", "rates would rise",
            speaker="Jane Roe", sourcing="named_person")
    assert c.speaker_role == "chief market economist at Acme Partners"
    c = one('"Rates will rise," said Jane Roe, chief market economist at Acme Partners.', "Rates will rise",
            speaker="Jane Roe")


def test_a_time_never_starts_a_name():
    c = one("At 10:38 a.m. the President of Freedonia said the border was closed.", "the border was closed")
    assert c.speaker == "the President of Freedonia" and c.source.text == "the President of Freedonia"


def test_company_name_is_an_organisation():
    one("Riverside Strategies, a lobbying firm, said the bill would fail.", "the bill would fail",
        speaker="Riverside Strategies", sourcing="named_org")


def test_possessive_title_holder_is_the_speaker():
    c = one("Jane Roe's campaign manager Rob Moody said as much, arguing that the plan was dead.",
            "the plan was dead", speaker="Rob Moody", sourcing="named_person")
    assert c.speaker_role == "Jane Roe's campaign manager"


def test_acronym_is_spelled_out_from_the_article():
    one("The International Fisheries Council met on Tuesday. The IFC said stocks would recover.",
        "stocks would recover", speaker="International Fisheries Council", sourcing="named_org")


@pytest.mark.parametrize("text,content,speaker", [
    ("Ivo Brandt met Lena Marsh in Oslo. He said the talks had gone well.", "the talks had gone well",
     "Ivo Brandt"),
    ("Lena Marsh spoke after meeting Ivo Brandt. She said the deal was close.", "the deal was close",
     "Lena Marsh"),
    ('"We are done," Ivo Brandt said after meeting Pavel Sorin. He did not take questions. "It is over."',
     "It is over", "Ivo Brandt"),
    ('Talks ended on Friday. "We won," Mira said, and she smiled. She said the deal was close.',
     "the deal was close", "Mira"),
])
def test_pronouns_resolve_to_the_subject(text, content, speaker):
    assert _by_content(run(text), content).speaker == speaker


def test_definite_description_is_the_person_talked_about():
    c = one("Oren Vale won the primary in March. Vale thanked his staff. The Republican nominee said on "
            "Tuesday that taxes would fall.", "taxes would fall")
    assert c.speaker == "Oren Vale" and c.sourcing == "named_person"


def test_indefinite_lead_title_is_the_person_named_later():
    claims = run('A former party chairman says the convention should be delayed. "It is time to act," said '
                 "Don Fenwick, who led the party in the 1990s.")
    assert _by_content(claims, "the convention should be delayed").speaker == "Don Fenwick"


def test_it_and_they_stand_for_the_body_or_group():
    assert _by_content(run("The Harbour Commission voted on Monday. It said the pier would close."),
                       "the pier would close").speaker == "Harbour Commission"
    c = _by_content(run("The miners gathered outside the gates. They said the shaft was unsafe."),
                    "the shaft was unsafe")
    assert c.speaker == "The miners" and c.sourcing == "collective_unnamed"


def test_relative_which_after_a_body():
    c = one("They turned to the Westport Police Department, which reported that thefts had doubled.",
            "thefts had doubled")
    assert c.speaker == "Westport Police Department" and c.sourcing == "named_org"


# --- via, social posts, hedges ----------------------------------------------------------

def test_citing_fills_via():
    c = one("The mayor said, citing police figures, that crime rose.", "crime rose")
    assert c.via == "The mayor" and c.speaker == "police figures"


def test_as_reported_by_fills_via_and_is_no_claim_itself():
    claims = run("Exports fell sharply, according to customs data, as reported by the Daily Clarion.")
    assert [c.content.text for c in claims] == ["Exports fell sharply"]
    assert claims[0].speaker == "customs data" and claims[0].via == "the Daily Clarion"


def test_said_according_to_an_outlet():
    claims = run("Ada Varga said, according to the Daily Clarion, that the ferry would be sold.")
    c = _by_content(claims, "the ferry would be sold")
    assert c.speaker == "Ada Varga" and c.via == "the Daily Clarion" and c.sourcing == "named_person"
    assert not [d for d in claims if d.content.text == "Ada Varga said"]


def test_quoted_in_a_paper_fills_via():
    c = one("Jo Roe, quoted in the Daily Clarion, said the ferry would be sold.", "the ferry would be sold",
            speaker="Jo Roe")
    assert c.via == "the Daily Clarion" and c.speaker_role is None


def test_unnamed_sources_of_a_story_credited_to_an_outlet():
    claims = run("The Daily Clarion reports that the port will close.\n\nThe harbour board decided to sell "
                 "the land, sources said.\n\nThe sale will raise millions, a source said.")
    assert _by_content(claims, "the port will close").sourcing == "media_report"
    for content in ("The harbour board decided to sell the land", "The sale will raise millions"):
        assert _by_content(claims, content).via == "The Daily Clarion"


def test_own_sources_stay_unrelayed():
    claims = run("The harbour board decided to sell the land, sources said.")
    assert claims[0].via is None


@pytest.mark.parametrize("text,content", [
    ("The senator posted on Facebook that the vote was rigged.", "the vote was rigged"),
    ("Ada Varga tweeted that the mayor was a fraud.", "the mayor was a fraud"),
    ("Ada Varga defended her early-morning tweets, saying the mayor was a fraud.", "the mayor was a fraud"),
])
def test_social_post_when_a_post_is_the_medium(text, content):
    assert _by_content(run(text), content).sourcing == "social_post"


def test_tweets_inside_the_content_are_no_medium():
    c = one("A spokesman said that there were lots of tweets about the vote.",
            "there were lots of tweets about the vote")
    assert c.sourcing != "social_post"


@pytest.mark.parametrize("text,content", [
    ("On Friday, the convoy reportedly crossed the border.", "the convoy reportedly crossed the border"),
    ("The firm allegedly hid its losses.", "The firm allegedly hid its losses"),
    ("Peacekeepers have sometimes been accused of hurting the civilians they were sent to protect.",
     "hurting the civilians they were sent to protect"),
])
def test_unattributed_hedges(text, content):
    c = _by_content(run(text), content)
    assert c.sourcing == "unattributed_hedged" and c.speaker is None


def test_agentful_criticism_is_not_hedged():
    claims = run("The plan has been harshly criticized for its cost.")
    assert all(c.sourcing != "unattributed_hedged" for c in claims)


# --- quotations signed with a dash ------------------------------------------------------

def test_dash_signed_quotations():
    claims = run("\u201cThe mayor has failed this city. He must resign.\u201d \u2015 Ada Varga\n"
                 "\u201cWe need new roads now.\u201d\u2015 Jo Bloggs.")
    assert [(c.content.text, c.speaker, c.rule) for c in claims] == [
        ("The mayor has failed this city.", "Ada Varga", "direct.signed"),
        ("He must resign.", "Ada Varga", "direct.signed"),
        ("We need new roads now.", "Jo Bloggs", "direct.signed")]


def test_a_dash_in_narration_signs_nothing():
    assert run("The storm hit at dawn \u2014 Harbour Street flooded first.") == []


def test_body_description_takes_the_name_written_earlier():
    c = one("The U.S. Court of Appeals for the Fourth Circuit heard the case in May. The appeals court ruled "
            "that the map was illegal.", "the map was illegal")
    assert c.speaker == "U.S. Court of Appeals for the Fourth Circuit" and c.sourcing == "named_org"
