package org.centralino.testkit;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * The media side of a {@link TestPhone}: one UDP socket on loopback that sends G.711 µ-law RTP packets (RFC
 * 3550, payload type 0, 160 samples every 20 ms) and counts every RTP packet it receives, per source address.
 * Symmetric RTP: it sends from the socket it receives on, as phones do, so a relay can latch on it.
 */
public final class RtpPeer implements AutoCloseable {
    public static final int PAYLOAD_TYPE_PCMU = 0;
    public static final int SAMPLES_PER_PACKET = 160;
    public static final Duration PACKET_INTERVAL = Duration.ofMillis(20);
    /** The most packets one {@link #send} may ask for: five minutes of audio. */
    public static final int MAX_PACKETS = 15_000;
    private static final int HEADER_BYTES = 12;
    /** µ-law silence. */
    private static final byte SILENCE = (byte) 0xFF;
    private static final int READ_TIMEOUT_MILLIS = 200;

    private final DatagramSocket socket;
    private final Thread reader;
    private final AtomicInteger received = new AtomicInteger();
    private final java.io.ByteArrayOutputStream audio = new java.io.ByteArrayOutputStream();
    private final java.util.Set<Integer> ssrcs = new java.util.LinkedHashSet<>();
    private final AtomicInteger sent = new AtomicInteger();
    private final Map<InetSocketAddress, AtomicInteger> bySource = new ConcurrentHashMap<>();
    private final int ssrc = ThreadLocalRandom.current().nextInt();
    /** The packets of other payload types received (telephone events, ...), up to {@link #MAX_PACKETS}. */
    private final List<Packet> others = new ArrayList<>();

    /** A received RTP packet of a payload type other than PCMU: its header fields and payload. */
    private volatile Thread sender;

    /** A received RTP packet of a payload type other than PCMU: its header fields and payload. */
    public record Packet(int payloadType, boolean marker, int sequence, long timestamp, byte[] payload) {
    }

    public RtpPeer(InetAddress bind) throws IOException {
        socket = new DatagramSocket(new InetSocketAddress(bind, 0));
        socket.setSoTimeout(READ_TIMEOUT_MILLIS);
        reader = Thread.ofVirtual().name("rtp-peer-" + socket.getLocalPort()).start(this::readLoop);
    }

    /** Where this peer receives RTP: what its SDP says. */
    public InetSocketAddress address() {
        return (InetSocketAddress) socket.getLocalSocketAddress();
    }

    public int port() {
        return socket.getLocalPort();
    }

    /**
     * Starts sending {@code packets} RTP packets to {@code to}, one every 20 ms, on a thread of its own; returns
     * at once. A stream already running is stopped first.
     */
    public void send(InetSocketAddress to, int packets) {
        send(to, packets, 0);
    }

    /**
     * As {@link #send(InetSocketAddress, int)}, losing one packet in {@code dropOneIn} on the way: every
     * {@code dropOneIn}-th packet uses up its sequence number and timestamp but is not sent, so a receiver counts
     * it lost (RFC 3550 A.3); 10 loses 10 %. Zero loses none.
     */
    public void send(InetSocketAddress to, int packets, int dropOneIn) {
        if (packets < 1 || packets > MAX_PACKETS) {
            throw new IllegalArgumentException("packets must be 1 to " + MAX_PACKETS + ", not " + packets);
        }
        if (dropOneIn < 0 || dropOneIn == 1) {
            throw new IllegalArgumentException("dropOneIn must be 0 (no loss) or 2 and more, not " + dropOneIn);
        }
        stopSending();
        sender = Thread.ofVirtual().name("rtp-send-" + port()).start(() -> sendLoop(to, packets, dropOneIn));
    }

    private void sendLoop(InetSocketAddress to, int packets, int dropOneIn) {
        byte[] packet = new byte[HEADER_BYTES + SAMPLES_PER_PACKET];
        Arrays.fill(packet, HEADER_BYTES, packet.length, SILENCE);
        int seq = ThreadLocalRandom.current().nextInt(0x10000);
        long timestamp = ThreadLocalRandom.current().nextInt() & 0xFFFFFFFFL;
        long next = System.nanoTime();
        for (int i = 0; i < packets && !Thread.currentThread().isInterrupted() && !socket.isClosed(); i++) {
            header(packet, (seq + i) & 0xFFFF, timestamp + (long) i * SAMPLES_PER_PACKET, i == 0);
            boolean lost = dropOneIn > 0 && i % dropOneIn == dropOneIn - 1;
            try {
                if (!lost) {
                    socket.send(new DatagramPacket(packet, packet.length, to));
                    sent.incrementAndGet();
                }
            } catch (IOException e) {
                return; // socket closed, or the network refused: the test sees the count stop
            }
            next += PACKET_INTERVAL.toNanos();
            LockSupport.parkNanos(next - System.nanoTime());
        }
    }

    /** RFC 3550 §5.1: V=2, no padding, extension or CSRC; marker on the first packet of a talk spurt. */
    private void header(byte[] p, int seq, long timestamp, boolean marker) {
        p[0] = (byte) 0x80;
        p[1] = (byte) ((marker ? 0x80 : 0) | PAYLOAD_TYPE_PCMU);
        p[2] = (byte) (seq >>> 8);
        p[3] = (byte) seq;
        for (int i = 0; i < 4; i++) {
            p[4 + i] = (byte) (timestamp >>> (24 - 8 * i));
            p[8 + i] = (byte) (ssrc >>> (24 - 8 * i));
        }
    }

    /** Stops the stream being sent, if any, and waits (at most a second) for it to stop. */
    public void stopSending() {
        Thread s = sender;
        if (s != null) {
            s.interrupt();
            join(s, Duration.ofSeconds(1));
            sender = null;
        }
    }

    /** True while a stream is being sent. */
    public boolean isSending() {
        Thread s = sender;
        return s != null && s.isAlive();
    }

    /** Waits until the stream being sent has sent all its packets; false when it has not within the timeout. */
    public boolean awaitSent(Duration timeout) {
        Thread s = sender;
        return s == null || join(s, timeout);
    }

    private static boolean join(Thread t, Duration timeout) {
        try {
            return t.join(timeout);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private void readLoop() {
        byte[] buf = new byte[2048];
        DatagramPacket p = new DatagramPacket(buf, buf.length);
        while (Datagrams.receive(socket, p)) { // ends with close()
            if (p.getLength() >= HEADER_BYTES && (buf[0] & 0xC0) == 0x80) {
                received.incrementAndGet();
                keep(buf, p.getLength());
                bySource.computeIfAbsent((InetSocketAddress) p.getSocketAddress(), a -> new AtomicInteger())
                    .incrementAndGet();
            }
        }
    }

    /** Keeps a packet of another payload type (telephone events, ...): its header fields and payload. */
    private void keepOther(byte[] packet, int length) {
        int payloadAt = HEADER_BYTES + 4 * (packet[0] & 0x0F);
        if (length <= payloadAt) {
            return;
        }
        ByteBuffer b = ByteBuffer.wrap(packet);
        Packet p = new Packet(packet[1] & 0x7F, (packet[1] & 0x80) != 0, b.getShort(2) & 0xFFFF,
            b.getInt(4) & 0xFFFF_FFFFL, Arrays.copyOfRange(packet, payloadAt, length));
        synchronized (others) {
            if (others.size() < MAX_PACKETS) {
                others.add(p);
            }
        }
    }

    /** The packets of payload types other than PCMU received so far (e.g. RFC 4733 events), in arrival order. */
    public List<Packet> receivedOthers() {
        synchronized (others) {
            return List.copyOf(others);
        }
    }

    /** Keeps the payload of a PCMU packet (what the phone would play) and its SSRC. */
    private void keep(byte[] packet, int length) {
        if ((packet[1] & 0x7f) != PAYLOAD_TYPE_PCMU) {
            keepOther(packet, length);
            return;
        }
        synchronized (audio) {
            if (audio.size() < MAX_PACKETS * SAMPLES_PER_PACKET) {
                audio.write(packet, HEADER_BYTES, length - HEADER_BYTES);
            }
            ssrcs.add(((packet[8] & 0xff) << 24) | ((packet[9] & 0xff) << 16) | ((packet[10] & 0xff) << 8)
                | (packet[11] & 0xff));
        }
    }

    /** How much PCMU audio was received so far, as a mark for {@link #receivedAudio(int, int)}. */
    public int audioMark() {
        synchronized (audio) {
            return audio.size();
        }
    }

    /** The PCMU audio received between two marks, decoded to 8 kHz linear samples in arrival order. */
    public double[] receivedAudio(int from, int to) {
        byte[] bytes;
        synchronized (audio) {
            bytes = java.util.Arrays.copyOfRange(audio.toByteArray(), from, to);
        }
        double[] samples = new double[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            samples[i] = ulawToLinear(bytes[i]);
        }
        return samples;
    }

    /** The SSRCs of the PCMU streams received, in the order they first appeared. */
    public java.util.List<Integer> receivedSsrcs() {
        synchronized (audio) {
            return java.util.List.copyOf(ssrcs);
        }
    }

    /** ITU-T G.711 µ-law expansion. */
    private static int ulawToLinear(byte code) {
        int u = ~code & 0xff;
        int t = (((u & 0x0f) << 3) + 0x84) << ((u & 0x70) >> 4);
        return (u & 0x80) != 0 ? 0x84 - t : t - 0x84;
    }

    public int sent() {
        return sent.get();
    }

    /** RTP packets received so far, from anyone. */
    public int received() {
        return received.get();
    }

    /** RTP packets received so far from {@code source}. */
    public int receivedFrom(InetSocketAddress source) {
        AtomicInteger n = bySource.get(source);
        return n == null ? 0 : n.get();
    }

    /** Packets received per source address. */
    public Map<InetSocketAddress, Integer> receivedBySource() {
        Map<InetSocketAddress, Integer> out = new java.util.HashMap<>();
        bySource.forEach((a, n) -> out.put(a, n.get()));
        return Map.copyOf(out);
    }

    /** Waits until at least {@code packets} have been received; fails with the counts when they do not come. */
    public void awaitReceived(int packets, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (received.get() < packets) { // bounded by the deadline
            if (System.nanoTime() - deadline > 0) {
                throw new AssertionError("RTP on " + address() + ": " + received.get() + " packets received within "
                    + timeout + ", expected at least " + packets + "; by source " + receivedBySource());
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(10));
        }
    }

    @Override
    public void close() {
        stopSending();
        socket.close();
        join(reader, Duration.ofSeconds(1));
    }
}
