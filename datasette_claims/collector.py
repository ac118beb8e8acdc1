"""Python's cyclic collector paused around work that makes no cycles.

Extracting one article and matching one batch each allocate a great many
short-lived objects (regex matches, spans, candidate rows, word sets) beside
long-lived caches; each collection the allocations trigger walks those caches
again (18-20% of a matching batch's CPU, measured with ``gc.callbacks``).
Neither makes reference cycles worth collecting midway, so the collector is
off for the duration and back on after, also when the work raises; a caller
that had it off keeps it off.

A command whose process ends with its work (``claims extract``) has one
more collection to skip: the interpreter's exit collects every generation,
walking all the modules, patterns and caches it is about to free anyway
(0.1-0.2 s of CPU after a run of the extractor; ``gc.disable`` does not stop
it, a frozen heap is not walked).
"""

from __future__ import annotations

import atexit
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


def frozen_at_exit() -> None:
    """Freeze the heap when the interpreter exits, before its last collections
    (atexit handlers run first), so that they do not walk what exit frees
    anyway.  The process's own work and output are done by then; reference
    cycles left at exit are not finalised (nothing in ``claims extract`` holds
    a resource in one: its input is closed and its output flushed before).
    Asked again, the handler is still registered once."""
    atexit.unregister(gc.freeze)
    atexit.register(gc.freeze)
