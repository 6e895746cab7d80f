"""Prompter controls in the operator window: play/pause, speed in 字/分, text size, mirror, blank, screen, keys.

Every control acts on the prompter view and follows it (a key pressed on the prompter moves the controls too).
The look, speed, keys and screen are kept in the prompter settings. The keys of both windows are listed here.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from .. import settings as config
from ..prompter.keys_dialog import KeyMapDialog
from ..prompter.style import FONT_MAX, FONT_MIN, SPEED_MAX, SPEED_MIN
from ..prompter.window import PrompterWindow
from .operator_flash import form_label

SPEED_STEP = 10


class PrompterPanel(QWidget):
    """Controls over ``controller.view`` / ``controller.prompter``."""

    def __init__(self, controller, parent=None):
        super().__init__(parent)
        self.controller = controller
        view = controller.view
        self.play_button = QPushButton(objectName="prompterPlay")
        self.play_button.clicked.connect(lambda: self.controller.perform("toggle"))
        self.previous_button = QPushButton(objectName="prompterPrevious")
        self.previous_button.clicked.connect(lambda: self.controller.perform("previous"))
        self.next_button = QPushButton(objectName="prompterNext")
        self.next_button.clicked.connect(lambda: self.controller.perform("next"))
        self.skip_button = QPushButton(objectName="prompterSkip")
        self.skip_button.clicked.connect(lambda: self.controller.perform("skip_sold_out"))
        self.speed = QSpinBox(objectName="prompterSpeed")
        self.speed.setRange(SPEED_MIN, SPEED_MAX)
        self.speed.setSingleStep(SPEED_STEP)
        self.speed.valueChanged.connect(view.set_speed)
        self.font_px = QSpinBox(objectName="prompterFont")
        self.font_px.setRange(FONT_MIN, FONT_MAX)
        self.font_px.setSingleStep(4)
        self.font_px.valueChanged.connect(view.set_font_px)
        self.mirror_h = QCheckBox(objectName="prompterMirrorH")
        self.mirror_v = QCheckBox(objectName="prompterMirrorV")
        self.mirror_h.toggled.connect(lambda on: view.set_mirror(on, view.style().mirror_v))
        self.mirror_v.toggled.connect(lambda on: view.set_mirror(view.style().mirror_h, on))
        self.blank = QCheckBox(objectName="prompterBlank")
        self.blank.toggled.connect(view.set_blank)
        self.screen_choice = QComboBox(objectName="prompterScreen")
        self.screen_choice.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.screen_choice.setMinimumContentsLength(12)
        self.full_button = QPushButton(objectName="prompterFullScreen")
        self.full_button.clicked.connect(self.full_screen)
        self.keys_button = QPushButton(objectName="prompterKeys")
        self.keys_button.clicked.connect(self.edit_keys)
        self.keys_help = QLabel(objectName="operatorKeysHelp")
        self.keys_help.setWordWrap(True)
        nav = QHBoxLayout()
        for button in (self.previous_button, self.play_button, self.next_button):
            nav.addWidget(button)
        self.form = QFormLayout()
        self.form.addRow(form_label(self.speed), self.speed)
        self.form.addRow(form_label(self.font_px), self.font_px)
        self.form.addRow(form_label(self.screen_choice), self.screen_choice)
        checks = QHBoxLayout()
        for box in (self.mirror_h, self.mirror_v, self.blank):
            checks.addWidget(box)
        checks.addStretch(1)
        screen_row = QHBoxLayout()
        screen_row.addWidget(self.full_button)
        screen_row.addWidget(self.keys_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(nav)
        layout.addWidget(self.skip_button)
        layout.addLayout(self.form)
        layout.addLayout(checks)
        layout.addLayout(screen_row)
        layout.addWidget(self.keys_help)
        layout.addStretch(1)
        view.playing_changed.connect(lambda _p: self.sync())
        view.speed_changed.connect(lambda _s: self.sync())
        view.style_changed.connect(self.sync)
        view.blank_changed.connect(lambda _b: self.sync())
        self.retranslate()

    def retranslate(self) -> None:
        self.previous_button.setText(self.tr("\u25c0 Pre&vious"))
        self.previous_button.setToolTip(self.tr("Previous segment (PgUp)"))
        self.next_button.setText(self.tr("&Next \u25b6"))
        self.next_button.setToolTip(self.tr("Next segment (PgDown)"))
        self.skip_button.setText(self.tr("Skip the sold-out pro&duct"))
        self.skip_button.setToolTip(self.tr("From a SOLD OUT segment to the next one with stock"))
        self.form.labelForField(self.speed).setText(self.tr("S&peed"))
        self.speed.setSuffix(self.tr(" chars/min"))
        self.speed.setAccessibleName(self.tr("Prompter speed in Chinese characters per minute"))
        self.form.labelForField(self.font_px).setText(self.tr("Te&xt size"))
        self.font_px.setSuffix(self.tr(" px"))
        self.font_px.setAccessibleName(self.tr("Prompter text size in pixels"))
        self.form.labelForField(self.screen_choice).setText(self.tr("Scr&een"))
        self.screen_choice.setAccessibleName(self.tr("Screen for the prompter"))
        self.mirror_h.setText(self.tr("Mirror &left-right"))
        self.mirror_v.setText(self.tr("Mirror &top-bottom"))
        self.blank.setText(self.tr("&Blank"))
        self.blank.setToolTip(self.tr("Black prompter screen; the scroll waits"))
        self.full_button.setText(self.tr("F&ull screen on this screen"))
        self.full_button.setToolTip(self.tr("Put the prompter full screen on the chosen screen (Esc there leaves)"))
        self.keys_button.setText(self.tr("Prompter &keys\u2026"))
        self.keys_button.setToolTip(self.tr("Change the keys of the prompter (clickers, foot pedals)"))
        self._fill_screens()
        self.sync()

    def keys_text(self) -> str:
        keymap = self.controller.prompter.keymap()

        def keys(action: str) -> str:
            return keymap.display(action) or self.tr("none")

        return self.tr(
            "Keys here: Ctrl+1 sells one, Ctrl+2 sells the +N units, Ctrl+Z takes the last step back, "
            "Ctrl+Space pauses or resumes the prompter, Enter on a segment puts it on air, %1 / %2 move to "
            "the next / previous segment (clickers; not inside the script box). On the prompter screen: %3 "
            "pause, %4 / %5 speed, %6 blank, %7 skip sold out.").replace("%1", keys("next")).replace(
            "%2", keys("previous")).replace("%3", keys("toggle")).replace("%4", keys("faster")).replace(
            "%5", keys("slower")).replace("%6", keys("blank")).replace("%7", keys("skip_sold_out"))

    def _fill_screens(self) -> None:
        chosen = self.controller.settings.get(config.PROMPTER_SCREEN)
        self.screen_choice.blockSignals(True)
        self.screen_choice.clear()
        for name, text in PrompterWindow.screen_choices():
            self.screen_choice.addItem(text, name)
        found = self.screen_choice.findData(chosen)
        self.screen_choice.setCurrentIndex(max(0, found))
        self.screen_choice.blockSignals(False)

    def sync(self) -> None:
        """Controls as the prompter is now."""
        view = self.controller.view
        style = view.style()
        playing = view.is_playing()
        self.play_button.setText(self.tr("\u23f8 P&ause") if playing else self.tr("\u25b6 Pl&ay"))
        self.play_button.setToolTip(self.tr("Pause or resume the scroll (Ctrl+Space)"))
        for widget, value in ((self.speed, view.speed), (self.font_px, style.font_px), (self.mirror_h, style.mirror_h),
                              (self.mirror_v, style.mirror_v), (self.blank, view.blank())):
            widget.blockSignals(True)
            if isinstance(widget, QCheckBox):
                widget.setChecked(bool(value))
            else:
                widget.setValue(int(value))
            widget.blockSignals(False)
        self.keys_help.setText(self.keys_text())

    def full_screen(self) -> None:
        name = self.screen_choice.currentData() or ""
        self.controller.full_screen(name)

    def edit_keys(self) -> bool:
        dialog = KeyMapDialog(self.controller.prompter.keymap(), self)
        try:
            if dialog.exec() != KeyMapDialog.DialogCode.Accepted:
                return False
            self.controller.set_keymap(dialog.keymap())
        finally:
            dialog.deleteLater()
        window = self.window()
        if hasattr(window, "bind_prompter_keys"):
            window.bind_prompter_keys()
        self.sync()
        return True
