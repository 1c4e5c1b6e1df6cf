-- Stage: where custom cards sit in the running order, which winners have been shown,
-- and a separate cursor for rehearsals (so a rehearsal never moves the real show).

-- A custom card's place, kept across rebuilds: opening, interval, closing or before:<category order>.
ALTER TABLE cues ADD COLUMN anchor TEXT NOT NULL DEFAULT '';

-- A category's winner once the cursor has reached or passed its winner card (live show only).
CREATE TABLE show_reveals (
    category_id INTEGER PRIMARY KEY REFERENCES award_categories(id) ON DELETE CASCADE,
    revealed_at TEXT NOT NULL,
    event_id TEXT NOT NULL
);

CREATE TABLE rehearsal_state (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    cursor INTEGER NOT NULL DEFAULT 0,
    blackout INTEGER NOT NULL DEFAULT 0,
    started_at TEXT,
    updated_at TEXT,
    last_event_id TEXT
);
INSERT INTO rehearsal_state(id) VALUES (1);
