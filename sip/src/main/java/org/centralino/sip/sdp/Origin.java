package org.centralino.sip.sdp;

/**
 * The {@code o=} line (RFC 8866 §5.2). The session version is an unsigned 64-bit number; RFC 3264 §8 wants it
 * incremented by one in every new description a party sends in a dialog, and only then may the description
 * change.
 */
public record Origin(String username, String sessionId, long sessionVersion, String netType, String addressType,
                     String address) {
    public Origin {
        SdpText.requireNonWs(username, "o= username");
        SdpText.requireNonWs(sessionId, "o= session id");
        SdpText.requireNonWs(netType, "o= network type");
        SdpText.requireNonWs(addressType, "o= address type");
        SdpText.requireNonWs(address, "o= address");
    }

    /** Our own origin: IN IP4/IP6 chosen from the address. */
    public static Origin of(String username, String sessionId, long sessionVersion, String address) {
        return new Origin(username, sessionId, sessionVersion, Connection.IN, Connection.addressTypeOf(address),
            address);
    }

    /** The same origin with the session version incremented, for the next description we send. */
    public Origin next() {
        return withVersion(sessionVersion + 1);
    }

    public Origin withVersion(long version) {
        return new Origin(username, sessionId, version, netType, addressType, address);
    }

    /** The text after {@code o=}. */
    public String encode() {
        return username + " " + sessionId + " " + Long.toUnsignedString(sessionVersion) + " " + netType + " "
            + addressType + " " + address;
    }
}
