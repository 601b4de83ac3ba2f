package org.centralino.sip.sdp;

import java.util.Optional;

/**
 * The static RTP payload types of RFC 3551 §6 (tables 4 and 5), which an offer may list without an rtpmap:
 * 0 is PCMU/8000 and 8 is PCMA/8000 everywhere. G722 is 8000 by the RFC's historical mistake (§4.5.2).
 */
public final class StaticPayloadTypes {
    private static final RtpMap[] TABLE = new RtpMap[35];

    static {
        put(0, "PCMU", 8000, 1);
        put(3, "GSM", 8000, 1);
        put(4, "G723", 8000, 1);
        put(5, "DVI4", 8000, 1);
        put(6, "DVI4", 16000, 1);
        put(7, "LPC", 8000, 1);
        put(8, "PCMA", 8000, 1);
        put(9, "G722", 8000, 1);
        put(10, "L16", 44100, 2);
        put(11, "L16", 44100, 1);
        put(12, "QCELP", 8000, 1);
        put(13, "CN", 8000, 1);
        put(14, "MPA", 90000, 1);
        put(15, "G728", 8000, 1);
        put(16, "DVI4", 11025, 1);
        put(17, "DVI4", 22050, 1);
        put(18, "G729", 8000, 1);
        put(25, "CelB", 90000, 1);
        put(26, "JPEG", 90000, 1);
        put(28, "nv", 90000, 1);
        put(31, "H261", 90000, 1);
        put(32, "MPV", 90000, 1);
        put(33, "MP2T", 90000, 1);
        put(34, "H263", 90000, 1);
    }

    private StaticPayloadTypes() {
    }

    private static void put(int pt, String encoding, int clockRate, int channels) {
        TABLE[pt] = new RtpMap(pt, encoding, clockRate, channels);
    }

    /** The RFC 3551 mapping of a static payload type; empty for unassigned and dynamic (96-127) ones. */
    public static Optional<RtpMap> lookup(int payloadType) {
        return payloadType >= 0 && payloadType < TABLE.length ? Optional.ofNullable(TABLE[payloadType])
            : Optional.empty();
    }
}
