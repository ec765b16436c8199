-- Hall figures (issue 9): consultations (咨询) and what each supplement notice listed.

-- One question answered at a window (首问负责: the first clerk asked owns it until it is
-- answered or handed on). It is a service like any other: counted and rated.
-- answer is encrypted (free text may name the citizen); the rest is plain for the figures.
CREATE TABLE consultations (
    id                TEXT PRIMARY KEY,
    station_code      TEXT NOT NULL,
    day               TEXT NOT NULL,               -- hall-local date of asked_at
    asked_at          TEXT NOT NULL,
    ticket_id         TEXT,
    ticket_no         TEXT NOT NULL DEFAULT '',
    category_code     TEXT NOT NULL DEFAULT '',
    matter_code       TEXT NOT NULL DEFAULT '',    -- '' when the question is about no catalogued matter
    matter_name       TEXT NOT NULL DEFAULT '',    -- the matter, or the topic the clerk typed
    answer            TEXT NOT NULL,               -- encrypted short answer
    handed_on         INTEGER NOT NULL DEFAULT 0 CHECK (handed_on IN (0, 1)),
    handed_to         TEXT NOT NULL DEFAULT '',    -- department or window it was handed on to
    window_no         TEXT NOT NULL DEFAULT '',
    clerk_staff_no    TEXT NOT NULL,
    clerk_name        TEXT NOT NULL DEFAULT '',
    rating_request_id TEXT
);
CREATE INDEX consultations_day ON consultations(day);

-- The items a supplement notice (材料补正通知书) told the applicant about, kept as they
-- were when the notice was issued: the case's checklist is rewritten when the applicant
-- comes back, so without this the figures could not say which materials send citizens
-- home. Filled by the trigger below, in the same transaction as the notice.
CREATE TABLE figures_notice_items (
    notice_code    TEXT NOT NULL,
    case_id        TEXT NOT NULL,
    issued_at      TEXT NOT NULL,
    matter_code    TEXT NOT NULL,
    situation_code TEXT NOT NULL,
    material_code  TEXT NOT NULL,
    state          TEXT NOT NULL,                  -- missing | nonconforming
    applies        INTEGER NOT NULL,
    reason         TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (notice_code, material_code)
);
CREATE INDEX figures_notice_items_issued ON figures_notice_items(issued_at);

-- The intake service writes the checklist, then the notice code, in one unit of work.
CREATE TRIGGER figures_notice_snapshot AFTER INSERT ON notice_codes
BEGIN
    INSERT OR IGNORE INTO figures_notice_items
        (notice_code, case_id, issued_at, matter_code, situation_code, material_code, state, applies, reason)
    SELECT NEW.code, NEW.case_id, NEW.issued_at, c.matter_code, c.situation_code, i.material_code, i.state,
           i.applies, i.reason
    FROM case_items AS i JOIN cases AS c ON c.id = i.case_id
    WHERE i.case_id = NEW.case_id AND i.state IN ('missing', 'nonconforming');
END;

-- Figures read decisions by time (covering: no table look-ups), notices by issue time, and
-- the ratings of a consultation by its id.
CREATE INDEX IF NOT EXISTS figures_case_events_at ON case_events(at, event, case_id, actor);
CREATE INDEX IF NOT EXISTS figures_notice_codes_issued ON notice_codes(issued_at);
CREATE INDEX IF NOT EXISTS figures_ratings_service ON ratings(service_id);
-- Covering indexes for the month's decisions: what the figures need of a case and of its
-- ticket without reading the wide rows (the encrypted applicant, the checklist).
CREATE INDEX IF NOT EXISTS figures_cases_facts ON cases(id, matter_code, mode, ticket_id);
CREATE INDEX IF NOT EXISTS figures_tickets_facts ON queue_tickets(id, window_no, category_code);
