-- Tierbench schema, version 4: indexes for the customer table of the workbench (CustomerRepository.customers),
-- which pages through 100 000 customers filtered by a label of a run, a tag or text, and sorted.
-- As in V1, every statement is re-runnable, so a migration that failed half-way completes when applied again.

-- The customers with one label in a run: a label filter reads only its own customers. The label key leads so that
-- the reads of a whole scheme in customer order (which name no label) keep using the primary key and its order.
CREATE INDEX IF NOT EXISTS classifications_label
    ON classifications (label_key, run_id, classifier_id, scheme, customer_id);

-- The customers with a tag, whatever its source and group.
CREATE INDEX IF NOT EXISTS customer_tags_name ON customer_tags (tag_name, tag_group, customer_id);

-- Sorting the whole base by name or by spend reads the index instead of sorting every customer.
CREATE INDEX IF NOT EXISTS customers_name ON customers (name, external_id);

CREATE INDEX IF NOT EXISTS purchase_facts_total_spend ON purchase_facts (total_spend, customer_id);
