"""Shared pieces of the command line: the open database, output (text tables, JSON) and its words.

Every sentence the CLI prints is declared in ``TEXT`` (context "Cli") so lupdate finds it;
errors the core raises are worded by ``messages.describe_error``.
"""

from __future__ import annotations

import json
import sys
import unicodedata
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP

from .core.errors import Issue, ValidationError, VillageCastError
from .core.fields import parse_int  # noqa: F401 (the commands read counts with it)
from .core.money import format_fen
from .messages import describe_issue, tr

CTX = "Cli"

TEXT = {
    # results of writes
    "added": QT_TRANSLATE_NOOP("Cli", "Added \u201c{sku}\u201d {name}."),
    "saved": QT_TRANSLATE_NOOP("Cli", "Saved \u201c{sku}\u201d."),
    "removed": QT_TRANSLATE_NOOP("Cli", "Removed \u201c{sku}\u201d with its stock and price history."),
    "moved": QT_TRANSLATE_NOOP("Cli", "{kind}: {quantity} \u00d7 \u201c{sku}\u201d. On hand now: {on_hand}."),
    "low_stock": QT_TRANSLATE_NOOP("Cli", "Low stock: \u201c{sku}\u201d has {on_hand} left (threshold {threshold})."),
    "price_set": QT_TRANSLATE_NOOP("Cli", "{kind} of \u201c{sku}\u201d is now {price} yuan."),
    "reference": QT_TRANSLATE_NOOP(
        "Cli", "Reference price (\u539f\u4ef7) of \u201c{sku}\u201d on {date}: {price} yuan, "
        "the lowest live price in the 7 days before."),
    "no_reference": QT_TRANSLATE_NOOP(
        "Cli", "Reference price (\u539f\u4ef7) of \u201c{sku}\u201d on {date}: none. There was no live price "
        "in the 7 days before, so the live script must not mention an original price."),
    "warning": QT_TRANSLATE_NOOP("Cli", "Warning: {text}"),
    "backup_made": QT_TRANSLATE_NOOP("Cli", "Backup written: {path}"),
    "restored": QT_TRANSLATE_NOOP(
        "Cli", "Restored backup {number} from {created}. The catalogue it replaced was backed up first."),
    "demo_reset": QT_TRANSLATE_NOOP("Cli", "Demo catalogue rebuilt: {path}"),
    # empty results
    "no_products": QT_TRANSLATE_NOOP("Cli", "No products yet."),
    "no_match": QT_TRANSLATE_NOOP("Cli", "No product matches \u201c{query}\u201d."),
    "no_moves": QT_TRANSLATE_NOOP("Cli", "No stock movements for \u201c{sku}\u201d."),
    "no_prices": QT_TRANSLATE_NOOP("Cli", "No price history for \u201c{sku}\u201d."),
    "no_backups": QT_TRANSLATE_NOOP("Cli", "No backups yet."),
    # column headings and small words
    "name": QT_TRANSLATE_NOOP("Cli", "Name"),
    "stock": QT_TRANSLATE_NOOP("Cli", "Stock"),
    "origin": QT_TRANSLATE_NOOP("Cli", "Origin"),
    "time": QT_TRANSLATE_NOOP("Cli", "Time"),
    "change": QT_TRANSLATE_NOOP("Cli", "Change"),
    "balance": QT_TRANSLATE_NOOP("Cli", "Balance"),
    "reason": QT_TRANSLATE_NOOP("Cli", "Reason"),
    "session": QT_TRANSLATE_NOOP("Cli", "Session"),
    "number_short": QT_TRANSLATE_NOOP("Cli", "No."),
    "created": QT_TRANSLATE_NOOP("Cli", "Created"),
    "size_kb": QT_TRANSLATE_NOOP("Cli", "Size (KB)"),
    "low": QT_TRANSLATE_NOOP("Cli", "low"),
    "none": QT_TRANSLATE_NOOP("Cli", "none"),
    "yes": QT_TRANSLATE_NOOP("Cli", "yes"),
    "no": QT_TRANSLATE_NOOP("Cli", "no"),
    # products show
    "on_hand": QT_TRANSLATE_NOOP("Cli", "Stock on hand"),
    "reference_price": QT_TRANSLATE_NOOP("Cli", "Reference price (\u539f\u4ef7)"),
    "certificates": QT_TRANSLATE_NOOP("Cli", "Certificates"),
    "documents": QT_TRANSLATE_NOOP("Cli", "Documents"),
    "talking_points": QT_TRANSLATE_NOOP("Cli", "Talking points"),
    "nutrition_per": QT_TRANSLATE_NOOP("Cli", "Nutrition per {basis}"),
    "valid": QT_TRANSLATE_NOOP("Cli", "valid {start} to {end}"),
    "unsupported": QT_TRANSLATE_NOOP("Cli", "no evidence"),
    "lapsed": QT_TRANSLATE_NOOP("Cli", "evidence not valid today: {refs}"),
    "cert_valid": QT_TRANSLATE_NOOP("Cli", "valid"),
    "cert_expired": QT_TRANSLATE_NOOP("Cli", "EXPIRED"),
    "cert_not_yet_valid": QT_TRANSLATE_NOOP("Cli", "not valid yet"),
    "cert_expiring": QT_TRANSLATE_NOOP("Cli", "expires in {days} days"),
    "photos": QT_TRANSLATE_NOOP("Cli", "Photos"),
    "audit": QT_TRANSLATE_NOOP("Cli", "Selection review"),
    "approved": QT_TRANSLATE_NOOP("Cli", "Approved for broadcast"),
    "not_approved": QT_TRANSLATE_NOOP("Cli", "NOT approved for broadcast"),
    # doctor
    "database": QT_TRANSLATE_NOOP("Cli", "Database: {path}"),
    "check_qt_platform": QT_TRANSLATE_NOOP("Cli", "Qt platform plugin"),
    "check_chinese_font": QT_TRANSLATE_NOOP("Cli", "Font for Chinese"),
    "check_card_font": QT_TRANSLATE_NOOP("Cli", "Font for cards and the PDF catalogue"),
    "check_data_folder": QT_TRANSLATE_NOOP("Cli", "Data folder writable"),
    "check_integrity": QT_TRANSLATE_NOOP("Cli", "Database integrity"),
    "check_schema_version": QT_TRANSLATE_NOOP("Cli", "Schema version"),
    "check_backups": QT_TRANSLATE_NOOP("Cli", "Backups"),
    "qt_failed": QT_TRANSLATE_NOOP("Cli", "Qt could not start: {reason}"),
    "not_checked": QT_TRANSLATE_NOOP("Cli", "not checked: Qt could not start"),
    "no_cjk_font": QT_TRANSLATE_NOOP(
        "Cli", "no font covers Simplified Chinese; install one such as Noto Sans CJK SC or WenQuanYi Micro Hei"),
    "not_created": QT_TRANSLATE_NOOP("Cli", "no database yet; it is created on first use"),
    "schema": QT_TRANSLATE_NOOP("Cli", "{found} (this version: {known})"),
    "schema_upgrade": QT_TRANSLATE_NOOP("Cli", "{found} (this version: {known}); upgraded when next opened"),
    "backups_count": QT_TRANSLATE_NOOP("Cli", "{count}, newest {when}"),
    "all_ok": QT_TRANSLATE_NOOP("Cli", "All checks passed."),
    "some_failed": QT_TRANSLATE_NOOP("Cli", "Some checks failed."),
}


def say(key: str, **params) -> str:
    """The sentence ``key`` in the user's language with ``params`` filled in."""
    text = tr(TEXT[key], CTX)
    return text.format(**params) if params else text


class CliError(VillageCastError):
    """Input the command line refuses itself; worded by ``messages.ERRORS[code]``."""


# --- the database a command works on ------------------------------------------------------------
@dataclass
class Context:
    """The resolved database path, opened on first use and closed by ``main``."""

    path: Path
    _db: object = field(default=None, repr=False)

    @property
    def db(self):
        if self._db is None:
            from .storage import open_database

            self._db = open_database(self.path)
        return self._db

    @property
    def catalogue(self):
        from .core.catalogue import Catalogue
        from .storage import Repository

        return Catalogue(Repository(self.db))

    def close(self) -> None:
        if self._db is not None:
            self._db.conn.close()
            self._db = None


# --- parsing command-line values ----------------------------------------------------------------
def parse_date(text: str, field: str = "date") -> date:
    """A YYYY-MM-DD date, else a ValidationError naming ``field``."""
    try:
        if len(text) != 10:
            raise ValueError(text)
        return date.fromisoformat(text)
    except ValueError:
        raise ValidationError([Issue(field, "bad_date", {"value": text})]) from None


# --- output ------------------------------------------------------------------------------------
def out(text: str = "") -> None:
    print(text)


def err(text: str) -> None:
    print(text, file=sys.stderr)


def print_json(value) -> None:
    print(json.dumps(value, ensure_ascii=False, indent=2))


def warn_issues(issues) -> None:
    """Print core warnings (severity "warning") to stderr; they never change the exit code."""
    for issue in issues:
        err(say("warning", text=describe_issue(issue)))


def yuan(fen: int | None) -> str | None:
    """Yuan with two decimals for JSON ("39.90"); None stays None."""
    return None if fen is None else format_fen(fen)


MISSING = "\u2014"  # an em dash where a value is not set


def money(fen: int | None) -> str:
    """Yuan with two decimals for people; a dash when there is no price."""
    return MISSING if fen is None else format_fen(fen)


def local_time(iso: str) -> str:
    """A stored UTC timestamp as local "YYYY-MM-DD HH:MM"."""
    try:
        return datetime.fromisoformat(iso).astimezone().strftime("%Y-%m-%d %H:%M")
    except (TypeError, ValueError):
        return iso or ""


def text_width(text: str) -> int:
    """Terminal columns: CJK characters take two, combining marks none."""
    return sum(0 if unicodedata.combining(c) else 2 if unicodedata.east_asian_width(c) in "WF" else 1
               for c in text)


def table(headers: list[str], rows: list[list], right: tuple[int, ...] = ()) -> str:
    """A plain text table; columns in ``right`` (numbers, money) are right-aligned."""
    cells = [[("" if c is None else str(c)) for c in row] for row in rows]
    widths = [max(text_width(c) for c in column) for column in zip(headers, *cells)]

    def line(row):
        parts = []
        for i, (c, w) in enumerate(zip(row, widths)):
            pad = " " * (w - text_width(c))
            parts.append(pad + c if i in right else c + pad)
        return "  ".join(parts).rstrip()

    return "\n".join([line(headers), line(["-" * w for w in widths]), *map(line, cells)])
