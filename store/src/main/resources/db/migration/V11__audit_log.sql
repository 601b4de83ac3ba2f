-- The audit log (issue 5): every change an administrator makes, who, what, when, before and after (JSON text as
-- the API shows the entity; never secrets or password hashes). Append-only; no foreign key on the actor, so the
-- log outlives deleted users. Ids are random hex; (at, id) orders entries for keyset paging, newest first.
CREATE TABLE audit_log (
    id          VARCHAR(32)  NOT NULL PRIMARY KEY,
    at          BIGINT       NOT NULL,
    actor       VARCHAR(100) NOT NULL,
    action      VARCHAR(64)  NOT NULL,
    entity_type VARCHAR(32)  NOT NULL,
    entity_id   VARCHAR(100) NOT NULL,
    before_json TEXT,
    after_json  TEXT
);
CREATE INDEX audit_log_at ON audit_log (at, id);
CREATE INDEX audit_log_actor ON audit_log (actor, at, id);
CREATE INDEX audit_log_entity ON audit_log (entity_type, entity_id, at, id);
