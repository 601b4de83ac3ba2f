-- DND and call forwarding per extension (issue 5; F3, F4). One row per extension that was ever configured; an
-- extension without a row has the defaults (DND off, every rule off, no target). The foreign key deletes the
-- row with its extension.
--
-- The four rules are columns rather than a child table: they are always read and written together, and a
-- fixed set of four (F5's rule-based forwarding will be its own table). A rule keeps its target while it is
-- disabled (*_type NULL: never given one); *_number is the extension or dialable number of the extension and
-- number types, NULL for mobile and voicemail. version is the compare-and-set counter and the ETag.
CREATE TABLE extension_forwarding (
    extension             VARCHAR(10) NOT NULL PRIMARY KEY REFERENCES extension (number) ON DELETE CASCADE,
    dnd                   BOOLEAN     NOT NULL,
    unconditional_enabled BOOLEAN     NOT NULL,
    unconditional_type    VARCHAR(16),
    unconditional_number  VARCHAR(33),
    busy_enabled          BOOLEAN     NOT NULL,
    busy_type             VARCHAR(16),
    busy_number           VARCHAR(33),
    no_answer_enabled     BOOLEAN     NOT NULL,
    no_answer_type        VARCHAR(16),
    no_answer_number      VARCHAR(33),
    no_answer_seconds     INTEGER     NOT NULL,
    unreachable_enabled   BOOLEAN     NOT NULL,
    unreachable_type      VARCHAR(16),
    unreachable_number    VARCHAR(33),
    updated_at            BIGINT      NOT NULL,
    version               BIGINT      NOT NULL
);
