package org.centralino.sip.sdp;

import java.util.List;
import java.util.Objects;

/**
 * A format we can handle, matched against offers by encoding name (ignoring case), clock rate and channels,
 * never by payload type number: dynamic numbers are the offerer's choice. Parameters are our fmtp, used
 * where they constrain the answer (the telephone events we understand); null when we have none.
 */
public record Codec(String mediaType, String encoding, int clockRate, int channels, String parameters) {
    public static final String AUDIO = "audio";
    public static final Codec PCMU = new Codec(AUDIO, "PCMU", 8000, 1, null);
    public static final Codec PCMA = new Codec(AUDIO, "PCMA", 8000, 1, null);
    /** G.722: 16 kHz audio with an 8000 RTP clock (RFC 3551 §4.5.2). */
    public static final Codec G722 = new Codec(AUDIO, "G722", 8000, 1, null);
    /** RFC 4733 DTMF events 0-15 (digits, *, #, A-D) and 16 (flash). */
    public static final Codec TELEPHONE_EVENT = new Codec(AUDIO, PayloadFormat.TELEPHONE_EVENT, 8000, 1, "0-16");
    /** What the relay passes through today (issue 3): G.711 both laws and DTMF events. */
    public static final List<Codec> G711_AND_DTMF = List.of(PCMU, PCMA, TELEPHONE_EVENT);

    public Codec {
        Objects.requireNonNull(mediaType, "mediaType");
        new RtpMap(0, encoding, clockRate, channels); // same rules for name, clock rate and channels
        SdpText.requireLineSafe(parameters, "codec parameters");
    }

    /** The codec of a format that some description offers, e.g. to negotiate against the other leg's offer. */
    public static Codec of(String mediaType, PayloadFormat format) {
        return new Codec(mediaType, format.encoding(), format.clockRate(), format.channels(), format.parameters());
    }

    /** Every format of an m= line as codecs (telephone-event included). */
    public static List<Codec> of(MediaDescription media) {
        return media.payloadFormats().stream().map(f -> of(media.type(), f)).toList();
    }

    public boolean isTelephoneEvent() {
        return encoding.equalsIgnoreCase(PayloadFormat.TELEPHONE_EVENT);
    }
}
