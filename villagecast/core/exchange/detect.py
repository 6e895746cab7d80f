"""Which kind a file to import is — bundle, XLSX or CSV — judged by its content, never its name."""

from __future__ import annotations

from pathlib import Path

from . import zipguard
from .bundle_read import MANIFEST, read_bundle
from .errors import ExchangeError
from .sheet_import import read_sheet
from .sheet_tables import XLSX_LIMITS

_ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06")
_TEXT_BOMS = (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")


def file_kind(path) -> str:
    """"bundle", "xlsx" or "csv"; refuses empty, unreadable and other files (``ExchangeError``)."""
    path = Path(path)
    try:
        with open(path, "rb") as fh:
            head = fh.read(4096)
    except OSError as exc:
        raise ExchangeError("unreadable", path=str(path), reason=exc.strerror or str(exc)) from exc
    if not head:
        raise ExchangeError("empty_file")
    if head.startswith(_ZIP_MAGIC):
        bundle = zipguard.ZipLimits()
        either = zipguard.ZipLimits(max_entries=max(bundle.max_entries, XLSX_LIMITS.max_entries),
                                    max_entry_bytes=max(bundle.max_entry_bytes, XLSX_LIMITS.max_entry_bytes),
                                    max_total_bytes=max(bundle.max_total_bytes, XLSX_LIMITS.max_total_bytes))
        zf, infos = zipguard.open_checked(path, either)  # each reader checks again with its own limits
        with zf:
            names = {i.filename for i in infos}
        if MANIFEST in names:
            return "bundle"
        if "xl/workbook.xml" in names:
            return "xlsx"
        raise ExchangeError("unknown_file_kind")
    if b"\x00" in head and not head.startswith(_TEXT_BOMS):
        raise ExchangeError("unknown_file_kind")
    return "csv"


def read_source(path, catalogue):
    """The checked bundle or spreadsheet at ``path``, ready for ``merge.plan`` / ``merge.apply``."""
    kind = file_kind(path)
    if kind == "bundle":
        return read_bundle(path)
    return read_sheet(path, catalogue, kind)
