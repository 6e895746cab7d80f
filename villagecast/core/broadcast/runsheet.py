"""Run sheets (排品 / 直播脚本): ordered segments — opening, one per product, closing — and a 返场 queue.

Each segment has a kind, a title, a SKU (product segments), a planned duration in seconds and a script
with placeholders ({价格} {库存} {产地} {原价} …, filled by ``fill.py``). Every write is one transaction and
returns an ``Edit``: what it touched, any warning, and ``inverse``, the call that undoes it
(``RunSheets.revert(edit)`` runs it and returns the edit that redoes it). Adding a product that the
selection review has not approved is allowed; the edit then carries a ``not_approved`` warning with the
review's reasons, and the segment keeps those reasons (``Segment.unapproved``).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Callable

from .. import audit
from ..errors import Issue, NotFound, ValidationError
from .clock import iso, utc_now
from .runsheet_model import (ASPECT, DEFAULT_PLANNED_S, KINDS, MAX_PLANNED_S, QUEUES, Edit, RunSheet,  # noqa: F401
                             Segment, not_approved_warning, validate_segment)
from .sessions import MAX_TITLE_CHARS


class RunSheets:
    """Run sheets over ``storage.runsheet_repo.RunSheetRepository``; ``catalogue`` answers product questions."""

    def __init__(self, repo, catalogue, clock: Callable = utc_now):
        self.repo = repo
        self.catalogue = catalogue
        self.clock = clock

    def _now(self) -> str:
        return iso(self.clock())

    # --- reading ------------------------------------------------------------------------------
    def sheets(self) -> list[RunSheet]:
        """Every sheet, newest first, with its segments."""
        return self.repo.sheets()

    def sheet(self, sheet_id: int) -> RunSheet:
        found = self.repo.sheet(sheet_id)
        if found is None:
            raise NotFound("sheet_not_found", id=sheet_id)
        return found

    # --- sheets -------------------------------------------------------------------------------
    def create(self, title: str) -> Edit:
        title = _title(title)
        now = self._now()
        with self.repo.transaction():
            sheet_id = self.repo.insert_sheet(RunSheet(title, now, now))
        return Edit(sheet_id, None, ("delete", {"sheet_id": sheet_id}))

    def rename(self, sheet_id: int, title: str) -> Edit:
        title = _title(title)
        with self.repo.transaction():
            old = self.sheet(sheet_id)
            self.repo.update_sheet(sheet_id, title, self._now())
        return Edit(sheet_id, None, ("rename", {"sheet_id": sheet_id, "title": old.title}))

    def delete(self, sheet_id: int) -> Edit:
        with self.repo.transaction():
            old = self.sheet(sheet_id)
            self.repo.delete_sheet(sheet_id)
        return Edit(sheet_id, None, ("restore_sheet", {"sheet": old}))

    def restore_sheet(self, sheet: RunSheet) -> Edit:
        """Undo of ``delete``: the sheet and its segments back under their ids."""
        with self.repo.transaction():
            self.repo.insert_sheet(sheet)
            for s in sheet.segments:
                self.repo.insert_segment(s, self.repo.product_id(s.sku) if s.sku else None)
        return Edit(sheet.id, None, ("delete", {"sheet_id": sheet.id}))

    # --- segments -----------------------------------------------------------------------------
    def add_segment(self, sheet_id: int, kind: str, title: str | None = None, sku: str | None = None,
                    planned_s: int | None = None, script: str | None = None, queue: str = "main",
                    index: int | None = None) -> Edit:
        """Add a segment at ``index`` of ``queue`` (default: the end). A product segment takes its title from
        the product name and its script from the product's first stored script unless given."""
        warnings: list[Issue] = []
        unapproved: list = []
        if kind == "product" and sku:
            product = self.catalogue.get(sku)  # NotFound for an unknown SKU
            title = title if title is not None else product.name_zh
            if script is None:
                script = self.repo.first_script(sku) or ""
            review = audit.review(product)
            if not review.approved:
                unapproved = [list(r) for r in review.reasons]
                warnings.append(not_approved_warning(sku, review.reasons))
        seg = Segment(kind, (title or "").strip(), sku or None,
                      DEFAULT_PLANNED_S.get(kind, 0) if planned_s is None else planned_s, script or "", queue,
                      unapproved=unapproved, sheet_id=sheet_id)
        _check(seg)
        with self.repo.transaction():
            sheet = self.sheet(sheet_id)
            seg.id = self.repo.insert_segment(seg, self.repo.product_id(sku) if sku else None)
            order = [s.id for s in sheet.segments if s.queue == queue]
            order.insert(_index(index, len(order)), seg.id)
            self._write_order(sheet_id, queue, order)
        return Edit(sheet_id, seg.id, ("remove_segment", {"segment_id": seg.id}), warnings)

    def add_product(self, sheet_id: int, sku: str, **options) -> Edit:
        return self.add_segment(sheet_id, "product", sku=sku, **options)

    def remove_segment(self, segment_id: int) -> Edit:
        with self.repo.transaction():
            seg = self._segment(segment_id)
            sheet = self.sheet(seg.sheet_id)
            self.repo.delete_segment(segment_id)
            self._write_order(seg.sheet_id, seg.queue,
                              [s.id for s in sheet.segments if s.queue == seg.queue and s.id != segment_id])
        return Edit(seg.sheet_id, None, ("restore_segment", {"segment": seg}))

    def restore_segment(self, segment: Segment) -> Edit:
        """Undo of ``remove_segment``: the segment back at its place, under its id."""
        with self.repo.transaction():
            sheet = self.sheet(segment.sheet_id)
            self.repo.insert_segment(segment, self.repo.product_id(segment.sku) if segment.sku else None)
            order = [s.id for s in sheet.segments if s.queue == segment.queue]
            order.insert(_index(segment.position, len(order)), segment.id)
            self._write_order(segment.sheet_id, segment.queue, order)
        return Edit(segment.sheet_id, segment.id, ("remove_segment", {"segment_id": segment.id}))

    def move_segment(self, segment_id: int, index: int, queue: str | None = None) -> Edit | None:
        """Move to ``index`` of ``queue`` (default: its own); None when it is already there (nothing written)."""
        with self.repo.transaction():
            seg = self._segment(segment_id)
            queue = queue or seg.queue
            if queue not in QUEUES:
                raise ValidationError([Issue("queue", "bad_choice", {"value": queue, "choices": QUEUES})])
            sheet = self.sheet(seg.sheet_id)
            target = [s.id for s in sheet.segments if s.queue == queue and s.id != segment_id]
            index = _index(index, len(target))
            if queue == seg.queue and index == seg.position:
                return None
            target.insert(index, segment_id)
            if queue != seg.queue:
                self.repo.set_queue(segment_id, queue)
                self._write_order(seg.sheet_id, seg.queue,
                                  [s.id for s in sheet.segments if s.queue == seg.queue and s.id != segment_id])
            self._write_order(seg.sheet_id, queue, target)
        return Edit(seg.sheet_id, segment_id,
                    ("move_segment", {"segment_id": segment_id, "index": seg.position, "queue": seg.queue}))

    def move_up(self, segment_id: int) -> Edit | None:
        seg = self._segment(segment_id)
        return None if seg.position == 0 else self.move_segment(segment_id, seg.position - 1)

    def move_down(self, segment_id: int) -> Edit | None:
        return self.move_segment(segment_id, self._segment(segment_id).position + 1)

    def to_refeature(self, segment_id: int, index: int | None = None) -> Edit | None:
        """Into the 返场 queue (default: its end)."""
        return self.move_segment(segment_id, 10 ** 9 if index is None else index, "refeature")

    def to_main(self, segment_id: int, index: int | None = None) -> Edit | None:
        return self.move_segment(segment_id, 10 ** 9 if index is None else index, "main")

    def duplicate(self, segment_id: int) -> Edit:
        """A copy right after the segment, in the same queue."""
        seg = self._segment(segment_id)
        copy = replace(seg, id=None, unapproved=list(seg.unapproved))
        with self.repo.transaction():
            sheet = self.sheet(seg.sheet_id)
            copy.id = self.repo.insert_segment(copy, self.repo.product_id(seg.sku) if seg.sku else None)
            order = [s.id for s in sheet.segments if s.queue == seg.queue]
            order.insert(seg.position + 1, copy.id)
            self._write_order(seg.sheet_id, seg.queue, order)
        return Edit(seg.sheet_id, copy.id, ("remove_segment", {"segment_id": copy.id}))

    def set_script(self, segment_id: int, text: str) -> Edit:
        return self.update_segment(segment_id, {"script": text or ""})

    def set_duration(self, segment_id: int, seconds: int) -> Edit:
        return self.update_segment(segment_id, {"planned_s": seconds})

    def set_title(self, segment_id: int, title: str) -> Edit:
        return self.update_segment(segment_id, {"title": (title or "").strip()})

    def update_segment(self, segment_id: int, values: dict) -> Edit:
        """Change ``script``, ``planned_s`` and/or ``title``; the inverse puts the old values back."""
        unknown = set(values) - {"script", "planned_s", "title"}
        if unknown:
            raise ValidationError([Issue(name, "unknown_field", {"value": name}) for name in sorted(unknown)])
        with self.repo.transaction():
            seg = self._segment(segment_id)
            old = {name: getattr(seg, name) for name in values}
            new = replace(seg, **values)
            _check(new)
            self.repo.update_segment(new)
            self.repo.touch(seg.sheet_id, self._now())
        return Edit(seg.sheet_id, segment_id, ("update_segment", {"segment_id": segment_id, "values": old}))

    # --- undo ---------------------------------------------------------------------------------
    _INVERSES = ("delete", "rename", "restore_sheet", "remove_segment", "restore_segment", "move_segment",
                 "update_segment")

    def revert(self, edit: Edit) -> Edit:
        """Run ``edit.inverse``; returns the edit that redoes what it undid."""
        name, params = edit.inverse
        if name not in self._INVERSES:
            raise ValueError(name)
        back = getattr(self, name)(**params)
        return back if back is not None else Edit(edit.sheet_id, edit.segment_id, edit.inverse)

    # --- helpers ------------------------------------------------------------------------------
    def _segment(self, segment_id: int) -> Segment:
        seg = self.repo.segment(segment_id)
        if seg is None:
            raise NotFound("segment_not_found", id=segment_id)
        return seg

    def _write_order(self, sheet_id: int, queue: str, ids: list[int]) -> None:
        self.repo.set_order(ids)
        self.repo.touch(sheet_id, self._now())


def _title(title: str) -> str:
    title = (title or "").strip()
    if not title:
        raise ValidationError([Issue("title", "required")])
    if len(title) > MAX_TITLE_CHARS:
        raise ValidationError([Issue("title", "too_long", {"limit": MAX_TITLE_CHARS})])
    return title


def _check(seg: Segment) -> None:
    issues = validate_segment(seg)
    if issues:
        raise ValidationError(issues)


def _index(index: int | None, length: int) -> int:
    if index is None:
        return length
    return max(0, min(int(index), length))
