"""Speed-ups that must not change what is found: each shortcut is checked
against the plain computation it replaces, on invented sentences."""

import re

from datasette_claims.extract import anonymity


def _all_formulas(text):
    """formula_spans without its shortcuts: every formula regex over the text."""
    if not anonymity.has_formula(text):
        return []
    spans = []
    for rx in (anonymity.RELATIVE, anonymity.PARTICIPLE, anonymity.ADVERBIAL):
        spans.extend((m.start(), m.start("reason") if m.group("reason") else m.end()) for m in rx.finditer(text))
    return sorted(spans)


FORMULA_TEXTS = [
    "Speaking on condition of anonymity, a harbour official said the ferry would not sail.",
    "SPEAKING ON CONDITION OF ANONYMITY, a clerk said the vote was late. He was not named.",
    "A clerk, talking anonymously because she feared for her job, said the vault was empty.",
    "The guard said, on condition that he not be named, that the gate stays shut.",
    "An aide who asked not to be named said the mayor would resign. Nobody was identified.",
    "A source who was not authorised to discuss the talks said they had stalled.",
    "The \u017fpeaking clerk, on condition of anonymity, said the ledger was lost; nobody was named.",
    "Tal\u212aing on background, an engineer said the dam leaked. The engineer was not identified.",
    "\u0130t was said on cond\u0130tion of anonymity that the bridge was unsafe, an official who was not named said.",
    "Nobody named the river after the mayor.",
    "The plan was outlined by the council on Monday.",
]


def test_formula_spans_equal_every_formula_searched():
    for text in FORMULA_TEXTS:
        assert anonymity.formula_spans(text) == _all_formulas(text), text


def test_formula_spans_still_find_the_participle_and_adverbial_formulas():
    assert anonymity.formula_spans(FORMULA_TEXTS[0])
    assert anonymity.formula_spans(FORMULA_TEXTS[3])


# NAME_RE as it was written before it opened with its capital letter.
_OLD_NAME_RE = None


def _old_name_re():
    import re

    from datasette_claims.extract import speakers

    global _OLD_NAME_RE
    if _OLD_NAME_RE is None:
        title = r"(?:" + "|".join(speakers._TITLES) + r")\.?"
        _OLD_NAME_RE = re.compile(r"(?=[A-Z])(?<![\w'\u2019-])(?:(?P<title>" + title + r")\s+)?(?P<name>"
                                  + speakers._CAP + speakers._NAME_REST + r")(?:,?\s+(?:Jr|Sr)\.?)?")
    return _OLD_NAME_RE


NAME_TEXTS = [
    "Mr. Jon Vale and Mrs Ada Roe met Dr Kim Lo-Park at Capt. Ben O'Dowd's house.",
    "Sen. Ed DeSantis-Mark, Gen. Li Wen Jr., and Ms. Ana de la Cruz said Maj Tom Bell Sr. left.",
    "Mr Smith said so. Mrs. said nothing. Profs Ada Lane and Prof. Ada Lane, Rev Al Sharp, Amb. Jo Reyes.",
    "Finance Minister Oren Vale told Manhattan Supreme Court Justice Frank Nervo that Ki-moon Ban left.",
    "x-Mr Ray Cole, o'Neil Dunn, \u2019Sara Bloom and the McClellan Family Trust of New York City.",
    "Lt. A. B. Carver, Col Ann Marie Keys, Sgt. Lee van Dyke, Adm. Ben bin Salim and Gov Ana Ruiz.",
    "Mr", "MrJohn Smith", "Dr. \u201cJane Roe\u201d said.",
]


def _parts(speakers, text, m):
    """``name_parts`` as a tuple: (title, name, name start)."""
    p = speakers.name_parts(text, m)
    return p.title, p.name, p.start


def test_name_re_matches_as_before():
    from datasette_claims.extract import speakers

    old = _old_name_re()
    for text in NAME_TEXTS:
        got = [(m.start(), m.end(), *_parts(speakers, text, m)) for m in speakers.NAME_RE.finditer(text)]
        want = [(m.start(), m.end(), m.group("title"), m.group("name"), m.start("name")) for m in old.finditer(text)]
        assert got == want, text
        for k in range(len(text)):  # People also matches at a given position
            a, b = speakers.NAME_RE.match(text, k), old.match(text, k)
            assert (a is None) == (b is None), (text, k)
            if a is not None:
                assert _parts(speakers, text, a) == (b.group("title"), b.group("name"), b.start("name"))
    assert any(speakers.NAME_RE.finditer(NAME_TEXTS[0]))


def test_is_pronoun():
    from datasette_claims.extract.speakers import is_pronoun

    for yes in ("he", " She ", "THEY", "it", "I", "who", "hers"[:3]):
        assert is_pronoun(yes) is True, yes
    for no in ("", "the", "Jane", "they said", "hemp", "officials", "whose"):
        assert is_pronoun(no) is False, no


def test_mention_tail_cut_as_the_regex_cuts_it():
    from datasette_claims.extract import enrich

    for mention in ("Jane Roe", "BuzzFeed, which first reported it", "the mayor (D-Ore.)", "Roe \u2014 who left",
                    "Roe -- who left --", "Roe \u2013 aside", "Jean-Luc Vale", "he, once again,", "who",
                    "Roe,", "Roe (", "Anne-Marie, a lawyer", "X\u00a0(Y)", ""):
        assert enrich._cut_tail(mention) == enrich._MENTION_TAIL.sub("", mention), mention


def _old_word_positions(ctx, words):
    """word_positions as it was: every asked-for cue word looked up in the index."""
    from datasette_claims.extract import context
    from datasette_claims.extract.lexicon import CUE_FORMS

    index = {}
    for hits in ctx.cue_hits:
        for m in hits:
            index.setdefault(m.group().split(None, 1)[0], []).append(m.start())
    pos = [k for w in words if w in CUE_FORMS for k in index.get(w, ())]
    text = ctx.text
    for w in (w for w in words if w not in CUE_FORMS):
        k = text.find(w)
        while k >= 0:
            e = k + len(w)
            after = text[e] if e < len(text) else " "
            if not context.word_before(text, k) and not (after.isalnum() or after in "_'\u2019-"):
                pos.append(k)
            k = text.find(w, e)
    return sorted(pos)


WORD_TEXTS = [
    "The mayor said the dam leaked. Roe announced, warned and said again that it leaked; critics pointed out "
    "the statement. She said so, said it twice, and told reporters. Points were made.",
    "Officials criticized the plan. The criticism was sharp, and the council issued a statement.",
    "Nobody spoke.",
]


def test_word_positions_equal_every_word_looked_up():
    from types import SimpleNamespace

    from datasette_claims.extract import context, patterns
    from datasette_claims.extract.lexicon import CUE_FORMS

    many = tuple(sorted(CUE_FORMS))[:200] + ("statement", "criticism", "points")
    asked = (("said", "told", "statement"), ("criticized", "criticism", "issued"), many, ("warned",), ())
    for text in WORD_TEXTS:
        for words in asked:
            ctx = SimpleNamespace(text=text, cue_index=None, cue_hits=[list(patterns.CUE_RE.finditer(text))])
            assert context.word_positions(ctx, words) == _old_word_positions(ctx, words), (text, words[:3])
    ctx = SimpleNamespace(text=WORD_TEXTS[0], cue_index=None, cue_hits=[list(patterns.CUE_RE.finditer(WORD_TEXTS[0]))])
    assert context.word_positions(ctx, many)  # (the branch that walks the article's cue words)


def test_said_first_word_test_equals_the_word_by_word_test():
    from datasette_claims.extract import direct_quotes

    cues = direct_quotes._SAID_FIRST.pattern[len("(?P<cue>"):direct_quotes._SAID_FIRST.pattern.index(r")\s+")]
    cues = cues.split("|")
    for text in ("Said Jane Roe: \"We won.\"", "It was Said.", "Added to it", "Noted\tRoe, \"fine\"",
                 "no capital cue here", "Wrote", "RepliedRoe", "Asked Roe, \"why?\"", ""):
        old = any(w in text for w in cues) and direct_quotes._SAID_FIRST_WORD.search(text) is not None
        assert (direct_quotes._SAID_FIRST_WORD.search(text) is not None) == old, text


# the words before a name, as ``speakers._written_as_place`` reads them (16 characters at most)
BEFORE_TEXTS = ["rallied in ", "rallied in the ", "near the ", "a camp outside\n", "returned to ", "a letter to the ",
                "the ", "saw an ", "said a ", "of the ", "in the in ", "of the in the ", "x-in the ", "tin ",
                "In  the\n", "in the\n", "in\n", "Throughout the ", "the in", "and ", "", "(in ", "-of ", "of a ",
                "inside  "]


def test_before_kind_is_the_first_of_three_searches_that_matches():
    from datasette_claims.extract import speakers

    searches = (("locative", r"(?:[Ii]n|[Nn]ear|[Oo]utside|[Ii]nside|[Aa]cross|[Aa]round|[Tt]hroughout)\s+(?:the\s+)?"),
                ("either", r"(?:[Tt]o|[Ff]rom|[Oo]f)\s+(?:the\s+)?"), ("article", r"(?:[Tt]he|[Aa]n?)\s+"))
    for before in BEFORE_TEXTS:
        old = next((kind for kind, rx in searches if re.search(r"(?:^|[^\w-])" + rx + "$", before)), None)
        new = speakers._before_kind(before) if before[-1:].isspace() else None
        assert new == old, before
    assert {speakers._before_kind(b) for b in BEFORE_TEXTS} == {"locative", "either", "article", None}


def test_cue_matches_equal_cue_re_finditer():
    """Every window of invented texts: cues at the start, after accented letters,
    apostrophes, hyphens, quotation marks and dashes, run together or split."""

    from datasette_claims.extract import patterns

    pieces = ["said", "Said", "told", "pointed out", "pointed", "out", "Noting", "noting", "x", "\u00e9",
              "\u00e9said", "_said", "'said", "said'", "-said", "said-", "\u201csaid\u201d", "saidsaid", "says",
              "1said", " ", ",", ".", "\n", "\u2019", "\u2014", "a\u00f1adi\u00f3", "Roe", "the", "claimed"]
    assert _agree_on_random_ranges(pieces, 7, patterns.CUE_RE.finditer, patterns.cue_matches) > 300


def test_hedge_matches_equal_hedge_re_finditer():

    from datasette_claims.extract import patterns
    from datasette_claims.extract.lexicon import HEDGE_RE

    pieces = ["may", "May", "might", "could", "likely", "unlikely", "is said to", "it is understood",
              "is understood to", "seems to", "x", "\u00e9", "\u00e9may", "_may", "'may", "may'", "-may", "maybe",
              "1may", " ", ",", ".", "\n", "\u2019", "\u2014", "perhaps", "reportedly", "appears to"]
    assert _agree_on_random_ranges(pieces, 11, HEDGE_RE.finditer, patterns.hedge_matches) > 300


def test_find_time_is_the_first_time_re_match_not_after_since_until_before():
    import random

    from datasette_claims.extract import when

    def plain(text, s, e):
        for m in when.TIME_RE.finditer(text, s, e):
            if not text[max(0, m.start() - 7):m.start()].lower().endswith(("after ", "since ", "until ", "before ")):
                return m
        return None

    pieces = ["on Monday", "Monday's", "Tuesday morning", "earlier on Friday", "May 3", "May 3rd, 2019", "May",
              "yesterday", "last week", "this morning", "tonight", "today", "after", "since", "until", "before",
              "xMonday", "\u00e9Monday", "_today", "Today", "1May 3", "Sunday", "Sundays", "the", "told", " ", ",",
              "\n", "-", "'"]
    rnd = random.Random(5)
    found = 0
    for _ in range(3000):
        text = "".join(rnd.choice(pieces) + rnd.choice(["", " ", " ", ",", "\u00e9"]) for _ in range(rnd.randint(0, 8)))
        for _ in range(3):
            a = rnd.randint(0, len(text))
            b = rnd.randint(a, len(text))
            want, got = plain(text, a, b), when.find_time(text, a, b)
            assert (got and (got.start(), got.end(), got.groupdict())) == (want and (want.start(), want.end(),
                                                                                       want.groupdict())), (text, a, b)
            found += want is not None
    assert found > 300


SENTENCE_TEXTS = [
    "the plan failed.",
    "the plan failed. The mayor left.",
    "the plan failed.\u201d",
    "that the U.S. will act.",
    "he would go! 3 ministers stayed.",
    "it rained.\nthen it stopped",
    "it rained.\n",
    "that it was over. \u00c9mile said so.",
    "a \"distortion.\"",
    "commented on the drop.\"It's fine,\" he said.",
    "no mark at all",
    "what now? nobody knows. really.",
    "Dr. Roe said so.",
]


def test_may_end_sentence_false_only_where_the_split_gives_the_text_whole():
    from datasette_claims.extract import sentences

    for text in SENTENCE_TEXTS:
        for start in range(len(text)):
            for end in range(start + 1, len(text) + 1):
                if not sentences.may_end_sentence(text, start, end):
                    assert sentences.sentence_spans(text, start, end) == [(start, end)], (text, start, end)
    assert sentences.may_end_sentence(SENTENCE_TEXTS[1], 0, len(SENTENCE_TEXTS[1]))
    assert not sentences.may_end_sentence(SENTENCE_TEXTS[0], 0, len(SENTENCE_TEXTS[0]))


def test_sentence_pieces_equal_the_split_without_the_shortcut():
    from datasette_claims.extract import grain, sentences

    def plain(text, start, end):
        raw = []
        for s, e in sentences.sentence_spans(text, start, end):
            s, e = grain._trim_piece(text, s, e)
            if s < e:
                raw.append((s, e))
        return raw

    for text in SENTENCE_TEXTS:
        pieces = grain.sentence_pieces(text, 0, len(text))
        if len(plain(text, 0, len(text))) < 2:
            assert pieces == [grain.Piece(0, len(text))], text


def test_tokens_equal_the_token_matches():
    from datasette_claims.extract import patterns as P

    text = "  Sen. Jane Roe (D-Ore.) said, \u201cwe\u2019ll see\u201d -- 3.5% of U.S. voters\u2026 agreed.\n\tOK"
    for lo in range(len(text)):
        for hi in range(lo, len(text) + 1):
            assert P.tokens(text, lo, hi) == [(m.start(), m.end(), m.group())
                                              for m in P.TOKEN_RE.finditer(text, lo, hi)], (lo, hi)


def test_inside_quote_and_unit_of_equal_a_scan():
    from datasette_claims.extract import context
    from datasette_claims.extract.quotes import find_quotes
    from datasette_claims.extract.sentences import paragraph_spans
    from datasette_claims.models import Article

    text = ('The mayor said "the bridge will open" on Monday. "It is late," a clerk said. '
            "He added: \u201cWe wait.\u201d\n\nA second paragraph, 'with a single quote here', ends.")
    article = Article(id="t", text=text)
    paras = paragraph_spans(article)
    quotes = find_quotes(text, paras)
    units = context.build_units(text, paras, quotes)
    ctx = context.Ctx(article, text, paras, quotes, [q.start for q in quotes], units, [u[0] for u in units],
                      None, None)
    for pos in range(-1, len(text) + 2):
        quote = next((q for q in ctx.quotes if q.start <= pos < q.end), None)
        assert context.inside_quote(ctx, pos) is quote, pos
        unit = next((u for u in ctx.units if u[0] <= pos < u[1]), None)
        assert context.unit_of(ctx, pos) == unit, pos
    assert len(ctx.quotes) >= 3 and len(ctx.units) >= 4


def _agree_on_random_ranges(pieces, seed, reference, shortcut) -> int:
    """Random texts of ``pieces`` and random ranges of them: ``shortcut(text, a, b)``
    finds what ``reference(text, a, b)`` finds; returns how many matches were seen."""
    import random

    rnd = random.Random(seed)
    seen = 0
    for _ in range(3000):
        text = "".join(rnd.choice(pieces) + rnd.choice(["", " ", ",", "-", "'", "\u00e9", "\n"])
                       for _ in range(rnd.randint(0, 8)))
        for _ in range(3):
            a = rnd.randint(0, len(text))
            b = rnd.randint(a, len(text))
            want = [(m.start(), m.end(), m.group()) for m in reference(text, a, b)]
            assert [(m.start(), m.end(), m.group()) for m in shortcut(text, a, b)] == want, (text, a, b)
            seen += len(want)
    return seen


def test_classify_is_read_once_per_mention_whatever_the_lemma_and_medium():
    """The sourcing type of a mention depends on its lemma and medium only
    through whether it was posted: other lemmas and media reuse the answer."""
    from datasette_claims.extract import sourcing

    for mention, named in (("the harbour officials", False), ("Ivo Kelpman", True), ("he", False)):
        codes = {sourcing.classify(mention, named, lemma, medium)
                 for lemma in (None, "say", "add", "warn") for medium in (None, "a statement", "an interview")}
        assert len(codes) == 1, mention
        before = sourcing._classified.cache_info().hits
        sourcing.classify(mention, named, "insist", "a radio interview")
        assert sourcing._classified.cache_info().hits == before + 1, mention
    assert sourcing.classify("Ivo Kelpman", True, "tweet") == "social_post"
    assert sourcing.classify("Ivo Kelpman", True, "say", "Twitter") == "social_post"
    assert sourcing.classify("Ivo Kelpman", True, "say", "a statement") == "named_person"


def test_clear_notes_resets_what_a_setattr_per_note_resets():
    """``Claim.clear_notes`` (one update of the instance's dict) leaves what a
    ``setattr`` of each note field's default left, and the other fields alone."""
    from dataclasses import fields

    from datasette_claims.models import Claim, Span

    def claim():
        c = Claim(id="a:0-9", content=Span(0, 9, "The ferry"), speaker="Mara Quill", hedges=["reportedly"])
        c._lemma, c._base, c._app, c._medium = "say", c, (1, 4), "in a statement"
        c._nested, c._hedged, c._cited, c._sourced = ("via", "who", None), True, (2, 3), True
        return c

    fast, slow = claim(), claim()
    fast.clear_notes()
    notes = [f for f in fields(Claim) if f.metadata.get("note")]
    assert len(notes) == 8
    for f in notes:
        setattr(slow, f.name, f.default)
    assert vars(fast) == vars(slow)
    assert fast._lemma is None and fast._hedged is False and fast.speaker == "Mara Quill"


# Weak reporting verbs in frames each shortcut branch must leave to the full
# search: a trailer, an intro, a colon, "that", a plan, a stance, data, a bare
# clause, a comma trailer, a prepositional object -- and some with no frame.
WEAK_CUE_TEXTS = [
    "The harbour board is expected to approve the new levy on Friday.",
    "Prices continue to rise across the valley, traders said.",
    "\"The ferry will sail,\" the captain continued.",
    "The captain continued: \"The ferry will sail at dawn.\"",
    "The mayor hopes to win a second term in the spring.",
    "Jo Roe endorsed the harbour plan at a rally in Kelp.",
    "A survey of anglers shows the catch fell by half.",
    "Ann Vole believes the dam will hold through the winter.",
    "The dam will hold, the engineers believe.",
    "Ben Roe expects that the vote will pass easily.",
    "The council released the report on the flood defences.",
    "The guild continues its campaign against the toll bridge.",
    "Villagers who know the valley worry about the river.",
    "Residents, continuing their protest, blocked the quay.",
    "He thought about the offer for a week, a friend recalled.",
]


def test_weak_cues_without_a_frame_skip_nothing_the_search_would_find():
    from datasette_claims.extract import extract_claims
    from datasette_claims.extract.verbal import cue as cue_module, frames
    from datasette_claims.models import Article

    fired = []

    def checked(ctx, cue, adj):
        frameless = frames.weak_cue_frameless(ctx, cue, adj)
        if frameless:
            fired.append(ctx.text[cue.start:cue.end])
        return frameless

    def rows(text):
        return [(c.content.start, c.content.end, c.rule, c.speaker, c.sourcing)
                for c in extract_claims(Article(id="t", text=text))]

    original = cue_module.weak_cue_frameless
    try:
        for text in WEAK_CUE_TEXTS:
            cue_module.weak_cue_frameless = checked
            with_shortcut = rows(text)
            cue_module.weak_cue_frameless = lambda ctx, cue, adj: False
            assert with_shortcut == rows(text), text
    finally:
        cue_module.weak_cue_frameless = original
    assert "expected" in fired and "continue" in fired  # (the shortcut is taken)


def test_noun_or_narration_is_asked_only_where_it_can_turn_a_cue_down():
    """``cue._screen_cue`` asks ``noun_or_narration`` only for the forms that
    ``may_be_noun_or_narration`` lets through: for every other cue form, in
    sentences built to hit each of its exits, it says False."""
    from types import SimpleNamespace

    from datasette_claims.extract.context import cue_lemma
    from datasette_claims.extract.lexicon import CUE_FORMS
    from datasette_claims.extract.verbal import screens

    befores = ("The ", "One ", "Another widely ", "Its ", "They went on to ", "The council's ", "He ")
    afters = (" 3 percent on Monday.", " delegates were counted.", " that the ferry was late.", " to comment.",
              " the harbour.", ".")
    skipped = 0
    for form in sorted(CUE_FORMS):
        for written in (form, form[:1].upper() + form[1:]):
            lemma = cue_lemma(written)[0]
            if screens.may_be_noun_or_narration(written.lower(), lemma):
                continue
            skipped += 1
            for before in befores:
                for after in afters:
                    text = before + written + after
                    ctx = SimpleNamespace(text=text)
                    cue_s = len(before)
                    assert not screens.noun_or_narration(ctx, written, lemma, cue_s, cue_s + len(written), 0), text
    assert skipped > 50
    assert screens.may_be_noun_or_narration("report", "report") and screens.may_be_noun_or_narration("stated", "state")
