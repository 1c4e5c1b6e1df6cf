"""Screen machines for the venue tests and the bench: a master with legends, a screens copy's
slideshow process (offscreen Qt), and reading what the copy's file holds."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw
from venue_support import stop_process

from kiosk.core import announcements, screens_state
from kiosk.core.db import open_db


def photo(path: Path, colour: tuple[int, int, int], size: tuple[int, int] = (900, 600),
          noisy: bool = False) -> Path:
    """A JPEG 'portrait'; ``noisy``: over grain that JPEG cannot shrink (a big file)."""
    if noisy:
        grain = np.random.default_rng(7).integers(0, 255, (size[1], size[0], 3), dtype=np.uint8)
        image = Image.fromarray(grain // 2 + np.array(colour, dtype=np.uint8) // 2)
    else:
        image = Image.new("RGB", size, colour)
    ImageDraw.Draw(image).ellipse((size[0] // 4, size[1] // 6, size[0] * 3 // 4, size[1] * 5 // 6),
                                  fill=(240, 220, 180))
    image.save(path, quality=95)
    return path


def legends_csv(folder: Path, rows: list[tuple[str, str, str]]) -> Path:
    """(name, nationality, photo file) rows as a legends CSV in ``folder``."""
    lines = ["name,nationality,years,titles,quote,photo"]
    lines += [f'"{name}",{nat},1990–2000,Champion,"Fast.",{file}' for name, nat, file in rows]
    path = folder / "legends.csv"
    path.write_text("\n".join(lines) + "\n", "utf-8")
    return path


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


class Screen:
    """``kiosk --db COPY slideshow --windowed`` on offscreen Qt: its link follows the hub."""

    def __init__(self, copy: Path, prefix: tuple[str, ...] = ()) -> None:
        self.copy = copy
        self.err = open(copy.with_name(copy.stem + ".err"), "a")  # noqa: SIM115
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
        self.proc = subprocess.Popen(
            [*prefix, sys.executable, "-m", "kiosk", "--db", str(copy), "slideshow", "--windowed",
             "--interval", "3600"], stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
            stderr=self.err, env=env)

    def stop(self) -> int:
        stop_process(self.proc)
        self.err.close()
        return self.proc.returncode

    def log(self) -> str:
        return self.copy.with_name(self.copy.stem + ".err").read_text()[-3000:]


def announced(copy: Path) -> str:
    """The announcement the copy's screens show now ('' for none)."""
    db = open_db(copy)
    try:
        current = announcements.current(db)
        return current.text if current else ""
    finally:
        db.close()


def legend_photos(copy: Path) -> dict[str, list[str]]:
    """Each legend of the copy with its photos' paths."""
    db = open_db(copy)
    try:
        out: dict[str, list[str]] = {}
        for name, path in db.execute(
                "SELECT l.name, m.path FROM legends l LEFT JOIN legend_photos lp"
                " ON lp.legend_id = l.id LEFT JOIN media m ON m.id = lp.media_id"
                " ORDER BY l.position, lp.position"):
            out.setdefault(name, [])
            if path:
                out[name].append(path)
        return out
    finally:
        db.close()


def cached(copy: Path, digest: str) -> Path | None:
    """The picture with this sha256 in the copy's media folder, its bytes checked."""
    for file in screens_state.media_folder(copy).glob(digest + "*"):
        if file.suffix != ".part" and sha(file) == digest:
            return file
    return None
