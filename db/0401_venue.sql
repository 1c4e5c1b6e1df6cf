-- The venue network (NATS JetStream hub): what this machine sent and heard, and on the
-- master, the machines that joined and their credentials.

-- This copy's link to the hub (one row; absent on a master or a copy that joins nothing).
-- sent_seq: the last event of this file (events.seq) the hub acknowledged (the outbox is
-- every later event not heard from the venue); stream_seq: the last message of the hub's
-- event stream applied here.
CREATE TABLE venue_link (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    name TEXT NOT NULL DEFAULT '',
    role TEXT NOT NULL DEFAULT '',
    url TEXT NOT NULL DEFAULT '',
    cert TEXT NOT NULL DEFAULT '',
    seed TEXT NOT NULL DEFAULT '',
    sent_seq INTEGER NOT NULL DEFAULT 0,
    stream_seq INTEGER NOT NULL DEFAULT 0,
    roster TEXT NOT NULL DEFAULT ''
);

-- Events heard from other machines (applied here, never sent back).
CREATE TABLE venue_inbox (
    event_id TEXT PRIMARY KEY,
    machine TEXT NOT NULL DEFAULT ''
) WITHOUT ROWID;

-- On the master: one credential per exported copy (the public NKey; the seed is only in the copy).
CREATE TABLE venue_machines (
    name TEXT PRIMARY KEY,
    role TEXT NOT NULL,
    public_key TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL,
    revoked_at TEXT,
    last_seen TEXT,
    online INTEGER NOT NULL DEFAULT 0,
    scans INTEGER NOT NULL DEFAULT 0,
    outbox INTEGER NOT NULL DEFAULT 0,
    door TEXT NOT NULL DEFAULT ''
);
