package org.centralino.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.StandardProtocolFamily;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.centralino.media.rtp.PortRange;
import org.centralino.media.rtp.RelayListener;
import org.centralino.media.rtp.RelaySession;
import org.centralino.media.rtp.RtpEngine;
import org.centralino.media.rtp.RtpEngineConfig;
import org.centralino.media.rtp.Side;
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
 * RTP packets relayed per second through one {@link RelaySession} over loopback, on one media thread. One
 * operation is one packet: "bob" receives a relayed packet and "alice" sends the next, so {@code window}
 * packets are always in flight (1: strict ping-pong, latency-bound; 16: pipelined). Both phones are
 * allocation-free too (direct buffer, reused packet), so {@code -prof gc}'s gc.alloc.rate.norm, which counts
 * every thread, is the relay's allocation per packet. 200 descriptors are opened first so the sockets have
 * numbers a real server has (see the media module's SelectorBoxing); the fork runs with
 * {@code -XX:AutoBoxCacheMax=65536} as the server does. At the end of each trial it prints the CPU time the
 * media thread used per relayed packet (its own CPU time, so other processes on the machine change it much less
 * than they change packets per second), the basis of the relay's CPU cost per call.
 * Run: {@code java -jar benchmarks/target/benchmarks.jar RtpRelay -f 1 -wi 3 -i 5 -prof gc}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgsAppend = "-XX:AutoBoxCacheMax=65536")
public class RtpRelayBenchmark {
    private static final int BALLAST_DESCRIPTORS = 200;
    /** A relayed packet that does not arrive within this fails the run instead of hanging it. */
    private static final int RECEIVE_TIMEOUT_MILLIS = 2000;
    /** 20 ms of G.711: 12-byte RTP header and 160 bytes of payload. */
    private static final int PACKET_BYTES = 172;
    private static final String MEDIA_THREAD = "rtp-loop-0";

    @Param({"1", "16"})
    public int window;

    private final List<DatagramChannel> ballast = new ArrayList<>();
    private RtpEngine engine;
    private RelaySession session;
    private DatagramChannel alice;
    private DatagramChannel bob;
    private DatagramSocket bobSocket;
    private InetSocketAddress relayForAlice;
    private final ByteBuffer voice = ByteBuffer.allocateDirect(PACKET_BYTES);
    private final DatagramPacket received = new DatagramPacket(new byte[2048], 2048);

    @Setup(Level.Trial)
    public void start() throws IOException {
        for (int i = 0; i < BALLAST_DESCRIPTORS; i++) {
            ballast.add(DatagramChannel.open());
        }
        InetAddress loopback = InetAddress.getLoopbackAddress();
        RtpEngineConfig config = RtpEngineConfig.defaults(loopback)
            .withPorts(new PortRange(22000, 22999)).withLoopThreads(1);
        engine = new RtpEngine(config, InstantSource.system());
        engine.start();
        alice = phone(loopback);
        bob = phone(loopback);
        bobSocket = bob.socket();
        bobSocket.setSoTimeout(RECEIVE_TIMEOUT_MILLIS);
        session = engine.createSession((InetSocketAddress) alice.getLocalAddress(),
            (InetSocketAddress) bob.getLocalAddress(), RelayListener.NONE);
        relayForAlice = session.endpoint(Side.A).localRtp();
        voice.put(0, (byte) 0x80).put(1, (byte) 0).putInt(8, 0x5EED);
        for (int i = 0; i < window; i++) {
            send();
        }
    }

    private static DatagramChannel phone(InetAddress loopback) throws IOException {
        DatagramChannel channel = DatagramChannel.open(StandardProtocolFamily.INET);
        channel.bind(new InetSocketAddress(loopback, 0));
        return channel;
    }

    /** One packet relayed: take one off bob's socket, put the next on alice's. */
    @Benchmark
    public int relayOnePacket() throws IOException {
        bobSocket.receive(received);
        send();
        return received.getLength();
    }

    private void send() throws IOException {
        voice.clear();
        alice.send(voice, relayForAlice);
    }

    /** The media thread's CPU time in ns, found by its name (the engine starts one: "rtp-loop-0"). */
    private static long mediaThreadCpuNanos() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.getName().equals(MEDIA_THREAD)) {
                return threads.getThreadCpuTime(t.threadId());
            }
        }
        throw new IllegalStateException("no thread named " + MEDIA_THREAD + ": did the engine's naming change?");
    }

    @TearDown(Level.Trial)
    public void stop() throws IOException {
        long relayed = session.stats(Side.B).rtpPacketsOut();
        System.out.printf("%nmedia thread CPU per relayed packet (window %d): %.0f ns over %d packets%n", window,
            (double) mediaThreadCpuNanos() / relayed, relayed);
        long dropped = session.stats(Side.A).dropped();
        session.close();
        engine.stop();
        alice.close();
        bob.close();
        for (DatagramChannel c : ballast) {
            c.close();
        }
        if (dropped != 0) {
            throw new IllegalStateException("the relay dropped " + dropped + " of " + (relayed + dropped) + " packets");
        }
    }
}
