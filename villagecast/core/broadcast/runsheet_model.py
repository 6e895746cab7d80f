"""The run sheet as data: segments (kind, title, SKU, planned seconds, script, queue, place), sheets, the ``Edit``
every write returns, and the checks a segment must pass. ``runsheet.RunSheets`` does the writes.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..errors import Issue, NotFound
from .sessions import MAX_SCRIPT_CHARS, MAX_TITLE_CHARS

KINDS = ("opening", "product", "closing")
QUEUES = ("main", "refeature")  # refeature: the 返场 queue
DEFAULT_PLANNED_S = {"opening": 120, "product": 300, "closing": 120}
MAX_PLANNED_S = 6 * 3600
ASPECT = "runsheets"  # the Changes aspect a window refreshes on


@dataclass
class Segment:
    kind: str
    title: str
    sku: str | None = None
    planned_s: int = 0
    script: str = ""
    queue: str = "main"
    position: int = 0
    unapproved: list = field(default_factory=list)  # review reasons [[code, params], …] when added unapproved
    sheet_id: int | None = None
    id: int | None = None


@dataclass
class RunSheet:
    title: str
    created_at: str
    updated_at: str
    segments: list[Segment] = field(default_factory=list)  # the main list in order, then the 返场 queue
    id: int | None = None

    @property
    def main(self) -> list[Segment]:
        return [s for s in self.segments if s.queue == "main"]

    @property
    def refeature(self) -> list[Segment]:
        return [s for s in self.segments if s.queue == "refeature"]

    @property
    def planned_s(self) -> int:
        """Planned length of the main list (the 返场 queue is extra time)."""
        return sum(s.planned_s for s in self.main)

    def segment(self, segment_id: int) -> Segment:
        for s in self.segments:
            if s.id == segment_id:
                return s
        raise NotFound("segment_not_found", id=segment_id)


@dataclass
class Edit:
    """One write: the sheet and segment it touched, warnings, and the call that undoes it."""

    sheet_id: int
    segment_id: int | None
    inverse: tuple[str, dict]
    warnings: list[Issue] = field(default_factory=list)
    aspects: frozenset = frozenset({ASPECT})


def validate_segment(s: Segment) -> list[Issue]:
    issues = []
    if s.kind not in KINDS:
        issues.append(Issue("kind", "bad_choice", {"value": s.kind, "choices": KINDS}))
    if s.queue not in QUEUES:
        issues.append(Issue("queue", "bad_choice", {"value": s.queue, "choices": QUEUES}))
    if not (s.title or "").strip():
        issues.append(Issue("title", "required"))
    elif len(s.title) > MAX_TITLE_CHARS:
        issues.append(Issue("title", "too_long", {"limit": MAX_TITLE_CHARS}))
    if len(s.script or "") > MAX_SCRIPT_CHARS:
        issues.append(Issue("script", "too_long", {"limit": MAX_SCRIPT_CHARS}))
    if isinstance(s.planned_s, bool) or not isinstance(s.planned_s, int):
        issues.append(Issue("planned_s", "not_an_integer", {"value": s.planned_s}))
    elif not 0 <= s.planned_s <= MAX_PLANNED_S:
        issues.append(Issue("planned_s", "out_of_range", {"value": s.planned_s, "min": 0, "max": MAX_PLANNED_S}))
    if s.kind == "product" and not s.sku:
        issues.append(Issue("sku", "required"))
    if s.kind in ("opening", "closing") and s.sku:
        issues.append(Issue("sku", "not_for_kind", {"kind": s.kind}))
    return issues


def not_approved_warning(sku: str, reasons) -> Issue:
    return Issue("sku", "not_approved", {"sku": sku, "reasons": [list(r) for r in reasons]}, severity="warning")
