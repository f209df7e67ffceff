-- Cue lists added to the playbook after a database was made (spend_freeze,
-- the holidays time unit) are copied from the built-in playbook into the
-- stored cue rules of languages that have none, in Go, by the step that
-- follows this file (see afterMigration): an upgrade brings them without
-- sales ops importing the playbook again.
SELECT 1;
