"""Editing helpers keep citations consistent; the catalogue's undo operations put things back exactly."""

from datetime import date, datetime, timedelta, timezone

import pytest

from villagecast.core import editing
from villagecast.core.catalogue import Catalogue
from villagecast.core.errors import NotFound, StockError
from villagecast.core.fields import parse_field
from villagecast.core.errors import ValidationError
from villagecast.core.product import AuditEntry, Certificate, Document, Evidence, Photo, Product, TalkingPoint
from villagecast.storage import Repository


def walnut() -> Product:
    return Product(
        sku="WAL-1", name_zh="核桃", category="nuts", live_price_fen=3990, list_price_fen=5990,
        certificates=[Certificate("organic", "ORG-1"), Certificate("inspection_report", "JC-1")],
        documents=[Document("果园照片")],
        talking_points=[TalkingPoint("origin", "有机核桃", [Evidence("certificate", "ORG-1")]),
                        TalkingPoint("taste", "香", [Evidence("document", "果园照片"),
                                                    Evidence("certificate", "JC-1")])],
        audit=[AuditEntry("qualification_review", "王", "2026-11-01", "passed", [Evidence("certificate", "ORG-1")])],
        photos=[Photo("ab/" + "a" * 64 + ".jpg", "cd/" + "c" * 64 + ".jpg", 1600, 1200, "IMG_1.jpg")])


def test_renaming_a_certificate_rewrites_every_citation():
    p = walnut()
    renamed = editing.set_certificate(p, 0, Certificate("organic", "ORG-2"))
    assert renamed.talking_points[0].evidence == [Evidence("certificate", "ORG-2")]
    assert renamed.audit[0].evidence == [Evidence("certificate", "ORG-2")]
    assert p.talking_points[0].evidence == [Evidence("certificate", "ORG-1")]  # the original is untouched


def test_removing_evidence_drops_its_citations_so_points_become_unsupported():
    p = editing.remove_certificate(walnut(), 0)
    assert not p.talking_points[0].supported
    assert p.audit[0].evidence == []
    p = editing.remove_document(p, 0)
    assert p.talking_points[1].evidence == [Evidence("certificate", "JC-1")]
    doc = editing.set_document(p, None, Document("合同"))
    assert [d.title for d in doc.documents] == ["合同"]


def test_list_moves_and_nutrients():
    p = editing.move_item(walnut(), "talking_points", 0, +1)
    assert [t.text for t in p.talking_points] == ["香", "有机核桃"]
    assert editing.move_item(p, "talking_points", 1, +5).talking_points[1].text == "有机核桃"  # clamped
    p = editing.set_nutrient(p, "protein", 14.9)
    assert p.nutrition == {"protein": 14.9}
    assert editing.set_nutrient(p, "protein", None).nutrition == {}


@pytest.mark.parametrize("name,text,value", [
    ("net_weight_g", "１０００", 1000), ("live_price_fen", " ３９.９ ", 3990), ("length_cm", "12.5", 12.5),
    ("shelf_life_days", "", None), ("name_zh", " 核桃 ", " 核桃 "), ("harvest_date", "2026-10-01", "2026-10-01")])
def test_parse_field_reads_typed_text(name, text, value):
    assert parse_field(name, text) == value


@pytest.mark.parametrize("name,text,code", [
    ("net_weight_g", "一千", "not_an_integer"), ("live_price_fen", "39.999", "too_precise"),
    ("width_cm", "wide", "not_a_number"), ("units_per_pack", "", "not_an_integer")])
def test_parse_field_refuses_bad_text(name, text, code):
    with pytest.raises(ValidationError) as info:
        parse_field(name, text)
    assert info.value.issues[0].code == code and info.value.issues[0].field == name


def test_revert_puts_the_old_state_back_and_forgets_the_price_change(catalogue: Catalogue):
    catalogue.add(walnut())
    before = catalogue.get("WAL-1")
    after = editing.clone(before)
    after.live_price_fen, after.sku, after.name_zh = 990, "WAL-2", "薄皮核桃"
    changes = catalogue.save("WAL-1", after)
    assert len(changes.price_ids) == 1
    assert [r["price_fen"] for r in catalogue.price_history("WAL-2", "live")] == [3990, 990]
    catalogue.revert("WAL-2", before, changes.price_ids)
    back = catalogue.get("WAL-1")
    assert back.to_dict() | {"id": None} == before.to_dict() | {"id": None} | _child_ids(back)
    assert [r["price_fen"] for r in catalogue.price_history("WAL-1", "live")] == [3990]
    assert not catalogue.exists("WAL-2")


def _child_ids(p: Product) -> dict:
    """``p``'s children ids (rewritten on every save) so two states compare on content."""
    d = p.to_dict()
    return {k: d[k] for k in ("certificates", "documents", "talking_points", "photos", "audit")}


def test_record_and_restore_bring_back_history_with_its_times(db):
    past = datetime(2026, 11, 1, 8, tzinfo=timezone.utc)
    clock = [past]
    catalogue = Catalogue(Repository(db), clock=lambda: clock[0])
    catalogue.add(walnut(), opening_stock=30)
    clock[0] = past + timedelta(days=2)
    catalogue.move_stock("WAL-1", "sell", 4, "直播成交")
    catalogue.set_price("WAL-1", 3590)
    history, prices = catalogue.stock_history("WAL-1"), catalogue.price_history("WAL-1")
    record = catalogue.record("WAL-1")
    catalogue.remove("WAL-1")
    assert not catalogue.exists("WAL-1")
    catalogue.restore(record)
    strip = lambda rows: [{k: v for k, v in r.items() if k != "id"} for r in rows]  # noqa: E731
    assert strip(catalogue.stock_history("WAL-1")) == strip(history)
    assert strip(catalogue.price_history("WAL-1")) == strip(prices)
    assert catalogue.reference_price("WAL-1", day=date(2026, 11, 4)) == 3590
    restored = catalogue.get("WAL-1")
    assert [(ph.file, ph.thumb, ph.source_name) for ph in restored.photos] == [
        (ph.file, ph.thumb, ph.source_name) for ph in walnut().photos]
    with pytest.raises(ValidationError):
        catalogue.restore(record)  # the SKU is taken again now


def test_undo_move_takes_a_movement_back_unless_stock_would_go_negative(catalogue: Catalogue):
    catalogue.add(walnut())
    received = catalogue.move_stock("WAL-1", "receive", 10).move_id
    sold = catalogue.move_stock("WAL-1", "sell", 8).move_id
    with pytest.raises(StockError):
        catalogue.undo_move("WAL-1", received)  # 8 of them are sold already
    assert catalogue.on_hand("WAL-1") == 2
    catalogue.undo_move("WAL-1", sold)
    catalogue.undo_move("WAL-1", received)
    assert catalogue.on_hand("WAL-1") == 0 and catalogue.stock_history("WAL-1") == []
    with pytest.raises(NotFound):
        catalogue.undo_move("WAL-1", received)
