"""Experiment: lexical ideas for spoken lines in CheckThat! 2021 2B (third round).

The 2B queries are single lines of debate and speech transcripts; the
archive holds PolitiFact's written claims and titles.  Two earlier rounds
(``exp_factcheck_features_2b.py``, ``exp_semantic_2b.py``) measured rerank
features and "semantic" signals.  This one measures the ideas that are
about the line being *spoken*, each against the shipped search
(``search.candidates`` + ``search.combine``):

* ``clauses``: a line can hold several statements and a check matches one.
  Each clause (split at punctuation, transcript dashes and "and", "but",
  "because", "so") is scored against the same candidates with the full
  rerank (its own bm25 over those rows), and the best clause's score is
  added with a weight (``clause_best``);  ``--union`` also widens the pool
  with each clause's own best ``CLAUSE_POOL`` candidates;
* ``column weights``: FTS5 ``bm25(fts, claim, title, claimant)`` weights,
  which pick the candidates and give the main rerank feature;
* ``spoken numbers``: number words the line spells out ("ninetyeight
  percent", "twenty three", "six times") added to the query as digits, the
  way the checks write them;
* ``repetitions``: a transcript's false starts ("I was against  I was
  against the war") cut to one copy, so the character and token-set
  features see the sentence as written;
* ``feedback``: pseudo-relevance feedback, the ``FEEDBACK_WORDS`` rarest new
  words of the shipped ranking's first ``FEEDBACK_TOP`` checks added to the
  query, the candidates re-picked and reranked against the line; and, as a
  feature instead, the share of those words a candidate holds;
* ``claimant_named``: the candidate's claimant is named in the line (a
  speaker rarely names themselves; debaters name their opponents);
* ``pool_date``: the archive's own dates, from text alone: how close the
  candidate's claim date is to the median date of the shipped ranking's
  first ``DATE_TOP`` checks (the pool's guess at when the line was said).

Feature ideas are added alone to the shipped rerank with a weight from a
grid: train and dev MAP@5 per weight, the weight best on the whole train
split, and a 5-fold cross-validated train MAP@5 with folds of whole events
(``exp_semantic_2b.report``).  Query rewrites are run through
``search_factchecks`` itself.  Dev is printed for the record, never used
to choose.  The context idea (the lines around a line) cannot be measured:
the shared data holds only the lines that are queries (docs/factchecks.md).

    python benchmarks/exp_spoken_2b.py [--eval-dir DIR] [--union]

Data is read from DIR as for ``eval_factcheck_retrieval.py``; nothing is
downloaded.  Takes about ten CPU minutes.
"""

from __future__ import annotations

import argparse
import datetime
import math
import os
import re
import statistics
import sys
import tempfile
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
sys.path.insert(0, HERE)

from datasette_claims.factchecks import search  # noqa: E402
from datasette_claims.matching.aliases import parse_name  # noqa: E402
from datasette_claims.text import NUMBER_WORDS as _WORDS, SCALE_WORDS  # noqa: E402
from datasette_claims.text import content_words, match_any, tokens  # noqa: E402
from eval_factcheck_retrieval import TASKS, _ap5, build_db, default_eval_dir, read_jsonl  # noqa: E402
from exp_factcheck_features_2b import FOLDS, event  # noqa: E402
from exp_semantic_2b import GRID, NEGATIVE, Query, map5, recall, report  # noqa: E402

CLAUSE_MIN_WORDS = 3  # content words a clause needs to be scored alone
CLAUSE_POOL = 20
FEEDBACK_TOP, FEEDBACK_WORDS = 3, 5
DATE_TOP, DATE_SCALE_DAYS = 10, 365.0
COLUMN_GRID = ((1.0, 0.5, 0.0), (1.0, 0.75, 0.0), (1.0, 1.5, 0.0), (1.0, 2.0, 0.0), (1.0, 1.0, 0.2))
_CLAUSE_BREAK = re.compile(r"(?<![A-Z])[.;:!?,]+\s+|\s{2,}|\s+-+\s+|\s+(?:and|but|because|so)\s+", re.I)

# ---- the line's parts -------------------------------------------------------------------------------


def clauses(line: str) -> list[str]:
    """The line's clauses with at least ``CLAUSE_MIN_WORDS`` content words (none when the line is one)."""
    parts = [p.strip() for p in _CLAUSE_BREAK.split(line) if p and p.strip()]
    parts = [p for p in parts if len(content_words(p)) >= CLAUSE_MIN_WORDS]
    return parts if len(parts) > 1 else []


NUMBER_WORDS = {**_WORDS, **SCALE_WORDS}  # number words and scale words, as values
_UNITS = {w: int(v) for w, v in NUMBER_WORDS.items() if int(v) < 10}
_TENS = {w: int(v) for w, v in NUMBER_WORDS.items() if 20 <= int(v) < 100}
_JOINED = re.compile(f"^({'|'.join(_TENS)})({'|'.join(_UNITS)})$")  # transcripts write "ninetyeight"


def _number_value(word: str) -> int | None:
    m = _JOINED.match(word)
    if m:
        return _TENS[m[1]] + _UNITS[m[2]]
    value = NUMBER_WORDS.get(word)
    return int(value) if value and int(value) <= 100 else None  # "a hundred percent"


def spoken_numbers(line: str) -> list[str]:
    """The numbers ``line`` spells out, as digits ("twenty three" -> 23, "six hundred" -> 600)."""
    words, out, i = tokens(line), [], 0
    while i < len(words):
        value = _number_value(words[i])
        i += 1
        if value is None:
            continue
        if words[i - 1] in _TENS and i < len(words) and words[i] in _UNITS:
            value, i = value + _UNITS[words[i]], i + 1
        if i < len(words) and words[i] == "hundred":
            value, i = value * 100, i + 1
        out.append(str(value))
    return list(dict.fromkeys(out))


def without_repetitions(line: str, longest: int = 4) -> str:
    """``line`` with a run of up to ``longest`` words said twice in a row kept once (case and edge
    punctuation ignored)."""
    out: list[str] = []
    for word in line.split():
        out.append(word)
        for n in range(1, longest + 1):
            if len(out) >= 2 * n and [w.lower().strip(",.") for w in out[-n:]] == [
                w.lower().strip(",.") for w in out[-2 * n : -n]
            ]:
                del out[-n:]
                break
    return " ".join(out)


# ---- features on the shipped candidates ---------------------------------------------------------------


def rowids(conn, ids: list) -> dict:
    marks = ",".join("?" * len(ids))
    return dict(conn.execute(f"select id, rowid from factchecks where id in ({marks})", ids).fetchall()) if ids else {}


def rescored(conn, text: str, rows: list[dict], rid: dict) -> list[dict]:
    """The shipped features of ``rows`` for query ``text`` (its own bm25 over those rows; 0 where it has none)."""
    match = search.fts_query(text)
    bm25, title = {}, {}
    if match and rows:
        marks = ",".join(str(rid[r["id"]]) for r in rows)
        for rowid, b, t in conn.execute(
            "select rowid, bm25(factchecks_fts, 1.0, 1.0, 0.0), bm25(factchecks_fts, 0.0, 1.0, 0.0)"
            f" from factchecks_fts where factchecks_fts match ? and rowid in ({marks})", [match]
        ):
            bm25[rowid], title[rowid] = b, t
    scored = [dict(r, bm25=bm25.get(rid[r["id"]], 0.0), title_bm25=title.get(rid[r["id"]], 0.0)) for r in rows]
    return search.pool_features(conn, text, scored)


def clause_best(conn, line: str, rows: list[dict], rid: dict) -> list[float]:
    parts = [[search.combine(f) for f in rescored(conn, c, rows, rid)] for c in clauses(line)]
    return [max(p[i] for p in parts) for i in range(len(rows))] if parts else [0.0] * len(rows)


class Archive:
    """What the features need from the archive: document frequencies (cached) and claim dates."""

    def __init__(self, conn):
        self.conn, self.df, self.dates = conn, {}, {}
        self.total = conn.execute("select count(*) from factchecks").fetchone()[0]
        for cid, day in conn.execute("select id, claim_date from factchecks"):
            try:
                self.dates[cid] = datetime.date.fromisoformat(str(day)[:10]).toordinal()
            except ValueError:
                pass

    def idf(self, word: str) -> float:
        if word not in self.df:
            self.df[word] = self.conn.execute(
                "select count(*) from factchecks_fts where factchecks_fts match ?", [match_any([word])]
            ).fetchone()[0]
        return math.log(self.total / (1 + self.df[word]))


def feedback_words(archive: Archive, line: str, top: list[dict]) -> list[str]:
    """The ``FEEDBACK_WORDS`` new words of ``top`` (claims and titles) with the most idf mass."""
    seen, mass = set(tokens(line)), Counter()
    for r in top:
        for w in content_words(f"{r.get('claim') or ''} {r.get('title') or ''}"):
            if w not in seen and not w.isdigit():
                mass[w] += archive.idf(w)
    return [w for w, _ in mass.most_common(FEEDBACK_WORDS)]


def ranked(rows: list[dict], scores: list[float]) -> list[dict]:
    return [rows[i] for i in sorted(range(len(rows)), key=lambda i: -scores[i])]


def add_features(q: Query, archive: Archive, rows: list[dict], rid: dict) -> None:
    conn = archive.conn
    q.extra["clause_best"] = clause_best(conn, q.query, rows, rid)
    top = ranked(rows, q.base)
    words = set(feedback_words(archive, q.query, top[:FEEDBACK_TOP]))
    q.extra["feedback_share"] = [len(words & set(content_words(f"{r.get('claim')} {r.get('title')}"))) / len(words)
                                 if words else 0.0 for r in rows]
    line = set(tokens(q.query))
    names = [parse_name(r["claimant"]) if r.get("claimant") else None for r in rows]
    q.extra["claimant_named"] = [1.0 if n and n.surname and n.surname.lower() in line else 0.0 for n in names]
    days = [archive.dates[r["id"]] for r in top[:DATE_TOP] if r["id"] in archive.dates]
    guess = statistics.median(days) if days else None
    q.extra["pool_date"] = [math.exp(-abs(archive.dates[r["id"]] - guess) / DATE_SCALE_DAYS)
                            if guess is not None and r["id"] in archive.dates else 0.0 for r in rows]


# ---- query rewrites through the product's search ----------------------------------------------------------


def rewrite_map5(conn, raw: list[dict], rewrite) -> tuple[float, float]:
    """Train and dev MAP@5 of ``search_factchecks`` on ``rewrite(line)``."""
    ap = {"train": [], "dev": []}
    for q in raw:
        ids = [r["id"] for r in search.search_factchecks(conn, rewrite(q["query"]), limit=10)]
        ap[q["split"]].append(_ap5(set(q["relevant_ids"]), ids))
    return tuple(sum(v) / max(1, len(v)) for v in (ap["train"], ap["dev"]))


def feedback_rerank(archive: Archive, line: str) -> list[str]:
    """Re-pick the candidates for the line plus its feedback words, rerank them against the line alone."""
    words = feedback_words(archive, line, search.search_factchecks(archive.conn, line, limit=FEEDBACK_TOP))
    _, rows = search.candidates(archive.conn, " ".join([line, *words]), search.POOL)
    feats = search.pool_features(archive.conn, line, rows)
    return [r["id"] for r in ranked(rows, [search.combine(f) for f in feats])[:10]]


def rewrites(archive: Archive, raw: list[dict]) -> None:
    conn = archive.conn
    print("column weights (claim, title, claimant): train / dev MAP@5")
    for weights in ((1.0, 1.0, 0.0), *COLUMN_GRID):
        search.COLUMN_WEIGHTS = weights
        print(f"    {weights}: %.4f / %.4f" % rewrite_map5(conn, raw, lambda line: line), flush=True)
    search.COLUMN_WEIGHTS = (1.0, 1.0, 0.0)
    spelled = sum(bool(spoken_numbers(q["query"])) for q in raw)
    tr, dv = rewrite_map5(conn, raw, lambda line: " ".join([line, *spoken_numbers(line)]))
    print(f"spoken numbers as digits ({spelled} of {len(raw)} lines spell one): train {tr:.4f} dev {dv:.4f}")
    cut = sum(without_repetitions(q["query"]) != " ".join(q["query"].split()) for q in raw)
    tr, dv = rewrite_map5(conn, raw, without_repetitions)
    print(f"repetitions cut ({cut} of {len(raw)} lines have one): train {tr:.4f} dev {dv:.4f}", flush=True)
    ap = {"train": [], "dev": []}
    for q in raw:
        ap[q["split"]].append(_ap5(set(q["relevant_ids"]), feedback_rerank(archive, q["query"])))
    print("feedback, candidates re-picked: train %.4f dev %.4f" % tuple(sum(v) / len(v) for v in ap.values()))


# ---- driver -------------------------------------------------------------------------------------------------


def clause_union(conn, q: Query, rows: list[dict], rid: dict) -> Query:
    """``q`` with each clause's best ``CLAUSE_POOL`` candidates added, all rescored against the line."""
    have = {r["id"] for r in rows}
    extra = []
    for c in clauses(q.query):
        for r in search.candidates(conn, c, CLAUSE_POOL)[1]:
            if r["id"] not in have:
                have.add(r["id"])
                extra.append(r)
    pool = rows + extra
    rid.update(rowids(conn, [r["id"] for r in extra]))
    wide = Query({"id": q.id, "query": q.query, "split": q.split, "relevant_ids": list(q.relevant)}, q.text,
                 [r["id"] for r in pool], rescored(conn, q.text, pool, rid), q.fold)
    wide.extra["clause_best"] = clause_best(conn, q.query, pool, rid)
    return wide


def load(conn, raw: list[dict], union: bool):
    archive = Archive(conn)
    events = sorted({event(q["id"]) for q in raw if q["split"] == "train"})
    fold_of = {ev: i % FOLDS for i, ev in enumerate(events)}
    queries, widened = [], []
    for q in raw:
        text, rows = search.candidates(conn, q["query"], search.POOL)
        query = Query(q, text, [r["id"] for r in rows], search.pool_features(conn, text, rows),
                      fold_of.get(event(q["id"]), -1))
        rid = rowids(conn, query.ids)
        add_features(query, archive, rows, rid)
        queries.append(query)
        if union:
            widened.append(clause_union(conn, query, rows, rid))
    return archive, queries, widened


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--eval-dir", default=default_eval_dir())
    ap.add_argument("--union", action="store_true", help="Also widen the pool with each clause's candidates")
    args = ap.parse_args(argv)
    folder = os.path.join(args.eval_dir, "matching", TASKS["2b"])
    raw = read_jsonl(os.path.join(folder, "queries_train_dev.jsonl.gz"))
    with tempfile.TemporaryDirectory() as workdir:
        db, _ = build_db(os.path.join(folder, "corpus.jsonl.gz"), os.path.join(workdir, "2b.db"))
        archive, queries, widened = load(db.conn, raw, args.union)
        train = [q for q in queries if q.split == "train"]
        dev = [q for q in queries if q.split == "dev"]
        print(f"shipped: train {map5(train):.4f} dev {map5(dev):.4f} (the cross-validation baseline is train)")
        split = sum(bool(clauses(q.query)) for q in queries)
        print(f"lines with two or more clauses: {split} of {len(queries)}")
        for key in ("clause_best", "feedback_share", "pool_date"):
            report(train, dev, key, GRID + NEGATIVE[1:4])
        report(train, dev, "claimant_named", NEGATIVE + GRID[1:4])
        if widened:
            wt, wd = [q for q in widened if q.split == "train"], [q for q in widened if q.split == "dev"]
            print(f"clause pools: recall train {recall(train):.3f} -> {recall(wt):.3f}, dev {recall(dev):.3f} -> "
                  f"{recall(wd):.3f}; MAP@5 train {map5(wt):.4f} dev {map5(wd):.4f}", flush=True)
            report(wt, wd, "clause_best", GRID + NEGATIVE[1:4])
        rewrites(archive, raw)
        db.conn.close()


if __name__ == "__main__":
    main()
