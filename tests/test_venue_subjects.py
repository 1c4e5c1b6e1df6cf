"""Where each machine's events travel on the hub, and who hears them (no server needed)."""

from __future__ import annotations

from kiosk.venue import server


def _matches(pattern: str, subject: str) -> bool:
    """NATS subject matching: ``*`` one token, ``>`` one or more at the end."""
    want, got = pattern.split("."), subject.split(".")
    for n, token in enumerate(want):
        if token == ">":
            return len(got) > n
        if n >= len(got) or token not in ("*", got[n]):
            return False
    return len(got) == len(want)


def test_a_doors_refusals_travel_apart_and_are_heard_by_the_master() -> None:
    door = f"{server.EVENTS_SUBJECT}.door.door-a"
    admitted = server.event_subject(door, refused=False)
    refused = server.event_subject(door, refused=True)
    assert admitted == door and refused == f"{door}.{server.REFUSED}"
    master = f"{server.EVENTS_SUBJECT}.door.>"
    assert _matches(master, admitted) and _matches(master, refused)
    copy = f"{server.EVENTS_SUBJECT}.>"
    assert _matches(copy, admitted) and _matches(copy, refused)
    # Both name the door that sent them (the venue panel counts a machine's scans).
    assert server.source_of(admitted) == ("door.door-a", False)
    assert server.source_of(refused) == ("door.door-a", True)


def test_the_control_and_a_stage_send_on_their_own_subject() -> None:
    for subject in (f"{server.EVENTS_SUBJECT}.control", f"{server.EVENTS_SUBJECT}.stage.main"):
        assert server.event_subject(subject, refused=True) == subject
    assert server.source_of(f"{server.EVENTS_SUBJECT}.control") == ("control", False)
    # A stage named "refused" is a name, not a door's refusal.
    assert server.source_of(f"{server.EVENTS_SUBJECT}.stage.refused") == ("stage.refused", False)


def test_a_door_may_publish_its_own_refusals_only() -> None:
    allowed = server._allow("door", "door-a")["publish"]["allow"]
    assert f"{server.EVENTS_SUBJECT}.door.door-a.{server.REFUSED}" in allowed
    assert not any(_matches(p, f"{server.EVENTS_SUBJECT}.door.door-b.{server.REFUSED}")
                   for p in allowed)
    screens = server._allow("screens", "wall")["publish"]["allow"]
    assert not any(p.startswith(server.EVENTS_SUBJECT) for p in screens)
