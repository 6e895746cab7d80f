"""Spreadsheet cells <-> product values, both ways, for the columns of ``sheet_columns``.

Export writes readable words (品类 水果, 储存方式 冷藏, 生鲜易腐 是/否, prices 39.90). Import reads
those and the codes, full-width digits, "¥39.90"/"39.90元", dates as Excel writes them
(2026/11/3, 2026年11月3日, XLSX date cells) and numbers as XLSX stores them (15 significant
digits, as Excel shows them). Every refusal is a core ``Issue`` (field code + parameters).
"""

from __future__ import annotations

import re
from datetime import date, datetime, time

from ..errors import Issue, ValidationError
from ..fields import fold, parse_field
from ..money import format_fen
from ..product import CATEGORIES, SHOP_PLATFORMS, STORAGE_KINDS, TALKING_POINT_KINDS, ShopLink, TalkingPoint
from . import sheet_columns as cols
from .schema import MAX_INT

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")  # a cell starting so is a formula to Excel/WPS
_DATE = re.compile(r"^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$")
_POINT = re.compile(r"^\s*[【\[]\s*([^】\]]+?)\s*[】\]]\s*(.*)$", re.DOTALL)


# --- export --------------------------------------------------------------------------------------
def guard(text: str) -> str:
    """Text that Excel/WPS will not run as a formula: a ' before a leading = + - @ (or ') , taken off on import."""
    return "'" + text if text.startswith((*FORMULA_START, "'")) else text


def unguard(text: str) -> str:
    """Undo ``guard``; a ' typed before ordinary text stays."""
    return text[1:] if text.startswith("'") and text[1:].startswith((*FORMULA_START, "'")) else text


def _number(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def cell_text(p, column: cols.Column) -> str:
    """The text a product's value is exported as (formula characters guarded)."""
    if column.kind == "points":
        return "\n".join(f"【{cols.POINT_WORDS.get(t.kind, t.kind)}】{t.text}" for t in p.talking_points)
    if column.kind == "links":
        return "\n".join(f"{cols.PLATFORM_WORDS.get(s.platform, s.platform)} {s.url}" for s in p.shop_links)
    value = getattr(p, column.key)
    if column.kind == "yuan":
        return format_fen(value)
    if column.kind in ("int", "float"):
        return _number(value)
    if column.kind == "bool":
        return "是" if value else "否"
    if column.kind == "category":
        return cols.CATEGORY_WORDS.get(value, value)
    if column.kind == "storage":
        return cols.STORAGE_WORDS.get(value, value)
    return guard(value or "")


# --- import --------------------------------------------------------------------------------------
def raw_text(value) -> str:
    """A cell as text: XLSX numbers as Excel shows them (15 significant digits), date cells as ISO dates."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        text = format(value, ".15g")
        return text if "e" not in text else format(value, "f")
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == time(0) else value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return unguard(str(value))


def _date(text: str, name: str):
    folded = fold(text)
    if not folded:
        return None
    match = _DATE.match(folded)
    try:
        if not match:
            raise ValueError(folded)
        return date(*map(int, match.groups())).isoformat()
    except ValueError:
        raise ValidationError([Issue(name, "bad_date", {"value": text})]) from None


def _choice(name: str, code, text: str, choices: tuple[str, ...]):
    if code is None:
        raise ValidationError([Issue(name, "bad_choice", {"value": text, "choices": choices})])
    return code


def _points(text: str) -> list[TalkingPoint]:
    points, issues = [], []
    for line in text.splitlines():
        if not line.strip():
            continue
        match = _POINT.match(line)
        kind, words = ("story", line.strip()) if not match else (cols.point_kind(match.group(1)), match.group(2).strip())
        if kind is None:
            issues.append(Issue(f"talking_points[{len(points)}].kind", "bad_choice",
                                {"value": match.group(1), "choices": TALKING_POINT_KINDS}))
        points.append(TalkingPoint(kind or "story", words))
    if issues:
        raise ValidationError(issues)
    return points


def _links(text: str) -> list[ShopLink]:
    links, issues = [], []
    for line in text.splitlines():
        line = line.strip()
        if not line:
            continue
        head, _, rest = line.partition(" ")
        if head.lower().startswith(("http://", "https://")) or not rest.strip():
            links.append(ShopLink("other", line))
            continue
        code = cols.platform_code(head.rstrip("：:"))
        if code is None:
            issues.append(Issue(f"shop_links[{len(links)}].platform", "bad_choice",
                                {"value": head, "choices": SHOP_PLATFORMS}))
        links.append(ShopLink(code or "other", rest.strip()))
    if issues:
        raise ValidationError(issues)
    return links


def parse_cell(column: cols.Column, value):
    """The product value of one cell; raises ``ValidationError`` with the field's issue."""
    text = raw_text(value)
    kind, name = column.kind, column.key
    if kind == "text":
        return fold(text) if name == "sku" else text.strip()
    if kind == "points":
        return _points(text)
    if kind == "links":
        return _links(text)
    if kind == "date":
        return _date(text, name)
    if kind == "category":
        return _choice(name, cols.category_code(text), text, CATEGORIES)
    if kind == "storage":
        return _choice(name, cols.storage_code(text), text, STORAGE_KINDS)
    if kind == "bool":
        folded = fold(text).lower()
        if folded in cols.YES or folded in cols.NO:
            return folded in cols.YES
        raise ValidationError([Issue(name, "not_a_boolean", {"value": text})])
    if kind == "basis":
        folded = fold(text).lower().replace("克", "g").replace("毫升", "ml")
        return folded or "100g"
    if kind == "int" and not fold(text) and name in ("units_per_pack", "low_stock_threshold"):
        raise ValidationError([Issue(name, "required")])
    try:
        number = parse_field(name, text)  # int, float, yuan
    except (ValueError, ArithmeticError):  # over 4,300 digits for int(); an exponent decimal overflows (1e999999)
        number = MAX_INT + 1
    if isinstance(number, int) and not -MAX_INT <= number <= MAX_INT:  # SQLite could not store it
        raise ValidationError([Issue(name, "too_large", {"value": text if len(text) <= 40 else text[:39] + "…"})])
    return number
