package org.centralino.sip.sdp;

/**
 * One RTP format of an m= line, resolved: its payload type, the encoding from its rtpmap or from the RFC 3551
 * static table, and its fmtp parameters (null when there is no fmtp).
 */
public record PayloadFormat(int payloadType, String encoding, int clockRate, int channels, String parameters) {
    public static final String TELEPHONE_EVENT = "telephone-event";
    public static final String COMFORT_NOISE = "CN";

    public PayloadFormat {
        new RtpMap(payloadType, encoding, clockRate, channels); // same rules
        SdpText.requireLineSafe(parameters, "fmtp parameters");
    }

    static PayloadFormat of(RtpMap map, String parameters) {
        return new PayloadFormat(map.payloadType(), map.encoding(), map.clockRate(), map.channels(), parameters);
    }

    /** RFC 4733 named telephone events (DTMF), which ride beside a voice codec of the same clock rate. */
    public boolean isTelephoneEvent() {
        return encoding.equalsIgnoreCase(TELEPHONE_EVENT);
    }

    /** RFC 3389 comfort noise, which like telephone-event is no voice codec by itself. */
    public boolean isComfortNoise() {
        return encoding.equalsIgnoreCase(COMFORT_NOISE);
    }

    /** A voice (or video) codec, as opposed to telephone events and comfort noise. */
    public boolean isCodec() {
        return !isTelephoneEvent() && !isComfortNoise();
    }

    /** Same encoding name (ignoring case), clock rate and channels. */
    public boolean matches(Codec codec) {
        return encoding.equalsIgnoreCase(codec.encoding()) && clockRate == codec.clockRate()
            && channels == codec.channels();
    }

    public RtpMap rtpMap() {
        return new RtpMap(payloadType, encoding, clockRate, channels);
    }

    public PayloadFormat withParameters(String newParameters) {
        return new PayloadFormat(payloadType, encoding, clockRate, channels, newParameters);
    }

    /** "PCMU/8000", "opus/48000/2": for logs and Warning texts. */
    public String describe() {
        return encoding + "/" + clockRate + (channels == 1 ? "" : "/" + channels);
    }
}
