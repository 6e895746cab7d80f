"""Rule packs: the checklist and the risky-term list as data (format in docs/compliance.md).

A pack is one JSON document. ``parse_pack`` validates it whole (``pack_check``) and refuses it
with every reason; ``pack_to_data`` / ``dumps_pack`` write the same format back, so an
exported pack imports unchanged and the shipped pack is byte-identical to its own export.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from typing import Any

from ... import paths
from ..errors import Issue, VillageCastError

FORMAT = "villagecast-rule-pack"
VERSION = 1
PHASES = ("before", "during", "after", "always")
SEVERITIES = ("block", "warn")
CATEGORIES = ("ABS", "MED", "HEALTH", "NUTR", "NATURAL", "CERT", "AUTH", "GUAR", "PRICE", "SCARCE",
              "DATA", "DISP", "MINOR", "DIVERT", "SUPER", "AFTER")
# Product-aware checks a term can ask for (product_checks.py); "certificate" needs ``certificate``.
CHECKS = ("certificate", "scarcity_count", "scarcity", "limit", "reference_price", "nutrition", "returns")
VERIFIED = ("V", "S", "M")  # how well the legal source was checked (reference/compliance.md legend)
DEFAULT_PACK = "default_pack.json"


class PackError(VillageCastError):
    """A rule pack refused whole; ``issues`` names every reason (codes and field paths)."""

    code = "bad_rule_pack"

    def __init__(self, issues: list[Issue]):
        self.issues = list(issues)
        super().__init__("bad_rule_pack")
        self.args = ("; ".join(f"{i.field}:{i.code}" for i in self.issues),)


@dataclass(frozen=True)
class ChecklistItem:
    """One rule of the checklist; upcoming (not enforced) until ``effective_from``."""

    id: str
    phases: tuple[str, ...]
    text_zh: str
    text_en: str
    source: str  # the citation as the pack's authors wrote it (Chinese law names, English notes)
    effective_from: str  # ISO date
    severity: str  # "block": a legal duty; "warn": good practice or a source not fully verified
    verified: str = "V"
    source_zh: str = ""  # the same citation entirely in Chinese, for the Chinese UI (optional)

    def in_force(self, day: date) -> bool:
        return date.fromisoformat(self.effective_from) <= day

    def in_phase(self, phase: str) -> bool:
        """True for items of ``phase`` and for "always" items."""
        return phase in self.phases or "always" in self.phases


@dataclass(frozen=True)
class Context:
    """When a term is ordinary language: inside an ``allow`` phrase, or right after/before given words."""

    allow: tuple[str, ...] = ()
    not_after: tuple[str, ...] = ()
    not_before: tuple[str, ...] = ()


@dataclass(frozen=True)
class Term:
    """One risky wording with its category, severity, rules and the compliant alternative."""

    term: str
    category: str
    severity: str
    rules: tuple[str, ...]
    gloss_en: str = ""
    alt_zh: tuple[str, ...] = ()  # replacements, best first; empty = remove or reword
    alt_en: tuple[str, ...] = ()
    condition_zh: str = ""  # when the wording is lawful (warn terms)
    context: Context = field(default_factory=Context)
    check: str = ""  # a product-aware check (CHECKS)
    certificate: str = ""  # Certificate.kind that makes the term lawful (check "certificate")
    claim: str = ""  # core.claims code for English nutrition words (Chinese ones are looked up)
    effective_from: str = ""


@dataclass(frozen=True)
class RulePack:
    """A validated pack."""

    id: str
    name_zh: str
    name_en: str
    updated: str
    checklist: tuple[ChecklistItem, ...]
    terms: tuple[Term, ...]
    negations: tuple[str, ...] = ()
    negatable: tuple[str, ...] = ()  # categories whose terms are quiet right after a negation

    def item(self, rule_id: str) -> ChecklistItem | None:
        return next((i for i in self.checklist if i.id == rule_id), None)

    def upcoming(self, day: date) -> list[ChecklistItem]:
        return [i for i in self.checklist if not i.in_force(day)]


# --- to and from data ------------------------------------------------------------------------
TERM_KEYS = ("term", "gloss_en", "category", "severity", "rules", "alt_zh", "alt_en", "condition_zh",
             "context", "check", "certificate", "claim", "effective_from")
ITEM_KEYS = ("id", "phases", "severity", "effective_from", "verified", "text_zh", "text_en", "source", "source_zh")
CONTEXT_KEYS = ("allow", "not_after", "not_before")
PACK_KEYS = ("format", "version", "id", "name_zh", "name_en", "updated", "negations", "checklist", "terms")


def _term_from(d: dict) -> Term:
    ctx = d.get("context") or {}
    return Term(
        term=d["term"], category=d["category"], severity=d["severity"], rules=tuple(d["rules"]),
        gloss_en=d.get("gloss_en", ""), alt_zh=tuple(d.get("alt_zh", ())), alt_en=tuple(d.get("alt_en", ())),
        condition_zh=d.get("condition_zh", ""),
        context=Context(*(tuple(ctx.get(k, ())) for k in CONTEXT_KEYS)),
        check=d.get("check", ""), certificate=d.get("certificate", ""), claim=d.get("claim", ""),
        effective_from=d.get("effective_from", ""))


def build_pack(data: dict) -> RulePack:
    """A RulePack from data that ``pack_check.validate_pack`` found clean."""
    neg = data.get("negations") or {}
    return RulePack(
        id=data["id"], name_zh=data["name_zh"], name_en=data.get("name_en", ""), updated=data["updated"],
        checklist=tuple(ChecklistItem(
            id=i["id"], phases=tuple(i["phases"]), text_zh=i["text_zh"], text_en=i.get("text_en", ""),
            source=i["source"], effective_from=i["effective_from"], severity=i["severity"],
            verified=i.get("verified", "V"), source_zh=i.get("source_zh", "")) for i in data["checklist"]),
        terms=tuple(_term_from(t) for t in data["terms"]),
        negations=tuple(neg.get("words", ())), negatable=tuple(neg.get("categories", ())))


def parse_pack(data: Any) -> RulePack:
    """Validate ``data`` (a parsed JSON document) and return the pack; PackError with every reason."""
    from .pack_check import validate_pack

    issues = validate_pack(data)
    if issues:
        raise PackError(issues)
    return build_pack(data)


def loads_pack(text: str) -> RulePack:
    """A pack from JSON text; malformed JSON is a PackError too (code ``bad_json``)."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise PackError([Issue("", "bad_json", {"line": exc.lineno, "column": exc.colno, "reason": exc.msg})]) from None
    except (ValueError, RecursionError) as exc:  # a number of over 4,300 digits; arrays nested too deeply
        reason = "nested too deeply" if isinstance(exc, RecursionError) else str(exc)[:80]
        raise PackError([Issue("", "bad_json", {"line": 0, "column": 0, "reason": reason})]) from None
    return parse_pack(data)


def _term_data(t: Term) -> dict:
    out: dict[str, Any] = {"term": t.term}
    if t.gloss_en:
        out["gloss_en"] = t.gloss_en
    out.update(category=t.category, severity=t.severity, rules=list(t.rules))
    for key in ("alt_zh", "alt_en"):
        if getattr(t, key):
            out[key] = list(getattr(t, key))
    ctx = {k: list(getattr(t.context, k)) for k in CONTEXT_KEYS if getattr(t.context, k)}
    for key, value in (("condition_zh", t.condition_zh), ("context", ctx), ("check", t.check),
                       ("certificate", t.certificate), ("claim", t.claim), ("effective_from", t.effective_from)):
        if value:
            out[key] = value
    return out


def pack_to_data(pack: RulePack) -> dict:
    """The pack as JSON-ready data; optional keys holding their default are left out."""
    return {
        "format": FORMAT, "version": VERSION, "id": pack.id, "name_zh": pack.name_zh, "name_en": pack.name_en,
        "updated": pack.updated,
        "negations": {"words": list(pack.negations), "categories": list(pack.negatable)},
        "checklist": [_item_data(i) for i in pack.checklist],
        "terms": [_term_data(t) for t in pack.terms],
    }


def _item_data(i: ChecklistItem) -> dict:
    data = {"id": i.id, "phases": list(i.phases), "severity": i.severity, "effective_from": i.effective_from,
            "verified": i.verified, "text_zh": i.text_zh, "text_en": i.text_en, "source": i.source}
    if i.source_zh:
        data["source_zh"] = i.source_zh
    return data


def _line(value) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(", ", ": "))


def dumps_pack(pack: RulePack) -> str:
    """The pack as JSON text: one checklist item or term per line, so a diff shows what a trainer changed."""
    data = pack_to_data(pack)
    head = [f'  "{k}": {_line(data[k])},' for k in PACK_KEYS[:-2]]
    items = ",\n".join(f"    {_line(i)}" for i in data["checklist"])
    terms = ",\n".join(f"    {_line(t)}" for t in data["terms"])
    return "{\n" + "\n".join(head) + f'\n  "checklist": [\n{items}\n  ],\n  "terms": [\n{terms}\n  ]\n}}\n'


def default_pack_path():
    return paths.assets_dir() / "compliance" / DEFAULT_PACK


@cache
def default_pack() -> RulePack:
    """The pack VillageCast ships (assets/compliance/default_pack.json), validated once."""
    return loads_pack(default_pack_path().read_text(encoding="utf-8"))
