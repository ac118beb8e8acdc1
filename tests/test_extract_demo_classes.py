"""Wrong speakers found by reading the bundled demo's claims, by construction.

Every sentence here is invented (made-up people, places and events).
"""

from __future__ import annotations

import json
import sqlite3

from click.testing import CliRunner
from datasette.cli import cli
from extract_helpers import one


# --- an opening clause with no comma: its subordinator is no speaker ---------

def test_opening_clause_without_comma_is_not_the_speaker():
    one("Vera Kolb, the mayor of Tarnow, spoke for an hour on Monday. After calling for a truce Kolb "
        "continued by saying that \"the bridge must reopen before winter.\"",
        "the bridge must reopen before winter", speaker="Vera Kolb", sourcing="named_person")


def test_no_speaker_is_a_subordinator():
    c = one("Vera Kolb spoke on Monday. Before leaving the hall Kolb went on by saying that the fares "
            "would fall in May.", "the fares would fall in May", speaker="Vera Kolb")
    assert c.source.text == "Kolb"


def test_long_opening_clause_then_its_comma():
    c = one("When the city council of Tarnow chose the Kelp Mining consortium on May 2 to build the new eastern "
            "tram line, Dorvan challenged the award in a formal protest before the court, claiming the tender "
            "was skewed towards Kelp Mining.", "the tender was skewed towards Kelp Mining")
    assert c.source.text == "Dorvan"


# --- a role after an adverb and a participle: the whole noun phrase -----------

def test_adverb_and_participle_stay_in_the_role():
    one("Mayor Vera Kolb was sworn in on Monday.\n\nThe newly inaugurated mayor said, \"What the city "
        "should not do is raise the fares.\"", "What the city should not do is raise the fares",
        speaker="Vera Kolb", source="The newly inaugurated mayor")


# --- a quotation's subject ends on a noun, not on "the" -----------------------

def test_quotation_subject_keeps_its_of_phrase():
    c = one("The review was published on Monday. The foreword to the review states \"The new fares appeared "
            "more effective in raising money than in filling the trams.\"",
            "The new fares appeared more effective in raising money than in filling the trams")
    assert c.source.text == "The foreword to the review"


# --- an unresolved pronoun: a person or a group, never an anonymous source ----

def test_unresolved_she_is_a_person_not_an_anonymous_source():
    one("The depot was closed on Monday. She said the trams would run again in May.",
        "the trams would run again in May", sourcing="named_person")


def test_unresolved_he_is_a_person_not_an_anonymous_source():
    one("The depot was closed on Monday. He warned that the trams would stop in May.",
        "the trams would stop in May", sourcing="named_person")


def test_unresolved_they_is_a_group():
    one("The depot was closed on Monday. They said the trams would run again in May.",
        "the trams would run again in May", sourcing="collective_unnamed")


def test_unresolved_pronouns_inside_a_sentence():
    text = ("The depot was closed on Monday. In a long report, they also called for the city to sell the "
            "depot. However, she stressed that the trams were usually \"spotless\" inside.")
    one(text, "the city to sell the depot", sourcing="collective_unnamed")
    one(text, "the trams were usually \"spotless\" inside", sourcing="named_person")


# --- a story's stored label names a person, not a pronoun ----------------------

FIRST = ("The council of Tarnow met on Monday.\n\n"
         "\"The bridge will reopen before the first snow,\" she said.\n")
SECOND = ("Mayor Vera Kolb spoke to reporters on Tuesday.\n\n"
          "\"The bridge will reopen before the first snow,\" Kolb said.\n")


def _story_label(tmp_path, reports):
    feed = tmp_path / "reports.jsonl"
    feed.write_text("".join(json.dumps(r) + "\n" for r in reports))
    db = tmp_path / "claims.db"
    result = CliRunner().invoke(cli, ["claims", "load", str(db), str(feed), "-q"])
    assert result.exit_code == 0, result.output
    conn = sqlite3.connect(db)
    rows = conn.execute("select s.label from stories s join claims c on c.story_id = s.id "
                        "where c.content like '%first snow%'").fetchall()
    assert rows, conn.execute("select speaker, content, story_id from claims").fetchall()
    return rows[0][0]


def test_story_label_takes_a_name_for_a_pronoun(tmp_path):
    label = _story_label(tmp_path, [
        {"id": "a", "outlet": "Tarnow Daily", "published": "2031-06-02", "text": FIRST},
        {"id": "b", "outlet": "Kelp Herald", "published": "2031-06-03", "text": SECOND},
    ])
    assert label.startswith("Vera Kolb: "), label


def test_label_speaker_rule():
    from datasette_claims.matching.stories import label_speaker

    assert label_speaker("she", ["she", "Vera Kolb"]) == "Vera Kolb"
    assert label_speaker("She", ["She", "Vera Kolb", "Ivo Brandt"]) == ""  # two names: the words alone
    assert label_speaker("Ivo Brandt", ["Vera Kolb"]) == "Ivo Brandt"
    assert label_speaker("Anonymous source", [], frozenset({"anonymous source"})) == ""
