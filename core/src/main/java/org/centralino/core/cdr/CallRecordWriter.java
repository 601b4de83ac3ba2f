package org.centralino.core.cdr;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes call records in the background, many per transaction: at hundreds of calls a second, one commit
 * (one disk sync) per record would cap the call rate at the disk's sync rate. Records are queued by the calls'
 * lanes, which never wait for the database; one virtual thread takes what is queued, up to {@link #MAX_BATCH},
 * and stores it in one transaction. {@link #close} stores what is still queued.
 *
 * <p>A record is durable once its batch commits, typically within milliseconds of the call's end; a crash in
 * that window loses the records of the calls that just ended, never a committed one.
 */
public final class CallRecordWriter implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(CallRecordWriter.class);
    /** Records stored per transaction at most. */
    public static final int MAX_BATCH = 500;
    /** Records waiting at most; beyond that (the database is down or far too slow) new ones are logged and lost. */
    public static final int MAX_QUEUED = 200_000;
    private static final Duration CLOSE_WAIT = Duration.ofSeconds(10);

    private final CdrService cdr;
    private final BlockingQueue<CallRecord> queue = new LinkedBlockingQueue<>(MAX_QUEUED);
    private final Thread writer;
    private volatile boolean closing;

    public CallRecordWriter(CdrService cdr) {
        this.cdr = Objects.requireNonNull(cdr, "cdr");
        this.writer = Thread.ofVirtual().name("cdr-writer").start(this::run);
    }

    /** Queues a record; never blocks. */
    public void submit(CallRecord record) {
        if (closing || !queue.offer(record)) {
            LOG.error("call record of {} lost: {}", record.callId(), closing ? "the writer is closed"
                : MAX_QUEUED + " records already wait for the database");
        }
    }

    /** Records queued and not yet stored. */
    public int pending() {
        return queue.size();
    }

    private void run() {
        List<CallRecord> batch = new ArrayList<>(MAX_BATCH);
        while (!closing || !queue.isEmpty()) {
            try {
                CallRecord first = queue.poll(200, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, MAX_BATCH - 1);
                store(batch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } finally {
                batch.clear();
            }
        }
    }

    private void store(List<CallRecord> batch) {
        try {
            cdr.recordAll(List.copyOf(batch));
        } catch (RuntimeException e) {
            LOG.error("{} call records not stored ({} to {}): {}", batch.size(), batch.getFirst().callId(),
                batch.getLast().callId(), e.toString(), e);
        }
    }

    /** Stops taking records and stores those queued (waiting at most 10 s). */
    @Override
    public void close() {
        closing = true;
        try {
            if (!writer.join(CLOSE_WAIT)) {
                LOG.warn("{} call records not stored at shutdown: the database did not keep up", queue.size());
                writer.interrupt();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
