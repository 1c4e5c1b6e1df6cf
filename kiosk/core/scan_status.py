"""What a door can decide about a scan: the statuses, and which of them are refusals.

Every module that counts, reports or shows scans derives from these (the control
window's "refused" figure, the check-in report, the door screen's colours).

Statuses: admitted, duplicate, wrong_list, revoked, invalid (scans at the entrance);
exited, not_inside (exit mode); companion, party_full (admitting a guest's companions);
undone (an admission cancelled by staff, with a reason). A status is not a message:
``scan.readmitted`` is the message of an ``admitted`` scan.
"""

from __future__ import annotations

ADMITTED = "admitted"
DUPLICATE = "duplicate"
WRONG_LIST = "wrong_list"
REVOKED = "revoked"
INVALID = "invalid"
EXITED = "exited"
NOT_INSIDE = "not_inside"
COMPANION = "companion"
PARTY_FULL = "party_full"
UNDONE = "undone"

STATUSES = (ADMITTED, DUPLICATE, WRONG_LIST, REVOKED, INVALID, EXITED, NOT_INSIDE, COMPANION,
            PARTY_FULL, UNDONE)
# The scans a door refused: nobody went in or out.
REFUSED = (DUPLICATE, WRONG_LIST, REVOKED, INVALID, NOT_INSIDE, PARTY_FULL)


def is_refused(status: str) -> bool:
    return status in REFUSED
