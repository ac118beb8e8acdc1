"""Stories: one statement across reports, with its first appearance.

A story is one statement: its first report, the reports that repeated it
and how the wording moved (drift).  It is *not* every claim reachable
through links: a chain of weak links (a sentence, a fragment that also fits
the next sentence, that next sentence) would join different statements of
one speech.  So links (``claim_matches``) are first grouped by union-find
into connected groups, and each group is cut into stars: the claim with
the most links (then the highest total score, then the earliest) is a
story's seed, the claims linked to it directly are its members, and the
rest of the group is grouped again the same way.  Claims found *inside*
the seed (a quoted fragment) join only if they also match each other: a
seed that holds two statements (a report that ran two sentences together)
must not pull both into one story; likewise two claims of one report
reached through the seed (a paraphrase running two quotations together)
share the story only when worded alike (``worded_alike``: the report's lead
and its quotation of one statement), and a claim holding two such
statements is never a seed (``_holds_two``).  Two sentences of one
utterance (same ``utterance_id``) never share a story -- they are
different statements, browsable together through the utterance; only the
one linked best to the seed stays.  ``conflict`` links (a paraphrase that
says otherwise) are shown on the claim but make no story.  A link a
reviewer confirmed always puts its two claims in one story.

A story's id is derived from its earliest claim (``FirstKey``: earliest
published report -- an undated one counts from the date a dated report
reprinted it --, on one day a report others reprint before the rest and
reprints last, then by report and where in it the claim starts), so
recomputing gives the same ids; a claim with no
counterpart has no story (``story_id`` stays NULL).
"""

from __future__ import annotations

import hashlib
import json
import re
from collections import defaultdict
from typing import Callable, NamedTuple

from rapidfuzz import fuzz

from ..store.connection import in_lists
from .similarity import names_nobody, processed



def story_id_for(claim_id: str) -> str:
    return "st-" + hashlib.sha1(claim_id.encode("utf-8")).hexdigest()[:12]


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


class Edge(NamedTuple):
    """A link between two claims as the stories read it (a row of claim_matches)."""

    a: str
    b: str
    kind: str
    score: float | None = None
    method: str | None = None


def as_edges(edges) -> list[Edge]:
    """``edges`` given as Edges or as (a, b, kind[, score[, method]]) tuples."""
    return [e if isinstance(e, Edge) else Edge(*e) for e in edges]


def closure(conn, seeds: set[str]) -> tuple[set[str], list[Edge]]:
    """All claims connected to ``seeds`` through claim_matches, and the
    edges as (claim_a, claim_b, kind, score, method)."""
    members = set(seeds)
    frontier = set(seeds)
    edges: dict[tuple[str, str], tuple] = {}
    while frontier:
        nxt = set()
        for chunk in in_lists(sorted(frontier)):  # (sorted: a set's order moves with the hash seed)
            marks = ",".join("?" * len(chunk))
            for a, b, kind, score, method in conn.execute(
                f"select claim_a, claim_b, kind, score, method from claim_matches where claim_a in ({marks}) "
                f"union select claim_a, claim_b, kind, score, method from claim_matches where claim_b in ({marks})",
                chunk + chunk,
            ):
                edges[(a, b)] = (kind, score, method)
                for c in (a, b):
                    if c not in members:
                        members.add(c)
                        nxt.add(c)
        frontier = nxt
    return members, [Edge(a, b, *rest) for (a, b), rest in sorted(edges.items())]


# Links found by containment (one claim inside the other), by ``method``.
PART_METHODS = (":partial", "speaker-conflict")
# Links of these kinds make no story (they stay visible on the claim).
NO_STORY_KINDS = frozenset({"conflict"})


class _Graph(NamedTuple):
    adj: dict          # claim -> {linked claim: best score}
    part_of: set       # links where one claim was found inside the other
    comps: list        # connected components (lists of claim ids)


def _graph(members, edges: list[Edge]) -> _Graph:
    adj: dict[str, dict[str, float]] = defaultdict(dict)
    part_of: set[frozenset] = set()
    uf = UnionFind()
    for a, b, kind, score, method in edges:
        if a not in members or b not in members or a == b or kind in NO_STORY_KINDS:
            continue
        score = 1.0 if score is None else score
        adj[a][b] = adj[b][a] = max(score, adj[a].get(b, 0.0))
        if (method or "").endswith(PART_METHODS):
            part_of.add(frozenset((a, b)))
        uf.union(a, b)
    comps: dict[str, list[str]] = defaultdict(list)
    for m in adj:
        comps[uf.find(m)].append(m)
    return _Graph(adj, part_of, list(comps.values()))


class Reports(NamedTuple):
    """Which report each claim is in (``of``: claim id -> article id) and whether
    two claims of one report may be one statement (``alike(a, b)``)."""

    of: dict[str, str]
    alike: Callable[[str, str], bool]


def _star(seed, left, g: _Graph, utterance_of, order_of, inside, reports: Reports | None = None) -> list[str]:
    """The seed and the claims linked to it that are the same statement."""
    adj = g.adj
    near = sorted((o for o in adj[seed] if o in left), key=lambda o: (-adj[seed][o], order_of(o), o))
    story = [seed]
    parts: list[str] = []  # members that are a part of the seed (or it of them)
    utterances = {utterance_of.get(seed)} - {None}
    for o in near:
        u = utterance_of.get(o)
        if u is not None and u in utterances:
            continue  # another sentence of an utterance already here
        if reports is not None and _other_statement_of_a_report(o, story, reports):
            continue
        if frozenset((seed, o)) in g.part_of or (inside is not None and inside(seed, o)):
            # two parts of the seed that do not match each other
            # are two statements the seed happens to hold both of
            if any(p not in adj[o] for p in parts):
                continue
            parts.append(o)
        story.append(o)
        if u is not None:
            utterances.add(u)
    return story


def _other_statement_of_a_report(claim, story: list[str], reports: Reports) -> bool:
    """Does the story already hold a claim of ``claim``'s report that is worded
    unlike it?  Two claims of one report are never scored against each other, so
    both reach a seed only through it: a seed that holds two statements (a
    paraphrase of two quotations run together: "said the country would not hand
    over its lithium ..., and that the state had to be present ...") links to
    each quotation of the report that ran them apart.  A report that gives one
    statement twice (its lead in reported speech, then the quotation) words the
    two alike."""
    report = reports.of.get(claim)
    return report is not None and any(
        reports.of.get(m) == report and not reports.alike(m, claim) for m in story
    )


def _holds_two(claim, left, g: _Graph, reports: Reports | None) -> bool:
    """Is ``claim`` linked to two claims of one report worded unlike each other
    (a paraphrase of two quotations the report ran apart)?  Such a claim is
    no story's seed: a star around it would hold the one statement of each
    report it reaches first and leave the other reports of that statement out."""
    if reports is None:
        return False
    seen: dict = {}
    for o in g.adj[claim]:
        report = reports.of.get(o)
        if o not in left or report is None:
            continue
        if any(not reports.alike(m, o) for m in seen.get(report, ())):
            return True
        seen.setdefault(report, []).append(o)
    return False


def group_stories(
    members, edges, utterance_of: dict | None = None, order_of=None, inside=None, reports: Reports | None = None
) -> list[list[str]]:
    """Cut linked claims into stories (lists of claim ids), as the module
    docstring says.  ``edges`` are (a, b, kind[, score[, method]]) tuples;
    ``utterance_of`` maps claim id -> utterance id (missing: none);
    ``order_of`` gives a claim's sort key (default: its id); ``inside(a, b)``
    says whether one claim's text lies within the other's (default: the
    link was found that way, by its method); ``reports`` which report each
    claim is in, and whether two claims of one report are worded alike (default:
    a story may hold any claims of one report)."""
    utterance_of = utterance_of or {}
    order_of = order_of or (lambda c: c)
    edges = as_edges(edges)
    g = _graph(members, edges)
    stories = []
    for comp in g.comps:
        left = set(comp)
        while len(left) > 1:
            def rank(c, left=left):
                near = [s for o, s in g.adj[c].items() if o in left]
                return (_holds_two(c, left, g, reports), -len(near), -sum(near), order_of(c), c)

            story = _star(min(left, key=rank), left, g, utterance_of, order_of, inside, reports)
            if len(story) < 2:
                break
            stories.append(story)
            left -= set(story)
    stories = _join_confirmed(stories, edges, members)
    return [sorted(st, key=lambda c: (order_of(c), c)) for st in stories]


# Links a reviewer confirmed (``method``, written by the corrections module):
# whatever the stars say, their two claims share a story.
CONFIRMED_METHOD = "reviewer"


def _join_confirmed(stories: list[list[str]], edges: list[Edge], members) -> list[list[str]]:
    """Merge the stories (or story-less claims) that confirmed links join."""
    confirmed = [
        (e.a, e.b) for e in edges
        if e.method == CONFIRMED_METHOD and e.kind not in NO_STORY_KINDS
        and e.a in members and e.b in members and e.a != e.b
    ]
    if not confirmed:
        return stories
    owner = {c: f"s{i}" for i, st in enumerate(stories) for c in st}
    uf = UnionFind()
    for a, b in confirmed:
        uf.union(owner.get(a, "c" + a), owner.get(b, "c" + b))
    groups: dict[str, list[str]] = defaultdict(list)
    for i, st in enumerate(stories):
        groups[uf.find(f"s{i}")].extend(st)
    for a, b in confirmed:
        for c in (a, b):
            if c not in owner:
                owner[c] = "c" + c
                groups[uf.find("c" + c)].append(c)
    return [g for g in groups.values() if len(g) > 1]


class _ClaimRow(NamedTuple):
    """What a story needs of one of its claims."""

    article_id: str
    published: str | None
    outlet: str | None
    speaker_id: str | None
    speaker: str | None  # the speaker's name (its row's, else as written)
    content: str
    duplicate_of: str | None
    utterance_id: str | None
    start: int | None  # where the claim starts in its report's text


def _claim_info(conn, ids) -> dict[str, _ClaimRow]:
    utterance = "c.utterance_id" if any(
        r[1] == "utterance_id" for r in conn.execute("pragma table_info(claims)")
    ) else "null"
    info = {}
    for chunk in in_lists(ids):
        marks = ",".join("?" * len(chunk))
        for row in conn.execute(
            f"""select c.id, c.article_id, a.published, a.outlet, c.speaker_id,
                       coalesce(s.name, c.speaker), c.content, a.duplicate_of, {utterance}, c.start
                from claims c join articles a on a.id = c.article_id
                left join speakers s on s.id = c.speaker_id
                where c.id in ({marks})""",
            chunk,
        ):
            info[row[0]] = _ClaimRow(*row[1:])
    return info


# One text is "a part" of another when it has at most this share of the
# other's words and is found in it almost verbatim (partial_ratio >= 90).
PART_SHARE = 0.7
PART_RATIO = 90


# Two claims of one report are one statement given twice (its lead in reported
# speech, then the quotation) only when this much of the shorter one's wording
# is in the other (``token_set_ratio``): the lead and quotation of one statement
# score 80-85, two statements of one speaker under 50.
ALIKE_RATIO = 60


def worded_alike(a: str, b: str) -> bool:
    return fuzz.token_set_ratio(processed(a), processed(b)) >= ALIKE_RATIO


def is_part(a: str, b: str) -> bool:
    """Is the shorter of two claim texts a stretch of the longer one?"""
    short, long_ = sorted((processed(a or ""), processed(b or "")), key=len)
    if not short or len(short.split()) > PART_SHARE * len(long_.split()):
        return False
    return fuzz.partial_ratio(short, long_, score_cutoff=PART_RATIO) > 0


_ID_PARTS = re.compile(r"\d+|\D+")


def id_order(id_: str) -> tuple:
    """An id's sort key with its numbers compared as numbers: "rep-9" before
    "rep-10", and a claim "rep-1:50-90" before "rep-10:5-40" (as strings, ":"
    sorts after "0") and "rep-1:49-101" before "rep-1:105-166" (its report, then
    where it starts).  The order of links (``claim_a``) and of a story's first
    appearance (``FirstKey``) both read it, so the two agree."""
    return tuple((0, int(p), "") if p.isdigit() else (1, 0, p) for p in _ID_PARTS.findall(id_ or ""))


def earliest_key(published, claim_id) -> tuple:
    return (published or "9999", id_order(claim_id), claim_id)


def label_speaker(speaker: str | None, speakers, labels: frozenset = frozenset()) -> str:
    """The speaker a story's label names: ``speaker``, unless it names nobody; then
    the one other speaker the story's claims name (one report's "she" is another's
    "Jo Roe"), else none (the label is the words).  The stored label and the pages'
    title both take it from here."""
    if speaker and not names_nobody(speaker, labels):
        return speaker
    others = [s for s in dict.fromkeys(speakers) if isinstance(s, str) and s.strip() and not names_nobody(s, labels)]
    return others[0] if len(others) == 1 else ""


def label_for(speaker: str | None, content: str, limit: int = 110) -> str:
    text = " ".join((content or "").split())
    if len(text) > limit:
        text = text[: limit - 1].rsplit(" ", 1)[0] + "…"
    return f"{speaker}: “{text}”" if speaker else f"“{text}”"


def _groups_with_drift(groups: list[list[str]], edges) -> set[int]:
    """The indexes of the groups holding both ends of a drift link (one pass over
    the links: testing every link against every group was quadratic at scale)."""
    group_of = {c: i for i, claims in enumerate(groups) for c in claims}
    out = set()
    for e in as_edges(edges):
        if e.kind == "drift":
            ends = {group_of.get(e.a), group_of.get(e.b)}
            if len(ends) == 1 and None not in ends:
                out.update(ends)
    return out


def _reprinted(info: dict[str, _ClaimRow]) -> dict[str, str | None]:
    """The reports that other reports among ``info`` reprint: article id -> the
    earliest reprint's date (None when no reprint has a date).  A reprint's
    claims are linked to its original's (method ``duplicate``), so both are
    among the claims grouped: no query (``articles.duplicate_of`` has no index,
    and reading it means reading every article's text)."""
    out: dict[str, str | None] = {}
    for i in info.values():
        if i.duplicate_of:
            days = [d for d in (out.get(i.duplicate_of), i.published) if d]
            out[i.duplicate_of] = min(days) if days else None
    return out


class FirstKey(NamedTuple):
    """How claims are ordered to find a story's first appearance: by the date
    their report was out (an undated report's is the day a dated report reprinted
    it: it was out by then), on one day a report others reprint first (the
    agency's own copy: it was there to be copied), its reprints last, then
    by report (its id's numbers as numbers: "rep-9" before "rep-10", as
    links order their claims, ``earliest_key``) and, within one report, by where
    the claim starts (the claim id alone, a string, put "art-1:105-166" before
    "art-1:49-101": a later sentence of the report became the story's first
    appearance), then claim id."""

    date: str
    rank: int  # 0: reprinted by others, 1: neither, 2: a reprint
    article: tuple  # the report's id, its numbers as numbers (``id_order``)
    start: int  # the claim's offset in its report's text (-1 when not stored)
    claim_id: str


def first_keys(info: dict[str, _ClaimRow]) -> dict[str, FirstKey]:
    reprinted = _reprinted(info)
    return {
        c: FirstKey(i.published or reprinted.get(i.article_id) or "9999",
                    2 if i.duplicate_of else (0 if i.article_id in reprinted else 1), id_order(i.article_id),
                    i.start if isinstance(i.start, int) else -1, c)
        for c, i in info.items()
    }


def write_stories(conn, members: set[str], edges, old_story_ids: set[str]) -> int:
    """(Re)group ``members`` into stories; returns the number of stories written."""
    info = _claim_info(conn, members)
    members = {m for m in members if m in info}
    keys = first_keys(info)
    groups = group_stories(
        members,
        edges,
        utterance_of={c: i.utterance_id for c, i in info.items() if i.utterance_id},
        order_of=keys.__getitem__,
        inside=lambda a, b: is_part(info[a].content, info[b].content),
        reports=Reports({c: i.article_id for c, i in info.items()},
                        lambda a, b: worded_alike(info[a].content, info[b].content)),
    )
    drifting = _groups_with_drift(groups, edges)
    story_rows = []
    assign: dict[str, str | None] = dict.fromkeys(members)
    for index, claims in enumerate(groups):
        first = claims[0]
        head = info[first]
        sid = story_id_for(first)
        speakers = sorted({info[c].speaker for c in claims if info[c].speaker})
        has_drift = index in drifting
        story_rows.append(
            {
                "id": sid,
                "label": label_for(label_speaker(head.speaker, speakers), head.content),
                "first_claim_id": first,
                "first_article_id": head.article_id,
                "first_published": head.published or (None if keys[first].date == "9999" else keys[first].date),
                "first_outlet": head.outlet,
                "claim_count": len(claims),
                "report_count": len({info[c].article_id for c in claims}),
                "outlet_count": len({info[c].outlet for c in claims if info[c].outlet}),
                "speakers": json.dumps(speakers, ensure_ascii=False),
                "has_drift": 1 if has_drift else 0,
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
    for chunk in in_lists(stale):
        marks = ",".join("?" * len(chunk))
        conn.execute(
            f"delete from stories where id in ({marks}) and not exists "
            f"(select 1 from claims where claims.story_id = stories.id)",
            chunk,
        )
    return len(story_rows)
