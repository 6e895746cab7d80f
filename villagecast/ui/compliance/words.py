"""Small helpers the compliance views share: UI language, offsets, alternatives, finding text."""

from __future__ import annotations

import bisect
import html
from itertools import accumulate

from PySide6.QtCore import QCoreApplication, QLocale

from ...compliance_messages import category_name, describe_finding, severity_name


def chinese_ui() -> bool:
    """True when the interface speaks Chinese (the checklist then shows ``text_zh``)."""
    return QLocale().language() == QLocale.Language.Chinese


def pack_name(pack) -> str:
    """The pack's name in the UI language."""
    return (pack.name_zh if chinese_ui() else pack.name_en) or pack.name_zh or pack.id


def item_text(item) -> str:
    """A checklist item in the UI language (the other one when that text is empty)."""
    if chinese_ui():
        return item.text_zh or item.text_en
    return item.text_en or item.text_zh


def item_source(item) -> str:
    """A checklist item's legal source: entirely Chinese in the Chinese UI when the pack has it, else as cited."""
    if chinese_ui() and item.source_zh:
        return item.source_zh
    return item.source


class Offsets:
    """Python string indexes (code points) to Qt document positions (UTF-16 units) and back.

    The scanner counts code points; QTextDocument counts UTF-16 units, so an emoji before a finding
    shifts every later position by one.
    """

    def __init__(self, text: str):
        self.identity = text.isascii() or max(text) < "\U00010000"
        self._units = None if self.identity else [0, *accumulate(2 if ord(c) > 0xFFFF else 1 for c in text)]

    def to_qt(self, index: int) -> int:
        return index if self.identity else self._units[index]

    def to_py(self, position: int) -> int:
        if self.identity:
            return position
        return bisect.bisect_right(self._units, position) - 1


def alternatives(finding, hub) -> list[str]:
    """Compliant wordings for ``finding``, best first: its own suggestion, then the pack term's others."""
    english = finding.text.isascii()
    found = [finding.suggestion] if finding.suggestion else []
    term = hub.term(finding.term) if finding.term else None
    if term is not None:
        found += list(term.alt_en if english and term.alt_en else term.alt_zh)
    out = []
    for text in found:
        if text and text != finding.text and text not in out:
            out.append(text)
    return out


def finding_heading(finding) -> str:
    """"Must change · Absolute claim · AD-01"."""
    return " \u00b7 ".join(x for x in (severity_name(finding.severity), category_name(finding.category),
                                       finding.rule) if x)


def finding_tooltip(finding, hub) -> str:
    """Rich text for the tooltip over a marked wording: why, and what to say instead."""
    alts = alternatives(finding, hub)
    lines = [f"<b>\u201c{html.escape(finding.text)}\u201d</b> \u2014 {html.escape(finding_heading(finding))}",
             html.escape(describe_finding(finding))]
    if alts:
        lines.append(html.escape(QCoreApplication.translate("ComplianceWindow", "Instead: %1").replace(
            "%1", " / ".join(alts[:3]))))
    else:
        lines.append(html.escape(QCoreApplication.translate(
            "ComplianceWindow", "Instead: leave it out or say only what you can prove.")))
    if finding.note_zh:
        lines.append(html.escape(QCoreApplication.translate("ComplianceWindow", "Allowed only when: %1").replace(
            "%1", finding.note_zh)))
    lines.append("<i>" + html.escape(QCoreApplication.translate(
        "ComplianceWindow", "Right-click or press Ctrl+. to replace it.")) + "</i>")
    return "<p>" + "<br>".join(lines) + "</p>"
