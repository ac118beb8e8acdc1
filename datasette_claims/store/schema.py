"""Tables, indexes and full-text search, as ordered migrations.

Migrations are recorded in ``_sqlite_migrations`` (sqlite-utils'
``Migrations``), so a database made by an older release is upgraded in
place and a new one is built by the same steps.  Append new migrations at
the end; never edit one that has shipped.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable, Collection

import sqlite_utils

from . import speaker_counts
from .connection import (MIGRATION_SET, DatabaseProblem, check_path, check_schema, configure, explain, has_index,
                         has_table, retry_locked)

migrations = sqlite_utils.Migrations("datasette-claims")
# The index of the articles' columns matching reads (``m023_articles_for_matching``).
MATCHING_ARTICLES = "idx_articles_matching"
# The speakers' surname key and its index (``m025_speaker_surnames``).
SPEAKER_SURNAMES = "idx_speakers_surname"
# The claims' stock-phrase key and its index (``m032_claim_phrase_keys``).
CLAIM_PHRASE_KEYS = "idx_claims_phrase_key"
# A speaker's name's last word as SQLite's LIKE and NOCASE compare it (ASCII letters
# lower-cased; the text after the last space, the whole name when it has none), and
# its index (``m027_speaker_last_words``): a query must spell the expression exactly so.
SPEAKER_LAST_WORD = "lower(substr(name, length(rtrim(name, replace(name, ' ', ''))) + 1))"
SPEAKER_LAST_WORDS = "idx_speakers_last_word"
# The tables a load writes whose full-text index (``<table>_fts``) follows them
# through triggers, and the columns it holds.
FULL_TEXT_COLUMNS = {"claims": ("content", "speaker", "source_text"), "articles": ("headline", "text")}


def full_text_triggers(table: str) -> dict[str, str]:
    """The triggers that keep ``<table>_fts`` in step with ``table``, by name: as
    sqlite-utils' ``enable_fts`` makes them, the update one as ``m010_matching``
    narrows it (only a change of an indexed column re-indexes the row)."""
    columns = FULL_TEXT_COLUMNS[table]
    cols = ", ".join(f'"{c}"' for c in columns)
    old = ", ".join(f'old."{c}"' for c in columns)
    new = ", ".join(f'new."{c}"' for c in columns)
    insert = f'  INSERT INTO "{table}_fts" (rowid, {cols}) VALUES (new.rowid, {new});\n'
    delete = f'  INSERT INTO "{table}_fts" ("{table}_fts", rowid, {cols}) VALUES(\'delete\', old.rowid, {old});\n'
    return {f"{table}_ai": f'CREATE TRIGGER "{table}_ai" AFTER INSERT ON "{table}" BEGIN\n{insert}END',
            f"{table}_ad": f'CREATE TRIGGER "{table}_ad" AFTER DELETE ON "{table}" BEGIN\n{delete}END',
            f"{table}_au": f'CREATE TRIGGER "{table}_au" AFTER UPDATE OF {cols} ON "{table}" BEGIN\n'
                           f"{delete}{insert}END"}


def open_db(path_or_db) -> sqlite_utils.Database:
    """Open (creating if needed) a claims database and bring its schema up to date.

    Refuses, before writing anything, what is not a claims database (see
    ``connection.check_path`` and ``check_schema``): raises
    ``DatabaseProblem`` with a message meant for the user.
    """
    if isinstance(path_or_db, sqlite_utils.Database):
        db, name = path_or_db, "the database"
    else:
        check_path(str(path_or_db))
        name = str(path_or_db)
        try:
            # no sqlite-utils plugins: none is used here, and finding them reads every
            # installed package's entry points (13 ms CPU, once a process)
            db = sqlite_utils.Database(path_or_db, execute_plugins=False)
        except sqlite3.Error as e:
            raise explain(e, name) from e
    configure(db.conn)
    beside_others(db, lambda: check_schema(db.conn, name))  # before anything is written
    try:
        # WAL lets Datasette read while a load writes; NORMAL sync is safe in WAL
        # mode (a crash loses at most the last commit, never consistency).
        if db.execute("PRAGMA journal_mode").fetchone()[0] not in ("memory", "wal"):
            db.execute("PRAGMA journal_mode=WAL")
        db.execute("PRAGMA synchronous=NORMAL")
        db.execute("PRAGMA foreign_keys=ON")
        beside_others(db, lambda: migrate_pending(db, name))
        if full_text_deferred(db.conn):  # a first load's, killed or still going (``defer_full_text``)
            retry_locked(lambda: fill_full_text(db.conn), db.conn)
    except sqlite3.Error as e:
        raise explain(e, name) from e
    return db


# Tries at checking and migrating while another process makes the same database
# (about 5 seconds of waiting in all; each statement also waits for the lock).
MIGRATION_TRIES = 8
# What a migration meets when another process applied it a moment before.
RACE_SIGNS = ("already exists", "duplicate column", "_sqlite_migrations", "locked", "busy")


def migrate_pending(db: sqlite_utils.Database, name: str) -> None:
    check_schema(db.conn, name)
    if migrations.pending(db):
        migrate(db)


def beside_others(db: sqlite_utils.Database, step: Callable[[], None]) -> None:
    """Run ``step`` (checking the schema, applying the pending migrations)
    and, when another process is making or upgrading the same file at the
    same moment, wait and run it again: it then does what the other has not.

    Two loads started at once into a new file both found every migration
    pending, and the second failed ("UNIQUE constraint failed:
    _sqlite_migrations...") having loaded nothing; one that looked while the
    other was half-way refused the file as another application's.  A
    migration is recorded in the transaction that makes it, so what failed
    here is rolled back and the pending list, read again, is the truth.
    """
    delay = 0.1
    for attempt in range(MIGRATION_TRIES):
        try:
            step()
            return
        except (sqlite3.Error, DatabaseProblem) as e:
            if db.conn.in_transaction:
                db.conn.rollback()
            if attempt == MIGRATION_TRIES - 1 or not _another_is_migrating(e, db):
                raise
        time.sleep(delay)
        delay = min(delay * 2, 1.0)


def _another_is_migrating(error: Exception, db: sqlite_utils.Database) -> bool:
    """Does ``error`` look like another process migrating the same file?"""
    if isinstance(error, sqlite3.Error):
        return any(sign in str(error).lower() for sign in RACE_SIGNS)
    # our tables without our record: ours half made (the record table is made
    # first), unless the record table is missing too (another application's)
    try:
        return db.conn.execute("select count(*) from _sqlite_migrations where migration_set = ?",
                               [MIGRATION_SET]).fetchone()[0] == 0
    except sqlite3.Error:
        return False


def migrate(db: sqlite_utils.Database) -> None:
    migrations.apply(db)


@migrations()
def m001_core(db: sqlite_utils.Database) -> None:
    db["articles"].create(
        {
            "id": str,
            "url": str,
            "outlet": str,
            "section": str,
            "headline": str,
            "published": str,
            "dateline_place": str,
            "dateline_date": str,
            "agency": str,
            "text": str,
            "paragraphs": str,
            "word_count": int,
            "claim_count": int,
            "source_path": str,
            "content_hash": str,
            "duplicate_of": str,
            "loaded_at": str,
        },
        pk="id",
        not_null={"text"},
    )
    db["speakers"].create(
        {
            "id": str,
            "name": str,
            "kind": str,
            "role": str,
            "aliases": str,
            "claim_count": int,
        },
        pk="id",
        not_null={"name"},
    )
    db["stories"].create(
        {
            "id": str,
            "label": str,
            "first_claim_id": str,
            "first_article_id": str,
            "first_published": str,
            "first_outlet": str,
            "claim_count": int,
            "report_count": int,
            "outlet_count": int,
            "speakers": str,
            "has_drift": int,
        },
        pk="id",
    )
    db["claims"].create(
        {
            "id": str,
            "article_id": str,
            "speaker_id": str,
            "story_id": str,
            "content": str,
            "start": int,
            "end": int,
            "speaker": str,
            "speaker_role": str,
            "source_text": str,
            "source_start": int,
            "source_end": int,
            "cue": str,
            "cue_start": int,
            "cue_end": int,
            "sourcing": str,
            "quote_type": str,
            "said_on": str,
            "said_where": str,
            "said_to": str,
            "hedges": str,
            "stance": str,
            "via": str,
            "anonymity_reason": str,
            "denies": str,
            "confidence": float,
            "rule": str,
        },
        pk="id",
        not_null={"article_id", "content"},
        foreign_keys=[
            ("article_id", "articles", "id"),
            ("speaker_id", "speakers", "id"),
            ("story_id", "stories", "id"),
        ],
    )
    db["claim_matches"].create(
        {
            "claim_a": str,
            "claim_b": str,
            "score": float,
            "kind": str,
            "method": str,
            "diff": str,
        },
        pk=("claim_a", "claim_b"),
        foreign_keys=[("claim_a", "claims", "id"), ("claim_b", "claims", "id")],
    )
    db["load_errors"].create(
        {
            "id": int,
            "path": str,
            "reason": str,
            "level": str,
            "created": str,
        },
        pk="id",
    )
    for table, columns in (
        ("claims", ["article_id"]),
        ("claims", ["speaker_id"]),
        ("claims", ["story_id"]),
        ("claims", ["sourcing"]),
        ("claims", ["said_on"]),
        ("articles", ["published"]),
        ("articles", ["outlet"]),
        ("claim_matches", ["claim_b"]),
        ("speakers", ["name"]),
    ):
        db[table].create_index(columns, if_not_exists=True)
    db["claims"].enable_fts(
        ["content", "speaker", "source_text"], create_triggers=True, tokenize="porter"
    )
    db["articles"].enable_fts(["headline", "text"], create_triggers=True, tokenize="porter")


@migrations()
def m020_factchecks(db: sqlite_utils.Database) -> None:
    """Verdicts (append-only), imported fact-checks, import errors and alerts."""
    # Append-only: a new verdict is a new row; the current one is the latest.
    db["verdicts"].create(
        {
            "id": int,
            "claim_id": str,
            "story_id": str,
            "rating": str,
            "note": str,
            "url": str,
            "reviewer": str,
            "created": str,
        },
        pk="id",
        not_null={"rating", "created"},
    )
    db["factchecks"].create(
        {
            "id": str,
            "claim": str,
            "claimant": str,
            "claim_date": str,
            "rating": str,
            "rating_value": float,
            "best_rating": float,
            "worst_rating": float,
            "title": str,
            "url": str,
            "publisher": str,
            "review_date": str,
            "language": str,
            "format": str,
            "source": str,
            "imported": str,
        },
        pk="id",
        not_null={"claim"},
    )
    db["factcheck_errors"].create(
        {"id": int, "source": str, "record": str, "reason": str, "created": str},
        pk="id",
    )
    db["claim_alerts"].create(
        {
            "id": int,
            "claim_id": str,
            "kind": str,  # "factcheck" or "verdict"
            "match_id": str,  # factchecks.id, or the id of the claim carrying the verdict
            "score": float,
            "rating": str,
            "created": str,
        },
        pk="id",
        not_null={"claim_id", "kind", "match_id"},
    )
    for table, columns, unique in (
        ("verdicts", ["claim_id"], False),
        ("verdicts", ["story_id"], False),
        ("factchecks", ["url"], False),
        ("claim_alerts", ["claim_id", "kind", "match_id"], True),
        ("claim_alerts", ["created"], False),
    ):
        db[table].create_index(columns, if_not_exists=True, unique=unique)
    db["factchecks"].enable_fts(["claim", "title", "claimant"], create_triggers=True, tokenize="porter")


@migrations()
def m010_matching(db: sqlite_utils.Database) -> None:
    """Matching writes story_id / speaker_id / duplicate_of on every load:
    re-index full text only when an indexed column changes, not on those."""
    for table in FULL_TEXT_COLUMNS:
        if not db[f"{table}_fts"].exists():
            continue
        db.execute(f'DROP TRIGGER IF EXISTS "{table}_au"')
        db.execute(full_text_triggers(table)[f"{table}_au"])
    db["claim_matches"].create_index(["kind"], if_not_exists=True)


@migrations()
def m011_match_state(db: sqlite_utils.Database) -> None:
    """Which version of each article matching has seen (by content hash)."""
    db["match_state"].create(
        {"article_id": str, "content_hash": str, "matched_at": str},
        pk="article_id",
        if_not_exists=True,
    )


@migrations()
def m012_utterances(db: sqlite_utils.Database) -> None:
    """The statement grain: one claim row per sentence, the rows of one
    attribution sharing ``utterance_id``.  Rows written before it were one
    row per attribution, so each is its own utterance."""
    if "utterance_id" not in db["claims"].columns_dict:
        db["claims"].add_column("utterance_id", str)
    db.execute("UPDATE claims SET utterance_id = id WHERE utterance_id IS NULL")
    db["claims"].create_index(["utterance_id"], if_not_exists=True)


@migrations()
def m013_review_status(db: sqlite_utils.Database) -> None:
    """The review queue's status per claim or story, kept as history like verdicts:
    a change is a new row; the current status is the latest."""
    db["claim_status"].create(
        {
            "id": int,
            "claim_id": str,
            "story_id": str,
            "status": str,  # new, assigned, in_progress, published, dismissed
            "assignee": str,
            "note": str,
            "actor": str,
            "created": str,
        },
        pk="id",
        not_null={"status", "created"},
        if_not_exists=True,
    )
    db["claim_status"].create_index(["claim_id", "id"], if_not_exists=True)
    db["claim_status"].create_index(["story_id", "id"], if_not_exists=True)


@migrations()
def m014_corrections(db: sqlite_utils.Database) -> None:
    """Reviewers' corrections: an append-only history applied over the machine's
    output after every load, match and rebuild (see corrections.py).  A claim is
    named by id and also by its article and words, to find it after a reload."""
    db["corrections"].create(
        {
            "id": int,
            "kind": str,
            "claim_id": str,
            "article_id": str,
            "content": str,
            "other_id": str,
            "other_article_id": str,
            "other_content": str,
            "value": str,
            "machine_value": str,
            "reason": str,
            "actor": str,
            "created": str,
        },
        pk="id",
        not_null={"kind", "created"},
        if_not_exists=True,
    )
    for columns in (["claim_id"], ["other_id"], ["article_id"]):
        db["corrections"].create_index(columns, if_not_exists=True)


@migrations()
def m015_queue_scores(db: sqlite_utils.Database) -> None:
    """The review queue's pre-ranking: per claim, the weight of its text signals and an
    upper bound of its queue score, indexed, so the queue reads the top of an index
    instead of scoring every claim (see queue_scores.py).  Rows go with their claim."""
    db["claim_scores"].create(
        {"claim_id": str, "text_score": float, "score": float},
        pk="claim_id",
        not_null={"text_score", "score"},
        if_not_exists=True,
    )
    db.execute("CREATE INDEX IF NOT EXISTS idx_claim_scores_rank ON claim_scores (score DESC, claim_id)")
    db.execute("CREATE TRIGGER IF NOT EXISTS claim_scores_gone AFTER DELETE ON claims "
               "BEGIN DELETE FROM claim_scores WHERE claim_id = old.id; END")
    db.execute("CREATE TRIGGER IF NOT EXISTS claim_scores_reworded AFTER UPDATE OF content ON claims "
               "BEGIN DELETE FROM claim_scores WHERE claim_id = old.id; END")
    from ..queue_scores import refresh

    refresh(db.conn)


@migrations()
def m016_queue_keys(db: sqlite_utils.Database) -> None:
    """The queue filtered by a speaker or an outlet reads the top of its own index:
    ``claim_scores`` keeps each claim's speaker id and outlet beside its bound, indexed
    by (key, bound), so a filtered page scores a few hundred of that speaker's or
    outlet's claims instead of widening the whole database's top until enough pass.
    Triggers keep the copies equal to ``claims.speaker_id`` and ``articles.outlet``."""
    columns = db["claim_scores"].columns_dict
    for column in ("speaker_id", "outlet"):
        if column not in columns:
            db.execute(f"ALTER TABLE claim_scores ADD COLUMN {column} TEXT")
    db.execute("UPDATE claim_scores SET speaker_id = c.speaker_id, outlet = a.outlet "
               "FROM claims c JOIN articles a ON a.id = c.article_id WHERE c.id = claim_scores.claim_id")
    db.execute("CREATE INDEX IF NOT EXISTS idx_claim_scores_speaker ON claim_scores (speaker_id, score DESC, claim_id)")
    db.execute("CREATE INDEX IF NOT EXISTS idx_claim_scores_outlet ON claim_scores (outlet, score DESC, claim_id)")
    db.execute("CREATE TRIGGER IF NOT EXISTS claim_scores_moved AFTER UPDATE OF speaker_id, article_id ON claims "
               "BEGIN UPDATE claim_scores SET speaker_id = new.speaker_id, "
               "outlet = (SELECT outlet FROM articles WHERE id = new.article_id) WHERE claim_id = new.id; END")
    db.execute("CREATE TRIGGER IF NOT EXISTS claim_scores_outlet AFTER UPDATE OF outlet ON articles "
               "BEGIN UPDATE claim_scores SET outlet = new.outlet "
               "WHERE claim_id IN (SELECT id FROM claims WHERE article_id = new.id); END")


@migrations()
def m017_load_errors_once(db: sqlite_utils.Database) -> None:
    """A bad input loaded again is not a second ``load_errors`` row: the writer
    looks for the same (path, reason, level) first, through this index.  Rows
    repeated by earlier releases are kept (they are history, not ours to drop)."""
    db["load_errors"].create_index(["path", "reason", "level"], if_not_exists=True)


@migrations()
def m018_queue_own_links(db: sqlite_utils.Database) -> None:
    """The queue's drift and conflict signals read a claim's own links, and its text
    signals no longer count "one" or a bare "only": every stored text score and bound
    is computed again once (``queue_scores.rescore``), so no bound is below its score."""
    from ..queue_scores import rescore

    rescore(db.conn)


@migrations()
def m019_story_moves(db: sqlite_utils.Database) -> None:
    """A story's id is derived from its first claim, so a rebuild, a merge, a split or a
    load that regroups a statement gives it a new id and the old /story URL would 404.
    ``story_moves`` keeps, for every story id that went away, the claim it was derived
    from; the story page follows that claim to the story holding it now.  Kept by
    triggers on ``stories`` (whoever deletes a story: matching, a rebuild, a correction),
    so no writer has to remember it; a story id that comes back leaves the table."""
    db["story_moves"].create({"story_id": str, "first_claim_id": str, "moved": str}, pk="story_id",
                             if_not_exists=True)
    db.execute("CREATE TRIGGER IF NOT EXISTS story_moves_gone AFTER DELETE ON stories "
               "WHEN old.first_claim_id IS NOT NULL BEGIN INSERT OR REPLACE INTO story_moves "
               "(story_id, first_claim_id, moved) VALUES (old.id, old.first_claim_id, "
               "strftime('%Y-%m-%dT%H:%M:%SZ', 'now')); END")
    db.execute("CREATE TRIGGER IF NOT EXISTS story_moves_back AFTER INSERT ON stories "
               "BEGIN DELETE FROM story_moves WHERE story_id = new.id; END")


@migrations()
def m021_verdict_withdrawals(db: sqlite_utils.Database) -> None:
    """A verdict can be withdrawn (a row here; the verdict stays in the history, marked),
    and a verdict moves its claim's or story's review status: ``claim_status.verdict_id``
    names the verdict that set a status, so withdrawing it can put the status before back.
    (Named m021: m020 is the fact-check tables' migration, which runs second.)"""
    db["verdict_withdrawals"].create(
        {"verdict_id": int, "actor": str, "reason": str, "created": str},
        pk="verdict_id",
        not_null={"created"},
        if_not_exists=True,
    )
    if "verdict_id" not in db["claim_status"].columns_dict:
        db.execute("ALTER TABLE claim_status ADD COLUMN verdict_id INTEGER")


@migrations()
def m022_article_url_keys(db: sqlite_utils.Database) -> None:
    """The same article from two APIs carries two ids (a search API's hash of its address,
    Event Registry's ``uri``) but one address: ``articles.url_key`` holds the address as
    ids are made from it (``articles.url_key``), indexed, so that a load finds an article
    already stored at an address in one lookup.  Stored articles get theirs here, computed
    by that same function (an address column changes no full-text index)."""
    from ..articles import url_key

    if "url_key" not in db["articles"].columns_dict:
        db.execute("ALTER TABLE articles ADD COLUMN url_key TEXT")
    db.conn.create_function("claims_url_key", 1, url_key, deterministic=True)
    db.execute("UPDATE articles SET url_key = claims_url_key(url) WHERE url IS NOT NULL")
    db["articles"].create_index(["url_key"], if_not_exists=True)


@migrations()
def m023_articles_for_matching(db: sqlite_utils.Database) -> None:
    """Matching reads, for every candidate claim, its article's date and the report it
    reprints (``duplicate_of``), which the table stores after the article's text: each such
    read followed the text's overflow pages.  This index holds the three columns matching
    reads (``matching.pipeline._select`` reads through it), so a candidate costs an index
    entry, not its article's text."""
    db["articles"].create_index(["id", "published", "duplicate_of"], index_name=MATCHING_ARTICLES,
                                if_not_exists=True)


@migrations()
def m025_speaker_surnames(db: sqlite_utils.Database) -> None:
    """A load's alias step looks up the speakers sharing a surname with its own
    (``matching.aliases``): without a key it read and folded every speaker's name,
    a pass that grew with the database.  ``speakers.surname`` holds that key,
    indexed; matching computes it (its name parser decides what a surname is) for
    the rows whose key is NULL, which the index also finds: rows added since,
    and rows renamed, since a change of ``name`` clears the key (the trigger)."""
    if "surname" not in db["speakers"].columns_dict:
        db.execute("ALTER TABLE speakers ADD COLUMN surname TEXT")
    db["speakers"].create_index(["surname"], index_name=SPEAKER_SURNAMES, if_not_exists=True)
    db.execute("CREATE TRIGGER IF NOT EXISTS speakers_surname_stale AFTER UPDATE OF name ON speakers "
               "WHEN new.name IS NOT old.name BEGIN UPDATE speakers SET surname = NULL WHERE rowid = new.rowid; END")


@migrations()
def m026_speaker_counts(db: sqlite_utils.Database) -> None:
    """The big speakers' page counts kept in ``speaker_counts``, and the triggers that
    drop a speaker's row when its claims change (``speaker_counts``): its page reads
    one row instead of counting every claim.  Filled here for the speakers stored."""
    from . import speaker_counts

    speaker_counts.create(db.conn)
    speaker_counts.refresh(db.conn)


@migrations()
def m027_speaker_last_words(db: sqlite_utils.Database) -> None:
    """A speaker's page lists the speakers whose name is its surname or ends with it
    (``views.people.same_surname``): a LIKE over every speaker's name, which grew with
    them.  The surname key (``m025``) is the name parser's, not the name's last word
    (463 of 10,000 keyed speakers differ at a million claims: "Bank of Scotland",
    "Caterina Fake and Joanna Stevens"), and a third of the rows are not keyed until a
    matched load; this index of the last word answers exactly what the LIKE did."""
    db.execute(f"CREATE INDEX IF NOT EXISTS {SPEAKER_LAST_WORDS} ON speakers({SPEAKER_LAST_WORD})")


@migrations()
def m028_queue_public_office(db: sqlite_utils.Database) -> None:
    """The queue's public-figure signal counts a named person whom the report gives a public
    office ("Mayor", "energy minister"), not only one quoted five times: every stored bound
    is computed again once (``queue_scores.refresh``), so no bound is below its score."""
    from ..queue_scores import refresh

    refresh(db.conn)


@migrations()
def m029_queue_office_words(db: sqlite_utils.Database) -> None:
    """Judges, prosecutors, the pope and "PM" joined the queue's public offices when the
    queue and the extractor came to read one list (``datasette_claims/offices.py``): the
    stored bounds are computed again once, as ``m028`` did, so none is below its score."""
    from ..queue_scores import refresh

    refresh(db.conn)


@migrations()
def m030_claim_repeats(db: sqlite_utils.Database) -> None:
    """One speaker's like words said again on another occasion (a minister's "saddened
    to hear of the death today of a soldier" on the 7th and the 20th, a candidate's
    "thoughts and prayers" months apart): matching refuses them as one statement
    (``claim_matches`` means one statement; stories and drift read it) and records the
    pair here, the earlier claim first, with the days between the reports, the
    wording's score and the occasion gate that told them apart
    (``matching.decide.Again``).  Filled by every load's matching and by ``match
    --rebuild``; empty in a database matched before this table, until its rebuild."""
    db["claim_repeats"].create(
        {"claim_a": str, "claim_b": str, "days_apart": int, "score": float, "reason": str},
        pk=("claim_a", "claim_b"),
        foreign_keys=[("claim_a", "claims", "id"), ("claim_b", "claims", "id")],
        if_not_exists=True,
    )
    db["claim_repeats"].create_index(["claim_b"], if_not_exists=True)


@migrations()
def m031_queue_said_again(db: sqlite_utils.Database) -> None:
    """The queue's "said again, rated before" signal (``queue_scores.SAID_AGAIN``: a claim
    whose speaker's like words on an earlier occasion have a verdict) counts in the stored
    bounds: every bound is computed again once, as ``m028`` did, so none is below its score."""
    from ..queue_scores import refresh

    refresh(db.conn)


@migrations()
def m032_claim_phrase_keys(db: sqlite_utils.Database) -> None:
    """Matching asks, for each short clause a load brings, which stored claims say it
    in the very same words (``matching.stock``): through ``claims_fts`` that read every
    claim holding the phrase's words, a list that grows with the database for common
    words ("I don't know").  ``claims.phrase_key`` holds each claim's words as matching
    compares them when the claim is short ('' when it is not), indexed, so a phrase is
    one index lookup.  Matching computes it (its text processing decides what the words
    are) for the rows whose key is NULL, which the index also finds: rows added since,
    and rows reworded, since a change of ``content`` clears the key (the trigger)."""
    if "phrase_key" not in db["claims"].columns_dict:
        db.execute("ALTER TABLE claims ADD COLUMN phrase_key TEXT")
    db["claims"].create_index(["phrase_key"], index_name=CLAIM_PHRASE_KEYS, if_not_exists=True)
    db.execute("CREATE TRIGGER IF NOT EXISTS claims_phrase_key_stale AFTER UPDATE OF content ON claims "
               "WHEN new.content IS NOT old.content BEGIN UPDATE claims SET phrase_key = NULL "
               "WHERE rowid = new.rowid; END")


# A load that wrote at least this share of the articles then stored merges the
# full-text indexes' segments (``merge_full_text``).
MERGE_SHARE = 0.2


def merge_full_text(conn: sqlite3.Connection) -> None:
    """Merge each full-text index into one segment (FTS5 ``optimize``).

    A bulk load leaves an index in many segments (24 for ``articles_fts`` after
    160,000 claims' articles), and every lookup reads each segment's part of a
    term's list: merged, a batch's matching reads 3-9% less (reprint probes,
    rare words' posting lists) and searches do too.  It rewrites the whole
    index, so the loader calls it after a load that wrote a large share of the
    database (``MERGE_SHARE``), not after every load."""
    for table in _full_text_tables(conn):
        conn.execute(f'insert into "{table}"("{table}") values(\'optimize\')')


# FTS5 merges an index's segments a little at every write (``automerge``, 4 by default).
AUTOMERGE_DEFAULT = 4


def pause_merges(conn: sqlite3.Connection) -> bool:
    """Before a first load: no incremental merging of the full-text indexes.

    A load into a database without articles ends by merging each index into one
    segment (``merge_full_text``: it wrote the whole database), so the merges
    FTS5 makes batch by batch are rewritten there anyway: about 280 million
    instructions of the writer's 4,700 for 2,000 articles' extract output (6%;
    docs/benchmarks.md, "2026-12-06 06:30-07:15").  Meanwhile FTS5's ``crisismerge`` still bounds the segments a
    reader meets.  Call in a write transaction; says whether it paused.  A
    later load (articles stored) puts back merging that a crash left paused."""
    if conn.execute("select exists (select 1 from articles)").fetchone()[0]:
        if _merges_paused(conn):
            resume_merges(conn)
        return False
    for table in _full_text_tables(conn):
        conn.execute(f'insert into "{table}"("{table}", rank) values(\'automerge\', 0)')
    defer_full_text(conn)
    return True


def defer_full_text(conn: sqlite3.Connection) -> None:
    """Before a first load (``pause_merges``): the full-text indexes of claims and
    articles are filled once at its end (``fill_full_text``), not row by row.

    Their triggers are dropped, so that the load's rows go in without them:
    row by row, the triggers and the segment each batch writes cost about 40%
    more than tokenising every row once into one large in-memory hash
    (docs/benchmarks.md, "2026-12-06 08:00-09:30").  The missing insert trigger
    is the mark of an index left to fill: whoever meets it fills the index
    (``fill_full_text``): the load at its end or before it reads the index,
    ``open_db`` in any other process (another load, ``claims match``), so a
    load killed half-way leaves a database the next command repairs.  The trigger
    that empties a speaker's kept counts as its claims are added goes and comes
    back with them (``speaker_counts.pause_for_first_load``)."""
    tables = _deferrable(conn)
    for table in tables:
        for name in full_text_triggers(table):
            conn.execute(f'DROP TRIGGER IF EXISTS "{name}"')
    if tables:  # (the missing full-text triggers are the mark that puts it back too)
        speaker_counts.pause_for_first_load(conn)
        set_aside_indexes(conn)


# The tables whose secondary indexes a first load builds at its end (``set_aside_indexes``),
# and the indexes of theirs it reads while it writes, which stay: the address look-up,
# a replaced article's claims, the speakers' counts and the queue's rows by speaker.
SET_ASIDE_TABLES = ("articles", "claims", "speakers", "claim_scores")
READ_BY_A_LOAD = ("idx_articles_url_key", "idx_claims_article_id", "idx_claims_speaker_id")
# Where the set-aside indexes' definitions wait, in the database, for a load killed half-way.
SET_ASIDE = "_claims_indexes_set_aside"


def set_aside_indexes(conn: sqlite3.Connection) -> None:
    """A first load's secondary indexes (the pages' facets, sorts and look-ups; not
    those it reads, ``READ_BY_A_LOAD``, nor a unique one) dropped until its end, where
    ``restore_indexes`` builds each by one sort of its table: kept row by row, the
    claims', articles', speakers' and queue's indexes cost the writer about a fifth of
    its batches (docs/benchmarks.md, "2026-12-07 10:40-12:15"), and each batch of a
    two-job load is what the clock waits for.  Their definitions go into a table of
    their own in the same transaction (``SET_ASIDE``), so a load killed half-way leaves
    them where the next command that opens the database builds them (``open_db``,
    through ``fill_full_text``, which the missing full-text triggers call).  A page
    served meanwhile finds the same rows, by scanning."""
    marks = ", ".join("?" * len(SET_ASIDE_TABLES))
    found = conn.execute(
        f"select m.name, m.sql from sqlite_master m where m.type = 'index' and m.sql is not null "
        f"and m.tbl_name in ({marks}) and not exists (select 1 from pragma_index_list(m.tbl_name) l "
        "where l.name = m.name and l.\"unique\") order by m.rowid", SET_ASIDE_TABLES).fetchall()
    found = [(name, sql) for name, sql in found if name not in READ_BY_A_LOAD]
    if not found:
        return
    conn.execute(f'create table if not exists "{SET_ASIDE}" (name text primary key, sql text not null)')
    conn.executemany(f'insert or ignore into "{SET_ASIDE}" (name, sql) values (?, ?)', found)
    for name, _ in found:
        conn.execute(f'drop index "{name}"')


def restore_indexes(conn: sqlite3.Connection) -> None:
    """Build the indexes ``set_aside_indexes`` dropped, each from its own stored
    definition, in their first order; a no-op when none is set aside.  Call in a
    write transaction."""
    if not has_table(conn, SET_ASIDE):
        return
    for name, sql in conn.execute(f'select name, sql from "{SET_ASIDE}" order by rowid').fetchall():
        if not has_index(conn, name):
            conn.execute(sql)
    conn.execute(f'drop table "{SET_ASIDE}"')


# FTS5's in-memory hash while a deferred index is filled: the whole of a large
# load's index data is tokenised into it before it is written as one segment
# (FTS5's default, 1 MB, writes a segment per megabyte, which ``optimize`` then merges).
FILL_HASH_BYTES = 32 * 1024 * 1024
HASHSIZE_DEFAULT = 1024 * 1024


def full_text_deferred(conn: sqlite3.Connection) -> list[str]:
    """The tables whose full-text index a first load left to fill (``defer_full_text``)."""
    return [table for table in _deferrable(conn)
            if not conn.execute("select 1 from sqlite_master where type = 'trigger' and name = ?",
                                [f"{table}_ai"]).fetchone()]


def fill_full_text(conn: sqlite3.Connection, filled: Collection[str] = ()) -> bool:
    """Fill each index ``defer_full_text`` left empty from its table, and put its
    triggers back.  Call in a write transaction; a no-op (says False) when none
    is deferred, so any number of loads and commands may call it.  The indexes of
    the tables in ``filled`` hold their rows already (``side_index``): only their
    triggers go back.

    ``rebuild`` reads the table whole: right whatever was written meanwhile,
    by this load, another one or a reviewer.  Its hash is made large for the
    rebuild and put back to FTS5's default after (set through FTS5, so other
    connections read it again, then its row removed, as in a database that
    never had it)."""
    tables = full_text_deferred(conn)
    for table in tables:
        fts = f"{table}_fts"
        if table not in filled:
            conn.execute(f'insert into "{fts}"("{fts}", rank) values(\'hashsize\', {FILL_HASH_BYTES})')
            conn.execute(f'insert into "{fts}"("{fts}") values(\'rebuild\')')
            _back_to_default(conn, fts, "hashsize", HASHSIZE_DEFAULT)
        for name, sql in full_text_triggers(table).items():
            conn.execute(f'DROP TRIGGER IF EXISTS "{name}"')
            conn.execute(sql)
    if tables:
        speaker_counts.resume_after_first_load(conn)  # (``defer_full_text``)
        restore_indexes(conn)
    return bool(tables)


def _deferrable(conn: sqlite3.Connection) -> list[str]:
    indexes = _full_text_tables(conn)
    return [table for table in FULL_TEXT_COLUMNS if f"{table}_fts" in indexes]


def resume_merges(conn: sqlite3.Connection) -> None:
    """Incremental merging as FTS5 has it by default again (``pause_merges``).
    Set through FTS5 (which tells other connections to read the setting again),
    then the setting's row removed: the default, as in a database never paused."""
    for table in _full_text_tables(conn):
        _back_to_default(conn, table, "automerge", AUTOMERGE_DEFAULT)


def _back_to_default(conn: sqlite3.Connection, index: str, key: str, default: int) -> None:
    """An FTS5 setting of ``index`` set to its default through FTS5 (which tells other
    connections to read it again), then its row removed, as in an index never set."""
    conn.execute(f'insert into "{index}"("{index}", rank) values(\'{key}\', {default})')
    conn.execute(f"delete from \"{index}_config\" where k = '{key}'")


def _merges_paused(conn: sqlite3.Connection) -> bool:
    return any(conn.execute(f"select 1 from \"{table}_config\" where k = 'automerge' and v = 0").fetchone()
               for table in _full_text_tables(conn))


def _full_text_tables(conn: sqlite3.Connection) -> list[str]:
    return [t for t in (f"{table}_fts" for table in FULL_TEXT_COLUMNS)
            if conn.execute("select 1 from sqlite_master where name = ? and type = 'table'", [t]).fetchone()]

