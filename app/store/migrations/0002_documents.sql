-- Every printed document is kept, so it can be printed again from a case's history
-- after a printer failure or a crash between the decision and the print.
CREATE TABLE documents (
    id          TEXT PRIMARY KEY,
    kind        TEXT NOT NULL,   -- ticket, receipt, supplement_notice, commitment, refusal_notice, guide
    ref_id      TEXT NOT NULL,   -- the ticket, case or intake it belongs to
    doc_no      TEXT NOT NULL DEFAULT '',
    title       TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    pdf         BLOB NOT NULL,   -- encrypted: even masked documents stay private at rest
    printed     INTEGER NOT NULL DEFAULT 0,
    last_error  TEXT
);
CREATE INDEX documents_ref ON documents(ref_id, created_at);

-- Per-year sequences for document numbers (机关简称〔年份〕第 N 号) and case numbers.
CREATE TABLE sequences (
    name  TEXT PRIMARY KEY,
    value INTEGER NOT NULL
);
