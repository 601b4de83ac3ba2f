package org.centralino.sip.sdp;

/**
 * A {@code c=} line (RFC 8866 §5.7): network type (IN), address type (IP4, IP6) and connection address. For
 * multicast the address keeps its {@code /ttl/count} suffix verbatim; {@link #host()} strips it.
 */
public record Connection(String netType, String addressType, String address) {
    public static final String IN = "IN";
    public static final String IP4 = "IP4";
    public static final String IP6 = "IP6";

    public Connection {
        SdpText.requireNonWs(netType, "c= network type");
        SdpText.requireNonWs(addressType, "c= address type");
        SdpText.requireNonWs(address, "c= address");
    }

    /** IN IP4 or IN IP6 for an address literal or host name (IPv6 when it contains a colon). */
    public static Connection of(String address) {
        return new Connection(IN, addressTypeOf(address), address);
    }

    static String addressTypeOf(String address) {
        return address.indexOf(':') >= 0 ? IP6 : IP4;
    }

    /** The address without a multicast {@code /ttl} or {@code /count} suffix. */
    public String host() {
        int slash = address.indexOf('/');
        return slash < 0 ? address : address.substring(0, slash);
    }

    /**
     * True for 0.0.0.0 (or ::): the RFC 2543 way of saying "do not send me media", still used by old phones
     * to put a call on hold (RFC 3264 §8.4).
     */
    public boolean isNullAddress() {
        String h = host();
        return h.equals("0.0.0.0") || h.equals("::") || h.equals("0:0:0:0:0:0:0:0");
    }

    /** The text after {@code c=}. */
    public String encode() {
        return netType + " " + addressType + " " + address;
    }
}
