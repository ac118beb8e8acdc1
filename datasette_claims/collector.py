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


def settle() -> None:
    """Move what long work made and kept into the oldest generation as it
    stands, so that no young collection walks it first (0.2 s of a
    2,000-article load's matching); garbage among it is left to the next full
    collection.  Nothing is done when the process froze objects of its own:
    unfreezing would hand them back."""
    if not gc.get_freeze_count():
        gc.freeze()
        gc.unfreeze()
