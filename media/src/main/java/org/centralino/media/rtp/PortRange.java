package org.centralino.media.rtp;

/**
 * An inclusive range of UDP ports for RTP/RTCP pairs. RTP takes the even port and RTCP the next odd one
 * (RFC 3550 §11, RFC 4566 §5.14), so the usable pairs start at {@code first} rounded up to even and must
 * fit both ports below or at {@code last}.
 */
public record PortRange(int first, int last) {
    /** The range of DESIGN.md and the server's {@code --rtp-ports} default. */
    public static final PortRange DEFAULT = new PortRange(10000, 20000);

    public PortRange {
        if (first < 1 || last > 65535 || first > last) {
            throw new IllegalArgumentException("RTP port range " + first + "-" + last
                + " is not within 1-65535 with first <= last");
        }
        if (evenCeiling(first) + 1 > last) {
            throw new IllegalArgumentException("RTP port range " + first + "-" + last
                + " holds no even/odd pair (RTP on an even port, RTCP on the next)");
        }
    }

    /** Parses {@code "10000-20000"}. */
    public static PortRange parse(String text) {
        int dash = text.indexOf('-');
        if (dash <= 0) {
            throw new IllegalArgumentException("RTP port range '" + text + "' is not of the form FIRST-LAST");
        }
        try {
            return new PortRange(Integer.parseInt(text.substring(0, dash).strip()),
                Integer.parseInt(text.substring(dash + 1).strip()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("RTP port range '" + text + "' is not of the form FIRST-LAST", e);
        }
    }

    /** How many RTP/RTCP pairs fit. */
    public int pairCount() {
        return (last - evenCeiling(first) + 1) / 2;
    }

    /** The RTP (even) port of pair {@code index}, 0-based. */
    public int rtpPortOf(int index) {
        return evenCeiling(first) + 2 * index;
    }

    private static int evenCeiling(int port) {
        return (port + 1) & ~1;
    }

    @Override
    public String toString() {
        return first + "-" + last;
    }
}
