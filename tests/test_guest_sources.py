"""The guest list stays true to its source: refunds cancel tickets, a list taken away in the
file is taken away at the door, guests gone from a re-imported file are reported or pruned."""

from __future__ import annotations

import json
from pathlib import Path

from door_support import payloads

from kiosk.core.checkin import Door
from kiosk.core.db import open_db, write
from kiosk.core.events import recent
from kiosk.core.importers import import_guests
from kiosk.core.tickets import cancel_guest, cancellation, restore_guest

EVENTBRITE = ("Order #,Order Date,First Name,Last Name,Email,Quantity,Ticket Type,Attendee #,"
              "Attendee Status,Company\n")


def eventbrite(path: Path, *rows: tuple[str, str, str, str]) -> Path:
    """rows: first name, last name, attendee number, attendee status."""
    lines = [f"1234567,2017-10-01 10:00:00,{f},{last},{f.lower()}@example.com,2,VIP Pass,{n},{s},Auto Hebdo\n"
             for f, last, n, s in rows]
    path.write_text(EVENTBRITE + "".join(lines), "utf-8")
    return path


def guest_ids(db_path: Path) -> dict[str, int]:
    db = open_db(db_path)
    try:
        return dict(db.execute("SELECT first_name, id FROM guests"))
    finally:
        db.close()


def test_a_refund_in_a_reimported_export_cancels_the_ticket(db_path: Path, tmp_path: Path, kiosk) -> None:
    export = eventbrite(tmp_path / "attendees.csv", ("Hélène", "Dupré", "987654321", "Attending"),
                        ("Marc", "Dupré", "987654322", "Attending"))
    first = kiosk("--db", str(db_path), "import", "guests", str(export), "--list", "Gala")
    assert first.returncode == 0, first.stderr
    codes, ids = payloads(db_path), guest_ids(db_path)
    eventbrite(export, ("Hélène", "Dupré", "987654321", "Refunded"),
               ("Marc", "Dupré", "987654322", "Checked In"))
    again = kiosk("--db", str(db_path), "import", "guests", str(export), "--list", "Gala")
    assert again.returncode == 0, again.stderr
    assert json.loads(again.stdout)["cancelled"] == 1

    refused = kiosk("--db", str(db_path), "scan", codes[ids["Hélène"]], "--list", "Gala")
    assert refused.returncode == 1
    verdict = json.loads(refused.stdout)
    assert (verdict["status"], verdict["code"], verdict["cancelled"]) == ("revoked", "scan.cancelled", True)
    assert verdict["message"].startswith("Hélène Dupré's invitation was cancelled on ")
    assert "(Refunded). Do not admit." in verdict["message"]
    admitted = kiosk("--db", str(db_path), "scan", codes[ids["Marc"]], "--list", "Gala")
    assert json.loads(admitted.stdout)["status"] == "admitted"

    report = json.loads(kiosk("--db", str(db_path), "report", "checkins").stdout)
    assert report["guests_cancelled"] == 1 and report["by_status"]["revoked"] == 1
    assert report["refused"] == 1 and report["no_shows"] == 0  # a cancelled guest is no no-show
    # Attending again in a later export: the import restores what it cancelled.
    eventbrite(export, ("Hélène", "Dupré", "987654321", "Attending"),
               ("Marc", "Dupré", "987654322", "Checked In"))
    third = json.loads(kiosk("--db", str(db_path), "import", "guests", str(export)).stdout)
    assert (third["cancelled"], third["restored"]) == (0, 1)


def test_staff_cancel_and_restore_a_guest_by_hand(db_path: Path, tmp_path: Path, kiosk) -> None:
    export = eventbrite(tmp_path / "attendees.csv", ("Hélène", "Dupré", "987654321", "Attending"))
    kiosk("--db", str(db_path), "import", "guests", str(export), "--list", "Gala")
    code, gid = payloads(db_path)[guest_ids(db_path)["Hélène"]], guest_ids(db_path)["Hélène"]
    done = kiosk("--db", str(db_path), "guests", "cancel", str(gid), "--reason", "Banned by the organiser")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) | {"cancelled_at": None} == {
        "guest_id": gid, "name": "Hélène Dupré", "changed": True, "cancelled": True,
        "cancelled_at": None, "reason": "Banned by the organiser", "by": "hand"}
    scan = json.loads(kiosk("--db", str(db_path), "scan", code).stdout)
    assert scan["status"] == "revoked" and "Banned by the organiser" in scan["message"]
    assert gid not in payloads(db_path)  # no ticket is printed for a cancelled guest
    assert kiosk("--db", str(db_path), "guests", "restore", str(gid)).returncode == 0
    assert json.loads(kiosk("--db", str(db_path), "scan", code).stdout)["status"] == "admitted"

    blank = kiosk("--db", str(db_path), "guests", "cancel", str(gid), "--reason", "  ")
    assert blank.returncode == 1 and "a reason is required" in blank.stderr
    unknown = kiosk("--db", str(db_path), "guests", "restore", "999")
    assert unknown.returncode == 1 and "There is no guest with id 999" in unknown.stderr
    db = open_db(db_path)
    try:
        kinds = [(e.kind, e.payload.get("reason")) for e in recent(db, limit=10) if e.kind.startswith("guest.")]
        assert kinds == [("guest.restored", None), ("guest.cancelled", "Banned by the organiser")]
    finally:
        db.close()


def guests_csv(path: Path, *rows: tuple[str, str]) -> Path:
    """rows: first name, lists."""
    path.write_text("first_name,last_name,email,lists\n"
                    + "".join(f"{f},Test,{f.lower()}@example.com,{lists}\n" for f, lists in rows), "utf-8")
    return path


def lists_of(db, first_name: str) -> set[str]:
    return {r[0] for r in db.execute(
        "SELECT l.name FROM guest_lists gl JOIN lists l ON l.id = gl.list_id JOIN guests g"
        " ON g.id = gl.guest_id WHERE g.first_name = ?", [first_name])}


def test_a_list_taken_away_in_the_file_is_taken_away_at_the_door(db, tmp_path: Path) -> None:
    vip = guests_csv(tmp_path / "vip.csv", ("Ana", "Gala|VIP lounge"), ("Bo", "Gala"))
    import_guests(db, vip, lists=["Press room"])
    import_guests(db, guests_csv(tmp_path / "party.csv", ("Ana", "VIP lounge")), lists=["After party"])
    ana = db.execute("SELECT id FROM guests WHERE first_name = 'Ana'").fetchone()[0]
    with write(db):  # a list given by hand (no import grants it)
        db.execute("INSERT INTO lists(name) VALUES ('Backstage')")
        db.execute("INSERT INTO guest_lists(guest_id, list_id) SELECT ?, id FROM lists WHERE name = 'Backstage'",
                   [ana])

    result = import_guests(db, guests_csv(vip, ("Ana", ""), ("Bo", "VIP lounge")))
    assert result.to_dict()["lists_removed"] == 3  # Ana: Gala, VIP lounge; Bo: Gala
    # VIP lounge stays: party.csv grants it too; so do another import's --list, this file's own
    # --list (not repeated in this import), and the list given by hand.
    assert lists_of(db, "Ana") == {"VIP lounge", "After party", "Press room", "Backstage"}
    assert lists_of(db, "Bo") == {"VIP lounge", "Press room"}
    bo = db.execute("SELECT id FROM guests WHERE first_name = 'Bo'").fetchone()[0]
    assert Door(db, list_name="Gala").admit_guest(bo).status == "wrong_list"


def test_guests_gone_from_a_reimported_file_are_reported_and_pruned(db, tmp_path: Path) -> None:
    path = guests_csv(tmp_path / "g.csv", ("Ana", "Gala"), ("Bo", "Gala"), ("Cy", "Gala"))
    import_guests(db, path)
    import_guests(db, guests_csv(tmp_path / "other.csv", ("Dee", "Gala"), ("Bo", "Party")))
    result = import_guests(db, guests_csv(path, ("Ana", "Gala")))
    assert result.to_dict()["missing"] == 2 and result.to_dict()["cancelled"] == 0
    assert f"{path}: 2 guests of earlier imports of this file are not in it (--prune cancels them)." \
        in result.warnings
    assert db.execute("SELECT count(*) FROM guests WHERE cancelled_at IS NOT NULL").fetchone()[0] == 0

    pruned = import_guests(db, path, prune=True).to_dict()
    assert (pruned["missing"], pruned["pruned"], pruned["cancelled"]) == (2, 1, 1)
    states = {r[0]: cancellation(db, r[1]) for r in db.execute("SELECT first_name, id FROM guests")}
    assert states["Ana"] is None and states["Dee"] is None  # Dee came from another file
    assert states["Bo"] is None  # gone from g.csv, but other.csv still invites Bo
    assert states["Cy"].reason == "not in g.csv any more" and states["Cy"].by == "file:g.csv"
    cy = db.execute("SELECT id FROM guests WHERE first_name = 'Cy'").fetchone()[0]
    assert Door(db).admit_guest(cy).code == "scan.cancelled"
    assert import_guests(db, path, prune=True).to_dict()["missing"] == 0  # dealt with once
    back = import_guests(db, guests_csv(path, ("Ana", "Gala"), ("Cy", "Gala"))).to_dict()
    assert (back["restored"], back["missing"]) == (1, 0)  # back in the file: invited again
    assert Door(db).admit_guest(cy).status == "admitted"


def test_cancel_by_hand_survives_a_reimport_and_restore_undoes_it(db, tmp_path: Path) -> None:
    path = guests_csv(tmp_path / "g.csv", ("Ana", "Gala"))
    import_guests(db, path)
    ana = db.execute("SELECT id FROM guests").fetchone()[0]
    cancel_guest(db, ana, "Asked to be removed")
    assert import_guests(db, path).to_dict()["restored"] == 0
    assert cancellation(db, ana).reason == "Asked to be removed"
    assert restore_guest(db, ana)["changed"] is True
    assert Door(db).admit_guest(ana).status == "admitted"
