-- Tierbench schema, version 5: the customer table's sort values kept on the customers themselves, each with an index
-- per direction, so that a page sorted by name, total spend or last purchase is read in index order and stops after
-- its rows (filters are semi-joins checked on the way) instead of joining and sorting every matching customer.
-- As in V1, every statement is re-runnable, so a migration that failed half-way completes when applied again.

-- Copies of purchase_facts.total_spend and last_purchase, written with the facts at every commit that touched the
-- customer's orders (PurchaseFactsWriter). A customer without purchases has 0 and NULL, as the sort defines.
ALTER TABLE customers ADD COLUMN IF NOT EXISTS total_spend DECIMAL(19, 4) DEFAULT 0 NOT NULL;

ALTER TABLE customers ADD COLUMN IF NOT EXISTS last_purchase DATE;

UPDATE customers c SET (total_spend, last_purchase) = (SELECT f.total_spend, f.last_purchase FROM purchase_facts f
    WHERE f.customer_id = c.external_id)
    WHERE EXISTS (SELECT 1 FROM purchase_facts f WHERE f.customer_id = c.external_id);

-- One index per sort and direction, each ending in the external id ascending: ties page by id ascending in both
-- directions (CustomerSort), which an index read backward cannot give. Missing values sort last either way.
CREATE INDEX IF NOT EXISTS customers_name_ascending ON customers (name ASC NULLS LAST, external_id);

CREATE INDEX IF NOT EXISTS customers_name_descending ON customers (name DESC NULLS LAST, external_id);

CREATE INDEX IF NOT EXISTS customers_spend_ascending ON customers (total_spend ASC, external_id);

CREATE INDEX IF NOT EXISTS customers_spend_descending ON customers (total_spend DESC, external_id);

CREATE INDEX IF NOT EXISTS customers_last_purchase_ascending
    ON customers (last_purchase ASC NULLS LAST, external_id);

CREATE INDEX IF NOT EXISTS customers_last_purchase_descending
    ON customers (last_purchase DESC NULLS LAST, external_id);

-- V4's sort indexes, replaced by the ones above: V4's name index put customers without a name first.
DROP INDEX IF EXISTS customers_name;

DROP INDEX IF EXISTS purchase_facts_total_spend;
