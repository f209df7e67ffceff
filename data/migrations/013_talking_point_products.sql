-- A talking point may be written for some products only (a question about
-- our own support for the support plans): their ids as a JSON array; empty
-- for every product.
ALTER TABLE talking_points ADD COLUMN products TEXT NOT NULL DEFAULT '';
