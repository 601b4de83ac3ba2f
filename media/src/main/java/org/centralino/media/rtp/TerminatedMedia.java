package org.centralino.media.rtp;

import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.random.RandomGenerator;
import org.centralino.media.dtmf.DtmfEvent;
import org.centralino.media.dtmf.TelephoneEventSender;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The part of a {@link RelaySession} where the PBX terminates media: which legs are terminated, whether the two
 * terminated legs hear each other (a transcoded call), and the tick that moves their audio. A key pressed on a
 * terminated leg of a transcoded call goes to the other leg as a telephone event when that leg agreed them
 * (RFC 4733); otherwise it is reported to the owner, who sends it as SIP INFO or gives it to an application.
 * Loop thread only.
 */
final class TerminatedMedia {
    private static final Logger LOG = LoggerFactory.getLogger(TerminatedMedia.class);

    /** A leg that keeps failing is logged once in this many failures. */
    static final int FAILURE_LOG_EVERY = 1000;

    private final RelaySession session;
    private final RelayEndpoint a;
    private final RelayEndpoint b;
    private final RelayListener listener;
    private final Executor notifier;
    private final RandomGenerator random;
    private boolean bridged;

    TerminatedMedia(RelaySession session, RelayEndpoint a, RelayEndpoint b, RelayListener listener, Executor notifier,
                    RandomGenerator random) {
        this.session = session;
        this.a = a;
        this.b = b;
        this.listener = listener;
        this.notifier = notifier;
        this.random = random;
    }

    /** True while a leg is terminated: the loop ticks this session. */
    boolean active() {
        return a.termination != null || b.termination != null;
    }

    /**
     * Terminates {@code leg}; if its phone was hearing the other phone's stream (a relayed call), what the PBX
     * sends continues that stream ({@link StreamPosition}).
     */
    void terminate(RelayEndpoint leg, StreamFormat format, long nowMillis) {
        release(leg);
        Side side = leg.side();
        leg.termination = new Termination(leg, format, event -> onKey(side, event), random);
        StreamPosition heard = (leg == a ? b : a).position;
        if (heard.known()) {
            leg.termination.continueStream(heard, nowMillis);
        }
    }

    void passThrough(RelayEndpoint leg) {
        release(leg);
    }

    void bridge(boolean on) {
        bridged = on;
    }

    /** One tick: every terminated leg decodes, then every terminated leg sends. */
    void tick(long nowMillis) {
        Termination ta = a.termination;
        Termination tb = b.termination;
        receive(ta, nowMillis);
        receive(tb, nowMillis);
        boolean both = bridged && ta != null && tb != null;
        send(ta, both ? tb.heard : null);
        send(tb, both ? ta.heard : null);
    }

    /** One leg's half tick; a failure (a corrupt payload a decoder refuses) costs that leg this frame only. */
    private void receive(Termination leg, long nowMillis) {
        if (leg == null) {
            return;
        }
        try {
            leg.receive(nowMillis);
        } catch (RuntimeException e) {
            java.util.Arrays.fill(leg.heard, (short) 0);
            failed(leg, "decoding", e);
        }
    }

    private void send(Termination leg, short[] bridgedFrame) {
        if (leg == null) {
            return;
        }
        try {
            leg.send(bridgedFrame);
        } catch (RuntimeException e) {
            failed(leg, "encoding", e);
        }
    }

    /** Logs the first failure of a leg and then every 1000th, not 50 lines a second. */
    private void failed(Termination leg, String what, RuntimeException e) {
        long n = ++leg.failures;
        if (n == 1 || n % FAILURE_LOG_EVERY == 0) {
            LOG.warn("session {}: {} on {} failed ({} times so far): {}", session.id(), what, leg, n, e.toString());
        }
    }

    private void onKey(Side side, DtmfEvent event) {
        Termination other = (side == Side.A ? b : a).termination;
        if (bridged && other != null) {
            other.sendKey(event.key(), event.durationMillis() > 0 ? event.durationMillis()
                : TelephoneEventSender.DEFAULT_DURATION_MILLIS);
            return;
        }
        try {
            notifier.execute(() -> report(side, event));
        } catch (RejectedExecutionException e) {
            LOG.warn("session {}: key {} from leg {} not reported: listener executor refused it", session.id(),
                event.key(), side);
        }
    }

    private void report(Side side, DtmfEvent event) {
        try {
            listener.onDtmf(session, side, event);
        } catch (RuntimeException e) {
            LOG.error("DTMF listener of session {} failed for leg {}", session.id(), side, e);
        }
    }

    void closeAll() {
        release(a);
        release(b);
    }

    private static void release(RelayEndpoint leg) {
        if (leg.termination != null) {
            leg.termination.close();
            leg.termination = null;
        }
    }
}
