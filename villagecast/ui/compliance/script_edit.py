"""The script editor: findings marked live as the anchor types, tooltips, and one-click replace.

Every edit starts a 0-ms single-shot timer, so a paste or a burst of typing is scanned once when the
event loop is next idle (a 5,000-character scan takes ~3 ms). A replacement is one step of the
editor's own undo (Ctrl+Z in the editor), not of the app's.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QFocusEvent, QKeySequence, QTextCursor
from PySide6.QtWidgets import QMenu, QPlainTextEdit, QToolTip

from .highlighter import FindingHighlighter, Span
from .words import Offsets, alternatives, finding_heading, finding_tooltip


class ScriptEdit(QPlainTextEdit):
    """Plain text with findings of ``hub.check`` marked; ``product`` is the ProductContext (None = free script).

    ``scanned(result)`` after every scan; ``left()`` when focus leaves for another widget (save then).
    """

    scanned = Signal(object)
    left = Signal()

    def __init__(self, hub, parent=None):
        super().__init__(parent)
        self.hub = hub
        self.product = None
        self.result = None
        self._scanned_text: str | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.rescan)
        # Connected before the highlighter exists, so marks move with an edit before it re-highlights.
        self.document().contentsChange.connect(self._on_change)
        self.highlighter = FindingHighlighter(self.document())
        self.setTabChangesFocus(True)
        self.setObjectName("scriptEdit")
        self.fix_action = QAction(self, objectName="scriptFixAction")
        self.fix_action.setShortcut(QKeySequence("Ctrl+."))
        self.fix_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.fix_action.triggered.connect(self.show_fix_menu)
        self.addAction(self.fix_action)

    # --- scanning -----------------------------------------------------------------------------
    def load(self, text: str, product) -> None:
        """Show ``text`` (a new script: the editor's undo history starts again), checked against ``product``."""
        self.product = product
        self._scanned_text = None
        self.setPlainText(text)
        self.rescan()

    def set_product(self, product) -> None:
        """New product facts (stock, price, certificates changed): check again."""
        self.product = product
        self.rescan(force=True)

    def _on_change(self, position: int, removed: int, added: int) -> None:
        self.highlighter.shift(position, removed, added)
        self._timer.start()

    def rescan(self, force: bool = False) -> None:
        """Check the text now (skipped when it did not change since the last scan, unless ``force``)."""
        self._timer.stop()
        text = self.toPlainText()
        if text == self._scanned_text and not force:
            return
        self._scanned_text = text
        self.result = self.hub.check(text, self.product)
        offsets = Offsets(text)
        self.highlighter.set_spans([Span(offsets.to_qt(f.start), offsets.to_qt(f.end), f.severity, f)
                                    for f in self.result.findings])
        self.scanned.emit(self.result)

    def span_of(self, finding) -> Span | None:
        return next((s for s in self.highlighter.spans if s.finding is finding), None)

    def span_at(self, position: int, before: bool = True) -> Span | None:
        """The mark over the character at ``position`` (or, with ``before``, the one just before it)."""
        span = self.highlighter.span_at(position)
        if span is None and before and position > 0:
            span = self.highlighter.span_at(position - 1)
        return span

    # --- replacing ----------------------------------------------------------------------------
    def select_finding(self, finding) -> None:
        """Select the finding's wording and scroll to it."""
        self.rescan()
        span = self.span_of(finding)
        if span is None:
            return
        cursor = QTextCursor(self.document())
        cursor.setPosition(span.start)
        cursor.setPosition(span.end, QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)
        self.ensureCursorVisible()

    def replace_finding(self, finding, text: str) -> bool:
        """Put ``text`` in place of the finding's wording, as one step of the editor's undo."""
        self.rescan()
        span = self.span_of(finding) or next(
            (s for s in self.highlighter.spans if (s.start, s.end) == (finding.start, finding.end)), None)
        if span is None:
            return False
        cursor = QTextCursor(self.document())
        cursor.beginEditBlock()
        cursor.setPosition(span.start)
        cursor.setPosition(span.end, QTextCursor.MoveMode.KeepAnchor)
        cursor.insertText(text)
        cursor.endEditBlock()
        self.setTextCursor(cursor)
        self.rescan()
        return True

    def finding_menu(self, finding, menu: QMenu | None = None) -> QMenu:
        """The replace actions for ``finding`` (added at the top of ``menu`` when given)."""
        own = menu is None
        menu = QMenu(self) if own else menu
        first = None if own or not menu.actions() else menu.actions()[0]
        title = QAction(f"\u201c{finding.text}\u201d \u2014 {finding_heading(finding)}", menu)
        title.setEnabled(False)
        actions = [title]
        for alt in alternatives(finding, self.hub):
            action = QAction(self.tr("Say \u201c%1\u201d instead").replace("%1", alt), menu)
            action.setData(alt)
            action.triggered.connect(lambda _=False, f=finding, t=alt: self.replace_finding(f, t))
            actions.append(action)
        drop = QAction(self.tr("Leave \u201c%1\u201d out").replace("%1", finding.text), menu)
        drop.setData("")
        drop.triggered.connect(lambda _=False, f=finding: self.replace_finding(f, ""))
        actions.append(drop)
        menu.insertActions(first, actions)
        if not own:
            menu.insertSeparator(first)
        return menu

    def fix_target(self):
        """The finding Ctrl+. acts on: the one at the cursor, else the next one after it, else the first."""
        self.rescan()
        spans = self.highlighter.spans
        if not spans:
            return None
        cursor = self.textCursor()
        span = self.span_at(cursor.selectionStart()) if cursor.hasSelection() else self.span_at(cursor.position())
        if span is None:
            span = next((s for s in spans if s.start >= cursor.position()), spans[0])
        return span.finding

    def show_fix_menu(self) -> None:
        finding = self.fix_target()
        if finding is None:
            QToolTip.showText(self.viewport().mapToGlobal(self.cursorRect().bottomLeft()),
                              self.tr("Nothing to change here."), self)
            return
        self.select_finding(finding)
        self.finding_menu(finding).exec(self.viewport().mapToGlobal(self.cursorRect().bottomLeft()))

    # --- events -------------------------------------------------------------------------------
    def _span_under(self, pos: QPoint) -> Span | None:
        """The mark under a viewport point (not when the point is beside the text)."""
        cursor = self.cursorForPosition(pos)
        rect = self.cursorRect(cursor)
        if not (rect.top() <= pos.y() <= rect.bottom()):
            return None
        em = self.fontMetrics().horizontalAdvance("\u4e2d")
        if abs(rect.x() - pos.x()) > em:
            return None
        position = cursor.position()
        if pos.x() < rect.x() and position > 0:
            position -= 1  # the character left of the nearest boundary is under the pointer
        return self.highlighter.span_at(position)

    def viewportEvent(self, event) -> bool:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.ToolTip:
            span = self._span_under(event.pos())
            if span is not None:
                QToolTip.showText(event.globalPos(), finding_tooltip(span.finding, self.hub), self.viewport())
            else:
                QToolTip.hideText()
            return True
        return super().viewportEvent(event)

    def contextMenuEvent(self, event) -> None:  # noqa: N802 (Qt override)
        self.rescan()
        menu = self.createStandardContextMenu(event.pos())
        if event.reason() == event.Reason.Keyboard:
            span = self.span_at(self.textCursor().position())
        else:
            span = self._span_under(event.pos())
        if span is not None:
            self.finding_menu(span.finding, menu)
        menu.exec(event.globalPos())
        menu.deleteLater()

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 (Qt override)
        super().focusOutEvent(event)
        if event.reason() != Qt.FocusReason.PopupFocusReason:
            self.left.emit()
