"""Every run-sheet write of the window, each one undo step on the app stack (``commands.execute``): sheets (new,
rename, delete), segments (add opening / product / closing, remove, duplicate, move, to and from the 返场 queue,
title, planned time, script). Also the handler the segment tables call for edits and drops.

A refused write shows the core's reason above the lists; adding a product the selection review has not approved
is done and its warning shown there in amber.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QInputDialog, QLineEdit

from ... import broadcast_messages as words
from ...core.broadcast.sessions import MAX_TITLE_CHARS
from ...core.errors import VillageCastError
from .commands import execute


class SheetActions(QObject):
    """Writes for ``tab`` (a ``sheet_tab.SheetTab``): the QActions, and ``move_segment`` / ``edit_segment``."""

    def __init__(self, tab):
        super().__init__(tab)
        self.tab = tab
        self.book = tab.book
        self.sheets = tab.book.sheets
        window = Qt.ShortcutContext.WidgetWithChildrenShortcut
        self.new_sheet_action = self._action("newSheetAction", "Ctrl+N", self.new_sheet, window)
        self.rename_sheet_action = self._action("renameSheetAction", None, self.rename_sheet, window)
        self.delete_sheet_action = self._action("deleteSheetAction", None, self.delete_sheet, window)
        self.opening_action = self._action("addOpeningAction", None, self.add_opening, window)
        self.product_action = self._action("addProductAction", "Ctrl+Shift+A", tab.focus_adder, window)
        self.closing_action = self._action("addClosingAction", None, self.add_closing, window)
        lists = Qt.ShortcutContext.WidgetShortcut  # in the script editor these keys edit text
        self.remove_action = self._action("removeSegmentAction", "Delete", self.remove, lists)
        self.duplicate_action = self._action("duplicateSegmentAction", "Ctrl+D", self.duplicate, lists)
        self.up_action = self._action("moveUpAction", "Ctrl+Up", self.move_up, lists)
        self.down_action = self._action("moveDownAction", "Ctrl+Down", self.move_down, lists)
        self.queue_action = self._action("toggleQueueAction", "Ctrl+R", self.toggle_queue, lists)
        self.segment_actions = [self.up_action, self.down_action, self.queue_action, self.duplicate_action,
                                self.remove_action]
        for view in tab.views():
            view.addActions(self.segment_actions)
        tab.addActions([self.new_sheet_action, self.product_action])

    def _action(self, name, keys, slot, context) -> QAction:
        action = QAction(self.tab, objectName=name)
        if keys:
            action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(context)
        action.triggered.connect(lambda: slot())
        return action

    def retranslate(self) -> None:
        self.new_sheet_action.setText(self.tr("&New run sheet\u2026"))
        self.rename_sheet_action.setText(self.tr("Rena&me run sheet\u2026"))
        self.delete_sheet_action.setText(self.tr("Delete run sheet"))
        self.opening_action.setText(self.tr("Add &opening"))
        self.product_action.setText(self.tr("Add &product\u2026"))
        self.closing_action.setText(self.tr("Add c&losing"))
        self.remove_action.setText(self.tr("&Remove segment"))
        self.duplicate_action.setText(self.tr("D&uplicate segment"))
        self.up_action.setText(self.tr("Move &up"))
        self.down_action.setText(self.tr("Move do&wn"))
        self.queue_action.setText(self.tr("Move to or from the re-feature &queue"))
        shown = (self.tr("Up"), self.tr("Down"), self.tr("\u21c4 Re-feature"), self.tr("Duplicate"),
                 self.tr("Remove"))
        tips = (self.tr("Move the segment up (Ctrl+Up); the top of the re-feature queue goes to the end of the run "
                        "sheet"),
                self.tr("Move the segment down (Ctrl+Down); the end of the run sheet goes to the re-feature queue"),
                self.tr("Move the segment to the re-feature (\u8fd4\u573a) queue, or back (Ctrl+R). You can also drag "
                        "rows between the lists."),
                self.tr("A copy of the segment right after it (Ctrl+D)"),
                self.tr("Remove the segment (Delete; Ctrl+Z brings it back)"))
        for action, text, tip in zip(self.segment_actions, shown, tips):
            action.setIconText(text)  # the buttons under the lists; menus show the full text
            action.setToolTip(tip)

    # --- running one write ---------------------------------------------------------------------------
    def _run(self, text: str, write, select=True):
        """Execute ``write`` as one undo step; shows a refusal or the warnings; selects what it touched."""
        with self.tab.quiet():
            self.tab.save_script()
            try:
                command = execute(self.book, text, write)
            except VillageCastError as exc:
                self.tab.show_notice(words.describe_error(exc), error=True)
                return None
            if command is None:
                return None
            edit = command.edit
            if select:
                self.tab.show_sheet(edit.sheet_id, edit.segment_id)
            self.tab.show_notice("\n".join(words.describe_issue(w) for w in command.warnings))
        return command

    def refuse(self, text: str) -> None:
        self.tab.show_notice(text, error=True)

    @staticmethod
    def _short(title: str) -> str:
        return title if len(title) <= 24 else title[:23] + "\u2026"

    # --- sheets --------------------------------------------------------------------------------------
    def _ask_title(self, caption: str, start: str) -> str | None:
        title, ok = QInputDialog.getText(self.tab, caption, self.tr("Title:"), QLineEdit.EchoMode.Normal, start)
        return title.strip()[:MAX_TITLE_CHARS] if ok and title.strip() else None

    def new_sheet(self, title: str | None = None):
        if title is None:
            title = self._ask_title(self.tr("New run sheet"),
                                    self.tr("Run sheet %1").replace("%1", date.today().isoformat()))
            if title is None:
                return None
        return self._run(self.tr("New run sheet \u201c%1\u201d").replace("%1", self._short(title)),
                         lambda: self.sheets.create(title))

    def rename_sheet(self, title: str | None = None):
        sheet = self.tab.sheet
        if sheet is None:
            return None
        if title is None:
            title = self._ask_title(self.tr("Rename run sheet"), sheet.title)
            if title is None:
                return None
        sheet_id = sheet.id
        return self._run(self.tr("Rename run sheet \u201c%1\u201d").replace("%1", self._short(sheet.title)),
                         lambda: self.sheets.rename(sheet_id, title))

    def delete_sheet(self):
        sheet = self.tab.sheet
        if sheet is None:
            return None
        sheet_id = sheet.id
        command = self._run(self.tr("Delete run sheet \u201c%1\u201d").replace("%1", self._short(sheet.title)),
                            lambda: self.sheets.delete(sheet_id), select=False)
        if command is not None:
            self.tab.show_sheet(None)
            self.tab.show_notice(self.tr("Run sheet \u201c%1\u201d deleted. Ctrl+Z brings it back.").replace(
                "%1", sheet.title))
        return command

    # --- adding ----------------------------------------------------------------------------------------
    def add_opening(self):
        sheet = self._sheet_or_new()
        if sheet is None:
            return None
        title = self.tr("Opening")
        return self._run(self.tr("Add opening"),
                         lambda: self.sheets.add_segment(sheet.id, "opening", title, queue="main", index=0))

    def add_closing(self):
        sheet = self._sheet_or_new()
        if sheet is None:
            return None
        title = self.tr("Closing")
        return self._run(self.tr("Add closing"), lambda: self.sheets.add_segment(sheet.id, "closing", title))

    def add_product(self, sku: str):
        """After the selected segment (of its list); nothing selected: before the closing of the main list."""
        sheet = self._sheet_or_new()
        if sheet is None:
            return None
        current = self.tab.current_segment()
        if current is not None:
            queue, index = current.queue, current.position + 1
        else:
            closings = [s.position for s in sheet.main if s.kind == "closing"]
            queue, index = "main", closings[0] if closings else len(sheet.main)
        return self._run(self.tr("Add product %1").replace("%1", sku),
                         lambda: self.sheets.add_product(sheet.id, sku, queue=queue, index=index))

    def _sheet_or_new(self):
        """The sheet shown; with none yet, a new one named after today (its own undo step)."""
        if self.tab.sheet is None:
            self.new_sheet(self.tr("Run sheet %1").replace("%1", date.today().isoformat()))
        return self.tab.sheet

    # --- segments --------------------------------------------------------------------------------------
    def remove(self):
        s = self.tab.current_segment()
        if s is None:
            return None
        command = self._run(self.tr("Remove \u201c%1\u201d").replace("%1", self._short(s.title)),
                            lambda: self.sheets.remove_segment(s.id), select=False)
        if command is not None:
            self.tab.select_near(s.queue, s.position)
        return command

    def duplicate(self):
        s = self.tab.current_segment()
        if s is None:
            return None
        return self._run(self.tr("Duplicate \u201c%1\u201d").replace("%1", self._short(s.title)),
                         lambda: self.sheets.duplicate(s.id))

    def move_up(self):
        """Up in its list; from the top of the 返场 queue to the end of the main list."""
        s = self.tab.current_segment()
        if s is None:
            return None
        if s.position == 0 and s.queue == "refeature":
            return self._move(s, 10 ** 9, "main")
        return self._move(s, s.position - 1, s.queue) if s.position > 0 else None

    def move_down(self):
        """Down in its list; from the end of the main list to the top of the 返场 queue."""
        s = self.tab.current_segment()
        if s is None:
            return None
        last = len(self.tab.sheet.main) - 1
        if s.queue == "main" and s.position >= last:
            return self._move(s, 0, "refeature")
        return self._move(s, s.position + 1, s.queue)

    def toggle_queue(self):
        s = self.tab.current_segment()
        if s is None:
            return None
        return self._move(s, 10 ** 9, "main" if s.queue == "refeature" else "refeature")

    def _move(self, s, index: int, queue: str):
        if queue == s.queue:
            text = self.tr("Move \u201c%1\u201d")
        elif queue == "refeature":
            text = self.tr("Move \u201c%1\u201d to the re-feature queue")
        else:
            text = self.tr("Move \u201c%1\u201d back to the run sheet")
        return self._run(text.replace("%1", self._short(s.title)),
                         lambda: self.sheets.move_segment(s.id, index, queue))

    def move_segment(self, segment_id: int, index: int, queue: str) -> bool:
        """A drop or a ``moveRows`` of a segment table: True when it was moved."""
        sheet = self.tab.sheet
        s = next((x for x in sheet.segments if x.id == segment_id), None) if sheet is not None else None
        if s is None:
            self.refuse(words.describe_error(VillageCastError("segment_not_found")))
            return False
        return self._move(s, index, queue) is not None

    def edit_segment(self, segment_id: int, field: str, value) -> bool:
        """The title or the planned time typed in a table cell: True when stored."""
        sheet = self.tab.sheet
        s = next((x for x in sheet.segments if x.id == segment_id), None) if sheet is not None else None
        if s is None:
            return False
        if field == "title":
            text = self.tr("Rename \u201c%1\u201d").replace("%1", self._short(s.title))
            command = self._run(text, lambda: self.sheets.set_title(segment_id, value))
        else:
            text = self.tr("Planned time of \u201c%1\u201d").replace("%1", self._short(s.title))
            command = self._run(text, lambda: self.sheets.set_duration(segment_id, value))
        return command is not None

    def save_script(self, segment, text: str) -> bool:
        """Store ``text`` as ``segment``'s script; False (and the reason shown) when refused."""
        label = self.tr("Edit script of \u201c%1\u201d").replace("%1", self._short(segment.title))
        try:
            execute(self.book, label, lambda: self.sheets.set_script(segment.id, text))
        except VillageCastError as exc:
            self.tab.show_notice(words.describe_error(exc), error=True)
            return False
        return True
