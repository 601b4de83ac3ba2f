-- Web users (issue 5): the person behind a login, with the profile the portal shows and the extension the user
-- owns, if any. version is the optimistic-concurrency counter (ETag; updates are compare-and-set on it).
ALTER TABLE web_account ADD COLUMN display_name VARCHAR(100) NOT NULL DEFAULT '';
ALTER TABLE web_account ADD COLUMN email VARCHAR(254);
ALTER TABLE web_account ADD COLUMN mobile VARCHAR(20);
ALTER TABLE web_account ADD COLUMN language VARCHAR(5) NOT NULL DEFAULT 'it';
ALTER TABLE web_account ADD COLUMN time_zone VARCHAR(64) NOT NULL DEFAULT 'Europe/Rome';
ALTER TABLE web_account ADD COLUMN date_format VARCHAR(32) NOT NULL DEFAULT 'dd/MM/yyyy';
ALTER TABLE web_account ADD COLUMN extension VARCHAR(10);
ALTER TABLE web_account ADD COLUMN enabled BOOLEAN NOT NULL DEFAULT TRUE;
ALTER TABLE web_account ADD COLUMN updated_at BIGINT NOT NULL DEFAULT 0;
ALTER TABLE web_account ADD COLUMN version BIGINT NOT NULL DEFAULT 1;

UPDATE web_account SET display_name = username, updated_at = created_at;

-- One user per extension: the portal's "my extension" must name one person.
CREATE UNIQUE INDEX web_account_extension ON web_account (extension);
