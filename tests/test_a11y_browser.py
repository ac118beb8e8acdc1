"""The pages on a phone and from the keyboard, in a real browser (tests/test_browser.py's Chromium).

A fact-checker on a 375 px phone screen: the claim, search and story pages of
invented reports with a long quote, a word and an address longer than the
screen do not scroll sideways; every form control is a tap target of 44 px
(a checkbox 24 px); the verdict form's labels are not squeezed into Datasette's
15% label column; the tables' cards name their columns.  A colleague on the
keyboard: Tab from the top of the claim page reaches the verdict form, and every
element on the way shows a solid focus ring, with link text still readable
(4.5:1) while focused.  Real ``datasette serve``, real loader, a reviewer signed
in with a cookie.  Skipped without Chromium.
"""

from __future__ import annotations

import json
import sqlite3

import pytest
from conftest import write_docs
from test_browser import CHROMIUM, SECRET, browser, serve  # noqa: F401 (the fixture)

from datasette_claims.views.base import encode_id

pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="Chromium not installed (apt-get install chromium)")

LONG_WORD = "Quaysidetollboothrenovationfund" * 12
QUOTE = ("The harbour board will spend four million pounds on the new breakwater before the winter storms "
         "arrive, and the ferry timetable will not change while the work goes on along the northern quay.")
DOCS = [
    {"id": f"gull-{i}", "kind": "transcript", "speaker": "Morag Fenwick", "outlet": outlet, "date": date,
     "url": f"https://harbour.example/{i}/" + "/".join(["breakwater-plan-" + LONG_WORD[:40]] * 6),
     "title": f"Breakwater {LONG_WORD} plan", "text": f"{QUOTE} {aside} The fund is called {LONG_WORD} by the board."}
    for i, (outlet, date, aside) in enumerate((
        ("Gull Gazette", "2022-05-01", "Fishermen asked for a second slipway at the old pier."),
        ("Tern Times", "2022-05-03", "The council wants the lighthouse repainted by August."),
        ("Puffin Post", "2022-05-04", "Tourists may visit the sea wall on Sundays only.")))
]
PHONE = {"width": 375, "height": 800, "deviceScaleFactor": 1, "mobile": True}
DESK = {"width": 1280, "height": 900, "deviceScaleFactor": 1, "mobile": False}


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    """The reports loaded and matched, served with "root" as a reviewer; yields (base URL, claim id, story id)."""
    from datasette_claims.compat import IS_1_0
    from datasette_claims.loader import load

    folder = tmp_path_factory.mktemp("a11y")
    path = str(folder / "claims.db")
    load(path, [write_docs(folder, DOCS)], match=True)
    conn = sqlite3.connect(path)
    claim_id, story_id = conn.execute(
        "select id, story_id from claims where content like 'The fund is called%' and story_id is not null "
        "order by id limit 1").fetchone()
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    config = folder / "config.json"
    config.write_text(json.dumps({"plugins": {"datasette-claims": {"reviewers": {"id": "root"}}}}))
    server = serve(path, "-c" if IS_1_0 else "--metadata", str(config), env={"DATASETTE_SECRET": SECRET})
    yield next(server), claim_id, story_id
    next(server, None)


@pytest.fixture
def as_reviewer(site, browser):  # noqa: F811
    from datasette.app import Datasette

    host = site[0].split("//")[1].split(":")[0]
    browser.call("Network.enable")
    browser.call("Network.setCookie", name="ds_actor", value=Datasette(secret=SECRET).sign({"a": {"id": "root"}},
                 "actor"), domain=host, path="/")
    yield browser
    browser.call("Network.deleteCookies", name="ds_actor", domain=host)
    browser.call("Emulation.clearDeviceMetricsOverride")


def urls(site) -> dict:
    base, claim_id, story_id = site
    root = base + "/claims/-/claims"
    return {"claim": f"{root}/claim/{encode_id(claim_id)}", "story": f"{root}/story/{encode_id(story_id)}",
            "search": f"{root}/search?q=The+fund+is+called+{LONG_WORD}", "speaker": f"{root}/speaker/morag-fenwick"}


def open_page(browser, url, screen):  # noqa: F811
    browser.call("Emulation.setDeviceMetricsOverride", **screen)
    browser.goto(url)
    browser.wait_for("document.querySelector('h1')")


def test_no_sideways_scrolling_on_a_phone(site, as_reviewer):
    for name, url in urls(site).items():
        open_page(as_reviewer, url, PHONE)
        width = as_reviewer.js("[document.documentElement.scrollWidth, document.documentElement.clientWidth]")
        assert width[1] == 375 and width[0] <= width[1], (name, width)
        assert LONG_WORD[:60] in as_reviewer.text("section.content").replace("\n", ""), name  # (the long word is there)


CONTROLS = """[...document.querySelectorAll('section.content :is(input:not([type=hidden]), select, textarea, button)')]
  .filter(e => e.getClientRects().length).map(e => { const r = e.getBoundingClientRect();
    return [e.name || e.type || e.tagName, e.type, Math.round(r.width), Math.round(r.height)]; })"""


def test_form_controls_are_tap_targets_on_a_phone(site, as_reviewer):
    for name in ("claim", "story"):
        open_page(as_reviewer, urls(site)[name], PHONE)
        as_reviewer.js("document.querySelectorAll('section.content details').forEach(d => d.open = true)")
        found = as_reviewer.js(CONTROLS)
        assert len(found) >= 5, name
        small = [c for c in found if c[3] < (24 if c[1] == "checkbox" else 44) or c[2] < 24]
        assert not small, (name, small)
    open_page(as_reviewer, urls(site)["speaker"], PHONE)  # the counts linking to an outlet's claims
    counts = as_reviewer.js("""[...document.querySelectorAll('section.content td a[href*="/search"]')]
        .map(a => { const r = a.getBoundingClientRect(); return [a.innerText, r.width, r.height]; })""")
    assert len(counts) == 3 and all(w >= 24 and h >= 24 for _, w, h in counts), counts


def test_the_verdict_form_labels_are_not_squeezed_on_a_phone(site, as_reviewer):
    open_page(as_reviewer, urls(site)["claim"], PHONE)
    lines = as_reviewer.js("""[...document.querySelectorAll('.claims-verdict-form label')].map(l =>
        [l.innerText, Math.round(l.getBoundingClientRect().height / parseFloat(getComputedStyle(l).lineHeight))])""")
    assert [t for t, _ in lines] == ["Rating", "Note", "Link to the published check"]
    assert all(n == 1 for _, n in lines), lines  # "Link to the publis-hed check" took four lines


def test_table_cards_name_their_columns_on_a_phone(site, as_reviewer):
    open_page(as_reviewer, urls(site)["search"], PHONE)
    labels = as_reviewer.js("""[...document.querySelectorAll('.claims-results tbody tr:first-child td')]
        .map(td => getComputedStyle(td, '::before').content)""")
    assert [x.split("/")[0].strip().strip('"') for x in labels] == ["Score", "Claim", "Speaker", "Outlet", "Date"]


FOCUSED = """(() => { const e = document.activeElement, s = getComputedStyle(e);
  const rgb = c => c.match(/[\\d.]+/g).slice(0, 3).map(Number);
  const lum = c => { const [r, g, b] = rgb(c).map(v => { v /= 255; return v <= 0.03928 ? v / 12.92
                      : Math.pow((v + 0.055) / 1.055, 2.4); }); return 0.2126 * r + 0.7152 * g + 0.0722 * b; };
  let bg = 'rgb(255, 255, 255)';
  for (let n = e; n; n = n.parentElement) { const b = getComputedStyle(n).backgroundColor;
    if (!/rgba\\(.*, 0\\)$/.test(b) && b !== 'transparent') { bg = b; break; } }
  const a = lum(s.color), b = lum(bg);
  return {tag: e.tagName, id: e.id, text: (e.innerText || e.value || '').trim().slice(0, 30),
          inMain: !!e.closest('section.content'), outline: s.outlineStyle, width: parseFloat(s.outlineWidth),
          contrast: (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05)}; })()"""


def press_tab(browser):  # noqa: F811
    for kind in ("rawKeyDown", "keyUp"):
        browser.call("Input.dispatchKeyEvent", type=kind, key="Tab", code="Tab", windowsVirtualKeyCode=9,
                     nativeVirtualKeyCode=9)


@pytest.mark.parametrize("screen", [DESK, PHONE], ids=["1280px", "375px"])
def test_the_keyboard_reaches_the_verdict_form_with_a_visible_focus(site, as_reviewer, screen):
    open_page(as_reviewer, urls(site)["claim"], screen)
    seen = []
    for _ in range(60):
        press_tab(as_reviewer)
        focused = as_reviewer.js(FOCUSED)
        seen.append(focused)
        if focused["inMain"]:
            assert focused["outline"] == "solid" and focused["width"] >= 2, focused
            assert focused["tag"] != "A" or focused["contrast"] >= 4.5, focused
        if focused["id"] == "claims-verdict-rating":
            break
    else:
        raise AssertionError(f"Tab never reached the verdict form: {[f['text'] for f in seen]}")
    in_content = [f["text"] for f in seen if f["inMain"]]
    assert in_content[0].startswith("Breakwater"), in_content  # (the claim's article: the first link under the h1)


BOXES = """[...document.querySelectorAll('section.content label')].filter(l => l.getClientRects().length).map(l => {
  const f = l.querySelector('input, select, textarea') || document.getElementById(l.htmlFor);
  const a = l.getBoundingClientRect(), b = f ? f.getBoundingClientRect() : a;
  return [l.innerText.trim().slice(0, 30), [a.left, a.right, a.top, a.bottom], [b.left, b.right, b.top, b.bottom],
          !!l.querySelector('input, select, textarea')]; })"""


@pytest.mark.parametrize("screen", [DESK, PHONE], ids=["1280px", "375px"])
def test_a_field_stays_inside_its_label_and_off_the_next_one(site, as_reviewer, screen):
    """A reviewer's "Same story as" field ran out of its 15%-wide label over the "Why" next to it."""
    for name in ("claim", "story"):
        open_page(as_reviewer, urls(site)[name], screen)
        as_reviewer.js("document.querySelectorAll('section.content details').forEach(d => d.open = true)")
        boxes = as_reviewer.js(BOXES)
        assert len(boxes) >= 5, name
        for text, label, field, wraps in boxes:
            if wraps:
                assert label[0] - 1 <= field[0] and field[1] <= label[1] + 1, (name, text, label, field)
        fields = [b[2] for b in boxes]
        for i, a in enumerate(fields):
            for b in fields[i + 1:]:
                apart = a[1] <= b[0] + 0.5 or b[1] <= a[0] + 0.5 or a[3] <= b[2] + 0.5 or b[3] <= a[2] + 0.5
                assert apart, (name, a, b)
