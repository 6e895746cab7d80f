"""Compliance over a whole run sheet: every segment's script checked, product-aware for product segments.

Besides the scanner's findings, a product segment gets notes (``Issue`` codes, severity warning):
``not_approved`` (the selection review as it stands now, with its reasons) and ``product_missing`` (the SKU
is no longer in the catalogue; its script is then checked without product facts).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from .. import audit
from ..compliance import RulePack, check_script, default_pack
from ..compliance.findings import Result
from ..errors import Issue
from .fill import product_context
from .runsheet_model import RunSheet, not_approved_warning


@dataclass(frozen=True)
class SegmentCheck:
    """The check of one segment: ``index`` in the sheet (main list, then 返场), its result and notes."""

    index: int
    segment_id: int | None
    kind: str
    sku: str | None
    result: Result
    notes: tuple[Issue, ...] = ()

    @property
    def has_block(self) -> bool:
        return self.result.has_block


def check_segment(index: int, segment_id, kind: str, sku: str | None, script: str, catalogue,
                  pack: RulePack, day: date, on_hand: int | None = None) -> SegmentCheck:
    """One segment; ``on_hand`` overrides the stock the product checks compare with (a past show)."""
    notes: list[Issue] = []
    context = product_context(catalogue, sku, day, on_hand) if kind == "product" else None
    if kind == "product" and sku:
        if context is None:
            notes.append(Issue("sku", "product_missing", {"sku": sku}, severity="warning"))
        else:
            review = audit.review(context.product)
            if not review.approved:
                notes.append(not_approved_warning(sku, review.reasons))
    return SegmentCheck(index, segment_id, kind, sku, check_script(script, context, pack, day), tuple(notes))


def check_sheet(sheet: RunSheet, catalogue, pack: RulePack | None = None, day: date | None = None
                ) -> list[SegmentCheck]:
    """Every segment of ``sheet`` in order (main list, then the 返场 queue)."""
    pack = pack or default_pack()
    day = day or date.today()
    return [check_segment(i, s.id, s.kind, s.sku, s.script, catalogue, pack, day)
            for i, s in enumerate(sheet.segments)]


def blocks(checks: list[SegmentCheck]) -> int:
    """How many findings block, over all segments."""
    return sum(len(c.result.blocks) for c in checks)
