"""Product-aware checks: a claim judged against the product being sold (pure data, no database).

Each check returns a ``Verdict`` (the finding the claim becomes), ``QUIET`` (the product proves the
claim: no finding) or ``KEEP`` (the product cannot decide it: the term's own severity stands).
Suggestions are script text (Chinese, English where there is one), not interface words.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from .. import claims, nutrition
from ..money import format_fen
from ..product import Product
from .normalise import fold
from .scanner import Match

KEEP = "keep"
QUIET = "quiet"
SUGAR_CLAIMS = ("sugar_free", "low_sugar")
ALWAYS_SUGARY = ("honey",)  # categories whose sugar content rules out 无糖 / 低糖 (reference D.6)
RETURN_NEGATIONS = tuple(fold(w) for w in (
    "不支持", "不适用", "不享受", "不参与", "不提供", "不接受", "不能", "不可", "不可以", "没有", "无法", "不办理", "不",
    "not", "no", "don't offer", "do not offer", "doesn't", "does not", "not eligible for"))


@dataclass(frozen=True)
class ProductContext:
    """The product a script is about, with the facts the catalogue computes for it."""

    product: Product
    on_hand: int
    reference_price_fen: int | None  # the 7-day reference price (core.pricing); None: no lawful 原价
    today: date

    def values(self) -> dict[str, str | None]:
        """Placeholder values: prices as yuan text (``format_fen``), stock, origin, name."""
        p = self.product
        return {"price": format_fen(p.live_price_fen) or None, "stock": str(self.on_hand),
                "origin": p.origin_text or None, "reference_price": format_fen(self.reference_price_fen) or None,
                "name": p.name_zh or None}


@dataclass(frozen=True)
class Verdict:
    severity: str
    explanation: str
    params: dict[str, Any] = field(default_factory=dict)
    suggestion_zh: str | None = None  # None: the term's own alternative
    suggestion_en: str | None = None


def judge(m: Match, text: str, norm: str, ctx: ProductContext) -> Verdict | str:
    """What the claim ``m`` (``text`` as written) is for this product."""
    e = m.entry
    if e.term.category == "MED":
        return Verdict("block", "disease_claim_food", {"term": text})
    check = {"certificate": _certificate, "scarcity_count": _scarcity_count, "scarcity": _scarcity,
             "limit": _limit, "reference_price": _reference_price, "nutrition": _nutrition,
             "returns": _returns}.get(e.check)
    return check(m, text, norm, ctx) if check else KEEP


def _certificate(m: Match, text: str, norm: str, ctx: ProductContext) -> Verdict | str:
    kind = m.entry.term.certificate
    held = [c for c in ctx.product.certificates if c.kind == kind]
    if any(c.is_valid_on(ctx.today) for c in held):
        return QUIET
    if not held:
        return Verdict("block", "certificate_missing", {"term": text, "kind": kind})
    latest = max(held, key=lambda c: c.valid_to or "9999-12-31")
    status = latest.status_on(ctx.today)
    code = "certificate_not_yet_valid" if status == "not_yet_valid" else "certificate_expired"
    return Verdict("block", code, {"term": text, "kind": kind, "number": latest.number,
                                   "valid_from": latest.valid_from, "valid_to": latest.valid_to})


def _stock_suggestion(on_hand: int) -> tuple[str, str]:
    return f"现在库存还有{on_hand}件", f"{on_hand} in stock right now"


def _scarcity_count(m: Match, text: str, norm: str, ctx: ProductContext) -> Verdict | str:
    if m.number is None:
        return _scarcity(m, text, norm, ctx)
    if ctx.on_hand > m.number:
        zh, en = _stock_suggestion(ctx.on_hand)
        return Verdict("block", "scarcity_count_false", {"claimed": m.number, "on_hand": ctx.on_hand}, zh, en)
    return QUIET


def _scarcity(m: Match, text: str, norm: str, ctx: ProductContext) -> Verdict | str:
    threshold = ctx.product.low_stock_threshold
    if ctx.on_hand > threshold:
        zh, en = _stock_suggestion(ctx.on_hand)
        return Verdict("block", "scarcity_not_low", {"term": text, "on_hand": ctx.on_hand, "threshold": threshold},
                       zh, en)
    return QUIET


def _limit(m: Match, text: str, norm: str, ctx: ProductContext) -> Verdict | str:
    if m.number is None:
        return KEEP
    if m.number > ctx.on_hand:
        return Verdict("block", "limit_above_stock", {"claimed": m.number, "on_hand": ctx.on_hand},
                       f"本场限量{ctx.on_hand}份", f"limited to {ctx.on_hand} this session")
    return QUIET


def _reference_price(m: Match, text: str, norm: str, ctx: ProductContext) -> Verdict | str:
    ref = ctx.reference_price_fen
    if ref is None:
        return Verdict("block", "reference_price_none", {"claimed": m.number}, "", "")
    zh, en = f"原价{format_fen(ref)}元", f"original price {format_fen(ref)} yuan"
    if m.number is None:
        return Verdict("warn", "reference_price_unstated", {"reference": ref}, zh, en)
    if m.number > ref:
        return Verdict("block", "reference_price_above", {"claimed": m.number, "reference": ref}, zh, en)
    return QUIET


def _nutrition(m: Match, text: str, norm: str, ctx: ProductContext) -> Verdict | str:
    code, p = m.entry.claim, ctx.product
    if not code:
        return KEEP
    if code in SUGAR_CLAIMS and p.category in ALWAYS_SUGARY:
        return Verdict("block", "nutrition_claim_sugary", {"term": text, "claim": code, "category": p.category}, "")
    try:
        r = claims.check(code, p.nutrition, p.nutrition_basis, nutrition.edition_for(ctx.today))
    except KeyError:  # a claim of the other GB 28050 edition only
        return KEEP
    if r.status == "allowed":
        return QUIET
    params = {"term": text, "claim": code, "nutrient": r.nutrient, "amount": r.amount, "threshold": r.threshold,
              "unit": r.unit, "limit": r.limit, "basis": p.nutrition_basis, "failed": list(r.failed)}
    if r.status == "no_data":
        return Verdict("warn", "nutrition_claim_no_data", params)
    return Verdict("block", "nutrition_claim_false", params, "")


def _says_no_returns(text: str) -> bool | None:
    """Whether the after-sales ``text`` offers no-reason returns (True), refuses them (False), or is silent."""
    folded = fold(text)
    at = folded.find("无理由")
    if at < 0:
        return None
    before = folded[max(0, at - 8):at]
    for number in ("七天", "7天", "七日", "7日"):
        before = before.removesuffix(number)
    return not before.endswith(RETURN_NEGATIONS)


def _returns(m: Match, text: str, norm: str, ctx: ProductContext) -> Verdict | str:
    before = norm[max(0, m.start - 8):m.start]
    promised = not before.endswith(RETURN_NEGATIONS)
    policy = _says_no_returns(ctx.product.after_sales)
    if policy is None:
        policy = not ctx.product.perishable  # the statutory default: fresh goods are exempt
    if promised and not policy:
        return Verdict("block", "return_promise_not_in_policy",
                       {"perishable": ctx.product.perishable, "policy": ctx.product.after_sales},
                       "生鲜商品不支持七天无理由退货，坏果按售后规则处理", "")
    if not promised and policy:
        return Verdict("warn", "return_denial_contradicts_policy", {"policy": ctx.product.after_sales},
                       "支持七天无理由退货", "")
    return QUIET
