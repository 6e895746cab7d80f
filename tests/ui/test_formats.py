"""Money, numbers, weights, dates and times follow the chosen UI language (QLocale default)."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from decimal import Decimal

import pytest
from PySide6.QtCore import QLocale, QTranslator

from villagecast.core.money import parse_yuan
from villagecast.ui import formats

UNITS_ZH = {"Formats|%1 kg": "%1 公斤", "Formats|%1 g": "%1 克", "Formats|%1 %2": "%1 %2"}


class Table(QTranslator):
    def __init__(self, table):
        super().__init__()
        self.table = table

    def translate(self, context, source, disambiguation=None, n=-1):  # noqa: ARG002
        return self.table.get(f"{context}|{source}")

    def isEmpty(self):  # noqa: N802
        return False


@pytest.fixture
def ui_locale(qapp):
    """Set the UI locale (and, for zh_CN, the unit words) as ``Translations.switch`` would; restored after."""
    before = QLocale()
    installed = []

    def use(name: str):
        QLocale.setDefault(QLocale(name))
        if name.startswith("zh") and not installed:
            installed.append(Table(UNITS_ZH))
            qapp.installTranslator(installed[-1])

    yield use
    for translator in installed:
        qapp.removeTranslator(translator)
    QLocale.setDefault(before)


@pytest.mark.parametrize("name", ["zh_CN", "en"])
def test_money_is_yuan_with_thousands_separators_in_both_languages(ui_locale, name):
    ui_locale(name)
    assert formats.money(3990) == "¥39.90"
    assert formats.money(123450) == "¥1,234.50"
    assert formats.money(1234567800) == "¥12,345,678.00"
    assert formats.money(5) == "¥0.05"
    assert formats.money(-1230) == "-¥12.30"
    assert formats.money(123450, symbol=False) == "1,234.50"
    assert formats.money(None) == ""
    assert formats.money_plain(123450) == "1234.50"
    assert parse_yuan(formats.money(123450)) == 123450  # a copied figure still reads back


def test_money_follows_a_locale_with_other_separators(ui_locale):
    ui_locale("de_DE")  # not a UI language, but proves the separators come from the locale
    assert formats.money(123450) == "¥1.234,50"
    assert formats.number(Decimal("1234.5")) == "1.234,5"


def test_numbers_and_percentages(ui_locale):
    ui_locale("en")
    assert formats.integer(12800) == "12,800"
    assert formats.number(Decimal("5.600")) == "5.6"
    assert formats.number(2.5, 2) == "2.50"
    assert formats.number(1 / 3) == "0.333"
    assert formats.number(Decimal("0.0005")) == "0.001"  # half up at the third decimal
    assert formats.number(-1234) == "-1,234"
    assert formats.percent(Decimal("12.5")) == "12.5%"
    assert formats.number(None) == "" and formats.integer(None) == ""


def test_weights_in_english(ui_locale):
    ui_locale("en")
    assert formats.weight(5600) == "5.6 kg"
    assert formats.weight(6000) == "6 kg"
    assert formats.weight(3750) == "3.75 kg"
    assert formats.weight(500) == "500 g"
    assert formats.weight(500, "kg") == "0.5 kg"
    assert formats.weight(25000, "g") == "25,000 g"
    assert formats.kilograms(1234567) == "1,234.567"
    assert formats.weight(None) == ""


def test_weights_in_chinese(ui_locale):
    ui_locale("zh_CN")
    assert formats.weight(5600) == "5.6 公斤"
    assert formats.weight(500) == "500 克"


def test_dates(ui_locale):
    day = date(2026, 12, 1)
    ui_locale("zh_CN")
    assert formats.date_text(day) == "2026年12月1日"
    assert formats.date_text(day, year=False) == "12月1日"
    assert formats.date_text("2026-03-05") == "2026年3月5日"
    ui_locale("en")
    assert formats.date_text(day) == "1 Dec 2026"
    assert formats.date_text(day, year=False) == "1 Dec"
    assert formats.iso_date(day) == "2026-12-01"  # typed dates and file names stay ISO
    assert formats.date_text(None) == ""


def test_times_are_local_and_in_the_locale_form(ui_locale):
    moment = datetime(2026, 12, 1, 14, 5, 9).astimezone()  # 14:05:09 local time
    stored = moment.astimezone(timezone.utc).isoformat()  # how the database keeps it
    ui_locale("zh_CN")
    assert formats.time_text(stored) == "14:05"
    assert formats.time_text(moment, seconds=True) == "14:05:09"
    ui_locale("en")  # a no-break space before PM (not CLDR's narrow one, which CJK fonts lack)
    assert formats.time_text(stored) == "2:05\u00a0PM"
    assert formats.time_text(stored, seconds=True) == "2:05:09\u00a0PM"
    assert formats.time_text(None) == ""


def test_date_and_time_shortened_by_how_recent(ui_locale):
    now = datetime(2026, 12, 1, 20, 0).astimezone()
    today = (now - timedelta(hours=5)).astimezone(timezone.utc).isoformat()
    this_year = datetime(2026, 3, 5, 9, 30).astimezone()
    last_year = datetime(2025, 3, 5, 9, 30).astimezone()
    ui_locale("zh_CN")
    assert formats.datetime_text(today, now) == "15:00"
    assert formats.datetime_text(this_year, now) == "3月5日 09:30"
    assert formats.datetime_text(last_year, now) == "2025年3月5日 09:30"
    ui_locale("en")
    assert formats.datetime_text(today, now) == "3:00\u00a0PM"
    assert formats.datetime_text(this_year, now) == "5 Mar 9:30\u00a0AM"
    assert formats.datetime_text(last_year, now) == "5 Mar 2025 9:30\u00a0AM"
    naive_utc = datetime(2026, 12, 1, 6, 0)  # naive = UTC, as older rows are stored
    assert formats.local_moment(naive_utc) == naive_utc.replace(tzinfo=timezone.utc)


def test_province_names_follow_the_ui_language_in_messages_and_the_shipping_window(ui_locale):
    """The core puts official names (北京市) in its reasons and breakdowns; the English UI shows Beijing."""
    from villagecast import messages, shipping_messages
    from villagecast.core.shipping import provinces
    from villagecast.ui.shipping import words

    inner = provinces.find("内蒙古")
    ui_locale("en")
    assert messages.province_shown("北京市") == "Beijing" and messages.province_shown("火星") == "火星"
    reason = shipping_messages.describe_reason("winter_freeze", {"province": "黑龙江省"})
    assert reason.endswith("to Heilongjiang in winter.")
    assert words.province_name(inner) == "Inner Mongolia" == words.province_name(inner, short=True)
    assert words.province_list([inner, provinces.find("广东")]) == "Inner Mongolia, Guangdong"
    ui_locale("zh_CN")
    assert messages.province_shown("北京市") == "北京市"
    assert (words.province_name(inner), words.province_name(inner, short=True)) == ("内蒙古自治区", "内蒙古")
    assert words.province_list([inner, provinces.find("广东")]) == "内蒙古、广东"
    assert [p.code for p in map(provinces.find, provinces.split_list("Inner Mongolia, Guangdong"))] == [
        inner.code, provinces.find("广东").code]  # what a zone shows in English reads back
