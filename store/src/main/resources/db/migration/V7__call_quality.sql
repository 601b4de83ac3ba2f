-- Call quality per leg (issue 4, "Quality"), kept with the call record: for the caller's leg and the leg of the
-- callee that answered, the codec its phone spoke, the RTP packets received from it and lost (RFC 3550 A.3), the
-- loss in percent, the interarrival jitter (RFC 3550 A.8) and the round-trip time in milliseconds, the E-model
-- MOS (ITU-T G.107, 1.0 to 4.5) and whether one-way audio was flagged; plus whether the call was transcoded.
-- SQL that SQLite and PostgreSQL both accept.
--
-- Every leg column is NULL when the leg had no media: the records written before this migration, calls refused
-- before their media existed, and the callee columns of unanswered calls. A leg is present exactly when its codec
-- is. rtt_ms is NULL while unknown (the phone sent no RTCP), mos when no RTP arrived. transcoded needs a default
-- for the rows already there (SQLite refuses ADD COLUMN ... NOT NULL without one): those calls predate transcoding.

ALTER TABLE call_record ADD COLUMN caller_codec VARCHAR(32);
ALTER TABLE call_record ADD COLUMN caller_packets_received BIGINT;
ALTER TABLE call_record ADD COLUMN caller_packets_lost BIGINT;
ALTER TABLE call_record ADD COLUMN caller_loss_percent DOUBLE PRECISION;
ALTER TABLE call_record ADD COLUMN caller_jitter_ms DOUBLE PRECISION;
ALTER TABLE call_record ADD COLUMN caller_rtt_ms DOUBLE PRECISION;
ALTER TABLE call_record ADD COLUMN caller_mos DOUBLE PRECISION;
ALTER TABLE call_record ADD COLUMN caller_one_way_audio BOOLEAN;
ALTER TABLE call_record ADD COLUMN callee_codec VARCHAR(32);
ALTER TABLE call_record ADD COLUMN callee_packets_received BIGINT;
ALTER TABLE call_record ADD COLUMN callee_packets_lost BIGINT;
ALTER TABLE call_record ADD COLUMN callee_loss_percent DOUBLE PRECISION;
ALTER TABLE call_record ADD COLUMN callee_jitter_ms DOUBLE PRECISION;
ALTER TABLE call_record ADD COLUMN callee_rtt_ms DOUBLE PRECISION;
ALTER TABLE call_record ADD COLUMN callee_mos DOUBLE PRECISION;
ALTER TABLE call_record ADD COLUMN callee_one_way_audio BOOLEAN;
ALTER TABLE call_record ADD COLUMN transcoded BOOLEAN NOT NULL DEFAULT FALSE;
