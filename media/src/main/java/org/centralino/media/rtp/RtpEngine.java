package org.centralino.media.rtp;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The RTP relay: owns the port pool and the media loops (a fixed set of platform threads), and creates
 * {@link RelaySession}s, each assigned to the least loaded loop. Lifecycle: {@link #start()}, then sessions,
 * then {@link #stop()}, which closes whatever sessions are left. Timeouts are reported on the listener
 * executor, never on a media thread.
 */
public final class RtpEngine implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(RtpEngine.class);

    private final RtpEngineConfig config;
    private final InstantSource clock;
    private final Executor listenerExecutor;
    private final ExecutorService ownedExecutor;
    private final PortPool pool;
    private final AtomicLong ids = new AtomicLong();
    private final List<RelayLoop> loops = new ArrayList<>();
    private volatile boolean running;

    /**
     * An engine that reports to listeners on {@code listenerExecutor}, which must not run them on the caller
     * (that would be a media thread): a call's serial lane, or a virtual-thread executor.
     */
    public RtpEngine(RtpEngineConfig config, InstantSource clock, Executor listenerExecutor) {
        this(config, clock, listenerExecutor, null);
    }

    /** An engine that reports to listeners on virtual threads of its own. */
    public RtpEngine(RtpEngineConfig config, InstantSource clock) {
        this(config, clock, null, Executors.newVirtualThreadPerTaskExecutor());
    }

    private RtpEngine(RtpEngineConfig config, InstantSource clock, Executor given, ExecutorService owned) {
        this.config = config;
        this.clock = clock;
        this.ownedExecutor = owned;
        this.listenerExecutor = given != null ? given : owned;
        this.pool = new PortPool(config.ports(), config.bindAddress());
    }

    public synchronized void start() throws IOException {
        if (running) {
            return;
        }
        try {
            for (int i = 0; i < config.loopThreads(); i++) {
                loops.add(new RelayLoop("rtp-loop-" + i, clock, listenerExecutor, config.rtpTimeout().toMillis(),
                    config.oneWayAudioAfter().toMillis(), config.timeoutCheckInterval().toMillis()));
            }
        } catch (IOException e) {
            loops.clear();
            throw new IOException("cannot open a selector for the media loops: " + e.getMessage(), e);
        }
        loops.forEach(RelayLoop::start);
        running = true;
        LOG.info("RTP relay on {} ports {} with {} media threads", config.bindAddress().getHostAddress(),
            config.ports(), loops.size());
        if (!SelectorBoxing.descriptorsAreCached()) {
            LOG.warn("the JDK's selector boxes socket numbers above 127: 16 bytes of garbage per ready socket;"
                + " start the JVM with {} to make the relay path allocation-free", SelectorBoxing.JVM_OPTION);
        }
    }

    /** Closes every open session, then ends the media threads. */
    public synchronized void stop() {
        if (!running) {
            return;
        }
        RelayTotals carried = totals();
        running = false;
        loops.forEach(RelayLoop::stop);
        LOG.info("RTP relay stopped: {} sessions, {} RTP packets in, {} out, {} dropped", carried.sessions(),
            carried.rtpPacketsIn(), carried.rtpPacketsOut(), carried.dropped());
        loops.clear();
        if (ownedExecutor != null) {
            ownedExecutor.shutdown();
        }
        if (pool.inUse() != 0) {
            LOG.warn("RTP relay stopped with {} port pairs still in use: a session leaked its ports", pool.inUse());
        }
    }

    @Override
    public void close() {
        stop();
    }

    /** A session whose legs' addresses are not known yet; give them with {@link RelaySession#setRemote}. */
    public RelaySession createSession(RelayListener listener) throws IOException {
        return createSession(null, null, listener);
    }

    /**
     * Allocates a port pair for each leg and starts relaying between them.
     *
     * @param remoteA the RTP address signalled by leg A's phone (its SDP), RTCP on the next port; null if unknown
     * @param remoteB the same for leg B
     * @throws PortRangeExhaustedException when the port range has no two free pairs
     * @throws IllegalStateException when the engine is not started
     */
    public RelaySession createSession(InetSocketAddress remoteA, InetSocketAddress remoteB, RelayListener listener)
        throws IOException {
        if (!running) {
            throw new IllegalStateException("RTP engine is not started: start() it before creating sessions");
        }
        PortPair pairA = pool.allocate();
        PortPair pairB;
        try {
            pairB = pool.allocate();
        } catch (IOException e) {
            pool.release(pairA);
            throw e;
        }
        long now = clock.millis();
        int relatch = config.relatchAfterPackets();
        RelayEndpoint a = new RelayEndpoint(Side.A, pairA, RelaySession.usable(remoteA),
            RelaySession.rtcpBeside(remoteA), relatch, now);
        RelayEndpoint b = new RelayEndpoint(Side.B, pairB, RelaySession.usable(remoteB),
            RelaySession.rtcpBeside(remoteB), relatch, now);
        RelayLoop loop = leastLoaded();
        RelaySession session = new RelaySession(ids.incrementAndGet(), a, b,
            listener == null ? RelayListener.NONE : listener, loop, pool);
        loop.add(session);
        return session;
    }

    /** Sessions created and not yet closed. */
    public int activeSessions() {
        int n = 0;
        for (RelayLoop loop : loopsSnapshot()) {
            n += loop.sessionCount();
        }
        return n;
    }

    /** What the relay carried since start, over every media thread. */
    public RelayTotals totals() {
        RelayTotals t = RelayTotals.ZERO;
        for (RelayLoop loop : loopsSnapshot()) {
            t = t.plus(loop.totals());
        }
        return t;
    }

    /**
     * Returns once every media thread has run what it was asked to do before this call (new sessions, remote
     * addresses, holds, closes): a barrier for tests that drive the engine on a manual clock.
     */
    void awaitPendingTasks() {
        for (RelayLoop loop : loopsSnapshot()) {
            loop.runAndWait(() -> { });
        }
    }

    /** Has every media thread publish its sessions' quality snapshots now: for tests on a manual clock. */
    void publishQualityNow() {
        for (RelayLoop loop : loopsSnapshot()) {
            loop.runAndWait(loop::publishQuality);
        }
    }

    /** Port pairs in use: two per open session; zero once every session is closed. */
    public int portPairsInUse() {
        return pool.inUse();
    }

    public RtpEngineConfig config() {
        return config;
    }

    /** The media threads' ids, for allocation and CPU measurements. */
    long[] loopThreadIds() {
        return loopsSnapshot().stream().mapToLong(RelayLoop::threadId).toArray();
    }

    /** Open sessions on each media thread. */
    int[] sessionsPerLoop() {
        return loopsSnapshot().stream().mapToInt(RelayLoop::sessionCount).toArray();
    }

    private RelayLoop leastLoaded() {
        List<RelayLoop> current = loopsSnapshot();
        if (current.isEmpty()) {
            throw new IllegalStateException("RTP engine stopped while a session was being created");
        }
        RelayLoop best = current.getFirst();
        for (RelayLoop loop : current) {
            if (loop.sessionCount() < best.sessionCount()) {
                best = loop;
            }
        }
        return best;
    }

    private synchronized List<RelayLoop> loopsSnapshot() {
        return List.copyOf(loops);
    }
}
