"""Stories: connected groups of linked claims, with their first appearance.

Claims linked in ``claim_matches`` are grouped by union-find.  A story's id
is derived from its earliest claim (earliest published report, then claim
id), so recomputing gives the same ids; a claim with no counterpart has no
story (``story_id`` stays NULL).
"""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict

CHUNK = 500


def story_id_for(claim_id: str) -> str:
    return "st-" + hashlib.sha1(claim_id.encode("utf-8")).hexdigest()[:12]


def _chunks(seq, n=CHUNK):
    seq = list(seq)
    for i in range(0, len(seq), n):
        yield seq[i : i + n]


class UnionFind:
    def __init__(self):
        self.parent: dict[str, str] = {}

    def find(self, x: str) -> str:
        p = self.parent.setdefault(x, x)
        if p == x:
            return x
        root = x
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[x] != root:
            self.parent[x], x = root, self.parent[x]
        return root

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            if rb < ra:
                ra, rb = rb, ra
            self.parent[rb] = ra


def closure(conn, seeds: set[str]) -> tuple[set[str], list[tuple[str, str, str]]]:
    """All claims connected to ``seeds`` through claim_matches, and the edges."""
    members = set(seeds)
    frontier = set(seeds)
    edges: dict[tuple[str, str], str] = {}
    while frontier:
        nxt = set()
        for chunk in _chunks(frontier):
            marks = ",".join("?" * len(chunk))
            for a, b, kind in conn.execute(
                f"select claim_a, claim_b, kind from claim_matches where claim_a in ({marks}) "
                f"union select claim_a, claim_b, kind from claim_matches where claim_b in ({marks})",
                chunk + chunk,
            ):
                edges[(a, b)] = kind
                for c in (a, b):
                    if c not in members:
                        members.add(c)
                        nxt.add(c)
        frontier = nxt
    return members, [(a, b, k) for (a, b), k in edges.items()]


def _claim_info(conn, ids) -> dict[str, tuple]:
    info = {}
    for chunk in _chunks(ids):
        marks = ",".join("?" * len(chunk))
        for row in conn.execute(
            f"""select c.id, c.article_id, a.published, a.outlet, c.speaker_id,
                       coalesce(s.name, c.speaker), c.content, a.duplicate_of
                from claims c join articles a on a.id = c.article_id
                left join speakers s on s.id = c.speaker_id
                where c.id in ({marks})""",
            chunk,
        ):
            info[row[0]] = row[1:]
    return info


def earliest_key(published, claim_id) -> tuple:
    return (published or "9999", claim_id)


def label_for(speaker: str | None, content: str, limit: int = 110) -> str:
    text = " ".join((content or "").split())
    if len(text) > limit:
        text = text[: limit - 1].rsplit(" ", 1)[0] + "…"
    return f"{speaker}: “{text}”" if speaker else f"“{text}”"


def write_stories(conn, members: set[str], edges, old_story_ids: set[str]) -> int:
    """(Re)group ``members`` into stories; returns the number of stories written."""
    uf = UnionFind()
    for m in members:
        uf.find(m)
    drift_roots_edges = []
    for a, b, kind in edges:
        if a in members and b in members:
            uf.union(a, b)
            if kind == "drift":
                drift_roots_edges.append(a)
    comps: dict[str, list[str]] = defaultdict(list)
    for m in members:
        comps[uf.find(m)].append(m)
    info = _claim_info(conn, members)
    drift_roots = {uf.find(a) for a in drift_roots_edges}
    story_rows = []
    assign: dict[str, str | None] = {}
    for root, claims in comps.items():
        claims = [c for c in claims if c in info]
        if len(claims) < 2:
            for c in claims:
                assign[c] = None
            continue
        claims.sort(key=lambda c: earliest_key(info[c][1], c))
        first = claims[0]
        art, pub, outlet, _, speaker, content, _ = info[first]
        sid = story_id_for(first)
        speakers = sorted({info[c][4] for c in claims if info[c][4]})
        story_rows.append(
            {
                "id": sid,
                "label": label_for(speaker, content),
                "first_claim_id": first,
                "first_article_id": art,
                "first_published": pub,
                "first_outlet": outlet,
                "claim_count": len(claims),
                "report_count": len({info[c][0] for c in claims}),
                "outlet_count": len({info[c][2] for c in claims if info[c][2]}),
                "speakers": json.dumps(speakers, ensure_ascii=False),
                "has_drift": 1 if root in drift_roots else 0,
            }
        )
        for c in claims:
            assign[c] = sid
    cols = list(story_rows[0]) if story_rows else []
    if story_rows:
        conn.executemany(
            f"insert into stories ({', '.join(cols)}) values ({', '.join('?' * len(cols))}) "
            f"on conflict(id) do update set " + ", ".join(f"{c} = excluded.{c}" for c in cols[1:]),
            [[r[c] for c in cols] for r in story_rows],
        )
    conn.executemany(
        "update claims set story_id = ? where id = ? and story_id is not ?",
        [(sid, cid, sid) for cid, sid in assign.items()],
    )
    new_ids = {r["id"] for r in story_rows}
    stale = [s for s in old_story_ids if s and s not in new_ids]
    for chunk in _chunks(stale):
        marks = ",".join("?" * len(chunk))
        conn.execute(
            f"delete from stories where id in ({marks}) and not exists "
            f"(select 1 from claims where claims.story_id = stories.id)",
            chunk,
        )
    return len(story_rows)
