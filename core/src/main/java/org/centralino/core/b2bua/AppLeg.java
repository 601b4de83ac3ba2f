package org.centralino.core.b2bua;

import org.centralino.core.app.Application;
import org.centralino.core.app.HangupException;
import org.centralino.core.call.CallAction;
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
    private final java.util.function.ToIntFunction<String> redirect;
    /** Set on the lane, read by the application thread too. */
    private volatile SessionDescription answer;
    private boolean started;
    private boolean ended;

    /** @param redirect hands the caller over to a number; a SIP status when that cannot even start, else 0 */
    AppLeg(LegId id, String name, Application app, SessionChannel channel, CallSession session,
           java.util.function.ToIntFunction<String> redirect) {
        this.id = id;
        this.name = name;
        this.app = app;
        this.channel = channel;
        this.session = session;
        this.redirect = redirect;
    }

    /** The application sends 180 (lane). */
    void ringing() {
        session.feed(new CallInput.ForkProgress(id, false));
    }

    /** The application answers (lane): false if the call has already ended. */
    boolean answer() {
        if (answer == null && !session.isEnded()) {
            // the PBX terminates the caller's leg: the best codec of its offer, or our offer if it made none
            answer = session.offered().answerHere(session.media(), session.caller());
            session.feed(new CallInput.ForkAnswered(id));
        }
        return answer != null && !session.isClosed();
    }

    /** The application hands the caller over to {@code number} (lane); a refusal is told to its channel. */
    boolean redirect(String number) {
        if (session.isEnded()) {
            return false;
        }
        int refused = redirect.applyAsInt(number);
        if (refused != 0) {
            channel.onBridgeResult(refused);
        }
        return true;
    }

    LegId id() {
        return id;
    }

    SessionChannel channel() {
        return channel;
    }

    /** Our answer to the caller, once the application answered; null before. */
    SessionDescription answerSdp() {
        return answer;
    }

    /**
     * Carries out the call machine's action if it is this leg's (the PBX is that side: there is no SIP to send);
     * false for any other action.
     */
    boolean handles(CallAction action) {
        switch (action) {
            case CallAction.Invite i when i.fork().equals(id) -> start();
            case CallAction.Acknowledge a when a.fork().equals(id) -> {
            }
            case CallAction.Cancel c when c.fork().equals(id) -> end();
            case CallAction.HangUp h when h.leg().equals(id) -> end();
            case CallAction.RelayOffer r when r.to().equals(id) -> session.offers().answerHere(session.leg(r.from()));
            case CallAction.RedirectFailed f when f.by().equals(id) -> channel.onBridgeResult(f.status());
            default -> {
                return false; // the caller's leg and the SIP forks are the session's
            }
        }
        return true;
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
