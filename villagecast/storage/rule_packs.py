"""Rule pack files: export a pack, import one (validated whole), keep the user's imported pack.

The user's pack lives at ``<data dir>/compliance/rule_pack.json``; without it the shipped pack
(``core.compliance.default_pack``) is used. Writes go to a temporary file in the same folder,
are fsynced and renamed over the target, so a crash or a full disk never leaves half a pack.
"""

from __future__ import annotations

import os
from pathlib import Path

from ..core.atomic import write_bytes
from ..core.compliance.pack import RulePack, default_pack, dumps_pack, loads_pack
from ..core.errors import FileError, os_reason

USER_PACK = Path("compliance") / "rule_pack.json"
MAX_PACK_BYTES = 5 * 1024 * 1024


def read_pack(path: str | os.PathLike) -> RulePack:
    """The pack in file ``path``, validated; FileError if unreadable, PackError with every reason if bad."""
    path = Path(path)
    try:
        with open(path, "rb") as fh:
            data = fh.read(MAX_PACK_BYTES + 1)
    except OSError as exc:
        raise FileError("file_unreadable", path=str(path), reason=os_reason(exc)) from exc
    if len(data) > MAX_PACK_BYTES:
        raise FileError("file_too_large", path=str(path), size=len(data), limit=MAX_PACK_BYTES)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise FileError("file_unreadable", path=str(path), reason="not_utf8") from exc
    return loads_pack(text)


def write_pack(pack: RulePack, path: str | os.PathLike) -> Path:
    """Export ``pack`` to ``path`` in the pack format (the format ``read_pack`` reads), atomically."""
    path = Path(path)
    write_bytes(path, dumps_pack(pack).encode("utf-8"))
    return path


def import_pack(source: str | os.PathLike, data_dir: str | os.PathLike) -> RulePack:
    """Validate the pack in ``source`` and, only if it is sound, make it the user's pack under ``data_dir``.

    A refused pack changes nothing: the previous user pack (or the shipped one) stays in use.
    """
    pack = read_pack(source)
    write_pack(pack, user_pack_path(data_dir))
    return pack


def user_pack_path(data_dir: str | os.PathLike) -> Path:
    return Path(data_dir) / USER_PACK


def active_pack(data_dir: str | os.PathLike) -> RulePack:
    """The user's imported pack if there is one, else the shipped pack."""
    path = user_pack_path(data_dir)
    return read_pack(path) if path.is_file() else default_pack()


def remove_user_pack(data_dir: str | os.PathLike) -> bool:
    """Go back to the shipped pack; True if a user pack was removed."""
    path = user_pack_path(data_dir)
    try:
        path.unlink()
    except FileNotFoundError:
        return False
    except OSError as exc:
        raise FileError("cannot_write", path=str(path), reason=os_reason(exc)) from exc
    return True
