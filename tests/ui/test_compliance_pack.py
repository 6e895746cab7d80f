"""Rule pack in the window: export, import (a bad pack refused whole, nothing changed), restore the built-in one."""

import json

import pytest
from PySide6.QtWidgets import QMessageBox

from villagecast import paths
from villagecast.core.compliance import default_pack, dumps_pack, pack_to_data
from villagecast.storage.rule_packs import user_pack_path
from villagecast.ui import settings as config
from villagecast.ui.compliance import ComplianceWindow


@pytest.fixture
def window(qtbot, context):
    win = ComplianceWindow(context, config.Settings())
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


@pytest.fixture
def told(monkeypatch):
    """Message boxes answer at once; their texts are collected."""
    said = []

    def exec_(box):
        said.append((box.text(), box.informativeText(), box.detailedText()))
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    return said


def edited_pack(tmp_path, change):
    data = pack_to_data(default_pack())
    change(data)
    path = tmp_path / "trainer.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def add_rule(data):
    data["name_zh"], data["name_en"] = "培训版规则", "Trainer's rules"
    data["checklist"].append({"id": "ZZ-01", "phases": ["before"], "severity": "warn", "effective_from": "2020-01-01",
                              "text_zh": "开播前喝口水。", "text_en": "Drink some water before going live.",
                              "source": "培训要求"})
    data["terms"].append({"term": "神仙果", "category": "SUPER", "severity": "block", "rules": ["ZZ-01"]})


def test_export_writes_the_active_pack(window, tmp_path):
    target = tmp_path / "out" / "pack.json"
    assert window.packs.export_pack(str(target))
    assert target.read_text(encoding="utf-8") == dumps_pack(window.hub.pack)
    assert str(target) in window.packs.last_message


def test_bad_pack_is_refused_whole_and_nothing_changes(qtbot, window, tmp_path, told):
    before_rows = set(window.checklist.rows)

    def break_it(data):
        add_rule(data)  # a good change alongside the bad ones: refused too
        data["checklist"][0]["phases"] = ["sometimes"]
        data["terms"][0]["rules"] = ["NO-99"]
        data["checklist"][1]["effective_from"] = "tomorrow"

    assert not window.packs.import_pack(str(edited_pack(tmp_path, break_it)))
    (text, reasons, _details), = told
    assert text.startswith("The rule pack in \u201ctrainer.json\u201d was refused; nothing was changed.")
    assert "\u201csometimes\u201d is not one of" in reasons
    assert "no checklist item \u201cNO-99\u201d" in reasons and "\u201ctomorrow\u201d is not a date" in reasons
    assert not user_pack_path(paths.data_dir()).exists()
    assert window.hub.pack is default_pack() and set(window.checklist.rows) == before_rows
    assert not window.packs.restore_action.isEnabled()


def test_not_json_is_refused(window, tmp_path, told):
    path = tmp_path / "broken.json"
    path.write_text("{ not json", encoding="utf-8")
    assert not window.packs.import_pack(str(path))
    assert "not valid JSON" in told[0][1]
    assert window.hub.pack is default_pack()


def test_many_reasons_are_listed_in_full_under_details(window, tmp_path, told):
    def break_terms(data):
        for term in data["terms"][:20]:
            term["severity"] = "maybe"

    assert not window.packs.import_pack(str(edited_pack(tmp_path, break_terms)))
    _text, shown, details = told[0]
    assert "and 8 more (see Details)" in shown and len(details.splitlines()) == 20


def test_import_then_restore(qtbot, window, tmp_path, told):
    tab = window.scripts
    tab.tree.tree.setCurrentItem(tab.tree.tree.topLevelItem(0))
    tab.new_action.trigger()
    with qtbot.waitSignal(tab.edit.scanned):
        tab.edit.insertPlainText("这是神仙果")
    assert tab.edit.result.findings == ()
    assert window.packs.import_pack(str(edited_pack(tmp_path, add_rule)))
    assert told == [] and user_pack_path(paths.data_dir()).is_file()
    assert window.hub.imported and window.hub.pack.item("ZZ-01") is not None
    assert "ZZ-01" in window.checklist.rows and window.pack_label.text() == "Rule pack: Trainer's rules (imported)"
    assert [f.text for f in tab.edit.result.findings] == ["神仙果"]  # the open script is checked again
    assert window.packs.restore_action.isEnabled()
    assert window.packs.restore_pack()
    assert not user_pack_path(paths.data_dir()).exists() and "ZZ-01" not in window.checklist.rows
    assert tab.edit.result.findings == ()
    assert window.pack_label.text() == "Rule pack: Farm-produce live commerce rules (built in)"


def test_a_broken_user_pack_falls_back_to_the_built_in_one(qtbot, context):
    target = user_pack_path(paths.data_dir())
    target.parent.mkdir(parents=True)
    target.write_text('{"format": "villagecast-rule-pack"}', encoding="utf-8")
    win = ComplianceWindow(context, config.Settings())
    qtbot.addWidget(win)
    assert win.hub.pack is default_pack() and win.hub.pack_error is not None
    assert "refused" in win.pack_label.text() and "required" in win.pack_label.toolTip()
