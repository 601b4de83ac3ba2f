package org.centralino.media.dtmf;

/**
 * Sends one key press at a time as RFC 4733 telephone-event packets on one RTP stream. {@link #start} begins a
 * key; the media clock then calls {@link #tick} once per packet interval, and each tick hands one packet to the
 * {@link PacketSink}:
 * <ol>
 *   <li>the first packet with the RTP marker bit (§2.5.1.2), duration one interval;</li>
 *   <li>an update every interval with the duration so far, all with the event's start timestamp (§2.5.1.2);</li>
 *   <li>the end packet (E bit, final duration) three times on three ticks (§2.5.1.4: the end must survive loss,
 *       and spreading the copies over 3 intervals survives a short burst too).</li>
 * </ol>
 * A key longer than 0xFFFF timestamp units (1.36 s at 48 kHz) is sent in segments (§2.5.1.3): the segment
 * that fills up goes out with duration 0xFFFF and no E bit, and the next segment's packets carry the timestamp
 * where it left off, without marker. Defaults: {@value #DEFAULT_DURATION_MILLIS} ms per key (twice Q.24's 40 ms
 * minimum, what most phones send), volume {@value #DEFAULT_VOLUME} (-10 dBm0, a phone's usual tone level),
 * packets every {@value #DEFAULT_INTERVAL_MILLIS} ms (the audio packetisation). The clock rate is the one SDP
 * gave telephone-event: 8000 beside G.711 and G.722, 48000 beside Opus. Allocation-free per packet; the payload
 * array handed to the sink is reused, so copy it before the next tick. One stream, one thread.
 */
public final class TelephoneEventSender {
    public static final int DEFAULT_DURATION_MILLIS = 100;
    public static final int DEFAULT_VOLUME = 10;
    public static final int DEFAULT_INTERVAL_MILLIS = 20;
    /** How often the end packet is sent (§2.5.1.4). */
    public static final int END_PACKETS = 3;

    /** Receives each packet to send: the payload is in {@code payload[0..length)} and reused afterwards. */
    @FunctionalInterface
    public interface PacketSink {
        void packet(boolean marker, long timestamp, byte[] payload, int length);
    }

    private final int clockRate;
    private final int intervalUnits;
    private final PacketSink sink;
    private final byte[] payload = new byte[TelephoneEvent.SIZE];
    private int event = -1;
    private int volume;
    private long start;
    private long total;
    private long elapsed;
    private long segmentOffset;
    private int endsSent;
    private boolean first;

    /** With packets every {@value #DEFAULT_INTERVAL_MILLIS} ms. */
    public TelephoneEventSender(int clockRate, PacketSink sink) {
        this(clockRate, DEFAULT_INTERVAL_MILLIS, sink);
    }

    public TelephoneEventSender(int clockRate, int intervalMillis, PacketSink sink) {
        if (clockRate <= 0 || intervalMillis <= 0) {
            throw new IllegalArgumentException("clock rate " + clockRate + " and interval " + intervalMillis
                + " ms must be positive");
        }
        this.clockRate = clockRate;
        this.intervalUnits = (int) ((long) clockRate * intervalMillis / 1000);
        this.sink = sink;
    }

    /** Starts {@code key} with the default duration and volume. */
    public void start(char key, long startTimestamp) {
        start(key, startTimestamp, DEFAULT_DURATION_MILLIS, DEFAULT_VOLUME);
    }

    /**
     * Starts a key at RTP timestamp {@code startTimestamp} (where the audio stream is now); a key still being
     * sent is cut short and ended first, as a phone does when the next key comes.
     */
    public void start(char key, long startTimestamp, int durationMillis, int volume) {
        int code = DtmfKeys.eventOf(key);
        if (code < 0) {
            throw new IllegalArgumentException("'" + key + "' is not a DTMF key (0-9, *, #, A-D, !)");
        }
        if (durationMillis <= 0 || volume < 0 || volume > TelephoneEvent.MAX_VOLUME) {
            throw new IllegalArgumentException("duration " + durationMillis + " ms must be positive and volume "
                + volume + " within 0-63");
        }
        if (busy() && endsSent == 0) {
            total = elapsed;
            sendEnd();
        }
        this.event = code;
        this.volume = volume;
        this.start = startTimestamp;
        this.total = Math.max(1, (long) clockRate * durationMillis / 1000);
        this.elapsed = 0;
        this.segmentOffset = 0;
        this.endsSent = 0;
        this.first = true;
    }

    /** Whether packets are still due. */
    public boolean busy() {
        return event >= 0;
    }

    /** Sends the next packet, if one is due; returns whether more are due after it. */
    public boolean tick() {
        if (!busy()) {
            return false;
        }
        if (endsSent > 0) {
            sendEnd();
            return busy();
        }
        elapsed = Math.min(total, elapsed + intervalUnits);
        if (elapsed - segmentOffset > TelephoneEvent.MAX_DURATION) {
            send(false, TelephoneEvent.MAX_DURATION);
            segmentOffset += TelephoneEvent.MAX_DURATION;
            return true;
        }
        if (elapsed == total) {
            sendEnd();
        } else {
            send(false, (int) (elapsed - segmentOffset));
        }
        return busy();
    }

    private void sendEnd() {
        send(true, (int) (total - segmentOffset));
        if (++endsSent == END_PACKETS) {
            event = -1;
        }
    }

    private void send(boolean end, int duration) {
        TelephoneEvent.write(payload, 0, event, end, volume, duration);
        boolean marker = first;
        first = false;
        sink.packet(marker, (start + segmentOffset) & 0xFFFF_FFFFL, payload, TelephoneEvent.SIZE);
    }
}
