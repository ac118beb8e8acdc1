"""``claims extract`` never matches, raises alerts or scores the queue: the
loader imports those modules when a load first needs them, so that the
command's start-up (and each worker's) does not pay for them."""

import subprocess
import sys


def _modules_after(statement: str) -> set[str]:
    code = f"{statement}\nimport sys\nprint('\\n'.join(sorted(sys.modules)))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    return set(out.split())


def test_loader_import_leaves_matching_and_alerts_unimported():
    loaded = _modules_after("import datasette_claims.loader")
    assert "datasette_claims.store" in loaded
    # (nor the extractor: a load of ``claims extract`` output never extracts; the first
    # extraction, or the extraction pool before its fork, imports it)
    for lazy in ("datasette_claims.extract", "datasette_claims.matching", "datasette_claims.matching.pipeline",
                 "datasette_claims.factchecks.alerts", "datasette_claims.queue_scores"):
        assert lazy not in loaded, lazy


def test_load_with_matching_still_imports_them(tmp_path):
    src = tmp_path / "a.jsonl"
    src.write_text('{"id": "a1", "text": "Jane Roe said the bridge would open in May."}\n', encoding="utf-8")
    loaded = _modules_after(
        "from datasette_claims import loader\n"
        f"report = loader.load({str(tmp_path / 'c.db')!r}, [{str(src)!r}])\n"
        "assert report.ok and report.claims == 1, report.summary()")
    assert "datasette_claims.matching.pipeline" in loaded
    assert "datasette_claims.factchecks.alerts" in loaded
