"""Scripts and broadcast sessions: ticks with their times, the gate recorded at go-live, undo data."""

import itertools

import pytest

from villagecast.core.broadcast.sessions import Broadcasts, Script, SessionError
from villagecast.core.errors import NotFound, ValidationError
from villagecast.core.product import Product
from villagecast.storage.broadcast_repo import BroadcastRepository


@pytest.fixture
def book(db, catalogue):
    catalogue.add(Product(sku="HON-1", name_zh="土蜂蜜"))
    times = (f"2026-12-01T08:{m:02d}:00+00:00" for m in itertools.count())
    return Broadcasts(BroadcastRepository(db), clock=lambda: next(times))


def test_scripts_per_product_and_free(book, catalogue):
    opening = book.save_script(Script("开场", "大家好，欢迎来到直播间"))
    honey = book.save_script(Script("蜂蜜", "这是{产地}的土蜂蜜，{价格}元", "HON-1"))
    assert [s.title for s in book.scripts(free=True)] == ["开场"]
    assert [s.id for s in book.scripts("HON-1")] == [honey.id]
    assert len(book.scripts()) == 2
    honey.text = "改过的"
    book.save_script(honey)
    assert book.scripts("HON-1")[0].text == "改过的" and book.scripts("HON-1")[0].updated_at > honey.updated_at
    removed = book.delete_script(opening.id)
    assert book.scripts(free=True) == []
    assert book.restore_script(removed).text == "大家好，欢迎来到直播间"
    catalogue.remove("HON-1")
    assert book.scripts("HON-1") == [] and len(book.scripts()) == 1


def test_bad_scripts_write_nothing(book):
    with pytest.raises(ValidationError):
        book.save_script(Script("", "x"))
    with pytest.raises(ValidationError):
        book.save_script(Script("t", "好" * 50_001))
    with pytest.raises(NotFound):
        book.save_script(Script("t", "x", "NOPE"))
    assert book.scripts() == []


def test_ticks_keep_their_time_and_untick_restores(book):
    s = book.create_session("周五晚场")
    first = book.tick(s.id, "LS-01")
    assert book.tick(s.id, "LS-01") is None  # already ticked: nothing written
    book.tick(s.id, "AD-01")
    assert [(t.item_id, t.ticked_at) for t in book.session(s.id).ticks] == [
        ("LS-01", first.ticked_at), ("AD-01", "2026-12-01T08:02:00+00:00")]
    removed = book.untick(s.id, "LS-01")
    assert set(book.session(s.id).ticked()) == {"AD-01"}
    book.restore_tick(s.id, removed)
    assert book.session(s.id).ticked()["LS-01"].ticked_at == first.ticked_at


def test_going_on_air_records_the_gate(book):
    clear = book.create_session("clear")
    assert book.go_live(clear.id, {"findings": [], "unticked": []}).overridden is False
    s = book.create_session("anyway", rehearsal=True)
    live = book.go_live(s.id, {"findings": [{"rule": "AD-01", "text": "最好"}], "unticked": ["LS-02"]})
    back = book.session(s.id)
    assert back.overridden and back.rehearsal and back.status == "live" and back.started_at == live.started_at
    assert back.gate["findings"][0]["text"] == "最好"
    with pytest.raises(SessionError):
        book.go_live(s.id, {})
    book.finish(s.id)
    with pytest.raises(SessionError) as err:
        book.tick(s.id, "X")
    assert err.value.code == "session_finished"
    assert [x.title for x in book.sessions()] == ["anyway", "clear"]
