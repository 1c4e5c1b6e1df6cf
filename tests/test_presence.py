"""The hub's log of who came, stopped, went silent or came back (kiosk.core.machines.Presence)."""

from __future__ import annotations

from kiosk.core.machines import Presence


def test_one_line_per_change_not_per_heartbeat() -> None:
    presence = Presence()
    door = {"role": "door", "outbox": 0}
    assert presence.heard("door-a", door, 0.0) == "door-a (door) joined"
    assert presence.heard("door-a", door, 1.0) is None  # a heartbeat like the last
    assert presence.silent(3.5) == []  # 2.5 s: not yet
    assert presence.silent(4.5) == ["door-a (door) silent for 3 s: offline"]
    assert presence.silent(9.0) == []  # said once
    assert presence.heard("door-a", door, 10.0) == "door-a (door) is back"
    assert (presence.heard("door-a", {**door, "stopped": True, "outbox": 13}, 11.0)
            == "door-a (door) stopped, 13 events not sent")
    assert presence.silent(60.0) == []  # stopped is not lost
    assert presence.heard("screens-7", {"role": "screens", "stopped": True}, 12.0) \
        == "screens-7 (screens) stopped, all sent"
