package org.centralino.media.rtp;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.centralino.media.audio.AudioSink;
import org.centralino.media.audio.AudioSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A media bridge between two legs, each with its own RTP/RTCP port pair on the PBX: what leg A's phone sends
 * to A's ports goes out of B's ports to B's phone, and back. RTP and RTCP travel separately, each latched on
 * its own (see {@link RemoteLatch}). The session lives on one loop thread of its {@link RtpEngine}; its
 * public methods may be called from any thread. {@link #close()} releases both port pairs.
 */
public final class RelaySession implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(RelaySession.class);

    private final long id;
    private final RelayEndpoint a;
    private final RelayEndpoint b;
    private final RelayListener listener;
    private final RelayLoop loop;
    private final PortPool pool;
    private final AtomicBoolean closed = new AtomicBoolean();
    /** Loop-owned: the legs whose media the PBX terminates. */
    private final TerminatedMedia terminated;
    /** Loop-owned: the selection keys of the four sockets, once registered. */
    private final SelectionKey[] keys = new SelectionKey[4];
    /**
     * Loop thread: the ports went back to the pool. A {@link #terminate} that reaches the loop after that (called
     * while or after the session closed) is ignored: its codecs would never be closed, and the loop would tick
     * the dead session for ever.
     */
    private boolean released;

    RelaySession(long id, RelayEndpoint a, RelayEndpoint b, RelayListener listener, RelayLoop loop, PortPool pool) {
        this.id = id;
        this.a = a;
        this.b = b;
        this.listener = listener;
        this.loop = loop;
        this.pool = pool;
        this.terminated = new TerminatedMedia(this, a, b, listener, loop.notifier(),
            java.util.random.RandomGenerator.getDefault());
    }

    /** Unique within its engine. */
    public long id() {
        return id;
    }

    public RelayEndpoint endpoint(Side side) {
        return side == Side.A ? a : b;
    }

    /** Shorthand for {@code endpoint(side).stats()}. */
    public LegStats stats(Side side) {
        return endpoint(side).stats();
    }

    /**
     * A new signalled RTP address for a leg (from an SDP offer or answer, e.g. a re-INVITE that moved the
     * media), with RTCP on the next port (RFC 3550 §11). Replaces any latched address until that leg's packets
     * latch again. Null means unknown. Does not wait for the media thread (a call's lane must not block on it):
     * the media thread applies it before it relays any packet it reads after this call.
     */
    public void setRemote(Side side, InetSocketAddress rtp) {
        setRemote(side, rtp, rtcpBeside(rtp));
    }

    /** As {@link #setRemote(Side, InetSocketAddress)}, with an explicit RTCP address ({@code a=rtcp}, RFC 3605). */
    public void setRemote(Side side, InetSocketAddress rtp, InetSocketAddress rtcp) {
        RelayEndpoint leg = endpoint(side);
        InetSocketAddress usableRtp = usable(rtp);
        InetSocketAddress usableRtcp = usable(rtcp);
        loop.execute(() -> {
            leg.rtpLatch.signal(usableRtp);
            leg.rtcpLatch.signal(usableRtcp);
        });
    }

    /**
     * The codec leg {@code side}'s phone sends (the payload format negotiated in its SDP): its RTP clock rate
     * turns timestamps into jitter milliseconds, its name picks the E-model values for the MOS. Until told, a
     * leg is G.711 µ-law at 8000 Hz. Applied by the media thread soon after; does not wait for it.
     *
     * @param encoding the encoding name of the {@code a=rtpmap} line (PCMU, PCMA, G722, G729, opus, ...)
     * @param clockRate the RTP clock rate of that line (8000 for G.722 too, RFC 3551 §4.5.2; 48000 for Opus)
     */
    public void setCodec(Side side, String encoding, int clockRate) {
        if (encoding == null || encoding.isBlank()) {
            throw new IllegalArgumentException("a codec needs an encoding name, got '" + encoding + "'");
        }
        if (clockRate <= 0) {
            throw new IllegalArgumentException("an RTP clock rate is positive, got " + clockRate + " for " + encoding);
        }
        RelayEndpoint leg = endpoint(side);
        loop.execute(() -> leg.quality.setCodec(encoding, clockRate));
    }

    /**
     * The call quality of leg {@code side}: loss and jitter of what its phone sends, round-trip time to it, MOS,
     * one-way-audio flag. Safe from any thread and never blocks: a snapshot the media thread publishes at each
     * timeout check ({@link RtpEngineConfig#timeoutCheckInterval()}), so at most that old; the one-way-audio
     * flag is current.
     */
    public LegQuality quality(Side side) {
        RelayEndpoint leg = endpoint(side);
        LegQuality q = leg.quality.published();
        return q.oneWayAudio() == leg.isOneWayAudio() ? q : withFlag(q, leg.isOneWayAudio());
    }

    private static LegQuality withFlag(LegQuality q, boolean oneWay) {
        return new LegQuality(q.encoding(), q.clockRate(), q.packetsReceived(), q.packetsExpected(), q.packetsLost(),
            q.lossPercent(), q.jitterMillis(), q.roundTripTime(), q.mos(), oneWay, q.phoneReport());
    }

    /**
     * Marks a leg as on hold (or resumed): a held leg is exempt from the RTP timeout, and its silence counts
     * afresh from the moment it is resumed. Packets still flow both ways if the phones send any. Applied by the
     * media thread soon after; does not wait for it.
     */
    public void setHold(Side side, boolean onHold) {
        RelayEndpoint leg = endpoint(side);
        loop.execute(() -> leg.setOnHold(onHold, loop.now()));
    }

    /**
     * The PBX terminates this leg's media from now on, in {@code format} (transcoding, prompts, music on hold,
     * recording): the phone's RTP is decoded instead of relayed, and what the phone hears is encoded by us.
     * Replaces an earlier termination of that leg. Applied by the media thread soon; does not wait.
     */
    public void terminate(Side side, StreamFormat format) {
        RelayEndpoint leg = endpoint(side);
        loop.execute(() -> {
            if (released) {
                LOG.debug("session {}: leg {} not terminated: the session is closed", id, side);
                return;
            }
            terminated.terminate(leg, format, loop.now());
            loop.ticking(this, terminated.active());
        });
    }

    /** The leg's media is relayed again, as before {@link #terminate}. */
    public void passThrough(Side side) {
        RelayEndpoint leg = endpoint(side);
        loop.execute(() -> {
            terminated.passThrough(leg);
            loop.ticking(this, terminated.active());
        });
    }

    /** Whether two terminated legs hear each other (a transcoded call); off by default. */
    public void bridgeTerminated(boolean on) {
        loop.execute(() -> terminated.bridge(on));
    }

    /**
     * Plays {@code source} to a terminated leg's phone in place of anything else it would hear, until the source
     * ends; then {@code onEnd} runs on the media thread (it must only hand the news on). A new play replaces the
     * current one, whose {@code onEnd} runs then. Ignored (onEnd runs) when the leg is not terminated.
     */
    public void play(Side side, AudioSource source, Runnable onEnd) {
        RelayEndpoint leg = endpoint(side);
        loop.execute(() -> {
            if (leg.termination != null) {
                leg.termination.play(source, onEnd);
            } else {
                if (source != null) {
                    source.close();
                }
                if (onEnd != null) {
                    onEnd.run();
                }
            }
        });
    }

    /** Gives what a terminated leg's phone says, 20 ms at a time on the media thread, to {@code sink} (null: none). */
    public void listen(Side side, AudioSink sink) {
        RelayEndpoint leg = endpoint(side);
        loop.execute(() -> {
            if (leg.termination != null) {
                leg.termination.listen(sink);
            }
        });
    }

    /** A terminated leg's phone hears itself (the echo test), unless something is being played to it. */
    public void echo(Side side, boolean on) {
        RelayEndpoint leg = endpoint(side);
        loop.execute(() -> {
            if (leg.termination != null) {
                leg.termination.echo(on);
            }
        });
    }

    /**
     * Sends a key to a terminated leg's phone: as telephone events (RFC 4733) if the leg agreed them, else as
     * tones in its audio. Dropped, with a log line, when the leg is not terminated.
     */
    public void sendDtmf(Side side, char key, int durationMillis) {
        RelayEndpoint leg = endpoint(side);
        loop.execute(() -> {
            if (leg.termination == null) {
                LOG.info("session {}: key {} for leg {} dropped: the PBX does not terminate that leg", id, key, side);
            } else {
                leg.termination.sendKey(key, durationMillis);
            }
        });
    }

    /** Loop thread: one tick of the media clock for the terminated legs. */
    void tick(long nowMillis) {
        terminated.tick(nowMillis);
    }

    public boolean isClosed() {
        return closed.get();
    }

    /**
     * Stops relaying and releases both port pairs, on the media thread soon after (the ports return to the pool
     * once their sockets are closed). Idempotent; does not wait for the media thread.
     */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            loop.closeSession(this);
        }
    }

    /** Marks the session closed without asking the loop (the loop itself is closing it). */
    void markClosed() {
        closed.set(true);
    }

    /** Loop thread: registers the four sockets for reading. */
    void register(Selector selector) throws IOException {
        keys[0] = a.ports().rtp().register(selector, SelectionKey.OP_READ, new RelaySocket(this, a, b, false));
        keys[1] = a.ports().rtcp().register(selector, SelectionKey.OP_READ, new RelaySocket(this, a, b, true));
        keys[2] = b.ports().rtp().register(selector, SelectionKey.OP_READ, new RelaySocket(this, b, a, false));
        keys[3] = b.ports().rtcp().register(selector, SelectionKey.OP_READ, new RelaySocket(this, b, a, true));
    }

    /** Loop thread (or after the loop ended): cancels the keys and gives the ports back. */
    void release() {
        released = true;
        terminated.closeAll();
        for (SelectionKey key : keys) {
            if (key != null) {
                key.cancel();
            }
        }
        pool.release(a.ports());
        pool.release(b.ports());
    }

    /**
     * Loop thread, at each check: reports legs silent for longer than {@code timeoutMillis} and one-way audio
     * after {@code oneWayMillis} (either zero: that check is off) on {@code notifier}, then publishes both legs'
     * quality snapshots.
     */
    void checkTimeouts(long nowMillis, long timeoutMillis, long oneWayMillis, Executor notifier) {
        if (timeoutMillis > 0) {
            checkTimeout(a, nowMillis, timeoutMillis, notifier);
            checkTimeout(b, nowMillis, timeoutMillis, notifier);
        }
        if (oneWayMillis > 0) {
            checkOneWay(a, b, nowMillis, oneWayMillis, notifier);
            checkOneWay(b, a, nowMillis, oneWayMillis, notifier);
        }
        publishQuality();
    }

    /** Loop thread: new quality snapshots of both legs for {@link #quality(Side)}. */
    void publishQuality() {
        a.quality.publish(a.isOneWayAudio());
        b.quality.publish(b.isOneWayAudio());
    }

    private void checkOneWay(RelayEndpoint leg, RelayEndpoint other, long nowMillis, long thresholdMillis,
                             Executor notifier) {
        OneWayAudio change = leg.checkOneWayAudio(other, nowMillis, thresholdMillis);
        if (change == OneWayAudio.NO_CHANGE) {
            return;
        }
        Side side = leg.side();
        boolean started = change == OneWayAudio.STARTED;
        Duration length = Duration.ofMillis(started ? leg.oneWaySilentMillis(nowMillis)
            : leg.oneWayFlaggedMillis(nowMillis));
        try {
            notifier.execute(() -> notifyOneWay(side, started, length));
        } catch (RejectedExecutionException e) {
            LOG.warn("one-way audio {} of session {} leg {} not reported: listener executor refused it ({})",
                started ? "start" : "end", id, side, e.toString());
        }
    }

    private void notifyOneWay(Side side, boolean started, Duration length) {
        try {
            // debug only: the listener (the B2BUA) logs the episode at WARN once, with the call and the leg
            if (started) {
                LOG.debug("one-way audio on session {}: leg {} has sent no RTP for {} ms while leg {} has",
                    id, side, length.toMillis(), side == Side.A ? Side.B : Side.A);
                listener.onOneWayAudio(this, side, length);
            } else {
                LOG.debug("one-way audio on session {} leg {} ended after {} ms", id, side, length.toMillis());
                listener.onOneWayAudioEnded(this, side, length);
            }
        } catch (RuntimeException e) {
            LOG.error("one-way audio listener of session {} failed for leg {}", id, side, e);
        }
    }

    private void checkTimeout(RelayEndpoint leg, long nowMillis, long timeoutMillis, Executor notifier) {
        if (!leg.timedOut(nowMillis, timeoutMillis)) {
            return;
        }
        Duration silence = Duration.ofMillis(leg.silentMillis(nowMillis));
        Side side = leg.side();
        try {
            notifier.execute(() -> notify(side, silence));
        } catch (RejectedExecutionException e) {
            LOG.warn("RTP timeout of session {} leg {} not reported: listener executor refused it ({})",
                id, side, e.toString());
        }
    }

    private void notify(Side side, Duration silence) {
        try {
            listener.onRtpTimeout(this, side, silence);
        } catch (RuntimeException e) {
            LOG.error("RTP timeout listener of session {} failed for leg {}", id, side, e);
        }
    }

    /** The RTCP address implied by an RTP address: same host, next port (RFC 3550 §11). */
    static InetSocketAddress rtcpBeside(InetSocketAddress rtp) {
        InetSocketAddress usable = usable(rtp);
        return usable == null || usable.getPort() == 65535
            ? null : new InetSocketAddress(usable.getAddress(), usable.getPort() + 1);
    }

    /**
     * A signalled address packets may be sent to, or null for "unknown". The wildcard address (the old hold
     * form {@code c=0.0.0.0}, RFC 3264 §8.4) and port 0 (a refused stream) mean no destination: sending to
     * 0.0.0.0 would reach this very host.
     */
    static InetSocketAddress usable(InetSocketAddress signalled) {
        if (signalled == null) {
            return null;
        }
        if (signalled.isUnresolved()) {
            throw new IllegalArgumentException("signalled media address " + signalled
                + " is an unresolved host name; SDP carries addresses, resolve it first");
        }
        return signalled.getAddress().isAnyLocalAddress() || signalled.getPort() == 0 ? null : signalled;
    }

    @Override
    public String toString() {
        return "RelaySession[" + id + ": " + a + " | " + b + "]";
    }
}
