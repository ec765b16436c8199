-- The case history in the interface language (issue 7): besides the Chinese text kept for the
-- record, an event keeps its marked template and values (JSON, app/i18n.py Text.to_data), so a
-- station in English shows its history in English. '' for events worded elsewhere (the server).
ALTER TABLE case_events ADD COLUMN wording TEXT NOT NULL DEFAULT '';

-- The same for what a sync round found (the 同步退回记录 page shows the last five).
ALTER TABLE sync_findings ADD COLUMN wording TEXT NOT NULL DEFAULT '';
