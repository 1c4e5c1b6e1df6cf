"""The outbox (kiosk.core.replica): what a machine still has to send to the venue."""

from __future__ import annotations

from kiosk.core import replica
from kiosk.core.db import write
from kiosk.core.events import record


def _heard(db, count: int, first: int = 0) -> None:  # noqa: ANN001
    replica.apply(db, [("door-b", {"id": f"heard-{first + i}", "at": "2017-11-24T19:00:00Z",
                                   "origin": "door-b", "kind": "door.scan", "payload": {}})
                       for i in range(count)])


def test_an_empty_look_is_not_read_again_and_a_later_event_is_still_sent(db) -> None:
    """A night's thousands of events heard from the venue are read once by the outbox, not
    four times a second; an event of this machine committed after a look is sent all the same."""
    replica.mark_sent(db, replica.last_seq(db))  # the event's own start, sent
    _heard(db, 300)
    top = replica.last_seq(db)
    assert replica.outbox(db) == [] and replica.waiting(db) == 0
    # The caller's next looks start after what it found empty...
    with write(db):
        mine = record(db, "door.scan", {"n": 1}).id
    _heard(db, 50, first=300)
    batch = replica.outbox(db, after=top)
    assert [m["id"] for m in batch] == [mine]
    assert replica.waiting(db, after=top) == replica.waiting(db) == 1
    # ...and skip nothing of this machine's: committed after the look, it has a higher seq.
    assert batch[0]["seq"] > top
    replica.mark_sent(db, batch[-1]["seq"])
    assert replica.outbox(db, after=top) == [] and replica.waiting(db) == 0

