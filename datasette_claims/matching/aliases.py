"""One person, many names: merge speaker rows that name the same person.

"Sergei Lavrov", "Sergey Lavrov", "Lavrov" and "Russian Foreign Minister
Sergei Lavrov" become one speaker; "George W. Bush" and "George H. W. Bush",
or "Bill Clinton" and "Hillary Clinton", stay apart.

The rules, most specific names first (``cluster_names`` is pure Python):

1. A name is cut to its core: leading titles, roles and nationality words
   ("Russian Foreign Minister", "President", "Sen.") and trailing "Jr." go;
   what was cut is kept as a role.  The last core word is the surname key
   (ASCII-folded, lower case).
2. Names with a middle name or initial are grouped when every given name
   they both have is compatible: equal, an initial of the other, or a
   transliteration variant (same first and last letter and consonants once
   x=ks, y=i, ph=f: Sergei/Sergey, Aleksandr/Alexander; not Maria/Mario).
3. Names with one given name group among themselves the same way, then
   join the one compatible group from step 2; if two groups fit ("George
   Bush" fits both Bushes) the name stays on its own.
4. A bare surname ("Lavrov") joins its surname's group only when exactly
   one group has that surname in the whole database.  Otherwise, claims in
   an article whose other claims name exactly one of the candidates are
   pointed at that candidate, and the bare-surname row stays.

Only names that look like a person's are merged (one to four capitalised
core words, no acronym, no organisation or function word such as
"administration", "party" or "he"), and a group must hold at least one row
the extractor recorded as a person (``kind`` alone is not trusted: the
extractor's sourcing guess calls "Obama" an organisation at times).
"""

from __future__ import annotations

import bisect
import json
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from typing import NamedTuple

from ..dates import day_number
from ..store import speaker_counts
from ..store.connection import in_lists
from ..extract.lexicon import COUNTRY_LIKE, FORENAMES, HONORIFICS
from ..offices import PUBLIC_OFFICES
from ..text import STOPWORDS

TITLE_WORDS = frozenset(
    """
    president vice prime minister foreign defence defense interior finance deputy secretary general
    secretary-general chancellor premier king queen prince princess sheikh emir pope cardinal bishop
    archbishop rev reverend father senator sen rep representative congressman congresswoman governor
    gov mayor ambassador envoy spokesman spokeswoman spokesperson chief head leader chairman chairwoman
    chair director commissioner commander gen general col colonel lt lieutenant maj major capt captain
    adm admiral sgt sergeant officer judge justice attorney speaker mr mrs ms miss dr prof professor sir
    lord lady dame former acting interim state federal national opposition party army foreign-minister
    u.s us un u.n. eu uk white house senior official democratic republican labour conservative pres
    """.split()
) | PUBLIC_OFFICES  # (a councillor's, an MP's, a prosecutor's title cut as a president's is)
SUFFIXES = frozenset("jr jr. sr sr. ii iii iv phd".split())
_NATIONALITY = re.compile(r"^[A-Z][a-z]+(?:ian|ean|an|ese|ish|i|ic)$")
_APOS = re.compile(r"['’]s$")
# compiled once: every new speaker name is split and folded several times
_NOT_FOLDED = re.compile(r"[^a-z-]")
_LOWER_WORD = re.compile(r"[a-z]+")
_SPACES = re.compile(r"\s+")


def nationality(word: str) -> bool:
    """Has the word the shape of a nationality adjective ("Pakistani", "Kenyan", "Danish")?"""
    return bool(_NATIONALITY.match(word))


def fold_word(word: str) -> str:
    # (an ASCII word is its own NFKD form, every character kept)
    s = word if word.isascii() else unicodedata.normalize("NFKD", word).encode("ascii", "ignore").decode("ascii")
    return _NOT_FOLDED.sub("", s.lower())


def looks_like_person(parts: "NameParts", name: str | None = None) -> bool:
    """A core of one to four capitalised words, none an organisation or
    function word, no acronym; ``name`` (the full string) must not contain
    an organisation word either ("Democratic Party of Japan")."""
    if not parts.surname or not (1 <= len(parts.core) <= 4):
        return False
    for w in parts.core:
        low = w.lower().strip(".")
        if not w[:1].isupper() or any(ch.isdigit() for ch in w) or low in ORG_WORDS or low in NOT_NAME:
            return False
        if len(w) > 2 and w.isupper():  # DIMIA, UNHCR
            return False
        if low in TITLE_WORDS or low in SUFFIXES:
            return False
    return not (name and any(w in ORG_WORDS for w in _LOWER_WORD.findall(name_head(name).lower())))


@dataclass
class NameParts:
    core: list[str]  # name words as written, titles removed
    role: str | None
    given: list[str] = field(default_factory=list)  # folded
    surname: str = ""

    @property
    def core_name(self) -> str:
        return " ".join(self.core)


ORG_WORDS = frozenset(
    """
    administration ministry department office union party government council committee commission
    agency organisation organization association international news press times post journal network
    company corporation bank group institute university court police army forces navy military
    embassy parliament congress senate house federation league foundation fund reuters ap afp bbc
    cnn partners proposal decree report statement spokesman officials sources opposition prize hotel
    airport airlines station school hospital church club team city province state republic kingdom
    empire coalition alliance movement front campaign institute centre center times tribune herald assembly
    """.split()
)
# Words that are never part of a person's name as extracted ("He, moreover",
# "Two Taiwanese", "Latest", "Northern Ireland").
NOT_NAME = frozenset(
    """
    he she it they we i you his her their its the a an this that these those although however meanwhile
    moreover also latest but and or one two three four five six seven eight nine ten some many most
    northern southern eastern western north south east west new old central united royal federal member members
    """.split()
)


# Lower-case words that end a name and start a description of its bearer:
# "Mr Knobloch of the 30A network", "Smith from the union", "Jones who ...".
_NAME_ENDS = frozenset(("of", "from", "at", "for", "in", "on", "with", "who", "which", "whose", "and"))


def name_head(name: str) -> str:
    """The name without what describes its bearer after it: before a comma
    ("President Bush, in a press conference ...") and before a lower-case
    "of"/"from"/"who"... that follows a capitalised word ("Mr Knobloch of
    the 30A network" -> "Mr Knobloch"; "President of Georgia Mikheil
    Saakashvili" keeps its "of", which no name word precedes)."""
    words = [w for w in _SPACES.split((name or "").split(",")[0].strip()) if w]
    for i, w in enumerate(words[1:], 1):
        if w in _NAME_ENDS and words[i - 1][:1].isupper() and words[i - 1].lower().rstrip(".") not in TITLE_WORDS:
            return " ".join(words[:i])
    return " ".join(words)


@lru_cache(maxsize=100_000)
def parse_name(name: str) -> NameParts:
    head = name_head(name)
    words = [w for w in _SPACES.split(head.strip()) if w]
    words = [_APOS.sub("", w) for w in words]
    cut = 0
    while cut < len(words) - 1:
        w = words[cut]
        low = w.lower().rstrip(".")
        nxt = words[cut + 1].lower().rstrip(".")
        if low == "of" and cut + 2 < len(words):  # "President of Georgia Mikheil ..."
            cut += 2
            continue
        if low in TITLE_WORDS or w.lower() in TITLE_WORDS or not w[:1].isupper():
            cut += 1
            continue
        if (_NATIONALITY.match(w) or low == "first") and nxt in TITLE_WORDS:  # "Russian Foreign ...", "First Lady"
            cut += 1
            continue
        break
    core = words[cut:]
    while len(core) > 1 and core[-1].lower() in SUFFIXES:
        core = core[:-1]
    role = " ".join(words[:cut]) or None
    folded = [fold_word(w) for w in core]
    folded = [f for f in folded if f]
    if not folded:
        return NameParts(core=core, role=role)
    return NameParts(core=core, role=role, given=folded[:-1], surname=folded[-1])


def _translit(word: str) -> str:
    w = word.replace("x", "ks").replace("ph", "f").replace("y", "i").replace("w", "v")
    return re.sub(r"(.)\1", r"\1", w)


def given_compatible(x: str, y: str) -> bool:
    """Same given name: equal, an initial of the other, or a transliteration.

    Transliterations (Sergei/Sergey, Dmitri/Dmitry, Aleksandr/Alexander,
    Mikheil/Mikhail) share first letter, consonants and last letter;
    Maria/Mario (last letter) and Jon/John (consonants) do not.
    """
    x, y = x.strip("-"), y.strip("-")
    if not x or not y:
        return True
    if x == y:
        return True
    if len(x) == 1 or len(y) == 1:
        return x[0] == y[0]
    return _given_key(x) == _given_key(y)


_GIVEN_KEYS: dict[str, tuple] = {}


def _given_key(word: str) -> tuple:
    """(first letter, last letter, consonants) after transliteration."""
    key = _GIVEN_KEYS.get(word)
    if key is None:
        t = _translit(word)
        key = (t[0], t[-1], re.sub(r"[aeiou]", "", t))
        if len(_GIVEN_KEYS) < 100_000:
            _GIVEN_KEYS[word] = key
    return key


def names_compatible(a: NameParts, b: NameParts) -> bool:
    """Same surname and no given name that contradicts."""
    if a.surname != b.surname:
        return False
    for x, y in zip(a.given, b.given):
        if not given_compatible(x, y):
            return False
    return True


class _UF:
    def __init__(self, items):
        self.parent = {i: i for i in items}

    def find(self, x):
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a, b):
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            if rb < ra:
                ra, rb = rb, ra
            self.parent[rb] = ra


def cluster_names(speakers: list[dict]) -> list[list[str]]:
    """Group speaker rows (``id``, ``name``, ``kind``) naming the same person.

    Returns lists of ids (each sorted, groups sorted) with more than one
    member; everything else stays as it is.  Names are compared only with
    names of the same surname (steps 2-4 of the module docstring).
    """
    by_surname: dict[str, list[tuple[str, NameParts]]] = defaultdict(list)
    kind_of = {}
    for sp in speakers:
        parts = parse_name(sp["name"])
        if len(parts.surname) < 2 or not _is_person_name(sp["name"]):
            continue
        by_surname[parts.surname].append((sp["id"], parts))
        kind_of[sp["id"]] = sp.get("kind") or "person"
    groups: list[list[str]] = []
    for surname in sorted(by_surname):
        members = sorted(by_surname[surname], key=lambda m: m[0])
        uf = _surname_groups(members)
        comps: dict[str, list[str]] = defaultdict(list)
        for i, _ in members:
            comps[uf.find(i)].append(i)
        # a group needs at least one member the extractor took for a person
        groups.extend(
            sorted(c) for c in comps.values() if len(c) > 1 and any(kind_of[i] == "person" for i in c)
        )
    # Korean-style names: "Ban" for "Ban Ki-moon" (family name first).
    return sorted(groups)


def _surname_groups(members: list[tuple[str, NameParts]]) -> _UF:
    """The names of one surname, joined: specific names among themselves, then
    names with one given name, which join a unique specific group, then the bare
    surname, which joins only an unambiguous one."""
    full2 = [m for m in members if len(m[1].given) >= 2]
    full1 = [m for m in members if len(m[1].given) == 1]
    bare = [m for m in members if not m[1].given]
    uf = _UF([m[0] for m in members])
    # Step 2: specific names group among themselves; step 3: names with
    # one given name likewise.
    for level in (full2, full1):
        _join_compatible(uf, level)
    _join_one_given(uf, full2, full1)
    # Step 4: a bare surname joins only an unambiguous surname.
    roots = sorted({uf.find(i) for i, _ in full2 + full1})
    if len(roots) == 1:
        for i, p in bare:
            if not _cut_from_a_name(p):
                uf.union(i, roots[0])
    elif not roots:
        for i, _ in bare[1:]:
            uf.union(bare[0][0], i)
    else:
        # "Bush", "Mr. Bush", "Pres. Bush": one ambiguous surname, one row
        _union_bare(uf, bare)
    return uf


def _join_compatible(uf: _UF, level: list[tuple[str, NameParts]]) -> None:
    """Join compatible names of one level.  Compatible names share the first
    letter of their first given name, so only those are compared pairwise."""
    buckets: dict[str, list] = defaultdict(list)
    for m in level:
        buckets[m[1].given[0][:1]].append(m)
    for bucket in buckets.values():
        for i, (ia, pa) in enumerate(bucket):
            for ib, pb in bucket[i + 1 :]:
                if names_compatible(pa, pb):
                    uf.union(ia, ib)


def _join_one_given(uf: _UF, full2: list, full1: list) -> None:
    """Step 3, continued: a one-given-name group joins a unique specific group."""
    specific_roots = sorted({uf.find(i) for i, _ in full2})
    f1_groups: dict[str, list[tuple[str, NameParts]]] = defaultdict(list)
    for m in full1:
        f1_groups[uf.find(m[0])].append(m)
    by_root: dict[str, list] = defaultdict(list)
    for i2, q in full2:
        by_root[uf.find(i2)].append(q)
    for root, group in sorted(f1_groups.items()):
        fits = [
            r
            for r in specific_roots
            if any(
                p.given[0][:1] == q.given[0][:1] and names_compatible(p, q)
                for _, p in group
                for q in by_root[r]
            )
        ]
        if len(fits) == 1:
            uf.union(root, fits[0])


_FEMALE_TITLES = frozenset(("mrs", "ms", "miss", "madam", "madame", "lady", "dame"))


def _role_words(parts: NameParts) -> set[str]:
    return {w.lower().rstrip(".") for w in (parts.role or "").split()}


def _titled(parts: NameParts) -> bool:
    """Cut from a title only a person carries: "Mr.", "President", "Pres.", "Senator"
    (not "the vice president of": what follows is the organisation)."""
    words = _role_words(parts)
    return bool(words & (PERSONAL_TITLES | OFFICE_WORDS | _PERSON_TITLES)) and not words & {"of", "for"}


# titles only a person carries (not "General", which heads "General Motors" as often as a general's name)
_PERSON_TITLES = frozenset(("pres", "sen", "gov", "rep", "gen", "col", "lt", "maj", "capt", "adm", "sgt", "colonel",
                            "captain", "lieutenant", "admiral", "sergeant", "ayatollah", "sheikh", "rabbi", "imam"))


def _cut_from_a_name(parts: NameParts) -> bool:
    """Cut from a capitalised word that is no person's title: the surname may
    be the rest of a name ("General Motors", "Federal Bureau")."""
    last = (parts.role or "").split()[-1:]
    return bool(last) and last[0][:1].isupper() and not _titled(parts)


def _union_bare(uf: _UF, bare: list[tuple[str, NameParts]]) -> None:
    """The bare surname and its person's titles ("Bush", "Mr. Bush", "Pres.
    Bush") are one row; a woman's title ("Mrs. Bush") names someone else, and
    other cut words ("General Motors", "Federal Bureau") may name anything."""
    plain = [ident for ident, parts in bare
             if (parts.role is None or _titled(parts)) and not _role_words(parts) & _FEMALE_TITLES]
    for ident in plain[1:]:
        uf.union(plain[0], ident)


def canonical(members: list[dict]) -> tuple[str, str, str | None]:
    """(id, name, role) for a merged speaker: the fullest, most used name."""
    from ..store.articles import slugify

    def key(sp):
        parts = parse_name(sp["name"])
        return (-len(parts.given) if parts.given else 1, -(sp.get("claim_count") or 0), sp["id"])

    best = min(members, key=key)
    parts = parse_name(best["name"])
    # a name with middle initials is fuller but less common: prefer the
    # most used of the names with a given name
    with_given = [m for m in members if parse_name(m["name"]).given]
    if with_given:
        best = min(with_given, key=lambda sp: (-(sp.get("claim_count") or 0), -len(sp["name"]), sp["id"]))
        parts = parse_name(best["name"])
    roles = [parse_name(m["name"]).role or m.get("role") for m in members]
    role = best.get("role") or next((r for r in roles if r), None)
    name = parts.core_name or best["name"]
    return slugify(name), name, role


_SPEAKER_COLUMNS = ("id", "name", "kind", "role", "aliases", "claim_count")


def resolve_speakers(db, speaker_ids=None, article_ids=None) -> dict:
    """Merge speaker rows naming one person; returns counts for the summary.

    With ``speaker_ids`` (a load's new speakers), only the surnames those
    speakers carry are reconsidered, read through the store's surname key
    (``key_surnames``), and bare surnames are resolved within
    ``article_ids`` only; without, everything is.  Claims are repointed to
    the merged row before the alias rows are deleted (claims.speaker_id is
    a foreign key).
    """
    conn = db.conn
    if speaker_ids is None:
        rows = [dict(zip(_SPEAKER_COLUMNS, r)) for r in conn.execute(_select_speakers())]
    else:
        rows = _speakers_sharing_surnames(conn, set(speaker_ids))
    by_id = {r["id"]: r for r in rows}
    merged = 0
    touched: set[str] = set()  # speakers whose claims moved
    for group in cluster_names(rows):
        merged += _merge_group(conn, [by_id[i] for i in group], by_id, touched)
    merged_bare = _resolve_bare_in_article(db, article_ids if speaker_ids is not None else None, touched)
    if merged or merged_bare:
        _recount(conn, touched if speaker_ids is not None else None)
    return {"merged": merged, "repointed": merged_bare, "speakers": touched}


def _select_speakers() -> str:
    return f"select {', '.join(_SPEAKER_COLUMNS)} from speakers"


def key_surnames(conn) -> None:
    """Fill ``speakers.surname`` (store migration ``m025_speaker_surnames``:
    indexed, cleared when a name changes) where it is NULL: the rows added or
    renamed since the last load's alias step, found through the index, each
    keyed by ``parse_name``'s surname ('' for none).  A change to what
    ``parse_name`` calls a surname needs a migration clearing the column."""
    rows = conn.execute("select rowid, name from speakers where surname is null").fetchall()
    if rows:
        conn.executemany("update speakers set surname = ? where rowid = ?",
                         [(parse_name(name or "").surname, rowid) for rowid, name in rows])


def _rows_where(conn, select: str, column: str, values) -> dict[int, tuple]:
    """rowid -> the rest of ``select``'s row (its first column is the rowid) for
    the rows whose ``column`` is one of ``values``, read 500 values a query."""
    out: dict[int, tuple] = {}
    for chunk in in_lists(sorted(values)):
        out.update((r[0], r[1:]) for r in conn.execute(
            f"{select} where {column} in ({','.join('?' * len(chunk))})", chunk))
    return out


def _speakers_sharing_surnames(conn, wanted: set[str]) -> list[dict]:
    """The load's speakers and those sharing a surname with them, in table order,
    looked up by the surname key: what is read is what is returned, at any size
    (a pass over every name read 13,700 names at 160,000 claims for a load's 700
    surnames, 2,800 at 9,000)."""
    key_surnames(conn)
    cols = ", ".join(_SPEAKER_COLUMNS)
    found = _rows_where(conn, f"select rowid, surname, {cols} from speakers", "id", wanted)
    surnames = {r[0] for r in found.values()} - {""}
    rows = {rowid: r[1:] for rowid, r in found.items()}
    rows.update(_rows_where(conn, f"select rowid, {cols} from speakers", "surname", surnames))
    return [dict(zip(_SPEAKER_COLUMNS, rows[rowid])) for rowid in sorted(rows)]


def _merge_group(conn, members: list[dict], by_id: dict, touched: set[str]) -> int:
    """One group of speaker rows into its canonical row (updated, or inserted
    when the canonical name is new), claims repointed, the others deleted;
    returns how many rows were merged away."""
    cid, cname, crole = canonical(members)
    if cid not in by_id and conn.execute("select 1 from speakers where id = ?", [cid]).fetchone():
        return 0  # the merged name is another speaker's ("Australia" for "Australia and Japan")
    kind = "person"
    names = set()
    for m in members:
        names.add(m["name"])
        try:
            names.update(json.loads(m["aliases"] or "[]"))
        except ValueError:
            pass
    names.add(cname)
    aliases = json.dumps(sorted(names), ensure_ascii=False)
    if cid in by_id:
        conn.execute(
            "update speakers set name = ?, kind = ?, role = coalesce(role, ?), aliases = ? where id = ?",
            [cname, kind, crole, aliases, cid],
        )
    else:
        conn.execute(
            "insert into speakers (id, name, kind, role, aliases, claim_count) values (?, ?, 'person', ?, ?, 0)",
            [cid, cname, crole, aliases],
        )
    others = [m["id"] for m in members if m["id"] != cid]
    if others:
        marks = ",".join("?" * len(others))
        conn.execute(f"update claims set speaker_id = ? where speaker_id in ({marks})", [cid] + others)
        touched.update([cid, *others])
        conn.execute(f"delete from speakers where id in ({marks})", others)
    return len(others)


def _recount(conn, speaker_ids=None) -> None:
    """Claim counts of these speakers (of all without), and the big speakers' page counts."""
    count = "update speakers set claim_count = (select count(*) from claims where claims.speaker_id = speakers.id)"
    if speaker_ids is None:
        conn.execute(count)
    else:
        for chunk in in_lists(sorted(speaker_ids)):
            conn.execute(f"{count} where id in ({','.join('?' * len(chunk))})", chunk)
    speaker_counts.refresh(conn)


def _resolve_bare_in_article(db, article_ids=None, touched: set | None = None) -> int:
    """Point "Bush" claims at the one Bush the articles support (``_BareEvidence``),
    in ``article_ids`` only, when given: a load looks at its own articles, not
    at every bare surname in the database, and reads their namesakes by the
    surname key (``_namesakes``)."""
    conn = db.conn
    present = None if article_ids is None else _speaker_articles(conn, article_ids)
    surnames = None if present is None else _bare_surnames(conn, present)
    if surnames is not None and not surnames:
        return 0  # no bare surname to resolve in these articles: spare reading every speaker
    if surnames is None:
        rows = conn.execute("select id, name, kind from speakers").fetchall()
    else:
        rows = _namesakes(conn, surnames)
    names = _surname_index(rows)
    evidence = _BareEvidence(conn)
    moved = 0
    for sid, (kind, parts) in sorted(names.bare.items()):
        cands = names.full.get(parts.surname)
        if not cands or (present is not None and sid not in present):
            continue
        sure = _sure_candidates(parts, kind, names.sure.get(parts.surname, []), names.forenamed)
        if len(cands) < 2 and not sure:
            continue  # (one candidate: ``cluster_names`` merged them unless its kinds forbade it)
        if sure:
            # the surname of a person's surname names a person, whatever the sourcing guessed ("Obama")
            conn.execute("update speakers set kind = 'person' where id = ? and kind is not 'person'", [sid])
        if present is None:
            articles = [r[0] for r in conn.execute("select distinct article_id from claims where speaker_id = ?",
                                                   [sid])]
        else:
            articles = sorted(present[sid])
        moved += _repoint_bare(conn, evidence, sid, articles, sorted(cands), sure, touched)
    return moved


class _SurnameIndex(NamedTuple):
    """The people's names of the speakers read, by surname."""

    full: dict  # surname -> ids of full names ("George W. Bush")
    sure: dict  # surname -> ids of full names that surely name a person (``_person_candidate``)
    forenamed: set  # surnames a full name with a known forename carries ("John McCain")
    bare: dict  # id of a bare surname -> (kind, NameParts)


def _surname_index(rows) -> _SurnameIndex:
    full_by_surname: dict[str, list[str]] = defaultdict(list)
    sure_by_surname: dict[str, list[str]] = defaultdict(list)
    forenamed: set[str] = set()
    bare: dict[str, tuple[str, NameParts]] = {}
    for sid, name, kind in rows:
        if not _is_person_name(name):
            continue
        parts = parse_name(name)
        if parts.given:
            full_by_surname[parts.surname].append(sid)
            if _person_candidate(parts, kind):
                sure_by_surname[parts.surname].append(sid)
            if parts.given[0] in FORENAMES:
                forenamed.add(parts.surname)
        else:
            bare[sid] = (kind, parts)
    return _SurnameIndex(full_by_surname, sure_by_surname, forenamed, bare)


def _repoint_bare(conn, evidence, sid: str, articles: list[str], cands: list[str], sure: list[str],
                  touched: set | None) -> int:
    """A bare surname's claims, article by article, to the full name the article
    supports (``_BareEvidence.target``); returns how many claims moved."""
    moved = 0
    for article_id in articles:
        target = evidence.target(article_id, cands, sure)
        if target is None:
            continue
        cur = conn.execute("update claims set speaker_id = ? where article_id = ? and speaker_id = ?",
                           [target, article_id, sid])
        moved += cur.rowcount
        if touched is not None and cur.rowcount:
            touched.update([target, sid])
    return moved




def _person_candidate(parts: NameParts, kind: str | None) -> bool:
    """A full name a bare surname may stand for: a known forename or an initial
    first ("John McCain", "J. Smith"), or a person's row whose given names are
    no function word, country, nationality or acronym ("Anders Fogh Rasmussen";
    not "In Iran", "Both Russia", "British MPs")."""
    first = parts.given[0]
    if len(first) == 1 or first in FORENAMES:
        return True
    if kind != "person":
        return False
    words = parts.core[:-1]
    return not any(
        w.lower().rstrip(".") in STOPWORDS or fold_word(w) in COUNTRY_LIKE or fold_word(w) in NOT_NAME
        or _NATIONALITY.match(w) or (len(w) > 1 and w.isupper())
        for w in words
    )


def _sure_candidates(parts: NameParts, kind: str | None, sure: list[str], forenamed: set[str]) -> list[str]:
    """The full names the article's text and the period may give this bare
    surname: none unless it names a person (a person's row, a person's title,
    or the surname of a known forename's bearer) and is no country or
    function word ("Motors" of "General Motors", "Iran")."""
    if parts.surname in COUNTRY_LIKE or parts.surname in STOPWORDS or _cut_from_a_name(parts):
        return []
    if not (kind == "person" or _titled(parts) or parts.surname in forenamed):
        return []
    return sorted(sure)


# How far around an article's date the quotes of a surname's bearers are counted,
# and the share of them one bearer must hold to take the article's bare surname.
PERIOD_DAYS = 180
PERIOD_SHARE = 0.8
PERIOD_MIN_ARTICLES = 3


class _BareEvidence:
    """Which of several full names (speaker ids) an article's bare surname names.

    1. The article quotes one of them under a full name: that one (two: none).
    2. Else its text: the full names it gives the surname ("President George
       W. Bush", "his brother Jeb Bush"), each compatible with one candidate
       or, when it starts with a known forename or an initial, someone else.
       Exactly one candidate and nobody else: that one; more: none.
    3. Else the period: the candidate quoted in at least ``PERIOD_SHARE`` of
       the articles within ``PERIOD_DAYS`` of its date that quote any of them
       (and in at least ``PERIOD_MIN_ARTICLES``): the one the news of those
       months means by the bare surname.  Two bearers both quoted then
       ("Clinton" while both Clintons campaign): none.
    """

    def __init__(self, conn):
        self.conn = conn
        self._dates: dict[str, list[int]] = {}
        self._names: dict[str, list[NameParts]] = {}

    def target(self, article_id: str, cands: list[str], sure: list[str]) -> str | None:
        marks = ",".join("?" * len(cands))
        named = {r[0] for r in self.conn.execute(
            f"select distinct speaker_id from claims where article_id = ? and speaker_id in ({marks})",
            [article_id, *cands])}
        if named or not sure:
            return next(iter(named)) if len(named) == 1 else None
        row = self.conn.execute("select text, headline, published from articles where id = ?",
                                [article_id]).fetchone()
        if row is None:
            return None
        named = self._named_in(f"{row[1] or ''}\n{row[0] or ''}", sure)
        if named:
            return next(iter(named)) if len(named) == 1 and "" not in named else None
        return self._by_period(sure, day_number(row[2]))

    def _named_in(self, text: str, sure: list[str]) -> set[str]:
        """The candidates the text names in full, with ``""`` for anyone else of that surname."""
        spellings = {p.core[-1] for c in sure for p in self._parts(c)}
        found: set[str] = set()
        pattern = _FULL_NAME_BEFORE.format("|".join(map(re.escape, sorted(spellings))))
        for m in re.finditer(pattern, text):
            words = m.group(1).split()
            # not across a sentence's end ("... William Donaldson. Bush has ..."): an initial or a title may end in "."
            ends = [j for j, w in enumerate(words) if w.endswith(".") and len(w) > 2 and w.count(".") == 1
                    and w.lower().rstrip(".") not in TITLE_WORDS]
            words = words[ends[-1] + 1:] if ends else words
            for k in range(len(words)):
                parts = parse_name(" ".join([*words[k:], m.group(2)]))
                if not parts.given:
                    break  # "President Bush": titles only
                fits = [c for c in sure if any(names_compatible(parts, q) for q in self._parts(c))]
                if len(fits) == 1 or len(parts.given[0]) == 1 or parts.given[0] in FORENAMES:
                    found.update(fits if len(fits) == 1 else [""])
                    break
        return found

    def _parts(self, cand: str) -> list[NameParts]:
        """The candidate's full names, parsed: its name and its aliases."""
        if cand not in self._names:
            row = self.conn.execute("select name, aliases from speakers where id = ?", [cand]).fetchone()
            names = {row[0]} if row else set()
            try:
                names.update(json.loads(row[1] or "[]") if row else [])
            except ValueError:
                pass
            self._names[cand] = [p for p in map(parse_name, sorted(names)) if p.given]
        return self._names[cand]

    def _by_period(self, cands: list[str], day: int | None) -> str | None:
        if day is None:
            return None
        counts = {}
        for c in cands:
            days = self._days(c)
            counts[c] = bisect.bisect_right(days, day + PERIOD_DAYS) - bisect.bisect_left(days, day - PERIOD_DAYS)
        total = sum(counts.values())
        best = max(cands, key=lambda c: (counts[c], c))
        if counts[best] >= max(PERIOD_MIN_ARTICLES, PERIOD_SHARE * total):
            return best
        return None

    def _days(self, cand: str) -> list[int]:
        """The dates (day numbers) of the articles quoting this speaker, sorted, one per article."""
        if cand not in self._dates:
            rows = self.conn.execute(
                "select distinct a.id, a.published from claims c join articles a on a.id = c.article_id "
                "where c.speaker_id = ?", [cand])
            self._dates[cand] = sorted(d for d in (day_number(r[1]) for r in rows) if d is not None)
        return self._dates[cand]


# up to four capitalised words (given names, initials, titles) before one of the surname's spellings
_FULL_NAME_BEFORE = r"((?:\b[A-Z][\w.'’-]*\s+){{1,4}})({})\b"


def _bare_surnames(conn, speaker_ids) -> set[str]:
    """The surnames of those of these speakers that are bare surnames (a person's name without a given name)."""
    out = set()
    for chunk in in_lists(sorted(speaker_ids)):
        for (name,) in conn.execute(f"select name from speakers where id in ({','.join('?' * len(chunk))})", chunk):
            if _is_person_name(name) and not parse_name(name).given:
                out.add(parse_name(name).surname)
    return out


def _namesakes(conn, surnames: set[str]) -> list[tuple]:
    """(id, name, kind) of the speakers, in table order, whose surname (as
    ``parse_name`` gives it) is one of these, read by the surname key: the
    names renamed or added by the step's merges are keyed first."""
    key_surnames(conn)
    rows = _rows_where(conn, "select rowid, id, name, kind from speakers", "surname", surnames)
    return [rows[rowid] for rowid in sorted(rows)]


def _speaker_articles(conn, article_ids) -> dict[str, set[str]]:
    """speaker id -> the articles among ``article_ids`` holding a claim of theirs."""
    out: dict[str, set[str]] = defaultdict(set)
    for chunk in in_lists(sorted(set(article_ids))):
        for art, sid in conn.execute(
            f"select distinct article_id, speaker_id from claims where article_id in ({','.join('?' * len(chunk))}) "
            "and speaker_id is not null",
            chunk,
        ):
            out[sid].add(art)
    return out


# Speaker evidence for a pair of claims (``speaker_relation``).
SAME, UNKNOWN, DIFFERENT = 1, 0, -1
_ARTICLES = frozenset(("the", "a", "an"))
# Words naming an office a person holds (a subset of TITLE_WORDS: not "party", "state", "army").
OFFICE_WORDS = frozenset(
    """
    president minister secretary chancellor premier king queen prince princess sheikh emir pope cardinal
    bishop archbishop senator governor mayor ambassador envoy spokesman spokeswoman spokesperson chief
    chairman chairwoman director commissioner commander judge attorney
    """.split()
) | PUBLIC_OFFICES
_ORG_JOINERS = frozenset(("of", "for", "and", "the", "on", "de", "du", "la", "des"))


def confident_kind(name: str) -> str | None:
    """"person" or "organisation" when ``name`` clearly names one, else None.

    A person: a name with a given name and a surname ("Frank Ford").  An
    organisation: capitalised words with an acronym or an organisation word
    ("the UNHCR", "Amnesty International").  Descriptions ("the minutes",
    "a witness", "The Rwandan") and bare surnames ("Al-Mutlaq", which may be
    anyone of that name) are not: the extractor takes them from the
    sentence, and a report often names the same person otherwise.
    """
    parts = parse_name(name)
    if parts.given and looks_like_person(parts, name):
        return "person"
    words = [w for w in _SPACES.split(name_head(name)) if w]
    while words and words[0].lower() in _ARTICLES:
        words = words[1:]
    named = [w for w in words if w.lower() not in _ORG_JOINERS]
    if not named or not all(w[:1].isupper() for w in named):
        return None
    if any(part in OFFICE_WORDS for w in named for part in w.lower().strip(".").split("-")):
        # "UN Secretary-General", "the Chairman of SADC": an office, held by
        # a person another report may name
        return None
    if any(len(w) > 1 and w.isupper() for w in named) or any(w.lower() in ORG_WORDS for w in named):
        return "organisation"
    return None


@lru_cache(maxsize=50_000)
def speaker_relation(name_a: str | None, name_b: str | None) -> int:
    """SAME (1), UNKNOWN (0) or DIFFERENT (-1) speaker for two speaker names.

    SAME: one name, or compatible full names ("Sergei Lavrov" / "Sergey
    Lavrov").  DIFFERENT: both clearly name someone (see ``confident_kind``)
    and not the same one.  Anything else -- a missing name, a bare surname,
    a description such as "the memo" -- is UNKNOWN: the words must decide.
    """
    if not name_a or not name_b:
        return UNKNOWN
    pa, pb = parse_name(name_a), parse_name(name_b)
    if pa.surname and [pa.surname, *pa.given] == [pb.surname, *pb.given]:
        return SAME
    if pa.surname and pa.surname == pb.surname and names_compatible(pa, pb):
        return SAME if (pa.given and pb.given) else UNKNOWN
    kind_a, person_a = _name_facts(name_a)
    kind_b, person_b = _name_facts(name_b)
    if kind_a and kind_b:
        return DIFFERENT
    if person_a and person_b and pa.surname != pb.surname and (_surely_person(pa) or _surely_person(pb)):
        # "Mr Howard" / "John Currie": two surnames, two people -- unless a
        # lone word is the other's given name ("David" / "David DeBatto").
        # Two lone capitalised words ("Vatican" / "Tarcisio") say too little.
        lone = [p for p, q in ((pa, pb), (pb, pa)) if not p.given and p.surname in q.given]
        return UNKNOWN if lone else DIFFERENT
    return UNKNOWN


@lru_cache(maxsize=100_000)  # every load's matching reads every speaker's name
def _is_person_name(name: str) -> bool:
    return looks_like_person(parse_name(name), name)


@lru_cache(maxsize=50_000)
def _name_facts(name: str) -> tuple[str | None, bool]:
    """(``confident_kind(name)``, does it look like a person's name)."""
    return confident_kind(name), looks_like_person(parse_name(name), name)


PERSONAL_TITLES = HONORIFICS | {"prof", "professor"}


def _surely_person(parts: NameParts) -> bool:
    """A given name, or a title only people carry ("Mr Howard")."""
    role_words = {w.lower().rstrip(".") for w in (parts.role or "").split()}
    return bool(parts.given) or bool(role_words & PERSONAL_TITLES)
