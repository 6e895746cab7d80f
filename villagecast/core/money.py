"""Money is integer fen everywhere; these helpers convert to and from yuan text."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .errors import Issue, ValidationError

if TYPE_CHECKING:
    from decimal import Decimal

MAX_FEN = 100_000_000_00  # 100 million yuan: far above any farm parcel, below int overflow worries


def parse_yuan(text: str | int | float | Decimal, field: str = "price") -> int:
    """Parse "39.9", "39.90", "¥39.90" or "39.90元" into fen; refuse negatives and sub-fen digits."""
    from decimal import Decimal, InvalidOperation  # here, not at import: the window starts faster

    raw = str(text).strip().replace("¥", "").replace("￥", "").replace("元", "").replace(",", "").strip()
    try:
        value = Decimal(raw)
    except InvalidOperation:
        raise ValidationError([Issue(field, "not_a_number", {"value": str(text)})]) from None
    if not value.is_finite():
        raise ValidationError([Issue(field, "not_a_number", {"value": str(text)})])
    if value < 0:
        raise ValidationError([Issue(field, "negative", {"value": str(text)})])
    fen = value * 100
    if fen != fen.to_integral_value():
        raise ValidationError([Issue(field, "too_precise", {"value": str(text)})])
    if fen > MAX_FEN:
        raise ValidationError([Issue(field, "too_large", {"value": str(text)})])
    return int(fen)


def format_fen(fen: int | None) -> str:
    """Format fen as yuan with two decimals: 3990 -> "39.90". ``None`` gives ""."""
    if fen is None:
        return ""
    sign = "-" if fen < 0 else ""
    fen = abs(int(fen))
    return f"{sign}{fen // 100}.{fen % 100:02d}"
