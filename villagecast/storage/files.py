"""Attached files, kept in a content-addressed folder beside the database.

Each file is copied in as ``<sha[:2]>/<sha256>.<ext>``: moving or deleting the original loses
nothing, identical content is stored once, and a file is either complete or absent (temporary
file in the same folder, fsync, ``os.replace``). A process killed while copying leaves only its
temporary file (``<sha[:2]>/.<name>.<random>.tmp``); ``sweep_temporary`` removes such leftovers and
runs where an import starts. Complete files are never deleted, even when no product refers to them:
an undo, a restored backup or another open window may still need them.
"""

from __future__ import annotations

import hashlib
import os
import re
import time
from dataclasses import dataclass
from pathlib import Path

from villagecast.core.atomic import write_bytes
from villagecast.core.errors import FileError, os_reason

MAX_ATTACHMENT_BYTES = 50 * 1024 * 1024
TEMP_MAX_AGE = 600  # seconds: a temporary copy untouched this long belongs to a process that has died

_EXT = re.compile(r"[a-z0-9]{1,8}")
_STORED = re.compile(r"([0-9a-f]{2})/([0-9a-f]{64})\.([a-z0-9]{1,8})")
_CHUNK = 1024 * 1024

# kind -> (magic prefix, stored extension)
_KINDS = {
    "pdf": (b"%PDF-", "pdf"),
    "jpeg": (b"\xff\xd8\xff", "jpg"),
    "png": (b"\x89PNG\r\n\x1a\n", "png"),
}


@dataclass(frozen=True)
class StoredFile:
    """A file copied into the store."""

    path: str  # relative POSIX path inside the store
    sha256: str
    size: int
    name: str  # original file name, for display
    kind: str  # "pdf" | "jpeg" | "png"


def detect_kind(data: bytes) -> str | None:
    """The kind named by the file's first bytes, or None."""
    for kind, (magic, _ext) in _KINDS.items():
        if data.startswith(magic):
            return kind
    return None


class FileStore:
    """A folder of files named by their SHA-256."""

    def __init__(self, root: Path):
        self.root = Path(root)

    def put_bytes(self, data: bytes, ext: str) -> str:
        """Store ``data`` once under its hash; return the relative path. Never leaves a partial file."""
        ext = ext.lower().lstrip(".")
        if not _EXT.fullmatch(ext):
            raise ValueError(f"bad extension {ext!r}")
        sha = hashlib.sha256(data).hexdigest()
        rel = f"{sha[:2]}/{sha}.{ext}"
        target = self.root / sha[:2] / f"{sha}.{ext}"
        if target.is_file() and self._hash_of(target) == sha:
            return rel
        self._write_atomically(target, data)
        return rel

    def put_file(
        self,
        src: Path,
        kinds: tuple[str, ...] = ("pdf", "jpeg", "png"),
        max_bytes: int = MAX_ATTACHMENT_BYTES,
    ) -> StoredFile:
        """Copy ``src`` in after checking its size and its type (from its first bytes, not its name)."""
        src = Path(src)
        data = _read_limited(src, max_bytes)
        kind = detect_kind(data)
        if kind is None or kind not in kinds:
            raise FileError("unsupported_file_type", path=str(src), kinds=tuple(kinds))
        rel = self.put_bytes(data, _KINDS[kind][1])
        return StoredFile(path=rel, sha256=rel[3:67], size=len(data), name=src.name, kind=kind)

    def path(self, rel: str) -> Path:
        """Absolute path of a stored file. Refuses anything not shaped like the store's own names."""
        if not isinstance(rel, str):
            raise FileError("bad_stored_path", path=repr(rel))
        match = _STORED.fullmatch(rel)
        if not match or match.group(1) != match.group(2)[:2]:
            raise FileError("bad_stored_path", path=rel)
        return self.root / match.group(1) / f"{match.group(2)}.{match.group(3)}"

    def exists(self, rel: str) -> bool:
        """Whether the stored file is present (a malformed ``rel`` raises ``bad_stored_path``)."""
        return self.path(rel).is_file()

    def verify(self, rel: str) -> bool:
        """Whether the stored file is present and its content still hashes to its name."""
        target = self.path(rel)
        if not target.is_file():
            return False
        return self._hash_of(target) == rel[3:67]

    def sweep_temporary(self, max_age: float = TEMP_MAX_AGE) -> int:
        """Delete the temporary copies killed processes left behind; returns how many.

        Only those untouched for ``max_age`` seconds: a younger one may be a copy another process (the
        command line beside an open window) is writing right now.
        """
        cutoff = time.time() - max_age
        removed = 0
        for tmp in self.root.glob("*/.*.tmp"):
            try:
                if tmp.is_file() and tmp.stat().st_mtime <= cutoff:
                    tmp.unlink()
                    removed += 1
            except OSError:
                pass  # gone meanwhile, or not ours to delete: the next sweep tries again
        return removed

    @staticmethod
    def _hash_of(path: Path) -> str | None:
        digest = hashlib.sha256()
        try:
            with open(path, "rb") as fh:
                for chunk in iter(lambda: fh.read(_CHUNK), b""):
                    digest.update(chunk)
        except OSError:
            return None
        return digest.hexdigest()

    @staticmethod
    def _write_atomically(target: Path, data: bytes) -> None:
        write_bytes(target, data)


def _read_limited(src: Path, max_bytes: int) -> bytes:
    """Read ``src`` whole, refusing it once it exceeds ``max_bytes`` (without reading the rest)."""
    try:
        with open(src, "rb") as fh:
            size = os.fstat(fh.fileno()).st_size
            if size > max_bytes:
                raise FileError("file_too_large", path=str(src), size=size, limit=max_bytes)
            data = fh.read(max_bytes + 1)
    except OSError as exc:
        raise FileError("file_unreadable", path=str(src), reason=os_reason(exc)) from exc
    if len(data) > max_bytes:  # grew while we read, or st_size was not meaningful
        raise FileError("file_too_large", path=str(src), size=len(data), limit=max_bytes)
    return data
