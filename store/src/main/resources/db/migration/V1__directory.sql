-- Extensions (DESIGN §1 M: extensions and users). SQL that SQLite and PostgreSQL both accept.
--
-- Timestamps are BIGINT milliseconds since the epoch (UTC): SQLite has no timestamp type, and an integer
-- compares and converts the same way on both databases.
--
-- HA1 values: one column per digest algorithm rather than a child table. The registrar needs both the
-- offered algorithms and their HA1 in one row, the set of algorithms (RFC 8760: MD5, SHA-256, SHA-512-256)
-- changes once in years and then costs one ALTER TABLE, and a row without a join keeps the cache load and
-- the write in one statement each. HA1 is kept for every supported algorithm, not only the offered ones, so
-- an admin can offer SHA-256 later without knowing the password; digest_algorithms (comma-separated tokens,
-- in offer order) says which are offered. The columns are nullable for algorithms added after a row was
-- written.
CREATE TABLE extension (
    number            VARCHAR(10)  NOT NULL PRIMARY KEY,
    name              VARCHAR(100) NOT NULL,
    email             VARCHAR(254),
    mobile            VARCHAR(20),
    digest_algorithms VARCHAR(64)  NOT NULL,
    ha1_md5           VARCHAR(32),
    ha1_sha256        VARCHAR(64),
    enabled           BOOLEAN      NOT NULL,
    created_at        BIGINT       NOT NULL,
    updated_at        BIGINT       NOT NULL
);
