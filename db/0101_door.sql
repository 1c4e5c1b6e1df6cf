-- Door check-in: who is inside, per guest and list, derived from the scans in the
-- same transaction that records each scan (so the log and the state never disagree).
-- One row per guest and list once admitted; removed by an undo.
CREATE TABLE attendance (
    guest_id INTEGER NOT NULL REFERENCES guests(id) ON DELETE CASCADE,
    list_id INTEGER NOT NULL REFERENCES lists(id) ON DELETE CASCADE,
    arrived_at TEXT NOT NULL,
    inside INTEGER NOT NULL DEFAULT 1,
    companions INTEGER NOT NULL DEFAULT 0,
    admitted_at TEXT NOT NULL,
    door TEXT NOT NULL DEFAULT '',
    scan_id INTEGER REFERENCES scans(id),
    PRIMARY KEY (guest_id, list_id)
) WITHOUT ROWID;
CREATE INDEX attendance_list ON attendance(list_id, inside);
