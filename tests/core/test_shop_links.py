"""A product's shop links: validated, stored in order, removed with the product, undone with a save."""

import pytest

from villagecast.core.errors import ValidationError
from villagecast.core.product import Product, ShopLink
from villagecast.core.validation import validate_product


def honey(**kw):
    return Product(sku="HON-1", name_zh="土蜂蜜", **kw)


def codes(issues):
    return {(i.field, i.code) for i in issues}


def test_links_are_stored_in_order_and_replaced_on_save(catalogue):
    links = [ShopLink("kuaishou", "https://example.com/ks/HON-1"), ShopLink("douyin", "https://example.com/dy/1")]
    catalogue.add(honey(shop_links=links))
    back = catalogue.get("HON-1")
    assert [(x.platform, x.url) for x in back.shop_links] == [(x.platform, x.url) for x in links]
    assert all(x.id for x in back.shop_links)
    back.shop_links = back.shop_links[1:]
    catalogue.save("HON-1", back)
    assert [x.platform for x in catalogue.get("HON-1").shop_links] == ["douyin"]
    assert Product.from_dict(catalogue.get("HON-1").to_dict()).shop_links[0].url == "https://example.com/dy/1"


@pytest.mark.parametrize("url, code", [
    ("", "required"), ("example.com/x", "bad_url"), ("ftp://example.com/x", "bad_url"),
    ("https://example.com/a b", "bad_url"), ("https://example.com/\n", "bad_url"),
    ("https://" + "a" * 2000, "bad_url"),
])
def test_a_bad_link_is_refused_and_nothing_is_written(catalogue, url, code):
    with pytest.raises(ValidationError) as err:
        catalogue.add(honey(shop_links=[ShopLink("douyin", url)]))
    assert ("shop_links[0].url", code) in codes(err.value.issues)
    assert not catalogue.exists("HON-1")


def test_unknown_platform_and_duplicate_links_are_errors():
    p = honey(shop_links=[ShopLink("tiktok", "https://example.com/1"), ShopLink("douyin", "https://example.com/1")])
    assert codes(validate_product(p)) >= {("shop_links[0].platform", "bad_choice"), ("shop_links[1].url", "duplicate")}
    assert validate_product(honey(shop_links=[ShopLink("wechat", "http://example.com/商品?id=1")])) == []
