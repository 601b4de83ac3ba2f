-- Idempotency-Key replays (V13) also give back the headers a client acts on: a replayed "201 Created" carries the
-- Location and ETag of the first answer. SQL that SQLite and PostgreSQL both accept.
--
-- headers: one "Name: value" per line (LF-separated); header values never hold a line break (RFC 9110 §5.5), so
-- the encoding needs no escaping. NULL for rows kept before this migration and answers without such headers.
ALTER TABLE idempotency_key ADD COLUMN headers TEXT;
