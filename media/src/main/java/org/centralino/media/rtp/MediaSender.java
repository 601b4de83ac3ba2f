package org.centralino.media.rtp;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.util.ArrayDeque;
import java.util.random.RandomGenerator;
import org.centralino.media.audio.Pcm;
import org.centralino.media.codec.Encoder;
import org.centralino.media.dsp.Resampler;
import org.centralino.media.dtmf.TelephoneEventSender;

/**
 * The sending half of a terminated leg: internal-format frames resampled to the codec's rate, encoded, and sent
 * as RTP (RFC 3550 §5.1) every packet interval; a key press goes out as telephone events (RFC 4733 §2.5) in
 * place of the audio while it lasts, and keys given meanwhile wait their turn. Our own SSRC, and a random first
 * sequence number and timestamp (§5.1).
 * Loop thread only; allocation-free per packet.
 */
final class MediaSender implements AutoCloseable {
    private final StreamFormat format;
    private final LegCounters counters;
    private final Encoder encoder;
    private final Resampler fromInternal;
    private final TelephoneEventSender events;
    /** Keys given while one is being sent: key and duration in ms, in the order given. */
    private final ArrayDeque<int[]> waitingKeys = new ArrayDeque<>();
    private final ByteBuffer packet = ByteBuffer.allocateDirect(RtpHeader.FIXED + MediaReceiver.MAX_PAYLOAD);
    private final byte[] payload = new byte[MediaReceiver.MAX_PAYLOAD];
    private final short[] pending;
    private final int framesPerPacket;
    private final int timestampStep;
    private int ssrc;
    private int filled;
    /** The socket and phone address of the current {@link #send}: telephone events go out through them too. */
    private DatagramChannel channel;
    private InetSocketAddress to;
    private int sequence;
    private long timestamp;
    private boolean talkspurt = true;
    private long packetsSent;
    private long octetsSent;
    private long sendFailures;

    MediaSender(StreamFormat format, RandomGenerator random, LegCounters counters) {
        this.format = format;
        this.counters = counters;
        this.encoder = format.codec().newEncoder(format.params());
        int rate = format.codec().sampleRate();
        this.fromInternal = Resampler.of(Pcm.RATE, rate);
        this.framesPerPacket = Math.max(1, format.packetMillis() / Pcm.FRAME_MS);
        this.pending = new short[Pcm.samples(rate, Pcm.FRAME_MS) * framesPerPacket];
        this.timestampStep = format.codec().rtpClockRate() / 1000 * Pcm.FRAME_MS;
        this.ssrc = random.nextInt();
        this.sequence = random.nextInt(1 << 16);
        this.timestamp = random.nextInt() & 0xffffffffL;
        this.events = new TelephoneEventSender(format.codec().rtpClockRate(), Pcm.FRAME_MS,
            (marker, ts, data, length) -> transmit(marker, format.eventPayloadType(), ts, data, length));
    }

    /** Continues an existing stream: its SSRC, after its last sequence number, from its current timestamp. */
    void continueStream(int streamSsrc, int lastSequence, long nextTimestamp) {
        ssrc = streamSsrc;
        sequence = lastSequence;
        timestamp = nextTimestamp;
        talkspurt = true;
    }

    /**
     * Queues a key press: sent as telephone events from the next frame, or once the keys before it have been
     * sent (their end packets included), so that keys given faster than they last (SIP INFO sent back to back)
     * are neither cut short nor lost; false if the leg agreed no events. Keys beyond
     * {@link InBandKeys#MAX_WAITING} waiting are dropped.
     */
    boolean sendKey(char key, int durationMillis) {
        if (!format.hasEvents()) {
            return false;
        }
        if (!events.busy()) {
            events.start(key, timestamp, durationMillis, TelephoneEventSender.DEFAULT_VOLUME);
        } else if (waitingKeys.size() < InBandKeys.MAX_WAITING) {
            waitingKeys.add(new int[] {key, durationMillis});
        }
        return true;
    }

    /** The next waiting key starts at this frame, once the one before has been sent to its last end packet. */
    private void startWaitingKey() {
        int[] next = waitingKeys.poll();
        if (next != null) {
            events.start((char) next[0], timestamp, next[1], TelephoneEventSender.DEFAULT_VOLUME);
        }
    }

    /** One 20 ms frame to send; a packet leaves once {@code packetMillis} are gathered. */
    void send(short[] frame, DatagramChannel channel, InetSocketAddress to) {
        this.channel = channel;
        this.to = to;
        if (!events.busy() && !waitingKeys.isEmpty()) {
            startWaitingKey();
        }
        long frameTimestamp = timestamp;
        timestamp += timestampStep;
        if (events.busy()) {
            filled = 0;
            events.tick();
            talkspurt = true;
            return;
        }
        fromInternal.process(frame, 0, Pcm.FRAME, pending, filled);
        filled += pending.length / framesPerPacket; // one frame at the codec's rate
        if (filled < pending.length) {
            return;
        }
        filled = 0;
        int length = encoder.encode(pending, 0, pending.length, payload, 0);
        if (length > 0) {
            transmit(talkspurt, format.payloadType(), frameTimestamp - (long) timestampStep * (framesPerPacket - 1),
                payload, length);
            talkspurt = false;
        }
    }

    /** Sends one packet from the socket and to the address of the current {@link #send}. */
    private void transmit(boolean marker, int payloadType, long ts, byte[] data, int length) {
        sequence = (sequence + 1) & 0xffff;
        if (to == null) {
            return;
        }
        packet.clear();
        RtpHeader.write(packet, marker, payloadType, sequence, ts & 0xffffffffL, ssrc);
        packet.put(RtpHeader.FIXED, data, 0, length);
        packet.limit(RtpHeader.FIXED + length);
        try {
            if (channel.send(packet, to) > 0) {
                counters.sentRtp(RtpHeader.FIXED + length);
                packetsSent++;
                octetsSent += length;
            }
        } catch (IOException e) {
            sendFailures++; // a full socket buffer or an unreachable phone: this packet is lost, the next may pass
        }
    }

    long packetsSent() {
        return packetsSent;
    }

    long octetsSent() {
        return octetsSent;
    }

    /** The RTP timestamp of the next frame: what an SR sent now reports (RFC 3550 §6.4.1). */
    long timestampNow() {
        return timestamp & 0xffffffffL;
    }

    long sendFailures() {
        return sendFailures;
    }

    int ssrc() {
        return ssrc;
    }

    @Override
    public void close() {
        encoder.close();
    }
}
