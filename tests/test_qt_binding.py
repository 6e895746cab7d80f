"""The Qt binding itself must not leak or drop references: a long broadcast makes millions of calls.

PySide6 6.12.0 returns None from every void method without taking a reference, so each call lowers
None's reference count by one until Python aborts ("deallocating None"); pyproject.toml excludes it.
"""

import gc
import sys

from PySide6.QtWidgets import QApplication, QCheckBox, QLabel, QLineEdit, QWidget


def test_void_and_bool_calls_keep_none_true_and_false_alive():
    app = QApplication.instance() or QApplication([])
    assert app is not None
    label, edit, box, widget = QLabel(), QLineEdit(), QCheckBox(), QWidget()
    calls = (lambda: label.setText("村播"), lambda: edit.setText("39.90"), lambda: widget.setEnabled(False),
             lambda: box.setChecked(True), lambda: box.isChecked(), lambda: widget.isVisible())
    rounds = 500

    def counts():
        gc.collect()
        return sys.getrefcount(None), sys.getrefcount(True), sys.getrefcount(False)

    for call in calls:  # first calls may cache something that holds None (a few references, once)
        call()
    before = counts()
    for _ in range(rounds):
        for call in calls:
            call()
    drops = [b - a for a, b in zip(counts(), before)]
    # A broken binding loses one reference per call (500 per method here); allow a little noise.
    assert max(drops) < rounds // 10, drops
