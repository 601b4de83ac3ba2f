package org.centralino.sip.transport;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.centralino.sip.message.HeaderNames;
import org.centralino.sip.message.Headers;
import org.centralino.sip.message.SipMalformedRequestException;
import org.centralino.sip.message.SipParseException;
import org.centralino.sip.message.SipResponse;
import org.centralino.sip.message.SipTooLargeException;

/**
 * What we do with input we cannot accept (RFC 3261 §21.4.1, §21.5.14): answer 400 or 513 when the request's
 * Via, From, To, Call-ID and CSeq could be read so a response can be formed and routed; otherwise drop it.
 * Every case is logged with the reason. Nothing here throws.
 */
final class MalformedInputResponder {
    private final TransportLayer layer;

    MalformedInputResponder(TransportLayer layer) {
        this.layer = layer;
    }

    void badRequest(SipMalformedRequestException e, Peer source) {
        String reason = "Bad Request - " + sanitize(e.getMessage());
        if (!respond(e.partialHeaders(), 400, reason, source)) {
            layer.log("malformed request dropped (no response possible)", source, e.getMessage());
        } else {
            layer.log("malformed request answered 400", source, e.getMessage());
        }
    }

    void tooLarge(byte[] data, int offset, int length, Peer source, SipTooLargeException e) {
        layer.log("oversize message dropped (" + length + " bytes)", source, e.getMessage());
    }

    void unparseable(Peer source, SipParseException e) {
        layer.log("unparseable message dropped", source, e.getMessage());
    }

    private boolean respond(Headers partial, int status, String reason, Peer source) {
        if (partial == null) {
            return false;
        }
        String via = partial.firstOrNull(HeaderNames.VIA);
        String from = partial.firstOrNull(HeaderNames.FROM);
        String to = partial.firstOrNull(HeaderNames.TO);
        String callId = partial.firstOrNull(HeaderNames.CALL_ID);
        String cseq = partial.firstOrNull(HeaderNames.CSEQ);
        if (via == null || from == null || to == null || callId == null || cseq == null) {
            return false;
        }
        SipResponse response = SipResponse.builder(status, reason)
            .header(HeaderNames.VIA, via)
            .header(HeaderNames.FROM, from)
            .header(HeaderNames.TO, to)
            .header(HeaderNames.CALL_ID, callId)
            .header(HeaderNames.CSEQ, cseq)
            .build();
        try {
            // Route straight back to where it came from: the Via itself may be what is broken.
            layer.sendBytes(response.encode(), source);
            return true;
        } catch (IOException | RuntimeException ex) {
            layer.log("could not send " + status, source, ex.toString());
            return false;
        }
    }

    /** A reason phrase must be one line of printable text. */
    private static String sanitize(String s) {
        if (s == null) {
            return "malformed";
        }
        StringBuilder sb = new StringBuilder(Math.min(s.length(), 100));
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            if (sb.length() >= 100) {
                break;
            }
            sb.append(b >= 0x20 && b < 0x7f ? (char) b : ' ');
        }
        return sb.toString();
    }
}
