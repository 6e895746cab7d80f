"""The content-addressed attachment store."""

import errno
import hashlib
import io
import os

import pytest
from PIL import Image

from villagecast.core.errors import FileError
from villagecast.paths import attachments_dir
from villagecast.storage import files
from villagecast.storage.files import FileStore, StoredFile

PDF = b"%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"


def _png_bytes():
    buf = io.BytesIO()
    Image.new("RGB", (4, 3), (10, 200, 30)).save(buf, "PNG")
    return buf.getvalue()


def _all_files(root):
    return sorted(p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file())


@pytest.fixture
def store(tmp_path):
    return FileStore(attachments_dir(tmp_path / "catalogue.db"))


def test_round_trip_names_the_file_by_its_hash(store):
    rel = store.put_bytes(PDF, "PDF")
    sha = hashlib.sha256(PDF).hexdigest()
    assert rel == f"{sha[:2]}/{sha}.pdf"
    assert store.path(rel) == store.root / sha[:2] / f"{sha}.pdf"
    assert store.path(rel).read_bytes() == PDF
    assert store.exists(rel) and store.verify(rel)
    assert store.root.name == "files"


def test_same_content_is_stored_once_and_not_rewritten(store, monkeypatch):
    rel = store.put_bytes(PDF, "pdf")
    mtime = store.path(rel).stat().st_mtime_ns

    def no_write(*args, **kwargs):
        raise AssertionError("identical content must not be written again")

    monkeypatch.setattr(files.os, "replace", no_write)
    assert store.put_bytes(PDF, "pdf") == rel
    assert store.path(rel).stat().st_mtime_ns == mtime
    assert _all_files(store.root) == [rel]


def test_a_damaged_stored_file_fails_verify_and_is_repaired_by_putting_it_again(store):
    rel = store.put_bytes(PDF, "pdf")
    store.path(rel).write_bytes(b"%PDF-tampered")
    assert store.exists(rel) and not store.verify(rel)
    assert store.put_bytes(PDF, "pdf") == rel
    assert store.verify(rel)


def test_verify_and_exists_are_false_for_a_missing_file(store):
    rel = f"ab/ab{'0' * 62}.pdf"
    assert not store.exists(rel)
    assert not store.verify(rel)


def test_bad_extension_is_a_programming_error(store):
    for ext in ("", "p/df", "toolongext", "p df"):
        with pytest.raises(ValueError):
            store.put_bytes(PDF, ext)


def test_put_file_copies_and_describes_the_file(store, tmp_path):
    src = tmp_path / "检测报告.pdf"
    src.write_bytes(PDF)
    stored = store.put_file(src)
    assert isinstance(stored, StoredFile)
    assert stored.kind == "pdf" and stored.name == "检测报告.pdf" and stored.size == len(PDF)
    assert stored.sha256 == hashlib.sha256(PDF).hexdigest()
    assert stored.path.endswith(".pdf")
    src.unlink()  # the original can go; the copy stays
    assert store.verify(stored.path)


def test_type_comes_from_magic_bytes_not_the_name(store, tmp_path):
    src = tmp_path / "certificate.pdf"
    src.write_bytes(_png_bytes())
    stored = store.put_file(src)
    assert stored.kind == "png" and stored.path.endswith(".png")

    jpeg = tmp_path / "photo.png"
    buf = io.BytesIO()
    Image.new("RGB", (4, 4)).save(buf, "JPEG")
    jpeg.write_bytes(buf.getvalue())
    assert store.put_file(jpeg).path.endswith(".jpg")


def test_a_text_file_named_pdf_is_refused(store, tmp_path):
    src = tmp_path / "fake.pdf"
    src.write_text("not really a pdf", encoding="utf-8")
    with pytest.raises(FileError) as info:
        store.put_file(src)
    assert info.value.code == "unsupported_file_type"
    assert info.value.params == {"path": str(src), "kinds": ("pdf", "jpeg", "png")}
    assert not store.root.exists() or _all_files(store.root) == []


def test_kinds_restricts_what_is_accepted(store, tmp_path):
    src = tmp_path / "a.pdf"
    src.write_bytes(PDF)
    with pytest.raises(FileError) as info:
        store.put_file(src, kinds=("png",))
    assert info.value.code == "unsupported_file_type"


def test_too_large_file_is_refused_and_nothing_written(store, tmp_path):
    src = tmp_path / "big.pdf"
    src.write_bytes(PDF + b"x" * 100)
    with pytest.raises(FileError) as info:
        store.put_file(src, max_bytes=len(PDF))
    assert info.value.code == "file_too_large"
    assert info.value.params == {"path": str(src), "size": len(PDF) + 100, "limit": len(PDF)}
    assert not store.root.exists() or _all_files(store.root) == []


def test_missing_or_unreadable_source(store, tmp_path):
    with pytest.raises(FileError) as info:
        store.put_file(tmp_path / "gone.pdf")
    assert info.value.code == "file_unreadable"
    assert info.value.params == {"path": str(tmp_path / "gone.pdf"), "reason": "ENOENT"}
    with pytest.raises(FileError) as info:
        store.put_file(tmp_path)  # a folder
    assert info.value.code == "file_unreadable"


@pytest.mark.parametrize(
    "rel",
    [
        "../x",
        "/etc/passwd",
        "ab\\cd",
        "",
        "notes.txt",
        f"../{'a' * 64}.pdf",
        f"ab/{'a' * 64}.pdf",  # folder does not match the hash
        f"aa/{'A' * 64}.pdf",  # upper-case hex is not ours
        f"aa/{'a' * 64}.pdf/..",
        f"aa/{'a' * 64}.pdf\n",
        f"aa\\{'a' * 64}.pdf",
        f"/aa/{'a' * 64}.pdf",
        f"aa/{'a' * 64}.PDF",
        f"aa/{'a' * 63}.pdf",
    ],
)
def test_path_refuses_anything_outside_the_naming_pattern(store, rel):
    for call in (store.path, store.exists, store.verify):
        with pytest.raises(FileError) as info:
            call(rel)
        assert info.value.code == "bad_stored_path"
        assert info.value.params == {"path": rel}


def _disk_full(*args, **kwargs):
    raise OSError(errno.ENOSPC, "No space left on device")


@pytest.mark.parametrize("where", ["replace", "fsync"])
def test_full_disk_leaves_no_file_and_no_temp_file(store, monkeypatch, where):
    monkeypatch.setattr(files.os, where, _disk_full)
    with pytest.raises(FileError) as info:
        store.put_bytes(PDF, "pdf")
    assert info.value.code == "disk_full"
    assert set(info.value.params) == {"path"}
    assert _all_files(store.root) == []
    assert not any(p.name.endswith(".tmp") for p in store.root.rglob("*"))


def test_other_write_errors_are_cannot_write_and_clean_up(store, monkeypatch):
    def denied(*args, **kwargs):
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(files.os, "replace", denied)
    with pytest.raises(FileError) as info:
        store.put_bytes(PDF, "pdf")
    assert info.value.code == "cannot_write"
    assert info.value.params["reason"] == "EACCES"
    assert _all_files(store.root) == []


def test_root_that_is_a_file_cannot_be_written(tmp_path):
    blocker = tmp_path / "files"
    blocker.write_bytes(b"")
    with pytest.raises(FileError) as info:
        FileStore(blocker).put_bytes(PDF, "pdf")
    assert info.value.code == "cannot_write"
    assert blocker.read_bytes() == b""


def test_temp_files_are_not_left_after_success(store):
    store.put_bytes(PDF, "pdf")
    store.put_bytes(_png_bytes(), "png")
    names = [p.name for p in store.root.rglob("*") if p.is_file()]
    assert len(names) == 2 and not any(n.startswith(".") for n in names)
    assert all(os.path.basename(n).count(".") == 1 for n in names)
