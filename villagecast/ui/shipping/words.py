"""Words and number parsing the shipping window shares: field names it adds, money, kg and % from typed text.

Importing it imports ``shipping_messages`` (which registers the shipping codes with ``messages``) and adds
the few field names the window's own inputs need (under the "Messages" context, like the rest).
"""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ... import messages
from ... import shipping_messages as sm
from ...core.errors import Issue, ValidationError
from ...core.money import format_fen, parse_yuan
from .. import formats, metrics

FIELD_NAMES = {
    "name": QT_TRANSLATE_NOOP("Messages", "Name"),
    "dims": QT_TRANSLATE_NOOP("Messages", "Box size L\u00d7W\u00d7H (cm)"),
    "target_margin_fen": QT_TRANSLATE_NOOP("Messages", "Target margin"),
    "price_fen": QT_TRANSLATE_NOOP("Messages", "Live price"),
    "cost_fen": QT_TRANSLATE_NOOP("Messages", "Cost"),
}
messages.FIELD_NAMES.update({k: v for k, v in FIELD_NAMES.items() if k not in messages.FIELD_NAMES})


def province_name(province, *, short: bool = False) -> str:
    """A province as the UI shows it: 陕西省 (``short``: 陕西) in Chinese, Shaanxi in any other language.
    Exported files keep the official Chinese name beside the GB/T 2260 code, whatever the UI language."""
    if formats.is_chinese():
        return province.plain_name if short else province.name
    return province.english


def province_list(items) -> str:
    """Provinces as a zone lists them, short names joined the way the language writes a list (广东、广西 or
    Guangdong, Guangxi); ``provinces.split_list`` reads either back."""
    return ("、" if formats.is_chinese() else ", ").join(province_name(p, short=True) for p in items)


_DIMS = re.compile(r"^\s*([0-9.]+)\s*[x×*]\s*([0-9.]+)\s*[x×*]\s*([0-9.]+)\s*(?:cm)?\s*$", re.IGNORECASE)


def label(table: dict[str, str], code: str) -> str:
    """A code's words from one of shipping_messages' tables (the code itself when unknown)."""
    return messages.label(table, code)


def yuan(fen: int | None) -> str:
    return format_fen(fen)


def kg(grams: int | None) -> str:
    return sm.kg(grams)


def pct(value: Decimal | None) -> str:
    return "" if value is None else sm.pct(value)


def fold(text: str) -> str:
    """Full-width digits and signs (a Chinese input method) as ASCII, outer spaces gone."""
    return unicodedata.normalize("NFKC", text or "").strip()


def _bad(field: str, code: str, text: str) -> ValidationError:
    return ValidationError([Issue(field, code, {"value": text})])


def decimal(text: str, field: str) -> Decimal:
    try:
        value = Decimal(fold(text).rstrip("%"))
    except InvalidOperation:
        raise _bad(field, "not_a_number", text) from None
    if not value.is_finite():
        raise _bad(field, "not_a_number", text)
    if value < 0:
        raise _bad(field, "negative", text)
    return value


def money(text: str, field: str, optional: bool = False) -> int | None:
    """Yuan text as fen ("39.9", "¥39.90", "３９.９"); empty is None when ``optional``."""
    if optional and not fold(text):
        return None
    if not fold(text):
        raise _bad(field, "required", text)
    return parse_yuan(fold(text), field)


def grams(text: str, field: str, optional: bool = False) -> int | None:
    """Kilograms typed ("5.6", "5.6kg", "0.5公斤") as grams; at most three decimals."""
    folded = fold(text).lower().removesuffix("kg").removesuffix("公斤").strip()
    if not folded:
        if optional:
            return None
        raise _bad(field, "required", text)
    try:
        value = decimal(folded, field) * 1000
    except ValidationError as exc:
        raise _bad(field, exc.issues[0].code, text) from None
    if value != value.to_integral_value():
        raise _bad(field, "too_precise_kg", text)
    return int(value)


def percent(text: str, field: str, optional: bool = False) -> Decimal | None:
    if not fold(text):
        if optional:
            return None
        raise _bad(field, "required", text)
    return decimal(text, field)


def whole(text: str, field: str, optional: bool = False) -> int | None:
    folded = fold(text)
    if not folded:
        if optional:
            return None
        raise _bad(field, "required", text)
    if not folded.isdigit():
        raise _bad(field, "not_an_integer", text)
    return int(folded)


def dims(text: str, field: str = "dims") -> tuple[Decimal, Decimal, Decimal]:
    """"40×30×25", "40x30x25" or "40*30*25" (cm) as three Decimals."""
    match = _DIMS.match(fold(text))
    if not match:
        raise _bad(field, "bad_size", text)
    try:
        return tuple(Decimal(part) for part in match.groups())
    except InvalidOperation:
        raise _bad(field, "bad_size", text) from None


def dims_text(values) -> str:
    return "\u00d7".join(pct(v) for v in values)


def margin_color(margin_fen: int | None, target_fen: int, delivered: bool = True) -> str:
    """Red below 0, amber below the target, green at or above it, grey when not delivered."""
    if not delivered or margin_fen is None:
        return metrics.MUTED_COLOR
    if margin_fen < 0:
        return metrics.DANGER_COLOR
    if margin_fen < target_fen:
        return metrics.WARNING_COLOR
    return metrics.OK_COLOR


def describe(issue: Issue) -> str:
    return messages.describe_issue(issue)


def describe_error(exc: BaseException) -> str:
    return messages.describe_error(exc)
