"""The JSON of a sample of pages, saved or compared: proof that a speed-up changed no result.

    python benchmarks/page_snapshot.py --db big.db --save before.json      # with the old code
    python benchmarks/page_snapshot.py --db big.db --compare before.json   # with the new code

Requests (through ``datasette.client``, as the root actor) the overview, claim
pages (their similar claims), the review queue unfiltered, by status, by outlet
and by speaker (the most and less quoted, ids and names), two pages deep by its
``next`` token, and searches, sampled with ``bench_views.sample``'s fixed seed.
``--compare`` exits 1 and names the pages whose JSON differs.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sqlite3
import sys
from urllib.parse import urlencode

try:
    from .bench_views import sample
except ImportError:  # run as a script
    from bench_views import sample


def urls(db_path: str, base: str, n: int, seed: int) -> list[str]:
    from datasette_claims.views.base import encode_id

    s = sample(db_path, n, seed)
    conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    top = [r[0] for r in conn.execute("select id from speakers order by claim_count desc, id limit 5")]
    names = [r[0] for r in conn.execute("select name from speakers order by claim_count desc, id limit 3")]
    conn.close()
    queues = [{}, {"status": "all"}, {"status": "new"}]
    queues += [{"outlet": o} for o in s["outlets"][:12]]
    queues += [{"speaker": v} for v in top + s["speakers"][:10] + names]
    # (a small database may have one outlet or speaker, or none: the mixed filters it can fill)
    outlets = s["outlets"]
    if outlets:
        queues.append({"outlet": outlets[0], "since": "2008", "until": "2012-06"})
    if top:
        queues.append({"speaker": top[0], "since": "2010"})
    if top and outlets:
        queues.append({"speaker": top[min(1, len(top) - 1)], "outlet": outlets[min(1, len(outlets) - 1)]})
    out = [f"{base}.json"]
    out += [f"{base}/claim/{encode_id(c)}.json" for c in s["claims"]]
    out += [f"{base}/queue.json?" + urlencode(q) for q in queues]
    out += [f"{base}/search.json?" + urlencode({"q": q}) for q in s["keywords"][:10]]
    return out


async def snapshot(db_path: str, n: int, seed: int) -> dict[str, object]:
    from datasette.app import Datasette

    ds = Datasette([db_path], immutables=[])
    database = [d for d in ds.databases if d != "_internal"][0]
    cookies = {"ds_actor": ds.sign({"a": {"id": "root"}}, "actor")}
    pages = {}
    for url in urls(db_path, f"/{database}/-/claims", n, seed):
        for depth in range(2 if "/queue" in url else 1):
            r = await ds.client.get(url, cookies=cookies)
            if r.status_code != 200:  # kept, and shown as differing from a page saved whole
                print(f"{url}: HTTP {r.status_code}", file=sys.stderr)
                pages[url] = {"http_status": r.status_code}
                break
            data = r.json()
            pages[url] = data
            url = data.get("next_url") if isinstance(data, dict) else None
            if not url:
                break
    return pages


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", required=True)
    parser.add_argument("--n", type=int, default=60, help="claim pages to request")
    parser.add_argument("--seed", type=int, default=1)
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument("--save", metavar="FILE")
    group.add_argument("--compare", metavar="FILE")
    args = parser.parse_args(argv)
    pages = asyncio.run(snapshot(args.db, args.n, args.seed))
    if args.save:
        with open(args.save, "w") as f:
            json.dump(pages, f, sort_keys=True)
        print(f"{len(pages)} pages saved to {args.save}")
        return 0
    with open(args.compare) as f:
        before = json.load(f)
    differ = [u for u in before if json.dumps(before[u], sort_keys=True) != json.dumps(pages.get(u), sort_keys=True)]
    differ += [u for u in pages if u not in before]
    for u in differ:
        print("differs:", u)
    print(f"{len(before)} pages compared, {len(differ)} differ")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
