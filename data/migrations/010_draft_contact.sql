-- A call being written keeps who is on the line and the quantities the rep
-- changed before the customer answered, so a crash loses neither.
ALTER TABLE drafts ADD COLUMN contact_id TEXT NOT NULL DEFAULT '';
ALTER TABLE drafts ADD COLUMN quantities_json TEXT NOT NULL DEFAULT '{}';
