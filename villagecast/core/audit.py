"""The selection review: is a product approved for broadcast? (Zhejiang selection standard, compliance SEL-02.)

The ledger is a list of ``AuditEntry`` lines. Each of the five steps counts by its latest line
(latest date; on the same date, the one recorded later). A product is approved only when every
step's latest line passed, the final approval is dated on or after every other step, and the
talking points are still the ones the selling-point review saw.
"""

from __future__ import annotations

from dataclasses import dataclass

from .product import AUDIT_STEPS, AuditEntry, Product, TalkingPoint

APPROVED, NOT_APPROVED = "approved", "not_approved"


def points_digest(points: list[TalkingPoint]) -> str:
    """A short fingerprint of the talking points (kind and text, in order) a selling-point review saw."""
    import hashlib  # here: hashlib and json cost ~10 ms of start-up, and a digest is only needed on save
    import json

    payload = json.dumps([[t.kind, t.text] for t in points], ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True)
class StepState:
    """One step of the review as it stands: its latest ledger line, or None when it was never done."""

    step: str
    state: str  # "passed" | "failed" | "missing"
    entry: AuditEntry | None = None


@dataclass(frozen=True)
class Review:
    """The outcome: ``status`` (approved / not_approved), each step's state and why it is not approved."""

    status: str
    steps: tuple[StepState, ...]
    reasons: tuple[tuple[str, dict], ...] = ()

    @property
    def approved(self) -> bool:
        return self.status == APPROVED


def latest_entries(entries: list[AuditEntry]) -> dict[str, AuditEntry]:
    """Each step's deciding line: the latest date, ties going to the line recorded later."""
    latest: dict[str, tuple[tuple[str, int], AuditEntry]] = {}
    for position, entry in enumerate(entries):
        key = (entry.date or "", position)
        if entry.step not in latest or key >= latest[entry.step][0]:
            latest[entry.step] = (key, entry)
    return {step: entry for step, (_, entry) in latest.items()}


def review(p: Product) -> Review:
    """Judge ``p``'s ledger; the reasons are codes with parameters, in step order."""
    latest = latest_entries(p.audit)
    steps, reasons = [], []
    for step in AUDIT_STEPS:
        entry = latest.get(step)
        state = "missing" if entry is None else entry.result
        steps.append(StepState(step, state, entry))
        if entry is None:
            reasons.append(("step_missing", {"step": step}))
        elif entry.result != "passed":
            reasons.append(("step_failed", {"step": step, "date": entry.date, "reviewer": entry.reviewer}))
    final = latest.get("final_approval")
    if final is not None and final.result == "passed":
        for step in AUDIT_STEPS[:-1]:
            entry = latest.get(step)
            if entry is not None and entry.result == "passed" and entry.date > final.date:
                reasons.append(("approval_before_step", {"step": step, "date": entry.date,
                                                         "approved": final.date}))
    selling = latest.get("selling_point_review")
    if selling is not None and selling.result == "passed" and selling.points_digest != points_digest(
            p.talking_points):
        reasons.append(("points_changed", {"date": selling.date}))
    return Review(NOT_APPROVED if reasons else APPROVED, tuple(steps), tuple(reasons))
