"""What the import and the exports share: the cooperative setting, file names, message boxes."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox

from .. import settings as config
from .qr_view import safe_name

MAX_INLINE_LINES = 8
COOPERATIVE = config.EXCHANGE_COOPERATIVE


def default_name(stem: str, suffix: str, day: date | None = None) -> str:
    """``<stem>-<YYYY-MM-DD><suffix>``, safe as a file name on every system."""
    return f"{safe_name(stem)}-{(day or date.today()).isoformat()}{suffix}"


def start_folder(settings) -> Path:
    folder = settings.get(config.LAST_FOLDER) if settings is not None else ""
    return Path(folder) if folder and Path(folder).is_dir() else Path.home()


def remember_folder(settings, folder: Path) -> None:
    if settings is not None:
        settings.set(config.LAST_FOLDER, str(folder))
        settings.sync()


def open_folder(folder: Path) -> bool:
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


def show_message(parent, icon: QMessageBox.Icon, title: str, text: str, details: str = "",
                 folder: Path | None = None, more: str = "") -> QMessageBox:
    """A window-modal message that does not block the caller; with ``folder``, an "Open folder" button too.

    ``details`` shows under the text (behind "Show Details…" when long); ``more`` always behind it.
    """
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("exchangeMessage")
    if details and details.count("\n") < MAX_INLINE_LINES:
        box.setInformativeText(details)
    elif details:  # a long list would make the box taller than a laptop screen
        more = "\n".join(filter(None, [details, more]))
    if more:
        box.setDetailedText(more)
    if folder is not None:
        button = box.addButton(QCoreApplication.translate("ExchangeWindow", "Open folder"),
                               QMessageBox.ButtonRole.ActionRole)
        button.setObjectName("openFolderButton")
        button.clicked.connect(lambda: open_folder(folder))
    box.setDefaultButton(QMessageBox.StandardButton.Ok)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    box.open()
    return box
