package org.centralino.media.rtp;

import java.util.Objects;
import org.centralino.media.codec.AudioCodec;
import org.centralino.media.codec.CodecParams;

/**
 * How the PBX itself speaks RTP with one phone when it terminates that leg's media (transcoding, prompts,
 * music on hold, recording): what the offer/answer agreed for that leg.
 *
 * @param codec            the audio codec both sides agreed
 * @param payloadType      its payload type number on this leg (the offerer's choice, RFC 3264 §5.1)
 * @param params           the phone's fmtp for it
 * @param eventPayloadType the telephone-event payload type agreed on this leg (RFC 4733 §7), or -1 for none
 * @param packetMillis     the packetisation we send with ({@code a=ptime}, default 20)
 */
public record StreamFormat(AudioCodec codec, int payloadType, CodecParams params, int eventPayloadType,
                           int packetMillis) {
    public static final int NO_EVENTS = -1;
    public static final int DEFAULT_PACKET_MILLIS = 20;

    public StreamFormat {
        Objects.requireNonNull(codec, "codec");
        Objects.requireNonNull(params, "params");
        if (payloadType < 0 || payloadType > 127) {
            throw new IllegalArgumentException("payload type " + payloadType + " outside 0-127");
        }
        if (eventPayloadType < NO_EVENTS || eventPayloadType > 127) {
            throw new IllegalArgumentException("telephone-event payload type " + eventPayloadType + " outside 0-127");
        }
        if (packetMillis < 10 || packetMillis > 120 || packetMillis % 10 != 0) {
            throw new IllegalArgumentException("packetisation " + packetMillis + " ms: use 10 to 120 in steps of 10");
        }
    }

    public boolean hasEvents() {
        return eventPayloadType != NO_EVENTS;
    }

    /** The same format on this codec with no telephone events. */
    public static StreamFormat of(AudioCodec codec, int payloadType) {
        return new StreamFormat(codec, payloadType, CodecParams.NONE, NO_EVENTS, DEFAULT_PACKET_MILLIS);
    }
}
