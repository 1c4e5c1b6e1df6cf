"""Photos of every kind decode in the decoder process at screen size; bad files are skipped by
name; a decoder that crashes or hangs costs one photo, never the show."""

from __future__ import annotations

import gc
import logging
import os
import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import numpy as np
import pytest
from PIL import Image
from PySide6.QtCore import QSize
from PySide6.QtGui import QImage

from kiosk.ui.slideshow.decoder import Decoder
from kiosk.ui.slideshow.images import ImageLoader, ImageStore
from kiosk.ui.slideshow.photo import read_image

SCREEN = QSize(1920, 1080)


@pytest.fixture(scope="module")
def photos(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("photos")
    out: dict[str, Path] = {}
    # 24 megapixels of noise (nothing for JPEG to shortcut), 6000×4000.
    noise = np.random.default_rng(7).integers(0, 255, (4000, 6000, 3), dtype=np.uint8)
    out["huge"] = folder / "huge.jpg"
    Image.fromarray(noise).save(out["huge"], quality=80)
    out["alpha"] = folder / "alpha.png"
    alpha = Image.new("RGBA", (1200, 800), (0, 0, 0, 0))
    alpha.paste((200, 30, 40, 255), (300, 200, 900, 600))
    alpha.save(out["alpha"])
    # A portrait taken with the camera on its side: stored 3000×2000, EXIF says rotate 90° CW.
    out["rotated"] = folder / "rotated.jpg"
    sideways = Image.new("RGB", (3000, 2000), (20, 40, 220))
    sideways.paste((250, 250, 250), (0, 0, 300, 2000))  # a white band on the stored left edge
    exif = sideways.getexif()
    exif[0x0112] = 6
    sideways.save(out["rotated"], exif=exif)
    out["cmyk"] = folder / "cmyk.jpg"
    Image.new("CMYK", (1600, 1000), (0, 255, 255, 0)).save(out["cmyk"])  # pure red in print inks
    out["corrupt"] = folder / "corrupt.jpg"
    out["corrupt"].write_bytes(out["huge"].read_bytes()[:50_000])  # cut short mid-transfer
    out["garbage"] = folder / "garbage.jpg"
    out["garbage"].write_bytes(b"this is not a photo at all\n" * 100)
    out["missing"] = folder / "missing.jpg"
    return out


def test_a_24_megapixel_jpeg_is_decoded_at_the_size_the_screen_needs(qapp, photos):
    image, reason = read_image(photos["huge"], SCREEN)
    assert reason == ""
    # Covers the screen with headroom for the slow zoom, far from 6000×4000.
    assert image.width() >= 1920 and image.height() >= 1080
    assert image.width() <= 2400 and image.height() <= 1600
    assert abs(image.width() / image.height() - 1.5) < 0.01


def test_a_png_keeps_its_transparency(qapp, photos):
    image, _ = read_image(photos["alpha"], SCREEN)
    assert image.hasAlphaChannel()
    assert image.format() == QImage.Format.Format_ARGB32_Premultiplied
    assert image.pixelColor(5, 5).alpha() == 0
    assert image.pixelColor(600, 400).red() > 150


def test_an_exif_rotated_portrait_stands_upright(qapp, photos):
    image, _ = read_image(photos["rotated"], SCREEN)
    assert image.height() > image.width()  # portrait, as the photographer held the camera
    # Rotated 90° clockwise, the stored left edge is now the top.
    assert image.pixelColor(image.width() // 2, 5).blue() > 200
    assert image.pixelColor(image.width() // 2, 5).red() > 200
    assert image.pixelColor(image.width() // 2, image.height() - 5).red() < 100


def test_a_cmyk_jpeg_becomes_rgb(qapp, photos):
    image, _ = read_image(photos["cmyk"], SCREEN)
    assert image.format() == QImage.Format.Format_RGB32
    colour = image.pixelColor(100, 100)
    assert colour.red() > 200 and colour.green() < 60 and colour.blue() < 60


def test_the_decoder_offers_its_core_back_all_through_a_decode(qapp, photos, monkeypatch):
    """SCHED_IDLE alone still lets the decoder hold the GUI thread's core for a 4 ms tick: it
    offers the core back (sched_yield) every quarter millisecond while it reads."""
    from kiosk.ui.slideshow import photo

    offers = []
    monkeypatch.setattr(photo.os, "sched_yield", lambda: offers.append(1))
    monkeypatch.setattr(photo, "_last_offer", 0.0)
    image, reason = read_image(photos["huge"], SCREEN)
    assert reason == "" and image.width() >= 1920
    # 24 megapixels take tens of milliseconds to decode: an offer every few hundred µs.
    assert len(offers) >= 10


def test_scaling_and_converting_in_bands_match_doing_it_in_one_go(qapp, photos):
    """The decoder scales a PNG and converts CMYK a band of rows at a time (giving way between
    bands): the result is the same picture, with no seam between two bands."""
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QPainter

    from kiosk.ui.slideshow.photo import OPAQUE, converted, scaled_to

    source = QImage(str(photos["huge"])).scaled(900, 600).convertToFormat(OPAQUE)
    size = QSize(1500, 1000)
    banded = scaled_to(source, size)
    whole = QImage(size, OPAQUE)
    painter = QPainter(whole)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    painter.drawImage(QRectF(0, 0, 1500, 1000), source)
    painter.end()

    def pixels(image):
        return np.frombuffer(image.constBits(), dtype=np.uint8).reshape(image.height(), -1).copy()

    assert np.array_equal(pixels(banded), pixels(whole))
    cmyk = QImage(str(photos["cmyk"]))
    assert cmyk.format() == QImage.Format.Format_CMYK8888
    assert np.array_equal(pixels(converted(cmyk, OPAQUE)), pixels(cmyk.convertToFormat(OPAQUE)))


@pytest.mark.parametrize(("name", "reason"), [
    ("missing", "not found"), ("corrupt", "corrupt JPEG"), ("garbage", "not an image"),
])
def test_bad_files_give_a_reason(qapp, photos, name, reason):
    image, why = read_image(photos[name], SCREEN)
    assert image is None and reason in why


def test_the_loader_works_off_the_gui_thread_and_names_the_files_it_skips(qtbot, photos, caplog):
    store = ImageStore()
    loader = ImageLoader(store, SCREEN)
    loaded, failed = [], []
    loader.loaded.connect(lambda item: loaded.append(item))
    loader.failed.connect(lambda path, why: failed.append(path))
    names = ["huge", "alpha", "rotated", "cmyk", "corrupt", "garbage", "missing"]
    with caplog.at_level(logging.WARNING, logger="kiosk.slideshow"):
        for name in names:
            loader.request(name, str(photos[name]))
        qtbot.waitUntil(lambda: len(loaded) + len(failed) == len(names), timeout=30_000)
    assert sorted(item.token for item in loaded) == ["alpha", "cmyk", "huge", "rotated"]
    assert sorted(Path(p).name for p in failed) == ["corrupt.jpg", "garbage.jpg", "missing.jpg"]
    for name in ("corrupt.jpg", "garbage.jpg", "missing.jpg"):
        assert any(name in record.getMessage() for record in caplog.records), name
    assert store.get("huge").width() < 3000
    store.keep_only({"alpha"})
    assert len(store) == 1 and store.get("huge") is None


def _loader(qtbot, decoder: Decoder | None = None) -> tuple[ImageLoader, list, list]:
    loader = ImageLoader(ImageStore(), SCREEN, decoder=decoder)
    loaded, failed = [], []
    loader.loaded.connect(lambda item: loaded.append(item))
    loader.failed.connect(lambda path, why: failed.append((Path(path).name, why)))
    return loader, loaded, failed


@contextmanager
def _decoding(qtbot, **options) -> Iterator[tuple[Decoder, ImageLoader, list, list]]:  # noqa: ANN001
    """A decoder of its own and a loader on it; the decoder closed afterwards."""
    decoder = Decoder(**options)
    try:
        yield (decoder, *_loader(qtbot, decoder))
    finally:
        decoder.close()


def test_the_decoder_is_a_separate_process_at_the_lowest_priority(qtbot, photos):
    with _decoding(qtbot) as (decoder, loader, loaded, _):
        loader.request("alpha", str(photos["alpha"]))
        qtbot.waitUntil(lambda: bool(loaded), timeout=20_000)
        assert decoder.pid is not None and decoder.pid != os.getpid()
        assert os.getpriority(os.PRIO_PROCESS, decoder.pid) == 19
        image = loader.store.get("alpha")  # the decoder wrote it into a slot of ours
        assert image.pixelColor(600, 400).red() > 150 and image.pixelColor(5, 5).alpha() == 0


def _mapping(address: int) -> str:
    """The name of what is mapped at that address in this process ('' if nothing)."""
    with open("/proc/self/maps") as maps:
        for line in maps:
            start, end = (int(v, 16) for v in line.split()[0].split("-"))
            if start <= address < end:
                parts = line.split(maxsplit=5)
                return parts[5].strip() if len(parts) > 5 else "anonymous"
    return ""


def _mapped(address: int) -> bool:
    """Whether a photo's own memory file is still mapped at that address in this process."""
    return "memfd:kiosk-photo" in _mapping(address)


def _address(image: QImage) -> int:
    return np.frombuffer(image.constBits(), dtype=np.uint8).ctypes.data


def test_photos_come_in_slots_mapped_once_and_reused_only_once_qt_lets_go(qtbot, photos):
    """No mapping, page faults or unmapping per photo; never a slot overwritten while shown."""
    with _decoding(qtbot) as (decoder, loader, loaded, _):
        loader.request("huge", str(photos["huge"]))
        qtbot.waitUntil(lambda: bool(loaded), timeout=20_000)
        first = loader.store.get("huge")
        assert "memfd:kiosk-slot-" in _mapping(_address(first))
        before = bytes(np.frombuffer(first.constBits(), dtype=np.uint8)[:4096 * 64])
        shown = QImage(first)  # the scene graph's copy: the photo is on screen
        loader.store.keep_only(set())
        del first
        gc.collect()
        for name in ("cmyk", "rotated"):  # decoded while the first is still shown
            loader.request(name, str(photos[name]))
        qtbot.waitUntil(lambda: len(loaded) == 3, timeout=20_000)
        assert bytes(np.frombuffer(shown.constBits(), dtype=np.uint8)[:4096 * 64]) == before
        others = {_address(loader.store.get(name)) for name in ("cmyk", "rotated")}
        assert _address(shown) not in others and len(decoder.slots) == 3
        slot_of_shown = _address(shown)
        del shown
        gc.collect()
        loader.store.keep_only(set())
        gc.collect()
        assert decoder.slots.in_use() == 0
        loader.request("alpha", str(photos["alpha"]))
        qtbot.waitUntil(lambda: len(loaded) == 4, timeout=20_000)
        assert len(decoder.slots) == 3  # a free slot was reused, none made
        assert _address(loader.store.get("alpha")) in others | {slot_of_shown}
        assert loader.store.get("alpha").pixelColor(600, 400).red() > 150


def test_a_photo_too_big_for_a_slot_comes_in_a_memory_file_of_its_own(qtbot, tmp_path):
    panorama = tmp_path / "panorama.jpg"  # covers the screen at 6480×1080: 28 MB, over a slot
    Image.new("RGB", (6000, 1000), (30, 160, 60)).save(panorama)
    with _decoding(qtbot) as (decoder, loader, loaded, _):
        loader.request("wide", str(panorama))
        qtbot.waitUntil(lambda: bool(loaded), timeout=20_000)
        image = loader.store.get("wide")
        assert image.width() >= 6000 and _mapped(_address(image))
        assert image.pixelColor(3000, 500).green() > 140
        assert decoder.slots.in_use() == 0  # the slot offered for it was given back


def test_a_photo_is_unmapped_off_the_gui_thread_once_qt_lets_go_of_it(qtbot, photos, monkeypatch):
    """Unmapping a 1080p photo costs the kernel over a millisecond: never on the GUI thread.
    (A photo in a memory file of its own: one too big for a slot, or with every slot in use.)"""
    from kiosk.ui.slideshow import pixels

    unmapped_on = []
    close = pixels.Pixels.close

    def spy(self):
        unmapped_on.append(threading.current_thread().name)
        close(self)

    monkeypatch.setattr(pixels.Pixels, "close", spy)
    with _decoding(qtbot) as (decoder, loader, loaded, _):
        decoder.slots.limit = 0  # every slot in use
        loader.request("huge", str(photos["huge"]))
        qtbot.waitUntil(lambda: bool(loaded), timeout=20_000)
        loaded.clear()
        image = loader.store.get("huge")
        address = _address(image)
        assert _mapped(address)
        copy = QImage(image)  # a second holder, as the scene graph's texture is
        loader.store.keep_only(set())
        del image
        gc.collect()
        assert _mapped(address)  # still held by the copy: still mapped, and readable
        assert copy.pixelColor(10, 10).isValid()
        del copy
        gc.collect()
        qtbot.waitUntil(lambda: not _mapped(address), timeout=5_000)
        assert unmapped_on and set(unmapped_on) == {"kiosk-unmap"}


def test_a_decoder_that_dies_costs_one_photo_and_comes_back(qtbot, photos, caplog):
    with _decoding(qtbot) as (decoder, loader, loaded, failed):
        decoder.start()
        first = decoder.pid
        with caplog.at_level(logging.WARNING, logger="kiosk.slideshow"):
            loader.request("huge", str(photos["huge"]))
            loader.request("alpha", str(photos["alpha"]))
            os.kill(first, signal.SIGKILL)  # the OOM killer, a crash in a codec
            qtbot.waitUntil(lambda: bool(failed and loaded), timeout=20_000)
        assert failed == [("huge.jpg", "the photo decoder stopped while reading it "
                                       "(killed by signal 9)")]
        assert [item.token for item in loaded] == ["alpha"]  # sent again to the new process
        assert decoder.pid not in (None, first)
        assert any("huge.jpg" in r.getMessage() for r in caplog.records)


def test_a_decoder_that_hangs_is_stopped_and_replaced(qtbot, photos):
    with _decoding(qtbot, hang_seconds=1.5) as (decoder, loader, loaded, failed):
        decoder.start()
        stuck = decoder.pid
        os.kill(stuck, signal.SIGSTOP)  # as if a codec looped forever
        loader.request("rotated", str(photos["rotated"]))
        qtbot.waitUntil(lambda: bool(failed), timeout=10_000)
        assert failed == [("rotated.jpg", "the photo decoder took over 1.5 s on it and was "
                                          "stopped")]
        loader.request("alpha", str(photos["alpha"]))
        qtbot.waitUntil(lambda: bool(loaded), timeout=20_000)
        assert decoder.pid != stuck
