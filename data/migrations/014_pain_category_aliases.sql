-- Other names a CRM files pains of a category under ("Budget" for cost),
-- as a JSON array of strings.
ALTER TABLE pain_categories ADD COLUMN aliases TEXT NOT NULL DEFAULT '[]';
