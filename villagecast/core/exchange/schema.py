"""Products as bundle JSON and back, with a strict shape check derived from the dataclasses.

A bundle product is ``Product.to_dict()`` without the local database ids. Reading checks every
key and type against the dataclass annotations before building anything: unknown keys, wrong
types (a bool where a number belongs, a number where text belongs), over-long text and
over-long lists are refused with the path of the value (``products[3].certificates[0].number``).
"""

from __future__ import annotations

import math
import re
import types
import typing
from dataclasses import MISSING, fields, is_dataclass
from datetime import datetime

from ..product import PRICE_KIND, Product
from .errors import ExchangeError

MAX_TEXT = 20_000  # characters in one text value
MAX_ITEMS = 1_000  # items in one list (photos, talking points...) or nutrients
MAX_INT = 2 ** 63 - 1  # the largest integer a SQLite column holds: a larger one cannot even be written
STORED_RE = re.compile(r"([0-9a-f]{2})/([0-9a-f]{64})\.(jpg|png|pdf)")  # storage.files layout, bundle kinds
FILE_FIELDS = (("certificates", "file_path"), ("documents", "file_path"), ("photos", "file"), ("photos", "thumb"))


def product_json(p: Product) -> dict:
    """The bundle form of ``p``: every field, nested lists included, without database ids."""
    return _strip_ids(p.to_dict())


def _strip_ids(value):
    if isinstance(value, dict):
        return {k: _strip_ids(v) for k, v in value.items() if k != "id"}
    if isinstance(value, list):
        return [_strip_ids(v) for v in value]
    return value


def file_refs(p: Product) -> list[str]:
    """Attachment paths ``p`` refers to (certificate and document files, photos and thumbnails), in order."""
    refs = []
    for list_name, attr in FILE_FIELDS:
        for item in getattr(p, list_name):
            rel = getattr(item, attr)
            if rel and rel not in refs:
                refs.append(rel)
    return refs


def _bad(where: str, expected: str, value) -> ExchangeError:
    shown = repr(value)
    return ExchangeError("bad_schema", where=where, expected=expected,
                         value=shown if len(shown) <= 60 else shown[:57] + "...")


def _storable(number: int | float) -> bool:
    """A finite float, or an integer SQLite can bind (a larger one raises OverflowError even in a REAL column)."""
    return math.isfinite(number) if isinstance(number, float) else -MAX_INT <= number <= MAX_INT


def _check_value(hint, value, where: str):
    """``value`` checked against annotation ``hint``; returns it (dataclass dicts stay dicts)."""
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        options = typing.get_args(hint)
        if value is None and type(None) in options:
            return None
        (hint,) = [o for o in options if o is not type(None)]
        origin = typing.get_origin(hint)
    if hint is str:
        if not isinstance(value, str):
            raise _bad(where, "text", value)
        if len(value) > MAX_TEXT:
            raise ExchangeError("bad_schema", where=where, expected=f"at most {MAX_TEXT} characters",
                                value=f"{len(value)} characters")
        return value
    if hint is bool:
        if not isinstance(value, bool):
            raise _bad(where, "true or false", value)
        return value
    if hint is int:
        if isinstance(value, bool) or not isinstance(value, int) or not -MAX_INT <= value <= MAX_INT:
            raise _bad(where, "a whole number", value)
        return value
    if hint is float:  # JSON text may say NaN or Infinity; neither is a weight, a size or an amount
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not _storable(value):
            raise _bad(where, "a number", value)
        return value
    if origin is dict:  # nutrition: {code: amount}
        if not isinstance(value, dict) or len(value) > MAX_ITEMS:
            raise _bad(where, "an object of numbers", value)
        for key, amount in value.items():
            _check_value(float, amount, f"{where}.{key}")
        return value
    if origin is list:
        (item_hint,) = typing.get_args(hint)
        if not isinstance(value, list):
            raise _bad(where, "a list", value)
        if len(value) > MAX_ITEMS:
            raise ExchangeError("bad_schema", where=where, expected=f"at most {MAX_ITEMS} items",
                                value=f"{len(value)} items")
        return [_check_value(item_hint, item, f"{where}[{i}]") for i, item in enumerate(value)]
    if is_dataclass(hint):
        check_shape(hint, value, where)
        return value
    raise _bad(where, str(hint), value)  # pragma: no cover - every Product annotation is handled above


def check_shape(cls, data, where: str) -> None:
    """Refuse ``data`` unless it is an object with ``cls``'s fields (no ``id``), each of the right type."""
    if not isinstance(data, dict):
        raise _bad(where, "an object", data)
    hints = typing.get_type_hints(cls)
    known = {f.name: f for f in fields(cls) if f.name != "id"}
    for key in data:
        if key not in known:
            raise ExchangeError("bad_schema", where=f"{where}.{key}", expected="no such field", value=str(key)[:60])
    for name, f in known.items():
        if name not in data:
            if f.default is MISSING and f.default_factory is MISSING:
                raise ExchangeError("bad_schema", where=f"{where}.{name}", expected="required", value="missing")
            continue
        _check_value(hints[name], data[name], f"{where}.{name}")


def product_from_json(data, where: str) -> Product:
    """A Product from its bundle form, after the shape check (values are checked by validate_product)."""
    check_shape(Product, data, where)
    product = Product.from_dict(data)
    for list_name, attr in FILE_FIELDS:
        for i, item in enumerate(getattr(product, list_name)):
            rel = getattr(item, attr)
            match = STORED_RE.fullmatch(rel) if rel else None
            if rel and (not match or match.group(1) != match.group(2)[:2]):
                raise ExchangeError("bad_schema", where=f"{where}.{list_name}[{i}].{attr}",
                                    expected="a stored file name", value=rel[:60])
    return product


def check_price_rows(rows, where: str) -> list[tuple[str, int | None, str]]:
    """Price history rows of one product as (kind, fen, UTC ISO time), checked."""
    if not isinstance(rows, list) or len(rows) > 100_000:
        raise _bad(where, "a list of price changes", rows)
    out = []
    for i, row in enumerate(rows):
        at = f"{where}[{i}]"
        if not isinstance(row, dict) or set(row) != {"kind", "price_fen", "at"}:
            raise _bad(at, "an object with kind, price_fen and at", row)
        if row["kind"] not in PRICE_KIND.values():
            raise _bad(f"{at}.kind", "one of " + ", ".join(PRICE_KIND.values()), row["kind"])
        fen = row["price_fen"]
        if fen is not None and (isinstance(fen, bool) or not isinstance(fen, int) or not 0 <= fen <= MAX_INT):
            raise _bad(f"{at}.price_fen", "a whole number of fen", fen)
        try:
            moment = datetime.fromisoformat(row["at"]) if isinstance(row["at"], str) else None
        except ValueError:
            moment = None
        if moment is None or moment.tzinfo is None:
            raise _bad(f"{at}.at", "a UTC time", row["at"])
        out.append((row["kind"], fen, row["at"]))
    return out
