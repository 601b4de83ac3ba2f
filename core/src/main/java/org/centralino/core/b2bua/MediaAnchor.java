package org.centralino.core.b2bua;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.centralino.core.call.LegId;
import org.centralino.media.rtp.RelaySession;
import org.centralino.media.rtp.Side;
import org.centralino.sip.sdp.Codec;
import org.centralino.sip.sdp.CodecNegotiation;
import org.centralino.sip.sdp.Connection;
import org.centralino.sip.sdp.MediaDescription;
import org.centralino.sip.sdp.Negotiation;
import org.centralino.sip.sdp.Origin;
import org.centralino.sip.sdp.OriginVersions;
import org.centralino.sip.sdp.SdpHold;
import org.centralino.sip.sdp.SdpRelay;
import org.centralino.sip.sdp.SessionDescription;
import org.centralino.sip.sdp.StreamDecision;
import org.centralino.sip.transport.Peer;

/**
 * The media of one call anchored on the PBX (issue 3, "RTP relay"): one {@link RelaySession} whose side A
 * faces the caller and side B the callee (every fork is offered B's ports; only the one that answers sends to
 * them). Each description one leg sends is rewritten for the other so both send RTP to us, and the address
 * each phone signals is given to the relay, which then latches on where the packets really come from.
 *
 * <p>The relay carries one RTP stream: the first audio stream both sides accept; any other stream is refused
 * with port 0 (RFC 3264 §6). Codecs pass through (G.711 and telephone-event, {@link Codec#G711_AND_DTMF});
 * transcoding is the media engine's issue. Owned by the call's lane.
 */
final class MediaAnchor implements AutoCloseable {
    static final List<Codec> CODECS = Codec.G711_AND_DTMF;
    private static final String ORIGIN_USER = "centralino";

    private final RelaySession relay;
    private final SipLink sip;
    private final String sessionId;
    private final Map<LegId, SessionDescription> lastSent = new HashMap<>();

    /**
     * Our own offer, for a caller whose INVITE had none (RFC 3261 §13.2.1 "delayed offer"): what the relay
     * carries, G.711 both laws and telephone-event. Address and port are replaced by {@link #rewrite}.
     */
    static final SessionDescription OWN_OFFER = ((org.centralino.sip.sdp.SdpParseResult.Parsed) org.centralino.sip
        .sdp.SdpParser.parse(String.join("\r\n", "v=0", "o=centralino 0 0 IN IP4 127.0.0.1", "s=-",
            "c=IN IP4 127.0.0.1", "t=0 0", "m=audio 9 RTP/AVP 0 8 101", "a=rtpmap:0 PCMU/8000",
            "a=rtpmap:8 PCMA/8000", "a=rtpmap:101 telephone-event/8000", "a=fmtp:101 0-16", "a=ptime:20",
            "a=sendrecv", ""))).description();

    MediaAnchor(RelaySession relay, SipLink sip) {
        this.relay = relay;
        this.sip = sip;
        this.sessionId = Long.toString(relay.id() + System.currentTimeMillis() / 1000 * 1_000_000);
    }

    /**
     * What we can carry of an offer: the negotiation with only its first accepted stream kept, or why
     * nothing can be carried (answer 488 with the Warning).
     */
    static Negotiation negotiate(SessionDescription offer) {
        Negotiation n = CodecNegotiation.negotiate(offer, CODECS);
        if (!(n instanceof Negotiation.Agreed agreed)) {
            return n;
        }
        int first = agreed.accepted().getFirst().mediaIndex();
        return new Negotiation.Agreed(agreed.streams().stream().map(d -> d.mediaIndex() == first ? d
            : (StreamDecision) new StreamDecision.Reject(d.mediaIndex(), "one audio stream is relayed")).toList());
    }

    /** The index of the relayed stream in an agreed negotiation. */
    static int relayedStream(Negotiation.Agreed agreed) {
        return agreed.accepted().getFirst().mediaIndex();
    }

    /** An offer from one leg cut to what we carry: what the other leg is offered (before {@link #rewrite}). */
    static SessionDescription restrict(SessionDescription offer, Negotiation.Agreed agreed) {
        return SdpRelay.restrictTo(offer, agreed);
    }

    /**
     * {@code sd}, written by the leg on the other side, as leg {@code to} (on relay side {@code toSide}, reached
     * at {@code toPeer}) must receive it: our address and port, our o= with the RFC 3264 §8 version.
     */
    SessionDescription rewrite(LegId to, Side toSide, Peer toPeer, SessionDescription sd, int stream) {
        String host = sip.localAddressFor(toPeer).getHostAddress();
        int port = relay.endpoint(toSide).localRtp().getPort();
        SessionDescription prev = lastSent.get(to);
        Origin origin = prev != null ? prev.origin() : Origin.of(ORIGIN_USER, sessionId, 1, host);
        SessionDescription out = OriginVersions.stamp(prev,
            SdpRelay.rewriteForRelay(sd, origin, host, i -> i == stream ? port : 0));
        lastSent.put(to, out);
        return out;
    }

    /** The last description we sent on a leg: the answer to an offerless re-INVITE repeats it. */
    Optional<SessionDescription> lastSentTo(LegId leg) {
        return Optional.ofNullable(lastSent.get(leg));
    }

    /** A leg's phone signalled where it receives the stream: relay to it until its packets latch. */
    void learn(Side side, SessionDescription sd, int stream) {
        relay.setRemote(side, addressOf(sd, stream));
    }

    /** Hold (either way) exempts both sides from the RTP timeout: a held phone may rightly send nothing. */
    void hold(boolean held) {
        relay.setHold(Side.A, held);
        relay.setHold(Side.B, held);
    }

    static boolean isHold(SessionDescription sd) {
        return SdpHold.isHold(sd);
    }

    RelaySession relay() {
        return relay;
    }

    @Override
    public void close() {
        relay.close();
    }

    /** The stream's address as an IP literal; null (unknown) for a name, port 0 or a missing stream. */
    static InetSocketAddress addressOf(SessionDescription sd, int stream) {
        if (stream < 0 || stream >= sd.media().size()) {
            return null;
        }
        MediaDescription m = sd.media().get(stream);
        Optional<Connection> c = sd.connectionOf(stream);
        if (m.isRejected() || c.isEmpty()) {
            return null;
        }
        try {
            return new InetSocketAddress(InetAddress.ofLiteral(c.get().host()), m.port());
        } catch (IllegalArgumentException e) {
            return null; // a host name: SDP should carry addresses, and we never resolve names on a lane
        }
    }
}
