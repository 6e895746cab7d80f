"""Checklist tab: sessions, ticks stored with their times through undoable commands, upcoming and finished items."""

import pytest
from PySide6.QtCore import QLocale

from villagecast.ui import formats
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
def checklist(window):
    tab = window.checklist
    tab.create_session("周五晚场")
    return tab


def stored_ticks(window, session_id):
    return {t.item_id: t.ticked_at for t in window.hub.book.session(session_id).ticks}


def test_rows_by_phase_with_always_items_in_each(window):
    tab = window.checklist
    pack = window.hub.pack
    always = [i.id for i in pack.checklist if i.phases == ("always",)]
    assert always and all(len(tab.rows[i]) == 3 for i in always)
    two = next(i for i in pack.checklist if i.phases == ("before", "during"))
    assert len(tab.rows[two.id]) == 2
    assert sum(len(r) for r in tab.rows.values()) == sum(
        sum(i.in_phase(p) for p in ("before", "during", "after")) for i in pack.checklist)
    row = tab.rows["ID-01"][0]
    assert row.text.text() == pack.item("ID-01").text_en
    assert "Required by law" in row.meta.text() and "直播营销办法" in row.meta.text()
    assert not row.box.isEnabled()  # no session yet
    assert tab.status.text().startswith("No session yet")


def test_upcoming_items_are_greyed_and_not_tickable(checklist):
    row = checklist.rows["LABEL-02"][0]
    assert "Upcoming from 16 Mar 2027" in row.meta.text()  # a date for reading, in the UI language
    assert not row.box.isEnabled()
    assert checklist.rows["ID-01"][0].box.isEnabled()


def test_tick_untick_with_times_and_undo(qtbot, window, checklist, context):
    sid = checklist.current_session_id()
    row = checklist.rows["ID-01"][0]
    row.box.click()
    ticks = stored_ticks(window, sid)
    assert list(ticks) == ["ID-01"]
    first_time = ticks["ID-01"]
    local = formats.time_text(first_time)  # ticked today: the time alone, in the locale's form
    assert row.box.isChecked() and row.time.text() == f"ticked {local}"
    assert checklist.headings["before"].text().startswith("Before the broadcast \u2014 1 of ")
    assert context.undo_stack.undoText().startswith("Tick")
    window.undo_action.trigger()
    assert stored_ticks(window, sid) == {} and not row.box.isChecked() and row.time.text() == ""
    window.redo_action.trigger()
    assert stored_ticks(window, sid) == {"ID-01": first_time}  # the tick comes back with its own time
    row.text.clicked.emit()  # clicking the text toggles too
    assert stored_ticks(window, sid) == {} and not row.box.isChecked()
    window.undo_action.trigger()
    assert stored_ticks(window, sid) == {"ID-01": first_time} and row.box.isChecked()


def test_an_item_in_two_phases_is_ticked_once(window, checklist):
    item = next(i for i in window.hub.pack.checklist if i.phases == ("always",))
    first, second, third = checklist.rows[item.id]
    second.box.click()
    assert first.box.isChecked() and third.box.isChecked()
    assert list(stored_ticks(window, checklist.current_session_id())) == [item.id]


def test_undo_brings_its_session_back_into_view(window, checklist):
    first = checklist.current_session_id()
    checklist.rows["ID-01"][0].box.click()
    second = checklist.create_session("周六早场")
    assert checklist.current_session_id() == second and not checklist.rows["ID-01"][0].box.isChecked()
    window.tabs.setCurrentWidget(window.scripts)
    window.undo_action.trigger()
    assert window.tabs.currentWidget() is window.checklist and checklist.current_session_id() == first
    assert not checklist.rows["ID-01"][0].box.isChecked()


def test_finished_session_is_read_only(window, checklist):
    sid = checklist.current_session_id()
    checklist.rows["ID-01"][0].box.click()
    book = window.hub.book
    book.go_live(sid, {"findings": [], "unticked": []})
    window.checklist.refresh_sessions()
    assert checklist.end_button.isEnabled() and checklist.status.text().startswith("On air since")
    checklist.rows["AD-01"][0].box.click()  # during the show: still tickable
    book.finish(sid)
    checklist.refresh_sessions()
    assert checklist.status.text().endswith("This record is read-only.")
    assert not any(r.box.isEnabled() for rows in checklist.rows.values() for r in rows)
    assert checklist.rows["ID-01"][0].box.isChecked()
    checklist._toggled("ID-02", True)  # even if a click got through, nothing is written
    assert set(stored_ticks(window, sid)) == {"ID-01", "AD-01"}


def test_end_the_broadcast_asks_then_finishes(window, checklist, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    sid = checklist.current_session_id()
    window.hub.book.go_live(sid, {"findings": [], "unticked": []})
    checklist.refresh_sessions()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    checklist.end_button.click()
    assert window.hub.book.session(sid).status == "live"
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    checklist.end_button.click()
    assert window.hub.book.session(sid).status == "finished"
    assert "finished" in checklist.sessions.currentText()


def test_chinese_interface_shows_text_zh(window):
    before = QLocale()
    QLocale.setDefault(QLocale("zh_CN"))
    try:
        window.retranslate_ui()
        assert window.checklist.rows["ID-01"][0].text.text() == window.hub.pack.item("ID-01").text_zh
    finally:
        QLocale.setDefault(before)
        window.retranslate_ui()
    assert window.checklist.rows["ID-01"][0].text.text() == window.hub.pack.item("ID-01").text_en


def test_the_legal_source_follows_the_ui_language(qapp):
    """Chinese UI: the citation entirely in Chinese (source_zh); English UI: as cited; a pack without
    source_zh shows its source in both."""
    import dataclasses

    from PySide6.QtCore import QLocale

    from villagecast.core.compliance import default_pack
    from villagecast.ui.compliance.words import item_source

    item = default_pack().item("ID-01")
    before = QLocale()
    try:
        QLocale.setDefault(QLocale("zh_CN"))
        assert item_source(item) == item.source_zh and item_source(item).startswith("《直播营销办法》第17条")
        assert item_source(dataclasses.replace(item, source_zh="")) == item.source
        QLocale.setDefault(QLocale("en"))
        assert item_source(item) == item.source == "直播营销办法 Art. 17; 未成年人保护法 (no streamer accounts under 16)"
    finally:
        QLocale.setDefault(before)
