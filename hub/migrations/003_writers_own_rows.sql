-- A rep could delete another writer's registration in hub_writers and so
-- let pulls move past that writer's transaction while it still runs.
-- Each login now registers and unregisters only its own rows.
ALTER TABLE hub_writers ADD COLUMN login TEXT NOT NULL DEFAULT current_user;
ALTER TABLE hub_writers ENABLE ROW LEVEL SECURITY;
CREATE POLICY hub_writers_read ON hub_writers FOR SELECT USING (true);
CREATE POLICY hub_writers_insert ON hub_writers FOR INSERT WITH CHECK (login = current_user);
CREATE POLICY hub_writers_delete ON hub_writers FOR DELETE USING (login = current_user);
