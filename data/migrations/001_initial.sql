-- The first talktrack schema. Dates are ISO 8601 text (YYYY-MM-DD for days,
-- RFC 3339 in UTC for instants); an empty string means unknown.

CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE accounts (
    id              TEXT PRIMARY KEY,
    name            TEXT NOT NULL,
    name_key        TEXT NOT NULL,           -- lower case, letters and digits only
    industry        TEXT NOT NULL DEFAULT '',
    size_band       TEXT NOT NULL DEFAULT '',
    employees       INTEGER NOT NULL DEFAULT 0,
    region          TEXT NOT NULL DEFAULT '',
    locale          TEXT NOT NULL DEFAULT 'en',
    arr             REAL NOT NULL DEFAULT 0,
    owner           TEXT NOT NULL DEFAULT '',
    renewal_date    TEXT NOT NULL DEFAULT '',
    stage           TEXT NOT NULL,
    stage_since     TEXT NOT NULL DEFAULT '',
    stage_inferred  INTEGER NOT NULL DEFAULT 0,
    -- Kept up to date by triggers so the portfolio sorts without aggregating.
    open_pains      INTEGER NOT NULL DEFAULT 0,
    last_contact_at TEXT NOT NULL DEFAULT '',
    -- The stage's place in the journey, so the portfolio sorts stages in
    -- journey order rather than alphabetically. Computed; never written.
    stage_rank      INTEGER GENERATED ALWAYS AS (CASE stage
        WHEN 'onboarding' THEN 1 WHEN 'adoption' THEN 2 WHEN 'value_realized' THEN 3
        WHEN 'advocate' THEN 4 WHEN 'at_risk' THEN 5 WHEN 'churned' THEN 6 ELSE 7 END) VIRTUAL
);
-- The portfolio pages through 100k accounts in any column's order, both
-- ways, with ties broken by name: one index per column and direction lets
-- SQLite read just the rows of a page instead of sorting the whole table.
CREATE INDEX accounts_name_key ON accounts (name_key, id);
CREATE INDEX accounts_stage ON accounts (stage, name_key, id);
CREATE INDEX accounts_stage_rank ON accounts (stage_rank, name_key, id);
CREATE INDEX accounts_stage_rank_desc ON accounts (stage_rank DESC, name_key, id);
-- Unknown renewal dates ('') go last in both directions.
CREATE INDEX accounts_renewal ON accounts (renewal_date = '', renewal_date, name_key, id);
CREATE INDEX accounts_renewal_desc ON accounts (renewal_date = '', renewal_date DESC, name_key, id);
CREATE INDEX accounts_arr ON accounts (arr, name_key, id);
CREATE INDEX accounts_arr_desc ON accounts (arr DESC, name_key, id);
CREATE INDEX accounts_open_pains ON accounts (open_pains, name_key, id);
CREATE INDEX accounts_open_pains_desc ON accounts (open_pains DESC, name_key, id);
CREATE INDEX accounts_last_contact ON accounts (last_contact_at, name_key, id);
CREATE INDEX accounts_last_contact_desc ON accounts (last_contact_at DESC, name_key, id);

CREATE TABLE contacts (
    id         TEXT PRIMARY KEY,
    account_id TEXT NOT NULL REFERENCES accounts (id),
    name       TEXT NOT NULL,
    title      TEXT NOT NULL DEFAULT '',
    email      TEXT NOT NULL DEFAULT '',
    phone      TEXT NOT NULL DEFAULT '',
    is_primary INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX contacts_account ON contacts (account_id);

CREATE TABLE pain_categories (
    id    TEXT PRIMARY KEY,
    label TEXT NOT NULL
);

CREATE TABLE products (
    id           TEXT PRIMARY KEY,
    name         TEXT NOT NULL,
    name_key     TEXT NOT NULL,
    family       TEXT NOT NULL,
    tier         INTEGER NOT NULL,
    price        REAL NOT NULL DEFAULT 0,
    billing_unit TEXT NOT NULL DEFAULT '',
    offsets      TEXT NOT NULL DEFAULT '',
    seated       INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX products_name_key ON products (name_key);
CREATE INDEX products_family ON products (family, tier);

CREATE TABLE product_pains (
    product_id TEXT NOT NULL REFERENCES products (id),
    category   TEXT NOT NULL,
    PRIMARY KEY (product_id, category)
) WITHOUT ROWID;

CREATE TABLE complements (
    product_id    TEXT NOT NULL REFERENCES products (id),
    complement_id TEXT NOT NULL REFERENCES products (id),
    reason        TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (product_id, complement_id)
) WITHOUT ROWID;

CREATE TABLE talking_points (
    id        INTEGER PRIMARY KEY,
    kind      TEXT NOT NULL,
    for_kind  TEXT NOT NULL DEFAULT '',  -- '' both, 'upsell', 'cross-sell'
    with_pain INTEGER,                   -- NULL either, 1 only with a pain, 0 only without
    locale    TEXT NOT NULL DEFAULT '',
    text      TEXT NOT NULL
);

CREATE TABLE holdings (
    account_id TEXT NOT NULL REFERENCES accounts (id),
    product_id TEXT NOT NULL REFERENCES products (id),
    quantity   INTEGER NOT NULL DEFAULT 1,
    seats_used INTEGER NOT NULL DEFAULT 0,
    since      TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (account_id, product_id)
) WITHOUT ROWID;
CREATE INDEX holdings_product ON holdings (product_id);

-- Purchase history: won, lost and open deals or order lines, as imported.
CREATE TABLE purchases (
    id         INTEGER PRIMARY KEY,
    source_id  TEXT NOT NULL DEFAULT '',   -- the CRM's deal or order line id
    account_id TEXT NOT NULL REFERENCES accounts (id),
    product_id TEXT NOT NULL REFERENCES products (id),
    date       TEXT NOT NULL DEFAULT '',
    quantity   INTEGER NOT NULL DEFAULT 1,
    amount     REAL NOT NULL DEFAULT 0,
    stage      TEXT NOT NULL DEFAULT 'won' -- won, lost, open
);
CREATE INDEX purchases_account ON purchases (account_id, product_id);
CREATE INDEX purchases_source ON purchases (source_id);

CREATE TABLE pain_points (
    id         INTEGER PRIMARY KEY,
    account_id TEXT NOT NULL REFERENCES accounts (id),
    category   TEXT NOT NULL,
    title      TEXT NOT NULL,
    severity   INTEGER NOT NULL DEFAULT 2,
    status     TEXT NOT NULL DEFAULT 'open',
    noted_at   TEXT NOT NULL DEFAULT ''
);
CREATE INDEX pain_points_account ON pain_points (account_id);

CREATE TABLE calls (
    id          INTEGER PRIMARY KEY,
    account_id  TEXT NOT NULL REFERENCES accounts (id),
    contact_id  TEXT NOT NULL DEFAULT '',
    started_at  TEXT NOT NULL,
    duration_s  INTEGER NOT NULL DEFAULT 0,
    outcome     TEXT NOT NULL,
    notes       TEXT NOT NULL DEFAULT '',
    follow_up   TEXT NOT NULL DEFAULT '',
    exported_at TEXT NOT NULL DEFAULT ''   -- set when first exported for upload
);
CREATE INDEX calls_account ON calls (account_id, started_at);
CREATE INDEX calls_started ON calls (started_at);

CREATE TABLE call_offers (
    call_id    INTEGER NOT NULL REFERENCES calls (id),
    product_id TEXT NOT NULL,
    response   TEXT NOT NULL,
    PRIMARY KEY (call_id, product_id)
) WITHOUT ROWID;
CREATE INDEX call_offers_product ON call_offers (product_id);

CREATE TABLE drafts (
    account_id  TEXT PRIMARY KEY REFERENCES accounts (id),
    started_at  TEXT NOT NULL,
    notes       TEXT NOT NULL DEFAULT '',
    offers_json TEXT NOT NULL DEFAULT '[]',
    follow_up   TEXT NOT NULL DEFAULT '',
    updated_at  TEXT NOT NULL
);

-- Peer statistics per segment (industry|size_band), refreshed whenever
-- holdings change in bulk, so a briefing reads a few rows instead of
-- scanning every holding.
CREATE TABLE peer_segments (
    segment  TEXT PRIMARY KEY,
    accounts INTEGER NOT NULL
);
CREATE TABLE peer_products (
    segment    TEXT NOT NULL,
    product_id TEXT NOT NULL,
    holders    INTEGER NOT NULL,
    PRIMARY KEY (segment, product_id)
) WITHOUT ROWID;
CREATE TABLE peer_pairs (
    segment  TEXT NOT NULL,
    held_id  TEXT NOT NULL,
    other_id TEXT NOT NULL,
    holders  INTEGER NOT NULL,
    PRIMARY KEY (segment, held_id, other_id)
) WITHOUT ROWID;

CREATE TRIGGER pain_points_ai AFTER INSERT ON pain_points WHEN NEW.status = 'open'
BEGIN
    UPDATE accounts SET open_pains = open_pains + 1 WHERE id = NEW.account_id;
END;
CREATE TRIGGER pain_points_ad AFTER DELETE ON pain_points WHEN OLD.status = 'open'
BEGIN
    UPDATE accounts SET open_pains = open_pains - 1 WHERE id = OLD.account_id;
END;
CREATE TRIGGER pain_points_au AFTER UPDATE OF status, account_id ON pain_points
BEGIN
    UPDATE accounts SET open_pains = open_pains - 1 WHERE id = OLD.account_id AND OLD.status = 'open';
    UPDATE accounts SET open_pains = open_pains + 1 WHERE id = NEW.account_id AND NEW.status = 'open';
END;
CREATE TRIGGER calls_ai AFTER INSERT ON calls
BEGIN
    UPDATE accounts SET last_contact_at = NEW.started_at
     WHERE id = NEW.account_id AND last_contact_at < NEW.started_at;
END;
