package org.centralino.sip.transport;

import java.util.ArrayList;
import java.util.List;
import org.centralino.sip.message.HeaderNames;
import org.centralino.sip.message.HeaderValues;
import org.centralino.sip.message.SipRequest;
import org.centralino.sip.message.Via;

/**
 * Adds received and rport to the top Via of an incoming request: received when the sent-by host is not the
 * address the packet came from (RFC 3261 §18.2.1), and both when the client asked with an empty rport
 * (RFC 3581 §4). A request that needs neither is returned as it is, without copying.
 */
final class ViaStamper {
    private ViaStamper() {
    }

    static SipRequest stamp(SipRequest request, Peer source) {
        Via via = request.topVia();
        String sourceIp = source.address().getAddress().getHostAddress();
        boolean wantsRport = via.hasRport() && via.rport() < 0;
        boolean hostDiffers = !sameHost(via.host(), sourceIp);
        // a received the client wrote itself must not steer our responses elsewhere
        boolean forgedReceived = via.received() != null && !sameHost(via.received(), sourceIp);
        if (!wantsRport && !hostDiffers && !forgedReceived) {
            return request;
        }
        Via stamped = via.withParam("received", sourceIp);
        if (wantsRport) {
            stamped = stamped.withParam("rport", Integer.toString(source.address().getPort()));
        }
        SipRequest.Builder b = request.toBuilder();
        String firstLine = request.headers().firstOrNull(HeaderNames.VIA);
        List<String> elements = new ArrayList<>(2);
        HeaderValues.splitCommas(firstLine, elements);
        elements.set(0, stamped.toString());
        b.headers().replaceFirst(HeaderNames.VIA, String.join(", ", elements));
        return b.build();
    }

    private static boolean sameHost(String viaHost, String sourceIp) {
        String h = viaHost;
        if (h.startsWith("[") && h.endsWith("]")) {
            h = h.substring(1, h.length() - 1);
        }
        if (h.equals(sourceIp)) {
            return true;
        }
        // IPv6 may be written in another form (RFC 5118 §4.1): compare parsed numeric addresses
        if (h.indexOf(':') >= 0 && sourceIp.indexOf(':') >= 0) {
            try {
                return java.net.InetAddress.ofLiteral(h).equals(java.net.InetAddress.ofLiteral(sourceIp));
            } catch (IllegalArgumentException e) {
                return false;
            }
        }
        return false;
    }
}
