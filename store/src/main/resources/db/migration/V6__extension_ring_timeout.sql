-- Ring timeout per extension (issue: "Nobody answers within the extension's ring timeout (default 30 s,
-- configurable per extension): 480 to the caller"). SQL that SQLite and PostgreSQL both accept.
--
-- Whole seconds. NOT NULL needs a default for the rows already there (SQLite refuses ADD COLUMN ... NOT NULL
-- without one), and 30 is the default of a new extension, so every existing extension keeps ringing as long as
-- before this column existed. The allowed range (5 to 600) is checked by the application, not by a CHECK
-- constraint: SQLite cannot drop or change a constraint without rebuilding the table, and the range is policy.
ALTER TABLE extension ADD COLUMN ring_timeout_seconds INTEGER NOT NULL DEFAULT 30;
