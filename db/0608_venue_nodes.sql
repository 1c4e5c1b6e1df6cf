-- The three-node hub (issue 15): no single point of failure.

-- On the master: the machines that run a node of the venue hub beside the control laptop's
-- (`export --hub-node HOST`), where they are reached, and their certificate (signed by the
-- hub's own, which every copy pins). Copies exported later know every address.
CREATE TABLE venue_nodes (
    name TEXT PRIMARY KEY,
    url TEXT NOT NULL,
    route TEXT NOT NULL,
    cert TEXT NOT NULL,
    created_at TEXT NOT NULL
);

-- In a copy that may run a node (`kiosk --db COPY hub --peer URL`): what it needs, given by
-- the master at export (one row). Its own key and certificate, the cluster's route
-- secret, the routes known then, the hub's users then (the running hub sends later ones).
CREATE TABLE venue_node (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    name TEXT NOT NULL,
    host TEXT NOT NULL,
    port INTEGER NOT NULL,
    cert TEXT NOT NULL,
    key TEXT NOT NULL,
    secret TEXT NOT NULL,
    routes TEXT NOT NULL DEFAULT '[]',
    users TEXT NOT NULL DEFAULT '[]'
);
