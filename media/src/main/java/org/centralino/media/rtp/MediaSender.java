package org.centralino.media.rtp;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.util.random.RandomGenerator;
import org.centralino.media.audio.Pcm;
import org.centralino.media.codec.Encoder;
import org.centralino.media.dsp.Resampler;
import org.centralino.media.dtmf.TelephoneEventSender;

/**
 * The sending half of a terminated leg: internal-format frames resampled to the codec's rate, encoded, and sent
 * as RTP (RFC 3550 §5.1) every packet interval; a key press goes out as telephone events (RFC 4733 §2.5) in
 * place of the audio while it lasts. Our own SSRC, and a random first sequence number and timestamp (§5.1).
 * Loop thread only; allocation-free per packet.
 */
final class MediaSender implements AutoCloseable {
    private final StreamFormat format;
    private final LegCounters counters;
    private final Encoder encoder;
    private final Resampler fromInternal;
    private final TelephoneEventSender events;
    private final ByteBuffer packet = ByteBuffer.allocateDirect(RtpHeader.FIXED + MediaReceiver.MAX_PAYLOAD);
    private final byte[] payload = new byte[MediaReceiver.MAX_PAYLOAD];
    private final short[] pending;
    private final int framesPerPacket;
    private final int timestampStep;
    private final int ssrc;
    private int filled;
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
        this.events = new TelephoneEventSender(format.codec().rtpClockRate(), Pcm.FRAME_MS);
    }

    /** Queues a key press: sent as telephone events from the next frame (dropped if the leg agreed none). */
    boolean sendKey(char key, int durationMillis) {
        if (!format.hasEvents()) {
            return false;
        }
        events.start(key, durationMillis, timestamp);
        return true;
    }

    /** One 20 ms frame to send; a packet leaves once {@code packetMillis} are gathered. */
    void send(short[] frame, DatagramChannel channel, InetSocketAddress to) {
        long frameTimestamp = timestamp;
        timestamp += timestampStep;
        if (events.isActive()) {
            filled = 0;
            int length = events.next(payload, 0);
            transmit(events.marker(), format.eventPayloadType(), events.timestamp(), length, channel, to);
            talkspurt = true;
            return;
        }
        int rate = pending.length / framesPerPacket;
        fromInternal.process(frame, 0, Pcm.FRAME, pending, filled);
        filled += rate;
        if (filled < pending.length) {
            return;
        }
        filled = 0;
        int length = encoder.encode(pending, 0, pending.length, payload, 0);
        if (length > 0) {
            transmit(talkspurt, format.payloadType(), frameTimestamp - (long) timestampStep * (framesPerPacket - 1),
                length, channel, to);
            talkspurt = false;
        }
    }

    private void transmit(boolean marker, int payloadType, long ts, int length, DatagramChannel channel,
                          InetSocketAddress to) {
        sequence = (sequence + 1) & 0xffff;
        if (to == null) {
            return;
        }
        packet.clear();
        RtpHeader.write(packet, marker, payloadType, sequence, ts & 0xffffffffL, ssrc);
        packet.put(RtpHeader.FIXED, payload, 0, length);
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
