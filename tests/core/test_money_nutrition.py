"""Money parsing and GB 28050 NRV arithmetic."""

import pytest

from villagecast.core import nutrition
from villagecast.core.errors import ValidationError
from villagecast.core.money import format_fen, parse_yuan


@pytest.mark.parametrize("text,fen", [("39.9", 3990), ("39.90", 3990), ("¥39.90", 3990), ("39.90元", 3990),
                                      ("0", 0), ("1,299", 129900), (" 12 ", 1200), ("０.５", 50)])
def test_parse_yuan(text, fen):
    assert parse_yuan(text) == fen


@pytest.mark.parametrize("text,code", [("-1", "negative"), ("abc", "not_a_number"), ("1.005", "too_precise"),
                                       ("nan", "not_a_number"), ("1e12", "too_large"), ("", "not_a_number")])
def test_parse_yuan_refuses(text, code):
    with pytest.raises(ValidationError) as info:
        parse_yuan(text)
    assert info.value.issues[0].code == code


def test_format_fen():
    assert format_fen(3990) == "39.90"
    assert format_fen(5) == "0.05"
    assert format_fen(0) == "0.00"
    assert format_fen(None) == ""
    assert format_fen(-150) == "-1.50"


def test_nrv_percent_2011_and_2025():
    assert nutrition.nrv_percent("protein", 14.9) == 25  # 14.9 / 60
    assert nutrition.nrv_percent("energy_kj", 2704) == 32  # 2704 / 8400
    assert nutrition.nrv_percent("sodium", 6.4) == 0
    assert nutrition.nrv_percent("zinc", 3.3, 2011) == 22
    assert nutrition.nrv_percent("zinc", 3.3, 2025) == 30  # NRV lowered to 11 mg
    assert nutrition.nrv_percent("sugar", 75) is None  # no NRV for sugar
    assert nutrition.nrv_percent("fat", 0.5) == 1  # 0.83 rounds half up to 1


def test_edition_switches_on_2027_03_16():
    from datetime import date
    assert nutrition.edition_for(date(2027, 3, 15)) == 2011
    assert nutrition.edition_for(date(2027, 3, 16)) == 2025


def test_declared_value_zero_limits_and_rounding():
    assert nutrition.declared_value("fat", 0.4) == 0
    assert nutrition.declared_value("fat", 0.56) == 0.6
    assert nutrition.declared_value("sodium", 4) == 0
    assert nutrition.declared_value("vitamin_a", 9, 2011) == 9
    assert nutrition.declared_value("vitamin_a", 9, 2025) == 0


def test_nutrition_table_shows_core_items_per_edition():
    values = {"energy_kj": 1380, "protein": 0.4, "fat": 1.9, "carbohydrate": 75.6, "sugar": 75.1, "sodium": 0.3}
    codes_2011 = [r["code"] for r in nutrition.nutrition_table(values, 2011)]
    codes_2025 = [r["code"] for r in nutrition.nutrition_table(values, 2025)]
    assert codes_2011 == ["energy_kj", "protein", "fat", "carbohydrate", "sugar", "sodium"]
    assert "saturated_fat" in codes_2025  # 1+6: saturated fat shown even when unknown
    row = next(r for r in nutrition.nutrition_table(values) if r["code"] == "carbohydrate")
    assert row["nrv_percent"] == 25


def test_nrv_percent_follows_the_declared_value():
    rows = {r["code"]: r for r in nutrition.nutrition_table({"protein": 0.3, "energy_kj": 1343, "sodium": 4})}
    assert rows["protein"]["declared"] == 0 and rows["protein"]["nrv_percent"] == 0
    assert rows["sodium"]["declared"] == 0 and rows["sodium"]["nrv_percent"] == 0
    assert rows["energy_kj"]["nrv_percent"] == 16
