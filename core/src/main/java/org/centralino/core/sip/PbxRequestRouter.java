package org.centralino.core.sip;

import java.util.Set;
import org.centralino.core.b2bua.B2bua;
import org.centralino.core.registrar.Registrar;
import org.centralino.sip.message.SipParseException;
import org.centralino.sip.message.SipRequest;
import org.centralino.sip.message.SipResponse;
import org.centralino.sip.transaction.ServerTransaction;
import org.centralino.sip.transaction.TransactionUser;
import org.centralino.sip.transport.Peer;

/**
 * The PBX's transaction user: sends each request to the part of the PBX that handles its method. REGISTER goes
 * to the registrar, INVITE and everything within a call's dialogs to the B2BUA. Methods we know but do not
 * serve yet get 405 with Allow (RFC 3261 §8.2.1); unknown methods get 501 (§21.5.2); in-dialog requests for
 * dialogs we do not have get 481 (§12.2.2).
 */
public final class PbxRequestRouter implements TransactionUser {
    /** What this PBX serves today; advertised in Allow. */
    public static final String ALLOW = B2bua.ALLOW;
    private static final Set<String> KNOWN = Set.of("INVITE", "ACK", "BYE", "CANCEL", "REGISTER", "OPTIONS",
        "INFO", "PRACK", "UPDATE", "SUBSCRIBE", "NOTIFY", "REFER", "MESSAGE", "PUBLISH");
    private static final Set<String> IN_DIALOG_ONLY = Set.of("BYE", "INFO", "PRACK", "UPDATE");

    private final Registrar registrar;
    private final B2bua b2bua;
    private final Registrar.ResponseFactory responses;

    public PbxRequestRouter(Registrar registrar, B2bua b2bua, Registrar.ResponseFactory responses) {
        this.registrar = registrar;
        this.b2bua = b2bua;
        this.responses = responses;
    }

    @Override
    public void onRequest(ServerTransaction tx) {
        SipRequest r = tx.request();
        String method = r.method();
        String unsupported = r.headers().firstOrNull("Require");
        if (unsupported != null && !unsupported.isBlank()) {
            // RFC 3261 §8.2.2.3: we support no extension a client may require yet
            SipResponse bad = responses.create(r, 420, "Bad Extension").header("Unsupported", unsupported).build();
            if (r.isMethod("INVITE")) {
                tx.respond(bad);
            } else {
                tx.respondStatelessly(bad);
            }
            return;
        }
        if (hasToTag(r) && b2bua.owns(r.callId())) {
            b2bua.onInDialog(tx);
            return;
        }
        switch (method) {
            case "REGISTER" -> registrar.onRegister(tx);
            // answered statelessly (RFC 3261 §8.2.7): cheap to repeat, and a flood of them holds no memory
            case "OPTIONS" -> tx.respondStatelessly(options(r));
            case "INVITE" -> {
                if (hasToTag(r)) {
                    tx.respond(responses.create(r, 481, "Call/Transaction Does Not Exist").build());
                } else {
                    b2bua.onInvite(tx);
                }
            }
            default -> {
                if (IN_DIALOG_ONLY.contains(method)) {
                    tx.respondStatelessly(responses.create(r, 481, "Call/Transaction Does Not Exist").build());
                } else if (KNOWN.contains(method)) {
                    tx.respondStatelessly(responses.create(r, 405, "Method Not Allowed").header("Allow", ALLOW)
                        .build());
                } else {
                    tx.respondStatelessly(responses.create(r, 501, "Not Implemented").header("Allow", ALLOW).build());
                }
            }
        }
    }

    @Override
    public void onAck(SipRequest ack, Peer source) {
        b2bua.onAck(ack);
    }

    @Override
    public void onCancel(ServerTransaction invite, SipRequest cancel) {
        b2bua.onCancel(invite);
    }

    @Override
    public void onServerTimeout(ServerTransaction transaction) {
        b2bua.onServerTimeout(transaction);
    }

    private static boolean hasToTag(SipRequest r) {
        try {
            return r.to().tag() != null;
        } catch (SipParseException e) {
            return false;
        }
    }

    /** RFC 3261 §11.2: what we support, so phones and proxies can use OPTIONS as a keepalive and probe. */
    private SipResponse options(SipRequest r) {
        return responses.create(r, 200, "OK")
            .header("Allow", ALLOW)
            .header("Accept", "application/sdp")
            .header("Accept-Language", "en, it")
            .build();
    }
}
