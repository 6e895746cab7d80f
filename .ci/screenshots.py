#!/usr/bin/env python3
"""Screenshots of every VillageCast screen, for looking at (clipping, stray English, Chinese glyphs).

Run under a virtual screen of the size we promise to fit, once per language:

    xvfb-run -a -s "-screen 0 1366x768x24" python .ci/screenshots.py zh_CN /tmp/shots/zh
    xvfb-run -a -s "-screen 0 1366x768x24" python .ci/screenshots.py en /tmp/shots/en

``system`` instead of a language starts as a new user would, in the language of ``LANG``. It starts the app
on a fresh demo catalogue with its data and settings in a temporary folder (nothing of the user's is touched),
walks the screens — main window, each editor section, shipping, scripts and checklist, broadcast, the go-on-air
gate, the rehearsal's operator and prompter windows (on a product segment too), help, the first-run guide,
projector mode with high contrast — and saves one PNG of the whole screen per step. Not a test: it asserts
nothing; the pictures are for a person to open.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path


def main() -> int:
    language, out = sys.argv[1], Path(sys.argv[2])
    out.mkdir(parents=True, exist_ok=True)
    scratch = Path(tempfile.mkdtemp(prefix="villagecast-shots-"))
    os.environ["VILLAGECAST_DATA_DIR"] = str(scratch / "data")
    os.environ["VILLAGECAST_CONFIG_DIR"] = str(scratch / "config")

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from villagecast import paths
    from villagecast.storage.demo_file import reset_demo
    from villagecast.ui import app as appmod
    from villagecast.ui.compliance.gate import GateDialog
    from villagecast.ui.first_run import FirstRunGuide, show_first_run
    from villagecast.ui.help.actions import show_help
    from villagecast.ui.views import trainer_actions

    db = paths.demo_db_path()
    db.parent.mkdir(parents=True, exist_ok=True)
    reset_demo(db)
    app = appmod.application()
    saved: list[str] = []

    def grab(name: str) -> None:
        QApplication.processEvents()
        path = out / f"{len(saved) + 1:02d}-{name}.png"
        app.primaryScreen().grabWindow(0).save(str(path))
        saved.append(path.name)

    def main_window():
        return next(w for w in app.topLevelWidgets() if w.objectName() == "mainWindow" and w.isVisible())

    def front(widget):
        widget.show()
        widget.raise_()
        widget.activateWindow()
        return widget

    def close_guides():
        for widget in app.topLevelWidgets():
            if isinstance(widget, FirstRunGuide):
                widget.close()

    def gate_exec(dialog):  # the gate shown, photographed, then answered with its go button
        dialog.show()
        QApplication.processEvents()
        grab("gate")
        dialog.go_button.click()
        return dialog.result()

    GateDialog.exec = gate_exec
    QMessageBox.question = lambda *a, **k: QMessageBox.StandardButton.Yes

    steps: list[tuple[str, callable]] = []

    def step(name):
        def register(fn):
            steps.append((name, fn))
            return fn
        return register

    @step("first-run-guide")
    def _():
        front(next(w for w in app.topLevelWidgets() if isinstance(w, FirstRunGuide)))

    @step("main")
    def _():
        close_guides()
        front(main_window()).editor.sections.setCurrentRow(0)

    def section(row):
        def show():
            window = main_window()
            front(window)
            window.editor.sections.setCurrentRow(row)
        return show

    from villagecast.ui.editor.editor import SECTIONS

    for row, _key in enumerate(SECTIONS):
        steps.append((f"editor-{row + 1}", section(row)))

    def tab(opener, index):
        def show():
            window = opener(main_window().tools)
            window.tabs.setCurrentIndex(index)
            front(window)
        return show

    for index in range(4):
        steps.append((f"shipping-{index + 1}", tab(lambda tools: tools.open_shipping(), index)))
    for index in range(2):
        steps.append((f"compliance-{index + 1}", tab(lambda tools: tools.open_compliance(), index)))
    for index in range(2):
        steps.append((f"broadcast-{index + 1}", tab(lambda tools: tools.open_broadcast(), index)))

    @step("help")
    def _():
        for name in ("shippingWindow", "complianceWindow", "broadcastWindow"):
            for widget in app.topLevelWidgets():
                if widget.objectName() == name:
                    widget.close()
        front(show_help(main_window(), "catalogue"))

    @step("about-first-run-again")
    def _():
        for widget in app.topLevelWidgets():
            if widget.objectName() == "helpWindow":
                widget.close()
        show_first_run(main_window())

    @step("projector-high-contrast")
    def _():
        close_guides()
        window = main_window()
        window.trainer.set_projector(150)
        window.trainer.set_high_contrast(True)
        front(window)

    @step("rehearsal")
    def _():
        window = main_window()
        window.trainer.set_projector(0)
        window.trainer.set_high_contrast(False)
        trainer_actions.rehearse_demo_show(window)

    @step("rehearsal-product")
    def _():  # the apple segment: its script has a must-change wording, marked on the prompter
        from villagecast.ui.broadcast import live_controller

        live_controller.active().go_to(2)

    def run(index=0):
        if index:
            grab(steps[index - 1][0])
        if index == len(steps):
            print("\n".join(saved))
            from villagecast.ui.broadcast import live_controller

            for controller in list(live_controller._ACTIVE):
                controller.abandon()
            app.exit(0)
            return
        try:
            steps[index][1]()
        except Exception as exc:  # keep going: a missing picture is named, the rest still get taken
            print(f"step {steps[index][0]} failed: {exc!r}", file=sys.stderr)
        QTimer.singleShot(900, lambda: run(index + 1))

    QTimer.singleShot(3000, run)
    return appmod.run_app(db, language=None if language == "system" else language)


if __name__ == "__main__":
    sys.exit(main())
