"""Opening a zip from someone else (a bundle, an XLSX) without trusting it.

Before ``zipfile`` parses the central directory, the end record is read by hand so a file that
claims too many entries or a huge directory is refused first. Each entry's name, type, flags,
method, declared size and compression ratio are checked; reading is streamed and stops as soon
as an entry yields more than it declared or more than the cap allows.
"""

from __future__ import annotations

import os
import stat
import struct
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path

from .errors import ExchangeError

_EOCD = b"PK\x05\x06"
_ZIP64_LOCATOR = b"PK\x06\x07"
_ZIP64_EOCD = b"PK\x06\x06"
_EOCD_MAX_SEARCH = 22 + 65535  # the end record plus the longest comment
_CHUNK = 1024 * 1024
_METHODS = (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED)


@dataclass(frozen=True)
class ZipLimits:
    """How much an untrusted zip may hold."""

    max_entries: int = 50_000
    max_directory_bytes: int = 32 * 1024 * 1024
    max_entry_bytes: int = 50 * 1024 * 1024  # one entry unpacked (storage.files.MAX_ATTACHMENT_BYTES)
    max_total_bytes: int = 4 * 1024 * 1024 * 1024  # all entries unpacked
    max_ratio: int = 200  # unpacked / packed, for entries over ``ratio_floor``
    ratio_floor: int = 1024 * 1024


def _end_record(path: Path) -> tuple[int, int]:
    """(entries, central directory bytes) from the end record (ZIP64 too), before zipfile reads anything."""
    try:
        with open(path, "rb") as fh:
            size = os.fstat(fh.fileno()).st_size
            start = max(0, size - _EOCD_MAX_SEARCH)
            fh.seek(start)
            tail = fh.read()
            at = tail.rfind(_EOCD)
            if at < 0 or len(tail) - at < 22:
                raise ExchangeError("damaged_zip", reason="no end of central directory (truncated?)")
            entries, cd_size, cd_offset = struct.unpack("<xxxxxxxxxxHII", tail[at:at + 20])
            if entries == 0xFFFF or cd_size == 0xFFFFFFFF or cd_offset == 0xFFFFFFFF:
                loc = at - 20
                if loc < 0 or tail[loc:loc + 4] != _ZIP64_LOCATOR:
                    raise ExchangeError("damaged_zip", reason="ZIP64 locator missing")
                (z64_offset,) = struct.unpack("<Q", tail[loc + 8:loc + 16])
                fh.seek(z64_offset)
                record = fh.read(56)
                if len(record) < 56 or record[:4] != _ZIP64_EOCD:
                    raise ExchangeError("damaged_zip", reason="ZIP64 end record missing")
                entries, cd_size = struct.unpack("<QQ", record[32:48])
    except OSError as exc:
        raise ExchangeError("unreadable", path=str(path), reason=exc.strerror or str(exc)) from exc
    return entries, cd_size


def unsafe_name(name: str) -> str | None:
    """Why an entry name could write outside its folder, or None: absolute, drive, ``..``, backslash, NUL."""
    if not name or "\x00" in name:
        return "empty_or_nul"
    if "\\" in name:
        return "backslash"
    if name.startswith("/") or (len(name) > 1 and name[1] == ":"):
        return "absolute"
    parts = name.rstrip("/").split("/")
    if any(part in ("..", ".") for part in parts):
        return "dot_dot"
    if any(part == "" for part in parts):
        return "empty_part"
    return None


def _kind(info: zipfile.ZipInfo) -> str:
    """"file", "dir" or "link"/"special" from the entry's Unix mode (when a Unix tool wrote one)."""
    file_type = stat.S_IFMT(info.external_attr >> 16)
    if info.create_system == 3 and file_type:  # 3 = Unix; no type bits (as Python's writestr leaves) = a file
        if file_type == stat.S_IFLNK:
            return "link"
        if file_type == stat.S_IFDIR:
            return "dir"
        if file_type != stat.S_IFREG:
            return "special"
    return "dir" if info.filename.endswith("/") else "file"


DEFAULT_LIMITS = ZipLimits()


def open_checked(path: Path, limits: ZipLimits = DEFAULT_LIMITS) -> tuple[zipfile.ZipFile, list[zipfile.ZipInfo]]:
    """Open ``path`` and check every entry's header; returns the zip and its file entries (no directories).

    Raises ``ExchangeError``: damaged_zip, too_many_entries, unsafe_path, link_in_zip, encrypted_entry,
    unsupported_compression, duplicate_entry, entry_too_large, too_large_unpacked, zip_bomb.
    """
    path = Path(path)
    entries, cd_size = _end_record(path)
    if entries > limits.max_entries:
        raise ExchangeError("too_many_entries", count=entries, limit=limits.max_entries)
    if cd_size > limits.max_directory_bytes:
        raise ExchangeError("too_many_entries", count=entries, limit=limits.max_entries)
    try:
        zf = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError, struct.error) as exc:
        raise ExchangeError("damaged_zip", reason=str(exc) or type(exc).__name__) from None
    except OSError as exc:
        raise ExchangeError("unreadable", path=str(path), reason=exc.strerror or str(exc)) from exc
    try:
        infos = _check_infos(zf.infolist(), limits)
    except BaseException:
        zf.close()
        raise
    return zf, infos


def _check_infos(infos: list[zipfile.ZipInfo], limits: ZipLimits) -> list[zipfile.ZipInfo]:
    if len(infos) > limits.max_entries:
        raise ExchangeError("too_many_entries", count=len(infos), limit=limits.max_entries)
    seen, files, total = set(), [], 0
    for info in infos:
        name = info.filename
        why = unsafe_name(name)
        if why:
            raise ExchangeError("unsafe_path", entry=name, reason=why)
        kind = _kind(info)
        if kind in ("link", "special"):
            raise ExchangeError("link_in_zip", entry=name)
        if name in seen:
            raise ExchangeError("duplicate_entry", entry=name)
        seen.add(name)
        if kind == "dir":
            continue
        if info.flag_bits & 0x1:
            raise ExchangeError("encrypted_entry", entry=name)
        if info.compress_type not in _METHODS:
            raise ExchangeError("unsupported_compression", entry=name, method=info.compress_type)
        if info.file_size > limits.max_entry_bytes:
            raise ExchangeError("entry_too_large", entry=name, size=info.file_size, limit=limits.max_entry_bytes)
        total += info.file_size
        if total > limits.max_total_bytes:
            raise ExchangeError("too_large_unpacked", size=total, limit=limits.max_total_bytes)
        if info.file_size > limits.ratio_floor and info.file_size > limits.max_ratio * max(info.compress_size, 1):
            raise ExchangeError("zip_bomb", entry=name, size=info.file_size, packed=info.compress_size,
                                limit=limits.max_ratio)
        files.append(info)
    return files


def stream(zf: zipfile.ZipFile, info: zipfile.ZipInfo, cap: int):
    """Yield the entry's bytes in chunks; stop with ``zip_bomb`` once more than declared or ``cap`` comes out.

    A damaged entry (bad CRC, broken deflate data, cut short) raises ``damaged_zip``.
    """
    limit = min(info.file_size, cap)
    produced = 0
    try:
        with zf.open(info) as fh:
            while True:
                chunk = fh.read(_CHUNK)
                if not chunk:
                    break
                produced += len(chunk)
                if produced > limit:
                    raise ExchangeError("zip_bomb", entry=info.filename, size=produced, packed=info.compress_size,
                                        limit=cap)
                yield chunk
    except (zipfile.BadZipFile, EOFError, ValueError, OSError, zlib.error) as exc:
        raise ExchangeError("damaged_zip", reason=f"{info.filename}: {exc or type(exc).__name__}") from None
    if produced != info.file_size:
        raise ExchangeError("damaged_zip", reason=f"{info.filename}: {produced} of {info.file_size} bytes")


def read_all(zf: zipfile.ZipFile, info: zipfile.ZipInfo, cap: int) -> bytes:
    """The whole entry (at most ``cap`` bytes), read through ``stream``."""
    if info.file_size > cap:
        raise ExchangeError("entry_too_large", entry=info.filename, size=info.file_size, limit=cap)
    return b"".join(stream(zf, info, cap))
