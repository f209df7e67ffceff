-- A small book of business with three logged calls, for export tests.
-- Account ids have the shapes the CRMs use: 18- and 15-character Salesforce
-- ids. Call 1's notes hold everything a CSV writer can get wrong.
INSERT INTO accounts (id, name, name_key, stage) VALUES
    ('001000000000001AAA', 'Müller Logistik GmbH', 'müllerlogistikgmbh', 'adoption'),
    ('001000000000002', 'Acme, Inc.', 'acmeinc', 'onboarding');

INSERT INTO contacts (id, account_id, name, title) VALUES
    ('c-1', '001000000000001AAA', 'Jana Novák', 'Head of Operations');

INSERT INTO products (id, name, name_key, family, tier) VALUES
    ('PIPE-PRO', 'Pipeline Pro', 'pipelinepro', 'pipeline', 2),
    ('ANA-PLUS', 'Analytics Plus', 'analyticsplus', 'analytics', 1);

INSERT INTO calls (id, account_id, contact_id, started_at, duration_s, outcome, notes, follow_up) VALUES
    (1, '001000000000001AAA', 'c-1', '2026-03-02T14:05:00Z', 300, 'connected',
     'Asked about "Pipeline Pro", pricing, and rollout.
Visit in Münster 🚀; CFO said: "maybe, in Q3"', '2026-03-10'),
    (2, '001000000000002', '', '2026-03-05T23:30:00Z', 0, 'no_answer', '', ''),
    (3, '001000000000001AAA', '', '2026-03-09T09:00:00Z', 45, 'left_voicemail',
     'Left a message about the renewal', '');

INSERT INTO call_offers (call_id, product_id, response) VALUES
    (1, 'PIPE-PRO', 'interested'),
    (1, 'ANA-PLUS', 'not_now');
