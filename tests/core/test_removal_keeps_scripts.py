"""Undoing a product's removal puts its scripts back (they go with it: ON DELETE CASCADE)."""

from villagecast.core.broadcast.sessions import Broadcasts, Script
from villagecast.core.product import Product
from villagecast.storage.broadcast_repo import BroadcastRepository


def test_undoing_a_product_removal_brings_its_scripts_back(db, catalogue):
    catalogue.add(Product(sku="HON-1", name_zh="土蜂蜜"))
    book = Broadcasts(BroadcastRepository(db))
    book.save_script(Script("蜂蜜开场", "这是{产地}的土蜂蜜", "HON-1"))
    record = catalogue.record("HON-1")
    catalogue.remove("HON-1")
    assert book.scripts("HON-1") == []
    catalogue.restore(record)
    assert [(s.title, s.text) for s in book.scripts("HON-1")] == [("蜂蜜开场", "这是{产地}的土蜂蜜")]
