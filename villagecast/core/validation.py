"""Validation of a product: every error and warning as ``Issue`` codes, nested lists included.

An error refuses the write; a warning (a live price below cost…) is shown and allowed.
"""

from __future__ import annotations

import types
import typing
from dataclasses import fields, is_dataclass
from datetime import date

from . import nutrition
from .errors import Issue
from .product import (AUDIT_EVIDENCE_REQUIRED, AUDIT_RESULTS, AUDIT_STEPS, CATEGORIES, CERTIFICATE_KINDS,
                      FLOAT_FIELDS, INT_FIELDS, NUTRITION_BASES, SHOP_PLATFORMS, SKU_RE, STORAGE_KINDS,
                      TALKING_POINT_KINDS,
                      Evidence, Product)


def _is_iso_date(text: str) -> bool:
    try:
        date.fromisoformat(text)
    except (TypeError, ValueError):
        return False
    return len(text) == 10


def type_issues(obj, where: str = "") -> list[Issue]:
    """Text fields holding no text and flags that are not true/false (as JSON can deliver), nested too."""
    hints = typing.get_type_hints(type(obj))
    issues = []
    for f in fields(obj):
        value, hint, path = getattr(obj, f.name), hints[f.name], where + f.name
        union = typing.get_origin(hint) in (typing.Union, types.UnionType)
        allowed = typing.get_args(hint) if union else (hint,)
        if str in allowed and not (isinstance(value, str) or (value is None and type(None) in allowed)):
            issues.append(Issue(path, "not_text", {"value": value}))
        elif hint is bool and not isinstance(value, bool):
            issues.append(Issue(path, "not_a_boolean", {"value": value}))
        elif isinstance(value, list):
            for i, item in enumerate(value):
                if is_dataclass(item):
                    issues.extend(type_issues(item, f"{path}[{i}]."))
                else:
                    issues.append(Issue(f"{path}[{i}]", "not_text", {"value": item}))
        elif f.name == "nutrition" and not isinstance(value, dict):
            issues.append(Issue(path, "not_a_number", {"value": value}))
    return issues


def validate_product(p: Product) -> list[Issue]:
    """Every error and warning for ``p``; the write is refused when any error is present."""
    issues: list[Issue] = type_issues(p)
    if issues:  # the checks below assume the types are right
        return issues
    add = issues.append
    if not isinstance(p.sku, str) or not SKU_RE.match(p.sku):
        add(Issue("sku", "bad_sku", {"value": p.sku}))
    if not (p.name_zh or "").strip():
        add(Issue("name_zh", "required"))
    if p.category not in CATEGORIES:
        add(Issue("category", "bad_choice", {"value": p.category, "choices": CATEGORIES}))
    if p.storage not in STORAGE_KINDS:
        add(Issue("storage", "bad_choice", {"value": p.storage, "choices": STORAGE_KINDS}))
    if p.nutrition_basis not in NUTRITION_BASES:
        add(Issue("nutrition_basis", "bad_choice", {"value": p.nutrition_basis, "choices": NUTRITION_BASES}))
    for name in INT_FIELDS:
        value = getattr(p, name)
        if value is None:
            continue
        if isinstance(value, bool) or not isinstance(value, int):
            add(Issue(name, "not_an_integer", {"value": value}))
        elif value < 0:
            add(Issue(name, "negative", {"value": value}))
    for name in FLOAT_FIELDS:
        value = getattr(p, name)
        if value is None:
            continue
        if isinstance(value, bool) or not isinstance(value, (int, float)) or value != value:
            add(Issue(name, "not_a_number", {"value": value}))
        elif value < 0:
            add(Issue(name, "negative", {"value": value}))
    if isinstance(p.units_per_pack, int) and not isinstance(p.units_per_pack, bool) and p.units_per_pack == 0:
        add(Issue("units_per_pack", "at_least_one", {"value": 0}))
    if _ok_int(p.net_weight_g) and _ok_int(p.gross_weight_g) and p.gross_weight_g < p.net_weight_g:
        add(Issue("gross_weight_g", "gross_below_net", {"gross": p.gross_weight_g, "net": p.net_weight_g}))
    if p.harvest_date and not _is_iso_date(p.harvest_date):
        add(Issue("harvest_date", "bad_date", {"value": p.harvest_date}))
    _validate_prices(p, add)
    _validate_nutrition(p, add)
    _validate_evidence(p, add)
    _validate_photos(p, add)
    _validate_audit(p, add)
    _validate_links(p, add)
    return issues


URL_MAX = 2000  # characters; a QR code of version 40 holds about 2,900 bytes at the lowest error correction


def _validate_links(p: Product, add) -> None:
    urls = [link.url for link in p.shop_links]
    for i, link in enumerate(p.shop_links):
        if link.platform not in SHOP_PLATFORMS:
            add(Issue(f"shop_links[{i}].platform", "bad_choice", {"value": link.platform, "choices": SHOP_PLATFORMS}))
        url = link.url or ""
        if not url.strip():
            add(Issue(f"shop_links[{i}].url", "required"))
        elif (not url.lower().startswith(("https://", "http://")) or len(url) > URL_MAX
              or any(ch.isspace() or ord(ch) < 32 for ch in url)):
            add(Issue(f"shop_links[{i}].url", "bad_url", {"value": url}))
        elif urls.count(url) > 1:
            add(Issue(f"shop_links[{i}].url", "duplicate", {"value": url}))


def _ok_int(v) -> bool:
    return isinstance(v, int) and not isinstance(v, bool) and v >= 0


def _validate_prices(p: Product, add) -> None:
    live, cost, floor, lst = p.live_price_fen, p.cost_fen, p.floor_price_fen, p.list_price_fen
    if _ok_int(live) and _ok_int(cost) and live < cost:
        add(Issue("live_price_fen", "below_cost", {"price": live, "cost": cost}, "warning"))
    if _ok_int(live) and _ok_int(floor) and live < floor:
        add(Issue("live_price_fen", "below_floor", {"price": live, "floor": floor}, "warning"))
    if _ok_int(floor) and _ok_int(cost) and floor < cost:
        add(Issue("floor_price_fen", "below_cost", {"price": floor, "cost": cost}, "warning"))
    if _ok_int(live) and _ok_int(lst) and live > lst:
        add(Issue("live_price_fen", "above_list", {"price": live, "list": lst}, "warning"))


def _validate_nutrition(p: Product, add) -> None:
    for code, amount in p.nutrition.items():
        if code not in nutrition.BY_CODE:
            add(Issue(f"nutrition.{code}", "unknown_nutrient", {"value": code}))
        elif isinstance(amount, bool) or not isinstance(amount, (int, float)) or amount != amount:
            add(Issue(f"nutrition.{code}", "not_a_number", {"value": amount}))
        elif amount < 0:
            add(Issue(f"nutrition.{code}", "negative", {"value": amount}))
    for part, whole in nutrition.PARTS_OF.items():
        a, b = p.nutrition.get(part), p.nutrition.get(whole)
        if isinstance(a, (int, float)) and isinstance(b, (int, float)) and a > b:
            add(Issue(f"nutrition.{part}", "part_exceeds_whole", {"part": part, "whole": whole}))
    grams = sum(v for k, v in p.nutrition.items()
                if k in ("protein", "fat", "carbohydrate") and isinstance(v, (int, float)) and v >= 0)
    if p.nutrition_basis == "100g" and grams > 100:
        add(Issue("nutrition", "over_100g", {"total": grams}))


def _required_and_unique(add, where: str, value: str, all_values: list[str]) -> None:
    if not (value or "").strip():
        add(Issue(where, "required"))
    elif all_values.count(value) > 1:
        add(Issue(where, "duplicate", {"value": value}))


def _validate_evidence(p: Product, add) -> None:
    numbers = [c.number for c in p.certificates]
    for i, c in enumerate(p.certificates):
        where = f"certificates[{i}]"
        if c.kind not in CERTIFICATE_KINDS:
            add(Issue(f"{where}.kind", "bad_choice", {"value": c.kind, "choices": CERTIFICATE_KINDS}))
        _required_and_unique(add, f"{where}.number", c.number, numbers)
        for attr in ("valid_from", "valid_to"):
            value = getattr(c, attr)
            if value and not _is_iso_date(value):
                add(Issue(f"{where}.{attr}", "bad_date", {"value": value}))
        if (c.valid_from and c.valid_to and _is_iso_date(c.valid_from) and _is_iso_date(c.valid_to)
                and c.valid_to < c.valid_from):
            add(Issue(f"{where}.valid_to", "ends_before_start", {"start": c.valid_from, "end": c.valid_to}))
    titles = [d.title for d in p.documents]
    for i, d in enumerate(p.documents):
        _required_and_unique(add, f"documents[{i}].title", d.title, titles)
    for i, t in enumerate(p.talking_points):
        where = f"talking_points[{i}]"
        if t.kind not in TALKING_POINT_KINDS:
            add(Issue(f"{where}.kind", "bad_choice", {"value": t.kind, "choices": TALKING_POINT_KINDS}))
        if not (t.text or "").strip():
            add(Issue(f"{where}.text", "required"))
        _check_refs(add, f"{where}.evidence", t.evidence, numbers, titles)


def _check_refs(add, where: str, evidence: list[Evidence], numbers: list[str], titles: list[str]) -> None:
    for e in evidence:
        pool = numbers if e.kind == "certificate" else titles if e.kind == "document" else None
        if pool is None or e.ref not in pool:
            add(Issue(where, "unknown_evidence", {"kind": e.kind, "ref": e.ref}))


def _validate_photos(p: Product, add) -> None:
    files = [ph.file for ph in p.photos]
    for i, ph in enumerate(p.photos):
        if not ph.file or not ph.thumb:
            add(Issue(f"photos[{i}].file", "required"))
        elif files.count(ph.file) > 1:
            add(Issue(f"photos[{i}].file", "duplicate", {"value": ph.source_name or ph.file}))
        for name in ("width", "height"):
            value = getattr(ph, name)
            if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
                add(Issue(f"photos[{i}].{name}", "at_least_one", {"value": value}))


def _validate_audit(p: Product, add) -> None:
    numbers = [c.number for c in p.certificates]
    titles = [d.title for d in p.documents]
    for i, a in enumerate(p.audit):
        where = f"audit[{i}]"
        if a.step not in AUDIT_STEPS:
            add(Issue(f"{where}.step", "bad_choice", {"value": a.step, "choices": AUDIT_STEPS}))
        if a.result not in AUDIT_RESULTS:
            add(Issue(f"{where}.result", "bad_choice", {"value": a.result, "choices": AUDIT_RESULTS}))
        if not (a.reviewer or "").strip():
            add(Issue(f"{where}.reviewer", "required"))
        if not a.date:
            add(Issue(f"{where}.date", "required"))
        elif not _is_iso_date(a.date):
            add(Issue(f"{where}.date", "bad_date", {"value": a.date}))
        _check_refs(add, f"{where}.evidence", a.evidence, numbers, titles)
        if a.result == "passed" and a.step in AUDIT_EVIDENCE_REQUIRED and not a.evidence:
            add(Issue(f"{where}.evidence", "evidence_required", {"step": a.step}))
