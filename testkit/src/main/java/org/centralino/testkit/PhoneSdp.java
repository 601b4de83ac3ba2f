package org.centralino.testkit;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import org.centralino.sip.message.SipMessage;
import org.centralino.sip.sdp.Direction;
import org.centralino.sip.sdp.MediaDescription;
import org.centralino.sip.sdp.SdpHold;
import org.centralino.sip.sdp.SdpParseResult;
import org.centralino.sip.sdp.SdpParser;
import org.centralino.sip.sdp.SessionDescription;

/**
 * The session descriptions a {@link TestPhone} writes (one audio stream, G.711 µ-law and telephone-event, as
 * a basic desk phone offers) and the readers tests need: where the first audio stream goes, and its direction.
 */
public final class PhoneSdp {
    private PhoneSdp() {
    }

    /**
     * An offer or answer for one audio stream at {@code rtp}; {@code version} is the o= version, which must
     * grow with each new offer of a session (RFC 3264 §8).
     *
     * @param direction sendrecv, sendonly, recvonly or inactive
     */
    public static String audio(String user, long version, InetSocketAddress rtp, Direction direction) {
        String ip = rtp.getAddress().getHostAddress();
        String family = ip.indexOf(':') >= 0 ? "IP6" : "IP4";
        return String.join("\r\n",
            "v=0",
            "o=" + user + " 4242 " + version + " IN " + family + " " + ip,
            "s=TestPhone",
            "c=IN " + family + " " + ip,
            "t=0 0",
            "m=audio " + rtp.getPort() + " RTP/AVP 0 101",
            "a=rtpmap:0 PCMU/8000",
            "a=rtpmap:101 telephone-event/8000",
            "a=fmtp:101 0-16",
            "a=ptime:20",
            "a=" + direction.attributeName(),
            "");
    }

    /** The session description of a message's body. */
    public static SessionDescription of(SipMessage m) {
        if (m.body().length == 0) {
            throw new AssertionError("no SDP in " + m);
        }
        return switch (SdpParser.parse(m.body())) {
            case SdpParseResult.Parsed p -> p.description();
            case SdpParseResult.Invalid i -> throw new AssertionError("unreadable SDP in " + m + ": " + i.error());
        };
    }

    /** The index of the first audio stream that is not rejected (port 0). */
    public static int audioIndex(SessionDescription sd) {
        for (int i = 0; i < sd.media().size(); i++) {
            MediaDescription m = sd.media().get(i);
            if (m.type().equals("audio") && !m.isRejected()) {
                return i;
            }
        }
        throw new AssertionError("no active audio stream in " + sd);
    }

    /** Where the first active audio stream wants its RTP: its connection address and port. */
    public static InetSocketAddress audioAddress(SessionDescription sd) {
        int i = audioIndex(sd);
        String host = sd.connectionOf(i).orElseThrow(() -> new AssertionError("no c= for stream " + i)).host();
        return new InetSocketAddress(InetAddress.ofLiteral(host), sd.media().get(i).port());
    }

    /** The direction of the first active audio stream as its writer means it (c=0.0.0.0 counts as not receiving). */
    public static Direction audioDirection(SessionDescription sd) {
        return SdpHold.effectiveDirection(sd, audioIndex(sd));
    }

    /** Shorthands for the three readers on a message's body. */
    public static InetSocketAddress audioAddress(SipMessage m) {
        return audioAddress(of(m));
    }

    public static Direction audioDirection(SipMessage m) {
        return audioDirection(of(m));
    }
}
