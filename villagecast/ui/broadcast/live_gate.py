"""The pre-broadcast gate over the scripts a run sheet's segments use.

``ui.compliance.open_gate`` checks stored scripts (``Broadcasts.scripts()``, picked by id). A segment's script
is a copy taken when the segment was added and may have been edited in the run sheet since, so it is not
always a stored script. ``gate_scripts`` pairs each segment's script with the stored script of the same
product and text; the others become unsaved ``Script``s with negative ids, which the gate lists beside the
stored ones, checked, so what the anchor will read is what the gate checks and records.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ...core.broadcast.sessions import Script
from ..compliance.gate import open_gate


def _title(n: int, segment) -> str:
    return QCoreApplication.translate("LiveGate", "Run sheet %1: %2").replace("%1", str(n + 1)).replace(
        "%2", segment.title)


def gate_scripts(stored: list[Script], sheet) -> tuple[list[Script], list[Script]]:
    """(scripts of the show for the gate, the unsaved ones among them) for ``sheet``'s segments."""
    chosen: list[Script] = []
    unsaved: list[Script] = []
    for n, segment in enumerate(sheet.segments):
        text = segment.script or ""
        if not text.strip():
            continue
        sku = segment.sku if segment.kind == "product" else None
        match = next((s for s in stored if s.sku == sku and s.text == text), None)
        if match is None:
            match = Script(_title(n, segment), text, sku, id=-(n + 1))
            unsaved.append(match)
        if all(s.id != match.id for s in chosen):
            chosen.append(match)
    return chosen, unsaved


def run_gate(parent, services, session_id: int, sheet):
    """Show the gate for ``session_id`` over ``sheet``'s scripts; the Session once on air, else None."""
    hub = services.hub
    chosen, _unsaved = gate_scripts(hub.book.scripts(), sheet)
    return open_gate(parent, services.context, session_id, chosen, hub=hub)
