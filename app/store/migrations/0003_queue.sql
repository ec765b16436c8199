-- The hall queue (取号、叫号): tickets, window profiles, the call log the boards read,
-- local appointments and the queue's settings.

-- One ticket. order_at is the queue position: the take time (kept through transfers),
-- the slot start for appointments, the requeue time after a no-show.
CREATE TABLE queue_tickets (
    id              TEXT PRIMARY KEY,
    day             TEXT NOT NULL,              -- YYYY-MM-DD, hall time
    category_code   TEXT NOT NULL,              -- current category (a transfer changes it)
    first_category  TEXT NOT NULL,              -- the category it was taken in (numbering)
    ticket_no       TEXT NOT NULL,              -- A012
    lane            TEXT NOT NULL CHECK (lane IN ('priority', 'appointment', 'normal')),
    priority_reason TEXT NOT NULL DEFAULT '',
    appointment_id  TEXT,
    source          TEXT NOT NULL,              -- kiosk, clerk, appointment
    taken_at        TEXT NOT NULL,
    order_at        TEXT NOT NULL,
    state           TEXT NOT NULL CHECK (state IN ('waiting', 'called', 'held', 'finished', 'no_show', 'voided')),
    target_window   TEXT,                       -- set by a transfer to one window
    window_no       TEXT,                       -- the window that called it last
    called_at       TEXT,
    first_called_at TEXT,
    recalls         INTEGER NOT NULL DEFAULT 0,
    no_shows        INTEGER NOT NULL DEFAULT 0,
    finished_at     TEXT,
    service_seconds REAL,
    note            TEXT NOT NULL DEFAULT '',
    slip_doc_id     TEXT,
    UNIQUE (day, first_category, ticket_no)
);
-- Call next reads only the head of each (category, lane): one index seek each.
CREATE INDEX queue_tickets_head ON queue_tickets(category_code, lane, order_at, id)
    WHERE state = 'waiting' AND target_window IS NULL;
-- Priority and appointment tickets in queue order (few, so filtering by category is cheap).
CREATE INDEX queue_tickets_front ON queue_tickets(lane, order_at, id)
    WHERE state = 'waiting' AND target_window IS NULL AND lane <> 'normal';
CREATE INDEX queue_tickets_targeted ON queue_tickets(target_window, order_at)
    WHERE state = 'waiting' AND target_window IS NOT NULL;
CREATE INDEX queue_tickets_at_window ON queue_tickets(window_no, state);
CREATE INDEX queue_tickets_service ON queue_tickets(category_code, finished_at)
    WHERE state = 'finished';
CREATE INDEX queue_tickets_number ON queue_tickets(day, ticket_no);

-- Windows known to this store. has_profile = 0: serves every category with weight 1.
-- front_streak and credits are the ordering policy's memory (app/queue/policy.py).
CREATE TABLE queue_windows (
    window_no    TEXT PRIMARY KEY,
    has_profile  INTEGER NOT NULL DEFAULT 0,
    profile_rev  INTEGER NOT NULL DEFAULT 0,     -- bumped on every profile change (cache key)
    paused       INTEGER NOT NULL DEFAULT 0,
    pause_reason TEXT NOT NULL DEFAULT '',
    front_streak INTEGER NOT NULL DEFAULT 0,
    credits      TEXT NOT NULL DEFAULT '{}'
);
CREATE TABLE queue_window_categories (
    window_no     TEXT NOT NULL REFERENCES queue_windows(window_no) ON DELETE CASCADE,
    category_code TEXT NOT NULL,
    weight        INTEGER NOT NULL CHECK (weight >= 1),
    PRIMARY KEY (window_no, category_code)
);
CREATE INDEX queue_window_categories_by_category ON queue_window_categories(category_code);

-- Minutes per citizen assumed for the estimated wait until there is service history.
CREATE TABLE queue_category_settings (
    category_code   TEXT PRIMARY KEY,
    default_minutes INTEGER NOT NULL CHECK (default_minutes >= 1)
);

-- Queue settings (policy parameters …), key/value.
CREATE TABLE queue_settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

-- Every call and recall, newest last: what the boards show and speak.
CREATE TABLE queue_calls (
    seq           INTEGER PRIMARY KEY AUTOINCREMENT,
    ticket_id     TEXT NOT NULL,
    ticket_no     TEXT NOT NULL,
    window_no     TEXT NOT NULL,
    category_code TEXT NOT NULL,
    at            TEXT NOT NULL,
    kind          TEXT NOT NULL CHECK (kind IN ('called', 'recalled'))
);

-- Booked slots (预约). From the server later; created locally for now.
CREATE TABLE appointments (
    id            TEXT PRIMARY KEY,
    code          TEXT NOT NULL UNIQUE,          -- 预约码 the citizen types at the kiosk
    category_code TEXT NOT NULL,
    day           TEXT NOT NULL,
    slot_start    TEXT NOT NULL,
    slot_end      TEXT NOT NULL,
    holder_name   TEXT NOT NULL DEFAULT '',      -- encrypted
    state         TEXT NOT NULL DEFAULT 'booked' CHECK (state IN ('booked', 'checked_in', 'cancelled')),
    ticket_id     TEXT,
    source        TEXT NOT NULL DEFAULT 'local',
    created_at    TEXT NOT NULL
);
CREATE INDEX appointments_day ON appointments(day, slot_start);
