"""Word lists the rules lean on: reporting cues, titles, source nouns, hedges.

Why a separate module: every rule family in the extractor is "a pattern plus a
list", and the lists are what one tunes.  Keeping them here, as plain Python
data with the inflections generated in one place, means a new cue verb or a new
kind of anonymous source is a one-line change that every rule picks up, and
the regexes built from the lists are compiled once at import time.
"""

from __future__ import annotations

import re

# (social networks' words are shared with the page furniture's calls to action: one list, in ``text``)
from ..offices import OFFICE_TITLES
from ..text import SOCIAL_WORDS as SOCIAL_WORDS

# The social networks that are also companies: capitalised as a speaker ("Twitter said in a statement",
# "A Kelpbook spokesman said"), the company speaks (named_org); a post or tweet as the source is social_post
PLATFORM_NAMES = frozenset(("twitter", "facebook", "instagram", "youtube", "tiktok", "telegram", "weibo",
                            "reddit", "vk"))

# ---------------------------------------------------------------------------
# Reporting verbs, by the stance the reporter's choice of verb carries.
# Each entry is a lemma; irregular forms are listed in IRREGULAR below.
# ---------------------------------------------------------------------------
CUE_CLASSES: dict[str, tuple[str, ...]] = {
    "assertion": (
        "say", "tell", "state", "add", "note", "explain", "mention", "write", "reply",
        "respond", "comment", "remark", "continue", "begin", "recall", "observe", "reiterate",
        "repeat", "testify", "tweet", "post", "declare", "argue", "suggest", "predict",
        "stress", "emphasize", "emphasise", "indicate", "signal", "hint", "conclude",
        "answer", "retort", "quip", "joke", "muse", "explain", "recount", "describe",
        "assure", "inform", "brief", "caution", "warn", "advise", "point", "refer", "tout",
        "contend", "maintain", "assert", "claim", "allege", "insist", "boast",
        "complain", "lament", "concede", "admit", "acknowledge", "agree", "counter",
        "estimate", "project", "forecast", "charge", "accuse", "blame", "criticize",
        "criticise", "argue", "promise", "pledge", "vow", "threaten", "guarantee",
        "speculate", "wonder", "ask", "question", "announce", "confirm", "disclose",
        "reveal", "report", "publish", "release", "reply", "whisper", "shout",
        "describe", "defend", "praise", "attack", "slam", "blast", "denounce", "decry",
        "cite", "echo", "chant", "read", "discuss", "address", "welcome", "applaud",
        "condemn", "mock", "rip", "hail", "lambaste", "scold", "chide", "thank",
        "yell", "scream", "cry", "exclaim", "proclaim", "concur", "hold", "posit",
        "ridicule", "assail", "rebuke", "deride", "bash", "lambast", "castigate", "berate",
        "disparage", "belittle", "brag", "gripe", "grumble", "vent", "opine", "rail",
        "bark", "fume", "scoff",  # manner of speaking, after a quotation ('"Go back," Roe barked')
        "editorialize", "editorialise",  # a paper's own voice ("The Kelp Star editorialized that ...")
    ),
    "denial": ("deny", "dismiss", "reject", "dispute", "refute", "rebut", "contradict",
               "decline", "refuse"),
    "directive": ("urge", "demand", "order", "recommend", "propose", "request", "implore",
                  "appeal", "press", "push"),
    "cognition": ("believe", "think", "fear", "hope", "expect", "feel", "worry", "doubt",
                  "know", "reckon", "figure", "assume", "suspect", "consider"),
    "evidence": ("show", "find", "indicate", "suggest", "conclude", "estimate", "reveal"),
    "volition": ("want", "support", "oppose", "endorse", "seek", "prefer", "plan", "back", "express"),
}

STANCE_LEMMAS = {"claim", "allege", "insist", "assert", "contend", "maintain", "boast",
                 "concede", "admit", "acknowledge", "charge", "accuse", "argue"}

IRREGULAR: dict[str, tuple[str, ...]] = {
    "find": ("find", "finds", "found"),
    "show": ("show", "shows", "showed", "shown", "showing"),
    "seek": ("seek", "seeks", "sought", "seeking"),
    "plan": ("plans", "planned"),
    "back": ("backed", "backs", "backing"),
    # (the past only: "tree bark", "exhaust fumes" are nouns)
    "bark": ("barked",), "fume": ("fumed",), "scoff": ("scoffed",),
    # (the past only, as "continued" closes a quotation: '"...," Roe began'; "begin" is an aspect verb)
    "begin": ("began",),
    "say": ("say", "says", "said", "saying"),
    "tell": ("tell", "tells", "told", "telling"),
    "write": ("write", "writes", "wrote", "writing", "written"),
    "hold": ("holds", "held"),
    "think": ("think", "thinks", "thought", "thinking"),
    "feel": ("feel", "feels", "felt", "feeling"),
    "know": ("know", "knows", "knew", "knowing", "known"),
    "forecast": ("forecast", "forecasts", "forecasted", "forecasting"),
    "cry": ("cried", "cries", "crying"),
    "deny": ("deny", "denies", "denied", "denying"),
    "reply": ("reply", "replies", "replied", "replying"),
    "testify": ("testify", "testifies", "testified", "testifying"),
    "worry": ("worry", "worries", "worried", "worrying"),
    "criticize": ("criticize", "criticizes", "criticized", "criticizing"),
    "criticise": ("criticise", "criticises", "criticised", "criticising"),
    "point": ("pointed out", "points out", "pointing out", "point out"),
    "push": ("pushed for", "pushes for", "pushing for", "push for"),
    "press": ("pressed for", "presses for", "pressing for", "press for"),
    "appeal": ("appealed for", "appeals for", "appealing for", "appealed to", "appeals to"),
}

# Multi-word cues whose complement is the content ("called for X").
PHRASAL: dict[str, tuple[str, str]] = {
    "called for": ("call", "directive"), "calls for": ("call", "directive"),
    "calling for": ("call", "directive"), "call for": ("call", "directive"),
    "called on": ("call", "directive"), "calls on": ("call", "directive"),
    "calling on": ("call", "directive"), "call on": ("call", "directive"),
    "asked for": ("ask", "directive"), "asks for": ("ask", "directive"),
    "spoke of": ("speak", "assertion"), "speaks of": ("speak", "assertion"),
    "made clear": ("make", "assertion"), "makes clear": ("make", "assertion"),
    "made it clear": ("make", "assertion"), "makes it clear": ("make", "assertion"),
    "went on to say": ("say", "assertion"), "goes on to say": ("say", "assertion"),
    "went on": ("say", "assertion"), "goes on": ("say", "assertion"),
    "called": ("call", "assertion"), "calls": ("call", "assertion"),
    "calling": ("call", "assertion"), "call": ("call", "assertion"),
    "asked about": ("ask", "assertion"), "pointed to": ("point", "assertion"),
    "points to": ("point", "assertion"), "spoke about": ("speak", "assertion"),
    "talked about": ("talk", "assertion"), "put it": ("say", "assertion"),
    # the other forms of the last two (PolNeAR train: 7 in 10 of "talk(s|ing)
    # about" and "point(ing) to" in narration are attributions)
    "talks about": ("talk", "assertion"), "talking about": ("talk", "assertion"),
    "talk about": ("talk", "assertion"), "pointing to": ("point", "assertion"),
    "point to": ("point", "assertion"),
}
# "went on to claim that", "goes on to state": the verb after "went on to" is the cue's
# (each form of "go on" before each of these lemmas, as "went on to say" above)
GOING_ON_LEMMAS = ("state", "add", "note", "claim", "argue", "explain", "stress", "tell", "insist", "warn",
                   "suggest", "assert", "allege", "contend", "charge", "write", "predict", "emphasize",
                   "emphasise", "comment", "remark", "declare", "maintain", "observe", "point out")
for _go in ("went on to", "goes on to", "go on to", "going on to", "gone on to"):
    for _lemma in ("say", *GOING_ON_LEMMAS):
        PHRASAL.setdefault(f"{_go} {_lemma}", (_lemma.split()[0], "assertion"))


def _inflect(lemma: str) -> tuple[str, ...]:
    if lemma in IRREGULAR:
        return IRREGULAR[lemma]
    if lemma.endswith("e"):
        return (lemma, lemma + "s", lemma + "d", lemma[:-1] + "ing")
    if lemma.endswith("y") and lemma[-2] not in "aeiou":
        return (lemma, lemma[:-1] + "ies", lemma[:-1] + "ied", lemma + "ing")
    if lemma.endswith(("s", "sh", "ch", "x")):
        return (lemma, lemma + "es", lemma + "ed", lemma + "ing")
    doubled = {"admit": "admitt", "regret": "regrett", "commit": "committ", "plan": "plann",
               "slam": "slamm", "rip": "ripp", "quip": "quipp", "brag": "bragg", "chat": "chatt",
               "refer": "referr"}
    stem = doubled.get(lemma, lemma)
    return (lemma, lemma + "s", stem + "ed", stem + "ing")


# form -> (lemma, stance class)
CUE_FORMS: dict[str, tuple[str, str]] = {}
for _cls, _lemmas in CUE_CLASSES.items():
    for _lemma in _lemmas:
        for _form in _inflect(_lemma):
            CUE_FORMS.setdefault(_form, (_lemma, _cls))
for _form, _info in PHRASAL.items():
    CUE_FORMS[_form] = _info

# Verbs that by themselves are too often not reporting ("hold", "post", "press",
# "project", "question", "release", "report" as a noun, ...): they only count
# when followed by "that" or a quote.
WEAK_LEMMAS = {"find", "show", "want", "support", "oppose", "endorse", "seek", "prefer", "plan",
               "back", "read", "address", "welcome", "thank", "chant", "talk",
               "rip", "hail", "hold", "post", "project", "release", "publish", "continue", "begin", "counter",
               "figure", "consider", "answer", "feel", "know", "cry",
               "brief", "observe",
               "order", "request", "advise", "inform", "assure",
               "wonder", "expect", "hope", "fear", "worry", "doubt", "think", "believe",
               "suspect", "assume", "reckon", "concur", "estimate", "forecast",
               "guarantee", "tout", "hint", "push",
               "press", "appeal", "publish", "make",
               "remark", "comment", "reply",
               "repeat", "maintain", "joke", "muse", "point", "refer", "bark", "fume", "scoff"}
# Of the weak ones, these are fine as a trailer after a quote or a ", X added."
TRAILER_OK = {"read", "add", "note", "tell", "write", "ask", "reply", "respond", "continue", "begin",
              "recall", "comment", "remark", "joke", "muse", "counter", "explain",
              "observe", "concede", "agree", "answer", "repeat", "point", "maintain",
              "think", "believe", "hope", "fear", "worry", "expect", "report", "reckon",
              "cry", "quip", "tweet", "post", "admit", "insist", "predict", "argue",
              "warn", "caution", "conclude", "declare", "explain", "confirm", "speculate",
              "bark", "fume", "scoff"}
# Of those, the ones that are a cue only as a quotation's trailer ('"...," Roe began', '"...," began
# Roe'): elsewhere an aspect verb or a start ("began to feel", "the strike, which began on Monday")
QUOTE_TRAILER_ONLY = frozenset(("begin",))
# Cues that take an object noun phrase before the content: "told reporters that".
OBJECT_CUES = {"tell", "inform", "assure", "brief", "warn", "remind", "caution", "advise"}
# Cues whose bare complement is usually a noun phrase that ends before an
# adjunct of the cue ("denied the charges through his lawyer", "praised the
# crews on Sunday"): measured on PolNeAR train.
NP_OBJECT_CUES = frozenset((
    "deny", "dismiss", "reject", "dispute", "blame", "criticize", "criticise", "praise", "defend",
    "blast", "denounce", "decry", "slam", "condemn", "mock", "ridicule", "assail", "lambast",
    "chide", "scold", "rebuke", "deride", "bash", "stress", "emphasize", "welcome", "applaud",
    "thank", "attack", "hail", "call", "cite", "discuss", "echo", "mention", "question",
    "describe", "announce", "confirm", "reveal", "release", "acknowledge", "tout", "endorse"))
# Cues whose content is their whole complement, with no "that": "urged X to Y".
COMPLEMENT_CUES = {"urge", "attack", "call", "demand", "order", "recommend", "propose", "request",
                   "ask", "promise", "pledge", "vow", "threaten", "deny", "dismiss",
                   "reject", "dispute", "accuse", "blame", "criticize", "criticise",
                   "describe", "announce", "reveal", "confirm", "disclose", "praise",
                   "predict", "warn", "acknowledge", "admit", "concede", "question",
                   "implore", "appeal", "push", "press", "tout", "defend", "refute",
                   "rebut", "contradict", "speak", "release", "publish", "report",
                   "estimate", "forecast", "suggest", "claim", "allege", "insist", "tweet",
                   "post", "write", "say", "mention", "note", "recall", "argue", "cite",
                   # measured on PolNeAR train: with a bare object these are mostly
                   # annotated ("discussed the plan", "echoed his call", "indicated
                   # she would run", "attacked X" is not -- it stays weak)
                   "discuss", "echo", "indicate", "signal", "agree", "respond",
                   "decline", "refuse",
                   "blast", "denounce", "decry", "slam", "lament", "condemn", "mock", "ridicule",
                   "assail", "lambast", "chide", "scold", "rebuke", "deride", "bash"}

# Auxiliaries and adverbs that may sit between a subject and its cue and that
# PolNeAR counts as part of the cue ("has also said").

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
# the nouns of a time after "this", "last", "next" ("last week", "this spring")
TIME_NOUNS = ("week", "weekend", "month", "year", "night", "morning", "afternoon", "evening", "spring", "summer",
              "autumn", "fall", "winter")
# adverbs that open a sentence before its subject and are no part of it ("Afterwards Quill said")
OPENING_ADVERBS = (
    "afterwards", "afterward", "later", "earlier", "meanwhile", "separately", "finally", "still", "however", "now",
    "today", "yesterday", "tonight", "again", "recently", "eventually", "subsequently", "initially", "previously",
    "moreover", "nevertheless", "nonetheless", "similarly", "likewise", "indeed", "ultimately")
# Words that open a sentence as an adverb, a conjunction or a question's auxiliary
# and name nothing ("So, too, is ...", "Immediately after the vote, ...", "Are you
# ...?"): never a body an "it" or a "they" stands for
OPENING_WORDS = frozenset((*OPENING_ADVERBS, "so", "yet", "thus", "hence", "also", "instead", "then", "but", "and",
                           "or", "nor", "too", "immediately", "aside", "besides", "otherwise", "therefore",
                           # the auxiliary opening a question ("Are you ...?")
                           "are", "is", "was", "were", "do", "does", "did", "have", "has", "can", "will", "would",
                           "should", "could"))
MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december")
# the weekdays and months as written in a name-like run ("Tuesday", "June")
DATE_WORDS = frozenset(w.capitalize() for w in WEEKDAYS + MONTHS)
MONTH_ABBR = {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
              "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12}

# ---------------------------------------------------------------------------
# Speakers
# ---------------------------------------------------------------------------
# lower-case words inside a person's name ("Jan van der Berg", "Ana de la Cruz",
# "Khalid bin Rashid"), and the Arabic article joined to a surname ("al-Kelp")
NAME_PARTICLES = ("de", "van", "von", "al", "bin", "ibn", "el", "da", "di", "do", "del", "della", "der", "den",
                  "dos", "das", "e", "du", "la", "le", "ter")
JOINED_ARTICLES = ("al", "el", "ad", "an", "ar", "as", "ash", "at", "az", "ud", "ul")
PERSON_PRONOUNS = {"he": "m", "she": "f", "they": "p", "i": "1", "we": "1p", "it": "n",
                   "you": "2", "who": "w"}
# Words that count a group before "of" ("Hundreds of protesters", "Most of the
# residents"): the group's head is the noun after them.
COUNT_HEADS = frozenset(("hundreds", "thousands", "dozens", "tens", "millions", "scores", "many", "some", "most",
                         "several", "all", "both", "none"))
# Nouns that head a group before "of" ("a number of bishops", "a group of
# residents"): with ``COUNT_HEADS``, an agent that is one of them goes on over its "of".
GROUP_HEADS = frozenset(("number", "group", "members", "majority", "minority", "coalition", "handful",
                         "couple", "lot", "host", "string", "chorus", "range", "series"))
# Group nouns that, after "a", "one" or "another" and no name, are an unnamed
# group of people, not a body ("another group said", "a coalition of unions said")
UNNAMED_GROUP_HEADS = frozenset(("group", "coalition"))
# Plurals of bodies and things, not of people: no "they" of speakers stands for them.
NON_PEOPLE_PLURALS = frozenset(("others", "states", "countries", "banks", "businesses", "companies", "industries",
                                "nations", "governments"))
# A word that cannot be all of what someone said: a pronoun or relative that
# stands for it elsewhere ("The ministry confirms this", "Roe, who was
# criticised ..."), or a connective left of a parenthetical cue ("Instead, he
# said, ...").  A claim whose whole content is one of them is no claim.
CONTENTLESS_WORDS = frozenset((
    "he", "she", "they", "it", "we", "i", "you", "him", "her", "them", "us", "me", "himself", "herself", "itself",
    "themselves", "who", "whom", "which", "this", "that", "these", "those", "so", "instead", "however", "also",
    "but", "and", "yet", "thus", "therefore", "furthermore", "besides", "meanwhile", "moreover", "nevertheless",
    "nonetheless", "still", "indeed", "above", "below", "otherwise"))
# (round 52) A phrase that names what was said by its kind and points back to it
# ("Lind expressed similar sentiments", "the council rejected such calls", "the
# army dismissed such criticisms"): like ``CONTENTLESS_WORDS``, a claim whose whole
# content is one is no claim (context.stands_for_elsewhere).  Not "the same", "the
# opposite", "a lot": PolNeAR annotates "26 percent said the same" as what was said.
CONTENTLESS_PHRASE = r"(?:similar|such)\s+[a-z]+"
# (round 52) The object of "claim" in its sense of "take a life" ("the blast claimed 23
# lives", "the fever that claimed her life"): a toll, not a statement (extract/verbal/complements.py)
TOLL_NOUNS = ("lives", "life")
TITLES = ("Mr.", "Mrs.", "Ms.", "Dr.", "Sen.", "Rep.", "Gov.", "Gen.", "Lt.", "Col.",
          "Capt.", "Sgt.", "Adm.", "Prof.", "Rev.", "Pres.", "Amb.", "Maj.", "Cmdr.",
          "St.", "Jr.", "Sr.", "Hon.", "Atty.", "Supt.", "Insp.", "Det.", "Cpl.", "Pvt.")
TITLE_WORDS = {
    "president", "minister", "pm", "secretary", "senator", "governor", "spokesman",
    "spokeswoman", "spokesperson", "chairman", "chairwoman", "chair", "director",
    "ambassador", "mayor", "chancellor", "premier", "leader", "speaker", "representative",
    "congressman", "congresswoman", "official", "adviser", "advisor", "aide", "general",
    "commander", "chief", "head", "judge", "justice", "attorney", "prosecutor", "king",
    "queen", "prince", "envoy", "diplomat", "candidate", "nominee", "founder", "ceo",
    "executive", "professor", "analyst", "economist", "manager", "strategist", "lawyer",
    "officer", "deputy", "lawmaker", "legislator", "pollster", "researcher", "expert",
    "author", "editor", "reporter", "columnist", "host", "anchor", "commissioner",
    "administrator", "coordinator", "counsel", "governor", "frontrunner", "front-runner",
    "rival", "challenger", "incumbent", "vice", "member", "activist", "campaigner",
    "organizer", "pastor", "bishop", "pope", "cardinal", "emir", "sheikh", "sheik",
    "mogul", "billionaire", "businessman", "businesswoman", "tycoon", "star", "chief",
    "hopeful", "contender", "superintendent", "sheriff", "inspector", "detective",
    "treasurer", "colonel", "lieutenant", "sergeant", "admiral", "alderman", "councillor", "councilor",
    # occupations written before a name ("Novelist Jo Roe", "harbour master Jo Roe")
    "master", "writer", "novelist", "poet", "journalist", "historian", "actor", "actress", "singer",
    "filmmaker", "comedian", "coach", "scientist", "physician", "surgeon",
    # a campaign's hired hands ("Vole consultant Ed Reyes": Vole is the employer)
    "consultant",
    # a head of government by its own word ("Kelpish Taoiseach Jo Roe")
    "taoiseach",
}
# Title words that are verbs or adjectives as often as nouns ("head", "host", "star"):
# a subject's noun phrase does not run on over them (``sources._extend_subject``),
# "general" only after another title ("attorney general")
TITLE_WORDS_AMBIGUOUS = frozenset({
    "head", "host", "star", "master", "general", "vice", "chair", "counsel", "anchor", "coach", "judge", "justice",
    "rival", "hopeful", "incumbent", "expert", "member", "chief", "executive", "deputy"})
# the words of a head of government's office: a premier is a prime minister (``coref.holds_another_office``)
PREMIER_WORDS = frozenset(("premier", "minister", "pm"))
FEMALE_TITLES = {"mrs.", "ms.", "miss", "spokeswoman", "chairwoman", "congresswoman",
                 "queen", "princess", "businesswoman", "madam", "lady"}
MALE_TITLES = {"mr.", "spokesman", "chairman", "congressman", "king", "prince",
               "businessman", "sir", "lord", "pope", "father"}
# Honorifics written before a person's name ("Mr", "Dame"), lower case, without a full stop.
HONORIFICS = frozenset(("mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady"))
# A style written before a name in full ("the Right Honourable Jo Roe PC MP", "The Hon. Jo
# Roe"): no part of the name, nor a role; lower case, without a full stop.
STYLE_WORDS = frozenset(("right", "rt", "honourable", "honorable", "hon"))
# a leader's spouse's title: an ordinal before an honorific, a title as a whole ("First
# Lady Ann Vole" is Ann Vole; "Lady Ann Vole" alone keeps the honorific of her name)
SPOUSE_TITLES = frozenset(("first lady", "second lady", "first gentleman", "second gentleman"))
# A few common forenames by gender, enough to agree pronouns with first mentions.
FEMALE_NAMES = set("""hillary sarah nancy elizabeth carly michelle angela theresa marine
hannah jane mary susan karen linda barbara patricia jennifer maria anna olga irina natalia
laura lisa kate katherine catherine emily emma sophie julia rachel rebecca amy megyn kellyanne
donna diane dianne debbie deborah kirsten kamala tulsi nikki condoleezza madeleine samantha
valerie huma hope ivanka melania chelsea loretta janet sally ruth sonia elena christine
claire marie helen margaret victoria yulia tatiana svetlana ekaterina elena
jill kathy kathleen cathy carol carolyn sharon michele shelley nina wendy ann anne annie
amanda ashley brenda cheryl cynthia dana dorothy ellen erin gina gloria heather holly jessica
joan joanne judith judy julie kelly kristen lauren lori lucy martha megan melissa
michele molly monica nicole paula rosa sheila stephanie tammy teresa tracy vanessa
virginia wanda alice abigail allison andrea beth betsy betty bonnie brittany carmen
caroline cecilia claudia colleen courtney denise dolores eleanor elaine elisabeth evelyn
faith frances gabrielle grace gretchen harriet ivana jacqueline janice jeanne jenny
joyce katie katrina kristin leslie lynn madison marcia marsha maureen maxine melanie
mia mildred naomi natalie olivia pamela patty peggy penny priscilla roberta robin
rose sabrina sandra shannon sheryl stacey sue suzanne sylvia tanya tina ursula vicki
yvonne zoe hilary marsha debra tammy ayanna dina jan""".split())
MALE_NAMES = set("""donald barack bernie ted marco jeb ben john chris mike rand george bill
joe paul mitch harry jim james robert michael david richard thomas charles mark steve
stephen sergei vladimir dmitry alexei boris viktor recep bashar benjamin francois emmanuel
nicolas david tony gordon lindsey rick scott jeff jeffrey bobby martin jerry kevin newt
reince corey paul peter andrew henry eric ashton john lavrov xi kim ali hassan mohammed
ahmed omar ivan igor yuri nikolai andrei alexander
adam alan albert allen anthony arnold arthur barry ben brad bradley brandon brian bruce
bryan carl carlos chad charlie chuck clarence craig dan daniel darrell darren dave
dean dennis derek dick don doug douglas duncan dwight earl ed eddie edward elijah elliot
eugene evan frank fred frederick gary gene geoff gerald glenn greg gregory hank harold
herbert howard hugh jack jacob jake jason jay jerome jesse jimmy joel joey jon jonathan
jordan jose joseph josh joshua juan justin keith ken kenneth kent kurt larry lawrence
leon leonard lou louis luis luke malcolm marc marcus mario matt matthew maurice max
mitt nathan neil nick nicholas noah norman orrin patrick pete phil philip ralph randy
ray raymond reid rob roger ron ronald ross roy russ russell ryan sam samuel sean sheldon
sherrod stanley stuart ted terry tim timothy todd tom travis trey troy vincent walter
warren wayne william willie zach dmitri mikhail sergey vladislav abdullah ahmad hamid
muhammad mahmoud yousef fernando francisco pedro miguel antonio giuseppe hans jean
pierre francois wolfgang heinz jeremy nigel boris rudy rudolph newton marty jared
karl franklin grover lyndon ronnie herman hal cory elliott dale duane jeb""".split())
# More given names common in international news (English, German, Dutch, Nordic,
# French, Spanish, Portuguese, Italian, Slavic, Arabic, Turkish, Persian, Hebrew,
# South Asian, Japanese, African), written from general knowledge, with the
# accents news copy keeps or drops; none that is also a common English word
# ("Grant", "Will", "Guy", "Christian") or a place ("Salvador", "Paulo").
FEMALE_NAMES |= set("""alexandra angelina anita antonia bridget camilla charlotte clare diana edith
eileen elsa eva fiona florence gillian gwen hazel irene isabel josephine kristina lena louise
lydia maggie mandy marianne marilyn marion miriam nadia nora norma pauline phyllis rita sara
shirley sonja stella susanna tracey valentina vera veronica vivian yvette joanna justine kirsty
jacinda tarja helle mette erna segolene ségolène martine christiane sylvie nathalie isabelle
francoise françoise simone rachida najat dilma cristina evita beatriz ines inés lucia lucía marta
paloma pilar soledad ximena gabriela fernanda giorgia beata ewa natalya ludmila lyudmila galina
anastasia daria fatima aisha leila layla benazir hina zainab tzipi golda shirin maryam priyanka
indira pratibha hasina khaleda mayawati ngozi wangari yingluck megawati corazon imelda annegret
gesine renate sabine petra birgit brigitte monika heidi karin sigrid ingrid tessa agnes natasha""".split())
MALE_NAMES |= set("""christopher andreas aaron adrian alfred alistair alastair andy angus austin
bernard billy bob brett calvin cecil clifford clint colin conor curtis cyril damian damien danny
declan desmond dominic edgar edmund edwin ernest felix francis gavin geoffrey gilbert graham
harvey hector ian isaac ivor jerry johnny kenny kieran kyle lance leo lewis lionel lloyd marvin
mervyn mickey miles mitchell morris murray nathaniel neville oliver oscar owen percy quentin
reginald rodney rupert simon stewart terence tommy trevor tyler vernon victor wesley winston
zachary nelson gerry gerard liam shane seamus brendan fergus niall eamon enda bertie hamish euan
callum ewan rory ronan dermot ciaran joschka jürgen jurgen gerhard helmut horst klaus uwe dieter
günter gunter stefan matthias markus johannes joachim guido lothar manfred norbert rainer
reinhard rolf sigmar thorsten ulrich volker werner wilhelm friedrich heinrich hermann otto jens
lars anders nils sven björn bjorn erik henrik olaf fredrik göran goran pieter willem frederik wim geert
jeroen maarten dirk hendrik joost jesper jonas sauli juha matti mikko pekka jacques philippe
alain laurent marcel michel olivier pascal rene rené serge thierry yves christophe didier
edouard édouard benoit benoît arnaud bruno jean-pierre jean-marie jean-claude jean-luc jean-louis
jean-paul jean-yves jean-francois jean-françois jean-jacques alejandro alberto alvaro álvaro
andres andrés cesar césar diego eduardo enrique esteban felipe gabriel gonzalo guillermo gustavo
hugo ignacio jaime javier jorge josé julio manuel marcelo mariano mauricio nestor néstor pablo
rafael ramon ramón raul raúl ricardo roberto rodrigo sergio tomas tomás vicente evo luiz joao
joão geraldo sebastian sebastián fidel ollanta giorgio giovanni giulio luigi luca massimo matteo
paolo pietro silvio enrico fabio gianni umberto vittorio dario romano aleksandr alexandr aleksei
anatoly andrej andrzej bogdan dragan evgeny yevgeny gennady grigory jaroslaw jarosław kazimierz
lech leonid miroslav milos miloš nikola oleg pavel petr petro radovan ratko slobodan stanislav
tadeusz tomasz vaclav václav vitali vitaly vojislav volodymyr zoran zbigniew mateusz borut janez
abdel abdul ahmet amr anwar ayman bashir faisal farouk fuad fouad gamal hamad hani hosni
ibrahim ismail jamal kamal khalid khaled mohamed mohammad mustafa nabil nasser nouri osama rafik
rafiq saad saeb salah salim sami tariq walid yasser yasir youssef yusuf ziad mehmet kemal
bulent bülent tayyip hasan hossein akbar mohsen javad ebrahim ariel avigdor ehud shimon yitzhak
moshe amir shaul silvan yuval naftali yair reuven gilad amit anil arun ashok atal manmohan
narendra rahul rajiv ravi sanjay sunil vijay pranab lalu nitish pervez nawaz asif imran shahbaz
yousaf raghu rajesh suresh mahinda ranil shinzo junichiro yukio taro naoto yoshihiko ichiro
hiroshi takeshi kenji thabo kofi olusegun goodluck muhammadu uhuru mwai raila yoweri jakaya
kgalema""".split())
# Given names borne by men and women alike: a forename, but no gender.
UNISEX_NAMES = frozenset("""alex sasha jamie nicola claude dominique""".split())
FORENAMES = frozenset(FEMALE_NAMES | MALE_NAMES | UNISEX_NAMES)

# What a newsroom's CMS signs a story with in place of a writer's name ("Web
# Desk", "Staff Reporter", "admin", "The Editors"): the last word of such a
# signature.  A quotation signed so is the page's own text, no one's speech.
NEWSROOM_SIGNATURES = frozenset(("desk", "desks", "staff", "admin", "webmaster", "newsroom", "editors",
                                 "reporter", "reporters", "correspondent", "correspondents", "writer", "writers"))

# ---------------------------------------------------------------------------
# Sourcing
# ---------------------------------------------------------------------------
OFFICIAL_NOUNS = {"official", "officials", "source", "sources", "diplomat", "diplomats",
                  "spokesman", "spokeswoman", "spokesperson", "aide", "aides", "adviser",
                  "advisers", "advisors", "advisor", "officer", "officers", "insider",
                  "insiders", "staffer", "staffers", "representative", "representatives",
                  "lawmaker", "lawmakers", "minister", "ministers", "envoy", "authorities",
                  "investigators", "prosecutors", "police", "negotiator", "negotiators",
                  "associates", "confidants", "executives"}
# those who speak for another ("a spokesman for Jo Roe", "an aide to the mayor"):
# the one speaking is the speaker, not the one spoken for
SPEAKS_FOR_NOUNS = ("spokesman", "spokeswoman", "spokesperson", "representative", "aide", "adviser", "advisor",
                    "lawyer", "attorney", "staffer")
# nouns that end a body's name and may also open a person's ("the Kelp Post's Ana Dal"):
# not institution words for the rest of the rules, since they stand in names and places
BODY_OWNER_NOUNS = frozenset(("Post", "Union", "Bank", "House"))
OFFICIAL_ADJ = {"diplomatic", "government", "military", "senior", "administration",
                "official", "ministry", "intelligence", "security", "police", "defense",
                "defence", "white", "state", "federal", "u.s.", "western", "european",
                "russian", "chinese", "american", "unidentified", "unnamed", "top",
                "high-ranking", "campaign", "party", "kremlin", "pentagon", "un", "u.n."}
GENERIC_ANON = {"source", "sources", "people", "person", "someone", "one", "insider",
                "insiders", "individuals", "individual", "observers", "witnesses", "witness"}
COLLECTIVE_NOUNS = {"critics", "analysts", "experts", "residents", "observers", "economists",
                    "opponents", "supporters", "activists", "voters", "democrats",
                    "republicans", "conservatives", "liberals", "progressives", "countries",
                    "nations", "governments", "members", "protesters", "protestors",
                    "scientists", "researchers", "investors", "traders", "lawyers",
                    "scholars", "historians", "commentators", "pundits", "strategists",
                    "pollsters", "many", "others", "some", "leaders", "groups", "allies",
                    "detractors", "skeptics", "sceptics", "advocates", "campaigners",
                    "citizens", "americans", "britons", "russians", "officials", "world",
                    "veterans", "parents", "teachers", "students", "workers", "unions",
                    "candidates", "rivals", "colleagues", "friends", "neighbors",
                    "neighbours", "locals", "villagers", "doctors"}
# (polls and surveys are documents, in the plural as "the poll" is: DOCUMENT_NOUNS)
DOCUMENT_NOUNS = {"report", "reports", "statement", "study", "survey", "poll", "polls",
                  "document", "documents", "memo", "memorandum", "letter", "filing", "filings", "data",
                  "analysis", "figures", "records", "transcript", "complaint", "lawsuit",
                  "indictment", "affidavit", "ruling", "resolution", "bill", "law",
                  "proposal", "plan", "communique", "communiqué", "declaration", "estimate",
                  "estimates", "research", "paper", "book", "review", "audit", "census",
                  "release", "order", "motion", "brief", "testimony", "email", "emails",
                  "guidelines", "website", "ad", "advertisement", "video", "note", "notice",
                  "studies", "surveys", "analyses", "reviews", "audits", "investigation",
                  "investigations", "inquiry", "inquiries", "assessment", "assessments", "polling",
                  # (found in the Wikinews audit of issue #10: "The manifesto proposes", "the article said")
                  "article", "manifesto", "decree", "constitution", "treaty", "charter", "verdict", "judgment",
                  "judgement", "editorial", "petition", "leaflet", "pamphlet",
                  # (round 23: written texts typed a generic source -- "the announcement said", "the program
                  # summary", "The suit charges that", "The script started by saying", "Internet statements")
                  "announcement", "announcements", "summary", "summaries", "script", "scripts", "message",
                  "messages", "suit", "suits", "statements", "decision",
                  # (round 25: words printed or carried -- "under a headline that said", "a banner which read")
                  "headline", "headlines", "caption", "captions", "banner", "banners", "placard", "placards",
                  # (round 28: "the missive suggests", "The 60 second ad ends with ...:")
                  "missive", "missives"}
# what "it reads" / "it read" stands for: a text, or a thing that carries one ("a campaign poster ... It
# reads:", "a sign of her own. 'I am still here,' it read"; extract/enrich.py, ``_what_it_reads``)
READ_THINGS = frozenset(DOCUMENT_NOUNS | {"poster", "posters", "sign", "signs", "billboard", "billboards", "flyer",
                                          "flyers", "plaque", "inscription", "card", "sticker", "stickers",
                                          "t-shirt", "shirt", "e-mail", "tweet", "slogan", "mailer", "postcard"})
MEDIA_WORDS = {"media", "newspaper", "newspapers", "agency", "tv", "television", "radio",
               "press", "reuters", "ap", "afp", "ria", "novosti", "interfax", "tass", "itar-tass",
               "bbc", "cnn", "xinhua", "yonhap", "kyodo", "times", "post", "journal",
               "news", "daily", "tribune", "herald", "gazette", "guardian", "telegraph",
               "msnbc", "fox", "nbc", "abc", "cbs", "npr", "politico", "bloomberg",
               "axios", "breitbart", "huffpost", "outlet", "outlets", "broadcaster",
               "magazine", "tabloid", "wire", "channel", "reporters", "journalists",
               # (round 42: a capitalised "Journalism" ends an outlet's or a review's name)
               "journalism"}
ORG_HINTS = {"ministry", "department", "council", "government", "office", "agency",
             "committee", "commission", "administration", "party", "campaign", "company",
             "corporation", "corp", "inc", "group", "bank", "fund", "association", "union",
             "organization", "organisation", "institute", "foundation", "court", "congress",
             "senate", "house", "parliament", "kremlin", "pentagon", "cabinet", "army",
             "police", "board", "university", "center", "centre", "service", "authority",
             "federation", "league", "network", "nato", "un", "u.n.", "eu", "opec", "fbi",
             "cia", "nsa", "gop", "dnc", "rnc", "who", "imf", "white", "team", "club",
             "state", "states", "city", "embassy", "mission", "coalition", "alliance",
             "movement", "forces", "military", "navy", "staff", "firm", "consulate", "secretariat", "directorate",
             "treasury", "presidency", "palace", "exchequer"}
# Place-like names that speak as institutions ("Russia has called for ...").
COUNTRY_LIKE = {"russia", "china", "iran", "israel", "japan", "germany", "france",
                "britain", "ukraine", "georgia", "syria", "iraq", "turkey", "india",
                "pakistan", "moscow", "washington", "beijing", "tehran", "london", "paris",
                "berlin", "kiev", "kyiv", "pyongyang", "seoul", "tokyo", "america",
                "north", "south", "canada", "mexico", "egypt", "brussels", "europe"}
# The other countries, by a word of their name that no person's name uses often
# (not "Jordan", "Chad"): a country speaks as an institution and is no person,
# even when a "he" follows it.
# countries of two words, as a page's tag glued before a sentence ("United Kingdom The government said")
COUNTRY_PAIRS = frozenset(("united kingdom", "united states", "north korea", "south korea", "new zealand",
                           "south africa", "sri lanka", "saudi arabia", "czech republic", "hong kong", "east timor"))
COUNTRY_LIKE |= {
    "afghanistan", "albania", "algeria", "andorra", "angola", "argentina", "armenia", "australia", "austria",
    "azerbaijan", "bahamas", "bahrain", "bangladesh", "barbados", "belarus", "belgium", "belize", "benin",
    "bhutan", "bolivia", "bosnia", "botswana", "brazil", "brunei", "bulgaria", "burundi", "cambodia", "cameroon",
    "chile", "colombia", "comoros", "congo", "croatia", "cuba", "cyprus", "czechia", "denmark", "djibouti",
    "ecuador", "eritrea", "estonia", "eswatini", "ethiopia", "fiji", "finland", "gabon", "gambia", "ghana",
    "greece", "grenada", "guatemala", "guinea", "guyana", "haiti", "honduras", "hungary", "iceland",
    "indonesia", "ireland", "italy", "jamaica", "kazakhstan", "kenya", "kiribati", "kosovo", "kuwait",
    "kyrgyzstan", "laos", "latvia", "lebanon", "lesotho", "liberia", "libya", "liechtenstein", "lithuania",
    "luxembourg", "madagascar", "malawi", "malaysia", "maldives", "mali", "malta", "mauritania", "mauritius",
    "micronesia", "moldova", "monaco", "mongolia", "montenegro", "morocco", "mozambique", "myanmar", "burma",
    "namibia", "nauru", "nepal", "netherlands", "nicaragua", "niger", "nigeria", "norway", "oman", "palau",
    "palestine", "panama", "paraguay", "peru", "philippines", "poland", "portugal", "qatar", "romania",
    "rwanda", "samoa", "senegal", "serbia", "seychelles", "singapore", "slovakia", "slovenia", "somalia",
    "spain", "sudan", "suriname", "sweden", "switzerland", "taiwan", "tajikistan", "tanzania", "thailand",
    "togo", "tonga", "tunisia", "turkmenistan", "tuvalu", "uganda", "uruguay", "uzbekistan", "vanuatu",
    "venezuela", "vietnam", "yemen", "zambia", "zimbabwe", "zealand", "lanka", "arabia", "korea",
}

# Subject pronouns that open a clause with no "who" or "that" after a plural
# noun ("the experts we asked", "the farmers he met"): the noun is the head.
CLAUSE_SUBJECTS = frozenset(("i", "we", "he", "she", "they", "you"))

# A modal of possibility before a cue ("the panel could declare ...", "some might
# argue that ...", "could have asked the court"): a speech act that may or would
# happen, no statement made.  ("may" is left: "X may blame Y, but ..." concedes a
# stance, and "May" is a name; "could not", "could only" report what happened.)
HYPOTHETICAL_MODALS = frozenset(("could", "might"))
# The finite auxiliaries: "be" and "have" in their finite forms and the modals.
# After a noun phrase one says a clause's verb has come ("his call to act has
# ...", "a probe the agency said was ongoing"); the regexes that look for one
# are built from this tuple (``patterns.AUX_ALT``).  The "do" forms are added
# only where a rule wants them: "do" is also an infinitive ("her vow to do so").
FINITE_AUX = ("is", "was", "are", "were", "has", "have", "had", "will", "would", "can", "could", "should",
              "may", "might", "must")
DO_AUX = ("did", "does", "do")
# what "could" reports as perceived ("could feel that ...", "could see that ..."),
# a past ability: these stay claims
PERCEIVED_LEMMAS = frozenset(("feel", "sense", "see", "hear", "notice", "tell"))
# adverbs that may stand between such a modal and its verb ("could also declare")
MODAL_ADVERBS = frozenset(("also", "then", "now", "well", "even", "still", "soon", "easily", "simply", "just",
                           "eventually", "potentially", "ultimately", "reasonably", "fairly", "rightly"))

# Words that open a direct question ("Do you think that ...?", "How does the
# board feel about ...?"): a cue in such a sentence asks, it reports nothing.
# ("When", "Where" are left: they also open a clause of time or place.)
QUESTION_OPENERS = frozenset((
    "Do", "Does", "Did", "Have", "Has", "Had", "Is", "Are", "Was", "Were", "Will", "Would", "Can", "Could",
    "Should", "Shall", "Don't", "Doesn't", "Didn't", "Isn't", "Aren't", "Wasn't", "Won't", "Wouldn't",
    "Haven't", "Hasn't", "Can't", "Couldn't", "Why", "What", "How", "Who", "Which"))
# the cues that put a question, which stay claims (PolNeAR annotates them)
ASKING_LEMMAS = frozenset(("ask", "wonder", "question", "inquire", "query"))

HEDGE_WORDS = ("reportedly", "allegedly", "purportedly", "supposedly", "apparently",
               "ostensibly", "likely", "unlikely", "possibly", "probably", "perhaps",
               "may", "might", "could", "appears to", "appear to", "seems to", "seem to",
               "is said to", "are said to", "is believed to", "are believed to",
               "is thought to", "are thought to", "is understood to", "it is understood",
               "is expected to", "are expected to", "is alleged to", "rumored", "rumoured")
HEDGE_RE = re.compile(r"(?=[" + "".join(sorted({h[0] for h in HEDGE_WORDS})) + r"])\b(?:"
                      + "|".join(re.escape(h) for h in sorted(HEDGE_WORDS, key=len, reverse=True)) + r")\b")
# Adverbs that turn an unattributed sentence into hearsay.
# The writer's own hedge on what something looks like ("The plan seems to
# work", "appeared to confirm", "is expected to pass"): the clause is no
# statement of the writer's, and PolNeAR annotates it as an attribution with no
# source (about 60% of these forms outside quotations in train are annotated).
_HEARSAY = (r"(?:reportedly|allegedly|purportedly|supposedly|"
            r"(?:is|are|was|were)\s+(?:(?:widely|generally|also|now)\s+)?"
            r"(?:said|reported|alleged|rumou?red|understood|expected)\s+to|"
            r"(?:seems?|seemed|appears?|appeared)\s+(?:to|like))\b")
HEARSAY_RE = re.compile(r"(?=[rapsiw])\b" + _HEARSAY)


# --- Reporting-verb cues (verbal/) ------------------------------------------
# Word lists the reporting-verb rules consult: which cue forms are mostly nouns,
# which words cannot end a source, which lemmas take which complements.

NOUNISH_CUE_FORMS = {"report", "reports", "state", "states", "claim", "claims", "question", "questions",
                     "call", "calls", "tweet", "tweets", "post", "posts", "release", "releases",
                     "estimate", "estimates", "order", "orders", "request", "requests", "pledge",
                     "pledges", "promise", "promises", "charge", "charges", "answer", "answers",
                     "comment", "comments", "remark", "remarks", "reply", "replies", "demand",
                     "demands", "address", "echo", "echoes", "hold", "holds", "note", "notes", "read",
                     "reads", "goes on", "went on", "called", "warning", "warnings", "forecast",
                     "forecasts", "response", "blast", "attack", "attacks", "rip", "hail", "slam",
                     "slams", "praise", "cite", "welcome", "thanks", "thank", "discuss", "signal",
                     "signals", "hint", "hints", "project", "projects", "counter", "vow", "vows",
                     "press", "push", "appeal", "appeals", "brief", "concern", "doubt", "doubts",
                     "fear", "fears", "hope", "hopes", "worry", "worries", "feel", "know", "think",
                     "protest", "protests", "joke", "jokes", "muse", "boast", "boasts", "lament",
                     "admit", "deny", "point", "points"}

# Of those, the nouns only for what is said ("a claim", "a pledge", "the warning"): before a name with no
# "that" between, the name opens a relative clause ("a pledge Roe called reckless"); not the forms that
# are a place or a body's word too ("the state House", "the Post") nor mostly verbs ("read", "hold")
SPEECH_NOUNS = frozenset(NOUNISH_CUE_FORMS - {
    "state", "states", "post", "posts", "hold", "holds", "read", "reads", "address", "call", "calls", "called",
    "project", "projects", "echo", "echoes", "counter", "release", "releases", "order", "orders", "cite",
    "discuss", "thank", "thanks", "welcome", "rip", "hail", "slam", "slams", "blast", "praise", "press", "push",
    "brief", "feel", "know", "think", "admit", "deny", "point", "points", "muse", "boast", "lament", "joke",
    "goes on", "went on"})

# The finite forms of the speech verbs ("insists", "cautioned", "pushed for"):
# no base form or participle, no thinking, finding or wanting, and none that
# reads as a noun ("claims", "reports").  ``patterns.CLAUSE_CUT`` reads
# ", but insists ..." after a content as its subject's next attribution.
FINITE_SPEECH_FORMS = frozenset(
    form for form, (lemma, cls) in CUE_FORMS.items()
    if cls in ("assertion", "denial", "directive") and form != lemma and not form.split()[0].endswith(("ing", "en"))
    and not form.startswith(lemma + " ") and form not in NOUNISH_CUE_FORMS)
BAD_SOURCE_LAST = {"longer", "worth", "easier", "harder", "better", "rather", "sooner", "ever", "never",
                   "in", "of", "for", "at", "on", "to", "the", "a", "an", "his", "her", "their", "its",
                   "my", "our", "your", "this", "that", "these", "those", "and", "or", "with", "by",
                   "from", "into", "than", "as", "per", "such", "own", "new", "first", "last", "big",
                   "same", "no", "any", "every", "each", "another", "more", "most", "which",
                   # (round 33: "the latest recalls were", "the recent disputed vote": the cue a noun)
                   "recent", "latest", "previous"}
# past participles whose agent only holds a text, never wrote or backs it ("documents obtained by
# the Kelp Star", "records seen by Jo Roe"): the documents speak (extract/speakers.py, ``_group_modified``)
HOLDING_PARTICIPLES = frozenset(("obtained", "seen", "reviewed", "examined", "acquired", "viewed", "read"))
# past participles that end a plural of people who answered or suffered ("those
# surveyed", "Canadians polled", "the accused"): no verb after a source's noun
PEOPLE_PARTICIPLES = frozenset((
    "surveyed", "polled", "interviewed", "questioned", "asked", "sampled", "contacted", "undersigned", "accused",
    "detained", "injured", "wounded", "killed", "displaced", "arrested", "affected", "concerned", "involved",
    "interested", "elected", "retired", "unnamed", "armed", "united", "based", "aged", "married", "disabled",
))
# Adjectives that only ever stand before their noun ("The Navy's recent top adviser", "Kelp's
# former conservative government"): a subject ending on one runs on over the words after it
# (``sources._extend_subject``)
ATTRIBUTIVE_ONLY = frozenset(("recent", "former", "latest", "previous", "longtime", "long-time", "onetime",
                              "erstwhile", "outgoing", "incoming", "top"))
# nouns that end in "-ly" as a manner adverb does: beside a cue ("the rally said", "the
# Lagos-based daily reported") the subject's head, no adverb of the verb (sources._cue_words)
LY_NOUNS = frozenset(("family", "ally", "rally", "reply", "supply", "daily", "weekly", "monthly", "quarterly",
                      "assembly", "tally", "anomaly", "homily", "monopoly", "bully", "belly", "folly"))
# verbs that end in "-ly" ("apply", "rely"): no adverb either
LY_VERBS = frozenset(("apply", "rely", "comply", "imply", "multiply"))
# the words in "-ly" that are no adverbs at all (sources._cue_words, verbal/cue._ADVERB)
LY_NOT_ADVERBS = LY_NOUNS | LY_VERBS
# adverbs in "-ly" that tell no manner ("only", "likely", "early"): before a cue the cue's adverbs
# ("has only said"), but after it no manner of saying (patterns.MANNER_ADV)
LY_NOT_MANNER = frozenset(("only", "early", "likely"))
BAD_SOURCE_LAST_NOUNISH = {"following", "initial", "official", "joint", "written", "public", "private",
                           "formal", "brief", "long", "short", "second", "third", "final", "recent",
                           "phone", "other", "news", "press", "police", "media", "state", "new", "first",
                           "last", "big", "same"}
WEAK_PARTICIPLES = {"write", "report", "post", "read", "hold", "continue", "release", "publish",
                    "project", "discuss", "address", "welcome", "thank", "attack", "hail",
                    "speak", "talk", "make", "push", "press", "answer", "tout", "echo", "chant"}
# Turn labels of an interview transcript that name the one who asks ("Q:",
# "Interviewer:", a publication's own "Wikinews:" / "WN:"): lower case
INTERVIEWER_LABELS = frozenset(("q", "question", "interviewer", "wikinews", "wn", "reporter", "host"))
# an interview transcript's labels of the interviewee's turns ("A: ...")
ANSWER_LABELS = frozenset(("a", "answer"))
# Verbs of writing or reading: with a first-person subject and a plain object
# ("I write books", "we wrote it in two weeks") they report nothing
COMPOSITION_LEMMAS = frozenset(("write", "read", "publish"))
# The words that speak to someone: in a report's own voice, an interviewer's question
# ("What seems most effective, from your experience"); never the reporter's statement.
SECOND_PERSON = frozenset(("you", "your", "yours", "yourself", "yourselves"))
GENERIC_SUBJECTS = {"you", "anyone", "anybody", "everyone", "everybody", "nobody", "no one", "one"}
# Poll and study results: "A poll released Monday shows the senator leading".
DATA_VERBS = {"show", "find"}
# Verbs of bearing out: negated ("records do not confirm", "the data don't show that"), the cue denies
# (not "did not reveal/indicate/disclose": a silence, not a denial)
CONFIRMING_LEMMAS = frozenset(("confirm", "show", "find", "support", "prove", "corroborate", "verify"))
# "whom he described as volatile", "what critics call a sham"
AS_LEMMAS = {"describe", "characterize", "portray", "depict", "label", "brand", "cast", "dismiss", "hail",
             "praise", "blast", "criticize", "denounce", "condemn", "refer", "tout", "claim", "declare"}
# Speech verbs whose content can be a prepositional object: "wrote about the
# event", "joked about X", "agreed with much of it", "did not respond to requests".
PREP_OBJECT_LEMMAS = {
    "write": ("about",), "speak": ("about", "of", "on"), "talk": ("about",), "joke": ("about",),
    "agree": ("with", "on"), "complain": ("about", "of"), "boast": ("about", "of"),
    "brag": ("about",), "warn": ("about", "of", "against"), "testify": ("about",),
    "tweet": ("about",), "post": ("about",), "comment": ("on", "about"), "remark": ("on", "about", "upon"),
    "respond": ("to",), "reply": ("to",), "lie": ("about",), "ask": ("about",),
    "muse": ("about", "on"), "lament": ("about",), "gripe": ("about",), "rail": ("against",),
    "vent": ("about",), "opine": ("on", "about"), "quip": ("about",), "report": ("on",),
    "point": ("to",), "refer": ("to",),
}
PREP_ENDINGS = (" about", " of", " on", " with", " to", " against")
# "Osk promises to end the tax", "Roe vows to fight": verb readings of
# noun-like forms when an infinitive follows.
INFINITIVE_NOUNISH = {"promise", "pledge", "vow", "threaten", "demand", "request", "appeal", "hope"}
LOWER_PREPOSITIONS = {"for", "of", "in", "on", "at", "to", "from", "with", "by", "about", "into", "over"}
# prepositions the one stop list (``text.STOPWORDS``) leaves out: with it, the closed-class words no
# noun phrase ends on ("steered Roe toward ...": "toward" is no head noun after a name; extract/coref.py)
PREPOSITIONS_BEYOND_STOPWORDS = frozenset(("toward", "towards", "amid", "amidst", "despite", "across", "behind",
                                           "beyond", "like", "upon", "via", "within", "without", "along", "among",
                                           "onto", "per", "unlike", "versus", "near", "past", "since"))
# prepositions of place that the two lists above leave out ("One operative inside the tower"; extract/sources.py)
PLACE_PREPOSITIONS = frozenset(("inside", "outside", "around", "throughout"))
# lower-case words that qualify a title or open one ("the government of interim President Jo Roe", "of prime
# minister Jo Roe"; extract/speakers.py)
TITLE_MODIFIERS = frozenset({"interim", "acting", "former", "late", "then", "caretaker", "now-caretaker",
                             "outgoing", "incoming", "deposed", "ousted", "elected", "prime", "vice", "deputy"})
# words that open an adjunct, never a speaker, right after an inverted cue ('"...," said via telephone
# from Kelpton', 'said just after midnight on Kelp TV', 'announced last May'): no source follows
ADJUNCT_AFTER_CUE = frozenset(LOWER_PREPOSITIONS | PREPOSITIONS_BEYOND_STOPWORDS
                              | {"after", "before", "during", "through", "just", "last", "earlier", "later"})
# Volition verbs whose infinitive is a plan or aim of the subject's ("wants to
# raise the levy", "plans to run", "sought to calm"): a claim with a bare "to"
# complement (measured on PolNeAR train, which annotates them as attributions)
PLAN_LEMMAS = frozenset(("want", "plan", "seek", "hope"))
# Stance verbs whose noun-phrase object is the position taken ("Roe endorsed
# Dale", "has endorsed the levy"): a public stance of a named subject, which a
# fact-checker tracks and PolNeAR annotates (3 in 4 of "endorsed" in train
# narration), and so are "expressed concern about X", "touted the plan" (4 in
# 5).  "support"/"back"/"oppose" stay weak: mostly nouns or not annotated.
STANCE_OBJECT_LEMMAS = frozenset(("endorse", "express", "tout"))
# Their objects, and the prepositional object of "referring to", are short noun
# phrases that end at a comma, a second predicate or a time ("verbal.complements")
SHORT_OBJECT_LEMMAS = STANCE_OBJECT_LEMMAS | {"refer"}
BARE_WEAK = {"think", "believe", "hope", "fear", "expect", "worry", "doubt", "know", "suspect"}
# An agentless passive cue ("was admitted to", "were denied access", "was asked
# if") has its addressee or patient as subject and nothing reported; these
# lemmas still report in it: a charge or a verdict ("was accused of", "was
# praised for"), hearsay ("were reported killed", "is said to be", "was
# confirmed dead", "was declared invalid"), a question put ("was asked if":
# PolNeAR labels it, with no source; dropping it cost 14 of 402 source-less
# attributions on train).  "call" reports unless it sends someone somewhere.
PASSIVE_REPORTING_LEMMAS = frozenset((
    "accuse", "blame", "allege", "suspect", "rumour", "rumor", "implicate", "criticize", "criticise",
    "condemn", "praise", "say", "report", "believe", "think", "understand", "expect", "claim", "consider",
    "estimate", "declare", "fear", "predict", "assume", "suppose", "confirm", "reveal", "describe", "attack",
    "warn", "promise", "ask", "question"))
# past participles that do not end in -ed, -en or -wn
IRREGULAR_PARTICIPLES = frozenset(("said", "told", "thought", "found", "heard", "held", "sought", "taught", "made",
                                   "read", "felt", "meant", "put", "set", "understood", "led", "left", "brought"))
# Those and the other common irregular past forms: a verb in a clause that has no
# "-ed" or auxiliary ("Prices rose", "The party won"), so that a clause is not
# read as a bare noun phrase (``verbal.frames._verbless_subject``).
IRREGULAR_PASTS = IRREGULAR_PARTICIPLES | frozenset((
    "rose", "fell", "grew", "won", "lost", "knew", "went", "came", "saw", "took", "gave", "got", "ran", "hit",
    "cut", "paid", "sold", "bought", "kept", "met", "began", "broke", "chose", "drove", "fought", "sent",
    "spent", "stood", "struck", "wrote", "became", "built", "caught", "let", "shut", "spoke", "stole",
    "swore", "threw", "wore", "shot", "sat", "slid", "forgot", "forgave", "sank", "drew", "dug", "fled",
    "flew", "froze", "hung", "hurt", "lay", "lit", "quit", "rang", "tore", "woke", "withdrew", "overcame",
    "undertook", "upheld"))
NOUN_BEFORE = {"the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their",
               "our", "my", "your", "no", "any", "each", "every", "another", "latest", "new",
               "first", "final", "official", "public", "joint", "written", "news", "press",
               "phone", "conference", "police", "media", "of", "for", "in", "on", "with", "by",
               "to", "from", "whose", "which", "what", "such"}
NAME_WORDS = {"press", "news", "police", "media", "times", "post", "journal", "public"}
MAIN_SPEECH = {"say", "tell", "add", "write", "tweet", "claim", "insist", "argue", "note"}
INVERTIBLE = {"say", "add", "write", "note", "explain", "argue", "continue", "begin", "recall", "declare",
              "reply", "respond", "insist", "warn", "ask", "observe", "conclude", "remark",
              "comment", "claim", "state", "announce", "acknowledge", "admit", "concede", "joke",
              "quip", "muse", "counter", "predict", "caution", "report", "tweet", "post",
              "stress", "emphasize", "answer", "exclaim", "retort", "assert", "contend", "read",
              "maintain", "suggest", "boast", "complain", "lament", "agree", "confirm", "reveal",
              "bark", "fume", "scoff", "shout", "yell", "scream"}
APPOSITION_FIRST = {"a", "an", "the", "who", "whose", "which", "one", "his", "her", "their", "its",
                    "now", "then", "former", "also", "another", "both", "chief", "head", "director",
                    "president", "chairman", "chairwoman", "spokesman", "spokeswoman"}
INITIAL_PARTICIPLE_NOT = {"hold", "read", "release", "publish", "post", "report", "project", "address",
                          "respond", "reply", "welcome", "thank", "attack", "hail", "speak", "talk", "continue",
                          "discuss", "ask", "question", "answer", "echo", "chant", "brief", "forecast", "estimate",
                          "charge", "decline", "refuse"}
# The prepositions an opening participle's phrase of place or venue starts with ("Writing in the
# Gazette, Roe said", "Adding to the pressure, ..."): no content, unless the verb takes that preposition
# as its object's (PREP_OBJECT_LEMMAS: "Responding to the report"); "for" so only after "write" ("Writing
# for the court"), where other verbs' "for" is what they call for
VENUE_PREPOSITIONS = frozenset(("in", "at", "from", "to"))
# cues whose bare complement is a clause ("said the two met and talked")
CLAUSE_LEMMAS = {"say", "tell", "add", "note", "write", "claim", "insist", "argue", "report", "explain",
                 "recall", "suggest", "predict", "warn", "estimate", "acknowledge", "admit", "concede",
                 "reply", "respond", "answer", "tweet", "post", "state", "declare", "assert", "contend",
                 "allege", "testify", "confirm", "reveal", "announce"}
NAMING_LEMMAS = {"call", "describe", "label", "dub", "brand", "term"}
STANCE_OF_CLASS = {"denial": "denial", "directive": "directive", "cognition": "stance",
                   "evidence": "assertion", "volition": "stance"}
# "to ask X a question", "to discuss", "to call for": mostly not annotated as speech
INFINITIVE_NOT = {"ask", "question", "discuss", "release", "disclose", "call", "speak", "talk", "comment",
                  "credit", "thank", "push", "press", "publish", "post", "report", "address", "welcome"}
NOT_BEFORE_TO = {"failure", "plan", "plans", "decision", "effort", "efforts", "attempt", "attempts", "pressure",
                 "refusal", "willingness", "reluctance", "chance", "opportunity", "right", "time", "way", "move",
                 "bid", "need", "reason", "desire", "temptation", "hard", "difficult", "easy", "impossible",
                 "tough", "fair", "safe", "premature", "enough", "too", "her", "him", "them", "it", "us",
                 "me", "going", "used", "ability", "power", "freedom", "courage", "order", "so", "about",
                 "unwillingness", "inability", "instructions", "invitation", "request", "demand", "call",
                 "calls", "urge", "impulse", "incentive", "motivation", "occasion", "place", "one", "first",
                 "last", "only", "who", "whom", "which", "that"}
NOUN_ENDINGS = ("tion", "sion", "ment", "ness", "ure", "ance", "ence")
# plural endings of nouns of agents and followers ("supporters", "loyalists"): a final "s" read as a
# noun's, not a verb's ("the Roe supporters", not "Roe says"; extract/coref.py)
PLURAL_NOUN_ENDINGS = ("ers", "ors", "ists", "ians", "ites")
# Title-case words that are never part of a person's name: pronouns, auxiliaries
# and time adverbs a title-case headline writes in capitals ("Jo Roe Says He ...",
# "Jo Roe Just Announced His ...", "... Instantly Has Everyone's Attention"); not
# "Will", "May" or "Can", which are forenames too, nor "I" ("Mary I").
NOT_NAME_WORDS = frozenset((
    "He", "She", "It", "They", "We", "You", "His", "Her", "Its", "Their", "Our", "Your", "My", "Him", "Them",
    "Everyone", "Everybody", "Someone", "Somebody", "Something", "Anyone", "Anything", "Nobody", "Nothing",
    "Has", "Have", "Had", "Is", "Are", "Was", "Were", "Does", "Did", "Could", "Would", "Should", "Must",
    "Just", "Also", "Still", "Never", "Already", "Finally",
    "Age",  # (a profile card's next field after the name: "Name: Jo Roe Age: 27")
))
NOT_CONTROLLERS = {"it", "it's", "pretty", "mostly", "using", "prior", "such", "so", "what", "how", "why",
                   "whether", "if", "who", "which", "each", "those", "these", "all", "both", "none"}
# A "source" that is an adverb, a verb or a stray determiner ("Trump so far
# hasn't ...", "can be heard asking", "helps explain") is no speaker: drop the
# claim.  A subordinator or an expletive ("Although", "There", "It's") means the
# source search walked off the subject: keep the content, without a source.
JUNK_SOURCE_DROP = {"far", "very", "other", "besides", "Besides", "Attack", "Does", "Do", "Did", "live", "heard",
                    "helps", "help",
                    "provide", "provides", "almost", "overall", "the overall"}
JUNK_SOURCE_CLEAR = {"although", "though", "while", "when", "why", "how", "what", "where", "whether",
                     "if", "because", "since", "despite", "there", "it's", "it\u2019s", "there's",
                     "there\u2019s", "what's", "what\u2019s", "here", "does", "do", "did", "on", "in",
                     "at", "with", "for", "by", "as"}
ADJUNCT_LEMMAS = ("say", "tell", "add", "note", "write", "comment", "remark", "respond", "reply", "speak")
# cues whose bare complement (no "that", no quotation) is their content
BARE_COMPLEMENT_LEMMAS = ("tell", "state", "explain", "declare", "assert", "contend", "insist", "warn",
                          "predict", "argue", "boast", "complain", "reiterate", "stress", "emphasize",
                          "confirm", "acknowledge", "admit", "announce", "comment", "testify", "hint",
                          "signal", "conclude", "suggest", "estimate", "caution", "allege", "claim", "think",
                          "believe", "hope", "fear", "expect", "worry", "know", "feel", "doubt", "reckon",
                          "assume", "suspect", "guarantee", "answer")


# --- sourcing (helper B) ---
# Heads of a definite description that stands for one person named elsewhere in
# the article ("the GOP nominee", "the New York businessman", "the former first lady").
PERSON_HEADS = frozenset((
    "president", "senator", "governor", "candidate", "nominee", "businessman", "businesswoman",
    "billionaire", "mogul", "tycoon", "developer", "lady", "secretary", "chairman", "chairwoman",
    "mayor", "congressman", "congresswoman", "chancellor", "premier", "king", "queen", "prince",
    "pope", "judge", "prosecutor", "frontrunner", "front-runner", "challenger", "incumbent",
    "star", "actor", "actress", "singer", "rapper", "author", "writer", "novelist", "host",
    "comedian", "coach", "leader", "founder", "executive", "ceo", "veteran", "lawmaker",
    "republican", "democrat", "minister", "speaker", "attorney", "general", "ambassador",
    "spokesman", "spokeswoman", "spokesperson", "justice", "director", "commissioner",
    "representative", "rep", "sen", "gov", "vice", "president-elect", "nominee-elect",
    "economist", "analyst", "professor", "historian", "pastor", "mother", "father", "widow",
    "wife", "husband", "daughter", "son", "businessperson", "entrepreneur", "magnate", "chief",
    # offices of one holder ("the town's finance chair", "the treasurer"); not relations such as
    # "her lawyer", "the hotel's owner", which coreference would take for the possessor
    "chair", "chairperson", "alderman", "superintendent", "principal", "headteacher", "headmaster",
    "headmistress", "treasurer", "sheriff", "comptroller", "registrar", "dean", "provost",
    # one holder at a time, often named by the title alone ("the Dalai Lama", "the Emir of Kelpstan")
    "lama", "emir", "sultan", "mufti", "ayatollah", "patriarch", "archbishop", "bishop", "cardinal",
    "rabbi", "imam", "sheikh", "sheik", "pontiff", "monarch", "emperor", "empress", "princess", "duke",
    "duchess",
))
# Relatives, one person each, described by whose they are ("the brother of Jo Roe",
# "Jo Roe's sister"): the relative speaks, not the one named (not PERSON_HEADS: a bare
# "her brother" is no description of someone named elsewhere)
RELATIVE_NOUNS = frozenset((
    "wife", "husband", "widow", "widower", "daughter", "son", "mother", "father", "brother", "sister",
    "grandson", "granddaughter", "grandmother", "grandfather", "niece", "nephew", "fiancee", "fiance",
))
# What records a person speaking ("footage of Jo Roe", "a video of the mayor"): the one
# recorded speaks, not the recording
RECORDING_NOUNS = frozenset(("footage", "video", "videos", "recording", "recordings", "tape", "tapes", "clip",
                             "clips", "audio", "film"))
# Offices of one holder at a time, whose place or body before them names the one person
# ("Kelpland secretary said", "Harbour Board chairman said": no determiner, an office holder)
ONE_HOLDER_OFFICES = frozenset((
    "secretary", "minister", "president", "governor", "mayor", "chancellor", "premier", "chairman",
    "chairwoman", "chair", "chairperson", "treasurer", "speaker", "ambassador", "commissioner", "sheriff",
    "superintendent", "prosecutor", "comptroller", "registrar", "headteacher", "headmaster", "headmistress",
    "principal", "dean", "provost",
))
# the first words of place names that look like a forename and a surname ("New Delhi",
# "San Jose", "Port Moresby"): no person's name opens with them
PLACE_OPENERS = frozenset(("New", "North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western",
                           "San", "Santa", "Saint", "St", "Los", "Las", "Port", "Fort", "Mount", "Lake", "Cape"))
# One unnamed holder of an office, or member of a party: "a senator", "One Republican",
# "a Labour councillor" (an unnamed official, as "a spokesman" is)
OFFICE_HOLDERS = frozenset((
    "senator", "governor", "mayor", "congressman", "congresswoman", "legislator", "councillor", "councilor",
    "councilman", "councilwoman", "republican", "democrat", "conservative", "tory", "mp", "delegate",
))
# Capitalised only because they open a sentence: not a name.
SENTENCE_OPENERS = frozenset((
    "the", "a", "an", "this", "that", "these", "those", "his", "her", "their", "its", "our", "my",
    "some", "many", "several", "most", "few", "other", "others", "two", "three", "four", "five",
    "one", "all", "both", "each", "every", "another", "such", "no", "any", "more", "top",
    "senior", "former", "local", "federal", "state", "foreign", "independent", "political",
))
# Words that end a company, place or body name, never a person's ("Crosscut
# Strategies", "Marshall Islands", "Avalon Partners").
ORG_NAME_WORDS = frozenset((
    "Strategies", "Partners", "Associates", "Capital", "Holdings", "Consulting", "Communications",
    "Solutions", "Systems", "Industries", "Enterprises", "Ventures", "Labs", "Research", "Analytics",
    "Advisors", "Advisers", "LLC", "LLP", "Islands", "Heights", "Springs", "Falls", "Airlines",
    "Airways", "Motors", "Pharmaceuticals", "Insurance", "Securities", "Investments", "Management",
    "Logistics", "Energy", "Resources", "Brands", "Entertainment", "Studios", "Records", "Pictures",
    "Networks", "Services", "Properties", "Realty", "Trust", "Bancorp", "Financial", "Global",
    "International", "Worldwide", "Limited", "Society", "Authority", "Board", "Bureau", "Service",
    "Partnership", "Institution", "Laboratories", "Technology", "Software", "Markets", "Exchange",
    "Reserve", "Treasury", "Police", "Department", "Lab", "Clinic", "Watch", "Index", "Poll",
    # the last word of a body's or an outlet's name ("Kelp World", "Kelp Radio", "Liberation Front"; not
    # "Press", a surname too)
    "World", "Radio", "Front", "Force", "Group", "Forum", "Coalition", "Movement",
))
# Groups spoken of as a whole (sourcing convention: experts, critics, lawmakers,
# party groups are collective_unnamed), beyond COLLECTIVE_NOUNS.
EXTRA_COLLECTIVE = frozenset((
    "lawmakers", "legislators", "proponents", "backers", "defenders", "detractors", "environmentalists",
    "conservationists", "economists", "observers", "commentators", "academics", "physicians",
    "epidemiologists", "forecasters", "donors", "fans", "families", "victims", "survivors",
    "senators", "representatives", "congressmen", "congresswomen", "governors", "mayors",
    "states", "industries", "companies", "businesses", "employers", "insurers", "banks",
    # people by trade or place, who speak as a group ("Farmers said", "Dockers say")
    "farmers", "growers", "miners", "fishermen", "dockers", "nurses", "pilots", "drivers", "shoppers",
    "consumers", "passengers", "commuters", "tenants", "landlords", "homeowners", "retirees", "pensioners",
    "taxpayers", "motorists", "cyclists", "teenagers", "women", "men", "mothers", "fathers", "patients",
    "shopkeepers", "traders", "merchants", "vendors", "customers", "users", "viewers",
    "listeners", "readers", "fans", "eyewitnesses", "witnesses", "onlookers", "bystanders", "refugees",
    "migrants", "immigrants", "settlers", "firefighters", "paramedics", "rescuers",
    # armed or protesting groups, spoken of as a whole ("Kelpish militants denied")
    "militants", "insurgents", "rebels", "separatists", "demonstrators", "dissidents", "extremists",
    # (round 23: people in politics, the forces, the courts and movements, typed a named body when
    # a capital stood before them -- "Several Kelpish politicians", "25 MPs", "Protest organisers")
    "politicians", "mps", "soldiers", "troops", "organizers", "organisers", "judges", "monarchists",
    "unionists", "loyalists", "nationalists", "royalists",
    # (round 33: a firm's or a campaign's people, "three former Kelp employees said")
    "employees", "volunteers", "fighters",
))
# The sides of a contest, who speak as one group ("The opposition said", "the
# defence argued", "both sides agree"); written in lower case (a capital names a body).
CONTEST_SIDES = frozenset(("opposition", "prosecution", "defence", "defense", "sides"))
# Findings that speak for themselves ("independent analyses agree ...").
EXTRA_DOCUMENTS = frozenset((
    "analyses", "studies", "projections", "forecasts", "models", "findings", "calculations",
    "tallies", "statistics", "numbers", "results", "documents", "records", "filings", "papers",
    # (round 33: written terms and compilations typed a group or a body -- "The agreement calls for",
    # "the road map also calls on", "The memos noted", "the RealClearPolitics average of polls")
    "agreement", "agreements", "accord", "accords", "pact", "contract", "memos", "plans", "map", "roadmap",
    "average", "averages",
))
# Names that only a news outlet bears.
OUTLET_WORDS = frozenset((
    "politifact", "factcheck.org", "snopes", "newsweek", "forbes", "vox", "slate", "salon",
    "buzzfeed", "gawker", "mediaite", "drudge", "huffington", "huffpost", "breitbart", "politico",
    "axios", "reuters", "bloomberg", "associated", "afp", "xinhua", "tass", "interfax", "yonhap",
))
# Courts and judges "rule that ...": a reporting verb only with "that" or a quote.
for _form in _inflect("rule"):
    CUE_FORMS.setdefault(_form, ("rule", "assertion"))
WEAK_LEMMAS.add("rule")
# Participles that open a sentence with the occasion of the statement that
# follows ("Speaking in Paris on Tuesday, the minister said ..."): extract/setting.py.
SPEECH_PARTICIPLES = frozenset((
    "Speaking", "Addressing", "Talking", "Writing", "Testifying", "Appearing", "Asked", "Interviewed",
    "Responding", "Replying", "Commenting", "Answering", "Posting", "Tweeting", "Briefing", "Questioned",
))
# The words an opening clause about the speaking can start with (a participle of
# speech aside): prepositions of a venue or time, time words, and the adverbs that
# may come first ("Also on Thursday,", "Finally, on ..."): extract/setting.py.
OCCASION_OPENERS = frozenset((
    "On", "In", "At", "During", "Via", "Through", "After", "Before", "From", "With", "Earlier", "Later", "Late",
    "Early", "Yesterday", "Today", "Tonight", "Last", "This", "Recently", "Also", "Again", "Finally", "Then",
    "Meanwhile", "Separately", "Elsewhere", "Once",
))
# Cues of speaking, whose "in Paris" is where the speaker was ("reported in IRNA",
# "read in Newsweek", "ruled in Hamdan v. Rumsfeld" name no place).
SPEAKING_LEMMAS = frozenset((
    "say", "tell", "add", "announce", "declare", "state", "speak", "warn", "insist", "claim", "note", "explain",
    "argue", "reply", "respond", "comment", "remark", "stress", "promise", "pledge", "vow", "urge", "predict",
    "admit", "acknowledge",
))
# One person by what they are or do, beside the offices and titles ("a witness",
# "the man", "one resident"): an unnamed speaker a "he" or "she" may stand for.
PEOPLE_NOUNS = frozenset((
    "person", "witness", "resident", "man", "woman", "neighbour", "neighbor", "survivor", "worker", "employee",
    "officer", "doctor", "nurse", "teacher", "student", "passenger", "driver", "farmer", "soldier", "expert",
    "observer",
))
# Languages, which "speaking in ..." names as readily as places.
LANGUAGES = frozenset((
    "English", "French", "Spanish", "German", "Arabic", "Russian", "Chinese", "Mandarin", "Cantonese",
    "Japanese", "Korean", "Hebrew", "Persian", "Farsi", "Urdu", "Hindi", "Bengali", "Portuguese", "Italian",
    "Dutch", "Turkish", "Greek", "Polish", "Ukrainian", "Swahili", "Latin", "Welsh", "Irish", "Gaelic",
    "Swedish", "Norwegian", "Danish", "Finnish", "Czech", "Hungarian", "Romanian", "Serbian", "Croatian",
    "Indonesian", "Malay", "Thai", "Vietnamese", "Tagalog", "Pashto", "Dari", "Kurdish", "Amharic",
))
# Kinds of organisation a story names once and then calls by kind ("the airline
# said", "the regulator said"): with a definite article, a named body.
ORG_KIND_HEADS = frozenset((
    "airline", "carrier", "operator", "regulator", "broadcaster", "retailer", "insurer", "lender", "charity",
    "hospital", "school", "watchdog", "manufacturer", "automaker", "carmaker", "chipmaker", "drugmaker",
    "startup", "supermarket", "utility", "publisher", "brewer", "airport", "museum", "zoo", "railway",
    "railroad", "telecom", "conglomerate", "multinational", "nonprofit", "non-profit", "exchange", "ngo",
    "thinktank", "think-tank", "subsidiary", "supplier", "distributor", "franchise", "chain", "court",
    "tribunal",
))
# The kind words of a trading body ("the company said", "the airline said"): with "the"
# and no earlier name holding the word, the one trading body the story quoted before
# (coref.kind_antecedent); a court or a tribunal is named with its head word.
COMPANY_KIND_HEADS = (ORG_KIND_HEADS - {"court", "tribunal"}) | {"company", "firm", "corporation"}
# ORG_HINTS words a trading body's name may hold ("Kelp Holdings Group", "Vorla Bank");
# any other ("Union", "Ministry", "Party", "Police") names no company
COMPANY_NAME_HINTS = frozenset(("company", "corporation", "corp", "inc", "group", "firm", "network", "service",
                                "bank", "fund"))
# the words a company's name ends in, as written ("Kelpco Inc", "Vorla Holdings Group"), and the things only a
# body owns ("Kelpco's shares"): a lone name written so somewhere in the article is a body's (extract/enrich.py)
BODY_NAME_ENDINGS = ("Inc", "Corp", "Ltd", "Co", "Group", "Company", "Corporation")
# the verbs whose negation with a plain object is no statement ("did not comment on the raid", "did not refer to
# the hunt"): nothing was said (extract/refine.py; not "respond": PolNeAR annotates "did not respond to X")
UNANSWERED_LEMMAS = ("comment", "remark", "refer", "elaborate")
# capitalised words shaped like a nationality ("-an", "-ian", "-ish") that name a party, a faith or a side, not a
# country: "the Iranian president" is no "Zimbabwean president", but "the Republican senator" may be an "American
# senator" (extract/coref.py, ``other_nationality``)
NOT_NATIONALITIES = frozenset(("Republican", "Democratic", "Democrat", "Liberal", "Conservative", "Socialist",
                               "Catholic", "Anglican", "Christian", "Muslim", "Islamic", "Jewish", "Lutheran",
                               "Evangelical", "Shiite", "Sunni", "Libertarian", "Green", "Labour", "Public",
                               "Metropolitan", "Republic", "Olympic", "Atlantic", "Pacific", "Arctic", "Antarctic"))
# the last word of a place's or a firm's name that few people carry as a surname ("Downing Street said", "Kelp
# Bay", "Vorla Air Lines", "Kelpish Gas", "Ostmark Motor Co."): an untitled name ending so, with no known forename
# first and never written as a person's, is no person (extract/speakers.py, ``place_or_firm_named``; not "Park",
# a surname too: "Marlow Park told them" is a person, tests/test_extract_bodies_and_places.py)
PLACE_OR_FIRM_LAST_WORDS = frozenset((
    "Street", "Avenue", "Road", "Square", "Bay", "Beach", "Coast", "City", "County",
    "Lines", "Oil", "Gas", "Power", "Motor", "Co", "Bros", "Petroleum", "Electric", "Telecom", "Platform"))
BODY_POSSESSIONS = ("shares", "stock", "products", "website", "headquarters", "customers")
# the lower-case nouns of a body's kind written right before its name ("US agricultural firm Kelpco",
# "telecoms giant Vorla", "document-leaking website Kelpleaks"): that name is a body's
BODY_KINDS_BEFORE_NAME = tuple(sorted(COMPANY_KIND_HEADS | {"giant", "website", "organisation", "organization"}))
# those a person is not called by ("publisher Jo Roe", "broadcaster Per Aasland" are people), and "group": a
# name of capitalised words written right after one is no person's ("rights group Kelp Watch", "retailer Kelp
# Buy"; extract/speakers.py, ``place_or_firm_named``)
BODY_KINDS_BEFORE_PERSONLESS_NAME = frozenset(BODY_KINDS_BEFORE_NAME) - {"broadcaster", "publisher"} | {"group"}
# the noun of a body's kind a writer puts before its name ("rights group Kelp Watch", "news agency Kelpress",
# "Kelpish bank Vorla"): a body named so speaks by its name, the kind its role (extract/enrich.py)
BODY_KINDS_AS_ROLE = frozenset(BODY_KINDS_BEFORE_NAME) | {"group", "bank", "agency", "newspaper", "magazine"}
# cues that cite an outlet as readily as a body ("according to X", "X reported", "was reported by X"):
# a body cited so may be a newspaper or a broadcaster, no company a later "the company" stands for
OUTLET_CUES = ("according to", "report")

# The head noun of an office whose holder a writer names after it ("said the
# chief executive, Jo Roe", "said council president, Jo Roe").
OFFICE_HEADS = PERSON_HEADS | OFFICIAL_NOUNS | TITLE_WORDS

# words of an agent noun's shape that are grammar ("said after Jo Roe left")
NOT_AGENT_NOUNS = frozenset(("after", "under", "over", "never", "ever", "either", "neither", "whether", "rather",
                             "together", "later", "earlier", "other", "another", "however", "for", "nor", "per",
                             "further", "sooner", "minor", "major", "whoever", "wherever", "whenever"))

# words of a plural's shape that are no nouns ("Jo Roe always", "Jo Roe perhaps")
NOT_PLURAL_NOUNS = {"always", "sometimes", "perhaps", "besides", "afterwards", "nevertheless", "thus", "towards",
                    "nowadays", "regardless", "unless", "as", "is", "was", "has", "does", "his", "its", "this",
                    "yes", "less", "plus", "us"}

# a subordinator left at a content's end after a comma or a dash, whose clause the next
# attribution took ("he would attend the meeting, although | aides said ...")
TRAILING_SUBORDINATORS = ("although", "though", "after", "before", "when", "while", "because", "since",
                          "as", "if", "unless", "whereas", "until")

# the word that opens a clause -- a complementizer, a relative, a subordinator --
# left at a content's end when the next attribution's source or cue starts the
# clause it opened ("testified that A, and that | B told him C", "promises which
# | he says were not honoured", "criticised the paper because | the paper said"):
# the clause is the next attribution's, the word is no part of this content
DANGLING_OPENERS = ("that", "which", "who", "whom", "where", "whether", "because", "if")

# initials that are a country's or a union's ("U.S. Steel", "U.N. Habitat"), not a forename
PLACE_INITIALS = frozenset(("US", "UK", "UN", "EU", "USA", "DC"))

# nouns that name words themselves ("Roe's phrase \"...\""): a quotation right after one is the possessor's
NAMING_NOUNS = frozenset(("words", "phrase", "label", "slogan", "line", "quip", "joke"))

# Nouns of family ties: "his brother Tom Vole", "Vole's widow, Ann Vole" name a
# relative of someone already in the story (speakers.py: a bare surname the
# two share stays with the one the story is about).
KIN_NOUNS = frozenset((
    "father", "mother", "son", "daughter", "brother", "sister", "sibling", "wife", "husband", "widow",
    "widower", "uncle", "aunt", "nephew", "niece", "cousin", "grandfather", "grandmother", "grandson",
    "granddaughter", "child", "parent", "stepfather", "stepmother", "stepson", "stepdaughter", "twin",
))

# Two unions of person nouns, different on purpose because they answer different questions:
# - PERSON_DESCRIPTION_HEADS: is this the head noun of one unnamed person's description ("a senior
#   official", "the spokeswoman", "one witness")?  Singular heads only (a plural head is a group: "officials"),
#   save "boss"; no kin nouns ("his brother" is a relative, read by speakers.py).  (extract/coref.py)
# - PERSON_NOUNS: does any word of an attribution name a person, one or many, kin or anonymous ("a former
#   candidate", "her cousin", "sources")?  Plurals and kin included, lowercased; matched on a word or on the
#   word less a final "s".  (matching/attribution.py: an attribution with none names no speaker)
PERSON_DESCRIPTION_HEADS = (frozenset(w for w in OFFICIAL_NOUNS | PERSON_HEADS | OFFICE_HOLDERS
                                      if not w.endswith("s") or w == "boss")
                            | PEOPLE_NOUNS)
PERSON_NOUNS = frozenset(w.lower() for w in GENERIC_ANON | KIN_NOUNS | OFFICE_HEADS | PEOPLE_NOUNS)
# the heads of a noun phrase whose "within" names the body they belong to, so the phrase goes on past it ("a
# source within the ministry", "lawyers within Kelpland", "members within both unions"; extract/sources.py)
PLACED_WITHIN_HEADS = frozenset(PERSON_NOUNS | {w.lower() for w in COLLECTIVE_NOUNS | EXTRA_COLLECTIVE}
                                | {"members", "member", "lawyers", "lawyer"})

# Pieces of journalism: what an outlet runs ("a piece that noted", "a column which
# argued"): the outlet's words, sourced to the press (sourcing.py, coref.relative_body)
JOURNALISM_PIECES = frozenset((
    "piece", "column", "op-ed", "editorial", "commentary", "broadcast", "documentary", "exclusive",
))

# What a subject puts its own words out in, as the object of its verb before a
# participle cue ("The council passed a resolution condemning ...", "Protesters
# held banners reading ...", "Roe gave a speech saying ..."): the subject speaks,
# not the thing.  Not the documents that speak for themselves in the sourcing
# labels ("released a report saying": the report), nor a person ("quoted a
# diplomat saying").
SAID_THROUGH_OBJECTS = frozenset((
    "statement", "statements", "letter", "letters", "release", "communique", "communiqu\u00e9", "message",
    "messages", "note", "speech", "speeches", "address", "poem", "song", "banner", "banners", "sign", "signs",
    "placard", "placards", "leaflet", "leaflets", "flyer", "flyers", "poster", "posters", "notice", "notices",
    "resolution", "resolutions", "motion", "affidavit", "complaint", "complaints", "petition", "petitions",
    "ad", "ads", "advert", "adverts", "advertisement", "advertisements", "editorial", "op-ed", "column",
    "memo", "brief", "email", "e-mail",
    # what one voices ("voiced concern saying ...", "expressed support stating ...")
    "concern", "concerns", "support", "opposition", "opinion", "opinions", "view", "views", "outrage",
    "anger", "regret", "dismay", "frustration", "sympathy", "condolences", "gratitude", "thanks", "doubts",
))
# Verbs that show a person doing something ("The clip shows the mayor walking down a
# corridor saying ...", "The advert featured two women eating lunch saying ...",
# "depicts one of the guards asking ..."): the one shown speaks in the participle after,
# not the recording nor the thing they handle (verbal.subject.depicted_subject)
DEPICTION_VERBS = frozenset((
    "show", "shows", "showed", "shown", "showing", "feature", "features", "featured", "featuring",
    "depict", "depicts", "depicted", "depicting", "portray", "portrays", "portrayed", "portraying",
    "capture", "captures", "captured", "capturing",
))
# Endings of plural nouns for people ("organizers", "contractors", "guards", "critics"):
# enrich._common_plural_opener, verbal.subject.depicted_subject
PEOPLE_PLURAL_ENDINGS = ("ers", "ors", "ists", "ians", "ants", "ents", "ees", "ives", "ths", "ards", "ics")
# Spans of time one spends doing something ("spent more time mocking ...", "is spending
# hours attacking ..."): the one who spends them speaks in the participle after
TIME_SPENT_NOUNS = frozenset(("time", "hours", "days", "weeks", "months", "years", "minutes", "evening",
                              "morning", "afternoon", "night", "weekend"))
# Verbs of judging what the object is or did ("opposed the bill arguing ...",
# "criticised the board saying ..."): the one judged is never who speaks in the
# participle after it, whatever the object.
JUDGING_PASTS = frozenset((
    "opposed", "rejected", "criticised", "criticized", "welcomed", "praised", "hailed", "condemned",
    "attacked", "slammed", "blasted", "denounced", "defended", "applauded", "lauded", "challenged",
    "dismissed", "backed", "supported", "endorsed", "protested", "decried", "lambasted", "faulted",
))
# Verbs by which a document is turned down: the subject does not say what the
# document does ("vetoed a resolution condemning ...": the resolution's words).
REFUSING_PASTS = frozenset(("vetoed", "rejected", "blocked", "defeated", "killed", "withdrew", "tabled",
                            "opposed", "dropped", "shelved", "scrapped"))

# Offices a person holds one of at a time ("the mayor" is no one whose role is another of
# them): the package's one list of offices (datasette_claims/offices.py), which the queue reads too
PUBLIC_OFFICES = OFFICE_TITLES

# Ranks, styles and occupations written capitalised before a person's name
# ("Midwife Ann Vole", "Captain Tom Vole", "Reverend Jo Roe"): not the name's
# first word when a known forename follows (speakers._role_noun_lead), and the role
ROLES_BEFORE_NAME = frozenset((
    "doctor", "nurse", "midwife", "captain", "major", "brigadier", "corporal", "reverend", "rabbi", "imam",
    "vicar", "priest", "chef", "pilot", "student", "owner", "farmer", "teacher", "paramedic", "firefighter",
    "constable", "co-ordinator", "magistrate", "barrister", "solicitor",
    "moderator", "controller", "commuter", "reviewer", "parliamentarian", "committeeman", "committeewoman",
))

# The nouns of what someone else put about ("reports", "the allegations", "that claim"): the
# thing a denial denies (extract/refine.py)
REPORT_NOUNS = r"reports?|stories|story|articles?|claims?|allegations?|accusations?|suggestions?|rumou?rs?|" \
    r"speculation|assertions?|charges?"

# The auxiliaries after a pronoun that open a complement clause without "that" in
# headline style ("denies reports he will quit"), unlike a reduced relative clause
# ("reports it published"): extract/refine.py
BARE_CLAUSE_AUXILIARIES = ("will", "would", "is", "was", "are", "were", "has", "had", "could", "can", "may",
                           "might", "plans", "planned", "intends", "intended", "wants", "wanted")
# the article or possessive that opens the object of a sentence-opening preposition ("In his Budget report, ...")
PHRASE_DETERMINERS = frozenset(("his", "her", "its", "their", "our", "my", "your", "the", "a", "an", "this"))

# Plural people who speak without an article after an inverted cue ('"...," said
# officials.', 'said harbour police', 'said Ruritanian lawmakers'): the plural heads
# of the official and collective nouns, not bodies or things (extract/patterns.py)
BARE_PLURAL_SPEAKERS = frozenset(
    w for w in OFFICIAL_NOUNS | COLLECTIVE_NOUNS | EXTRA_COLLECTIVE
    if (w.endswith("s") or w == "police") and w not in NON_PEOPLE_PLURALS
    and w not in ("others", "unions", "groups", "industries", "companies", "businesses",
                  "banks", "insurers", "employers", "families"))

# Parts of a document that head a subject for the whole ("The introduction to the
# report said", "the preface of the study"): the document speaks (extract/sourcing.py)
DOCUMENT_PARTS = frozenset((
    "introduction", "preface", "foreword", "summary", "conclusion", "conclusions", "chapter", "section",
    "appendix", "abstract", "annex", "preamble", "afterword", "epilogue", "prologue", "footnote", "findings",
    "text", "paragraph", "passage", "wording", "body", "opening", "final",
))

# The role nouns of one office (extract/enrich.py): "the judge" is the person the
# article introduced as judge, justice or magistrate, and no one else ("Lawyer Ann
# Vole argued ... The judge said" is not Vole); without such a person the
# description stays the speaker.  Offices a description names apart from a person's
# other roles (not "president" or "nominee", which one person holds beside others).
OFFICE_GROUPS = (
    frozenset(("judge", "justice", "magistrate")),
    frozenset(("spokesman", "spokeswoman", "spokesperson")),
    frozenset(("lawyer", "attorney", "counsel", "barrister", "solicitor")),
    frozenset(("doctor", "physician", "surgeon")),
    frozenset(("prosecutor",)),
    frozenset(("sheriff",)),
    frozenset(("coach",)),
)
OFFICE_GROUP_OF = {w: g for g in OFFICE_GROUPS for w in g}

# countries' words that are also people's surnames or compass points ("Jo North", "Ann Washington"): a two-word
# name ending in one may be a person's (``speakers.body_of_a_country``)
COUNTRY_WORDS_AS_SURNAMES = frozenset(("north", "south", "washington", "london", "paris", "berlin", "georgia",
                                       "jordan", "chad", "england", "ireland", "holland", "france", "wales", "israel",
                                       "india"))

# Round 42 (sourcing types).  Bodies other than trading ones that a story names
# once and then calls by their common noun with "the" ("the coastguard said",
# "the panel found", "the jury said", "the hotel said"): one institution, so a
# named body, as "the airline" is (sourcing.py).  Kept apart from ORG_KIND_HEADS,
# whose words coref also reads as a company's kind.
BODY_KIND_HEADS = frozenset((
    "coastguard", "panel", "jury", "delegation", "bureau", "hotel", "country", "embassy", "consulate",
))
# Written texts that speak for themselves with "the" or "a" ("the legislation
# says", "the draft states", "a patent describes"): a document, beyond
# DOCUMENT_NOUNS (sourcing.py)
TEXT_NOUNS = frozenset((
    "legislation", "draft", "drafts", "patent", "patents", "budget", "provision", "provisions", "warrant",
    "advisory", "text", "ads", "evidence",
    # (round 46) a life written down ("his biography", "her memoir", "the diaries")
    "biography", "autobiography", "memoir", "memoirs", "diary", "diaries",
))
# Groups of bodies or people spoken of as a whole by a lower-case noun ("both parties", "opposition parties",
# "the international community", "the intelligence community"): the README's party groups, collective
# (sourcing.py)
GROUP_OF_BODIES_HEADS = frozenset(("parties", "community"))
# The last words of a trading body's name that no person's name ends with ("Kelp
# Exploration", "Marlow Dredging", "Vorla Oil"): the name of a firm in the industry
# (sourcing.py; not "Steel", "Gold", "Silver", which are surnames too)
INDUSTRY_NAME_WORDS = frozenset((
    "exploration", "mining", "dredging", "shipping", "petroleum", "oil", "railways", "electric", "minerals",
    "metals", "publishing", "brewing", "engineering", "construction", "chemicals",
))
