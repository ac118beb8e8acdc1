"""Loading at scale gives the same database: one process or two, and
``claims extract`` output loaded later instead of extracted again.

The corpus is generated from invented sentences (no corpus text), with the
cases that touch ids: records with an id, with only an address, with neither,
a text file whose text a later record repeats with an address (so the writer
adopts the stored id), a bad record, and a transcript.
"""

from __future__ import annotations

import json
import random
import sqlite3

import pytest
from click.testing import CliRunner
from datasette.cli import cli

# Columns that say when, not what: they differ between any two loads.
TIMESTAMPS = {"loaded_at", "created", "matched_at", "applied_at"}

PEOPLE = [
    ("Marta Quellan", "the harbour commissioner"),
    ("Tobias Fenwright", "a spokesman for the rail union"),
    ("Ilse Varnow", "the regional health minister"),
    ("Dario Pellucci", "mayor of Port Abernay"),
    ("Greta Holmqvist", "chair of the water board"),
]
TOPICS = [
    "the new ferry terminal", "the bridge repairs", "the hospital budget", "the tram timetable",
    "the flood barrier", "the school meals scheme", "the fishing quota", "the night bus service",
]
CLAIMS = [
    "{topic} will open before the end of the year",
    "{topic} has cost twice what was promised",
    "nobody was consulted about {topic}",
    "{topic} is the best value the town has seen in a decade",
    "the council never approved {topic}",
]


def _sentence(rng: random.Random) -> str:
    name, role = rng.choice(PEOPLE)
    claim = rng.choice(CLAIMS).format(topic=rng.choice(TOPICS))
    form = rng.randrange(4)
    if form == 0:
        return f'"{claim[0].upper() + claim[1:]}," said {name}, {role}.'
    if form == 1:
        return f"{name}, {role}, said that {claim}."
    if form == 2:
        return f"According to {name}, {claim}."
    return f"Officials who asked not to be named said {claim}."


def _text(rng: random.Random, n: int) -> str:
    paras = []
    for _ in range(rng.randrange(2, 5)):
        paras.append(" ".join(_sentence(rng) for _ in range(rng.randrange(1, 4))))
    paras.insert(0, f"PORT ABERNAY, May {n % 27 + 1} (Harbour Wire) - The town debated its plans on day {n}.")
    return "\n\n".join(paras)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """A folder of text files and a JSON lines file, about 50 articles."""
    root = tmp_path_factory.mktemp("corpus")
    rng = random.Random(14)
    txt = root / "a_texts"
    txt.mkdir()
    shared = _text(rng, 999)
    (txt / "shared.txt").write_text("Town debates harbour plans\n\n" + shared, encoding="utf-8")
    for n in range(8):
        (txt / f"t{n:02}.txt").write_text(f"Headline number {n} for the town\n\n" + _text(rng, n), encoding="utf-8")
    records = []
    for n in range(40):
        rec = {"text": _text(rng, 100 + n), "title": f"Council story {n}", "outlet": "Abernay Post"}
        if n % 3 == 0:
            rec["id"] = f"post-{n}"
        elif n % 3 == 1:
            rec["url"] = f"https://post.example/story/{n}"
        if n % 5 == 0:
            rec["date"] = f"2024-05-{n % 27 + 1:02}"
        records.append(json.dumps(rec))
    # The text file's text again, now with an address: stored under the text's id.
    records.append(json.dumps({"text": "Town debates harbour plans\n\n" + shared,
                               "url": "https://post.example/shared"}))
    records.append("{not json")
    records.append(json.dumps({"id": "speech-1", "kind": "transcript", "speaker": "Marta Quellan",
                               "text": "The terminal will open in June. We have kept every promise."}))
    (root / "b_records.jsonl").write_text("\n".join(records) + "\n", encoding="utf-8")
    return [str(txt), str(root / "b_records.jsonl")]


def claims(*args, input=None):
    return CliRunner().invoke(cli, ["claims", *map(str, args)], input=input, catch_exceptions=False)


def dump(path, skip=()) -> dict[str, list[tuple]]:
    """Every table, row for row in rowid order, without timestamp columns.

    A full-text index is compared by what it holds, every term with its row,
    column and position, not by how FTS5 happened to split it into segments
    (that follows the load's batches, which follow the clock).
    """
    conn = sqlite3.connect(path)
    out = {}
    tables = [r[0] for r in conn.execute("select name from sqlite_master where type = 'table' order by name")]
    for table in tables:
        if table.endswith(("_fts_data", "_fts_idx")):
            continue
        cols = [r[1] for r in conn.execute(f"pragma table_info([{table}])")
                if r[1] not in TIMESTAMPS and r[1] not in skip]
        select = ", ".join(f"[{c}]" for c in cols)
        try:
            rows = conn.execute(f"select {select} from [{table}] order by rowid").fetchall()
        except sqlite3.OperationalError:  # a table without rowid
            rows = sorted(conn.execute(f"select {select} from [{table}]").fetchall(), key=repr)
        out[table] = rows
    for fts in [t[: -len("_data")] for t in tables if t.endswith("_fts_data")]:
        conn.execute(f"create virtual table temp.[{fts}_terms] using fts5vocab(main, [{fts}], instance)")
        out[f"{fts} terms"] = conn.execute(f"select * from temp.[{fts}_terms] order by 1, 2, 3, 4").fetchall()
    conn.close()
    return out


def test_two_workers_give_the_same_database(corpus, tmp_path):
    dumps = []
    for jobs in (1, 2):
        db = tmp_path / f"jobs{jobs}.db"
        result = claims("load", db, *corpus, "--jobs", jobs)
        assert result.exit_code == 1  # the one bad line
        assert "51 articles (50 new, 1 updated" in result.output, result.output
        dumps.append(dump(db))
    one, two = dumps
    assert one.keys() == two.keys()
    assert len(one["claims"]) > 100
    assert len(one["load_errors"]) == 1
    for table in one:
        assert one[table] == two[table], table
    # The repeated text kept the text file's id and took the record's address.
    conn = sqlite3.connect(tmp_path / "jobs2.db")
    ids = [r[0] for r in conn.execute("select id from articles where url = 'https://post.example/shared'")]
    assert len(ids) == 1 and ids[0].startswith("t")
    claim_ids = [r[0] for r in conn.execute("select id from claims where article_id = ?", ids)]
    assert claim_ids and all(c.startswith(ids[0] + ":") for c in claim_ids)


def test_extract_with_two_workers_prints_the_same(corpus):
    one = claims("extract", *corpus, "--jobs", 1)
    two = claims("extract", *corpus, "--jobs", 2)
    assert one.exit_code == two.exit_code == 1
    assert one.stdout == two.stdout
    assert len(one.stdout.splitlines()) == 51  # every input once, the repeated text twice


def test_extract_then_load_gives_the_same_database(corpus, tmp_path):
    direct = tmp_path / "direct.db"
    claims("load", direct, *corpus, "--jobs", 1)
    out = tmp_path / "extracted.jsonl"
    result = claims("extract", *corpus, "--jobs", 2)
    # The repeated text is two lines of output (no database to consult) and
    # one article once loaded, as in the direct load.
    out.write_text(result.stdout, encoding="utf-8")
    later = tmp_path / "later.db"
    loaded = claims("load", later, out, "--jobs", 2)
    assert loaded.exit_code == 0, loaded.output
    # source_path names what was read (the extract output), and content_hash covers it.
    skip = {"source_path", "content_hash"}
    a, b = dump(direct, skip), dump(later, skip)
    a.pop("load_errors")  # the bad line failed at extract time, not at load time
    b.pop("load_errors")
    for table in a:
        assert a[table] == b[table], table


def test_a_bad_span_in_extract_output_is_an_error_row(tmp_path):
    text = 'The ferry will run all winter, said Ilse Varnow.'
    good = claims("extract", "-", input=json.dumps({"id": "w1", "text": text}) + "\n").stdout
    record = json.loads(good)
    assert record["claims"]
    bad = json.loads(good)
    bad["id"] = "w2"
    bad["claims"][0]["content"]["text"] = "The ferry will run all summer"
    db = tmp_path / "c.db"
    result = claims("load", db, "-", input=json.dumps(record) + "\n" + json.dumps(bad) + "\n")
    assert result.exit_code == 1
    conn = sqlite3.connect(db)
    assert [r[0] for r in conn.execute("select id from articles")] == ["w1"]
    (reason,) = conn.execute("select reason from load_errors").fetchone()
    assert "bad extract record" in reason and "content" in reason
    # Loading extract output does not extract again: the claims are the record's.
    stored = conn.execute("select id, content, rule from claims order by id").fetchall()
    assert stored == [(c["id"], c["content"]["text"], c["rule"]) for c in record["claims"]]
