"""A load imports only what it runs.  Without matching it counts the articles it leaves
unmatched by one query of the store's (``store.articles.unmatched_count``), where the
loader used to import ``matching.pipeline`` (and rapidfuzz with it) for the list of
their ids, 0.04-0.07 CPU s at the end of every such load; and a load of ``claims
extract`` output, which extracts nothing, does not import the extractor (0.3-0.5 s
at the start of the command)."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from conftest import write_docs
from datasette_claims.loader import load
from datasette_claims.store.articles import unmatched_articles
from datasette_claims.store import open_db

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def _doc(ident: str, speaker: str, text: str) -> dict:
    return {"id": ident, "kind": "transcript", "speaker": speaker, "outlet": "Harbour Post", "date": "2021-05-03",
            "title": f"Hall {ident}", "text": text}


FIRST = [_doc("hall-0", "Marta Quill", "The ferry toll across the Vennel channel will rise by 12 percent next spring."),
         _doc("hall-1", "Marta Quill", "The quay lights will be replaced before the winter storms arrive.")]
ADDED = [_doc("hall-2", "Ivo Brandt", "The orchard cooperative sold 200 crates of plums at the autumn fair."),
         _doc("hall-3", "Petra Lund", "The cider press at the annex will open to growers in October."),
         _doc("hall-4", "Petra Lund", "The pier will reopen to fishing boats in the first week of June.")]

CHILD = """
import json, sys
from datasette_claims.loader import load
report = load(sys.argv[1], [sys.argv[2]], match=False)
print(json.dumps({"unmatched": report.unmatched, "matcher": "datasette_claims.matching" in sys.modules,
                  "extractor": "datasette_claims.extract" in sys.modules}))
"""


def _folder(tmp_path, name: str, docs: list) -> str:
    folder = tmp_path / name
    folder.mkdir()
    return write_docs(folder, docs)


def _child(tmp_path, src: str) -> dict:
    env = dict(os.environ, PYTHONPATH=ROOT + os.pathsep + os.environ.get("PYTHONPATH", ""))
    out = subprocess.run([sys.executable, "-c", CHILD, str(tmp_path / "c.db"), src], env=env, cwd=ROOT,
                         capture_output=True, text=True, check=True).stdout
    return json.loads(out.strip().splitlines()[-1])


def test_a_load_without_matching_does_not_import_the_matcher(tmp_path):
    found = _child(tmp_path, _folder(tmp_path, "added", ADDED))
    assert (found["unmatched"], found["matcher"]) == (3, False)


def test_a_load_of_extract_output_does_not_import_the_extractor(tmp_path):
    from datasette_claims.contract import article_line
    from datasette_claims.loader import process
    from datasette_claims.models import Document

    texts = ['"The pier will reopen to fishing boats in June," said Marta Quill, the harbour master.',
             'The cider press will open to growers in October, Petra Lund told the council.',
             'Ivo Brandt said the cooperative sold 200 crates of plums at the autumn fair.']
    lines = [article_line(*process(Document(text=t, path=f"a{k}.txt", id=f"annex-{k}", headline=f"Annex {k}")))
             for k, t in enumerate(texts)]
    src = tmp_path / "extracted.jsonl"
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert _child(tmp_path, str(src)) == {"unmatched": 3, "matcher": False, "extractor": False}


def test_the_count_is_the_matchers_list(tmp_path):
    path = str(tmp_path / "c.db")
    assert load(path, [_folder(tmp_path, "first", FIRST)], match=True).unmatched == 0
    report = load(path, [_folder(tmp_path, "added", ADDED)], match=False)
    waiting = unmatched_articles(open_db(path).conn)
    assert report.unmatched == len(waiting) == 3
