"""Rate cards: the list by origin, CSV import and export, examples, delete, and the card editor."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ... import shipping_messages as sm
from ...core.errors import VillageCastError
from ...core.shipping import csvio, provinces
from ...core.shipping.examples import example_cards
from .. import metrics
from . import dialogs, words
from .commands import DeleteCards, SaveCards
from .pickers import ProvinceCombo

COLUMNS = 7


def describe_card(card) -> str:
    """"carrier service (origin, from date)" for messages."""
    name = " ".join(part for part in (card.carrier, card.service) if part)
    origin = words.province_name(provinces.by_code(card.origin))
    return f"{name} ({origin}{', ' + card.valid_from if card.valid_from else ''})"


class CardsTab(QWidget):
    """The stored cards; every change is one undo step (shared with the main window)."""

    def __init__(self, context, parent=None):
        super().__init__(parent)
        self.setObjectName("cardsTab")
        self.context = context
        self.cards: list = []  # as listed, after the origin filter
        self.last_folder = ""
        self.problems_dialog = None
        self.card_dialog = None
        self.default_origin = None  # a callable giving the origin a new card starts with (the plan's product's)
        self.origin = ProvinceCombo(self, with_all="")
        self.origin.setObjectName("cardsOrigin")
        self.origin_label = QLabel()
        self.origin_label.setBuddy(self.origin)
        self.count = QLabel(objectName="cardsCount")
        self.table = QTableWidget(0, COLUMNS, objectName="cardsTable")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)  # 60-odd rows: cheap
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.buttons = {name: QPushButton(objectName=f"cards_{name}") for name in (
            "new", "edit", "import", "export", "delete", "examples")}
        self.chinese_headers = QCheckBox(objectName="cardsChineseHeaders")
        self.chinese_headers.setChecked(QLocale().name().startswith("zh"))
        self.status = QLabel(objectName="cardsStatus")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        top = QHBoxLayout()
        top.addWidget(self.origin_label)
        top.addWidget(self.origin)
        top.addStretch(1)
        top.addWidget(self.count)
        side = QVBoxLayout()
        for name in ("new", "edit", "delete", "import", "export"):
            side.addWidget(self.buttons[name])
        side.addWidget(self.chinese_headers)
        side.addSpacing(12)
        side.addWidget(self.buttons["examples"])
        side.addStretch(1)
        middle = QHBoxLayout()
        middle.addWidget(self.table, 1)
        middle.addLayout(side)
        box = QVBoxLayout(self)
        box.setContentsMargins(6, 6, 6, 6)
        box.addLayout(top)
        box.addLayout(middle, 1)
        box.addWidget(self.status)

        self.origin.currentIndexChanged.connect(self.refresh)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.itemActivated.connect(lambda _item: self.edit_card())
        self.buttons["new"].clicked.connect(self.new_card)
        self.buttons["edit"].clicked.connect(self.edit_card)
        self.buttons["delete"].clicked.connect(self.delete_selected)
        self.buttons["import"].clicked.connect(self.import_dialog)
        self.buttons["export"].clicked.connect(self.export_dialog)
        self.buttons["examples"].clicked.connect(self.examples_dialog)
        self.refresh()
        self.retranslate()

    def retranslate(self) -> None:
        self.origin_label.setText(self.tr("&Origin:"))
        self.origin.setItemText(0, self.tr("All origins"))
        self.origin.retranslate()
        self.origin.setAccessibleName(self.tr("Show the cards from this origin"))
        self.table.setHorizontalHeaderLabels([
            self.tr("Carrier"), self.tr("Service"), self.tr("Origin"), self.tr("Starts"), self.tr("Zones"),
            self.tr("Pricing"), self.tr("Example?")])
        self.table.setAccessibleName(self.tr("Rate cards"))
        texts = {"new": self.tr("&New card…"), "edit": self.tr("&Edit card…"), "delete": self.tr("&Delete…"),
                 "import": self.tr("&Import CSV…"), "export": self.tr("E&xport CSV…"),
                 "examples": self.tr("Add e&xample cards for…")}
        for name, text in texts.items():
            self.buttons[name].setText(text)
        self.buttons["export"].setToolTip(self.tr("Save the selected cards (or, with none selected, every card "
                                                  "listed) as a CSV file"))
        self.buttons["examples"].setToolTip(self.tr("Sample cards for trying the app, marked EXAMPLE: "
                                                    "not any carrier's real prices"))
        self.buttons["import"].setToolTip(self.tr("Read a rate-card CSV saved from Excel or WPS (UTF-8 or GBK)"))
        self.chinese_headers.setText(self.tr("Chinese column headers"))
        self.refresh()
        self.rescale()

    def rescale(self) -> None:
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)

    # --- the list -----------------------------------------------------------------------------
    def refresh(self, *_args) -> None:
        selected = {card.key for card in self.selected_cards()}
        origin = self.origin.code()
        self.cards = [c for c in self.context.shipping.cards() if origin is None or c.origin == origin]
        self.table.blockSignals(True)
        self.table.setRowCount(len(self.cards))
        for row, card in enumerate(self.cards):
            origin = words.province_name(provinces.by_code(card.origin))
            texts = [card.carrier, card.service, origin, card.valid_from or "", str(len(card.zones)),
                     words.label(sm.PRICING_MODEL_NAMES, card.pricing_model),
                     self.tr("EXAMPLE") if card.example else ""]
            for column, text in enumerate(texts):
                item = QTableWidgetItem(text)
                if card.example:
                    item.setToolTip(self.tr("An example card, not any carrier's real prices. %1")
                                    .replace("%1", card.note))
                if column == 6 and card.example:
                    item.setForeground(Qt.GlobalColor.white)
                    item.setBackground(QColor(metrics.DEMO_COLOR))
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.table.setItem(row, column, item)
        self.table.clearSelection()
        for row, card in enumerate(self.cards):
            if card.key in selected:
                self.table.selectRow(row)
        self.table.blockSignals(False)
        self.count.setText(self.tr("%n card(s)", None, len(self.cards)))
        self._selection_changed()

    def selected_cards(self) -> list:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.cards[row] for row in rows if row < len(self.cards)]

    def select_key(self, key) -> None:
        for row, card in enumerate(self.cards):
            if card.key == key:
                self.table.selectRow(row)

    def _selection_changed(self) -> None:
        count = len(self.selected_cards())
        self.buttons["edit"].setEnabled(count == 1)
        self.buttons["delete"].setEnabled(count > 0)

    def say(self, text: str, color: str = "") -> None:
        self.status.setStyleSheet(f"color: {color};" if color else "")
        self.status.setText(text)

    # --- import and export ----------------------------------------------------------------------
    def import_dialog(self) -> None:
        path = dialogs.open_file(self, self.tr("Import rate cards"), self.last_folder,
                                 self.tr("CSV files (*.csv *.txt);;All files (*)"))
        if path:
            self.import_file(path)

    def import_file(self, path: str) -> bool:
        """Read and store every card of ``path`` as one undo step; on refusal list every bad line."""
        self.last_folder = str(Path(path).parent)
        try:
            cards = csvio.read_cards(Path(path).read_bytes())
        except OSError as exc:
            self.say(self.tr("%1 could not be read: %2").replace("%1", path).replace("%2", exc.strerror or str(exc)),
                     metrics.DANGER_COLOR)
            return False
        except csvio.RateCardFileError as exc:
            # a whole-file problem (empty, undecodable, too large) has no lines: its own sentence
            lines = [sm.describe_file_problem(line, issue) for line, issue in exc.problems] or \
                [sm.describe_reason(exc.code, exc.params)]
            self.show_problems(self.tr("Rate cards not imported"),
                               self.tr("%1 was refused; nothing was imported. Fix these lines and import it again:")
                               .replace("%1", Path(path).name), lines)
            self.say(self.tr("Nothing imported from %1.").replace("%1", Path(path).name), metrics.DANGER_COLOR)
            return False
        command = SaveCards(self.context, cards, self.tr("Import %1").replace("%1", Path(path).name))
        try:
            self.context.execute(command)
        except VillageCastError as exc:
            self.show_problems(self.tr("Rate cards not imported"), self.tr("Nothing was imported:"),
                               words.describe_error(exc).splitlines())
            return False
        count = len(command.saved)
        text = self.tr("Imported %n card(s) from %1.", None, count).replace("%1", Path(path).name)
        if command.replaced:
            text += " " + self.tr("They replace: %1.").replace("%1", "; ".join(describe_card(c) for c in command.replaced))
        self.say(text, metrics.OK_COLOR)
        return True

    def show_problems(self, title: str, intro: str, lines: list[str]) -> None:
        self.problems_dialog = dialogs.ProblemsDialog(self, title, intro, lines)
        self.problems_dialog.open()

    def export_dialog(self) -> None:
        cards = self.selected_cards() or self.cards
        if not cards:
            return
        path = dialogs.save_file(self, self.tr("Export rate cards"), str(Path(self.last_folder or Path.home(),
                                                                               "rate-cards.csv")),
                                 self.tr("CSV files (*.csv)"))
        if path:
            self.export_file(path, cards)

    def export_file(self, path: str, cards: list) -> bool:
        try:
            Path(path).write_bytes(csvio.write_cards(cards, self.chinese_headers.isChecked()))
        except OSError as exc:
            self.say(self.tr("%1 could not be written: %2").replace("%1", path)
                     .replace("%2", exc.strerror or str(exc)), metrics.DANGER_COLOR)
            return False
        self.last_folder = str(Path(path).parent)
        count = len(cards)
        self.say(self.tr("Saved %n card(s) to %1.", None, count).replace("%1", path), metrics.OK_COLOR)
        return True

    # --- delete, examples, edit -----------------------------------------------------------------
    def delete_selected(self, confirm: bool = True) -> bool:
        cards = self.selected_cards()
        if not cards:
            return False
        count = len(cards)
        question = self.tr("Delete %n rate card(s)?\n\nEdit > Undo brings them back.", None, count)
        if confirm and not dialogs.ask(self, self.tr("Delete rate cards"), question):
            return False
        text = self.tr("Delete %n rate card(s)", None, count)
        try:
            self.context.execute(DeleteCards(self.context, cards, text))
        except VillageCastError as exc:
            self.say(words.describe_error(exc), metrics.DANGER_COLOR)
            return False
        self.say(self.tr("Deleted %n card(s).", None, count))
        return True

    def examples_dialog(self) -> None:
        names = [words.province_name(p) for p in provinces.all_provinces()]
        current = self.origin.currentIndex() - 1
        index = dialogs.choose(self, self.tr("Add example cards"),
                               self.tr("Example cards from which origin province? They are marked EXAMPLE and "
                                       "hold no carrier's real prices."), names, max(current, 0))
        if index is not None:
            self.add_examples(provinces.all_provinces()[index].code)

    def add_examples(self, origin: str) -> bool:
        """Store the example cards for ``origin`` (replacing older example copies); one undo step."""
        name = words.province_name(provinces.by_code(origin))
        text = self.tr("Add example cards for %1").replace("%1", name)
        command = SaveCards(self.context, example_cards(origin), text)
        try:
            self.context.execute(command)
        except VillageCastError as exc:
            self.say(words.describe_error(exc), metrics.DANGER_COLOR)
            return False
        count = len(command.saved)
        self.say(self.tr("Added %n example card(s) from %1.", None, count).replace("%1", name), metrics.OK_COLOR)
        return True

    def new_card(self) -> None:
        self.open_editor(None)

    def edit_card(self) -> None:
        cards = self.selected_cards()
        if len(cards) == 1:
            self.open_editor(cards[0])

    def open_editor(self, card):
        """The card editor (non-blocking); it saves as one undo step when the anchor presses OK."""
        from .card_dialog import CardDialog

        origin = self.origin.code() or (self.default_origin() if self.default_origin else None)
        self.card_dialog = CardDialog(self.context, card, self, origin=origin)
        self.card_dialog.saved.connect(lambda key: (self.refresh(), self.select_key(key)))
        self.card_dialog.open()
        return self.card_dialog

