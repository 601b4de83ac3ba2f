package org.centralino.sip.auth;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Replay protection for stateless nonces. RFC 7616 §3.4 (nc): a server detects replays by keeping its own copy
 * of the nonce count per nonce; the same nc seen twice is a replay. We keep the
 * highest nc seen per nonce, and require each use to be strictly higher. A nonce used without qop (RFC 2069
 * style, no nc) may be used once; any second use, with or without qop, is refused so the client fetches a new
 * nonce.
 *
 * <p>Memory stays bounded: entries are grouped in time slices by the nonce's issue time, and a slice is
 * dropped whole once all its nonces are older than the lifetime (they are stale then and never reach the
 * tracker again). On top of that, at most {@code maxEntries} nonces are tracked (plus at most one per thread
 * racing on the cap). When a flood of fresh nonces reaches the cap, the oldest slices are dropped early and the
 * <em>horizon</em> moves past them: nonces issued before the horizon are answered {@link Use#FORGOTTEN} (the
 * caller re-challenges with stale=true) rather than accepted without their history. If the cap is reached by
 * the slice of the new nonce alone, that new nonce is refused the same way until its slice ends (a slice is
 * lifetime / {@value #SLICES_PER_LIFETIME}: 5 s by default). So forgetting never opens a replay window; it only
 * costs re-challenges. Only nonces whose digest already verified are recorded, so unauthenticated traffic
 * cannot fill the table. An entry costs about 150 bytes (node, 48-character key, boxed count): the default
 * 100,000 entries are about 15 MB, and sustain 20,000 fresh nonces per second.
 *
 * <p>Thread-safe; the hot path is a ConcurrentHashMap lookup and a putIfAbsent or replace. Making room under the
 * cap is serialised, but it only happens under a flood.
 */
final class NonceCountTracker {
    /** Marks a nonce used without qop: nc values of real uses start at 1 (RFC 7616 §3.4). */
    static final long NO_QOP = 0;
    /** Expiry granularity: a lifetime is cut in this many slices (300 s gives 5 s slices). */
    static final int SLICES_PER_LIFETIME = 60;

    /** What recording one use of a nonce found. */
    enum Use {
        /** First use of the nonce, or an nc higher than every one seen: accept. */
        ACCEPTED,
        /** An nc equal to or lower than one already seen: a replay. */
        REPLAYED,
        /** The nonce was used without qop before, or is now used without qop after use: needs a new nonce. */
        CONSUMED,
        /** The nonce's history was dropped to keep memory bounded: needs a new nonce. */
        FORGOTTEN
    }

    private final long lifetimeMillis;
    private final long sliceMillis;
    private final int maxEntries;
    private final Map<Long, ConcurrentHashMap<String, Long>> slices = new ConcurrentHashMap<>();
    private final AtomicInteger size = new AtomicInteger();
    /** Nonces issued before this instant have no history any more. */
    private volatile long horizonMillis = Long.MIN_VALUE;

    NonceCountTracker(long lifetimeMillis, int maxEntries) {
        this.lifetimeMillis = lifetimeMillis;
        this.sliceMillis = Math.max(1, lifetimeMillis / SLICES_PER_LIFETIME);
        this.maxEntries = maxEntries;
    }

    /** Records one use of an authentic, unexpired nonce; {@code nc} is {@link #NO_QOP} for a use without qop. */
    Use record(String nonce, long issuedAtMillis, long nc, long nowMillis) {
        if (issuedAtMillis < horizonMillis) {
            return Use.FORGOTTEN;
        }
        Long slot = Math.floorDiv(issuedAtMillis, sliceMillis);
        ConcurrentHashMap<String, Long> slice = slices.get(slot);
        if (slice == null) {
            slice = slices.computeIfAbsent(slot, k -> new ConcurrentHashMap<>());
            purgeExpired(nowMillis);
        }
        Use use = update(slice, slot, nonce, nc);
        // The slice may have been dropped for the cap while we wrote to it: its history is gone, so is this use's.
        return use == Use.ACCEPTED && issuedAtMillis < horizonMillis ? Use.FORGOTTEN : use;
    }

    private Use update(ConcurrentHashMap<String, Long> slice, long slot, String nonce, long nc) {
        Long previous = slice.putIfAbsent(nonce, nc);
        if (previous == null) {
            if (size.incrementAndGet() > maxEntries && !makeRoom(slot)) {
                if (slice.remove(nonce, nc)) {
                    size.decrementAndGet();
                }
                return Use.FORGOTTEN;
            }
            return Use.ACCEPTED;
        }
        while (true) {
            if (nc == NO_QOP || previous == NO_QOP) {
                return Use.CONSUMED;
            }
            if (nc <= previous) {
                return Use.REPLAYED;
            }
            if (slice.replace(nonce, previous, nc)) {
                return Use.ACCEPTED;
            }
            previous = slice.get(nonce); // another use of the same nonce won the race; compare again
        }
    }

    /** Drops slices whose every nonce is past its lifetime, then recounts (cheap: a handful of slices). */
    private void purgeExpired(long nowMillis) {
        long oldestLiveIssue = nowMillis - lifetimeMillis;
        long horizon = horizonMillis;
        slices.keySet().removeIf(slot -> (slot + 1) * sliceMillis <= Math.max(oldestLiveIssue, horizon));
        int total = 0;
        for (ConcurrentHashMap<String, Long> slice : slices.values()) {
            total += slice.size();
        }
        size.set(total);
    }

    /**
     * Drops slices older than {@code slot}, oldest first, until under the cap; false when that is not enough.
     * The horizon moves before a slice goes, so a use racing with the drop sees it and is not accepted blind.
     */
    private synchronized boolean makeRoom(long slot) {
        while (size.get() > maxEntries) {
            long oldest = Long.MAX_VALUE;
            for (Long candidate : slices.keySet()) {
                oldest = Math.min(oldest, candidate);
            }
            if (oldest >= slot) {
                return false;
            }
            horizonMillis = Math.max(horizonMillis, (oldest + 1) * sliceMillis);
            ConcurrentHashMap<String, Long> dropped = slices.remove(oldest);
            if (dropped != null) {
                size.addAndGet(-dropped.size());
            }
        }
        return true;
    }

    /** Number of nonces tracked now (approximate while uses run concurrently); for tests and metrics. */
    int size() {
        return size.get();
    }
}
