package org.centralino.web;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.centralino.core.account.UserAccount;
import org.eclipse.jetty.websocket.api.Callback;
import org.eclipse.jetty.websocket.api.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One connected client of {@code /api/v1/events}: reads the journal from its cursor on its own virtual thread and
 * writes what its user may see. The writer is the only thread that sends (pongs are handed to it), and waits for
 * each batch to be written, so a client that does not read stalls only itself: its cursor stops, the journal sees
 * it fall behind and cuts it off ({@link #tooFarBehind}) with close code 1013 and a reason telling it to resume.
 */
final class StreamClient implements EventJournal.Reader {
    private static final Logger LOG = LoggerFactory.getLogger(StreamClient.class);
    /** Close code for a client cut off for lagging (RFC 6455 §7.4.1 registry: "Try Again Later"). */
    static final int TRY_AGAIN_LATER = 1013;
    /** Close code for an authentication failure (RFC 6455 §7.4.1: policy violation). */
    static final int POLICY_VIOLATION = 1008;
    /** Entries read (and written before waiting for the socket) at a time. */
    private static final int BATCH = 128;
    /** How long a client cut off gets to receive its close frame before the connection is dropped. */
    private static final long CLOSE_GRACE_MILLIS = 2_000;

    private final Session session;
    private final EventJournal journal;
    private final AudienceCheck audience;
    private final StreamLimits limits;
    private final Supplier<Optional<UserAccount>> reauthenticate;
    private final String tokenHash;
    private final Clock clock;
    private final Semaphore signal = new Semaphore(0);
    private final AtomicBoolean stopping = new AtomicBoolean();
    private final CountDownLatch closed = new CountDownLatch(1);
    private volatile UserAccount account;
    private volatile long cursor;
    private volatile boolean pongDue;
    private volatile boolean recheckDue;
    private volatile Thread writer;

    /**
     * @param reauthenticate the account behind the client's token now, or empty when the session has ended
     * @param tokenHash      the key of the client's session or API token, which a {@code SessionEnded} names
     */
    StreamClient(Session session, EventJournal journal, AudienceCheck audience, StreamLimits limits,
                 UserAccount account, Supplier<Optional<UserAccount>> reauthenticate, String tokenHash, Clock clock) {
        this.session = session;
        this.journal = journal;
        this.audience = audience;
        this.limits = limits;
        this.account = account;
        this.reauthenticate = reauthenticate;
        this.tokenHash = tokenHash;
        this.clock = clock;
    }

    /** Starts writing from {@code from} (exclusive), after {@code first} (a hello or reset) when not null. */
    void start(long from, String first) {
        cursor = from;
        journal.addReader(this);
        writer = Thread.ofVirtual().name("events-" + account.username()).start(() -> run(first));
    }

    @Override
    public long cursor() {
        return cursor;
    }

    @Override
    public void wake() {
        if (signal.availablePermits() == 0) {
            signal.release();
        }
    }

    @Override
    public void tooFarBehind(long lag) {
        stop(TRY_AGAIN_LATER, "fell " + lag + " events behind; reconnect with since=" + journal.epoch()
            + ":<the last seq you received>");
    }

    /** A {@code {"type":"ping"}} came: the writer answers it. */
    void ping() {
        pongDue = true;
        wake();
    }

    /**
     * The session or the user changed (logout, disabled, deleted, new role): the writer checks the session again
     * before it sends anything more, rather than at the next periodic check.
     */
    void recheck() {
        recheckDue = true;
        wake();
    }

    String username() {
        return account.username();
    }

    String tokenHash() {
        return tokenHash;
    }

    /** The connection closed (by either side): the writer ends. */
    void closed() {
        closed.countDown();
        stop(0, null);
    }

    /** Stops the writer; with a code, closes the connection with it (and drops it if the close cannot get out). */
    void stop(int code, String reason) {
        if (!stopping.compareAndSet(false, true)) {
            return;
        }
        journal.removeReader(this);
        if (code != 0 && session.isOpen()) {
            LOG.info("event stream of {} closed: {} {}", account.username(), code, reason);
            session.close(code, reason, Callback.NOOP);
        }
        Thread w = writer;
        if (w != null) {
            w.interrupt(); // a write stuck on a client that does not read ends now
        }
        wake();
    }

    private void run(String first) {
        try {
            if (first != null) {
                write(List.of(first));
            }
            Instant nextAuth = clock.instant().plus(limits.reauthEvery());
            while (!stopping.get()) {
                if (pongDue) {
                    pongDue = false;
                    write(List.of(StreamMessages.PONG));
                }
                if (recheckDue || !clock.instant().isBefore(nextAuth)) {
                    recheckDue = false;
                    if (!stillAuthenticated()) {
                        return;
                    }
                    nextAuth = clock.instant().plus(limits.reauthEvery());
                }
                if (!writeNext()) {
                    long wait = Math.max(1, nextAuth.toEpochMilli() - clock.millis());
                    signal.tryAcquire(wait, TimeUnit.MILLISECONDS);
                    signal.drainPermits();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (TimeoutException e) {
            stop(TRY_AGAIN_LATER, "a write took over " + limits.sendTimeout().toSeconds() + " s; reconnect with since="
                + journal.epoch() + ":<the last seq you received>");
        } catch (ExecutionException e) {
            LOG.debug("event stream of {}: write failed: {}", account.username(), e.toString());
            stop(0, null);
        } catch (RuntimeException e) {
            LOG.warn("event stream of {} failed", account.username(), e);
            stop(1011, "internal error");
        } finally {
            finish();
        }
    }

    /** Writes the next batch the user may see; false when there was nothing new. */
    private boolean writeNext() throws InterruptedException, ExecutionException, TimeoutException {
        switch (journal.read(cursor, BATCH)) {
            case EventJournal.Read.Lost lost -> {
                tooFarBehind(journal.last() - cursor);
                return true;
            }
            case EventJournal.Read.Entries e -> {
                if (e.entries().isEmpty()) {
                    return false;
                }
                if (recheckDue) {
                    return true; // the user changed before these were read: check first, then read them again
                }
                UserAccount viewer = account;
                List<String> texts = new ArrayList<>(e.entries().size());
                for (EventJournal.Entry entry : e.entries()) {
                    if (audience.admits(viewer, entry.event().audience())) {
                        texts.add(entry.wire());
                    }
                }
                write(texts);
                cursor = e.entries().getLast().seq();
                return true;
            }
        }
    }

    /** Queues the texts and waits until the socket took them all (or the send timeout passes). */
    private void write(List<String> texts) throws InterruptedException, ExecutionException, TimeoutException {
        if (texts.isEmpty()) {
            return;
        }
        List<CompletableFuture<Void>> sent = new ArrayList<>(texts.size());
        for (String text : texts) {
            Callback.Completable done = new Callback.Completable();
            session.sendText(text, done);
            sent.add(done);
        }
        CompletableFuture.allOf(sent.toArray(CompletableFuture[]::new))
            .get(limits.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
    }

    private boolean stillAuthenticated() {
        Optional<UserAccount> now = reauthenticate.get();
        if (now.isEmpty()) {
            stop(POLICY_VIOLATION, "the session ended (logged out, expired or disabled); log in again");
            return false;
        }
        account = now.get();
        return true;
    }

    /** After the writer: a connection told to close that does not close in time is dropped. */
    private void finish() {
        stop(0, null);
        Thread.interrupted(); // the interrupt that ended a stuck write must not cut the grace short
        try {
            if (!closed.await(CLOSE_GRACE_MILLIS, TimeUnit.MILLISECONDS)) {
                session.disconnect();
            }
        } catch (InterruptedException e) {
            session.disconnect();
        }
    }
}
