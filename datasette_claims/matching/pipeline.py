"""Match claims against the database: links, drift, duplicates, stories.

``match_articles(db, article_ids)`` runs after every load (the loader calls
it) and compares only the new claims with the whole database;
``rebuild(db)`` recomputes everything from scratch, deterministically.

For each claim, candidates come from its rare words' posting lists and from the claims of the
same (alias-resolved) speaker (see ``candidates``).  What the speakers say
is weighed first (``aliases.speaker_relation``): SAME person, UNKNOWN (a
missing name, a bare surname, a description such as "the memo") or
DIFFERENT (two names that clearly name two people or bodies, and the
claims' own attributions do not doubt it: ``attribution``).  Two gates come
before any wording (``_may_link``): a claim of a single content word ("the
figures") links only to its own speaker's claims, and reports more than
``FAR_DAYS`` apart only on ten words or more, near-identical.  A pair is
linked when

* its whole wording scores at least the threshold (``DEFAULT_THRESHOLD``;
  ``UNKNOWN_SPEAKER_THRESHOLD`` without the same speaker; ``SHORT_THRESHOLD``
  under six words; a short quotation from an unknown speaker must not
  differ in a word) -- only for pairs a cheap token-set prefilter finds
  close enough to be worth the full score;
* or a quoted stretch of one is found almost verbatim inside the other
  (``similarity.fragment_match``): two words suffice for the same
  speaker, six for an unknown one, eight across different speakers (one
  report quoting another speaker's words); the whole shorter claim counts
  from six / ten words;
* or both quote a verbatim run of ``QUOTED_RUN_WORDS`` words within
  ``PARAPHRASE_DAYS`` (one statement, a word changed elsewhere: drift);
* or one is a paraphrase of the other (``paraphrase_evidence``: rare words
  shared in any order, reports close in time, speakers not different).

Pairs the prefilter rejects (six in seven) get the quoted-stretch test
only: the whole shorter claim, a quoted run and a paraphrase each need
much of one claim's words in the other, as the prefilter does.

Two different speakers link otherwise only when a long statement is word
for word the same: an attribution slip in one report.  The kind of a link
(``_kind``): ``drift`` for two quotations whose words differ (the word diff
goes to ``claim_matches.diff``), ``conflict`` for a paraphrase whose
negation, number, modal or name differs, else ``same``; reprints are always
``same``.  ``method`` says how a link was found: ``speaker`` / ``fts`` /
``speaker+fts``, then ``:exact`` / ``:fuzzy`` / ``:partial`` /
``:quoted-run`` / ``:paraphrase`` / ``:speaker-conflict``, or ``duplicate`` for a reprint.
Stories are cut from the links by ``stories.group_stories``.
"""

from __future__ import annotations

import difflib
import gc
import json
import os
import time
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from datetime import date
from typing import NamedTuple

from rapidfuzz import fuzz, process

from . import attribution, batch_pool
from .aliases import DIFFERENT, SAME, UNKNOWN, resolve_speakers, speaker_relation
from .blocks import SpeakerBlocks
from .candidates import FTS_STOP, DocFreq, Reads, SpeakerPool, rare_candidates, rare_candidates_of
from .drift import meaning_flags, word_diff
from .duplicates import detect_duplicates
from .similarity import (
    DEFAULT_THRESHOLD,
    FRAGMENT_RATIO,
    Overlap,
    contained_score,
    fragment_match,
    fragment_words,
    logit_floor,
    may_quote,
    quoted_tokens,
    quoted_words,
    probability,
    processed,
    quoted_parts,
    quoted_run,
    text_logit,
    tokens,
    word_overlap,
    word_set,
    words,
)
from .. import collector, corrections, queue_scores
from .stories import closure, earliest_key, write_stories
from ..store.connection import retry_locked
from ..text import content_words, counted
from ..store.connection import has_table

UNKNOWN_SPEAKER_THRESHOLD = 0.80
# A reworded statement (see ``paraphrase_evidence``) is looked for in
# reports at most this many days apart.
PARAPHRASE_DAYS = 14
# ... and linked when it shares this many rare words and this share of the
# lighter claim's (idf-weighted) words; its score is that share scaled.
PARAPHRASE_MIN_RARE = 3
PARAPHRASE_MIN_CONTENT = 4
PARAPHRASE_SHARE = {SAME: 0.5, UNKNOWN: 0.7}
PARAPHRASE_SCORE = 0.8
PARAPHRASE_MAX_RUN = 8
# Without the same speaker, a statement this short must not differ in a word.
UNKNOWN_REWORDED_MIN_WORDS = 10
# Two quotations sharing a verbatim run this long, in reports at most
# PARAPHRASE_DAYS apart, quote one statement (drift if a word changed).
QUOTED_RUN_WORDS = 10
# A stretch of one claim found inside the other links them when it has at
# least this many words: a quoted stretch (the speaker's own words) ...
FRAGMENT_MIN_WORDS = {SAME: 2, UNKNOWN: 6, DIFFERENT: 8}
FRAGMENT_MIN_CONTENT = {SAME: 2, UNKNOWN: 3, DIFFERENT: 4}  # ... of which this many not stop words
# ... or the whole shorter claim
CONTAINED_MIN_WORDS = {SAME: 6, UNKNOWN: 10, DIFFERENT: 10_000}
CONFLICT_MIN_WORDS = 12
# One statement is reported within weeks: the dev set's reports of one
# statement lie at most 26 days apart.  Reports further apart than FAR_DAYS
# share a phrase far more often than a statement ("for peaceful purposes",
# "no regrets", "the figures": on the whole Wikinews rebuild nearly every
# such link under ten words joined two statements), so they link only when
# the shorter claim, and any stretch found in the other, has FAR_MIN_WORDS.
FAR_DAYS = 31
FAR_MIN_WORDS = 10
FAR_THRESHOLD = 0.9  # ... and their whole wording this score, the speakers' agreement not counted
# A claim of fewer content words than this ("injured", "the partnership",
# "defeat") says too little to be recognised across speakers: it links only
# to claims of its own speaker.
THIN_CONTENT_WORDS = 2
CONFLICT_THRESHOLD = 0.95
DRIFT_MAX_SHARE = 0.5
SHORT_WORDS = 6
SHORT_THRESHOLD = 0.9
# Claims proposed by rare words: the best 10 (of up to 600 holding them).  In a
# 2,000-article Wikinews load, the candidates ranked 11th-20th gave 14 of 1,052
# links, 13 of them wrong ("his resignation" across five people, paraphrases
# that share only "the Downing Street memo"), and half of the pairs scored.
FTS_K = 10
SPEAKER_K = 20
SPEAKER_POOL_CAP = 5_000  # larger pools are left to FTS
# Candidates below this token_set_ratio are not scored in full: no MRPC
# pair under 55 reaches the default threshold.
PREFILTER = 55
CHUNK = 500


@dataclass
class ClaimInfo:
    rowid: int
    id: str
    article_id: str
    speaker_id: str | None
    content: str
    quote_type: str | None
    published: str | None
    root_article: str  # the article this one reprints, or itself
    speaker_name: str | None = None
    utterance_id: str | None = None  # the attribution this sentence belongs to, if stored
    source_text: str | None = None  # the attribution's words, as the extractor read them
    stance: str | None = None  # "denial" for "X denied that ...": its content is what X disputes
    speaker_role: str | None = None  # "operational director for MSF": the body the speaker may speak for

    @property
    def order(self) -> tuple:
        return earliest_key(self.published, self.id)


def _select(conn) -> str:
    """The claim columns matching needs; ``utterance_id`` only where the
    claims table has it (databases written before the statement grain do not)."""
    utterance = "c.utterance_id" if _has_column(conn, "claims", "utterance_id") else "null"
    return f"""select c.rowid, c.id, c.article_id, c.speaker_id, c.content, c.quote_type,
                      a.published, coalesce(a.duplicate_of, a.id), coalesce(s.name, c.speaker), {utterance},
                      c.source_text, c.stance, c.speaker_role
               from claims c join articles a on a.id = c.article_id
               left join speakers s on s.id = c.speaker_id"""


def _has_column(conn, table: str, column: str) -> bool:
    return any(r[1] == column for r in conn.execute(f"pragma table_info({table})"))


def _chunks(seq, n=CHUNK):
    seq = list(seq)
    for i in range(0, len(seq), n):
        yield seq[i : i + n]


def _load(conn, where: str, values, select: str | None = None) -> list[ClaimInfo]:
    return [ClaimInfo(*r) for r in conn.execute(f"{select or _select(conn)} where {where}", values)]


def _by_rowid(conn, rowids, cache: dict, select: str | None = None) -> list[ClaimInfo]:
    """Read the claims of these rowids not in ``cache`` into it; returns those read."""
    need = [r for r in set(rowids) if r not in cache]
    select = select or _select(conn)
    read: list[ClaimInfo] = []
    for chunk in _chunks(need):
        marks = ",".join("?" * len(chunk))
        read.extend(_load(conn, f"c.rowid in ({marks})", chunk, select))
    cache.update((c.rowid, c) for c in read)
    return read


class Found(NamedTuple):
    """A link between two claims: its score and how it was found."""

    score: float
    how: str  # exact / fuzzy / partial / paraphrase / speaker-conflict


def relation(a: ClaimInfo, b: ClaimInfo) -> int:
    """SAME / UNKNOWN / DIFFERENT speaker (``aliases.speaker_relation``;
    DIFFERENT unless the claims' own attributions doubt it,
    ``attribution.doubtful``, or one speaker's role names the other as the
    body they speak for, ``attribution.speaks_for``, in reports days apart)."""
    if a.speaker_id and a.speaker_id == b.speaker_id:
        return SAME
    if not a.speaker_id or not b.speaker_id:
        return UNKNOWN
    rel = speaker_relation(a.speaker_name, b.speaker_name)
    if (
        rel == DIFFERENT
        and _close_in_time(a, b)  # one statement is reported within days; a formula recurs for months
        and (attribution.doubtful(a.speaker_name, a.source_text, b.speaker_name, b.source_text)
             or attribution.speaks_for(a.speaker_role, b.speaker_name)
             or attribution.speaks_for(b.speaker_role, a.speaker_name))
    ):
        return UNKNOWN  # (a doubtful attribution; or one speaks for the other: "director for MSF" / "MSF")
    return rel


def link(
    a: ClaimInfo, b: ClaimInfo, threshold: float, df: DocFreq | None = None, wording: bool = True
) -> Found | None:
    """How ``a`` and ``b`` are the same statement, or None when they are not.

    ``df`` (word rarity in the database) enables the paraphrase test;
    ``wording=False`` is for pairs a cheap prefilter found too different in
    wording: only a quoted fragment of one found in the other can link
    them (``_quoted_fragment``)."""
    if not wording:
        return _quoted_fragment(a, b)
    pa, pb = processed(a.content), processed(b.content)  # (the full ``prepare`` only when scored)
    if not pa or not pb:
        return None
    rel = relation(a, b)
    shorter = min(len(tokens(pa)), len(tokens(pb)))
    if not _may_link(a, b, rel, shorter):
        return None
    if rel == DIFFERENT:
        return _across_speakers(a, b, pa, pb)
    if rel != SAME and (a.stance == DIRECTIVE) != (b.stance == DIRECTIVE):
        # "called for an apology" and "offered an apology": a call for a thing and a
        # statement of it are two statements (even in the same words), unless one speaker said both
        return None
    if pa == pb:
        return Found(1.0, "exact")
    agree, need = _bar(a, b, rel, threshold, shorter)
    # None: the wording surely scores under ``need`` (nine pairs in ten a load scores)
    logit = text_logit(a.content, b.content, logit_floor(need, agree) if 0 < need < 1 else None)
    if logit is not None and probability(logit, agree) >= need:
        if rel != SAME and _short_and_reworded(a, b):
            return None
        return Found(round(probability(logit, agree), 4), "fuzzy")
    found = _other_evidence(a, b, rel, df)
    if found is None:
        return None
    if logit is None:  # (its score, computed in full for the few pairs linked otherwise)
        logit = text_logit(a.content, b.content)
    return Found(round(max(probability(logit, agree), found.score), 4), found.how)


class Bar(NamedTuple):
    """What a pair's whole wording must score: ``agree`` (1 when one speaker
    said both, which raises the score) and the probability ``need``ed."""

    agree: int
    need: float


def _bar(a: ClaimInfo, b: ClaimInfo, rel: int, threshold: float, shorter_words: int) -> Bar:
    agree = 1 if rel == SAME else 0
    need = threshold if rel == SAME else max(threshold, UNKNOWN_SPEAKER_THRESHOLD)
    if _far_apart(a, b):
        # months apart, one speaker says much the same again ("our thoughts
        # and prayers go out to ..."): only near-identical wording is one statement
        agree, need = 0, max(need, FAR_THRESHOLD)
    if shorter_words < SHORT_WORDS:
        # "It was not easy to do" / "change is not easy": a few shared
        # words decide too much in very short texts
        need = max(need, SHORT_THRESHOLD)
    return Bar(agree, need)


def _other_evidence(a: ClaimInfo, b: ClaimInfo, rel: int, df: DocFreq | None) -> Found | None:
    """Evidence besides the whole wording's score (which ``link`` raises
    the found score to when higher): a stretch of one claim inside the
    other, a shared quoted run, a paraphrase."""
    frag = _fragment(a, b, rel)
    if frag and _fragment_enough(frag, rel, _far_apart(a, b)):
        return Found(contained_score(frag.ratio), "partial")
    if _close_in_time(a, b) and quoted_run(a.content, a.quote_type, b.content, b.quote_type) >= QUOTED_RUN_WORDS:
        return Found(contained_score(FRAGMENT_RATIO), "quoted-run")
    if df is not None:
        overlap = paraphrase_evidence(a, b, df, rel)
        if overlap:
            return Found(min(1.0, overlap.share) * PARAPHRASE_SCORE, "paraphrase")
    return None


def _quoted_fragment(a: ClaimInfo, b: ClaimInfo) -> Found | None:
    """A quoted stretch of one claim found in the other, long enough for
    the speakers' relation, for two claims too different in wording to be
    scored whole.  The whole shorter claim, a shared quoted run and a
    paraphrase are not looked for here: each needs much of one claim's
    wording in the other, which is what the prefilter measures (no strict
    bound: on the dev sets and the Wikinews corpus they linked no such
    pair that is one statement).  The stretch is looked for before the speakers'
    relation is read: few such pairs share one."""
    frag = fragment_match(a.content, a.quote_type, b.content, b.quote_type, FRAGMENT_MIN_WORDS[SAME], whole=False)
    if not frag:
        return None
    rel = relation(a, b)
    if not _may_link(a, b, rel, frag.words) or not _fragment_enough(frag, rel, _far_apart(a, b)):
        return None
    return Found(round(contained_score(frag.ratio), 4), "speaker-conflict" if rel == DIFFERENT else "partial")


def _short_and_reworded(a: ClaimInfo, b: ClaimInfo) -> bool:
    """A short quotation with a word changed, and nothing to say that one
    person spoke both: "This is a historic moment for women" / "... for
    Romania" is two people's words far more often than one misquoted.
    (Reported speech rewords as a matter of course: not counted.)"""
    if min(len(a.content.split()), len(b.content.split())) >= UNKNOWN_REWORDED_MIN_WORDS:
        return False
    qa, qb = _quoted_text(a), _quoted_text(b)
    return bool(qa and qb and word_diff(qa, qb)["changed"])


def _fragment(a: ClaimInfo, b: ClaimInfo, rel: int):
    """``fragment_match`` of the two claims, not tried when none of the
    pieces it would try has the words ``_fragment_enough`` needs."""
    quoted = max(quoted_words(a.content, a.quote_type), quoted_words(b.content, b.quote_type))
    if quoted < FRAGMENT_MIN_WORDS[rel]:
        # A whole claim has no more words than its processed text has
        # characters (the unframed one, a suffix, no more either): across
        # speakers, where no whole claim is enough, most pairs stop here.
        if min(len(processed(a.content)), len(processed(b.content))) < CONTAINED_MIN_WORDS[rel]:
            return None
        if fragment_words(a.content, a.quote_type, b.content, b.quote_type)[1] < CONTAINED_MIN_WORDS[rel]:
            return None
    least = min(FRAGMENT_MIN_WORDS[rel], CONTAINED_MIN_WORDS[rel])  # shorter is never enough
    return fragment_match(a.content, a.quote_type, b.content, b.quote_type, least)


def _fragment_enough(frag, rel: int, far: bool = False) -> bool:
    """Is a stretch found inside the other claim long enough to link them?

    Words a report puts in quotation marks are the speaker's own, so fewer
    of them suffice than of a whole (possibly paraphrased) claim; the less
    is known of the speakers, the longer the stretch must be; in reports
    more than ``FAR_DAYS`` apart, ``FAR_MIN_WORDS`` at least.
    """
    if far and frag.words < FAR_MIN_WORDS:
        return False
    if frag.quoted:
        need = FRAGMENT_MIN_WORDS[rel]
        if frag.words < 3 and not all(len(w) >= 4 and w not in FTS_STOP for w in frag.text.split()):
            return False  # two words must both carry meaning: "political collaboration", not "no doubt"
        return frag.words >= need and frag.content_words >= min(need, FRAGMENT_MIN_CONTENT[rel])
    return frag.words >= CONTAINED_MIN_WORDS[rel]


def _across_speakers(a: ClaimInfo, b: ClaimInfo, pa: str, pb: str) -> Found | None:
    """Two known, different speakers: different claims -- unless a long
    statement is word for word the same, or one quotes the other's long
    quotation, which is far likelier an attribution slip in one report (or
    one speaker repeating another's words) than two people's own words."""
    if min(len(tokens(pa)), len(tokens(pb))) >= CONFLICT_MIN_WORDS:
        if pa == pb:
            return Found(1.0, "speaker-conflict")
        logit = text_logit(a.content, b.content, logit_floor(CONFLICT_THRESHOLD))
        if logit is not None and probability(logit, 0) >= CONFLICT_THRESHOLD:
            return Found(round(probability(logit, 0), 4), "speaker-conflict")
    frag = _fragment(a, b, DIFFERENT)
    if frag and frag.quoted and _fragment_enough(frag, DIFFERENT, _far_apart(a, b)):
        return Found(round(contained_score(frag.ratio), 4), "speaker-conflict")
    return None


def _quoted_text(c: ClaimInfo) -> str | None:
    parts = quoted_parts(c.content, c.quote_type)
    return " ".join(parts) if parts else None


DENIAL = "denial"
DIRECTIVE = "directive"  # "urged X to ...", "called for ...": what the speaker asks for
QUESTION = "question"  # "What will the levy cost?", "asked whether ..."


def _kind(a: ClaimInfo, b: ClaimInfo) -> tuple[str, str | None]:
    """``same``, ``drift`` (a quotation whose words changed) or ``conflict``
    (a paraphrase that differs in negation, a number, a modal or a name),
    with the word diff for the latter two."""
    if a.root_article == b.root_article:
        return "same", None  # a reprint (or the same article): never drift
    if (a.stance == DENIAL) != (b.stance == DENIAL):
        # "The board denied reports that the wing will close" against "the wing
        # will close": the same words, opposite positions
        return "conflict", json.dumps(word_diff(a.content, b.content), ensure_ascii=False)
    qa, qb = _quoted_text(a), _quoted_text(b)
    if qa and qb:
        diff = word_diff(qa, qb)
        # drift = the same quoted words, partly changed; a wholly different
        # wording of the same point is a paraphrase ("same") -- unless what
        # changed is a negation, a number, a modal or a name, or the two
        # share a long verbatim run (a changed ending is still a misquote)
        if diff["changed"] and (
            diff["changed_share"] <= DRIFT_MAX_SHARE
            or meaning_flags(diff)
            or quoted_run(a.content, a.quote_type, b.content, b.quote_type) >= QUOTED_RUN_WORDS
        ):
            return "drift", json.dumps(diff, ensure_ascii=False)
        return "same", None
    diff = word_diff(a.content, b.content)
    if meaning_flags(diff):
        return "conflict", json.dumps(diff, ensure_ascii=False)
    return "same", None


def _days_apart(a: str | None, b: str | None) -> int | None:
    da, db = _day(a), _day(b)
    return None if da is None or db is None else abs(da - db)


@lru_cache(maxsize=20_000)
def _day(published: str | None) -> int | None:
    """The day number of a date's first ten characters, None when it is no date."""
    try:
        return date.fromisoformat(published[:10]).toordinal()
    except (TypeError, ValueError):
        return None


def _close_in_time(a: ClaimInfo, b: ClaimInfo) -> bool:
    days = _days_apart(a.published, b.published)
    return days is not None and days <= PARAPHRASE_DAYS


def _far_apart(a: ClaimInfo, b: ClaimInfo) -> bool:
    """Reports known to lie more than ``FAR_DAYS`` apart (unknown dates are not far)."""
    days = _days_apart(a.published, b.published)
    return days is not None and days > FAR_DAYS


def _may_link(a: ClaimInfo, b: ClaimInfo, rel: int, shorter_words: int) -> bool:
    """The gates every link passes before any wording is weighed: a claim
    of fewer than ``THIN_CONTENT_WORDS`` content words only to its own
    speaker's claims; a question only to a question; reports more than
    ``FAR_DAYS`` apart only when the shorter claim (or the stretch found) has
    ``FAR_MIN_WORDS``.  A reprint's
    claims are its original's, however short."""
    if a.root_article == b.root_article:
        return True
    if (a.stance == QUESTION) != (b.stance == QUESTION):
        return False  # a question and a statement are two things said, whatever words they share
    if rel != SAME and min(_content_count(a.content), _content_count(b.content)) < THIN_CONTENT_WORDS:
        return False
    return shorter_words >= FAR_MIN_WORDS or not _far_apart(a, b)


@lru_cache(maxsize=50_000)
def _content_count(content: str) -> int:
    return len(content_words(content))


def _name_words(*names: str | None) -> frozenset:
    return frozenset(w for n in names if n for w in words(n))


def paraphrase_evidence(a: ClaimInfo, b: ClaimInfo, df: DocFreq, rel: int | None = None) -> Overlap | None:
    """The rare-word overlap of two claims when it makes them one statement
    reworded (a quotation and its reported-speech paraphrase, two
    translations of one remark), else None.

    Needed: speakers that may be one person, reports at most
    ``PARAPHRASE_DAYS`` apart, ``PARAPHRASE_MIN_CONTENT`` content words in
    each (fewer: a name for a thing, "the Downing Street memo", which any
    statement naming it contains), ``PARAPHRASE_MIN_RARE`` rare words shared and
    ``PARAPHRASE_SHARE`` of the lighter claim's weight (the speakers' own
    names do not count); and not two quotations that differ (their words
    decide), nor a long stretch word for word with the rest different.
    """
    rel = relation(a, b) if rel is None else rel
    if rel == DIFFERENT or not _close_in_time(a, b):
        return None
    if min(_content_count(a.content), _content_count(b.content)) < PARAPHRASE_MIN_CONTENT:
        return None
    overlap = word_overlap(
        a.content, b.content, df.idf, _name_words(a.speaker_name, b.speaker_name), df.rare_idf, PARAPHRASE_MIN_RARE
    )
    if overlap.rare < PARAPHRASE_MIN_RARE or overlap.share < PARAPHRASE_SHARE[rel]:
        return None
    qa, qb = _quoted_text(a), _quoted_text(b)
    if qa and qb and word_diff(qa, qb)["changed"]:
        return None
    ta, tb = processed(a.content).split(), processed(b.content).split()
    run = difflib.SequenceMatcher(None, ta, tb, autojunk=False).find_longest_match(0, len(ta), 0, len(tb))
    if run.size >= PARAPHRASE_MAX_RUN:
        # a long stretch word for word, the rest too different to link by
        # wording: two statements sharing a phrase (or a description of the
        # speaker), not one statement reworded throughout
        return None
    return overlap


# Claims a Matcher keeps read (candidates of earlier claims): a chunk of a large
# load would otherwise hold most of the database's claims by its end.
CACHE_CLAIMS = 20_000


class Matcher:
    """Finds links for a batch of claims against the whole database.

    ``reads`` (a ``candidates.Reads``) carries what the index said from one
    Matcher to the next of a load that matches chunk after chunk."""

    def __init__(
        self, conn, threshold: float | None = None, reads: Reads | None = None, blocks=None,
        batch: frozenset[str] | None = None,
    ):
        self.conn = conn
        # the articles matched now (``match_articles``): claims of other articles
        # waiting to be matched are left to their own matching (``_waiting``)
        self.batch = batch
        self.waiting: dict[str, bool] = {}
        self.originals: dict[str, list[int]] = {}  # a reprinted article's claims (``_claims_of``)
        self.done: set[tuple[int, int]] = set()  # pairs of this batch's claims scored (``_pair``)
        self.threshold = DEFAULT_THRESHOLD if threshold is None else threshold
        self.pools: dict[str, SpeakerPool] = {}
        self.blocks = blocks  # every speaker's pool, read in one pass (``blocks.SpeakerBlocks``; rebuild)
        self.cache: dict[int, ClaimInfo] = {}
        self.df = DocFreq(conn, reads=reads)
        if blocks is not None:
            self.df.all_lengths = blocks.lengths
        self.idf = self.df.idf
        self.select = _select(conn)

    def keep(self, speakers: set[str] | None, reprints: int) -> None:
        """Use the claims' rows and speakers' pools the Matcher of the last step
        of this load (``reads``) read, not read again.  A load writes every
        article, then matches chunk after chunk; each chunk's Matcher read
        most of the same rows and pools again (a tenth of a 2,000-article
        load's matching).  Between two steps, a row changes only when its
        speaker is merged (``speakers``: dropped, with their pools) or an
        article's reprint is marked (``reprints``: all dropped); a reload
        changes the claims (``Reads.fresh`` empties everything); reviewers'
        corrections may change rows too: with any, nothing is kept."""
        kept = self.df.reads.kept
        if reprints:
            kept.clear()
        self.cache = kept.setdefault("rows", self.cache)
        self.pools = kept.setdefault("pools", self.pools)
        if speakers:
            for rid in [rid for rid, c in self.cache.items() if c.speaker_id in speakers]:
                del self.cache[rid]
            for speaker in speakers:
                self.pools.pop(speaker, None)

    def pool(self, speaker_id: str) -> SpeakerPool:
        if self.blocks is not None:
            return self.blocks.pool(speaker_id)
        if speaker_id not in self.pools:
            if len(self.pools) > 2000:
                self.pools.clear()
            self.pools[speaker_id] = SpeakerPool(self.conn, speaker_id, SPEAKER_POOL_CAP)
        return self.pools[speaker_id]

    def sources(self, claim: ClaimInfo, rare: list[int] | None = None) -> dict[int, set[str]]:
        """rowid -> how each candidate was proposed (its claim read later,
        ``_by_rowid``; a proposed rowid no longer in ``claims`` drops out there);
        ``rare``: its ``rare_candidates`` when known."""
        sources: dict[int, set[str]] = {}
        if rare is None:
            rare = rare_candidates(claim.content, self.df, FTS_K)
        for rid in rare:
            sources.setdefault(rid, set()).add("fts")
        if claim.speaker_id:
            for rid in self.pool(claim.speaker_id).candidates(claim.content, SPEAKER_K, PREFILTER):
                sources.setdefault(rid, set()).add("speaker")
        if claim.root_article != claim.article_id:
            # a reprint: the original's claims are candidates, whatever their words
            for rid in self._claims_of(claim.root_article):
                sources.setdefault(rid, set()).add("reprint")
        sources.pop(claim.rowid, None)
        return sources

    def _claims_of(self, article_id: str) -> list[int]:
        """rowids of an article's claims (read once per batch; the rows go to the cache)."""
        got = self.originals.get(article_id)
        if got is None:
            infos = _load(self.conn, "c.article_id = ?", [article_id], self.select)
            self.cache.update((info.rowid, info) for info in infos)
            got = self.originals[article_id] = [info.rowid for info in infos]
        return got

    def links_for(self, claim: ClaimInfo) -> list[tuple]:
        return self.links_for_all([claim])

    def links_for_all(self, claims: list[ClaimInfo], step: int = 200) -> list[tuple]:
        """``links_for`` of each claim, in order: candidates proposed for
        ``step`` claims at a time, their rows read together."""
        out: list[tuple] = []
        for i in range(0, len(claims), step):
            if len(self.cache) > CACHE_CLAIMS:  # memory stays bounded; a claim no longer held is read again
                self.cache.clear()
            part = claims[i : i + step]
            rare = rare_candidates_of([claim.content for claim in part], self.df, FTS_K)
            group = [(claim, self.sources(claim, found)) for claim, found in zip(part, rare)]
            proposed = {rid for _, sources in group for rid in sources}
            _by_rowid(self.conn, proposed, self.cache, self.select)
            if self.batch is not None:  # (rows kept from the last step too: ``keep``)
                cache = self.cache
                self._note_waiting({cache[rid].article_id for rid in proposed if rid in cache})
            for claim, sources in group:
                out.extend(self._scored(claim, sources))
        return out

    def _note_waiting(self, articles: set[str]) -> None:
        """Which of these candidates' articles wait to be matched (no
        ``match_state`` row) outside this batch: a link to one of their
        claims made now would be deleted when their own matching begins (a
        claim's old links go first) and found again from their side.  A load
        writes every article, then matches chunk after chunk: two pairs in
        five it scored were of this kind.  (Dropped after the ranking: the
        claims kept are the candidates they were.  A reloaded article's
        stale row counts as matched: its claims are scored, as before.)"""
        need = [a for a in articles - self.batch if a not in self.waiting]
        if not need or not has_table(self.conn, "match_state"):
            self.waiting.update(dict.fromkeys(need, False))
            return
        self.waiting.update(dict.fromkeys(need, True))
        for chunk in _chunks(need):
            marks = ",".join("?" * len(chunk))
            self.waiting.update(
                (r[0], False)
                for r in self.conn.execute(f"select article_id from match_state where article_id in ({marks})", chunk)
            )

    def _scored(self, claim: ClaimInfo, sources: dict[int, set[str]]) -> list[tuple]:
        others = self._others(claim, sources)
        if not others:
            return []
        # cheap C-level prefilter before the full feature scoring
        hits = process.extract(
            processed(claim.content),
            [processed(o.content) for o in others],
            scorer=fuzz.token_set_ratio,
            processor=None,
            score_cutoff=PREFILTER,
            limit=None,
        )
        close = {h[2] for h in hits}
        out = []
        quoted, claim_words = quoted_tokens(claim.content, claim.quote_type), word_set(claim.content)
        least = FRAGMENT_MIN_WORDS[SAME]
        for idx, other in enumerate(others):
            first, second = self._pair(claim, other)
            if idx in close:
                found = link(first, second, self.threshold, self.df)
            elif (quoted and may_quote(quoted, word_set(other.content), least)) or may_quote(
                quoted_tokens(other.content, other.quote_type), claim_words, least
            ):
                # too different in wording for the full score, a pair may
                # still be a quoted fragment of the other
                found = link(first, second, self.threshold, self.df, wording=False)
            else:
                continue
            if found:
                out.append(self._row(claim, other, found, sources[other.rowid]))
        return out

    def _others(self, claim: ClaimInfo, sources: dict[int, set[str]]) -> list[ClaimInfo]:
        """The candidates to score: read, of another article, not waiting to be
        matched later, and not already scored from their side in this batch."""
        cache, waiting, done = self.cache, self.waiting, self.done
        others = []
        for rid in sorted(sources):
            other = cache.get(rid)
            if other is None or other.article_id == claim.article_id or waiting.get(other.article_id):
                continue
            if (rid, claim.rowid) in done:
                continue  # this batch's earlier claim proposed and scored the pair
            others.append(other)
        return others

    def _pair(self, claim: ClaimInfo, other: ClaimInfo) -> tuple[ClaimInfo, ClaimInfo]:
        """The order ``link`` sees a pair in: the claim being matched first, but
        two claims of this batch earlier first, whichever side proposed them,
        so that the pair is scored once, alike in any slicing of the batch
        (``batch_pool``); the later claim skips a pair the earlier one scored."""
        if self.batch is None or other.article_id not in self.batch:
            return claim, other
        if claim.order <= other.order:
            self.done.add((claim.rowid, other.rowid))
            return claim, other
        return other, claim

    def _row(self, claim: ClaimInfo, other: ClaimInfo, found: Found, how_proposed: set[str]) -> tuple:
        """A ``claim_matches`` row: the earlier claim first."""
        score, how = found
        a, b = (claim, other) if claim.order <= other.order else (other, claim)
        kind, diff = _kind(a, b)
        if a.root_article == b.root_article and a.article_id != b.article_id:
            method = "duplicate"
        else:
            method = "+".join(sorted(how_proposed, reverse=True)) + ":" + how
        return (a.id, b.id, score, kind, method, diff)


def similar_claims(db, claim_id: str, limit: int = 10, matcher: "Matcher | None" = None) -> list[dict]:
    """Claims like ``claim_id`` in the database, best first, computed afresh.

    The same candidates and scoring as matching, without writing anything:
    for a "similar claims" panel, or for a claim matched before newer
    reports arrived.  Pass a ``Matcher`` to reuse its caches across calls.
    """
    m = matcher or Matcher(db.conn)
    rows = _load(db.conn, "c.id = ?", [claim_id])
    if not rows:
        return []
    out = []
    for a, b, score, kind, method, diff in m.links_for(rows[0]):
        other = b if a == claim_id else a
        out.append({"claim_id": other, "score": score, "kind": kind, "method": method})
    out.sort(key=lambda r: (-r["score"], r["claim_id"]))
    return out[:limit]


def _insert_links(conn, rows) -> None:
    conn.executemany(
        "insert or ignore into claim_matches (claim_a, claim_b, score, kind, method, diff) "
        "values (?, ?, ?, ?, ?, ?)",
        rows,
    )


def _summary(links: int, drift: int, stories: int, dups: int, merged: dict, seconds: float) -> str:
    parts = [f"{counted(links, 'link')} ({drift} drift)", counted(stories, "story", "stories")]
    if dups:
        parts.append(counted(dups, "duplicate article"))
    if merged.get("merged"):
        parts.append(counted(merged["merged"], "speaker alias merged", "speaker aliases merged"))
    return ", ".join(parts)


def match_articles(
    db, article_ids, threshold: float | None = None, reads: Reads | None = None, workers: int = 1
) -> str:
    """Match the claims of ``article_ids`` against the whole database.

    Replaces the links of those claims, regroups every story they touch
    and returns a one-line summary for the load report.  A load matching
    chunk after chunk passes one ``candidates.Reads`` to every call.  With
    ``workers`` > 1, a batch of at least ``batch_pool.PARALLEL_MIN_NEW`` claims in
    a database file is scored by that many processes (the same links).
    Claims of other articles still waiting to be matched are not linked
    now: their own matching finds those links (``Matcher._note_waiting``).
    """
    with page_cache(db.conn), collector.paused():
        return _match_articles(db, article_ids, threshold, reads, workers)


# A load's matching reads rows scattered over the database (candidates'
# lengths, then the same candidates' rows): SQLite's default page cache
# (2 MB) has forgotten a large database's pages by the second read.  This
# one is bounded too (memory stays flat) and the connection's own comes back after.
# A load matching chunk after chunk holds it over all its chunks (``loader``):
# given back after each, it dropped the pages the next chunk reads again.
MATCH_PAGE_CACHE_KIB = 32_768


@contextmanager
def page_cache(conn):
    before = conn.execute("PRAGMA cache_size").fetchone()[0]
    if before < 0 and -before >= MATCH_PAGE_CACHE_KIB:
        yield
        return
    conn.execute(f"PRAGMA cache_size = -{MATCH_PAGE_CACHE_KIB}")
    try:
        yield
    finally:
        conn.execute(f"PRAGMA cache_size = {int(before)}")


def _match_articles(db, article_ids, threshold, reads, workers) -> str:
    conn = db.conn
    started = time.perf_counter()
    article_ids = sorted(set(article_ids))
    speaker_ids = set()
    for chunk in _chunks(article_ids):
        marks = ",".join("?" * len(chunk))
        speaker_ids.update(
            r[0]
            for r in conn.execute(
                f"select distinct speaker_id from claims where article_id in ({marks}) and speaker_id is not null",
                chunk,
            )
        )
    reloaded = _matched_before(conn, article_ids)
    merged = resolve_speakers(db, speaker_ids=speaker_ids, article_ids=article_ids)
    dups = detect_duplicates(conn, article_ids)
    new: list[ClaimInfo] = []
    for chunk in _chunks(article_ids):
        marks = ",".join("?" * len(chunk))
        new.extend(_load(conn, f"c.article_id in ({marks})", chunk))
    new.sort(key=lambda c: c.order)
    new_ids = {c.id for c in new}
    # Old links and stories of these claims are recomputed, and so are
    # stories that lost a claim when a reloaded article dropped it (looked
    # for only after a reload: it reads every story).
    stale = _stale_stories(conn) if reloaded else []
    seeds = set(new_ids)
    for chunk in _chunks(stale):
        marks = ",".join("?" * len(chunk))
        seeds.update(r[0] for r in conn.execute(f"select id from claims where story_id in ({marks})", chunk))
    old_members, _ = closure(conn, seeds)
    old_stories = _story_ids(conn, old_members) | set(stale)
    for chunk in _chunks(new_ids):
        marks = ",".join("?" * len(chunk))
        conn.execute(
            f"delete from claim_matches where claim_a in ({marks}) or claim_b in ({marks})", chunk + chunk
        )
    rows = _new_links(conn, new, threshold, reads, workers, frozenset(article_ids), (merged.get("speakers"), dups))
    _insert_links(conn, rows)
    corrections.apply(conn)  # reviewers' rejected links stay out, confirmed ones in
    members, edges = closure(conn, new_ids | old_members)
    old_stories |= _story_ids(conn, members)
    n_stories = write_stories(conn, members, edges, old_stories)
    # the review queue's bounds move for these claims and speakers only (a reloaded
    # article's dropped claims leave no trace of their speakers: then all of them)
    queue_scores.note(conn, [queue_scores.ALL] if reloaded else
                      new_ids | members | old_members | speaker_ids | merged.get("speakers", set()))
    _mark_matched(conn, article_ids)
    kinds = {(r[0], r[1]): r[3] for r in reversed(rows)}  # first found wins, as inserted
    drift = sum(1 for k in kinds.values() if k == "drift")
    return _summary(len(kinds), drift, n_stories, dups, merged, time.perf_counter() - started)


def _new_links(
    conn, new: list[ClaimInfo], threshold, reads: Reads | None, workers: int, batch: frozenset[str], changed=(None, 0)
) -> list[tuple]:
    """The batch's links; ``changed``: (speakers merged, reprints marked) by this
    step, which the rows and pools kept from the last step must not hold (``Matcher.keep``)."""
    matcher = Matcher(conn, threshold, reads, batch=batch)  # (forked workers inherit its word sample and reads)
    path = _db_path(conn)
    if workers > 1 and path and len(new) >= batch_pool.PARALLEL_MIN_NEW:
        return batch_pool.links(conn, path, new, threshold, workers, matcher.df.reads, batch)
    if reads is not None and not _corrected(conn):
        matcher.keep(*changed)
        # read after this step's merges and reprints: a later step's candidates need not read them again
        matcher.cache.update((c.rowid, c) for c in new)
    return matcher.links_for_all(new)


def _corrected(conn) -> bool:
    """Does the database hold reviewers' corrections (which may change claims' rows between steps)?"""
    return has_table(conn, "corrections") and conn.execute("select 1 from corrections limit 1").fetchone() is not None


def _stale_stories(conn) -> list[str]:
    return [
        r[0]
        for r in conn.execute(
            "select s.id from stories s where s.claim_count != "
            "(select count(*) from claims c where c.story_id = s.id)"
        )
    ]


def _matched_before(conn, article_ids) -> bool:
    """Was any of these articles matched before (a reload), or is that unknown?"""
    if not has_table(conn, "match_state"):
        return True
    for chunk in _chunks(article_ids):
        marks = ",".join("?" * len(chunk))
        if conn.execute(f"select 1 from match_state where article_id in ({marks}) limit 1", chunk).fetchone():
            return True
    return False


def _mark_matched(conn, article_ids) -> None:
    if not has_table(conn, "match_state"):
        return
    now = time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime())
    for chunk in _chunks(article_ids):
        marks = ",".join("?" * len(chunk))
        conn.execute(
            f"insert or replace into match_state (article_id, content_hash, matched_at) "
            f"select id, content_hash, ? from articles where id in ({marks})",
            [now] + chunk,
        )


def unmatched_articles(conn) -> list[str]:
    """Articles loaded (or changed) since matching last saw them."""
    if not has_table(conn, "match_state"):
        return [r[0] for r in conn.execute("select id from articles order by id")]
    return [
        r[0]
        for r in conn.execute(
            "select a.id from articles a left join match_state m on m.article_id = a.id "
            "where m.article_id is null or m.content_hash is not a.content_hash order by a.id"
        )
    ]


def _story_ids(conn, claim_ids) -> set[str]:
    out = set()
    for chunk in _chunks(claim_ids):
        marks = ",".join("?" * len(chunk))
        out.update(
            r[0]
            for r in conn.execute(
                f"select distinct story_id from claims where id in ({marks}) and story_id is not null", chunk
            )
        )
    return out


REBUILD_STEP = 5000
# A rebuild asks for every claim's rare words: the posting lists and the words
# found common are kept for the whole run (rows of the index, not claims).
REBUILD_CACHES = (400_000, 2_000_000)  # candidates.Reads(postings_cache, common_cache)
PARALLEL_MIN_CLAIMS = 20_000


def _links_for_range(conn, lo: int, hi: int, threshold, matcher=None) -> list[tuple]:
    """The links of the claims with rowids ``lo``..``hi``, the collector paused
    (``collector``: a rebuild worker's caches hold millions of objects, which
    every full collection walked; it may run again between ranges)."""
    m = matcher or Matcher(conn, threshold)
    with collector.paused():
        claims = _load(conn, "c.rowid between ? and ?", [lo, hi], m.select)
        for claim in claims:
            m.cache[claim.rowid] = claim
        rows = m.links_for_all(claims)
    if len(m.cache) > 200_000:
        m.cache.clear()
    return rows


_WORKER: dict = {}


def _worker_init(path: str, threshold) -> None:
    conn = batch_pool.reader(path)
    _WORKER["conn"] = conn
    _WORKER["matcher"] = Matcher(conn, threshold, Reads(*REBUILD_CACHES), blocks=_WORKER.get("blocks"))


def _worker_range(bounds: tuple[int, int]) -> list[tuple]:
    return _links_for_range(_WORKER["conn"], bounds[0], bounds[1], None, _WORKER["matcher"])


def _db_path(conn) -> str | None:
    for _, name, path in conn.execute("PRAGMA database_list"):
        if name == "main":
            return path or None
    return None


def rebuild(db, threshold: float | None = None, workers: int | None = None) -> str:
    """Recompute aliases, duplicates, links and stories for the whole database.

    Deterministic: the same database gives the same links, stories and ids
    however often it runs and however many worker processes score claims
    (results are inserted in rowid order).  On large databases (>= 20,000
    claims, file-backed) claims are scored by ``workers`` processes
    (default: the number of CPUs, at most 4).

    All or nothing for links and stories: aliases and duplicates are
    settled in a first transaction (which leaves the old links and stories
    in place), links are then computed by reading alone, so Datasette and
    loads can keep writing meanwhile, and the old links and stories are
    replaced by the new ones in one last transaction.  A failure or a kill
    at any point leaves the old links and stories whole.
    """
    conn = db.conn
    started = time.perf_counter()
    if conn.in_transaction:
        conn.commit()
    if workers is None:
        workers = min(4, os.cpu_count() or 1)

    def settle():
        conn.execute("update articles set duplicate_of = null where duplicate_of is not null")
        merged = resolve_speakers(db)
        seen = conn.execute("select id, content_hash from articles order by id").fetchall()
        dups = detect_duplicates(conn, [r[0] for r in seen], workers, _db_path(conn))
        return merged, seen, dups

    merged, seen, dups = retry_locked(settle, conn)
    rows = _all_links(conn, threshold, workers)

    def replace():
        conn.execute("delete from claim_matches")
        conn.execute("update claims set story_id = null where story_id is not null")
        conn.execute("delete from stories")
        # claims a concurrent load replaced meanwhile are left to its matching
        present = {r[0] for r in conn.execute("select id from claims")}
        _insert_links(conn, [r for r in rows if r[0] in present and r[1] in present])
        corrections.apply(conn)  # reviewers' corrections survive a rebuild
        edges = [tuple(r) for r in conn.execute("select claim_a, claim_b, kind, score, method from claim_matches")]
        members = {e[0] for e in edges} | {e[1] for e in edges}
        n_stories = write_stories(conn, members, edges, set())
        if has_table(conn, "match_state"):
            # the versions this rebuild saw; anything loaded since stays unmatched
            now = time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime())
            conn.execute("delete from match_state")
            conn.executemany(
                "insert into match_state (article_id, content_hash, matched_at) values (?, ?, ?)",
                [(ident, digest, now) for ident, digest in seen],
            )
        return edges, n_stories

    edges, n_stories = retry_locked(replace, conn)
    drift = sum(1 for e in edges if e[2] == "drift")
    return _summary(len(edges), drift, n_stories, dups, merged, time.perf_counter() - started)


def _all_links(conn, threshold, workers) -> list[tuple]:
    """Every link in the database, in rowid order, computed without writing."""
    n_claims, max_rowid = conn.execute("select count(*), coalesce(max(rowid), 0) from claims").fetchone()
    ranges = [(lo, lo + REBUILD_STEP - 1) for lo in range(0, max_rowid + 1, REBUILD_STEP)]
    path = _db_path(conn)
    if workers is None:
        workers = min(4, os.cpu_count() or 1)
    with collector.paused():  # millions of lists built, none in a cycle: 25% of its CPU went to collections
        blocks = SpeakerBlocks(conn, SPEAKER_POOL_CAP)
    # millions of long-lived lists and dicts: unfrozen, every full collection
    # walks them all (in a profile at a million claims, most of the time spent
    # building the feature sets went to collections)
    gc.freeze()
    try:
        if workers > 1 and path and n_claims >= PARALLEL_MIN_CLAIMS:
            return _pooled_links(path, threshold, workers, ranges, blocks)
        matcher = Matcher(conn, threshold, Reads(*REBUILD_CACHES), blocks=blocks)
        return [row for lo, hi in ranges for row in _links_for_range(conn, lo, hi, threshold, matcher)]
    finally:
        gc.unfreeze()


def _pooled_links(path: str, threshold, workers: int, ranges, blocks) -> list[tuple]:
    ctx = batch_pool.pool_context()
    rows: list[tuple] = []
    _WORKER["blocks"] = blocks  # inherited by the forked workers
    try:
        with ctx.Pool(workers, initializer=_worker_init, initargs=(path, threshold)) as pool:
            for chunk in pool.imap(_worker_range, ranges):  # imap keeps range order
                rows.extend(chunk)
    finally:
        _WORKER.pop("blocks", None)
    return rows
