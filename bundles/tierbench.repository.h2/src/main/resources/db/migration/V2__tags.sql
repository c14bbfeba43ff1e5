-- Tierbench schema, version 2: customer tags, outside systems' tag definitions, and an index for reading a run
-- customer by customer.
-- As in V1, every statement is re-runnable, so a migration that failed half-way completes when applied again.

-- One row per tag a customer has from one source. H2 allows no NULL in a primary-key column, so a tag without a
-- group is stored with the empty group '' (CustomerTag turns a blank group into null, so '' is never a real group)
-- and read back as null. The key serves the reads of one customer's tags and the streaming read in key order.
CREATE TABLE IF NOT EXISTS customer_tags (
    customer_id VARCHAR(255) NOT NULL,
    source      VARCHAR(64) NOT NULL,
    tag_group   VARCHAR(255) NOT NULL,
    tag_name    VARCHAR(255) NOT NULL,
    PRIMARY KEY (customer_id, source, tag_group, tag_name)
);

-- Tags as an outside system (WeCom) defines them: contacts name tags by id, the definition gives name and group.
CREATE TABLE IF NOT EXISTS tag_definitions (
    source     VARCHAR(64) NOT NULL,
    tag_id     VARCHAR(255) NOT NULL,
    tag_name   VARCHAR NOT NULL,
    group_id   VARCHAR,
    group_name VARCHAR,
    PRIMARY KEY (source, tag_id)
);

-- Replaces V1's classifications_customer (run_id, customer_id): with the classifier and scheme added, H2 reads a
-- run in (customer, classifier, scheme) order straight from the index, so a page of a streamed run costs one page
-- of reads instead of a sort of the whole rest of the run. Its prefix still serves one customer's classifications.
-- Created before the old one is dropped, so that a migration stopped between the two never lacks an index.
CREATE INDEX IF NOT EXISTS classifications_customer_scheme
    ON classifications (run_id, customer_id, classifier_id, scheme);

DROP INDEX IF EXISTS classifications_customer;
