-- The security issue (OWASP ASVS level 2): session versions, demo accounts, sign-in throttling and the
-- keyed audit chain (ADR 0004). Portable SQL only (ADR 0002).

-- Raised whenever a person's sign-in must end everywhere: deactivated, password reset, role or
-- organisations changed, an organisation of theirs deactivated or reactivated. Every UI request
-- compares the version its session started with (one primary-key read).
ALTER TABLE app_user ADD COLUMN session_version INT DEFAULT 0 NOT NULL;

-- Accounts seeded by the demo (published password): they sign in only while app.demo is on.
ALTER TABLE app_user ADD COLUMN demo BOOLEAN DEFAULT FALSE NOT NULL;
UPDATE app_user SET demo = TRUE
 WHERE username IN ('demo-admin', 'manager.baanrak', 'manager.mekong', 'auditor.north', 'trainer.cr');

-- Failed sign-ins per account, per address and per account-and-address, shared by every instance.
-- Rows are forgotten some time after their last failure, so the table stays small.
CREATE TABLE login_throttle (
    throttle_key  VARCHAR(200) NOT NULL PRIMARY KEY,
    failures      INT          NOT NULL,
    last_failure  TIMESTAMP WITH TIME ZONE NOT NULL,
    blocked_until TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_login_throttle_last ON login_throttle (last_failure);

-- Keyed hashes are stored as "<key id>:<HMAC-SHA256 hex>", longer than the plain SHA-256 hex before.
ALTER TABLE audit_log ALTER COLUMN prev_hash SET DATA TYPE VARCHAR(100);
ALTER TABLE audit_log ALTER COLUMN hash SET DATA TYPE VARCHAR(100);
ALTER TABLE audit_head ALTER COLUMN last_hash SET DATA TYPE VARCHAR(100);
-- Entries up to legacy_last_id were written with the plain SHA-256 rule and are checked with it;
-- head_mac (keyed) seals last_id, last_hash and legacy_last_id, so none of them can be moved back.
ALTER TABLE audit_head ADD COLUMN legacy_last_id BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE audit_head ADD COLUMN head_mac VARCHAR(100);
UPDATE audit_head SET legacy_last_id = last_id;
