-- Name keys fold Latin accents ("Hõbekoda" is found as "hobekoda"): the
-- keys of accounts and products already stored are written again, in Go,
-- by the step that follows this file (see afterMigration).
SELECT 1;
