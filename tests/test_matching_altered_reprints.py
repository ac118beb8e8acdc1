"""An altered quotation is flagged, in a reprint too.

A reprint whose only change is a quotation ("until the spring thaw" ->
"until the summer") is found as a duplicate of the wire copy, and its altered
quotation was linked ``same``: no drift on the story page, the chart or the
claim page.  A quotation with a phrase swapped for a shorter one ("until the
autumn storms are over" -> "until the winter") was ``same`` too: the longer
side's change was counted against the shorter side's words.  Invented
reports in a folder of text files, the real CLI, a real Datasette.
"""

from __future__ import annotations

import json
import sqlite3

import pytest
from click.testing import CliRunner
from conftest import make_datasette
from datasette.cli import cli

from datasette_claims.matching import decide

WIRE = """The Lindholm ferry was ordered into port on Tuesday after a hull survey found cracks near the bow.

"The Lindholm ferry is unsafe and it will stay in port until the spring thaw," Transport Minister Mira Solberg \
said on Tuesday.

Island councils said they would ask for the inspection reports. Solberg said the repairs would cost about four \
million crowns.
"""

BRIDGE = """The Orrin river bridge will remain closed, the regional road agency said on Monday.

Agency director Tomas Welling said the agency would "keep the bridge shut until the autumn storms are over."
"""

DETOUR = """Drivers face long detours after the regional road agency extended the closure of the Orrin river bridge.

Agency director Tomas Welling said the agency would "keep the bridge shut until the winter."
"""

FILES = {
    "wire.txt": ("Fjordwire", "2031-09-04", WIRE),
    # the wire copy word for word, but for its quotation
    "reprint.txt": ("Skerry Post", "2031-09-04", WIRE.replace("until the spring thaw", "until the summer")),
    "faithful.txt": ("Island Gazette", "2031-09-05", WIRE + "\nTimetables are posted at the harbour office.\n"),
    "bridge.txt": ("Valley Times", "2031-10-02", BRIDGE),
    "detour.txt": ("Northern Courier", "2031-10-03", DETOUR),
}


@pytest.fixture(scope="module")
def db_path(tmp_path_factory):
    folder = tmp_path_factory.mktemp("altered")
    rows = ["File,Outlet,Date"]
    for name, (outlet, date, text) in FILES.items():
        (folder / name).write_text(text, encoding="utf-8")
        rows.append(f"{name},{outlet},{date}")
    (folder / "manifest.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    path = str(folder / "claims.db")
    result = CliRunner().invoke(cli, ["claims", "load", path, str(folder), "-q", "--jobs", "1"],
                                catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return path


def _article(conn, outlet):
    return conn.execute("select id from articles where outlet = ?", [outlet]).fetchone()[0]


def _links(path, outlet_a, outlet_b):
    with sqlite3.connect(path) as conn:
        a, b = _article(conn, outlet_a), _article(conn, outlet_b)
        return conn.execute(
            """select ca.content, cb.content, m.kind, m.method, m.diff from claim_matches m
               join claims ca on ca.id = m.claim_a join claims cb on cb.id = m.claim_b
               where ca.article_id = ? and cb.article_id = ?""", [a, b]).fetchall()


def test_a_reprints_altered_quotation_is_drift_and_its_copied_claims_same(db_path):
    with sqlite3.connect(db_path) as conn:
        wire, reprint = _article(conn, "Fjordwire"), _article(conn, "Skerry Post")
        assert conn.execute("select duplicate_of from articles where id = ?", [reprint]).fetchone()[0] == wire
    links = _links(db_path, "Fjordwire", "Skerry Post")  # the original first, its reprint second
    assert links and all(method == "duplicate" for *_, method, _ in links)
    altered = [link for link in links if "spring thaw" in link[0]]
    assert [kind for _, _, kind, _, _ in altered] == ["drift"]
    assert json.loads(altered[0][4])["ops"] == [{"op": "replace", "a": "spring thaw", "b": "summer"}]
    assert all(kind == "same" for content, _, kind, _, _ in links if "spring thaw" not in content)
    # a faithful reprint's claims stay copies
    assert all(kind == "same" for _, _, kind, _, _ in _links(db_path, "Fjordwire", "Island Gazette"))


@pytest.mark.asyncio
async def test_the_story_page_and_the_claim_page_show_the_altered_reprint(db_path):
    ds = make_datasette([db_path])
    with sqlite3.connect(db_path) as conn:
        story_id, claim_id = conn.execute(
            "select story_id, id from claims where content like '%until the summer%'").fetchone()
    story = (await ds.client.get(f"/claims/-/claims/story/{story_id}.json")).json()
    rows = {t["claim"]["article"]["outlet"]: t for t in story["timeline"]}
    assert rows["Skerry Post"]["drift"] and rows["Skerry Post"]["reprint_of"]["outlet"] == "Fjordwire"
    assert not rows["Island Gazette"]["drift"] and rows["Fjordwire"]["first"]
    assert [d["title"] for d in story["chart"]["dots"] if d["drift"]] == ["Skerry Post, 2031-09-04 (wording drifted)"]
    page = (await ds.client.get(f"/claims/-/claims/claim/{claim_id.replace(':', '~3A')}")).text
    assert 'class="claims-similar-drift"' in page


@pytest.mark.asyncio
async def test_a_phrase_swapped_for_a_shorter_one_in_a_quotation_is_drift(db_path):
    (link,) = _links(db_path, "Valley Times", "Northern Courier")
    assert link[2] == "drift"
    assert json.loads(link[4])["summary"] == "autumn storms are over → winter"
    ds = make_datasette([db_path])
    with sqlite3.connect(db_path) as conn:
        story_id = conn.execute("select story_id from claims where content like '%until the winter%'").fetchone()[0]
    story = (await ds.client.get(f"/claims/-/claims/story/{story_id}.json")).json()
    drifted = [d["title"] for d in story["chart"]["dots"] if d["drift"]]
    assert drifted == ["Northern Courier, 2031-10-03 (wording drifted)"]


def _info(rowid, content, article, quote_type="direct", root=None):
    return decide.ClaimInfo(rowid=rowid, id=f"c{rowid}", article_id=article, speaker_id="s", content=content,
                            quote_type=quote_type, published="2031-05-02", root_article=root or article,
                            speaker_name="Ola Brenn")


def test_wire_copys_trivial_differences_are_no_drift_in_a_reprint_or_elsewhere():
    original = _info(1, "We know that the U.S. will act, and soon", "wire")
    for root in ("wire", None):  # a reprint of the wire, an independent report
        copy = _info(2, "we know the US will act and soon", "copy", root=root)
        assert decide.kind_of(original, copy)[0] == "same"
        misquote = _info(3, "We know that the U.S. will hesitate, and soon", "copy", root=root)
        assert decide.kind_of(original, misquote)[0] == "drift"
    # a reprint's reported speech with another figure is a conflict, as anywhere
    told = _info(4, "the ferry would stay in port for six weeks", "wire", "indirect")
    retold = _info(5, "the ferry would stay in port for eight weeks", "copy", "indirect", root="wire")
    assert decide.kind_of(told, retold)[0] == "conflict"
    # one report's own words twice are never drift
    assert decide.kind_of(original, _info(6, "We know the U.S. will hesitate", "wire"))[0] == "same"
