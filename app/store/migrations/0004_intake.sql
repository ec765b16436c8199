-- Single-window intake (一窗受理): applications from the moment materials are received,
-- through supplement notices, to the case (办件) they become, and every step of it.

-- One application. It becomes a case (办件) when case_no is set (受理 / 容缺受理) or is
-- refused (不予受理, which also gets a number so the refusal can be traced).
-- applicant is an encrypted JSON document (names, ID numbers, phones never in clear);
-- applicant_key / agent_key are keyed blind indexes of the ID numbers for look-ups.
CREATE TABLE cases (
    id              TEXT PRIMARY KEY,
    station_code    TEXT NOT NULL,
    case_no         TEXT UNIQUE,
    ticket_id       TEXT,
    matter_code     TEXT NOT NULL,
    matter_name     TEXT NOT NULL,
    situation_code  TEXT NOT NULL,
    situation_name  TEXT NOT NULL,
    applicant       TEXT NOT NULL,
    applicant_key   TEXT NOT NULL DEFAULT '',
    agent_key       TEXT NOT NULL DEFAULT '',
    status          TEXT NOT NULL,
    status_at       TEXT NOT NULL,
    mode            TEXT,                -- full | with_gaps once accepted
    received_on     TEXT NOT NULL,       -- materials received (five-day clock starts)
    accepted_on     TEXT,
    promised_days   INTEGER,
    promised_on     TEXT,
    calendar_gap    TEXT NOT NULL DEFAULT '',  -- years the working-day calendar does not cover
    supplement_due  TEXT,
    owed_due        TEXT,
    refusal_reason  TEXT,
    refusal_basis   TEXT,
    collector       TEXT,                -- encrypted JSON: who collected the result (统一窗口出件)
    delivered_at    TEXT,
    clerk           TEXT NOT NULL,
    created_at      TEXT NOT NULL
);
CREATE INDEX cases_status ON cases(status, status_at);
CREATE INDEX cases_applicant ON cases(applicant_key);

-- The checklist of an application: one row per material of its situation.
CREATE TABLE case_items (
    case_id        TEXT NOT NULL REFERENCES cases(id),
    position       INTEGER NOT NULL,
    material_code  TEXT NOT NULL,
    state          TEXT NOT NULL CHECK (state IN ('received', 'missing', 'nonconforming')),
    applies        INTEGER NOT NULL DEFAULT 1,   -- a conditional material applies to this application
    form           TEXT NOT NULL,
    copies         INTEGER NOT NULL,
    reason         TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (case_id, material_code)
);

-- Supplement-notice codes (the barcode on 材料补正通知书): scanning one resumes the application.
CREATE TABLE notice_codes (
    code     TEXT PRIMARY KEY,
    case_id  TEXT NOT NULL REFERENCES cases(id),
    issued_at TEXT NOT NULL
);
CREATE INDEX notice_codes_case ON notice_codes(case_id);

-- Every step of every application (电子监察): who did what and when. No personal data.
CREATE TABLE case_events (
    id        TEXT PRIMARY KEY,
    case_id   TEXT NOT NULL REFERENCES cases(id),
    at        TEXT NOT NULL,
    actor     TEXT NOT NULL,
    actor_name TEXT NOT NULL DEFAULT '',
    event     TEXT NOT NULL,
    text      TEXT NOT NULL
);
CREATE INDEX case_events_case ON case_events(case_id, at);

-- Recent and favourite matters of each clerk.
CREATE TABLE clerk_matters (
    staff_no    TEXT NOT NULL,
    matter_code TEXT NOT NULL,
    favourite   INTEGER NOT NULL DEFAULT 0,
    last_used   TEXT,
    uses        INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (staff_no, matter_code)
);
