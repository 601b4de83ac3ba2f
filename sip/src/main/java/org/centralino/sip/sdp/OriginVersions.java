package org.centralino.sip.sdp;

/**
 * The o= version rule of RFC 3264 §8: each description a party sends in a dialog carries the previous
 * version + 1, unless it is identical to the previous one, which must then keep its version (a session-timer
 * refresh or a re-INVITE that changes nothing must not look like a change to the other side).
 */
public final class OriginVersions {
    private OriginVersions() {
    }

    /**
     * {@code next} with the o= of {@code lastSent}: same version when nothing else differs, else the version
     * + 1. With no previous description (null), {@code next} is returned as it is.
     */
    public static SessionDescription stamp(SessionDescription lastSent, SessionDescription next) {
        if (lastSent == null) {
            return next;
        }
        SessionDescription same = next.withOrigin(lastSent.origin());
        return same.equals(lastSent) ? same : next.withOrigin(lastSent.origin().next());
    }
}
