"""New card / Edit card: the anchor types the outlet's card; OK (Ctrl+S) validates with the core and saves
it as one undo step. Refused input stays, with the reason under its field or on its row."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ... import messages
from ... import shipping_messages as sm
from ...core.errors import Issue, ValidationError, VillageCastError
from ...core.shipping.model import PRICING_MODELS, ROUNDINGS, RateCard, Surcharge
from .. import metrics
from ..editor.widgets import DateField, IssueLabel, stacked
from . import dialogs, words
from .card_grid import CardGrid
from .commands import SaveCards
from .pickers import DivisorField, ProvinceCombo

# (field key, issue path, kind) in form order; three to a row.
FIELDS = (
    ("carrier", "carrier", "line"), ("service", "service", "line"), ("origin", "origin", "province"),
    ("pricing_model", "pricing_model", "model"), ("first", "first_g", "line"), ("step", "step_g", "line"),
    ("rounding", "rounding", "rounding"), ("divisor", "divisor", "divisor"), ("max", "max_parcel_g", "line"),
    ("valid_from", "valid_from", "date"), ("insurance_pct", "insurance_pct", "line"),
    ("insurance_min", "insurance_min_fen", "line"), ("fuel", "fuel_pct", "line"), ("note", "note", "line"),
)


class CardDialog(QDialog):
    """Card-level fields above, the zone × band grid below. ``saved`` carries the stored card's key."""

    saved = Signal(object)

    def __init__(self, context, card: RateCard | None, parent=None, origin: str | None = None):
        super().__init__(parent)
        self.setObjectName("cardDialog")
        self.context = context
        self.original = card
        self.widgets: dict[str, QWidget] = {}
        self.labels: dict[str, QLabel] = {}
        self.issue_labels: dict[str, IssueLabel] = {}
        self.command: SaveCards | None = None
        self._build()
        self.retranslate()
        self.load(card if card is not None else self._blank(origin))
        em = self.fontMetrics().horizontalAdvance("\u4e2d")
        screen = self.screen().availableGeometry() if self.screen() else None
        width, height = 80 * em, 44 * em
        if screen is not None:
            width, height = min(width, int(screen.width() * 0.95)), min(height, int(screen.height() * 0.9))
        self.resize(width, height)

    def _blank(self, origin: str | None) -> RateCard:
        from ...core.shipping.model import Band, Zone

        return RateCard("", "", origin or "", zones=[Zone("", [], [Band()])], divisor=8000)

    # --- construction -------------------------------------------------------------------------
    def _build(self) -> None:
        form = QWidget()
        grid = QGridLayout(form)
        grid.setContentsMargins(0, 0, 0, 0)
        for n, (key, path, kind) in enumerate(FIELDS):
            widget = self._make(key, kind)
            widget.setObjectName(f"card_{key}")
            self.widgets[key] = widget
            label = QLabel()
            label.setBuddy(widget)
            self.labels[key] = label
            self.issue_labels[path] = IssueLabel()
            row, column = divmod(n, 3)
            grid.addWidget(label, row, column * 2, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(stacked(widget, self.issue_labels[path]), row, column * 2 + 1)
        for column in (1, 3, 5):
            grid.setColumnStretch(column, 1)
        self.example = QCheckBox(objectName="card_example")
        grid.addWidget(self.example, len(FIELDS) // 3 + 1, 1, 1, 5)
        self.form_issues = IssueLabel()
        grid.addWidget(self.form_issues, len(FIELDS) // 3 + 2, 0, 1, 6)
        scroll = QScrollArea(objectName="cardFormScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(form)

        self.grid = CardGrid(self)
        self.hint = QLabel(objectName="cardGridHint")
        self.hint.setWordWrap(True)
        self.add_button = QPushButton(objectName="cardAddRow")
        self.remove_button = QPushButton(objectName="cardRemoveRow")
        self.grid_issues = QLabel(objectName="cardGridIssues")
        self.grid_issues.setWordWrap(True)
        self.grid_issues.setStyleSheet(f"color: {metrics.DANGER_COLOR};")
        self.grid_issues.hide()
        row_buttons = QHBoxLayout()
        row_buttons.addWidget(self.hint, 1)
        row_buttons.addWidget(self.add_button)
        row_buttons.addWidget(self.remove_button)
        lower = QWidget()
        lower_box = QVBoxLayout(lower)
        lower_box.setContentsMargins(0, 0, 0, 0)
        lower_box.addLayout(row_buttons)
        lower_box.addWidget(self.grid, 1)
        lower_box.addWidget(self.grid_issues)
        split = QSplitter(Qt.Orientation.Vertical, objectName="cardSplitter")
        split.addWidget(scroll)
        split.addWidget(lower)
        split.setChildrenCollapsible(False)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        for button in self.buttons.buttons():
            button.setAutoDefault(False)
            button.setDefault(False)
        self.add_button.setAutoDefault(False)
        self.remove_button.setAutoDefault(False)
        box = QVBoxLayout(self)
        box.addWidget(split, 1)
        box.addWidget(self.buttons)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save)
        self.add_button.clicked.connect(self._add_row)
        self.remove_button.clicked.connect(self._remove_rows)
        self.widgets["pricing_model"].currentIndexChanged.connect(self._model_changed)

    def _make(self, key: str, kind: str) -> QWidget:
        if kind == "line":
            widget = QLineEdit()
            widget.returnPressed.connect(self.focusNextChild)
            return widget
        if kind == "date":
            widget = DateField()
            widget.edit.returnPressed.connect(self.focusNextChild)
            return widget
        if kind == "province":
            return ProvinceCombo()
        if kind == "divisor":
            widget = DivisorField()
            widget.other.returnPressed.connect(self.focusNextChild)
            return widget
        combo = QComboBox()
        for code in (PRICING_MODELS if kind == "model" else ROUNDINGS):
            combo.addItem("", code)
        return combo

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Edit rate card") if self.original is not None else self.tr("New rate card"))
        texts = {
            "carrier": self.tr("&Carrier"), "service": self.tr("Ser&vice"), "origin": self.tr("&Origin"),
            "pricing_model": self.tr("&Pricing"), "first": self.tr("&First weight (kg)"),
            "step": self.tr("Continued &step (kg)"), "rounding": self.tr("&Rounding"),
            "divisor": self.tr("Vol&ume divisor"), "max": self.tr("&Max parcel (kg)"),
            "valid_from": self.tr("S&tarts"), "insurance_pct": self.tr("&Insurance %"),
            "insurance_min": self.tr("Insurance mi&nimum \u00a5"), "fuel": self.tr("F&uel surcharge %"),
            "note": self.tr("No&te"),
        }
        for key, text in texts.items():
            self.labels[key].setText(text)
            target = self.widgets[key].choice if key == "divisor" else self.widgets[key]
            target.setAccessibleName(text.replace("&", ""))
        for i, code in enumerate(PRICING_MODELS):
            self.widgets["pricing_model"].setItemText(i, words.label(sm.PRICING_MODEL_NAMES, code))
        for i, code in enumerate(ROUNDINGS):
            self.widgets["rounding"].setItemText(i, words.label(sm.ROUNDING_NAMES, code))
        self.widgets["divisor"].set_names(self.tr("Volume not charged (不计泡)"), self.tr("Other:"))
        self.widgets["carrier"].setPlaceholderText(self.tr("e.g. 中通 county outlet"))
        self.widgets["service"].setPlaceholderText(self.tr("e.g. 电商件"))
        self.widgets["max"].setPlaceholderText(self.tr("no limit"))
        self.widgets["valid_from"].set_tooltips(self.tr("The day the outlet's prices start (YYYY-MM-DD); empty: "
                                                        "always"), self.tr("Pick the start date"))
        self.example.setText(self.tr("Example card (not a real quote from this carrier)"))
        self.hint.setText(self.tr("One row per zone and weight band. A row without a zone name continues the zone "
                                  "above; a zone's provinces, surcharges and days are read from its first row. "
                                  "Enter moves to the next cell."))
        self.add_button.setText(self.tr("&Add row"))
        self.remove_button.setText(self.tr("Remo&ve rows"))
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setToolTip(self.tr("Check and save the card (Ctrl+S)"))
        self.grid.retranslate()
        self.grid.rescale()

    # --- loading and reading --------------------------------------------------------------------
    def load(self, card: RateCard) -> None:
        w = self.widgets
        w["carrier"].setText(card.carrier)
        w["service"].setText(card.service)
        w["origin"].set_code(card.origin)
        w["pricing_model"].setCurrentIndex(max(w["pricing_model"].findData(card.pricing_model), 0))
        w["first"].setText(words.kg(card.first_g))
        w["step"].setText(words.kg(card.step_g))
        w["rounding"].setCurrentIndex(max(w["rounding"].findData(card.rounding), 0))
        w["divisor"].set_value(card.divisor)
        w["max"].setText(words.kg(card.max_parcel_g))
        w["valid_from"].setText(card.valid_from)
        w["insurance_pct"].setText(words.pct(card.insurance_pct))
        w["insurance_min"].setText(words.yuan(card.insurance_min_fen))
        fuel = next((s.amount for s in card.surcharges if s.kind == "fuel_pct"), None)
        w["fuel"].setText(words.pct(fuel))
        w["note"].setText(card.note)
        self.example.setChecked(card.example)
        for widget in w.values():
            if isinstance(widget, QLineEdit):
                widget.setCursorPosition(0)  # the start of a long name or note, not its end
        self.grid.load(card)
        self._model_changed()

    def _model_changed(self, *_args) -> None:
        self.grid.show_model(self.widgets["pricing_model"].currentData())

    def _add_row(self) -> None:
        current = self.grid.currentRow()
        row = self.grid.add_row(current if current >= 0 else None)
        self.grid.setCurrentCell(row, 0)
        self.grid.setFocus()

    def _remove_rows(self) -> None:
        self.grid.remove_rows([index.row() for index in self.grid.selectedIndexes()] or [self.grid.currentRow()])

    def card(self) -> RateCard:
        """The card as typed; raises ValidationError for text that is not a number, weight or date."""
        w = self.widgets
        issues: list[Issue] = []

        def read(path, parse):
            try:
                return parse()
            except ValidationError as exc:
                issues.extend(exc.issues)
                return None

        model = w["pricing_model"].currentData()
        card = RateCard(
            w["carrier"].text().strip(), w["service"].text().strip(), w["origin"].code() or "", model,
            read("first_g", lambda: words.grams(w["first"].text(), "first_g")),
            read("step_g", lambda: words.grams(w["step"].text(), "step_g")),
            w["rounding"].currentData(),
            read("divisor", w["divisor"].value),
            read("max_parcel_g", lambda: words.grams(w["max"].text(), "max_parcel_g", optional=True)),
            w["valid_from"].text() or None, [], [],
            read("insurance_pct", lambda: words.percent(w["insurance_pct"].text(), "insurance_pct", optional=True)),
            read("insurance_min_fen", lambda: words.money(w["insurance_min"].text(), "insurance_min_fen",
                                                          optional=True)),
            self.example.isChecked(), w["note"].text().strip(),
            self.original.id if self.original is not None else None)
        fuel = read("fuel_pct", lambda: words.percent(w["fuel"].text(), "fuel_pct", optional=True))
        if self.original is not None:  # other card-wide surcharges the form does not show stay as they were
            card.surcharges = [s for s in self.original.surcharges if s.kind != "fuel_pct"]
        if fuel is not None:
            card.surcharges.append(Surcharge("fuel_pct", fuel))
        try:
            card.zones = self.grid.zones(model)
        except ValidationError as exc:
            issues.extend(exc.issues)
        if issues:
            raise ValidationError(issues)
        return card

    # --- saving ---------------------------------------------------------------------------------
    def show_issues(self, issues: list[Issue]) -> None:
        """Each issue under its field, or on its grid row (paths without ``cards[0].``)."""
        by_field: dict[str, list[Issue]] = {}
        grid, other = [], []
        for issue in issues:
            top = issue.field.split(".")[0].split("[")[0]
            top = "fuel_pct" if top == "surcharges" else top  # the card's only own surcharge: fuel %
            if top == "zones":
                grid.append(issue)
            elif top in self.issue_labels:
                by_field.setdefault(top, []).append(issue)
            else:
                other.append(issue)
        for path, label in self.issue_labels.items():
            label.show_issues(by_field.get(path, []))
        self.form_issues.show_issues(other)
        lines = self.grid.show_issues(grid)
        self.grid_issues.setText("\n".join(lines))
        self.grid_issues.setVisible(bool(lines))

    def save(self) -> bool:
        """Check and store the card; stays open with the reasons when refused."""
        try:
            card = self.card()
        except ValidationError as exc:
            self.show_issues(exc.issues)
            return False
        old_key = self.original.key if self.original is not None else None
        if card.key != old_key and any(c.key == card.key for c in self.context.shipping.cards()):
            question = self.tr("A card of %1 %2 from this origin with this start date exists. Replace it?\n\n"
                               "Edit > Undo brings it back.").replace("%1", card.carrier).replace("%2", card.service)
            if not dialogs.ask(self, self.tr("Replace rate card"), question):
                return False
        name = " ".join(part for part in (card.carrier, card.service) if part)
        text = (self.tr("Edit rate card %1") if self.original is not None else self.tr("New rate card %1"))
        self.command = SaveCards(self.context, [card], text.replace("%1", name), [old_key])
        try:
            self.context.execute(self.command)
        except ValidationError as exc:
            self.show_issues([Issue(i.field.removeprefix("cards[0]."), i.code, i.params, i.severity)
                              for i in exc.issues])
            return False
        except VillageCastError as exc:
            self.show_issues([])
            self.form_issues.setText(messages.describe_error(exc))
            self.form_issues.show()
            return False
        self.show_issues([])
        self.saved.emit(card.key)
        self.accept()
        return True
