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


def test_tools_menu_opens_the_scripts_window_and_closing_the_main_window_closes_it(qtbot, main_window):
    win = main_window("WAL-001")
    assert win.tools.compliance_action.shortcut().toString() == "Ctrl+Shift+K"
    assert win.tools.menu.actions()[:3] == [win.tools.broadcast_action, win.tools.compliance_action,
                                            win.tools.shipping_action]
    win.tools.compliance_action.trigger()
    scripts = win.tools.windows["compliance"]
    qtbot.waitExposed(scripts)
    assert win.tools.open_compliance() is scripts
    win.close()
    assert not scripts.isVisible()
    assert not win.settings.get(config.COMPLIANCE_GEOMETRY).isEmpty()


def test_tools_menu_opens_one_broadcast_window(qtbot, main_window):
    win = main_window("WAL-001")
    assert win.tools.broadcast_action.shortcut().toString() == "Ctrl+Shift+B"
    win.tools.broadcast_action.trigger()
    broadcast = win.tools.windows["broadcast"]
    qtbot.waitExposed(broadcast)
    assert win.tools.open_broadcast() is broadcast
    win.close()
    assert not broadcast.isVisible()
