"""Write articles and their claims; skip what is already there unchanged.

Each article is written inside a savepoint, so a failure half-way through
one article rolls back that article alone, and a crash between commits
leaves only whole articles behind.
"""

from __future__ import annotations

import codecs
import hashlib
import json
import marshal
import math
import re
import sqlite3
import unicodedata
from datetime import datetime, timezone
from functools import lru_cache
from json.encoder import encode_basestring, encode_basestring_ascii
from operator import itemgetter
from collections.abc import Iterable
from typing import TYPE_CHECKING, NamedTuple

from ..articles import normalise_url, text_id, url_key
from ..factchecks.checkworthy import text_score
from ..models import Article, Claim
from ..text import match_all, tokens
from . import speaker_counts
from .bulk import ensure_speakers, insert_errors, insert_values, upsert_rows
from .connection import has_table, in_lists

if TYPE_CHECKING:  # sqlite-utils (and NumPy) only where a database is written: not for the extract command
    import sqlite_utils

NAMED_SOURCING = {"named_person", "named_org", "media_report", "document", "social_post"}
# An unresolved pronoun names nobody: such claims keep the text but get no speaker row.
PRONOUNS = {"he", "she", "they", "we", "i", "you", "him", "her", "them"}


def now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


@lru_cache(maxsize=4096)  # a load names the same speakers over and over
def slugify(name: str) -> str:
    """A readable, stable id for a speaker name ("Sergei Lavrov" -> "sergei-lavrov")."""
    s = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    s = re.sub(r"[^A-Za-z0-9]+", "-", s).strip("-").lower()
    if not s:
        s = "s" + hashlib.sha1(name.encode("utf-8")).hexdigest()[:10]
    return s[:80]


# Sourcing codes whose speaker is a body, not a person.
ORGANISATION_SOURCING = frozenset(("named_org", "media_report", "document"))


def speaker_id_of(speaker: str | None, sourcing: str) -> str | None:
    """The speakers row a claim's speaker is filed under, or None: only a named
    source gets one; an unresolved pronoun names nobody, and a description
    names no one body ("The report", "the company", "reports")."""
    if speaker and sourcing in NAMED_SOURCING and speaker.lower() not in PRONOUNS and not description(speaker):
        return slugify(speaker)
    return None


_DETERMINERS = frozenset(("the", "a", "an"))


@lru_cache(maxsize=4096)
def description(speaker: str) -> bool:
    """Is ``speaker`` a description ("The report", "the government", "reports")
    rather than a name ("The Times", "Iran", "WN")?  No capital letter past a
    leading article: one report's "the company" is not another's, and filed as
    one speaker they made "The report" the ninth most quoted speaker of Wikinews."""
    words = speaker.split()
    if words and words[0].lower() in _DETERMINERS:
        words = words[1:]
    return bool(words) and not any(ch.isupper() for w in words for ch in w)


def speaker_row(speaker_id: str, speaker: str, sourcing: str, role: str | None) -> tuple:
    """A speakers row (``bulk.SPEAKER_COLUMNS``) for the speaker a claim names
    (its aliases column: ``json.dumps([speaker])``)."""
    kind = "organisation" if sourcing in ORGANISATION_SOURCING else "person"
    return (speaker_id, speaker, kind, role, "[" + encode_basestring_ascii(speaker) + "]")


def hedges_json(hedges) -> str | None:
    """The hedges column: ``json.dumps`` of the list, None for none."""
    if not hedges:
        return None
    if all(type(h) is str for h in hedges):
        return "[" + ", ".join(map(encode_basestring_ascii, hedges)) + "]"
    return json.dumps(hedges)


def article_row(article: Article) -> dict:
    dl = article.dateline
    return {
        "id": article.id,
        "url": article.url,
        "outlet": article.outlet,
        "section": article.section,
        "headline": article.headline,
        "published": article.published,
        "dateline_place": dl.place if dl else None,
        "dateline_date": dl.date if dl else None,
        "agency": dl.agency if dl else None,
        "text": article.text,
        "paragraphs": json.dumps([[p.start, p.end] for p in article.paragraphs]),
        "word_count": word_count(article.text),
        "source_path": valid_text(article.source_path),
    }


_WORD_CHAR = re.compile(r"\w")
# ASCII bytes to b"a" (a word character for ``\\w``) or b" " (not one).
_WORD_BYTES = bytes(0x61 if _WORD_CHAR.match(chr(i)) else 0x20 for i in range(128)) + b" " * 128
_WORD_SHAPE = "datasette-claims-word-shape"  # the codec error handler below


def word_count(text: str) -> int:
    """``len(re.findall(r"\\w+", text))``, counted without a regex pass over the text.

    Every character becomes b"a" or b" " by whether ``\\w`` matches it, and
    the words are the runs of b"a": one C scan instead of a regex match per
    word, about half the time.  The ASCII ones by one ``bytes.translate``;
    the few others (quotation marks, dashes, accented letters) by the regex
    one by one, handed over by the ASCII encoder as it meets them
    (``_shape_of_non_ascii``): a regex pass over the whole text to find them
    took three times the count itself.
    """
    shape = text.encode("ascii", _WORD_SHAPE).translate(_WORD_BYTES)
    return shape.count(b" a") + shape.startswith(b"a")


def _shape_of_non_ascii(error: UnicodeEncodeError) -> tuple[str, int]:
    """The codec error handler of ``word_count``: a run of non-ASCII characters as b"a" and b" "."""
    run = error.object[error.start:error.end]
    return "".join("a" if _WORD_CHAR.match(ch) else " " for ch in run), error.end


codecs.register_error(_WORD_SHAPE, _shape_of_non_ascii)


def claim_row(article: Article, claim: Claim) -> dict:
    """A claim's row as a dict of CLAIM_COLUMNS (``claim_values`` by name)."""
    return dict(zip(CLAIM_COLUMNS, claim_values(article.id, claim)))


def claim_values(article_id: str, claim: Claim) -> tuple:
    """A claim's row in CLAIM_COLUMNS order: the tuple a load writes, made
    directly (not a dict per claim taken apart again)."""
    content, source, cue = claim.content, claim.source, claim.cue
    return (
        claim.id, article_id, speaker_id_of(claim.speaker, claim.sourcing),
        content.text, content.start, content.end, claim.speaker, claim.speaker_role,
        source.text if source else None, source.start if source else None, source.end if source else None,
        cue.text if cue else None, cue.start if cue else None, cue.end if cue else None,
        claim.sourcing, claim.quote_type, claim.said_on, claim.said_where, claim.said_to,
        hedges_json(claim.hedges), claim.stance, claim.via, claim.anonymity_reason, claim.denies,
        round(claim.confidence, 3), claim.rule, claim.utterance_id or claim.id,
    )


def fingerprint(row: dict, claim_rows: list[dict]) -> str:
    """Hash of everything a load would write, to recognise a no-op reload."""
    payload = json.dumps([row, claim_rows], sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


# The claims table's columns as a load writes them (``claim_row``'s keys).
CLAIM_COLUMNS = (
    "id", "article_id", "speaker_id", "content", "start", "end", "speaker", "speaker_role",
    "source_text", "source_start", "source_end", "cue", "cue_start", "cue_end", "sourcing", "quote_type",
    "said_on", "said_where", "said_to", "hedges", "stance", "via", "anonymity_reason", "denies",
    "confidence", "rule", "utterance_id",
)
_SPEAKER_AT = CLAIM_COLUMNS.index("speaker_id")


class ArticleRows(NamedTuple):
    """What a load writes for one article, and the hash that recognises a no-op reload.

    Built where the article was extracted (a worker process, for a load with
    ``--jobs``), so that the writer only writes: these plain rows cross the
    process boundary several times faster than the Article and Claim objects.
    """

    row: dict
    claim_values: list[tuple]  # a claim row per claim, in CLAIM_COLUMNS order
    digest: str
    speakers: list[tuple]  # a speaker row per claim that names one, in claim order (SPEAKER_COLUMNS)
    text_scores: tuple = ()  # each claim's text score for the review queue (``text_scores``)
    # ``articles.url_key`` of the row's url: the address the writer checks and stores,
    # worked out beside the rows rather than by the writer (twice) in its turn
    url_key: str | None = None
    # For rows built straight from a ``claims extract`` record (``record_rows``): the hash
    # of the record itself, from which ``digest`` is made (``record_digest``); None otherwise
    record_hash: str | None = None
    # A fact-check sheet's own ratings of the claims it checks, as ``factchecks`` rows
    # (``Article.sheet_checks``), written with the article; empty for any other page
    factchecks: tuple[dict, ...] = ()

    @property
    def id(self) -> str:
        return self.row["id"]


def article_rows(article: Article, claims: list[Claim]) -> ArticleRows:
    row = article_row(article)
    values = [claim_values(article.id, c) for c in claims]
    speakers = [speaker_row(v[_SPEAKER_AT], claim.speaker, claim.sourcing, claim.speaker_role)
                for claim, v in zip(claims, values) if v[_SPEAKER_AT]]
    return ArticleRows(row, values, rows_hash(row, values), speakers, text_scores(values), url_key(row["url"]),
                       factchecks=tuple(article.sheet_checks))


CONTENT_AT = CLAIM_COLUMNS.index("content")  # where a claim row holds its content
SPEAKER_AT = _SPEAKER_AT  # and its speaker's id


def text_scores(claim_values: list[tuple]) -> tuple:
    """``checkworthy.text_score`` of each claim's content: the review queue's text
    weight, computed where the rows are built (a process of its own, in a load
    with ``--jobs``) rather than by the writer after the load."""
    return tuple([text_score(v[CONTENT_AT]) for v in claim_values])


# Raise it when what ``rows_hash`` hashes changes (a reload then writes every article again).
ROWS_HASH_VERSION = 1


def rows_hash(row: dict, claim_values: list[tuple]) -> str:
    """The content hash of an article's rows (``articles.content_hash``): SHA-256 of
    the row's items, sorted by column, and the claims' tuples, by ``marshal``
    (version 2, which writes each value as it is, never a back-reference).

    The rows' JSON (``fingerprint_values``, the hash releases before this one
    stored) cost a third of building an article's rows (41 against 9 ms per 500
    Wikinews articles): each of a claim's 27 values encoded apart.  ``marshal``
    writes them all in one C pass.  A hash stored by an earlier release is still
    recognised (``same_as_stored``), so a reload of an unchanged article stays
    "unchanged"; what a new article stores is the new hash.
    """
    payload = marshal.dumps((f"article rows {ROWS_HASH_VERSION}", sorted(row.items()), claim_values), 2)
    return hashlib.sha256(payload).hexdigest()


def fingerprint_values(row: dict, claim_values: list[tuple]) -> str:
    """``fingerprint`` of an article row and its claims as tuples of CLAIM_COLUMNS:
    the content hash releases before ``rows_hash`` stored (``same_as_stored``).

    The same hash, from the same JSON text, built faster: each claim is
    written through a template of its sorted keys, its values encoded one by
    one by the json module's own C functions, instead of a dict per claim
    sorted and encoded key by key.  A value of any other type (a record may
    hold anything) sends the article to ``fingerprint`` itself.
    """
    head = json.dumps(row, sort_keys=True, ensure_ascii=False)
    encoders = _ENCODERS
    try:
        claims = ", ".join([_CLAIM_TEMPLATE % tuple([encoders[type(value)](value) for value in _sorted_values(v)])
                            for v in claim_values])
    except (KeyError, _Unusual):  # a type with no encoder here, or a float that is not finite
        return fingerprint(row, [dict(zip(CLAIM_COLUMNS, v)) for v in claim_values])
    return hashlib.sha256(f"[{head}, [{claims}]]".encode("utf-8")).hexdigest()


# Rows built from an extract record are a function of the record, the article's id, the
# path it was read from and the code that builds them: raise this when that code changes
# what it builds from the same record, so that a reload writes the new rows.
RECORD_ROWS_VERSION = 1


def record_digest(record_hash: str, row: dict) -> str:
    """The content hash of rows built from an extract record (``record_rows``).

    Hashing the record's own values (``record_rows.record_hash``) instead of
    the rows' JSON (``fingerprint_values``) costs a third as much, and the
    rows are a function of the record, the id and the path, which the hash
    takes too.  So the same record read again from the same file is
    "unchanged"; a record that differs in anything, even a field the load does
    not store, is "updated" (its rows written again).  An article stored by
    an earlier release has the rows' hash: ``same_as_stored`` accepts either.
    """
    key = f"extract record {RECORD_ROWS_VERSION}\0{row['id']}\0{row['source_path']}\0{record_hash}"
    return hashlib.sha256(key.encode("utf-8", "surrogatepass")).hexdigest()


def rows_digest(row: dict, claim_values: list[tuple], record_hash: str | None = None) -> str:
    """The content hash of these rows: ``record_digest`` when they were built
    from an extract record whose hash is ``record_hash``, else ``rows_hash``."""
    if record_hash is not None:
        return record_digest(record_hash, row)
    return rows_hash(row, claim_values)


def same_as_stored(rows: ArticleRows, stored: str | None) -> bool:
    """Would writing ``rows`` over an article stored with content hash ``stored``
    change nothing?  The same hash, or a hash an earlier release stored for the
    same rows: their JSON's (``fingerprint_values``, before ``rows_hash``) and,
    for rows built from an extract record, the rows' own (``rows_hash``: the same
    record loaded once by the general path), so an upgrade does not make a reload
    of the same input an update.  Those are computed only when the first differs."""
    if stored is None:
        return False
    if stored == rows.digest:
        return True
    earlier = (fingerprint_values,) if rows.record_hash is None else (rows_hash, fingerprint_values)
    return any(stored == digest(rows.row, rows.claim_values) for digest in earlier)


class _Unusual(Exception):
    """A value ``_encode_value`` leaves to the json module."""


def _encode_float(value: float) -> str:
    if value != value or value in (math.inf, -math.inf):
        raise _Unusual
    return float.__repr__(value)


# ``json.dumps(value, ensure_ascii=False)`` by the type of a value: a string, an
# int, a finite float or None (any other type is a KeyError).
_ENCODERS = {str: encode_basestring, int: int.__repr__, float: _encode_float, type(None): "null".format}


# The claims' JSON in the fingerprint: keys sorted, the separators json.dumps uses.
_SORTED_CLAIM_COLUMNS = tuple(sorted(CLAIM_COLUMNS))
_sorted_values = itemgetter(*(CLAIM_COLUMNS.index(c) for c in _SORTED_CLAIM_COLUMNS))
_CLAIM_TEMPLATE = "{" + ", ".join(f"{encode_basestring(c)}: %s" for c in _SORTED_CLAIM_COLUMNS) + "}"


# What one article's data can make a save fail with; anything else (disk
# full, I/O error) is the database's problem and stops the load.
SAVE_FAILURES = (
    sqlite3.IntegrityError, sqlite3.InterfaceError, sqlite3.DataError,
    ValueError, TypeError, OverflowError, RecursionError,
)


def save_article(db: sqlite_utils.Database, article: Article, claims: list[Claim]) -> str:
    """Write one article and its claims; returns "new", "updated" or "unchanged"."""
    return save_rows(db, article_rows(article, claims))


def save_rows(db: sqlite_utils.Database, rows: ArticleRows) -> str:
    """Write one article's rows; returns "new", "updated" or "unchanged".

    Reloading identical input returns "unchanged" and writes nothing at all,
    not even a timestamp.  A changed article replaces its old claims; claims
    that disappear take their match rows with them.
    """
    row, claim_values = rows.row, rows.claim_values
    existing = db.execute(
        "select content_hash from articles where id = ?", [row["id"]]
    ).fetchone()
    if existing and same_as_stored(rows, existing[0]):
        return "unchanged"
    with db.atomic():
        _write_rows(db.conn, [rows])
        keep = {c[0] for c in claim_values}
        old = [
            r[0]
            for r in db.execute("select id from claims where article_id = ?", [row["id"]]).fetchall()
            if r[0] not in keep
        ]
        if old:
            carry_reviews(db.conn, old, claim_values)
            marks = ",".join("?" * len(old))
            db.execute(f"delete from claim_matches where claim_a in ({marks}) or claim_b in ({marks})", old + old)
            if has_table(db.conn, "claim_repeats"):
                db.execute(f"delete from claim_repeats where claim_a in ({marks}) or claim_b in ({marks})", old + old)
            db.execute(f"delete from claims where id in ({marks})", old)
        insert_values(db.conn, "claims", CLAIM_COLUMNS, claim_values)
    return "updated" if existing else "new"


# Rows a reviewer made about a claim, by its id (append-only histories).
_REVIEW_TABLES = ("verdicts", "claim_status")
_CONTENT_AT = CLAIM_COLUMNS.index("content")
# A reloaded claim whose words were corrected is still the claim reviewed: the
# new claim of the article closest in wording, at least this close (rapidfuzz ratio).
SAME_CLAIM_RATIO = 85


def carry_reviews(conn: sqlite3.Connection, old: list[str], claim_values: list[tuple]) -> int:
    """Point the verdicts and review statuses of claims a reload takes out at
    the article's new claim with the same words (or, where the text was
    corrected, the closest words); returns how many claims' reviews moved.

    A claim's id holds its offsets, so a corrected text gives its claims new
    ids, and a verdict left on the old id dropped out of the ClaimReview export
    without a word.  Reviews of a claim whose words are gone stay where they are.
    """
    marks = ",".join("?" * len(old))
    reviewed = [r[0] for r in conn.execute(
        " union ".join(f"select claim_id from {t} where claim_id in ({marks})" for t in _REVIEW_TABLES),
        old * len(_REVIEW_TABLES))]
    if not reviewed:
        return 0
    fresh = [(v[0], v[_CONTENT_AT]) for v in claim_values]
    moved = 0
    for claim_id, content in conn.execute(
            f"select id, content from claims where id in ({','.join('?' * len(reviewed))})", reviewed).fetchall():
        target = _same_claim(content, fresh)
        if target is None:
            continue
        for table in _REVIEW_TABLES:
            conn.execute(f"update {table} set claim_id = ? where claim_id = ?", [target, claim_id])
        moved += 1
    return moved


def _same_claim(content: str, fresh: list[tuple[str, str]]) -> str | None:
    """The id of the claim in ``fresh`` (id, content) saying ``content``."""
    for claim_id, words in fresh:
        if words == content:
            return claim_id
    from rapidfuzz import fuzz, process

    best = process.extractOne(content, [words for _, words in fresh], scorer=fuzz.ratio,
                              score_cutoff=SAME_CLAIM_RATIO)
    return fresh[best[2]][0] if best is not None else None


def save_articles(db: sqlite_utils.Database, items: list[ArticleRows]) -> list:
    """``save_rows`` over a batch, in order: an outcome per item, or the
    exception (one of SAVE_FAILURES) that stopped that item alone.

    Articles not stored yet, the bulk of any load, are written together: their
    stored hashes in one query, speakers resolved in memory, each table in one
    statement (``bulk.py``).  Changed articles go one at a time, in their
    place, so the rows and their order are what one at a time gives.  A batch
    that fails is written again one at a time, to find the article at fault.
    """
    outcomes: list = [None] * len(items)
    stored = _stored_hashes(db.conn, [r.id for r in items])
    run: list[int] = []
    seen: set[str] = set()
    for i, r in enumerate(items):
        ident = r.id
        if ident not in seen and ident in stored and same_as_stored(r, stored[ident]):
            outcomes[i] = "unchanged"
        elif ident in stored or ident in seen:
            _save_run(db, items, run, outcomes)
            outcomes[i] = _save_one(db, r)
        else:
            run.append(i)
        seen.add(ident)
    _save_run(db, items, run, outcomes)
    return outcomes


def _save_run(db: sqlite_utils.Database, items: list[ArticleRows], run: list[int], outcomes: list) -> None:
    """Write a run of new articles in one go (emptying ``run``)."""
    if not run:
        return
    try:
        with db.atomic():
            _write_rows(db.conn, [items[i] for i in run])
            insert_values(db.conn, "claims", CLAIM_COLUMNS, [c for i in run for c in items[i].claim_values])
        for i in run:
            outcomes[i] = "new"
    except SAVE_FAILURES:
        for i in run:
            outcomes[i] = _save_one(db, items[i])
    run.clear()


def _save_one(db: sqlite_utils.Database, rows: ArticleRows):
    try:
        return save_rows(db, rows)
    except SAVE_FAILURES as e:
        return e


def _write_rows(conn: sqlite3.Connection, batch: list[ArticleRows]) -> None:
    """The speakers and article rows of a batch (claims are the caller's)."""
    stamp = now()
    ensure_speakers(conn, [s for rows in batch for s in rows.speakers])
    upsert_rows(conn, "articles", [
        dict(rows.row, content_hash=rows.digest, claim_count=len(rows.claim_values), loaded_at=stamp,
             url_key=rows.url_key)
        for rows in batch
    ])
    _write_sheet_checks(conn, batch)


# The id a fact-check sheet's own rating has in ``factchecks``: its article's, so a
# reloaded sheet replaces it, and a page that is a sheet no longer takes it away.
# A sheet's second check on is "sheet-<article id>#2", "#3"... (the first keeps
# the id a sheet of one check has always had).
SHEET_CHECK_ID = "sheet-{}"


def sheet_check_id(article_id: str, n: int) -> str:
    """The id of an article's ``n``-th (from 1) sheet check in ``factchecks``."""
    return SHEET_CHECK_ID.format(article_id) + (f"#{n}" if n > 1 else "")


def own_sheet_check(check_id: str, article_id: str | None) -> bool:
    """Whether fact-check ``check_id`` is the rating article ``article_id`` itself
    publishes (a sheet's own check of the claim it quotes)."""
    sheet = SHEET_CHECK_ID.format(article_id)
    return article_id is not None and (check_id == sheet or check_id.startswith(sheet + "#"))


def _write_sheet_checks(conn: sqlite3.Connection, batch: list[ArticleRows]) -> None:
    """Each article's fact-check sheet ratings (``ArticleRows.factchecks``) as
    known fact-checks, published by the sheet's outlet, in place of those an
    earlier load of the article wrote, if any.  (The rows' columns are the
    ``factchecks`` table's, as ``transcripts.sheet_checks`` names them: the
    fact-check importer is not imported by a load.)"""
    if not has_table(conn, "factchecks"):
        return
    ids = [SHEET_CHECK_ID.format(rows.id) for rows in batch]
    # (most databases hold no sheet check at all: one look at the id index spares a load of news the rest)
    stored = conn.execute("select 1 from factchecks where id >= 'sheet-' and id < 'sheet.' limit 1").fetchone()
    before = _stored_sheet_checks(conn, ids) if stored else {}
    if stored:
        for at in range(0, len(ids), 500):
            part = ids[at:at + 500]
            conn.execute(f"delete from factchecks where id in ({','.join('?' * len(part))})", part)
        for sheet in ids:  # (a sheet's second check on: "sheet-<id>#2"..., the range of ids after "sheet-<id>#")
            conn.execute("delete from factchecks where id > ? and id < ?", [sheet + "#", sheet + "$"])
    stamp = now()
    for rows in batch:
        for n, check in enumerate(rows.factchecks, 1):
            columns = ["id", *check, "imported"]
            values = [sheet_check_id(rows.id, n), *(valid_text(v) if isinstance(v, str) else v for v in check.values()),
                      stamp]
            conn.execute(f"insert into factchecks ({', '.join(columns)}) values ({', '.join('?' * len(columns))})",
                         values)
    if before:
        _drop_stale_alerts(conn, before)


def _stored_sheet_checks(conn: sqlite3.Connection, ids: list[str]) -> dict[str, str]:
    """The claim of each sheet check stored for the sheet ids ``ids`` ("sheet-<id>",
    and its "#2"... after it), by its id: read before a load writes them again."""
    found: dict[str, str] = {}
    for sheet in ids:
        found.update(conn.execute("select id, claim from factchecks where id = ? or (id > ? and id < ?)",
                                  [sheet, sheet + "#", sheet + "$"]).fetchall())
    return found


def _drop_stale_alerts(conn: sqlite3.Connection, before: dict[str, str]) -> None:
    """The alerts a sheet's checks raised, once a load took the check away or
    changed its claim (the page lost its rating, a check was cut): they
    pointed other reports at a published rating that is gone.  A check written
    again with the same claim keeps its alerts (its rating is read where
    shown, as it is now).  The claims they were on are noted for the queue."""
    if not has_table(conn, "claim_alerts"):
        return
    stale = []
    for check, claim in before.items():
        now_claim = conn.execute("select claim from factchecks where id = ?", [check]).fetchone()
        if now_claim is None or now_claim[0] != claim:
            stale.append(check)
    if not stale:
        return
    claims = []
    for chunk in in_lists(stale):
        marks = ",".join("?" * len(chunk))
        claims += [r[0] for r in conn.execute(
            f"select claim_id from claim_alerts where kind = 'factcheck' and match_id in ({marks})", chunk)]
        conn.execute(f"delete from claim_alerts where kind = 'factcheck' and match_id in ({marks})", chunk)
    if claims:
        from .. import queue_scores  # (the queue's bounds count fact-check alerts)

        queue_scores.note(conn, claims)


def _stored_hashes(conn: sqlite3.Connection, ids: list[str]) -> dict[str, str]:
    """The content hash of each of ``ids`` already stored."""
    found: dict[str, str] = {}
    for chunk in in_lists(ids):
        marks = ",".join("?" * len(chunk))
        found.update(conn.execute(f"select id, content_hash from articles where id in ({marks})", chunk).fetchall())
    return found


class StoredPath(NamedTuple):
    """Where a stored article was read from, and its content hash."""

    source_path: str | None
    content_hash: str | None


def stored_paths(conn: sqlite3.Connection, ids: list[str]) -> dict[str, StoredPath]:
    """The ``StoredPath`` of each of ``ids`` already stored."""
    found: dict[str, StoredPath] = {}
    for chunk in in_lists(ids):
        marks = ",".join("?" * len(chunk))
        found.update((row[0], StoredPath(row[1], row[2])) for row in conn.execute(
            f"select id, source_path, content_hash from articles where id in ({marks})", chunk))
    return found


class StoredCopy(NamedTuple):
    """An article already stored at the address of one being loaded."""

    id: str
    text: str
    source_path: str | None


def stored_at_addresses(conn: sqlite3.Connection, keys: Iterable[str]) -> dict[str, list[str]]:
    """The ids stored at each of the addresses ``keys`` (``articles.url_key``), the
    first stored first; one query per 500 addresses, for a batch of a load
    (``loader._Writer``), rather than one per article."""
    found: dict[str, list[tuple[int, str]]] = {}
    for chunk in in_lists(dict.fromkeys(keys)):
        marks = ",".join("?" * len(chunk))
        # (sorted here: "order by rowid" could make SQLite walk the table in rowid order)
        for key, rowid, ident in conn.execute(
                f"select url_key, rowid, id from articles where url_key in ({marks})", chunk):
            found.setdefault(key, []).append((rowid, ident))
    return {key: [ident for _, ident in sorted(rows)] for key, rows in found.items()}


def stored_at_address(found: dict[str, list[str]], key: str, ident: str) -> str | None:
    """The id of the article stored at address ``key`` under another id than
    ``ident``, the first stored if several are; None when there is none, or when
    ``ident`` itself is stored there (it is then its own article).  (``found``:
    ``stored_at_addresses``.)"""
    ids = found.get(key)
    if not ids or ident in ids:
        return None
    return ids[0]


def stored_copies(conn: sqlite3.Connection, ids: Iterable[str]) -> dict[str, StoredCopy]:
    """The ``StoredCopy`` of each of ``ids`` stored."""
    found: dict[str, StoredCopy] = {}
    for chunk in in_lists(dict.fromkeys(ids)):
        marks = ",".join("?" * len(chunk))
        found.update((row[0], StoredCopy(*row)) for row in conn.execute(
            f"select id, text, source_path from articles where id in ({marks})", chunk))
    return found


# The claim columns that hold "<article id>:<start>-<end>" (the claim's and its statement's ids).
_ID_COLUMNS = (CLAIM_COLUMNS.index("id"), CLAIM_COLUMNS.index("utterance_id"))
_ARTICLE_AT = CLAIM_COLUMNS.index("article_id")


def rows_with_id(rows: ArticleRows, ident: str) -> ArticleRows:
    """``rows`` as the same article stored under id ``ident``: the rows its extraction
    would give with that id, since the id enters a claim only as the prefix of its
    own and its statement's ids ("<article id>:<start>-<end>")."""
    old = rows.id + ":"

    def moved(values: tuple) -> tuple:
        out = list(values)
        for at in _ID_COLUMNS:
            if isinstance(out[at], str) and out[at].startswith(old):
                out[at] = ident + ":" + out[at][len(old):]
        out[_ARTICLE_AT] = ident
        return tuple(out)

    row = dict(rows.row, id=ident)
    values = [moved(v) for v in rows.claim_values]
    return rows._replace(row=row, claim_values=values, digest=rows_digest(row, values, rows.record_hash))


def adopt_stored_article(db: sqlite_utils.Database, article: Article) -> None:
    """Give ``article`` the id it is already stored under, if its text is there.

    An article first loaded without an address is known by a hash of its
    text; loaded again with ``--url`` it would get an address id and become
    a second article (and a false two-report story).  The same text is the
    same article: it keeps its first id, and the load updates its address.
    Reloaded without the address it had, it keeps the stored one, and so
    does a text first loaded with an address (``--url``, a manifest) and
    loaded again without one: it is found by its text (``stored_with_text``)
    and keeps its address id.  A copy
    stored with a different address is another outlet's printing of the
    same text (wire copy), left to duplicate detection.
    Call before extraction: claim ids are built from the article id.
    """
    tid = text_id(article.text)
    if article.id != tid:
        if db.execute("select 1 from articles where id = ?", [article.id]).fetchone():
            return
        row = db.execute("select url from articles where id = ?", [tid]).fetchone()
        if row and (not row[0] or not article.url or normalise_url(row[0]) == normalise_url(article.url)):
            article.id = tid
        return
    row = db.execute("select url, outlet, published from articles where id = ?", [tid]).fetchone()
    if row is None:
        found = stored_with_text(db.conn, article.text)
        if found is None or _another_printing(article, found.outlet, found.published):
            return
        article.id, row = found.id, (found.url, found.outlet, found.published)
    if row:
        article.url = article.url or row[0]
        article.outlet = article.outlet or row[1]
        article.published = article.published or row[2]


def _another_printing(article: Article, outlet: str | None, published: str | None) -> bool:
    """Does ``article`` say it is another outlet's (or another day's) printing of a
    stored text?  Wire copy word for word is two articles, left to duplicate detection."""
    return bool((article.outlet and outlet and article.outlet != outlet)
                or (article.published and published and article.published != published))


class StoredText(NamedTuple):
    """A stored article found by its text."""

    id: str
    url: str | None
    outlet: str | None
    published: str | None


def stored_with_text(conn: sqlite3.Connection, text: str) -> StoredText | None:
    """The first stored article whose text is ``text`` word for word, or None.

    Found through ``articles_fts``, not by reading every text: the three
    longest words of the text's opening must all occur (long words have short
    posting lists), and the few articles that hold them are compared whole.
    """
    words = tokens(text[:400])[:-1] if len(text) > 400 else tokens(text)  # (the last word may be cut)
    opening = sorted(set(words), key=lambda w: (-len(w), w))[:3]
    query = match_all(opening, column="text")
    if not query:
        return None
    try:
        row = conn.execute(
            "select id, url, outlet, published from articles where rowid in (select rowid from articles_fts "
            "where articles_fts match ? limit 50) and text = ? order by rowid limit 1", [query, text]).fetchone()
    except sqlite3.OperationalError:  # no full-text index (a database made by hand)
        return None
    return StoredText(*row) if row else None


def refresh_speaker_counts(db: sqlite_utils.Database) -> None:
    """Recount claims per speaker (one statement, after a load), and the big speakers'
    page counts that changed (``speaker_counts.refresh``)."""
    db.execute(
        "update speakers set claim_count = "
        "(select count(*) from claims where claims.speaker_id = speakers.id)"
    )
    speaker_counts.refresh(db.conn)


# What matching has not seen as it is stored: no ``match_state`` row, or one of
# another content hash (the one rule of ``claims match``, a load and its summary).
_UNMATCHED = ("from articles a left join match_state m on m.article_id = a.id "
              "where m.article_id is null or m.content_hash is not a.content_hash")


def unmatched_articles(conn: sqlite3.Connection) -> list[str]:
    """Articles loaded (or changed) since matching last saw them, by id."""
    if not has_table(conn, "match_state"):
        return [r[0] for r in conn.execute("select id from articles order by id")]
    return [r[0] for r in conn.execute(f"select a.id {_UNMATCHED} order by a.id")]


def unmatched_count(conn: sqlite3.Connection) -> int:
    """How many ``unmatched_articles`` there are: what a load without matching
    leaves for ``claims match``, counted here so that such a load does not import
    the matcher (and rapidfuzz) for one number (0.04-0.07 CPU s a load)."""
    if not has_table(conn, "match_state"):
        return conn.execute("select count(*) from articles").fetchone()[0]
    return conn.execute(f"select count(*) {_UNMATCHED}").fetchone()[0]


def record_error(db: sqlite_utils.Database, path: str, reason: str, level: str = "error") -> None:
    record_errors(db, [(path, reason, level)])


def record_errors(db: sqlite_utils.Database, errors: list[tuple[str, str, str]]) -> None:
    """``load_errors`` rows for (path, reason, level) triples, in order."""
    stamp = now()
    insert_errors(db.conn, [(valid_text(path), valid_text(reason), level, stamp) for path, reason, level in errors])


def valid_text(text: str | None) -> str | None:
    """SQLite stores valid Unicode only: a file name that is not UTF-8 (its bytes
    kept as surrogates by Python) is stored with U+FFFD in their place."""
    if not text:
        return text
    try:
        raw = text.encode("utf-8", "surrogateescape")  # the file name's own bytes
    except UnicodeEncodeError:
        raw = text.encode("utf-8", "surrogatepass")
    return raw.decode("utf-8", "replace")
