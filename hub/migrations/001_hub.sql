-- The team hub's first schema: the shared book, the reps and their
-- territories, and the calls and pain changes every rep sends. SQL that
-- PostgreSQL and CockroachDB both accept: explicit primary keys, UUIDs made
-- by the laptops, no sequences, no LISTEN/NOTIFY, no advisory locks.
--
-- The role that runs `talktrack hub init` owns every table and so is not
-- limited by row-level security (sales ops). Reps log in with their own
-- roles, members of the hub's reps role, and read and write only what the
-- policies below let them: the accounts of their territory's owners and
-- what hangs off those accounts.

CREATE TABLE reps (
    login      TEXT PRIMARY KEY,            -- the rep's PostgreSQL role
    name       TEXT NOT NULL UNIQUE,        -- as the team knows them
    created_at TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- A rep's territory: the account owners whose accounts the rep works.
CREATE TABLE territories (
    login TEXT NOT NULL REFERENCES reps (login) ON DELETE CASCADE,
    owner TEXT NOT NULL,
    PRIMARY KEY (login, owner)
);

-- The playbook (catalogue, ladders, complements, talking points) as one
-- JSON document: sales ops publishes it whole.
CREATE TABLE playbook (
    id         INT PRIMARY KEY CHECK (id = 1),
    doc        JSONB NOT NULL,
    changed_at TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- Book rows carry changed_at, the time of the transaction that last
-- changed them: a sync pulls what changed after its cursor.
CREATE TABLE accounts (
    id             TEXT PRIMARY KEY,
    name           TEXT NOT NULL,
    industry       TEXT NOT NULL DEFAULT '',
    size_band      TEXT NOT NULL DEFAULT '',
    employees      INT NOT NULL DEFAULT 0,
    region         TEXT NOT NULL DEFAULT '',
    locale         TEXT NOT NULL DEFAULT 'en',
    arr            DOUBLE PRECISION NOT NULL DEFAULT 0,
    owner          TEXT NOT NULL DEFAULT '',
    renewal_date   TEXT NOT NULL DEFAULT '',   -- YYYY-MM-DD or ''
    stage          TEXT NOT NULL,
    stage_since    TEXT NOT NULL DEFAULT '',
    stage_inferred BOOL NOT NULL DEFAULT false,
    changed_at     TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX accounts_owner ON accounts (owner);
CREATE INDEX accounts_changed ON accounts (changed_at);

CREATE TABLE contacts (
    id         TEXT PRIMARY KEY,
    account_id TEXT NOT NULL REFERENCES accounts (id),
    name       TEXT NOT NULL,
    title      TEXT NOT NULL DEFAULT '',
    email      TEXT NOT NULL DEFAULT '',
    phone      TEXT NOT NULL DEFAULT '',
    is_primary BOOL NOT NULL DEFAULT false,
    changed_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX contacts_account ON contacts (account_id);
CREATE INDEX contacts_changed ON contacts (changed_at);

CREATE TABLE holdings (
    account_id TEXT NOT NULL REFERENCES accounts (id),
    product_id TEXT NOT NULL,
    quantity   INT NOT NULL DEFAULT 1,
    seats_used INT NOT NULL DEFAULT 0,
    since      TEXT NOT NULL DEFAULT '',
    changed_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (account_id, product_id)
);
CREATE INDEX holdings_changed ON holdings (changed_at);

-- Calls are append-only: reps may insert their own and read their
-- territory's, never update or delete. received_at is when the hub got
-- the call, for pulling.
CREATE TABLE calls (
    id          UUID PRIMARY KEY,
    account_id  TEXT NOT NULL REFERENCES accounts (id),
    logged_by   TEXT NOT NULL DEFAULT current_user,
    contact_id  TEXT NOT NULL DEFAULT '',
    started_at  TIMESTAMPTZ NOT NULL,
    duration_s  INT NOT NULL DEFAULT 0,
    outcome     TEXT NOT NULL,
    notes       TEXT NOT NULL DEFAULT '',
    follow_up   TEXT NOT NULL DEFAULT '',    -- YYYY-MM-DD or ''
    offers      JSONB NOT NULL DEFAULT '[]', -- [{"product_id", "response"}]
    received_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX calls_account ON calls (account_id);
CREATE INDEX calls_received ON calls (received_at);

-- Every change of a pain point, append-only; pains holds each pain's
-- latest change (by changed_at, then id).
CREATE TABLE pain_changes (
    id          UUID PRIMARY KEY,
    pain_id     UUID NOT NULL,
    account_id  TEXT NOT NULL REFERENCES accounts (id),
    category    TEXT NOT NULL DEFAULT '',
    title       TEXT NOT NULL,
    severity    INT NOT NULL DEFAULT 2,
    status      TEXT NOT NULL DEFAULT 'open',
    noted_at    TEXT NOT NULL DEFAULT '',
    changed_at  TIMESTAMPTZ NOT NULL,        -- by the clock of the laptop that made it
    changed_by  TEXT NOT NULL DEFAULT current_user,
    received_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX pain_changes_pain ON pain_changes (pain_id);
CREATE INDEX pain_changes_received ON pain_changes (received_at);

CREATE TABLE pains (
    id         UUID PRIMARY KEY,
    account_id TEXT NOT NULL REFERENCES accounts (id),
    category   TEXT NOT NULL DEFAULT '',
    title      TEXT NOT NULL,
    severity   INT NOT NULL DEFAULT 2,
    status     TEXT NOT NULL DEFAULT 'open',
    noted_at   TEXT NOT NULL DEFAULT '',
    changed_at TIMESTAMPTZ NOT NULL,
    change_id  UUID NOT NULL
);
CREATE INDEX pains_account ON pains (account_id);

-- The team's offer answers by product, segment and response: counts over
-- every rep's calls. A view runs with its owner's rights, so reps read the
-- counts without reading other territories' calls.
CREATE VIEW team_offer_stats AS
SELECT o.product_id, a.industry || '|' || a.size_band AS segment, o.response, count(*) AS answers
  FROM calls c
  JOIN accounts a ON a.id = c.account_id
 CROSS JOIN LATERAL jsonb_to_recordset(c.offers) AS o (product_id TEXT, response TEXT)
 GROUP BY o.product_id, a.industry, a.size_band, o.response;

-- Transactions that write book rows, calls or pain changes register here
-- (committed before they begin) and unregister after they commit. A pull
-- moves its cursor no later than the oldest registered writer, so rows of
-- a transaction still running when a rep pulls are pulled next time: a
-- row's changed_at is its transaction's start, which can be earlier than
-- the moment it becomes visible. Rows of a writer killed mid-way stop
-- counting after ten minutes.
CREATE TABLE hub_writers (
    id         UUID PRIMARY KEY,
    started_at TIMESTAMPTZ NOT NULL DEFAULT now()
);

ALTER TABLE reps ENABLE ROW LEVEL SECURITY;
ALTER TABLE territories ENABLE ROW LEVEL SECURITY;
ALTER TABLE accounts ENABLE ROW LEVEL SECURITY;
ALTER TABLE contacts ENABLE ROW LEVEL SECURITY;
ALTER TABLE holdings ENABLE ROW LEVEL SECURITY;
ALTER TABLE calls ENABLE ROW LEVEL SECURITY;
ALTER TABLE pain_changes ENABLE ROW LEVEL SECURITY;
ALTER TABLE pains ENABLE ROW LEVEL SECURITY;

-- Colleagues' names are not secret: calls show who logged them.
CREATE POLICY reps_read ON reps FOR SELECT USING (true);
CREATE POLICY territories_own ON territories FOR SELECT USING (login = current_user);
CREATE POLICY accounts_territory ON accounts FOR SELECT
    USING (owner IN (SELECT t.owner FROM territories t WHERE t.login = current_user));
-- The policies below read accounts, whose own policy applies to the rep:
-- a row is visible when its account is.
CREATE POLICY contacts_territory ON contacts FOR SELECT
    USING (account_id IN (SELECT a.id FROM accounts a));
CREATE POLICY holdings_territory ON holdings FOR SELECT
    USING (account_id IN (SELECT a.id FROM accounts a));
CREATE POLICY calls_read ON calls FOR SELECT
    USING (account_id IN (SELECT a.id FROM accounts a));
CREATE POLICY calls_insert ON calls FOR INSERT
    WITH CHECK (logged_by = current_user AND account_id IN (SELECT a.id FROM accounts a));
CREATE POLICY pain_changes_read ON pain_changes FOR SELECT
    USING (account_id IN (SELECT a.id FROM accounts a));
CREATE POLICY pain_changes_insert ON pain_changes FOR INSERT
    WITH CHECK (changed_by = current_user AND account_id IN (SELECT a.id FROM accounts a));
CREATE POLICY pains_read ON pains FOR SELECT
    USING (account_id IN (SELECT a.id FROM accounts a));
CREATE POLICY pains_insert ON pains FOR INSERT
    WITH CHECK (account_id IN (SELECT a.id FROM accounts a));
CREATE POLICY pains_update ON pains FOR UPDATE
    USING (account_id IN (SELECT a.id FROM accounts a))
    WITH CHECK (account_id IN (SELECT a.id FROM accounts a));
