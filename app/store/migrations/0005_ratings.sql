-- Ratings (好差评): requests shown on the pad, the ratings themselves (including 未评价),
-- poor-rating follow-ups and every follow-up step.

-- A service that finished and waits for the citizen's rating on the pad.
-- state: pending (on the pad), rated, not_rated (timed out or superseded).
CREATE TABLE rating_requests (
    id             TEXT PRIMARY KEY,
    service_id     TEXT NOT NULL,   -- the ticket, intake or consultation id
    kind           TEXT NOT NULL CHECK (kind IN ('window_service', 'case')),
    subject        TEXT NOT NULL,   -- what "one rating per ..." counts: the case number for cases
    ticket_no      TEXT NOT NULL DEFAULT '',
    case_no        TEXT NOT NULL DEFAULT '',
    matter_code    TEXT NOT NULL DEFAULT '',
    matter_name    TEXT NOT NULL DEFAULT '',
    window_no      TEXT NOT NULL DEFAULT '',
    clerk_staff_no TEXT NOT NULL DEFAULT '',
    clerk_name     TEXT NOT NULL DEFAULT '',
    station_code   TEXT NOT NULL DEFAULT '',
    finished_at    TEXT NOT NULL,
    requested_at   TEXT NOT NULL,
    expires_at     TEXT NOT NULL,
    state          TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'rated', 'not_rated')),
    rating_id      TEXT
);
CREATE INDEX rating_requests_pending ON rating_requests(state, requested_at);

-- One row per rating, and one per service that was not rated (rated = 0, level NULL).
-- rater_name, rater_phone and comment are encrypted (personal data).
CREATE TABLE ratings (
    id             TEXT PRIMARY KEY,
    request_id     TEXT REFERENCES rating_requests(id),
    service_id     TEXT NOT NULL,
    kind           TEXT NOT NULL CHECK (kind IN ('window_service', 'case')),
    subject        TEXT NOT NULL,
    rating_count   INTEGER NOT NULL CHECK (rating_count IN (1, 2)),  -- 评价次数: 1 first, 2 补充评价
    rated          INTEGER NOT NULL CHECK (rated IN (0, 1)),
    level          TEXT,
    level_code     TEXT,
    platform       TEXT NOT NULL,
    poor           INTEGER NOT NULL DEFAULT 0,
    reasons        TEXT NOT NULL DEFAULT '[]',  -- JSON list of the reasons picked
    comment        TEXT NOT NULL DEFAULT '',
    callback_ok    INTEGER NOT NULL DEFAULT 0,
    rater_name     TEXT,            -- NULL: anonymous
    rater_phone    TEXT,
    channel        TEXT NOT NULL,
    channel_code   TEXT NOT NULL,
    case_no        TEXT NOT NULL DEFAULT '',
    ticket_no      TEXT NOT NULL DEFAULT '',
    matter_code    TEXT NOT NULL DEFAULT '',
    matter_name    TEXT NOT NULL DEFAULT '',
    window_no      TEXT NOT NULL DEFAULT '',
    clerk_staff_no TEXT NOT NULL DEFAULT '',
    clerk_name     TEXT NOT NULL DEFAULT '',
    station_code   TEXT NOT NULL DEFAULT '',
    region_code    TEXT NOT NULL DEFAULT '',
    finished_at    TEXT,
    rated_at       TEXT NOT NULL,
    day            TEXT NOT NULL   -- hall-local date of rated_at, for the figures
);
-- 一次一评 / 一事一评: at most one first and one supplementary rating per subject.
CREATE UNIQUE INDEX ratings_once ON ratings(kind, subject, rating_count) WHERE rated = 1;
CREATE INDEX ratings_day ON ratings(day);

-- The follow-up of one poor rating (核实、整改、回访).
CREATE TABLE rating_followups (
    id                TEXT PRIMARY KEY,
    rating_id         TEXT NOT NULL UNIQUE REFERENCES ratings(id),
    state             TEXT NOT NULL,
    opened_on         TEXT NOT NULL,   -- date
    deadline          TEXT NOT NULL,   -- date: opened_on + followup_deadline_days working days
    deadline_days     INTEGER NOT NULL,
    callback_required INTEGER NOT NULL,
    called_back_at    TEXT,
    closed_at         TEXT,
    closed_on_time    INTEGER,
    appeal_upheld     INTEGER NOT NULL DEFAULT 0,  -- the rating was found mistaken or malicious
    updated_at        TEXT NOT NULL
);
CREATE INDEX rating_followups_state ON rating_followups(state, deadline);

-- Every step, with who and when (note encrypted: it may name the citizen).
CREATE TABLE rating_followup_steps (
    id          TEXT PRIMARY KEY,
    followup_id TEXT NOT NULL REFERENCES rating_followups(id),
    from_state  TEXT NOT NULL DEFAULT '',
    to_state    TEXT NOT NULL,
    staff_no    TEXT NOT NULL,
    staff_name  TEXT NOT NULL DEFAULT '',
    at          TEXT NOT NULL,
    note        TEXT NOT NULL DEFAULT ''
);
CREATE INDEX rating_followup_steps_followup ON rating_followup_steps(followup_id, at);
