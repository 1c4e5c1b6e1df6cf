"""The camera pipeline on generated frames (no camera here): angles, blur, noise, dim light, glare."""

from __future__ import annotations

import threading
from pathlib import Path

import numpy as np
import pytest
from door_support import payloads
from PIL import Image, ImageDraw, ImageFilter
from waiting import wait_until

from kiosk.camera.decode import Deduper, decode_frame
from kiosk.camera.worker import FrameWorker
from kiosk.core.checkin import Door
from kiosk.core.db import open_db
from kiosk.tickets_out import qr


@pytest.fixture
def code(event: Path) -> str:
    return payloads(event)[1]


def code_image(payload: str, module_px: int = 7) -> Image.Image:
    modules = qr.matrix(payload)
    n = modules.shape[0] + 8
    pixels = np.full((n, n), 255, np.uint8)
    pixels[4:-4, 4:-4][modules] = 0
    return Image.fromarray(pixels).resize((n * module_px, n * module_px), Image.Resampling.NEAREST)


def scene(payload: str, *, angle: float = 0, size: int = 7, at=(380, 120)) -> Image.Image:
    """A 1280x720 webcam frame: a grey, textured counter with the ticket lying on it."""
    rng = np.random.default_rng(7)
    background = (rng.normal(110, 18, (720, 1280))).clip(0, 255).astype(np.uint8)
    frame = Image.fromarray(background).convert("RGB")
    ticket = code_image(payload, size).convert("RGBA").rotate(angle, expand=True,
                                                               resample=Image.Resampling.BICUBIC)
    frame.paste(ticket, at, ticket)
    return frame


def as_array(image: Image.Image) -> np.ndarray:
    return np.asarray(image)


def variants(payload: str) -> dict[str, np.ndarray]:
    base = scene(payload)
    out = {"straight": as_array(base)}
    out["rotated-17"] = as_array(scene(payload, angle=17))
    out["rotated-45"] = as_array(scene(payload, angle=45))
    out["upside-down"] = as_array(scene(payload, angle=180))
    out["blurred"] = as_array(base.filter(ImageFilter.GaussianBlur(2.2)))
    noisy = as_array(base).astype(np.int16) + np.random.default_rng(3).normal(0, 38, (720, 1280, 3)).astype(np.int16)
    out["noisy"] = noisy.clip(0, 255).astype(np.uint8)
    low = as_array(base).astype(np.float32) * 0.18 + 95  # a dim hall: 95..141 out of 255
    out["low-contrast"] = low.astype(np.uint8)
    glare = base.copy()
    mask = Image.new("L", glare.size, 0)
    ImageDraw.Draw(mask).ellipse((360, 90, 700, 330), fill=235)
    glare.paste(Image.new("RGB", glare.size, (255, 255, 255)), (0, 0), mask.filter(ImageFilter.GaussianBlur(40)))
    out["glare"] = as_array(glare)
    # A phone held up: white-on-black screen in dark mode, small, with a reflection band.
    phone = Image.new("RGB", (1280, 720), (30, 30, 34))
    inverted = Image.fromarray(255 - np.asarray(code_image(payload, 5)))
    phone.paste(inverted.convert("RGB"), (500, 150))
    band = Image.new("L", phone.size, 0)
    ImageDraw.Draw(band).polygon([(450, 150), (560, 150), (760, 560), (650, 560)], fill=90)
    phone.paste(Image.new("RGB", phone.size, (240, 240, 240)), (0, 0), band.filter(ImageFilter.GaussianBlur(12)))
    out["phone-dark-glare"] = as_array(phone)
    out["grey-frame"] = np.asarray(Image.fromarray(out["straight"]).convert("L"))
    return out


def test_every_generated_frame_decodes_to_the_ticket(code: str) -> None:
    failed = [name for name, frame in variants(code).items() if decode_frame(frame) != [code]]
    assert failed == []


def test_frames_without_a_ticket_give_nothing() -> None:
    rng = np.random.default_rng(1)
    assert decode_frame(rng.integers(0, 255, (480, 640, 3), dtype=np.uint8)) == []
    assert decode_frame(np.zeros((0, 0), np.uint8)) == []
    assert decode_frame(np.full((10, 10), 255, np.uint8)) == []


def test_decoded_frames_are_admitted_once(event: Path, code: str) -> None:
    db = open_db(event)
    try:
        door = Door(db, door="camera")
        texts = decode_frame(variants(code)["glare"])
        assert door.scan(texts[0]).status == "admitted"
    finally:
        db.close()


def test_worker_decodes_off_the_calling_thread_and_dedupes(code: str) -> None:
    seen: list[tuple[str, int]] = []
    done = threading.Event()

    def on_text(text: str) -> None:
        seen.append((text, threading.get_ident()))
        done.set()

    worker = FrameWorker(on_text, dedupe_s=30)
    try:
        frame = variants(code)["rotated-17"]
        for _ in range(5):
            worker.submit(frame)
        assert done.wait(10)
        # Every frame handed over was decoded or replaced by a newer one before its turn.
        wait_until(lambda: worker.frames_decoded + worker.frames_dropped == 5, timeout=10,
                   what="the worker to have dealt with all five frames")
    finally:
        worker.stop()  # joins the thread: the last decode has told what it saw
    assert [t for t, _ in seen] == [code]  # held in front of the camera: passed on once
    assert seen[0][1] != threading.get_ident()
    assert worker.frames_decoded >= 1


def test_deduper_lets_a_code_through_again_after_a_pause() -> None:
    dedupe = Deduper(3.0)
    assert dedupe.fresh("A", 0.0) and not dedupe.fresh("A", 1.0) and not dedupe.fresh("A", 3.5)
    assert dedupe.fresh("A", 7.0) and dedupe.fresh("B", 7.1)


def test_qt_camera_reader_without_a_camera(qapp, code: str, qtbot) -> None:
    from PySide6.QtGui import QImage

    from kiosk.ui.door.camera import CameraReader

    reader = CameraReader()
    try:
        reader.start()  # no camera attached here: reports it, never crashes
        got: list[str] = []
        reader.decoded.connect(got.append)
        frame = np.ascontiguousarray(variants(code)["straight"])
        image = QImage(frame.data, frame.shape[1], frame.shape[0], frame.strides[0],
                       QImage.Format.Format_RGB888).copy()
        reader.feed(image)
        qtbot.waitUntil(lambda: got == [code], timeout=10_000)
    finally:
        reader.stop()
