"""Script placeholders as the prompter shows them: live values for {价格} {库存} {产地} {原价} {品名}.

The placeholders are found by ``core.compliance.placeholders`` (the one parser) and valued by
``ProductContext.values`` (the one set of values the compliance check uses), so what the anchor reads is
what was checked. A placeholder without a value stays as written, so a missing price is seen, not hidden.
"""

from __future__ import annotations

from datetime import date

from ..compliance import placeholders
from ..compliance.product_checks import ProductContext
from ..errors import NotFound


def product_context(catalogue, sku: str | None, day: date | None = None, on_hand: int | None = None
                    ) -> ProductContext | None:
    """The product facts of ``sku`` (None for a free segment or a product that no longer exists)."""
    if not sku:
        return None
    try:
        product = catalogue.get(sku)
    except NotFound:
        return None
    day = day or date.today()
    stock = catalogue.on_hand(sku) if on_hand is None else on_hand
    return ProductContext(product, stock, catalogue.reference_price(sku, day), day)


def values(catalogue, sku: str | None, day: date | None = None) -> dict[str, str | None]:
    """Placeholder values of ``sku`` now: keys ``price`` ``stock`` ``origin`` ``reference_price`` ``name``."""
    context = product_context(catalogue, sku, day)
    return context.values() if context else {}


def runs(text: str, vals: dict[str, str | None]) -> list:
    """``text`` as runs: plain strings and ``(key, value)`` pairs for filled placeholders.

    A prompter re-renders only the ``(key, value)`` runs when a price or the stock changes.
    """
    out: list = []
    pos = 0
    for ph in placeholders.find(text):
        value = vals.get(ph.key) if ph.key else None
        if value is None:
            continue  # kept as written, inside the next plain run
        if ph.start > pos:
            out.append(text[pos:ph.start])
        out.append((ph.key, value))
        pos = ph.end
    if pos < len(text):
        out.append(text[pos:])
    return out


def filled(text: str, vals: dict[str, str | None]) -> str:
    """``text`` with every placeholder that has a value replaced by it."""
    return "".join(r if isinstance(r, str) else r[1] for r in runs(text, vals))
