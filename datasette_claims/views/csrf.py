"""A readable page when Datasette 0.65's CSRF check refuses a reviewer's form.

On 0.65, asgi-csrf (wrapped around Datasette's router) answers a POST whose
``csrftoken`` field is missing or does not match the ``ds_csrftoken`` cookie
with one bare sentence ("form-urlencoded POST field did not match cookie")
before any plugin code runs: no page, no way back, and nothing says that
nothing was recorded.  The check itself is Datasette's and stays exactly as
it is; this ASGI wrapper changes only that answer, for POSTs to the plugin's
own routes (all of them writes): a page in Datasette's layout that says what
happened and links back to the page the form was on, or the plugin's JSON
error for a JSON POST, which says how a script sends the token.  Any other
403 passes through untouched: the wrapper replaces a response only when its
body is one of asgi-csrf's own messages.
1.0 refuses a cross-site POST with a page of its own (``csrf_error.html``),
which is left as it is.
"""

from __future__ import annotations

import json
import re
import urllib.parse

from ..compat import CSRF_REFUSALS

MESSAGE = ("Nothing was recorded: the form was sent without its security token (CSRF), or with one that does not "
           "match this browser's. This happens when the page was open for a long time, after signing in again, "
           "or when cookies are blocked. Go back to the page, reload it and send the form again.")
# A script or JSON client has no page to reload: it must send the token itself, or not use cookies.
JSON_MESSAGE = ("Nothing was recorded: a POST that sends cookies needs its CSRF token. Send the value of the "
                "ds_csrftoken cookie (set by any page of this site) in an x-csrftoken header, or sign in with "
                "an API token (Authorization: Bearer ...) instead of cookies.")


_PLUGIN_POST = re.compile(r"/-/claims/")
_PAGE = re.compile(r"^(.*/-/claims/(?:claim|story|speaker)/[^/]+?)(?:\.json)?/")
_OVERVIEW = re.compile(r"^(.*/-/claims)/")


def back_to(path: str) -> str:
    """The page a form POSTed to ``path`` was on: the claim, story or speaker, else the overview.

    ``path`` is whatever the request line said, %-decoded: a forged form can POST to
    ``//elsewhere.example/-/claims/...`` (or ``/\\elsewhere``, or with a tab that browsers
    drop from links).  The link is re-encoded and must stay on this site, else it is ``/``."""
    found = _PAGE.match(path) or _OVERVIEW.match(path)
    if not found:
        return "/"
    back = urllib.parse.quote(found.group(1), safe="/~-._")
    return back if back.startswith("/") and not back.startswith("//") else "/"


def wrapper(datasette):
    """``asgi_wrapper``: the app, with asgi-csrf's refusals of plugin POSTs made readable."""
    def wrap(app):
        if not CSRF_REFUSALS:  # (1.0: no asgi-csrf to answer for)
            return app

        async def wrapped(scope, receive, send):
            if (scope.get("type") != "http" or scope.get("method") != "POST"
                    or not _PLUGIN_POST.search(scope.get("path", ""))):
                await app(scope, receive, send)
                return
            await app(scope, receive, _Watch(datasette, scope, receive, send))

        return wrapped

    return wrap


class _Watch:
    """``send`` for one plugin POST: holds a 403 until its body shows whether it is asgi-csrf's."""

    def __init__(self, datasette, scope, receive, send):
        self.ds, self.scope, self.receive, self.send = datasette, scope, receive, send
        self.start = None
        self.body = b""

    async def __call__(self, message):
        if message["type"] == "http.response.start" and message.get("status") == 403:
            self.start = message
            return
        if self.start is None or message["type"] != "http.response.body":
            await self.send(message)
            return
        self.body += message.get("body", b"")
        if message.get("more_body"):
            return
        if self.body.decode("utf-8", "replace").strip() in CSRF_REFUSALS:
            await self._readable()
        else:
            await self.send(self.start)
            await self.send({"type": "http.response.body", "body": self.body})

    async def _readable(self):
        from datasette.utils.asgi import Request

        path = self.scope.get("path", "")
        headers = dict(self.scope.get("headers") or [])
        if path.endswith(".json") or b"application/json" in headers.get(b"content-type", b""):
            body, kind = json.dumps({"ok": False, "error": JSON_MESSAGE, "status": 403}).encode(), b"application/json"
        else:
            html = await self.ds.render_template(
                "claims_csrf.html", {"message": MESSAGE, "back": back_to(path)},
                # (outside asgi-csrf, whose copy of the scope carries the token function)
                request=Request({"csrftoken": lambda: "", **self.scope}, self.receive))
            body, kind = html.encode("utf-8"), b"text/html; charset=utf-8"
        await self.send({"type": "http.response.start", "status": 403, "headers": [[b"content-type", kind]]})
        await self.send({"type": "http.response.body", "body": body})
