"""The Tools menu opens one shipping window, on the product selected in the catalogue."""

from villagecast.core.shipping.examples import add_examples
from villagecast.ui import settings as config


def test_tools_menu_opens_one_shipping_window_on_the_current_product(qtbot, main_window, context):
    add_examples(context.shipping, ["云南"])
    win = main_window("WAL-001")
    assert win.tools.shipping_action in win.tools.menu.actions()
    assert win.tools.shipping_action.shortcut().toString() == "Ctrl+Shift+S"
    win.tools.shipping_action.trigger()
    shipping = win.tools.windows["shipping"]
    qtbot.waitExposed(shipping)
    assert shipping.isVisible() and shipping.parent() is win
    assert shipping.show_product("WAL-001")
    win.select_sku("HON-002")
    assert win.tools.open_shipping() is shipping  # one instance, brought forward
    win.save_settings()  # the shipping window's layout is saved with the main window's
    assert not win.settings.get(config.SHIPPING_GEOMETRY).isEmpty()
