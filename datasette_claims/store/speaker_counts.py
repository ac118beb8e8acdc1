"""A big speaker's counts kept by the store, so that its page reads one row.

The speaker page counts the speaker's claims by day and sourcing, outlet and role
(``SPEAKER_COUNTS``).  At a million claims the most quoted speaker's 57,000 claims
and their reports cost about 0.2 s of CPU to count, every request: over the pages'
100 ms.  ``speaker_counts`` keeps the statement's rows, as JSON, for each speaker
with ``STORED_FROM`` claims or more; a smaller one's page counts (a few ms).

Triggers (``m026_speaker_counts``) delete a speaker's row whenever a claim of it
is added, removed, moved to another speaker or given another date, sourcing or
role, and when a report's date or outlet changes: whatever the writer (a load,
matching's merges, a reviewer's correction), a row is never stale, only missing.
``refresh`` counts again the big speakers without a row; it runs where speakers'
``claim_count`` is refreshed (after a load's batches, matching's merges,
corrections).  The page also checks the row's total against ``claim_count`` and
counts itself when they differ or the row is missing.
"""

from __future__ import annotations

import json
import sqlite3

from .connection import has_table

TABLE = "speaker_counts"
# A speaker with this many claims or more has its counts kept (its page would count
# them in several ms); the others' pages count.
STORED_FROM = 500
# The outlets and role spellings a speaker page is given (the commonest).
SHOWN_OUTLETS = 50
ROLE_ROWS = 1000
# The statement's columns, in the order each kept row holds them.
COLUMNS = ("part", "key", "sourcing", "claims", "first_published", "last_published")

# Each claim of the speaker and its report's date and outlet read once (``m``), then counted
# three ways.  By the date said, else published; the undated group sorts first (null key).
SPEAKER_COUNTS = """
with m as materialized (
  select coalesce(c.said_on, a.published) as day, c.sourcing, c.speaker_role as role, a.outlet, a.published
  from claims c join articles a on a.id = c.article_id where c.speaker_id = :speaker)
select 'day' as part, substr(day, 1, 10) as key, sourcing, count(*) as claims,
  null as first_published, null as last_published from m group by key, sourcing
union all
select * from (select 'outlet', outlet, null, count(*) as claims, min(published), max(published)
  from m group by outlet order by claims desc, outlet limit :outlets)
union all
select * from (select 'role', role, null, count(*) as claims, null, null
  from m where role is not null and role != '' group by role order by claims desc, role limit :roles)
"""


def count_params(speaker_id: str) -> dict:
    """``SPEAKER_COUNTS``' parameters for one speaker."""
    return {"speaker": speaker_id, "outlets": SHOWN_OUTLETS, "roles": ROLE_ROWS}


# The triggers that delete a speaker's kept counts when its claims change, by name.
TRIGGERS = {
    "speaker_counts_claim_added": "AFTER INSERT ON claims BEGIN "
    "DELETE FROM speaker_counts WHERE speaker_id = new.speaker_id; END",
    "speaker_counts_claim_removed": "AFTER DELETE ON claims BEGIN "
    "DELETE FROM speaker_counts WHERE speaker_id = old.speaker_id; END",
    "speaker_counts_claim_changed": "AFTER UPDATE OF speaker_id, said_on, sourcing, speaker_role, article_id "
    "ON claims WHEN old.speaker_id IS NOT new.speaker_id OR old.said_on IS NOT new.said_on "
    "OR old.sourcing IS NOT new.sourcing OR old.speaker_role IS NOT new.speaker_role "
    "OR old.article_id IS NOT new.article_id BEGIN "
    "DELETE FROM speaker_counts WHERE speaker_id IN (old.speaker_id, new.speaker_id); END",
    "speaker_counts_report_changed": "AFTER UPDATE OF published, outlet ON articles "
    "WHEN old.published IS NOT new.published OR old.outlet IS NOT new.outlet BEGIN "
    "DELETE FROM speaker_counts WHERE speaker_id IN (SELECT speaker_id FROM claims WHERE article_id = new.id); END",
}


# The trigger a first load goes without (``pause_for_first_load``).
ADDED = "speaker_counts_claim_added"


def pause_for_first_load(conn: sqlite3.Connection) -> None:
    """Before a first load (no article stored, so no claim): no row kept, and no
    ``ADDED`` trigger while its claims go in.  Each of a load's claims ran that
    trigger's ``DELETE`` on an empty table: about 4% of the writer's instructions
    for extract output (docs/benchmarks.md, "2026-12-06 19:04-20:15").  The load
    counts its big speakers after its batches (``refresh``).  Put back by
    ``resume_after_first_load``, in the same transaction as the full-text triggers
    (``schema.fill_full_text``), so a load killed half-way leaves it missing only
    where the next command that opens the database puts it back (``open_db``)."""
    if not has_table(conn, TABLE):
        return
    conn.execute(f"DELETE FROM {TABLE}")  # (none: there is no claim to count)
    conn.execute(f'DROP TRIGGER IF EXISTS "{ADDED}"')


def resume_after_first_load(conn: sqlite3.Connection) -> None:
    """The ``ADDED`` trigger back (``pause_for_first_load``); a no-op when it is there."""
    if has_table(conn, TABLE):
        conn.execute(f'CREATE TRIGGER IF NOT EXISTS "{ADDED}" {TRIGGERS[ADDED]}')


# The big speakers found through it, not by reading every speaker: a load's alias step
# (``matching.aliases``) refreshes, and reads the same at any number of speakers.
BIG_SPEAKERS = "idx_speakers_claim_count"


def create(conn: sqlite3.Connection) -> None:
    """The table, its triggers and the index of speakers by claim count (``m026_speaker_counts``)."""
    conn.execute(f"CREATE TABLE IF NOT EXISTS {TABLE} (speaker_id TEXT PRIMARY KEY, claims INTEGER NOT NULL, "
                 "rows TEXT NOT NULL)")
    conn.execute(f"CREATE INDEX IF NOT EXISTS {BIG_SPEAKERS} ON speakers (claim_count)")
    for name, body in TRIGGERS.items():
        conn.execute(f'CREATE TRIGGER IF NOT EXISTS "{name}" {body}')


def refresh(conn: sqlite3.Connection) -> int:
    """Count again every big speaker whose row is missing, after ``claim_count`` is
    refreshed; drop the rows of speakers no longer big, or gone.  Returns how many were
    counted.  A no-op in a database without the table (not yet migrated)."""
    if not has_table(conn, TABLE):
        return 0
    conn.execute(f"DELETE FROM {TABLE} WHERE speaker_id NOT IN "
                 "(SELECT id FROM speakers WHERE claim_count >= ?)", [STORED_FROM])
    found = [r[0] for r in conn.execute(
        f"SELECT id FROM speakers s WHERE claim_count >= ? AND NOT EXISTS "
        f"(SELECT 1 FROM {TABLE} k WHERE k.speaker_id = s.id)", [STORED_FROM])]
    for speaker_id in found:
        rows = [dict(zip(COLUMNS, r)) for r in conn.execute(SPEAKER_COUNTS, count_params(speaker_id))]
        total = sum(r["claims"] for r in rows if r["part"] == "day")  # each claim is in one day row
        conn.execute(f"INSERT OR REPLACE INTO {TABLE} (speaker_id, claims, rows) VALUES (?, ?, ?)",
                     [speaker_id, total, json.dumps([[r[c] for c in COLUMNS] for r in rows], ensure_ascii=False)])
    return len(found)
