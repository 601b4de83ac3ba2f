package org.centralino.sip.transaction;

import java.security.SecureRandom;
import java.util.HexFormat;
import org.centralino.sip.message.HeaderField;
import org.centralino.sip.message.HeaderNames;
import org.centralino.sip.message.HeaderValues;
import org.centralino.sip.message.SipRequest;
import org.centralino.sip.message.SipResponse;

/** Requests the transaction layer derives from others: ACK for a non-2xx (§17.1.1.3) and CANCEL (§9.1). */
public final class RequestFactory {
    private static final SecureRandom RANDOM = new SecureRandom();

    private RequestFactory() {
    }

    /** A fresh RFC 3261 branch: the magic cookie plus 64 random bits. */
    public static String newBranch() {
        byte[] b = new byte[8];
        RANDOM.nextBytes(b);
        return "z9hG4bK" + HexFormat.of().formatHex(b);
    }

    /**
     * RFC 3261 §17.1.1.3: same Request-URI, Call-ID, From, CSeq number and top Via as the INVITE, the To of
     * the response (with its tag), and the INVITE's Route headers.
     */
    public static SipRequest ackForNonSuccess(SipRequest invite, SipResponse response) {
        SipRequest.Builder b = SipRequest.builder("ACK", invite.requestUri());
        copyCommon(invite, b);
        b.header(HeaderNames.TO, response.headers().firstOrNull(HeaderNames.TO));
        b.header(HeaderNames.CSEQ, invite.cseq().seq() + " ACK");
        return b.build();
    }

    /**
     * RFC 3261 §9.1: same Request-URI, Call-ID, To, From, CSeq number, top Via (so the same branch) and Route
     * headers as the request being cancelled.
     */
    public static SipRequest cancel(SipRequest invite) {
        SipRequest.Builder b = SipRequest.builder("CANCEL", invite.requestUri());
        copyCommon(invite, b);
        b.header(HeaderNames.TO, invite.headers().firstOrNull(HeaderNames.TO));
        b.header(HeaderNames.CSEQ, invite.cseq().seq() + " CANCEL");
        return b.build();
    }

    private static void copyCommon(SipRequest invite, SipRequest.Builder b) {
        b.header(HeaderNames.VIA, HeaderValues.firstElement(invite.headers().firstOrNull(HeaderNames.VIA)));
        b.header(HeaderNames.MAX_FORWARDS, "70");
        b.header(HeaderNames.FROM, invite.headers().firstOrNull(HeaderNames.FROM));
        b.header(HeaderNames.CALL_ID, invite.callId());
        for (HeaderField f : invite.headers().fields()) {
            if (f.name().equals(HeaderNames.ROUTE)) {
                b.header(HeaderNames.ROUTE, f.value());
            }
        }
    }
}
