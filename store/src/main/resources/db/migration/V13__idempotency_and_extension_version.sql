-- Issue 5, API conventions (slice B). SQL that SQLite and PostgreSQL both accept; timestamps are BIGINT epoch
-- milliseconds (see V1).
--
-- version: the ETag of an extension. It starts at 1 and every update writes version + 1 with
-- "WHERE number = ? AND version = ?", so of two updates made from the same version only one finds its row
-- (optimistic concurrency, RFC 9110 §13.1.1 If-Match). Every existing extension starts at 1.
ALTER TABLE extension ADD COLUMN version BIGINT NOT NULL DEFAULT 1;

-- Idempotency-Key (draft-ietf-httpapi-idempotency-key-header): the first answer to a POST, kept for 24 hours per
-- user and key, so a retry gets that answer again instead of creating twice. fingerprint is the SHA-256 (hex) of
-- method, path and body: the same key with another request is refused. status is NULL while the first request
-- is still being handled (a concurrent retry is told so); the primary key makes "first" one row, on both
-- databases. Expired rows are replaced when their key comes again and purged by age (the created_at index).
CREATE TABLE idempotency_key (
    username     VARCHAR(100) NOT NULL,
    idem_key     VARCHAR(255) NOT NULL,
    fingerprint  VARCHAR(64)  NOT NULL,
    status       INTEGER,
    content_type VARCHAR(255),
    body         TEXT,
    created_at   BIGINT       NOT NULL,
    PRIMARY KEY (username, idem_key)
);
CREATE INDEX idempotency_key_created ON idempotency_key (created_at);
