package org.centralino.web;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import org.centralino.core.event.StreamEvent;

/**
 * Numbers every {@link StreamEvent} (1, 2, 3, ... from each server start) and keeps the newest ones
 * ({@link StreamLimits#retainedEvents()} or {@link StreamLimits#retainedFor()}, whichever is stricter) so a client
 * that reconnects gets what it missed.
 *
 * <p>Clients do not get copies: each reads the journal from its own cursor ({@link #read}), so a replay and the
 * live events that follow it are one ordered sequence and can neither miss nor repeat an event, however the
 * appends interleave with the reading. {@link #append} only wakes the readers, and cuts off a reader that stays
 * more than {@link StreamLimits#maxLag()} events behind for {@link StreamLimits#lagGrace()} (it is not reading;
 * nobody waits for it, and it would soon lose events off the end of the retained window anyway).
 *
 * <p>The numbers start from 1 again after a restart, so a number alone is ambiguous: every message also carries
 * the journal's {@link #epoch()} (random, per start), and a client that resumes with a cursor of another epoch
 * gets a reset.
 */
final class EventJournal {
    /** One numbered event; {@code wire} is its JSON text, written once for every client. */
    record Entry(long seq, Instant at, StreamEvent event, String wire) {
    }

    /** What a reader finds after its cursor. */
    sealed interface Read {
        /** The next entries, in order (none: the reader is up to date). */
        record Entries(List<Entry> entries) implements Read {
        }

        /** Entries after the cursor were dropped: the reader cannot continue without a gap. */
        record Lost(long firstRetained) implements Read {
        }
    }

    /** A reader of the journal: woken on each append, cut off when too far behind. */
    interface Reader {
        /** The last sequence number the reader has consumed. */
        long cursor();

        /** Something was appended: read it (on the reader's own thread; this must not block). */
        void wake();

        /** The reader is {@code lag} events behind: it is to be closed (this must not block). */
        void tooFarBehind(long lag);
    }

    /** A formatter of the wire text of an entry (its sequence, time, epoch and event). */
    interface Encoder {
        String encode(long seq, Instant at, String epoch, StreamEvent event);
    }

    private final StreamLimits limits;
    private final Clock clock;
    private final String epoch;
    private final Encoder encoder;
    /** The retained entries: the one numbered {@code seq} at {@code (seq - 1) % length}, from {@link #first}. */
    private final Entry[] ring;
    private final Set<Reader> readers = new CopyOnWriteArraySet<>();
    /** When each reader now over the lag limit went over it (clock millis). */
    private final Map<Reader, Long> behindSince = new ConcurrentHashMap<>();
    private long last;
    /** The number of the oldest retained entry; {@code last + 1} when none is retained. */
    private long first = 1;

    EventJournal(StreamLimits limits, Clock clock, String epoch, Encoder encoder) {
        this.limits = Objects.requireNonNull(limits, "limits");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.epoch = Objects.requireNonNull(epoch, "epoch");
        this.encoder = Objects.requireNonNull(encoder, "encoder");
        this.ring = new Entry[limits.retainedEvents()];
    }

    /** This server start's id: sequence numbers mean something only together with it. */
    String epoch() {
        return epoch;
    }

    /**
     * Numbers and keeps {@code event}, then wakes the readers; returns its number. Appends are serialized, so the
     * numbers are in the order of the appends. Costs the event's JSON encoding and a wake-up per reader.
     */
    long append(StreamEvent event) {
        long seq;
        synchronized (this) {
            Instant at = clock.instant();
            seq = last + 1;
            ring[slot(seq)] = new Entry(seq, at, event, encoder.encode(seq, at, epoch, event));
            last = seq;
            if (seq - first >= ring.length) {
                first = seq - ring.length + 1; // the oldest slot was just overwritten
            }
            prune(at);
        }
        long now = clock.millis();
        for (Reader r : readers) {
            long lag = seq - r.cursor();
            if (lag <= limits.maxLag()) {
                if (!behindSince.isEmpty()) {
                    behindSince.remove(r);
                }
                r.wake();
                continue;
            }
            long since = behindSince.computeIfAbsent(r, k -> now);
            if (now - since >= limits.lagGrace().toMillis()) {
                behindSince.remove(r);
                r.tooFarBehind(lag);
            } else {
                r.wake();
            }
        }
        return seq;
    }

    /** The number of the newest event (0 before the first). */
    synchronized long last() {
        return last;
    }

    /** The number of the oldest event still kept ({@link #last()} + 1 when none is). */
    synchronized long firstRetained() {
        prune(clock.instant());
        return first;
    }

    /** Up to {@code max} entries after {@code cursor}, or {@link Read.Lost} when some of them are gone. */
    synchronized Read read(long cursor, int max) {
        prune(clock.instant());
        if (cursor + 1 < first) {
            return new Read.Lost(first);
        }
        long upTo = Math.min(last, cursor + max);
        List<Entry> out = new ArrayList<>((int) Math.max(0, upTo - cursor));
        for (long seq = cursor + 1; seq <= upTo; seq++) {
            out.add(ring[slot(seq)]);
        }
        return new Read.Entries(out);
    }

    void addReader(Reader reader) {
        readers.add(reader);
    }

    void removeReader(Reader reader) {
        readers.remove(reader);
        behindSince.remove(reader);
    }

    /** Readers connected now. */
    int readers() {
        return readers.size();
    }

    /** Drops the entries older than the retention time (the count limit is the ring's length). */
    private void prune(Instant now) {
        Instant oldest = now.minus(limits.retainedFor());
        while (first <= last && ring[slot(first)].at().isBefore(oldest)) {
            ring[slot(first)] = null;
            first++;
        }
    }

    private int slot(long seq) {
        return (int) ((seq - 1) % ring.length);
    }
}
