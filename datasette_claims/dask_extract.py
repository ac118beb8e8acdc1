"""``claims extract`` on a Dask cluster, for archives that outgrow one machine.

Extraction is a pure function of the article, so a cluster can run it over
partitions of JSON lines and write the extract contract (contract.py) as
files; ``claims load`` then stores those files without extracting again, and
the SQLite file served by Datasette stays the one place rows are written.
Matching runs after the bulk load (``claims match``).

Dask rather than Spark (docs/distributed.md): it is pure Python and
installed with pip (the optional ``distributed`` extra), so the same code
runs on a laptop, a LocalCluster in CI without a JVM, or a cluster, and the
workers run this package's own functions on plain Python objects.

Only JSON lines inputs are read here (the format archives come in); lines
are read on the workers, in blocks, and the output files are numbered so a
sorted folder walk reads them back in input order.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass

from .contract import article_line
from .parallel import prepare
from .readers import MAX_ARTICLE_CHARS, LoadError, from_record, json_problem, records_of


@dataclass
class DaskExtractReport:
    articles: int
    errors: list[str]  # "reason" per input line that gave no article


def extract_line(line: str) -> list[tuple[str | None, str | None]]:
    """One input line -> an (extract JSON line, None) or (None, error) per record
    in it: one, or each record of a saved API response's list (``records_of``),
    as ``claims extract`` reads the line."""
    if not line.strip():
        return []
    try:
        record = json.loads(line)
    except (ValueError, RecursionError) as e:
        return [(None, f"invalid JSON: {json_problem(e)}")]
    records = records_of(record)
    return [_extract_record(item) for item in ([record] if records is None else records)]


def _extract_record(record) -> tuple[str | None, str | None]:
    # A record reads as one document, or as an error; a warning (repaired
    # Unicode) comes before its document and does not stop it.
    items = list(from_record(record, "<dask>", MAX_ARTICLE_CHARS))
    doc = items[-1]
    if isinstance(doc, LoadError):
        return None, doc.reason
    done = prepare(doc)
    if done.error:
        return None, done.error.reason
    return article_line(done.article, done.claims), None


def extract_to_folder(paths: list[str], out_dir: str, blocksize: str | int = "16MiB") -> DaskExtractReport:
    """Extract every JSON line of ``paths`` on the current Dask client into ``out_dir``.

    Writes ``out_dir/part-00000.jsonl``, ... in input order; returns how many
    articles were written and the errors.  Needs ``dask[distributed]`` and a
    ``distributed.Client`` (or Dask's default scheduler) in the caller.
    """
    import dask
    import dask.bag as db

    os.makedirs(out_dir, exist_ok=True)
    results = db.read_text(paths, blocksize=blocksize, encoding="utf-8").map(extract_line).flatten()
    lines = results.filter(lambda r: r[0] is not None).map(lambda r: r[0])
    errors = results.filter(lambda r: r[1] is not None).map(lambda r: r[1])
    written = lines.to_textfiles(os.path.join(out_dir, "part-*.jsonl"), name_function=lambda i: f"{i:05d}",
                                 compute=False, encoding="utf-8", last_endline=True)
    counted = lines.count()
    _, n, errs = dask.compute(written, counted, errors)
    return DaskExtractReport(articles=n, errors=list(errs))
