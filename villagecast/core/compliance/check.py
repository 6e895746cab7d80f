"""Checking one script: placeholders filled, text normalised, terms matched, product checks applied.

Offsets in every finding are offsets into the script exactly as given.
"""

from __future__ import annotations

from datetime import date

from . import placeholders
from .findings import Finding, Result
from .normalise import normalise
from .pack import RulePack, default_pack
from .product_checks import KEEP, QUIET, ProductContext, Verdict, judge
from .scanner import Match, scanner_for

PLACEHOLDER_RULE = "SEL-06"  # a script is reviewed before air: what the teleprompter shows must be complete
STRICT_PLACEHOLDERS = ("reference_price",)  # no value = no lawful 原价 (PRICE-02): a block, not a warning


def check_script(text: str, context: ProductContext | None = None, pack: RulePack | None = None,
                 day: date | None = None) -> Result:
    """Every finding in ``text``. Without ``context`` the product-aware checks are skipped (``product_checked``
    is False); rules not in force on ``day`` (default: the context's today, else today) go to ``upcoming``."""
    pack = pack or default_pack()
    day = day or (context.today if context else date.today())
    scanner = scanner_for(pack)
    found = placeholders.find(text)
    filled, segments = placeholders.fill(text, found, context.values() if context else None)
    norm = normalise(filled)
    findings: list[Finding] = _placeholder_findings(text, found, context, pack)
    upcoming: list[Finding] = []
    ends = [s[1] for s in segments]
    in_force: dict[int, bool] = {}
    for m in scanner.matches(norm.text, norm.repeats):
        start, end = norm.span(m.start, m.end)
        if segments:
            start, end = placeholders.to_original(start, end, segments, ends)
        finding = _finding(m, text[start:end], start, end, norm.text, context)
        if finding is not None:
            key = id(m.entry)
            if key not in in_force:
                in_force[key] = scanner.in_force(m.entry, day)
            (findings if in_force[key] else upcoming).append(finding)
    return Result(tuple(sorted(findings, key=_order)), tuple(sorted(upcoming, key=_order)),
                  product_checked=context is not None, sku=context.product.sku if context else None,
                  pack_id=pack.id, day=day, length=len(text))


def _order(f: Finding) -> tuple[int, int]:
    return f.start, f.end


def _finding(m: Match, text: str, start: int, end: int, norm: str, context: ProductContext | None) -> Finding | None:
    term = m.entry.term
    verdict: Verdict | str = KEEP
    if context is not None:
        verdict = judge(m, text, norm, context)
    elif m.entry.check == "returns":
        verdict = QUIET  # nothing to compare a spoken return promise with
    if verdict == QUIET:
        return None
    e = m.entry
    zh, en = e.alt_zh, e.alt_en
    if isinstance(verdict, Verdict):
        severity, explanation, params = verdict.severity, verdict.explanation, verdict.params
        zh = zh if verdict.suggestion_zh is None else verdict.suggestion_zh
        en = en if verdict.suggestion_en is None else verdict.suggestion_en
    else:
        severity, explanation = term.severity, e.explanation
        params = {"term": text}
        if m.number is not None:
            params["number"] = m.number
    return Finding(start, end, text, term.category, severity, term.rules[0], explanation, params,
                   suggestion_zh=zh, suggestion_en=en, note_zh=term.condition_zh, term=term.term, rules=term.rules)


def _placeholder_findings(text: str, found, context: ProductContext | None, pack: RulePack) -> list[Finding]:
    rule = PLACEHOLDER_RULE if pack.item(PLACEHOLDER_RULE) else ""
    out = []
    values = context.values() if context else {}
    for ph in found:
        span = text[ph.start:ph.end]
        if ph.key is None:
            out.append(Finding(ph.start, ph.end, span, "SCRIPT", "block", rule, "placeholder_unknown",
                               {"name": ph.name, "known": sorted(placeholders.NAMES)}, rules=(rule,)))
        elif context is not None and values.get(ph.key) is None:
            severity = "block" if ph.key in STRICT_PLACEHOLDERS else "warn"
            out.append(Finding(ph.start, ph.end, span, "SCRIPT", severity, rule, "placeholder_no_value",
                               {"name": ph.name, "value": ph.key}, rules=(rule,)))
    return out
