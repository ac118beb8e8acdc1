"""``claims extract`` builds each article's JSON line where its claims are
extracted (``parallel.build_line``): the line is the contract's JSON, and
the article and claims objects are not sent back beside it."""

from __future__ import annotations

import json

from datasette_claims import parallel
from datasette_claims.contract import article_json
from datasette_claims.models import Document

TEXT = ("Nadia Orlov, the port director, said the new cranes would arrive in March. "
        "\"We are ready,\" she said.")


def test_the_line_is_the_contract_json_and_replaces_the_objects():
    doc = Document(text=TEXT, path="mem", id="n1")
    plain = parallel.prepare(doc)
    expected = json.dumps(article_json(plain.article, plain.claims), ensure_ascii=False) + "\n"
    assert plain.claims, "the sentence should give claims"
    lined = parallel.prepare(doc, lines=parallel.Lines())
    assert lined.line == expected
    assert lined.article is None and lined.claims == [] and lined.article_id == "n1"


def test_indent_is_passed_to_the_json():
    doc = Document(text=TEXT, path="mem", id="n1")
    lined = parallel.prepare(doc, lines=parallel.Lines(indent=2))
    assert lined.line.startswith("{\n  ") and json.loads(lined.line)["id"] == "n1"


def test_a_failed_extraction_keeps_its_article_and_gets_no_line():
    prepared = parallel.Prepared("mem", article=None)
    prepared.error = parallel.LoadError("mem", "claim extraction failed: boom")
    parallel.build_line(prepared)
    assert prepared.line is None


def test_two_workers_give_the_lines_of_one_in_order():
    docs = [Document(text=TEXT.replace("Nadia Orlov", f"Nadia Orlov{'a' * k}"), path=f"d{k}", id=f"d{k}")
            for k in range(3 * parallel.CHUNK)]
    one = [p.line for p in parallel.prepared(docs, 1, lines=parallel.Lines())]
    two = [p.line for p in parallel.prepared(docs, 2, lines=parallel.Lines())]
    assert one == two and len(one) == len(docs) and all(one)


def test_a_lone_capitalised_word_is_a_name_only_when_written_so_mid_sentence():
    from datasette_claims.extract.speaker_guards import name_start

    text = "Statements include a pledge. Officials met Brandt on Monday. Brandt said it was fine."
    at = text.index("Brandt said")
    assert name_start(text, at, at + len("Brandt")) == at
    first = text.index("Statements")
    assert name_start(text, first, first + len("Statements")) is None
    assert name_start("Brandt's plan. Brandt said no.", 15, 21) is None  # never mid-sentence


def test_an_address_with_a_space_is_not_valid():
    from datasette_claims.articles import valid_url

    assert valid_url("  https://news.example.org/a  ")
    assert not valid_url("https://news.example.org/a b")
    assert not valid_url("https://news.example.org/\u2003a")
    assert not valid_url("   ") and not valid_url(None)


def test_article_line_is_json_dumps_of_article_json():
    """The command's line (values shared, an encoder built once) is byte for
    byte what encoding ``article_json`` gives, indented or not."""
    import json

    from datasette_claims.contract import article_json, article_line
    from datasette_claims.models import Article, Claim, Dateline, Span

    text = "Ann Lee said the bridge \u2014 \u201cclosed\u201d \u00e9t\u00e9 \\ \"shut\".\n\nBob added more."
    article = Article(id="t1", text=text, url="http://example.org/a", headline="Bridge",
                      paragraphs=[Span(0, 60, text[:60])], dateline=Dateline(place="PARIS"))
    claims = [
        Claim(id="c1", content=Span(14, 60, text[14:60]), source=Span(0, 7, text[0:7]), cue=Span(8, 12, text[8:12]),
              speaker="Ann Lee", hedges=["reportedly", "\u00e0 peu pr\u00e8s"], confidence=0.75),
        Claim(id="c2", content=Span(62, 76, text[62:76]), confidence=float("inf")),
    ]
    for indent in (None, 2):
        assert article_line(article, claims, indent) == json.dumps(article_json(article, claims),
                                                                   ensure_ascii=False, indent=indent)
    assert article_line(article, [], None) == json.dumps(article_json(article, []), ensure_ascii=False)


def test_the_command_runs_with_the_cyclic_collector_off_and_turns_it_back_on(tmp_path, monkeypatch):
    """Reading and writing between two articles make no cycles: no collection
    walks the extractor's tables between them; the collector is on again after."""
    import gc

    from click.testing import CliRunner
    from datasette.cli import cli

    path = tmp_path / "in.jsonl"
    path.write_text("".join(json.dumps({"id": f"n{k}", "text": TEXT}) + "\n" for k in range(3)), encoding="utf-8")
    seen = []
    real = parallel.prepared

    def watched(*args, **kwargs):
        for item in real(*args, **kwargs):
            seen.append(gc.isenabled())
            yield item

    monkeypatch.setattr(parallel, "prepared", watched)
    assert gc.isenabled()
    result = CliRunner().invoke(cli, ["claims", "extract", str(path), "--jobs", "1"])
    assert result.exit_code == 0, result.output
    assert len(result.output.splitlines()) == 3
    assert seen == [False, False, False]
    assert gc.isenabled()


def test_the_command_process_exits_without_walking_its_heap(tmp_path):
    """The process of ``claims extract`` ends with its work: the heap is frozen
    at exit (``collector.frozen_at_exit``), before the interpreter's last
    collections, which would walk every module, pattern and cache only to
    free them; the output of each run is whole."""
    import os
    import subprocess
    import sys

    path = tmp_path / "in.jsonl"
    path.write_text("".join(json.dumps({"id": f"n{k}", "text": TEXT}) + "\n" for k in range(2)), encoding="utf-8")
    # A handler registered before the command's runs after it (atexit is last in, first out).
    script = (
        "import atexit, gc, sys\n"
        "atexit.register(lambda: sys.stderr.write(f'frozen at exit: {gc.get_freeze_count()}\\n'))\n"
        "from datasette.cli import cli\n"
        "for _ in range(2):\n"
        "    cli(['claims', 'extract', sys.argv[1], '--jobs', '1'], standalone_mode=False)\n"
    )
    import datasette_claims

    # (the copy of the package under test, run from elsewhere: ``-c`` puts the working folder first)
    root = os.path.dirname(os.path.dirname(os.path.abspath(datasette_claims.__file__)))
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(filter(None, (root, os.environ.get("PYTHONPATH")))))
    run = subprocess.run([sys.executable, "-c", script, str(path)], capture_output=True, text=True, env=env,
                         cwd=tmp_path, check=True)
    lines = run.stdout.splitlines()
    assert len(lines) == 4 and [json.loads(line)["id"] for line in lines] == ["n0", "n1", "n0", "n1"]
    frozen = [line for line in run.stderr.splitlines() if line.startswith("frozen at exit:")]
    assert len(frozen) == 1 and int(frozen[0].split(":")[1]) > 0, run.stderr

