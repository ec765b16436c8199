-- Core of the local store: station facts, audit log, outbox, catalog versions, users.

CREATE TABLE station_meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

-- Append-only, hash-chained audit log (电子监察). seq is 1, 2, 3 … with no gaps.
CREATE TABLE audit_log (
    seq            INTEGER PRIMARY KEY,
    at             TEXT NOT NULL,
    actor          TEXT NOT NULL,
    action         TEXT NOT NULL,
    record_id      TEXT NOT NULL,
    payload_sha256 TEXT NOT NULL,
    prev_hash      TEXT NOT NULL,
    hash           TEXT NOT NULL UNIQUE
);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;

-- Records waiting to go up to the server, oldest first (seq order).
-- payload is encrypted (it may hold personal data); state: pending, sent, quarantined.
CREATE TABLE outbox (
    seq             INTEGER PRIMARY KEY AUTOINCREMENT,
    id              TEXT NOT NULL UNIQUE,
    kind            TEXT NOT NULL,
    created_at      TEXT NOT NULL,
    catalog_version TEXT NOT NULL,
    payload         BLOB NOT NULL,
    payload_sha256  TEXT NOT NULL,
    audit_seq       INTEGER NOT NULL REFERENCES audit_log(seq),
    state           TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'sent', 'quarantined')),
    attempts        INTEGER NOT NULL DEFAULT 0,
    last_error      TEXT,
    sent_at         TEXT
);
CREATE INDEX outbox_pending ON outbox(state, seq);

-- Validated catalog versions; exactly one is active. A bad file never gets here.
CREATE TABLE catalog_versions (
    version     TEXT PRIMARY KEY,
    digest      TEXT NOT NULL,
    raw         BLOB NOT NULL,
    imported_at TEXT NOT NULL,
    source      TEXT NOT NULL,
    active      INTEGER NOT NULL DEFAULT 0,
    search_keys BLOB  -- pinyin keys per matter (JSON), computed once at install
);
CREATE UNIQUE INDEX catalog_one_active ON catalog_versions(active) WHERE active = 1;

-- Users allowed on this station; offline login checks offline_hash until offline_until.
CREATE TABLE users (
    staff_no      TEXT PRIMARY KEY,
    name          TEXT NOT NULL,
    role          TEXT NOT NULL CHECK (role IN ('clerk', 'supervisor', 'agent')),
    window_no     TEXT,
    offline_hash  TEXT,
    offline_until TEXT,
    source        TEXT NOT NULL DEFAULT 'server'
);

-- Working-day overrides (holidays and 调休 working days) that came from the server.
CREATE TABLE calendar_days (
    day     TEXT PRIMARY KEY,
    working INTEGER NOT NULL,
    name    TEXT NOT NULL DEFAULT ''
);
