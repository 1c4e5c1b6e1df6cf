"""`kiosk show ...` from a shell: one JSON object per call, errors with exit codes."""

from __future__ import annotations

import json


def run(kiosk, db, *args):
    result = kiosk("--db", str(db), "show", *args)
    return result, (json.loads(result.stdout) if result.returncode == 0 else None)


def test_status_next_prev_goto_blackout(kiosk, demo_db_path) -> None:
    result, status = run(kiosk, demo_db_path, "status")
    assert result.returncode == 0, result.stderr
    assert result.stdout.count("\n") == 1
    for field in ("index", "count", "kind", "category", "nominees", "winner", "blackout"):
        assert field in status
    assert status["index"] == 0 and status["kind"] == "opening" and status["count"] > 30
    _, status = run(kiosk, demo_db_path, "next")
    assert status["index"] == 1
    _, status = run(kiosk, demo_db_path, "prev")
    assert status["index"] == 0
    _, listing = run(kiosk, demo_db_path, "list")
    envelope = next(c["index"] for c in listing["cues"] if c["kind"] == "envelope")
    _, status = run(kiosk, demo_db_path, "goto", str(envelope))
    assert status["kind"] == "envelope" and status["winner"] is None
    assert status["category"] and len(status["nominees"]) >= 3
    _, status = run(kiosk, demo_db_path, "next")
    assert status["kind"] == "winner" and status["winner"] in status["nominees"]
    _, status = run(kiosk, demo_db_path, "blackout")
    assert status["blackout"] is True and status["index"] == envelope + 1
    _, status = run(kiosk, demo_db_path, "blackout", "off")
    assert status["blackout"] is False


def test_rehearsal_cursor_is_separate(kiosk, demo_db_path) -> None:
    _, status = run(kiosk, demo_db_path, "goto", "6", "--rehearsal")
    assert status["rehearsal"] is True and status["index"] == 6
    _, status = run(kiosk, demo_db_path, "status")
    assert status["index"] == 0 and status["rehearsal"] is False


def test_bad_input_is_named(kiosk, demo_db_path, tmp_path) -> None:
    result, _ = run(kiosk, demo_db_path, "goto", "500")
    assert result.returncode == 1 and "500" in result.stderr and "numbered 0 to" in result.stderr
    result, _ = run(kiosk, demo_db_path, "goto", "x")
    assert result.returncode == 2
    result, _ = run(kiosk, demo_db_path, "add", "--title", "T", "--position", "nowhere")
    assert result.returncode == 1 and "nowhere" in result.stderr
    result = kiosk("--db", str(tmp_path / "none.db"), "show", "status")
    assert result.returncode == 2 and "none.db" in result.stderr


def test_add_move_set(kiosk, demo_db_path) -> None:
    result, status = run(kiosk, demo_db_path, "add", "--title", "Tribute to the founders",
                         "--body", "1993-2017", "--position", "interval")
    assert result.returncode == 0, result.stderr
    _, listing = run(kiosk, demo_db_path, "list")
    titles = [c["title"] for c in listing["cues"]]
    tribute = titles.index("Tribute to the founders")
    assert listing["cues"][tribute]["custom"] is True
    _, _ = run(kiosk, demo_db_path, "move", str(tribute), "1")
    _, listing = run(kiosk, demo_db_path, "list")
    assert listing["cues"][1]["title"] == "Tribute to the founders"
    result, out = run(kiosk, demo_db_path, "set", "stage.guard_ms", "600")
    assert out == {"key": "stage.guard_ms", "value": "600"}
    result, _ = run(kiosk, demo_db_path, "set", "stage.guard_ms", "soon")
    assert result.returncode == 1 and "stage.guard_ms" in result.stderr


def test_messages_in_french(kiosk, demo_db_path) -> None:
    result = kiosk("--lang", "fr", "--db", str(demo_db_path), "show", "goto", "77")
    assert result.returncode == 1
    assert "Il n’y a pas de séquence 77" in result.stderr
