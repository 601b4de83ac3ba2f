-- Groups of extensions and their rights (seed 002 "Diritti"), and delegated administration scopes (issue 5).
-- SQL that SQLite and PostgreSQL both accept; timestamps are BIGINT epoch milliseconds (see V1).
--
-- Ids are made by the application (random hex), so no dialect-specific identity column is needed.
-- An everyone group holds every extension implicitly as MEMBER; its explicit members keep their listed role.
CREATE TABLE rights_group (
    id         VARCHAR(32)  NOT NULL PRIMARY KEY,
    name       VARCHAR(100) NOT NULL,
    everyone   BOOLEAN      NOT NULL,
    created_at BIGINT       NOT NULL,
    updated_at BIGINT       NOT NULL,
    version    BIGINT       NOT NULL
);
CREATE UNIQUE INDEX rights_group_name ON rights_group (name);

-- A deleted extension leaves its groups with it (ON DELETE CASCADE).
CREATE TABLE rights_group_member (
    group_id  VARCHAR(32) NOT NULL REFERENCES rights_group (id) ON DELETE CASCADE,
    extension VARCHAR(10) NOT NULL REFERENCES extension (number) ON DELETE CASCADE,
    role      VARCHAR(10) NOT NULL,
    PRIMARY KEY (group_id, extension)
);
CREATE INDEX rights_group_member_extension ON rights_group_member (extension);

-- One row per right a group role has (the GroupRight names).
CREATE TABLE rights_group_right (
    group_id   VARCHAR(32) NOT NULL REFERENCES rights_group (id) ON DELETE CASCADE,
    role       VARCHAR(10) NOT NULL,
    right_name VARCHAR(32) NOT NULL,
    PRIMARY KEY (group_id, role, right_name)
);

-- The delegated scope of a user; a user without a row has none (an ADMIN has everything whatever is stored).
CREATE TABLE admin_scope (
    username   VARCHAR(100) NOT NULL PRIMARY KEY REFERENCES web_account (username) ON DELETE CASCADE,
    extensions VARCHAR(10)  NOT NULL,
    trunks     BOOLEAN      NOT NULL,
    system_admin BOOLEAN    NOT NULL,
    reports    BOOLEAN      NOT NULL,
    recordings BOOLEAN      NOT NULL
);

-- The contract's "Everyone" group: every extension sees the others and shows its presence to them.
INSERT INTO rights_group (id, name, everyone, created_at, updated_at, version)
VALUES ('everyone', 'Everyone', TRUE, 0, 0, 1);
INSERT INTO rights_group_right (group_id, role, right_name) VALUES ('everyone', 'MEMBER', 'SEE_MEMBERS');
INSERT INTO rights_group_right (group_id, role, right_name) VALUES ('everyone', 'MEMBER', 'SHOW_PRESENCE');
