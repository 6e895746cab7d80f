"""The shipping and margin window (issue 4): 包邮 plan, rate cards, packaging presets, fee profiles.

Entry point: ``ShippingWindow(context, settings, parent=None)`` (``window.py``); ``show_product(sku)``.
"""

from __future__ import annotations


def __getattr__(name: str):
    if name == "ShippingWindow":  # imported on first use: the main window opens without it
        from .window import ShippingWindow

        return ShippingWindow
    raise AttributeError(name)
