-- API tokens for scripts, CSRF tokens of browser sessions, and failed-login counters (issue 5).

-- The SHA-256 (hex) of the session's CSRF token; null for sessions opened before this migration.
ALTER TABLE web_session ADD COLUMN csrf_hash CHAR(64);
CREATE INDEX web_session_username ON web_session (username);

-- Only the SHA-256 (hex) of a token's secret is stored. expires_at null: valid until revoked.
CREATE TABLE api_token (
    id         VARCHAR(32)  NOT NULL PRIMARY KEY,
    username   VARCHAR(100) NOT NULL REFERENCES web_account (username) ON DELETE CASCADE,
    name       VARCHAR(100) NOT NULL,
    token_hash CHAR(64)     NOT NULL,
    created_at BIGINT       NOT NULL,
    expires_at BIGINT
);
CREATE UNIQUE INDEX api_token_hash ON api_token (token_hash);
CREATE INDEX api_token_username ON api_token (username);

-- Failed logins per key ('user:<name>' or 'addr:<ip>'), in the database so a lock-out holds across a restart
-- and on every cluster node. No foreign key: unknown usernames are counted too, so a lock-out reveals nothing.
CREATE TABLE login_failure (
    failure_key     VARCHAR(110) NOT NULL PRIMARY KEY,
    failures        INTEGER      NOT NULL,
    last_failure_at BIGINT       NOT NULL,
    locked_until    BIGINT
);
