"""The main window's catalogue actions: new product, delete with confirmation, sections, UI scale."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QApplication, QMenu, QMessageBox

from .. import metrics
from .. import settings as config
from ..editor.editor import SECTIONS, translated as section_title


class CatalogueActions(QObject):
    """Owns the actions; ``window`` is the MainWindow (its table, editor, settings and context)."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.new_action = QAction(window, objectName="newProductAction")
        self.new_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_action.triggered.connect(self.new_product)
        self.delete_action = QAction(window, objectName="deleteProductAction")
        self.delete_action.setShortcut(QKeySequence.StandardKey.Delete)
        # Only while the list has focus: Delete in a text field deletes text.
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        window.table.addAction(self.delete_action)
        self.delete_action.triggered.connect(self.delete_product)
        self.section_menu = QMenu(window, objectName="sectionMenu")
        self.section_actions = []
        for row, _ in enumerate(SECTIONS):
            action = QAction(window, objectName=f"sectionAction{row + 1}")
            if row < 10:  # Ctrl+1 … Ctrl+9, then Ctrl+0 for the tenth
                action.setShortcut(QKeySequence(f"Ctrl+{(row + 1) % 10}"))
            action.triggered.connect(lambda _=False, r=row: window.editor.sections.setCurrentRow(r))
            self.section_menu.addAction(action)
            self.section_actions.append(action)
        self.section_menu.addSeparator()
        self.next_section = QAction(window, objectName="nextSectionAction")
        self.next_section.setShortcut(QKeySequence("Ctrl+PgDown"))
        self.next_section.triggered.connect(lambda: window.editor.step_section(+1))
        self.previous_section = QAction(window, objectName="previousSectionAction")
        self.previous_section.setShortcut(QKeySequence("Ctrl+PgUp"))
        self.previous_section.triggered.connect(lambda: window.editor.step_section(-1))
        self.section_menu.addActions([self.next_section, self.previous_section])
        window.addActions(self.section_actions + [self.next_section, self.previous_section])
        window.table.horizontalHeader().customContextMenuRequested.connect(self.column_menu)
        self.scale_menu = QMenu(window, objectName="scaleMenu")
        self.scale_group = QActionGroup(self)
        current = window.settings.get(config.UI_SCALE)
        for percent in metrics.UI_SCALES:
            action = QAction(f"{percent} %", window, checkable=True, objectName=f"scale{percent}")
            action.setData(percent)
            action.setChecked(percent == current)
            action.triggered.connect(lambda _=False, p=percent: self.set_scale(p))
            self.scale_group.addAction(action)
            self.scale_menu.addAction(action)

    def retranslate(self) -> None:
        self.new_action.setText(self.tr("&New product…"))
        self.new_action.setStatusTip(self.tr("Add a product to the catalogue (Ctrl+N)"))
        self.delete_action.setText(self.tr("&Delete product…"))
        self.section_menu.setTitle(self.tr("Product &section"))
        for action, (_, title, _, _) in zip(self.section_actions, SECTIONS):
            action.setText(section_title(title))
        self.next_section.setText(self.tr("Next section"))
        self.previous_section.setText(self.tr("Previous section"))
        self.scale_menu.setTitle(self.tr("UI &scale"))

    # --- actions --------------------------------------------------------------------------------
    def new_product(self) -> None:
        window = self.window
        if window.context is None:
            return
        from ..editor.new_product import NewProductDialog

        dialog = NewProductDialog(window.context, window)
        if dialog.exec() and dialog.created_sku:
            window.search.clear()
            window.select_sku(dialog.created_sku)
            window.editor.set_section("basics")
            window.editor.panel("basics").widgets["name_zh"].setFocus()

    def delete_product(self) -> None:
        window = self.window
        sku = window.current_sku()
        if window.context is None or sku is None:
            return
        name = window.model.row_data(window.model.row_of(sku))["name_zh"]
        answer = QMessageBox.question(
            window, self.tr("Delete product"),
            self.tr("Delete “%1” (%2) with its stock and price history?\n\nEdit > Undo brings it back.")
            .replace("%1", name).replace("%2", sku),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel)
        if answer != QMessageBox.StandardButton.Yes:
            return
        from ...core.errors import VillageCastError
        from ..commands import RemoveProduct

        try:
            window.context.execute(RemoveProduct(window.context, sku, self.tr("Delete %1").replace("%1", name)))
        except VillageCastError as exc:
            self.show_error_for(exc)

    def set_scale(self, percent: int) -> None:
        """Make every text ``percent`` % of the normal size, now and at the next start."""
        from ..app import apply_font

        window = self.window
        window.settings.set(config.UI_SCALE, percent)
        apply_font(QApplication.instance(), window.settings.get(config.FONT_POINT_SIZE), percent)
        QApplication.sendPostedEvents()  # widgets take the new font from a posted event: let them have it now
        for action in self.scale_group.actions():
            action.setChecked(action.data() == percent)
        window.rescale()

    def column_menu(self, position) -> None:
        """Right-click on the list header: show or hide columns (the name column always shows)."""
        from ..models.product_list import Column

        header = self.window.table.horizontalHeader()
        menu = QMenu(self.window)
        for column in Column:
            action = menu.addAction(str(self.window.model.headerData(column, Qt.Orientation.Horizontal)))
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(column))
            action.setEnabled(column != Column.NAME)
            action.toggled.connect(lambda on, c=column: header.setSectionHidden(c, not on))
        menu.exec(header.mapToGlobal(position))

    # --- errors ---------------------------------------------------------------------------------
    def show_error(self, text: str) -> None:
        QMessageBox.warning(self.window, self.tr("VillageCast could not save"), text)

    def show_error_for(self, exc: BaseException) -> None:
        from ... import messages

        self.show_error(messages.describe_error(exc))
