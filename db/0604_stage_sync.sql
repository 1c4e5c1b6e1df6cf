-- Main and backup stage (the venue, part 2): the one show's cursor lives at the hub
-- (JetStream KV bucket `show`, key `cursor`); each machine mirrors it into show_state.

-- What this machine last agreed with the hub (one row): the KV revision and value, who
-- moved it (a machine's name) and how, and when on this machine's clock the move was made
-- at the hub (the cross-machine double-press guard). mode: 'main' (this machine's presses
-- move the show) or 'follow' (a backup stage that only mirrors until it takes over).
CREATE TABLE show_sync (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    revision INTEGER NOT NULL DEFAULT 0,
    value TEXT NOT NULL DEFAULT '',
    moved_by TEXT NOT NULL DEFAULT '',
    action TEXT NOT NULL DEFAULT '',
    moved_at REAL NOT NULL DEFAULT 0,
    mode TEXT NOT NULL DEFAULT 'main',
    main TEXT NOT NULL DEFAULT ''
);
