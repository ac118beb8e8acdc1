"""Compiled regular expressions kept between runs, so that a start-up does not compile them again.

Why: importing the extractor compiles some 800 regular expressions (word lists
as tries, long alternations), and Python's regex parser and compiler are pure
Python: about 0.4 of the import's 0.55 CPU s, and about 2.4 of the 3.3 billion
instructions of ``claims extract``'s start-up, which runs once, serially,
before its workers fork (docs/benchmarks.md, "The claims extract command over
the corpus").  What the compiler makes of a pattern -- the engine's code, a
list of integers, and its groups -- depends only on the pattern, its flags and
the interpreter, so it is kept in a file (one per interpreter build and regex
engine: both are in its name) and handed to the engine directly the next time
(``_sre.compile``, what ``re`` itself ends with).  A pattern not in the file is
compiled by ``re`` as always, and the file is rewritten with the patterns of
this start-up.  Anything unexpected -- no cache folder, an unreadable or stale
file, another Python whose private compiler API differs -- falls back to
``re``'s own compiling: the patterns are the same objects either way, only
made faster.

Used around the extractor's import (``extract/__init__``) and around the
command modules that ``python -m datasette_claims extract`` imports first
(``__main__``: the readers', the screens' and the article checks' patterns).

The file lives in ``$DATASETTE_CLAIMS_REGEX_CACHE`` when set (``off`` or an
empty value: no cache), else in ``$XDG_CACHE_HOME/datasette-claims`` (default
``~/.cache/datasette-claims``).
"""

from __future__ import annotations

import contextlib
import marshal
import os
import re
import sys
from array import array

try:  # (the compiler's private modules: Python 3.11 and later)
    import _sre
    from re import _compiler, _parser
except ImportError:  # pragma: no cover
    _sre = _compiler = _parser = None

# one array item per code word of the engine (checked: else no cache)
_CODE_TYPE = next((t for t in "ILQ" if _sre is not None and array(t).itemsize == _sre.CODESIZE), None)


def cache_path() -> str | None:
    """The cache file for this interpreter and engine, or None when caching is off."""
    if _CODE_TYPE is None or _compiler is None:
        return None
    folder = os.environ.get("DATASETTE_CLAIMS_REGEX_CACHE")
    if folder is None:
        home = os.path.expanduser("~")
        base = os.environ.get("XDG_CACHE_HOME") or (os.path.join(home, ".cache") if home != "~" else None)
        if base is None:  # (no home folder known: no cache, not one in the working folder)
            return None
        folder = os.path.join(base, "datasette-claims")
    elif folder in ("", "off"):
        return None
    tag = f"{sys.implementation.cache_tag}-{sys.hexversion:x}-{_sre.MAGIC}-{_sre.CODESIZE}"
    return os.path.join(folder, f"regex-{tag}.marshal")


def _load(path: str) -> dict:
    try:
        with open(path, "rb") as f:
            table = marshal.load(f)
    except (OSError, EOFError, ValueError, TypeError):
        return {}
    return table if isinstance(table, dict) else {}


def _save(path: str, table: dict) -> None:
    """Write the table whole, by a rename (two start-ups at once each leave a whole file)."""
    import tempfile  # (only when there is something to write)

    try:
        os.makedirs(os.path.dirname(path), exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=os.path.dirname(path), prefix=".regex-", suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as f:
                marshal.dump(table, f)
            os.replace(tmp, path)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise
    except (OSError, ValueError):
        pass  # (no cache this time: the next start-up compiles again)


class _Kept:
    """``re``'s compile step, answered from the table when it holds the pattern."""

    def __init__(self, table: dict, compile_) -> None:
        self.table, self.compile_ = table, compile_
        self.used: dict = {}
        self.missed = 0

    def __call__(self, p, flags=0):
        if not isinstance(p, (str, bytes)) or flags & re.DEBUG:
            return self.compile_(p, flags)
        key = (p, int(flags))
        entry = self.table.get(key)
        if entry is not None:
            try:
                compiled = _sre.compile(p, entry[0], array(_CODE_TYPE, entry[1]).tolist(), *entry[2:5])
            except Exception:  # (a damaged entry: the engine checks the code it is given)
                entry = None
        if entry is None:
            entry = self._entry(p, key[1])
            compiled = _sre.compile(p, entry[0], array(_CODE_TYPE, entry[1]).tolist(), *entry[2:5])
            self.missed += 1
        self.used[key] = entry
        return compiled

    @staticmethod
    def _entry(p, flags: int) -> tuple:
        """What ``re._compiler.compile`` hands the engine, in a form marshal keeps."""
        parsed = _parser.parse(p, flags)
        code = _compiler._code(parsed, flags)
        groupindex = dict(parsed.state.groupdict)
        indexgroup = [None] * parsed.state.groups
        for name, i in groupindex.items():
            indexgroup[i] = name
        return (int(flags | parsed.state.flags), array(_CODE_TYPE, code).tobytes(),
                parsed.state.groups - 1, groupindex, tuple(indexgroup))


_ACTIVE = False  # (a block inside another is the outer one's: one table, saved once)


@contextlib.contextmanager
def kept():
    """Within the block, patterns that ``re`` compiles come from the cache file
    (and new ones go into it at the block's end)."""
    global _ACTIVE
    path = cache_path()
    if path is None or _ACTIVE:
        yield
        return
    original = _compiler.compile
    kept_ = _Kept(_load(path), original)
    try:  # (the private calls' shape, tried once: else no cache)
        entry = _Kept._entry("a", 0)
        _sre.compile("a", entry[0], array(_CODE_TYPE, entry[1]).tolist(), entry[2], entry[3], entry[4])
    except Exception:  # pragma: no cover (another interpreter)
        yield
        return
    _compiler.compile, _ACTIVE = kept_, True
    try:
        yield
    finally:
        _compiler.compile, _ACTIVE = original, False
    if kept_.missed:
        # (the patterns of the file kept too, while they are not more than
        # this start-up's: a start-up that imports less does not drop them)
        table = {**kept_.table, **kept_.used}
        _save(path, table if len(table) <= 2 * len(kept_.used) else kept_.used)
