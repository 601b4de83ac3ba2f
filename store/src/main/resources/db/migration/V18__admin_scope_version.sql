-- Issue 5, conventions: PUT /users/{username}/scope honours If-Match like every other write. version is the ETag
-- of a stored scope: 1 when first written, +1 per replacement, written with "WHERE username = ? AND version = ?"
-- (compare-and-set), so of two administrators editing from the same version only one wins. A user without a row
-- is at version 0 (never set). Existing rows start at 1. SQL both SQLite and PostgreSQL accept.
ALTER TABLE admin_scope ADD COLUMN version BIGINT NOT NULL DEFAULT 1;
