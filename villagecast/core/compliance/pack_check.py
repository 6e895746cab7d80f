"""Validation of a rule pack: every problem as an ``Issue(field, code, params)``, nothing refused silently.

Field paths name the place: ``checklist[3].phases``, ``terms[12].context.allow[0]``.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from .. import claims
from ..errors import Issue
from ..product import CERTIFICATE_KINDS
from .normalise import fold
from .pack import (CATEGORIES, CHECKS, CONTEXT_KEYS, FORMAT, ITEM_KEYS, PACK_KEYS, PHASES, SEVERITIES, TERM_KEYS,
                   VERIFIED, VERSION)

PACK_ID_RE = re.compile(r"^[a-z0-9][a-z0-9._-]{0,39}$")
RULE_ID_RE = re.compile(r"^[A-Z]{2,8}-\d{2}$")


def _path(where: str, key: str) -> str:
    return f"{where}.{key}" if where else key


def _is_text(v) -> bool:
    return isinstance(v, str)


def _is_date(v) -> bool:
    if not isinstance(v, str) or len(v) != 10:
        return False
    try:
        date.fromisoformat(v)
    except ValueError:
        return False
    return True


class _Checker:
    def __init__(self):
        self.issues: list[Issue] = []

    def add(self, where: str, code: str, **params: Any) -> None:
        self.issues.append(Issue(where, code, params))

    def keys(self, obj: dict, allowed: tuple[str, ...], where: str) -> None:
        for key in obj:
            if key not in allowed:
                self.add(_path(where, str(key)), "unknown_key", value=key)

    def text(self, obj: dict, key: str, where: str, required: bool = False) -> str:
        value = obj.get(key, None if required else "")
        path = _path(where, key)
        if value is None:
            self.add(path, "required")
            return ""
        if not _is_text(value):
            self.add(path, "not_text", value=value)
            return ""
        if required and not value.strip():
            self.add(path, "required")
        return value

    def choice(self, obj: dict, key: str, where: str, choices: tuple[str, ...], default: str | None = None) -> str:
        value = obj.get(key, default)
        if value not in choices:
            self.add(_path(where, key), "required" if value is None else "bad_choice", value=value,
                     choices=list(choices))
            return ""
        return value

    def texts(self, obj: dict, key: str, where: str, required: bool = False) -> list[str]:
        value = obj.get(key, None if required else [])
        path = _path(where, key)
        if not isinstance(value, list):
            self.add(path, "required" if value is None else "not_a_list", value=value)
            return []
        if required and not value:
            self.add(path, "required")
        good = []
        for i, item in enumerate(value):
            if not _is_text(item) or not item.strip():
                self.add(f"{path}[{i}]", "not_text", value=item)
            else:
                good.append(item)
        return good

    def day(self, obj: dict, key: str, where: str, required: bool = False) -> None:
        value = obj.get(key)
        if value in (None, "") and not required:
            return
        if value is None:
            self.add(_path(where, key), "required")
        elif not _is_date(value):
            self.add(_path(where, key), "bad_date", value=value)


def validate_pack(data: Any) -> list[Issue]:
    """Every reason to refuse ``data`` as a rule pack; an empty list means it is sound."""
    c = _Checker()
    if not isinstance(data, dict):
        c.add("", "not_an_object", value=type(data).__name__)
        return c.issues
    c.keys(data, PACK_KEYS, "")
    if data.get("format") != FORMAT:
        c.add("format", "bad_format", value=data.get("format"), expected=FORMAT)
    if data.get("version") != VERSION:
        c.add("version", "bad_version", value=data.get("version"), supported=VERSION)
    pack_id = c.text(data, "id", "", required=True)
    if pack_id and not PACK_ID_RE.match(pack_id):
        c.add("id", "bad_pack_id", value=pack_id)
    c.text(data, "name_zh", "", required=True)
    c.text(data, "name_en", "")
    c.day(data, "updated", "", required=True)
    _negations(c, data.get("negations", {}))
    rule_ids = _checklist(c, data.get("checklist"))
    _terms(c, data.get("terms"), rule_ids)
    return c.issues


def _negations(c: _Checker, neg) -> None:
    if not isinstance(neg, dict):
        c.add("negations", "not_an_object", value=type(neg).__name__)
        return
    c.keys(neg, ("words", "categories"), "negations")
    c.texts(neg, "words", "negations")
    for i, cat in enumerate(neg.get("categories", []) if isinstance(neg.get("categories", []), list) else []):
        if cat not in CATEGORIES:
            c.add(f"negations.categories[{i}]", "bad_choice", value=cat, choices=list(CATEGORIES))
    if not isinstance(neg.get("categories", []), list):
        c.add("negations.categories", "not_a_list", value=neg.get("categories"))


def _list_of_objects(c: _Checker, value, where: str) -> list[tuple[int, dict]]:
    if not isinstance(value, list):
        c.add(where, "required" if value is None else "not_a_list", value=value)
        return []
    if not value:
        c.add(where, "no_items")
    out = []
    for i, item in enumerate(value):
        if isinstance(item, dict):
            out.append((i, item))
        else:
            c.add(f"{where}[{i}]", "not_an_object", value=type(item).__name__)
    return out


def _checklist(c: _Checker, value) -> set[str]:
    ids: set[str] = set()
    for i, item in _list_of_objects(c, value, "checklist"):
        where = f"checklist[{i}]"
        c.keys(item, ITEM_KEYS, where)
        rule_id = c.text(item, "id", where, required=True)
        if rule_id and not RULE_ID_RE.match(rule_id):
            c.add(f"{where}.id", "bad_rule_id", value=rule_id)
        elif rule_id in ids:
            c.add(f"{where}.id", "duplicate", value=rule_id)
        ids.add(rule_id)
        phases = item.get("phases")
        if not isinstance(phases, list) or not phases:
            c.add(f"{where}.phases", "required" if not phases else "not_a_list", value=phases)
        else:
            for j, phase in enumerate(phases):
                if phase not in PHASES:
                    c.add(f"{where}.phases[{j}]", "bad_choice", value=phase, choices=list(PHASES))
            if "always" in phases and len(phases) > 1:
                c.add(f"{where}.phases", "always_alone", value=phases)
            if len(set(map(str, phases))) != len(phases):
                c.add(f"{where}.phases", "duplicate", value=phases)
        c.choice(item, "severity", where, SEVERITIES)
        c.day(item, "effective_from", where, required=True)
        c.choice(item, "verified", where, VERIFIED, default="V")
        c.text(item, "text_zh", where, required=True)
        c.text(item, "text_en", where)
        c.text(item, "source", where, required=True)
        c.text(item, "source_zh", where)
    return ids


def _terms(c: _Checker, value, rule_ids: set[str]) -> None:
    seen: dict[str, int] = {}
    for i, t in _list_of_objects(c, value, "terms"):
        where = f"terms[{i}]"
        c.keys(t, TERM_KEYS, where)
        term = c.text(t, "term", where, required=True)
        key = fold(term)
        if term.strip() and not key:
            c.add(f"{where}.term", "empty_term", value=term)
        elif key in seen:
            c.add(f"{where}.term", "duplicate", value=term, first=seen[key])
        elif key:
            seen[key] = i
        category = c.choice(t, "category", where, CATEGORIES)
        c.choice(t, "severity", where, SEVERITIES)
        for j, rule in enumerate(c.texts(t, "rules", where, required=True)):
            if rule_ids and rule not in rule_ids:
                c.add(f"{where}.rules[{j}]", "unknown_rule", value=rule)
        for name in ("gloss_en", "condition_zh"):
            c.text(t, name, where)
        for name in ("alt_zh", "alt_en"):
            c.texts(t, name, where)
        c.day(t, "effective_from", where)
        _context(c, t.get("context", {}), f"{where}.context", key)
        _check(c, t, where, category, term)


def _context(c: _Checker, ctx, where: str, key: str) -> None:
    if not isinstance(ctx, dict):
        c.add(where, "not_an_object", value=type(ctx).__name__)
        return
    c.keys(ctx, CONTEXT_KEYS, where)
    for j, phrase in enumerate(c.texts(ctx, "allow", where)):
        if key and key not in fold(phrase):
            c.add(f"{where}.allow[{j}]", "allow_without_term", value=phrase)
    for name in ("not_after", "not_before"):
        for j, word in enumerate(c.texts(ctx, name, where)):
            if not fold(word):
                c.add(f"{where}.{name}[{j}]", "empty_term", value=word)


def _check(c: _Checker, t: dict, where: str, category: str, term: str) -> None:
    check = t.get("check", "")
    if check and check not in CHECKS:
        c.add(f"{where}.check", "bad_choice", value=check, choices=list(CHECKS))
    cert = t.get("certificate", "")
    if check == "certificate" and cert not in CERTIFICATE_KINDS:
        c.add(f"{where}.certificate", "required" if not cert else "bad_choice", value=cert,
              choices=list(CERTIFICATE_KINDS))
    elif cert and check != "certificate":
        c.add(f"{where}.certificate", "certificate_without_check", value=cert)
    claim = t.get("claim", "")
    if claim and claim not in claims.CLAIM_CODES:
        c.add(f"{where}.claim", "unknown_claim", value=claim)
    if (check == "nutrition" or category == "NUTR") and not claim and _is_text(term) \
            and claims.claim_for_term(fold(term)) is None:
        c.add(f"{where}.claim", "unknown_claim", value=term)
