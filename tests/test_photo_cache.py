"""Screen-sized copies of the photos, made ahead by a low-priority process into a cache keyed
by the photo's hash; a photo that crashes or hangs that process is skipped by name."""

from __future__ import annotations

import logging
import os
import signal
from pathlib import Path

import numpy as np
import pytest
from PIL import Image
from PySide6.QtCore import QSize
from PySide6.QtGui import QImage

from kiosk.core.importers import import_legends
from kiosk.core.media import file_sha256
from kiosk.ui.slideshow.preparer import Preparer
from kiosk.ui.slideshow.screen_copy import screen_copy

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


def _copy(path: Path, cache: Path) -> tuple[QImage, dict]:
    answer = screen_copy(str(path), cache, SCREEN)
    assert "error" not in answer, answer
    image = QImage(answer["file"])
    assert (image.width(), image.height()) == (answer["width"], answer["height"])
    return image, answer


def test_the_copy_is_screen_sized_and_keyed_by_the_photos_hash(qapp, photos, tmp_path, db):
    image, answer = _copy(photos["huge"], tmp_path)
    # Covers the 1920×1080 screen exactly (the zoom starts 1:1), far from 6000×4000.
    assert (image.width(), image.height()) == (1920, 1280)
    # Named by the same hash as the media table's, in the folder of that screen size.
    (tmp_path / "import").mkdir()
    (tmp_path / "import" / "legends.csv").write_text(
        "name,nationality,years,titles,quote,photo\nA,FR,1990,,,huge.jpg\n", "utf-8")
    os.link(photos["huge"], tmp_path / "import" / "huge.jpg")  # the same file, in the folder
    import_legends(db, tmp_path / "import" / "legends.csv", tmp_path / "import")
    [sha] = db.execute("SELECT sha256 FROM media").fetchone()
    assert Path(answer["file"]) == tmp_path / "1920x1080" / f"{sha}.jpg"
    assert sha == file_sha256(photos["huge"])


def test_a_photo_is_copied_once_whatever_its_name(qapp, photos, tmp_path):
    _, first = _copy(photos["rotated"], tmp_path)
    made = Path(first["file"]).stat().st_mtime_ns
    twin = tmp_path / "same-photo-renamed.jpg"
    twin.write_bytes(photos["rotated"].read_bytes())
    _, again = _copy(twin, tmp_path)
    assert again == first
    assert Path(first["file"]).stat().st_mtime_ns == made  # read from the cache, not made again
    assert len(list((tmp_path / "1920x1080").iterdir())) == 1


def test_copies_keep_transparency_stand_upright_and_come_in_rgb(qapp, photos, tmp_path):
    alpha, answer = _copy(photos["alpha"], tmp_path)
    assert answer["file"].endswith(".png") and alpha.hasAlphaChannel()
    assert alpha.pixelColor(5, 5).alpha() == 0
    assert alpha.pixelColor(alpha.width() // 2, alpha.height() // 2).red() > 150
    rotated, _ = _copy(photos["rotated"], tmp_path)
    # A portrait, as the photographer held the camera, covering the portrait panel (56 %).
    assert rotated.width() == 1076 and 1610 <= rotated.height() <= 1614
    # Rotated 90° clockwise, the stored left edge is now the top.
    top = rotated.pixelColor(rotated.width() // 2, 5)
    assert top.red() > 200 and top.blue() > 200
    assert rotated.pixelColor(rotated.width() // 2, rotated.height() - 5).red() < 100
    cmyk, _ = _copy(photos["cmyk"], tmp_path)
    assert cmyk.format() == QImage.Format.Format_RGB32
    colour = cmyk.pixelColor(100, 100)
    assert colour.red() > 200 and colour.green() < 60 and colour.blue() < 60


@pytest.mark.parametrize(("name", "reason"), [
    ("missing", "not found"), ("corrupt", "corrupt JPEG"), ("garbage", "not an image"),
])
def test_bad_files_give_a_reason(qapp, photos, tmp_path, name, reason):
    answer = screen_copy(str(photos[name]), tmp_path, SCREEN)
    assert reason in answer["error"]
    assert not (tmp_path / "1920x1080").exists() or not any((tmp_path / "1920x1080").iterdir())


def _preparer(qtbot, cache: Path, **options) -> tuple[Preparer, list, list]:  # noqa: ANN001
    preparer = Preparer(cache, SCREEN, **options)
    done, failed = [], []
    preparer.prepared.connect(lambda token, *copy: done.append(token))
    preparer.failed.connect(lambda token, path, why: failed.append((Path(path).name, why)))
    return preparer, done, failed


def test_the_preparer_is_a_low_priority_process_that_names_the_files_it_skips(
        qtbot, photos, tmp_path, caplog):
    preparer, done, failed = _preparer(qtbot, tmp_path)
    names = ["huge", "alpha", "rotated", "cmyk", "corrupt", "garbage", "missing"]
    try:
        with caplog.at_level(logging.WARNING, logger="kiosk.slideshow"):
            for name in names:
                preparer.want(name, str(photos[name]))
            pid = preparer.pid
            assert pid is not None and pid != os.getpid()
            assert os.getpriority(os.PRIO_PROCESS, pid) == 19
            qtbot.waitUntil(lambda: len(done) + len(failed) == len(names), timeout=60_000)
        assert done == ["huge", "alpha", "rotated", "cmyk"]  # in the order asked
        assert sorted(name for name, _ in failed) == ["corrupt.jpg", "garbage.jpg", "missing.jpg"]
        for name in ("corrupt.jpg", "garbage.jpg", "missing.jpg"):
            assert any(name in record.getMessage() for record in caplog.records), name
        # Everything prepared: the process ends (it starts again for new photos).
        qtbot.waitUntil(lambda: not Path(f"/proc/{pid}").exists() or
                        Path(f"/proc/{pid}/stat").read_text().split()[2] == "Z", timeout=5_000)
        assert preparer.pid is None
    finally:
        preparer.close()


def test_a_photo_that_crashes_the_preparer_is_skipped_and_the_others_prepared(
        qtbot, photos, tmp_path, caplog):
    preparer, done, failed = _preparer(qtbot, tmp_path)
    try:
        with caplog.at_level(logging.WARNING, logger="kiosk.slideshow"):
            preparer.want("huge", str(photos["huge"]))
            preparer.want("alpha", str(photos["alpha"]))
            os.kill(preparer.pid, signal.SIGKILL)  # a crash in a codec, the OOM killer
            qtbot.waitUntil(lambda: bool(failed and done), timeout=30_000)
        assert failed == [("huge.jpg", "the photo preparer stopped while reading it "
                                       "(crashed or was killed)")]
        assert done == ["alpha"]  # by a new process
        assert any("huge.jpg" in record.getMessage() for record in caplog.records)
    finally:
        preparer.close()


def test_a_photo_that_hangs_the_preparer_is_skipped_by_name(qtbot, tmp_path):
    stuck = tmp_path / "stuck.jpg"
    os.mkfifo(stuck)  # reading it waits for a writer that never comes: a hung network share
    small = tmp_path / "small.jpg"  # made in a blink, even by a process that waits for idle cores
    Image.new("RGB", (192, 108), (30, 160, 60)).save(small)
    preparer, done, failed = _preparer(qtbot, tmp_path / "cache", hang_seconds=3)
    try:
        preparer.want("stuck", str(stuck))
        preparer.want("small", str(small))
        qtbot.waitUntil(lambda: bool(failed and done), timeout=30_000)
        assert failed == [("stuck.jpg", "the photo preparer took over 3 s on it and was stopped")]
        assert done == ["small"]
    finally:
        preparer.close()


def test_qt_s_image_loading_thread_is_lowered_once_a_copy_is_loaded(qtbot, photos, tmp_path):
    """The copies are decoded on Qt Quick's image-loading thread: it gets the preparer's lowest
    priority, so that a decode never takes a core from the GUI thread or the X server."""
    from PySide6.QtCore import QUrl
    from PySide6.QtQml import QQmlComponent, QQmlEngine

    from kiosk.ui.slideshow.preparer import IMAGE_THREAD

    preparer, done, _failed = _preparer(qtbot, tmp_path)
    engine = QQmlEngine()
    try:
        preparer.want("alpha", str(photos["alpha"]))
        qtbot.waitUntil(lambda: done == ["alpha"], timeout=30_000)
        component = QQmlComponent(engine)
        component.setData(b"import QtQuick\nImage { asynchronous: true;"
                          b" readonly property bool loaded: status === Image.Ready }", QUrl())
        image = component.create()
        image.setProperty("source", QUrl.fromLocalFile(str(photos["alpha"])))
        qtbot.waitUntil(lambda: image.property("loaded"), timeout=10_000)

        def lowered() -> list[int]:
            return [int(tid) for tid in os.listdir("/proc/self/task")
                    if Path(f"/proc/self/task/{tid}/comm").read_text().strip() == IMAGE_THREAD
                    and os.getpriority(os.PRIO_PROCESS, int(tid)) == 19]

        qtbot.waitUntil(lambda: bool(lowered()), timeout=10_000)
        assert os.sched_getscheduler(lowered()[0]) == os.SCHED_IDLE
        assert os.getpriority(os.PRIO_PROCESS, os.getpid()) != 19  # the GUI thread is not
        image.deleteLater()
    finally:
        preparer.close()
