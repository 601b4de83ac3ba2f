package org.centralino.core.b2bua;

import org.centralino.core.app.Application;
import org.centralino.core.app.HangupException;
import org.centralino.core.call.CallInput;
import org.centralino.core.call.LegId;
import org.centralino.sip.sdp.SessionDescription;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The callee's leg when the number dialled is an application: to the call machine it is a fork like any other
 * (it is "invited", may ring, answers, hangs up), but behind it the PBX itself answers and an {@link Application}
 * runs on its own virtual thread with a {@link SessionChannel}. Lane-owned, except {@link #run}.
 */
final class AppLeg {
    private static final Logger LOG = LoggerFactory.getLogger(AppLeg.class);

    private final LegId id;
    private final String name;
    private final Application app;
    private final SessionChannel channel;
    private final CallSession session;
    private SessionDescription answer;
    private boolean started;
    private boolean ended;

    AppLeg(LegId id, String name, Application app, SessionChannel channel, CallSession session) {
        this.id = id;
        this.name = name;
        this.app = app;
        this.channel = channel;
        this.session = session;
    }

    LegId id() {
        return id;
    }

    SessionChannel channel() {
        return channel;
    }

    /** Our answer to the caller, once the application answered. */
    SessionDescription answer() {
        return answer;
    }

    void answered(SessionDescription sdp) {
        this.answer = sdp;
    }

    /** {@code Invite}: the application starts. */
    void start() {
        if (started) {
            return;
        }
        started = true;
        Thread.ofVirtual().name("app-" + name + "-" + id.value()).start(this::run);
    }

    /** The application's thread: runs it, then ends its leg if the application did not. */
    private void run() {
        try {
            app.run(channel);
        } catch (HangupException e) {
            LOG.debug("application {} on {}: {}", name, id, e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            LOG.warn("application {} on {} failed; the call ends", name, id, e);
        } finally {
            channel.hangup();
        }
    }

    /** The application hung up or returned (on the lane): the call machine hears a BYE, or a refusal if unanswered. */
    void finished() {
        if (ended) {
            return;
        }
        ended = true;
        session.feed(answer != null ? new CallInput.ByeReceived(id) : new CallInput.ForkRejected(id, 480));
    }

    /** {@code Cancel} or {@code HangUp} from the call (on the lane): the application is told, the leg closes. */
    void end() {
        if (ended) {
            return;
        }
        ended = true;
        channel.callEnded();
        session.feedLater(new CallInput.LegClosed(id));
    }

    /** The call is closing: the application's next channel call throws. */
    void close() {
        channel.callEnded();
    }
}
