-- The event's identity: what the audience's screens show of it, set by 'kiosk event set'.
-- language: the audience's screens (fr | en), apart from each operator's own --lang.
-- logo / logo_mark: the event's pictures, copied into the media table (data); empty = none.
-- accent, background: the theme's colours (#rrggbb), empty = the theme's own.
-- slideshow_title, prize (the default prize wording on winner cards; empty = no prize line),
-- sponsor_title (the slideshow's sponsor cards).
ALTER TABLE event ADD COLUMN language TEXT NOT NULL DEFAULT 'en';
ALTER TABLE event ADD COLUMN logo_media_id INTEGER REFERENCES media(id);
ALTER TABLE event ADD COLUMN logo_mark_media_id INTEGER REFERENCES media(id);
ALTER TABLE event ADD COLUMN accent TEXT NOT NULL DEFAULT '';
ALTER TABLE event ADD COLUMN background TEXT NOT NULL DEFAULT '';
ALTER TABLE event ADD COLUMN slideshow_title TEXT NOT NULL DEFAULT '';
ALTER TABLE event ADD COLUMN prize TEXT NOT NULL DEFAULT '';
ALTER TABLE event ADD COLUMN sponsor_title TEXT NOT NULL DEFAULT '';

-- An event made before keeps the prize its winner cards showed (the stage.award setting).
UPDATE event SET prize = COALESCE((SELECT value FROM settings WHERE key = 'stage.award'),
                                  'Commemorative chronograph');
DELETE FROM settings WHERE key = 'stage.award';
-- A category's award is now its own prize only when the CSV gave one.
UPDATE award_categories SET award = '' WHERE award = (SELECT prize FROM event WHERE id = 1)
                                          OR award = 'Commemorative chronograph';

-- Every window process announces itself here (role, screen, pid, host) and beats a heartbeat.
CREATE TABLE windows (
    host TEXT NOT NULL,
    pid INTEGER NOT NULL,
    role TEXT NOT NULL,
    screen INTEGER,
    started_at TEXT NOT NULL,
    heartbeat_at TEXT NOT NULL,
    PRIMARY KEY (host, pid)
);
