"""A first load with ``--jobs`` makes the review queue's rows with each batch
(``queue_scores.LoadBounds``), not all after its last: the same rows, rowids and
bounds as one job's load (which makes them at the end), a speaker who becomes a
public figure in a later batch raising the bounds of its earlier claims, a load
cut short leaving exact rows for what it stored, and anything it cannot vouch for
(an article replaced, another connection's write) left to the refresh as before."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3

import pytest

from datasette_claims import queue_scores
from datasette_claims.loader import load
from datasette_claims.store.connection import retry_locked

SCORES = "select rowid, * from claim_scores order by rowid"
SPEAKERS = "select * from speakers order by rowid"


def _records(n: int, start: int = 0, word: str = "chandlery", treasurer: int = 0) -> list[dict]:
    """Wharf notices, two claims of the dockmaster's each; the first ``treasurer`` of
    them one of the treasurer's too."""
    return [{"id": f"wharf-{i}", "title": f"Wharf notice {i}", "url": f"https://tidewater-post.example/wharf/{i}",
             "outlet": "Tidewater Post", "date": "2023-06-12",
             "text": f"The Saltmarsh wharf will reopen as a {word} in {i + 2} weeks, "
                     f"dockmaster Wenna Trelawder said on Tuesday. \"We expect {i + 30} barges a day,\" "
                     f"she told reporters. Nobody has costed the new cranes, a clerk said."
                     + (f" The mooring fees will rise by {i + 3} percent, harbour treasurer Pellam Rusk said."
                        if i < treasurer else "")}
            for i in range(start, start + n)]


def _write(path, records) -> str:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return str(path)


def _rows(path: str, sql: str) -> list[tuple]:
    with sqlite3.connect(path) as conn:
        return conn.execute(sql).fetchall()


def _as_refreshed(path: str, tmp_path) -> tuple[list, list]:
    """The queue's rows and the speakers as a refresh makes them from scratch, with
    every speaker counted again, in a copy of the database."""
    copy = str(tmp_path / "refreshed.db")
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(path + suffix):
            shutil.copy(path + suffix, copy + suffix)
    conn = sqlite3.connect(copy, isolation_level=None)

    def again():
        conn.execute("delete from claim_scores")
        conn.execute("update speakers set claim_count = (select count(*) from claims where speaker_id = speakers.id)")
        queue_scores.refresh(conn)

    retry_locked(again, conn)
    return conn.execute(SCORES).fetchall(), conn.execute(SPEAKERS).fetchall()


def _public_figures(path: str) -> int:
    """Claims whose bound counts their speaker as a public figure."""
    return _rows(path, "select count(*) from claims c join speakers s on s.id = c.speaker_id "
                       f"where c.sourcing = 'named_person' and s.claim_count >= {queue_scores.PUBLIC_FIGURE_CLAIMS}"
                 )[0][0]


def _load(tmp_path, name: str, records: list[dict], jobs: int, progress=None) -> tuple[str, list[int]]:
    """A first load in batches of two; the queue rows another connection saw as it went."""
    path = str(tmp_path / f"{name}.db")
    seen: list[int] = []

    def watch(_):
        if progress:
            progress(path)
        if os.path.exists(path):
            with sqlite3.connect(path) as conn:
                if conn.execute("select 1 from sqlite_master where name = 'claim_scores'").fetchone():
                    seen.append(conn.execute("select count(*) from claim_scores").fetchone()[0])

    load(path, [_write(tmp_path / f"{name}.jsonl", records)], match=False, jobs=jobs, batch_size=2, progress=watch)
    return path, seen


def test_two_jobs_make_the_queue_rows_with_the_batches_as_one_job_does_at_the_end(tmp_path):
    one, seen_one = _load(tmp_path, "one", _records(9), jobs=1)
    two, seen_two = _load(tmp_path, "two", _records(9), jobs=2)
    assert max(seen_one) == 0 < max(seen_two)  # one job: after the batches; two: with them
    assert _public_figures(two) > 0  # (a speaker crossed the line after its first rows were made)
    assert _rows(two, SCORES) == _rows(one, SCORES)
    assert _rows(two, SPEAKERS) == _rows(one, SPEAKERS)
    assert _rows(two, SCORES) == _as_refreshed(two, tmp_path)[0]
    assert _rows(two, "pragma integrity_check") == [("ok",)]


def test_a_load_cut_short_leaves_exact_rows_for_what_it_stored(tmp_path):
    path = str(tmp_path / "cut.db")
    src = _write(tmp_path / "cut.jsonl", _records(9))
    taken = []

    def cut_short(_):  # the load stops at its eighth article, three batches in
        taken.append(1)
        if len(taken) == 8:
            raise RuntimeError("the load failed")

    with pytest.raises(RuntimeError):
        load(path, [src], match=False, jobs=2, batch_size=2, progress=cut_short)
    stored = _rows(path, SCORES)
    assert 0 < len(stored) == _rows(path, "select count(*) from claims")[0][0]
    assert _public_figures(path) > 0
    assert (stored, _rows(path, SPEAKERS)) == _as_refreshed(path, tmp_path)


def test_an_article_replaced_within_the_load_leaves_the_rows_to_the_refresh(tmp_path):
    # the treasurer has five claims, then four when the first notice is replaced
    records = _records(9, treasurer=5)
    again = dict(_records(1)[0], id="wharf-0-again")
    again["text"] = again["text"].replace("chandlery", "sail loft")
    one, _ = _load(tmp_path, "one", records + [again], jobs=1)
    two, _ = _load(tmp_path, "two", records + [again], jobs=2)
    assert _rows(two, "select count(*) from articles where text like '%sail loft%'") == [(1,)]
    assert _rows(two, "select claim_count from speakers where name = 'Pellam Rusk'") == [(4,)]
    assert _rows(two, SCORES) == _rows(one, SCORES)
    assert _rows(two, SPEAKERS) == _rows(one, SPEAKERS)


def test_another_connection_writing_meanwhile_leaves_the_rows_to_the_refresh(tmp_path):
    wrote = []

    def meanwhile(path):
        if not wrote and os.path.exists(path):
            with sqlite3.connect(path, timeout=30) as other:
                if other.execute("select count(*) from claims").fetchone()[0] >= 15:
                    # the first claim's source made anonymous after its speaker's last count
                    other.execute("update claims set sourcing = 'anonymous_generic' where rowid = 1")
                    wrote.append(True)

    two, _ = _load(tmp_path, "two", _records(9), jobs=2, progress=meanwhile)
    assert wrote
    assert _rows(two, SCORES) == _as_refreshed(two, tmp_path)[0]


def test_loading_the_same_records_again_changes_no_row(tmp_path):
    two, _ = _load(tmp_path, "two", _records(9), jobs=2)
    before = _rows(two, SCORES), _rows(two, SPEAKERS)
    load(two, [str(tmp_path / "two.jsonl")], match=False, jobs=2, batch_size=2)
    assert (_rows(two, SCORES), _rows(two, SPEAKERS)) == before
