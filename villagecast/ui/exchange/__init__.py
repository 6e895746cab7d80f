"""Exchange in the window (issue 7): import with a preview, exports, and the QR view of shop links.

Entry point: ``install_exchange_menu(window, file_menu, settings)`` (``menu.py``) adds File > Import
catalogue… (Ctrl+I) and File > Export (bundle Ctrl+E, CSV, XLSX, PDF, cards); keep what it returns and
call its ``retranslate()`` on a language switch. The editor's Shop links section (``ui/editor/links.py``)
uses ``qr_view.QrView``. Imported on first use: the main window opens without it.
"""

from __future__ import annotations


def install_exchange_menu(window, file_menu, settings):
    from .menu import install_exchange_menu as install

    return install(window, file_menu, settings)
