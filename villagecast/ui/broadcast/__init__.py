"""The broadcast window: run sheets (排品 / 直播脚本) with live compliance, going on air, post-show reports.

Entry point: ``show_broadcast(window, context, settings, sku=None)`` (suggested menu shortcut ``SHORTCUT``).
The window module is imported on first use, so importing this package (the on-air modules beside it do) is cheap.
"""

SHORTCUT = "Ctrl+Shift+B"


def show_broadcast(window, context, settings, sku=None):
    """Open (or bring forward) the broadcast window; with ``sku``, that product ready to add to the run sheet."""
    from .window import show_broadcast as show

    return show(window, context, settings, sku)


def __getattr__(name):
    if name == "BroadcastWindow":
        from .window import BroadcastWindow

        return BroadcastWindow
    raise AttributeError(name)


__all__ = ["SHORTCUT", "BroadcastWindow", "show_broadcast"]
