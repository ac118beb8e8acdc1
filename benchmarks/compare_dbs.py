"""Are two claims databases the same?  Every table row for row, rowids included.

    python benchmarks/compare_dbs.py A.db B.db

Used to check that a faster loader writes exactly what the slower one did
(issue 14): load the same input with both, then compare.  Compared:

- the schema: every table, index, trigger and view with its SQL;
- every table, row for row in rowid order, the rowid itself included, all
  columns but the ones that say when (``loaded_at``, ``created``,
  ``applied_at``, ``matched_at``), which differ between any two loads;
- each full-text index by what it holds (``fts5vocab`` instance rows: every
  term with its row, column and position), not by how FTS5 split it into
  segments (that follows the batches);
- full-text query results: the rows and their bm25 ranks for a spread of
  the index's own terms (the most frequent, some rare, and two-term
  queries).

Prints one line per table and exits 1 if any differs.  ``--skip COLUMN``
leaves a column out too: a load of ``claims extract`` output against a load
of the articles themselves differs, by design, in ``source_path`` (what was
read) and ``content_hash`` (which covers it).
"""

from __future__ import annotations

import argparse
import hashlib
import sqlite3
import sys

TIMESTAMPS = {"loaded_at", "created", "matched_at", "applied_at"}


def tables(conn: sqlite3.Connection) -> list[str]:
    return [r[0] for r in conn.execute("select name from sqlite_master where type = 'table' order by name")]


def table_rows(conn: sqlite3.Connection, table: str, skip: frozenset = frozenset()) -> list[tuple]:
    cols = [r[1] for r in conn.execute(f"pragma table_info([{table}])") if r[1] not in TIMESTAMPS | skip]
    select = ", ".join(f"[{c}]" for c in cols)
    try:
        return conn.execute(f"select rowid, {select} from [{table}] order by rowid").fetchall()
    except sqlite3.OperationalError:  # a table without rowid
        return sorted(conn.execute(f"select {select} from [{table}]").fetchall(), key=repr)


def fts_terms(conn: sqlite3.Connection, fts: str) -> list[tuple]:
    conn.execute(f"create virtual table if not exists temp.[{fts}_instances] using fts5vocab(main, [{fts}], instance)")
    return conn.execute(f"select * from temp.[{fts}_instances] order by 1, 2, 3, 4").fetchall()


def queries(conn: sqlite3.Connection, fts: str) -> list[str]:
    """Queries over the index's own terms: frequent, rare, and pairs of them."""
    conn.execute(f"create virtual table if not exists temp.[{fts}_rows] using fts5vocab(main, [{fts}], row)")
    terms = [r[0] for r in conn.execute(f"select term from temp.[{fts}_rows] where term glob '[a-z]*' "
                                        "order by doc desc, term")]
    picked = terms[:15] + terms[len(terms) // 2 : len(terms) // 2 + 10] + terms[-10:]
    pairs = [f'"{a}" "{b}"' for a, b in zip(picked[:10], picked[10:20])]
    return [f'"{t}"' for t in picked] + pairs


def fts_results(conn: sqlite3.Connection, fts: str, asked: list[str]) -> list:
    out = []
    for q in asked:
        rows = conn.execute(f"select rowid, round(rank, 9) from [{fts}] where [{fts}] match ? order by rank, rowid",
                            [q]).fetchall()
        out.append((q, rows))
    return out


def schema(conn: sqlite3.Connection) -> list[tuple]:
    """Every table, index, trigger and view with its SQL, by type and name (not by the
    order they were made in: a first load builds some indexes at its end)."""
    return sorted(conn.execute("select type, name, tbl_name, sql from sqlite_master").fetchall(),
                  key=lambda r: (r[0], r[1]))


def digest(rows) -> str:
    return hashlib.sha256(repr(rows).encode("utf-8", "surrogatepass")).hexdigest()[:12]


def compare(a_path: str, b_path: str, skip: frozenset = frozenset()) -> bool:
    a, b = sqlite3.connect(a_path), sqlite3.connect(b_path)
    same = True
    names = tables(a)
    if names != tables(b):
        print(f"different tables: {sorted(set(names) ^ set(tables(b)))}")
        return False
    sa, sb = schema(a), schema(b)
    same = sa == sb
    print(f"{'same' if same else 'DIFFERENT':9} {'schema':24} {len(sa):7} objects {digest(sa)}"
          + ("" if same else f": {sorted(r[:2] for r in set(sa) ^ set(sb))}"))
    for table in names:
        if table.endswith(("_fts_data", "_fts_idx")):  # segments follow the batches; compared by content below
            continue
        ra, rb = table_rows(a, table, skip), table_rows(b, table, skip)
        ok = ra == rb
        same &= ok
        print(f"{'same' if ok else 'DIFFERENT':9} {table:24} {len(ra):7} rows {digest(ra)}"
              + ("" if ok else f" vs {len(rb)} rows {digest(rb)}"))
    for fts in [t[: -len("_data")] for t in names if t.endswith("_fts_data")]:
        ta, tb = fts_terms(a, fts), fts_terms(b, fts)
        asked = queries(a, fts)
        qa, qb = fts_results(a, fts, asked), fts_results(b, fts, asked)
        ok = ta == tb and qa == qb
        same &= ok
        hits = sum(len(r) for _, r in qa)
        print(f"{'same' if ok else 'DIFFERENT':9} {fts + ' index':24} {len(ta):7} term instances, "
              f"{len(asked)} queries, {hits} hits {digest((ta, qa))}")
    return same


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("a")
    ap.add_argument("b")
    ap.add_argument("--skip", action="append", default=[], metavar="COLUMN", help="a column left out of every table")
    args = ap.parse_args()
    same = compare(args.a, args.b, frozenset(args.skip))
    print("the same" if same else "DIFFERENT")
    sys.exit(0 if same else 1)


if __name__ == "__main__":
    main()
