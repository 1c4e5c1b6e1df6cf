"""Is a file a video the stage may hand to its player? Told by its first bytes, not its name.

A file that is no video container at all (a document renamed .mp4, a cut download's HTML
error page) never reaches the player: Qt's FFmpeg backend probes such a file on a thread of
its own, and a stage once died (a segfault on that thread, in the test suite) just after a
card for one was taken down. The cue shows its still card, as for a missing file.
"""

from __future__ import annotations

from pathlib import Path

_HEAD = 16
_TS_PACKET = 188


def looks_like_video(path: str | Path) -> bool:
    """True for the containers FFmpeg plays that a stage meets: MP4/MOV/M4V/3GP, Matroska and
    WebM, AVI, MPEG transport and program streams, Ogg, FLV, ASF/WMV."""
    try:
        with open(path, "rb") as file:
            head = file.read(_HEAD)
            if head[:1] == b"\x47":  # MPEG-TS: a sync byte every 188 bytes
                file.seek(_TS_PACKET)
                return file.read(1) == b"\x47"
    except OSError:
        return False
    return (head[4:8] in (b"ftyp", b"moov", b"mdat", b"free", b"wide", b"skip", b"pnot")
            or head.startswith((b"\x1a\x45\xdf\xa3", b"OggS", b"FLV\x01", b"\x00\x00\x01\xba",
                                b"\x30\x26\xb2\x75\x8e\x66\xcf\x11"))
            or (head.startswith(b"RIFF") and head[8:12] == b"AVI "))
