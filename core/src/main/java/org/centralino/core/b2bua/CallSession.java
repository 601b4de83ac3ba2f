package org.centralino.core.b2bua;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.centralino.core.call.Bridge;
import org.centralino.core.call.Call;
import org.centralino.core.call.CallAction;
import org.centralino.core.call.CallId;
import org.centralino.core.call.CallInput;
import org.centralino.core.call.CallPhase;
import org.centralino.core.call.CallStatus;
import org.centralino.core.call.LegId;
import org.centralino.media.rtp.Side;
import org.centralino.sip.sdp.SessionDescription;
import org.centralino.sip.transaction.TimerService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The SIP side of one call: the caller's leg, the forks, the anchored media, and the {@link CallCommands} the
 * call machine's actions run through. Everything happens on the call's lane (every leg's Call-ID shares it);
 * timers and the relay's reports are handed to that lane before they touch anything.
 */
final class CallSession implements org.centralino.core.call.CallCommands {
    private static final Logger LOG = LoggerFactory.getLogger(CallSession.class);

    private final SipLink sip;
    private final InboundLeg caller;
    private final Map<LegId, OutboundLeg> forks = new LinkedHashMap<>();
    private final Set<TimerService.Timeout> timers = new HashSet<>();
    private final Runnable onClosed;
    private final OfferRelay offers;
    private MediaAnchor media;
    private int stream = -1;
    private SessionDescription callerOffer;
    private org.centralino.sip.sdp.Negotiation.Agreed callerAgreed;
    private AppLeg app;
    private boolean delayedOffer;
    private Call call;
    private TimerService.Timeout ringTimer;
    private boolean closed;
    private boolean handling;
    private final java.util.ArrayDeque<CallInput> queued = new java.util.ArrayDeque<>();
    private String callerMohClass;
    private String calleeMohClass;

    CallSession(SipLink sip, LegId callerLeg, org.centralino.sip.transaction.ServerTransaction invite,
                Runnable onClosed) {
        this.sip = sip;
        this.caller = new InboundLeg(callerLeg, this, sip, invite);
        this.onClosed = onClosed;
        this.offers = new OfferRelay(this, sip);
    }

    /**
     * @param callerOffer the caller's offer cut to what we carry: what the callee's answer is matched against
     * @param delayed     the caller sent no offer; {@code callerOffer} is ours and the caller answers in its ACK
     */
    void media(MediaAnchor anchor, int relayedStream, SessionDescription callerOffer,
               org.centralino.sip.sdp.Negotiation.Agreed agreed, boolean delayed) {
        this.media = anchor;
        this.stream = relayedStream;
        this.callerOffer = callerOffer;
        this.callerAgreed = agreed;
        this.delayedOffer = delayed;
    }

    /** The callee is an application (the only "fork" of this call). */
    void app(AppLeg leg) {
        this.app = leg;
    }

    AppLeg app() {
        return app;
    }

    org.centralino.media.rtp.RelaySession relay() {
        return media.relay();
    }

    /** Runs {@code task} on the call's lane (from an application's thread or a media report). */
    void lane(Runnable task) {
        sip.lanes().execute(caller.callId(), task);
    }

    /** An application sends 180 (lane). */
    void appRinging(AppLeg leg) {
        feed(new CallInput.ForkProgress(leg.id(), false));
    }

    /**
     * An application answers (lane): the caller's leg is terminated by the PBX in the best codec of its offer
     * (or, for a caller that made none, our offer goes in the 2xx and its ACK answers), and the call machine
     * hears the fork answer. False if the call has already ended.
     */
    boolean appAnswer(AppLeg leg) {
        if (closed || call.isEnded() || leg.answer() != null) {
            return leg.answer() != null && !closed;
        }
        leg.answered(delayedOffer ? media.offerLocally(caller, Side.A, callerOffer, stream)
            : media.answerLocally(caller, Side.A, callerOffer, callerAgreed, stream));
        feed(new CallInput.ForkAnswered(leg.id()));
        return !closed;
    }

    /**
     * Music on hold (T6): a leg the other side holds hears music played by the PBX, of the holder's class, until
     * it is resumed. Called on the lane whenever the hold state may have changed.
     */
    void updateHoldMusic() {
        if (closed || app != null || !(call.state().phase() instanceof CallPhase.Answered a)) {
            return;
        }
        Bridge bridge = a.bridge();
        for (LegId holder : List.of(bridge.caller(), bridge.callee())) {
            Side heldSide = holder.equals(caller.id()) ? Side.B : Side.A;
            media.music(heldSide, bridge.holding().contains(holder), mohClassOf(holder));
        }
    }

    /**
     * The music-on-hold classes of the two extensions (null for the default), as they were when the call was
     * routed: what the other side hears when that extension puts it on hold.
     */
    void mohClasses(String ofCaller, String ofCallee) {
        this.callerMohClass = ofCaller;
        this.calleeMohClass = ofCallee;
    }

    /**
     * The music-on-hold class of the extension behind {@code holder}; null for the default: the caller's for the
     * caller's leg, the called extension's for any of its devices' legs.
     */
    String mohClassOf(LegId holder) {
        return holder.equals(caller.id()) ? callerMohClass : calleeMohClass;
    }

    /** A key from a leg's media that the media engine did not deliver itself (lane). */
    void onDtmf(Side side, org.centralino.media.dtmf.DtmfEvent event) {
        if (app != null && side == Side.A) {
            app.channel().onKey(event);
        }
    }

    boolean delayedOffer() {
        return delayedOffer;
    }

    void attach(Call c) {
        this.call = c;
    }

    void addFork(OutboundLeg fork) {
        forks.put(fork.id(), fork);
    }

    InboundLeg caller() {
        return caller;
    }

    Collection<OutboundLeg> forks() {
        return forks.values();
    }

    CallId id() {
        return call.id();
    }

    MediaAnchor media() {
        return media;
    }

    int stream() {
        return stream;
    }

    boolean isClosed() {
        return closed;
    }

    /** The leg with this id, or null. */
    SipLeg leg(LegId id) {
        return caller.id().equals(id) ? caller : forks.get(id);
    }

    static Side sideOf(SipLeg leg) {
        return leg instanceof InboundLeg ? Side.A : Side.B;
    }

    boolean isAnswered() {
        return call != null && call.state().phase() instanceof CallPhase.Answered;
    }

    /** True when {@code leg} holds the other side now. */
    boolean isHolding(LegId leg) {
        return call.state().phase() instanceof CallPhase.Answered a && a.bridge().holding().contains(leg);
    }

    boolean isHeld() {
        return call.state().phase() instanceof CallPhase.Answered a && a.bridge().isHeld();
    }

    /** The leg bridged with {@code leg} once answered, or null. */
    SipLeg otherLeg(LegId leg) {
        if (call.state().phase() instanceof CallPhase.Answered a && a.bridge().contains(leg)) {
            return leg(a.bridge().other(leg));
        }
        return null;
    }

    /**
     * Gives the call one input (on the lane); when the call has ended, releases everything. An input that arises
     * while the call runs the actions of another (a send that fails at once and reports the leg lost) waits
     * until those actions are done: the machine never sees one transition inside another.
     */
    void feed(CallInput input) {
        if (closed || call == null) {
            return;
        }
        if (handling) {
            queued.add(input);
            return;
        }
        handling = true;
        try {
            call.handle(input);
            CallInput next;
            while (!call.isEnded() && (next = queued.poll()) != null) {
                call.handle(next);
            }
        } finally {
            handling = false;
            queued.clear();
        }
        if (call.isEnded()) {
            close();
        }
    }

    /** Feeds an input after the current task: for inputs that arise while the call runs its actions. */
    void feedLater(CallInput input) {
        sip.lanes().execute(caller.callId(), () -> feed(input));
    }

    /** Runs {@code task} on the call's lane after {@code delay}, unless the call has ended by then. */
    TimerService.Timeout schedule(Duration delay, Runnable task) {
        TimerService.Timeout[] self = new TimerService.Timeout[1];
        self[0] = sip.timer().schedule(delay, () -> sip.lanes().execute(caller.callId(), () -> {
            timers.remove(self[0]);
            if (!closed) {
                task.run();
            }
        }));
        timers.add(self[0]);
        return self[0];
    }

    @Override
    public void execute(CallId id, CallAction action) {
        LOG.debug("call {}: {}", id, action);
        try {
            run(action);
        } catch (RuntimeException e) {
            // one action that fails (a peer's message we cannot answer) must not keep the others from running:
            // the CANCELs and BYEs after it are what lets the call end
            LOG.error("call {}: {} failed", id, action, e);
        }
    }

    private void run(CallAction action) {
        switch (action) {
            case CallAction.Invite i -> {
                if (isApp(i.fork())) {
                    app.start();
                } else {
                    forks.get(i.fork()).send();
                }
            }
            case CallAction.SendProvisional p -> caller.provisional(p.status(),
                p.status() == CallStatus.SESSION_PROGRESS && caller.madeOffer() ? earlyMedia(p.from()) : null);
            case CallAction.Answer a -> answer(a.winner());
            case CallAction.Reject r -> caller.reject(r.status(), reasonPhrase(r.status()), null);
            case CallAction.Acknowledge a -> {
                if (!isApp(a.fork())) {
                    forks.get(a.fork()).acknowledge();
                }
            }
            case CallAction.Cancel c -> {
                if (isApp(c.fork())) {
                    app.end();
                } else {
                    forks.get(c.fork()).cancel();
                }
            }
            case CallAction.HangUp h -> {
                if (isApp(h.leg())) {
                    app.end();
                } else {
                    hangUp(leg(h.leg()));
                }
            }
            case CallAction.RelayOffer r -> {
                if (isApp(r.to())) {
                    offers.answerHere(leg(r.from()));
                } else {
                    offers.relay(leg(r.from()), leg(r.to()));
                }
            }
            case CallAction.StartRingTimer s -> ringTimer = schedule(s.after(),
                () -> feed(new CallInput.RingTimeout()));
            case CallAction.StopRingTimer s -> {
                if (ringTimer != null) {
                    ringTimer.cancel();
                    ringTimer = null;
                }
            }
            case CallAction.Publish p -> LOG.warn("call {}: Publish reached the B2BUA: {}", call.id(), p);
        }
    }

    private boolean isApp(LegId id) {
        return app != null && app.id().equals(id);
    }

    /** The early media of a fork's 183 goes to the caller (RFC 3960): relay side B now sends to that fork. */
    private SessionDescription earlyMedia(LegId fork) {
        SessionDescription sd = forks.get(fork).remoteSdp();
        if (sd == null) {
            return null;
        }
        return media.answered(caller, Side.A, callerOffer, Side.B, sd, stream);
    }

    /** The winner's answer, rewritten, answers the caller; the media leave the ringing exemption. */
    private void answer(LegId winnerId) {
        if (isApp(winnerId)) {
            media.useSideAOnly();
            media.hold(false);
            caller.answer(app.answer());
            return;
        }
        OutboundLeg winner = forks.get(winnerId);
        SessionDescription sd = winner.remoteSdp();
        media.hold(false);
        caller.answer(media.answered(caller, Side.A, callerOffer, Side.B, sd, stream));
    }

    /** BYE on a leg; its answer (or the lack of one) closes the leg. */
    private void hangUp(SipLeg leg) {
        LegId legId = leg.id();
        boolean sent = LegRequests.send(leg, "BYE", sip, LegRequests.listener(
            r -> feed(new CallInput.LegClosed(legId)),
            () -> feed(new CallInput.LegVanished(legId, CallInput.Vanish.TIMEOUT))));
        if (!sent) {
            feedLater(new CallInput.LegClosed(legId));
        }
    }

    /** A leg on side {@code side} of the relay sent no RTP for the configured time: it is gone. */
    void rtpTimeout(Side side, Duration silence) {
        if (!isAnswered() || closed) {
            return;
        }
        LegId leg = side == Side.A ? caller.id()
            : ((CallPhase.Answered) call.state().phase()).bridge().callee();
        LOG.info("call {}: no RTP from leg {} for {} s; ending the call", call.id(), leg, silence.toSeconds());
        // the phone may still be there with only its media lost: end its dialog too, or it stays in the call
        // for ever (as InboundLeg.noAck does for a caller that never ACKed); its answer changes nothing
        LegRequests.send(leg(leg), "BYE", sip, LegRequests.IGNORE);
        feed(new CallInput.LegVanished(leg, CallInput.Vanish.NO_MEDIA));
    }

    OfferRelay offers() {
        return offers;
    }

    /** Every SIP Call-ID of this call: the caller's and the forks'. */
    List<String> callIds() {
        List<String> ids = new ArrayList<>(forks.size() + 1);
        ids.add(caller.callId());
        forks.values().forEach(f -> ids.add(f.callId()));
        return ids;
    }

    private void close() {
        if (closed) {
            return;
        }
        closed = true;
        timers.forEach(TimerService.Timeout::cancel);
        timers.clear();
        caller.close();
        forks.values().forEach(OutboundLeg::close);
        if (app != null) {
            app.close();
        }
        offers.close();
        if (media != null) {
            media.close();
        }
        onClosed.run();
    }

    static String reasonPhrase(int status) {
        return switch (status) {
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 408 -> "Request Timeout";
            case 480 -> "Temporarily Unavailable";
            case 486 -> "Busy Here";
            case 487 -> "Request Terminated";
            case 488 -> "Not Acceptable Here";
            case 491 -> "Request Pending";
            case 500 -> "Server Internal Error";
            case 503 -> "Service Unavailable";
            default -> status >= 600 ? "Decline" : "Error";
        };
    }
}
