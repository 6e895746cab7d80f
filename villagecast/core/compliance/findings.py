"""What the scanner reports: findings with offsets into the original text, and the result of one check."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any


@dataclass(slots=True)
class Finding:
    """One problem in a script.

    ``start``/``end`` are character offsets in the original text (``text == script[start:end]``).
    ``explanation`` is a code with ``params`` (compliance_messages words it); ``suggestion_zh`` /
    ``suggestion_en`` the compliant alternative ("" = remove or reword); ``note_zh`` when the
    wording would be lawful. (Not frozen: thousands are made per second while an anchor types.)
    """

    start: int
    end: int
    text: str
    category: str
    severity: str  # "block" | "warn"
    rule: str
    explanation: str
    params: dict[str, Any] = field(default_factory=dict)
    suggestion_zh: str = ""
    suggestion_en: str = ""
    note_zh: str = ""
    term: str = ""  # the pack term that matched ("" for placeholder findings)
    rules: tuple[str, ...] = ()

    @property
    def suggestion(self) -> str:
        """The alternative in the script's language: English for an English wording when there is one."""
        if self.suggestion_en and self.text.isascii():
            return self.suggestion_en
        return self.suggestion_zh

    @property
    def is_block(self) -> bool:
        return self.severity == "block"

    def to_json(self) -> dict:
        """The shape ``villagecast check --json`` prints (issue 5)."""
        return {"start": self.start, "end": self.end, "text": self.text, "category": self.category,
                "severity": self.severity, "rule": self.rule, "suggestion": self.suggestion}


@dataclass(frozen=True)
class Result:
    """The findings of one script; ``upcoming`` are findings of rules not yet in force (not enforced)."""

    findings: tuple[Finding, ...]
    upcoming: tuple[Finding, ...] = ()
    product_checked: bool = False  # False: no product given, product-aware checks skipped
    sku: str | None = None
    pack_id: str = ""
    day: date | None = None
    length: int = 0

    @property
    def blocks(self) -> list[Finding]:
        return [f for f in self.findings if f.is_block]

    @property
    def warnings(self) -> list[Finding]:
        return [f for f in self.findings if not f.is_block]

    @property
    def has_block(self) -> bool:
        return any(f.is_block for f in self.findings)

    def summary(self) -> dict:
        """Counts and what was checked, for JSON output."""
        return {"block": len(self.blocks), "warn": len(self.warnings), "upcoming": len(self.upcoming),
                "product_checks": "done" if self.product_checked else "skipped", "sku": self.sku,
                "pack": self.pack_id, "day": self.day.isoformat() if self.day else None,
                "characters": self.length}
