"""Word-level differences between two wordings of one quoted statement.

``word_diff(a, b)`` lines the two texts up word by word (difflib over
lower-cased, punctuation-free words) and reports what a fact-checker wants
to see at a glance: replaced, inserted and deleted words, with changed
numbers and a flipped negation called out.  Words missing only at either
end are a *trim* (a report quoting part of a sentence), not drift.

``meaning_flags(diff)`` names what makes two wordings say different things
-- a flipped negation, a changed number ("4.6" / "6.4"; "thirty" and "30"
are one number), another modal ("will" / "may"), another quantifier
("some commuters" / "every commuter": the scope), another name in the
same place ("Israel" / "Syria") or another span of time ("in a generation"
/ "in a decade") -- so that such a pair is never called the
same claim: on quotations it is drift, on a paraphrase a conflict.
"""

from __future__ import annotations

import difflib
import re
from collections import Counter
from typing import NamedTuple

from ..text import NARROWING_SCOPES, QUANTIFIER_SCOPE, STOPWORDS, diff_tokens, is_content, number_keys
from .predicates import forms
from .similarity import (
    NEGATED_SPAN,
    double_negated,
    has_negation,
    is_negation,
    negation_flipped,
    negation_parity,
    prefix_bases,
)

_NUM = re.compile(r"\d")
# Modal verbs by what they commit the speaker to; "would" is the reported
# form of "will" ("said fares would be frozen").
MODAL_CLASS = {
    "will": "will", "would": "will", "shall": "will", "won't": "will", "wouldn't": "will",
    "may": "may", "might": "may", "could": "may", "can": "may", "can't": "may", "couldn't": "may",
    "must": "must", "should": "must", "ought": "must", "shouldn't": "must", "mustn't": "must",
}


# Verbs that change an amount, by the change they make: its direction, and
# its extent where the verb says one ("halve": to half; "cut": some).  Two
# wordings of one plan that put two different changes in one place ("will
# scrap the levy" / "will halve the levy", "raise the tax" / "cut the tax")
# say two things: a conflict, not one statement reworded.  A change of
# unstated extent and one that states it, in one direction, agree ("cut" /
# "halve"); ending a thing is no cut of it.  Base forms (``predicates.forms``
# inflects them).
CHANGE_CLASS = {
    **dict.fromkeys("scrap abolish eliminate axe repeal".split(), ("end", None)),
    **dict.fromkeys("cut reduce lower slash trim decrease".split(), ("down", None)),
    "halve": ("down", "half"),
    **dict.fromkeys("raise increase hike boost".split(), ("up", None)),
    "double": ("up", "double"), "triple": ("up", "triple"),
    "freeze": ("none", None),
}
_CHANGE_OF = {form: change for base, change in CHANGE_CLASS.items() for form in forms(base)}


def changes(keys: list[str]) -> set[tuple[str, str | None]]:
    """The changes of an amount a phrase's verbs make (``CHANGE_CLASS``)."""
    return {_CHANGE_OF[k] for k in keys if k in _CHANGE_OF}


def changes_differ(keys_a: list[str], keys_b: list[str]) -> bool:
    """Does each side make a change of an amount, and no change of one agree
    with one of the other (same direction; the same extent where both state one)?"""
    ca, cb = changes(keys_a), changes(keys_b)
    return bool(ca and cb) and not any(
        da == db and (xa is None or xb is None or xa == xb) for da, xa in ca for db, xb in cb
    )


# Units of a span of time.  Two wordings of one statement that put another
# span in one place ("a clean harbour in a generation" / "in a decade", "for
# weeks" / "for months") say two things: quoted, a misquote (drift); reworded,
# a conflict.  "second" (an ordinal), "quarter" (a share) and "night" (a time
# of day) are left out: each is as often something else.
SPAN_UNITS = {
    **{w: unit for unit in "minute hour day week fortnight month year decade generation century lifetime".split()
       for w in (unit, unit + "s")},
    "centuries": "century", "lifetimes": "lifetime", "millennium": "millennium", "millennia": "millennium",
}


def spans(keys: list[str]) -> set[str]:
    """The units of time a phrase's words measure a span in (``SPAN_UNITS``)."""
    return {SPAN_UNITS[k] for k in keys if k in SPAN_UNITS}


def spans_differ(keys_a: list[str], keys_b: list[str]) -> bool:
    """Does each side measure a span of time in units the other does not use
    at all ("in a generation" / "in a decade")?  Not when a figure stands on
    one side only: "a decade" / "ten years", "a year" / "12 months" are one
    span written two ways (two figures that differ are a number changed)."""
    sa, sb = spans(keys_a), spans(keys_b)
    if not (sa and sb) or not sa.isdisjoint(sb):
        return False
    def figured(keys: list[str]) -> bool:
        return bool(_number_values([k for k, _ in number_keys(keys)]))

    return figured(keys_a) == figured(keys_b)


def span_changed(a: str, b: str) -> bool:
    """``spans_differ`` over two whole wordings: a paraphrase puts its span
    anywhere, where ``word_diff``'s aligned changes may not reach."""
    return spans_differ(_tokens(a)[1], _tokens(b)[1])


# "has to" commits the speaker as "must" does
_HAVE_TO = frozenset(("has", "have", "had", "having"))


def modal_classes(keys: list[str]) -> set[str]:
    """The modal forces a phrase's words express ("has to" and "must" are one)."""
    found = {MODAL_CLASS[k] for k in keys if k in MODAL_CLASS}
    if any(k in _HAVE_TO and nxt == "to" for k, nxt in zip(keys, keys[1:])):
        found.add("must")
    return found


def quantifier_scopes(keys: list[str]) -> set[str]:
    """The scopes a phrase's quantifiers give (``text.QUANTIFIER_SCOPE``;
    "a few" is "some", "few" alone is "few")."""
    found = {QUANTIFIER_SCOPE[k] for k in keys if k in QUANTIFIER_SCOPE}
    if "few" in found and any(k == "few" and prev == "a" for prev, k in zip(keys, keys[1:])):
        found.discard("few")
        found.add("some")
    return found


def scope_changed(keys_a: list[str], keys_b: list[str]) -> bool:
    """Does one short change put another quantifier before the same words
    ("some commuters" / "every commuter"), or one that narrows a plain noun
    on one side only ("commuters" / "some commuters")?  "every commuter" /
    "all commuters" is one scope; "the commuters" / "all the commuters" too
    (``text.NARROWING_SCOPES``).  A quantifier one side alone has counts
    only where the change is no more than it and function words ("the" /
    "some of the"): "evidence showing its members" / "some of its members"
    rewords the phrase, it does not narrow the same one."""
    scopes_a, scopes_b = quantifier_scopes(keys_a), quantifier_scopes(keys_b)
    if scopes_a and scopes_b:
        return scopes_a != scopes_b
    return bool((scopes_a or scopes_b) & NARROWING_SCOPES) and _function_words(keys_a + keys_b)


def _function_words(keys: list[str]) -> bool:
    """Are all ``keys`` stop words or quantifiers?"""
    return all(k in STOPWORDS or k in QUANTIFIER_SCOPE for k in keys)


def _tokens(text: str) -> tuple[list[str], list[str]]:
    """(words as written, their comparison keys), a number in words one key, its
    value ("thirty" -> "30", "three hundred" -> "300": ``text.number_keys``)."""
    shown, keys = diff_tokens(text)
    out_shown, out_keys, i = [], [], 0
    for key, n in number_keys(keys):
        out_shown.append(" ".join(shown[i : i + n]))
        out_keys.append(key)
        i += n
    return out_shown, out_keys


_VOWELS = re.compile(r"[aeiouy]")


def _skeleton(keys: list[str]) -> str:
    joined = re.sub(r"[^a-z0-9]", "", "".join(keys))
    return _VOWELS.sub("", joined[1:]) if joined else ""


_CONTRACTIONS = (
    ("can't", "can not"), ("cannot", "can not"), ("won't", "will not"), ("shan't", "shall not"),
    ("n't", " not"), ("let's", "let us"), ("'re", " are"), ("'ll", " will"), ("'ve", " have"),
    ("'m", " am"), ("'d", " would"),
)


def _expand(keys: list[str]) -> str:
    text = " ".join(keys)
    for short, long_ in _CONTRACTIONS:
        text = text.replace(short, long_)
    return text


def same_spelling(a: list[str], b: list[str]) -> bool:
    """"Al Qaida" / "Al-Qaeda", "can't" / "cannot": a spelling, not a word, changed."""
    ja = re.sub(r"[^a-z0-9]", "", _expand(a))
    jb = re.sub(r"[^a-z0-9]", "", _expand(b))
    if ja == jb:
        return True
    if not ja or not jb or ja[0] != jb[0] or abs(len(ja) - len(jb)) > 2:
        return False
    return _skeleton(a) == _skeleton(b)


# An acronym as written: "WMD", "U.S.", "WMDs" (capitals, dots, a plural "s")
_ACRONYM = re.compile(r"(?:[A-Z]\.?){2,}s?")
ACRONYM_MIN_LOWER = 3  # a shorter acronym is read only against capitalised words ("US" / "United States")


def spelled_out(shown_a: list[str], shown_b: list[str]) -> bool:
    """Is one stretch of words the other with an acronym spelled out: an
    acronym on one side whose letters are the initials of the other side's
    words, the rest the same ("KHA" / "Kessby Harbour Authority", "the UN" /
    "the United Nations", "WMD" / "weapons of mass destruction")?  One name,
    two spellings: no other name said.  (Between quotation marks the quoted
    words still changed: a drift, shown as such.)"""
    keys_a, keys_b = _keys(shown_a), _keys(shown_b)
    return same_spelling(_keys(_collapse(shown_b, shown_a)), keys_a) or \
        same_spelling(_keys(_collapse(shown_a, shown_b)), keys_b)


def one_spelling(a: str, b: str) -> tuple[str, str]:
    """``a`` and ``b`` with each run of words spelling out an acronym of the
    other put back as that acronym ("under a United Nations mandate" / "a UN
    mandate": "UN" on both sides), so that an order-free word overlap
    (``decide.paraphrase_evidence``) counts one name written two ways as one
    word, as ``spelled_out`` reads it in the word diff."""
    if not (_ACRONYM.search(a) or _ACRONYM.search(b)):
        return a, b
    wa, wb = a.split(), b.split()
    return " ".join(_collapse(wa, wb)), " ".join(_collapse(wb, wa))


def _keys(shown: list[str]) -> list[str]:
    return [w.lower().replace("\u2019", "'").strip(".,'-") for w in shown]


def _collapse(shown: list[str], other: list[str]) -> list[str]:
    """``shown`` with each run of words spelling out an acronym of ``other``
    put back as that acronym."""
    acronyms = {w: w.replace(".", "").rstrip("s").lower() for w in other if _ACRONYM.fullmatch(w)}
    if not acronyms or len(shown) < 2:
        return shown
    out, i = [], 0
    while i < len(shown):
        end, acronym = next(((e, a) for a, letters in acronyms.items()
                             if (e := _spells(shown, i, letters)) is not None), (None, None))
        out.append(acronym if acronym else shown[i])
        i = end if acronym else i + 1
    return out


def _spells(shown: list[str], at: int, letters: str) -> int | None:
    """Where a run of words from ``at`` ends whose initials are ``letters``
    (function words inside it may be skipped: "weapons of mass destruction"),
    or None."""
    got, k = "", at
    while k < len(shown) and len(got) < len(letters):
        word = shown[k]
        initial = word[:1].lower()
        if initial == letters[len(got)] and (word[:1].isupper() or len(letters) >= ACRONYM_MIN_LOWER):
            got += initial
        elif not got or word.lower() not in STOPWORDS:
            return None
        k += 1
    return k if got == letters and k - at >= 2 else None


def _neg_count(keys: list[str]) -> int:
    return sum(1 for k in keys if is_negation(k))


def _swap_flips(keys_a: list[str], keys_b: list[str]) -> bool:
    """Does one side of an aligned change negate the other: "will → will
    not", "able → unable" (but "are not clear → remain unclear" does not)?"""
    return negation_parity(keys_a, set(keys_b)) != negation_parity(keys_b, set(keys_a))


def _merge_close(opcodes, gap: int = 1) -> list:
    """Join changes separated by at most ``gap`` equal words into one replace.

    "the sake of punishment" -> "punishment's sake" aligns as two changes
    around an equal "sake"; shown as one replaced phrase it reads as what
    it is, a reworded phrase.
    """
    ops = [list(op) for op in opcodes]
    out: list[list] = []
    i = 0
    while i < len(ops):
        op = ops[i]
        if (
            op[0] == "equal"
            and out
            and out[-1][0] != "equal"
            and i + 1 < len(ops)
            and ops[i + 1][0] != "equal"
            and op[2] - op[1] <= gap
        ):
            nxt = ops[i + 1]
            prev = out[-1]
            out[-1] = ["replace", prev[1], nxt[2], prev[3], nxt[4]]
            i += 2
            continue
        if op[0] != "equal" and out and out[-1][0] != "equal":
            prev = out[-1]
            out[-1] = ["replace", prev[1], op[2], prev[3], op[4]]
        else:
            out.append(op)
        i += 1
    return [tuple(op) for op in out]


def word_diff(a: str, b: str) -> dict:
    """How wording ``b`` differs from wording ``a``.

    Returns ``{"ops": [...], "trimmed": {...}, "numbers": ..., "negation": ...,
    "changed": bool, "summary": str}``; ``ops`` holds ``{"op": "replace" |
    "insert" | "delete", "a": words of a, "b": words of b}`` for changes
    inside the stretch both texts share, ``trimmed`` what one side has only
    at its start or end.
    """
    shown_a, keys_a = _tokens(a)
    shown_b, keys_b = _tokens(b)
    matcher = difflib.SequenceMatcher(None, keys_a, keys_b, autojunk=False)
    raw = matcher.get_opcodes()
    opcodes = _merge_close(raw)
    trimmed = _take_trims(opcodes, shown_a, shown_b)
    ops = []
    spelling = []
    for tag, i1, i2, j1, j2 in opcodes:
        if tag == "equal":
            continue
        op = {"op": tag, "a": " ".join(shown_a[i1:i2]), "b": " ".join(shown_b[j1:j2])}
        if tag == "replace" and same_spelling(keys_a[i1:i2], keys_b[j1:j2]):
            spelling.append(op)
        else:
            ops.append(op)
    changed_words = sum(max(len(o["a"].split()), len(o["b"].split())) for o in ops)
    # Only compare numbers / negation over the shared stretch, so a trim
    # that drops a clause is not reported as a changed figure.
    if opcodes:
        lo_a, hi_a = opcodes[0][1], opcodes[-1][2]
        lo_b, hi_b = opcodes[0][3], opcodes[-1][4]
    else:
        lo_a = hi_a = lo_b = hi_b = 0
    core_a, core_b = keys_a[lo_a:hi_a], keys_b[lo_b:hi_b]
    nums_a = [k for k in core_a if _NUM.search(k)]
    nums_b = [k for k in core_b if _NUM.search(k)]
    result: dict = {"ops": ops, "changed": bool(ops)}
    if spelling:
        result["spelling"] = spelling
    shared = max(1, min(hi_a - lo_a, hi_b - lo_b))
    result["changed_share"] = round(min(1.0, changed_words / shared), 3)
    if trimmed:
        result["trimmed"] = trimmed
    if _number_values(nums_a) != _number_values(nums_b):
        result["numbers"] = {"a": nums_a, "b": nums_b}
    if negation_flipped(core_a, core_b):
        result["negation"] = True
    meaning = _meaning_with_negation(ops, raw, keys_a, keys_b)
    if "negation" in meaning and "negation" not in result and _only_restated(core_a, core_b):
        meaning = [f for f in meaning if f != "negation"]
    if _negating_lead(trimmed.get("start")):
        # "We have no evidence that | the fire was started deliberately": one
        # side wraps the shared clause in a negation
        result["negation"] = True
        meaning = [f for f in MEANING_FLAGS if f == "negation" or f in meaning]
    if meaning:
        result["meaning"] = meaning
    result["summary"] = summary(result)
    return result


def _meaning_with_negation(ops: list[dict], raw: list, keys_a: list[str], keys_b: list[str]) -> list[str]:
    """``_meaning`` of the shown changes, with a negation gained or lost in the
    word-for-word alignment that the shown (merged) changes do not weigh."""
    meaning = _meaning(ops)
    if "negation" not in meaning and (
        _local_negation(raw, keys_a, keys_b) or _negates_shared_word(raw, keys_a, keys_b)
    ):
        meaning = [f for f in MEANING_FLAGS if f == "negation" or f in meaning]
    return meaning


def _only_restated(core_a: list[str], core_b: list[str]) -> bool:
    """Is one wording's "only" the other's two negations: "will only sell wool
    to towns that signed the treaty" / "did not sell wool to towns that had not
    signed it"?  Restricting to some is denying to the rest: each "not" alone
    reads as a flip of a local change, but the two cancel (the whole wordings'
    negations agree, ``negation_flipped``) and the "only" says what they say
    together.  Exactly two negations more on the side without the "only"."""
    for one, other in ((core_a, core_b), (core_b, core_a)):
        if "only" in one and "only" not in other and _neg_count(other) - _neg_count(one) == 2:
            return True
    return False


class Rewording(NamedTuple):
    """How two wordings of one quotation differ in the word-for-word alignment
    (``difflib``'s own changes, before ``_merge_close`` joins neighbours for
    display)."""

    places: int  # separate changes between two shared words
    dropped: int  # content words only the first wording has (a word moved is on both sides)
    added: int  # content words only the second has


def rewording(a: str, b: str) -> Rewording:
    """The places two wordings differ and the content words each has alone:
    a translation swaps words for as many others in several places ("hard
    times" / "difficult conditions", "responded" / "have answered"), a
    misquote changes one place or adds or drops what was said."""
    keys_a, keys_b = _tokens(a)[1], _tokens(b)[1]
    raw = difflib.SequenceMatcher(None, keys_a, keys_b, autojunk=False).get_opcodes()
    edges = (0, len(raw) - 1)  # words one side has only at its start or end: a trim
    places = sum(1 for at, op in enumerate(raw)
                 if op[0] == "replace" or (op[0] != "equal" and at not in edges))
    # (over the whole wordings: "The reserves of the state" / "The state
    # reserves" aligns as a leading deletion, yet no word of it is gone)
    words_a = Counter(k for k in keys_a if is_content(k))
    words_b = Counter(k for k in keys_b if is_content(k))
    return Rewording(places, sum((words_a - words_b).values()), sum((words_b - words_a).values()))


class Changed(NamedTuple):
    """How much of two wordings of one quotation a ``word_diff`` changed."""

    share: float  # the larger share of either wording's words (inside the stretch both share) changed
    content: bool  # does a change touch more than an optional word ("that", "the") or a spelling?


# Words an editor adds or drops without changing what was said ("said that
# the", "the Minister"): a quotation that differs in these alone is copied.
OPTIONAL_WORDS = frozenset(("that", "the", "a", "an"))


def changed(diff: dict, a: str, b: str) -> Changed:
    """``Changed`` of wordings ``a`` and ``b``, told apart as ``diff`` says.

    Each wording's changed words are counted against its own words (not the
    longer side's change against the shorter side: "until the autumn storms
    are over" / "until the winter" changes four words of one and one of the
    other, a phrase swapped, not a wording rewritten throughout)."""
    ops = diff.get("ops", [])
    trimmed = diff.get("trimmed", {})
    shares = []
    for side, text in (("a", a), ("b", b)):
        trim = sum(len(trimmed[edge].split()) for edge in ("start", "end") if trimmed.get(edge + "_side") == side)
        words = max(1, len(_tokens(text)[0]) - trim)
        shares.append(sum(len(op[side].split()) for op in ops) / words)
    return Changed(round(min(1.0, max(shares)), 3), any(not _optional_change(op) for op in ops))


def _optional_change(op: dict) -> bool:
    """Does a change add, drop or swap only ``OPTIONAL_WORDS`` and spellings
    ("that the U.S." / "the US")?"""
    keys_a = [k for k in _tokens(op["a"])[1] if k not in OPTIONAL_WORDS]
    keys_b = [k for k in _tokens(op["b"])[1] if k not in OPTIONAL_WORDS]
    return same_spelling(keys_a, keys_b)


def _take_trims(opcodes: list, shown_a: list[str], shown_b: list[str]) -> dict:
    """Leading and trailing blocks that are pure inserts or deletes are trims:
    taken off ``opcodes`` (in place) and returned as ``{"start", "start_side",
    "end", "end_side"}`` (what one side has only at its start or end)."""
    trimmed: dict = {}
    for edge, at in (("start", 0), ("end", -1)):
        while opcodes and opcodes[at][0] in ("insert", "delete"):
            tag, i1, i2, j1, j2 = opcodes.pop(at)
            trimmed[edge] = " ".join(shown_a[i1:i2] if tag == "delete" else shown_b[j1:j2])
            trimmed[edge + "_side"] = "a" if tag == "delete" else "b"
    return trimmed


# A trimmed lead that embeds the shared clause ("... that", "... whether")
_EMBEDS = re.compile(r"\b(?:that|whether|if)\s*$", re.IGNORECASE)


def _negating_lead(lead: str | None) -> bool:
    """Does a lead one side has before the shared words negate them ("There is
    no evidence that", "It is not true that", "He never said that")?"""
    return bool(lead) and _EMBEDS.search(lead) is not None and _neg_count(_tokens(lead)[1]) % 2 == 1


# A change says something else only where the two wordings otherwise line
# up: a swap of at most this many words.  (Loosely aligned paraphrases
# replace long stretches, where a name or number on each side means nothing.)
LOCAL_OP_WORDS = 3
MEANING_FLAGS = ("negation", "numbers", "modality", "scope", "names", "change", "span")


def _meaning(ops: list[dict]) -> list[str]:
    """The meaning flags of short, local changes (see ``meaning_flags``)."""
    found = set()
    for op in ops:
        a, b = op["a"].split(), op["b"].split()
        if max(len(a), len(b)) > LOCAL_OP_WORDS:
            continue
        keys_a, keys_b = _tokens(op["a"])[1], _tokens(op["b"])[1]
        if _swap_flips(keys_a, keys_b):
            found.add("negation")
        if scope_changed(keys_a, keys_b):
            found.add("scope")
        if op["op"] != "replace":
            continue
        values_a, values_b = _number_values(keys_a), _number_values(keys_b)
        if values_a and values_b and values_a != values_b and not _year_for_count(values_a, values_b):
            found.add("numbers")  # ("the 11th" / "11": one day, written two ways)
        modal_a, modal_b = modal_classes(keys_a), modal_classes(keys_b)
        if modal_a and modal_b and modal_a != modal_b:
            found.add("modality")
        if changes_differ(keys_a, keys_b):
            found.add("change")  # "scrap" / "halve": two changes of one thing
        if spans_differ(keys_a, keys_b):
            found.add("span")  # "in a generation" / "in a decade"
        if _all_names(a) and _all_names(b) and not spelled_out(a, b):
            found.add("names")  # (not "KHA" / "Kessby Harbour Authority": one name, two spellings)
    return [f for f in MEANING_FLAGS if f in found]


def _local_negation(raw: list, keys_a: list[str], keys_b: list[str]) -> bool:
    """A "not" gained or lost in a short change of the word-for-word alignment
    that has shared words on both sides of it.  ``_merge_close`` joins changes
    one equal word apart for display, and the joined change can be too long to
    count as local: "This decision will cost" / "the decision would not cost"
    is "this -> the", "will -> would not", but shown as one phrase of four
    words, whose negation ``_meaning`` would not weigh.  (A change at either
    end, next to no shared word, is a trim or a loose alignment: not weighed.)"""
    for k in range(1, len(raw) - 1):
        tag, i1, i2, j1, j2 = raw[k]
        if tag == "equal" or raw[k - 1][0] != "equal" or raw[k + 1][0] != "equal":
            continue
        if max(i2 - i1, j2 - j1) <= LOCAL_OP_WORDS and _swap_flips(keys_a[i1:i2], keys_b[j1:j2]):
            return True
    return False


def _negates_shared_word(raw: list, keys_a: list[str], keys_b: list[str]) -> bool:
    """A "not" on one side only before a word both sides share: "We will
    risk the future" / "she was not prepared to risk the future", "This
    decision will cost" / "the decision would not cost".  However long the
    reworded phrase around it (a paraphrase rewords freely), the same verb
    or noun is negated on one side and affirmed on the other.  The "not" is
    one neither side shares, the word it negates the first shared word of
    meaning (no stop word) a few words after it: a lost "We are not" before
    "the authors" that the other side lacks negates nothing it says."""
    if not has_negation(keys_a) and not has_negation(keys_b):
        return False
    a_to_b: dict[int, int] = {}
    for tag, i1, i2, j1, j2 in raw:
        if tag == "equal":
            a_to_b.update(zip(range(i1, i2), range(j1, j2)))
    b_to_a = {j: i for i, j in a_to_b.items()}
    return _negated_only_here(keys_a, keys_b, a_to_b) or _negated_only_here(keys_b, keys_a, b_to_a)


# "not refugees but illegal immigrants": what follows "but" is affirmed
_CONTRAST = frozenset(("but", "rather", "instead"))


def _scope_end(keys: list[str], at: int) -> int:
    """Where the reach of the negation at ``at`` ends: at a contrast word."""
    return next((w for w in range(at + 1, len(keys)) if keys[w] in _CONTRAST), len(keys))


def _negated_only_here(keys: list[str], other: list[str], aligned: dict[int, int]) -> bool:
    cancelled = double_negated(keys, set(other))
    for at, key in enumerate(keys):
        if not is_negation(key) or at in aligned or _cancels(keys, at, cancelled):
            continue
        word = next((w for w in range(at + 1, min(at + 1 + NEGATED_SPAN, _scope_end(keys, at)))
                     if w in aligned and keys[w] not in STOPWORDS), None)
        there = aligned.get(word) if word is not None else None
        if there is not None and not any(is_negation(k) for k in other[max(0, there - NEGATED_SPAN) : there]):
            return True
    return False


def _cancels(keys: list[str], at: int, cancelled: set[str]) -> bool:
    """Does the negation at ``at`` govern a prefixed word whose base the other
    wording says plainly ("not unlikely" / "likely": two negations, none)?"""
    return bool(cancelled) and not cancelled.isdisjoint(prefix_bases(keys[at + 1 : at + 1 + NEGATED_SPAN]).values())


_ORDINAL_END = re.compile(r"(?<=\d)(?:st|nd|rd|th)$")


def _number_values(keys: list[str]) -> list[str]:
    """The numbers among word keys, as values: "11th" is 11, "4,600" is 4600."""
    return sorted(_ORDINAL_END.sub("", k).replace(",", "") for k in keys if _NUM.search(k))


def _all_names(words: list[str]) -> bool:
    """Are the words capitalised, as a name is, with one at least that is no
    function word or quantifier capitalised at a sentence's start ("Most" /
    "Few" is no name changed; "The Kessby" / "Harrowby" is)?"""
    keys = [w.strip(".,'’") for w in words]
    return bool(words) and all(w[:1].isupper() and len(k) > 1 for w, k in zip(words, keys)) \
        and any(k.lower() not in STOPWORDS and k.lower() not in QUANTIFIER_SCOPE for k in keys)


def numbers_swapped(diff: dict) -> bool:
    """Does each wording hold a figure the other has not, however loosely
    the two line up ("are sufficient for six months" / "reserves are enough
    for eight months": one long change, which ``meaning_flags`` leaves
    alone)?  A figure only one side adds ("killed 55" / "on 12 March killed
    55") is not a swap, nor a year against a count."""
    nums = diff.get("numbers")
    if not nums:
        return False
    a, b = Counter(_number_values(nums["a"])), Counter(_number_values(nums["b"]))
    return bool({_figure_kind(v) for v in a - b} & {_figure_kind(v) for v in b - a})


def counts_differ(a: str, b: str) -> bool:
    """Does each wording count one thing with a figure the other does not
    give it ("had destroyed 14 cranes at the port" / "41 cranes had been
    destroyed")?  Looked for over the whole texts: a paraphrase puts its
    figure anywhere, where ``word_diff``'s shared stretch may not reach
    (there only the two words "the earthquake" line up)."""
    counted_a, counted_b = _counted(_tokens(a)[1]), _counted(_tokens(b)[1])
    return any(counted_a[thing].isdisjoint(counted_b[thing]) for thing in counted_a.keys() & counted_b.keys())


def _counted(keys: list[str]) -> dict[str, set[str]]:
    """The figures each word is counted by ("14 cranes": cranes -> {14})."""
    out: dict[str, set[str]] = {}
    for key, thing in zip(keys, keys[1:]):
        if _NUM.search(key) and not _NUM.search(thing):
            out.setdefault(thing, set()).update(_number_values([key]))
    return out


def _year_for_count(values_a: list[str], values_b: list[str]) -> bool:
    """Is every figure one side has alone a year and every one the other
    has alone a count ("for two years" / "until January 2027")?  Two ways of
    saying one thing, no figure changed."""
    a, b = Counter(values_a), Counter(values_b)
    kinds_a, kinds_b = {_figure_kind(v) for v in a - b}, {_figure_kind(v) for v in b - a}
    return len(kinds_a) == len(kinds_b) == 1 and kinds_a != kinds_b


_YEAR = re.compile(r"1[5-9]\d\d|2[01]\d\d")


def _figure_kind(value: str) -> str:
    """A year ("2008") and a count ("two") are no swap of one figure:
    "The two leading candidates" / "the 2008 presidential election"."""
    return "year" if _YEAR.fullmatch(value) else "figure"


def meaning_flags(diff: dict) -> list[str]:
    """What in ``word_diff``'s result changes the meaning: a flipped negation,
    another number, modal verb or name swapped in where the rest lines up
    (empty: nothing)."""
    return list(diff.get("meaning", ()))


def changes_meaning(diff: dict) -> bool:
    """Does a stored diff change what is said (a number, a negation, a modal or
    a name), not only trim or reword it?  A verdict on one side is then no
    verdict on the other."""
    return bool(diff.get("numbers") or diff.get("negation") or diff.get("meaning"))


def summary(diff: dict) -> str:
    """"compete → cooperate; +again; -very" style one-liner."""
    parts = []
    for op in diff.get("ops", []):
        if op["op"] == "replace":
            parts.append(f"{op['a']} → {op['b']}")
        elif op["op"] == "insert":
            parts.append(f"+{op['b']}")
        else:
            parts.append(f"-{op['a']}")
    if diff.get("numbers"):
        parts.append("numbers changed")
    if diff.get("negation"):
        parts.append("negation changed")
    meaning = diff.get("meaning", ())
    if "modality" in meaning:
        parts.append("modal verb changed")
    if "scope" in meaning:
        parts.append("quantifier changed")
    if "names" in meaning:
        parts.append("name changed")
    if "change" in meaning:
        parts.append("change verb changed")
    if "span" in meaning:
        parts.append("span of time changed")
    return "; ".join(parts)
