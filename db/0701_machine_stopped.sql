-- On the master: when a machine said goodbye (its kiosk stopped properly), NULL while it
-- runs or if it vanished (crash, unplugged). Its last heartbeat carries it.
ALTER TABLE venue_machines ADD COLUMN stopped_at TEXT;
