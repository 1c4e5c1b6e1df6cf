"""A door with a hub reads its guest once before the claim, and again inside the transaction
only when another connection wrote to the file while the hub answered."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from door_support import build_event, payloads

from kiosk.core.checkin import Door
from kiosk.core.db import open_db
from kiosk.core.scan_status import ADMITTED, DUPLICATE, REVOKED
from kiosk.core.tickets import cancel_guest
from kiosk.core.venue import HubAnswer


class AnsweringHub:
    """The door's side of a hub (:class:`kiosk.core.venue.Hub`) that answers at once; while it
    answers, ``meanwhile`` runs (the control's side changing the file in between)."""

    def __init__(self, answer: HubAnswer, meanwhile: Any = None) -> None:
        self.answer, self.meanwhile = answer, meanwhile
        self.online, self.shut_out = True, False
        self.claims: list[str] = []
        self.released: list[str] = []

    def claim(self, key: str, token: str, door: str, at: str) -> HubAnswer:
        self.claims.append(key)
        if self.meanwhile is not None:
            self.meanwhile()
        return self.answer

    def release(self, key: str) -> None:
        self.released.append(key)

    def notify(self) -> None:
        pass


@pytest.fixture
def gala(tmp_path: Path) -> Iterator[tuple[Any, dict[int, str]]]:
    """An event file open (the door's connection) and every guest's ticket payload."""
    event = build_event(tmp_path / "gala.db")
    codes = payloads(event)
    db = open_db(event)
    yield db, codes
    db.close()


def test_a_guest_cancelled_while_the_hub_answers_is_refused_and_the_claim_given_back(
        tmp_path: Path) -> None:
    event = build_event(tmp_path / "gala.db")
    codes = payloads(event)

    def cancel_elsewhere() -> None:  # another connection: the control window, say
        other = open_db(event)
        try:
            cancel_guest(other, 2, "Refunded")
        finally:
            other.close()

    db = open_db(event)
    try:
        hub = AnsweringHub(HubAnswer(True), cancel_elsewhere)
        result = Door(db, door="A", hub=hub).scan(codes[2])
        assert result.status == REVOKED and result.extra["cancelled"]
        assert hub.claims and hub.released == hub.claims  # won, not used: free again
        assert db.execute("SELECT count(*) FROM attendance WHERE guest_id = 2").fetchone()[0] == 0
    finally:
        db.close()


def test_a_claim_with_nothing_changed_admits_from_the_first_reads(gala) -> None:  # noqa: ANN001
    db, codes = gala
    hub = AnsweringHub(HubAnswer(True))
    door = Door(db, door="A", hub=hub)
    first = door.scan(codes[2])
    assert (first.status, first.online) == (ADMITTED, True) and hub.released == []
    # Inside now: a second scan is a duplicate decided here, without asking the hub.
    again = door.scan(codes[2])
    assert again.status == DUPLICATE and len(hub.claims) == 1
    assert again.first_scan["door"] == "A"


def test_a_refusal_by_the_hub_names_the_door_and_time_of_the_admission(gala) -> None:  # noqa: ANN001
    db, codes = gala
    hub = AnsweringHub(HubAnswer(False, "B", "2017-11-24T18:05:00.000Z", "other-scan"))
    result = Door(db, door="A", hub=hub).scan(codes[3])
    assert result.status == DUPLICATE and result.online
    assert (result.first_scan["door"], result.first_scan["at"]) == ("B", "2017-11-24T18:05:00.000Z")
    assert result.params["door"] == "B" and result.params["time"] == "19:05"  # Paris
