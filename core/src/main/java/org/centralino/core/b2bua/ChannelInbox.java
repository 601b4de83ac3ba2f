package org.centralino.core.b2bua;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.centralino.core.app.HangupException;
import org.centralino.media.dtmf.DtmfEvent;

/**
 * Everything that happens to an application's call, in order, for the application's thread: a key, the end of
 * something played, the result of a hand-over, the end of the call. Any thread posts; only the application's
 * thread reads. Keys taken while waiting for something else are kept for {@link #nextKey}, so a key pressed
 * during a prompt is not lost. Once the call has ended, every wait throws {@link HangupException}.
 */
final class ChannelInbox {
    record Key(DtmfEvent event) {
    }

    record Done(Object token) {
    }

    record BridgeResult(int status) {
    }

    enum Ended { CALL }

    private final BlockingQueue<Object> news = new LinkedBlockingQueue<>();
    /** Application thread only: keys taken from the queue and not yet read. */
    private final ArrayDeque<Character> keys = new ArrayDeque<>();

    // ---- any thread ----

    void key(DtmfEvent event) {
        news.offer(new Key(event));
    }

    void bridgeResult(int status) {
        news.offer(new BridgeResult(status));
    }

    void ended() {
        news.offer(Ended.CALL);
    }

    /** What a player runs when the source {@code token} ends. */
    Runnable doneOf(Object token) {
        return () -> news.offer(new Done(token));
    }

    // ---- the application's thread ----

    boolean hasKeys() {
        return !keys.isEmpty();
    }

    /** Keeps a key taken while waiting for something else. */
    void keep(Key key) {
        keys.add(key.event().key());
    }

    /** The next news, waiting as long as it takes. */
    Object take() {
        try {
            return checked(news.take());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new HangupException("application thread interrupted");
        }
    }

    /** The next news within {@code millis}, or null; {@link Ended} is returned, not thrown (a recording keeps it). */
    Object poll(long millis) {
        try {
            return news.poll(millis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new HangupException("application thread interrupted");
        }
    }

    /** The next key, a kept one first, waiting at most {@code timeout}; null on timeout. */
    Character nextKey(Duration timeout) {
        if (!keys.isEmpty()) {
            return keys.poll();
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return null;
            }
            Object item;
            try {
                item = checked(news.poll(left, TimeUnit.NANOSECONDS));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new HangupException("application thread interrupted");
            }
            if (item instanceof Key k) {
                return k.event().key();
            }
        }
    }

    private static Object checked(Object item) {
        if (item == Ended.CALL) {
            throw new HangupException("caller hung up");
        }
        return item;
    }
}
