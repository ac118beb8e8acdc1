"""Review queue latency at scale, on a generated database of invented claims.

    python benchmarks/bench_queue.py                          # 200,000 claims in /tmp/bench_queue/
    python benchmarks/bench_queue.py --claims 400000 --runs 5

Builds (once) a claims database of ``--claims`` invented sentences (ten per
article, 20% of them in stories of 2-5 reports across outlets, some with a
verdict or a review status), timing ``queue_scores.refresh`` over it: the cost
a load or match pays to keep the queue's pre-ranking current.  Then, through
``datasette.client``, it requests the queue pages a desk uses (the default
queue, every status, the second page, filtered by outlet, by speaker) and
prints p50 and p95 in ms per page, each the median over ``--runs`` runs,
beside the same pages for an actor who may not read ``claim_scores`` (the
full scoring of every claim: the old path) and their ratio.  The load
average is printed too.  Target: p95 <= 100 ms.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import sqlite3
import statistics
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))

NOUNS = ["bus fare", "school budget", "harbour toll", "rent", "water bill", "clinic queue", "bridge repair",
         "ferry timetable", "tram line", "grain price", "pension", "library grant"]
FORMS = ["The {n} rose by {k} percent this year.", "The {n} is the highest it has ever been.",
         "The {n} is lower than in {p}.", "We will look at the {n} again in {p}.",
         "Nobody in {p} talks about the {n}.", "The {n} fell for {k} months in a row.",
         "Officials said the {n} would be reviewed.", "The {n} in {p} is fair."]
PLACES = ["the old town", "Marrowby", "the valley", "Eastport", "the new district", "Quillon"]
SOURCING = ["named_person"] * 6 + ["named_org", "unnamed_official", "anonymous_generic", "document"]


def build(path: str, n_claims: int, seed: int = 7) -> None:
    from datasette_claims.store.schema import open_db

    rng = random.Random(seed)
    db = open_db(path)
    conn = db.conn
    n_articles, n_speakers = max(1, n_claims // 10), max(10, n_claims // 100)
    with conn:
        conn.executemany("insert into speakers (id, name, kind, aliases, claim_count) values (?, ?, 'person', '[]', 0)",
                         [(f"sp-{i}", f"Speaker {i}") for i in range(n_speakers)])
        conn.executemany(
            "insert into articles (id, outlet, headline, published, text, content_hash) values (?, ?, ?, ?, '', ?)",
            [(f"a-{i}", f"Outlet {i % 40}", f"Report {i}", f"20{10 + i % 12}-{1 + i % 12:02d}-{1 + i % 28:02d}",
              f"h{i}") for i in range(n_articles)])
        rows = []
        for i in range(n_claims):
            text = rng.choice(FORMS).format(n=rng.choice(NOUNS), k=rng.randint(2, 90), p=rng.choice(PLACES))
            sp = rng.randrange(n_speakers)
            rows.append((f"a-{i // 10}:{i}", f"a-{i // 10}", f"sp-{sp}", text, f"Speaker {sp}", rng.choice(SOURCING),
                         rng.choice(["direct", "indirect"]), f"a-{i // 10}:{i}"))
        conn.executemany("insert into claims (id, article_id, speaker_id, content, speaker, sourcing, quote_type, "
                         "utterance_id, start, end) values (?, ?, ?, ?, ?, ?, ?, ?, 0, 1)", rows)
        conn.execute("update speakers set claim_count = (select count(*) from claims where speaker_id = speakers.id)")
        stories, assign, i = [], [], 0
        while i < n_claims // 5:
            size = rng.randint(2, 5)
            members = [rng.randrange(n_claims) for _ in range(size)]
            sid = f"st-{len(stories)}"
            stories.append((sid, f"Story {len(stories)}", size, size, min(size, rng.randint(1, size)),
                            int(rng.random() < 0.2)))
            assign += [(sid, f"a-{m // 10}:{m}") for m in members]
            i += size
        conn.executemany("insert into stories (id, label, claim_count, report_count, outlet_count, has_drift) "
                         "values (?, ?, ?, ?, ?, ?)", stories)
        conn.executemany("update claims set story_id = ? where id = ?", assign)
        picked = rng.sample(range(n_claims), min(2000, n_claims))
        conn.executemany("insert into verdicts (claim_id, rating, reviewer, created) values (?, 'False', 'bench', "
                         "'2024-01-01')", [(f"a-{m // 10}:{m}",) for m in picked[:1000]])
        conn.executemany("insert into claim_status (claim_id, status, assignee, actor, created) values "
                         "(?, ?, 'ines', 'bench', '2024-01-01')",
                         [(f"a-{m // 10}:{m}", rng.choice(["assigned", "published", "dismissed"]))
                          for m in picked[1000:]])
    from datasette_claims import queue_scores

    started = time.perf_counter()
    with conn:
        queue_scores.refresh(conn)
    print(f"first scoring of {n_claims:,} claims (text signals and bounds): {time.perf_counter() - started:.1f}s",
          file=sys.stderr)
    conn.close()


def refresh_seconds(path: str) -> tuple[float, float]:
    """Seconds for a full refresh of every bound, and for the incremental one a correction makes."""
    from datasette_claims import queue_scores

    conn = sqlite3.connect(path)
    with conn:
        conn.execute("update claim_scores set score = -1")
        started = time.perf_counter()
        queue_scores.refresh(conn)
        full = time.perf_counter() - started
        some = [r[0] for r in conn.execute("select id from claims where story_id is not null limit 3")]
        started = time.perf_counter()
        queue_scores.refresh(conn, some)
        part = time.perf_counter() - started
    conn.close()
    return full, part


def p95(values):
    values = sorted(values)
    return values[min(len(values) - 1, int(round(0.95 * (len(values) - 1))))]


async def time_pages(ds, pages: dict, requests: int, cookies: dict) -> dict:
    out = {}
    for name, path in pages.items():
        for _ in range(3):
            await ds.client.get(path, cookies=cookies)
        times = []
        for i in range(requests):
            url = path if i % 2 else path.replace("/queue?", "/queue.json?")
            started = time.perf_counter()
            r = await ds.client.get(url, cookies=cookies)
            times.append((time.perf_counter() - started) * 1000)
            if r.status_code != 200:
                raise SystemExit(f"{url}: HTTP {r.status_code} {r.text[:300]}")
        out[name] = (statistics.median(times), p95(times))
    return out


async def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", default="/tmp/bench_queue/claims.db")
    parser.add_argument("--claims", type=int, default=200_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--requests", type=int, default=30)
    parser.add_argument("--old-requests", type=int, default=4, help="requests per page on the full-scoring path")
    args = parser.parse_args(argv)
    if not os.path.exists(args.db):
        os.makedirs(os.path.dirname(os.path.abspath(args.db)), exist_ok=True)
        started = time.perf_counter()
        build(args.db, args.claims)
        print(f"built {args.db} in {time.perf_counter() - started:.0f}s", file=sys.stderr)
    from datasette.app import Datasette

    from datasette_claims.compat import datasette_kwargs

    conn = sqlite3.connect(args.db)
    n = conn.execute("select count(*) from claims").fetchone()[0]
    conn.close()
    full, part = refresh_seconds(args.db)
    name = os.path.splitext(os.path.basename(args.db))[0]
    base = f"/{name}/-/claims/queue?"
    pages = {"default": base + "x=1", "status=all": base + "status=all", "outlet": base + "outlet=Outlet+3",
             "speaker": base + "speaker=sp-5"}
    ds = Datasette([args.db], settings={"sql_time_limit_ms": 60_000},
                   **datasette_kwargs({"databases": {name: {"tables": {"claim_scores": {"allow": {"id": "x"}}}}}}))
    first = (await ds.client.get(base.replace("/queue?", "/queue.json?") + "status=all",
                                 cookies={"ds_actor": ds.sign({"a": {"id": "x"}}, "actor")})).json()
    pages["page 2"] = first["next_url"].replace("/queue.json?", "/queue?")
    fast, slow = [], []
    me = {"ds_actor": ds.sign({"a": {"id": "x"}}, "actor")}
    for i in range(args.runs):
        fast.append(await time_pages(ds, pages, args.requests, me))
        slow.append(await time_pages(ds, pages, args.old_requests, {}))
        print(f"run {i + 1}/{args.runs} done", file=sys.stderr)
    import datasette

    print(f"{n:,} claims; datasette {datasette.__version__}; load average {os.getloadavg()[0]:.2f}")
    print(f"claim_scores refresh: all claims {full:.2f}s, one correction's claims {part * 1000:.0f} ms")
    print(f"{'page':12} {'p50 ms':>8} {'p95 ms':>8} {'full p50':>9} {'ratio':>7}   target p95 <= 100 ms")
    failed = False
    for name in pages:
        p50 = statistics.median(r[name][0] for r in fast)
        q95 = statistics.median(r[name][1] for r in fast)
        old = statistics.median(r[name][0] for r in slow)
        failed |= q95 > 100
        print(f"{name:12} {p50:8.1f} {q95:8.1f} {old:9.1f} {old / p50:6.0f}x")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(asyncio.run(main()))
