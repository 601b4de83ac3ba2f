package org.centralino.core.b2bua;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.centralino.media.rtp.StreamFormat;
import org.centralino.sip.sdp.Direction;
import org.centralino.sip.sdp.MediaDescription;
import org.centralino.sip.sdp.Origin;
import org.centralino.sip.sdp.PayloadFormat;
import org.centralino.sip.sdp.SdpAnswer;
import org.centralino.sip.sdp.SdpHold;
import org.centralino.sip.sdp.SessionDescription;
import org.centralino.sip.sdp.StreamDecision;

/**
 * What an answer means for the media once an offer from leg X was passed on (extended with our own codecs,
 * {@link MediaCodecs#extend}) and leg Y answered it: either Y chose one of X's codecs and both agree on
 * telephone events, so packets pass through untouched; or the PBX must terminate both legs and transcode, each
 * leg on its own format, answering X itself. Pass-through is preferred: it is chosen whenever it works.
 */
sealed interface MediaPlan {

    /** The answer X receives, before {@link MediaAnchor#rewrite} puts our address in it. */
    SessionDescription answerForX();

    /** Y's answer, cut to the formats X offered. */
    record PassThrough(SessionDescription answerForX) implements MediaPlan {
    }

    /** Both legs terminated: X speaks {@code x}, Y speaks {@code y}; X gets our own answer. */
    record Transcode(StreamFormat x, StreamFormat y, SessionDescription answerForX) implements MediaPlan {
    }

    /**
     * Decides for stream {@code stream}: {@code offerX} is X's offer as cut to what we carry, {@code answerY} is
     * Y's answer to the extended offer. Empty when Y's answer names no codec we know (it cannot be carried).
     */
    static Optional<MediaPlan> decide(MediaCodecs codecs, SessionDescription offerX, SessionDescription answerY,
                                      int stream) {
        MediaDescription offered = offerX.media().get(stream);
        MediaDescription answered = answerY.media().get(stream);
        List<PayloadFormat> answerCodecs = answered.payloadFormats().stream().filter(PayloadFormat::isCodec).toList();
        if (answered.isRejected() || answerCodecs.isEmpty()) {
            return Optional.empty();
        }
        PayloadFormat chosenY = answerCodecs.getFirst();
        List<PayloadFormat> xFormats = offered.payloadFormats();
        boolean shared = xFormats.stream().anyMatch(f -> same(f, chosenY));
        int eventsX = MediaCodecs.eventPayloadType(xFormats, chosenY.clockRate());
        int eventsY = MediaCodecs.eventPayloadType(answered.payloadFormats(), chosenY.clockRate());
        if (shared && (eventsX < 0) == (eventsY < 0)) {
            return Optional.of(new PassThrough(cutTo(answerY, stream, xFormats)));
        }
        Optional<StreamFormat> y = codecs.format(answered, chosenY);
        List<PayloadFormat> bestX = codecs.bestFirst(xFormats);
        if (y.isEmpty() || bestX.isEmpty()) {
            return Optional.empty();
        }
        // with telephone events on X's side only for a codec of the same clock rate (RFC 4733 §7.1.1)
        PayloadFormat chosenX = shared ? xFormats.stream().filter(f -> same(f, chosenY)).findFirst().orElseThrow()
            : bestX.getFirst();
        Optional<StreamFormat> x = codecs.format(offered, chosenX);
        if (x.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Transcode(x.get(), y.get(), ourAnswer(offerX, answerY, stream, chosenX)));
    }

    private static boolean same(PayloadFormat a, PayloadFormat b) {
        return a.payloadType() == b.payloadType() && a.matches(
            new org.centralino.sip.sdp.Codec("audio", b.encoding(), b.clockRate(), b.channels(), null));
    }

    /** Y's answer listing, in {@code stream}, only the formats X offered (by payload type and name). */
    private static SessionDescription cutTo(SessionDescription answerY, int stream, List<PayloadFormat> xFormats) {
        MediaDescription m = answerY.media().get(stream);
        List<PayloadFormat> kept = m.payloadFormats().stream()
            .filter(f -> xFormats.stream().anyMatch(x -> same(x, f))).toList();
        List<StreamDecision> decisions = MediaCodecs.oneStream(answerY.media().size(), stream, kept);
        return org.centralino.sip.sdp.SdpRelay.restrictTo(answerY,
            new org.centralino.sip.sdp.Negotiation.Agreed(decisions));
    }

    /** Our answer to X: its chosen codec and its telephone events of the same rate, Y's direction. */
    private static SessionDescription ourAnswer(SessionDescription offerX, SessionDescription answerY, int stream,
                                                PayloadFormat chosenX) {
        List<PayloadFormat> formats = new ArrayList<>(List.of(chosenX));
        offerX.media().get(stream).payloadFormats().stream().filter(PayloadFormat::isTelephoneEvent)
            .filter(f -> f.clockRate() == chosenX.clockRate()).findFirst().ifPresent(formats::add);
        List<StreamDecision> decisions = MediaCodecs.oneStream(offerX.media().size(), stream, formats);
        Direction wish = SdpHold.effectiveDirection(answerY, stream);
        int port = Math.max(1, answerY.media().get(stream).port());
        return SdpAnswer.answerFor(offerX, decisions, Origin.of("centralino", "0", 0, "127.0.0.1"), "127.0.0.1",
            i -> port, wish);
    }
}
