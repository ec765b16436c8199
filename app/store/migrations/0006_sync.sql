-- Offline-first sync (app/sync): server changes parked until local changes are sent,
-- and the sync findings shown to the supervisor (reconcile differences, refused catalogs).
-- The cursor lives in station_meta (sync_cursor, sync_cursor_covers); quarantine is an
-- outbox state.

-- A server change that would overwrite a record with unsent local changes waits here;
-- the newest change per (kind, key) wins.
CREATE TABLE sync_deferred (
    kind TEXT NOT NULL,
    key  TEXT NOT NULL,
    seq  INTEGER NOT NULL,
    data TEXT NOT NULL,
    PRIMARY KEY (kind, key)
);

-- What each sync found that someone should know about (never personal data).
CREATE TABLE sync_findings (
    seq    INTEGER PRIMARY KEY AUTOINCREMENT,
    at     TEXT NOT NULL,
    kind   TEXT NOT NULL,   -- reconcile, catalog, appointment …
    text   TEXT NOT NULL
);
