package org.centralino.sip.sdp;

import java.util.Optional;

/**
 * The media direction attributes of RFC 8866 §6.7, seen from the side that wrote the description:
 * {@code sendonly} means "I will send and do not want to receive".
 */
public enum Direction {
    SENDRECV("sendrecv", true, true),
    SENDONLY("sendonly", true, false),
    RECVONLY("recvonly", false, true),
    INACTIVE("inactive", false, false);

    private final String attributeName;
    private final boolean sends;
    private final boolean receives;

    Direction(String attributeName, boolean sends, boolean receives) {
        this.attributeName = attributeName;
        this.sends = sends;
        this.receives = receives;
    }

    public String attributeName() {
        return attributeName;
    }

    public boolean sends() {
        return sends;
    }

    public boolean receives() {
        return receives;
    }

    public Attribute toAttribute() {
        return Attribute.property(attributeName);
    }

    public static Direction of(boolean sends, boolean receives) {
        if (sends) {
            return receives ? SENDRECV : SENDONLY;
        }
        return receives ? RECVONLY : INACTIVE;
    }

    /** The direction named by an attribute ({@code sendonly}, ...), ignoring case; empty for any other name. */
    public static Optional<Direction> fromAttributeName(String name) {
        for (Direction d : values()) {
            if (d.attributeName.equalsIgnoreCase(name)) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }

    /**
     * The direction of an answer (RFC 3264 §6.1): we may send only if the offerer receives, and receive only
     * if the offerer sends; within that, what we wish. sendonly is answered recvonly (or inactive), recvonly
     * is answered sendonly (or inactive), inactive is answered inactive.
     */
    public static Direction answerTo(Direction offered, Direction wish) {
        return of(wish.sends && offered.receives, wish.receives && offered.sends);
    }

    /** This direction without receiving: what putting the stream on hold makes of it (RFC 3264 §8.4). */
    public Direction withoutReceiving() {
        return of(sends, false);
    }
}
