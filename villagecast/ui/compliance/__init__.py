"""Compliance in the window: script editor with live findings, the checklist per session, the pre-broadcast gate.

Entry points: ``show_compliance(window, context, settings, sku=None)`` (suggested shortcut ``SHORTCUT``,
Ctrl+Shift+K) and ``open_gate(parent, context, session_id, scripts=None)``.
"""

from .gate import GateDialog, open_gate
from .window import SHORTCUT, ComplianceWindow, show_compliance

__all__ = ["SHORTCUT", "ComplianceWindow", "GateDialog", "open_gate", "show_compliance"]
