"""List the stories the bundled demo corpus yields, with their reports.

    python benchmarks/demo_stories.py [--db PATH] [--threshold T] [--all]

Builds the demo database (as ``datasette claims demo`` does) in a temporary
file unless --db names an existing one, then prints every story with its
claims (date, outlet, article file, speaker, kind of link), and checks the
recurring quotes the corpus is known to contain: each must be linked to a
counterpart, and the State of the Union misquote must be flagged as drift.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile

from datasette_claims import demo
from datasette_claims.matching import pipeline
from datasette_claims.store import open_db

EXPECTED = demo.RECURRING_QUOTES


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--db", help="use (and keep) this database; built if missing")
    ap.add_argument("--threshold", type=float, default=None)
    ap.add_argument("--all", action="store_true", help="print every link, with diffs")
    args = ap.parse_args(argv)
    path = args.db or os.path.join(tempfile.mkdtemp(), "demo.db")
    if not os.path.exists(path):
        print(demo.build(path).summary())
    db = open_db(path)
    if args.threshold is not None:
        print(pipeline.rebuild(db, threshold=args.threshold))
        db.conn.commit()
    conn = db.conn
    src = {r[0]: os.path.basename(r[1] or "")[:28] for r in conn.execute("select id, source_path from articles")}
    stories = conn.execute(
        "select id, label, first_published, first_outlet, claim_count, report_count, outlet_count, speakers, has_drift "
        "from stories order by first_published, id"
    ).fetchall()
    n_claims = conn.execute("select count(*) from claims").fetchone()[0]
    n_links = conn.execute("select count(*) from claim_matches").fetchone()[0]
    dups = conn.execute("select id, duplicate_of from articles where duplicate_of is not null").fetchall()
    print(f"{n_claims} claims, {n_links} links, {len(stories)} stories, {len(dups)} duplicate articles")
    for aid, of in dups:
        print(f"  duplicate: {src.get(aid)} reprints {src.get(of)}")
    for sid, label, pub, outlet, nc, nr, no, speakers, drift in stories:
        print(f"\n[{sid}] {label}")
        print(f"   first {pub} {outlet}; {nc} claims, {nr} reports, {no} outlets; speakers {speakers}"
              + ("; DRIFT" if drift else ""))
        for cid, aid, spk, qt, content, apub in conn.execute(
            "select c.id, c.article_id, c.speaker_id, c.quote_type, c.content, a.published from claims c "
            "join articles a on a.id = c.article_id where story_id = ? order by a.published, c.id",
            [sid],
        ):
            print(f"   - {apub} {src.get(aid):28} {spk or '?':22} {qt:8} {content[:70]!r}")
    print("\nlinks:" if args.all else "\ndrift links:")
    for a, b, kind, method, score, diff, ca, cb in conn.execute(
        "select m.claim_a, m.claim_b, m.kind, m.method, m.score, m.diff, a.content, b.content from claim_matches m "
        "join claims a on a.id = m.claim_a join claims b on b.id = m.claim_b order by m.claim_a, m.claim_b"
    ):
        if kind != "drift" and not args.all:
            continue
        summary = json.loads(diff)["summary"] if diff else ""
        print(f"  {kind:5} {method:24} {score:.2f} {ca[:60]!r}\n{'':38}{cb[:60]!r}  {summary}")
    print("\nrecurring quotes:")
    failed = 0
    for label, needle, want in EXPECTED:
        rows = conn.execute(
            "select id from claims where lower(content) like ?", [f"%{needle}%"]
        ).fetchall()
        ids = [r[0] for r in rows]
        linked = drift = False
        for cid in ids:
            for (kind,) in conn.execute(
                "select kind from claim_matches where claim_a = ? or claim_b = ?", [cid, cid]
            ):
                linked = True
                drift = drift or kind == "drift"
        ok = linked and (drift if want == "drift" else True)
        failed += not ok
        print(f"  {'ok ' if ok else 'MISS'} {label}: {len(ids)} claims, linked={linked}, drift={drift}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
