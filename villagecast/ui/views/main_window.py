"""The main window: search and the product list beside the product editor. Wiring only; no data logic here."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (QAbstractItemView, QHeaderView, QLabel, QLineEdit, QMainWindow, QSplitter,
                               QTableView, QVBoxLayout, QWidget)

from ... import __version__
from ...core.catalogue import NON_PRODUCT_ASPECTS
from .. import metrics
from .. import settings as config
from ..context import AppContext
from ..editor.editor import ProductEditor
from ..models.product_list import Column, ProductListModel
from .product_table import ProductTable


class MainWindow(QMainWindow):
    """Opens on the catalogue: search box and product table on the left, every fact on the right."""

    def __init__(self, context: AppContext | None, settings: config.Settings, parent=None, *,
                 db_path: Path | None = None):
        """With ``context`` None the window can show (empty) before the database is open; ``attach`` fills it."""
        super().__init__(parent)
        self.context: AppContext | None = None
        self.settings = settings
        self._db_path = Path(db_path) if db_path is not None else None
        self._is_demo = False
        self.setObjectName("mainWindow")
        self.model = ProductListModel(None, self)
        self._build_widgets()
        self._build_actions()
        self._build_menus()
        self._connect()
        self.retranslate_ui()
        self._restore_settings()
        if context is not None:
            self.attach(context)

    def attach(self, context: AppContext, first_page: int | None = None, select_first: bool = True) -> None:
        """Show ``context``'s catalogue: rows, detail, undo and the change signal. Called once.

        Start-up passes ``first_page`` (only that many rows are read before the first paint; call
        ``model.load_rest()`` afterwards) and ``select_first=False`` (the detail pane fills after
        that paint, with ``select_sku``).
        """
        if self.context is not None:
            raise RuntimeError("MainWindow.attach() called twice")
        self.context = context
        self._db_path = context.db_path
        self._is_demo = context.is_demo
        self.editor.set_context(context)
        self.model.set_source(context, first_page)
        self.undo_action = context.undo_stack.createUndoAction(self)
        self.undo_action.setShortcuts(QKeySequence.StandardKey.Undo)
        self.redo_action = context.undo_stack.createRedoAction(self)
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        first = self.edit_menu.actions()[0] if self.edit_menu.actions() else None
        self.edit_menu.insertAction(first, self.undo_action)
        self.edit_menu.insertAction(first, self.redo_action)
        self.edit_menu.insertSeparator(first)
        context.signals.data_changed.connect(self.on_data_changed)
        context.signals.focus_product.connect(self.focus_product)
        context.signals.error.connect(self.actions.show_error)
        self._update_status()
        if select_first:
            self.select_sku(self.model.sku_at(0))

    # --- construction -------------------------------------------------------------------------
    def _build_widgets(self) -> None:
        self.search = QLineEdit(objectName="searchEdit")
        self.search.setClearButtonEnabled(True)
        self.table = self._build_table()
        self.editor = ProductEditor(self)
        self.detail = self.editor.detail  # the overview section: every fact, read-only
        left = QWidget(objectName="listPane")
        box = QVBoxLayout(left)
        box.setContentsMargins(6, 6, 0, 0)
        box.addWidget(self.search)
        box.addWidget(self.table)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, objectName="mainSplitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.editor)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.setCentralWidget(self.splitter)
        self.count_label = QLabel(objectName="countLabel")
        self.db_label = QLabel(objectName="databaseLabel")
        self.db_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.statusBar().addWidget(self.count_label)
        self.statusBar().addPermanentWidget(self.db_label)
        self.setMinimumSize(*metrics.MINIMUM_WINDOW_SIZE)

    def _build_table(self) -> QTableView:
        table = ProductTable(objectName="productTable")
        # A viewport made here, not by Qt: PySide finds the Python type of a C++-made viewport only
        # by loading every lazy QtWidgets class (~9 ms of start-up, before the first paint).
        table.setViewport(QWidget(objectName="productTableViewport"))
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move between rows
        table.setWordWrap(False)
        table.setCornerButtonEnabled(False)
        rows = table.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # uniform rows: fast at 10,000
        rows.setDefaultSectionSize(table.fontMetrics().height() + 10)
        header = table.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(Column.NAME, QHeaderView.ResizeMode.Stretch)  # spare width: long names
        header.setSectionHidden(Column.CATEGORY, True)  # room for names; right-click the header to show it
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self._size_columns(table)
        header.setSortIndicator(Column.SKU, Qt.SortOrder.AscendingOrder)
        table.setSortingEnabled(True)
        return table

    def rescale(self) -> None:
        """After the UI scale changed: row heights and column widths follow the new font."""
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 10)
        self._size_columns(self.table)
        self.editor.retranslate()  # section list width
        self.tools.rescale()

    def _size_columns(self, table: QTableView) -> None:
        """Widths from the font: enough "中" for typical content, never narrower than the header."""
        em = table.fontMetrics().horizontalAdvance("中")
        header = table.horizontalHeader()
        for column, ems in zip(Column, metrics.COLUMN_EMS):
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal) or "")
            needed = header.fontMetrics().horizontalAdvance(title) + metrics.HEADER_PADDING
            table.wanted_widths[column] = (max(int(ems * em), needed), max(int(3 * em), needed))
            table.setColumnWidth(column, table.wanted_widths[column][0])
        table.fit_columns()

    def _build_actions(self) -> None:
        self.quit_action = QAction(self, objectName="quitAction")
        self.quit_action.setShortcuts([QKeySequence("Ctrl+Q")])
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.find_action = QAction(self, objectName="findAction")
        self.find_action.setShortcuts(QKeySequence.StandardKey.Find)
        self.about_action = QAction(self, objectName="aboutAction")
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.clear_search_shortcut = QShortcut(QKeySequence(Qt.Key.Key_Escape), self.search,
                                               context=Qt.ShortcutContext.WidgetShortcut)
        from .catalogue_actions import CatalogueActions

        self.actions = CatalogueActions(self)
        from .tool_windows import ToolWindows

        self.tools = ToolWindows(self)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.file_menu.addAction(self.actions.new_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        from ..exchange import install_exchange_menu

        self.exchange = install_exchange_menu(self, self.file_menu, self.settings)
        self.edit_menu = bar.addMenu("")  # undo and redo join when a catalogue is attached
        self.edit_menu.addAction(self.actions.delete_action)
        self.view_menu = bar.addMenu("")
        self.view_menu.addAction(self.find_action)
        self.view_menu.addMenu(self.actions.section_menu)
        self.view_menu.addMenu(self.actions.scale_menu)
        self.tools.install(bar)
        self.help_menu = bar.addMenu("")
        self.help_menu.addAction(self.about_action)
        from ..help import install_help
        from .language_menu import install_language_menu
        from .trainer_actions import install_trainer_actions

        self.language = install_language_menu(self)
        self.trainer = install_trainer_actions(self)
        self.help_actions = install_help(self)

    def _connect(self) -> None:
        self.search.textChanged.connect(self._on_query_changed)
        self.search.returnPressed.connect(self.table.setFocus)
        self.clear_search_shortcut.activated.connect(self.search.clear)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_row_changed)
        self.model.modelReset.connect(self._update_status)
        self.quit_action.triggered.connect(self.close)
        self.find_action.triggered.connect(self.focus_search)
        self.about_action.triggered.connect(self.show_about)

    # --- text ---------------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        """Set every visible text; called again when the language changes."""
        self.setWindowTitle("VillageCast")
        self.search.setPlaceholderText(self.tr("Search name, SKU, origin or pinyin (e.g. ht)"))
        self.search.setToolTip(self.tr("Search as you type. Ctrl+F jumps here, Esc clears."))
        self.search.setAccessibleName(self.tr("Search products"))
        self.table.setAccessibleName(self.tr("Products"))
        self.file_menu.setTitle(self.tr("&File"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.view_menu.setTitle(self.tr("&View"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.quit_action.setText(self.tr("&Quit"))
        self.find_action.setText(self.tr("&Find product"))
        self.about_action.setText(self.tr("&About VillageCast"))
        self.actions.retranslate()
        self.tools.retranslate()
        self.exchange.retranslate()
        self.model.retranslate()
        self.editor.retranslate()
        self._update_status()

    def _update_status(self) -> None:
        if self.context is None:
            self.count_label.setText(self.tr("Opening the catalogue…"))
        elif self.model.query.strip():
            total, shown = self.model.total_count(), self.model.rowCount()
            self.count_label.setText(self.tr("%1 of %n product(s) match", None, total).replace("%1", str(shown)))
        else:
            self.count_label.setText(self.tr("%n product(s)", None, self.model.total_count()))
        path = str(self._db_path or "")
        self.db_label.setToolTip(path)
        if self._is_demo:
            self.db_label.setText("<b style='color:{}'>{}</b>".format(
                metrics.DEMO_COLOR, self.tr("DEMO catalogue with sample data, not your own")))
        else:
            self.db_label.setText(self.tr("Database: %1").replace("%1", path).replace("<", "&lt;"))

    # --- behaviour ----------------------------------------------------------------------------
    def current_sku(self) -> str | None:
        """The SKU of the current row, or None."""
        index = self.table.selectionModel().currentIndex()
        return self.model.sku_at(index.row()) if index.isValid() else None

    def select_sku(self, sku: str | None) -> bool:
        """Make ``sku``'s row current and selected; False (and an empty pane) when it is not shown."""
        row = self.model.row_of(sku)
        if row is None:
            self.table.selectionModel().clear()
            self.editor.show_product(None)
            return False
        index = self.model.index(row, 0)
        flags = (QItemSelectionModel.SelectionFlag.ClearAndSelect
                 | QItemSelectionModel.SelectionFlag.Rows)
        self.table.selectionModel().setCurrentIndex(index, flags)
        self.table.scrollTo(index)
        return True

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def focus_product(self, sku: str | None) -> None:
        """Show ``sku`` (after an undo or redo touched it), clearing a search that hides it."""
        if sku is None or self.model.row_of(sku) is not None:
            if sku is not None:
                self.select_sku(sku)
            return
        self.search.clear()
        self.select_sku(sku)

    def _on_query_changed(self, text: str) -> None:
        sku = self.current_sku() or self.editor.current_sku
        self.model.set_query(text)
        if self.model.row_of(sku) is None:
            sku = self.model.sku_at(0)
        self.select_sku(sku)

    def _on_current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        sku = self.model.sku_at(current.row()) if current.isValid() else None
        if sku is not None and sku != self.editor.current_sku:
            self.editor.show_product(sku)

    def on_data_changed(self, changes) -> None:
        """One write happened somewhere: refresh the list and, if it concerns it, the editor.

        The current product is followed by its id, so a renamed SKU stays selected. Writes that touch
        no product (rate cards, scripts, sessions, run sheets: ``NON_PRODUCT_ASPECTS``) leave the list alone.
        """
        if not changes.product_ids and changes.aspects and changes.aspects <= NON_PRODUCT_ASPECTS:
            return
        index = self.table.selectionModel().currentIndex()
        pid = self.model.row_data(index.row())["id"] if index.isValid() else None
        self.model.refresh(changes)
        self.editor.refresh(changes)
        row = self.model.row_of_id(pid)
        sku = self.model.sku_at(row) if row is not None else None
        if sku is not None and sku != self.editor.current_sku:
            self.editor.show_product(sku)
        if not self.select_sku(sku):
            self.select_sku(self.model.sku_at(min(index.row(), self.model.rowCount() - 1)) if index.isValid()
                            else self.model.sku_at(0))

    def show_about(self) -> None:
        text = self.tr("<h3>VillageCast %1</h3><p>A prepared, honest desktop companion for rural "
                       "live-commerce anchors.</p>").replace("%1", __version__)
        from PySide6.QtWidgets import QMessageBox  # not needed before the first paint

        QMessageBox.about(self, self.tr("About VillageCast"), text)

    # --- window state -------------------------------------------------------------------------
    def _restore_settings(self) -> None:
        if not self.restoreGeometry(self.settings.get(config.WINDOW_GEOMETRY)):
            self._apply_default_geometry()
        self.restoreState(self.settings.get(config.WINDOW_STATE))
        if not self.splitter.restoreState(self.settings.get(config.SPLITTER_STATE)):
            width = self.width()
            self.splitter.setSizes([int(width * share) for share in metrics.SPLITTER_RATIO])
        self.table.horizontalHeader().restoreState(self.settings.get(config.PRODUCT_HEADER_STATE))
        self.editor.set_section(self.settings.get(config.EDITOR_SECTION))

    def _apply_default_geometry(self) -> None:
        from ..window_parts import fit_to_screen

        fit_to_screen(self, metrics.DEFAULT_WINDOW_SIZE, center=True)

    def save_settings(self) -> None:
        """Store geometry, window state, splitter and column layout."""
        self.settings.set(config.WINDOW_GEOMETRY, self.saveGeometry())
        self.settings.set(config.WINDOW_STATE, self.saveState())
        self.settings.set(config.SPLITTER_STATE, self.splitter.saveState())
        self.settings.set(config.PRODUCT_HEADER_STATE, self.table.horizontalHeader().saveState())
        self.settings.set(config.EDITOR_SECTION, self.editor.section)
        self.tools.save_settings()
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt override)
        self.tools.close_all()
        self.save_settings()
        super().closeEvent(event)
