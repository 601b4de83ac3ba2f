-- Phonebooks (issue 5 slice D): the shared (company) phonebook and the users' personal contacts in one table,
-- told apart by visibility ('shared', or a personal 'private' / 'public' / 'speeddial'). SQL that SQLite and
-- PostgreSQL both accept; timestamps are BIGINT epoch milliseconds (see V1).
--
-- Numbers are kept as written (work_phone...) and normalised (work_norm...: '+' and digits, or digits), the form
-- search and caller lookup compare. owner is who created the contact (for a shared one, only for the record);
-- it is not a foreign key, so deleting a user does not silently drop the company phonebook entries they typed.
-- sort_key is the folded "last, first, company" lists are ordered by (keyset paging on sort_key, id).
-- version is the optimistic-concurrency counter (ETag); change_seq the generation of the last write (below).
CREATE TABLE contact (
    id           VARCHAR(36)   NOT NULL PRIMARY KEY,
    owner        VARCHAR(100)  NOT NULL,
    visibility   VARCHAR(10)   NOT NULL,
    first_name   VARCHAR(100),
    last_name    VARCHAR(100),
    company      VARCHAR(100),
    department   VARCHAR(100),
    title        VARCHAR(100),
    work_phone   VARCHAR(32),
    mobile_phone VARCHAR(32),
    home_phone   VARCHAR(32),
    work_norm    VARCHAR(24),
    mobile_norm  VARCHAR(24),
    home_norm    VARCHAR(24),
    email        VARCHAR(254),
    notes        VARCHAR(2000),
    sort_key     VARCHAR(320)  NOT NULL,
    version      BIGINT        NOT NULL,
    created_at   BIGINT        NOT NULL,
    updated_at   BIGINT        NOT NULL,
    change_seq   BIGINT        NOT NULL
);

-- The lists: the shared phonebook and the public contacts by visibility, a user's own by owner, in name order.
CREATE INDEX contact_visibility_sort ON contact (visibility, sort_key, id);
CREATE INDEX contact_owner_sort ON contact (owner, sort_key, id);
-- What a node's in-memory index missed: rows written after the generation it holds.
CREATE INDEX contact_change_seq ON contact (change_seq);
-- Caller lookup straight in SQL (reports, other tools): the normalised numbers.
CREATE INDEX contact_work_norm ON contact (work_norm);
CREATE INDEX contact_mobile_norm ON contact (mobile_norm);
CREATE INDEX contact_home_norm ON contact (home_norm);

-- Ids of deleted contacts with the generation of the delete, so a node's index drops them too.
CREATE TABLE contact_deleted (
    id         VARCHAR(36) NOT NULL PRIMARY KEY,
    change_seq BIGINT      NOT NULL
);
CREATE INDEX contact_deleted_change_seq ON contact_deleted (change_seq);

-- The generation: every write transaction increments it first (taking the row lock, so writers commit in
-- generation order and a reader that sees generation g sees every write up to g), then stamps its rows with it.
CREATE TABLE phonebook_generation (
    id         INTEGER NOT NULL PRIMARY KEY,
    generation BIGINT  NOT NULL
);
INSERT INTO phonebook_generation (id, generation) VALUES (1, 0);
