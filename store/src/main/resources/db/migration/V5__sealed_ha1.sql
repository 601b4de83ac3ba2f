-- HA1 values are stored encrypted (AES-256-GCM, key outside the database: DESIGN.md §3). The sealed form is
-- longer than the hex digest, and SQLite cannot widen a column, so they get columns of their own; the old
-- plain columns are emptied when the store first starts on this schema and are no longer written.
ALTER TABLE extension ADD COLUMN ha1_md5_sealed VARCHAR(200);
ALTER TABLE extension ADD COLUMN ha1_sha256_sealed VARCHAR(200);
