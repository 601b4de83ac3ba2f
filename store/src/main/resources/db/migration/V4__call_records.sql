-- Call records (issue 3, "Call records"): one row per call, written once when the call ends.
-- SQL that SQLite and PostgreSQL both accept; timestamps are BIGINT epoch milliseconds (see V1).
--
-- duration_seconds and billable_seconds follow from the timestamps; they are stored too so that reports
-- (sums per extension and day) are plain SQL aggregates without date arithmetic that differs per database.
-- The hangup cause is the SIP final status with its reason phrase, and optionally a Q.850 cause name.
CREATE TABLE call_record (
    call_id          VARCHAR(255) NOT NULL PRIMARY KEY,
    caller_number    VARCHAR(64)  NOT NULL,
    caller_name      VARCHAR(255),
    called_number    VARCHAR(64)  NOT NULL,
    answered_by      VARCHAR(64),
    started_at       BIGINT       NOT NULL,
    answered_at      BIGINT,
    ended_at         BIGINT       NOT NULL,
    duration_seconds BIGINT       NOT NULL,
    billable_seconds BIGINT       NOT NULL,
    disposition      VARCHAR(16)  NOT NULL,
    sip_status       INTEGER      NOT NULL,
    sip_reason       VARCHAR(255) NOT NULL,
    q850_cause       VARCHAR(64),
    hangup_side      VARCHAR(16)  NOT NULL
);

-- Listing is newest first with keyset paging on (started_at, call_id): this index serves both the order
-- and the date range. The number indexes lead with the number and end with the start time, so "calls of
-- extension X in a date range, newest first" is an index range scan per column (OR of the three).
CREATE INDEX call_record_started ON call_record (started_at, call_id);
CREATE INDEX call_record_caller ON call_record (caller_number, started_at);
CREATE INDEX call_record_called ON call_record (called_number, started_at);
CREATE INDEX call_record_answered_by ON call_record (answered_by, started_at);
