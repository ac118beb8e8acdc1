"""A first load's full-text indexes built batch by batch beside the database.

A first load drops the full-text triggers and fills each index once at its end
(``schema.defer_full_text`` / ``fill_full_text``): one ``rebuild`` tokenises every
row into one large in-memory hash and writes one segment.  That step ran after the
last batch, alone, while the extraction workers sat idle: about half of the
load's serial end (docs/benchmarks.md, "2026-12-06 21:52-23:15").  Filling the
real index batch by batch instead wrote a segment per batch, and the merge of
those segments at the end cost more than the overlap gained ("2026-12-06
16:15-17:25").

So the tokenising is done batch by batch, but into an index of the same
declaration in a private temporary database of its own, kept in one open
transaction, so that FTS5 holds every batch in the same large hash and writes one
segment at the end, as ``rebuild`` does (the rows go in in rowid order, as
``rebuild`` reads them).  At the load's end its segment, index and sizes are copied
into the real index's shadow tables, which costs a few percent of tokenising.

The copy is made only when it holds exactly what a ``rebuild`` would: every
batch's rows were only added (no article replaced), no other connection
committed meanwhile (``pragma data_version``), nothing changed the indexed
rows after they were read (the caller says so), and the row counts agree.
Otherwise the load falls back to ``rebuild``, which reads the tables as they
are.  The copy is written by a second connection and committed before the
load's own connection touches the index again: FTS5 keeps the index's structure
cached per connection and reads it again only after another connection's
commit.  A load killed before the copy leaves the triggers missing, the mark
that makes the next command rebuild the index (``schema.open_db``).  The
file a load killed outright leaves behind names that load's process, and the
next load removes it (``remove_orphans``).

With ``beside`` (a load whose rows come from other processes: ``--jobs`` above
one) the tokenising runs in a thread of its own: the writer reads each batch's
rows back and hands them over, and SQLite lets go of the GIL while it tokenises,
so the writer goes on with its next batch meanwhile.  In a two-job load of
extract output the writer, not the reading process, bounds the clock, and this
was about a fifth of its CPU (docs/benchmarks.md).  The thread takes the batches
in their order, so the index is the same; ``install`` waits for it first.
"""

from __future__ import annotations

import os
import queue
import sqlite3
import tempfile
import threading

from .schema import FILL_HASH_BYTES, FULL_TEXT_COLUMNS

# How long the copy waits for another writer before the load rebuilds instead.
LOCK_TIMEOUT = 10.0
# A side index's file name: this, the process id of the load that made it, a random part.
PREFIX = "claims-side-index-"
# The shadow tables a copy takes over (``_config`` stays the real index's own).
SHADOWS = ("data", "idx", "docsize")
# Batches handed to the tokenising thread and not yet taken: the writer waits beyond
# that (the rows held in memory stay a few batches' worth).
AHEAD = 4


class SideIndex:
    """The deferred indexes of a first load, tokenised beside it batch by batch."""

    def __init__(self, conn: sqlite3.Connection, tables: list[str], beside: bool = False):
        self.path = database_file(conn)
        self.tables = tables if self.path else []
        self.valid = bool(self.tables)
        self.last = dict.fromkeys(self.tables, 0)  # the last rowid indexed, per table
        self.count = dict.fromkeys(self.tables, 0)
        self.version = _data_version(conn)
        self.side: sqlite3.Connection | None = None
        self.side_path = ""
        self.thread: threading.Thread | None = None  # the tokenising thread (``beside``)
        self.inbox: queue.Queue = queue.Queue(maxsize=AHEAD)
        self.failed = False  # the thread's insert failed: the load rebuilds
        if not self.valid:
            return
        try:
            self._open(conn)
        except (OSError, sqlite3.Error):  # (no room for a temporary file: the load rebuilds at its end)
            self.discard()
            return
        if beside:
            self.thread = threading.Thread(target=self._tokenise, name="datasette-claims-side-index", daemon=True)
            self.thread.start()

    def _open(self, conn: sqlite3.Connection) -> None:
        remove_orphans()
        fd, self.side_path = tempfile.mkstemp(prefix=f"{PREFIX}{os.getpid()}-", suffix=".db")
        os.close(fd)
        # (used by the tokenising thread, then by ``install`` after it has finished)
        self.side = sqlite3.connect(self.side_path, isolation_level=None, check_same_thread=False)
        self.side.execute("pragma journal_mode = off")
        self.side.execute("pragma synchronous = off")
        for table in self.tables:
            for sql, in conn.execute("select sql from sqlite_master where name = ?", [f"{table}_fts"]):
                self.side.execute(sql)
            fts = f"{table}_fts"
            self.side.execute(f'insert into "{fts}"("{fts}", rank) values(\'hashsize\', {FILL_HASH_BYTES})')
        self.side.execute("begin")

    def add_committed(self, conn: sqlite3.Connection, outcomes: list) -> None:
        """After a batch's commit: its new rows tokenised into the side index.
        An article replaced or its claims rewritten (any outcome but new or
        unchanged) leaves the rows indexed so far out of date: give up."""
        if not self.valid:
            return
        if any(isinstance(o, str) and o not in ("new", "unchanged") for o in outcomes):
            self.discard()
            return
        try:
            self._add(conn)
        except sqlite3.Error:  # (the temporary file's disk full: the load rebuilds at its end)
            self.discard()

    def _add(self, conn: sqlite3.Connection) -> None:
        for table in self.tables:
            columns = FULL_TEXT_COLUMNS[table]
            cols = ", ".join(f'"{c}"' for c in columns)
            rows = conn.execute(f'select rowid, {cols} from "{table}" where rowid > ? order by rowid',
                                [self.last[table]]).fetchall()
            if not rows:
                continue
            marks = ", ".join("?" * (len(columns) + 1))
            insert = f'insert into "{table}_fts"(rowid, {cols}) values ({marks})'
            if self.thread is not None:
                self.inbox.put((insert, rows))
            else:
                self.side.executemany(insert, rows)
            self.last[table] = rows[-1][0]
            self.count[table] += len(rows)

    def _tokenise(self) -> None:
        """The thread: each batch's rows into the side index, in their order, until
        ``None``; after a failure the rest is only taken off the queue."""
        while (job := self.inbox.get()) is not None:
            if self.failed:
                continue
            try:
                self.side.executemany(*job)
            except BaseException:  # (a full disk, no memory: the load rebuilds at its end)
                self.failed = True

    def _finish(self) -> bool:
        """The tokenising thread, if any, done with every batch; False if it failed."""
        if self.thread is not None:
            self.inbox.put(None)
            self.thread.join()
            self.thread = None
        return not self.failed

    def install(self, conn: sqlite3.Connection) -> list[str]:
        """Copy the side indexes into the database when they hold what ``rebuild``
        would; returns the tables so filled (none: ``rebuild`` them).  Call outside
        a transaction, after the load's last write to the indexed tables."""
        try:
            if not self._finish() or not self.valid or conn.in_transaction or _data_version(conn) != self.version:
                return []
            for table in self.tables:
                count, last = conn.execute(f'select count(*), coalesce(max(rowid), 0) from "{table}"').fetchone()
                if (count, last) != (self.count[table], self.last[table]):
                    return []
            other = sqlite3.connect(self.path, isolation_level=None, timeout=LOCK_TIMEOUT)
            try:
                self.side.execute("commit")  # (FTS5 writes the hash: one segment, as ``rebuild``'s)
                other.execute("attach database ? as side", [self.side_path])
                other.execute("begin immediate")
                for table in self.tables:
                    for shadow in SHADOWS:
                        name = f"{table}_fts_{shadow}"
                        other.execute(f'delete from main."{name}"')
                        other.execute(f'insert into main."{name}" select * from side."{name}"')
                other.execute("commit")
            except sqlite3.Error:  # (busy beyond the timeout, a full disk: the load rebuilds instead)
                return []
            finally:
                if other.in_transaction:
                    other.rollback()
                other.close()
            self.version = _data_version(conn)  # (that commit, seen by the load's connection)
            return list(self.tables)
        finally:
            self.discard()

    def still_current(self, conn: sqlite3.Connection) -> bool:
        """No other connection committed since ``install`` (call in the write
        transaction that puts the triggers back)."""
        return _data_version(conn) == self.version

    def discard(self) -> None:
        self.valid = False
        self.failed = True  # (the thread, if any, takes what is queued without inserting it)
        self._finish()
        if self.side is not None:
            self.side.close()
            self.side = None
        if self.side_path:
            for path in (self.side_path, self.side_path + "-journal"):
                if os.path.exists(path):
                    os.remove(path)
            self.side_path = ""


def remove_orphans(directory: str | None = None) -> int:
    """Remove the side indexes that loads killed outright (SIGKILL, a power cut)
    left in the temporary directory: each file names the process that made it,
    and one whose process is gone is nobody's.  Says how many it removed."""
    directory = directory or tempfile.gettempdir()
    removed = 0
    try:
        names = os.listdir(directory)
    except OSError:
        return 0
    for name in names:
        if not name.startswith(PREFIX):
            continue
        pid = name[len(PREFIX):].partition("-")[0]
        if not pid.isdigit() or _alive(int(pid)):
            continue
        try:
            os.remove(os.path.join(directory, name))
            removed += 1
        except OSError:  # (another load removed it first, or it is not ours to remove)
            pass
    return removed


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # (another user's process: alive)
        return True
    return True


def database_file(conn: sqlite3.Connection) -> str:
    """The main database's file ("" for one in memory or temporary)."""
    for _, name, path in conn.execute("pragma database_list"):
        if name == "main":
            return path or ""
    return ""


def _data_version(conn: sqlite3.Connection) -> int:
    return conn.execute("pragma data_version").fetchone()[0]
