"""Numbers, money, weights, dates and times for the chosen UI language (``QLocale()``, set by ``Translations``).

Shown values only: editable fields keep the plain forms the parsers read back (``money_plain`` = "1234.50",
``iso_date`` = "2026-12-01"); the app shows ISO dates on purpose where a date is typed or names a file.
Money stays integer fen and weights integer grams; no float is involved in formatting them. ``decimal`` and
``datetime`` are imported on first use, so the product list can use ``money`` before the first paint.

    money(123450)        -> "¥1,234.50" (zh_CN and en)
    weight(5600)         -> "5.6 公斤" / "5.6 kg";  weight(500) -> "500 克" / "500 g"
    date_text(day)       -> "2026年12月1日" / "1 Dec 2026";  date_text(day, year=False) -> "12月1日" / "1 Dec"
    time_text(moment)    -> "14:05" / "2:05 PM" (the locale's short time, local time zone)
    datetime_text(stamp) -> the time today, else the date without the year this year, else the full date
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTime

if TYPE_CHECKING:
    from datetime import date, datetime
    from decimal import Decimal

translate = QCoreApplication.translate
YUAN = "\u00a5"  # ¥, the same sign in both languages (never the full-width ￥ in figures)
# Date patterns by language (QLocale's own long format adds the weekday; its short one is 12/1/26 in en_US).
DATE_PATTERNS = {
    QLocale.Language.Chinese: ("yyyy年M月d日", "M月d日"),
    QLocale.Language.English: ("d MMM yyyy", "d MMM"),
}


def locale() -> QLocale:
    """The UI locale (``Translations.switch`` makes it the default)."""
    return QLocale()


def is_chinese(loc: QLocale | None = None) -> bool:
    return (loc or QLocale()).language() == QLocale.Language.Chinese


# --- numbers ------------------------------------------------------------------------------------------
def _decimal(value) -> Decimal:
    from decimal import Decimal

    if isinstance(value, Decimal):
        return value
    if isinstance(value, float):
        return Decimal(repr(value))
    return Decimal(value)


def _digits(value: Decimal, decimals: int | None, max_decimals: int, loc: QLocale) -> str:
    """``value`` with the locale's group separator and decimal point; ``decimals`` None trims trailing zeros."""
    from decimal import ROUND_HALF_UP, Decimal

    places = max_decimals if decimals is None else decimals
    rounded = value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    sign = loc.negativeSign() if rounded < 0 else ""
    text = f"{abs(rounded):f}"
    whole, _, fraction = text.partition(".")
    if decimals is None:
        fraction = fraction.rstrip("0")
    grouped = loc.toString(int(whole))
    return f"{sign}{grouped}{loc.decimalPoint() + fraction if fraction else ''}"


def integer(n: int | None) -> str:
    """A whole number with thousands separators ("12,800"); None gives ""."""
    return "" if n is None else QLocale().toString(int(n))


def number(value, decimals: int | None = None, *, max_decimals: int = 3) -> str:
    """A number (int, Decimal or float) for display: fixed ``decimals``, or up to ``max_decimals`` trimmed."""
    if value is None:
        return ""
    return _digits(_decimal(value), decimals, max_decimals, QLocale())


def percent(value, decimals: int | None = None) -> str:
    """"12.5%" (no space in either language)."""
    return "" if value is None else number(value, decimals, max_decimals=2) + QLocale().percent()


# --- money --------------------------------------------------------------------------------------------
def money(fen: int | None, *, symbol: bool = True) -> str:
    """Fen as yuan with two decimals and thousands separators: 123450 -> "¥1,234.50"; None gives ""."""
    if fen is None:
        return ""
    loc = QLocale()
    fen = int(fen)
    whole, cents = divmod(abs(fen), 100)
    text = f"{loc.toString(whole)}{loc.decimalPoint()}{cents:02d}"
    sign = loc.negativeSign() if fen < 0 else ""
    return f"{sign}{YUAN if symbol else ''}{text}"


def money_plain(fen: int | None) -> str:
    """The form a price field holds and ``core.money.parse_yuan`` reads back: "1234.50" (no separators)."""
    from ..core.money import format_fen

    return format_fen(fen)


# --- weights ------------------------------------------------------------------------------------------
def kilograms(grams: int | None) -> str:
    """Grams as a kilogram figure without the unit, up to three decimals: 5600 -> "5.6" (for "kg" columns)."""
    if grams is None:
        return ""
    from decimal import Decimal

    return _digits(Decimal(int(grams)) / 1000, None, 3, QLocale())


def weight(grams: int | None, unit: str = "auto") -> str:
    """"5.6 公斤" / "5.6 kg", "500 克" / "500 g"; ``unit`` "kg", "g" or "auto" (kg from 1000 g up)."""
    if grams is None:
        return ""
    if unit == "kg" or (unit == "auto" and abs(int(grams)) >= 1000):
        return translate("Formats", "%1 kg").replace("%1", kilograms(grams))
    return translate("Formats", "%1 g").replace("%1", integer(grams))


# --- dates and times ----------------------------------------------------------------------------------
def _patterns(loc: QLocale) -> tuple[str, str] | None:
    return DATE_PATTERNS.get(loc.language())


def date_text(day: date | str | None, *, year: bool = True) -> str:
    """A calendar day for reading: "2026年12月1日" / "1 Dec 2026" (``year=False``: "12月1日" / "1 Dec")."""
    if day is None or day == "":
        return ""
    if isinstance(day, str):
        from datetime import date

        day = date.fromisoformat(day[:10])
    loc = QLocale()
    qdate = QDate(day.year, day.month, day.day)
    patterns = _patterns(loc)
    if patterns is None:
        return loc.toString(qdate, QLocale.FormatType.ShortFormat)
    return loc.toString(qdate, patterns[0] if year else patterns[1])


def iso_date(day: date | None) -> str:
    """"2026-12-01": typed dates, file names and exports, where ISO is what is meant."""
    return "" if day is None else day.isoformat()


def local_moment(moment: datetime | str) -> datetime:
    """A stored time (UTC ISO text, or a datetime; naive = UTC) in the local time zone."""
    from datetime import datetime, timezone

    if isinstance(moment, str):
        moment = datetime.fromisoformat(moment)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return moment.astimezone()


def time_text(moment: datetime | str | None, *, seconds: bool = False) -> str:
    """The local time of day in the locale's short form ("14:05" / "2:05 PM"); ``seconds`` adds them."""
    if moment is None or moment == "":
        return ""
    local = local_moment(moment)
    loc = QLocale()
    pattern = loc.timeFormat(QLocale.FormatType.ShortFormat)
    if seconds and "ss" not in pattern:
        pattern = pattern.replace("mm", "mm:ss", 1)
    # CLDR puts a narrow no-break space before AM/PM, which many CJK fonts lack: a plain no-break space
    return loc.toString(QTime(local.hour, local.minute, local.second), pattern).replace("\u202f", "\u00a0")


def datetime_text(moment: datetime | str | None, now: datetime | None = None) -> str:
    """A stored time as local text: only the time today, day and time this year, else the full date and time."""
    if moment is None or moment == "":
        return ""
    from datetime import datetime, timezone

    local = local_moment(moment)
    today = local_moment(now or datetime.now(timezone.utc))
    clock = time_text(local)
    if local.date() == today.date():
        return clock
    day = date_text(local.date(), year=local.year != today.year)
    return translate("Formats", "%1 %2").replace("%1", day).replace("%2", clock)
