"""Datasette metadata for claims databases: titles, column notes, facets.

Datasette keys metadata by database name, so a ``metadata.json`` only
reaches the names written in it.  The plugin therefore gives the same
titles, column notes and facets to every served database that has its
schema (whatever the file is called), at startup: ``install`` finds them and
``compat.add_default_metadata`` hands the blocks to Datasette the way each
line takes them (a ``get_metadata`` hook on 0.65, the internal metadata
tables and the table config on 1.0).  What the user's own metadata or config
says for a table wins.  The shipped ``metadata.json`` (``build_metadata``)
still carries the instance's title and licence for the demo.

A ``label_column`` makes Datasette show a row's label wherever another table
points at it (``article_id`` shown with the article's headline, in the HTML,
in ``?_labels=on`` CSV and JSON, in facets).  Datasette 0.65 reads those
labels without asking whether the actor may see the table they come from,
so a table the instance keeps private (anonymous users refused by its own
``allow``) is labelled by its ``id`` instead: its rows' words never appear on
the pages of the tables that point at it.  1.0 checks that permission itself.
"""

from __future__ import annotations

COLUMNS = {
    "articles": {
        "id": "Stable id: the record's id, else a hash of the URL, else of the text",
        "outlet": "Publication the report appeared in",
        "section": "Section of the site, where the page shows one",
        "headline": "Headline as published",
        "published": "Publication date (YYYY-MM-DD); empty when the input did not say",
        "dateline_place": "Place in the dateline (\"MOSCOW, May 27 (RIA Novosti) -\")",
        "dateline_date": "The date in the dateline, as written (no year is guessed)",
        "agency": "Wire agency named in the dateline",
        "text": "Article text exactly as loaded; claim offsets index it",
        "paragraphs": "JSON list of [start, end] offsets of the story's own paragraphs (page furniture and a repeated lead left out)",
        "duplicate_of": "Article this one reprints verbatim (wire copy), when detected",
        "url": "Address of the report, where the input gave one",
        "url_key": "The address without scheme, www. or trailing slash: an article already stored at it is the same article",
        "word_count": "Words in the article text",
        "claim_count": "Number of claims extracted from it",
        "source_path": "File (and line, for JSON lines) or address it was loaded from",
        "content_hash": "Hash of what was loaded: a reload that changes nothing leaves the article as it is",
        "loaded_at": "When it was last written (UTC)",
    },
    "claims": {
        "id": "<article id>:<start>-<end>: the claim's place in its article",
        "article_id": "The report the claim comes from",
        "content": "What was claimed, as the article words it",
        "start": "Offset of the claim's first character in articles.text",
        "end": "Offset just after the claim's last character",
        "speaker": "Who said it, as this report names them (\"Ms. Varga\"), or the description of an unnamed source",
        "speaker_id": "The speaker in speakers: one per person or organisation, whatever name each report used "
        "(its facet counts a person's claims under all their names)",
        "speaker_role": "Role or title given for the speaker",
        "source_text": "The source mention as written (\"he\", \"diplomatic sources\")",
        "source_start": "Offset of the source mention in articles.text",
        "source_end": "Offset just after the source mention",
        "cue": "The attributing words (\"said on Wednesday\", \"according to\")",
        "cue_start": "Offset of the attributing words in articles.text",
        "cue_end": "Offset just after the attributing words",
        "sourcing": "named_person, named_org, unnamed_official, anonymous_generic, collective_unnamed, document, media_report, social_post, unattributed_hedged or author",
        "quote_type": "direct, indirect, partial (quoted words inside a paraphrase) or mixed",
        "said_on": "Date of the statement when the article fixes it and the year is known",
        "said_where": "Venue or medium (\"a news conference in Moscow\", \"a statement\")",
        "said_to": "Whom it was said to (\"reporters\", \"the BBC\"), when the article says",
        "anonymity_reason": "Why an unnamed source was not named (\"because he was not authorised to speak\"), "
        "as the article gives it",
        "hedges": "Hedging words around the claim (JSON list)",
        "stance": "What the cue does: assertion (\"said\", \"reported\"), stance (a belief, opinion or charge: "
        "\"believes\", \"claimed\", \"accused\"), denial, directive (\"urged\", \"called for\") or question "
        "(\"asked\"); empty for a quotation no cue attributes",
        "via": "Outlet or source that relayed a nested attribution",
        "denies": "Id of the claim this one denies",
        "confidence": "Extractor's confidence, 0-1",
        "rule": "Extraction pattern that produced the claim",
        "utterance_id": "The attribution this sentence belongs to: the rows of one quotation or paraphrase share it",
        "story_id": "Story grouping this claim with its counterparts in other reports",
        "phrase_key": "The claim's words as matching compares them, lower-cased without punctuation, when it is "
                      "short enough to be a stock phrase (\"i don t know\"); '' when it is longer, NULL until the "
                      "next matched load keys a new or reworded claim",
    },
    "speakers": {
        "id": "Stable slug of the name; claims.speaker_id points here",
        "name": "Canonical name",
        "kind": "person or organisation",
        "role": "The first role or title given with the name (claims.speaker_role has each report's)",
        "aliases": "Other names the speaker appears under (JSON list)",
        "claim_count": "Number of claims attributed",
        "surname": "The name's surname, lower-cased and folded to ASCII, as matching reads it to find namesakes "
                   "('' for none; NULL until the next matched load keys a new or renamed speaker)",
    },
    "stories": {
        "id": "Stable id, from the earliest claim's id",
        "label": "A representative wording of the claim",
        "first_claim_id": "The earliest report's claim",
        "first_article_id": "The earliest report",
        "claim_count": "Number of claims in the story",
        "speakers": "Names of the speakers quoted (JSON list)",
        "first_published": "Earliest publication date among the reports",
        "first_outlet": "Outlet of the earliest report",
        "report_count": "Number of articles carrying the claim",
        "outlet_count": "Number of distinct outlets",
        "has_drift": "1 when quoted wording differs between reports",
    },
    "claim_matches": {
        "claim_a": "One claim of the pair",
        "claim_b": "The other claim",
        "score": "Similarity 0-1",
        "kind": "same (same statement), drift (same quote, different wording) or conflict (a number, "
        "negation or name changed where one side is reported speech)",
        "method": "How the pair was found and scored",
        "diff": "Word-level differences for drift pairs (JSON)",
    },
    "claim_repeats": {
        "claim_a": "The earlier claim",
        "claim_b": "The same speaker's like words in a later report",
        "days_apart": "Days between the two reports",
        "score": "Similarity of the wording alone, 0-1 (1: word for word)",
        "reason": "What tells the two occasions apart: another-day (each says today/tonight/yesterday/tomorrow), "
        "far-apart (over a month), names-another (months apart, said to someone else) or own-line (a short "
        "reworded line days apart)",
    },
    "load_errors": {
        "id": "Row number, in the order the problems were first met",
        "created": "When the problem was first recorded (UTC)",
        "path": "Input file (and line, for JSON lines) that failed",
        "reason": "Why it could not be loaded",
        "level": "error (not loaded) or warning (loaded, worth a look)",
    },
}

TABLES = {
    "articles": {
        "description": "One row per loaded news report or transcript",
        "label_column": "headline",
        "sort_desc": "published",
        "facets": ["outlet", "agency"],
    },
    "claims": {
        "description": "Who said what, when, where and how it was sourced: one row per attributed statement",
        "label_column": "content",
        "facets": ["sourcing", "quote_type", "speaker_id", "stance"],
    },
    "speakers": {
        "description": "People and organisations quoted, with their aliases",
        "label_column": "name",
        "sort_desc": "claim_count",
        "facets": ["kind"],
    },
    "stories": {
        "description": "Groups of matching claims across reports, with their first appearance",
        "label_column": "label",
        "sort_desc": "report_count",
        "facets": ["has_drift"],
    },
    "claim_matches": {
        "description": "Pairs of claims that report the same statement",
        "facets": ["kind", "method"],
        "sort_desc": "score",
    },
    "claim_repeats": {
        "description": "One speaker's like words said again on another occasion (not one statement: no story "
        "joins them), the earlier claim first",
        "facets": ["reason"],
        "sort_desc": "score",
    },
    "load_errors": {
        "description": "Inputs that could not be loaded, and why",
        "facets": ["level"],
        "sort_desc": "id",
    },
}

DEMO_DESCRIPTION = (
    "24 documents on six events (2005-2010): 22 Wikinews reports (CC BY 2.5) and 2 State of "
    "the Union transcripts (public domain). The same people are quoted across reports, "
    "sometimes in different words. Each document's address is in articles.url; attribution "
    "lines are in the package's demo_corpus/manifest.jsonl."
)


def tables() -> dict:
    out = {}
    for name, options in TABLES.items():
        block = dict(options)
        block["columns"] = COLUMNS.get(name, {})
        out[name] = block
    return out


def database_block(name: str, private: frozenset[str] = frozenset()) -> dict:
    """Description and table blocks for one database (as in metadata.json).

    ``private`` tables are labelled by their id (see the module docstring).
    """
    blocks = tables()
    for table in private & blocks.keys():
        blocks[table]["label_column"] = "id"
    return {
        "description": DEMO_DESCRIPTION if name == "claims-demo" else "Claims extracted from news articles",
        "tables": blocks,
    }


async def private_tables(datasette, database: str) -> frozenset[str]:
    """The plugin's tables that their own ``view-table`` rule refuses to anonymous users.

    Only asked on 0.65 (see the module docstring; ``compat.labels_unchecked_private``);
    a table with no rule of its own is as visible as its database, so its labels
    show nothing new.
    """
    from . import compat

    return await compat.labels_unchecked_private(datasette, database, TABLES)


def has_claims_schema(conn) -> bool:
    """Made by this plugin: its core tables, and its migrations recorded."""
    from .store.connection import MIGRATION_SET

    names = {r[0] for r in conn.execute("select name from sqlite_master where type = 'table'")}
    if not {"articles", "claims", "_sqlite_migrations"} <= names:
        return False
    return conn.execute("select 1 from _sqlite_migrations where migration_set = ? limit 1",
                        [MIGRATION_SET]).fetchone() is not None


async def install(datasette) -> list[str]:
    """Give every served database with the plugin's schema its descriptions and facets."""
    from . import compat

    done = []
    for name, db in list(datasette.databases.items()):
        if name == "_internal" or getattr(db, "is_memory", False):
            continue
        try:
            ours = await db.execute_fn(has_claims_schema)
        except Exception:  # an unreadable file is Datasette's to report, not ours
            ours = False
        if ours:
            block = database_block(name, await private_tables(datasette, name))
            await compat.add_default_metadata(datasette, name, block)
            done.append(name)
    return done


def build_metadata(database_names=("claims", "claims-demo")) -> dict:
    databases = {}
    for name in database_names:
        databases[name] = database_block(name)
    return {
        "title": "datasette-claims",
        "description": "Who said what, when and how it was sourced, across news reports. "
        "The plugin's pages are under /<database>/-/claims.",
        "license": "Demo corpus: CC BY 2.5 (Wikinews) and public domain (transcripts)",
        "license_url": "https://creativecommons.org/licenses/by/2.5/",
        "source": "Wikinews contributors; UCSB American Presidency Project",
        "source_url": "https://en.wikinews.org/",
        "databases": databases,
    }
