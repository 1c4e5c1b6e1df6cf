-- One machine of the venue (a screens or stage copy), seen from the control (issue 15).

-- What this machine's windows show now, written by each window (slideshow: the slide; stage:
-- the cue) and sent in the machine's heartbeat. One row per window kind.
CREATE TABLE machine_showing (
    window TEXT PRIMARY KEY,
    what TEXT NOT NULL DEFAULT '{}',  -- JSON
    at TEXT NOT NULL
) WITHOUT ROWID;

-- What the control asked of this machine alone (venue.cmd.<name>): blank its screen, an
-- announcement on it alone, its name shown big until identify_until. One row.
CREATE TABLE machine_orders (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    blank INTEGER NOT NULL DEFAULT 0,
    announcement TEXT,
    identify_until TEXT,
    at TEXT
);

-- On the master: what each machine said it shows in its last heartbeat (JSON).
ALTER TABLE venue_machines ADD COLUMN showing TEXT NOT NULL DEFAULT '{}';
