"""The review queue's pre-ranking: an indexed upper bound of each claim's queue score.

Why a bound and not the score: the queue's score depends on who asks (signals
in tables the actor may not read count for nothing) and on reviewers' latest
verdicts, so no one stored number is right for everyone.  But every signal
only adds, so the score with every signal present and the claim counted as
"not yet checked" is never below what any actor sees.  ``claim_scores`` keeps
that bound per claim (and the weight of the text signals, computed once per
claim), indexed by score; the queue scores exactly only the claims at the top
of the index and stops as soon as no claim further down can beat its last row
(``candidates``).  So a page reads a few hundred claims, not all of them.
The queue filtered by a speaker or an outlet does the same on its own index:
each row keeps its claim's speaker id and outlet (copies the store's triggers
keep current), indexed with the bound, so the candidates are that speaker's or
outlet's best, not the whole database's best widened until enough pass.

The bound must not fall behind the data: ``refresh`` runs after every load,
match, rebuild, correction and alert refresh (the writers of the tables the
signals come from); a claim's row goes with it (the store's triggers).
A verdict lowers its own statement's score ("not yet checked"), which needs no
refresh, and raises the score of the claims said again after it ("said again, rated
before"), whose bounds its writer refreshes (``refresh_after_verdict``, in the
verdict's transaction; a withdrawal the same).  Matching notes the ends of every
link it touches (its closure follows conflict links too), and a correction of a
link refreshes both ends, so the drift and conflict signals, read from a claim's
own links, are current in the bound as well.
"""

from __future__ import annotations

import json
import sqlite3
from typing import NamedTuple

from .factchecks.checkworthy import PUBLIC_FIGURE_CLAIMS, SIGNALS, UNNAMED, public_office, text_score
from .store.connection import MIGRATION_SET, has_table


def _w(key: str) -> float:
    return SIGNALS[key].weight


# The queue's score, over columns named as below (views/queue.py selects the same names).
SCORE = (
    f"text_score + {_w('repeated')} * (outlets >= 2) + {_w('widely_repeated')} * (reports >= 3)"
    f" + {_w('conflict')} * (conflict != 0) + {_w('drift')} * (drift != 0)"
    f" + {_w('unnamed_source')} * (sourcing in ({', '.join(repr(u) for u in UNNAMED)}))"
    f" + {_w('public_figure')} * (public_figure != 0) + {_w('unchecked')} * coalesce(unchecked, 0)"
    f" + {_w('factcheck')} * (factcheck != 0) + {_w('said_again')} * (said_again != 0)"
)

# A named person holding a public office in the report, or quoted often (``checkworthy``), over
# claims ``c`` and their speaker ``sp``: the bound's and the queue's one expression.
PUBLIC_FIGURE = (f"(c.sourcing = 'named_person' and (coalesce(sp.claim_count, 0) >= {PUBLIC_FIGURE_CLAIMS}"
                 " or claims_public_office(c.speaker_role)))")

# Whether the claim itself is an end of a link of ``kind`` (drift: its quoted wording
# differs from another report's; conflict: another report says otherwise).  A claim's
# own links, not its story's: a paraphrase in a story whose quotes drifted did not drift.
# (``+m.kind``: found through the claim's end of the key, never the index on kind.)
OWN_LINK = ("(exists(select 1 from claim_matches m where m.claim_a = c.id and +m.kind = '{kind}') "
            "or exists(select 1 from claim_matches m where m.claim_b = c.id and +m.kind = '{kind}'))")

# Said again, rated before: the claim is the later end of a repeat (``claim_repeats``: one
# speaker's like words on another occasion) whose earlier claim's statement has a verdict:
# on that claim, on its story, or on another report of its story (a verdict on one report
# checks the statement, as everywhere).  ``{live}``: the condition that verdict ``sv`` is not
# withdrawn (the bound's ``LIVE``; a page's ``data.live_verdicts(page, "sv")``).  Each part
# is read by its own index (repeats by ``claim_b``, verdicts by claim and by story).
SAID_AGAIN = ("exists(select 1 from claim_repeats rp where rp.claim_b = c.id and ("
              "exists(select 1 from verdicts sv where sv.claim_id = rp.claim_a{live}) "
              "or exists(select 1 from claims sm cross join verdicts sv on sv.story_id = sm.story_id "
              "where sm.id = rp.claim_a{live}) "
              "or exists(select 1 from claims sm cross join claims so on so.story_id = sm.story_id "
              "cross join verdicts sv on sv.claim_id = so.id where sm.id = rp.claim_a{live})))")
# A verdict in force (the bound counts only those: a withdrawal brings the bound down again).
LIVE = " and not exists (select 1 from verdict_withdrawals w where w.verdict_id = sv.id)"

# Each claim's bound, over its text score (``{text}``: the stored one, or computed for a
# row being made) and the rows the other signals come from.
_BOUND = f"""
select c.id as claim_id, c.text_score, round({SCORE}, 2) as bound, c.speaker_id, c.outlet from (
  select c.id, c.sourcing, c.speaker_id, {{outlet}} as outlet, {{text}} as text_score,
    coalesce(s.outlet_count, 0) as outlets, coalesce(s.report_count, 0) as reports,
    {OWN_LINK.format(kind="drift")} as drift, {OWN_LINK.format(kind="conflict")} as conflict, 1 as unchecked,
    exists(select 1 from claim_alerts al where al.claim_id = c.id and al.kind = 'factcheck') as factcheck,
    {PUBLIC_FIGURE} as public_figure, {SAID_AGAIN.format(live=LIVE)} as said_again
  from claims c {{join}}
  left join stories s on s.id = c.story_id left join speakers sp on sp.id = c.speaker_id
  {{where}}
) c
"""
_STORED = {"text": "cs.text_score", "outlet": "null", "join": "join claim_scores cs on cs.claim_id = c.id"}


def refresh(conn, claim_ids=None) -> int:
    """Bring ``claim_scores`` up to date (for these claims, their stories and speakers
    when given; all claims otherwise).  Returns how many bounds changed."""
    if not _ready(conn):
        return 0
    if claim_ids is None:
        _forget_noted(conn)  # everything is brought up to date
        had_rows = conn.execute("select 1 from claim_scores limit 1").fetchone() is not None
        if not had_rows:  # a first load: its rows just made have their bounds, nothing to update
            return _add_missing_unindexed(conn) if conn.in_transaction else _add_missing(conn)
        return _add_missing(conn) + _update(conn, "")
    ids = [c for c in dict.fromkeys(claim_ids) if c]
    if not ids:
        return 0
    added = _add_missing(conn)
    _fill(conn, "_score_ids", ids)
    return added + _update(conn, _NARROW.format(ids="_score_ids"))


# The migration after which every stored bound counts the signals as they are now
# (``rescore``).  A bound stored before it may lack the conflict signal, and the drift
# signal (it was the story's: a claim's own drift link whose ends a story cut left in
# two stories counted nowhere); its text signals counted "one" and a bare "only", so
# they were never lower.  So on a database served before the migration, a stored
# bound plus STALE_SLACK still bounds the score, and the queue reads the index with
# that slack (and the text scores computed afresh) rather than scoring every claim.
# (``m028_queue_public_office``: a public office in the claim's speaker role counts too;
# ``m029_queue_office_words``: the offices' words grew by four; a bound is current when
# every one of these migrations made it again.)
# ``m031_queue_said_again``: the bound counts "said again, rated before".)
SIGNALS_MIGRATIONS = ("m018_queue_own_links", "m028_queue_public_office", "m029_queue_office_words",
                      "m031_queue_said_again")
STALE_SLACK = (SIGNALS["conflict"].weight + SIGNALS["drift"].weight + SIGNALS["public_figure"].weight
               + SIGNALS["said_again"].weight)


def rescore(conn) -> int:
    """Every stored text score and bound computed again (for a change of the signals:
    the text signals' words, or what the bound counts).  Returns how many rows changed."""
    if not _ready(conn):
        return 0
    texts = conn.execute("update claim_scores set text_score = t.score from (select id, claims_checkworthy(content) "
                         "as score from claims) t where t.id = claim_scores.claim_id "
                         "and claim_scores.text_score is not t.score").rowcount
    return texts + refresh(conn)


def current(conn) -> bool:
    """Do the stored bounds count the signals as they are now (``SIGNALS_MIGRATIONS`` applied)?"""
    try:
        marks = ", ".join("?" for _ in SIGNALS_MIGRATIONS)
        found = conn.execute(f"select count(*) from _sqlite_migrations where migration_set = ? and name in ({marks})",
                             [MIGRATION_SET, *SIGNALS_MIGRATIONS]).fetchone()[0]
        return found == len(SIGNALS_MIGRATIONS)
    except sqlite3.OperationalError:
        return False


_READ = ("claim_scores", "claims", "stories", "speakers", "claim_alerts", "claim_matches", "claim_repeats",
         "verdicts", "verdict_withdrawals")


def _ready(conn) -> bool:
    """Whether the database has the tables the bounds read; registers the text score for SQL."""
    if not all(has_table(conn, t) for t in _READ):
        return False
    conn.create_function("claims_checkworthy", 1, text_score, deterministic=True)
    conn.create_function("claims_public_office", 1, public_office, deterministic=True)
    return True


def _add_missing(conn, among: str = "", in_claims_order: bool = False, params: list | None = None) -> int:
    """A ``claim_scores`` row, with its bound, for every claim without one (of those
    ``among`` selects, if given).  Returns how many rows were made.

    The bound is computed as the row is made (each row written once, rather than
    made with a score of 0 and rewritten by ``_update``).  The text scores go to a
    temporary table first, so the Python function runs at most once per claim
    whatever the query planner does with the expression, and not at all for a
    claim whose score came with its rows (``remember``).  Rows are made in the order
    the claims are read: the claims' own order for every claim, or with
    ``in_claims_order`` for those ``among`` selects (else their ids' order)."""
    within = f"c.id in ({among}) and " if among else ""
    order = " order by c.rowid" if in_claims_order else ""
    _remembered(conn)
    conn.execute("create temp table if not exists _score_texts (id text primary key, text_score real)")
    conn.execute("delete from temp._score_texts")
    conn.execute("insert into temp._score_texts select c.id, coalesce((select k.text_score from temp._score_known k "
                 "where k.id = c.id and k.content = c.content), claims_checkworthy(c.content)) from claims c "
                 f"where {within}not exists (select 1 from claim_scores s where s.claim_id = c.id){order}",
                 params or [])
    keys = has_keys(conn)
    # rows made in the order the claims were read above, whatever plan the join takes
    bound = _BOUND.format(text="t.text_score", outlet="a.outlet" if keys else "null", where="order by t.rowid",
                          join="join temp._score_texts t on t.id = c.id left join articles a on a.id = c.article_id")
    columns = "claim_id, text_score, score" + (", speaker_id, outlet" if keys else "")
    picked = "claim_id, text_score, bound" + (", speaker_id, outlet" if keys else "")
    added = conn.execute(f"insert into claim_scores ({columns}) select {picked} from ({bound})").rowcount
    conn.execute("delete from temp._score_texts")
    conn.execute("delete from temp._score_known")
    return added


def _add_after(conn, rowid: int) -> int:
    """``_add_missing`` for the claims after ``rowid``, in their order, made by one
    statement: each text score read from those remembered (``remember``) where
    the row is made, with no temporary table between (a load's batch: every claim
    came with its score, so ``claims_checkworthy`` is not called)."""
    if not has_keys(conn):  # (a database before the keys' migration: the general way)
        return _add_missing(conn, "select id from claims where rowid > ?", in_claims_order=True, params=[rowid])
    _remembered(conn)
    text = ("coalesce((select k.text_score from temp._score_known k where k.id = c.id and k.content = c.content), "
            "claims_checkworthy(c.content))")
    bound = _BOUND.format(text=text, outlet="a.outlet", join="left join articles a on a.id = c.article_id",
                          where="where c.rowid > ? and not exists (select 1 from claim_scores s "
                                "where s.claim_id = c.id) order by c.rowid")
    added = conn.execute("insert into claim_scores (claim_id, text_score, score, speaker_id, outlet) "
                         f"select claim_id, text_score, bound, speaker_id, outlet from ({bound})", [rowid]).rowcount
    conn.execute("delete from temp._score_known")
    return added


def _add_missing_unindexed(conn) -> int:
    """``_add_missing`` into an empty ``claim_scores`` with its secondary indexes built
    after the rows (one sort each) rather than row by row: about 80 million instructions
    an index in a first load of 2,000 articles (docs/benchmarks.md).  The indexes are
    dropped and made again from their own stored SQL within the caller's transaction
    (only when there is one: a load's ``refresh`` runs in ``retry_locked``'s), so a crash
    or a rollback leaves them as they were, and the schema at the end is the same."""
    indexes = conn.execute("select name, sql from sqlite_master where type = 'index' and tbl_name = 'claim_scores' "
                           "and sql is not null order by rowid").fetchall()
    for name, _ in indexes:
        conn.execute(f"drop index [{name}]")
    added = _add_missing(conn)
    for _, sql in indexes:
        conn.execute(sql)
    return added


def remember(conn, scored: list[tuple[str, str, float]]) -> None:
    """Text scores already known, as (claim id, content, score): computed where a
    load built its rows (``store.articles.text_scores``; a process of its own
    with ``--jobs``), so that the rows made after the load need not compute them
    again.  A score is taken only for the very content it scored (a correction
    may reword a claim meanwhile).  Kept in the connection's temporary storage
    until the next refresh makes the rows."""
    from .store.bulk import insert_many  # (one statement of many rows: the load's writer calls this per batch)

    _remembered(conn)
    insert_many(conn, "insert or replace into temp._score_known", 3, scored)


def _remembered(conn) -> None:
    conn.execute("create temp table if not exists _score_known (id text primary key, content text, text_score real)")


# The claims whose bound may move when the claims or speakers in a set of ids changed:
# those claims, their speakers' claims, the claims of their stories, and the claims said
# again after any of those stories' claims (``SAID_AGAIN``: an earlier claim that joined or
# left a rated story; a repeat's two ends may be two speaker ids of one person).
_NARROW = ("where c.id in (select id from {ids}) or c.speaker_id in (select id from {ids}) "
           "or c.story_id in (select story_id from claims where id in (select id from {ids})) "
           "or c.speaker_id in (select speaker_id from claims where id in (select id from {ids})) "
           "or c.id in (select rp.claim_b from claim_repeats rp where rp.claim_a in (select id from {ids}) "
           "or rp.claim_a in (select m.id from claims m where m.story_id in "
           "(select story_id from claims where id in (select id from {ids}))))")


def _fill(conn, table: str, ids) -> None:
    conn.execute(f"create temp table if not exists {table} (id text primary key)")
    conn.execute(f"delete from {table}")
    conn.executemany(f"insert or ignore into {table} values (?)", [(c,) for c in ids])


def refresh_after_verdict(conn, claim_id: str | None = None, story_id: str | None = None) -> int:
    """After a verdict on a claim or a story is recorded or withdrawn (in its transaction):
    the bounds of the claims said again after that statement (``SAID_AGAIN``: after the
    claim or any report of its story, or any report of the story), which the verdict
    raised or lowered.  The verdict's own claims need nothing: a verdict only lowers their
    score ("not yet checked"), and the queue reads them among ``CHECKED``.  Returns how
    many bounds changed."""
    if not _ready(conn):
        return 0
    if claim_id is not None:
        earlier = ("select ? union select m.id from claims m where m.story_id = "
                   "(select story_id from claims where id = ?)")
        params = [claim_id, claim_id]
    else:
        earlier, params = "select m.id from claims m where m.story_id = ?", [story_id]
    return _update(conn, f"where c.id in (select rp.claim_b from claim_repeats rp where rp.claim_a in ({earlier}))",
                   params)


def _update(conn, where: str, params: list | None = None) -> int:
    cur = conn.execute(
        f"update claim_scores set score = b.bound from ({_BOUND.format(where=where, **_STORED)}) b "
        "where b.claim_id = claim_scores.claim_id and claim_scores.score is not b.bound", params or [])
    return cur.rowcount


# What a write noted for ``refresh_noted``: claim and speaker ids, or ALL.
ALL = "*"


def note(conn, ids) -> None:
    """Remember claim and speaker ids whose bound a write may have changed (``ALL``:
    anything may have), for ``refresh_noted``.  Matching notes what it touched."""
    conn.execute("create temp table if not exists _score_noted (id text primary key)")
    conn.executemany("insert or ignore into _score_noted values (?)", [(c,) for c in ids if c])


def refresh_noted(conn) -> int:
    """``refresh`` for what was noted since the last refresh (a load that matched
    touches a few stories and speakers, not every claim); all claims when nothing
    was noted or ``ALL`` was.  Returns how many bounds changed."""
    noted = conn.execute("select 1 from sqlite_temp_master where type = 'table' and name = '_score_noted'").fetchone()
    if not noted or conn.execute("select 1 from temp._score_noted where id = ?", [ALL]).fetchone():
        return refresh(conn)
    if not _ready(conn):
        return 0
    # new claims are noted by matching: their rows are made here, without a scan of every claim
    added = _add_missing(conn, among="select id from temp._score_noted")
    changed = added + _update(conn, _NARROW.format(ids="temp._score_noted"))
    _forget_noted(conn)
    return changed


def refresh_written(conn) -> int:
    """``refresh`` after a load that did not match: the bounds of the noted claims,
    their speakers and stories only, when all a load noted is the claims of the
    articles it added (its writer's ``note``).  Nothing else moved: without
    matching no story or alert changes, and a speaker's count changes only by
    claims of its own that were added.  So at a million claims a load of a few
    hundred articles no longer recomputes every bound (2.4 CPU s there).

    Every claim without a row still gets one, in the claims' order, as ``refresh``
    makes them, so rows and rowids are what it gives (and a load cut short
    before its refresh leaves none missing): when the claims without a row are
    the noted ones only (counted, 15 ms at a million claims), those are read
    by id rather than every claim (0.36 s there).  Anything else noted (``ALL``: an
    article replaced, whose dropped claims leave no trace of their speakers), or
    nothing, or an empty table: ``refresh`` of every claim.  Returns how many
    bounds changed."""
    noted = conn.execute("select 1 from sqlite_temp_master where type = 'table' and name = '_score_noted'").fetchone()
    if (not noted or not _ready(conn) or conn.execute("select 1 from temp._score_noted where id = ?", [ALL]).fetchone()
            or conn.execute("select 1 from claim_scores limit 1").fetchone() is None):
        return refresh(conn)
    among = "select id from temp._score_noted"
    only_noted = _unscored(conn, among) == _unscored(conn)
    added = _add_missing(conn, among, in_claims_order=True) if only_noted else _add_missing(conn)
    changed = added + _update(conn, _NARROW.format(ids="temp._score_noted"))
    _forget_noted(conn)
    return changed


class LoadBounds:
    """A first load's ``claim_scores`` rows made with each batch, not all after its last.

    After the batches the refresh made every row at once (``_add_missing_unindexed``),
    about 0.2 CPU s for 2,000 articles run alone while the workers or the reading
    process had finished: most of the load's serial end (docs/benchmarks.md).  The only
    signal of a first load without matching that its later batches can move is a
    speaker's count (``public_figure``: no story, link or alert is made), so each batch,
    in its own transaction, counts its speakers' claims (``speakers.claim_count``, which
    the refresh after the load recounts the same), brings up to date the rows of the
    speakers it made public figures, then makes its claims' rows in their order.  So the
    rows, their rowids and bounds are what the refresh would make, and a load cut short
    leaves them exact for what it stored.

    Kept only while the load only adds to a database without claims: an article
    replaced, or at the end another connection's commit meanwhile or a correction that
    changed a row, drops the rows (``complete``) and the refresh makes them all as before.
    The Python side (counts, the last claim) moves only when the batch is committed
    (``committed``): a batch retried on a lock runs ``add`` again from the same state."""

    def __init__(self, conn):
        self.counts: dict[str, int] = {}  # each speaker's claims stored so far
        self.last = 0  # the rowid of the last claim with a row
        self.valid = (_ready(conn) and conn.execute("select 1 from claims limit 1").fetchone() is None
                      and conn.execute("select 1 from claim_scores limit 1").fetchone() is None
                      and conn.execute("select 1 from speakers where claim_count != 0 limit 1").fetchone() is None)
        self.version = conn.execute("pragma data_version").fetchone()[0]
        self._next: tuple[dict[str, int], int, bool] | None = None

    def add(self, conn, speakers: list[str | None], replaced: bool) -> None:
        """In a batch's transaction, after its rows: the speaker ids of its new claims
        (None: no speaker).  ``replaced``: an article of it was replaced."""
        if not self.valid:
            return
        if replaced:  # (its claims' speakers no longer counted here: none kept, as before a load)
            conn.execute("delete from claim_scores")
            self._next = ({}, 0, False)
            return
        counts: dict[str, int] = {}
        for speaker in speakers:
            if speaker:
                counts[speaker] = counts.get(speaker, self.counts.get(speaker, 0)) + 1
        # (the values as one JSON text: one step, not one a row, each of which would hand
        # the GIL to the load's reading thread and wait for it back)
        if counts:
            conn.execute("update speakers set claim_count = n.value from json_each(?) n where speakers.id = n.key",
                         [json.dumps(counts)])
        crossed = [s for s, n in counts.items() if self.counts.get(s, 0) < PUBLIC_FIGURE_CLAIMS <= n]
        if any(self.counts.get(s) for s in crossed):  # rows of its earlier claims: their bounds rise
            _update(conn, "where c.speaker_id in (select value from json_each(?))", [json.dumps(crossed)])
        last = self.last
        if speakers:
            last = conn.execute("select max(rowid) from claims").fetchone()[0]
            _add_after(conn, self.last)
        self._next = (counts, last, True)

    def committed(self) -> None:
        """The batch ``add`` saw is committed."""
        if self._next is not None:
            counts, self.last, self.valid = self._next
            self.counts.update(counts)
            self._next = None

    def complete(self, conn, changed: bool = False) -> bool:
        """After the batches (and the corrections applied after them: ``changed``, did
        they change a row): are the rows all there and exact?  If not, they are dropped
        (in the caller's transaction) for the refresh to make them all."""
        exact = (self.valid and not changed and conn.execute("pragma data_version").fetchone()[0] == self.version
                 and _unscored(conn) == 0)
        if not exact:  # (a first load's table: only rows of this load's batches, if any)
            conn.execute("delete from claim_scores")
        return exact


def _unscored(conn, among: str = "") -> int:
    """How many claims (of those ``among`` selects, if given) have no ``claim_scores`` row."""
    if among:
        return conn.execute(f"select count(*) from claims c where c.id in ({among}) and not exists "
                            "(select 1 from claim_scores s where s.claim_id = c.id)").fetchone()[0]
    # every claim: by the two tables' sizes (a claim's row goes with it: the store's triggers)
    return conn.execute("select (select count(*) from claims) - (select count(*) from claim_scores)").fetchone()[0]


def _forget_noted(conn) -> None:
    conn.execute("drop table if exists temp._score_noted")


class Cut(NamedTuple):
    """The candidates (a query of their ``claim_id`` and ``text_score``), and whether
    they may miss a better claim."""
    sql: str
    params: list
    bound: tuple | None  # (score, claim id) of the last candidate; None: every claim is a candidate


# Filters with an index of their own (``claim_scores`` columns copied from the claim
# and its article by the store's triggers): the candidates are the top of that key.
KEYS = ("speaker_id", "outlet")


class Key(NamedTuple):
    """A filter the candidates can be read for directly: only claims with ``column = value``."""
    column: str
    value: str


def _key_where(key: Key | None, table: str = "") -> tuple[str, list]:
    """The condition (``... and``) and params selecting the claims with ``key`` (none: every claim),
    its column named with ``table.`` when given."""
    if key is None:
        return "", []
    if key.column not in KEYS:
        raise ValueError(f"claim_scores has no index on {key.column!r}")
    return f"{table + '.' if table else ''}{key.column} = ? and ", [key.value]


def candidates(conn, limit: int, key: Key | None = None, after: tuple[float, str] | None = None,
               siblings: bool = True, shared_shift: bool = False) -> Cut | None:
    """The ``limit`` claims of highest bound (of those with ``key``, when given: ask
    ``has_keys`` first), as a query (None: no index).  With ``after`` (a later page's
    token: the score and id of the last row shown), those whose place in the index
    comes after the token's (``_selected``), with the claims before it whose score may
    be below their bound (``CHECKED``) and the other reports of the stories of the
    claims after it (so a story shown on an earlier page is known): for an actor who
    sees every signal, the only claims before that place that can come after the token.
    ``siblings=False`` (the queue of every report, ``reports=all``, which ranks no story)
    leaves the other reports out: a story's earlier rows change nothing there.
    ``shared_shift``: the caller's scores are the bounds less one amount shared by every
    report of a story (an actor who sees every signal, current bounds: only "not yet
    checked" can fall, and it falls for the whole statement), so only the stories of the
    candidates at the last one's bound can hold a report tying with them (``_ties``)."""
    if not has_table(conn, "claim_scores"):
        return None
    where, params = _selected(key, after)
    order = f"from claim_scores where {where}1 order by score desc, claim_id"
    last = conn.execute(f"select score, claim_id {order} limit 1 offset ?", [*params, limit - 1]).fetchone()
    top = f"select claim_id, text_score {order} limit {int(limit)}"
    bound = tuple(last) if last else None
    # the other reports of the candidates' stories that can tie with them (a bound at the
    # last candidate's score, a later id): the queue's story row is its first published
    # report among those of its best score, which may be one of them
    if not siblings:
        ties, tie_params = "", []
    elif shared_shift:
        ties, tie_params = _ties_at_bound(key, after, bound)
    else:
        ties, tie_params = _ties(conn, top, params, key, bound, limit)
    if after is None:
        return Cut(f"select claim_id, text_score from ({top}){ties}" if ties else top,
                   [*params, *tie_params], bound)
    key_where, key_params = _key_where(key)
    ahead = [after[0], after[0], after[1]]
    checked = CHECKED if has_table(conn, "verdicts") else "select null where 0"
    sql = (f"select claim_id, text_score from ({top}) union "
           f"select cs.claim_id, cs.text_score from claim_scores cs where {key_where}{BEFORE.format(cs='cs')} "
           f"and +cs.claim_id in ({checked})")
    if not siblings:
        return Cut(sql, [*params, *key_params, *ahead], bound)
    sql += (f" union select cs.claim_id, cs.text_score from ({top}) t cross join claims c on c.id = t.claim_id "
            "cross join claims m on m.story_id = c.story_id cross join claim_scores cs on cs.claim_id = m.id "
            f"where {BEFORE.format(cs='cs')}{ties}")
    return Cut(sql, [*params, *key_params, *ahead, *params, *ahead, *tie_params], bound)


# How many reports tying with the last candidate (per candidate) are read from their
# side, each to its story, before it costs less to read from the candidates' side.
TIES_READ = 4


def _ties(conn, top: str, params: list, key: Key | None, bound: tuple | None, limit: int) -> tuple[str, list]:
    """The union (and its params) adding the other reports of the candidates' stories
    that tie with the last candidate: a bound at its score and a later id (a report of
    a higher bound, or of that score and an earlier id, is a candidate already, or on
    a later page one of the reports before the token that ``candidates`` adds).
    None such in the index (one seek): nothing to add, as when scores rarely tie.  A
    few: each is read to its story, kept when a candidate is in it.  Many: from each
    candidate to every report of its story (three lookups a report: at 50,000 claims
    13 ms of a first page's candidates, against 8 ms read from the tying side)."""
    if bound is None:
        return "", []
    key_where, key_params = _key_where(key, "x")
    tied = f"from claim_scores x where {key_where}x.score = ? and x.claim_id > ?"
    tied_params = [*key_params, bound[0], bound[1]]
    most = TIES_READ * limit
    found = conn.execute(f"select count(*) from (select 1 {tied} limit ?)", [*tied_params, most + 1]).fetchone()[0]
    if not found:
        return "", []
    stories = f"select c.story_id from ({top}) t cross join claims c on c.id = t.claim_id"
    if found <= most:
        return (f" union select x.claim_id, x.text_score {tied} "
                f"and (select story_id from claims m where m.id = x.claim_id) in ({stories})", [*tied_params, *params])
    return (f" union select x.claim_id, x.text_score from ({stories}) s cross join claims m on m.story_id = s.story_id "
            f"cross join claim_scores x on x.claim_id = m.id where {key_where}x.score = ? and x.claim_id > ?",
            [*params, *tied_params])


def _ties_at_bound(key: Key | None, after: tuple[float, str] | None, bound: tuple | None) -> tuple[str, list]:
    """``_ties`` when a story's reports all score their bound less one shared amount: a report
    outside the candidates (a bound at the last candidate's score, a later id) can tie only
    with a candidate of its story at that same bound (one of a higher bound scores more
    than it can), so only those candidates' stories are read, from their side: a few
    stories, not every tying report (at 50,000 generated claims, 774 reports tie at the
    first page's bound, each read to its story, and 156 of them were scored beside the
    400 candidates)."""
    if bound is None:
        return "", []
    # the candidates at the bound: the top's rows of that score, up to the last candidate's id
    where, params = _selected(key, after, "t")
    at_bound = (f"select distinct c.story_id from claim_scores t cross join claims c on c.id = t.claim_id "
                f"where {where}t.score = ? and t.claim_id <= ? and c.story_id is not null")
    key_where, key_params = _key_where(key, "x")
    return (f" union select x.claim_id, x.text_score from ({at_bound}) s "
            f"cross join claims m on m.story_id = s.story_id cross join claim_scores x on x.claim_id = m.id "
            f"where {key_where}x.score = ? and x.claim_id > ?",
            [*params, bound[0], bound[1], *key_params, bound[0], bound[1]])


def _selected(key: Key | None, after: tuple[float, str] | None, table: str = "") -> tuple[str, list]:
    """The condition (``... and``) and params selecting the claims with ``key`` whose
    place in the index comes after ``after`` (a later page's token: its score and claim
    id), columns named with ``table.`` when given."""
    where, params = _key_where(key, table)
    if after is None:
        return where, params
    t = table + "." if table else ""
    return (where + f"{t}score <= ? and ({t}score < ? or {t}claim_id > ?) and ",
            params + [after[0], after[0], after[1]])


# A place in the index, for a later page (its token's score and claim id): the claims
# before it.
BEFORE = "({cs}.score > ? or ({cs}.score = ? and {cs}.claim_id <= ?))"
# The claims a verdict may have scored below their bound (which counts every claim not yet
# checked): those with a verdict, and every report of a story with one on it or on a report of it.
CHECKED = ("select claim_id from verdicts where claim_id is not null "
           "union select c.id from verdicts v cross join claims c on c.story_id = v.story_id "
           "union select c.id from verdicts v cross join claims m on m.id = v.claim_id "
           "cross join claims c on c.story_id = m.story_id")


def ahead(conn, after: tuple[float, str], key: Key | None = None, most: int | None = None) -> int:
    """How many claims (of those with ``key``) come before a later page's token's place
    in the index (``BEFORE``; counting stops past ``most``, when given)."""
    if not has_table(conn, "claim_scores"):
        return 0
    where, params = _key_where(key)
    limit = "" if most is None else f" limit {int(most) + 1}"
    return conn.execute(f"select count(*) from (select 1 from claim_scores where {where}"
                        f"{BEFORE.format(cs='claim_scores')}{limit})", [*params, after[0], after[0], after[1]]
                        ).fetchone()[0]


def depth(conn, score: float, key: Key | None = None, most: int | None = None) -> int:
    """How many claims (of those with ``key``) have a bound of at least ``score``
    (counting stops past ``most``, when given: a range of the index read at most that far).

    A page after a row of that score must score every one of them (any may fall
    below the row once scored), so its candidates start this deep instead of
    widening to it from the top: on Wikinews a page past the first 3,000 rows
    scored 400, then 3,200, then 25,600 candidates.  One range of the score index."""
    if not has_table(conn, "claim_scores"):
        return 0
    where, params = "score >= ?", [score]
    if key is not None:
        if key.column not in KEYS:
            raise ValueError(f"claim_scores has no index on {key.column!r}")
        where, params = f"{key.column} = ? and score >= ?", [key.value, score]
    limit = "" if most is None else f" limit {int(most) + 1}"
    return conn.execute(f"select count(*) from (select 1 from claim_scores where {where}{limit})", params).fetchone()[0]


def has_keys(conn) -> bool:
    """Does ``claim_scores`` hold the filter keys (a database migrated since they were added)?"""
    # asked of the table itself: pages read under an authorizer that hides pragma_table_info
    try:
        conn.execute(f"select {', '.join(KEYS)} from claim_scores limit 0")
    except sqlite3.OperationalError:
        return False
    return True


def exact(rows: list[dict], size: int, bound: tuple | None, slack: float = 0.0) -> bool:
    """Are ``rows`` (the candidates' best, by score desc then id, up to size + 1) the true
    best?  Yes when no claim outside the candidates can come before the last row needed
    (whose score is at most its stored bound plus ``slack``)?  Always when every claim
    was a candidate (``bound`` None)."""
    return bound is None or len(proven(rows, bound, slack)) > size


def proven(rows: list[dict], bound: tuple | None, slack: float = 0.0) -> list[dict]:
    """The first of ``rows`` (the candidates' best, by score desc then id) that no claim
    outside the candidates can come before: every row above the last candidate's bound
    (plus ``slack``), or at it with a smaller id.  All of them when every claim was a candidate."""
    if bound is None:
        return rows
    ceiling = round(bound[0] + slack, 2)
    n = 0
    while n < len(rows) and (rows[n]["score"] > ceiling or (rows[n]["score"] == ceiling and rows[n]["id"] < bound[1])):
        n += 1
    return rows[:n]
