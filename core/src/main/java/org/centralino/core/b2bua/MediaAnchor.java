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
import org.centralino.media.rtp.StreamFormat;
import org.centralino.sip.sdp.Connection;
import org.centralino.sip.sdp.Direction;
import org.centralino.sip.sdp.PayloadFormat;
import org.centralino.sip.sdp.SdpAnswer;
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
 * with port 0 (RFC 3264 §6). Packets pass through when both legs share a codec and agree on telephone events;
 * otherwise both legs are terminated and transcoded ({@link MediaPlan}). Owned by the call's lane.
 */
final class MediaAnchor implements AutoCloseable {
    private static final String ORIGIN_USER = "centralino";

    private final RelaySession relay;
    private final SipLink sip;
    private final MediaCodecs codecs;
    private final String sessionId;
    private final Map<LegId, SessionDescription> lastSent = new HashMap<>();
    private final StreamFormat[] formats = new StreamFormat[2];
    /** Volatile: the live calls API reads {@link #transcoding()} from its own threads. */
    private volatile MediaPlan plan;
    private boolean sideBUnused;
    private final boolean[] musicOn = new boolean[2];
    /** The class each side's music plays while {@link #musicOn}: a switch of the media starts it again. */
    private final String[] musicClass = new String[2];
    private final java.util.function.Function<String, org.centralino.media.audio.AudioSource> music;

    /**
     * Our own offer, for a caller whose INVITE had none (RFC 3261 §13.2.1 "delayed offer"): G.711 both laws and
     * telephone-event, which every phone has. Address and port are replaced by {@link #rewrite}.
     */
    static final SessionDescription OWN_OFFER = ((org.centralino.sip.sdp.SdpParseResult.Parsed) org.centralino.sip
        .sdp.SdpParser.parse(String.join("\r\n", "v=0", "o=centralino 0 0 IN IP4 127.0.0.1", "s=-",
            "c=IN IP4 127.0.0.1", "t=0 0", "m=audio 9 RTP/AVP 0 8 101", "a=rtpmap:0 PCMU/8000",
            "a=rtpmap:8 PCMA/8000", "a=rtpmap:101 telephone-event/8000", "a=fmtp:101 0-16", "a=ptime:20",
            "a=sendrecv", ""))).description();

    /** @param music a music-on-hold listener of a class (null: the default class) */
    MediaAnchor(RelaySession relay, SipLink sip, MediaCodecs codecs,
                java.util.function.Function<String, org.centralino.media.audio.AudioSource> music) {
        this.relay = relay;
        this.sip = sip;
        this.codecs = codecs;
        this.music = music;
        this.sessionId = Long.toString(relay.id() + System.currentTimeMillis() / 1000 * 1_000_000);
    }

    MediaCodecs codecs() {
        return codecs;
    }

    /** The index of the relayed stream in an agreed negotiation. */
    static int relayedStream(Negotiation.Agreed agreed) {
        return agreed.accepted().getFirst().mediaIndex();
    }

    /** An offer from one leg cut to what we carry (before {@link #offerTo} extends it). */
    static SessionDescription restrict(SessionDescription offer, Negotiation.Agreed agreed) {
        return SdpRelay.restrictTo(offer, agreed);
    }

    /**
     * What leg {@code to} is offered when the other leg offered {@code offer} (already cut to what we carry): the
     * offerer's formats first, then ours ({@link MediaCodecs#extend}), with our address.
     */
    SessionDescription offerTo(LegId to, Side toSide, Peer toPeer, SessionDescription offer, int stream) {
        return rewrite(to, toSide, toPeer, codecs.extend(offer, stream), stream);
    }

    /**
     * Leg Y (on {@code ySide}) answered an offer that leg X made ({@code offerX}, cut to what we carry): the
     * media pass through or are transcoded ({@link MediaPlan}), Y's address is learnt, and the answer X must get
     * is returned, with our address. An answer we cannot use is passed on as it is (X will refuse it).
     */
    SessionDescription answered(SipLeg x, Side xSide, SessionDescription offerX, Side ySide,
                                SessionDescription answerY, int stream) {
        learn(ySide, answerY, stream);
        Optional<MediaPlan> decided = MediaPlan.decide(codecs, offerX, answerY, stream);
        SessionDescription forX = decided.map(MediaPlan::answerForX).orElse(answerY);
        decided.ifPresent(d -> apply(d, xSide, ySide, offerX, answerY, stream));
        return rewrite(x.id(), xSide, x.peer(), forX, stream);
    }

    private void apply(MediaPlan decided, Side xSide, Side ySide, SessionDescription offerX,
                       SessionDescription answerY, int stream) {
        plan = decided;
        switch (decided) {
            case MediaPlan.PassThrough p -> {
                relay.bridgeTerminated(false);
                relay.passThrough(Side.A);
                relay.passThrough(Side.B);
                MediaDescription answered = answerY.media().get(stream);
                PayloadFormat chosen = answered.payloadFormats().stream().filter(PayloadFormat::isCodec)
                    .findFirst().orElseThrow();
                formats[ySide.ordinal()] = codecs.format(answered, chosen).orElse(null);
                formats[xSide.ordinal()] = codecs.format(offerX.media().get(stream), chosen).orElse(null);
                // passed through, the codec may be one we cannot decode: its name still goes to the quality
                relay.setCodec(xSide, chosen.encoding(), chosen.clockRate());
                relay.setCodec(ySide, chosen.encoding(), chosen.clockRate());
            }
            case MediaPlan.Transcode t -> {
                relay.terminate(xSide, t.x());
                relay.terminate(ySide, t.y());
                relay.bridgeTerminated(true);
                setFormat(xSide, t.x());
                setFormat(ySide, t.y());
            }
        }
        restartMusic();
    }

    /**
     * A re-INVITE answered while a leg hears music on hold (the holder repeats its hold offer, a session refresh,
     * RFC 4028) switched the media again: passing through or terminating a leg anew ends what it was played, so
     * the music starts again, in the leg's format as now agreed.
     */
    private void restartMusic() {
        for (Side side : Side.values()) {
            int i = side.ordinal();
            if (musicOn[i]) {
                musicOn[i] = false;
                music(side, true, musicClass[i]);
            }
        }
    }

    /**
     * Starts or stops music on hold for the leg on {@code side}: the PBX terminates that leg (unless the call is
     * transcoded and it is terminated already) and plays the class's music to it; on resume the leg is relayed
     * again. Nothing happens while the leg's format is unknown.
     */
    void music(Side side, boolean on, String mohClass) {
        int i = side.ordinal();
        if (on == musicOn[i] || formats[i] == null) {
            return;
        }
        musicOn[i] = on;
        musicClass[i] = on ? mohClass : null;
        if (on) {
            if (!transcoding()) {
                relay.terminate(side, formats[i]);
            }
            relay.play(side, music.apply(mohClass), null);
        } else {
            relay.play(side, null, null);
            if (!transcoding()) {
                relay.passThrough(side);
            }
        }
    }

    /**
     * The PBX's own offer to a leg on side B (an application hands its caller over to a new callee): every codec
     * we have, best first, and telephone events, in the relayed stream, laid out as the caller's session
     * ({@code layout}): its other streams offered with port 0 (RFC 3264 §5.1). Both legs then have the same
     * streams at the same places, as for any callee, so a later offer from either leg can be relayed to the
     * other (§8: a new offer keeps the streams of the session, in their order).
     */
    SessionDescription ownOfferTo(LegId to, Peer peer, SessionDescription layout, int stream) {
        SessionDescription own = codecs.extend(restrict(OWN_OFFER, (Negotiation.Agreed) codecs.negotiate(OWN_OFFER)),
            0);
        List<MediaDescription> media = new java.util.ArrayList<>(layout.media().size());
        for (int i = 0; i < layout.media().size(); i++) {
            media.add(i == stream ? own.media().getFirst() : layout.media().get(i).withPort(0));
        }
        return rewrite(to, Side.B, peer, own.withMedia(media), stream);
    }

    /**
     * The new callee answered {@link #ownOfferTo}: side B is terminated in its codec and bridged with side A, which
     * the PBX terminated for the application that handed the call over; the application's audio stops.
     */
    void reconnectSideB(SessionDescription answer, int stream) {
        if (stream >= answer.media().size()) {
            throw new IllegalStateException("the new callee answered " + answer.media().size()
                + " streams to an offer of " + (stream + 1) + " or more (RFC 3264 §6: one per offered stream)");
        }
        learn(Side.B, answer, stream);
        MediaDescription m = answer.media().get(stream);
        StreamFormat format = m.payloadFormats().stream().filter(PayloadFormat::isCodec).findFirst()
            .flatMap(f -> codecs.format(m, f)).orElseThrow(() -> new IllegalStateException(
                "the new callee answered no codec of ours: " + m.formats()));
        relay.terminate(Side.B, format);
        formats[Side.B.ordinal()] = format;
        relay.play(Side.A, null, null);
        relay.listen(Side.A, null);
        relay.echo(Side.A, false);
        relay.bridgeTerminated(true);
        plan = new MediaPlan.Transcode(formats[Side.A.ordinal()], format, answer);
        sideBUnused = false;
        hold(false);
    }

    /** Whether the media are transcoded now (both legs terminated and bridged). */
    boolean transcoding() {
        return plan instanceof MediaPlan.Transcode;
    }

    /** The format a leg's phone speaks, once an answer decided it; null before. */
    StreamFormat format(Side side) {
        return formats[side.ordinal()];
    }

    /**
     * The PBX itself answers leg {@code x}'s offer (an application answers the call): the best codec of the offer
     * by our ranking, with its telephone events, leg {@code side} terminated in that format.
     */
    SessionDescription answerLocally(SipLeg x, Side side, SessionDescription offer, Negotiation.Agreed agreed,
                                     int stream) {
        learn(side, offer, stream);
        MediaDescription m = offer.media().get(stream);
        PayloadFormat best = codecs.bestFirst(((StreamDecision.Accept) agreed.streams().get(stream)).formats())
            .getFirst();
        StreamFormat format = codecs.format(m, best).orElseThrow();
        List<PayloadFormat> answered = new java.util.ArrayList<>(List.of(best));
        m.payloadFormats().stream().filter(PayloadFormat::isTelephoneEvent)
            .filter(f -> f.payloadType() == format.eventPayloadType()).findFirst().ifPresent(answered::add);
        List<StreamDecision> decisions = MediaCodecs.oneStream(offer.media().size(), stream, answered);
        if (format(side) == null || !format.equals(format(side))) {
            relay.terminate(side, format);
            setFormat(side, format);
        }
        SessionDescription answer = SdpAnswer.answerFor(offer, decisions, Origin.of(ORIGIN_USER, sessionId, 1,
            "127.0.0.1"), "127.0.0.1", i -> 9, Direction.SENDRECV);
        return rewrite(x.id(), side, x.peer(), answer, stream);
    }

    /**
     * The PBX offers leg {@code x} its own session (an application answers a caller that sent no offer, RFC 3261
     * §13.2.1): {@code offer}'s first codec until the answer in the ACK says which one the phone chose
     * ({@link #answerToOwnOffer}).
     */
    SessionDescription offerLocally(SipLeg x, Side side, SessionDescription offer, int stream) {
        MediaDescription m = offer.media().get(stream);
        PayloadFormat first = m.payloadFormats().stream().filter(PayloadFormat::isCodec).findFirst().orElseThrow();
        StreamFormat format = codecs.format(m, first).orElseThrow();
        relay.terminate(side, format);
        setFormat(side, format);
        return rewrite(x.id(), side, x.peer(), offer, stream);
    }

    /** The answer to {@link #offerLocally}: the phone's address, and its codec if it chose another. */
    void answerToOwnOffer(Side side, SessionDescription answer, int stream) {
        learn(side, answer, stream);
        MediaDescription m = answer.media().get(stream);
        m.payloadFormats().stream().filter(PayloadFormat::isCodec).findFirst()
            .flatMap(f -> codecs.format(m, f))
            .filter(f -> !f.equals(formats[side.ordinal()]))
            .ifPresent(f -> {
                relay.terminate(side, f);
                setFormat(side, f);
            });
    }

    /**
     * Leg {@code side} now speaks {@code format}: kept for {@link #format}, and told to the relay, whose jitter
     * needs the RTP clock rate and whose MOS needs the codec (ITU-T G.113 Ie values).
     */
    private void setFormat(Side side, StreamFormat format) {
        formats[side.ordinal()] = format;
        relay.setCodec(side, format.codec().encoding(), format.codec().rtpClockRate());
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
        relay.setHold(Side.B, held || sideBUnused);
    }

    /** An application answers the caller: nothing faces side B, so it never counts as silent. */
    void useSideAOnly() {
        sideBUnused = true;
        relay.setHold(Side.B, true);
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
