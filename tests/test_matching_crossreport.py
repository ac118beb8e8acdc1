"""The same statement across real-style coverage: fragments, paraphrase,
translations, meaning flips, one-statement stories and speaker aliases.

Every report is invented (the invented valley of Marlow and its governor,
the invented republic of Kessel and its president).  Reports go through
the real loader into a real SQLite file; claims come from a small stand-in
extractor (three patterns below) so that these tests pin down matching,
not extraction.  The stand-in splits a quotation at its sentence ends, as
the statement grain does, and remembers which sentences share one
attribution (their utterance).
"""

from __future__ import annotations

import json
import re

import pytest
from conftest import make_datasette
from test_matching_pipeline import write_docs

from datasette_claims import loader
from datasette_claims.matching import decide, is_same_claim, pipeline
from datasette_claims.models import Claim, Span
from datasette_claims.store import open_db

_WHO = r"(?P<who>[A-Z][\w.\- ]+?)"
DIRECT = re.compile(r'^"(?P<q>[^"]+?),?" said ' + _WHO + r"\.$", re.MULTILINE)
INDIRECT = re.compile(r"^" + _WHO + r" said that (?P<q>[^\"]+?)\.$", re.MULTILINE)
PARTIAL = re.compile(r"^" + _WHO + r' (?:called|described) (?P<q>[^\n]*?"[^"\n]+"[^\n]*?)\.$', re.MULTILINE)
SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")

UTTERANCES: dict[str, str] = {}  # claim id -> utterance id, filled by the stand-in


def _claim(article, s, e, who, quote_type):
    return Claim(
        id=f"{article.id}:{s}-{e}",
        content=Span(s, e, article.text[s:e]),
        speaker=who,
        sourcing="named_person",
        quote_type=quote_type,
        said_on=article.published,
        rule="test.crossreport",
    )


def stand_in_extractor(article):
    claims = []
    for m in DIRECT.finditer(article.text):
        s, e = m.span("q")
        utterance = f"{article.id}:{s}-{e}"
        pos = s
        for piece in SENTENCE_END.split(article.text[s:e]):
            ps = article.text.index(piece, pos)
            pe = ps + len(piece)
            pos = pe
            c = _claim(article, ps, pe, m.group("who"), "direct")
            UTTERANCES[c.id] = utterance
            claims.append(c)
    for pattern, quote_type in ((INDIRECT, "indirect"), (PARTIAL, "partial")):
        for m in pattern.finditer(article.text):
            s, e = m.span("q")
            claims.append(_claim(article, s, e, m.group("who"), quote_type))
    return claims


@pytest.fixture
def stand_in(monkeypatch):
    monkeypatch.setattr(loader, "extract_claims", stand_in_extractor)


def doc(id_, date, *paragraphs, outlet=None):
    return {"id": id_, "outlet": outlet or f"The {id_.title()} Post", "date": date, "title": id_,
            "text": "\n\n".join(paragraphs)}


def load(tmp_path, docs):
    path = str(tmp_path / "claims.db")
    report = loader.load(path, [write_docs(tmp_path, docs)])
    assert report.ok
    return open_db(path)


def claim_id(db, article, needle):
    row = db.execute(
        "select id from claims where article_id = ? and content like ?", [article, f"%{needle}%"]
    ).fetchone()
    assert row is not None, (article, needle)
    return row[0]


def link_between(db, a, b):
    row = db.execute(
        "select kind, method, diff from claim_matches "
        "where (claim_a = ? and claim_b = ?) or (claim_a = ? and claim_b = ?)",
        [a, b, b, a],
    ).fetchone()
    return None if row is None else {"kind": row[0], "method": row[1], "diff": json.loads(row[2]) if row[2] else None}


def story(db, cid):
    return db.execute("select story_id from claims where id = ?", [cid]).fetchone()[0]


# -- fragments, paraphrase, translations ---------------------------------------------------------


def test_short_quoted_fragment_links_to_the_longer_quotation(tmp_path, stand_in):
    db = load(tmp_path, [
        doc("herald", "2031-05-02",
            '"The water tariff the valley council put forward last week is dead on arrival in this chamber, '
            'and everyone who sat through the hearings knows it," said Tessa Okonkwo.'),
        doc("gazette", "2031-05-03",
            'Tessa Okonkwo called the proposal "dead on arrival" during a heated session.'),
        doc("courier", "2031-05-03",
            '"The ferry timetable will change in the autumn," said Tessa Okonkwo.'),
    ])
    full = claim_id(db, "herald", "dead on arrival")
    frag = claim_id(db, "gazette", "dead on arrival")
    found = link_between(db, full, frag)
    assert found and found["kind"] == "same" and found["method"].endswith(":partial")
    assert story(db, full) == story(db, frag) is not None
    # the speaker's other statement stays apart
    assert link_between(db, full, claim_id(db, "courier", "ferry")) is None


def test_quotation_and_its_paraphrase_link(tmp_path, stand_in):
    db = load(tmp_path, [
        doc("herald", "2031-05-02",
            '"Every household in Marlow will receive forty litres of water a day free of charge from March," '
            "said Tessa Okonkwo."),
        doc("gazette", "2031-05-04",
            "Tessa Okonkwo said that from March each Marlow household would be given 40 free litres of water daily."),
        doc("courier", "2031-05-04",
            "Tessa Okonkwo said that the Marlow ferry would run twice an hour in summer."),
    ])
    quote = claim_id(db, "herald", "forty litres")
    para = claim_id(db, "gazette", "40 free litres")
    assert link_between(db, quote, para) is not None
    assert story(db, quote) == story(db, para) is not None
    assert link_between(db, quote, claim_id(db, "courier", "ferry")) is None


def test_two_translations_of_one_remark_link(tmp_path, stand_in):
    # two agencies translating the same foreign-language remark
    db = load(tmp_path, [
        doc("wire-one", "2031-06-10",
            '"In these hard times our people must stand together and share what little bread we have," '
            "said President Ilmar Vaska."),
        doc("wire-two", "2031-06-10",
            '"In these difficult conditions our people must stand united and share the little bread we have," '
            "said Ilmar Vaska."),
    ])
    a = claim_id(db, "wire-one", "hard times")
    b = claim_id(db, "wire-two", "difficult conditions")
    found = link_between(db, a, b)
    assert found is not None and found["kind"] in ("same", "drift")
    assert story(db, a) == story(db, b) is not None


# -- meaning flips ---------------------------------------------------------------------------------


def test_negation_and_number_flips_on_quotations_are_drift(tmp_path, stand_in):
    db = load(tmp_path, [
        doc("herald", "2031-05-02",
            '"Rail fares in the valley will be frozen until the end of next year," said Tessa Okonkwo.',
            '"Unemployment in the valley fell to 4.6 percent this spring," said Tessa Okonkwo.'),
        doc("gazette", "2031-05-03",
            '"Rail fares in the valley will not be frozen until the end of next year," said Tessa Okonkwo.',
            '"Unemployment in the valley fell to 6.4 percent this spring," said Tessa Okonkwo.'),
    ])
    fares = link_between(db, claim_id(db, "herald", "Rail fares"), claim_id(db, "gazette", "Rail fares"))
    assert fares and fares["kind"] == "drift"
    assert "negation" in fares["diff"]["meaning"] and {"op": "insert", "a": "", "b": "not"} in fares["diff"]["ops"]
    jobs = link_between(db, claim_id(db, "herald", "Unemployment"), claim_id(db, "gazette", "Unemployment"))
    assert jobs and jobs["kind"] == "drift" and "numbers" in jobs["diff"]["meaning"]
    assert jobs["diff"]["numbers"] == {"a": ["4.6"], "b": ["6.4"]}


@pytest.mark.asyncio
async def test_flips_on_paraphrases_are_conflicts_shown_on_the_claim(tmp_path, stand_in):
    db = load(tmp_path, [
        doc("herald", "2031-05-02",
            "Tessa Okonkwo said that the Marlow ferry would be free for pensioners from next month.",
            "Tessa Okonkwo said that water bills in Marlow would rise by 12 percent in the spring."),
        doc("gazette", "2031-05-03",
            "Tessa Okonkwo said that the Marlow ferry would not be free for pensioners from next month.",
            "Tessa Okonkwo said that water bills in Marlow would rise by 21 percent in the spring."),
    ])
    ferry_a, ferry_b = claim_id(db, "herald", "ferry"), claim_id(db, "gazette", "ferry")
    ferry = link_between(db, ferry_a, ferry_b)
    assert ferry and ferry["kind"] == "conflict" and ferry["diff"]["meaning"] == ["negation"]
    bills = link_between(db, claim_id(db, "herald", "water bills"), claim_id(db, "gazette", "water bills"))
    assert bills and bills["kind"] == "conflict" and bills["diff"]["meaning"] == ["numbers"]
    # a conflict is shown with the claim, but makes no story
    assert story(db, ferry_a) is None
    path = db.execute("pragma database_list").fetchone()[2]
    ds = make_datasette([path])
    from datasette_claims.views.base import encode_id

    j = (await ds.client.get(f"/claims/-/claims/claim/{encode_id(ferry_a)}.json")).json()
    kinds = {s["claim"]["id"]: s["kind"] for s in j["similar"]}
    assert kinds.get(ferry_b) == "conflict"


def test_is_same_claim_says_no_to_meaning_flips():
    assert not is_same_claim("Fares will be frozen", "Fares will not be frozen")
    assert not is_same_claim("Inflation rose 4.6 percent last year", "Inflation rose 6.4 percent last year")
    assert not is_same_claim("The army will leave Kessel in May", "The army may leave Kessel in May")
    assert not is_same_claim("Talks with Kessel begin on Monday", "Talks with Marlow begin on Monday")
    assert is_same_claim("We gave him thirty seconds to answer", "We gave him 30 seconds to answer")


# -- stories ---------------------------------------------------------------------------------------

S1 = "We will open the Kessel dam to visitors in May"
S2 = "The reservoir behind it will be full by the end of June"


def test_two_statements_of_one_speech_are_not_chained_into_one_story(tmp_path, stand_in):
    UTTERANCES.clear()
    path = str(tmp_path / "claims.db")
    docs = [
        doc("alpha", "2031-07-01", f'"{S1}," said Ilmar Vaska.'),
        doc("beta", "2031-07-01", f'"{S2}," said Ilmar Vaska.'),
        # one report runs the two sentences together into one
        doc("gamma", "2031-07-02", f'"{S1} and {S2[0].lower()}{S2[1:]}," said Ilmar Vaska.'),
        # one quotes both sentences in one attribution: two rows, one utterance
        doc("delta", "2031-07-02", f'"{S1}. {S2}," said Ilmar Vaska.'),
    ]
    assert loader.load(path, [write_docs(tmp_path, docs)], match=False).ok
    db = open_db(path)
    # the statement grain's column, as the extractor writes it (older schemas lack it)
    if not any(r[1] == "utterance_id" for r in db.execute("pragma table_info(claims)")):
        db.execute("alter table claims add column utterance_id text")
    db.conn.executemany("update claims set utterance_id = ? where id = ?", [(u, c) for c, u in UTTERANCES.items()])
    db.conn.commit()
    pipeline.rebuild(db)
    a, b = claim_id(db, "alpha", "dam"), claim_id(db, "beta", "reservoir")
    g = claim_id(db, "gamma", "dam")
    d1, d2 = claim_id(db, "delta", "dam"), claim_id(db, "delta", "reservoir")
    assert d1 != d2
    # the merged report matches both statements ...
    assert link_between(db, g, a) and link_between(db, g, b)
    # ... but a story is one statement
    assert story(db, a) is not None and story(db, b) is not None
    assert story(db, a) != story(db, b)
    assert story(db, a) == story(db, d1) and story(db, b) == story(db, d2)
    assert story(db, d1) != story(db, d2)  # two sentences of one utterance
    for sid, in db.execute("select id from stories").fetchall():
        texts = " ".join(r[0] for r in db.execute("select content from claims where story_id = ?", [sid]))
        assert not ("dam to visitors" in texts and "reservoir" in texts and g not in
                    {r[0] for r in db.execute("select id from claims where story_id = ?", [sid])})


def test_matching_works_without_the_utterance_column(tmp_path, stand_in):
    # a database written before the statement grain has no utterance_id
    path = str(tmp_path / "claims.db")
    docs = [doc("alpha", "2031-07-01", f'"{S1}," said Ilmar Vaska.'),
            doc("beta", "2031-07-02", f'"{S1}," said Ilmar Vaska.')]
    assert loader.load(path, [write_docs(tmp_path, docs)], match=False).ok
    db = open_db(path)
    if any(r[1] == "utterance_id" for r in db.execute("pragma table_info(claims)")):
        for (index,) in db.execute(
            "select name from sqlite_master where type = 'index' and tbl_name = 'claims' and sql like '%utterance_id%'"
        ).fetchall():
            db.execute(f"drop index [{index}]")
        db.execute("alter table claims drop column utterance_id")
    pipeline.rebuild(db)
    a, b = claim_id(db, "alpha", "dam"), claim_id(db, "beta", "dam")
    assert story(db, a) == story(db, b) is not None


# -- speaker aliases -------------------------------------------------------------------------------


def test_aliases_merge_when_the_articles_support_it(tmp_path, stand_in):
    db = load(tmp_path, [
        doc("one", "2031-03-01",
            '"The harbour will reopen before the summer season begins," said President George W. Bush.'),
        doc("two", "2031-03-02",
            '"Our farmers deserve a fair price for every bushel they grow," said George W. Bush.'),
        doc("three", "2031-03-03",
            '"The budget will balance itself once the war is over," said Bush.'),
        doc("four", "2031-03-03",
            '"Every child in this valley deserves a school within walking distance," said Barack Obama.'),
        doc("five", "2031-03-04",
            '"We will not leave the mountain villages without a doctor," said Obama.'),
    ])
    speakers = {r[0] for r in db.execute("select distinct speaker_id from claims")}
    assert speakers == {"george-w-bush", "barack-obama"}
    aliases = json.loads(db.execute("select aliases from speakers where id = 'george-w-bush'").fetchone()[0])
    assert {"President George W. Bush", "George W. Bush", "Bush"} <= set(aliases)


def test_people_sharing_a_surname_stay_apart_and_do_not_link(tmp_path, stand_in):
    db = load(tmp_path, [
        doc("one", "2031-03-01",
            '"The harbour will reopen before the summer season begins next year," said Hillary Clinton.'),
        doc("two", "2031-03-02",
            '"The harbour will reopen after the summer season ends next year," said Bill Clinton.'),
        doc("three", "2031-03-02",
            '"The new bridge is a gift to the whole valley," said Clinton.'),
        doc("four", "2031-03-03",
            '"The new bridge is a gift to the whole valley," said Mr Knobloch of the Marlow network.'),
        doc("five", "2031-03-04",
            '"We never asked for a bridge at all," said Anna Knobloch.'),
    ])
    speakers = {r[0] for r in db.execute("select distinct speaker_id from claims")}
    assert {"hillary-clinton", "bill-clinton"} <= speakers
    # "Clinton" alone could be either: it stays its own speaker
    assert db.execute("select speaker_id from claims where article_id = 'three'").fetchone()[0] not in (
        "hillary-clinton", "bill-clinton")
    # "Mr Knobloch of the Marlow network" is the one Knobloch the database knows
    assert db.execute("select speaker_id from claims where article_id = 'four'").fetchone()[0] == "anna-knobloch"
    h, b = claim_id(db, "one", "harbour"), claim_id(db, "two", "harbour")
    assert link_between(db, h, b) is None and story(db, h) is None


def _info(i, content, quote_type, speaker="tessa-okonkwo", published="2031-05-02"):
    return decide.ClaimInfo(i, f"a{i}:0-1", f"a{i}", speaker, content, quote_type, published, f"a{i}",
                              "Tessa Okonkwo" if speaker else None)


def test_two_quoted_words_link_only_when_both_carry_meaning():
    long_ = _info(1, 'the council has admitted "political collaboration" with the rebels and there is "no doubt" '
                     "the ferry will run", "mixed")
    rare = _info(2, 'she admitted "political collaboration" with the group', "mixed")
    common = _info(3, 'she said there was "no doubt" about it', "mixed")
    assert decide.link(long_, rare, 0.5) is not None
    assert decide.link(long_, common, 0.5) is None
    # an unknown speaker needs a longer quoted stretch
    assert decide.link(_info(4, long_.content, "mixed", speaker=None), rare, 0.5) is None
