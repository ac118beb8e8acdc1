"""Speaker aliases: one person under several names, and namesakes kept apart."""

from __future__ import annotations

import json

from datasette_claims import loader
from datasette_claims.matching.aliases import cluster_names, parse_name
from datasette_claims.store import open_db

from test_matching_pipeline import quote_extractor, write_docs


def _speakers(names):
    return [{"id": n.lower().replace(" ", "-"), "name": n, "kind": "person"} for n in names]


def test_title_and_role_are_cut_from_the_name():
    p = parse_name("Russian Foreign Minister Sergei Lavrov")
    assert p.core_name == "Sergei Lavrov" and p.role == "Russian Foreign Minister"
    assert parse_name("the President of Georgia Mikheil Saakashvili").core_name == "Mikheil Saakashvili"
    assert parse_name("President Bush, in a press conference").core_name == "Bush"


def test_the_seat_of_an_elected_body_is_a_title_cut_from_the_name():
    # a transcript's "Councillor Abel Marsh" is the "Abel Marsh" of the report beside it (before: the seat kept in
    # the name, the two never one speaker); an MP and a prosecutor likewise
    for titled, core in (("Councillor Abel Marsh", "Abel Marsh"), ("Labour MP Dora Venn", "Dora Venn"),
                         ("Prosecutor Ilse Brand", "Ilse Brand")):
        assert parse_name(titled).core_name == core
        names = [titled, core]
        assert cluster_names(_speakers(names)) == [sorted(s["id"] for s in _speakers(names))]


def test_lavrov_variants_merge():
    names = ["Sergei Lavrov", "Sergey Lavrov", "Lavrov", "Russian Foreign Minister Sergei Lavrov"]
    assert cluster_names(_speakers(names)) == [sorted(s["id"] for s in _speakers(names))]


def test_namesakes_do_not_merge():
    names = ["George W. Bush", "George H. W. Bush", "George Bush", "Bush", "Bill Clinton", "Hillary Clinton",
             "Clinton", "Elena Vasquez", "Marco Vasquez"]
    assert cluster_names(_speakers(names)) == []


def test_organisations_are_left_alone():
    names = ["the Bush administration", "George W. Bush", "Amnesty International"]
    assert cluster_names(_speakers(names)) == []


DOCS = [
    {"id": "r1", "outlet": "Daily One", "date": "2031-05-01", "title": "Talks",
     "text": '"The talks in Geneva were useful but not decisive," said Sergei Lavrov.'},
    {"id": "r2", "outlet": "Daily Two", "date": "2031-05-01", "title": "Talks",
     "text": '"The Geneva talks were useful but not decisive," said Sergey Lavrov.'},
    {"id": "r3", "outlet": "Daily Three", "date": "2031-05-02", "title": "Talks",
     "text": '"We expect a second round in June," said Russian Foreign Minister Sergei Lavrov.\n\n'
             '"Nobody should expect miracles from one meeting," said Lavrov.'},
    {"id": "r4", "outlet": "Daily Four", "date": "2031-05-02", "title": "Markets",
     "text": '"Grain prices will fall this autumn," said Anna Lavrova.\n\n'
             '"Harvests are late across the north," said Ivan Petrov.\n\n'
             '"Harvests are late in the south too," said Olga Petrov.'},
]


def test_aliases_merge_in_the_database(tmp_path, monkeypatch):
    monkeypatch.setattr(loader, "extract_claims", quote_extractor)
    path = str(tmp_path / "a.db")
    loader.load(path, [write_docs(tmp_path, DOCS)])
    db = open_db(path)
    rows = {r[0]: r for r in db.execute("select id, name, aliases, claim_count from speakers")}
    assert "sergei-lavrov" in rows
    for gone in ("sergey-lavrov", "lavrov", "russian-foreign-minister-sergei-lavrov"):
        assert gone not in rows
    assert set(json.loads(rows["sergei-lavrov"][2])) >= {
        "Sergei Lavrov", "Sergey Lavrov", "Lavrov", "Russian Foreign Minister Sergei Lavrov"
    }
    assert rows["sergei-lavrov"][3] == 4
    speakers = {r[0] for r in db.execute("select distinct speaker_id from claims")}
    assert speakers == {"sergei-lavrov", "anna-lavrova", "ivan-petrov", "olga-petrov"}
    # the two Geneva quotes are one story under the merged speaker
    story = db.execute("select story_id from claims where article_id = 'r1'").fetchone()[0]
    assert story and story == db.execute("select story_id from claims where article_id = 'r2'").fetchone()[0]


class _Recording:
    """A connection that notes the parameters of every statement it runs."""

    def __init__(self, conn):
        self.conn, self.params = conn, []

    def execute(self, sql, params=()):
        self.params.append(list(params))
        return self.conn.execute(sql, params)


def test_a_loads_namesakes_are_read_whole_only_when_they_share_its_surname(tmp_path):
    """Names holding the word without it being their surname ("Berg Ferry
    Company") are left out by their surname key, never read whole; the
    namesakes are read whole and returned, in table order."""
    from datasette_claims.matching.aliases import key_surnames, _speakers_sharing_surnames

    db = open_db(str(tmp_path / "s.db"))
    names = ["Berg Ferry Company", "Lise Berg", "Tom Hale", "Karl Berg", "the Berg council", "K. Berg"]
    db["speakers"].insert_all(_speakers(names))
    key_surnames(db.conn)  # (as the alias step of an earlier load left them)
    db.conn.commit()
    conn = _Recording(db.conn)
    rows = _speakers_sharing_surnames(conn, {"karl-berg"})
    assert [r["id"] for r in rows] == ["lise-berg", "karl-berg", "k.-berg"]
    assert rows[0]["name"] == "Lise Berg" and set(rows[0]) >= {"id", "name", "kind", "role", "aliases"}
    assert [p for p in conn.params if p] == [["karl-berg"], ["berg"]]  # looked up by id, then by surname


