-- Which calls have been exported in which format. One exported_at per call
-- (calls.exported_at) would let an export for HubSpot hide a call from a
-- later export for Salesforce; this table remembers each format apart.
CREATE TABLE call_exports (
    call_id     INTEGER NOT NULL REFERENCES calls (id) ON DELETE CASCADE,
    format      TEXT NOT NULL,          -- salesforce, hubspot, csv, json
    exported_at TEXT NOT NULL,          -- RFC 3339 UTC, the latest export
    PRIMARY KEY (call_id, format)
) WITHOUT ROWID;
