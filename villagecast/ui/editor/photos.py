"""Photos: the product's pictures as thumbnails (the first is the cover), a preview, import and order.

Files are imported off the GUI thread (``photo_import``); the good ones are stored in one save, so
one undo takes the whole import back. Files that were refused are listed, with the reason, after.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QIcon, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (QAbstractItemView, QFileDialog, QHBoxLayout, QLabel, QListView, QListWidget,
                               QListWidgetItem, QMessageBox, QProgressDialog, QPushButton, QVBoxLayout, QWidget)

from ... import messages
from ...core import editing
from ...core.errors import FileError, NotFound, VillageCastError
from ...core.product import Photo, Product
from .. import icons, metrics
from .. import settings as config
from .panel import EditorPanel, heading
from .photo_import import PhotoImport, PhotoPreview, local_files

PHOTO_SUFFIXES = "*.jpg *.jpeg *.png *.JPG *.JPEG *.PNG"


class PhotosPanel(EditorPanel):
    """Thumbnails with the cover first, a preview, Add / Remove / Move buttons and file drops."""

    import_finished = Signal(int)  # photos added by the import that just ended

    def __init__(self, editor):
        super().__init__(editor)
        self.job: PhotoImport | None = None
        self._last_job: PhotoImport | None = None
        self.progress: QProgressDialog | None = None
        self._results: list[tuple[str, dict]] = []
        self._failures: list[tuple[str, str]] = []  # (file name, reason in words)
        self._target: Product | None = None
        self._select: int | None = None  # row to select after the next fill
        self._icons: dict[str, QIcon] = {}
        self.setAcceptDrops(True)
        self.title = heading()
        self.hint = QLabel(wordWrap=True)
        self.hint.setStyleSheet(f"color: {metrics.MUTED_COLOR};")
        self.list = QListWidget(objectName="photoList")
        self.list.setViewMode(QListView.ViewMode.IconMode)
        self.list.setMovement(QListView.Movement.Static)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setWrapping(True)
        self.list.setUniformItemSizes(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.NoDragDrop)
        self.list.setAcceptDrops(False)
        self.list.viewport().setAcceptDrops(False)  # drops go to the panel
        self.list.currentRowChanged.connect(self._current_changed)
        self.buttons = {key: QPushButton(objectName=f"photo_{key}") for key in ("add", "remove", "left", "right",
                                                                                "cover")}
        self.buttons["add"].clicked.connect(self.choose_files)
        self.buttons["remove"].clicked.connect(self.remove_current)
        self.buttons["left"].clicked.connect(lambda: self.move_current(-1))
        self.buttons["right"].clicked.connect(lambda: self.move_current(1))
        self.buttons["cover"].clicked.connect(lambda: self.move_current(-self.list.currentRow()))
        for key, sequence in (("remove", QKeySequence.StandardKey.Delete), ("left", "Ctrl+Left"),
                              ("right", "Ctrl+Right")):
            shortcut = QShortcut(QKeySequence(sequence), self.list, context=Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(self.buttons[key].click)
        self.preview = PhotoPreview()
        self.preview.setObjectName("photoPreview")
        self.preview_caption = QLabel(wordWrap=True)
        self.preview_caption.setStyleSheet(f"color: {metrics.MUTED_COLOR};")

        box = QVBoxLayout(self)
        box.setContentsMargins(8, 4, 8, 8)
        box.addWidget(self.title)
        box.addWidget(self.hint)
        box.addWidget(self.list)
        for keys in (("add", "remove"), ("left", "right", "cover")):
            row = QHBoxLayout()
            for key in keys:
                row.addWidget(self.buttons[key])
            row.addStretch(1)
            box.addLayout(row)
        box.addWidget(self.preview, 1)
        box.addWidget(self.preview_caption)
        QWidget.setTabOrder(self.list, self.buttons["add"])
        self.retranslate()

    # --- showing -------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.title.setText(self.tr("Photos"))
        self.hint.setText(self.tr("The first photo is the cover. Add JPEG or PNG photos, or drop them here; "
                                  "location and camera data are removed from the kept copies."))
        texts = {"add": (self.tr("Add photos\u2026"), self.tr("Choose JPEG or PNG photos to add")),
                 "remove": (self.tr("Remove"), self.tr("Remove the selected photo (Delete)")),
                 "left": (self.tr("Move left"), self.tr("Move the selected photo one place earlier (Ctrl+Left)")),
                 "right": (self.tr("Move right"), self.tr("Move the selected photo one place later (Ctrl+Right)")),
                 "cover": (self.tr("Make cover"), self.tr("Make the selected photo the first one, the cover"))}
        for key, (text, tip) in texts.items():
            self.buttons[key].setText(text)
            self.buttons[key].setToolTip(tip)
        self.list.setAccessibleName(self.tr("Photos of this product"))
        edge = max(96, self.fontMetrics().height() * 6)  # thumbnails grow with the UI scale
        self.list.setIconSize(QSize(edge, edge))
        self.list.setGridSize(QSize(edge + 16, edge + self.fontMetrics().lineSpacing() * 2))
        self.list.setFixedHeight(self.list.gridSize().height() + 2 * self.list.frameWidth() + 8)
        super().retranslate()

    def fill(self, product: Product | None, new_product: bool) -> None:
        row = self._select if self._select is not None else self.list.currentRow()
        self._select = None
        if new_product:
            row = 0
        self.list.blockSignals(True)
        self.list.clear()
        for index, photo in enumerate(product.photos if product else []):
            self.list.addItem(self._item(index, photo))
        self.list.blockSignals(False)
        count = self.list.count()
        self.list.setCurrentRow(min(max(row, 0), count - 1) if count else -1)
        self._current_changed(self.list.currentRow())

    def _item(self, index: int, photo: Photo) -> QListWidgetItem:
        item = QListWidgetItem(self.tr("Cover") if index == 0 else str(index + 1))
        path = self._stored(photo.thumb)
        tip = (self.tr("%1, %2 \u00d7 %3 pixels").replace("%1", photo.source_name or self.tr("photo"))
               .replace("%2", str(photo.width)).replace("%3", str(photo.height)))
        if path is None:
            item.setIcon(icons.warning_icon())
            tip += "\n" + self.tr("The file is missing from the attachments folder: %1").replace("%1", photo.thumb)
        else:
            if photo.thumb not in self._icons:
                self._icons[photo.thumb] = QIcon(QPixmap(str(path)))
            item.setIcon(self._icons[photo.thumb])
        item.setToolTip(tip)
        item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{item.text()}: {tip}")
        return item

    def _stored(self, rel: str) -> Path | None:
        """Absolute path of a stored file, or None when it is missing (or not a name of the store)."""
        try:
            path = self.context.files.path(rel)
        except FileError:
            return None
        return path if path.is_file() else None

    def _current_changed(self, row: int) -> None:
        photos = self.product.photos if self.product else []
        count, busy = len(photos), self.job is not None
        self.buttons["add"].setEnabled(self.product is not None and not busy)
        self.buttons["remove"].setEnabled(0 <= row < count and not busy)
        self.buttons["left"].setEnabled(0 < row < count and not busy)
        self.buttons["cover"].setEnabled(0 < row < count and not busy)
        self.buttons["right"].setEnabled(0 <= row < count - 1 and not busy)
        if not 0 <= row < count:
            self.preview.show_file(None, self.tr("No photos yet.") if not count else "")
            self.preview_caption.clear()
            return
        photo = photos[row]
        path = self._stored(photo.file)
        self.preview.show_file(path, self.tr("The file is missing: %1").replace("%1", photo.file))
        self.preview_caption.setText(self.list.item(row).toolTip())

    # --- order ---------------------------------------------------------------------------------
    def remove_current(self) -> None:
        row = self.list.currentRow()
        if self.product is None or not 0 <= row < len(self.product.photos) or self.job is not None:
            return
        self._select = min(row, len(self.product.photos) - 2)
        self._save_or_report(editing.remove_item(self.product, "photos", row), self.tr("Remove photo"))

    def move_current(self, delta: int) -> None:
        row = self.list.currentRow()
        if self.product is None or not 0 <= row < len(self.product.photos) or delta == 0 or self.job is not None:
            return
        target = max(0, min(len(self.product.photos) - 1, row + delta))
        if target == row:
            return
        self._select = target
        what = self.tr("Make cover") if target == 0 else self.tr("Move photo")
        self._save_or_report(editing.move_item(self.product, "photos", row, delta), what)

    def _save_or_report(self, after: Product, what: str) -> bool:
        result = self.save(after, what)
        if not result.ok and result.issues:
            QMessageBox.warning(self, self.tr("Not saved"),
                                "\n".join(messages.describe_issue(i) for i in result.issues if i.is_error))
        if not result.ok:
            self._select = None
        return result.ok

    # --- import --------------------------------------------------------------------------------
    def choose_files(self) -> None:
        settings = config.Settings()
        start = settings.get(config.LAST_FOLDER) or str(Path.home())
        kinds = self.tr("JPEG or PNG photos")
        files, _ = QFileDialog.getOpenFileNames(self, self.tr("Add photos"), start,
                                                f"{kinds} ({PHOTO_SUFFIXES})")
        if files:
            settings.set(config.LAST_FOLDER, str(Path(files[0]).parent))
            settings.sync()
            self.add_files(files)

    def add_files(self, files: list[str]) -> bool:
        """Import ``files`` in the background into the shown product; False when one is running already."""
        if self.job is not None or self.product is None or not files:
            return False
        self._target, self._results, self._failures = self.product, [], []
        self.job = PhotoImport(files, self.context.files)
        self.job.signals.started_file.connect(self._started_file)
        self.job.signals.imported.connect(self._imported)
        self.job.signals.failed.connect(self._failed)
        self.job.signals.finished.connect(self._finished)
        if len(files) > 1:
            self.progress = QProgressDialog(self.tr("Importing photos\u2026"), self.tr("Stop"), 0, len(files), self)
            self.progress.setWindowTitle(self.tr("Add photos"))
            self.progress.setWindowModality(Qt.WindowModality.WindowModal)
            self.progress.setMinimumDuration(0)
            self.progress.setAutoClose(False)
            self.progress.setAutoReset(False)
            self.progress.canceled.connect(self.job.cancel)
            self.progress.show()
        self._current_changed(self.list.currentRow())  # buttons off while importing
        self.job.start()
        return True

    def _started_file(self, index: int, name: str) -> None:
        dialog = self.progress
        if dialog is None:
            return
        dialog.setLabelText(self.tr("Photo %1 of %2: %3").replace("%1", str(index + 1))
                            .replace("%2", str(dialog.maximum())).replace("%3", name))
        dialog.setValue(index)  # a modal dialog handles pending events here; ``_finished`` may run inside

    def _imported(self, _index: int, path: str, result: dict) -> None:
        self._results.append((path, result))

    def _failed(self, _index: int, path: str, exc: BaseException) -> None:
        self._failures.append((Path(path).name, messages.describe_error(exc)))

    def _finished(self, _cancelled: bool) -> None:
        self._last_job, self.job = self.job, None  # kept until the next import: its thread may still be returning
        if self.progress is not None:
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None
        added = self._store_results()
        self._report()
        self._current_changed(self.list.currentRow())
        self.import_finished.emit(added)

    def _store_results(self) -> int:
        """Append the imported photos to the product in one save; a photo it already has is skipped."""
        target = self._target
        if target is None:
            return 0
        if self.product is not None and self.product.id == target.id:
            target = self.product  # the newest stored state of the same product
        else:  # another product is shown: add to the stored state of the one the import began on
            try:
                target = self.catalogue.get(target.sku)
            except NotFound:
                self._failures.extend((Path(path).name, messages.describe_error(NotFound(
                    "product_not_found", sku=target.sku))) for path, _ in self._results)
                return 0
        known = {ph.file for ph in target.photos}
        new = []
        for path, result in self._results:
            if result["file"] in known:
                self._failures.append((Path(path).name, self.tr("This photo is already one of the product's "
                                                                 "photos; it was not added twice.")))
                continue
            known.add(result["file"])
            new.append(Photo(**result))
        if not new:
            return 0
        after = editing.clone(target)
        after.photos.extend(new)
        what = self.tr("Add %n photo(s)", None, len(new))
        if target is self.product:
            self._select = len(after.photos) - len(new)
            return len(new) if self._save_or_report(after, what) else 0
        return len(new) if self._save_elsewhere(target, after, what) else 0

    def _save_elsewhere(self, before: Product, after: Product, what: str) -> bool:
        """Another product is shown now: store the photos in the one they were added to, still undoable."""
        from ..commands import SaveProduct

        text = self.tr("%1 of %2").replace("%1", what).replace("%2", after.name_zh or after.sku)
        try:
            self.context.execute(SaveProduct(self.context, before, after, text))
        except VillageCastError as exc:
            QMessageBox.warning(self, self.tr("Not saved"), messages.describe_error(exc))
            return False
        return True

    def _report(self) -> None:
        if not self._failures:
            return
        lines = [self.tr("%1: %2").replace("%1", name).replace("%2", reason) for name, reason in self._failures]
        text = self.tr("These files were not added:", None, len(lines)) + "\n\n" + "\n".join(lines)
        QMessageBox.warning(self, self.tr("Some photos were not added"), text)

    # --- drops ---------------------------------------------------------------------------------
    def dragEnterEvent(self, event) -> None:  # noqa: N802 (Qt override)
        if self.job is None and self.product is not None and local_files(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:  # noqa: N802 (Qt override)
        self.dragEnterEvent(event)

    def dropEvent(self, event) -> None:  # noqa: N802 (Qt override)
        files = local_files(event.mimeData())
        if files and self.add_files(files):
            event.acceptProposedAction()
        else:
            event.ignore()
