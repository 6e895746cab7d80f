"""Help per main screen (F1): HTML pages in ``assets/help/<language>/<page>.html`` shown in ``HelpWindow``.

F1 anywhere in the app opens the page of the window that has focus: a widget (or one of its parents) may
name it with ``help_page = "shipping"`` (a string, or a callable returning one; "page#anchor" allowed), else
the window's object name decides (``WINDOW_PAGES``), with the current editor section or tab as the anchor.
Entry points: ``install_help(main_window)`` (Help menu entries + the F1 action), ``show_help(parent, page)``.
"""

from __future__ import annotations

from .actions import HelpActions, install_help, show_help
from .pages import PAGES, WINDOW_PAGES, page_file, page_for, page_title

__all__ = ["PAGES", "WINDOW_PAGES", "HelpActions", "install_help", "page_file", "page_for", "page_title",
           "show_help"]
