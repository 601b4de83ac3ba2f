package org.centralino.sip.sdp;

import java.util.BitSet;
import java.util.Optional;

/**
 * The event list of a telephone-event fmtp (RFC 4733 §7.1.1), e.g. {@code 0-15} or {@code 0-11,16}: events
 * 0-255, as ranges and single values separated by commas.
 */
public final class TelephoneEvents {
    /** What an offer without fmtp means: the sixteen DTMF events (RFC 4733 §7.1.1). */
    public static final TelephoneEvents DTMF = range(0, 15);
    private static final int MAX_EVENT = 255;

    private final BitSet events;

    private TelephoneEvents(BitSet events) {
        this.events = events;
    }

    public static TelephoneEvents range(int from, int to) {
        BitSet b = new BitSet(MAX_EVENT + 1);
        b.set(from, to + 1);
        return new TelephoneEvents(b);
    }

    /** Reads an event list; empty when malformed (a bad number, a range backwards or beyond 255). */
    public static Optional<TelephoneEvents> parse(String list) {
        if (list == null || list.isBlank()) {
            return Optional.empty();
        }
        BitSet b = new BitSet(MAX_EVENT + 1);
        for (String item : list.split(",", -1)) {
            String s = item.strip();
            int dash = s.indexOf('-');
            int from = SdpText.parseInt(dash < 0 ? s : s.substring(0, dash), 0, MAX_EVENT);
            int to = dash < 0 ? from : SdpText.parseInt(s.substring(dash + 1), 0, MAX_EVENT);
            if (from < 0 || to < from) {
                return Optional.empty();
            }
            b.set(from, to + 1);
        }
        return Optional.of(new TelephoneEvents(b));
    }

    public boolean contains(int event) {
        return event >= 0 && events.get(event);
    }

    public boolean isEmpty() {
        return events.isEmpty();
    }

    public TelephoneEvents intersect(TelephoneEvents other) {
        BitSet b = (BitSet) events.clone();
        b.and(other.events);
        return new TelephoneEvents(b);
    }

    /** The list in the fmtp form, ranges collapsed: "0-11,16". */
    public String encode() {
        StringBuilder sb = new StringBuilder();
        for (int from = events.nextSetBit(0); from >= 0; from = events.nextSetBit(from)) {
            int to = events.nextClearBit(from) - 1;
            sb.append(sb.isEmpty() ? "" : ",").append(from);
            if (to > from) {
                sb.append('-').append(to);
            }
            from = to + 1;
        }
        return sb.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TelephoneEvents t && t.events.equals(events);
    }

    @Override
    public int hashCode() {
        return events.hashCode();
    }

    @Override
    public String toString() {
        return encode();
    }
}
