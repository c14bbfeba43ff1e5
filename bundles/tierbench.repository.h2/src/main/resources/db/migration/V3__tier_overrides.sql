-- Tierbench schema, version 3: manual tier overrides.
-- As in V1, every statement is re-runnable, so a migration that failed half-way completes when applied again.

-- At most one override per customer: setting a new one replaces it. until_date is the last as-of date the override
-- applies to (inclusive); NULL means it does not expire. The tier is a key of the tier policy, checked when the
-- policy is applied, since the policy may change after the override was set.
CREATE TABLE IF NOT EXISTS tier_overrides (
    customer_id VARCHAR(255) NOT NULL PRIMARY KEY,
    tier        VARCHAR(255) NOT NULL,
    reason      VARCHAR NOT NULL,
    author      VARCHAR(255) NOT NULL,
    created_at  TIMESTAMP(9) WITH TIME ZONE NOT NULL,
    until_date  DATE
);
