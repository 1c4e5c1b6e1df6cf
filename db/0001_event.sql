-- The event, its check-in lists and guests, tickets and scans,
-- the awards and the show, the legends and their media, and the event log.
-- Times are ISO-8601 UTC text ("2017-11-24T19:42:05.123Z").

CREATE TABLE event (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    name TEXT NOT NULL,
    venue TEXT NOT NULL DEFAULT '',
    date TEXT NOT NULL DEFAULT '',
    timezone TEXT NOT NULL DEFAULT 'Europe/Paris',
    theme TEXT NOT NULL DEFAULT 'gt2017',
    public_key TEXT,
    key_id TEXT,
    demo INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL
);

CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

-- Every state change, as an explicit record with its own id, time and origin,
-- so that several machines can later share them through a replication engine.
CREATE TABLE events (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    at TEXT NOT NULL,
    origin TEXT NOT NULL,
    kind TEXT NOT NULL,
    payload TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX events_kind ON events(kind, seq);

CREATE TABLE lists (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    starts_at TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE guests (
    id INTEGER PRIMARY KEY,
    external_id TEXT NOT NULL UNIQUE,
    first_name TEXT NOT NULL,
    last_name TEXT NOT NULL,
    organisation TEXT NOT NULL DEFAULT '',
    category TEXT NOT NULL DEFAULT '',
    table_name TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    party_size INTEGER NOT NULL DEFAULT 1 CHECK (party_size >= 1),
    search_key TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL
);
CREATE INDEX guests_search ON guests(search_key);

CREATE TABLE guest_lists (
    guest_id INTEGER NOT NULL REFERENCES guests(id) ON DELETE CASCADE,
    list_id INTEGER NOT NULL REFERENCES lists(id) ON DELETE CASCADE,
    PRIMARY KEY (guest_id, list_id)
) WITHOUT ROWID;
CREATE INDEX guest_lists_list ON guest_lists(list_id);

CREATE TABLE tickets (
    id INTEGER PRIMARY KEY,
    guest_id INTEGER NOT NULL REFERENCES guests(id) ON DELETE CASCADE,
    version INTEGER NOT NULL,
    issued_at TEXT NOT NULL,
    revoked_at TEXT,
    UNIQUE (guest_id, version)
);

-- Every scan, admitted or refused. direction: 'in' or 'out'.
CREATE TABLE scans (
    id INTEGER PRIMARY KEY,
    event_id TEXT NOT NULL UNIQUE,
    scanned_at TEXT NOT NULL,
    door TEXT NOT NULL DEFAULT '',
    list_id INTEGER REFERENCES lists(id),
    guest_id INTEGER REFERENCES guests(id),
    ticket_version INTEGER,
    direction TEXT NOT NULL DEFAULT 'in',
    status TEXT NOT NULL,
    reason TEXT NOT NULL DEFAULT '',
    people INTEGER NOT NULL DEFAULT 1,
    payload TEXT NOT NULL DEFAULT '',
    origin TEXT NOT NULL DEFAULT ''
);
CREATE INDEX scans_guest ON scans(guest_id, list_id, status);
CREATE INDEX scans_time ON scans(scanned_at);

CREATE TABLE media (
    id INTEGER PRIMARY KEY,
    path TEXT NOT NULL UNIQUE,
    sha256 TEXT,
    bytes INTEGER,
    mime TEXT NOT NULL DEFAULT '',
    data BLOB
);

CREATE TABLE award_categories (
    id INTEGER PRIMARY KEY,
    position INTEGER NOT NULL,
    title TEXT NOT NULL UNIQUE,
    sponsor TEXT NOT NULL DEFAULT '',
    award TEXT NOT NULL DEFAULT 'Commemorative chronograph'
);

CREATE TABLE nominees (
    id INTEGER PRIMARY KEY,
    category_id INTEGER NOT NULL REFERENCES award_categories(id) ON DELETE CASCADE,
    position INTEGER NOT NULL DEFAULT 0,
    name TEXT NOT NULL,
    team TEXT NOT NULL DEFAULT '',
    car TEXT NOT NULL DEFAULT '',
    nationality TEXT NOT NULL DEFAULT '',
    photo_id INTEGER REFERENCES media(id),
    pronunciation TEXT NOT NULL DEFAULT '',
    UNIQUE (category_id, name)
);

CREATE TABLE winners (
    category_id INTEGER PRIMARY KEY REFERENCES award_categories(id) ON DELETE CASCADE,
    nominee_id INTEGER NOT NULL REFERENCES nominees(id) ON DELETE CASCADE
);

-- The show's running order. kind: opening, category, nominees, nominee,
-- envelope, winner, interval, closing, custom, video.
CREATE TABLE cues (
    id INTEGER PRIMARY KEY,
    position INTEGER NOT NULL,
    kind TEXT NOT NULL,
    category_id INTEGER REFERENCES award_categories(id) ON DELETE CASCADE,
    nominee_id INTEGER REFERENCES nominees(id) ON DELETE CASCADE,
    title TEXT NOT NULL DEFAULT '',
    body TEXT NOT NULL DEFAULT '',
    media_id INTEGER REFERENCES media(id),
    notes TEXT NOT NULL DEFAULT '',
    custom INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX cues_position ON cues(position);

CREATE TABLE show_state (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    cursor INTEGER NOT NULL DEFAULT 0,
    blackout INTEGER NOT NULL DEFAULT 0,
    started_at TEXT,
    updated_at TEXT,
    last_event_id TEXT
);

CREATE TABLE legends (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    nationality TEXT NOT NULL DEFAULT '',
    years TEXT NOT NULL DEFAULT '',
    titles TEXT NOT NULL DEFAULT '',
    quote TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL DEFAULT 0,
    updated_at TEXT NOT NULL DEFAULT ''
);

CREATE TABLE legend_photos (
    legend_id INTEGER NOT NULL REFERENCES legends(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    media_id INTEGER NOT NULL REFERENCES media(id),
    PRIMARY KEY (legend_id, position)
) WITHOUT ROWID;

-- Title and sponsor slides interleaved in the venue-screen playlist.
CREATE TABLE slides (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL DEFAULT 'sponsor',
    title TEXT NOT NULL,
    body TEXT NOT NULL DEFAULT '',
    media_id INTEGER REFERENCES media(id),
    position INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE announcements (
    id INTEGER PRIMARY KEY,
    event_id TEXT NOT NULL UNIQUE,
    text TEXT NOT NULL,
    created_at TEXT NOT NULL,
    expires_at TEXT,
    countdown_to TEXT,
    cleared_at TEXT
);
