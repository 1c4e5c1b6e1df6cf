"""A video cue's file is handed to the player only when its first bytes are a video's."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.core.video_files import looks_like_video

VIDEOS = {
    "reel.mp4": b"\x00\x00\x00\x20ftypisom\x00\x00\x02\x00isomiso2avc1mp41",
    "old.mov": b"\x00\x00\x00\x08wide\x00\x00\x00\x00mdat",
    "reel.mkv": b"\x1a\x45\xdf\xa3\x9f\x42\x86\x81\x01\x42\xf7\x81\x01\x42\xf2\x81",
    "reel.webm": b"\x1a\x45\xdf\xa3\x01\x00\x00\x00\x00\x00\x00\x1f\x42\x86\x81\x01",
    "reel.avi": b"RIFF\x00\x10\x00\x00AVI LIST\x00\x00\x00\x00",
    "reel.ogv": b"OggS\x00\x02\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00",
    "reel.flv": b"FLV\x01\x05\x00\x00\x00\x09\x00\x00\x00\x00\x00\x00\x00",
    "reel.mpg": b"\x00\x00\x01\xba\x44\x00\x04\x00\x04\x01\x01\x89\xc3\xf8\x00\x00",
    "reel.wmv": b"\x30\x26\xb2\x75\x8e\x66\xcf\x11\xa6\xd9\x00\xaa\x00\x62\xce\x6c",
    "reel.ts": (b"\x47\x40\x00\x10" + b"\xff" * 184) * 2,
}
NOT_VIDEOS = {
    "renamed.mp4": b"this is not a video" * 100,
    "error-page.mp4": b"<!DOCTYPE html><html><body>404</body></html>",
    "slides.mp4": b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n",
    "empty.mp4": b"",
    "one-g.ts": b"G" + b"x" * 300,  # a text file that starts with G is no transport stream
}


@pytest.mark.parametrize("name", sorted(VIDEOS))
def test_a_video_container_is_recognised(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_bytes(VIDEOS[name] + b"\x00" * 400)
    assert looks_like_video(path)


@pytest.mark.parametrize("name", sorted(NOT_VIDEOS))
def test_what_is_no_video_never_reaches_the_player(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_bytes(NOT_VIDEOS[name])
    assert not looks_like_video(path)


def test_a_missing_file_or_a_folder_is_no_video(tmp_path: Path) -> None:
    assert not looks_like_video(tmp_path / "gone.mp4")
    assert not looks_like_video(tmp_path)


def test_the_stage_test_reel_is_a_video(tmp_path: Path) -> None:
    from test_stage_windows import write_mjpeg_avi

    assert looks_like_video(write_mjpeg_avi(tmp_path / "reel.avi", frames=2))
