package org.centralino.core.b2bua;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.centralino.media.dtmf.DtmfEvent;
import org.centralino.media.dtmf.InfoDtmf;
import org.centralino.media.rtp.Side;
import org.centralino.sip.message.HeaderNames;
import org.centralino.sip.message.SipRequest;
import org.centralino.sip.transaction.ServerTransaction;

/**
 * Keys sent as SIP INFO (RFC 6086; bodies {@code application/dtmf-relay} and {@code application/dtmf}, parsed by
 * {@link InfoDtmf}) in the calls where the PBX itself carries the keys instead of relaying the request: a call to
 * an application (while it holds the caller: once it handed the caller over, the keys are the new callee's), where
 * a key from the caller goes to the application's channel, and a transcoded call, where the
 * media engine sends the key to the other leg's phone (RFC 4733 events if that phone agreed them, else tones in
 * its audio). A DTMF INFO that the PBX takes is answered 200, or 400 with what is wrong with its body; every other
 * INFO is left to the relay. Runs on the call's lane.
 */
final class InfoKeys {
    /** Longest body excerpt a 400's reason phrase carries: enough to tell the fault, not a place for a body. */
    static final int MAX_REASON_LENGTH = 160;

    private InfoKeys() {
    }

    /** Takes the INFO if it is a key the PBX carries itself; false when it is left to the relay. */
    static boolean take(CallSession session, SipLeg from, ServerTransaction tx, SipLink sip) {
        SipRequest r = tx.request();
        if (!isDtmf(r.headers().firstOrNull(HeaderNames.CONTENT_TYPE))) {
            return false;
        }
        Side target = targetOf(session, from);
        if (target == null) {
            return false;
        }
        String body = new String(r.body(), StandardCharsets.UTF_8);
        switch (InfoDtmf.parse(r.headers().firstOrNull(HeaderNames.CONTENT_TYPE), body)) {
            case InfoDtmf.Parsed p -> {
                deliver(session, target, p.event());
                respond(tx, sip, 200, "OK");
            }
            case InfoDtmf.Invalid bad -> respond(tx, sip, 400, reasonPhrase("Bad DTMF body: " + bad.reason()));
        }
        return true;
    }

    /**
     * Where a key from {@code from} goes when the PBX carries it: side B (the application) for the caller of an
     * application, the other leg's side in a transcoded call; null when the INFO is relayed as it is.
     */
    private static Side targetOf(CallSession session, SipLeg from) {
        if (session.appActive()) {
            return from == session.caller() ? Side.B : null;
        }
        MediaAnchor media = session.media();
        SipLeg other = session.otherLeg(from.id());
        if (media == null || other == null || !media.transcoding()) {
            return null;
        }
        return CallSession.sideOf(other);
    }

    private static void deliver(CallSession session, Side target, DtmfEvent event) {
        if (session.appActive()) {
            session.app().channel().onKey(event);
            return;
        }
        int millis = event.durationMillis() > 0 ? event.durationMillis() : InfoDtmf.DEFAULT_DURATION_MILLIS;
        session.relay().sendDtmf(target, event.key(), millis);
    }

    private static boolean isDtmf(String contentType) {
        if (contentType == null) {
            return false;
        }
        String type = contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        return type.equals(InfoDtmf.RELAY_TYPE) || type.equals(InfoDtmf.DTMF_TYPE);
    }

    /** A reason phrase (RFC 3261 §25.1: no CR or LF, printable text) made from what the parser said. */
    static String reasonPhrase(String reason) {
        StringBuilder out = new StringBuilder(Math.min(reason.length(), MAX_REASON_LENGTH));
        for (int i = 0; i < reason.length() && out.length() < MAX_REASON_LENGTH; i++) {
            char c = reason.charAt(i);
            out.append(c < 0x20 || c == 0x7f ? '?' : c);
        }
        return out.toString();
    }

    private static void respond(ServerTransaction tx, SipLink sip, int status, String reason) {
        tx.respond(sip.transactions().response(tx.request(), status, reason).build());
    }
}
