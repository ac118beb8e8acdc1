"""The one text module: tokens, stop words, FTS5 query building, word diff."""

from __future__ import annotations

import sqlite3

import pytest

from datasette_claims import text
from datasette_claims.text import (
    STOPWORDS,
    Query,
    content_words,
    match_all,
    match_any,
    parse_query,
    search_stages,
    tokens,
    word_diff,
)

HOSTILE = [
    '"unbalanced',
    'two "unbalanced" quotes"',
    "tax AND OR NOT",
    "NOT",
    "AND",
    "NEAR(",
    "NEAR(fuel tax, 2)",
    "*",
    "fuel*",
    "^fuel",
    "fuel^tax",
    "(((",
    ")",
    "-",
    "content: tax",
    "speaker : doe",
    "{content speaker}: tax",
    "'single' \"double\" \u201ccurly\u201d",
    '""',
    '"" "" ""',
    "\\",
    "x\x00y",
    "; drop table claims; --",
    "+ - : ^ * ( ) { } [ ]",
    "",
    "   ",
]


def test_tokens_split_like_fts5():
    assert tokens("Don't stop: U.S. e-mail, 4.6% (rates)") == [
        "don", "t", "stop", "u", "s", "e", "mail", "4", "6", "rates"]
    assert tokens("Caf\u00e9 \uff21\uff22") == ["caf\u00e9", "ab"]  # NFKC folds full-width letters
    assert tokens(None) == [] and tokens("") == []
    assert tokens("snake_case") == ["snake", "case"]


def test_content_words_one_stop_list():
    assert content_words("The harbour bridge will open at the end of 2026 in May") == [
        "harbour", "bridge", "open", "end", "2026",
    ]
    assert "the" in STOPWORDS and "said" in STOPWORDS and "harbour" not in STOPWORDS
    assert content_words("it is 10 to 5") == ["10", "5"]  # short numbers count
    assert content_words("Bridge bridge BRIDGE") == ["bridge"]


def test_match_builders_quote_every_term():
    assert match_all(["fuel", "tax"]) == '"fuel" AND "tax"'
    assert match_any(["fuel tax", "diesel"], "content") == 'content : ("fuel tax" OR "diesel")'
    assert match_all(['say "hi"']) == '"say ""hi"""'
    assert match_all([]) is None and match_any([""]) is None


def test_parse_query_phrases_and_words():
    assert parse_query('"harbour bridge" opens soon') == Query([["harbour", "bridge"]], ["opens", "soon"])
    assert parse_query("\u201charbour bridge\u201d") == Query([["harbour", "bridge"]], [])
    # an unpaired quote is only punctuation
    assert parse_query('"harbour bridge opens') == Query([], ["harbour", "bridge", "opens"])
    assert parse_query('a "b c" d "e') == Query([["b", "c"]], ["a", "d", "e"])
    assert parse_query('""').empty and parse_query("").empty


def test_search_stages_strict_to_loose():
    stages = search_stages("the harbour bridge will open in May")
    assert [s.name for s in stages] == ["phrase", "all", "rare"]
    assert stages[0].match == 'content : ("the harbour bridge will open in may")'
    assert stages[1].match == 'content : ("harbour" AND "bridge" AND "open")'
    assert stages[2].match == 'content : (("harbour" OR "bridge" OR "open"))'
    ranked = search_stages("the harbour bridge will open in May", rare=["open", "bridge", "harbour"], max_rare=2)
    assert ranked[2].match == 'content : (("open" OR "bridge"))'
    # quoted phrases are required, then searched loosely as words
    names = [s.name for s in search_stages('"harbour bridge" open')]
    assert names[0] == "all" and names[-1].startswith("loose-")
    stages = search_stages('"harbour bridge" open')
    assert all('"harbour bridge"' in s.match for s in stages if not s.name.startswith("loose"))
    # only stop words: search for them after all; nothing: no stage
    assert search_stages("to be or not to be")[1].match == 'content : ("to" AND "be" AND "or" AND "not")'
    assert search_stages("") == [] and search_stages("*** ^^ (") == []


@pytest.mark.parametrize("q", HOSTILE)
def test_hostile_input_never_breaks_fts5(q):
    conn = sqlite3.connect(":memory:")
    conn.execute("create virtual table t_fts using fts5(content, speaker, tokenize='porter')")
    conn.execute("insert into t_fts values ('We will cut the fuel tax and not the diesel tax', 'Jane Doe')")
    for stage in search_stages(q):
        conn.execute("select rowid from t_fts where t_fts match ? order by rank", [stage.match]).fetchall()


def test_phrase_stage_finds_the_words_in_order_only():
    conn = sqlite3.connect(":memory:")
    conn.execute("create virtual table t_fts using fts5(content, tokenize='porter')")
    conn.executemany("insert into t_fts(rowid, content) values (?, ?)", [
        (1, "The ferry to the island will run twice a day from June."),
        (2, "From June the island will run a ferry twice a day."),
    ])

    def hits(stage_name, q):
        stage = next(s for s in search_stages(q) if s.name == stage_name)
        return [r[0] for r in conn.execute("select rowid from t_fts where t_fts match ?", [stage.match])]

    assert hits("phrase", "ferry to the island will run twice") == [1]
    assert sorted(hits("all", "ferry to the island will run twice")) == [1, 2]
    assert hits("phrase", "ferries to the islands") == [1]  # porter stems the phrase too


def test_word_diff_display_ops():
    ops = word_diff("Fares will be frozen next year.", "Fares will not be frozen next year")
    assert ops == [
        {"op": "equal", "text": "Fares will"},
        {"op": "insert", "text": "not"},
        {"op": "equal", "text": "be frozen next year"},
    ]
    assert not text.has_changes(word_diff("The tax is fair.", "the tax is FAIR"))
    changed = word_diff("a rise of 4.6 percent", "a rise of 6.4 percent")
    assert {"op": "delete", "text": "4.6"} in changed and {"op": "insert", "text": "6.4"} in changed
    assert word_diff("", "") == [] and word_diff(None, "new words") == [{"op": "insert", "text": "new words"}]


def test_align_words_shared_with_drift():
    from datasette_claims.matching.drift import word_diff as drift_diff

    d = drift_diff("Fares will be frozen next year", "Fares will not be frozen next year")
    assert d["negation"] is True
    assert [op.tag for op in text.align_words("a b c", "a x c")] == ["equal", "replace", "equal"]


def test_capitalised_words_are_the_names_a_text_writes():
    from datasette_claims.text import capitalised_words

    assert capitalised_words("The mayor of Kessel met Anna Brandt in Marlow.") == {"kessel", "anna", "brandt", "marlow"}
    assert capitalised_words("He said nothing.") == set()


def test_the_names_feature_compares_the_names_two_texts_write():
    from datasette_claims.matching.similarity import features

    same = features("Anna Brandt opened the Marlow bridge.", "The Marlow bridge was opened by Anna Brandt.")
    other = features("Anna Brandt opened the Marlow bridge.", "Piet Andersen opened the Kessel bridge.")
    assert same["names"] == 1.0 and other["names"] == 0.0
