-- How a product solves a pain category, in the playbook's words. A product
-- counts as solving the category only when this sentence is given.
ALTER TABLE product_pains ADD COLUMN how TEXT NOT NULL DEFAULT '';
