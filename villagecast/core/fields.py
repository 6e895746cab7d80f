"""Reading a product field from typed text: one converter for the command line and the editor."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import fields

from .errors import Issue, ValidationError
from .money import parse_yuan
from .product import Product

# How each scalar field's text is read; prices are typed in yuan and stored in fen.
FIELD_KINDS = {
    "sku": "text", "name_zh": "text", "name_en": "text", "category": "text",
    "net_weight_g": "int", "gross_weight_g": "int", "units_per_pack": "int",
    "length_cm": "float", "width_cm": "float", "height_cm": "float",
    "list_price_fen": "yuan", "live_price_fen": "yuan", "floor_price_fen": "yuan", "cost_fen": "yuan",
    "shelf_life_days": "int", "storage": "text", "origin_province": "text", "origin_county": "text",
    "origin_town": "text", "origin_village": "text", "producer": "text", "harvest_date": "date",
    "supplier": "text", "after_sales": "text", "low_stock_threshold": "int", "nutrition_basis": "text",
}
NULLABLE = frozenset(f.name for f in fields(Product) if f.default is None)
INT_RE = re.compile(r"^[+-]?\d+$")


def fold(text: str) -> str:
    """Full-width digits, signs and points (typed with a Chinese input method) as ASCII; outer spaces gone."""
    return unicodedata.normalize("NFKC", text or "").strip()


def parse_int(text: str, field: str) -> int:
    """A whole number, else a ValidationError naming ``field``."""
    folded = fold(text)
    if not INT_RE.match(folded):
        raise ValidationError([Issue(field, "not_an_integer", {"value": text})])
    return int(folded)


def parse_number(text: str, field: str) -> float:
    """A finite decimal number, else a ValidationError naming ``field``."""
    try:
        value = float(fold(text))
    except ValueError:
        value = float("nan")
    if value != value or value in (float("inf"), float("-inf")):
        raise ValidationError([Issue(field, "not_a_number", {"value": text})])
    return value


def parse_field(name: str, text: str):
    """The value of field ``name`` from ``text``: empty clears an optional field; text fields keep their text."""
    kind = FIELD_KINDS.get(name, "text")
    if kind == "text":
        return text
    if fold(text) == "" and name in NULLABLE:
        return None
    if kind == "int":
        return parse_int(text, name)
    if kind == "yuan":
        return parse_yuan(fold(text), name)
    if kind == "float":
        return parse_number(text, name)
    return fold(text)  # dates: the core checks the format
