"""Raw rows of a CSV or XLSX file: encoding detection, delimiter, the zip checks for XLSX.

CSV text is UTF-8 (with or without BOM), UTF-16 with BOM (Excel's "Unicode text") or GB18030
(the superset of GBK that Excel and WPS write on Chinese Windows), tried in that order. The
delimiter is the one of comma, tab and semicolon found most often in the first five lines.
Rows are numbered as Excel/WPS number them (a quoted cell may hold line breaks).
"""

from __future__ import annotations

import csv
import io
import os
from pathlib import Path

from . import zipguard
from .errors import ExchangeError

MAX_SHEET_BYTES = 20 * 1024 * 1024  # a CSV file, or one XLSX entry unpacked
MAX_ROWS = 20_000
MAX_COLUMNS = 200
XLSX_LIMITS = zipguard.ZipLimits(max_entries=10_000, max_entry_bytes=200 * 1024 * 1024,
                                 max_total_bytes=400 * 1024 * 1024)
_ENCODINGS = ("utf-8", "gb18030")


def decode(data: bytes) -> tuple[str, str]:
    """(text, encoding name) for CSV bytes; refuses bytes that are none of the encodings above."""
    if data.startswith(b"\xef\xbb\xbf"):
        return _decode(data[3:], "utf-8", "utf-8-sig")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _decode(data, "utf-16", "utf-16")
    for encoding in _ENCODINGS:
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError:
            continue
    raise ExchangeError("bad_encoding")


def _decode(data: bytes, codec: str, name: str) -> tuple[str, str]:
    try:
        return data.decode(codec), name
    except UnicodeDecodeError:
        raise ExchangeError("bad_encoding") from None


def _read_limited(path: Path) -> bytes:
    try:
        with open(path, "rb") as fh:
            size = os.fstat(fh.fileno()).st_size
            if size > MAX_SHEET_BYTES:
                raise ExchangeError("file_too_large", size=size, limit=MAX_SHEET_BYTES)
            data = fh.read(MAX_SHEET_BYTES + 1)
    except OSError as exc:
        raise ExchangeError("unreadable", path=str(path), reason=exc.strerror or str(exc)) from exc
    if len(data) > MAX_SHEET_BYTES:
        raise ExchangeError("file_too_large", size=len(data), limit=MAX_SHEET_BYTES)
    return data


def csv_rows(path: Path) -> tuple[list[tuple[int, list]], str]:
    """((row number, cells) for every record, encoding) of a CSV file."""
    text, encoding = decode(_read_limited(path))
    if "\x00" in text:
        raise ExchangeError("unknown_file_kind")
    head = "\n".join(text.split("\n", 5)[:5])  # the header may sit below a title row
    delimiter = max(",\t;", key=head.count) if any(d in head for d in ",\t;") else ","
    rows = []
    try:
        for number, cells in enumerate(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter), start=1):
            if number > MAX_ROWS + 1:
                raise ExchangeError("too_many_rows", limit=MAX_ROWS)
            rows.append((number, cells[:MAX_COLUMNS]))
    except csv.Error as exc:
        raise ExchangeError("bad_csv", line=len(rows) + 1, reason=str(exc)) from None
    return rows, encoding


def xlsx_rows(path: Path) -> list[tuple[int, list]]:
    """(row number, cell values) of the first worksheet of an XLSX file, after the zip checks."""
    zf, _infos = zipguard.open_checked(path, XLSX_LIMITS)
    zf.close()
    try:
        from openpyxl import load_workbook

        wb = load_workbook(path, read_only=True, data_only=True)
    except ExchangeError:
        raise
    except Exception as exc:  # noqa: BLE001 - openpyxl raises many kinds on a damaged file
        raise ExchangeError("bad_xlsx", reason=str(exc)[:200] or type(exc).__name__) from None
    rows = []
    try:
        sheet = wb.worksheets[0] if wb.worksheets else None
        if sheet is None:
            raise ExchangeError("bad_xlsx", reason="no worksheet")
        for number, values in enumerate(sheet.iter_rows(values_only=True), start=1):
            if number > MAX_ROWS + 1:
                raise ExchangeError("too_many_rows", limit=MAX_ROWS)
            rows.append((number, list(values[:MAX_COLUMNS])))
    except ExchangeError:
        raise
    except Exception as exc:  # noqa: BLE001
        raise ExchangeError("bad_xlsx", reason=str(exc)[:200] or type(exc).__name__) from None
    finally:
        wb.close()
    return rows
