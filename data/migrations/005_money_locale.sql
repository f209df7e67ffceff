-- Money per account and words per language.
-- An account is billed in a currency (ISO 4217; '' means the playbook's)
-- and spoken to in a locale that may have been inferred from its country.
ALTER TABLE accounts ADD COLUMN currency TEXT NOT NULL DEFAULT '';
ALTER TABLE accounts ADD COLUMN locale_inferred INTEGER NOT NULL DEFAULT 0;

-- A product's prices in other currencies, its words in other languages,
-- the products it integrates with and the smallest company its offsets are
-- true for, as the playbook gives them: JSON objects, read with the product.
ALTER TABLE products ADD COLUMN i18n TEXT NOT NULL DEFAULT '{}';

-- A pain category's label in other languages: {"de": "Berichte", ...}.
ALTER TABLE pain_categories ADD COLUMN labels TEXT NOT NULL DEFAULT '{}';

-- A talking point meant for one pain category only ('' for any).
ALTER TABLE talking_points ADD COLUMN category TEXT NOT NULL DEFAULT '';

-- The playbook's currency was stored as a symbol; it is an ISO code now.
UPDATE meta SET value = CASE value WHEN '$' THEN 'USD' WHEN '€' THEN 'EUR' WHEN '£' THEN 'GBP'
    WHEN '¥' THEN 'JPY' WHEN '₽' THEN 'RUB' ELSE value END WHERE key = 'currency';
