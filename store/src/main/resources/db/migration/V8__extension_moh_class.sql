-- Music-on-hold class per extension (issue 4: "Music on hold: ... a per-extension / per-queue class with uploaded
-- files"). SQL that SQLite and PostgreSQL both accept. (V7 is taken by another change of issue 4.)
--
-- The class callers hear when this extension puts them on hold; NULL means the default class, which is what every
-- existing extension played before this column existed. The name rule (1 to 40 of a-z, 0-9, '_', '-') is checked
-- by the application, not by a CHECK constraint: SQLite cannot change a constraint without rebuilding the table.
-- No foreign key either: classes are directories of audio files, not rows, and a class without files plays the
-- default one.
ALTER TABLE extension ADD COLUMN moh_class VARCHAR(40);
