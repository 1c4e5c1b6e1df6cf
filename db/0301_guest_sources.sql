-- Where each guest's lists come from, which imports saw each guest, and cancelled invitations.
-- A re-imported file grants exactly the lists it names now: a list it no longer names is taken
-- away, while a list another source grants (another file, another import's --list, by hand) stays.

-- A cancelled invitation (a refund in a re-imported export, a pruned guest, staff's decision)
-- admits no one. cancelled_by: 'hand', or the import source that cancelled it.
ALTER TABLE guests ADD COLUMN cancelled_at TEXT;
ALTER TABLE guests ADD COLUMN cancelled_reason TEXT NOT NULL DEFAULT '';
ALTER TABLE guests ADD COLUMN cancelled_by TEXT NOT NULL DEFAULT '';

-- One row per list a source grants a guest. source: 'file:NAME' (the file's lists column),
-- 'file:NAME --list' (the --list options of that file's import), 'hand', or 'earlier' (granted
-- before sources were kept: never taken away by a re-import). guest_lists holds their union.
CREATE TABLE list_grants (
    guest_id INTEGER NOT NULL REFERENCES guests(id) ON DELETE CASCADE,
    list_id INTEGER NOT NULL REFERENCES lists(id) ON DELETE CASCADE,
    source TEXT NOT NULL,
    PRIMARY KEY (guest_id, list_id, source)
) WITHOUT ROWID;

-- The guests each import source has held (imported_at: the first import that held them).
-- present: 0 once a pruning import of that source found the guest gone (cancelled, or kept
-- because another source still holds them).
CREATE TABLE guest_sources (
    source TEXT NOT NULL,
    guest_id INTEGER NOT NULL REFERENCES guests(id) ON DELETE CASCADE,
    imported_at TEXT NOT NULL,
    present INTEGER NOT NULL DEFAULT 1,
    PRIMARY KEY (source, guest_id)
) WITHOUT ROWID;

INSERT INTO list_grants(guest_id, list_id, source) SELECT guest_id, list_id, 'earlier' FROM guest_lists;
