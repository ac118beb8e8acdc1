"""End to end in a real browser: search -> claim -> story on the demo database.

A real ``datasette`` process serves the demo database on a free localhost
port; headless Chromium is driven over the Chrome DevTools Protocol: it types
a claim into the search box, submits the form, clicks through to the claim
page and on to its story, checking what is on screen at every step.  The
DevTools websocket is spoken with the small stdlib client below, so the test
needs no extra dependency.

Skipped when Chromium is not installed (``.ci/run`` installs Debian's
``chromium``).  ``CLAIMS_SCREENSHOTS=docs`` saves PNG screenshots of each
page into that folder (the README's images are made this way).
"""

from __future__ import annotations

import base64
import json
import os
import shutil
import signal
import socket
import sqlite3
import struct
import subprocess
import sys
import time
import urllib.request

import pytest

CHROMIUM = next((p for p in (os.environ.get("CHROMIUM"), shutil.which("chromium"), "/usr/bin/chromium") if p and os.path.exists(p)), None)
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-dev-shm-usage",
    "--window-size=1200,1000",
]

pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="Chromium not installed (apt-get install chromium)")


# ---- a minimal websocket client, enough for the DevTools protocol ----------


class WebSocket:
    def __init__(self, url: str, timeout: float = 30):
        assert url.startswith("ws://")
        hostport, _, path = url[len("ws://") :].partition("/")
        host, _, port = hostport.partition(":")
        self.sock = socket.create_connection((host, int(port)), timeout=timeout)
        key = base64.b64encode(os.urandom(16)).decode()
        self.sock.sendall(
            (
                f"GET /{path} HTTP/1.1\r\nHost: {hostport}\r\nUpgrade: websocket\r\n"
                f"Connection: Upgrade\r\nSec-WebSocket-Key: {key}\r\nSec-WebSocket-Version: 13\r\n\r\n"
            ).encode()
        )
        head = b""
        while b"\r\n\r\n" not in head:
            chunk = self.sock.recv(1)
            if not chunk:
                raise ConnectionError("websocket handshake failed")
            head += chunk
        if b" 101 " not in head.split(b"\r\n", 1)[0]:
            raise ConnectionError(head.decode(errors="replace"))

    def _read(self, n: int) -> bytes:
        buf = b""
        while len(buf) < n:
            chunk = self.sock.recv(n - len(buf))
            if not chunk:
                raise ConnectionError("websocket closed")
            buf += chunk
        return buf

    def send(self, text: str) -> None:
        payload = text.encode()
        header = bytes([0x81])
        n = len(payload)
        if n < 126:
            header += bytes([0x80 | n])
        elif n < 65536:
            header += bytes([0x80 | 126]) + struct.pack(">H", n)
        else:
            header += bytes([0x80 | 127]) + struct.pack(">Q", n)
        mask = os.urandom(4)
        self.sock.sendall(header + mask + bytes(b ^ mask[i % 4] for i, b in enumerate(payload)))

    def recv(self) -> str:
        message = b""
        while True:
            b1, b2 = self._read(2)
            n = b2 & 0x7F
            if n == 126:
                n = struct.unpack(">H", self._read(2))[0]
            elif n == 127:
                n = struct.unpack(">Q", self._read(8))[0]
            mask = self._read(4) if b2 & 0x80 else None
            data = self._read(n)
            if mask:
                data = bytes(b ^ mask[i % 4] for i, b in enumerate(data))
            opcode = b1 & 0x0F
            if opcode == 0x8:
                raise ConnectionError("websocket closed by peer")
            if opcode == 0x9:  # ping -> pong
                continue
            message += data
            if b1 & 0x80:
                return message.decode()

    def close(self):
        self.sock.close()


class Browser:
    """One Chromium page, driven over CDP."""

    def __init__(self, ws_url: str):
        self.ws = WebSocket(ws_url)
        self.next_id = 0

    def call(self, method: str, **params):
        self.next_id += 1
        self.ws.send(json.dumps({"id": self.next_id, "method": method, "params": params}))
        while True:
            msg = json.loads(self.ws.recv())
            if msg.get("id") == self.next_id:
                if "error" in msg:
                    raise RuntimeError(f"{method}: {msg['error']}")
                return msg.get("result", {})

    def js(self, expression: str):
        result = self.call("Runtime.evaluate", expression=expression, returnByValue=True, awaitPromise=True)
        if "exceptionDetails" in result:
            raise RuntimeError(f"{expression}: {result['exceptionDetails']}")
        return result["result"].get("value")

    def wait_for(self, expression: str, timeout: float = 15):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                if self.js(f"document.readyState === 'complete' && !!({expression})"):
                    return
            except RuntimeError:
                pass  # navigation in progress
            time.sleep(0.1)
        raise AssertionError(f"timed out waiting for {expression}; page: {self.js('location.href')}")

    def goto(self, url: str):
        self.call("Page.navigate", url=url)
        self.wait_for(f"location.href === {json.dumps(url)}")

    def text(self, selector: str = "body") -> str:
        return self.js(f"(document.querySelector({json.dumps(selector)}) || {{innerText: ''}}).innerText")

    def visible(self, selector: str) -> bool:
        return self.js(
            f"""(() => {{ const e = document.querySelector({json.dumps(selector)});
            if (!e) return false; const r = e.getBoundingClientRect();
            const s = getComputedStyle(e);
            return r.width > 0 && r.height > 0 && s.visibility !== 'hidden' && s.display !== 'none'; }})()"""
        )

    def click(self, selector: str):
        """A real mouse click in the middle of the element."""
        box = self.js(
            f"""(() => {{ const e = document.querySelector({json.dumps(selector)});
            if (!e) return null; e.scrollIntoView({{block: 'center'}}); const r = e.getClientRects()[0];
            return [r.left + Math.min(r.width / 2, 20), r.top + r.height / 2]; }})()"""
        )
        assert box, f"nothing to click at {selector} on {self.js('location.href')}"
        for kind in ("mousePressed", "mouseReleased"):
            self.call("Input.dispatchMouseEvent", type=kind, x=box[0], y=box[1], button="left", clickCount=1)

    def screenshot(self, path: str):
        height = self.js("Math.min(document.documentElement.scrollHeight, 2400)")
        self.call("Emulation.setDeviceMetricsOverride", width=1200, height=int(height), deviceScaleFactor=1, mobile=False)
        data = self.call("Page.captureScreenshot", format="png")["data"]
        self.call("Emulation.clearDeviceMetricsOverride")
        with open(path, "wb") as f:
            f.write(base64.b64decode(data))


# ---- fixtures ------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_http(url: str, timeout: float = 30):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=2) as r:
                return r.read()
        except OSError:
            time.sleep(0.2)
    raise AssertionError(f"{url} did not come up")


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    from datasette_claims import demo

    path = str(tmp_path_factory.mktemp("browser") / "claims-demo.db")
    demo.build(path)
    return path


def serve(db_path, *args, env=None):
    """``datasette serve`` on a free port as a real subprocess; yields its base URL."""
    port = free_port()
    exe = os.path.join(os.path.dirname(sys.executable), "datasette")
    proc = subprocess.Popen(
        [exe, "serve", db_path, "--host", "127.0.0.1", "--port", str(port), *args],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        env={**os.environ, **(env or {})},
    )
    try:
        wait_http(f"http://127.0.0.1:{port}/-/versions.json")
        yield f"http://127.0.0.1:{port}"
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()


@pytest.fixture(scope="module")
def server(demo_db):
    yield from serve(demo_db)


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    profile = tmp_path_factory.mktemp("chromium-profile")
    port = free_port()
    proc = subprocess.Popen(
        [CHROMIUM, *CHROMIUM_FLAGS, f"--remote-debugging-port={port}", f"--user-data-dir={profile}", "about:blank"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,  # its helper processes share our process group id
    )
    try:
        wait_http(f"http://127.0.0.1:{port}/json/version")
        targets = json.loads(wait_http(f"http://127.0.0.1:{port}/json/list"))
        page = next(t for t in targets if t.get("type") == "page")
        b = Browser(page["webSocketDebuggerUrl"])
        b.call("Page.enable")
        b.call("Runtime.enable")
        yield b
        b.ws.close()
    finally:
        # Ask Chromium to close so it reaps its own helpers; then end the group.
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=10)
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except (ProcessLookupError, PermissionError):
            pass


def pick_claim(db_path):
    """A claim whose story appears in more than one report (else any claim)."""
    conn = sqlite3.connect(db_path)
    row = conn.execute(
        """select c.id, c.content, c.speaker, c.story_id from claims c join stories s on s.id = c.story_id
        where s.report_count >= 2 and length(c.content) between 60 and 240
        order by s.report_count desc, c.id limit 1"""
    ).fetchone()
    if row is None:
        row = conn.execute(
            "select id, content, speaker, story_id from claims where length(content) between 60 and 240 order by id limit 1"
        ).fetchone()
    conn.close()
    return row


def shot(browser, name):
    folder = os.environ.get("CLAIMS_SCREENSHOTS")
    if folder:
        os.makedirs(folder, exist_ok=True)
        browser.screenshot(os.path.join(folder, name))


# ---- the test ------------------------------------------------------------------


def test_search_claim_story(server, browser, demo_db):
    from datasette_claims.views.base import encode_id

    claim_id, content, speaker, story_id = pick_claim(demo_db)
    base = server + "/claims-demo/-/claims"

    # Overview, with its search box
    browser.goto(base)
    browser.wait_for("document.querySelector('#claims-q')")
    assert "Claims in claims-demo" in browser.text("h1")
    assert "Sourcing mix" in browser.text()
    assert browser.visible("#claims-q")
    shot(browser, "claims-overview.png")

    # Paste the claim into the search box and submit
    browser.click("#claims-q")
    browser.call("Input.insertText", text=content)
    assert browser.js("document.querySelector('#claims-q').value") == content
    browser.click(".claims-search-form input[type=submit]")
    browser.wait_for("location.pathname.endsWith('/-/claims/search') && document.querySelector('.claims-results')")
    page = browser.text()
    assert "Earliest appearance" in page
    assert browser.visible(".claims-earliest")
    assert content in browser.text(".claims-results")
    shot(browser, "claims-search.png")

    # Open the pasted claim from the results
    link = f".claims-results a[href$='/claim/{encode_id(claim_id)}']"
    assert browser.js(f"!!document.querySelector({json.dumps(link)})"), "claim missing from results"
    browser.click(link)
    browser.wait_for("document.querySelector('mark.claims-span-claim')")
    assert f"/claim/{encode_id(claim_id)}" in browser.js("location.pathname")
    assert browser.visible("mark.claims-span-claim")
    assert browser.text("mark.claims-span-claim").split() == content.split()
    facts = browser.text(".claims-facts")
    assert "Speaker" in facts and "Sourcing" in facts
    if speaker:
        assert speaker in facts
    assert "Similar claims across reports" in browser.text()
    shot(browser, "claims-claim.png")

    if not story_id:
        pytest.skip("the demo database has no stories yet (matching did not group any claim)")

    # On to the story and its timeline
    story_link = f".claims-facts a[href$='/story/{encode_id(story_id)}']"
    browser.click(story_link)
    browser.wait_for("document.querySelector('.claims-timeline-list')")
    assert f"/story/{encode_id(story_id)}" in browser.js("location.pathname")
    assert "First appearance" in browser.text()
    assert browser.visible(".claims-is-first")
    items = browser.js("document.querySelectorAll('.claims-timeline-list > li').length")
    assert items >= 2
    dates = browser.js("[...document.querySelectorAll('.claims-timeline-list time')].map(t => t.innerText)")
    assert dates == sorted(dates)
    shot(browser, "claims-story.png")

    # The article page: the claim highlighted in place, linking back
    browser.click(".claims-is-first .claims-meta + a, .claims-is-first a[href*='/article/']")
    browser.wait_for("document.querySelector('.claims-article-text')")
    assert browser.js("document.querySelectorAll('.claims-article-text a.claims-span-claim').length") >= 1
    shot(browser, "claims-article.png")


def test_search_filters_do_not_overlap(server, browser):
    """The Outlet select used to spill over the "From" label (Datasette gives labels 15% width)."""
    browser.goto(server + "/claims-demo/-/claims/search")
    browser.wait_for("document.querySelectorAll('.claims-filters label').length >= 5")
    boxes = browser.js(
        """[...document.querySelectorAll('.claims-filters label')].map(l => {
            const r = l.getBoundingClientRect(); const c = l.lastElementChild.getBoundingClientRect();
            return [l.innerText.trim().split('\\n')[0], Math.min(r.left, c.left), Math.max(r.right, c.right),
                    Math.min(r.top, c.top), Math.max(r.bottom, c.bottom)]; })"""
    )
    assert [b[0].split()[0] for b in boxes] == ["Speaker", "Outlet", "From", "To", "Sourcing"]
    for i, a in enumerate(boxes):
        for b in boxes[i + 1 :]:
            apart = a[2] <= b[1] + 0.5 or b[2] <= a[1] + 0.5 or a[4] <= b[3] + 0.5 or b[4] <= a[3] + 0.5
            assert apart, f"{a[0]} overlaps {b[0]}: {a} {b}"
    shot(browser, "claims-search-filters.png")


# ---- the desk: the review queue and a correction, as a reviewer ------------------

SECRET = "browser-test-secret"


@pytest.fixture(scope="module")
def review_server(demo_db, tmp_path_factory):
    """The demo served with a reviewer ("root") allowed to record corrections."""
    from datasette_claims.compat import IS_1_0

    folder = tmp_path_factory.mktemp("review-config")
    config = folder / "config.json"
    config.write_text(json.dumps({"plugins": {"datasette-claims": {"reviewers": {"id": "root"}}}}))
    yield from serve(demo_db, "-c" if IS_1_0 else "--metadata", str(config), env={"DATASETTE_SECRET": SECRET})


def test_queue_and_a_correction(review_server, browser, demo_db):
    from datasette.app import Datasette

    from datasette_claims.views.base import encode_id

    # the queue explains each claim's place
    browser.goto(review_server + "/claims-demo/-/claims/queue")
    browser.wait_for("document.querySelector('table.claims-queue')")
    assert "not yet checked" in browser.text("table.claims-queue")
    shot(browser, "claims-queue.png")

    # a reviewer fixes a speaker from the claim page
    cookie = Datasette(secret=SECRET).sign({"a": {"id": "root"}}, "actor")
    host = review_server.split("//")[1].split(":")[0]
    browser.call("Network.enable")
    browser.call("Network.setCookie", name="ds_actor", value=cookie, domain=host, path="/")
    claim_id = pick_claim(demo_db)[0]
    url = review_server + "/claims-demo/-/claims/claim/" + encode_id(claim_id)
    browser.goto(url)
    browser.wait_for("document.querySelector('.claims-review-forms')")
    browser.click(".claims-review-forms summary")
    browser.js("""(() => { const f = [...document.querySelectorAll('.claims-review-forms form')]
        .find(f => f.querySelector('input[name=kind][value=speaker]'));
        f.querySelector('input[name=value]').value = 'Ola Brenn';
        f.querySelector('input[name=reason]').value = 'the harbour master said it'; })()""")
    browser.click(".claims-review-forms form button")
    browser.wait_for("document.querySelector('.claims-review table') && "
                     "document.querySelector('.claims-review table').innerText.includes('Ola Brenn')")
    review = browser.text(".claims-review")
    assert "the harbour master said it" in review and "root" in review
    shot(browser, "claims-correction.png")
    browser.call("Network.deleteCookies", name="ds_actor", domain=host)


def test_find_a_speaker_from_the_overview(server, browser, demo_db):
    """Overview -> All speakers -> a part of a name typed in -> the speaker's page."""
    from datasette_claims.views.base import encode_id

    top = sqlite3.connect(demo_db).execute(
        "select id, name from speakers where kind = 'person' order by claim_count desc, id limit 1").fetchone()
    speaker_id, name = top
    browser.goto(server + "/claims-demo/-/claims")
    browser.wait_for("document.querySelector('a[href$=\"/-/claims/speakers\"]')")
    browser.click("a[href$='/-/claims/speakers']")
    browser.wait_for("location.pathname.endsWith('/-/claims/speakers') && document.querySelector('input[name=q]')")
    browser.click("input[name=q]")
    part = name.split()[-1][:5]
    browser.call("Input.insertText", text=part)
    browser.click(".claims-filter input[type=submit]")
    browser.wait_for("location.search.includes('q=') && document.querySelector('table.rows-and-columns')")
    names = browser.js("[...document.querySelectorAll('table.rows-and-columns tbody td:first-child')].map(t => t.innerText)")
    rows = browser.js("[...document.querySelectorAll('table.rows-and-columns tbody tr')].map(t => t.innerText)")
    assert name in names and all(part.lower() in row.lower() for row in rows)  # by name or by alias
    shot(browser, "claims-speakers.png")
    browser.click(f"table.rows-and-columns a[href$='/speaker/{encode_id(speaker_id)}']")
    browser.wait_for(f"location.pathname.endsWith('/speaker/{encode_id(speaker_id)}')")
    assert name in browser.text("h1")


def test_a_name_column_keeps_its_words_whole_beside_long_claims(server, browser, demo_db):
    """The long-word rule (overflow-wrap: anywhere) let the speaker page's claims table squeeze
    its Outlet column to a few letters: "Wikinews" read "Wikine / ws" (a speaker quoted by one
    outlet, of a one-word name, beside long claims)."""
    conn = sqlite3.connect(demo_db)
    speaker = conn.execute(
        """select c.speaker_id from claims c join articles a on a.id = c.article_id where c.speaker_id is not null
        group by c.speaker_id having count(distinct a.outlet) = 1 and min(a.outlet) not like '% %'
        and max(length(c.content)) > 150 order by count(*) desc, c.speaker_id limit 1""").fetchone()[0]
    conn.close()
    browser.goto(f"{server}/claims-demo/-/claims/speaker/{speaker}")
    browser.wait_for("document.querySelector('td[data-label=Outlet] a')")
    # an inline link broken over two lines has two boxes
    lines = browser.js("""[...document.querySelectorAll('td[data-label=Outlet] a')]
        .filter(e => !e.innerText.trim().includes(' ')).map(e => [e.innerText.trim(), e.getClientRects().length])""")
    assert lines, "no one-word outlet on the page"
    broken = [text for text, boxes in lines if boxes > 1]
    assert not broken, broken
    width = browser.js("[document.documentElement.scrollWidth, document.documentElement.clientWidth]")
    assert width[0] <= width[1]
