"""Read fact-check archives into plain records (no database, no Datasette).

Formats, detected from the content (a ``.gz`` file is unpacked first):

* schema.org ``ClaimReview`` JSON-LD: one object, a list, a ``@graph``, or the
  ``<script type="application/ld+json">`` blocks of saved HTML pages;
* Google Fact Check Tools API ``claims:search`` responses (``{"claims": [...]}``),
  one record per review of each claim;
* JSON lines, a JSON list of objects, or CSV/TSV with a header, with the claim
  text, claimant, date, rating and URL under any of the usual column names
  (the CheckThat! 2021 verified-claims corpora are such files).

``parse_*`` functions yield :class:`FactCheck` records and :class:`Problem`
reports for malformed input; they never raise on bad records.
"""

from __future__ import annotations

import csv
import datetime
import gzip
import hashlib
import io
import json
import re
from dataclasses import asdict, dataclass, field

FIELDS = (
    "id", "claim", "claimant", "claim_date", "rating", "rating_value", "best_rating", "worst_rating",
    "title", "url", "publisher", "review_date", "language",
)


@dataclass
class FactCheck:
    claim: str
    id: str | None = None
    claimant: str | None = None
    claim_date: str | None = None
    rating: str | None = None
    rating_value: float | None = None
    best_rating: float | None = None
    worst_rating: float | None = None
    title: str | None = None
    url: str | None = None
    publisher: str | None = None
    review_date: str | None = None
    language: str | None = None
    format: str = "records"

    def __post_init__(self):
        if not self.id:
            key = "\x1f".join([self.url or "", " ".join((self.claim or "").split()), self.publisher or ""])
            self.id = "fc-" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]

    def as_row(self) -> dict:
        return asdict(self)


@dataclass
class Problem:
    where: str  # "line 12", "record 3", "script 2"...
    reason: str
    record: str = field(default="")

    def __str__(self) -> str:
        return f"{self.where}: {self.reason}"


@dataclass
class LeftOut:
    """A field of an imported fact-check that could not be kept as it stood (a link that is
    no web address, a date that is no date): the field is empty, the fact-check imported."""
    field: str  # "url", "review_date", "claim_date"
    value: str
    reason: str

    def __str__(self) -> str:
        return f"its {self.field} {self.value[:80]!r} {self.reason}: left out, the fact-check imported"


# A fact-check's own link is shown as a link and exported: only a web address may be one
# ("javascript:...", "data:..." and a bare word never are).
_WEB_SCHEMES = ("http", "https")
# ISO 8601 as the pages and ClaimReview write dates: a year, a month or a day.
_ISO_PARTIAL = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?")


def _bad_url(url: str) -> str | None:
    from urllib.parse import urlsplit

    try:
        parts = urlsplit(url)
    except ValueError:
        return "is not a valid web address"
    if not parts.scheme and (url.startswith("/") or "." not in url.split("/", 1)[0]):
        return "is a relative address (import with --url-base and the fact-checker's site to keep it)"
    if not _with_host(parts):
        return "is not a web address (http:// or https://)"
    return None


def is_web_address(url: str) -> bool:
    """Is ``url`` an http(s) address with a host (an imported link; the CLI's address options)?"""
    from urllib.parse import urlsplit

    try:
        return _with_host(urlsplit(url))
    except ValueError:
        return False


def _with_host(parts) -> bool:
    return parts.scheme.lower() in _WEB_SCHEMES and bool(parts.netloc)


def left_out(fc: FactCheck) -> list[LeftOut]:
    """Empty the fields of ``fc`` that cannot be shown or exported as they stand, saying which:
    a ``url`` that is not an http(s) address, a ``review_date`` or ``claim_date`` that no date
    reading turned into ``YYYY-MM-DD`` ("yesterday"). The rest of the record stands."""
    out = []
    if fc.url:
        reason = _bad_url(fc.url)
        if reason:
            out.append(LeftOut("url", fc.url, reason))
            fc.url = None
    for name in ("review_date", "claim_date"):
        value = getattr(fc, name)
        if value and not _ISO_PARTIAL.fullmatch(value):
            out.append(LeftOut(name, value, "is not a date (YYYY-MM-DD)"))
            setattr(fc, name, None)
    return out


# -- small value helpers ---------------------------------------------------------

_MONTHS = {m: i for i, m in enumerate(
    "january february march april may june july august september october november december".split(), 1)}
_MONTHS.update({m[:3]: i for m, i in list(_MONTHS.items())})
_MONTHS["sept"] = 9
_ISO = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_WRITTEN = re.compile(r"\b([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b")
_SURROGATE = re.compile("[\ud800-\udfff]")
_DMY = re.compile(r"\b(\d{1,2})\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})\b")


def norm_date(value) -> str | None:
    """``YYYY-MM-DD`` from ISO timestamps and written dates ("stated on October 22, 2019 ...")."""
    if value is None:
        return None
    text = str(value).strip()
    if not text:
        return None
    m = _ISO.search(text)
    if m:
        return _valid(int(m[1]), int(m[2]), int(m[3])) or text
    m = _WRITTEN.search(text)
    if m and m[1].lower() in _MONTHS:
        return _valid(int(m[3]), _MONTHS[m[1].lower()], int(m[2])) or text
    m = _DMY.search(text)
    if m and m[2].lower() in _MONTHS:
        return _valid(int(m[3]), _MONTHS[m[2].lower()], int(m[1])) or text
    return text


def _valid(y, mo, d) -> str | None:
    try:
        return datetime.date(y, mo, d).isoformat()
    except ValueError:
        return None


def _text(value) -> str | None:
    """A clean string from a string, number, or schema.org-style object/list."""
    if value is None:
        return None
    if isinstance(value, dict):
        value = value.get("name") or value.get("@value") or value.get("text") or value.get("headline")
        return _text(value)
    if isinstance(value, list):
        parts = [t for t in (_text(v) for v in value) if t]
        return ", ".join(parts) if parts else None
    if isinstance(value, bool):
        return None
    # lone surrogates ("\ud800" in a JSON string) are not Unicode: SQLite and
    # the id hash refuse them, so they become U+FFFD
    text = _SURROGATE.sub("\ufffd", " ".join(str(value).split()))
    return text or None


def _num(value) -> float | None:
    if value is None or isinstance(value, bool):
        return None
    try:
        n = float(str(value).strip())
    except ValueError:
        return None
    return int(n) if n.is_integer() else n


def _url(value) -> str | None:
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict):
        value = value.get("url") or value.get("@id")
    return _text(value)


def _snippet(obj) -> str:
    try:
        text = obj if isinstance(obj, str) else json.dumps(obj, ensure_ascii=False)
    except (TypeError, ValueError, RecursionError):
        text = repr(obj)[:500] if not isinstance(obj, (dict, list)) else f"<{type(obj).__name__}>"
    return _SURROGATE.sub("\ufffd", text[:500])


# -- ClaimReview -----------------------------------------------------------------------


def _types(obj) -> set[str]:
    t = obj.get("@type") if isinstance(obj, dict) else None
    if isinstance(t, list):
        return {str(x).split("/")[-1].split(":")[-1] for x in t}
    return {str(t).split("/")[-1].split(":")[-1]} if t else set()


def _walk_claimreviews(obj):
    """Every ClaimReview object inside a JSON-LD document (lists, @graph, nesting)."""
    if isinstance(obj, list):
        for item in obj:
            yield from _walk_claimreviews(item)
    elif isinstance(obj, dict):
        if "ClaimReview" in _types(obj):
            yield obj
            return
        for key in ("@graph", "mainEntity", "review", "hasPart", "itemListElement", "item"):
            if key in obj:
                yield from _walk_claimreviews(obj[key])


def from_claimreview(obj: dict) -> FactCheck:
    """One ClaimReview object to a record; ValueError if it has no claim text."""
    claim = _text(obj.get("claimReviewed"))
    item = obj.get("itemReviewed") if isinstance(obj.get("itemReviewed"), dict) else {}
    if not claim:
        claim = _text(item.get("name") or item.get("text"))
    if not claim:
        raise ValueError("ClaimReview without claimReviewed")
    rating = obj.get("reviewRating")
    if isinstance(rating, list):
        rating = rating[0] if rating else None
    rating = rating if isinstance(rating, dict) else {}
    appearance = item.get("firstAppearance") or item.get("appearance")
    claim_date = item.get("datePublished") or (
        appearance.get("datePublished") if isinstance(appearance, dict) else None
    )
    author = obj.get("author") or obj.get("publisher")
    language = obj.get("inLanguage")
    if isinstance(language, dict):
        language = language.get("alternateName") or language.get("name")
    return FactCheck(
        id=None,
        claim=claim,
        claimant=_text(item.get("author")),
        claim_date=norm_date(claim_date),
        rating=_text(rating.get("alternateName")) or _text(rating.get("name")) or _text(rating.get("ratingValue")),
        rating_value=_num(rating.get("ratingValue")),
        best_rating=_num(rating.get("bestRating")),
        worst_rating=_num(rating.get("worstRating")),
        title=_text(obj.get("name") or obj.get("headline")),
        url=_url(obj.get("url")),
        publisher=_text(author),
        review_date=norm_date(obj.get("datePublished")),
        language=_text(language),
        format="claimreview",
    )


def parse_claimreview_doc(doc, where: str = "document"):
    found = False
    for i, obj in enumerate(_walk_claimreviews(doc), 1):
        found = True
        try:
            yield from_claimreview(obj)
        except ValueError as e:
            yield Problem(f"{where}, ClaimReview {i}", str(e), _snippet(obj))
    if not found:
        yield Problem(where, "no ClaimReview found", _snippet(doc))


_SCRIPT = re.compile(
    r"<script\b[^>]*type\s*=\s*[\"']?application/ld\+json[\"']?[^>]*>(.*?)</script\s*>", re.I | re.S
)


def parse_html(text: str):
    blocks = _SCRIPT.findall(text)
    if not blocks:
        yield Problem("page", "no <script type=\"application/ld+json\"> block")
        return
    any_review = False
    for n, block in enumerate(blocks, 1):
        block = block.strip()
        if block.startswith("<!--"):
            block = block[4:]
        if block.endswith("-->"):
            block = block[:-3]
        try:
            doc = json.loads(block)
        except (ValueError, RecursionError) as e:
            yield Problem(f"script {n}", f"invalid JSON-LD: {_json_problem(e)}", block[:500])
            continue
        if not any(True for _ in _walk_claimreviews(doc)):
            continue  # other JSON-LD on the page (breadcrumbs, organisation...)
        any_review = True
        yield from parse_claimreview_doc(doc, where=f"script {n}")
    if not any_review:
        yield Problem("page", "no ClaimReview in the page's JSON-LD")


# -- Google Fact Check Tools API -------------------------------------------------------


def parse_google(doc: dict, where: str = "response"):
    claims = doc.get("claims")
    if not isinstance(claims, list):
        yield Problem(where, "\"claims\" is not a list", _snippet(doc))
        return
    for i, item in enumerate(claims, 1):
        here = f"{where}, claim {i}"
        if not isinstance(item, dict):
            yield Problem(here, "claim is not an object", _snippet(item))
            continue
        text = _text(item.get("text"))
        if not text:
            yield Problem(here, "claim without text", _snippet(item))
            continue
        reviews = item.get("claimReview")
        if not isinstance(reviews, list) or not reviews:
            reviews = [{}]
        for review in reviews:
            if not isinstance(review, dict):
                yield Problem(here, "claimReview entry is not an object", _snippet(review))
                continue
            publisher = review.get("publisher") if isinstance(review.get("publisher"), dict) else {}
            yield FactCheck(
                claim=text,
                claimant=_text(item.get("claimant")),
                claim_date=norm_date(item.get("claimDate")),
                rating=_text(review.get("textualRating")),
                title=_text(review.get("title")),
                url=_url(review.get("url")),
                publisher=_text(publisher.get("name")) or _text(publisher.get("site")),
                review_date=norm_date(review.get("reviewDate")),
                language=_text(review.get("languageCode")),
                format="google-factcheck",
            )


# -- plain records (JSON lines, JSON lists, CSV) ----------------------------------------

ALIASES = {
    "claim": ("claim", "text", "claim_text", "claimtext", "claimreviewed", "statement", "vclaim", "content", "quote"),
    "claimant": ("claimant", "speaker", "author", "claim_author", "who", "said_by"),
    "claim_date": ("claim_date", "claimdate", "date", "stated", "said_on", "date_published", "datepublished"),
    "rating": ("rating", "truth_label", "textualrating", "textual_rating", "verdict", "label", "ruling", "alternatename"),
    "url": ("url", "review_url", "link", "factcheck_url", "article_url", "href"),
    "title": ("title", "headline", "review_title", "name"),
    "publisher": ("publisher", "organization", "organisation", "site", "fact_checker", "factchecker"),
    "review_date": ("review_date", "reviewdate", "published", "checked_on"),
    "id": ("id", "vclaim_id", "claim_id", "identifier", "_id"),
    "language": ("language", "lang", "languagecode", "inlanguage"),
    "rating_value": ("rating_value", "ratingvalue", "score"),
}


def _key(name: str) -> str:
    return re.sub(r"[\s\-]+", "_", str(name).strip().lower())


def from_record(rec: dict, fmt: str = "records") -> FactCheck:
    """A flat record (JSON object or CSV row) to a FactCheck; ValueError without claim text."""
    if "ClaimReview" in _types(rec):
        return from_claimreview(rec)
    lowered = {}
    for k, v in rec.items():
        lowered.setdefault(_key(k), v)
    values = {}
    for target, names in ALIASES.items():
        for name in names:
            v = lowered.get(name)
            if v not in (None, ""):
                values[target] = v
                break
    claim = _text(values.get("claim"))
    if not claim:
        raise ValueError("record without claim text (expected a column such as claim or text)")
    ident = _text(values.get("id"))
    return FactCheck(
        id=ident,
        claim=claim,
        claimant=_text(values.get("claimant")),
        claim_date=norm_date(values.get("claim_date")),
        rating=_text(values.get("rating")),
        rating_value=_num(values.get("rating_value")),
        title=_text(values.get("title")),
        url=_url(values.get("url")),
        publisher=_text(values.get("publisher")),
        review_date=norm_date(values.get("review_date")),
        language=_text(values.get("language")),
        format=fmt,
    )


def _from_object(obj, where: str, fmt: str):
    """Dispatch one parsed JSON value (a line, or the whole file)."""
    if isinstance(obj, dict) and isinstance(obj.get("claims"), list):
        yield from parse_google(obj, where)
    elif isinstance(obj, (dict, list)) and any(True for _ in _walk_claimreviews(obj)):
        yield from parse_claimreview_doc(obj, where)
    elif isinstance(obj, dict):
        try:
            yield from_record(obj, fmt)
        except ValueError as e:
            yield Problem(where, str(e), _snippet(obj))
    elif isinstance(obj, list):
        for i, item in enumerate(obj, 1):
            yield from _from_object(item, f"{where}, item {i}", fmt)
    else:
        yield Problem(where, f"expected a JSON object, got {type(obj).__name__}", _snippet(obj))


def parse_json_lines(text: str):
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except (ValueError, RecursionError) as e:
            yield Problem(f"line {n}", f"invalid JSON: {_json_problem(e)}", line[:500])
            continue
        yield from _guarded(_from_object(obj, f"line {n}", "jsonl"), f"line {n}")


def _json_problem(error: Exception) -> str:
    if isinstance(error, RecursionError):
        return "nested too deeply"
    if "digits" in str(error) and not isinstance(error, json.JSONDecodeError):
        return "a number with more than 4,300 digits"
    return str(error)


def _guarded(items, where: str):
    """Records from one JSON value; a value too deep to walk is one Problem."""
    try:
        yield from items
    except RecursionError:
        yield Problem(where, "nested too deeply")


def parse_csv(text: str, delimiter: str | None = None):
    if delimiter is None:
        first = text.split("\n", 1)[0]
        delimiter = "\t" if first.count("\t") > first.count(",") else ","
    reader = csv.DictReader(io.StringIO(text), delimiter=delimiter)
    if not reader.fieldnames:
        yield Problem("header", "empty CSV")
        return
    keys = {_key(f) for f in reader.fieldnames if f}
    if not keys & set(ALIASES["claim"]):
        yield Problem("header", "no claim text column (claim, text, statement...)", ",".join(reader.fieldnames))
        return
    for n, row in enumerate(reader, 2):
        if None in row:  # more cells than header columns
            yield Problem(f"row {n}", "more cells than the header has columns", _snippet(row))
            continue
        if not any((v or "").strip() for v in row.values()):
            continue
        try:
            yield from_record(row, "csv")
        except ValueError as e:
            yield Problem(f"row {n}", str(e), _snippet(row))


def read_text(path: str) -> str:
    with open(path, "rb") as f:
        return decode_bytes(f.read())


def decode_bytes(data: bytes) -> str:
    """Unpack gzip, then decode by byte-order mark, as UTF-8, else as Windows-1252."""
    if data[:2] == b"\x1f\x8b":
        data = gzip.decompress(data)
    for bom, encoding in ((b"\xff\xfe\x00\x00", "utf-32"), (b"\x00\x00\xfe\xff", "utf-32"),
                          (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16")):
        if data.startswith(bom):
            return data.decode(encoding, errors="replace")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def parse_text(text: str, name: str = ""):
    """Detect the format of ``text`` and yield FactCheck records and Problems."""
    lower = name.lower()
    for suffix in (".gz",):
        if lower.endswith(suffix):
            lower = lower[: -len(suffix)]
    stripped = text.lstrip()
    if not stripped:
        yield Problem("file", "empty input")
        return
    if lower.endswith((".csv", ".tsv")):
        yield from parse_csv(text, "\t" if lower.endswith(".tsv") else None)
        return
    if lower.endswith((".html", ".htm")) or stripped.startswith("<"):
        yield from parse_html(text)
        return
    if stripped[0] in "[{":
        try:
            doc = json.loads(stripped)
        except RecursionError:
            yield Problem("document", "invalid JSON: nested too deeply")
            return
        except ValueError:
            doc = None
        if doc is not None:
            yield from _guarded(_from_object(doc, "document", "json"), "document")
            return
        if stripped[0] == "{":
            yield from parse_json_lines(text)
            return
    if lower.endswith((".jsonl", ".ndjson", ".json")):
        yield from parse_json_lines(text)
        return
    yield from parse_csv(text)


def parse_file(path: str):
    return parse_text(read_text(path), name=path)
