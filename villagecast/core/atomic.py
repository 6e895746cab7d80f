"""Writing a file so that a crash or a full disk never leaves half of it under its name.

The content goes to a temporary file beside the target, is flushed to disk and renamed over the target;
the folder is synced so the rename survives a power cut (POSIX). Failures raise ``FileError`` with
``disk_full`` or ``cannot_write``; the target is then as it was and the temporary file is gone.
"""

from __future__ import annotations

import errno
import os
import tempfile
from pathlib import Path
from typing import BinaryIO, Callable

from .errors import FileError, os_reason

DISK_FULL = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}


def atomic_output(out: str | os.PathLike, write: Callable[[BinaryIO], object]) -> int:
    """Call ``write(fh)`` on a temporary file beside ``out`` and rename it to ``out``; returns the size."""
    out = Path(out)
    tmp = None
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=out.parent, prefix=f".{out.name}.", suffix=".tmp")
        with os.fdopen(fd, "w+b") as fh:
            write(fh)
            fh.flush()
            os.fsync(fh.fileno())
            size = fh.tell()
        os.replace(tmp, out)
        tmp = None
    except OSError as exc:
        if exc.errno in DISK_FULL:
            raise FileError("disk_full", path=str(out)) from exc
        raise FileError("cannot_write", path=str(out), reason=os_reason(exc)) from exc
    finally:
        if tmp is not None:
            try:
                os.unlink(tmp)
            except OSError:
                pass
    sync_folder(out.parent)
    return size


def write_bytes(out: str | os.PathLike, data: bytes) -> int:
    return atomic_output(out, lambda fh: fh.write(data))


def sync_folder(folder: Path) -> None:
    """Make a rename in ``folder`` durable where the platform allows it (POSIX); best effort."""
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
