"""Exchange: catalogue bundles, spreadsheets, QR codes and product cards (Qt-free).

* ``bundle_export`` / ``bundle_read``: the ``.vcbundle`` zip (format in docs/exchange.md);
* ``sheet_export`` / ``sheet_import``: CSV and XLSX with Chinese headers (``sheet_columns``);
* ``merge``: the preview (new / changed / unchanged by SKU) and the all-or-nothing apply;
* ``detect``: which kind a file to import is, judged by its content;
* ``qr``, ``fonts``, ``cards``: QR codes and PNG product cards.

Errors carry codes and parameters (``errors.ExchangeError``); villagecast/exchange_messages.py words them.
"""
