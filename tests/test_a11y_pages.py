"""The plugin's pages read as a screen reader reads them, on both Datasette lines.

Every page (overview, search, claim with its verdict and review panels, stories,
story, speakers, speaker, article, queue, alerts, 0.65's CSRF refusal) is fetched
through ``datasette.client`` as a reviewer and parsed: one ``<main>`` landmark
with the one ``h1`` and a language, headings without skipped levels, a label
(an accessible name) for every form control and no two controls named alike,
links whose words say where they go, a title naming the claim, story, speaker
or article, header cells in every table and a column name on every cell (for
Datasette's card layout on a phone), and the meaning that colour carries (a word
diff, the marked claim, the earliest report, page furniture) also said in words.
The colours of ``claims.css`` are checked for contrast (WCAG AA) by computation.
Invented reports (tests/conftest.py), real loader, real SQLite.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import datasette_claims

import pytest
import pytest_asyncio

from conftest import make_datasette
from datasette_claims.views.base import encode_id
from test_factcheck_web import IS_1_0, REVIEWERS, actor_cookies, post_verdict

TAX = "hansard.2020/01:0-50"
BASE = "/claims/-/claims"
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
# Link words that do not say where the link goes, read out of context from a screen reader's list of links.
GENERIC = {"here", "click here", "link", "more", "source", "original", "story", "csv", "json", "article", "read more"}


class Node:
    def __init__(self, tag, attrs, parent):
        self.tag, self.attrs, self.parent, self.children = tag, dict(attrs), parent, []

    def text(self) -> str:
        return "".join(c if isinstance(c, str) else c.text() for c in self.children)

    def iter(self):
        for c in self.children:
            if isinstance(c, Node):
                yield c
                yield from c.iter()

    def find(self, tag):
        return [n for n in self.iter() if n.tag == tag]

    def ancestors(self):
        n = self.parent
        while n is not None:
            yield n
            n = n.parent

    def classes(self) -> set:
        return set((self.attrs.get("class") or "").split())


class Tree(HTMLParser):
    def __init__(self, html: str):
        super().__init__(convert_charrefs=True)
        self.root = self.at = Node("#document", {}, None)
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        node = Node(tag, attrs, self.at)
        self.at.children.append(node)
        if tag not in VOID:
            self.at = node

    def handle_endtag(self, tag):
        n = self.at
        while n is not None and n.tag != tag:
            n = n.parent
        if n is not None and n.parent is not None:
            self.at = n.parent

    def handle_data(self, data):
        self.at.children.append(data)


def words(text: str) -> str:
    return " ".join(text.split())


def control_name(tree: Tree, node: Node) -> str:
    """The accessible name of a form control: aria-label, a <label for>, or the label around it."""
    if node.attrs.get("aria-label"):
        return node.attrs["aria-label"]
    if node.attrs.get("id"):
        for label in tree.root.find("label"):
            if label.attrs.get("for") == node.attrs["id"]:
                return words(label.text())
    for a in node.ancestors():
        if a.tag == "label":
            return words(a.text())
    if node.tag == "button" or node.attrs.get("type") == "submit":
        return words(node.text()) or node.attrs.get("value", "")
    return ""


def in_content(node: Node) -> bool:
    """Not in Datasette's own header, menu or footer."""
    return not any(a.tag in ("header", "nav", "footer") for a in node.ancestors())


def controls(tree: Tree) -> list[Node]:
    return [n for n in tree.root.iter() if n.tag in ("input", "select", "textarea", "button")
            and n.attrs.get("type") != "hidden" and in_content(n)]


@pytest_asyncio.fixture
async def site(story_db_path):
    """The story database with a claim carrying two verdicts (a history with links), served to a reviewer."""
    ds = make_datasette([story_db_path], config=REVIEWERS)
    for rating, url in (("False", "https://check.example/1"), ("Half true", "https://check.example/2")):
        r = await post_verdict(ds, "alice", rating=rating, note="checked", url=url)
        assert r.status_code == 302, r.text
    return ds


def pages():
    claim = f"{BASE}/claim/{encode_id(TAX)}"
    return {
        "overview": BASE, "search": BASE + "/search?q=fuel+tax+cut", "search-empty": BASE + "/search?q=zeppelin",
        "claim": claim, "stories": BASE + "/stories", "story": f"{BASE}/story/{encode_id('story:fuel<tax>')}",
        "speakers": BASE + "/speakers", "speaker": BASE + "/speaker/jane-doe",
        "article": f"{BASE}/article/{encode_id('planet-1')}", "queue": BASE + "/queue", "alerts": BASE + "/alerts",
    }


async def fetch_all(ds) -> dict[str, tuple[str, Tree]]:
    cookies = actor_cookies(ds, "alice")
    out = {}
    for name, path in pages().items():
        r = await ds.client.get(path, cookies=cookies)
        assert r.status_code == 200, (name, r.status_code)
        out[name] = (r.text, Tree(r.text))
    return out


@pytest.mark.asyncio
async def test_every_page_has_one_main_with_its_h1_a_language_and_ordered_headings(site):
    for name, (html, tree) in (await fetch_all(site)).items():
        assert '<meta name="viewport" content="width=device-width' in html, name
        mains = tree.root.find("main")
        assert len(mains) == 1, name
        h1s = tree.root.find("h1")
        assert len(h1s) == 1 and any(a is mains[0] for a in h1s[0].ancestors()), name
        html_lang = next(n for n in tree.root.iter() if n.tag == "html").attrs.get("lang")
        assert (html_lang or mains[0].attrs.get("lang") or "").startswith("en"), name
        levels = [int(n.tag[1]) for n in mains[0].iter() if re.fullmatch(r"h[1-6]", n.tag)]
        assert levels[0] == 1 and all(b <= a + 1 for a, b in zip(levels, levels[1:])), (name, levels)


@pytest.mark.asyncio
async def test_every_form_control_has_a_name_of_its_own(site):
    for name, (_, tree) in (await fetch_all(site)).items():
        named = [(n, control_name(tree, n)) for n in controls(tree)]
        assert all(label for _, label in named), (name, [n.attrs for n, label in named if not label])
        fields = [label for n, label in named if n.tag != "button" and n.attrs.get("type") != "submit"]
        assert len(fields) == len(set(fields)), (name, sorted(fields))  # "Why" five times said nothing apart
    claim = (await fetch_all(site))["claim"][1]
    assert {"Rating", "Note", "Link to the published check"} <= {control_name(claim, n) for n in controls(claim)}


@pytest.mark.asyncio
async def test_links_say_where_they_go(site):
    for name, (_, tree) in (await fetch_all(site)).items():
        for a in tree.root.find("a"):
            if "href" not in a.attrs or not in_content(a):
                continue
            said = words(a.text()).lower()
            assert said and said not in GENERIC and not said.isdigit(), (name, said, a.attrs["href"])


@pytest.mark.asyncio
async def test_titles_name_what_the_page_is_about(site):
    got = {name: words(tree.root.find("title")[0].text()) for name, (_, tree) in (await fetch_all(site)).items()}
    assert got["claim"].startswith("Claim: We will cut the fuel tax")
    assert got["story"].startswith("Story: ") and "Fuel tax" in got["story"]
    assert got["speaker"].startswith("Speaker: Jane Doe")
    assert got["article"] == "Article: Doe repeats tax pledge"


@pytest.mark.asyncio
async def test_tables_have_header_cells_and_every_cell_names_its_column(site):
    for name, (_, tree) in (await fetch_all(site)).items():
        for table in tree.root.find("table"):
            assert table.find("th"), name
            if "rows-and-columns" not in table.classes():
                continue
            for tr in (n for n in table.iter() if n.tag == "tr" and n.parent.tag == "tbody"):
                if "claims-undone" in tr.classes() or any(c.tag == "td" and c.attrs.get("colspan") for c in tr.children
                                                            if isinstance(c, Node)):
                    continue
                cells = [c for c in tr.children if isinstance(c, Node) and c.tag == "td"]
                if any(a.tag == "section" and "claims-review" in a.classes() for a in table.ancestors()):
                    continue  # (the review history: a reviewer's desk table, not laid out as cards)
                assert all(c.attrs.get("data-label") for c in cells), (name, [c.attrs for c in cells])


def hidden_words(node: Node) -> str:
    return "".join(n.text() for n in node.iter() if "claims-visually-hidden" in n.classes())


@pytest.mark.asyncio
async def test_what_colour_says_is_also_said_in_words(site):
    fetched = await fetch_all(site)
    # the word diff (story timeline, similar claims): removed and added words are named
    _, story = fetched["story"]
    dels, inss = story.root.find("del"), story.root.find("ins")
    assert dels and inss
    assert all("removed" in hidden_words(d) for d in dels) and all("added" in hidden_words(i) for i in inss)
    # the marked claim, its source and cue in the sentence: named before each mark
    html, claim = fetched["claim"]
    for mark in claim.root.find("mark"):
        if any("claims-key" in a.classes() for a in mark.ancestors()):
            continue
        before = mark.parent.children[mark.parent.children.index(mark) - 1]
        assert isinstance(before, Node) and "claims-visually-hidden" in before.classes(), html
    # the earliest report among the search results: a word, not only a background
    _, search = fetched["search"]
    row = next(tr for tr in search.root.find("tr") if "claims-is-earliest" in tr.classes())
    assert "earliest" in words(row.text())


@pytest.mark.asyncio
async def test_the_speaker_chart_has_its_figures_as_a_table(site):
    _, tree = (await fetch_all(site))["speaker"]
    figure = tree.root.find("figure")[0]
    assert figure.find("svg")[0].attrs.get("role") == "img"
    table = next(t for t in tree.root.find("table") if any("claims-chart-data" in a.classes() for a in t.ancestors()))
    assert [words(th.text()) for th in table.find("th")][:3] == ["Day", "named person", "All"]
    assert words(table.find("tbody")[0].find("tr")[0].text()).startswith("2020-01-05")


@pytest.mark.skipif(IS_1_0, reason="0.65's asgi-csrf refusal page")
@pytest.mark.asyncio
async def test_the_csrf_refusal_page_has_a_main_and_a_way_back(site):
    page = f"{BASE}/claim/{encode_id(TAX)}"
    r = await site.client.post(page + "/verdict", data={"rating": "False"}, cookies=actor_cookies(site, "alice"))
    assert r.status_code == 403
    tree = Tree(r.text)
    [main] = tree.root.find("main")
    assert main.attrs.get("lang") == "en" and len(tree.root.find("h1")) == 1
    assert [words(a.text()) for a in main.find("a")] == ["Back to the page"]


# ---- contrast of claims.css, computed ------------------------------------------------------------------------

CSS = Path(datasette_claims.__file__).parent / "static" / "claims.css"
PAGE_BACKGROUNDS = ("#ffffff", "#f8fafb")  # Datasette 0.65's page, 1.0's


def luminance(hex_colour: str) -> float:
    h = hex_colour.lstrip("#")
    h = "".join(c * 2 for c in h) if len(h) == 3 else h
    def channel(v):
        v /= 255
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4
    r, g, b = (channel(int(h[i:i + 2], 16)) for i in (0, 2, 4))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: str, b: str) -> float:
    la, lb = luminance(a), luminance(b)
    return (max(la, lb) + 0.05) / (min(la, lb) + 0.05)


def css_rules() -> list[tuple[str, dict]]:
    text = re.sub(r"/\*.*?\*/", "", CSS.read_text(), flags=re.S)
    text = re.sub(r"@media[^{]*\{((?:[^{}]*\{[^}]*\})*)\s*\}", r"\1", text)
    rules = []
    for selector, body in re.findall(r"([^{}]+)\{([^}]*)\}", text):
        decls = dict((k.strip(), v.strip()) for k, _, v in (d.partition(":") for d in body.split(";")) if v.strip())
        rules.append((" ".join(selector.split()), decls))
    return rules


def test_text_colours_in_claims_css_reach_aa_contrast():
    checked = 0
    for selector, decls in css_rules():
        colour = re.fullmatch(r"#[0-9a-fA-F]{3,6}", decls.get("color", ""))
        if not colour:
            continue
        own = re.search(r"#[0-9a-fA-F]{3,6}\b", decls.get("background", ""))
        for bg in ([own.group()] if own else PAGE_BACKGROUNDS):
            ratio = contrast(colour.group(), bg)
            assert ratio >= 4.5, (selector, colour.group(), bg, round(ratio, 2))
            checked += 1
    assert checked >= 10


def test_links_on_the_plugins_pages_keep_their_contrast_when_visited_or_focused():
    """Datasette's greens for a visited link (#54AC8E) and a focused one (#67C98D) are 2.7:1 and 2.0:1 on white."""
    rules = css_rules()
    for state in ("a:visited", "a:focus"):
        colours = [d["color"] for s, d in rules if state in s and "body.claims" in s and "color" in d]
        assert colours, state
        assert all(contrast(c, bg) >= 4.5 for c in colours for bg in PAGE_BACKGROUNDS), (state, colours)


def test_chart_colours_stand_out_from_the_chart_background():
    """Bars and keys that carry meaning need 3:1 against their background (WCAG 1.4.11)."""
    fills = [(s, d["fill"]) for s, d in css_rules() if s.startswith(".claims-chart-src-") and "fill" in d]
    assert len(fills) == 8
    for selector, fill in fills:
        assert contrast(fill, "#fbfcfe") >= 3, (selector, fill, round(contrast(fill, "#fbfcfe"), 2))
