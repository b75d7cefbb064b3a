"""A cache of what is slow and deterministic to build at start-up: validated rule packs, the
compiled form of their phrases, folded word-frequency tables.

A cold ``replycheck check`` otherwise spends most of its time parsing and validating YAML,
turning thousands of phrases into spaCy docs and importing ``wordfreq``.  Entries are pickles
in the user's cache directory (``$REPLYCHECK_CACHE_DIR``, else ``$XDG_CACHE_HOME/replycheck``,
else ``~/.cache/replycheck``; never the package's own folder), named by a SHA-256 of
everything the entry is made from: the pack files' bytes and names, the replycheck version and
source files, and the Python, pydantic, spaCy and PyYAML versions.  Editing a pack (or the
code, or upgrading a library) therefore gives a new name and the entry is rebuilt.

Entries are written atomically (a temporary file, then a rename).  A missing, corrupt,
unreadable or foreign entry (a file owned by another user) is ignored and rebuilt; a cache
directory that cannot be written only means nothing is saved.  ``REPLYCHECK_CACHE=0`` turns
the cache off.  Results are identical with and without it (tests compare the JSON reports).
"""

from __future__ import annotations

import hashlib
import os
import pickle
import re
import sys
import tempfile
from collections.abc import Callable, Iterable
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from spacy.language import Language

    from .matching import CompiledPack
    from .rulepack import LanguagePack

T = TypeVar("T")

FORMAT = 1
"""Bumped when the layout of the entries changes."""
MAX_ENTRIES_PER_KIND = 8
"""Older entries of one kind (e.g. the English pack) beyond this many are deleted when one is written."""
_PACKAGE_DIR = Path(__file__).resolve().parent


def enabled() -> bool:
    """Whether the cache is on (``REPLYCHECK_CACHE=0``, ``false``, ``no`` or ``off`` turns it off)."""
    return os.environ.get("REPLYCHECK_CACHE", "1").strip().lower() not in ("0", "false", "no", "off")


def cache_dir() -> Path:
    """Where entries live: ``$REPLYCHECK_CACHE_DIR``, else ``$XDG_CACHE_HOME/replycheck``, else
    ``~/.cache/replycheck``."""
    own = os.environ.get("REPLYCHECK_CACHE_DIR")
    if own:
        return Path(own).expanduser()
    xdg = os.environ.get("XDG_CACHE_HOME")
    base = Path(xdg).expanduser() if xdg and Path(xdg).is_absolute() else Path.home() / ".cache"
    return base / "replycheck"


@lru_cache(maxsize=1)
def _source_fingerprint() -> bytes:
    """A digest of replycheck's own modules: code that builds cached objects may change without a new version."""
    digest = hashlib.sha256()
    for path in sorted(_PACKAGE_DIR.glob("*.py")):
        try:
            digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
        except OSError:
            digest.update(path.name.encode() + b"\0?\0")
    return digest.digest()


def _versions(libraries: Iterable[str]) -> str:
    """The versions an entry depends on: replycheck's, Python's and those of ``libraries`` (module
    names; each is already imported by whoever builds the entry, so asking costs nothing)."""
    from . import __version__

    parts = [f"format={FORMAT}", f"replycheck={__version__}", f"python={sys.version}"]
    for name in libraries:
        module = sys.modules.get(name)
        if module is None:
            module = __import__(name)
        parts.append(f"{name}={getattr(module, '__version__', None) or getattr(module, 'VERSION', None)}")
    return ";".join(parts)


def key(kind: str, parts: Iterable[bytes | str], libraries: Iterable[str] = ()) -> str:
    """The file name of an entry of ``kind`` made from ``parts`` with the code of replycheck and the
    versions of Python and ``libraries``."""
    digest = hashlib.sha256()
    digest.update(_versions(libraries).encode())
    digest.update(_source_fingerprint())
    digest.update(kind.encode("utf-8", "surrogatepass") + b"\0")
    for part in parts:
        data = part.encode("utf-8", "surrogatepass") if isinstance(part, str) else part
        digest.update(len(data).to_bytes(8, "little") + data)
    kind = re.sub(r"[^A-Za-z0-9_]", "_", kind.replace("-", "_")).replace("_", "-", 1)
    return f"{kind}-{digest.hexdigest()[:40]}.pickle"


def load(name: str) -> Any | None:
    """The cached object named ``name``, or ``None`` when the cache is off or the entry is missing,
    unreadable, corrupt, not this user's, or was written for another name."""
    if not enabled():
        return None
    path = cache_dir() / name
    try:
        with path.open("rb") as handle:
            if hasattr(os, "getuid") and os.fstat(handle.fileno()).st_uid != os.getuid():
                return None  # a pickle someone else could have written: never unpickled
            stored = pickle.load(handle)
    except Exception:  # noqa: BLE001 - any broken entry is a cache miss
        return None
    if not (isinstance(stored, tuple) and len(stored) == 3 and stored[0] == FORMAT and stored[1] == name):
        return None
    return stored[2]


def store(name: str, value: Any) -> None:
    """Save ``value`` as ``name`` atomically; any failure (read-only or missing directory, full disk,
    an object that cannot be pickled) leaves the cache as it was."""
    if not enabled():
        return
    directory = cache_dir()
    temp: str | None = None
    try:
        directory.mkdir(parents=True, exist_ok=True)
        data = pickle.dumps((FORMAT, name, value), protocol=pickle.HIGHEST_PROTOCOL)
        fd, temp = tempfile.mkstemp(prefix=f".{name}.", suffix=".tmp", dir=directory)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(temp, directory / name)
        temp = None
        _prune(directory, name)
    except Exception:  # noqa: BLE001 - a cache that cannot be written is no error
        pass
    finally:
        if temp is not None:
            try:
                os.unlink(temp)
            except OSError:
                pass


def _prune(directory: Path, name: str) -> None:
    """Keep the newest :data:`MAX_ENTRIES_PER_KIND` entries of ``name``'s kind (stale packs go)."""
    kind = name.rsplit("-", 1)[0]
    entries = []
    for path in directory.glob(f"{kind}-*.pickle"):
        if path.name.rsplit("-", 1)[0] == kind:
            try:
                entries.append((path.stat().st_mtime_ns, path))
            except OSError:
                continue
    for _, path in sorted(entries, reverse=True)[MAX_ENTRIES_PER_KIND:]:
        try:
            path.unlink()
        except OSError:
            pass


def cached(name: str, build: Callable[[], T], expected: type | tuple[type, ...]) -> T:
    """The entry ``name`` when it holds an ``expected`` object, else ``build()``, saved for next time."""
    value = load(name)
    if isinstance(value, expected):
        return value  # type: ignore[return-value]
    value = build()
    store(name, value)
    return value


def compiled_pack(pack: LanguagePack, nlp: Language, preferred: Iterable[str] = ()) -> CompiledPack:
    """``CompiledPack(pack, nlp, preferred)``, its phrases compiled from the cached
    :class:`~replycheck.matching.PhraseTable` of the language (how each phrase tokenises depends only
    on the language, the code and spaCy); the table is saved again when this build added phrases."""
    from .matching import CompiledPack, PhraseTable

    name = key(f"phrases-{pack.lang}", [pack.lang], libraries=("spacy",)) if enabled() else None
    table = load(name) if name else None
    compiled = CompiledPack(pack, nlp, preferred, phrases=table if isinstance(table, PhraseTable) else None)
    if name and compiled.phrase_table.new:
        store(name, PhraseTable(compiled.phrase_table.words, compiled.phrase_table.tokens))
    return compiled


def word_table(kind: str, lang: str, build: Callable[[], T], expected: type) -> T:
    """A table built from ``wordfreq``'s small word list of ``lang`` (``build()`` on a miss), keyed by
    that list's file, so a new ``wordfreq`` gives a new entry without importing it on a hit."""
    if not enabled():
        return build()
    from importlib.util import find_spec

    spec = find_spec("wordfreq")
    origin = Path(spec.origin).parent if spec is not None and spec.origin else None
    data = origin / "data" / f"small_{lang}.msgpack.gz" if origin is not None else None
    try:
        stat = data.stat() if data is not None else None
    except OSError:
        stat = None
    if stat is None:
        return build()
    return cached(key(kind, [lang, str(data), str(stat.st_size), str(stat.st_mtime_ns)]), build, expected)
