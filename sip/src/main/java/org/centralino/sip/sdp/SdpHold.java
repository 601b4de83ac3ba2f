package org.centralino.sip.sdp;

/**
 * Hold as RFC 3264 §8.4 writes it (a=sendonly, or a=inactive when the stream was recvonly) and as RFC 2543
 * did (c=0.0.0.0), which old phones still send and which we must read as "do not send me media".
 */
public final class SdpHold {
    private SdpHold() {
    }

    /**
     * The direction of a media section as its writer means it: {@link SessionDescription#directionOf}, less
     * receiving when the section's connection address is 0.0.0.0 (RFC 3264 §8.4).
     */
    public static Direction effectiveDirection(SessionDescription sd, int mediaIndex) {
        Direction d = sd.directionOf(mediaIndex);
        boolean nullAddress = sd.connectionOf(mediaIndex).map(Connection::isNullAddress).orElse(false);
        return nullAddress ? d.withoutReceiving() : d;
    }

    /** True when an active (port not 0) media section asks not to receive: sendonly, inactive, 0.0.0.0. */
    public static boolean isHeld(SessionDescription sd, int mediaIndex) {
        return !sd.media().get(mediaIndex).isRejected() && !effectiveDirection(sd, mediaIndex).receives();
    }

    /**
     * True when the description puts the call on hold: it has at least one active media section and every
     * active section is held. A description whose streams are all rejected is not a hold but an end of media.
     */
    public static boolean isHold(SessionDescription sd) {
        boolean anyActive = false;
        for (int i = 0; i < sd.media().size(); i++) {
            if (sd.media().get(i).isRejected()) {
                continue;
            }
            anyActive = true;
            if (!isHeld(sd, i)) {
                return false;
            }
        }
        return anyActive;
    }
}
