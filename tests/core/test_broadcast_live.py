"""A show on air: segment log, sales refusing oversell with undo, count-downs, reminders, corrections, resume."""

from datetime import datetime, timedelta, timezone

import pytest

from villagecast.core.broadcast.clock import iso
from villagecast.core.broadcast.live import LiveSessions
from villagecast.core.broadcast.reminders import Reminder, load_reminders, parse_reminders
from villagecast.core.broadcast.runsheet import RunSheets
from villagecast.core.broadcast.sessions import Broadcasts, SessionError
from villagecast.core.catalogue import Catalogue
from villagecast.core.compliance import default_pack
from villagecast.core.errors import StockError, ValidationError
from villagecast.core.product import Product
from villagecast.storage import Repository, open_database
from villagecast.storage.broadcast_repo import BroadcastRepository, LiveRepository
from villagecast.storage.runsheet_repo import RunSheetRepository

T0 = datetime(2026, 12, 1, 12, 0, tzinfo=timezone.utc)


class Clock:
    def __init__(self):
        self.now = T0

    def __call__(self):
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += timedelta(seconds=seconds)


class Env:
    """Every service over one database file; ``reopen()`` is the app starting again."""

    def __init__(self, path, clock):
        self.path, self.clock = path, clock
        self.open()

    def open(self):
        self.db = open_database(self.path)
        self.catalogue = Catalogue(Repository(self.db), clock=self.clock)
        self.book = Broadcasts(BroadcastRepository(self.db), clock=lambda: iso(self.clock()))
        self.sheets = RunSheets(RunSheetRepository(self.db), self.catalogue, clock=self.clock)
        self.live = LiveSessions(LiveRepository(self.db), self.catalogue, self.book, clock=self.clock,
                                 reminders=[Reminder("AFTER-05", 15), Reminder("PRICE-01", 10)])

    def reopen(self):
        self.db.close()
        self.open()


@pytest.fixture
def env(tmp_path):
    clock = Clock()
    e = Env(tmp_path / "shop.db", clock)
    e.catalogue.add(Product(sku="HON-1", name_zh="土蜂蜜", live_price_fen=6800), opening_stock=10)
    e.catalogue.add(Product(sku="WAL-2", name_zh="核桃", live_price_fen=3590), opening_stock=3)
    sid = e.sheets.create("周五晚场").sheet_id
    e.sheets.add_segment(sid, "opening", "开场", planned_s=60, script="大家好")
    e.sheets.add_product(sid, "HON-1", planned_s=300, script="{品名}{价格}元")
    e.sheets.add_product(sid, "WAL-2", planned_s=300)
    e.sheets.add_product(sid, "HON-1", queue="refeature", planned_s=120)
    e.sheets.add_segment(sid, "closing", "收尾", planned_s=60)
    e.sheet_id = sid
    e.session = e.book.create_session("12月1日晚场")
    yield e
    e.db.close()


def on_air(env, **kw):
    return env.live.start(env.session.id, env.sheets.sheet(env.sheet_id), gate={"findings": [], "unticked": []}, **kw)


def test_start_copies_the_sheet_and_logs_segments_with_utc_times(env):
    live = on_air(env)
    assert [(s.index, s.kind, s.refeature) for s in live.segments] == [
        (0, "opening", False), (1, "product", False), (2, "product", False), (3, "closing", False),
        (4, "product", True)]
    assert env.book.session(env.session.id).status == "live"  # went on air in the same transaction
    env.clock.advance(65)
    assert live.next().index == 1
    env.clock.advance(200)
    live.go_to(3)
    assert live.go_to(3) is None  # already there: nothing written
    env.clock.advance(10)
    live.previous()
    log = live.state().log
    assert [(e.index, e.entered_at, e.left_at) for e in log] == [
        (0, iso(T0), iso(T0 + timedelta(seconds=65))),
        (1, iso(T0 + timedelta(seconds=65)), iso(T0 + timedelta(seconds=265))),
        (3, iso(T0 + timedelta(seconds=265)), iso(T0 + timedelta(seconds=275))),
        (2, iso(T0 + timedelta(seconds=275)), None)]
    assert live.state().position.segment == 2  # entering a segment puts the prompter at its start
    env.sheets.set_script(env.sheets.sheet(env.sheet_id).segments[1].id, "改过的")
    assert live.state().segments[1].script == "{品名}{价格}元"  # the show keeps the script it went on air with
    with pytest.raises(SessionError) as err:
        on_air(env)
    assert err.value.code == "already_live"


def test_a_session_not_on_air_needs_the_gate(env):
    other = env.book.create_session("没过关")
    with pytest.raises(SessionError) as err:
        env.live.start(other.id, env.sheets.sheet(env.sheet_id))
    assert err.value.code == "not_on_air" and env.live.resumable() == []


def test_sales_refuse_oversell_and_undo(env):
    live = on_air(env)
    with pytest.raises(SessionError) as err:
        live.sell(1)  # the opening has no product
    assert err.value.code == "no_product"
    live.next()
    first = live.sell(2)
    assert (first.sku, first.quantity, first.index) == ("HON-1", 2, 1)
    assert env.catalogue.on_hand("HON-1") == 8
    live.go_to(2)
    live.sell(3)
    with pytest.raises(StockError) as err:
        live.sell(1)  # the walnuts are sold out
    assert err.value.code == "below_zero"
    assert live.state().sold_out(2) and not live.state().sold_out(1)
    live.undo_sale(first)
    assert env.catalogue.on_hand("HON-1") == 10 and live.sold() == {"WAL-2": 3}
    moves = env.catalogue.stock_history("WAL-2")
    assert moves[-1]["session_id"] == str(env.session.id) and moves[-1]["kind"] == "sell"


def test_countdown_end_time_and_real_quantity_left(env):
    live = on_air(env)
    live.next()
    live.sell(1)  # before the count-down: not counted
    env.clock.advance(10)
    c = live.start_countdown(300, 5)
    assert c.sku == "HON-1" and c.ends_at == iso(T0 + timedelta(seconds=310))
    with pytest.raises(SessionError):
        live.start_countdown(60, 1)  # one running count-down per product
    env.clock.advance(30)
    sale = live.sell(2)
    [state] = live.countdowns()
    assert (state.sold, state.left, state.available, state.ended, state.remaining_s) == (2, 3, 3, False, 270.0)
    live.undo_sale(sale)
    assert live.countdowns()[0].left == 5
    live.sell(5)
    [state] = live.countdowns()
    assert (state.left, state.ended, state.reason, state.remaining_s) == (0, True, "quantity", 0.0)
    late = env.clock.now + timedelta(seconds=1000)
    assert live.countdowns(late)[0].reason == "quantity"  # the first ending counts
    live.go_to(2)
    short = live.start_countdown(60, 10)
    assert (live.countdowns()[1].available, live.countdowns()[1].left) == (3, 10)  # capped by the 3 in stock
    env.clock.advance(61)
    assert live.countdowns()[1].reason == "time" and live.countdowns()[1].sold == 0
    live.remove_countdown(short.id)
    assert len(live.countdowns()) == 1
    live.restore_countdown(short)
    stopped = live.start_countdown(60, 1, sku="WAL-2")
    live.stop_countdown(stopped.id)
    assert live.countdowns()[-1].reason == "stopped"
    live.resume_countdown(stopped.id)
    assert live.countdowns()[-1].ended is False
    with pytest.raises(ValidationError):
        live.start_countdown(0, 1)


def test_reminders_fall_due_and_acknowledging_restarts_them(env):
    live = on_air(env)
    env.clock.advance(9 * 60)
    assert live.due_reminders() == []
    env.clock.advance(60)
    assert [r.item_id for r in live.due_reminders()] == ["PRICE-01"]
    ack = live.acknowledge("PRICE-01")
    env.clock.advance(5 * 60)
    due = live.due_reminders()
    assert [(r.item_id, r.overdue_s) for r in due] == [("AFTER-05", 0.0)]
    states = {r.item_id: r for r in live.reminders()}
    assert states["PRICE-01"].due_at == iso(T0 + timedelta(minutes=20)) and states["PRICE-01"].count == 1
    live.unacknowledge(ack)
    assert {r.item_id for r in live.due_reminders()} == {"AFTER-05", "PRICE-01"}
    with pytest.raises(ValidationError):
        live.acknowledge("ID-01")


def test_shipped_reminders_are_during_items_of_the_pack():
    pack = default_pack()
    reminders, issues = load_reminders(pack)
    assert issues == [] and {r.item_id for r in reminders} >= {"AFTER-05", "PRICE-01"}
    assert all(pack.item(r.item_id).in_phase("during") for r in reminders)
    data = {"format": "villagecast-reminders", "reminders": {"ID-01": 5, "NOPE": 5, "AD-01": 0, "DATA-02": 12}}
    kept, issues = parse_reminders(data, pack, T0.date())
    assert kept == [Reminder("DATA-02", 12)]
    assert [i.code for i in issues] == ["not_during", "unknown_item", "out_of_range"]


def test_corrections_are_logged_with_time_and_segment(env):
    live = on_air(env)
    live.next()
    env.clock.advance(42)
    c = live.correct("刚才说无添加", "配料表里有白砂糖")
    assert (c.index, c.at) == (1, iso(T0 + timedelta(seconds=42)))
    removed = live.remove_correction(c.id)
    assert live.state().corrections == ()
    live.restore_correction(removed)
    assert live.state().corrections == (c,)
    with pytest.raises(ValidationError):
        live.correct("", "x")


def test_resume_after_reopening_gives_the_same_numbers(env):
    live = on_air(env, speed=260)
    live.next()
    live.sell(3)
    live.start_countdown(600, 8)
    live.save_position(1, 57, 0.25, 300)
    live.correct("说错价格", "68元")
    env.clock.advance(20)
    before = live.state()

    env.reopen()  # the app is killed and started again
    [offer] = env.live.resumable()
    assert (offer.session_id, offer.position, offer.sheet_title, offer.segments) == (
        env.session.id, before.position, "周五晚场", 5)
    env.clock.advance(100)
    again = env.live.resume(env.session.id).state(now=env.clock.now - timedelta(seconds=100))
    for name in ("position", "speed", "segments", "current", "sold", "on_hand", "countdowns", "corrections",
                 "updated_at"):
        assert getattr(again, name) == getattr(before, name), name
    assert again.position.offset == 57 and again.speed == 300
    log = again.log
    assert log[-2].left_at == before.updated_at and (log[-1].index, log[-1].how) == (1, "resume")


def test_finish_closes_everything_and_refuses_writes(env):
    live = on_air(env)
    live.next()
    live.start_countdown(600, 5)
    env.clock.advance(30)
    live.finish()
    state = live.state()
    assert state.ended and all(e.left_at for e in state.log) and state.countdowns[0].reason == "stopped"
    assert live.save_position(1, 0, 0.0, 240) is False
    for call in (lambda: live.sell(1), lambda: live.next(), lambda: live.correct("a", "b"),
                 lambda: live.start_countdown(10, 1)):
        with pytest.raises(SessionError):
            call()
    assert env.live.resumable() == []


def test_a_session_finished_elsewhere_takes_no_more_positions(env):
    live = on_air(env)
    assert live.save_position(0, 3, 0.5, 240) is True
    env.book.finish(env.session.id)  # e.g. from the compliance window
    assert live.save_position(0, 9, 0.5, 240) is False and live.state().position.offset == 3
    with pytest.raises(SessionError):
        live.sell(1, "HON-1")
