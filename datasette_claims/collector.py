"""Python's cyclic collector paused around work that makes no cycles.

Extracting one article and matching one batch each allocate a great many
short-lived objects (regex matches, spans, candidate rows, word sets) beside
long-lived caches; each collection the allocations trigger walks those caches
again (18-20% of a matching batch's CPU, measured with ``gc.callbacks``).
Neither makes reference cycles worth collecting midway, so the collector is
off for the duration and back on after, also when the work raises; a caller
that had it off keeps it off.
"""

from __future__ import annotations

import gc
from contextlib import contextmanager


@contextmanager
def paused():
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()
