package org.centralino.core.b2bua;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.centralino.core.app.AppServices;
import org.centralino.core.call.Call;
import org.centralino.core.call.CallId;
import org.centralino.core.call.CallInput;
import org.centralino.core.call.CallRegistry;
import org.centralino.core.call.LegId;
import org.centralino.core.directory.Extension;
import org.centralino.core.registrar.ExtensionDigest;
import org.centralino.core.registrar.Binding;
import org.centralino.media.rtp.RelaySession;
import org.centralino.media.rtp.RtpEngine;
import org.centralino.sip.message.HeaderNames;
import org.centralino.sip.message.SipRequest;
import org.centralino.sip.sdp.Negotiation;
import org.centralino.sip.sdp.SdpParseResult;
import org.centralino.sip.sdp.SessionDescription;
import org.centralino.sip.transaction.ServerTransaction;
import org.centralino.sip.transport.Peer;
import org.centralino.sip.util.LogThrottle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The back-to-back user agent (issue 3): turns an INVITE from an extension into a call whose legs are our own
 * dialogs, one to the caller and one per device of the callee, with the media anchored on our relay. This class
 * is the entry point from the transaction user: it authenticates, routes, and creates the {@link CallSession};
 * the call machine then decides, and the session carries its decisions out in SIP.
 *
 * <p>Threads: all legs of a call share one lane. The forks' Call-IDs are picked so that they hash to the lane of
 * the caller's Call-ID ({@link org.centralino.sip.transaction.Lanes#sameLane}), so every message of a call,
 * whichever leg it comes on, runs on that lane and nothing of a call needs a lock.
 */
public final class B2bua {
    /** What the PBX serves (RFC 3261 §20.5): in a call's dialogs, and REGISTER and OPTIONS outside them. */
    public static final String ALLOW = "INVITE, ACK, CANCEL, BYE, OPTIONS, UPDATE, INFO, REGISTER";
    private static final Logger LOG = LoggerFactory.getLogger(B2bua.class);
    /** Attempts at a fork Call-ID on the caller's lane: with n lanes one in n fits, so this never runs out. */
    private static final int CALL_ID_ATTEMPTS = 10_000;

    private final SipLink sip;
    private final ExtensionDigest digest;
    private final DialPlan plan;
    private final CallRegistry calls;
    private final RtpEngine rtp;
    private final MediaCodecs codecs;
    private final AppServices services;
    private final String domain;
    private final Map<String, CallSession> byCallId = new ConcurrentHashMap<>();
    private final AtomicLong sequence = new AtomicLong();
    private final String idPrefix = Tags.next().substring(0, 8);
    private final LogThrottle refusals = new LogThrottle(1, java.util.concurrent.TimeUnit.SECONDS);

    public B2bua(B2buaParts parts) {
        this.sip = Objects.requireNonNull(parts.sip(), "sip");
        this.digest = Objects.requireNonNull(parts.digest(), "digest");
        this.plan = new DialPlan(parts.extensions(), parts.registrations(),
            Objects.requireNonNull(parts.applications(), "applications"));
        this.services = Objects.requireNonNull(parts.services(), "services");
        this.calls = Objects.requireNonNull(parts.calls(), "calls");
        this.rtp = Objects.requireNonNull(parts.rtp(), "rtp");
        this.codecs = new MediaCodecs(Objects.requireNonNull(parts.codecs(), "codecs"));
        this.domain = Objects.requireNonNull(parts.domain(), "domain");
    }

    /** SIP dialogs of active calls (for leak checks: zero once every call has ended). */
    public int activeDialogs() {
        return byCallId.size();
    }

    /** True when this Call-ID belongs to a call of ours: its in-dialog requests come here. */
    public boolean owns(String callId) {
        return callId != null && byCallId.containsKey(callId);
    }

    /** A dialog-creating INVITE (no To tag). */
    public void onInvite(ServerTransaction tx) {
        SipRequest r = tx.request();
        if (byCallId.containsKey(r.callId())) {
            // §8.2.2.2: a second INVITE for a call we already run (a loop or a merged request)
            refuse(tx, 482, "Loop Detected", null);
            return;
        }
        int hops = maxForwards(r);
        if (hops <= 0) {
            refuse(tx, 483, "Too Many Hops", null);
            return;
        }
        if (r.contacts().isEmpty()) {
            refuse(tx, 400, "Bad Request - INVITE without Contact", null);
            return;
        }
        // the caller is authenticated (issue 3): proxy authentication, RFC 3261 §22.3
        switch (digest.check(r.headers().firstOrNull(HeaderNames.PROXY_AUTHORIZATION), r.method())) {
            case ExtensionDigest.Challenge c -> challenge(tx, c.stale());
            case ExtensionDigest.Forbidden f -> {
                logRefusal(tx, "INVITE refused: " + f.why());
                refuse(tx, 403, "Forbidden", null);
            }
            case ExtensionDigest.Authenticated a -> withOffer(tx, a.extension(), hops - 1);
        }
    }

    /** 407 with a challenge for the From user's algorithms (decoys for a name that is no extension). */
    private void challenge(ServerTransaction tx, boolean stale) {
        SipRequest r = tx.request();
        String user;
        try {
            user = r.from().uri().user();
        } catch (org.centralino.sip.message.SipParseException e) {
            user = null;
        }
        var b = sip.transactions().response(r, 407, "Proxy Authentication Required");
        digest.challenges(r, user, stale).forEach(h -> b.header(HeaderNames.PROXY_AUTHENTICATE, h));
        tx.respond(b.build());
    }

    private void withOffer(ServerTransaction tx, Extension caller, int hops) {
        SipRequest r = tx.request();
        var sdp = SipMessages.sdpOf(r);
        if (sdp.isEmpty()) {
            // a delayed offer (§13.2.1): the forks get ours, the caller gets the callee's answer as an offer in
            // our 2xx and answers in its ACK
            route(tx, caller, MediaAnchor.OWN_OFFER, (Negotiation.Agreed) codecs.negotiate(MediaAnchor.OWN_OFFER),
                hops);
            return;
        }
        if (!(sdp.get() instanceof SdpParseResult.Parsed parsed)) {
            refuse(tx, 400, "Bad Request - unreadable SDP", null);
            return;
        }
        switch (codecs.negotiate(parsed.description())) {
            case Negotiation.NotAcceptable n -> refuse(tx, 488, "Not Acceptable Here",
                n.warning().headerValue("centralino"));
            case Negotiation.Agreed agreed -> route(tx, caller, parsed.description(), agreed, hops);
        }
    }

    private void route(ServerTransaction tx, Extension caller, SessionDescription offer, Negotiation.Agreed agreed,
                       int hops) {
        String dialled = dialled(tx.request());
        DialPlan.Route route = plan.route(dialled);
        CallId id = new CallId(idPrefix + "-" + Long.toString(sequence.incrementAndGet(), 36));
        LegId callerLeg = new LegId(id.value() + "-a");
        String dialledText = dialled == null ? "" : dialled;
        switch (route) {
            case DialPlan.UnknownNumber u ->
                failed(tx, id, callerLeg, caller, dialledText, CallInput.RouteFailure.UNKNOWN_NUMBER);
            case DialPlan.NotRegistered n ->
                failed(tx, id, callerLeg, caller, dialledText, CallInput.RouteFailure.NOT_REGISTERED);
            case DialPlan.Ring ring -> ring(tx, id, callerLeg, caller, dialledText, ring, offer, agreed, hops);
            case DialPlan.App app -> app(tx, id, callerLeg, caller, dialledText, app, offer, agreed);
        }
    }

    private void failed(ServerTransaction tx, CallId id, LegId callerLeg, Extension caller, String dialled,
                        CallInput.RouteFailure failure) {
        CallSession session = newSession(tx, callerLeg);
        session.attach(calls.open(id, callerLeg, caller.number(), dialled, session));
        session.feed(new CallInput.RouteFailed(failure));
    }

    private void ring(ServerTransaction tx, CallId id, LegId callerLeg, Extension caller, String dialled,
                      DialPlan.Ring ring, SessionDescription offer, Negotiation.Agreed agreed, int hops) {
        CallSession session = openMedia(tx, callerLeg, caller, dialled, offer, agreed);
        if (session == null) {
            return;
        }
        session.mohClasses(caller.mohClass(), ring.callee().mohClass());
        int stream = session.stream();
        SessionDescription toCallee = MediaAnchor.restrict(offer, agreed);
        List<CallInput.Fork> forks = new ArrayList<>(ring.devices().size());
        for (Binding device : ring.devices()) {
            LegId legId = new LegId(id.value() + "-b" + (forks.size() + 1));
            // a delayed offer is ours (G.711): the caller answers only in its ACK, too late to transcode
            OutboundLeg fork = fork(session, legId, device, caller, dialled, hops, peer -> session.offered().delayed()
                ? session.media().rewrite(legId, org.centralino.media.rtp.Side.B, peer, toCallee, stream)
                : session.media().offerTo(legId, org.centralino.media.rtp.Side.B, peer, toCallee, stream));
            if (fork != null) {
                session.addFork(fork);
                byCallId.put(fork.callId(), session);
                forks.add(new CallInput.Fork(fork.id(), device.contact()));
            }
        }
        Call call = calls.open(id, callerLeg, caller.number(), dialled, session);
        session.attach(call);
        session.feed(forks.isEmpty() ? new CallInput.RouteFailed(CallInput.RouteFailure.NOT_REGISTERED)
            : new CallInput.Routed(forks, ring.ringTimeout()));
    }

    /** The number is an application's: its leg is the call's one fork, answered by the PBX. */
    private void app(ServerTransaction tx, CallId id, LegId callerLeg, Extension caller, String dialled,
                     DialPlan.App route, SessionDescription offer, Negotiation.Agreed agreed) {
        CallSession session = openMedia(tx, callerLeg, caller, dialled, offer, agreed);
        if (session == null) {
            return;
        }
        LegId legId = new LegId(id.value() + "-b1");
        SessionChannel channel = new SessionChannel(session, services, route.number(), caller.number(), dialled);
        AppLeg leg = new AppLeg(legId, route.number(), route.application(), channel, session,
            number -> redirect(session, number));
        channel.leg(leg);
        session.app(leg);
        Call call = calls.open(id, callerLeg, caller.number(), dialled, session);
        session.attach(call);
        session.feed(new CallInput.Routed(List.of(new CallInput.Fork(legId, "app:" + route.number())),
            DialPlan.APP_ANSWER_TIMEOUT));
    }

    /**
     * The call's session with its media anchored: a relay session whose reports reach the call's lane, side A
     * facing the caller (whose offer it learns). Null, with 503 sent, when no media ports are left.
     */
    private CallSession openMedia(ServerTransaction tx, LegId callerLeg, Extension caller, String dialled,
                                  SessionDescription offer, Negotiation.Agreed agreed) {
        CallSession[] owner = new CallSession[1];
        RelaySession relay;
        try {
            relay = rtp.createSession(new LaneReports(sip, () -> owner[0]));
        } catch (IOException | IllegalStateException e) {
            LOG.warn("call from {} to {} refused: no media ports: {}", caller.number(), dialled, e.getMessage());
            refuse(tx, 503, "Service Unavailable", null);
            return null;
        }
        CallSession session = newSession(tx, callerLeg);
        owner[0] = session;
        session.callerExtension(caller);
        MediaAnchor media = new MediaAnchor(relay, sip, codecs, services.music()::listener);
        int stream = MediaAnchor.relayedStream(agreed);
        session.media(media, new CallerOffer(MediaAnchor.restrict(offer, agreed), agreed, stream,
            offer == MediaAnchor.OWN_OFFER));
        media.hold(true); // ringing: no RTP is expected yet, so none is missed (the RTP timeout starts at answer)
        media.learn(org.centralino.media.rtp.Side.A, offer, stream);
        return session;
    }

    private OutboundLeg fork(CallSession session, LegId legId, Binding device, Extension caller, String dialled,
                             int hops, java.util.function.Function<Peer, SessionDescription> offerFor) {
        try {
            Peer peer = Peer.parse(device.source());
            String callId = callIdOnLane(session.caller().callId(), peer);
            SipRequest invite = ForkInvites.build(sip, peer, device.contact(), callId, caller, dialled, domain, hops,
                offerFor.apply(peer));
            return new OutboundLeg(legId, session, sip, peer, invite);
        } catch (RuntimeException e) {
            // a contact we cannot parse, a source with no route from here: that device is skipped, the others ring
            LOG.info("call {}: device {} of {} skipped: {}", legId, device.contact(), dialled, e.toString());
            return null;
        }
    }

    /**
     * An application hands its caller over to {@code number} ({@link org.centralino.core.app.Channel#bridge}): the
     * devices of that extension ring with the PBX's own offer from side B of the call's relay; the call machine
     * takes it from there ({@link CallInput.Redirect}). Returns the SIP status when it cannot even start.
     */
    private int redirect(CallSession session, String number) {
        if (!(plan.route(number) instanceof DialPlan.Ring ring)) {
            return plan.route(number) instanceof DialPlan.NotRegistered ? 480 : 404;
        }
        List<CallInput.Fork> forks = new ArrayList<>(ring.devices().size());
        for (Binding device : ring.devices()) {
            LegId legId = new LegId(session.id().value() + "-b" + (session.forks().size() + 2));
            OutboundLeg fork = fork(session, legId, device, session.callerExtension(), number,
                ForkInvites.MAX_FORWARDS - 1, peer -> session.media().ownOfferTo(legId, peer, session.offered().offer(),
                    session.stream()));
            if (fork != null) {
                session.addFork(fork);
                byCallId.put(fork.callId(), session);
                forks.add(new CallInput.Fork(fork.id(), device.contact()));
            }
        }
        if (forks.isEmpty()) {
            return 480;
        }
        session.mohClasses(session.callerExtension().mohClass(), ring.callee().mohClass());
        session.feed(new CallInput.Redirect(session.app().id(), forks, ring.ringTimeout()));
        return 0;
    }

    private String callIdOnLane(String callerCallId, Peer peer) {
        String host = sip.hostFor(peer);
        for (int i = 0; i < CALL_ID_ATTEMPTS; i++) {
            String candidate = Tags.callId(host);
            if (sip.lanes().sameLane(callerCallId, candidate) && !byCallId.containsKey(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("no Call-ID on the lane of " + callerCallId + " in " + CALL_ID_ATTEMPTS
            + " attempts");
    }

    private CallSession newSession(ServerTransaction tx, LegId callerLeg) {
        CallSession[] holder = new CallSession[1];
        CallSession session = new CallSession(sip, callerLeg, tx, services.events(), () -> holder[0].callIds()
            .forEach(cid -> byCallId.remove(cid, holder[0])));
        holder[0] = session;
        byCallId.put(tx.request().callId(), session);
        return session;
    }

    /** A request within one of our dialogs (it has a To tag and a Call-ID we own). */
    public void onInDialog(ServerTransaction tx) {
        CallSession session = byCallId.get(tx.request().callId());
        if (session == null) {
            refuse(tx, 481, "Call/Transaction Does Not Exist", null);
            return;
        }
        InDialog.handle(session, tx, sip);
    }

    /** An ACK for a 2xx (it matched no transaction). */
    public void onAck(SipRequest ack) {
        CallSession session = byCallId.get(ack.callId());
        if (session != null) {
            InDialog.ack(session, ack);
        }
    }

    /** CANCEL of a caller's INVITE still ringing (§9.2: the layer answered the CANCEL itself). */
    public void onCancel(ServerTransaction invite) {
        CallSession session = byCallId.get(invite.request().callId());
        if (session != null && session.caller().invite() == invite.request()) {
            session.feed(new CallInput.CallerCancelled());
        }
    }

    /** The caller's INVITE transaction failed on the transport: the caller is gone. */
    public void onServerTimeout(ServerTransaction tx) {
        CallSession session = byCallId.get(tx.request() == null ? "" : tx.request().callId());
        if (session != null && tx.request() == session.caller().invite()) {
            session.feed(new CallInput.LegVanished(session.caller().id(), CallInput.Vanish.TRANSPORT_FAILURE));
        }
    }

    private void refuse(ServerTransaction tx, int status, String reason, String warning) {
        var b = sip.transactions().response(tx.request(), status, reason);
        if (warning != null) {
            b.header("Warning", warning);
        }
        tx.respond(b.build());
    }

    private void logRefusal(ServerTransaction tx, String what) {
        long held = refusals.admit();
        if (held >= 0) {
            LOG.info("{} from {}{}", what, tx.peer(), held > 0 ? " (and " + held + " more since the last report)" : "");
        }
    }

    /** The number dialled: the Request-URI's user part (a tel: URI's number). */
    private static String dialled(SipRequest r) {
        String user = r.requestUri().user();
        return user == null || user.isEmpty() ? null : user;
    }

    private static int maxForwards(SipRequest r) {
        String v = r.headers().firstOrNull(HeaderNames.MAX_FORWARDS);
        if (v == null) {
            return ForkInvites.MAX_FORWARDS;
        }
        try {
            return Math.min(ForkInvites.MAX_FORWARDS, Integer.parseInt(v.trim()));
        } catch (NumberFormatException e) {
            return ForkInvites.MAX_FORWARDS;
        }
    }
}
