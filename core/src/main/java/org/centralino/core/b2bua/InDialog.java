package org.centralino.core.b2bua;

import org.centralino.core.call.CallInput;
import org.centralino.sip.dialog.RequestCheck;
import org.centralino.sip.message.HeaderNames;
import org.centralino.sip.message.SipRequest;
import org.centralino.sip.message.SipResponse;
import org.centralino.sip.transaction.ServerTransaction;

/**
 * Requests within the dialogs of a call (RFC 3261 §12.2.2): checked against the leg's dialog, then BYE ends the
 * leg, re-INVITE and UPDATE go to the {@link OfferRelay}, INFO carrying a key is taken by {@link InfoKeys}
 * when the PBX carries the keys itself (applications, transcoded calls) and any other INFO is relayed to the
 * other leg, OPTIONS is answered. Runs on the call's lane.
 */
final class InDialog {
    private InDialog() {
    }

    static void handle(CallSession session, ServerTransaction tx, SipLink sip) {
        SipRequest r = tx.request();
        SipLeg leg = legOf(session, r.callId());
        if (leg == null || leg.dialog() == null) {
            respond(tx, sip, 481, "Call/Transaction Does Not Exist");
            return;
        }
        if (leg.dialog().onRequest(r) instanceof RequestCheck.Rejected rej) {
            respond(tx, sip, rej.status(), rej.reason());
            return;
        }
        switch (r.method()) {
            case "BYE" -> {
                respond(tx, sip, 200, "OK");
                session.feed(new CallInput.ByeReceived(leg.id()));
            }
            case "INVITE", "UPDATE" -> session.offers().onOffer(leg, tx);
            case "INFO" -> {
                if (!InfoKeys.take(session, leg, tx, sip)) {
                    relayInfo(session, leg, tx, sip);
                }
            }
            case "OPTIONS" -> tx.respond(sip.transactions().response(r, 200, "OK")
                .header(HeaderNames.ALLOW, B2bua.ALLOW).build());
            default -> tx.respond(sip.transactions().response(r, 405, "Method Not Allowed")
                .header(HeaderNames.ALLOW, B2bua.ALLOW).build());
        }
    }

    /** The ACK for one of our 2xx: the caller's INVITE or a re-INVITE on either leg. */
    static void ack(CallSession session, SipRequest ack) {
        SipLeg leg = legOf(session, ack.callId());
        if (leg == null || leg.dialog() == null || leg.dialog().onRequest(ack) instanceof RequestCheck.Rejected) {
            return;
        }
        if (leg == session.caller()) {
            session.caller().acked(ack);
        }
        session.offers().acked(leg, ack);
    }

    /** INFO (RFC 6086: DTMF relay, application data) goes to the other leg; its answer comes back. */
    private static void relayInfo(CallSession session, SipLeg from, ServerTransaction tx, SipLink sip) {
        SipLeg to = session.otherLeg(from.id());
        SipRequest r = tx.request();
        String type = r.headers().firstOrNull(HeaderNames.CONTENT_TYPE);
        boolean sent = to != null && LegRequests.send(to, "INFO", sip, LegRequests.listener(
            resp -> relayAnswer(tx, sip, resp), () -> respond(tx, sip, 408, "Request Timeout")),
            type, r.body().length > 0 ? r.body() : null) != null;
        if (!sent) {
            // nobody to relay to yet (ringing) or any more: refused without ending the dialog, as RFC 6086 §4.2.2
            // refuses info it does not take (a 481 would make the phone end the call, §12.2.1.2)
            respond(tx, sip, 469, "Bad Info Package");
        }
    }

    private static void relayAnswer(ServerTransaction tx, SipLink sip, SipResponse resp) {
        tx.respond(sip.transactions().response(tx.request(), resp.status(), resp.reason()).build());
    }

    private static SipLeg legOf(CallSession session, String callId) {
        if (session.caller().callId().equals(callId)) {
            return session.caller();
        }
        for (OutboundLeg f : session.forks()) {
            if (f.callId().equals(callId)) {
                return f;
            }
        }
        return null;
    }

    private static void respond(ServerTransaction tx, SipLink sip, int status, String reason) {
        tx.respond(sip.transactions().response(tx.request(), status, reason).build());
    }
}
