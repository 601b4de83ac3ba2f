package org.centralino.core.b2bua;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.centralino.core.call.Call;
import org.centralino.core.call.CallAction;
import org.centralino.core.call.CallId;
import org.centralino.core.call.CallInput;
import org.centralino.core.call.CallPhase;
import org.centralino.core.call.CallStatus;
import org.centralino.core.call.LegId;
import org.centralino.core.cdr.CallQuality;
import org.centralino.core.event.EventBus;
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
    private final EventBus events;
    /** Volatile, as {@link #forkAnswered} and {@link #closed}: the live calls API reads them from its threads. */
    private volatile MediaAnchor media;
    private volatile boolean forkAnswered;
    private final QualityWatch quality = new QualityWatch();
    private CallerOffer offered;
    private AppLeg app;
    private Call call;
    private TimerService.Timeout ringTimer;
    private volatile boolean closed;
    private boolean handling;
    private final java.util.ArrayDeque<CallInput> queued = new java.util.ArrayDeque<>();
    private org.centralino.core.directory.Extension callerExtension;
    private HoldMusic holdMusic = new HoldMusic(null, null);

    CallSession(SipLink sip, LegId callerLeg, org.centralino.sip.transaction.ServerTransaction invite,
                EventBus events, Runnable onClosed) {
        this.sip = sip;
        this.events = events;
        this.caller = new InboundLeg(callerLeg, this, sip, invite);
        this.onClosed = onClosed;
        this.offers = new OfferRelay(this, sip);
    }

    void media(MediaAnchor anchor, CallerOffer callerOffer) {
        this.media = anchor;
        this.offered = callerOffer;
    }

    /** Who calls: the caller's number and name go to the phones an application hands the caller over to. */
    void callerExtension(org.centralino.core.directory.Extension ext) {
        this.callerExtension = ext;
    }

    org.centralino.core.directory.Extension callerExtension() {
        return callerExtension;
    }

    /** A hand-over succeeded: the caller now talks with {@code callee}, whose answer sets side B's media. */
    private void reconnect(LegId callee) {
        try {
            media.reconnectSideB(forks.get(callee).remoteSdp(), offered.stream());
        } catch (RuntimeException e) {
            // an answer we cannot use (no codec of ours): a call without media must not stay up
            LOG.warn("call {}: the phone the caller was handed over to answered unusable media: {}", call.id(),
                e.getMessage());
            LegRequests.send(leg(callee), "BYE", sip, LegRequests.IGNORE);
            feedLater(new CallInput.ByeReceived(callee));
            return;
        }
        forkAnswered = true;
        app.channel().onBridgeResult(200);
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

    boolean isEnded() {
        return closed || call.isEnded();
    }

    /** Music on hold: called on the lane whenever the hold state may have changed. */
    void updateHoldMusic() {
        if (!closed && !appActive() && call.state().phase() instanceof CallPhase.Answered a) {
            holdMusic.update(a.bridge(), caller.id(), media);
        }
    }

    /** The classes of the caller's and the callee's extensions (null: default), as the call is routed. */
    void mohClasses(String ofCaller, String ofCallee) {
        this.holdMusic = new HoldMusic(ofCaller, ofCallee);
    }

    /** A key from a leg's media that the media engine did not deliver itself (lane). */
    void onDtmf(Side side, org.centralino.media.dtmf.DtmfEvent event) {
        if (appActive() && side == Side.A) {
            app.channel().onKey(event);
        }
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
        return offered == null ? -1 : offered.stream();
    }

    /** What the caller offered: the streams, in order, every leg of the call is offered. */
    CallerOffer offered() {
        return offered;
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
        publishQualityOnceDecided();
        if (call.isEnded()) {
            close();
        }
    }

    private void publishQualityOnceDecided() {
        quality.publishOnceDecided(call, media, forkAnswered, events);
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
        if (app != null && app.handles(action)) {
            return;
        }
        switch (action) {
            case CallAction.Invite i -> forks.get(i.fork()).send();
            case CallAction.SendProvisional p -> caller.provisional(p.status(),
                p.status() == CallStatus.SESSION_PROGRESS && caller.madeOffer() ? earlyMedia(p.from()) : null);
            case CallAction.Answer a -> answer(a.winner());
            case CallAction.Reject r -> caller.reject(r.status(), SipMessages.reasonPhrase(r.status()), null);
            case CallAction.Acknowledge a -> forks.get(a.fork()).acknowledge();
            case CallAction.Cancel c -> forks.get(c.fork()).cancel();
            case CallAction.HangUp h -> hangUp(leg(h.leg()));
            case CallAction.RelayOffer r -> offers.relay(leg(r.from()), leg(r.to()));
            case CallAction.StartRingTimer s -> ringTimer = schedule(s.after(),
                () -> feed(new CallInput.RingTimeout()));
            case CallAction.StopRingTimer s -> {
                if (ringTimer != null) {
                    ringTimer.cancel();
                    ringTimer = null;
                }
            }
            case CallAction.Reconnect r -> reconnect(r.callee());
            case CallAction.RedirectFailed f -> LOG.info("call {}: hand-over by {} failed: {}", call.id(), f.by(),
                f.status());
            case CallAction.Publish p -> LOG.warn("call {}: Publish reached the B2BUA: {}", call.id(), p);
        }
    }

    private boolean isApp(LegId id) {
        return app != null && app.id().equals(id);
    }

    /** An application still holds the caller (it has not handed the caller over). */
    boolean appActive() {
        return app != null && call.state().phase() instanceof CallPhase.Answered a
            && a.bridge().contains(app.id());
    }

    /** The early media of a fork's 183 goes to the caller (RFC 3960): relay side B now sends to that fork. */
    private SessionDescription earlyMedia(LegId fork) {
        SessionDescription sd = forks.get(fork).remoteSdp();
        if (sd == null) {
            return null;
        }
        return offered.answerFrom(media, caller, sd);
    }

    /** The winner's answer, rewritten, answers the caller; the media leave the ringing exemption. */
    private void answer(LegId winnerId) {
        if (isApp(winnerId)) {
            media.useSideAOnly();
            media.hold(false);
            caller.answer(app.answerSdp());
            return;
        }
        OutboundLeg winner = forks.get(winnerId);
        SessionDescription sd = winner.remoteSdp();
        forkAnswered = true;
        media.hold(false);
        caller.answer(offered.answerFrom(media, caller, sd));
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

    /** One-way audio on relay side {@code side} (lane): flagged for the record, logged once per episode. */
    void oneWayAudio(Side side, Duration silence) {
        if (!closed) {
            quality.started(call.id(), QualityWatch.legOf(call, caller.id(), side), side, silence);
        }
    }

    /** The one-way-audio episode of side {@code side} is over after {@code flaggedFor} (lane). */
    void oneWayAudioEnded(Side side, Duration flaggedFor) {
        if (!closed) {
            quality.ended(call.id(), QualityWatch.legOf(call, caller.id(), side), flaggedFor);
        }
    }

    @Override
    public CallQuality liveQuality() {
        return closed ? CallQuality.NONE : MediaQuality.of(media, forkAnswered, null);
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
        publishQualityOnceDecided(); // already done when the outcome was decided; never after the relay closed
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
}
