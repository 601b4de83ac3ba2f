package org.centralino.media.rtp;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.StandardProtocolFamily;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.centralino.benchmarks.SpeechLike;
import org.centralino.media.audio.Pcm;
import org.centralino.media.codec.AudioCodec;
import org.centralino.media.codec.CodecParams;
import org.centralino.media.codec.CodecRegistry;
import org.centralino.media.codec.Encoder;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One transcoded call for one 20 ms tick of the media clock, both directions, through the media engine's own
 * classes: leg A's phone speaks PCMU (payload 0), leg B's phone speaks G.722 (9) or Opus (111, our offer's fmtp),
 * both agreed telephone-event (101), exactly what the B2BUA sets up when the legs share no codec
 * ({@code RelaySession.terminate} on both sides, {@code bridgeTerminated(true)}). One operation: one RTP packet
 * from each phone is handled as the loop handles it, then {@link TerminatedMedia#tick} runs: each leg's
 * {@link MediaReceiver} (RTP header, jitter buffer, decoder, resampler to 16 kHz) and then each leg's
 * {@link MediaSender} (resampler, encoder, RTP) with the other leg's audio, and RTCP reports when due.
 *
 * <p>{@code io}: {@code sockets} is the whole path with real loopback sockets: both phones send their packet
 * (the harness's two sends are counted in the operation), the real {@link PacketForwarder} drains each leg's
 * socket (receive, checks, latch, counters, quality, {@link StreamPosition}, hand-over to the termination) and
 * the tick sends the two encoded packets to the phones (which never read them: the kernel drops them once the
 * small receive buffers are full). {@code none} hands the packets straight to the terminations and sends
 * nothing (the legs have no remote address): the transcoding work alone.
 *
 * <p>The clock is synthetic and advances 20 ms per operation, so the jitter buffer, telephone-event timing and
 * RTCP intervals behave as in a real call running faster than real time. Input: one second of speech-like
 * sound per phone, encoded once in setup and sent in a loop with running sequence numbers and timestamps.
 * 20 ms ÷ the time per operation is how many transcoded calls one core carries in real time;
 * {@code -prof gc}'s gc.alloc.rate.norm is the allocation per call-tick.
 *
 * <p>This class lives in the media module's package (in the benchmarks jar) to reach the package-private
 * pipeline without widening the media module's API; the benchmarks jar is on the class path, not a module.
 * Run: {@code java --enable-native-access=ALL-UNNAMED -jar benchmarks/target/benchmarks.jar TranscodedCall
 * -f 1 -wi 3 -i 5 -prof gc}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgsAppend = {"-XX:AutoBoxCacheMax=65536", "--enable-native-access=ALL-UNNAMED"})
public class TranscodedCallBenchmark {
    private static final int FRAMES = 50;
    private static final int PCMU = 0;
    private static final int EVENTS = 101;
    private static final int OPUS_PAYLOAD_TYPE = 111;
    /** A new source needs this many packets in a row to move a latch; any value works for one fixed phone. */
    private static final int RELATCH_AFTER = 3;
    /** The phones' receive buffers: small, so the PBX's packets are dropped cheaply instead of queued. */
    private static final int PHONE_RECEIVE_BUFFER = 4096;
    private static final long START_MILLIS = 1_800_000_000_000L;

    @Param({"G722", "opus"})
    public String codec;

    @Param({"sockets", "none"})
    public String io;

    private final List<AutoCloseable> closing = new ArrayList<>();
    private final SyntheticClock clock = new SyntheticClock();
    private TerminatedMedia media;
    private RelayEndpoint legA;
    private RelayEndpoint legB;
    private PacketForwarder forwarder;
    private RelaySocket socketA;
    private RelaySocket socketB;
    private Phone phoneA;
    private Phone phoneB;
    private boolean sockets;

    @Setup(Level.Trial)
    public void start() throws IOException {
        sockets = io.equals("sockets");
        CodecRegistry registry = CodecRegistry.detect();
        AudioCodec g711 = registry.find("PCMU", 8000).orElseThrow();
        AudioCodec other = registry.codecs().stream().filter(c -> c.encoding().equalsIgnoreCase(codec)).findFirst()
            .orElseThrow(() -> new IllegalStateException(codec + " is not available on this machine"));
        int otherType = other.staticPayloadType().orElse(OPUS_PAYLOAD_TYPE);
        StreamFormat formatA = new StreamFormat(g711, PCMU, CodecParams.NONE, EVENTS, StreamFormat.DEFAULT_PACKET_MILLIS);
        StreamFormat formatB = new StreamFormat(other, otherType, CodecParams.parse(other.defaultFmtp()), EVENTS,
            StreamFormat.DEFAULT_PACKET_MILLIS);
        InetAddress loopback = InetAddress.getLoopbackAddress();
        phoneA = new Phone(channel(loopback), encode(g711, formatA), PCMU, g711.rtpClockRate() / 50);
        phoneB = new Phone(channel(loopback), encode(other, formatB), otherType, other.rtpClockRate() / 50);
        legA = leg(Side.A, loopback, phoneA);
        legB = leg(Side.B, loopback, phoneB);
        forwarder = new PacketForwarder(clock);
        socketA = new RelaySocket(null, legA, legB, false);
        socketB = new RelaySocket(null, legB, legA, false);
        // the session is only named in log lines about keys that cannot be delivered; none are pressed here
        media = new TerminatedMedia(null, legA, legB, RelayListener.NONE, Runnable::run, new SplittableRandom(1));
        media.terminate(legA, formatA, clock.millis());
        media.terminate(legB, formatB, clock.millis());
        media.bridge(true);
    }

    private DatagramChannel channel(InetAddress loopback) throws IOException {
        DatagramChannel channel = DatagramChannel.open(StandardProtocolFamily.INET);
        closing.add(channel);
        channel.bind(new InetSocketAddress(loopback, 0));
        return channel;
    }

    private RelayEndpoint leg(Side side, InetAddress loopback, Phone phone) throws IOException {
        PortPair ports = new PortPair(side.ordinal(), channel(loopback), channel(loopback));
        ports.rtp().configureBlocking(false);
        phone.channel.setOption(StandardSocketOptions.SO_RCVBUF, PHONE_RECEIVE_BUFFER);
        InetSocketAddress at = sockets ? (InetSocketAddress) phone.channel.getLocalAddress() : null;
        phone.to = ports.rtpAddress();
        return new RelayEndpoint(side, ports, at, at, RELATCH_AFTER, clock.millis()); // RTCP to the same socket
    }

    /** One second of speech-like sound in 20 ms payloads of {@code format}'s codec, as the phone sends it. */
    private static byte[][] encode(AudioCodec codec, StreamFormat format) {
        int samples = codec.sampleRate() / 50;
        short[] audio = SpeechLike.voiced(codec.sampleRate(), FRAMES * samples);
        byte[] out = new byte[MediaReceiver.MAX_PAYLOAD];
        byte[][] payloads = new byte[FRAMES][];
        try (Encoder encoder = codec.newEncoder(format.params())) {
            for (int i = 0; i < FRAMES; i++) {
                int length = encoder.encode(audio, i * samples, samples, out, 0);
                payloads[i] = Arrays.copyOf(out, length);
            }
        }
        return payloads;
    }

    /** One 20 ms tick of one transcoded call: a packet from each phone in, a packet to each phone out. */
    @Benchmark
    public long callTick() throws IOException {
        if (sockets) {
            phoneA.send();
            phoneB.send();
            forwarder.drain(socketA);
            forwarder.drain(socketB);
        } else {
            legA.termination.onPacket(phoneA.next(), false, clock.millis());
            legB.termination.onPacket(phoneB.next(), false, clock.millis());
        }
        long now = clock.advance(Pcm.FRAME_MS);
        media.tick(now);
        return now;
    }

    @TearDown(Level.Trial)
    public void stop() throws Exception {
        long sent = legB.termination.sender().packetsSent();
        long decoded = legA.termination.receiver().packets();
        media.closeAll();
        for (AutoCloseable c : closing) {
            c.close();
        }
        if (decoded == 0 || (sockets && sent == 0)) {
            throw new IllegalStateException("the call did not run: " + decoded + " packets decoded, " + sent + " sent");
        }
    }

    /** A phone: its socket and its looped stream, one RTP packet per call. Allocation-free. */
    private static final class Phone {
        final DatagramChannel channel;
        final byte[][] payloads;
        final int payloadType;
        final int timestampStep;
        final ByteBuffer packet = ByteBuffer.allocateDirect(RtpHeader.FIXED + MediaReceiver.MAX_PAYLOAD);
        InetSocketAddress to;
        int sequence;
        long timestamp;
        int frame;

        Phone(DatagramChannel channel, byte[][] payloads, int payloadType, int timestampStep) {
            this.channel = channel;
            this.payloads = payloads;
            this.payloadType = payloadType;
            this.timestampStep = timestampStep;
        }

        /** The next packet, between position and limit. */
        ByteBuffer next() {
            byte[] payload = payloads[frame];
            frame = (frame + 1) % payloads.length;
            sequence = (sequence + 1) & 0xffff;
            timestamp += timestampStep;
            packet.clear();
            RtpHeader.write(packet, sequence == 1, payloadType, sequence, timestamp & 0xffffffffL, 0x5EED + payloadType);
            packet.put(RtpHeader.FIXED, payload, 0, payload.length);
            packet.limit(RtpHeader.FIXED + payload.length);
            return packet;
        }

        void send() throws IOException {
            channel.send(next(), to);
        }
    }

    /** The media clock of the benchmark: starts at a fixed instant, moved by the benchmark only. */
    private static final class SyntheticClock implements InstantSource {
        private long millis = START_MILLIS;

        long advance(long delta) {
            millis += delta;
            return millis;
        }

        @Override
        public long millis() {
            return millis;
        }

        @Override
        public Instant instant() {
            return Instant.ofEpochMilli(millis);
        }
    }
}
