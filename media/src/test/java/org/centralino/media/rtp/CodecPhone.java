package org.centralino.media.rtp;

import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntConsumer;
import org.centralino.media.codec.AudioCodec;
import org.centralino.media.codec.CodecParams;
import org.centralino.media.codec.Decoder;
import org.centralino.media.codec.Encoder;
import org.centralino.media.dtmf.DtmfDetector;
import org.centralino.media.dtmf.TelephoneEvent;

/**
 * A scripted phone that speaks one codec: it sends 20 ms RTP packets of a tone (or DTMF in the audio, or RFC 4733
 * events), keeps every RTP packet it receives, and decodes what it heard for measurement.
 */
final class CodecPhone implements AutoCloseable {
    static final int PACKET_MS = 20;

    /**
     * Runs {@code packet} for packets 0 to {@code count - 1}, one every {@link #PACKET_MS} of the real clock (the
     * pace of the engine's media clock), each followed by the wait for the next one's time.
     */
    static void paced(int count, IntConsumer packet) {
        long next = System.nanoTime();
        for (int i = 0; i < count; i++) {
            packet.accept(i);
            next += PACKET_MS * 1_000_000L;
            LockSupport.parkNanos(Math.max(0, next - System.nanoTime()));
        }
    }

    /** One RTP packet received: its header fields and payload. */
    record Packet(boolean marker, int payloadType, int sequence, long timestamp, int ssrc, byte[] payload) {
    }

    private final Phone socket = Phone.open();
    private final AudioCodec codec;
    private final int payloadType;
    private final Encoder encoder;
    private final int ssrc;
    private final short[] pcm;
    private final byte[] encoded = new byte[1500];
    private final List<Packet> received = new ArrayList<>();
    private int sequence = 1000;
    private long timestamp = 50_000;
    private long phase;

    CodecPhone(AudioCodec codec, int payloadType, int ssrc) {
        this.codec = codec;
        this.payloadType = payloadType;
        this.encoder = codec.newEncoder(CodecParams.NONE);
        this.ssrc = ssrc;
        this.pcm = new short[codec.sampleRate() / 1000 * PACKET_MS];
    }

    InetSocketAddress address() {
        return socket.address();
    }

    /** Sends the next 20 ms of a sine of {@code hz} (0: silence) at {@code amplitude}. */
    void sendTone(double hz, double amplitude, InetSocketAddress to) {
        sendTones(hz, 0, amplitude, to);
    }

    /** Sends the next 20 ms of the sum of two sines (a DTMF key when they are its row and column). */
    void sendTones(double hz1, double hz2, double amplitude, InetSocketAddress to) {
        int rate = codec.sampleRate();
        for (int i = 0; i < pcm.length; i++) {
            double t = (double) (phase + i) / rate;
            double v = (hz1 > 0 ? Math.sin(2 * Math.PI * hz1 * t) : 0) + (hz2 > 0 ? Math.sin(2 * Math.PI * hz2 * t) : 0);
            pcm[i] = (short) Math.round(amplitude * v);
        }
        phase += pcm.length;
        int length = encoder.encode(pcm, 0, pcm.length, encoded, 0);
        send(false, payloadType, timestamp, Arrays.copyOf(encoded, length), to);
        timestamp += codec.rtpClockRate() / 1000 * PACKET_MS;
    }

    /** Sends one RFC 4733 telephone-event packet with the current media timestamp as its start. */
    void sendEvent(int eventPayloadType, boolean marker, long start, int event, boolean end, int duration,
                   InetSocketAddress to) {
        byte[] payload = new byte[TelephoneEvent.SIZE];
        TelephoneEvent.write(payload, 0, event, end, 10, duration);
        send(marker, eventPayloadType, start, payload, to);
    }

    /** The RTP timestamp the next audio packet will carry. */
    long timestamp() {
        return timestamp;
    }

    /** Skips the media timestamp ahead by one packet without sending audio (events replaced it). */
    void skipPacket() {
        timestamp += codec.rtpClockRate() / 1000 * PACKET_MS;
        phase += pcm.length;
    }

    private void send(boolean marker, int pt, long ts, byte[] payload, InetSocketAddress to) {
        ByteBuffer b = ByteBuffer.allocate(12 + payload.length);
        b.put((byte) 0x80).put((byte) ((marker ? 0x80 : 0) | pt)).putShort((short) sequence++).putInt((int) ts)
            .putInt(ssrc).put(payload);
        socket.send(b.array(), to);
    }

    /** Takes every datagram waiting on the socket. */
    void drain() {
        Phone.Received r;
        while ((r = socket.receive(Duration.ZERO)) != null) {
            keep(r.data());
        }
    }

    /** Keeps receiving for {@code time}. */
    void listen(Duration time) {
        long deadline = System.nanoTime() + time.toNanos();
        long left;
        while ((left = deadline - System.nanoTime()) > 0) {
            Phone.Received r = socket.receive(Duration.ofNanos(left));
            if (r != null) {
                keep(r.data());
            }
        }
    }

    private void keep(byte[] d) {
        if (d.length < 12 || (d[0] & 0xC0) != 0x80 || (d[1] & 0x7f) >= 72 && (d[1] & 0x7f) <= 76) {
            return; // not RTP (RTCP types 200-204 read as payload types 72-76 with the marker)
        }
        ByteBuffer b = ByteBuffer.wrap(d);
        received.add(new Packet((d[1] & 0x80) != 0, d[1] & 0x7f, b.getShort(2) & 0xffff,
            b.getInt(4) & 0xffffffffL, b.getInt(8), Arrays.copyOfRange(d, 12, d.length)));
    }

    List<Packet> received() {
        return received;
    }

    /** The received packets of one payload type, in arrival order. */
    List<Packet> received(int pt) {
        return received.stream().filter(p -> p.payloadType() == pt).toList();
    }

    /** Decodes the received audio packets of payload type {@code pt} in arrival order, one after the other. */
    short[] heard(int pt) {
        List<Packet> audio = received(pt);
        short[] out = new short[audio.size() * codec.sampleRate() / 1000 * 120];
        int at = 0;
        try (Decoder decoder = codec.newDecoder(CodecParams.NONE)) {
            for (Packet p : audio) {
                at += decoder.decode(p.payload(), 0, p.payload().length, out, at);
            }
        }
        return Arrays.copyOf(out, at);
    }

    /** The keys an in-band detector hears in the received audio (resampled to 8 kHz by taking every n-th sample). */
    String keysHeard(int pt) {
        short[] audio = heard(pt);
        int step = codec.sampleRate() / 8000;
        short[] narrow = new short[audio.length / step];
        for (int i = 0; i < narrow.length; i++) {
            narrow[i] = audio[i * step];
        }
        StringBuilder keys = new StringBuilder();
        new DtmfDetector(keys::append).process(narrow, 0, narrow.length);
        return keys.toString();
    }

    int rate() {
        return codec.sampleRate();
    }

    @Override
    public void close() {
        encoder.close();
        socket.close();
    }
}
