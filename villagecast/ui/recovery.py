"""A damaged catalogue file: offer the newest good backup, at start-up or when the start check finds damage.

Damage shows in two ways: the file does not open at all (``not_a_database``), or it opens and SQLite's
``quick_check`` (run after the first paint, before the start backup) finds broken pages. Either way the
start backup is *not* taken, so a damaged file never pushes a good backup out of the seven kept, and the
user is offered the newest backup that passes ``integrity_check``. Restoring keeps the damaged file among
the backups ("before a restore"), so nothing is thrown away. With no one to click (``--exit-after-show``)
the same words go to stderr with the command that restores.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from ..core.errors import DatabaseError

translate = QCoreApplication.translate
DAMAGED_CODES = frozenset({"not_a_database", "db_damaged"})


def is_damage(exc: BaseException) -> bool:
    return isinstance(exc, DatabaseError) and exc.code in DAMAGED_CODES


def damage_text(db_path: Path, reason: str, backup) -> str:
    """What is wrong and what a restore would do; ``backup`` is a ``storage.backup.BackupInfo`` or None."""
    from ..messages import BACKUP_REASON_NAMES, label
    from . import formats

    lines = [translate("Recovery", "The catalogue file \u201c%1\u201d is damaged (%2). It was not changed.")
             .replace("%1", os.fspath(db_path)).replace("%2", reason)]
    if backup is None:
        lines.append(translate(
            "Recovery", "No good backup of it was found. Keep the file and ask your trainer or county "
                        "e-commerce centre for help; do not delete it."))
    else:
        lines.append(translate(
            "Recovery", "The newest good backup was made %1 (%2). Restoring it brings the catalogue back as it "
                        "was then; changes made after it are lost. The damaged file is kept among the backups.")
            .replace("%1", formats.datetime_text(backup.created_at) if backup.created_at else "?")
            .replace("%2", label(BACKUP_REASON_NAMES, backup.reason)))
    return "\n\n".join(lines)


def offer_backup(db_path: Path, reason: str, *, to_stderr: bool, parent=None, restore: bool = True):
    """Tell the user the file is damaged and offer the newest good backup; the backup chosen, or None.

    With ``restore`` the chosen backup is restored here: the caller holds the file's one-window lock and has
    closed its connection to it. Without, the caller restores it (``storage.backup.restore_backup``).
    """
    from ..storage.backup import newest_good_backup, restore_backup

    db_path = Path(db_path)
    backup = newest_good_backup(db_path)
    text = damage_text(db_path, reason, backup)
    if to_stderr:
        if backup is not None:
            text += "\n" + translate("Recovery", "To restore it: villagecast backup restore %1 --yes --db \"%2\"") \
                .replace("%1", str(backup.number)).replace("%2", os.fspath(db_path))
        print(text, file=sys.stderr)
        return None
    from PySide6.QtWidgets import QMessageBox

    title = translate("Recovery", "The catalogue file is damaged")
    if backup is None:
        QMessageBox.critical(parent, title, text)
        return None
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, parent=parent)
    box.setObjectName("damagedCatalogue")
    accept = box.addButton(translate("Recovery", "&Restore the backup"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(translate("Recovery", "&Not now"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(accept)
    box.exec()
    if box.clickedButton() is not accept:
        return None
    if not restore:
        return backup
    try:
        return restore_backup(db_path, backup.number)
    except (DatabaseError, OSError) as exc:
        from ..messages import describe_error

        message = describe_error(exc) if isinstance(exc, DatabaseError) else str(exc)
        QMessageBox.critical(parent, translate("Recovery", "The backup could not be restored"), message)
        return None
