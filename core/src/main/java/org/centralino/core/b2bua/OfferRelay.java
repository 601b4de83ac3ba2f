package org.centralino.core.b2bua;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.centralino.core.call.CallInput;
import org.centralino.core.call.LegId;
import org.centralino.media.rtp.Side;
import org.centralino.sip.message.HeaderNames;
import org.centralino.sip.message.SipRequest;
import org.centralino.sip.message.SipResponse;
import org.centralino.sip.sdp.Negotiation;
import org.centralino.sip.sdp.SdpParseResult;
import org.centralino.sip.sdp.SessionDescription;
import org.centralino.sip.transaction.ClientTransaction;
import org.centralino.sip.transaction.ServerTransaction;
import org.centralino.sip.transaction.TimerService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * New offers once a call is answered (re-INVITE, RFC 3261 §14; UPDATE, RFC 3311): each is relayed to the
 * other leg with its SDP rewritten, and the answer comes back the same way. One exchange at a time per call:
 * an offer from the leg we are waiting on is glare and gets 491 (§14.2), a second one from the same leg gets
 * 500 with Retry-After. Runs on the call's lane.
 */
final class OfferRelay implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(OfferRelay.class);

    private final CallSession session;
    private final SipLink sip;
    private final Map<LegId, OkRetransmitter> unacked = new HashMap<>();
    private Pending pending;
    /** The server transaction of the last offer actually sent on to the other leg. */
    private ServerTransaction forwarded;
    /** Ends an exchange whose answer never comes (64*T1 after the relay). */
    private TimerService.Timeout guard;
    /** Headers of a refusal the offerer needs to retry (RFC 3261 §14.1, §20.33, §20.43). */
    private static final java.util.List<String> RELAYED_ON_REFUSAL = java.util.List.of("Retry-After", "Warning");

    OfferRelay(CallSession session, SipLink sip) {
        this.session = session;
        this.sip = sip;
    }

    /** An offer from {@code from} waiting for the other leg's answer. */
    private record Pending(SipLeg from, ServerTransaction tx, SessionDescription offer, Negotiation.Agreed agreed) {
        String method() {
            return tx.request().method();
        }
    }

    /** A re-INVITE or UPDATE received on {@code from}'s dialog. */
    void onOffer(SipLeg from, ServerTransaction tx) {
        SipRequest r = tx.request();
        Optional<SdpParseResult> sdp = SipMessages.sdpOf(r);
        if (sdp.isEmpty()) {
            answerWithoutOffer(from, tx);
            return;
        }
        if (!(sdp.get() instanceof SdpParseResult.Parsed parsed)) {
            respond(from, tx, 400, "Bad Request - unreadable SDP: " + ((SdpParseResult.Invalid) sdp.get()).error(),
                null);
            return;
        }
        if (pending != null) {
            glare(from, tx);
            return;
        }
        if (!session.isAnswered()) {
            respond(from, tx, 491, "Request Pending", null);
            return;
        }
        switch (session.media().codecs().negotiate(parsed.description())) {
            case Negotiation.NotAcceptable n -> respondRaw(tx, sip.transactions().response(r, 488, "Not Acceptable Here")
                .header("Warning", n.warning().headerValue("centralino")).build());
            case Negotiation.Agreed agreed -> offer(from, tx, parsed.description(), agreed);
        }
    }

    private void offer(SipLeg from, ServerTransaction tx, SessionDescription sd, Negotiation.Agreed agreed) {
        pending = new Pending(from, tx, sd, agreed);
        session.feed(new CallInput.Reoffer(from.id()));
        if (forwarded != tx) { // the call did not relay it: it ended, or the leg is not bridged
            if (pending != null && pending.tx == tx) {
                pending = null;
            }
            respond(from, tx, 491, "Request Pending", null);
        }
    }

    /**
     * {@link org.centralino.core.call.CallAction.RelayOffer} to an application's leg: the PBX terminates the
     * media itself, so it answers the pending offer here (a hold, a new address, another codec).
     */
    void answerHere(SipLeg from) {
        Pending p = pending;
        if (p == null || p.from != from) {
            LOG.info("call {}: answer to an offer from {} with none pending", session.id(), from.id());
            return;
        }
        forwarded = p.tx;
        pending = null;
        SessionDescription answer = session.media().answerLocally(from, CallSession.sideOf(from), p.offer,
            p.agreed, session.stream());
        holdChanged(p);
        respond(from, p.tx, 200, "OK", answer);
    }

    /** {@link org.centralino.core.call.CallAction.RelayOffer}: send the pending offer on to {@code to}. */
    void relay(SipLeg from, SipLeg to) {
        Pending p = pending;
        if (p == null || p.from != from || to == null) {
            LOG.info("call {}: relay of an offer from {} with none pending", session.id(), from.id());
            return;
        }
        forwarded = p.tx;
        int stream = session.stream();
        session.media().learn(CallSession.sideOf(from), p.offer, stream);
        SessionDescription out = session.media().offerTo(to.id(), CallSession.sideOf(to), to.peer(),
            MediaAnchor.restrict(p.offer, p.agreed), stream);
        ClientTransaction out2 = LegRequests.send(to, p.method(), sip, LegRequests.listener(
            resp -> answered(p, to, resp), () -> noAnswer(p, to)), SipMessages.SDP, SipMessages.body(out));
        if (out2 == null) {
            pending = null;
            respond(from, p.tx, 500, "Server Internal Error", null);
            return;
        }
        // timer B stops once a 1xx came (§17.1.1.2): a leg that rings and then goes silent must not hold every
        // later offer of the call for ever
        guard = session.schedule(sip.timers().timeout(), () -> {
            if (pending == p) {
                out2.abandon();
                noAnswer(p, to);
            }
        });
    }

    private void answered(Pending p, SipLeg to, SipResponse resp) {
        boolean invite2xx = "INVITE".equals(p.method()) && resp.isSuccess();
        if (p != pending) { // a retransmitted 2xx, or one to an exchange given up: ACK it again, nothing else
            if (invite2xx) {
                ack(to, resp);
            }
            return;
        }
        pending = null;
        stopGuard();
        if (invite2xx) {
            ack(to, resp);
        }
        if (!resp.isSuccess()) {
            respondRelayed(p, resp);
            if (resp.status() == 408 || resp.status() == 481) {
                session.feed(new CallInput.LegVanished(to.id(), CallInput.Vanish.TIMEOUT)); // §12.2.1.2
            }
            return;
        }
        Optional<SdpParseResult> sdp = SipMessages.sdpOf(resp);
        if (sdp.isEmpty() || !(sdp.get() instanceof SdpParseResult.Parsed parsed)) {
            respond(p.from, p.tx, 488, "Not Acceptable Here", null);
            return;
        }
        SessionDescription back = session.media().answered(p.from, CallSession.sideOf(p.from),
            MediaAnchor.restrict(p.offer, p.agreed), CallSession.sideOf(to), parsed.description(), session.stream());
        holdChanged(p); // first: whoever reads the call once the 200 is out sees the new state
        respond(p.from, p.tx, 200, "OK", back);
    }

    /** The exchange succeeded: if it put the other side on hold or took it off, the call learns it now. */
    private void holdChanged(Pending p) {
        LegId by = p.from.id();
        boolean hold = MediaAnchor.isHold(p.offer);
        if (hold != session.isHolding(by)) {
            session.feed(hold ? new CallInput.Hold(by) : new CallInput.Resume(by));
        }
        if (!session.isClosed()) {
            session.media().hold(session.isHeld());
            session.updateHoldMusic();
        }
    }

    private void noAnswer(Pending p, SipLeg to) {
        if (p != pending) {
            return;
        }
        pending = null;
        stopGuard();
        respond(p.from, p.tx, 408, "Request Timeout", null);
        session.feed(new CallInput.LegVanished(to.id(), CallInput.Vanish.TIMEOUT));
    }

    /** The ACK for a 2xx to our re-INVITE (§13.2.2.4); none once we ended the dialog (our BYE crossed it). */
    private void ack(SipLeg to, SipResponse resp) {
        if (to.dialog() == null || to.dialog().isTerminated()) {
            LOG.info("call {}: 2xx to a re-INVITE after the dialog of {} ended: not ACKed", session.id(), to.id());
            return;
        }
        SipRequest ack = SipMessages.withVia(to.dialog().createAck(resp.cseq().seq()), sip, to.peer());
        try {
            sip.transport().send(ack, to.peer());
        } catch (IOException | RuntimeException e) {
            LOG.info("call {}: ACK to {} failed: {}", session.id(), to.peer(), e.toString());
        }
    }

    /** The other leg refused the offer: the same status back, with what lets the offerer retry. */
    private void respondRelayed(Pending p, SipResponse resp) {
        SipResponse.Builder b = sip.transactions().response(p.tx.request(), resp.status(), resp.reason());
        for (String name : RELAYED_ON_REFUSAL) {
            resp.headers().all(name).forEach(v -> b.header(name, v));
        }
        respondRaw(p.tx, b.build());
    }

    private void stopGuard() {
        if (guard != null) {
            guard.cancel();
            guard = null;
        }
    }

    /**
     * RFC 3261 §14.2: an offer while one of ours is outstanding towards the same leg is glare (491); one while
     * that leg's own is still being answered gets 500 with a Retry-After of 0 to 10 s.
     */
    private void glare(SipLeg from, ServerTransaction tx) {
        if (pending.from == from) {
            respondRaw(tx, sip.transactions().response(tx.request(), 500, "Server Internal Error")
                .header("Retry-After", Integer.toString(ThreadLocalRandom.current().nextInt(11))).build());
        } else {
            respond(from, tx, 491, "Request Pending", null);
        }
    }

    /** A re-INVITE without SDP asks us for an offer (§14.1): the description we last sent; UPDATE: just 200. */
    private void answerWithoutOffer(SipLeg from, ServerTransaction tx) {
        if (tx.request().isMethod("UPDATE")) {
            respond(from, tx, 200, "OK", null);
            return;
        }
        Optional<SessionDescription> last = session.media() == null ? Optional.empty()
            : session.media().lastSentTo(from.id());
        if (last.isEmpty() || pending != null) {
            respond(from, tx, pending != null ? 491 : 488, pending != null ? "Request Pending" : "Not Acceptable Here",
                null);
            return;
        }
        respond(from, tx, 200, "OK", last.get());
    }

    /** The ACK for our 2xx to a re-INVITE; an answer it carries (offerless re-INVITE) moves the media. */
    void acked(SipLeg leg, SipRequest ack) {
        OkRetransmitter ok = unacked.get(leg.id());
        if (ok != null && ok.cseq() == ack.cseq().seq()) {
            ok.stop();
            unacked.remove(leg.id());
        }
        if (session.media() != null && SipMessages.sdpOf(ack).orElse(null) instanceof SdpParseResult.Parsed p) {
            if (session.appActive() && leg == session.caller()) {
                session.media().answerToOwnOffer(Side.A, p.description(), session.stream());
            } else {
                session.media().learn(CallSession.sideOf(leg), p.description(), session.stream());
            }
        }
    }

    private void respond(SipLeg from, ServerTransaction tx, int status, String reason, SessionDescription sdp) {
        SipResponse.Builder b = sip.transactions().response(tx.request(), status, reason);
        if (status >= 200 && status < 300) {
            b.header(HeaderNames.CONTACT, SipMessages.contact(sip, from.peer()));
            if (sdp != null) {
                b.body(SipMessages.SDP, SipMessages.body(sdp));
            }
        }
        SipResponse r = b.build();
        if (status >= 200 && status < 300 && tx.request().isMethod("INVITE")) {
            OkRetransmitter previous = unacked.put(from.id(), new OkRetransmitter(tx, r, session, sip,
                () -> LOG.info("call {}: no ACK from {} for the 2xx to its re-INVITE", session.id(), from.id())));
            if (previous != null) {
                previous.stop();
            }
        }
        respondRaw(tx, r);
    }

    private static void respondRaw(ServerTransaction tx, SipResponse r) {
        if (tx.awaitingFinal()) {
            tx.respond(r);
        }
    }

    /** The call ended: an offer still waiting is answered 487 (§15.1.2: the session it would change is gone). */
    @Override
    public void close() {
        unacked.values().forEach(OkRetransmitter::stop);
        unacked.clear();
        stopGuard();
        if (pending != null) {
            respondRaw(pending.tx, sip.transactions().response(pending.tx.request(), 487, "Request Terminated")
                .build());
            pending = null;
        }
    }
}
