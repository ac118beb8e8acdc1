"""A real HTTP server on a free local port, for the tests of what load fetches.

Each test module writes its own request handler (the pages it serves) and
runs it with ``serving`` in a module-scoped fixture.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import ThreadingHTTPServer


class QuietServer(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request, client_address):
        pass  # a client that gave up (timeout, size cap) breaks the pipe: expected


@contextmanager
def serving(handler) -> Iterator[str]:
    """The base address ("http://127.0.0.1:PORT") of ``handler`` served until the block ends."""
    httpd = QuietServer(("127.0.0.1", 0), handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()
