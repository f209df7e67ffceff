-- The calls and pain policies of 001 read "account_id IN (SELECT id FROM
-- accounts)", which PostgreSQL evaluates by hashing every account the rep
-- may read, once per statement: INSERT ... ON CONFLICT checks the read
-- policy too, so at 100k accounts a sync of 100 calls spent seconds on
-- it. EXISTS looks the one account up by its key instead. Contacts and
-- holdings keep the hashed form, which suits reading them in bulk.
ALTER POLICY calls_read ON calls
    USING (EXISTS (SELECT 1 FROM accounts a WHERE a.id = account_id));
ALTER POLICY calls_insert ON calls
    WITH CHECK (logged_by = current_user AND EXISTS (SELECT 1 FROM accounts a WHERE a.id = account_id));
ALTER POLICY pain_changes_read ON pain_changes
    USING (EXISTS (SELECT 1 FROM accounts a WHERE a.id = account_id));
ALTER POLICY pain_changes_insert ON pain_changes
    WITH CHECK (changed_by = current_user AND EXISTS (SELECT 1 FROM accounts a WHERE a.id = account_id));
ALTER POLICY pains_read ON pains
    USING (EXISTS (SELECT 1 FROM accounts a WHERE a.id = account_id));
ALTER POLICY pains_insert ON pains
    WITH CHECK (EXISTS (SELECT 1 FROM accounts a WHERE a.id = account_id));
ALTER POLICY pains_update ON pains
    USING (EXISTS (SELECT 1 FROM accounts a WHERE a.id = account_id))
    WITH CHECK (EXISTS (SELECT 1 FROM accounts a WHERE a.id = account_id));
