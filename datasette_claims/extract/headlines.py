"""Attributions in the headline (the article's first paragraph).

Why a pass of its own: headlines are telegraphic -- "Mayor Says Bridge Will
Reopen", "Council just rejected the plan", "Bridge must reopen, judge rules",
"Poll: Voters split on tax" -- no "that", no auxiliaries, often Title Case,
often two clauses glued by " As ", " Amid ", a dash or a ";" subhead.  The
sentence rules either miss them (a bare verb after a short subject at the very
start of the text) or run the content over the next clause.  PolNeAR marks
them like any attribution: the subject is the source, the verb (with "Just",
"to", "for") is the cue, the content is what follows, up to the next clause.

The pass runs after every other rule and only touches the first paragraph
when it looks like a headline (short, at most two sentences, followed by a
body).  It (1) trims the content of claims already made there at the
headline's clause boundaries, (2) adds a claim for each headline verb cue that
no rule took ("headline.verb", "headline.trailer"), and (3) drops claims whose
cue sits inside a headline colon attribution ("Roe: Taxes Must Fall").
"""

from __future__ import annotations

import re
from typing import NamedTuple

from ..models import Span
from .context import Ctx, inside_quote, make_claim
from .patterns import AUX_ALT, matches_after, trie_regex

HEAD_MAX = 250

# Reporting verbs of headlines: third person, plural/base (after "to" or a
# plural subject) and past forms ("X Just Announced ...").
_VERBS = {
    "say": ("says", "say", "said"),
    "tell": ("tells", "tell", "told"),
    "call": ("calls", "call", "called"),
    "urge": ("urges", "urge", "urged"),
    "warn": ("warns", "warn", "warned"),
    "vow": ("vows", "vow", "vowed"),
    "promise": ("promises", "promise", "promised"),
    "pledge": ("pledges", "pledge", "pledged"),
    "insist": ("insists", "insist", "insisted"),
    "deny": ("denies", "deny", "denied"),
    "admit": ("admits", "admit", "admitted"),
    "accuse": ("accuses", "accuse", "accused"),
    "blast": ("blasts", "blast", "blasted"),
    "slam": ("slams", "slam", "slammed"),
    "rip": ("rips", "rip", "ripped"),
    "praise": ("praises", "praise", "praised"),
    "defend": ("defends", "defend", "defended"),
    "demand": ("demands", "demand", "demanded"),
    "reveal": ("reveals", "reveal", "revealed"),
    "announce": ("announces", "announce", "announced"),
    "dismiss": ("dismisses", "dismiss", "dismissed"),
    "reject": ("rejects", "reject", "rejected"),
    "predict": ("predicts", "predict", "predicted"),
    "explain": ("explains", "explain", "explained"),
    "declare": ("declares", "declare", "declared"),
    "denounce": ("denounces", "denounce", "denounced"),
    "criticize": ("criticizes", "criticize", "criticized"),
    "suggest": ("suggests", "suggest", "suggested"),
    "argue": ("argues", "argue", "argued"),
    "tweet": ("tweets", "tweet", "tweeted"),
    "claim": ("claims", "claim", "claimed"),
    "cite": ("cites", "cite", "cited"),
    "rule": ("rules",),
}
_FORMS = sorted({f for forms in _VERBS.values() for f in forms}, key=len, reverse=True)
# (as a trie: at each position one test per first letter, not one per form;
# the same matches, longest form first -- see ``patterns.trie_regex``)
_FORM_ALT = trie_regex([v for f in _FORMS for v in (f[0].upper() + f[1:], f)])
# "Calls For", "calls on", "Vowed To"
_PARTICLE = r"(?:\s+(?:[Ff]or|[Oo]n|[Tt]o)(?=\s))?"
_ADV = r"(?:(?:[Jj]ust|[Nn]ow|[Ff]inally|[Aa]lso|[Aa]gain|[Ii]s\s+[Nn]ow|[Tt]o)\s+)?"
_HEAD_CUE_BODY = r"(?P<cue>" + _ADV + r"(?P<verb>" + _FORM_ALT + r")" + _PARTICLE + r")(?![\w'\u2019-])"
_HEAD_CUE = re.compile(r"(?<![\w'\u2019-])" + _HEAD_CUE_BODY)
# _HEAD_CUE opens with a look-behind, so a scan of the headline tries its whole
# alternation of verb forms at every position; behind a character outside the
# ASCII word class (the look-behind rechecked by ``matches_after``) the engine
# skips over the letters of words instead, as the cue scan does
_HEAD_CUE_AFTER = re.compile(r"[^A-Za-z0-9_'-]" + _HEAD_CUE_BODY)
_PAST = {forms[2] for forms in _VERBS.values() if len(forms) > 2}

# Where a headline clause ends: a subhead, a dash, a new clause ("As", "Amid",
# "While", "After" in Title Case), ", And", "And It ...".
_BOUNDARY = re.compile(
    r"\s*;|\s+[\u2013\u2014]\s|\s*--\s|(?<=\w)-\s+(?=[A-Z])|\s+(?:As|Amid|While|amid|while)\s"
    r"|\s+as\s+(?![\"'\u2018\u201c]|an?\s|the\s)"
    r"|\s+After\s+(?=[A-Z])|,\s+And\s|\s+And\s+(?=(?:One|It|It's|It\u2019s|He|She|They|This|That|Here|"
    r"What|Why|How)\b)")
# A coordinated verb: ", Calls ...", " And Denounces ...", "'revolution,' ignores".
_COORD = re.compile(r"(?:,['\u2019\"\u201d]?\s+|\s+(?:And|and)\s+)(?=(?P<verb>[A-Za-z]+)\b)")
_COORD_VERBS = {"ignores", "quotes", "backs", "heads", "faces", "adds", "wins", "loses", "takes",
                "makes", "gets", "spurns"}
# Words that start a headline but are no subject of the verb after them.
_NOT_SUBJECT = {"new", "more", "fresh", "mounting", "growing", "his", "her", "their", "its", "the",
                "a", "an", "why", "how", "what", "when", "who", "in", "on", "at", "for", "with",
                "after", "before", "as", "if", "will", "can", "is", "are", "was", "did", "does",
                "do", "should", "that", "those", "no", "not"}
_BAD_SUBJECT_WORD = re.compile(
    r"^(?:" + AUX_ALT + r"|be|been|to|of|"
    r"not|no|it|its|it's|he|she|they|we|i|you)$", re.I)
# A label before the headline proper: "BREAKING: ", "EXCLUSIVE - ".
_LABEL = re.compile(r"[A-Z][A-Za-z]*(?:\s+[A-Z][A-Za-z]*)?\s*(?::|\s[\u2013\u2014-])\s+")
_SEG_START = re.compile(r":\s+|;\s*|,\s+|\s[\u2013\u2014]\s+|(?:^|\s)(?:as|As|While|while|Amid|amid|After)\s+|^")
_SEG_START_TITLE = re.compile(_SEG_START.pattern[:-2] + r"|\safter\s+|^")
# A clause opened by "As"/"While" ends at its comma: "As Roe vows cuts, rivals balk".
_SUB_CLAUSE = re.compile(r"(?:As|While|When|After|as|while|when)\s")
_TRAILER = re.compile(
    r",\s+(?P<src>(?:[A-Za-z][\w.'\u2019-]*\s+){0,4}?[A-Za-z][\w.'\u2019-]*)\s+"
    r"(?P<cue>says|Says|rules|Rules|warns|Warns|predicts|Predicts|argues|Argues|insists|Insists)"
    r"[.!]?['\u2019\"\u201d]?\s*$")
_PRONOUN_SRC = {"who", "Who"}
# "Roe heckles hecklers: 'Go home.'" -- a verb phrase, a colon, a quotation.
_VERB_COLON_QUOTE = re.compile(
    r"(?P<src>[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,3})\s+"
    r"(?P<cue>[A-Za-z]+s(?:\s+[^:;\n\"\u201c\u2018]{1,40}?)?:)\s*(?=[\"\u201c\u2018'])")
# "Roe Accused Of Hiding Funds": the accusation without a source.
_ACCUSED = re.compile(r"(?<=\s)(?P<cue>[Aa]ccused\s+[Oo]f)\s+(?=\S)")
_HEAD_RULES = ("headline.verb", "headline.trailer")


_NON_WORDS = re.compile(r"\W+")


# A sentence break inside a paragraph (a headline holds at most one)
_SENTENCE_BREAK = re.compile(r"[.!?]['\u2019\"\u201d]?\s+[A-Z]")


def _norm(s: str) -> str:
    return _NON_WORDS.sub(" ", s).strip().lower()[:40]


def _headline(ctx: Ctx) -> tuple[int, int] | None:
    """The first paragraph when it is the headline: the article's known
    headline if it has one, else a short paragraph of at most two sentences
    that a body follows."""
    if len(ctx.paras) < 2:
        return None
    ps, pe = ctx.paras[0]
    if pe - ps > HEAD_MAX:
        return None
    span = getattr(ctx.article, "headline_span", None)
    if span is not None:
        if span.start != ps:
            return None
    elif ctx.article.headline and _norm(ctx.article.headline) != _norm(ctx.text[ps:pe]):
        return None
    if len(_SENTENCE_BREAK.findall(ctx.text[ps:pe])) > 1:
        return None
    return ps, pe


_TITLE_AFTER = re.compile(r"\s+after\s+(?=[A-Z])")
_TC_WORD = re.compile(r"[A-Za-z][\w'\u2019-]*")


def _title_case(text: str, ps: int, pe: int) -> bool:
    words = _TC_WORD.findall(text, ps, pe)
    return len(words) >= 3 and sum(1 for w in words if w[0].isupper()) >= 0.6 * len(words)


def _clause_end(text: str, s: int, pe: int, title: bool = False) -> int:
    """End of the headline clause that starts at s."""
    e = pe
    if title:
        am = _TITLE_AFTER.search(text, s, e)
        if am:
            e = am.start()
    k = s
    while True:
        m = _BOUNDARY.search(text, k, e)
        if not m:
            break
        if m.start() <= s:
            k = m.end()
            continue
        return m.start()
    c = _COORD.search(text, s, e)
    while c:
        verb = c.group("verb")
        if verb.lower() in _FORMS or verb.lower() in _COORD_VERBS:
            return c.start()
        c = _COORD.search(text, c.end(), e)
    return e


def _strip_end(text: str, s: int, e: int) -> int:
    while e > s and text[e - 1] in " .!,;:":
        e -= 1
    return e


_VERBISH = set(_FORMS) | {"goes", "go", "begin", "begins", "made", "makes", "gets", "got", "heard",
                          "takes", "took", "that", "which", "turns", "gives", "gave"}


def _verbish(word: str) -> bool:
    """A verb inside a would-be subject ("Republicans begin roll call"): the
    subject ended earlier and the cue is a noun."""
    w = word.lower().strip(",.")
    return w in _VERBISH or (len(w) > 4 and w.endswith("ed"))


def _subject(text: str, ps: int, cue_s: int, title: bool = False) -> tuple[int, int] | None:
    """The subject right before a headline verb: a short noun phrase from the
    start of its clause (after a label, a colon, a comma or "as")."""
    span = _clause_before(text, ps, cue_s, title)
    if span is None:
        return None
    s, e = span
    words = text[s:e].split()
    if words and words[-1] in ("And", "and") and len(words) > 2:
        # "Roe Backs Plan And Denounces Tax": the subject of the first verb
        i = _first_verb(words)
        if i is None:
            return None
        e = s + len(" ".join(words[:i]))
        words = words[:i]
    return (s, e) if _subject_words(words) else None


def _clause_before(text: str, ps: int, cue_s: int, title: bool) -> tuple[int, int] | None:
    """The words from the start of the verb's clause (after a label, a colon,
    a comma or "as") to the verb, spaces trimmed; None when there are none."""
    seg = ps
    lm = _LABEL.match(text, ps, cue_s)
    if lm:
        seg = lm.end()
    for m in (_SEG_START_TITLE if title else _SEG_START).finditer(text, seg, cue_s):
        if m.end() < cue_s:
            seg = max(seg, m.end())
    s, e = seg, cue_s
    while e > s and text[e - 1] in " \t":
        e -= 1
    while s < e and text[s] in " \t":
        s += 1
    return (s, e) if e > s else None


def _first_verb(words: list[str]) -> int | None:
    """The index of the first third-person verb among the inner words ("Backs")."""
    for i in range(1, len(words) - 1):
        w = words[i]
        if w.endswith("s") and not w.endswith(("'s", "\u2019s", "ss")) and w[0].isalpha():
            return i
    return None


def _subject_words(words: list[str]) -> bool:
    """Whether the words can be a headline's subject: at most seven, no opener
    that is no subject, no possessive end, no participle, a capital or digit first."""
    if not words or len(words) > 7:
        return False
    possessive = words[-1].endswith(("'s", "\u2019s")) or (
        words[-1].endswith(("'", "\u2019")) and words[-1][0] not in "'\u2018")
    if words[0].lower() in _NOT_SUBJECT or possessive:
        return False
    if any(_BAD_SUBJECT_WORD.match(w) for w in words):
        return False
    for i, w in enumerate(words[1:], 1):
        if w in ("who", "Who"):
            break  # "Actor Who Backed Roe Just Said ...": a relative clause
        if _verbish(w) and not words[i - 1].lower().endswith("ly"):
            return False  # "Newly Released Report Says" keeps its participle
    return words[0][0].isupper() or words[0][0].isdigit() or words[0][0] in "'\u2018\"\u201c"


_CALL_PARTICLE = re.compile(r"([Ff]or|[Oo]n)\s+")


def _replace_content(ctx: Ctx, claim, s: int, e: int) -> None:
    text = ctx.text
    claim.content = Span(s, e, text[s:e])
    claim.id = f"{ctx.article.id}:{s}-{e}"


class _Head(NamedTuple):
    """The headline paragraph and whether it is written in Title Case."""

    start: int
    end: int
    title: bool


def headlines(ctx: Ctx) -> None:
    """The headline's attributions, in named steps (see the module docstring)."""
    found = _headline(ctx)
    if found is None:
        return
    head = _Head(found[0], found[1], _title_case(ctx.text, found[0], found[1]))
    _colon_labels_with_verbs(ctx, head)
    spans = _colon_contents(ctx, head)
    in_head = _drop_pronoun_sources(ctx, head)
    in_head = _end_sources_at_verbs(ctx, in_head)
    _trim_contents(ctx, head, in_head)
    taken = [(c.cue.start, c.cue.end) for c in ctx.claims if c.cue is not None]
    _untaken_verbs(ctx, head, spans, taken)
    _verb_colon_quote(ctx, head, taken)
    _accused(ctx, head, taken)
    _trailer(ctx, head, taken)


def _colon_claims(ctx: Ctx, head: _Head) -> list:
    return [c for c in ctx.claims if c.rule == "heading.colon" and head.start <= c.content.start < head.end]


def _colon_labels_with_verbs(ctx: Ctx, head: _Head) -> None:
    """(3) A verb inside a headline colon attribution is part of its content:
    "Roe Weighs In: Urges Council To Act" -- the colon ends a label of the
    subject, the verb after it is the cue."""
    text, pe = ctx.text, head.end
    for c in _colon_claims(ctx, head):
        vm = _HEAD_CUE.match(text, c.content.start)
        if vm and vm.group("verb")[0].isupper() and vm.group("verb").lower() not in _PAST:
            ctx.claims.remove(c)
            cs = vm.end()
            while cs < pe and text[cs] in " \t":
                cs += 1
            ce = _strip_end(text, cs, _clause_end(text, cs, pe, head.title))
            if ce - cs >= 2:
                make_claim(ctx, cs, ce, (c.source.start, c.source.end) if c.source else None,
                           (vm.start("cue"), vm.end("cue")), "headline.verb", 0.5,
                           lemma=vm.group("verb").lower(), stance="assertion")


def _colon_contents(ctx: Ctx, head: _Head) -> list[tuple[int, int]]:
    """The contents of the headline's colon attributions ("Roe: Taxes Must
    Fall"), with every other claim whose cue sits inside one dropped."""
    spans = [(c.content.start, head.end) for c in _colon_claims(ctx, head)]
    if spans:
        ctx.claims = [c for c in ctx.claims
                      if c.rule == "heading.colon" or c.cue is None
                      or not any(s <= c.cue.start < e for s, e in spans)]
    return spans


def _drop_pronoun_sources(ctx: Ctx, head: _Head) -> list:
    """The claims whose cue is in the headline, those with a pronoun source
    ("... And It Says A Lot": no attribution) dropped."""
    in_head = [c for c in ctx.claims if c.cue is not None and head.start <= c.cue.start < head.end
               and c.rule != "heading.colon"]
    drop = {id(c) for c in in_head if c.source is not None and c.source.text in _PRONOUN_SRC}
    if drop:
        ctx.claims = [c for c in ctx.claims if id(c) not in drop]
        in_head = [c for c in in_head if id(c) not in drop]
    return in_head


def _end_sources_at_verbs(ctx: Ctx, in_head: list) -> list:
    """A source that runs over a verb ends before it ("Roe slams tax, praises
    plan"); without a comma or "and" before the cue, the cue is a noun ("Foe
    files damages claim") and its claim goes."""
    text = ctx.text
    noun_cues = set()
    for c in in_head:
        if c.source is None or c.source.end > c.cue.start:
            continue
        ws = list(re.finditer(r"\S+", text[c.source.start:c.source.end]))
        for i, w in enumerate(ws[1:], 1):
            if w.group() in ("who", "Who"):
                break
            if _verbish(w.group()) and not ws[i - 1].group().lower().endswith("ly"):
                if not re.search(r"(?:,|\band)\s*$", text[c.source.start:c.cue.start]):
                    noun_cues.add(id(c))
                    break
                e = c.source.start + w.start()
                while e > c.source.start and text[e - 1] in " ,":
                    e -= 1
                c.source = Span(c.source.start, e, text[c.source.start:e])
                break
    if noun_cues:
        ctx.claims = [c for c in ctx.claims if id(c) not in noun_cues]
        in_head = [c for c in in_head if id(c) not in noun_cues]
    return in_head


def _trim_contents(ctx: Ctx, head: _Head, in_head: list) -> None:
    """(1) A content running over the next headline clause ends there; "Roe
    Calls for Inquiry": the particle belongs to the cue."""
    text = ctx.text
    for c in in_head:
        cs, ce = c.content.start, c.content.end
        if cs < c.cue.start or ce > head.end:
            continue
        pm = _CALL_PARTICLE.match(text, cs, ce)
        if pm and c.cue.text.lower() in ("calls", "call") and c.cue.end <= cs:
            c.cue = Span(c.cue.start, cs + len(pm.group(1)), text[c.cue.start:cs + len(pm.group(1))])
            cs = pm.end()
            _replace_content(ctx, c, cs, ce)
        e = _strip_end(text, cs, _clause_end(text, cs, ce, head.title))
        if cs < e < ce:
            _replace_content(ctx, c, cs, e)


def _overlaps_taken(taken: list, s: int, e: int) -> bool:
    return any(a < e and s < b for a, b in taken)


def _untaken_verbs(ctx: Ctx, head: _Head, spans: list, taken: list) -> None:
    """(2) A claim for each headline verb no rule took ("headline.verb")."""
    text, ps, pe = ctx.text, head.start, head.end
    for m in matches_after(_HEAD_CUE_AFTER, _HEAD_CUE, text, ps, pe):
        qs, qe = m.start("cue"), m.end("cue")
        if _overlaps_taken(taken, qs, qe) or inside_quote(ctx, qs) or any(s <= qs < e for s, e in spans):
            continue
        low = m.group("verb").lower()
        if low in _PAST and not m.group("cue").lower().startswith(("just", "now", "finally")):
            continue  # "Bridge Closed" is no attribution; "Roe Just Said" is
        if low == "rules":
            continue  # only as a trailer
        subj = _verb_subject(ctx, head, qs)
        if subj is None:
            continue
        cs = qe
        while cs < pe and text[cs] in " \t":
            cs += 1
        ce = _strip_end(text, cs, _clause_end(text, cs, pe, head.title))
        if _SUB_CLAUSE.match(text, max(ps, subj[0] - 6), subj[0]) or \
                _SUB_CLAUSE.match(text, max(ps, subj[0] - 5), subj[0]):
            comma = text.find(",", cs, ce)
            if comma > cs:
                ce = comma
        if ce - cs < 2:
            continue
        c = make_claim(ctx, cs, ce, subj, (qs, qe), "headline.verb", 0.5, lemma=low, stance="assertion")
        if c is not None:
            taken.append((qs, qe))


def _verb_subject(ctx: Ctx, head: _Head, qs: int) -> tuple[int, int] | None:
    """The subject of a headline verb; after a comma or "and" ("Roe slams tax,
    praises plan"), the source of the verb before."""
    text, ps = ctx.text, head.start
    subj = _subject(text, ps, qs, head.title)
    if subj is None and re.search(r"(?:,|\band)\s*$", text[ps:qs]):
        prev = [c for c in ctx.claims if c.source is not None and c.cue is not None
                and ps <= c.source.start and c.cue.end <= qs]
        if prev:
            src = max(prev, key=lambda c: c.cue.start).source
            subj = (src.start, src.end)
    return subj


def _verb_colon_quote(ctx: Ctx, head: _Head, taken: list) -> None:
    """ "Roe scolds members: 'Go home'": the content is the quotation."""
    text, ps, pe = ctx.text, head.start, head.end
    vm = _VERB_COLON_QUOTE.match(text, ps, pe)
    if not vm:
        return
    for c in ctx.claims:
        if c.cue is not None and c.cue.start < vm.end("cue") and vm.start("cue") < c.cue.end \
                and c.content.start < vm.end() < c.content.end:
            _replace_content(ctx, c, vm.end(), c.content.end)
            c.cue = Span(vm.start("cue"), vm.end("cue"), vm.group("cue"))
            c.quote_type = "direct"
            c.rule = "headline.colon_quote"
    if not _overlaps_taken(taken, vm.start("cue"), vm.end("cue")):
        cs = vm.end()
        if not any(c.content.start <= cs < c.content.end for c in ctx.claims):
            ce = _strip_end(text, cs, _clause_end(text, cs, pe))
            if ce - cs > 3:
                make_claim(ctx, cs, ce, (vm.start("src"), vm.end("src")), (vm.start("cue"), vm.end("cue")),
                           "headline.colon_quote", 0.5, quote_type="direct", lemma="say",
                           stance="assertion")
                taken.append((vm.start("cue"), vm.end("cue")))


def _accused(ctx: Ctx, head: _Head, taken: list) -> None:
    """ "Roe accused of ...": a claim without a source ("headline.accused")."""
    text, ps, pe = ctx.text, head.start, head.end
    am = _ACCUSED.search(text, ps, pe)
    if am is None or _overlaps_taken(taken, am.start("cue"), am.end("cue")):
        return
    subj = _subject(text, ps, am.start(), head.title)
    cs = am.end()
    ce = _strip_end(text, cs, _clause_end(text, cs, pe, head.title))
    if subj and ce - cs > 3 and not any(c.content.start <= cs < c.content.end for c in ctx.claims):
        make_claim(ctx, cs, ce, None, (am.start("cue"), am.end("cue")), "headline.accused", 0.5,
                   lemma="accuse", stance="assertion")
        taken.append((am.start("cue"), am.end("cue")))


def _trailer(ctx: Ctx, head: _Head, taken: list) -> None:
    """A trailer: "Bridge must reopen, judge rules." ("headline.trailer")."""
    text, ps, pe = ctx.text, head.start, head.end
    t = _TRAILER.search(text, ps, pe)
    if t is None or _overlaps_taken(taken, t.start("cue"), t.end("cue")):
        return
    words = t.group("src").split()
    if len(words) <= 5 and not any(_BAD_SUBJECT_WORD.match(w) for w in words):
        cs, ce = ps, t.start()
        lm = _LABEL.match(text, ps, ce)
        if lm:
            cs = lm.end()
        if ce - cs > 10:
            make_claim(ctx, cs, ce, (t.start("src"), t.end("src")), (t.start("cue"), t.end("cue")),
                       "headline.trailer", 0.5, lemma="say", stance="assertion")
