"""Product photo import: format checks, orientation, resizing, metadata stripping, bombs."""

import io
import random
import struct
import zlib

import pytest
from PIL import Image, features

from villagecast.core import photos
from villagecast.core.errors import PhotoError
from villagecast.core.photos import MAX_PIXELS, PreparedPhoto, import_photo, prepare_photo
from villagecast.storage.files import FileStore

GPS_IFD = 0x8825
ORIENTATION = 0x0112


def _encode(im, fmt="JPEG", **kwargs):
    buf = io.BytesIO()
    im.save(buf, fmt, **kwargs)
    return buf.getvalue()


def _open(data):
    im = Image.open(io.BytesIO(data))
    im.load()
    return im


def _gps_exif(orientation=None):
    exif = Image.Exif()
    exif[0x010F] = "PhoneMaker"
    if orientation:
        exif[ORIENTATION] = orientation
    exif[GPS_IFD] = {1: "N", 2: (30.0, 15.0, 7.0), 3: "E", 4: (120.0, 9.0, 3.0)}
    return exif


def _png_header_only(width, height):
    """A PNG whose header claims ``width``×``height`` with almost no pixel data (a bomb's shape)."""

    def chunk(kind, body):
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    ihdr = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(b"\0" * 64)) + chunk(b"IEND", b"")


def _store(tmp_path):
    return FileStore(tmp_path / "files")


def _stored(store):
    return [p for p in store.root.rglob("*") if p.is_file()] if store.root.exists() else []


def test_exif_orientation_is_applied_before_resizing(tmp_path):
    im = Image.new("RGB", (400, 200), (220, 0, 0))
    im.paste((0, 0, 220), (200, 0, 400, 200))  # left red, right blue
    src = tmp_path / "phone.jpg"
    src.write_bytes(_encode(im, exif=_gps_exif(orientation=6)))
    result = import_photo(src, _store(tmp_path))
    assert (result["width"], result["height"]) == (200, 400)
    out = _open(_store(tmp_path).path(result["file"]).read_bytes())
    assert out.size == (200, 400)
    top, bottom = out.getpixel((100, 50)), out.getpixel((100, 350))
    assert top[0] > 150 > top[2] and bottom[2] > 150 > bottom[0]  # rotated 90° clockwise


def test_large_photo_is_shrunk_to_max_edge_with_a_thumbnail(tmp_path):
    src = tmp_path / "big.jpg"
    src.write_bytes(_encode(Image.linear_gradient("L").resize((4000, 3000)).convert("RGB")))
    store = _store(tmp_path)
    result = import_photo(src, store)
    assert result["width"] == 1600 and result["height"] == 1200 and result["source_name"] == "big.jpg"
    full = _open(store.path(result["file"]).read_bytes())
    thumb = _open(store.path(result["thumb"]).read_bytes())
    assert (full.format, full.size, full.mode) == ("JPEG", (1600, 1200), "RGB")
    assert (thumb.format, thumb.size) == ("JPEG", (320, 240))
    assert full.info.get("progressive") or full.info.get("progression")
    assert result["file"].endswith(".jpg") and result["thumb"].endswith(".jpg")
    assert store.verify(result["file"]) and store.verify(result["thumb"])


def test_small_photo_is_not_upscaled():
    photo = prepare_photo(_encode(Image.new("RGB", (300, 200), "green")), "small.jpg")
    assert isinstance(photo, PreparedPhoto)
    assert (photo.width, photo.height) == (300, 200)
    assert _open(photo.full).size == (300, 200)
    assert _open(photo.thumb).size == (300, 200)
    assert photo.source_name == "small.jpg"


def test_png_with_transparency_stays_png_with_alpha():
    im = Image.new("RGBA", (2000, 1000), (255, 0, 0, 255))
    im.paste((0, 0, 0, 0), (0, 0, 1000, 1000))
    photo = prepare_photo(_encode(im, "PNG"))
    assert (photo.full_ext, photo.thumb_ext) == ("png", "png")
    full, thumb = _open(photo.full), _open(photo.thumb)
    assert (full.format, full.mode, full.size) == ("PNG", "RGBA", (1600, 800))
    assert thumb.size == (320, 160) and thumb.mode == "RGBA"
    assert full.getpixel((10, 10))[3] == 0 and full.getpixel((1500, 10))[3] == 255


def test_palette_png_with_transparency_stays_png():
    im = Image.new("P", (50, 50), 0)
    im.putpalette([255, 255, 255, 200, 30, 30] + [0] * 762)
    im.paste(1, (0, 0, 25, 50))
    photo = prepare_photo(_encode(im, "PNG", transparency=0))
    assert photo.full_ext == "png" and _open(photo.full).mode == "RGBA"


def test_opaque_png_becomes_jpeg():
    photo = prepare_photo(_encode(Image.new("RGBA", (40, 30), (1, 2, 3, 255)), "PNG"))
    assert (photo.full_ext, photo.thumb_ext) == ("jpg", "jpg")
    assert _open(photo.full).format == "JPEG"


def test_exif_gps_and_xmp_are_stripped(tmp_path):
    xmp = b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><exif:GPSLatitude>30,15.1N</exif:GPSLatitude></x:xmpmeta>'
    src_bytes = _encode(Image.new("RGB", (64, 48), "blue"), exif=_gps_exif(), xmp=xmp)
    assert _open(src_bytes).getexif().get_ifd(GPS_IFD)  # the source really carries GPS
    photo = prepare_photo(src_bytes)
    for data in (photo.full, photo.thumb):
        out = _open(data)
        assert len(out.getexif()) == 0
        assert "exif" not in out.info and "xmp" not in out.info
        assert b"Exif\x00\x00" not in data and b"GPSLatitude" not in data and b"PhoneMaker" not in data


def test_png_text_and_exif_chunks_are_stripped():
    from PIL import PngImagePlugin

    info = PngImagePlugin.PngInfo()
    info.add_text("Comment", "home at 30.25N 120.15E")
    im = Image.new("RGBA", (20, 20), (0, 0, 0, 0))
    photo = prepare_photo(_encode(im, "PNG", pnginfo=info, exif=_gps_exif()))
    assert photo.full_ext == "png"
    assert b"home at" not in photo.full and b"eXIf" not in photo.full and b"PhoneMaker" not in photo.full


def test_cmyk_and_greyscale_and_16_bit_are_converted_to_rgb():
    for im, fmt in [
        (Image.new("CMYK", (30, 20), (0, 255, 255, 0)), "JPEG"),
        (Image.new("L", (30, 20), 128), "JPEG"),
        (Image.new("L", (30, 20), 128), "PNG"),
        (Image.new("1", (30, 20), 1), "PNG"),
    ]:
        photo = prepare_photo(_encode(im, fmt))
        assert photo.full_ext == "jpg" and _open(photo.full).mode == "RGB", (im.mode, fmt)
    deep = Image.new("I;16", (30, 20), 32768)  # mid grey in 16 bits
    out = _open(prepare_photo(_encode(deep, "PNG")).full)
    assert out.mode == "RGB" and 120 <= out.getpixel((15, 10))[0] <= 136  # scaled, not clipped to white


def test_phone_mpo_jpeg_is_accepted():
    first, second = Image.new("RGB", (80, 60), "red"), Image.new("RGB", (80, 60), "blue")
    data = _encode(first, "MPO", save_all=True, append_images=[second])
    assert Image.open(io.BytesIO(data)).format == "MPO"
    photo = prepare_photo(data)
    assert photo.full_ext == "jpg" and _open(photo.full).size == (80, 60)


def test_decompression_bomb_is_refused_from_the_header_and_nothing_stored(tmp_path):
    src = tmp_path / "bomb.png"
    src.write_bytes(_png_header_only(20000, 20000))
    store = _store(tmp_path)
    with pytest.raises(PhotoError) as info:
        import_photo(src, store)
    assert info.value.code == "too_many_pixels"
    assert info.value.params == {"width": 20000, "height": 20000, "limit": MAX_PIXELS}
    assert _stored(store) == []


def test_image_between_our_limit_and_pillows_is_refused_before_decoding():
    # 9000 × 9500 = 85.5 M pixels: above MAX_PIXELS, below Pillow's own warning threshold.
    with pytest.raises(PhotoError) as info:
        prepare_photo(_png_header_only(9000, 9500))
    assert info.value.code == "too_many_pixels"
    assert info.value.params == {"width": 9000, "height": 9500, "limit": MAX_PIXELS}


def test_pixel_limit_applies_to_real_images(monkeypatch):
    monkeypatch.setattr(photos, "MAX_PIXELS", 100 * 100 - 1)
    with pytest.raises(PhotoError) as info:
        prepare_photo(_encode(Image.new("RGB", (100, 100))))
    assert info.value.code == "too_many_pixels"
    assert info.value.params == {"width": 100, "height": 100, "limit": 9999}


def test_pillow_bomb_warning_becomes_our_error(monkeypatch):
    monkeypatch.setattr(Image, "MAX_IMAGE_PIXELS", 50 * 50)  # warns above 2 500, errors above 5 000
    with pytest.raises(PhotoError) as info:
        prepare_photo(_encode(Image.new("RGB", (60, 60)), "PNG"))
    assert info.value.code == "too_many_pixels"
    assert (info.value.params["width"], info.value.params["height"]) == (60, 60)


def test_random_bytes_are_not_an_image(tmp_path):
    data = random.Random(7).randbytes(4096)
    with pytest.raises(PhotoError) as info:
        prepare_photo(data)
    assert info.value.code == "not_an_image" and info.value.params == {}
    src = tmp_path / "photo.jpg"
    src.write_bytes(b"just text, named like a photo")
    with pytest.raises(PhotoError) as info:
        import_photo(src, _store(tmp_path))
    assert info.value.code == "not_an_image"


@pytest.mark.parametrize("fmt", ["GIF", "BMP", "TIFF", "WEBP"])
def test_other_image_formats_are_unsupported(fmt):
    if fmt == "WEBP" and not features.check("webp"):
        pytest.skip("Pillow built without WebP")
    data = _encode(Image.new("RGB", (20, 20), "red"), fmt)
    with pytest.raises(PhotoError) as info:
        prepare_photo(data, "looks_like.jpg")
    assert info.value.code == "unsupported_image"
    assert info.value.params == {"format": fmt}


def test_truncated_jpeg_is_damaged(tmp_path):
    noise = Image.effect_noise((400, 300), 80).convert("RGB")
    data = _encode(noise)
    src = tmp_path / "cut.jpg"
    src.write_bytes(data[: len(data) // 2])
    store = _store(tmp_path)
    with pytest.raises(PhotoError) as info:
        import_photo(src, store)
    assert info.value.code == "damaged_image"
    assert isinstance(info.value.params["reason"], str) and info.value.params["reason"]
    assert _stored(store) == []


def test_too_many_bytes_is_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(photos, "MAX_PHOTO_BYTES", 100)
    data = _encode(Image.effect_noise((100, 100), 80))
    with pytest.raises(PhotoError) as info:
        prepare_photo(data)
    assert info.value.code == "photo_too_large"
    assert info.value.params == {"size": len(data), "limit": 100}
    src = tmp_path / "big.jpg"
    src.write_bytes(data)
    with pytest.raises(PhotoError) as info:
        import_photo(src, _store(tmp_path))
    assert info.value.code == "photo_too_large"


def test_unreadable_source(tmp_path):
    with pytest.raises(PhotoError) as info:
        import_photo(tmp_path / "gone.jpg", _store(tmp_path))
    assert info.value.code == "file_unreadable"
    assert info.value.params == {"path": str(tmp_path / "gone.jpg"), "reason": "ENOENT"}


def test_same_photo_twice_is_stored_once(tmp_path):
    src = tmp_path / "a.jpg"
    src.write_bytes(_encode(Image.new("RGB", (500, 400), "orange")))
    store = _store(tmp_path)
    first, second = import_photo(src, store), import_photo(src, store)
    assert first == second
    assert len(_stored(store)) == 2  # the copy and its thumbnail
