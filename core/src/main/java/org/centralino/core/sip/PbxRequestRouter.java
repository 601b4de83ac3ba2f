package org.centralino.core.sip;

import java.util.Set;
import org.centralino.core.registrar.Registrar;
import org.centralino.sip.message.SipRequest;
import org.centralino.sip.message.SipResponse;
import org.centralino.sip.transaction.ServerTransaction;
import org.centralino.sip.transaction.TransactionUser;

/**
 * The PBX's transaction user: sends each request to the part of the PBX that handles its method. Methods we
 * know but do not serve yet get 405 with Allow (RFC 3261 §8.2.1); unknown methods get 501 (§21.5.2);
 * in-dialog requests for dialogs we do not have get 481 (§12.2.2).
 */
public final class PbxRequestRouter implements TransactionUser {
    /** What this PBX serves today; advertised in Allow. */
    public static final String ALLOW = "REGISTER, OPTIONS";
    private static final Set<String> KNOWN = Set.of("INVITE", "ACK", "BYE", "CANCEL", "REGISTER", "OPTIONS",
        "INFO", "PRACK", "UPDATE", "SUBSCRIBE", "NOTIFY", "REFER", "MESSAGE", "PUBLISH");
    private static final Set<String> IN_DIALOG_ONLY = Set.of("BYE", "INFO", "PRACK", "UPDATE");

    private final Registrar registrar;
    private final Registrar.ResponseFactory responses;

    public PbxRequestRouter(Registrar registrar, Registrar.ResponseFactory responses) {
        this.registrar = registrar;
        this.responses = responses;
    }

    @Override
    public void onRequest(ServerTransaction tx) {
        SipRequest r = tx.request();
        String method = r.method();
        String unsupported = r.headers().firstOrNull("Require");
        if (unsupported != null && !unsupported.isBlank()) {
            // RFC 3261 §8.2.2.3: we support no extension a client may require yet
            tx.respondStatelessly(responses.create(r, 420, "Bad Extension").header("Unsupported", unsupported)
                .build());
            return;
        }
        switch (method) {
            case "REGISTER" -> registrar.onRegister(tx);
            // answered statelessly (RFC 3261 §8.2.7): cheap to repeat, and a flood of them holds no memory
            case "OPTIONS" -> tx.respondStatelessly(options(r));
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

    /** RFC 3261 §11.2: what we support, so phones and proxies can use OPTIONS as a keepalive and probe. */
    private SipResponse options(SipRequest r) {
        return responses.create(r, 200, "OK")
            .header("Allow", ALLOW)
            .header("Accept", "application/sdp")
            .header("Accept-Language", "en, it")
            .build();
    }
}
