-- Pruning the deleted contact ids of V14 (contact_deleted), which otherwise grow forever. SQL that SQLite and
-- PostgreSQL both accept; timestamps are BIGINT epoch milliseconds (see V1).
--
-- deleted_at: when the contact was deleted; deletions older than the retention (a day) are forgotten. Rows deleted
-- before this migration get 0, so the first pruning forgets them (a node behind them reloads fully, which is safe).
ALTER TABLE contact_deleted ADD COLUMN deleted_at BIGINT NOT NULL DEFAULT 0;

-- pruned_through: the newest generation whose deletions were forgotten. A node whose index holds an older
-- generation cannot learn what it missed from contact_deleted any more, so it is handed every contact instead.
ALTER TABLE phonebook_generation ADD COLUMN pruned_through BIGINT NOT NULL DEFAULT 0;
