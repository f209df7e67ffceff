-- Products no longer sold (a product export's discontinued or status
-- column): never offered, though accounts may still hold them.
ALTER TABLE products ADD COLUMN discontinued INTEGER NOT NULL DEFAULT 0;
