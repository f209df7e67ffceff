-- Cues heard on a call travel with it, like its offers: [{"kind", "text",
-- "number", "unit", "category", "competitor", "severity"}].
ALTER TABLE calls ADD COLUMN cues JSONB NOT NULL DEFAULT '[]';
