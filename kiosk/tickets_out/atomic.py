"""Files that appear whole under their name, or not at all, even when the writer is killed.

A file is written unnamed (``O_TMPFILE``: the kernel frees it if the process dies) and
given its name only once complete: a ``kill -9`` in the middle of a ticket run leaves
neither a half-written PDF under its final name nor a temporary file beside it. Where
the file system has no unnamed files, a hidden temporary name is used instead.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QFile, QFileDevice, QIODevice


@contextmanager
def written(path: Path) -> Iterator[QFile]:
    """A QFile to write ``path`` through; published (renamed into place) when the block ends."""
    path = Path(path)
    named: Path | None = None
    try:
        fd = os.open(path.parent, os.O_TMPFILE | os.O_WRONLY | os.O_CLOEXEC, 0o644)
    except (OSError, AttributeError):
        named = path.with_name(f".{path.name}.{os.getpid()}.tmp")
        fd = os.open(named, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | os.O_CLOEXEC, 0o644)
    handle = QFile()
    try:
        if not handle.open(fd, QIODevice.OpenModeFlag.WriteOnly,
                           QFileDevice.FileHandleFlag.DontCloseHandle):
            raise OSError(f"could not write {path}")
        yield handle
        handle.close()
        if named is None:
            named = path.with_name(f".{path.name}.{os.getpid()}.tmp")
            named.unlink(missing_ok=True)
            _name(fd, named)
        os.replace(named, path)
        named = None
    finally:
        handle.close()
        os.close(fd)
        if named is not None:
            named.unlink(missing_ok=True)


def _name(fd: int, target: Path) -> None:
    """Give the unnamed file behind ``fd`` the name ``target`` (linkat with AT_SYMLINK_FOLLOW:
    a directory fd makes Python call linkat rather than link, which would not follow)."""
    folder = os.open(target.parent, os.O_PATH | os.O_DIRECTORY | os.O_CLOEXEC)
    try:
        os.link(f"/proc/self/fd/{fd}", target.name, src_dir_fd=folder, dst_dir_fd=folder,
                follow_symlinks=True)
    finally:
        os.close(folder)
