"""The signing key is guarded like an SSH key: owner-only, and never written over."""

from __future__ import annotations

from pathlib import Path

import pytest
from door_support import build_event

from kiosk.core.keys import key_path


@pytest.mark.parametrize("mode", [0o644, 0o640, 0o604, 0o660, 0o606])
def test_a_key_others_may_read_or_change_is_refused(tmp_path: Path, kiosk, mode: int) -> None:
    event = build_event(tmp_path / "gala.db")
    key = key_path(event)
    key.chmod(mode)
    result = kiosk("--db", str(event), "tickets", "--payloads")
    assert result.returncode == 2, result.stderr
    assert result.stdout == ""  # nothing signed
    assert "Traceback" not in result.stderr
    assert str(key) in result.stderr and f"chmod 600 {key}" in result.stderr
    assert f"{mode:04o}" in result.stderr


@pytest.mark.parametrize("mode", [0o600, 0o400])
def test_an_owner_only_key_signs(tmp_path: Path, kiosk, mode: int) -> None:
    event = build_event(tmp_path / "gala.db")
    key_path(event).chmod(mode)
    result = kiosk("--db", str(event), "tickets", "--payloads")
    assert result.returncode == 0, result.stderr
    assert result.stdout.count("\t") == 6


def test_no_command_writes_over_the_key(tmp_path: Path, kiosk) -> None:
    event = build_event(tmp_path / "gala.db")
    key = key_path(event)
    kept = key.read_bytes()
    copy = tmp_path / "copy.key"  # any file holding a private key, whatever its name
    copy.write_bytes(kept)
    for target in (key, copy):
        for command in (["export", "--role", "door", "--out", str(target), "--force"],
                        ["export", "--role", "screens", "--out", str(target)],
                        ["report", "checkins", "--csv", str(target)],
                        ["tickets", "--pdf", str(target)]):
            result = kiosk("--db", str(event), *command)
            assert result.returncode == 2, (command, result.stderr)
            assert "Traceback" not in result.stderr
            assert f"{target} is a ticket-signing key" in result.stderr, result.stderr
            assert target.read_bytes() == kept
        for command in (["init", "--name", "X", "--force"], ["demo", "--build-only", "--force"]):
            result = kiosk("--db", str(target), *command)  # --db pointed at the key
            assert result.returncode == 2, (command, result.stderr)
            assert f"{target} is a ticket-signing key" in result.stderr, result.stderr
            assert target.read_bytes() == kept
    assert kiosk("--db", str(event), "tickets", "--payloads").returncode == 0
